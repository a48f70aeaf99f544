"""Alignment links (issue 15 §4): extraction from a matrix on merged words (argmax or threshold, </s> left
out) and the links picture (horizontal when it fits, vertical otherwise; text escaped; JSON export)."""
from __future__ import annotations

import json

import numpy as np
import pytest

from s2s_core.alignment import word_links
from s2s_core.alignment_viz import links_figure, links_json, method_heatmap, shared_zmax

SRC = ["▁The", "▁cat", "s", "▁sat", "</s>"]                  # words: The, cats, sat, </s>
TGT = ["▁Les", "▁chat", "s", "▁assis", "</s>"]               # words: Les, chats, assis, </s>
M = np.array([[0.60, 0.10, 0.00, 0.10, 0.20],                # Les   → The (.6) ; cats .1
              [0.05, 0.30, 0.30, 0.05, 0.30],                # chat  ┐ averaged: The .05, cats .7, sat .1, </s> .15
              [0.05, 0.40, 0.40, 0.15, 0.00],                # s     ┘
              [0.10, 0.20, 0.00, 0.25, 0.45],                # assis → sat .25 vs cats .2 (</s> .45 ignored)
              [0.00, 0.00, 0.00, 0.00, 1.00]])               # </s> row dropped


def test_argmax_links_on_merged_words_without_eos():
    links = word_links(M, SRC, TGT)
    assert links.source == ["The", "cats", "sat"] and links.target == ["Les", "chats", "assis"]
    assert [(i, j) for i, j, _ in links.links] == [(0, 0), (1, 1), (2, 2)]
    weights = {(i, j): w for i, j, w in links.links}
    assert weights[0, 0] == pytest.approx(0.6 / 0.8)           # share of the row once </s> is left out
    assert weights[1, 1] == pytest.approx(0.70 / 0.85)         # pieces summed (cat+s), rows averaged (chat, s)
    assert weights[2, 2] == pytest.approx(0.25 / 0.55)
    assert links.pharaoh() == "0-0 1-1 2-2" and links.threshold is None


def test_threshold_links_can_be_many_or_none():
    links = word_links(M, SRC, TGT, threshold=0.3)
    assert sorted((i, j) for i, j, _ in links.links) == [(0, 0), (1, 1), (1, 2), (2, 2)]   # assis: cats .36, sat .45
    assert all(w >= 0.3 for _, _, w in links.links)
    assert word_links(M, SRC, TGT, threshold=0.95).links == []  # no row is that peaked
    flat = word_links(np.full((3, 3), 1 / 3), ["▁a", "▁b", "</s>"], ["▁x", "▁y", "</s>"], threshold=0.6)
    assert flat.links == [] and flat.target == ["x", "y"]


def test_empty_and_zero_rows():
    assert word_links(np.zeros((0, 2)), ["▁a", "</s>"], []).links == []
    zero = word_links(np.zeros((2, 2)), ["▁a", "</s>"], ["▁x", "</s>"])
    assert zero.links == [] and zero.source == ["a"] and zero.target == ["x"]


def test_links_figure_draws_each_link_and_escapes_words():
    links = word_links(M, ["▁<b>The</b>", "▁cat", "s", "▁sat", "</s>"], TGT)
    fig = links_figure(links, title="<i>title</i>")
    spec = fig.to_plotly_json()
    assert spec["layout"]["meta"]["layout"] == "horizontal"
    assert len(spec["layout"]["shapes"]) == len(links.links) == 3
    hover = next(t for t in spec["data"] if t["name"] == "links")
    assert [list(c[:2]) for c in hover["customdata"]] == [[0, 0], [1, 1], [2, 2]]
    texts = [x for t in spec["data"] if t["name"] in ("source", "target") for x in t["text"]]
    assert "&lt;b&gt;The&lt;/b&gt;" in texts and "<b>" not in json.dumps(texts)
    assert "&lt;i&gt;" in spec["layout"]["title"]["text"]
    src_y = {y for t in spec["data"] if t["name"] == "source" for y in t["y"]}
    tgt_y = {y for t in spec["data"] if t["name"] == "target" for y in t["y"]}
    assert src_y == {1.0} and tgt_y == {0.0}                   # two lines: source above target
    xs = list(next(t for t in spec["data"] if t["name"] == "source")["x"])
    assert xs == sorted(xs)                                    # words in reading order


def test_long_sentences_turn_vertical_and_keep_every_word():
    n = 40
    src = [f"▁source{k}" for k in range(n)] + ["</s>"]
    tgt = [f"▁target{k}" for k in range(n)] + ["</s>"]
    links = word_links(np.eye(n + 1)[::-1], src, tgt)
    fig = links_figure(links, max_width=880)
    assert fig.layout.meta["layout"] == "vertical"
    source = next(t for t in fig.data if t.name == "source")
    assert len(source.text) == n and set(source.x) == {0.0} and list(source.y) == sorted(source.y, reverse=True)
    assert fig.layout.height >= n * 20                          # one row per word: nothing overlaps
    assert links_figure(word_links(M, SRC, TGT), max_width=880).layout.meta["layout"] == "horizontal"


def test_links_json():
    data = json.loads(links_json(word_links(M, SRC, TGT, 0.3), links_from="attention"))
    assert data["source_words"] == ["The", "cats", "sat"] and data["links_from"] == "attention"
    assert {(x["source"], x["target"]) for x in data["links"]} == {(0, 0), (1, 1), (1, 2), (2, 2)}
    assert data["pharaoh"] == "0-0 1-1 1-2 2-2" and "0.3" in data["rule"]


def test_shared_colour_scale():
    a, b = np.array([[0.2, 0.8]]), np.array([[0.5, 0.5]])
    assert shared_zmax([a, b]) == 1.0 and shared_zmax([a, b], stretch=True) == pytest.approx(0.8)
    fig = method_heatmap(b, ["x", "y"], ["u"], "Gradient × input", zmax=shared_zmax([a, b], True))
    assert fig.data[0].zmax == pytest.approx(0.8) and fig.data[0].zmin == 0


def test_light_marks_carry_dark_text_and_the_links_picture_takes_the_theme_background():
    """In a dark theme the text is near-white: the token strip and the What-if diff had white words on pale
    chips, and the links picture white words on its white plot area."""
    import re
    from s2s_core.counterfactual import word_diff
    from s2s_core.counterfactual_viz import diff_html
    from s2s_core.viz import confidence_html
    chips = re.findall(r'<span[^>]*style="([^"]*background[^"]*)"',
                       confidence_html(["▁Le", "▁chat"], [-0.1, -2.0]) +
                       diff_html(word_diff(["▁Il", "▁dort"], ["▁Elle", "▁dort"]), "a") +
                       diff_html(word_diff(["▁Il", "▁dort"], ["▁Elle", "▁dort"]), "b"))
    assert len(chips) == 4 and all("color:#111" in style for style in chips), chips
    assert links_figure(word_links(M, SRC, TGT)).layout.plot_bgcolor == "rgba(0,0,0,0)"
