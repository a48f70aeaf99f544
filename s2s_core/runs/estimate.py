"""What a launch will cost before it starts: the model's size and, from runs this machine has already
trained, how long the steps asked for should take.

The time is scaled from the measured speed (steps over the run's training time, validations included) of the most
similar earlier run on the same host and kind of device: a step costs about (parameters × batch tokens), so a run
twice as big per step is taken to be half as fast; both sizes are counted as asked for (a small corpus gives a
smaller vocabulary than asked, alike for both). It is a rough guide (small models use a GPU poorly; an RNN and a
Transformer of one size differ), so the reference run is always named beside it. Part of a step's cost is fixed, so
a run far smaller or bigger than its reference gets a range, not one figure (``span``, ``time_words``), said as
``s2s_core.spoken_time`` says every duration.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Iterable, Mapping, Optional

from ..config import ModelConfig, TrainConfig
from ..spoken_time import FEW_SECONDS, spoken_time
from .folder import ACTIVE


@dataclass(frozen=True)
class Estimate:
    seconds_per_step: float
    reference: str                  # the run whose speed it is scaled from
    reference_params: int           # as asked for (see _planned_params)
    reference_batch_tokens: int
    reference_steps_per_s: float    # over the whole run, validations included
    reference_validated: bool = True   # its speed includes validations (it had a dev set)
    reference_arch: str = ""           # "transformer", "gru", "lstm": another than the new run's is a rougher guide
    work_ratio: float = 1.0            # the new run's work per step over the reference's

    def seconds(self, steps: int) -> Optional[float]:
        return steps * self.seconds_per_step if steps else None

    def span(self, steps: int) -> tuple[float, float]:
        """(least, most) seconds for ``steps``. A step costs a fixed part (Python, the optimiser, launching kernels)
        and a part that grows with its work; the scaled time counts no fixed part, the reference's own time per step
        nothing else, and the truth lies between. Within ``CLOSE_WORK`` of the reference they differ little and the
        scaled time stands alone (a model 60 times smaller had been promised "1 s" for 600 steps; they took 7)."""
        scaled = steps * self.seconds_per_step
        if 1 / CLOSE_WORK <= self.work_ratio <= CLOSE_WORK:
            return scaled, scaled
        own = steps / self.reference_steps_per_s
        return min(scaled, own), max(scaled, own)


CLOSE_WORK = 3.0        # a reference within this factor of the new run's work per step is scaled from alone


def time_words(est: Estimate, steps: int) -> str:
    """The time of ``steps`` without false precision (``spoken_time``): "about 12 min", "a few seconds", "under a
    minute", "between 2 min and 15 min", "up to about 3 h" (a far bigger model: its fixed part weighs little)."""
    low, high = est.span(steps)
    if low == high or high < FEW_SECONDS:
        return spoken_time(high)
    if high < 60:
        return "under a minute"
    if est.work_ratio > 1 or low < 1:
        return f"up to {spoken_time(high)}"
    least, most = spoken_time(low, about=False), spoken_time(high, about=False)
    return spoken_time(high) if least == most else f"between {least} and {most}"   # not "between 1 h and 1 h"


def planned_model(model: ModelConfig, train: TrainConfig) -> ModelConfig:
    """The model a launch asks for: its vocabulary is the train setting (``ModelConfig.vocab_size`` is filled in
    from the trained tokenizer only when training starts)."""
    return replace(model, vocab_size=train.vocab_size)


def parameter_count(model: ModelConfig) -> int:
    """Parameters of a model built from ``model`` (on the meta device: nothing is allocated)."""
    import torch

    from ..models import build_model
    with torch.device("meta"):
        return sum(p.numel() for p in build_model(model).parameters())


def device_kind(device: Optional[str]) -> str:
    """``cpu`` or ``cuda`` (None: what the trainer picks, a GPU where there is one)."""
    if device is None:
        from .. import sysinfo
        return "cuda" if sysinfo.gpus() else "cpu"
    return "cuda" if str(device).startswith("cuda") else "cpu"


def _work(params: float, batch_tokens: float) -> float:
    return float(params) * float(batch_tokens)


def _planned_params(run: Mapping) -> int:
    """Parameters of a run's model as it was asked for (the vocabulary it asked for, not the smaller one a small
    corpus gave it): so two runs asked alike compare alike, whatever their data."""
    try:
        model = ModelConfig.from_dict(run["model_config"])
        return parameter_count(replace(model, vocab_size=int(run.get("vocab_asked") or model.vocab_size)))
    except (KeyError, TypeError, ValueError):
        return int(run["params"])


def _steps_per_s(run: Mapping) -> Optional[float]:
    """Steps per second over the whole run, validations and checkpoints included; else the last sample."""
    if run.get("elapsed_s") and run.get("step"):
        return float(run["step"]) / float(run["elapsed_s"])
    return run.get("steps_per_s")


