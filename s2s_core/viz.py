"""Plotly figures and plain tables from Translation / Hypothesis data (never touches a model).

Plotly renders a small HTML subset in tick labels and hover text, so every piece of user or model
text is passed through :func:`esc` before it reaches a figure; HTML snippets escape with ``html.escape``.
"""
from __future__ import annotations

import difflib
import html
import json
import math
import re
import unicodedata
from typing import Callable, Optional, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from . import trust
# the UI's names, re-exported
from .pieces import (ANOTHER_WORD, END_LABEL, SPECIALS, as_text, byte_runs, choice_label, decode_bytes,  # noqa: F401
                     alternative_label, default_layer, eos_share, group_label, is_byte_piece, last_label,
                     merge_attention, piece_label, piece_labels, reader_label, reader_piece, reader_text,
                     select_heads, spelled, without_end, word_choice, word_groups, word_named)
from .special import EOS_PIECE

COLORSCALE = "Blues"          # sequential, light = little attention; readable in print and on screens
EOS_WARN_SHARE = 0.3          # flag </s> when it takes this share of the attention on average


def esc(text: str) -> str:
    """``text`` safe inside a figure's labels or an HTML element: ``<``, ``>``, ``&`` escaped. Quotes stay, as
    plotly shows ``&quot;`` literally (an attribute value needs :func:`esc_attr`)."""
    return html.escape(str(text), quote=False)


def esc_attr(text: str) -> str:
    return html.escape(str(text), quote=True)


def md_escape(text: str) -> str:
    """Text to show literally inside Streamlit Markdown (``st.warning``, ``st.caption``): every ASCII sign
    Markdown, HTML, LaTeX (``$``) or Streamlit's ``:directives:`` could read is backslash-escaped."""
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", str(text))


# -- figures -------------------------------------------------------------------------------------
def text_px(text: str, font_size: float) -> float:
    """Rough rendered width of ``text`` in pixels (wide East Asian characters count double): enough to
    size a figure's margins so exported images keep their tick labels."""
    return sum(font_size * (1.0 if unicodedata.east_asian_width(c) in "WF" else 0.62) for c in str(text))


MODEBAR_BAND = 30             # px kept free above a heatmap's top axis title, where plotly's toolbar appears


def source_tick_angle(src_labels: Sequence[str], font_size: int = 12) -> int:
    """Level source labels only when each fits above its own column in a ``FLAT_LABELS_PX`` plot (a phone's map,
    or a half-width one as in Compare models or What if…; a column is never narrower than a row is tall):
    level labels are centred on their columns, so one wider than its column ran into its neighbours ("is
    sleepingon" on a phone). Slanted (45°) when not, upright (90°) past ``UPRIGHT_LABELS`` columns, where
    slanted labels would overlap their neighbours."""
    if len(src_labels) > UPRIGHT_LABELS:
        return 90
    column = max(FLAT_LABELS_PX / max(len(src_labels), 1), heatmap_cell_px(font_size))
    return 0 if all(text_px(s, font_size) + 0.6 * font_size <= column for s in src_labels) else 45


UPRIGHT_LABELS = 14       # slanted, more overlapped in a 900-px window's map (~280 px of plot: 20 px a column at 14)
FLAT_LABELS_PX = 190      # the plot of a map on a 390-px phone (its margins and colour bar take the rest)


def heatmap_margins(src_labels: Sequence[str], tgt_labels: Sequence[str], font_size: int, angle: int,
                    title: bool) -> dict:
    """Margins that hold the tick labels (source labels at ``angle`` degrees) and axis titles (plotly's
    ``automargin`` may grow them further, but static exports render without Streamlit's theme, so the figure
    must carry them itself)."""
    widest_tgt = max((text_px(t, font_size) for t in tgt_labels), default=0.0)
    widest_src = max((text_px(s, font_size) for s in src_labels), default=0.0)
    top_ticks = {0: font_size * 1.5, 45: widest_src * 0.72 + font_size}.get(angle, widest_src + font_size)
    return dict(l=int(max(widest_tgt + 2.2 * font_size, text_px(SOURCE_CORNER, font_size)) + 12), r=10, b=10,
                t=int(top_ticks + 2 * font_size + MODEBAR_BAND + (2 * font_size if title else 0)))


