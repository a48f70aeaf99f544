"""Translate page: translation, n-best selection, empty input, paragraphs, heatmap options, escaping."""
from __future__ import annotations

import io
import json

import numpy as np
import pandas as pd
import pytest

from apphelpers import (GRU, TF, download, heatmap_z, html_values, make_app, no_problems, plotly_specs,
                        record_downloads, translate)
from s2s_core import trust


def test_translate_shows_best_nbest_confidence_and_heatmap(app):
    at = app.run()
    no_problems(at)
    assert at.form_submit_button[0].label == "Translate"
    translate(at, "a b c d e")
    no_problems(at)
    html = html_values(at)
    assert any('class="s2s-best"' in h for h in html)
    assert any('class="s2s-confidence"' in h and "alternatives:" in h for h in html)
    nbest = nbest_list(at)
    assert len(nbest.options) == 5 and nbest.value == 0                     # the best, picked
    assert list(nbest.proto.captions)[0].startswith("best · score -")
    specs = plotly_specs(at)
    assert specs and specs[0]["data"][0]["type"] == "heatmap"
    z = heatmap_z(specs[0])
    assert z.shape[1] == 6                       # 5 source pieces + </s>, shown
    assert "(end)" in specs[0]["layout"]["xaxis"]["ticktext"]
    assert specs[0]["layout"]["xaxis"]["ticktext"][:5] == ["a", "b", "c", "d", "e"]     # pieces as read, no "▁"
    assert any("next-to-last layer" in c.value and "layer 1 of 2" in c.value for c in at.caption)
    # The model card from the .md file is in the sidebar.
    assert any("xx-yy" in c.value for c in at.sidebar.caption)


def test_heatmap_lets_a_swipe_scroll_and_keeps_its_columns_on_a_phone(app):
    """A finger swiped across the heatmap scrolls the page (no drag gesture: plotly's zoom trapped it), and
    below 640 px the chart keeps square cells and scrolls sideways (12 words were 8-px columns at 390 px);
    wider screens get no rule. (tests/e2e/test_walkthrough_browser.py swipes it for real.)"""
    import re
    from s2s_core import viz
    at = translate(app.run(), "a b c d e f g h i j k l")
    no_problems(at)
    spec = plotly_specs(at)[0]
    assert spec["layout"]["dragmode"] is False
    columns = len(spec["layout"]["xaxis"]["tickvals"])
    assert columns == 13                                        # 12 pieces + </s>
    key = next(c.proto.id for c in at.get("plotly_chart")).split("-")[-1]
    rules = [h for h in html_values(at) if f".st-key-{key} " in h]
    assert len(rules) == 1 and rules[0].startswith("<style>@media (max-width: 640px)")
    px = int(re.search(r"min-width: (\d+)px", rules[0]).group(1))
    margin = spec["layout"]["margin"]
    assert (px - margin["l"] - margin["r"] - viz.COLORBAR_PX) / columns == viz.heatmap_cell_px(12) >= 26
    links = [s for s in plotly_specs(at) if s["data"][0]["type"] != "heatmap"]          # the other charts too
    assert links and all(s["layout"]["dragmode"] is False for s in links)


def test_a_paragraphs_maps_scroll_in_their_own_box_and_say_so_on_a_phone(app):
    """The walk-through: a paragraph's map looked wider than a 390-px phone. Each sentence's map keeps its
    columns and scrolls sideways inside its own box (the page does not: tests/e2e checks that in a browser),
    with a line above it, shown only on screens narrower than the map needs, saying the rest is a swipe away."""
    import re
    from s2s_core import viz
    at = translate(app.run(), "a b c d e f g h i j k l. m n o p q r s t u v w x.")
    no_problems(at)
    keys = [c.proto.id.split("-")[-1] for c in at.get("plotly_chart")]
    maps = [(k, s) for k, s in zip(keys, plotly_specs(at)) if s["data"][0]["type"] == "heatmap"]
    assert len(maps) == 2
    html = html_values(at)
    for key, spec in maps:
        px = int(re.search(r"min-width: (\d+)px", next(h for h in html if f".st-key-{key} " in h)).group(1))
        hint = next(h for h in html if f"s2s-swipe-{key}'" in h)
        assert "Swipe the map sideways" in hint and px > 390 - 66                  # wider than a panel on a phone
        assert f"@media (min-width: {min(640, px + 32) + 1}px)" in hint and "display: none" in hint
    small = [h for h in html_values(translate(at, "a b.")) if "s2s-swipe-" in h]
    widths = [int(re.search(r"@media \(min-width: (\d+)px\)", h).group(1)) for h in small]
    assert widths and all(w < 390 for w in widths)               # a small map fits a phone: no hint there


def nbest_list(at):
    """The Translate page's n-best list (the first one: a paragraph has one per sentence)."""
    return next(r for r in at.radio if r.key and r.key.endswith("_nbest"))


