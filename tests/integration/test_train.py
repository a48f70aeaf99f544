"""s2s_core.train: exact resume, SIGTERM, DDP under torchrun, NaN handling, scheduled sampling, limits.

All runs use tiny models for a handful of steps; the slowest here are the subprocess ones
(SIGTERM ≈ 10-15 s, DDP ≈ 20-30 s on 2 cores, most of it process start-up).
"""
from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch

import s2s_core.train as train_mod
from s2s_core import Translator, checkpoint
from s2s_core.cli import main
from s2s_core.config import ModelConfig, TrainConfig
from s2s_core.toy import write_task
from s2s_core.train import TrainingError, lr_at, sequence_loss, train

ROOT = Path(__file__).resolve().parents[2]

TINY = {
    "transformer": dict(arch="transformer", d_model=32, n_heads=2, enc_layers=1, dec_layers=1, ffn_dim=64),
    "gru": dict(arch="gru", attention="bahdanau", d_model=32, emb_dim=16, enc_layers=1, dec_layers=1),
}


@pytest.fixture(scope="module")
def small_data(tmp_path_factory) -> dict:
    """A few hundred reverse-task pairs: an epoch is only a few batches, so runs cross epochs."""
    d = tmp_path_factory.mktemp("small")
    return {"train": write_task(d / "train.tsv", n=300, seed=5), "valid": write_task(d / "valid.tsv", n=20, seed=6)}


def config(data, out, **kw) -> TrainConfig:
    base = dict(train=str(data["train"]), valid=str(data["valid"]), out=str(out), vocab_size=40, batch_tokens=600,
                lr=3e-3, warmup=5, max_steps=10, valid_every=1000, checkpoint_every=1000, log_every=1,
                valid_max_sents=10, threads=1)
    base.update(kw)
    return TrainConfig(**base)


def model_config(arch="transformer", **kw) -> ModelConfig:
    return ModelConfig(**{**TINY[arch], "dropout": 0.0, **kw})


def records(out: Path) -> list[dict]:
    path = Path(out) / "metrics.jsonl"
    if not path.exists():
        return []
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def train_losses(out) -> dict[int, float]:
    return {r["step"]: r["loss"] for r in records(out) if r.get("kind") == "train"}


def events(out, name=None) -> list[dict]:
    return [r for r in records(out) if "event" in r and (name is None or r["event"] == name)]


def all_finite(path) -> bool:
    ck = checkpoint.load(path)
    return all(bool(torch.isfinite(v).all()) for v in ck["model"].values() if v.is_floating_point())


# ---------------------------------------------------------------- resume


# ≈ 5-10 s each: three short in-process runs of a tiny model
@pytest.mark.parametrize("arch, extra", [("transformer", {}), ("gru", {"sampling_max": 0.5, "sampling_steps": 8}),
                                         ("transformer", {"subword_sampling": 0.1, "tokenizer_type": "unigram"}),
                                         ("transformer", {"length_curriculum": 4})])
def test_resume_is_exact(small_data, tmp_path, arch, extra):
    N = 6
    mcfg = model_config(arch, dropout=0.3)                   # dropout > 0: the RNG state must be restored
    straight, split = tmp_path / "straight", tmp_path / "split"
    train(config(small_data, straight, max_steps=2 * N, valid_every=4, **extra), mcfg, device="cpu")
    train(config(small_data, split, max_steps=N, valid_every=4, **extra), mcfg, device="cpu")
    assert checkpoint.load(split / "last.pt")["train_state"]["step"] == N
    train(config(small_data, split, max_steps=2 * N, valid_every=4, resume=True, **extra), mcfg, device="cpu")

    a, b = train_losses(straight), train_losses(split)
    assert sorted(a) == sorted(b) == list(range(1, 2 * N + 1))
    assert b == a                      # bit for bit: same weights, optimiser state, batches and dropout masks
    # batches differ per epoch and the run crosses epochs: the epoch counter was restored too
    epochs_a = [r["epoch"] for r in records(straight) if r.get("kind") == "train"]
    epochs_b = [r["epoch"] for r in records(split) if r.get("kind") == "train"]
    assert epochs_a == epochs_b and epochs_a[-1] >= 1
    assert_same_weights(checkpoint.load(split / "last.pt")["model"], checkpoint.load(straight / "last.pt")["model"])
    assert [e["event"] for e in events(split)] == ["start", "completed", "start", "completed"]
    assert events(split, "start")[1]["step"] == N


