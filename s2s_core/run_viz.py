"""Plotly figures for training runs (the training page draws these; no Streamlit here).

Inputs are the records of ``s2s_core.runs.load_metrics`` / ``load_probes``. A probe's heatmap is the app's
(``viz.attention_heatmap``: labels escaped, margins that hold them).
"""
from __future__ import annotations

import math

from typing import Mapping, Optional, Sequence

import numpy as np
import plotly.graph_objects as go

from .pieces import piece_labels
from .viz import attention_heatmap

# What each metric is called and where it lives.
SERIES = {
    "loss": ("train", "loss", "training loss"),
    "valid_loss": ("valid", "valid_loss", "dev loss"),
    "lr": ("train", "lr", "learning rate"),
    "valid_bleu": ("valid", "valid_bleu", "dev BLEU"),
    "valid_chrf": ("valid", "valid_chrf", "dev chrF"),
    "tokens_per_s": ("train", "tokens_per_s", "target tokens / s"),
    "padding_ratio": ("train", "padding_ratio", "padding ratio"),
    "gpu_util": ("train", "gpu_util", "GPU utilisation %"),
    "gpu_mem_used_mb": ("train", "gpu_mem_used_mb", "GPU memory MB"),
    "cpu_percent": ("train", "cpu_percent", "CPU %"),
    "ram_mb": ("train", "ram_mb", "RAM MB"),
}
FORMATS = {"padding_ratio": ".0%", "lr": ".2~e", "ram_mb": ",.0f", "gpu_mem_used_mb": ",.0f",   # tick labels
           "tokens_per_s": ",.0f"}


def _layout(fig: go.Figure, title: str, ytitle: str = "", height: int = 300, log_y: bool = False,
            log_format: str = "") -> go.Figure:
    fig.update_layout(title=dict(text=title, font=dict(size=14)), height=height,
                      margin=dict(l=10, r=10, t=40, b=10), xaxis_title="step", yaxis_title=ytitle,
                      legend=dict(orientation="h", yref="container", y=0, yanchor="bottom", xanchor="left", x=0),
                      hovermode="x unified", uirevision=title)   # the legend at the figure's foot, the margin grown
                                                                 # for it (placed below the plot, it covered "step"
                                                                 # in a narrow chart); zoom survives live refreshes
    fig.update_xaxes(rangemode="tozero")     # steps from 0: one validation point is not an axis of 299 … 301
    if log_y:
        fig.update_yaxes(type="log", **_log_ticks(fig, log_format))
    else:
        _one_value_ranges(fig)
    if not fig.data:         # before the first logged step or validation: a note, not empty axes from -1 to 4
        fig.update_xaxes(visible=False)
        fig.update_yaxes(visible=False)
        fig.add_annotation(text=NO_DATA_YET, showarrow=False, xref="paper", yref="paper", x=0.5, y=0.5,
                           font=dict(size=14, color="#888"))
    return fig


def _one_value_ranges(fig: go.Figure) -> None:
    """An axis whose series hold one value (one logged step, a constant lr) runs from 0 to twice it: plotly's own
    range for it spans ±1 around the value, which put an lr of 9e-4 on the "0e+0" tick and labelled 46,260
    tokens/s "46.2605k". Values apart by float noise alone count as one (a BLEU of 100.00000000000004 beside a chrF
    of 100.0 had made an axis 1e-13 tall, its tick "100.0000000000000102")."""
    for axis, name in (("y", "yaxis"), ("y2", "yaxis2")):
        ys = [y for t in fig.data if (t.yaxis or "y") == axis for y in (t.y or ()) if y is not None]
        if ys and max(ys) - min(ys) <= 1e-9 * max(abs(y) for y in ys):
            v = max(ys)
            fig.update_layout({name: dict(range=[min(0, 2 * v), max(0, 2 * v)] if v else [-1, 1])})


