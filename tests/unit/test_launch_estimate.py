"""Launch estimates: a new run's time per step scaled from the most similar run measured on this machine."""
from __future__ import annotations

import pytest

from s2s_core.config import ModelConfig
from s2s_core.runs.estimate import Estimate, busy_runs, estimate, parameter_count, time_words


def run(name, params=1_000_000, batch_tokens=1000, steps_per_s=2.0, arch="transformer", host="me", device="cpu",
        world=1, state="completed", step=1000, **more):
    return {"name": name, "params": params, "batch_tokens": batch_tokens, "steps_per_s": steps_per_s,
            "arch": arch, "host": host, "device": device, "world_size": world, "state": state, "step": step, **more}


def test_parameter_count_matches_a_built_model_without_allocating_it():
    from s2s_core.models import build_model
    for cfg in (ModelConfig(vocab_size=300, d_model=32, n_heads=2, enc_layers=1, dec_layers=2, ffn_dim=64),
                ModelConfig(arch="gru", vocab_size=300, d_model=32, emb_dim=16, enc_layers=1, dec_layers=1)):
        assert parameter_count(cfg) == sum(p.numel() for p in build_model(cfg).parameters())


def test_time_per_step_scales_with_parameters_times_batch_tokens():
    est = estimate([run("ref")], params=2_000_000, batch_tokens=3000, arch="transformer", device="cpu", world=1,
                   host="me")
    assert est.reference == "ref"
    assert est.seconds_per_step == pytest.approx(0.5 * 2 * 3)
    assert est.seconds(1000) == pytest.approx(3000) and est.seconds(0) is None


def test_a_run_far_from_its_reference_gets_a_range_not_a_false_figure():
    """Measured here: 600 steps of a model 60 times less work per step than its reference were promised "1 s" and
    took 7 s; 7 times less, "30 s" for 44 s. Part of a step's cost is fixed: the time lies between the scaled
    one and the reference's own, and is said so."""
    kw = dict(arch="transformer", device="cpu", world=1, host="me")
    ref = run("ref", params=277_504, batch_tokens=2048, steps_per_s=13.6)
    tiny = estimate([ref], params=37_632, batch_tokens=256, **kw)
    assert tiny.span(600) == pytest.approx((600 * tiny.seconds_per_step, 600 / 13.6))
    assert tiny.seconds(600) < 1 and time_words(tiny, 600) == "under a minute"
    assert time_words(tiny, 60) == "a few seconds"
    smaller = estimate([run("ref", params=2_000_000, batch_tokens=2048, steps_per_s=2.3)], params=277_504,
                       batch_tokens=2048, **kw)
    assert time_words(smaller, 600) == "between 36 s and 4 min"
    bigger = estimate([ref], params=2_000_000, batch_tokens=4096, **kw)
    assert time_words(bigger, 10_000) == "up to about 2 h 55 min"         # 10,599 s (had been "2.9 h")
    alike = Estimate(3.6, "ref", 1, 1, 1000 / 3700, work_ratio=0.1)     # 3,600 to 3,700 s: both "1 h"
    assert time_words(alike, 1000) == "about 1 h"                       # not "between 1 h and 1 h"
    near = estimate([ref], params=277_504 * 2, batch_tokens=2048, **kw)
    assert near.span(600)[0] == near.span(600)[1] and time_words(near, 6000) == "about 15 min"


def test_the_reference_is_the_same_architecture_then_the_nearest_work_per_step():
    runs = [run("gru-same-size", arch="gru"), run("big", params=50_000_000), run("near", params=3_000_000)]
    assert estimate(runs, params=1_000_000, batch_tokens=1000, arch="transformer", device="cpu", world=1,
                    host="me").reference == "near"
    assert estimate(runs, params=1_000_000, batch_tokens=1000, arch="gru", device="cpu", world=1,
                    host="me").reference == "gru-same-size"


def test_no_estimate_from_another_machine_device_or_process_count():
    others = [run("elsewhere", host="other"), run("gpu", device="cuda:0"), run("ddp", world=2),
              run("unmeasured", steps_per_s=None)]
    assert estimate(others, params=1, batch_tokens=1, arch="transformer", device="cpu", world=1, host="me") is None
    assert estimate(others, params=1, batch_tokens=1, arch="transformer", device="cuda", world=1,
                    host="me").reference == "gpu"


def test_busy_runs_are_those_still_training_on_this_hosts_device():
    runs = [run("live", state="running"), run("preparing", state="queued"), run("done"),
            run("on-gpu", state="running", device="cuda:1"), run("away", state="running", host="other")]
    assert busy_runs(runs, device="cpu", host="me") == ["live", "preparing"]
    assert busy_runs(runs, device="cuda", host="me") == ["on-gpu"]