def test_subword_sampling_draws_other_segmentations_of_the_same_text(small_data, tmp_path):
    """--subword-sampling feeds each pair in a new segmentation: other ids than the usual encoding for
    many pairs, the same text back when decoded, the same draw for the same batch (resume), others later."""
    trainer = train_mod.Trainer(config(small_data, tmp_path / "r", subword_sampling=0.1, tokenizer_type="unigram"),
                                model_config(), device="cpu")
    batch = trainer._epoch_batches(0)[0]
    plain = [trainer.examples[i] for i in batch]
    drawn = trainer._batch_examples(batch)
    assert drawn == trainer._batch_examples(batch)                  # seeded by run, epoch and position
    changed = sum(d != p for d, p in zip(drawn, plain))
    assert changed >= len(batch) // 2, f"only {changed} of {len(batch)} pairs segmented differently"
    dec = trainer.tokenizer.decode
    assert [(dec(s), dec(t)) for s, t in drawn] == [(dec(s), dec(t)) for s, t in plain]
    trainer.batch_pos = 1
    assert trainer._batch_examples(batch) != drawn                  # another position, another draw
    trainer.cfg.subword_sampling = 0.0
    assert trainer._batch_examples(batch) == plain


def test_length_curriculum_reorders_only_the_first_epoch_short_first(small_data, tmp_path):
    plain = train_mod.Trainer(config(small_data, tmp_path / "a"), model_config(), device="cpu")
    curric = train_mod.Trainer(config(small_data, tmp_path / "b", length_curriculum=6), model_config(), device="cpu")
    first, usual = curric._epoch_batches(0), plain._epoch_batches(0)
    assert first != usual and sorted(first) == sorted(usual)
    longest = lambda batch: max(max(map(len, curric.examples[i])) for i in batch)
    assert longest(first[0]) <= min(map(longest, usual[:6]))
    assert curric._epoch_batches(1) == plain._epoch_batches(1)


def assert_same_weights(got: dict, want: dict) -> None:
    assert list(got) == list(want)
    for k, v in want.items():
        assert torch.equal(got[k], v), k


def validations(out) -> list[tuple]:
    return [(r["step"], r["valid_bleu"], r["best"]) for r in records(out) if r.get("kind") == "valid"]


def test_resume_restores_early_stopping_state_exactly(small_data, tmp_path):
    """Patience 3, validation every 2 steps, nothing improves (lr 1e-12): a straight run stops at step 8.
    Split at step 4 (best score and one bad validation so far), the resumed run must stop at step 8 too —
    a lost bad-validation count would stop it at 10, a lost best score later still."""
    straight, split = tmp_path / "straight", tmp_path / "split"
    kw = dict(lr=1e-12, valid_every=2, patience=3, select_metric="bleu")
    assert train(config(small_data, straight, max_steps=50, **kw), model_config(), device="cpu") == "early_stopping"
    assert train(config(small_data, split, max_steps=4, **kw), model_config(), device="cpu") == "max_steps"
    state = checkpoint.load(split / "last.pt")["train_state"]
    assert state["bad_validations"] == 1 and state["best"] == validations(straight)[0][1]
    assert train(config(small_data, split, max_steps=50, resume=True, **kw), model_config(),
                 device="cpu") == "early_stopping"
    assert validations(split) == validations(straight)
    assert [b for _, _, b in validations(split)] == [True, False, False, False]
    end_a, end_b = (checkpoint.load(out / "last.pt")["train_state"] for out in (straight, split))
    assert end_b["step"] == end_a["step"] == 8
    assert (end_b["best"], end_b["bad_validations"]) == (end_a["best"], end_a["bad_validations"]) != (None, 0)


class StepClock:
    """``time`` for s2s_core.train: its clock moves 20 s per training step (max_minutes without waiting)."""

    def __init__(self):
        self.now = 1_700_000_000.0

    def time(self) -> float:
        return self.now


