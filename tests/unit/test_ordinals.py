"""Ordinals read as the model knows them, and the note that names a reading that only changed their endings."""
from __future__ import annotations

from s2s_core.ordinals import ENDINGS, endings, read_ordinals


def test_endings_names_only_a_change_of_endings():
    typed = "The 21st century and my 33rd birthday."
    assert endings(typed, read_ordinals(typed)) == ENDINGS + "“21st” as “21th” and “33rd” as “33th”"
    assert endings("He came 2nd.", read_ordinals("He came 2nd.")) == ""                  # words changed too
    # nothing changed, nothing to name ("came 100th." had been named "ordinals with the ending the model knows: ")
    for typed in ("came 100th.", "finished 0th", "It rains."):
        assert read_ordinals(typed) == typed and endings(typed, typed) == ""
