"""What a launch will cost before it starts: the model's size and, from runs this machine has already
trained, how long the steps asked for should take.

The time is scaled from the measured speed (steps/s) of the most similar earlier run on the same host
and kind of device: a step costs about (parameters × batch tokens), so a run twice as big per step is
taken to be half as fast. It is a rough guide (small models use a GPU poorly; an RNN and a Transformer
of one size differ), so the reference run is always named beside it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Mapping, Optional

from ..config import ModelConfig
from .folder import ACTIVE


@dataclass(frozen=True)
class Estimate:
    seconds_per_step: float
    reference: str                  # the run whose speed it is scaled from
    reference_params: int
    reference_batch_tokens: int
    reference_steps_per_s: float

    def seconds(self, steps: int) -> Optional[float]:
        return steps * self.seconds_per_step if steps else None


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


def estimate(runs: Iterable[Mapping], *, params: int, batch_tokens: int, arch: str, device: str, world: int,
             host: str) -> Optional[Estimate]:
    """Seconds per step of a new run, from the measured run most like it (same host, kind of device and
    number of processes; the same architecture and the nearest work per step first). None without one."""
    kind = device_kind(device)
    alike = [r for r in runs
             if r.get("steps_per_s") and r.get("params") and r.get("batch_tokens") and r.get("host") == host
             and device_kind(r.get("device") or "cpu") == kind and int(r.get("world_size") or 1) == world]
    if not alike:
        return None
    work = _work(params, batch_tokens)
    ref = min(alike, key=lambda r: (r.get("arch") != arch, abs(math.log(_work(r["params"], r["batch_tokens"]) / work))))
    ref_seconds = 1.0 / float(ref["steps_per_s"])
    return Estimate(ref_seconds * work / _work(ref["params"], ref["batch_tokens"]), str(ref.get("name")),
                    int(ref["params"]), int(ref["batch_tokens"]), float(ref["steps_per_s"]))


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
    params = parameter_count(spec.model)
    line = f"model: {params / 1e6:.1f} M parameters"
    est = estimate(runs, params=params, batch_tokens=spec.train.batch_tokens, arch=spec.model.arch,
                   device=spec.device, world=spec.nproc * spec.nnodes, host=host or socket.gethostname())
    if est is None:
        return line + "; no run measured on this machine's device yet to estimate its time"
    if not spec.train.max_steps:
        return line + f"; about {1000 * est.seconds_per_step / 60:.0f} min per 1,000 steps (from run {est.reference})"
    return line + (f"; about {est.seconds(spec.train.max_steps) / 3600:.1f} h for {spec.train.max_steps:,} steps "
                   f"(scaled from run {est.reference}'s speed on this machine)")
