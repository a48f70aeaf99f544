"""Figure and strip layout (issue 15 §3): the confidence strip wraps, heatmaps carry margins for their labels
and a fixed 0–1 colour scale, the beam tree grows with the tree. The real-browser side is tests/e2e."""
from __future__ import annotations

import math
import re

import numpy as np
import pytest

from s2s_core import viz

SRC = ["▁My", "▁brother", "▁and", "▁I", "▁are", "▁going", "▁to", "▁the", "▁old", "▁market", ".",
       "</s>"]
TGT = ["▁Mein", "▁Bruder", "▁Straßenbahnhalte", "stellen", "▁gehen", ".", "</s>"]


def test_confidence_strip_is_a_wrapping_row_of_words():
    tokens = ["▁Straßen", "bahn", "▁et", "▁moi", "</s>"]
    html = viz.confidence_html(tokens, [-0.1, -2.0, -0.2, -0.05, -0.01])
    outer = re.match(r'<div class="s2s-confidence" style="([^"]*)"', html).group(1)
    assert "display:flex" in outer and "flex-wrap:wrap" in outer and "max-width:100%" in outer
    words = re.findall(r'<span class="s2s-word"[^>]*>(.*?)</span></span>', html)
    assert len(words) == 4 and words[0].count('class="s2s-tok"') == 2       # a word's pieces stay together
    assert "▁" not in re.sub(r'title="[^"]*"', "", html)


def test_confidence_strip_in_words_multiplies_piece_probabilities():
    tokens, lps = ["▁J", "'", "aime", "▁les", "▁chat", "s", "</s>"], [-0.1, -0.2, -0.3, -0.1, -0.4, -0.5, -0.01]
    html = viz.confidence_html(tokens, lps, words=True)
    shown = re.findall(r'class="s2s-tok"[^>]*>([^<]*)</span>', html)
    assert shown == ["J'aime", "les", "chats"]                          # no end-of-sentence token in words
    assert f"p = {math.exp(-0.9):.3f}" in html                           # chats = chat × s


@pytest.fixture
def streamlit_template():
    """Plotly's default template as it is inside the app (Streamlit's, without automargin), restored after."""
    import plotly.io as pio
    before = pio.templates.default
    import streamlit.elements.plotly_chart  # noqa: F401  (registers and selects the "streamlit" template)
    pio.templates.default = "streamlit"
    yield
    pio.templates.default = before


def test_heatmap_margins_hold_the_labels_even_under_streamlits_template(streamlit_template):
    attn = np.full((len(TGT), len(SRC)), 1 / len(SRC))
    for font in (12, 18):
        fig = viz.attention_heatmap(attn, SRC, TGT, font_size=font)
        widest = max(viz.text_px(t, font) for t in TGT)
        assert fig.layout.margin.l >= widest + 2 * font                  # labels + the axis title
        assert fig.layout.yaxis.automargin and fig.layout.xaxis.automargin
        assert fig.layout.yaxis.tickfont.size == font and fig.layout.xaxis.tickfont.size == font
        assert fig.layout.margin.t >= viz.MODEBAR_BAND + 2 * font         # room above the title for the toolbar
        corner = [a for a in fig.layout.annotations if a.text == viz.SOURCE_CORNER]
        assert len(corner) == 1 and corner[0].xanchor == "right" and corner[0].x == 0   # not over a middle word
        assert fig.layout.margin.l >= viz.text_px(viz.SOURCE_CORNER, font)
    assert viz.text_px("漢字", 10) == pytest.approx(20) and viz.text_px("ab", 10) < 15


def test_heatmap_colour_scale_is_fixed_unless_stretched():
    attn = np.array([[0.45, 0.3, 0.25], [0.2, 0.45, 0.35]])
    fixed = viz.attention_heatmap(attn, list("abc"), list("xy"))
    assert (fixed.data[0].zmin, fixed.data[0].zmax) == (0.0, 1.0)
    assert viz.attention_heatmap(attn, list("abc"), list("xy"), zmax=None).data[0].zmax == pytest.approx(0.45)


def _wide_tree(leaves_per_root: int = 14, roots: int = 10):
    """A beam-10-like tree: 10 roots, each with many pruned leaves."""
    from s2s_core.search import TreeNode
    tree, k = [], 0
    for r in range(roots):
        tree.append(TreeNode(k, -1, 5, -0.1 * r, 0, "active"))
        root, k = k, k + 1
        for j in range(leaves_per_root):
            tree.append(TreeNode(k, root, 6 + j, -1 - 0.1 * j, 1, "pruned"))
            k += 1
    return viz.tree_nodes(tree, lambda ids: [f"▁piece{i}" for i in ids])