def test_picking_an_alternative_selects_that_hypothesis(app, ckpt_dir):
    want = expected_translation(ckpt_dir, TF, "a b c d e").hypotheses
    at = translate(app.run(), "a b c d e")
    first_z = heatmap_z(plotly_specs(at)[0])
    nbest_list(at).set_value(1).run()
    no_problems(at)
    assert any(m.value == "**Alternative 2:**" for m in at.markdown)
    assert any(f">{want[1].text}</div>" in h for h in html_values(at))        # written whole below the list
    z = heatmap_z(plotly_specs(at)[0])
    assert z.shape[0] == len(want[1].tokens) and (z.shape != first_z.shape or not np.allclose(z, first_z))


def test_alternatives_read_whole_with_the_changed_words_in_bold(app, monkeypatch):
    """Each alternative is written in full (a table cell cut long ones at ~130 px on a desktop), Markdown-escaped,
    the words it does not share with the best translation in bold; its score and warnings under it."""
    from s2s_core.translator import Translator
    long = "Le vieil homme qui vivait à côté de la rivière se promenait lentement vers le petit village."
    texts = [long, long.replace("à côté", "près"), long.replace("petit", "*petit*") + " " + "x" * 60]
    real = Translator.translate_batch

    def fake(self, lines, **kw):
        out = real(self, lines, **kw)
        for k, (h, text) in enumerate(zip(out[0].hypotheses, texts)):
            h.text, h.warnings = text, [trust.LENGTH_LIMIT] if k == 2 else []
        return out
    monkeypatch.setattr(Translator, "translate_batch", fake)
    at = translate(app.run(), "p q r s t u v")                 # a text no other test caches
    no_problems(at)
    nbest = nbest_list(at)
    assert nbest.options[0] == long.replace(".", "\\.")                                  # whole, escaped
    assert nbest.options[1] == "Le vieil homme qui vivait **près** de la rivière se promenait lentement vers " \
                               "le petit village\\."
    assert nbest.options[2].endswith("**\\*petit\\*** village\\. **" + "x" * 60 + "**")
    captions = list(nbest.proto.captions)
    assert captions[0].startswith("best · score ") and "cut off" in captions[2] and "⚠" not in captions[1]


def test_empty_input_is_friendly_and_calls_no_model(app, monkeypatch):
    from s2s_core.translator import Translator
    calls = []
    real = Translator.translate_batch
    monkeypatch.setattr(Translator, "translate_batch", lambda self, *a, **k: calls.append(a) or real(self, *a, **k))
    at = translate(app.run(), "   \n  ")
    no_problems(at)
    assert any("nothing to translate" in i.value for i in at.info)
    assert not at.radio and not at.get("plotly_chart")
    assert calls == []


def test_paragraph_gives_each_sentence_its_own_result(app):
    at = translate(app.run(), "a b c. d e f! <b>g</b> & h")
    no_problems(at)
    assert len([e for e in at.expander if e.label.startswith("Sentence ")]) == 3
    assert len([r for r in at.radio if r.key.endswith("_nbest")]) == 3
    assert len([s for s in plotly_specs(at) if s["data"][0]["type"] == "heatmap"]) == 3
    html = "\n".join(html_values(at))
    assert "&lt;b&gt;g&lt;/b&gt; &amp; h" in html and "<b>g</b>" not in html


def test_paragraph_explains_the_strip_and_the_map_once_not_under_every_sentence(app):
    """A five-sentence paragraph repeated the same three long captions (how to read the strip, the map, whole
    words) in every panel; they now come once, with the first sentence, and every sentence keeps its strip and
    its map."""
    from ui.result import ATTENTION_INTRO
    at = translate(app.run(), "k l m. n o p! q r s? t u")
    no_problems(at)
    assert len([e for e in at.expander if e.label.startswith("Sentence ")]) == 4
    assert len([s for s in plotly_specs(at) if s["data"][0]["type"] == "heatmap"]) == 4
    assert len([h for h in html_values(at) if 'class="s2s-confidence"' in h]) == 4
    captions = [c.value for c in at.caption]
    assert captions.count(ATTENTION_INTRO) == 1
    assert len([c for c in captions if c.startswith("How sure the model was of each piece")]) == 1
    assert len([c for c in captions if c.startswith("Whole words: a source word's column")]) == 1
    first = next(e for e in at.expander if e.label.startswith("Sentence 1 "))
    assert ATTENTION_INTRO in [c.value for c in first.caption]             # with the first sentence, open


