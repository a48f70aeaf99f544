"""What Click to correct says it kept (ui/inspect_views._kept_line), read without a model: a stand-in's name once."""
from __future__ import annotations

from ui.inspect_views import _kept_line


def test_a_name_kept_is_written_once_not_with_its_later_pieces():
    shown = ["▁Sophie", "·", "·", "▁est", "▁là", "</s>"]       # "▁J", "an", "e" shown as the name typed
    assert _kept_line(shown, 4) == "Kept your first 2 words, “Sophie est”, and the model translated the rest again."
    assert _kept_line(shown, 2) == "Kept your first word, “Sophie”, and the model translated the rest again."


def test_a_word_cut_inside_is_still_said_so():
    shown = ["▁En", "voy", "ez", "-", "leur", "</s>"]
    assert _kept_line(shown, 1) == ("Kept the beginning of your first word, “En…”, and the model translated the "
                                    "rest again.")
