"""Issue 15 §3, what a walkthrough found, in AppTest: presenter mode, the colour scale, model comparison,
links that restore the attention view and the Inspect page, Evaluate's uploads and tables, the Training
page's device note and sidebar. Layout in a real browser is tests/e2e/test_walkthrough_browser.py."""
from __future__ import annotations

import shutil

import pytest

from apphelpers import GRU, TF, html_values, make_app, no_problems, plotly_specs, show_inspect, translate


def heatmaps(at) -> list[dict]:
    return [s for s in plotly_specs(at) if s["data"][0]["type"] == "heatmap"]


def leaves(node):
    """The elements under ``node`` in page order (AppTest keeps the tree; blocks hold ``children``)."""
    kids = getattr(node, "children", None)
    if kids is None:
        yield node
        return
    for k in sorted(kids):
        yield from leaves(kids[k])


# -- presenter mode --------------------------------------------------------------------------------
def test_presenter_mode_shows_words_large_and_no_technical_text(app):
    at = app.run()
    at.sidebar.toggle[0].set_value(True)
    translate(at, "a b c d")
    no_problems(at)
    spec = heatmaps(at)[0]
    ticks = spec["layout"]["xaxis"]["ticktext"] + spec["layout"]["yaxis"]["ticktext"]
    assert ticks and not any("▁" in t for t in ticks)                      # words, not ▁-marked pieces
    assert spec["layout"]["xaxis"]["tickfont"]["size"] >= 16 and spec["layout"]["yaxis"]["tickfont"]["size"] >= 16
    assert not [r for r in at.radio if r.key.endswith("_nbest")]            # no list of scored alternatives
    captions = " ".join(c.value for c in at.caption)
    for technical in ("Garg", "penultimate", "log-prob", "sum", "</s>"):
        assert technical not in captions, technical
    strip = next(h for h in html_values(at) if "s2s-confidence" in h)
    assert "▁" not in strip.split('title="')[0] and "position 1" not in strip     # whole words, plain tips
    css = " ".join(h for h in html_values(at) if "<style>" in h)
    assert "st-key-example_" in css and "white-space: normal" in css        # example buttons wrap


# -- colour scale -------------------------------------------------------------------------------------
def test_heatmaps_use_a_fixed_scale_unless_stretched(app):
    at = translate(app.run(), "a b c d e")
    assert heatmaps(at)[0]["data"][0]["zmax"] == 1.0
    at.toggle(key="attn_stretch").set_value(True).run()
    z = heatmaps(at)[0]["data"][0]
    assert z["zmax"] < 1.0
    at = show_inspect(at, "Heads")
    assert [h["data"][0]["zmax"] for h in heatmaps(at)[1:]] == [1.0]       # the enlarged head (the grid is 0–1)
    at.toggle(key="grid_stretch").set_value(True).run()
    assert heatmaps(at)[1]["data"][0]["zmax"] < 1.0


# -- compare models ------------------------------------------------------------------------------------
@pytest.fixture
def pairs_dir(tmp_path, ckpt_dir):
    """tiny-transformer (xx-yy), a model of another pair sorted first, and one of the same pair sorted last."""
    for name, pair in (("a-other-pair", "xx-zz"), ("z-same-pair", "xx-yy")):
        shutil.copy(ckpt_dir / f"{TF}.pt", tmp_path / f"{name}.pt")
        (tmp_path / f"{name}.md").write_text(f"---\nlanguage_pair: {pair}\n---\n", encoding="utf-8")
    shutil.copy(ckpt_dir / f"{TF}.pt", tmp_path / f"{TF}.pt")
    shutil.copy(ckpt_dir / f"{TF}.md", tmp_path / f"{TF}.md")
    return tmp_path


