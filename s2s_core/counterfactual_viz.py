"""Figures and tables for a counterfactual :class:`~s2s_core.counterfactual.Comparison` (never touches
a model): the two attention maps on aligned axes with one colour scale, their difference on a
diverging scale, the word diff as escaped HTML, and the per-word probability table."""
from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .counterfactual import Comparison, Opcode
from .viz import SPECIALS, attention_heatmap, esc, reader_label

DIFF_COLOURSCALE = "RdBu_r"     # red: B looks here more than A; blue: less; white: no change


def attention_maps(cmp: Comparison, font_size: int = 12, stretch: bool = False
                   ) -> tuple[go.Figure, go.Figure, go.Figure]:
    """(A, B, B − A) heatmaps on the aligned axes. A and B share one colour scale: the app's fixed 0–1, or
    [0, cmp.zmax] when ``stretch``; gaps (a word one side lacks) are blank. The difference runs from −dmax
    to dmax around white."""
    maps = []
    for side, attn, name in (("a", cmp.attention_a, "A"), ("b", cmp.attention_b, "B")):
        fig = attention_heatmap(attn, cmp.col_labels(side), cmp.row_labels(side),
                                title=name, font_size=font_size,       # its text is in the diff above
                                zmax=cmp.zmax if stretch else 1.0)
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
    style = ("background:#fbd5d5;text-decoration:line-through;" if side == "a" else "background:#d3f4d3;") + \
        "color:#111;"                                  # dark text on the light marks, in a dark theme too
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
    return pd.DataFrame({"A word": [reader_label(c.word_a or "") for c in cmp.changes],     # "(end)", not "</s>"
                         "B word": [reader_label(c.word_b or "") for c in cmp.changes],
                         "change": [c.op for c in cmp.changes],
                         "p(A)": [rnd(c.p_a) for c in cmp.changes],
                         "p(B)": [rnd(c.p_b) for c in cmp.changes],
                         "Δp": [rnd(c.delta) for c in cmp.changes]})


def probability_chart(cmp: Comparison, font_size: int = 12) -> go.Figure:
    """Horizontal bars, one per aligned target word (top to bottom as in the maps): p(B) − p(A), green
    where B's word is more likely, red where less; each bar's row says "p(A) → p(B)" on the right. A word only one
    side has gets no bar, only its label ("only in B: 42%")."""
    labels = [esc(reader_label(x)) for x in cmp.row_labels()]                # "(end)", as the maps read it
    deltas, texts, colours = [], [], []
    for c in cmp.changes:
        d = c.delta
        deltas.append(0.0 if d is None else d)
        colours.append("#2ca02c" if (d or 0) >= 0 else "#d62728")
        texts.append(f"only in A: {c.p_a:.0%}" if c.p_b is None else f"only in B: {c.p_b:.0%}" if c.p_a is None
                     else f"{c.p_a:.0%} → {c.p_b:.0%}")
    rows = list(range(len(labels)))
    fig = go.Figure(go.Bar(x=deltas, y=rows, orientation="h", marker_color=colours, customdata=list(zip(labels, texts)),
                           hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>Δp %{x:+.3f}<extra></extra>"))
    # "48% → 75%" as tick labels of a right-hand axis, not text beyond each bar: that text ran off the chart's right
    # edge (a long green bar) or over the words on the left (a long red one); an axis keeps its labels in its margin
    fig.add_trace(go.Bar(x=deltas, y=rows, orientation="h", yaxis="y2", marker_color="rgba(0,0,0,0)",
                         hoverinfo="skip", showlegend=False))
    span = max([abs(d) for d in deltas] + [0.05]) * 1.2
    fig.update_xaxes(range=[-span, span], zeroline=True, zerolinecolor="#888", title=dict(text="p(B) − p(A)"))
    fig.update_yaxes(tickmode="array", tickvals=rows, ticktext=labels, autorange="reversed", automargin=True)
    fig.update_layout(font=dict(size=font_size), height=max(220, int(font_size * 2.2) * len(rows) + 90),
                      margin=dict(l=10, r=10, t=30, b=10), showlegend=False, barmode="overlay",
                      yaxis2=dict(overlaying="y", side="right", tickmode="array", tickvals=rows, ticktext=texts,
                                  autorange="reversed", automargin=True, showgrid=False))
    return fig
