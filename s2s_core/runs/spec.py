"""A launch request, typed: what to train (``TrainConfig``, ``ModelConfig``) and where (device,
processes, machines). The training page builds one from its form, ``runs launch`` from its flags;
``RunStore.launch`` validates it, resolves its corpora and turns it into one command line."""
from __future__ import annotations

import argparse
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from ..cli_args import OWNED_BY_THE_RUN_STORE, build_configs, train_parser
from ..config import AUTO_SIZE_STEPS, ModelConfig, TrainConfig
from ..data import count_pairs
from .folder import validate_name
from .inputs import checked_corpus

ENDPOINT_RE = re.compile(r"(\[[0-9A-Fa-f:]+\]|[A-Za-z0-9][A-Za-z0-9.-]*):(\d{1,5})")


@dataclass(frozen=True)
class LaunchSpec:
    name: str
    train: TrainConfig
    model: ModelConfig
    device: Optional[str] = None          # cpu, cuda, cuda:1 … (None: the trainer's choice)
    nproc: int = 1                        # processes per machine (GPUs, or CPU processes)
    nnodes: int = 1                       # machines (torchrun c10d rendezvous)
    node_rank: int = 0
    rdzv_endpoint: Optional[str] = None   # HOST:PORT of node 0 when nnodes > 1
    dev_split: int = 0                    # without a dev set: hold out this many source sentences
    restrict_paths: bool = True           # corpora only from the data and runs folders (the page)

    def validate(self) -> "LaunchSpec":
        validate_name(self.name)
        _check_topology(self.nproc, self.nnodes, self.node_rank, self.rdzv_endpoint, self.device)
        if self.dev_split < 0:
            raise ValueError("the dev split size must be ≥ 0")
        self.train.validate()
        self.model.validate()
        return self

    @classmethod
    def from_argv(cls, name: str, argv: Sequence[str], *, restrict_paths: bool = True,
                  runs_root: Optional[Path] = None, **launch) -> "LaunchSpec":
        """From ``train`` flags (without --out / --resume, which the store sets)."""
        validate_name(name)
        return cls.from_namespace(parse_train_flags(argv), name, restrict_paths=restrict_paths,
                                  runs_root=runs_root, **launch)

    @classmethod
    def from_namespace(cls, ns: argparse.Namespace, name: str, *, restrict_paths: bool = True,
                       runs_root: Optional[Path] = None, **launch) -> "LaunchSpec":
        """From parsed ``train`` flags. ``--size auto`` counts the corpus (line by line, up to the last
        size step) after checking it may be read; every other size leaves the corpus to the store."""
        validate_name(name)
        options = dict(vars(ns))
        n_pairs = None
        if (options.get("size") or "auto") == "auto":
            train = checked_corpus(ns.train, ns.src_lang, ns.tgt_lang, restrict_paths, runs_root, "training data")
            try:
                n_pairs = count_pairs(train, ns.src_lang, ns.tgt_lang, limit=AUTO_SIZE_STEPS[-1])
            except (OSError, UnicodeDecodeError) as e:
                raise ValueError(f"cannot read the training data: {e}") from None
        cfg, model = build_configs(options, n_pairs)
        return cls(name, cfg, model, device=ns.device, restrict_paths=restrict_paths, **launch)


def parse_train_flags(argv: Sequence[str]) -> argparse.Namespace:
    """``train`` flags → namespace; ValueError for a bad flag, a non-string, or --out / --resume."""
    for tok in argv:
        if not isinstance(tok, str):
            raise ValueError(f"training flags must be strings (got {tok!r})")
        if tok.split("=", 1)[0] in ("--" + f for f in OWNED_BY_THE_RUN_STORE):
            raise ValueError(f"{tok.split('=', 1)[0]} is set by the run store; do not pass it "
                             f"(use `runs resume NAME` to continue a run)")
    return train_parser().parse_args(list(argv))


def _check_topology(nproc: int, nnodes: int, node_rank: int, rdzv_endpoint: Optional[str],
                    device: Optional[str]) -> None:
    if not isinstance(nproc, int) or nproc < 1:
        raise ValueError("number of processes (GPUs) per machine must be at least 1")
    if not isinstance(nnodes, int) or nnodes < 1:
        raise ValueError("number of machines must be at least 1")
    if nnodes > 1:
        if not (0 <= node_rank < nnodes):
            raise ValueError(f"node rank must be between 0 and {nnodes - 1}")
        m = ENDPOINT_RE.fullmatch(rdzv_endpoint or "")
        if not m or not (0 < int(m.group(2)) < 65536):
            raise ValueError("several machines need a rendezvous endpoint HOST:PORT on node 0 "
                             "(for example node0.example.org:29500)")
    _check_devices(nproc, device)


def _check_devices(nproc: int, device: Optional[str]) -> None:
    from .. import sysinfo
    n_gpu = 0 if (device or "").startswith("cpu") else len(sysinfo.gpus())
    if (device or "").startswith("cuda") and not n_gpu:
        raise ValueError("CUDA is not available on this machine; choose the CPU device")
    if n_gpu and nproc > n_gpu:
        raise ValueError(f"{nproc} processes asked but this machine has {n_gpu} GPU(s)")
    if not n_gpu and nproc > (os.cpu_count() or 1):
        raise ValueError(f"{nproc} CPU processes asked but this machine has {os.cpu_count()} cores")
    if nproc > 1 and device and device.startswith("cuda:"):
        raise ValueError("with several GPUs choose device 'cuda' (each process takes its own GPU)")
