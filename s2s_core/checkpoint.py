"""Checkpoints: atomic writes, safe loads (``weights_only=True``), fp16 export and averaging.

A checkpoint is a plain dict: ``format``, ``version``, ``model_config`` (dict), ``model`` (state dict),
``tokenizer`` (SentencePiece proto as a uint8 tensor), optional ``train_config``, ``train_state``, ``meta``.

Parameter names that changed since files of this version were first written are renamed on load
(``LEGACY_KEYS``), so every reader — the Translator, an exact resume, averaging a mix of old and new
snapshots — sees today's names. Parameter order is unchanged, so an optimizer state still matches.
"""
from __future__ import annotations

import os
import pickle
import re
import zipfile
from pathlib import Path
from typing import Sequence

import torch

from .files import atomic_open

FORMAT = "s2s_core.checkpoint"
VERSION = 1
LEGACY_KEYS = ((re.compile(r"(^|\.)ffn\.0\."), r"\1ffn.up."),      # Transformer FFN: was nn.Sequential
               (re.compile(r"(^|\.)ffn\.3\."), r"\1ffn.down."))


class CheckpointError(RuntimeError):
    """A checkpoint that cannot be used; the message names the file and the problem (and what was tried with
    it: ``load`` unless said otherwise, e.g. ``average``)."""

    def __init__(self, path, problem: str, action: str = "load"):
        super().__init__(f"cannot {action} checkpoint {path}: {problem}")
        self.path, self.problem = str(path), problem


def proto_to_tensor(proto: bytes) -> torch.Tensor:
    return torch.frombuffer(bytearray(proto), dtype=torch.uint8).clone()


def tensor_to_proto(t: torch.Tensor) -> bytes:
    return bytes(t.numpy().tobytes())


def save(payload: dict, path: str | os.PathLike) -> None:
    """Write atomically (temp file, fsync, rename over the target): a crash never leaves half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"format": FORMAT, "version": VERSION, **payload}
    with atomic_open(path, "wb", fsync=True, permissions=0o644) as f:
        torch.save(payload, f)


def load(path: str | os.PathLike, map_location="cpu") -> dict:
    """Load without executing code from the file; every failure is a CheckpointError naming the file."""
    path = Path(path)
    if not path.exists():
        raise CheckpointError(path, "file not found")
    if path.is_dir():
        raise CheckpointError(path, "is a folder, not a file")
    if path.stat().st_size == 0:
        raise CheckpointError(path, "the file is empty (0 bytes)")
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic != b"PK\x03\x04" and magic[:1] != b"\x80":   # neither a zip (torch.save) nor a legacy pickle
        raise CheckpointError(path, "not a PyTorch checkpoint (wrong format: the file does not start like one)")
    try:
        ckpt = torch.load(path, map_location=map_location, weights_only=True)
    except pickle.UnpicklingError as e:
        raise CheckpointError(path, f"refused: the file holds objects other than weights and plain data "
                                    f"(it could run code when loaded) [{str(e).splitlines()[0][:200]}]") from None
    except (zipfile.BadZipFile, EOFError, RuntimeError, ValueError, OSError) as e:
        raise CheckpointError(path, f"not a readable PyTorch checkpoint (truncated or wrong format): "
                                    f"{str(e).splitlines()[0][:200] if str(e) else type(e).__name__}") from None
    except Exception as e:   # any other unpickler failure (struct.error, AssertionError, …) on a damaged file
        raise CheckpointError(path, f"not a readable PyTorch checkpoint: {type(e).__name__}: "
                                    f"{str(e).splitlines()[0][:200] if str(e) else ''}") from None
    if not isinstance(ckpt, dict) or ckpt.get("format") != FORMAT:
        raise CheckpointError(path, "not an s2s_core checkpoint (missing format marker)")
    if ckpt.get("version") != VERSION:
        raise CheckpointError(path, f"checkpoint format version {ckpt.get('version')} is not supported "
                                    f"(this code reads version {VERSION})")
    for key in ("model_config", "model", "tokenizer"):
        if key not in ckpt:
            raise CheckpointError(path, f"incomplete checkpoint: no {key!r}")
    if isinstance(ckpt["model"], dict):
        ckpt["model"] = upgrade_state_dict(ckpt["model"])
    return ckpt


def upgrade_state_dict(weights: dict) -> dict:
    """``weights`` with legacy parameter names renamed (see ``LEGACY_KEYS``); order kept."""
    out = {}
    for key, value in weights.items():
        for pattern, new in LEGACY_KEYS:
            key = pattern.sub(new, key)
        out[key] = value
    return out


def for_inference(ckpt: dict, fp16: bool = True) -> dict:
    """Drop training state; store floating weights in fp16 (the loader restores float32)."""
    weights = {k: (v.half() if fp16 and v.is_floating_point() else v) for k, v in ckpt["model"].items()}
    keep = ("model_config", "tokenizer", "train_config", "meta")
    return {**{k: ckpt[k] for k in keep if k in ckpt}, "model": share_equal(weights)}


def share_equal(weights: dict) -> dict:
    """``weights`` with equal tensors made one object, so ``torch.save`` writes each storage once.
    Tied embeddings (source, target, output projection) come apart on ``.half()`` or averaging and would
    otherwise be stored three times; ``load_state_dict`` copies values, so sharing in the file is harmless."""
    kept: dict[tuple, list[torch.Tensor]] = {}
    out = {}
    for key, value in weights.items():
        same = kept.setdefault((tuple(value.shape), value.dtype), [])
        match = next((t for t in same if torch.equal(t, value)), None)
        if match is None:
            same.append(value)
        out[key] = value if match is None else match
    return out


def _architecture(ckpt: dict) -> dict:
    """The model settings that give the weights their meaning (dropout rates do not)."""
    from .config import ModelConfig
    cfg = ModelConfig.from_dict(ckpt["model_config"]).to_dict()
    return {k: v for k, v in cfg.items() if "dropout" not in k}


def _mismatch(base: dict, other: dict) -> str | None:
    """Why ``other`` cannot be averaged with ``base`` (None when it can)."""
    a, b = _architecture(base), _architecture(other)
    if a != b:
        return "other architecture (" + ", ".join(f"{k} {b[k]!r}, not {a[k]!r}" for k in a if a[k] != b[k]) + ")"
    missing, extra = [k for k in base["model"] if k not in other["model"]], \
        [k for k in other["model"] if k not in base["model"]]
    if missing or extra:
        return f"other parameters (missing: {', '.join(missing[:3]) or '–'}; extra: {', '.join(extra[:3]) or '–'})"
    for k, v in base["model"].items():
        if tuple(other["model"][k].shape) != tuple(v.shape):
            return f"parameter {k} has shape {tuple(other['model'][k].shape)}, not {tuple(v.shape)}"
    if not torch.equal(base["tokenizer"], other["tokenizer"]):
        return "another tokenizer (its token ids mean other pieces)"
    return None


def average(paths: Sequence[str | os.PathLike]) -> dict:
    """Average the weights of several checkpoints of one run (the last k often beat the last one).
    Checkpoints whose architecture, parameters or tokenizer differ from the first's raise CheckpointError."""
    if not paths:
        raise ValueError("average needs at least one checkpoint")
    ckpts = [load(p) for p in paths]
    base = ckpts[0]
    for path, other in zip(paths[1:], ckpts[1:]):
        problem = _mismatch(base, other)
        if problem:
            raise CheckpointError(path, f"it does not match {paths[0]}: {problem}", action="average")
    avg = {}
    for k, v in base["model"].items():
        if v.is_floating_point():
            avg[k] = sum(c["model"][k].float() for c in ckpts) / len(ckpts)
        else:
            avg[k] = v
    latest = max(ckpts, key=lambda c: (c.get("meta") or {}).get("step") or 0)   # the training the average holds
    meta = dict(latest.get("meta") or {}, averaged=[Path(p).name for p in paths])  # no local folders in a shipped file
    return {**{k: base[k] for k in ("model_config", "tokenizer", "train_config") if k in base},
            "model": avg, "meta": meta}


