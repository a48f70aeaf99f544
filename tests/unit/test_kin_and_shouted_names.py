"""A name after "my brother", "my colleague" stands in and comes back glued to that word; shouted names are found;
"mon nom est" a name reads "je m'appelle"; a name the model wrote in lower case gets its capital back
(opening_names.py, verbatim.py, name_forms.py)."""
from s2s_core.fold import fold, restore
from s2s_core.name_forms import mend
from s2s_core.opening_names import inner_names, opening_names, unshouted
from s2s_core.verbatim import NAMES

from name_vocab import COVERS, Vocab

ONE_PIECE = ("Tom", "Mary", "John", "Jack", "Paul", "France", "Canada", "Alberta", "Manitoba")

VOCAB = Vocab(ONE_PIECE)


def test_a_name_after_my_and_a_word_for_kin_or_a_role_is_found_as_kin():
    # read as typed "Mon frère vit à Lyon." (the name lost)
    assert inner_names("My brother Thomas lives in Lyon.") == [(11, 17, "kin_man")]
    assert inner_names("I had lunch with my colleague Hassan.") == [(30, 36, "kin_man")]
    assert inner_names("My colleague Sarah is away.") == [(13, 18, "kin_woman")]
    # a woman's name after a family word stays as typed ("Ma sœur Anna est médecin."), after a neighbour but before a
    # verb (read between commas, verbatim.py) or the sentence's end (with "my neighbour" as one name)
    assert inner_names("My sister Anna is a doctor.") == []
    assert inner_names("My neighbour Claire's dog barks.") == []
    assert inner_names("The brother Thomas spoke.") == []                 # no "my": not kin


def test_a_man_after_kin_stands_in_as_jack_and_comes_back_without_a_comma_or_de():
    f = fold("My colleague Thomas will present the results.", COVERS, NAMES, VOCAB)
    assert f.text == "My colleague Jack will present the results."
    said = "Mon collègue Thomas présentera les résultats."
    assert restore("Mon collègue de Jack présentera les résultats.", f) == said
    assert restore("Mon collègue, Jack présentera les résultats.", f) == said
    f = fold("My colleague Sarah helped me.", COVERS, NAMES, VOCAB)
    assert f.text == "My colleague Mary helped me."
    assert restore("Ma collègue de Mary m'a aidé.", f) == "Ma collègue Sarah m'a aidé."
    f = fold("My colleague Emma helped me.", COVERS, NAMES, VOCAB)
    assert restore("Ma collègue de Mary m'a aidé.", f) == "Ma collègue Emma m'a aidé."       # not "d'Emma"


def test_a_name_not_after_kin_keeps_the_french_before_it():
    f = fold("I saw the brother of Thomas.", COVERS, NAMES, VOCAB)
    assert restore("J'ai vu le frère de Tom.", f) == "J'ai vu le frère de Thomas."


def test_a_shouted_text_is_read_in_sentence_case_of_the_same_length():
    assert unshouted("WHERE IS THOMAS?") == "Where is Thomas?"
    assert unshouted("I'M WAITING FOR PRIYA. SHE WORKS IN KENYA.") == "I'm waiting for Priya. She works in Kenya."
    assert unshouted("Where is Thomas?") == "Where is Thomas?"
    assert unshouted("OK") == "OK"


def test_shouted_names_are_found_and_come_back_in_capitals():
    assert inner_names("WHERE IS THOMAS?") == [(9, 15, "man")]
    assert opening_names("ANNA IS MY SISTER.") == [(0, 4, "woman")]
    f = fold("WHERE IS THOMAS?", COVERS, NAMES, VOCAB)
    assert f.text == "Where is Tom?"
    assert restore("Où est Tom ?", f) == "OÙ EST THOMAS ?"
    f = fold("SHE WORKS IN KENYA.", COVERS, NAMES, VOCAB)
    assert restore("Elle travaille au Canada.", f) == "ELLE TRAVAILLE AU KENYA."


def test_my_name_is_reads_je_m_appelle():
    assert mend("Salut, mon nom est Sarah.", "Hello, my name is Mary.") == "Salut, je m'appelle Sarah."
    assert mend("Mon nom est Thomas et je vis à Lyon.", "My name's Tom and I live in Lyon.") \
        == "Je m'appelle Thomas et je vis à Lyon."
    assert mend("Son nom est Sophie.", "Her name is Sophie.") == "Son nom est Sophie."
    assert mend("Mon nom est important.", "My name is important.") == "Mon nom est important."


def test_a_first_name_written_in_lower_case_gets_its_capital():
    assert mend("Ma femme sophie travaille.", "My wife Sophie works.") == "Ma femme Sophie travaille."
    assert mend("Une voix claire.", "Claire has a clear voice.") == "Une voix claire."      # a French word
    assert mend("La sophie est là.", "The sofa is here.") == "La sophie est là."            # no name in the source


class _CutAlike(Vocab):
    """A vocabulary that cuts "boss", "bag" and "god" alike in either case, so reads them capitalised (as the
    default model's does: "BOSS" as "Boss")."""
    def usual_case(self, word: str) -> str:
        return word.title() if word in ("BOSS", "BAG", "GOD") else super().usual_case(word)


def test_a_shouted_word_after_my_is_read_in_lower_case():
    # read "My Boss, Jack, is…", "MY BOSS THOMAS IS ON HOLIDAY." had come out "MES BOS, THOMAS SONT EN VACANCES."
    f = fold("MY BOSS THOMAS IS ON HOLIDAY.", COVERS, NAMES, _CutAlike(ONE_PIECE))
    assert f.text == "My boss, Jack, is on holiday."
    assert restore("Mon patron, Jack, est en vacances.", f) == "MON PATRON THOMAS EST EN VACANCES."
    assert fold("I LOST MY BAG.", COVERS, NAMES, _CutAlike(ONE_PIECE)).text == "I lost my bag."
    assert fold("OH MY GOD!", COVERS, NAMES, _CutAlike(ONE_PIECE)).text == "Oh my God!"        # "OU MA CHEMISE !"
