"""A reading's label that carries its own note.

fold.py lists how it read a text in other words as labels ("times on the 24-hour clock"); the translator's note
joins them into "The model read: «…» (labels)". A reading that needs other words when it is the only one (ordinals'
endings: "The model read “21st” as “21th”…", not the whole sentence, which looked like a typing error) says so in
its label's ``note``, so the translator need not know how any label is worded.
"""
from __future__ import annotations


class Label(str):
    """A reading's label (a ``str``, joined and compared as one), with the note to show when it is the only
    reading ("" when the usual note will do)."""
    note: str

    def __new__(cls, text: str, note: str = "") -> "Label":
        label = super().__new__(cls, text)
        label.note = note
        return label