SOURCE_CORNER = "source →"     # the columns' name, in the heatmap's top-left corner


def heatmap_cell_px(font_size: int) -> int:
    """A heatmap row's height: a line of tick text plus air (26 px at 12 px type)."""
    return int(font_size * 2.2)


COLORBAR_PX = 80          # what plotly takes right of the plot for a heatmap's colour bar, its ticks and title


def heatmap_min_width(fig: go.Figure) -> int:
    """Width (px) at which an attention heatmap's columns are as wide as its rows are tall: on a phone a
    15-word sentence's columns were 8 px wide, too narrow for their upright labels or a fingertip."""
    size = fig.layout.font.size or 12
    bar = COLORBAR_PX if any(getattr(t, "showscale", False) for t in fig.data) else 0
    return int(fig.layout.margin.l + fig.layout.margin.r + bar
               + heatmap_cell_px(size) * len(fig.layout.xaxis.tickvals or ()))


def touch_scrolls(fig: go.Figure) -> go.Figure:
    """No drag gesture: a finger swiped across the chart scrolls the page, as on the rest of it (plotly's
    default drag zooms, so on a phone a swipe that began on a chart never scrolled). Tooltips still show
    on hover or tap; the toolbar's zoom and pan buttons turn dragging back on."""
    return fig.update_layout(dragmode=False)


def attention_heatmap(attn: np.ndarray, src_labels: Sequence[str], tgt_labels: Sequence[str], title: str = "",
                      height: Optional[int] = None, font_size: int = 12, zmax: Optional[float] = 1.0,
                      show_scale: bool = True) -> go.Figure:
    """Target tokens as rows (top to bottom), source tokens as columns; exact values on hover.
    Positions are numeric axes with text ticks, so repeated tokens keep their own row/column.
    Colours run from 0 to ``zmax`` (1 by default, so maps compare; None stretches to this map's maximum)."""
    attn = np.asarray(attn, dtype=float)
    T, S = attn.shape
    src_labels, tgt_labels = [reader_label(s) for s in src_labels], [reader_label(t) for t in tgt_labels]
    src_e, tgt_e = [esc(s) for s in src_labels], [esc(t) for t in tgt_labels]
    custom = [[[tgt_e[i], src_e[j]] for j in range(S)] for i in range(T)]
    top = zmax if zmax is not None else float(np.nanmax(attn)) if attn.size and np.isfinite(attn).any() else 1.0
    fig = go.Figure(go.Heatmap(
        z=attn, x=list(range(S)), y=list(range(T)), customdata=custom, colorscale=COLORSCALE, zmin=0.0,
        zmax=max(1e-6, top), showscale=show_scale, colorbar=dict(
            title=dict(text="attention", font=dict(size=font_size)), tickfont=dict(size=font_size), thickness=12),
        hovertemplate="target <b>%{customdata[0]}</b> (row %{y})<br>source <b>%{customdata[1]}</b> "
                      "(column %{x})<br>attention %{z:.3f}<extra></extra>"))
    angle = source_tick_angle(src_labels, font_size)
    # Explicit sizes and a small title standoff: the app's theme and static exports otherwise disagree on
    # both, and a title pushed to the figure's top edge sits under plotly's toolbar.
    axis = dict(tickmode="array", automargin=True, tickfont=dict(size=font_size))
    fig.update_xaxes(**axis, tickvals=list(range(S)), ticktext=src_e, side="top", tickangle=-angle)
    # "source" in the corner left of the first column: as the axis title, centred above the labels, it read as
    # part of the middle word ("source train")
    fig.add_annotation(text=SOURCE_CORNER, xref="paper", yref="paper", x=0, y=1, xanchor="right", yanchor="bottom",
                       xshift=-4, yshift=4, showarrow=False, font=dict(size=font_size))
    fig.update_yaxes(**axis, tickvals=list(range(T)), ticktext=tgt_e, autorange="reversed",
                     title=dict(text="target", standoff=6, font=dict(size=font_size)))
    cell = heatmap_cell_px(font_size)
    margin = heatmap_margins(src_labels, tgt_labels, font_size, angle, bool(title))
    fig.update_layout(title=dict(text=esc(title)) if title else None, font=dict(size=font_size),
                      height=height or max(260, cell * T + margin["t"] + 40), margin=margin)
    return fig


