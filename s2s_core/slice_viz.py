"""Table and bar chart of sliced evaluation results (:mod:`s2s_core.slices`); never touches a model."""
from __future__ import annotations

from typing import Sequence

import pandas as pd
import plotly.graph_objects as go

from . import trust
from .slices import Slice
from .viz import MODEBAR_BAND, esc

METRIC_COLOURS = {"BLEU": "#1f77b4", "chrF": "#ff7f0e"}


def display_name(s: Slice) -> str:
    """A slice as the app names it: trust-flag slices in the words of the warnings ("warning: unsure word")."""
    if s.group != "flag":
        return s.name
    if s.name == "no flags":
        return "no warnings"
    code = s.name.removeprefix("flag: ")
    return "warning: " + next((f.label for f in trust.by_code([code])), code.replace("_", " "))


def slices_frame(slices: Sequence[Slice]) -> pd.DataFrame:
    """One row per slice: name, group, sentence count, share of the corpus (%), BLEU, chrF."""
    total = next((s.count for s in slices if s.group == "all"), 0)
    return pd.DataFrame({"slice": [display_name(s) for s in slices], "group": [s.group for s in slices],
                         "sentences": [s.count for s in slices],
                         "share %": [round(100 * s.count / total, 1) if total else None for s in slices],
                         "BLEU": [None if s.bleu is None else round(s.bleu, 2) for s in slices],
                         "chrF": [None if s.chrf is None else round(s.chrf, 2) for s in slices]})


def slice_chart(slices: Sequence[Slice], font_size: int = 12) -> go.Figure:
    """Horizontal grouped bars, BLEU and chrF per slice (empty slices have no bar), top to bottom in the
    table's order, so that long slice names read level; the labels carry the counts, a dotted line marks each
    metric on the whole corpus (its value in the legend). ``customdata`` holds each bar's slice index in
    ``slices`` so a click can open that slice's sentences. The legend sits in the top margin, under the band
    of plotly's toolbar (on a phone, where the toolbar stays shown, it covered "chrF (all: …)")."""
    shown = [(k, s) for k, s in enumerate(slices) if s.count]
    labels = [f"{esc(display_name(s))} (n={s.count})" for _, s in shown]
    fig = go.Figure()
    for metric, attr in (("BLEU", "bleu"), ("chrF", "chrf")):
        whole = next((getattr(s, attr) for s in slices if s.group == "all" and s.count), None)
        fig.add_trace(go.Bar(y=labels, x=[getattr(s, attr) for _, s in shown], orientation="h",
                             name=metric if whole is None else f"{metric} (all: {whole:.1f})",
                             marker_color=METRIC_COLOURS[metric], customdata=[k for k, _ in shown],
                             hovertemplate=f"%{{y}}<br>{metric} %{{x:.2f}}<extra></extra>"))
        if whole is not None:
            fig.add_vline(x=whole, line=dict(color=METRIC_COLOURS[metric], dash="dot", width=1))
    fig.update_layout(barmode="group", font=dict(size=font_size), bargap=0.25,
                      xaxis=dict(title="score", range=[0, 102]), yaxis=dict(autorange="reversed", automargin=True),
                      margin=dict(l=10, r=10, t=30 + MODEBAR_BAND, b=10),     # the legend below plotly's toolbar
                      legend=dict(orientation="h", y=1.02, yanchor="bottom"),
                      height=max(260, 60 + 34 * len(shown)) + MODEBAR_BAND)
    return fig
