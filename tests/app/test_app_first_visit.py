"""First-visit findings (a demanding user, desktop and phone): what each page says before and after a click.
Each input text is unique to its test (AppTest shares a translation cache in one process)."""
from __future__ import annotations

from pathlib import Path

from apphelpers import TF, html_values, no_problems, open_inspect, translate

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


def test_inspect_heads_tab_shows_the_translation_its_maps_are_of(app):
    """Heads (the tab Inspect opens on) drew twelve maps of an output it never showed."""
    at = open_inspect(app, text="k l m n o")
    assert any(m.value == "**Translation**" for m in at.markdown), [m.value for m in at.markdown]
    assert any('class="s2s-text"' in h for h in html_values(at))


def test_inspect_layer_picker_is_named_and_marked_as_on_translate(app):
    """Translate says "Decoder layer" and "Layer 1 (default)"; the Heads tab said "Layer" and "Layer 1"."""
    at = open_inspect(app, text="p q r s")
    picker = at.selectbox(key="grid_layer")
    assert picker.label == "Decoder layer"
    assert picker.options[picker.value] == f"Layer {picker.value + 1} (default)"
    assert sum("(default)" in o for o in picker.options) == 1


def test_new_run_form_without_data_points_to_the_upload_choice(tmp_path, monkeypatch):
    """With nothing in the data folder, the hint said "or upload one" beside no uploader (it is a Corpus
    choice): it names that choice."""
    from streamlit.testing.v1 import AppTest
    (tmp_path / "data").mkdir()
    monkeypatch.setenv("S2S_RUNS_DIR", str(tmp_path / "runs"))
    monkeypatch.setenv("S2S_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("S2S_CHECKPOINTS_DIR", str(tmp_path / "ckpt"))
    at = AppTest.from_file(str(ROOT / "app_pages" / "training.py"), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    hint = next(c.value for c in at.warning if c.value.startswith("No .tsv file in the data folder"))
    assert "**Upload a TSV file** under Corpus" in hint
    assert "Upload a TSV file" in at.selectbox(key="nr_corpus").options


def test_an_empty_file_on_evaluate_says_what_to_upload_instead(app):
    at = app.run()
    at.switch_page("app_pages/evaluate.py").run()
    at.file_uploader(key="eval_file").set_value(("blank.txt", b"\n  \n", "text/plain")).run()
    assert not at.exception
    msg = next(e.value for e in at.error)
    assert msg.startswith("blank.txt is empty") and "one sentence a line" in msg, msg


def test_the_n_best_list_says_what_the_score_means_in_words(app):
    """The walk-through: "score = log-prob / length^length-penalty" and a "len" column are jargon to a visitor;
    the list says what to do with it, each line's note says "score", the formula stays in the list's help."""
    at = translate(app.run(), "l k j i h g")                  # a text no other test caches
    no_problems(at)
    nbest = next(r for r in at.radio if r.key.endswith("_nbest"))
    assert nbest.label == "Alternatives — pick one to show it below"
    assert "higher is better" in nbest.help and "length^length-penalty" in nbest.help and "subword" in nbest.help
    notes = list(nbest.proto.captions)
    assert notes[0].startswith("best · score -") and all(n.split(" · ")[-2 if "⚠" in n else -1].startswith("score ")
                                                          for n in notes[1:])
    assert not any("len" in n or "log-prob" in n for n in notes)
    assert not at.dataframe                                    # no table of cut-off rows


def test_the_text_box_hint_holds_on_a_phone_too(app):
    """"(Ctrl+Enter translates)" meant nothing on a phone: the box names the button every device has, and the
    keyboard shortcut is in its help."""
    at = app.run()
    box = at.text_area(key="text_widget")
    assert "Ctrl" not in box.placeholder and box.placeholder.endswith("press Translate")
    assert "Ctrl+Enter" in box.help and "Mac" in box.help
    assert [b.label for b in at.form_submit_button] == ["Translate"]


def test_attention_is_on_whole_words_by_default_on_translate_and_compare(app):
    """"Words, not pieces" was off on Translate and on Inspect's Compare: a visitor saw "viv" and "…ait". Both
    start on whole words, say so in plain words, and explain the pieces in the help."""
    at = translate(app.run(), "m n o p q r")
    no_problems(at)
    toggle = at.toggle(key="attn_merge")
    assert toggle.value is True and toggle.label == "Whole words" and "subword pieces" in toggle.help
    assert any(c.value.startswith("Whole words: a source word's column is the **sum**") for c in at.caption)
    at.switch_page("app_pages/inspect.py").run()
    at.text_input(key="inspect_text").input("m n o p q r").run()
    at.session_state["inspect_tab"] = "Compare models"
    at.run()
    no_problems(at)
    compare = at.toggle(key="cmp_merge")
    assert compare.value is True and compare.label == toggle.label


def test_the_translate_page_explains_its_charts_in_plain_words(app):
    """The walk-through read the landing page as a newcomer: a grid with no word of what it shows, "Token
    confidence", and layer and head pickers with nothing to say what a layer or a head is."""
    at = translate(app.run(), "n o p q r s")                  # a text no other test caches
    no_problems(at)
    captions = [c.value for c in at.caption]
    intro = next(c for c in captions if c.startswith("**Attention:**"))
    assert "a row" in intro and "a column" in intro and "darker = more" in intro
    strip = next(c for c in captions if c.startswith("How sure the model was of each piece"))
    assert "Token" not in strip and "subword pieces" in strip
    assert "“(end)” marks where it ended the sentence" in strip
    for key in ("attn_layer_2", "attn_head_2"):
        assert "the source" in at.selectbox(key=key).help