def head_grid(heads: np.ndarray, src_labels: Sequence[str], tgt_labels: Sequence[str],
              selected: Optional[tuple[int, int]] = None) -> go.Figure:
    """Layer × head grid of small heatmaps (rows = decoder layers, columns = heads), shared colour scale."""
    T, L, H, S = heads.shape
    titles = [f"L{l + 1} H{h + 1}" + (" ◀" if selected == (l, h) else "") for l in range(L) for h in range(H)]
    fig = make_subplots(rows=L, cols=H, subplot_titles=titles, horizontal_spacing=0.02,
                        vertical_spacing=min(0.08, 0.3 / max(L, 1)))
    src_e, tgt_e = [esc(reader_label(s)) for s in src_labels], [esc(reader_label(t)) for t in tgt_labels]
    custom = [[[tgt_e[i], src_e[j]] for j in range(S)] for i in range(T)]
    for l in range(L):
        for h in range(H):
            fig.add_trace(go.Heatmap(z=heads[:, l, h], customdata=custom, colorscale=COLORSCALE, zmin=0, zmax=1,
                                     showscale=False, name=f"layer {l + 1} head {h + 1}",
                                     hovertemplate=f"layer {l + 1}, head {h + 1}<br>target %{{customdata[0]}}"
                                                   f"<br>source %{{customdata[1]}}<br>%{{z:.3f}}<extra></extra>"),
                          row=l + 1, col=h + 1)
            # An almost invisible marker in the middle makes each small map clickable (plotly selects
            # points, not heatmap cells); its customdata says which layer/head it stands for.
            fig.add_trace(go.Scatter(x=[(S - 1) / 2], y=[(T - 1) / 2], mode="markers", customdata=[[l, h]],
                                     marker=dict(size=36, color="rgba(0,0,0,0.01)"), showlegend=False,
                                     hovertemplate=f"layer {l + 1}, head {h + 1}: click to enlarge<extra></extra>"),
                          row=l + 1, col=h + 1)
    fig.update_xaxes(showticklabels=False)
    fig.update_yaxes(showticklabels=False, autorange="reversed")
    # the first row's titles below the toolbar's band (on a phone, where it stays shown, it covered "L1 H3")
    fig.update_layout(height=max(240, 170 * L + 40) + MODEBAR_BAND, margin=dict(l=5, r=5, t=40 + MODEBAR_BAND, b=5))
    return fig


# -- tables and exports ----------------------------------------------------------------------------
def nbest_frame(hyps) -> pd.DataFrame:
    return pd.DataFrame({"rank": list(range(1, len(hyps) + 1)),
                         "translation": [h.text for h in hyps],
                         "warnings": [trust.labels(h) for h in hyps],     # why it may be unreliable, if so
                         "score": [float(f"{h.score:.7g}") for h in hyps],          # significant digits, not
                         "log-prob": [float(f"{h.log_prob:.7g}") for h in hyps],    # decimals: -0.0001234 stays
                         "length": [len(h.tokens) for h in hyps]})


def differences_md(text: str, reference: str) -> str:
    """``text`` as Markdown, every sign escaped, with the words it does not share with ``reference`` in bold: in
    the n-best list a long alternative reads whole and still shows where it leaves the best translation."""
    ref, words = reference.split(), text.split()
    parts = []
    for op, _, _, j1, j2 in difflib.SequenceMatcher(a=ref, b=words, autojunk=False).get_opcodes():
        if j2 > j1:
            shown = md_escape(" ".join(words[j1:j2]))
            parts.append(shown if op == "equal" else f"**{shown}**")
    return " ".join(parts)