def test_max_minutes_stops_on_the_clock_and_resume_counts_the_time_already_used(small_data, tmp_path,
                                                                                  monkeypatch):
    clock = StepClock()
    monkeypatch.setattr(train_mod, "time", clock)
    real_step = train_mod.Trainer.train_step

    def step(self, batch):
        clock.now += 20.0
        return real_step(self, batch)
    monkeypatch.setattr(train_mod.Trainer, "train_step", step)
    out = tmp_path / "minutes"
    assert train(config(small_data, out, max_steps=50, max_minutes=1), model_config(), device="cpu") == "max_minutes"
    assert max(train_losses(out)) == 3                                  # 3 × 20 s = 1 minute
    assert events(out)[-1]["reason"] == "max_minutes" and events(out)[-1]["elapsed_s"] == pytest.approx(60)
    assert checkpoint.load(out / "last.pt")["train_state"]["elapsed"] == pytest.approx(60)
    assert train(config(small_data, out, max_steps=50, max_minutes=2, resume=True), model_config(),
                 device="cpu") == "max_minutes"
    assert max(train_losses(out)) == 6                                  # 60 s before + 3 × 20 s
    assert events(out)[-1]["elapsed_s"] == pytest.approx(120)


def test_resume_without_training_state_is_refused(small_data, tmp_path):
    out = tmp_path / "r"
    train(config(small_data, out, max_steps=2), model_config(), device="cpu")
    ck = checkpoint.load(out / "last.pt")
    checkpoint.save({k: v for k, v in ck.items() if k not in ("format", "version", "train_state")}, out / "last.pt")
    with pytest.raises(TrainingError, match="no training state"):
        train(config(small_data, out, max_steps=4, resume=True), model_config(), device="cpu")


def test_resume_when_nothing_to_resume_starts_fresh(small_data, tmp_path):
    out = tmp_path / "fresh"
    train(config(small_data, out, max_steps=3, resume=True), model_config(), device="cpu")
    assert sorted(train_losses(out)) == [1, 2, 3]


# ---------------------------------------------------------------- outputs, limits, selection


def test_outputs_and_checkpoints(small_data, tmp_path):
    out = tmp_path / "o"
    reason = train(config(small_data, out, max_steps=8, valid_every=4, checkpoint_every=2, keep_last=2,
                          probes=("a b c",)), model_config(), device="cpu")
    assert reason == "max_steps"
    assert {p.name for p in out.glob("step-*.pt")} == {"step-6.pt", "step-8.pt"}
    last = checkpoint.load(out / "last.pt")
    assert last["train_state"]["step"] == 8 and "optimizer" in last["train_state"]
    assert "train_state" not in checkpoint.load(out / "best.pt")
    assert "train_state" not in checkpoint.load(out / "step-6.pt")
    valid = [r for r in records(out) if r.get("kind") == "valid"]
    assert [r["step"] for r in valid] == [4, 8]
    for r in valid:
        assert {"valid_loss", "valid_ppl", "valid_bleu", "valid_chrf", "best"} <= set(r)
        assert math.isfinite(r["valid_loss"])
    train_recs = [r for r in records(out) if r.get("kind") == "train"]
    for r in train_recs:
        assert {"loss", "lr", "tokens_per_s", "padding_ratio", "sampling_prob"} <= set(r)
        assert 0 <= r["padding_ratio"] < 0.5
    assert [r["lr"] for r in train_recs][:3] == pytest.approx([lr_at(s, 3e-3, 5) for s in (1, 2, 3)])
    probes = [json.loads(l) for l in (out / "probes.jsonl").read_text().splitlines()]
    assert [p["step"] for p in probes] == [4, 8]
    assert probes[0]["source"] == "a b c" and len(probes[0]["attention"]) == len(probes[0]["tokens"])
    assert events(out)[-1]["event"] == "completed" and events(out)[-1]["reason"] == "max_steps"
    Translator.from_checkpoint(out / "best.pt").translate("a b")


def test_on_metrics_callback_sees_every_record(small_data, tmp_path):
    seen = []
    train(config(small_data, tmp_path / "cb", max_steps=3), model_config(), device="cpu", on_metrics=seen.append)
    assert [{k: v for k, v in r.items()} for r in seen] == records(tmp_path / "cb")


