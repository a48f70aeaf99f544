"""Figures of word alignments (never touches a model): the attention/attribution maps on one colour scale,
and the classic links picture — source and target words on two lines joined by links.

The links picture lays the words out by their estimated printed width, so no two words overlap. A
sentence pair too wide for ``max_width`` pixels is drawn vertically instead (source words down the left,
target words down the right), which stays readable at any length: the page scrolls, the words never
shrink or collide. All text is escaped (plotly renders a subset of HTML in labels).
"""
from __future__ import annotations

import json
from typing import Optional, Sequence

import numpy as np
import plotly.graph_objects as go

from .alignment import WordLinks
from .viz import attention_heatmap, esc

LINK_COLOUR = "31, 119, 180"     # rgb of the links (the heatmaps' blue)
CHAR_WIDTH = 0.62                # average glyph width of plotly's default font, in font sizes


def method_heatmap(matrix: np.ndarray, src_labels: Sequence[str], tgt_labels: Sequence[str], title: str,
                   zmax: float = 1.0, font_size: int = 12, height: Optional[int] = None) -> go.Figure:
    """One method's [target × source] map; give every method the same ``zmax`` so colours compare."""
    fig = attention_heatmap(matrix, src_labels, tgt_labels, title=title, font_size=font_size, zmax=zmax,
                            height=height)
    fig.update_traces(colorbar=dict(title=dict(text="share")),
                      hovertemplate="target <b>%{customdata[0]}</b> (row %{y})<br>source <b>%{customdata[1]}</b>"
                                    " (column %{x})<br>share of the row %{z:.3f}<extra></extra>")
    return fig


def shared_zmax(matrices: Sequence[np.ndarray], stretch: bool = False) -> float:
    """The colour scale's top: 1 (rows are shares), or with ``stretch`` the largest value shown."""
    if not stretch:
        return 1.0
    return max([1e-6] + [float(np.max(m)) for m in matrices if np.size(m)])


def _widths(words: Sequence[str], font_size: int) -> list[float]:
    return [max(3, len(w)) * CHAR_WIDTH * font_size + 1.2 * font_size for w in words]


def _centres(widths: Sequence[float], total: float) -> list[float]:
    """Centres of boxes of ``widths`` laid end to end, the row centred in ``total``."""
    x, out = (total - sum(widths)) / 2, []
    for w in widths:
        out.append(x + w / 2)
        x += w
    return out


def _positions(links: WordLinks, font_size: int, max_width: int) -> tuple[dict, bool]:
    """Word anchor points of both sides and whether the layout is horizontal."""
    sw, tw = _widths(links.source, font_size), _widths(links.target, font_size)
    width = max(sum(sw), sum(tw), 1.0)
    if width <= max_width:
        return {"src": [(x, 1.0) for x in _centres(sw, width)], "tgt": [(x, 0.0) for x in _centres(tw, width)],
                "width": width}, True
    n = max(len(links.source), len(links.target), 1)
    def column(k: int, x: float):
        step = (n - 1) / max(k - 1, 1)                   # both sides span the same height
        return [(x, -i * step) for i in range(k)]
    return {"src": column(len(links.source), 0.0), "tgt": column(len(links.target), 1.0), "rows": n,
            "label": max(_widths(links.source + links.target, font_size) or [0.0])}, False


def _link_shapes(links: WordLinks, pos: dict) -> tuple[list[dict], go.Scatter]:
    """One line per link (thicker and darker with its weight) and a hover point at each link's middle."""
    shapes, mx, my, hover, custom = [], [], [], [], []
    for i, j, w in links.links:
        (x0, y0), (x1, y1) = pos["src"][i], pos["tgt"][j]
        shapes.append(dict(type="line", x0=x0, y0=y0, x1=x1, y1=y1, layer="below",
                           line=dict(color=f"rgba({LINK_COLOUR}, {0.25 + 0.75 * w:.3f})", width=1 + 3 * w)))
        mx.append((x0 + x1) / 2)
        my.append((y0 + y1) / 2)
        hover.append(f"{esc(links.source[i])} → {esc(links.target[j])}: {w:.0%} of the target word's row")
        custom.append([i, j, round(w, 4)])
    points = go.Scatter(x=mx, y=my, mode="markers", marker=dict(size=10, color="rgba(0,0,0,0.01)"),
                        hovertext=hover, hoverinfo="text", customdata=custom, name="links", showlegend=False)
    return shapes, points


def _words(words: Sequence[str], points: Sequence[tuple], where: str, side: str, font_size: int) -> go.Scatter:
    return go.Scatter(x=[p[0] for p in points], y=[p[1] for p in points], mode="markers+text",
                      text=[esc(w) for w in words], textposition=where, cliponaxis=False, name=side,
                      textfont=dict(size=font_size), marker=dict(size=5, color=f"rgb({LINK_COLOUR})"),
                      hovertext=[f"{side} word {k + 1}: {esc(w)}" for k, w in enumerate(words)], hoverinfo="text",
                      showlegend=False)


def links_figure(links: WordLinks, title: str = "", font_size: int = 12, max_width: int = 880) -> go.Figure:
    """Source words above target words (or left of them when the pair is wider than ``max_width`` px),
    joined by ``links``; hover a link's middle for its weight."""
    pos, horizontal = _positions(links, font_size, max_width)
    shapes, points = _link_shapes(links, pos)
    if horizontal:
        words = [_words(links.source, pos["src"], "top center", "source", font_size),
                 _words(links.target, pos["tgt"], "bottom center", "target", font_size)]
        width, height = int(pos["width"]) + 40, 150 + 2 * font_size + (50 if title else 0)
        x_range, y_range = [0, pos["width"]], [-0.25, 1.25]
        margin = dict(l=20, r=20, t=(70 if title else 30) + font_size, b=20 + font_size)
    else:
        words = [_words(links.source, pos["src"], "middle left", "source", font_size),
                 _words(links.target, pos["tgt"], "middle right", "target", font_size)]
        side = int(pos["label"]) + 20
        width, height = 2 * side + 260, int(pos["rows"] * 2.1 * font_size) + 90 + (40 if title else 0)
        x_range, y_range = [-0.02, 1.02], [-(pos["rows"] - 1) - 0.6, 0.6]
        margin = dict(l=side, r=side, t=70 if title else 30, b=20)
    fig = go.Figure([points, *words])
    fig.update_layout(shapes=shapes, width=width, height=height, margin=margin, font=dict(size=font_size),
                      title=dict(text=esc(title)) if title else None, plot_bgcolor="rgba(0,0,0,0)", hovermode="closest",
                      meta={"layout": "horizontal" if horizontal else "vertical", "pharaoh": links.pharaoh()})
    fig.update_xaxes(visible=False, range=x_range, fixedrange=True)
    fig.update_yaxes(visible=False, range=y_range, fixedrange=True)
    return fig


def links_json(links: WordLinks, **extra) -> str:
    """The links as JSON: both word lists, 0-based links with weights, and the Pharaoh ``i-j`` string."""
    return json.dumps({"source_words": links.source, "target_words": links.target, **extra,
                       "rule": "argmax per target word" if links.threshold is None
                       else f"share of the target word's row >= {links.threshold:g}",
                       "links": [{"source": i, "target": j, "weight": round(w, 5)} for i, j, w in links.links],
                       "pharaoh": links.pharaoh()}, ensure_ascii=False, indent=1)