def nbest_json(source: str, hyps) -> str:
    """The n-best list as JSON; ``tokens`` as the text writes them ("▁Thomas", not the stand-in "▁Tom" the model
    wrote: that is ``model_tokens``, given where they differ)."""
    def one(i: int, h) -> dict:
        shown = list(getattr(h, "shown_tokens", h.tokens))
        return {"rank": i + 1, "text": h.text, "tokens": shown,
                **({"model_tokens": list(h.tokens)} if shown != list(h.tokens) else {}), "score": float(h.score),
                "log_prob": float(h.log_prob), "token_log_probs": [float(x) for x in h.token_log_probs],
                "warnings": [f.code for f in getattr(h, "warnings", None) or []]}
    return json.dumps({"source": source, "hypotheses": [one(i, h) for i, h in enumerate(hyps)]},
                      ensure_ascii=False, indent=1)


def attention_csv(attn: np.ndarray, src: Sequence[str], tgt: Sequence[str]) -> str:
    cols = [f"{j}:{s}" for j, s in enumerate(src)]
    return pd.DataFrame(np.round(np.asarray(attn, dtype=float), 5), columns=cols,
                        index=pd.Index([f"{i}:{t}" for i, t in enumerate(tgt)], name="target \\ source")).to_csv()


def attention_json(attn: np.ndarray, src: Sequence[str], tgt: Sequence[str], **extra) -> str:
    """The map as JSON, tokens raw; ``end_token`` names the end-of-sentence token the pages show as "(end)"
    (``END_LABEL``), where it is in the tokens, so a reader can tell it from markup typed as "</s>"."""
    end = {"end_token": EOS_PIECE, "end_token_shown_as": END_LABEL} if EOS_PIECE in [*src, *tgt] else {}
    return json.dumps({"source_tokens": list(src), "target_tokens": list(tgt), **end, **extra,
                       "attention": [[round(float(x), 5) for x in row] for row in np.asarray(attn)]},
                      ensure_ascii=False)


# -- token confidence ------------------------------------------------------------------------------
# the colour is the model's probability; a red dashed line marks a word the warning calls unsure (under
# trust.UNSURE_WORD_LOG_PROB, trust.unsure_positions). A word put in for one form of address
# (register.put_in_for_address) has a dotted grey line instead, and its hover says why it stands there
CHOSEN_TIP = ("Not marked unsure: this word came with the form of address chosen for the sentence (see the note); "
              "the model gave it less only because it preferred the other form.")


END_TIP = " (end of sentence: where the model chose to stop)"
UNSURE_TIP = "Marked unsure, as the warning says: the model gave this word under {} (its pieces together)."
MARKS = {"chosen": "border-bottom:2px dotted #555;", "unsure": "border-bottom:2px dashed #b00;"}


def _confidence_span(shown: str, p: float, tip: str, mark: str = "") -> str:
    """One chip: ``mark`` is "chosen", "unsure" or "" (the colour alone)."""
    border = MARKS.get(mark, "")
    extra = {"chosen": CHOSEN_TIP, "unsure": UNSURE_TIP.format(trust.UNSURE_PERCENT)}.get(mark)
    tip = f"{tip}\n{extra}" if extra else tip
    return (f'<span class="s2s-tok" title="{esc_attr(tip).replace(chr(10), "&#10;")}" style="{border}'
            f'background:hsl({int(120 * p)},70%,84%);color:#111;padding:2px 3px;border-radius:4px;'   # any theme
            'overflow-wrap:anywhere;">'
            f'{esc(shown) or "&nbsp;"}</span>')


