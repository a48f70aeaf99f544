"""A shouted text's French is mended in sentence case and shouted last (fold.restore without ``shouting``, the
French mends, fold.shout_back), so that it reads as its sentence-case twin in capitals: the mends match lower case
("HELLO, MY NAME IS SARAH." had come out "SALUT, MON NOM EST SARAH.", its twin "Salut, je m'appelle Sarah.")."""
from s2s_core import typography
from s2s_core.fold import fold, restore, shout_back
from s2s_core.verbatim import NAMES

from name_vocab import COVERS, Vocab

VOCAB = Vocab(("Tom", "Mary", "John", "Jack", "Paul", "France", "Canada", "Alberta", "Manitoba"))


def _french(source: str, model_french: str) -> str:
    """What translator._hypothesis makes of ``model_french`` for ``source`` (tags aside)."""
    f = fold(source, COVERS, NAMES, VOCAB)
    return shout_back(typography.french(restore(model_french, f, shouting=False), f.text, f.said_times), f)


def test_a_shouted_text_is_mended_before_it_is_shouted():
    assert _french("HELLO, MY NAME IS SARAH.", "Salut, mon nom est Mary.") == "SALUT, JE M'APPELLE SARAH."
    assert _french("Hello, my name is Sarah.", "Salut, mon nom est Mary.") == "Salut, je m'appelle Sarah."
    assert _french("GOOD MORNING, HOW ARE YOU TODAY?", "Bonjour, comment êtes-vous aujourd'hui ?") \
        == "BONJOUR, COMMENT ALLEZ-VOUS AUJOURD'HUI ?"                  # was "COMMENT ÊTES-VOUS"
    assert _french("THE SHOP OPENS AT 9 AM.", "Le magasin ouvre à 9 h 00.") == "LE MAGASIN OUVRE À 9 H."


def test_a_shouted_name_is_mended_as_a_name_then_shouted():
    # written back "SOPHIE" in a French in sentence case, no mend knew her ("MON AMI SOPHIE")
    assert _french("MY FRIEND SOPHIE IS A DOCTOR.", "Mon ami Mary est médecin.") == "MON AMIE SOPHIE EST MÉDECIN."


def test_what_went_back_as_typed_in_lower_case_stays_so():
    assert _french("EMAIL ME AT tom@example.com TODAY.", "Envoyez-moi un courriel à Tom aujourd'hui.") \
        == "ENVOYEZ-MOI UN COURRIEL À tom@example.com AUJOURD'HUI."


def test_restore_still_shouts_by_default_and_shout_back_leaves_other_texts():
    f = fold("WHERE IS THOMAS?", COVERS, NAMES, VOCAB)
    assert restore("Où est Tom ?", f) == "OÙ EST THOMAS ?"
    assert restore("Où est Tom ?", f, shouting=False) == "Où est Thomas ?"
    f = fold("Where is Thomas?", COVERS, NAMES, VOCAB)
    assert shout_back("Où est Thomas ?", f) == "Où est Thomas ?"
