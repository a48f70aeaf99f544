"""Training-run figures: what a reader of the axes sees."""
from __future__ import annotations

from s2s_core import run_viz


def test_a_log_scale_labels_its_ticks_as_numbers():
    """Plotly's own log ticks read "9 8 7 6" for 0.9 … 0.6: a loss of 0.6 looked like 6."""
    train = [{"step": s, "loss": v} for s, v in zip(range(10, 110, 10), [4, 3, 2.5, 2, 1.5, 1.2, 1, 0.8, 0.7, 0.6])]
    metrics = {"train": train, "valid": [], "events": []}
    fig = run_viz.compare_figure({"a": metrics, "b": metrics}, "loss", log_y=True)
    y = fig.layout.yaxis
    assert y.type == "log" and y.tickmode == "array"
    assert list(y.ticktext) == [f"{v:.3g}" for v in y.tickvals] and "0.7" in y.ticktext and "4" in y.ticktext
    assert min(y.tickvals) >= 0.6 / 2.5 and max(y.tickvals) <= 4 * 2.5
    assert run_viz.compare_figure({"a": metrics}, "loss").layout.yaxis.tickmode is None      # linear: plotly's