def test_a_paragraph_keeps_its_reading_captions_in_one_expander_and_its_exports_side_by_side(app):
    """On a phone the open sentence panel stood ~1,290 px: its three how-to-read captions (~250 px) now sit in one
    shut expander of the first panel, under its strip; "Export heatmap" and "Export n-best list" stay side by side
    on a phone (two a row under 640 px); the single-sentence page keeps its captions in view."""
    from ui.result import ATTENTION_INTRO, READING_GUIDE, STRIP_NOTE, WHOLE_WORDS_NOTE
    at = translate(app.run(), "v w x. y z a! b c")
    no_problems(at)
    guides = [e for e in at.expander if e.label == READING_GUIDE]
    assert len(guides) == 1 and not guides[0].proto.expanded
    assert [c.value for c in guides[0].caption] == [STRIP_NOTE, ATTENTION_INTRO, WHOLE_WORDS_NOTE]
    first = next(e for e in at.expander if e.label.startswith("Sentence 1 "))
    assert READING_GUIDE in [e.label for e in first.expander]
    assert [c.value for c in at.caption].count(ATTENTION_INTRO) == 1             # not also in view
    rows = [h.value for h in at.get("html") if "_exports [data-testid='stColumn']" in h.value]
    assert len(rows) == 3 and all("max-width: 640px" in r for r in rows)
    at = translate(at, "c d e f g h")                                     # one sentence: the captions in view
    no_problems(at)
    assert not [e for e in at.expander if e.label == READING_GUIDE]
    assert ATTENTION_INTRO in [c.value for c in at.main.caption] and STRIP_NOTE in [c.value for c in at.caption]


def test_what_the_model_read_is_shown_escaped(app):
    """The note quotes the user's text: "$7 … $8" in it had been read as LaTeX (the words between in italics)."""
    at = translate(app.run(), "u paid $7 and $8 tmrw")
    no_problems(at)
    notes = [c.value for c in at.caption if c.value.startswith("ℹ️ The model read")]
    assert len(notes) == 1 and "\\$7 and \\$8" in notes[0], notes


def test_a_paragraph_opens_its_first_sentence_and_those_with_a_warning(app, monkeypatch):
    """Three panels were open whatever they held (each with its list of alternatives: a long page), and a
    flagged fourth sentence stayed shut while the line on top said "see the warnings with each sentence below"."""
    from s2s_core.translator import Translator
    real = Translator.translate_batch

    def fake(self, texts, **kw):
        out = real(self, texts, **kw)
        for t in out:
            for h in t.hypotheses:
                h.warnings = [trust.REPETITION] if "w" in t.source.split() else []
        return out
    monkeypatch.setattr(Translator, "translate_batch", fake)
    at = translate(app.run(), "e f g. h i j. k l m. n w o. p q r.")
    no_problems(at)
    panels = [e for e in at.expander if e.label.startswith("Sentence ")]
    assert [e.label for e in panels][3] == "Sentence 4 of 5 ⚠️"
    assert [e.proto.expanded for e in panels] == [True, False, False, True, False]


def test_paragraph_translation_keeps_the_texts_paragraphs(app):
    at = translate(app.run(), "a b c. d e f!\n\ng h\ni j")
    no_problems(at)
    best = next(h for h in html_values(at) if 'class="s2s-best"' in h)
    body = best.split(">", 1)[1].rsplit("</div>", 1)[0]
    assert body.count("\n") == 3 and "\n\n" in body and body.index(" ") < body.index("\n")


def test_long_input_shows_progress_and_translates_everything(app, monkeypatch):
    """Ten sentences go in batches of 1, 2, 4, 3 (as translate_iter; they appear as each batch is done): the
    bar starts at 0, advances per batch to 10 of 10, then goes."""
    import streamlit as st
    from streamlit.delta_generator import DeltaGenerator
    shown, real = [], DeltaGenerator.progress

    def progress(self, value, text=None, **kw):
        shown.append((value, text))
        return real(self, value, text=text, **kw)
    monkeypatch.setattr(DeltaGenerator, "progress", progress)
    monkeypatch.setattr(st, "progress", lambda *a, **kw: progress(st._main, *a, **kw))  # st.progress is pre-bound
    text = " ".join(f"{w} b c." for w in "abcdefghij")
    at = translate(app.run(), text)
    no_problems(at)
    assert len([e for e in at.expander if e.label.startswith("Sentence ")]) == 10
    assert shown == [(0.0, "Translating 10 sentences …"), (0.1, "Translated 1 of 10 sentences"),
                     (0.3, "Translated 3 of 10 sentences"), (0.7, "Translated 7 of 10 sentences"),
                     (1.0, "Translated 10 of 10 sentences")]
    assert not at.get("progress")                            # emptied once everything is translated


def test_layer_head_and_merge_controls(app):
    at = translate(app.run(), "a b c d e")
    default_z = heatmap_z(plotly_specs(at)[0])
    at.selectbox(key="attn_layer_2").set_value(1)
    at.selectbox(key="attn_head_2").set_value(0)
    at.run()
    no_problems(at)
    assert not any("next-to-last" in c.value for c in at.caption)
    assert not np.allclose(heatmap_z(plotly_specs(at)[0]), default_z)
    at.selectbox(key="attn_layer_2").set_value(-1)       # average of layers
    at.toggle(key="attn_merge").set_value(False)          # pieces: no caption about summed pieces
    at.run()
    no_problems(at)
    assert not any("sum" in c.value and "average" in c.value for c in at.caption)