MIN_REFERENCE_STEPS = 20
MIN_BATCH_FILL = 0.25      # a run whose batches held less than this share of its batch tokens: a tiny corpus


def _measured(run: Mapping) -> bool:
    """Whether a run's speed says something about its settings: enough steps, and batches about as full as
    asked (a corpus of 2 pairs runs 90 steps/s on "2,048-token" batches of 20 tokens)."""
    if int(run.get("step") or 0) < MIN_REFERENCE_STEPS:
        return False
    tps, sps = run.get("tokens_per_s"), run.get("steps_per_s")
    return not (tps and sps) or tps / sps >= MIN_BATCH_FILL * float(run["batch_tokens"])


def estimate(runs: Iterable[Mapping], *, params: int, batch_tokens: int, arch: str, device: str, world: int,
             host: str) -> Optional[Estimate]:
    """Seconds per step of a new run of ``params`` parameters as asked for, from the measured run most like it
    (same host, kind of device and number of processes, ``_measured``; the same architecture and the nearest work
    per step first). None without one."""
    kind = device_kind(device)
    alike = [r for r in runs
             if _steps_per_s(r) and r.get("params") and r.get("batch_tokens") and r.get("host") == host
             and device_kind(r.get("device") or "cpu") == kind and int(r.get("world_size") or 1) == world
             and _measured(r)]
    if not alike:
        return None
    work = _work(params, batch_tokens)
    planned = {id(r): _planned_params(r) for r in alike}
    ref = min(alike, key=lambda r: (r.get("arch") != arch,
                                    abs(math.log(_work(planned[id(r)], r["batch_tokens"]) / work))))
    rate, ratio = _steps_per_s(ref), work / _work(planned[id(ref)], ref["batch_tokens"])
    return Estimate(ratio / rate, str(ref.get("name")), planned[id(ref)], int(ref["batch_tokens"]), rate,
                    ref.get("valid_loss") is not None, str(ref.get("arch") or ""), ratio)


TRAINING_BYTES_PER_PARAM = 16      # fp32 weights, gradients and Adam's two moments: activations come on top


def memory_problem(params: int, device: Optional[str], total_mb: Optional[float] = None) -> Optional[str]:
    """Why a model of ``params`` parameters will not train in this machine's memory (RAM, or the smallest GPU's),
    else None. ``total_mb``: the memory to compare with (default: measured)."""
    kind = device_kind(device)
    if total_mb is None:
        from .. import sysinfo
        if kind == "cuda":
            total_mb = min((g["memory_mb"] for g in sysinfo.gpus()), default=None)
        else:
            import psutil
            total_mb = psutil.virtual_memory().total / 2**20
    need_mb = params * TRAINING_BYTES_PER_PARAM / 2**20
    if not total_mb or need_mb < total_mb:
        return None
    where = "GPU memory" if kind == "cuda" else "memory"
    return (f"This model needs about {need_mb / 1024:,.0f} GB for its weights, gradients and optimiser state alone "
            f"({TRAINING_BYTES_PER_PARAM} bytes a parameter), more than this machine's {total_mb / 1024:,.0f} GB of "
            f"{where}: it cannot train here. Make it narrower or shallower.")


def busy_runs(runs: Iterable[Mapping], *, device: str, host: str) -> list[str]:
    """Runs still training on this host's kind of device: a new one shares it with them (on a CPU,
    two runs each go far slower than half: their threads compete for the same cores)."""
    kind = device_kind(device)
    return [str(r.get("name")) for r in runs if r.get("state") in ACTIVE and r.get("host") == host
            and device_kind(r.get("device") or "cpu") == kind]


def expected_cost(spec, runs: Iterable[Mapping], host: Optional[str] = None) -> str:
    """One line for the CLI: the model's size and, where a run here measured its speed, the time the steps
    asked for should take."""
    import socket
    params = parameter_count(planned_model(spec.model, spec.train))
    line = f"model: {params / 1e6:.1f} M parameters" if params >= 1e6 else f"model: {params:,} parameters"
    too_big = memory_problem(params, spec.device)
    if too_big:
        line += f" ({too_big})"
    est = estimate(runs, params=params, batch_tokens=spec.train.batch_tokens, arch=spec.model.arch,
                   device=spec.device, world=spec.nproc * spec.nnodes, host=host or socket.gethostname())
    if est is None:
        return line + "; no run measured on this machine's device yet to estimate its time"
    if not spec.train.max_steps:
        return line + f"; {time_words(est, 1000)} per 1,000 steps (from run {est.reference})"
    return line + (f"; {time_words(est, spec.train.max_steps)} for {spec.train.max_steps:,} steps "
                   f"(scaled from run {est.reference}'s speed on this machine)")
