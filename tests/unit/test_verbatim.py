"""Addresses, handles, code and paths: read as a name the model copies, written back where the name went."""
from __future__ import annotations

from s2s_core import verbatim
from s2s_core.fold import fold, restore

NAMES = ("Tom", "Mary")
ascii_only = str.isascii


def test_what_is_copied_and_what_is_not():
    text = ("Visit https://www.example.com/help?q=1. Mail anna.smith@example.org, ping @anna_s #travel, "
            "run `pip install x` in /usr/local/bin or C:\\Users\\anna.")
    text += " Type <code>ls -l</code> or <KBD>Ctrl</KBD>."
    found = [text[a:b] for a, b in verbatim.spans(text)]
    assert found == ["https://www.example.com/help?q=1", "anna.smith@example.org", "@anna_s", "#travel",
                     "`pip install x`", "/usr/local/bin", "C:\\Users\\anna", "<code>ls -l</code>", "<KBD>Ctrl</KBD>"]
    for plain in ("and/or 1/2 km/h", "I am #1", "C# and F#", "a@b", "Email me at 5 pm.", "social /Christian democrats"):
        assert verbatim.spans(plain) == []


def test_names_stand_in_and_go_back():
    text, stand_ins = verbatim.protect("Send it to tom@x.org or Mary before Friday.", NAMES)
    assert text == "Send it to Tom or Mary before Friday."        # not "Mary": the text uses it
    assert stand_ins == (verbatim.StandIn("Tom", "tom@x.org"),)
    assert verbatim.unprotect("Envoie-le à Tom ou Mary avant vendredi.", stand_ins) == (
        "Envoie-le à tom@x.org ou Mary avant vendredi.", [])
    assert verbatim.unprotect("Envoie-le avant vendredi.", stand_ins)[1] == list(stand_ins)       # dropped
    assert verbatim.protect("see www.a.org", ()) == ("see www.a.org", ())                         # no names
    assert verbatim.stand_in_names(lambda n: n != "Mary") == ("Tom", "John", "Jack", "Paul")


def test_a_span_whose_name_was_dropped_goes_back_by_the_attention_and_leftovers_are_set_aside():
    f = fold("Write to a@b.org before noon.", ascii_only, NAMES)
    assert f.text == "Write to Tom before noon."
    assert restore("Écris à Tom avant midi.", f) == "Écris à a@b.org avant midi."
    # the model dropped "Tom": the address goes after the word that looked most at "Tom" ("Écris")
    assert restore("Écris avant midi.", f, attended=[0, 0, 0, 1, 2]) == "Écris a@b.org avant midi."
    f = fold("See x.org@a.io and www.b.org and www.c.org", ascii_only, ("Tom",))      # one name for three
    assert f.text == "See Tom and and" and [run for *_, run in f.aside] == ["www.b.org", "www.c.org"]
    assert restore("Voir Tom et et", f) == "Voir x.org@a.io et www.b.org et www.c.org"