def _log_ticks(fig: go.Figure, fmt: str = "") -> dict:
    """Ticks at 1, 2, 5 × powers of ten across the data (finer within a decade), labelled as numbers: plotly's own
    log ticks label the steps below a power of ten by their first digit alone ("9 8 7 6" for 0.9 … 0.6)."""
    ys = [y for t in fig.data for y in (t.y or ()) if y is not None and y > 0]
    if not ys:
        return {}
    lo, hi = min(ys), max(ys)
    steps = (1, 2, 5) if hi / lo > 15 else (1, 1.5, 2, 3, 4, 5, 7)        # within about a decade: finer
    vals = [m * 10.0 ** k for k in range(math.floor(math.log10(lo)) - 1, math.ceil(math.log10(hi)) + 1)
            for m in steps]
    vals = [v for v in vals if lo / 2.5 <= v <= hi * 2.5]
    return dict(tickmode="array", tickvals=vals, ticktext=[_tick_text(v, fmt) for v in vals])


def _tick_text(v: float, fmt: str) -> str:
    """A log axis's tick in the series' own format (a percentage, "5e-4"), else as a plain number."""
    if fmt == ".0%":
        return f"{v:.0%}" if v >= 0.01 else f"{v:.1%}"
    if fmt.endswith("e"):
        return f"{v:.0e}".replace("e-0", "e-").replace("e+0", "e")
    return f"{v:,.0f}" if v >= 1000 else f"{v:.3g}"


NO_DATA_YET = "no data yet"


def settled(fig: go.Figure) -> go.Figure:
    """An ended run's figure: an empty one says "no data" (not "yet": none will come)."""
    for a in fig.layout.annotations or ():
        if a.text == NO_DATA_YET:
            a.text = "no data: this run logged none"
    return fig


def awaiting(fig: go.Figure, text: str) -> go.Figure:
    """A live run's empty figure saying when its data comes ("no data yet: first validation at step 500")."""
    for a in fig.layout.annotations or ():
        if a.text == NO_DATA_YET:
            a.text = text
    return fig


MAX_POINTS = 1000


def _xy(records: Sequence[dict], key: str):
    """Steps and values (at most MAX_POINTS, evenly thinned, the last point always kept)."""
    pts = [(r["step"], r[key]) for r in records if r.get(key) is not None and r.get("step") is not None]
    if len(pts) > MAX_POINTS:
        stride = -(-len(pts) // MAX_POINTS)
        pts = pts[::-1][::stride][::-1]
    return [p[0] for p in pts], [p[1] for p in pts]


def curves(metrics: Mapping, keys: Sequence[str], title: str, ytitle: str = "", log_y: bool = False,
           secondary: Sequence[str] = (), names: Optional[Mapping[str, str]] = None) -> go.Figure:
    """Several series of one run on shared step axis; ``secondary`` keys go on a right-hand axis; ``names``: a
    legend name other than the series' own."""
    fig = go.Figure()
    for key in keys:
        kind, field, label = SERIES[key]
        label = (names or {}).get(key, label)
        x, y = _xy(metrics.get(kind, []), field)
        if not x:
            continue
        mode = "lines+markers" if kind == "valid" or len(x) == 1 else "lines"      # one point: a marker
        fig.add_trace(go.Scatter(x=x, y=y, name=label, mode=mode,
                                 yaxis="y2" if key in secondary else "y"))
    if secondary:
        fig.update_layout(yaxis2=dict(overlaying="y", side="right", showgrid=False, rangemode="tozero", tickmode="auto",
                                      tickformat=FORMATS.get(secondary[0], ""),
                                      title=" · ".join(SERIES[k][2] for k in secondary)))
    fig = _layout(fig, title, ytitle, log_y=log_y)
    primary = [k for k in keys if k not in secondary]
    if len(primary) == 1 and primary[0] in FORMATS and not log_y:
        fig.update_layout(yaxis_tickformat=FORMATS[primary[0]])          # "5e-4", not "500µ" then "0.0005"
    return fig


def loss_figure(m: Mapping) -> go.Figure:
    return curves(m, ["loss", "valid_loss"], "Loss", "cross-entropy / token",        # short titles: half of
                  names={"loss": "training (label-smoothed)", "valid_loss": "dev"})  # a 900-px window cut them


def lr_figure(m: Mapping) -> go.Figure:
    return small_ticks(curves(m, ["lr"], "Learning rate", "lr"))


def small_ticks(fig: go.Figure) -> go.Figure:
    """A learning-rate axis from 0, its ticks at a round step and labelled "0", "2e-4", "1e-3": plotly's ".2~e"
    wrote its zero "0e+0" (qa30), and a decay from 1e-3 to 8.9e-4 had an axis of 8.8e-4 … 1.01e-3."""
    ys = [y for t in fig.data for y in (t.y or ()) if y is not None]
    top = fig.layout.yaxis.range[1] if fig.layout.yaxis.range is not None else max(ys, default=0) * 1.1
    if top <= 0:
        return fig
    raw = top / 6
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw * (1 - 1e-9))
    vals = [i * step for i in range(int(top / step + 1e-9) + 1)]
    fig.update_yaxes(rangemode="tozero", tickmode="array", tickvals=vals, ticktext=[_small(v) for v in vals])
    return fig