def test_compare_defaults_to_the_same_pair_and_shares_one_scale(monkeypatch, pairs_dir):
    at = make_app(monkeypatch, pairs_dir)
    at.session_state["model"] = TF
    at = show_inspect(at.run(), "Compare models")
    no_problems(at)
    assert at.selectbox(key="cmp_b").value == "z-same-pair"
    order = [getattr(e, "key", None) or e.type for e in leaves(at.main)]
    first_map = next(i for i, e in enumerate(leaves(at.main)) if e.type == "plotly_chart")
    assert order.index("cmp_merge") < first_map and order.index("cmp_stretch") < first_map
    lists = [m for m in at.markdown if m.value.startswith("1. ")]   # alternatives whole, not cut in a half-width table
    labels = [c for c in at.caption if c.value == "Alternatives, best first"]         # the help by each list's label
    assert len(lists) == 2 and len(labels) == 2 and all("length^length-penalty" in c.help for c in labels)
    at.toggle(key="cmp_stretch").set_value(True).run()
    maps = heatmaps(at)
    assert len(maps) == 2 and maps[0]["data"][0]["zmax"] == maps[1]["data"][0]["zmax"] < 1.0
    assert any("share one colour scale" in c.value for c in at.caption)


# -- links -------------------------------------------------------------------------------------------------
def test_link_restores_layer_head_merge_and_writes_them_back(app):
    app.query_params.update({"model": TF, "text": "a b c", "layer": "2", "head": "1", "merge": "0"})
    at = app.run()
    no_problems(at)
    assert at.selectbox(key="attn_layer_2").value == 1 and at.selectbox(key="attn_head_2").value == 0
    assert at.toggle(key="attn_merge").value is False                       # pieces (whole words are the default)
    assert (at.query_params["layer"], at.query_params["head"], at.query_params["merge"]) == ("2", "1", "0")
    at.selectbox(key="attn_layer_2").set_value(0)                           # back to the defaults …
    at.selectbox(key="attn_head_2").set_value(-1)
    at.toggle(key="attn_merge").set_value(True)
    at.run()
    assert not {"layer", "head", "merge"} & set(at.query_params)            # … and a plain link again
    at.selectbox(key="attn_head_2").set_value(1).run()
    assert (at.query_params["layer"], at.query_params["head"]) == ("1", "2")


def test_inspect_link_restores_tab_sentence_layer_head(app):
    app.query_params.update({"model": TF, "text": "a b c d", "inspect_tab": "Heads", "layer": "2", "head": "2"})
    at = app.switch_page("app_pages/inspect.py").run()                    # the link opens the Inspect page
    no_problems(at)
    assert at.text_input(key="inspect_text").value == "a b c d"
    assert any(s.value == "Layer 2, head 2" for s in at.subheader)
    at.selectbox(key="grid_head").set_value(0).run()                       # the page writes its state back
    qp = at.query_params
    assert (qp["text"], qp["layer"], qp["head"], qp["model"], qp["beam"]) == ("a b c d", "2", "1", TF, "5")


def test_inspect_link_opens_the_beam_tree_on_its_node(app, monkeypatch, ckpt_dir):
    at = show_inspect(app.run(), "Beam tree", "a b c d")
    node = at.session_state["_tree_nodes"][3]["id"]
    assert at.query_params["node"] == str(at.selectbox(key="tree_node").value)
    fresh = make_app(monkeypatch, ckpt_dir)                                 # a new visitor opens the link
    fresh.query_params.update({"model": TF, "text": "a b c d", "inspect_tab": "Beam tree", "node": str(node)})
    at = fresh.switch_page("app_pages/inspect.py").run()
    no_problems(at)
    assert at.selectbox(key="tree_node").value == node
    assert at.query_params["node"] == str(node)