def ensemble(paths: Sequence[str | os.PathLike]) -> dict:
    """One checkpoint holding several models that search as one (``models.Ensemble``): runs of one
    architecture and one tokenizer (``train --tokenizer-from``), e.g. the same recipe with other seeds; an
    ensemble among ``paths`` gives its members (so a new run joins a shipped ensemble). Unlike ``average``
    the runs need not share a trajectory; decoding costs one model's time per member."""
    singles = [(p, m) for p in paths for m in members(load(p), Path(p).name)]
    if len(singles) < 2:
        raise ValueError("an ensemble needs at least two models")
    base = singles[0][1]
    for path, other in singles:
        problem = _mismatch(base, other)
        if problem:
            raise CheckpointError(path, f"it does not match {paths[0]}: {problem}", action="ensemble")
    weights = {f"members.{i}.{k}": v for i, (_, c) in enumerate(singles) for k, v in c["model"].items()}
    metas = [_without_folders(c["meta"]) for _, c in singles]
    steps = [m["step"] for m in metas if m.get("step") is not None]
    meta = {"step": max(steps) if steps else None, "members": metas}
    return {"model_config": dict(base["model_config"], ensemble=len(singles)), "tokenizer": base["tokenizer"],
            **({"train_config": base["train_config"]} if "train_config" in base else {}),
            "model": weights, "meta": meta}


def _without_folders(meta: dict) -> dict:
    """``meta`` with the snapshots it averaged named by file only (averages written before 2026-12-05 kept
    their local folders, which a shipped file should not carry)."""
    if not meta.get("averaged"):
        return meta
    return dict(meta, averaged=[Path(p).name for p in meta["averaged"]])


def members(ckpt: dict, name: str) -> list[dict]:
    """The single models in a loaded checkpoint: itself, or an ensemble's members, each with its own meta
    (``name``, the file it came from, and its seed)."""
    n = ckpt["model_config"].get("ensemble", 1)
    if n == 1:
        seed = (ckpt.get("train_config") or {}).get("seed")
        return [dict(ckpt, meta=dict(ckpt.get("meta") or {}, file=name, seed=seed))]
    metas = (ckpt.get("meta") or {}).get("members") or [{"file": f"{name} #{i + 1}"} for i in range(n)]
    config = dict(ckpt["model_config"], ensemble=1)
    return [dict(ckpt, model_config=config, meta=metas[i],
                 model={k.split(".", 2)[2]: v for k, v in ckpt["model"].items() if k.startswith(f"members.{i}.")})
            for i in range(n)]
