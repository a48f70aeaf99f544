"""Ordinals read as the model knows them, and the note that names a reading that only changed their endings."""
from __future__ import annotations

from s2s_core.ordinals import ENDINGS, endings, read_ordinals


def test_endings_names_only_a_change_of_endings():
    typed = "The 21st century and my 33rd birthday."
    assert endings(typed, read_ordinals(typed)) == ENDINGS + "“21st” as “21th” and “33rd” as “33th”"
    assert endings("He came 2nd.", read_ordinals("He came 2nd.")) == ""                  # words changed too
    # nothing changed, nothing to name ("came 100th." had been named "ordinals with the ending the model knows: ")
    for typed in ("came 0th.", "finished 0th", "It rains."):
        assert read_ordinals(typed) == typed and endings(typed, typed) == ""


def test_ordinals_from_100th_are_read_with_th():
    """"101st" was left as typed ("He finished 101st." → "Il a fini 101st."); read "101th" the model writes
    "101e" ("in 101th place" → "en 101e place", "101th floor" → "101e étage"); "1,001st" keeps its comma."""
    assert read_ordinals("He finished 101st.") == "He finished in 101th place."
    assert read_ordinals("He finished 112th in the race.") == "He finished in 112th place in the race."
    assert read_ordinals("It is his 101st birthday.") == "It is his 101th birthday."
    assert read_ordinals("She was the 1,001st visitor.") == "She was the 1,001th visitor."
    assert read_ordinals("the 2nd and 3rd floors") == "the second and third floors"              # as before
    typed = "His 101st birthday."
    assert endings(typed, read_ordinals(typed)) == ENDINGS + "“101st” as “101th”"


def test_came_first_for_someone_is_a_priority_not_a_place():
    """"Family always came 1st for him", read "finished in first place", came out "a toujours fini à la première
    place"; a place in a race is still read so."""
    assert read_ordinals("Family always came 1st for him.") == "Family always came first for him."
    assert read_ordinals("His kids came 1st for him.") == "His kids came first for him."
    assert read_ordinals("She came 2nd in the race.") == "She finished in second place in the race."
    assert read_ordinals("She came 3rd.") == "She finished in third place."
    assert read_ordinals("She came 3rd for her country.") == "She finished in third place for her country."
    assert read_ordinals("Work came 1st for her.") == "Work came first for her."
    # hunt s27: a contest said after it is a place ("She always came 1st in her class" had come out "…est toujours
    # venue en premier…", "He usually came 1st at the local races" "…il est venu aux courses locales")
    assert read_ordinals("She always came 1st in her class.") == "She always finished in first place in her class."
    assert read_ordinals("He usually came 1st at the local races.") == \
        "He usually finished in first place at the local races."
    assert read_ordinals("Tom came 1st for us in the relay.") == "Tom finished in first place for us in the relay."


def test_the_endings_label_carries_its_own_note():
    """The translator had told this reading by its label's prefix and cut its note out of the label's words."""
    typed = "The 21st century and my 33rd birthday."
    label = endings(typed, read_ordinals(typed))
    assert label.note == ("The model read “21st” as “21th” and “33rd” as “33th”, the ending it knows for ordinals: "
                          "the heatmap shows that reading.")
