"""Translate page: translation, n-best selection, empty input, paragraphs, heatmap options, escaping."""
from __future__ import annotations

import numpy as np

from apphelpers import GRU, TF, heatmap_z, html_values, no_problems, plotly_specs, translate


def test_translate_shows_best_nbest_confidence_and_heatmap(app):
    at = app.run()
    no_problems(at)
    assert at.form_submit_button[0].label == "Translate"
    translate(at, "a b c d e")
    no_problems(at)
    html = html_values(at)
    assert any('class="s2s-best"' in h for h in html)
    assert any('class="s2s-confidence"' in h and "alternatives:" in h for h in html)
    nbest = at.dataframe[0].value
    assert list(nbest.columns) == ["rank", "translation", "warnings", "score", "log-prob", "length"]
    assert len(nbest) == 5 and list(nbest["rank"]) == [1, 2, 3, 4, 5]
    specs = plotly_specs(at)
    assert specs and specs[0]["data"][0]["type"] == "heatmap"
    z = heatmap_z(specs[0])
    assert z.shape[1] == 6                       # 5 source pieces + </s>, shown
    assert "&lt;/s&gt;" in specs[0]["layout"]["xaxis"]["ticktext"]
    assert any("penultimate" in c.value and "layer 1 of 2" in c.value for c in at.caption)
    # The model card from the .md file is in the sidebar.
    assert any("xx-yy" in c.value for c in at.sidebar.caption)


def test_picking_an_nbest_row_selects_that_hypothesis(app):
    at = translate(app.run(), "a b c d e")
    df = at.dataframe[0]
    second = df.value["translation"][1]
    first_z = heatmap_z(plotly_specs(at)[0])
    at.session_state[df.key] = {"selection": {"rows": [1]}}
    at.run()
    no_problems(at)
    assert any(m.value == "**Hypothesis 2:**" for m in at.markdown)
    assert any(second in h for h in html_values(at))
    z = heatmap_z(plotly_specs(at)[0])
    assert z.shape[0] == df.value["length"][1] and (z.shape != first_z.shape or not np.allclose(z, first_z))


def test_empty_input_is_friendly_and_calls_no_model(app, monkeypatch):
    from s2s_core.translator import Translator
    calls = []
    real = Translator.translate_batch
    monkeypatch.setattr(Translator, "translate_batch", lambda self, *a, **k: calls.append(a) or real(self, *a, **k))
    at = translate(app.run(), "   \n  ")
    no_problems(at)
    assert any("nothing to translate" in i.value for i in at.info)
    assert not at.dataframe and not at.get("plotly_chart")
    assert calls == []


def test_paragraph_gives_each_sentence_its_own_result(app):
    at = translate(app.run(), "a b c. d e f! <b>g</b> & h")
    no_problems(at)
    assert len([e for e in at.expander if e.label.startswith("Sentence ")]) == 3
    assert len(at.dataframe) == 3
    assert len([s for s in plotly_specs(at) if s["data"][0]["type"] == "heatmap"]) == 3
    html = "\n".join(html_values(at))
    assert "&lt;b&gt;g&lt;/b&gt; &amp; h" in html and "<b>g</b>" not in html


def test_long_input_shows_progress_and_translates_everything(app):
    text = " ".join(f"{w} b c." for w in "abcdefghij")
    at = translate(app.run(), text)
    no_problems(at)
    assert len([e for e in at.expander if e.label.startswith("Sentence ")]) == 10


def test_layer_head_and_merge_controls(app):
    at = translate(app.run(), "a b c d e")
    default_z = heatmap_z(plotly_specs(at)[0])
    at.selectbox(key="attn_layer_2").set_value(1)
    at.selectbox(key="attn_head_2").set_value(0)
    at.run()
    no_problems(at)
    assert not any("penultimate" in c.value for c in at.caption)
    assert not np.allclose(heatmap_z(plotly_specs(at)[0]), default_z)
    at.selectbox(key="attn_layer_2").set_value(-1)       # average of layers
    at.toggle(key="attn_merge").set_value(True)
    at.run()
    no_problems(at)
    assert any("sum" in c.value and "average" in c.value for c in at.caption)


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
    assert at.text_area(key="text_widget").value == at.button(key="example_0").label
    assert at.dataframe and plotly_specs(at)


def test_query_parameters_restore_model_text_and_settings(app):
    app.session_state["model"] = GRU        # the link must win over the session default
    app.query_params.update({"model": TF, "text": "a b c", "beam": "3", "nbest": "2", "lp": "0.5",
                             "maxlen": "20"})
    at = app.run()
    no_problems(at)
    assert at.sidebar.selectbox[0].value == TF
    assert at.sidebar.number_input[0].value == 3 and at.sidebar.number_input[1].value == 2
    assert at.sidebar.slider[0].value == 0.5 and at.sidebar.number_input[2].value == 20
    assert at.text_area(key="text_widget").value == "a b c"
    assert len(at.dataframe[0].value) == 2
    assert at.query_params["text"] == "a b c" and at.query_params["beam"] == "3"


def test_presenter_mode_hides_technical_controls_and_keeps_settings(app):
    at = app.run()
    at.sidebar.number_input[0].set_value(3)
    at.run()
    at.sidebar.toggle[0].set_value(True)
    translate(at, "a b c d")
    no_problems(at)
    assert not at.sidebar.number_input and not at.sidebar.slider
    assert not [s for s in at.selectbox if s.key and s.key.startswith("attn_")]
    assert at.button(key="example_0")                       # examples stay at hand
    assert not [b for b in at.download_button]               # exports hidden
    assert any("2.6rem" in h for h in html_values(at))      # bigger text
    at.sidebar.toggle[0].set_value(False)
    at.run()
    assert at.sidebar.number_input[0].value == 3


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
