"""Reading notes as presenter mode says them (reading_notes.plain_note)."""
from __future__ import annotations

from s2s_core.fold import Folded
from s2s_core.reading_notes import plain_note, stand_in_note
from s2s_core.verbatim import StandIn


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


def test_a_day_of_the_month_is_said_written_as_a_date_not_as_typed():
    """"See you on the fifth." (read "the 5th") said "Written as typed, not translated: the 5th as “5”", though
    the visitor typed neither; a day is now said written as French writes the date, a name still as typed."""
    day, name = StandIn("Friday", "the 5th", day="5"), StandIn("Tom", "Thomas")
    note = stand_in_note(Folded("See Tom on Friday.", {}, stand_ins=((day, None), (name, None))))
    assert note.startswith("Written as typed, not translated: Thomas (")
    assert "Written as French writes the date: the 5th as “5” (the model read the weekday “Friday”" in note
    assert "as typed, not translated: the 5th" not in note
    assert plain_note(note) == ("Kept as you typed it, not translated: Thomas. "
                                "Written as French writes the date: the 5th as “5”.")