def test_gru_model_has_no_layer_pickers(app):
    app.session_state["model"] = GRU
    at = translate(app.run(), "a b c")
    no_problems(at)
    assert not [s for s in at.selectbox if s.key and s.key.startswith("attn_layer")]
    assert any("GRU" in c.value for c in at.caption)
    assert plotly_specs(at)


def test_example_button_translates_in_one_click(app):
    at = app.run()
    at.button(key="example_0").click().run()
    no_problems(at)
    from s2s_core.viz import md_escape
    # the label is the example read as plain text (a promoted model's probe "$HOME `x`" had rendered as markdown)
    assert md_escape(at.text_area(key="text_widget").value) == at.button(key="example_0").label
    assert nbest_list(at) and plotly_specs(at)


def sidebar_settings(at) -> dict:
    """Model and decoding settings as the sidebar widgets show them, in share-link terms."""
    nums = at.sidebar.number_input
    return {"model": at.sidebar.selectbox[0].value, "beam": nums[0].value, "nbest": nums[1].value,
            "lp": at.sidebar.slider[0].value, "maxlen": nums[2].value}


def test_query_parameters_restore_model_text_and_settings(app):
    app.session_state["model"] = GRU        # the link must win over the session default
    app.query_params.update({"model": TF, "text": "a b c", "beam": "3", "nbest": "2", "lp": "9",
                             "maxlen": "20"})
    at = app.run()
    no_problems(at)
    assert sidebar_settings(at) == {"model": TF, "beam": 3, "nbest": 2, "lp": 3.0, "maxlen": 20}   # lp clamped
    assert at.text_area(key="text_widget").value == "a b c"
    assert len(nbest_list(at).options) == 2
    assert at.query_params["lp"] == "3"                      # the page rewrote the link with what it used


def test_share_link_follows_each_change_and_restores_in_a_fresh_session(app, monkeypatch, ckpt_dir):
    """The page writes the link (the test sets no query parameter) and rewrites it when a setting, the model
    or the text changes; a new session opened on that link shows the same model, text, settings, results."""
    at = translate(app.run(), "a b c d e")
    assert at.query_params["model"] == TF and at.query_params["text"] == "a b c d e"
    at.sidebar.number_input[0].set_value(3)
    at.run()
    assert at.query_params["beam"] == "3"
    at.sidebar.number_input[1].set_value(2)
    at.sidebar.slider[0].set_value(0.6)
    at.sidebar.number_input[2].set_value(15)
    at.sidebar.selectbox[0].set_value(GRU)
    at.run()
    translate(at, "c d e f")
    no_problems(at)
    link = {"model": GRU, "text": "c d e f", "beam": "3", "nbest": "2", "lp": "0.6", "maxlen": "15"}
    assert at.query_params == link
    shown = nbest_list(at).options

    fresh = make_app(monkeypatch, ckpt_dir)
    fresh.query_params.update(link)
    fresh.run()
    no_problems(fresh)
    assert sidebar_settings(fresh) == {"model": GRU, "beam": 3, "nbest": 2, "lp": pytest.approx(0.6), "maxlen": 15}
    assert fresh.text_area(key="text_widget").value == "c d e f"
    assert nbest_list(fresh).options == shown
    assert fresh.query_params == link


def test_presenter_mode_hides_technical_controls_and_keeps_settings(app):
    at = app.run()
    at.sidebar.number_input[0].set_value(3)
    at.run()
    translate(at, "a b c d")
    layer = next(s for s in at.selectbox if s.key and s.key.startswith("attn_layer_"))
    layer.set_value(-1)                                     # not the default (the next-to-last)
    at.toggle(key="attn_merge").set_value(False)            # pieces, not the default whole words
    at.run()
    at.sidebar.toggle[0].set_value(True)
    at.run()
    no_problems(at)
    assert not at.sidebar.number_input and not at.sidebar.slider
    assert not [s for s in at.selectbox if s.key and s.key.startswith("attn_")]
    assert at.button(key="example_0")                       # examples stay at hand
    assert not [b for b in at.download_button]               # exports hidden
    assert any("2.6rem" in h for h in html_values(at))      # bigger text
    at.sidebar.toggle[0].set_value(False)
    at.run()
    assert at.sidebar.number_input[0].value == 3
    assert at.selectbox(key=layer.key).value == -1 and at.toggle(key="attn_merge").value is False   # the view it had


