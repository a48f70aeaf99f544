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


def test_axes_are_titled_and_formatted_alike_everywhere():
    """The RAM and padding axes had no title, padding read 0.09 on Compare and 9 % on the run's own chart, the
    learning rate "500µ" then "0.0005", and one validation point made a step axis of 299 … 301."""
    train = [{"step": s, "loss": 3.0, "lr": 5e-4, "padding_ratio": 0.09, "tokens_per_s": 900.0, "cpu_percent": 95.0,
              "ram_mb": 300.0} for s in (100, 200, 300)]
    m = {"train": train, "valid": [{"step": 300, "valid_bleu": 12.0}], "events": []}
    assert run_viz.system_figure(m).layout.yaxis2.title.text == "RAM MB"
    tput = run_viz.throughput_figure(m).layout
    assert tput.yaxis2.title.text == "padding ratio" and tput.yaxis2.tickformat == ".0%"
    assert run_viz.compare_figure({"a": m}, "padding_ratio").layout.yaxis.tickformat == ".0%"
    assert run_viz.lr_figure(m).layout.yaxis.tickformat == ".2~e"
    assert run_viz.scores_figure(m).layout.xaxis.rangemode == "tozero"


def test_one_logged_value_sits_inside_an_axis_from_zero():
    """One logged step of an 80-step run: the lr axis ran −0.5 … 1 with 8.9e-4 on its "0e+0" tick, and the
    throughput axis read "46.2605k"."""
    m = {"train": [{"step": 80, "lr": 8.9e-4, "tokens_per_s": 46260.5, "padding_ratio": 0.1}], "valid": [], "events": []}
    assert list(run_viz.lr_figure(m).layout.yaxis.range) == [0, 2 * 8.9e-4]
    tput = run_viz.throughput_figure(m).layout
    assert list(tput.yaxis.range) == [0, 2 * 46260.5] and tput.yaxis.tickformat == ",.0f"
    assert list(tput.yaxis2.range) == [0, 0.2]
    two = {"train": [{"step": 50, "lr": 1e-3}, {"step": 80, "lr": 8.9e-4}], "valid": [], "events": []}
    assert run_viz.lr_figure(two).layout.yaxis.range is None                        # several values: plotly's
    same = {"train": [], "valid": [{"step": 500, "valid_bleu": 100.00000000000004, "valid_chrf": 100.0}], "events": []}
    assert list(run_viz.scores_figure(same).layout.yaxis.range) == [0, 105]    # one value (float noise), not 0 … 200
    low = {"train": [], "valid": [{"step": 500, "valid_bleu": 3.0, "valid_chrf": 3.0}], "events": []}
    assert list(run_viz.scores_figure(low).layout.yaxis.range) == [0, 6.0]                  # low scores: as before


def test_a_live_run_s_empty_chart_says_when_its_data_comes_and_an_ended_one_that_none_will():
    empty = {"train": [], "valid": [], "events": []}
    fig = run_viz.awaiting(run_viz.scores_figure(empty), "no data yet: first validation at step 500")
    assert [a.text for a in fig.layout.annotations] == ["no data yet: first validation at step 500"]
    assert [a.text for a in run_viz.settled(run_viz.scores_figure(empty)).layout.annotations] == [
        "no data: this run logged none"]
    drawn = run_viz.awaiting(run_viz.lr_figure({"train": [{"step": 10, "lr": 1e-3}], "valid": []}), "x")
    assert not drawn.layout.annotations                                  # a chart with data gets no note


def test_ui30c_the_learning_rate_axis_reads_zero_and_round_small_values():
    """qa30 (browser): the learning-rate axis read "0e+0", "5e−4", "1e−3", "1.5e−3" (plotly's ".2~e"); it now reads
    "0", "2e-4" … "1e-3" from 0, on the run's chart and on Compare; a decay from 1e-3 to 8.9e-4 starts at 0 too."""
    m = {"train": [{"step": s, "lr": 1e-3} for s in (10, 100, 300)], "valid": [], "events": []}
    y = run_viz.lr_figure(m).layout.yaxis
    assert list(y.ticktext) == ["0", "5e-4", "1e-3", "1.5e-3", "2e-3"] and y.tickvals[0] == 0
    decay = {"train": [{"step": 50, "lr": 1e-3}, {"step": 80, "lr": 8.9e-4}], "valid": [], "events": []}
    y = run_viz.lr_figure(decay).layout.yaxis
    assert y.rangemode == "tozero" and list(y.ticktext) == ["0", "2e-4", "4e-4", "6e-4", "8e-4", "1e-3"]
    compared = run_viz.compare_figure({"a": decay, "b": m}, "lr").layout.yaxis
    assert "0e+0" not in compared.ticktext and compared.ticktext[0] == "0"
    assert run_viz.compare_figure({"a": decay}, "lr", log_y=True).layout.yaxis.type == "log"   # log: as before
    assert run_viz.lr_figure({"train": [], "valid": [], "events": []}).layout.annotations       # no data: its note
    warm = {"train": [{"step": 1, "lr": 0.0}, {"step": 9, "lr": 1.3e-3 / 1.1}], "valid": [], "events": []}
    assert list(run_viz.lr_figure(warm).layout.yaxis.ticktext)[-2:] == ["1e-3", "1.25e-3"]        # not "1.2e-3"