def test_max_epochs_limit(small_data, tmp_path):
    out = tmp_path / "ep"
    assert train(config(small_data, out, max_steps=0, max_epochs=1), model_config(), device="cpu") == "max_epochs"
    assert {r["epoch"] for r in records(out) if r.get("kind") == "train"} == {0}


def test_early_stopping(small_data, tmp_path):
    out = tmp_path / "es"
    reason = train(config(small_data, out, max_steps=50, lr=1e-12, valid_every=2, patience=2, select_metric="bleu"),
                   model_config(), device="cpu")
    assert reason == "early_stopping"
    valid = [r for r in records(out) if r.get("kind") == "valid"]
    assert [r["best"] for r in valid] == [True, False, False]
    assert events(out)[-1]["reason"] == "early_stopping"


def test_no_pairs_left_after_length_filter(small_data, tmp_path):
    with pytest.raises(TrainingError, match="no training pairs"):
        train(config(small_data, tmp_path / "x", max_len=1), model_config(), device="cpu")


# ---------------------------------------------------------------- scheduled sampling


def test_scheduled_sampling_rnn_records_sampling_prob(small_data, tmp_path):
    out = tmp_path / "ss"
    train(config(small_data, out, max_steps=12, sampling_max=0.5, sampling_steps=8), model_config("gru"),
          device="cpu")
    probs = {r["step"]: r["sampling_prob"] for r in records(out) if r.get("kind") == "train"}
    assert sorted(probs) == list(range(1, 13))
    for step, p in probs.items():
        assert p == pytest.approx(0.5 * min(1.0, step / 8))
    assert all(math.isfinite(r) for r in train_losses(out).values())


def test_scheduled_sampling_is_ignored_for_transformers(small_data, tmp_path):
    out = tmp_path / "ss_tf"
    train(config(small_data, out, max_steps=3, sampling_max=0.5, sampling_steps=2), model_config(), device="cpu")
    assert {r["sampling_prob"] for r in records(out) if r.get("kind") == "train"} == {0.0}


# ---------------------------------------------------------------- NaN / inf


def _nan_loss_on(calls: set | None, start: int = 10**9):
    """A sequence_loss that returns NaN on the given call numbers (or from ``start`` on)."""
    count = [0]

    def loss(*args, **kw):
        count[0] += 1
        value, n = sequence_loss(*args, **kw)
        if (calls and count[0] in calls) or count[0] >= start:
            return value * float("nan"), n
        return value, n
    return loss


def test_occasional_nan_steps_are_skipped(small_data, tmp_path, monkeypatch):
    monkeypatch.setattr(train_mod, "sequence_loss", _nan_loss_on({3, 4, 7}))
    out = tmp_path / "nan_some"
    assert train(config(small_data, out, max_steps=8), model_config(), device="cpu") == "max_steps"
    assert len(events(out, "skipped_step")) == 3
    losses = train_losses(out)
    assert sorted(losses) == list(range(1, 9)) and all(math.isfinite(v) for v in losses.values())
    assert all_finite(out / "last.pt") and all_finite(out / "best.pt")


def test_persistent_nan_raises_after_repeated_skips(small_data, tmp_path, monkeypatch):
    monkeypatch.setattr(train_mod, "MAX_BAD_STEPS", 4)
    monkeypatch.setattr(train_mod, "sequence_loss", _nan_loss_on(None, start=4))
    out = tmp_path / "nan_all"
    with pytest.raises(TrainingError, match="NaN"):
        train(config(small_data, out, max_steps=50), model_config(), device="cpu")
    assert len(events(out, "skipped_step")) == 4
    failed = events(out, "failed")
    assert len(failed) == 1 and "TrainingError" in failed[0]["reason"]
    last = checkpoint.load(out / "last.pt")
    assert last["train_state"]["step"] == 3
    assert all_finite(out / "last.pt")


def test_huge_learning_rate_fails_cleanly_without_nan_checkpoints(small_data, tmp_path, monkeypatch):
    monkeypatch.setattr(train_mod, "MAX_BAD_STEPS", 4)
    out = tmp_path / "huge_lr"
    with pytest.raises(TrainingError, match="NaN"):
        train(config(small_data, out, max_steps=50, lr=1e30, warmup=1, valid_every=1, checkpoint_every=1),
              model_config(), device="cpu")
    assert events(out, "skipped_step")
    for name in ("best.pt", "last.pt"):
        if (out / name).exists():
            assert all_finite(out / name)