def _small(v: float) -> str:
    """A small tick value as a reader writes it: "0", "5e-4", "1.25e-3" (not "0e+0", "2.0e-04")."""
    if v == 0:
        return "0"
    mantissa, exponent = f"{v:.2e}".split("e")                       # "1.25e-3": a 2.5e-4 step's fifth tick
    return f"{mantissa.rstrip('0').rstrip('.')}e{int(exponent)}"


SCORE_TOP = 105       # BLEU and chrF end at 100: a little air above it


def scores_figure(m: Mapping) -> go.Figure:
    """Dev BLEU and chrF; an axis of one value stops just above 100 (twice a perfect 100 had labelled it 200)."""
    fig = curves(m, ["valid_bleu", "valid_chrf"], "Dev BLEU and chrF (greedy)", "score")
    top = fig.layout.yaxis.range
    if top is not None and top[1] > SCORE_TOP:
        fig.update_yaxes(range=[top[0], SCORE_TOP])
    return fig


def throughput_figure(m: Mapping) -> go.Figure:
    return curves(m, ["tokens_per_s", "padding_ratio"], "Throughput and padding", "tokens / s",
                  secondary=["padding_ratio"])


def system_figure(m: Mapping) -> go.Figure:
    train = m.get("train", [])
    if any("gpu_util" in r for r in train):
        return curves(m, ["gpu_util", "gpu_mem_used_mb"], "GPU use and memory", "%",
                      secondary=["gpu_mem_used_mb"])
    return curves(m, ["cpu_percent", "ram_mb"], "CPU and RAM (trainer)", "CPU %",
                  secondary=["ram_mb"])


def compare_figure(runs: Mapping[str, Mapping], key: str, log_y: bool = False) -> go.Figure:
    """One metric of several runs overlaid."""
    kind, field, label = SERIES[key]
    fig = go.Figure()
    for name, m in runs.items():
        x, y = _xy(m.get(kind, []), field)
        if x:
            fig.add_trace(go.Scatter(x=x, y=y, name=name,
                                     mode="lines+markers" if kind == "valid" or len(x) == 1 else "lines"))
    fig.update_layout(showlegend=True)       # which run a line is, even when only one has data
    fig = _layout(fig, f"{label}: runs compared", label, height=360, log_y=log_y, log_format=FORMATS.get(key, ""))
    if key in FORMATS and not log_y:         # padding as a percentage, as on the run's own chart
        fig.update_layout(yaxis_tickformat=FORMATS[key])
    return small_ticks(fig) if key == "lr" and not log_y else fig


def attention_figure(probe: Mapping, title: Optional[str] = None) -> go.Figure:
    """Heatmap of one probe record: target pieces (rows) × source pieces (columns), labelled as read ("…ur",
    a byte piece as its character), laid out as the app's other heatmaps (``viz.attention_heatmap``)."""
    att = np.asarray(probe.get("attention") or [[0.0]], dtype=float)
    src = list(probe.get("source_tokens") or [])[: att.shape[1]]
    tgt = list(probe.get("tokens") or [])[: att.shape[0]]
    src += ["?"] * (att.shape[1] - len(src))
    tgt += ["?"] * (att.shape[0] - len(tgt))
    return attention_heatmap(att, piece_labels(src), piece_labels(tgt),
                             title=title or f"Attention at step {probe.get('step')}")
