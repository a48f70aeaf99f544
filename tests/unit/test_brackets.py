"""Asides in brackets read between commas; their brackets put back where the translation keeps the commas."""
from __future__ import annotations

from s2s_core.brackets import commas, put_back, read
from s2s_core.fold import fold, restore


def test_an_aside_in_brackets_is_read_between_commas():
    assert read("I met Anna (my cousin) at the station.") == ("I met Anna, my cousin, at the station.",
                                                              ((0, True, 2),))
    assert read("Bring a jacket (it gets cold at night).") == ("Bring a jacket, it gets cold at night.",
                                                               ((0, False, 5),))
    assert read("Yes, I love you (really)!") == ("Yes, I love you, really!", ((1, False, 1),))   # after its own comma
    for text in ("The United Kingdom (UK) is big.", "It is in the UK (United Kingdom).", "Anand (Vishy) won.",
                 "A machine (Deep Blue) won.", "See the list (1).", "I have one friend(s).",
                 "(Note: later) we go.", "The price (about 2, or 3) is fine.", "A (b (c)) d."):
        assert read(text) == (text, ()), text      # names, acronyms, numbers, glued, first, commas, nested


def test_the_commas_become_brackets_again_only_where_the_translation_kept_them():
    read_text, marks = read("I met Anna (my cousin) at the station.")
    assert put_back("J'ai rencontré Anna, mon cousin, à la gare.", read_text, marks) == \
        "J'ai rencontré Anna (mon cousin) à la gare."
    assert put_back("J'ai rencontré Anna mon cousin à la gare.", read_text, marks) == \
        "J'ai rencontré Anna mon cousin à la gare."                                    # commas lost: as it is
    read_text, marks = read("During the war (he said) he began to print money and was killed.")
    moved = "Pendant la guerre, il a commencé à imprimer son argent, et il a été tué."   # its commas elsewhere
    assert put_back(moved, read_text, marks) == moved
    read_text, marks = read("In the war he began to issue his own (that is state-issued) money and was shot.")
    elsewhere = "Pendant la guerre, il a commencé à émettre son propre, c'est-à-dire l'argent et a été tué."
    assert put_back(elsewhere, read_text, marks) == elsewhere          # 7 words for 3: not the aside (newstest)
    read_text, marks = read("See you soon (hopefully)!")
    assert put_back("À bientôt, espérons-le !", read_text, marks) == "À bientôt (espérons-le) !"
    read_text, marks = read("The price (about 2.5 euros) is fine.")
    assert put_back("Le prix, environ 2,5 euros, est bien.", read_text, marks) == "Le prix (environ 2,5 euros) est bien."
    assert commas("2,5 et 3, 4") == [8]                                                 # a decimal comma is none


def test_fold_reads_an_aside_between_commas_and_restore_puts_its_brackets_back():
    f = fold("My brother (who lives in Paris) is a doctor.", str.isascii)
    assert f.text == "My brother, who lives in Paris, is a doctor."
    assert "an aside in brackets between commas" in f.reworded
    assert restore("Mon frère, qui vit à Paris, est médecin.", f) == "Mon frère (qui vit à Paris) est médecin."
