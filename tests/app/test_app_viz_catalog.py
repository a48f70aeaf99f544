"""s2s_core.viz and s2s_core.catalog without Streamlit."""
from __future__ import annotations

import numpy as np
import pytest

from s2s_core import catalog, image_export, viz


def test_word_merge_sums_source_and_averages_target():
    src = ["▁un", "believ", "able", "▁cat", "</s>"]
    tgt = ["▁in", "croy", "able", "</s>"]
    rng = np.random.default_rng(0)
    attn = rng.random((4, 5))
    attn /= attn.sum(1, keepdims=True)
    m, sw, tw = viz.merge_attention(attn, src, tgt)
    assert sw == ["unbelievable", "cat", "</s>"] and tw == ["incroyable", "</s>"]
    assert np.allclose(m[0, 0], attn[:3, :3].sum(1).mean())
    assert np.allclose(m.sum(1), 1.0)                      # rows still sum to 1


def test_heads_selection_and_default_layer():
    heads = np.arange(2 * 3 * 2 * 4, dtype=float).reshape(2, 3, 2, 4)
    assert np.allclose(viz.select_heads(heads, 1, 0), heads[:, 1, 0])
    assert np.allclose(viz.select_heads(heads, None, None), heads.mean(1).mean(1))
    assert viz.default_layer(6) == 4 and viz.default_layer(1) == 0


def test_eos_share_and_heatmap_escape_labels():
    attn = np.array([[0.2, 0.8], [0.1, 0.9], [0.5, 0.5]])
    assert viz.eos_share(attn, ["▁x", "</s>"]) == pytest.approx(0.85)
    fig = viz.attention_heatmap(attn, ["<b>x</b>", "</s>"], ["a", "b", "</s>"])
    assert fig.layout.xaxis.ticktext == ("&lt;b&gt;x&lt;/b&gt;", "(end)")            # the end of sentence, read
    assert fig.data[0].zmin == 0
    fig = viz.attention_heatmap(attn, ['"Oui"', "l'eau"], ["a", "b", "c"])      # plotly shows &quot; literally
    assert fig.layout.xaxis.ticktext == ('"Oui"', "l'eau")


def test_confidence_html_escapes_tokens_and_alternatives():
    html = viz.confidence_html(["▁<script>", "</s>"], [-3.0, -0.1], [[("▁<img onerror=x>", -0.1)], []], unsure=[0])
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "dashed" in html and "Marked unsure, as the warning says" in html


def test_tree_nodes_layout_and_prefixes():
    from s2s_core.search import TreeNode
    tree = [TreeNode(0, -1, 5, -0.5, 0, "active"), TreeNode(1, -1, 6, -1.5, 0, "pruned"),
            TreeNode(2, 0, 3, -0.9, 1, "finished"), TreeNode(3, 0, 7, -2.0, 1, "pruned")]
    nodes = viz.tree_nodes(tree, lambda ids: [{3: "</s>"}.get(i, f"p{i}") for i in ids])
    assert nodes[2]["prefix"] == ["p5", "</s>"] and nodes[3]["prefix"] == ["p5", "p7"]
    assert nodes[0]["y"] == (nodes[2]["y"] + nodes[3]["y"]) / 2
    assert viz.best_path_ids(nodes, ["p5", "</s>"]) == [0, 2]
    assert viz.node_from_selection(nodes, [{"x": 2, "y": nodes[3]["y"]}]) == 3
    fig = viz.tree_figure(nodes, selected=3, best_path=[0, 2])
    assert {t.name for t in fig.data} >= {"active", "pruned", "finished", "selected"}


def test_catalog_cards(tmp_path, monkeypatch):
    (tmp_path / "m1.pt").write_bytes(b"x")
    (tmp_path / ".hidden.pt").write_bytes(b"x")
    (tmp_path / "m1.md").write_text("---\nLanguage pair: en-fr\nArchitecture: Transformer small\n"
                                    "BLEU: 35.1\n---\n# English to French\nTrained on Multi30k.\n")
    (tmp_path / "m2.pt").write_bytes(b"x")
    (tmp_path / "m2.md").write_text("languages: de-en\nscore: chrF 60\n\nSome words.\n")
    monkeypatch.setenv(catalog.ENV_VAR, str(tmp_path))
    entries = catalog.discover()
    assert [e.name for e in entries] == ["m1", "m2"]
    assert entries[0].card == {"language_pair": "en-fr", "architecture": "Transformer small", "score": "35.1",
                               "title": "English to French", "description": "Trained on Multi30k."}
    assert entries[1].card["language_pair"] == "de-en" and entries[1].label == "de-en · m2"
    card = catalog.model_card(entries[1], {"arch": "gru", "attention": "bahdanau", "enc_layers": 1,
                                           "dec_layers": 1, "d_model": 8},
                              {"src_lang": "de", "tgt_lang": "en", "select_metric": "loss"}, {"best": -2.5, "step": 9})
    assert card["language_pair"] == "de-en" and card["score"] == "chrF 60" and "GRU" in card["architecture"]
    assert catalog.describe_model({"arch": "transformer"}, {}, {"best": -2.5})["score"] == "best dev loss: 2.5"


def test_picker_labels_lead_with_the_language_pair_once():
    entry = lambda name, pair: catalog.ModelEntry(name, name + ".pt", 0, 0, {"language_pair": pair})  # noqa: E731
    assert entry("en-de-multi30k-transformer", "en-de").label == "en-de-multi30k-transformer"     # already in it
    assert entry("my-model", "en - fr").label == "en-fr · my-model"
    assert entry("plain", "").label == "plain"


def test_catalog_puts_the_card_marked_default_first(tmp_path):
    for name in ("a-gru", "b-transformer", "c-other"):
        (tmp_path / f"{name}.pt").write_bytes(b"x")
    (tmp_path / "b-transformer.md").write_text("default: yes\nlanguages: en-fr\n")
    assert [e.name for e in catalog.discover(tmp_path)] == ["b-transformer", "a-gru", "c-other"]


def test_figure_image_png(chromium, monkeypatch):
    """Static export through kaleido in its child process, on the same Chromium as the browser tests."""
    monkeypatch.setenv("BROWSER_PATH", chromium)
    fig = viz.attention_heatmap(np.eye(3), list("abc"), list("xyz"))
    assert image_export.figure_image(fig, "png")[:8] == b"\x89PNG\r\n\x1a\n"   # SVG takes the same path


def test_png_and_svg_come_from_one_chromium_without_mathjax(chromium, monkeypatch, capsys):
    """The child's two images: one kaleido browser (a Chromium start each doubled the wait) whose page loads no
    MathJax from a CDN (offline a failed fetch, behind a firewall a stall). The child's code, run here."""
    import base64
    import io
    import json

    import kaleido
    opened = []

    class Counted(kaleido.Kaleido):
        def __init__(self, *args, **kwargs):
            opened.append(kwargs.get("mathjax"))
            super().__init__(*args, **kwargs)
    monkeypatch.setenv("BROWSER_PATH", chromium)
    monkeypatch.setattr(kaleido, "Kaleido", Counted)
    job = image_export.export_job(viz.attention_heatmap(np.eye(3), list("abc"), list("xyz")), ("png", "svg"), 2, 60)
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(job)))
    assert image_export.main() == 0
    png, svg = (base64.b64decode(s) for s in json.loads(capsys.readouterr().out))
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and b"<svg" in svg[:200]
    assert opened == [False]