# -- Evaluate ---------------------------------------------------------------------------------------------
def test_rejected_upload_says_why_and_worst_table_keeps_chrf_in_view(app):
    at = app.run()
    at.switch_page("app_pages/evaluate.py").run()
    at.file_uploader(key="eval_file").set_value(("weights.bin", b"\x00\x01\x02", "application/octet-stream")).run()
    assert not at.exception
    err = " ".join(e.value for e in at.error)
    assert "weights.bin is a .bin file" in err and ".txt" in err and ".tsv" in err
    tsv = "a b c\tc b a\nd e f g\tg f e d\nh i\ti h\n".encode()
    at.file_uploader(key="eval_file").set_value(("dev.tsv", tsv, "text/tab-separated-values")).run()
    at.button(key="eval_go").click().run()
    no_problems(at)
    worst = at.dataframe[0]
    assert list(worst.proto.column_order)[:2] == ["line", "chrF"]


# -- Training ----------------------------------------------------------------------------------------------
def test_training_page_explains_no_gpu_and_hides_decoding_settings(app, monkeypatch, tmp_path):
    from ui.training import form
    monkeypatch.setenv("S2S_RUNS_DIR", str(tmp_path / "runs"))
    monkeypatch.setattr(form, "detected_gpus", lambda: [])
    monkeypatch.setattr(form, "no_gpu_reason", lambda: "this PyTorch build (2.x+cpu) has no CUDA support")
    at = app.run()
    assert at.sidebar.number_input                                          # Translate: decoding settings
    at.sidebar.selectbox[0].set_value(GRU).run()
    at.switch_page("app_pages/training.py").run()
    assert not at.exception
    assert not at.sidebar.number_input and not at.sidebar.slider            # Training: none,
    assert not at.sidebar.selectbox                                         # nor a model picker (no model used)
    at.switch_page("app_pages/translate.py").run()
    assert at.sidebar.selectbox[0].value == GRU                             # the choice survives the visit
    at.switch_page("app_pages/training.py").run()
    assert any(c.value.startswith("No GPU found: this PyTorch build") for c in at.caption)
    assert at.selectbox(key="nr_device").options == ["CPU"]


def test_a_half_filled_new_run_form_survives_a_visit_to_another_page(app, tmp_path, monkeypatch):
    """Streamlit drops the values of widgets a run did not draw: the form came back on its preset. (Fields inside
    the form reach the app when it is submitted: here a launch refused for its name.)"""
    monkeypatch.setenv("S2S_RUNS_DIR", str(tmp_path / "runs"))
    at = app.run()
    at.switch_page("app_pages/training.py").run()
    arch = at.selectbox(key="nr_arch")
    arch.set_value(arch.options[-1]).run()
    at.text_input(key="run_name").input("bad name")
    width = next(n for n in at.number_input if n.key and n.key.startswith("nr_d_"))
    width.set_value(96)
    next(b for b in at.button if "Launch" in str(b.label)).click().run()          # refused: a space in the name
    at.switch_page("app_pages/translate.py").run()
    at.switch_page("app_pages/training.py").run()
    assert at.selectbox(key="nr_arch").value == arch.options[-1]
    assert at.text_input(key="run_name").value == "bad name" and at.number_input(key=width.key).value == 96


def test_an_exported_heatmap_says_what_it_shows():
    """The PNG/SVG carried no layer, head or sentence once it left the page."""
    import numpy as np

    from s2s_core.translator import Hypothesis
    from ui.result import AttentionView, _export_title
    hyp = Hypothesis("x", ["▁x", "</s>"], [5, 2], 0.0, 0.0, [0.0, 0.0], np.ones((2, 3)) / 3,
                     heads=np.ones((2, 2, 2, 3)) / 3)
    src = ["▁I", "▁like", "▁cats", "<b>", "</s>"]
    assert _export_title(src, hyp, AttentionView(layer=1, head=None)) == \
        "Attention, decoder layer 2, heads averaged: «I like cats&lt;b&gt;»"
    assert _export_title(src, hyp, AttentionView(layer=None, head=0)).startswith("Attention, layers averaged, head 1")
    rnn = Hypothesis("x", ["▁x", "</s>"], [5, 2], 0.0, 0.0, [0.0, 0.0], np.ones((2, 3)) / 3)
    assert _export_title(["▁a" * 50, "</s>"], rnn, AttentionView()).endswith("…»")
