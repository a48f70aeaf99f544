"""Inspect page, "Attention vs attribution" tab (issue 16) and the alignment links (issue 15 §4): every method
on the same axes and one colour scale with an agreement line; the links follow the chosen method, and on
the Translate page the chosen layer/head; integrated gradients waits for a button on big models."""
from __future__ import annotations

import json

import numpy as np
import pytest
from apphelpers import GRU, TF, heatmap_z, no_problems, translate

from s2s_core import Translator, attribution, viz
from s2s_core.alignment import word_links
from ui import attribution_view
from ui.engine import UI_DECODING

TAB = "Attention vs attribution"
TEXT = "a b c d e"


def chart(at, key: str) -> dict:
    """The spec of the plotly chart whose widget key is ``key`` (element ids end with the key)."""
    found = [json.loads(c.proto.spec) for c in at.get("plotly_chart") if c.proto.id.endswith(key)]
    assert len(found) == 1, key
    return found[0]


def maps(at) -> dict:
    return {m: chart(at, f"attr_map_{m}") for m in attribution.METHODS
            if any(c.proto.id.endswith(f"attr_map_{m}") for c in at.get("plotly_chart"))}


def drawn_links(spec: dict) -> dict:
    """(source word, target word) → weight of each link in a links figure."""
    points = next(t for t in spec["data"] if t.get("name") == "links")
    return {(int(i), int(j)): float(w) for i, j, w in points.get("customdata", [])}


def expected_links(matrix, src, tgt, threshold=None) -> dict:
    return {(i, j): pytest.approx(w, abs=1e-3) for i, j, w in word_links(matrix, src, tgt, threshold).links}


def open_tab(app, model: str = TF):
    app.session_state["model"] = model
    at = app.run()
    at.switch_page("app_pages/inspect.py").run()
    at.text_input(key="inspect_text").input(TEXT).run()
    at.session_state["inspect_tab"] = TAB
    at.run()
    no_problems(at)
    return at


@pytest.fixture(scope="module")
def engine_side(ckpt_dir):
    """What the tab should show, computed straight from the engine: (translation, method → piece matrix)
    for the best hypothesis at the default display (layer 1 of 2, heads averaged)."""
    tr = Translator.from_checkpoint(ckpt_dir / f"{TF}.pt")
    t = tr.translate(TEXT, **UI_DECODING.kwargs(), return_heads=True)
    return t, attribution.compare(tr, t, 0, layer=0, head=None)


def test_every_method_shares_the_axes_and_one_colour_scale(app, engine_side):
    at = open_tab(app)
    t, mats = engine_side
    specs = maps(at)
    assert list(specs) == list(attribution.METHODS)               # the tiny model computes IG at once
    traces = [s["data"][0] for s in specs.values()]
    assert {(tr["zmin"], tr["zmax"]) for tr in traces} == {(0.0, 1.0)}
    axes = {(tuple(s["layout"]["xaxis"]["ticktext"]), tuple(s["layout"]["yaxis"]["ticktext"])) for s in specs.values()}
    assert len(axes) == 1                                         # the same words on both axes everywhere
    for m, spec in specs.items():                                 # merged words, as the engine computes them
        words, src_w, tgt_w = viz.merge_attention(mats[m], t.source_tokens, t.best.tokens)
        np.testing.assert_allclose(heatmap_z(spec), words, atol=1e-4)
        assert list(axes)[0] == tuple(tuple(viz.esc(viz.reader_label(w)) for w in ws) for ws in (src_w, tgt_w))
    lines = [c.value for c in at.caption if c.value.startswith("Agreement with attention")]
    assert len(lines) == 3
    a = attribution.agreement(*(viz.merge_attention(mats[m], t.source_tokens, t.best.tokens)[0]
                                for m in ("attention", "integrated_gradients")), src_w, tgt_w)
    assert f"of {a.rows} target words ({a.top_agreement:.0%})" in lines[-1]
    at.toggle(key="attr_stretch").set_value(True).run()
    no_problems(at)
    traces = [s["data"][0] for s in maps(at).values()]
    top = max(heatmap_z(s).max() for s in maps(at).values())
    assert len({tr["zmax"] for tr in traces}) == 1 and traces[0]["zmax"] == pytest.approx(top, abs=1e-4)