def confidence_html(tokens: Sequence[str], token_log_probs: Sequence[float], alternatives: Sequence = (),
                    font_size: int = 18, words: bool = False, chosen: Sequence[int] = (),
                    unsure: Sequence[int] = ()) -> str:
    """Each output token on a background from red (unlikely) to green (likely); the hover title gives
    its probability and the model's top alternatives at that position. All text is escaped.
    ``words=True`` (presenter mode) shows whole words instead, each with the product of its pieces' probabilities,
    and no end-of-sentence token; on pieces it reads "(end)" (``END_LABEL``), its hover saying what it is.
    ``chosen``: where words begin (token indices) that were put in for one form of address: marked so (a dotted
    line, a hover that says so) rather than as doubts (``CHOSEN_TIP``); ``unsure``: where words begin that the
    warning calls unsure (``trust.unsure_positions``), dashed, every piece of them, and nothing else.

    The strip wraps like text: a word's pieces stay together on one line (unless the word alone is wider
    than the column) and lines break between words, so it never grows wider than its column."""
    tokens = list(tokens)[:len(token_log_probs)]
    groups = word_groups(tokens)
    marks = {k: mark for mark, starts in (("unsure", set(unsure)), ("chosen", set(chosen)))
             for g in groups if g[0] in starts for k in g}
    if words:           # the end-of-sentence token is no word: a demo's strip leaves it out
        groups = [g for g in groups if tokens[g[0]] != EOS_PIECE]
        probs = [math.exp(sum(token_log_probs[k] for k in g)) for g in groups]
        spans = {i: _confidence_span(group_label(tokens, g), p, f"{group_label(tokens, g)}  p = {p:.3f}",
                                     marks.get(g[0], "")) for i, (g, p) in enumerate(zip(groups, probs))}
        groups = [[i] for i in range(len(spans))]
    else:
        spans = {}
        for start, stop in byte_runs(tokens):     # a character spelled in bytes shows once, as itself ("œ")
            run = tokens[start:stop]
            lp = sum(token_log_probs[start:stop])
            p = math.exp(lp)
            alts = alternatives[start] if start < len(alternatives) else []
            where = f"position {start + 1}" if stop - start == 1 else f"positions {start + 1}–{stop}"
            read = reader_piece(run[0]) if len(run) == 1 else piece_labels(run)[0]    # "En", not "▁En"
            tip = f"{where}: {read}{END_TIP * (run[0] == EOS_PIECE)}  p = {p:.3f}"
            if alts:
                tip += "\nalternatives: " + ", ".join(f"{alternative_label(a, run)} {math.exp(b):.3f}"
                                                     for a, b in alts)
            shown = (reader_label(run[0]) if run[0] in SPECIALS else
                     word_named(spelled("".join(run).replace("▁", ""))))   # a lone "▁", as its hover
            spans[start] = _confidence_span(shown, p, tip, marks.get(start, ""))
    cells = ['<span class="s2s-word" style="display:inline-flex;flex-wrap:wrap;gap:1px;max-width:100%;">'
             + "".join(spans.get(k, "") for k in g) + "</span>" for g in groups]
    return (f'<div class="s2s-confidence" style="font-size:{font_size}px;line-height:1.6;display:flex;'
            f'flex-wrap:wrap;gap:0.35em 0.45em;max-width:100%;">' + "".join(cells) + "</div>")


# -- beam-search tree ------------------------------------------------------------------------------
STATUS_COLOURS = {"active": "#1f77b4", "finished": "#2ca02c", "pruned": "#b0b0b0"}


