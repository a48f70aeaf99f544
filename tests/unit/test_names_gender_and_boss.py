"""A name after "my boss", "my neighbour", "my partner" reads between commas; a second woman's name stands in as
"Jane"; the French says a woman named in it in the feminine; a shouted wish stays shouted (opening_names.py,
verbatim.py, name_forms.py, fold.py)."""
import time

from s2s_core import verbatim
from s2s_core.fold import fold, restore
from s2s_core.letters import written_fr
from s2s_core.name_forms import feminine, mend
from s2s_core.opening_names import inner_names
from s2s_core.reading_notes import stand_in_note
from s2s_core.results import Hypothesis
from s2s_core.verbatim import NAMES

from name_vocab import COVERS, Vocab

ONE_PIECE = ("Tom", "Mary", "John", "Jack", "Paul", "France", "Canada", "Alberta", "Manitoba", "Michael")

VOCAB = Vocab(ONE_PIECE)


def test_a_name_after_my_boss_before_its_verb_reads_between_commas_and_they_go():
    # read plain, "Mon patron est en vacances à Thomas."
    f = fold("My boss Thomas is on holiday.", COVERS, NAMES, VOCAB)
    assert f.text == "My boss, Jack, is on holiday."
    assert restore("Mon patron, Jack, est en vacances.", f) == "Mon patron Thomas est en vacances."
    assert restore("Mon patron, Jack est en vacances.", f) == "Mon patron Thomas est en vacances."
    f = fold("My boss Nathalie is very demanding.", COVERS, NAMES, VOCAB)
    assert f.text == "My boss, Mary, is very demanding."
    assert restore("Mon patron, Mary, c'est très exigeant.", f) == "Mon patron Nathalie est très exigeant."
    # a name the model knows too ("Mon patron m'a appelé.")
    assert fold("My boss Michael called me.", COVERS, NAMES, VOCAB).text == "My boss, Jack, called me."
    # not before "and"; at the end, "my boss" and the name stand in as one (opening_names.asked_kin, names30b)
    assert fold("I had lunch with my boss Thomas.", COVERS, NAMES, VOCAB).text == "I had lunch with Tom."
    assert fold("My boss Thomas and I met.", COVERS, NAMES, VOCAB).text == "My boss Jack and I met."


def test_a_woman_after_my_neighbour_stands_in_before_a_verb():
    # read as typed, "My neighbour Sophie has two cats." came out "Mon voisin a deux chats."
    assert inner_names("My neighbour Sophie has two cats.") == [(13, 19, "kin_woman")]
    f = fold("My neighbour Sophie has two cats.", COVERS, NAMES, VOCAB)
    assert f.text == "My neighbour, Mary, has two cats."
    assert restore("Mon voisin, Mary, a deux chats.", f) == "Mon voisin Sophie a deux chats."


def test_a_second_woman_stands_in_as_jane_and_its_pieces_are_labelled_as_her_name():
    f = fold("Emma and Sophie are sisters.", COVERS, NAMES, VOCAB)
    assert f.text == "Mary and Jane are sisters."
    assert restore("Mary et Jane sont sœurs.", f) == "Emma et Sophie sont sœurs."
    stand_ins = [s for s, _ in f.stand_ins]
    assert verbatim.labelled(["▁Mary", "▁and", "▁J", "an", "e", "▁are"], stand_ins) == \
        ["▁Emma", "▁and", "▁Sophie", "·", "·", "▁are"]
    assert verbatim.labelled_target(["▁Mary", "▁et", "▁J", "an", "e", "s", "▁sont"], stand_ins) == \
        ["▁Emma", "▁et", "▁J", "an", "e", "s", "▁sont"]               # "Janes" is not the stand-in
    h = Hypothesis("", ["▁J", "an", "e"], [1, 2, 3], 0.0, 0.0, [0.0] * 3, None, labels=["▁Sophie", "·", "·"])
    assert h.shown_piece("▁J") == "▁Sophie" and h.shown_piece("an") == "an"        # an alternative "an" as it is


def test_a_relation_before_or_after_a_woman_s_name_is_feminine():
    assert feminine("Mon voisin Claire est sympa.") == "Ma voisine Claire est sympa."
    assert feminine("Mon ami Sophie vient demain.") == "Mon amie Sophie vient demain."
    assert feminine("Mon meilleur ami Julia se marie.") == "Ma meilleure amie Julia se marie."
    assert feminine("Mon collègue Laura travaille.") == "Ma collègue Laura travaille."
    assert feminine("Mon patron Karen est là.") == "Ma patronne Karen est là."
    assert feminine("Julia est mon meilleur ami.") == "Julia est ma meilleure amie."
    assert feminine("Mon professeur Anna est là.") == "Ma professeure Anna est là."      # today's usage
    assert feminine("Mon voisin Thomas est grand.") == "Mon voisin Thomas est grand."      # a man
    assert feminine("Mon ami Camille est là.") == "Mon ami Camille est là."                # a man's name too