def test_links_follow_the_chosen_method(app, engine_side):
    at = open_tab(app)
    t, mats = engine_side
    drawn = {}
    for m in attribution.METHODS:
        at.radio(key="attr_links_from").set_value(m).run()
        no_problems(at)
        drawn[m] = drawn_links(chart(at, "attr_links_fig"))
        assert drawn[m] == expected_links(mats[m], t.source_tokens, t.best.tokens), m
    assert len({tuple(sorted((k, round(w, 2)) for k, w in d.items())) for d in drawn.values()}) > 1   # it changes
    at.radio(key="attr_links_mode").set_value("threshold").run()
    at.slider(key="attr_links_thr").set_value(0.1).run()
    no_problems(at)
    assert drawn_links(chart(at, "attr_links_fig")) == expected_links(
        mats["integrated_gradients"], t.source_tokens, t.best.tokens, 0.1)


def test_integrated_gradients_waits_for_a_button_on_big_models(app, monkeypatch):
    monkeypatch.setattr(attribution_view, "AUTO_IG_WORK", 0)
    at = open_tab(app)
    assert "integrated_gradients" not in maps(at) and len(maps(at)) == 3
    assert any("waits until you ask" in i.value for i in at.info)
    assert "integrated_gradients" not in at.radio(key="attr_links_from").options
    at.button(key="attr_ig_btn").click().run()
    no_problems(at)
    assert list(maps(at)) == list(attribution.METHODS)
    assert not any("waits until you ask" in i.value for i in at.info)       # the notice goes with the click
    at.toggle(key="attr_stretch").set_value(True).run()           # asked once: it stays for this sentence
    assert list(maps(at)) == list(attribution.METHODS)


def test_gru_on_pieces(app):
    at = open_tab(app, GRU)
    at.toggle(key="attr_merge").set_value(False).run()
    no_problems(at)
    specs = maps(at)
    assert list(specs) == list(attribution.METHODS)
    ticks = specs["attention"]["layout"]["xaxis"]["ticktext"]    # pieces: one per letter, then </s>
    assert ticks[-1] == "(end)" and len(ticks) == len(TEXT.split()) + 1
    assert not any("▁" in t for t in ticks)                       # pieces as read, as on Translate
    assert any("same top source piece" in c.value for c in at.caption)
    assert not [s for s in at.selectbox if s.key and s.key.startswith("attr_layer")]   # no layers on an RNN


def test_translate_links_follow_layer_and_head(app, ckpt_dir):
    at = translate(app.run(), TEXT)
    no_problems(at)
    t = Translator.from_checkpoint(ckpt_dir / f"{TF}.pt").translate(TEXT, **UI_DECODING.kwargs(), return_heads=True)
    src, hyp = t.source_tokens, t.best
    key = next(c.proto.id for c in at.get("plotly_chart") if c.proto.id.endswith("_links_fig")).split("-")[-1]
    assert any(e.label == "Alignment links" for e in at.expander)
    assert drawn_links(chart(at, key)) == expected_links(hyp.heads[:, 0].mean(1), src, hyp.tokens)
    at.selectbox(key="attn_layer_2").set_value(1).run()
    at.selectbox(key="attn_head_2").set_value(1).run()
    no_problems(at)
    assert drawn_links(chart(at, key)) == expected_links(hyp.heads[:, 1, 1], src, hyp.tokens)
    at.radio(key=key.replace("_fig", "_mode")).set_value("threshold").run()
    no_problems(at)
    assert drawn_links(chart(at, key)) == expected_links(hyp.heads[:, 1, 1], src, hyp.tokens, 0.3)


def test_each_sentence_starts_on_its_best_hypothesis(app):
    """The picker kept the last sentence's hypothesis 2 in its box over the new sentence's maps."""
    at = open_tab(app, TF)
    picker = next(s for s in at.selectbox if s.key and s.key.startswith("attr_hyp_"))
    picker.set_value(1).run()
    at.text_input(key="inspect_text").input("b a d c").run()
    no_problems(at)
    picker = next(s for s in at.selectbox if s.key and s.key.startswith("attr_hyp_"))
    assert picker.value == 0