def tree_nodes(tree, id_to_piece: Callable[[list[int]], list[str]],
               shown: Callable[[list[str]], list[str]] = list) -> list[dict]:
    """TreeNode list → plain dicts with the piece, position (x = step, y = tidy-tree row) and prefix, shown as the
    translation writes them (``shown``, a whole prefix at once: a stand-in's "▁J", "an" as "▁Sophie", "·", so a node
    reads the name once, not "Sophie", "…an"; ``Hypothesis.shown_prefix``); ``pieces`` is the prefix the model
    wrote, to force a search from."""
    if not tree:
        return []
    pieces = id_to_piece([n.token for n in tree])
    nodes = {n.id: dict(id=n.id, parent=n.parent, token=pieces[k], log_prob=float(n.log_prob), step=n.step,
                        status=n.status) for k, n in enumerate(tree)}
    children: dict[int, list[int]] = {}
    for n in nodes.values():
        children.setdefault(n["parent"], []).append(n["id"])
    for kids in children.values():
        kids.sort(key=lambda i: -nodes[i]["log_prob"])
    counter = [0]

    def place(i: int) -> float:          # leaves take consecutive rows; parents sit between their children
        kids = children.get(i, [])
        y = float(counter[0]) if not kids else sum(place(k) for k in kids) / len(kids)
        if not kids:
            counter[0] += 1
        nodes[i]["y"] = y
        return y

    for r in children.get(-1, []):
        place(r)
    for n in nodes.values():
        chain, j = [], n["id"]
        while j != -1:
            chain.append(nodes[j]["token"])
            j = nodes[j]["parent"]
        n["pieces"] = chain[::-1]
        n["prefix"] = shown(n["pieces"])
    for n in nodes.values():
        n["token"] = n["prefix"][-1]
    return sorted(nodes.values(), key=lambda n: n["id"])


START_LABEL = "(start)"       # the tree's root, the start token "<s>" as a viewer reads it (its end reads "(end)")
TREE_MAX_HEIGHT = 16_000     # px; a taller tree is drawn without labels (hover still names every node)
LABEL_CHARS = 12              # longer tree labels are shortened (hover shows the whole piece)


def tree_row_px(font_size: int) -> int:
    """Vertical space of one leaf row: the label's line height plus a little air."""
    return int(font_size * 1.8) + 2


def short_label(token: str, limit: int = LABEL_CHARS) -> str:
    return token if len(token) <= limit or token == ANOTHER_WORD else token[:limit - 1] + "…"


TREE_GAP_PX = 18              # room between two columns of node boxes, where the edges run
TREE_MARGIN_PX = 20           # the figure's left + right margins
BOX_TEXT = {"active": "white", "finished": "white", "pruned": "#1a1a1a", "root": "white"}
BOX_COLOURS = dict(STATUS_COLOURS, pruned="#d0d0d0", root="#777777")    # pruned boxes light: dark text reads


def _tree_columns(nodes: list[dict], font_size: int) -> tuple[list[float], float]:
    """x (in pixels) of each output position's column, and the tree's width: every column as wide as its
    longest label's box, with ``TREE_GAP_PX`` between columns for the edges."""
    widths = [text_px(START_LABEL, font_size)]
    for n in nodes:
        col = n["step"] + 1
        widths += [0.0] * (col + 1 - len(widths))
        widths[col] = max(widths[col], text_px(short_label(last_label(n["prefix"])), font_size))
    centres, left = [], 0.0
    for w in widths:
        w = max(w, font_size) + 0.8 * font_size          # the box's padding
        centres.append(left + w / 2)
        left += w + TREE_GAP_PX
    return centres, left - TREE_GAP_PX


def tree_width_px(nodes: list[dict], font_size: int = 11) -> int:
    """Width the beam tree needs for its labels to sit in boxes clear of each other (see :func:`tree_figure`)."""
    return int(_tree_columns(nodes, font_size)[1]) + TREE_MARGIN_PX


def _box_half(label: str, font_size: int) -> float:
    """Half the width of the box a tree label (as read, shortened) is written in."""
    return (max(text_px(label, font_size), font_size) + 0.8 * font_size) / 2


def node_pick_label(node: dict, words: bool = False) -> str:
    """The beam tree's node picker line: "position 3: Où est la — active, log-prob -1.59"; ``words`` (presenter
    mode) says "word 3: … — kept, confidence 20%" (the chance of that beginning), no log-probabilities."""
    text = reader_text(node["prefix"]) or reader_piece(node["prefix"][-1] if node["prefix"] else "▁")
    if not words:
        return f"position {node['step'] + 1}: {text} — {node['status']}, log-prob {node['log_prob']:.2f}"
    status = {"active": "kept", "finished": "finished", "pruned": "dropped"}.get(node["status"], node["status"])
    return f"step {node['step'] + 1}: {text} — {status}, confidence {math.exp(node['log_prob']):.0%}"