def test_the_link_keeps_presenter_mode(app, monkeypatch, ckpt_dir):
    """Presenter mode was not in the link: the address a presenter copied opened in a new tab without it. It is
    now ``presenter=1`` (only while on), restored with the model, the text and the settings."""
    at = translate(app.run(), "a b c d e")
    assert "presenter" not in at.query_params                # a plain link stays as it was
    at.sidebar.toggle[0].set_value(True)
    at.run()
    assert at.query_params["presenter"] == "1"
    link = dict(at.query_params)

    fresh = make_app(monkeypatch, ckpt_dir)
    fresh.query_params.update(link)
    fresh.run()
    no_problems(fresh)
    assert fresh.session_state["presenter"] is True and fresh.sidebar.toggle[0].value is True
    assert not fresh.sidebar.number_input                   # as presenter mode shows the page
    assert any("2.6rem" in h for h in html_values(fresh))
    assert fresh.text_area(key="text_widget").value == "a b c d e"
    assert fresh.query_params == link
    fresh.sidebar.toggle[0].set_value(False)
    fresh.run()
    assert "presenter" not in fresh.query_params             # off again: out of the link


def test_an_inspect_link_keeps_presenter_mode(app, monkeypatch, ckpt_dir):
    """Inspect's URL holds the mode too, and drops it once the mode is off."""
    app.query_params.update({"model": TF, "text": "a b c", "inspect_tab": "Beam tree", "presenter": "1"})
    at = app.run()
    at.switch_page("app_pages/inspect.py").run()
    no_problems(at)
    assert at.sidebar.toggle[0].value is True and at.query_params["presenter"] == "1"
    at.sidebar.toggle[0].set_value(False)
    at.run()
    assert "presenter" not in at.query_params and at.query_params["text"] == "a b c"


def expected_translation(ckpt_dir, model: str, text: str):
    """The page's translation of ``text``, computed here without the app (same checkpoint and settings)."""
    from s2s_core import Translator
    from ui.engine import UI_DECODING
    tr = Translator.from_checkpoint(ckpt_dir / f"{model}.pt")
    return tr.translate_batch([text], **UI_DECODING.kwargs(), return_heads=True)[0]


def check_nbest_exports(at, files, want) -> None:
    csv = pd.read_csv(io.StringIO(download(at, "n-best (CSV)", files)), keep_default_na=False)
    assert list(csv.columns) == ["rank", "translation", "warnings", "score", "log-prob", "length"]
    assert list(csv["rank"]) == list(range(1, len(want.hypotheses) + 1))
    assert list(csv["warnings"]) == [trust.labels(h) for h in want.hypotheses]
    assert list(csv["translation"]) == [h.text for h in want.hypotheses]
    assert list(csv["length"]) == [len(h.tokens) for h in want.hypotheses]
    assert np.allclose(csv["score"], [h.score for h in want.hypotheses], atol=6e-5)
    assert np.allclose(csv["log-prob"], [h.log_prob for h in want.hypotheses], atol=6e-5)
    js = json.loads(download(at, "n-best (JSON)", files))
    assert js["source"] == want.source
    assert [(h["rank"], h["text"], h["tokens"]) for h in js["hypotheses"]] == \
        [(i + 1, h.text, list(h.tokens)) for i, h in enumerate(want.hypotheses)]
    for got, h in zip(js["hypotheses"], want.hypotheses):
        assert got["score"] == pytest.approx(h.score, abs=1e-5)
        assert got["log_prob"] == pytest.approx(h.log_prob, abs=1e-5)
        assert got["token_log_probs"] == pytest.approx(list(h.token_log_probs), abs=1e-5)
        assert got["warnings"] == [f.code for f in h.warnings]


def check_attention_exports(at, files, src, hyp) -> None:
    """Both attention files hold ``hyp``'s matrix (rows: its tokens, columns: the source pieces)."""
    csv = pd.read_csv(io.StringIO(download(at, "Attention matrix (CSV)", files)), index_col=0, keep_default_na=False)
    assert list(csv.columns) == [f"{j}:{s}" for j, s in enumerate(src)]
    assert list(csv.index) == [f"{i}:{t}" for i, t in enumerate(hyp.tokens)]
    assert np.allclose(csv.to_numpy(float), hyp.attention, atol=6e-6)
    js = json.loads(download(at, "Attention matrix (JSON)", files))
    assert js["source_tokens"] == list(src) and js["target_tokens"] == list(hyp.tokens)
    assert np.allclose(np.array(js["attention"]), hyp.attention, atol=6e-6)