def test_nan_weights_are_never_written(small_data, tmp_path, monkeypatch):
    """Once the weights themselves turn NaN, no checkpoint is overwritten with them."""
    monkeypatch.setattr(train_mod, "MAX_BAD_STEPS", 3)
    real_step = torch.optim.AdamW.step
    calls = [0]

    def poisoning_step(self, *a, **kw):
        out = real_step(self, *a, **kw)
        calls[0] += 1
        if calls[0] == 3:
            with torch.no_grad():
                for group in self.param_groups:
                    for p in group["params"]:
                        p.fill_(float("nan"))
        return out

    monkeypatch.setattr(torch.optim.AdamW, "step", poisoning_step)
    out = tmp_path / "poison"
    with pytest.raises(TrainingError, match="NaN/inf for 3 consecutive steps"):
        train(config(small_data, out, max_steps=50, valid_every=1, checkpoint_every=1), model_config(), device="cpu")
    assert all_finite(out / "last.pt") and all_finite(out / "best.pt")
    assert checkpoint.load(out / "last.pt")["train_state"]["step"] == 2
    assert any("not finite" in e.get("message", "") for e in events(out, "error"))


# ---------------------------------------------------------------- subprocesses: SIGTERM and DDP


def cli_env() -> dict:
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.pop("S2S_DEBUG", None)
    return env


def cli_train_args(data, out, **kw) -> list[str]:
    args = {"train": data["train"], "valid": data["valid"], "out": out, "arch": "transformer", "d-model": 32,
            "n-heads": 2, "layers": 1, "ffn-dim": 64, "dropout": 0.0, "vocab-size": 40, "batch-tokens": 600,
            "lr": 3e-3, "warmup": 5, "valid-every": 1000, "checkpoint-every": 1000, "log-every": 1,
            "valid-max-sents": 10, "threads": 1, "size": "tiny"}
    args.update(kw)
    return ["train"] + [x for k, v in args.items() for x in (f"--{k}", str(v))]


def run_torchrun(args: list, timeout: float) -> subprocess.CompletedProcess:
    """torchrun with 2 CPU workers; on timeout the whole process group (workers too) is killed."""
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2", *map(str, args)]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        pytest.fail(f"torchrun did not finish within {timeout} s (hung workers?)\n{err[-3000:]}")
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