def test_the_speed_is_the_whole_runs_and_sizes_compare_as_asked_for():
    ref = dict(run("ref", params=500_000, steps_per_s=9.0), step=100, elapsed_s=50.0,    # 2 steps/s all in
               model_config=ModelConfig(vocab_size=8000, d_model=64, n_heads=2, enc_layers=1, dec_layers=1,
                                        ffn_dim=128).to_dict())
    asked = parameter_count(ModelConfig.from_dict(ref["model_config"]))
    assert asked > ref["params"]                            # its corpus gave it fewer pieces than asked
    est = estimate([ref], params=asked, batch_tokens=1000, arch="transformer", device="cpu", world=1, host="me")
    assert est.reference_params == asked and est.seconds_per_step == pytest.approx(0.5)


def test_runs_whose_speed_says_nothing_are_no_reference():
    """A run on a 2-pair corpus ran 90 steps/s on "2,048-token" batches of 20 tokens: it had estimated 16 s for
    a run that took minutes. Nor does a run of a few steps count; a run without a dev set is said to be one."""
    kw = dict(params=1_000_000, batch_tokens=1000, arch="transformer", device="cpu", world=1, host="me")
    empty = run("two-pairs", steps_per_s=90.0, tokens_per_s=90.0 * 20)
    few = run("few-steps", step=5)
    assert estimate([empty, few], **kw) is None
    full = run("full", tokens_per_s=2.0 * 900)
    est = estimate([empty, few, full], **kw)
    assert est.reference == "full" and not est.reference_validated
    assert estimate([run("validated", valid_loss=2.0)], **kw).reference_validated


def test_the_dialog_says_when_a_run_without_a_step_limit_ends():
    """It had said "until the dev score stops improving" for a run with patience 0, which never stops itself."""
    from s2s_core.config import TrainConfig
    from s2s_core.runs.spec import LaunchSpec
    from ui.training.confirm import _until
    spec = LaunchSpec("x", TrainConfig(train="t.tsv", valid="v.tsv", max_steps=0, patience=3), ModelConfig())
    assert "has not improved for 3 validations" in _until(spec)
    assert _until(LaunchSpec("x", TrainConfig(train="t.tsv", valid="v.tsv", max_steps=0, patience=0),
                             ModelConfig())).startswith("No step limit and no early stopping")
    assert "no early stopping" in _until(LaunchSpec("x", TrainConfig(train="t.tsv", patience=3), ModelConfig()))


def test_a_model_too_big_for_the_memory_is_said():
    from s2s_core.runs.estimate import memory_problem
    assert memory_problem(11_310_000_000, "cpu", total_mb=23 * 1024).startswith("This model needs about 169 GB")
    assert memory_problem(13_000_000, "cpu", total_mb=23 * 1024) is None
    assert "GPU memory" in memory_problem(6_000_000_000, "cuda:0", total_mb=80 * 1024)


def test_an_estimate_from_another_architecture_says_it_is_rough():
    """A 0.4 M-parameter GRU was estimated at 35 min from a Transformer run; it took 7.5."""
    from s2s_core.config import TrainConfig
    from s2s_core.runs.spec import LaunchSpec
    from ui.training.confirm import _time_line
    kw = dict(params=400_000, batch_tokens=1000, device="cpu", world=1, host="me")
    gru = LaunchSpec("x", TrainConfig(train="t.tsv", max_steps=3000), ModelConfig(arch="gru"))
    line = _time_line(gru, estimate([run("tf")], arch="gru", **kw), 400_000)
    assert "that run is a Transformer and this one a GRU: a rough guide" in line
    assert "rough guide" not in _time_line(gru, estimate([run("g", arch="gru")], arch="gru", **kw), 400_000)


def test_the_dialog_says_when_scheduled_sampling_cannot_finish_its_ramp():
    from s2s_core.config import TrainConfig
    from s2s_core.runs.spec import LaunchSpec
    from ui.training.confirm import sampling_note
    short = TrainConfig(train="t.tsv", max_steps=80, sampling_max=0.25, sampling_steps=5000)
    assert sampling_note(LaunchSpec("x", short, ModelConfig(arch="gru"))) == (
        "Scheduled sampling ramps up to 25% at step 5,000, after this run's last step: it ends at 0.4%.")
    assert sampling_note(LaunchSpec("x", short, ModelConfig(arch="transformer"))) is None   # (RNNs only)
    assert sampling_note(LaunchSpec("x", TrainConfig(train="t.tsv", max_steps=80, sampling_steps=5000),
                                    ModelConfig(arch="gru"))) is None                       # no sampling