def tree_node_span(nodes: list[dict], node_id: int, font_size: int = 11) -> tuple[float, float]:
    """Left and right x (the figure's pixels) of the red frame :func:`tree_figure` draws round node ``node_id``:
    what a box that scrolls the tree sideways must show."""
    node = next(n for n in nodes if n["id"] == node_id)
    x = _tree_columns(nodes, font_size)[0][node["step"] + 1]
    h = _box_half(short_label(last_label(node["prefix"])), font_size) + 3
    return x - h, x + h


def _box_trace(boxes: list[tuple[float, float, float]], colour: str, thickness: float, **kw) -> go.Scatter:
    """Label boxes drawn as thick horizontal strokes (x from, x to, y): one trace for many boxes."""
    xs, ys = [], []
    for x0, x1, y in boxes:
        xs += [x0, x1, None]
        ys += [y, y, None]
    return go.Scatter(x=xs, y=ys, mode="lines", line=dict(color=colour, width=thickness), hoverinfo="skip",
                      showlegend=False, **kw)


def tree_figure(nodes: list[dict], selected: Optional[int] = None, best_path: Sequence[int] = (),
                font_size: int = 11) -> go.Figure:
    """Beam-search tree: one column per output position (0 = <s>), one box per candidate coloured by status, its
    piece written inside; edges run between the boxes, under them, so no line crosses a label. x is in pixels
    (:func:`tree_width_px`, which the chart should keep: a narrower one scrolls). Hover gives the token, status,
    cumulative log-probability and the prefix; a click selects the node. A tree too tall for a row per leaf is
    drawn as markers (hover still names every node)."""
    fig = go.Figure()
    by_id = {n["id"]: n for n in nodes}
    roots = [n["y"] for n in nodes if n["parent"] == -1]
    root_y = sum(roots) / len(roots) if roots else 0.0
    centres, width = _tree_columns(nodes, font_size)

    def xy(i: int) -> tuple[float, float]:
        return (centres[0], root_y) if i == -1 else (centres[by_id[i]["step"] + 1], by_id[i]["y"])

    def segments(ids) -> tuple[list, list]:
        xs, ys = [], []
        for i in ids:
            (px, py), (x, y) = xy(by_id[i]["parent"]), xy(i)
            xs += [px, x, None]
            ys += [py, y, None]
        return xs, ys

    ex, ey = segments([n["id"] for n in nodes])
    fig.add_trace(go.Scatter(x=ex, y=ey, mode="lines", hoverinfo="skip",
                             line=dict(color="rgba(140,140,140,0.7)", width=1), showlegend=False))
    if best_path:
        bx, by = segments(best_path)
        fig.add_trace(go.Scatter(x=bx, y=by, mode="lines", line=dict(color=STATUS_COLOURS["finished"], width=3),
                                 hoverinfo="skip", name="best translation"))
    rows = max((n["y"] for n in nodes), default=0) + 1
    boxes = rows * tree_row_px(font_size) <= TREE_MAX_HEIGHT
    _tree_nodes_traces(fig, nodes, by_id, xy, selected if selected in by_id else None, font_size, boxes)
    # One row per leaf, each tall enough for its label: the chart grows with the tree (a beam of 10 on a
    # ten-word sentence has ~140 leaves) rather than squeezing labels on top of each other.
    fig.update_layout(height=int(min(TREE_MAX_HEIGHT, max(300, tree_row_px(font_size) * rows)) + 110),
                      margin=dict(l=10, r=10, t=60, b=10), font=dict(size=font_size),
                      xaxis=dict(title=dict(text="output position"), tickvals=centres,
                                 ticktext=[str(i) for i in range(len(centres))], range=[0, width],
                                 showgrid=False, zeroline=False, automargin=True),
                      yaxis=dict(visible=False, range=[rows - 0.5, -0.5]),
                      legend=dict(orientation="h", yref="container", y=1.0, yanchor="top", x=0))
    return fig