# ≈ 10-15 s: process start-up dominates
def test_sigterm_saves_and_exits_cleanly(small_data, tmp_path):
    out = tmp_path / "sig"
    proc = subprocess.Popen([sys.executable, "-m", "s2s_core", *cli_train_args(small_data, out, **{"max-steps": 100000})],
                            cwd=ROOT, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 120
        while time.time() < deadline and len(train_losses(out)) < 3:
            if proc.poll() is not None:
                pytest.fail(f"training exited early: {proc.communicate()[1][-2000:]}")
            time.sleep(0.2)
        assert len(train_losses(out)) >= 3, "no training progress within 120 s"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err[-2000:]
    last = events(out)[-1]
    assert last["event"] == "stopped" and last["reason"] == "stopped"
    ck = checkpoint.load(out / "last.pt")
    assert ck["train_state"]["step"] == last["step"] == max(train_losses(out))
    assert (out / "best.pt").exists()
    # and it resumes from there
    stopped_at = last["step"]
    # the same CLI in this process (torch is loaded here already: a second start-up would cost ~5 s CPU)
    assert main(cli_train_args(small_data, out, **{"max-steps": stopped_at + 2}) + ["--resume"]) == 0
    assert max(train_losses(out)) == stopped_at + 2
    assert events(out)[-1]["event"] == "completed"


RECORD_RANKS = """
import json, os, sys
import torch
import s2s_core.train as T
real_finish, real_batches, seen = T.Trainer._finish, T.Trainer._epoch_batches, {}
def batches(self, epoch):                       # which examples this rank trains on, per epoch
    out = real_batches(self, epoch)
    seen[epoch] = sorted(i for b in out for i in b)
    return out
def finish(self, reason):                       # every rank's weights as it ends (only rank 0 saves last.pt)
    torch.save(self.model.state_dict(), os.path.join(self.cfg.out, f"rank{self.rank}.weights"))
    with open(os.path.join(self.cfg.out, f"rank{self.rank}.examples.json"), "w") as f:
        json.dump(seen, f)
    return real_finish(self, reason)
T.Trainer._epoch_batches, T.Trainer._finish = batches, finish
from s2s_core.cli import main
sys.exit(main(sys.argv[1:]))
"""


def rank_weights(out: Path, rank: int) -> dict:
    return torch.load(out / f"rank{rank}.weights", weights_only=True)


def assert_ranks_identical(out: Path) -> None:
    """Both workers end with the same weights as each other and as the saved last.pt."""
    w0, w1 = rank_weights(out, 0), rank_weights(out, 1)
    assert_same_weights(w1, w0)
    assert_same_weights(checkpoint.load(out / "last.pt")["model"], w0)


NAN_ON_RANK_1 = """
import os
import s2s_core.train as T
if os.environ.get("RANK") == "1":              # a bad batch on one worker only: its 3rd and 4th losses
    real, calls = T.sequence_loss, [0]
    def loss(*args, **kw):
        calls[0] += 1
        value, n = real(*args, **kw)
        return (value * float("nan") if calls[0] in (3, 4) else value), n
    T.sequence_loss = loss
"""


DDP_STEPS = 30


@pytest.fixture(scope="module")
def ddp_run(small_data, tmp_path_factory) -> Path:
    """One 2-worker torchrun (30 steps, logged every 5) that records each rank's weights and examples
    (``RECORD_RANKS``) and puts a NaN loss on rank 1 twice (``NAN_ON_RANK_1``): the tests below read it.
    (≈ 20-30 s on 2 cores; it was two runs, one per test, each mostly process start-up.)"""
    tmp = tmp_path_factory.mktemp("ddp")
    script, out = tmp / "record_ranks_nan_rank1.py", tmp / "ddp"
    script.write_text(NAN_ON_RANK_1 + RECORD_RANKS)
    kw = {"max-steps": DDP_STEPS, "log-every": 5, "lr": 2e-3, "warmup": 10, "dropout": 0.1}
    r = run_torchrun([script, *cli_train_args(small_data, out, **kw)], timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    return out


def test_ddp_ranks_train_on_their_own_batches_and_end_with_identical_weights(ddp_run):
    """Under torchrun each worker trains on its own share of the batches, with its own dropout masks and
    its own initial seed; DDP (initial broadcast + gradient all-reduce) must still leave every rank with the
    same weights. Without the DDP wrap the ranks drift apart and this fails."""
    out, steps = ddp_run, DDP_STEPS
    start = events(out, "start")
    assert len(start) == 1 and start[0]["world_size"] == 2             # only rank 0 writes metrics
    losses = train_losses(out)
    assert sorted(losses) == list(range(5, steps + 1, 5))              # no duplicated records from rank 1
    assert losses[steps] < 0.8 * losses[5]                             # it learns
    assert events(out)[-1]["event"] == "completed"
    ck = checkpoint.load(out / "last.pt")
    assert ck["train_state"]["step"] == steps
    assert not any(k.startswith("module.") for k in ck["model"])        # plain weights, not DDP-wrapped
    assert_ranks_identical(out)
    mine = [json.loads((out / f"rank{r}.examples.json").read_text())["0"] for r in (0, 1)]
    assert mine[0] and mine[1] and not set(mine[0]) & set(mine[1])     # epoch 0: disjoint shares of the data
    assert Translator.from_checkpoint(out / "best.pt").translate("a b c").best is not None


def test_ddp_nan_on_one_rank_is_skipped_by_all(ddp_run):
    """A non-finite loss on one worker must make every worker skip that step together (a worker that
    went on to backward() alone would wait forever for the others' gradients: the run would time out)."""
    out = ddp_run
    assert [e["step"] for e in events(out, "skipped_step")] == [2, 2]      # after step 2, twice: not counted
    assert sorted(train_losses(out)) == list(range(5, DDP_STEPS + 1, 5))
    assert checkpoint.load(out / "last.pt")["train_state"]["step"] == DDP_STEPS
    assert events(out)[-1]["event"] == "completed"
    assert all_finite(out / "last.pt")
    assert_ranks_identical(out)                                           # both skipped: still in step


def start_torchrun(args: list) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2", *map(str, args)]
    return subprocess.Popen(cmd, cwd=ROOT, env=cli_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)


def stop_after(proc: subprocess.Popen, out: Path, steps: int) -> None:
    """SIGTERM to the process group (as ``runs stop`` does) once ``steps`` steps are logged."""
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and len(train_losses(out)) < steps:
            if proc.poll() is not None:
                pytest.fail(f"torchrun exited early: {proc.communicate()[1][-3000:]}")
            time.sleep(0.1)
        assert len(train_losses(out)) >= steps, f"fewer than {steps} steps within 240 s"
        os.killpg(proc.pid, signal.SIGTERM)
        proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()


# ≈ 30-45 s: three torchrun runs
def test_ddp_stop_and_resume_continue_exactly(small_data, tmp_path):
    """A 2-worker run stopped by SIGTERM mid-epoch and resumed equals one that never stopped, loss for loss
    and weight for weight: every rank's RNG, the data position and the optimiser state come back."""
    script, straight, split = tmp_path / "record_ranks.py", tmp_path / "straight", tmp_path / "split"
    script.write_text(RECORD_RANKS)
    kw = {"dropout": 0.3, "log-every": 1}
    proc = start_torchrun([script, *cli_train_args(small_data, split, **kw, **{"max-steps": 100000})])
    stop_after(proc, split, 3)
    last = events(split)[-1]
    assert last["event"] == "stopped", events(split)
    stopped = last["step"]
    state = checkpoint.load(split / "last.pt")["train_state"]
    assert state["step"] == stopped and len(state["rng"]) == 2                  # one RNG state per rank
    end = stopped + 4
    for out, extra in ((split, ["--resume"]), (straight, [])):
        r = run_torchrun([script, *cli_train_args(small_data, out, **kw, **{"max-steps": end}), *extra], timeout=180)
        assert r.returncode == 0, r.stderr[-3000:]
    assert [e["step"] for e in events(split, "start")] == [0, stopped]
    a, b = train_losses(straight), train_losses(split)
    assert sorted(a) == sorted(b) == list(range(1, end + 1))
    assert b == a                                                               # bit for bit
    assert_same_weights(checkpoint.load(split / "last.pt")["model"], checkpoint.load(straight / "last.pt")["model"])
    assert_ranks_identical(split)


# ---------------------------------------------------------------- precision and warm starts

def bf16_matmul_works_on_cpu() -> bool:
    try:
        with torch.autocast("cpu", dtype=torch.bfloat16):
            return (torch.ones(2, 2) @ torch.ones(2, 2)).dtype == torch.bfloat16
    except RuntimeError:
        return False


@pytest.mark.parametrize("prec", ["fp32", "bf16"])
def test_training_steps_learn_in_each_precision(small_data, tmp_path, prec):
    """Both precisions train on CPU: the loss falls, the weights stay float32 and finite, and the run
    records which precision it used. bf16 runs on any CPU (emulated without native support: slower)."""
    if prec == "bf16" and not bf16_matmul_works_on_cpu():
        pytest.skip("this torch build cannot run bf16 matmuls under CPU autocast")
    out = tmp_path / prec
    train(config(small_data, out, max_steps=30, precision=prec, lr=5e-3), model_config(), device="cpu")
    losses = train_losses(out)
    assert losses[30] < 0.8 * losses[1]
    assert events(out, "start")[0]["precision"] == prec
    ck = checkpoint.load(out / "last.pt")
    assert all(v.dtype == torch.float32 for v in ck["model"].values() if v.is_floating_point())
    assert all_finite(out / "last.pt")


@pytest.mark.parametrize("flags, d_model, expected", [({"avx2"}, 256, "fp32"),            # no native bf16
                                                     ({"avx512_bf16"}, 32, "fp32"),      # too narrow to gain
                                                     ({"avx512_bf16"}, 256, "bf16")])
def test_auto_precision_is_bf16_only_on_native_hardware_for_wide_models(small_data, tmp_path, monkeypatch,
                                                                        flags, d_model, expected):
    from s2s_core import precision
    monkeypatch.setattr(precision, "cpu_flags", lambda: frozenset(flags))
    monkeypatch.setattr(torch.backends.mkldnn, "is_available", lambda: True)
    out = tmp_path / "auto"
    train(config(small_data, out, max_steps=1, precision="auto"), model_config(d_model=d_model, n_heads=4),
          device="cpu")
    assert events(out, "start")[0]["precision"] == expected


def test_init_from_warm_starts_weights_tokenizer_and_architecture(small_data, tmp_path):
    """--init-from: the new run starts from the checkpoint's weights (its first loss is the old run's last,
    not a fresh model's), keeps its tokenizer and architecture whatever the flags say, at step 0."""
    first, second = tmp_path / "first", tmp_path / "second"
    train(config(small_data, first, max_steps=40, lr=5e-3), model_config(), device="cpu")
    train(config(small_data, second, max_steps=2, lr=1e-4, init_from=str(first / "last.pt")),
          model_config(d_model=64, n_heads=4), device="cpu")
    old, new = checkpoint.load(first / "last.pt"), checkpoint.load(second / "last.pt")
    assert new["model_config"]["d_model"] == 32
    assert bytes(new["tokenizer"].numpy()) == bytes(old["tokenizer"].numpy())
    assert train_losses(second)[1] < 0.7 * train_losses(first)[1]
    assert new["train_state"]["step"] == 2
    # the same command again with --resume continues that run (its architecture, not the flags')
    train(config(small_data, second, max_steps=4, lr=1e-4, init_from=str(first / "last.pt"), resume=True),
          model_config(d_model=64, n_heads=4), device="cpu")
    resumed = checkpoint.load(second / "last.pt")
    assert resumed["model_config"]["d_model"] == 32 and resumed["train_state"]["step"] == 4
    assert sorted(train_losses(second)) == [1, 2, 3, 4]


def test_init_from_can_grow_a_transformer_deeper(small_data, tmp_path):
    """--grow-enc-layers / --grow-dec-layers: the grown run starts with exactly the checkpoint's loss (its new
    layers start as the identity), trains them, and resumes as the grown architecture."""
    first, plain, deep = tmp_path / "first", tmp_path / "plain", tmp_path / "deep"
    train(config(small_data, first, max_steps=20, lr=5e-3), model_config(), device="cpu")
    warm = dict(max_steps=3, lr=1e-3, init_from=str(first / "last.pt"))
    train(config(small_data, plain, **warm), model_config(), device="cpu")
    train(config(small_data, deep, grow_enc_layers=3, grow_dec_layers=2, **warm), model_config(), device="cpu")
    old, new = checkpoint.load(first / "last.pt"), checkpoint.load(deep / "last.pt")
    assert (old["model_config"]["enc_layers"], old["model_config"]["dec_layers"]) == (1, 1)
    assert (new["model_config"]["enc_layers"], new["model_config"]["dec_layers"]) == (3, 2)
    assert train_losses(deep)[1] == pytest.approx(train_losses(plain)[1], abs=1e-4)
    assert new["model"]["dec_layers.1.ffn.down.weight"].abs().sum() > 0          # the new layer learnt
    train(config(small_data, deep, resume=True, **{**warm, "max_steps": 4}), model_config(), device="cpu")
    assert checkpoint.load(deep / "last.pt")["model_config"]["dec_layers"] == 2
    with pytest.raises(ValueError, match="init-from"):
        config(small_data, deep, grow_dec_layers=2).validate()


def test_a_new_run_into_a_folder_that_holds_one_is_refused_and_the_old_run_kept(small_data, tmp_path):
    out = tmp_path / "kept"
    train(config(small_data, out, max_steps=3), model_config(), device="cpu")
    before = (out / "last.pt").read_bytes()
    with pytest.raises(TrainingError, match="already holds a run"):
        train(config(small_data, out, max_steps=2), model_config(), device="cpu")
    assert (out / "last.pt").read_bytes() == before and sorted(train_losses(out)) == [1, 2, 3]


def test_the_steps_after_the_last_log_are_logged_at_the_end(small_data, tmp_path):
    out = tmp_path / "short"
    train(config(small_data, out, max_steps=7, log_every=5), model_config(), device="cpu")
    assert sorted(train_losses(out)) == [5, 7]                 # a 40-step run at log_every 50 had logged none