def test_what_is_said_of_women_named_is_feminine():
    assert feminine("Mon professeur Anna est très strict.") == "Ma professeure Anna est très stricte."
    assert feminine("Claire est allé à Paris.") == "Claire est allée à Paris."
    assert feminine("Sophie est ici.") == "Sophie est ici."                               # no adjective
    assert feminine("Sarah et Claire sont mes meilleurs amis.") == "Sarah et Claire sont mes meilleures amies."
    assert feminine("Anna, Emma et Sophie sont fatigués.") == "Anna, Emma et Sophie sont fatiguées."
    assert feminine("Thomas et Sophie sont mariés.") == "Thomas et Sophie sont mariés."      # not women alone
    assert feminine("Jane a-t-il vu Mary ?") == "Jane a-t-elle vu Mary ?"
    assert feminine("Emma et Chloe peuvent-ils venir ?") == "Emma et Chloe peuvent-elles venir ?"
    # a place named as a woman is: a riding, a street (none of 1.6 million corpus references changed)
    assert feminine("le député de Charlotte est très mêlé") == "le député de Charlotte est très mêlé"
    assert feminine("Westmount-Ville-Marie est représenté") == "Westmount-Ville-Marie est représenté"
    assert mend("Mon voisin Claire est grand.", "My neighbour Claire is tall.") == "Ma voisine Claire est grande."


def test_a_shouted_wish_is_written_in_capitals():
    # "HAPPY BIRTHDAY, EMMA!" had come out "Joyeux anniversaire, EMMA !"
    assert fold("HAPPY BIRTHDAY, EMMA!", COVERS, NAMES, VOCAB, formulas=written_fr).written == \
        "JOYEUX ANNIVERSAIRE, EMMA!"
    assert fold("Happy birthday, Emma!", COVERS, NAMES, VOCAB, formulas=written_fr).written == \
        "Joyeux anniversaire, Emma!"


def test_a_shouted_name_read_as_mary_goes_back_where_the_model_wrote_marie():
    # "MY FRIEND SOPHIE IS COMING." had come out "MON AMI MARIE SOPHIE VIENT." ("Marie" shouted, "Sophie" set aside)
    f = fold("MY FRIEND SOPHIE IS COMING.", COVERS, NAMES, VOCAB)
    assert f.text == "My friend Mary is coming."
    assert restore("Mon ami Marie vient.", f) == "MON AMI SOPHIE VIENT."


def test_women_after_a_man_in_one_list_keep_the_masculine_plural():
    # "Tom, Mary and Jane are my best friends." had come out "…sont mes meilleures amies." (Tom left out of the count)
    assert feminine("Paul, Sarah et Claire sont mes meilleurs amis.") == \
        "Paul, Sarah et Claire sont mes meilleurs amis."
    assert feminine("Tom, Marie et Anna sont fatigués.") == "Tom, Marie et Anna sont fatigués."
    assert feminine("Tom, Marie et Anna viennent-ils ?") == "Tom, Marie et Anna viennent-ils ?"
    assert feminine("Sarah, Claire et Anna sont contents.") == "Sarah, Claire et Anna sont contentes."
    # a long list is read once, not again after each comma (330 names had taken a second)
    start = time.perf_counter()
    feminine("Mary, " * 330 + "et Anna")
    assert time.perf_counter() - start < 0.3


def test_in_a_question_my_boss_and_the_name_stand_in_together_and_go_back_in_french():
    # between commas "Is my neighbour Sophie coming?" had come out "Mon voisin est-il, Sophie venez ?", "Did my boss
    # Thomas call?" "Mon patron a-t-il appelé, Thomas ?"; read "Is Mary coming?" the model wrote "Mary vient-elle ?"
    f = fold("Is my neighbour Sophie coming?", COVERS, NAMES, VOCAB)
    assert f.text == "Is Mary coming?"
    assert restore("Mary vient-elle ?", f) == "Ma voisine Sophie vient-elle ?"
    f = fold("Did my boss Thomas call?", COVERS, NAMES, VOCAB)
    assert f.text == "Did Tom call?"
    assert restore("Tom a-t-il appelé ?", f) == "Mon patron Thomas a-t-il appelé ?"
    f = fold("Is my teacher Laura here?", COVERS, NAMES, VOCAB)
    assert restore("Est-ce que Mary est ici ?", f) == "Est-ce que ma professeure Laura est ici ?"
    f = fold("Has my boss Michael left?", COVERS, NAMES, VOCAB)                 # a name the model knows too
    assert f.text == "Has Tom left?"
    assert restore("Tom est-il parti ?", f) == "Mon patron Michael est-il parti ?"
    assert "French says who it is: my boss Michael as “mon patron Michael”" in stand_in_note(f)   # not "the place"
    f = fold("IS MY NEIGHBOUR SOPHIE COMING?", COVERS, NAMES, VOCAB)
    assert restore("Mary vient-elle ?", f) == "MA VOISINE SOPHIE VIENT-ELLE ?"


def test_a_statement_or_a_name_before_and_keeps_its_reading_in_a_question_text():
    assert fold("My boss Thomas is on holiday. Is it?", COVERS, NAMES, VOCAB).text == \
        "My boss, Jack, is on holiday. Is it?"
    assert fold("Are my neighbour Sophie and her husband home?", COVERS, NAMES, VOCAB).text == \
        "Are my neighbour Sophie and her husband home?"
    # "my colleague" and the name as one in a question (names30b: "Did her colleague Emma call?" had come out
    # "La députée Emma a-t-elle appelé ?")
    assert fold("Did my colleague Thomas call?", COVERS, NAMES, VOCAB).text == "Did Tom call?"
