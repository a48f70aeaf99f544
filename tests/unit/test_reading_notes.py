"""Reading notes as presenter mode says them (reading_notes.plain_note)."""
from __future__ import annotations

from s2s_core.reading_notes import plain_note


def test_ui30c_presenter_notes_say_what_became_of_the_text_without_the_stand_in():
    """qa30 (browser): presenter mode's note said "the model read the name “Tom” in its place", a name the audience
    never saw typed; it now says the name was kept as typed, and the other notes keep what they say of the text."""
    thomas = ("Written as typed, not translated: Thomas (the model read the name “Tom” in its place, a name it "
              "copies). The translation shows it in place of the model's word for it.")
    assert plain_note(thomas) == "Kept as you typed it, not translated: Thomas."
    two = ("Written as typed, not translated: a@b.org (the model read the name “Mary” in its place, a name it "
           "copies). The translation shows each in place of the model's word for it. Written as French calls the "
           "family: “mum” written “maman” (the model read the name “Tom” in its place).")
    assert plain_note(two) == ("Kept as you typed it, not translated: a@b.org. Written as French calls the family: "
                               "“mum” written “maman”.")
    assert plain_note("Written as typed, not translated: 12/05/2026 (the model read the weekday “Friday” in its "
                      "place: it takes a date's article).") == "Kept as you typed it, not translated: 12/05/2026."
    assert plain_note("Written as typed, not translated: 2,000 as “2 000e” (the model read the ordinal “50th” in its "
                      "place, one it writes right).") == "Kept as you typed it, not translated: 2,000 as “2 000e”."
    number = "The number was written as in the source: «1 250» (the model had written «1 205», a number …)."
    assert plain_note(number) == number                                   # no stand-in: as it was
