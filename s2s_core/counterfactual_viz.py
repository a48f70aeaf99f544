"""Figures and tables for a counterfactual :class:`~s2s_core.counterfactual.Comparison` (never touches
a model): the two attention maps on aligned axes with one colour scale, their difference on a
diverging scale, the word diff as escaped HTML, and the per-word probability table."""
from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .counterfactual import Comparison, Opcode
from .viz import SPECIALS, attention_heatmap, esc

DIFF_COLOURSCALE = "RdBu_r"     # red: B looks here more than A; blue: less; white: no change


def attention_maps(cmp: Comparison, font_size: int = 12) -> tuple[go.Figure, go.Figure, go.Figure]:
    """(A, B, B − A) heatmaps on the aligned axes. A and B share the colour scale [0, cmp.zmax]; gaps
    (a word one side lacks) are blank. The difference runs from −dmax to dmax around white."""
    maps = []
    for side, attn, name in (("a", cmp.attention_a, "A"), ("b", cmp.attention_b, "B")):
        fig = attention_heatmap(attn, cmp.col_labels(side), cmp.row_labels(side),
                                title=f"{name}: {getattr(cmp, side).text}", font_size=font_size, zmax=cmp.zmax)
        fig.update_traces(hoverongaps=False)
        maps.append(fig)
    return maps[0], maps[1], difference_map(cmp, font_size)


def difference_map(cmp: Comparison, font_size: int = 12) -> go.Figure:
    fig = attention_heatmap(np.nan_to_num(cmp.difference), cmp.col_labels(), cmp.row_labels(), title="B − A",
                            font_size=font_size)
    fig.update_traces(z=cmp.difference, colorscale=DIFF_COLOURSCALE, zmin=-cmp.dmax, zmax=cmp.dmax, zmid=0,
                      hoverongaps=False, colorbar=dict(title=dict(text="B − A")),
                      hovertemplate="target <b>%{customdata[0]}</b><br>source <b>%{customdata[1]}</b>"
                                    "<br>attention change %{z:+.3f}<extra></extra>")
    return fig


def diff_html(opcodes: Sequence[Opcode], side: str, font_size: int = 18) -> str:
    """One side ("a" or "b") of a word diff as HTML: words only on this side are highlighted (red
    struck through on A, green on B); specials are left out. All text is escaped."""
    style = ("background:#fbd5d5;text-decoration:line-through;" if side == "a" else "background:#d3f4d3;")
    spans = []
    for op in opcodes:
        words = [w for w in (op.a_words if side == "a" else op.b_words) if w not in SPECIALS]
        for w in words:
            mark = f' class="s2s-diff-{op.op}" style="{style}padding:1px 3px;border-radius:4px;"' \
                if op.op != "equal" else ""
            spans.append(f"<span{mark}>{esc(w)}</span>")
    return f'<div class="s2s-diff" style="font-size:{font_size}px;line-height:1.9;">' + " ".join(spans) + "</div>"


def changes_frame(cmp: Comparison) -> pd.DataFrame:
    """One row per aligned target word: both words, the change, both probabilities and p(B) − p(A)."""
    def rnd(x):
        return None if x is None else round(x, 4)
    return pd.DataFrame({"A word": [c.word_a or "" for c in cmp.changes],
                         "B word": [c.word_b or "" for c in cmp.changes],
                         "change": [c.op for c in cmp.changes],
                         "p(A)": [rnd(c.p_a) for c in cmp.changes],
                         "p(B)": [rnd(c.p_b) for c in cmp.changes],
                         "Δp": [rnd(c.delta) for c in cmp.changes]})