def _tree_nodes_traces(fig: go.Figure, nodes: list[dict], by_id: dict, xy, selected: Optional[int],
                       font_size: int, boxes: bool) -> None:
    """The nodes over the edges: the selected node's red frame, the boxes, then per status one trace of markers
    carrying the labels, the hover and the click (``customdata[0]`` = node id)."""
    half = lambda n: _box_half(n["raw"], font_size)        # noqa: E731
    thick = font_size * 1.5
    shown = [dict(n, raw=short_label(last_label(n["prefix"]))) for n in nodes]
    shown = [dict(n, label=esc(n["raw"])) for n in shown]                  # sized as read, not as "&lt;/s&gt;"
    root = dict(id=-1, status="root", label=esc(START_LABEL), raw=START_LABEL)
    if boxes and selected is not None:
        n = next(m for m in shown if m["id"] == selected)
        (x, y), h = xy(selected), half(n) + 3
        fig.add_trace(_box_trace([(x - h, x + h, y)], "#d62728", thick + 6, name="selected"))
    for status in ("root", *STATUS_COLOURS):
        sel = [root] if status == "root" else [n for n in shown if n["status"] == status]
        if not sel:
            continue
        pts = [xy(n["id"]) for n in sel]
        if boxes:
            fig.add_trace(_box_trace([(x - half(n), x + half(n), y) for n, (x, y) in zip(sel, pts)],
                                     BOX_COLOURS[status], thick))
        fig.add_trace(go.Scatter(     # a square of the box's colour at its centre: the legend's swatch too
            x=[p[0] for p in pts], y=[p[1] for p in pts], mode="markers+text" if boxes else "markers",
            text=[n["label"] for n in sel], textposition="middle center", showlegend=status != "root",
            textfont=dict(size=font_size, color=BOX_TEXT[status]), name=status,
            marker=dict(size=thick if boxes else 11, symbol="square" if boxes else "circle",
                        color=BOX_COLOURS[status], line=dict(width=0)),
            hoverinfo="skip" if status == "root" else None,
            customdata=None if status == "root" else
            [[n["id"], esc(reader_text(n["prefix"])), n["log_prob"], esc(last_label(n["prefix"])), n["step"] + 1]
             for n in sel],                     # "Où est", not "▁Où ▁est"
            hovertemplate=None if status == "root" else
            f"<b>%{{customdata[3]}}</b> ({status})<br>position %{{customdata[4]}}<br>cumulative log-prob "
            "%{customdata[2]:.3f}<br>prefix: %{customdata[1]}<extra>node %{customdata[0]}</extra>"))
    if not boxes and selected is not None:
        x, y = xy(selected)
        fig.add_trace(go.Scatter(x=[x], y=[y], mode="markers", hoverinfo="skip", name="selected",
                                 marker=dict(size=20, color="rgba(0,0,0,0)", line=dict(color="#d62728", width=3))))


def best_path_ids(nodes: list[dict], tokens: Sequence[str]) -> list[int]:
    """Node ids along the finished path whose pieces equal ``tokens`` (the chosen hypothesis)."""
    target = list(tokens)
    for n in nodes:
        if n["status"] == "finished" and n.get("pieces", n["prefix"]) == target:
            path, by_id, j = [], {m["id"]: m for m in nodes}, n["id"]
            while j != -1:
                path.append(j)
                j = by_id[j]["parent"]
            return path[::-1]
    return []


def node_from_selection(nodes: list[dict], points: Sequence[dict]) -> Optional[int]:
    """The tree node a plotly selection event points at (by customdata, else by coordinates)."""
    for pt in points or []:
        cd = pt.get("customdata")
        if isinstance(cd, (list, tuple)) and cd and isinstance(cd[0], (int, float)):
            return int(cd[0])
        x, y = pt.get("x"), pt.get("y")
        for n in nodes:
            if n["step"] + 1 == x and abs(n["y"] - (y if y is not None else -99)) < 1e-6:
                return n["id"]
    return None