def test_beam_tree_height_gives_every_leaf_a_labelled_row():
    nodes = _wide_tree()
    rows = max(n["y"] for n in nodes) + 1
    assert rows == 140
    for font in (11, 15):
        fig = viz.tree_figure(nodes, font_size=font)
        plot_height = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b - 40   # minus the x axis
        assert plot_height / rows >= 1.5 * font                           # one line of text per row, and air
        assert all("text" in t.mode for t in fig.data if t.name in ("pruned", "active"))
        assert next(t for t in fig.data if t.name == "active").text[0] == "piece5"   # pieces read as text, no "▁"
    small = viz.tree_figure(_wide_tree(2, 2))
    assert small.layout.height < 600                                      # a small tree stays small
    assert viz.short_label("▁Straßenbahnhaltestelle") == "▁Straßenbah…"


def _chain_tree():
    """Two long chains side by side (a beam that keeps two hypotheses): labels of all lengths, one a row."""
    from s2s_core.search import TreeNode
    words = ["▁Le", "▁vieil", "▁homme", "▁lit", "▁Straßenbahnhaltestelle", "▁dans", "▁le", "▁jardin", "</s>"]
    tree, k = [], 0
    for r in range(2):
        parent = -1
        for step in range(len(words)):
            tree.append(TreeNode(k, parent, k, -0.5 * step - r, step, "active" if step < 8 else "finished"))
            parent, k = k, k + 1
    pieces = {i: words[i % len(words)] for i in range(k)}
    return viz.tree_nodes(tree, lambda ids: [pieces[i] for i in ids])


def test_beam_tree_labels_sit_in_boxes_that_edges_run_under_and_never_cross():
    """The walk-through: edges were drawn through the node labels. Each node is now a box around its label, every
    edge is drawn before (under) the boxes and runs from box centre to box centre, and on one row no two boxes
    touch: the gap between them, where the edge shows, is at least TREE_GAP_PX at the width the chart keeps."""
    import html
    nodes = _chain_tree()
    for font in (11, 15):
        fig = viz.tree_figure(nodes, selected=nodes[3]["id"], best_path=[n["id"] for n in nodes[:9]], font_size=font)
        kinds = ["box" if t.mode == "lines" and t.line.width and t.line.width > 5 else
                 "edge" if t.mode == "lines" else "node" for t in fig.data]
        assert kinds.index("box") > max(i for i, k in enumerate(kinds) if k == "edge")        # edges under boxes
        boxes = [(x0, x1, y) for t, k in zip(fig.data, kinds) if k == "box" and t.name != "selected"
                 for x0, x1, y in zip(t.x[0::3], t.x[1::3], t.y[0::3])]
        assert len(boxes) == len(nodes) + 1                                                 # and the root, "(start)"
        texts = [(x, y, label) for t in fig.data if t.mode == "markers+text" for x, y, label in zip(t.x, t.y, t.text)]
        for x, y, label in texts:                 # each label inside its own box, with room to spare but no more
            x0, x1, _ = next(b for b in boxes if b[2] == y and b[0] < x < b[1])
            read = html.unescape(label)                                  # "(end)", not "&lt;/s&gt;"
            assert viz.text_px(read, font) + 0.5 * font <= x1 - x0 <= max(viz.text_px(read, font), font) + font
            assert abs((x0 + x1) / 2 - x) < 1e-6
        for y in {b[2] for b in boxes}:
            row = sorted(b for b in boxes if b[2] == y)
            assert all(b[0] - a[1] >= viz.TREE_GAP_PX - 1e-6 for a, b in zip(row, row[1:])), row
        width = viz.tree_width_px(nodes, font)
        assert max(b[1] for b in boxes) - 1e-6 <= fig.layout.xaxis.range[1] < width - viz.TREE_MARGIN_PX + 1
        assert "Straßenbahn…" in [t[2] for t in texts]                    # a long piece is shortened, not wider
        selected = next(t for t in fig.data if t.name == "selected")
        assert selected.line.width > next(t for t, k in zip(fig.data, kinds)
                                          if k == "box" and t.name != "selected").line.width   # a frame around


