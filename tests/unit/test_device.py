"""Which GPU a training process takes: ``--device cuda`` names no index, but ``torch.cuda.set_device``
needs one (torch refuses a bare "cuda"), so the trainer resolves it to this process's GPU."""
from __future__ import annotations

import os

import torch

from s2s_core.config import TrainConfig
from s2s_core.train import setup_device


def _taken(monkeypatch, device, local_rank=None):
    chosen = []
    monkeypatch.setattr(torch.cuda, "set_device", lambda d: chosen.append(d))
    if local_rank is not None:
        monkeypatch.setenv("LOCAL_RANK", str(local_rank))
    return setup_device(TrainConfig(), device), chosen


def test_plain_cuda_becomes_the_first_gpu_in_a_single_process(monkeypatch):
    monkeypatch.delenv("LOCAL_RANK", raising=False)
    dev, chosen = _taken(monkeypatch, "cuda")
    assert dev == torch.device("cuda", 0) and chosen == [torch.device("cuda", 0)]


def test_plain_cuda_under_torchrun_takes_the_local_rank_gpu(monkeypatch):
    dev, chosen = _taken(monkeypatch, "cuda", local_rank=1)
    assert dev == torch.device("cuda", 1) and chosen == [torch.device("cuda", 1)]


def test_an_explicit_index_is_kept_and_cpu_sets_no_gpu(monkeypatch):
    monkeypatch.delenv("LOCAL_RANK", raising=False)
    assert _taken(monkeypatch, "cuda:1") == (torch.device("cuda", 1), [torch.device("cuda", 1)])
    assert _taken(monkeypatch, "cpu") == (torch.device("cpu"), [])


def test_cpu_use_is_measured_over_a_window_never_at_its_start(monkeypatch):
    """The first sample of a process only starts the measurement: read at once, it had said 27,531 %."""
    from s2s_core import sysinfo
    monkeypatch.setattr(sysinfo, "_proc", None)
    first = sysinfo.sample("cpu")
    assert "cpu_percent" not in first and first["ram_mb"] > 0
    sum(i * i for i in range(200_000))                 # some work in the window
    second = sysinfo.sample("cpu")
    assert 0 <= second["cpu_percent"] <= 100 * (os.cpu_count() or 1) + 50
