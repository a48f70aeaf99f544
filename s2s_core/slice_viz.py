"""Table and bar chart of sliced evaluation results (:mod:`s2s_core.slices`); never touches a model."""
from __future__ import annotations

from typing import Sequence

import pandas as pd
import plotly.graph_objects as go

from .slices import Slice
from .viz import esc

METRIC_COLOURS = {"BLEU": "#1f77b4", "chrF": "#ff7f0e"}


def slices_frame(slices: Sequence[Slice]) -> pd.DataFrame:
    """One row per slice: name, group, sentence count, share of the corpus (%), BLEU, chrF."""
    total = next((s.count for s in slices if s.group == "all"), 0)
    return pd.DataFrame({"slice": [s.name for s in slices], "group": [s.group for s in slices],
                         "sentences": [s.count for s in slices],
                         "share %": [round(100 * s.count / total, 1) if total else None for s in slices],
                         "BLEU": [None if s.bleu is None else round(s.bleu, 2) for s in slices],
                         "chrF": [None if s.chrf is None else round(s.chrf, 2) for s in slices]})


def slice_chart(slices: Sequence[Slice], font_size: int = 12) -> go.Figure:
    """Grouped bars, BLEU and chrF per slice (empty slices have no bar); the x labels carry the counts,
    a dotted line marks each metric on the whole corpus. ``customdata`` holds each bar's slice index
    in ``slices`` so a click can open that slice's sentences."""
    shown = [(k, s) for k, s in enumerate(slices) if s.count]
    labels = [f"{esc(s.name)}<br>n={s.count}" for _, s in shown]
    fig = go.Figure()
    for metric, attr in (("BLEU", "bleu"), ("chrF", "chrf")):
        fig.add_trace(go.Bar(x=labels, y=[getattr(s, attr) for _, s in shown], name=metric,
                             marker_color=METRIC_COLOURS[metric], customdata=[k for k, _ in shown],
                             hovertemplate=f"%{{x}}<br>{metric} %{{y:.2f}}<extra></extra>"))
        whole = next((getattr(s, attr) for s in slices if s.group == "all" and s.count), None)
        if whole is not None:
            fig.add_hline(y=whole, line=dict(color=METRIC_COLOURS[metric], dash="dot", width=1),
                          annotation_text=f"{metric} all {whole:.1f}", annotation_position="top left")
    fig.update_layout(barmode="group", font=dict(size=font_size), yaxis=dict(title="score", rangemode="tozero"),
                      margin=dict(l=10, r=10, t=30, b=10), legend=dict(orientation="h", y=1.08),
                      height=380)
    return fig
