"""ui30c: presenter mode's reading note on the default model (qa30's browser pass)."""
from __future__ import annotations

from apphelpers import no_problems, translate
from test_app_translate import default_model_app


def test_presenter_mode_says_the_name_was_kept_as_typed_without_naming_the_stand_in(monkeypatch, tmp_path):
    """qa30: in presenter mode "Where is Thomas?" noted "the model read the name “Tom” in its place", a name the
    audience never saw typed; presenter mode now says "Kept as you typed it, not translated: Thomas.", and the
    default mode keeps the detail."""
    at = default_model_app(monkeypatch, tmp_path)
    at.sidebar.toggle[0].set_value(True)
    at.run()
    translate(at, "Where is Thomas?")
    no_problems(at)
    notes = [c.value.replace("\\", "") for c in at.caption if c.value.startswith("ℹ️")]     # markdown-escaped
    assert any("Kept as you typed it, not translated: Thomas" in n for n in notes), notes
    assert not [n for n in notes if "Tom" in n or "model's word" in n], notes
    at.sidebar.toggle[0].set_value(False)
    at.run()
    notes = [c.value.replace("\\", "") for c in at.caption if c.value.startswith("ℹ️")]
    assert any("the model read the name “Tom” in its place" in n for n in notes), notes