def test_an_alternative_reads_whole_with_the_words_it_changes_in_bold():
    """The n-best list writes every alternative in full (a table cell cut them) and marks where it leaves the best
    one; every Markdown sign in the text is escaped, inside the bold too."""
    from s2s_core.viz import differences_md
    best = "Le comité, qui avait rencontré tous les membres hier, a décidé de partir."
    assert differences_md(best, best) == \
        "Le comité\\, qui avait rencontré tous les membres hier\\, a décidé de partir\\."
    assert differences_md("Le comité, qui avait vu tous les membres hier, a décidé de partir.", best) == \
        "Le comité\\, qui avait **vu** tous les membres hier\\, a décidé de partir\\."
    assert differences_md("Le comité, qui avait rencontré les membres hier, a décidé de partir.", best) == \
        "Le comité\\, qui avait rencontré les membres hier\\, a décidé de partir\\."      # a word left out: no bold
    assert differences_md("Le *comité* a décidé de rester [ici].", best) == \
        "Le **\\*comité\\*** a décidé de **rester \\[ici\\]\\.**"
    assert differences_md("", best) == ""


def test_source_labels_stand_upright_when_slanted_ones_would_overlap():
    few, many = ["▁a", "▁b", "</s>"], [f"▁w{i}" for i in range(29)]
    some = "▁Could ▁you ▁please ▁send ▁me ▁the ▁report ▁by ▁Friday ? </s>".split()   # flat, they overflowed a
    assert len(many) > viz.UPRIGHT_LABELS >= len(some)                                   # half-width map
    angles = [viz.attention_heatmap(np.ones((2, len(s))) / len(s), s, ["▁x", "</s>"]).layout.xaxis.tickangle
              for s in (few, some, many)]
    assert angles == [0, -45, -90]
    fifteen = "▁The ▁ticket ▁costs ▁45 , 9 9 ▁$ ▁and ▁the ▁hotel ▁is ▁120 . </s>".split()   # slanted, these overlapped
    assert viz.attention_heatmap(np.ones((2, 15)) / 15, fifteen, ["▁x", "</s>"]).layout.xaxis.tickangle == -90
    tall = viz.attention_heatmap(np.ones((2, len(many))) / len(many), many, ["▁x", "</s>"])
    assert tall.layout.margin.t >= max(viz.text_px(s, 12) for s in many) + viz.MODEBAR_BAND   # upright labels fit


def test_level_source_labels_only_where_each_fits_above_its_column_on_a_phone():
    """On a phone a map's plot is ~190 px: level labels sit centred on their columns, so "sleeping" (wider than
    its 27-px column) ran into "is" and "on" ("is sleepingon"); such labels slant, short ones stay level."""
    sofa = "The cat is sleeping on the sofa. </s>".split()
    assert viz.attention_heatmap(np.ones((2, 8)) / 8, sofa, ["x", "</s>"]).layout.xaxis.tickangle == -45
    short = "I like cats. </s>".split()                         # 4 columns of ~47 px: every word fits its own
    assert viz.attention_heatmap(np.ones((2, 4)) / 4, short, ["x", "</s>"]).layout.xaxis.tickangle == 0
    column = viz.FLAT_LABELS_PX / len(short)
    assert all(viz.text_px(w, 12) < column for w in short)
    assert viz.text_px("sleeping", 12) > viz.FLAT_LABELS_PX / len(sofa)


def test_head_grid_titles_sit_below_the_toolbar_band():
    """On a phone plotly's toolbar stays shown at a chart's top right and covered the grid's first titles ("L1 H3",
    "L1 H4"): the top margin holds the toolbar's band above the row of titles."""
    heads = np.full((3, 2, 4, 5), 0.2)
    fig = viz.head_grid(heads, ["▁a", "▁b", "▁c", "▁d", "</s>"], ["▁x", "▁y", "</s>"])
    assert fig.layout.margin.t >= viz.MODEBAR_BAND + 30              # the band, then a line of 14-px titles
    plot = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    assert plot >= 170 * 2 - 10                                     # the maps keep their height


def test_confidence_strip_shows_a_character_spelled_in_bytes_once_as_itself():
    tokens = ["▁Ma", "▁s", "<0xC5>", "<0x93>", "ur", "▁", "<0x5B>", "link", "▁x", "<0xC5>", "</s>"]
    html = viz.confidence_html(tokens, [-0.1] * 4 + [-0.2] * 7)
    shown = re.findall(r'class="s2s-tok"[^>]*>([^<]*)</span>', html)
    assert shown == ["Ma", "s", "œ", "ur", "[", "link", "x", "&lt;0xC5&gt;", "(end)"]   # a cut byte stays raw
    assert "positions 3–4: …œ  p = 0.819" in html           # p of both pieces; the hover reads the character too
    lone = viz.confidence_html(["▁dit", "▁", "«", "</s>"], [-0.1] * 4)
    assert re.findall(r'class="s2s-tok"[^>]*>([^<]*)</span>', lone) == ["dit", "(another word)", "«", "(end)"]   # ui30