@pytest.mark.parametrize("model", [TF, GRU])
def test_exports_hold_the_hypotheses_and_the_attention_shown(app, monkeypatch, ckpt_dir, model):
    """The files behind the export buttons, parsed: the n-best list's texts and scores, the attention matrix
    and its labels — of the hypothesis picked in the n-best table."""
    files = record_downloads(monkeypatch)
    want = expected_translation(ckpt_dir, model, "a b c d e")
    assert len(want.hypotheses) >= 2
    app.session_state["model"] = model
    at = translate(app.run(), "a b c d e")
    no_problems(at)
    check_nbest_exports(at, files, want)
    from s2s_core.viz import merge_attention           # whole words by default: the word matrix, as drawn
    words, src_w, tgt_w = merge_attention(want.hypotheses[0].attention, want.source_tokens, want.hypotheses[0].tokens)
    csv = pd.read_csv(io.StringIO(download(at, "Attention matrix (CSV)", files)), index_col=0, keep_default_na=False)
    assert list(csv.columns) == [f"{j}:{w}" for j, w in enumerate(src_w)] and not any("▁" in c for c in csv.columns)
    assert np.allclose(csv.to_numpy(float), words, atol=6e-6) and np.allclose(heatmap_z(plotly_specs(at)[0]), words)
    at.toggle(key="attn_merge").set_value(False).run()  # the pieces the model used
    check_attention_exports(at, files, want.source_tokens, want.hypotheses[0])
    assert np.allclose(heatmap_z(plotly_specs(at)[0]), want.hypotheses[0].attention, atol=1e-6)   # = drawn
    nbest_list(at).set_value(1).run()
    no_problems(at)
    check_attention_exports(at, files, want.source_tokens, want.hypotheses[1])
    check_nbest_exports(at, files, want)


def test_a_sentence_translated_in_parts_offers_no_nbest_export(app):
    """A sentence joined from parts (a ";" read again in halves, a long one clause by clause) has one translation and
    a note saying "alternatives are not shown for it"; "Export n-best list" was still offered (a list of one). The
    heatmap's export stays."""
    clauses = ["b c d e f g h i j k l a", "- n o p q r s t u v w m", "- y a b c d e f g h i x"]
    at = translate(app.run(), " ".join(clauses))
    no_problems(at)
    assert any("3 parts" in c.value for c in at.caption)
    labels = [e.label for e in at.expander]
    assert "Export heatmap" in labels and "Export n-best list" not in labels
    assert not [b for b in at.download_button if b.label.startswith("n-best")]


