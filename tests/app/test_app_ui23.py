"""First-visit findings (a demanding user, desktop and phone): what each page says before and after a click.
Each input text is unique to its test (AppTest shares a translation cache in one process)."""
from __future__ import annotations

from pathlib import Path

from apphelpers import TF, html_values, no_problems

ROOT = Path(__file__).resolve().parents[2]


def test_translate_page_says_which_languages_and_model_it_uses(app):
    """A phone hides the sidebar (the model card): the page itself names the languages and the model."""
    at = app.run()
    no_problems(at)
    line = next((c.value for c in at.caption if "→" in c.value and TF in c.value), None)
    assert line is not None, [c.value for c in at.caption]
    assert line.startswith("xx → yy · model") and "sidebar" in line


def test_a_language_pair_is_named_in_words():
    from ui.state import direction
    assert direction({"language_pair": "en-fr"}) == "English → French"
    assert direction({"language_pair": "en → de"}) == "English → German"
    assert direction({"language_pair": "xx-yy"}) == "xx → yy"
    assert direction({}) == ""