def test_exports_offer_csv_json_and_friendly_image_failure(app, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chrome")
    at = translate(app.run(), "a b c")
    labels = [b.label for b in at.download_button]
    for want in ("n-best (CSV)", "n-best (JSON)", "Attention matrix (CSV)", "Attention matrix (JSON)"):
        assert want in labels
    btn = [b for b in at.button if b.label == "Prepare PNG and SVG"][0]
    btn.click().run()
    assert not at.exception
    assert any("Image export is not available" in w.value for w in at.warning)


def test_a_long_sentence_is_translated_clause_by_clause_with_a_note(app):
    from s2s_core.clauses import LONG_SENTENCE_PIECES
    clauses = ["a b c d e f g h i j k l", "- m n o p q r s t u v w", "- x y a b c d e f g h i"]
    at = translate(app.run(), " ".join(clauses))
    no_problems(at)
    assert any("3 parts" in c.value and "semicolons and dashes" in c.value for c in at.caption)
    assert not [r for r in at.radio if r.key.endswith("_nbest")]   # one joined translation, no alternatives
    z = heatmap_z(plotly_specs(at)[0])
    assert z.shape[1] > LONG_SENTENCE_PIECES                     # one heatmap over the whole sentence


def test_failure_messages_say_what_the_user_can_do():
    from ui.engine import _friendly
    assert _friendly(ValueError("too long to translate at once")) == "too long to translate at once"
    assert "Try a shorter text" in _friendly(MemoryError()) and "Try a shorter text" in _friendly(
        RuntimeError("CUDA out of memory"))
    assert "fault of the app, not of your text" in _friendly(TypeError("cannot pickle"))


def _subtree_has(node, kind: str, key_end: str = "") -> bool:
    """Whether an AppTest block holds an element of ``kind`` (its key ending in ``key_end``)."""
    if getattr(node, "type", None) == kind and (getattr(node, "key", None) or "").endswith(key_end):
        return True
    return any(_subtree_has(c, kind, key_end) for c in getattr(node, "children", {}).values())


def test_a_paragraph_sentence_lists_three_alternatives_and_the_rest_a_click_away(app):
    """The walk-through: an open sentence of a paragraph stood ~1,000 px tall with its five alternatives. It lists
    the best and two more; a button lists the other two, which can be picked as any; the single-sentence page
    keeps its whole list."""
    at = translate(app.run(), "u v w x. y z a b.")
    no_problems(at)
    bests = [h for h in html_values(at) if 'class="s2s-best"' in h]        # the whole text's, then each sentence's
    assert len(bests) == 3 and "font-size:1.8rem" in bests[0] and all("font-size:1.35rem" in h for h in bests[1:])
    first = nbest_list(at)
    assert len(first.options) == 3
    more = next(b for b in at.button if b.key == first.key + "_more")
    assert more.label == "Show 2 more alternatives"
    more.click().run()
    no_problems(at)
    first = nbest_list(at)
    assert len(first.options) == 5
    assert len(next(r for r in at.radio if r.key.startswith("s1_") and r.key.endswith("_nbest")).options) == 3
    first.set_value(4).run()
    no_problems(at)
    assert any(m.value == "**Alternative 5:**" for m in at.markdown)
    fewer = next(b for b in at.button if b.key == first.key + "_more")
    assert fewer.label == "Show fewer alternatives"
    fewer.click().run()                                   # the picked fifth stays listed, and picked
    assert len(nbest_list(at).options) == 5 and nbest_list(at).value == 4
    assert not [b for b in at.button if b.key == first.key + "_more"]
    nbest_list(at).set_value(1).run()
    assert len(nbest_list(at).options) == 3 and nbest_list(at).value == 1
    single = translate(at, "u v w x y")
    assert len(nbest_list(single).options) == 5 and not [b for b in single.button if b.key.endswith("_nbest_more")]
    at.session_state["n_best"] = 4                                               # one left over: said in the singular
    at = translate(at.run(), "v w x y. z a b c.")
    assert len(nbest_list(at).options) == 3
    assert next(b for b in at.button if b.key.endswith("_nbest_more")).label == "Show 1 more alternative"


def test_a_short_paragraph_sentence_has_its_map_beside_its_list_and_a_long_one_below(app):
    """A sentence of a few words has its map in a column right of its list and strip (a phone stacks the columns),
    which takes about a third off the open panel's height on a desktop; a map of many words keeps the panel's
    whole width, under the list."""
    at = translate(app.run(), "c d e f. " + " ".join("abcdefghijkl") + ".")
    no_problems(at)
    panels = [e for e in at.expander if e.label.startswith("Sentence ")]
    assert len(panels) == 2

    def list_then_map(block) -> bool:       # two columns: the list (not the map) left, the map (not the list) right
        cols = list(block.children.values())
        return len(cols) == 2 and all(getattr(c, "type", None) == "column" for c in cols) and \
            _subtree_has(cols[0], "radio", "_nbest") and not _subtree_has(cols[0], "plotly_chart") and \
            _subtree_has(cols[1], "plotly_chart") and not _subtree_has(cols[1], "radio", "_nbest")

    assert [any(list_then_map(b) for b in _blocks(p)) for p in panels] == [True, False]
    assert _subtree_has(panels[1], "radio", "_nbest") and _subtree_has(panels[1], "plotly_chart")


def _blocks(node) -> list:
    """Every block under ``node``."""
    kids = [c for c in getattr(node, "children", {}).values() if hasattr(c, "children")]
    return kids + [b for k in kids for b in _blocks(k)]


def test_a_best_put_first_for_its_form_of_address_says_so_over_its_lower_score(app, monkeypatch):
    """"Wait here and don't move.": "best · score -0.292" over "score -0.146", under a help that says "best first …
    higher is better": the caption says the form of address put it first. Without such a note, no word of it."""
    from s2s_core.translator import Translator
    real = Translator.translate_batch

    def fake(self, texts, **kw):
        out = real(self, texts, **kw)
        for t in out:
            t.hypotheses[0].score = t.hypotheses[-1].score - 1
            if "u2" in t.source.split():
                t.notes.append("Addressed with «vous» all through (the model's first choice mixed «tu» and «vous»).")
        return out
    monkeypatch.setattr(Translator, "translate_batch", fake)
    for text, said in (("u1 u2 u3", True), ("u1 u4 u3", False)):
        at = translate(app.run(), text)
        no_problems(at)
        first = list(nbest_list(at).proto.captions)[0]
        assert first.startswith("best · score ") and ("put first for its form of address" in first) is said


def _a_word_put_in_for_address(monkeypatch) -> None:
    """Translate as for "Wait here and don't move." → "… ne bougez pas.": the 3rd word low in the model's eyes, put
    in for «vous» (a note), its unsure-word warning dropped (register._put_first)."""
    from s2s_core.translator import Translator
    real = Translator.translate_batch

    def fake(self, lines, **kw):
        out = real(self, lines, **kw)
        t, h = out[0], out[0].best
        h.tokens[2] = "▁" + h.tokens[2].lstrip("▁")
        h.token_log_probs[:] = [-0.05] * len(h.tokens)
        h.token_log_probs[2] = -3.0
        h.warnings = [f for f in trust.assess(h, t.source_tokens) if f != trust.UNSURE_WORD]
        t.notes.append("Addressed with «vous» all through (the model's first choice mixed «tu» and «vous» in this "
                       "sentence).")
        return out
    monkeypatch.setattr(Translator, "translate_batch", fake)


def test_a_word_put_in_for_the_form_of_address_is_marked_chosen_not_unsure(app, monkeypatch):
    """"Wait here and don't move." → "… ne bougez pas.": «bougez» is low in the model's eyes only because it
    preferred «bouge»; register.py puts that sentence first, with a note, and drops the unsure-word warning. The
    strip still drew the word red with the dashes of a doubt, under a note that chose it and no warning. It keeps
    its colour (the model's probability) but is marked, hovered and captioned as chosen for the form of address."""
    from s2s_core import viz
    from ui.result import CHOSEN_NOTE
    _a_word_put_in_for_address(monkeypatch)
    at = app.run()
    translate(at, "f e d c b a")
    no_problems(at)
    strip = next(h for h in html_values(at) if 's2s-confidence' in h)
    assert "dashed" not in strip and strip.count("dotted") == 1 and strip.count(viz.CHOSEN_TIP[:40]) == 1
    assert "hsl(5," in strip                                        # p = e^-3: still its own colour
    assert CHOSEN_NOTE in [c.value for c in at.caption]
    assert not any("unsure" in w.value for w in at.warning)          # nothing else calls it unsure


def test_presenter_mode_says_the_dotted_line_in_a_few_words(app, monkeypatch):
    """Presenter mode is for a demo: under its one-line legend of the strip stood the three-line note on the dotted
    line ("Dotted grey line: a word that came with the form of address … it is not marked unsure."). It now says it
    in a few words, on the legend's line; off presenter mode the full note stays."""
    from ui.result import CHOSEN_NOTE, CHOSEN_SHORT, PRESENTER_STRIP_NOTE
    _a_word_put_in_for_address(monkeypatch)
    at = app.run()
    at.sidebar.toggle[0].set_value(True)
    translate(at.run(), "f e d c b a")
    no_problems(at)
    captions = [c.value for c in at.caption]
    assert CHOSEN_NOTE not in captions
    assert f"{PRESENTER_STRIP_NOTE} {CHOSEN_SHORT}" in captions and len(CHOSEN_SHORT) < 80
    strip = next(h for h in html_values(at) if 's2s-confidence' in h)
    assert strip.count("dotted") == 1                               # the word is still marked chosen


def _with_default(folder):
    """``folder`` holding the shipped default model (links; skips where it is not here)."""
    from pathlib import Path
    shipped = Path(__file__).resolve().parents[2] / "checkpoints"
    if not (shipped / "en-fr-transformer.pt").exists():
        pytest.skip("the default checkpoint is not here")
    for suffix in (".pt", ".md"):
        link = folder / f"en-fr-transformer{suffix}"
        if not link.exists():
            link.symlink_to(shipped / f"en-fr-transformer{suffix}")
    return folder


@pytest.fixture(scope="module")
def default_folder(tmp_path_factory):
    """A folder holding the shipped default model alone, one for the module: the app's model cache is keyed by the
    file, so the default loads (and warms up) once, not per test."""
    return _with_default(tmp_path_factory.mktemp("default_model"))


def default_model_app(monkeypatch, folder):
    """The app over the shipped default model alone, in ``folder`` (other test files pass their own ``tmp_path``)."""
    return make_app(monkeypatch, _with_default(folder)).run()


def test_a_name_written_as_typed_is_said_in_the_singular_on_the_default_model(monkeypatch, default_folder):
    """One name that stands in reads as one: "Where is Thomas?" had a note ending "The translation's word for each
    was replaced by it." (QA s28); two names still say "each"."""
    at = default_model_app(monkeypatch, default_folder)
    translate(at, "Where is Thomas?")
    no_problems(at)
    notes = [c.value for c in at.caption if "Written as typed" in c.value]
    assert notes and "Thomas" in notes[0] and "word for each" not in notes[0], notes
    assert "The translation shows it in place of the model" in notes[0], notes          # (markdown-escaped)
    translate(at, "Thomas called Sophie.")
    notes = [c.value for c in at.caption if "Written as typed" in c.value]
    assert notes and "shows each in place" in notes[0], notes


def test_no_alternative_ends_on_two_full_stops_on_the_default_model(monkeypatch, default_folder):
    """"I'll meet you at midday." listed "Je te verrai à midi.." among its alternatives (QA s28): one full stop."""
    at = default_model_app(monkeypatch, default_folder)
    translate(at, "I'll meet you at midday.")
    no_problems(at)
    options = [o.replace("\\", "").replace("**", "") for o in nbest_list(at).options]     # markdown
    assert any("midi" in o for o in options), options
    assert not [o for o in options if o.rstrip().endswith("..")], options


def test_a_sentence_in_quotes_on_the_default_model_shows_the_quote_in_the_heatmap(monkeypatch, default_folder):
    """A quote is translated on its own and read as a name in its sentence (speech.py): the heatmap's columns and rows
    name the quote and its French, not the name's pieces ("T", "om"), and a note says so (s43)."""
    at = default_model_app(monkeypatch, default_folder)
    translate(at, 'He texted me "See you soon".')
    no_problems(at)
    assert any("À bientôt" in h for h in html_values(at))
    assert [c.value for c in at.caption if "Translated on its own" in c.value]
    layout = plotly_specs(at)[0]["layout"]
    columns, rows = layout["xaxis"]["ticktext"], layout["yaxis"]["ticktext"]
    assert any("See you soon" in c for c in columns) and not any("om" in c for c in columns), columns   # words
    assert "À bientôt" in rows and not any("om" in r for r in rows), rows
