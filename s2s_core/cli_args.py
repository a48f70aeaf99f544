"""The ``train`` flags ↔ ``TrainConfig`` / ``ModelConfig``: shared by ``train``, ``runs launch`` and the
training page, so a setting means the same everywhere.

- ``add_train_args(parser)`` declares the flags (defaults come from the config dataclasses);
- ``build_configs(options, n_pairs)`` turns flag values (``dest → value``; missing or None = not given)
  into validated configs: the size preset and its optimiser recipe fill whatever was not given. It
  never changes ``options``. ``--size auto`` picks the preset from ``n_pairs``, the corpus size;
- ``configs_from_args(namespace)`` does that for the ``train`` command, counting the corpus for auto;
- ``train_argv(train, model, device)`` is the inverse and the one place a training command line is
  built: ``--size`` (the preset nearest the configs) plus only the flags that differ from it, so the
  trainer rebuilds exactly these configs (``build_configs(parse(train_argv(t, m))) == (t, m)``).
"""
from __future__ import annotations

import argparse
import logging
from dataclasses import fields
from typing import Mapping, Optional

from .config import (ARCHITECTURES, ATTENTIONS, PRECISIONS, RECIPES, SELECT_METRICS, SIZES, TOKENIZER_TYPES,
                     AUTO_SIZE_STEPS, ModelConfig, TrainConfig, auto_size, preset)
from .data import count_pairs

log = logging.getLogger(__name__)

MODEL_FLAGS = ("d_model", "n_heads", "enc_layers", "dec_layers", "ffn_dim", "emb_dim", "dropout",
               "attention_dropout", "activation_dropout")
OWNED_BY_THE_RUN_STORE = ("out", "resume")
_TRAIN_FIELDS = tuple(f.name for f in fields(TrainConfig) if f.name != "probes")
_SKIPPED_IN_ARGV = ("train", "out", "resume", "probes")


class ArgumentError(ValueError):
    """A bad flag, raised instead of argparse's exit (for callers that are not a command line)."""


class RaisingParser(argparse.ArgumentParser):
    def error(self, message):
        raise ArgumentError(message)


def add_train_args(p: argparse.ArgumentParser, out_required: bool = True) -> None:
    d, m = TrainConfig(), ModelConfig()
    p.add_argument("--train", required=True, help="TSV file, or prefix of line-aligned files PREFIX.{src,tgt}[.gz]")
    p.add_argument("--valid", default=d.valid, help="dev set, same formats (multi-reference TSV allowed)")
    p.add_argument("--src-lang", default=d.src_lang)
    p.add_argument("--tgt-lang", default=d.tgt_lang)
    p.add_argument("--swap", action="store_true", help="TSV: translate column 2 into column 1")
    p.add_argument("--arch", default=m.arch, choices=ARCHITECTURES)
    p.add_argument("--attention", default=m.attention, choices=ATTENTIONS)
    p.add_argument("--size", default="auto", choices=("auto",) + SIZES,
                   help="model size preset (auto: by number of training pairs)")
    for name in ("d_model", "n_heads", "enc_layers", "dec_layers", "ffn_dim", "emb_dim"):
        p.add_argument("--" + name.replace("_", "-"), type=int, help="override the preset")
    p.add_argument("--layers", type=int, help="encoder and decoder layers")
    p.add_argument("--dropout", type=float, help="on embeddings and sub-layer outputs")
    p.add_argument("--attention-dropout", type=float,
                   help="Transformer attention probabilities (default: --dropout; 0 = fused attention in training)")
    p.add_argument("--activation-dropout", type=float, help="Transformer FFN hidden units (default: --dropout)")
    p.add_argument("--no-tie", action="store_true", help="separate source/target/output embeddings")
    p.add_argument("--vocab-size", type=int, default=d.vocab_size)
    p.add_argument("--tokenizer-type", default=d.tokenizer_type, choices=TOKENIZER_TYPES)
    p.add_argument("--tokenizer-from", default=d.tokenizer_from, metavar="CHECKPOINT",
                   help="reuse this checkpoint's tokenizer instead of training one, so the new model shares its "
                        "vocabulary (a member of an ensemble with it)")
    p.add_argument("--max-len", type=int, default=d.max_len, help="drop training pairs longer than this (pieces)")
    p.add_argument("--batch-tokens", type=int, default=None, help="default: by size")
    p.add_argument("--lr", type=float, default=None, help="default: by size")
    p.add_argument("--warmup", type=int, default=None, help="default: by size")
    _add_optimisation_args(p, d)
    p.add_argument("--resume", action="store_true", help="continue exactly from OUT/last.pt if it exists")
    p.add_argument("--init-from", default=d.init_from,
                   help="warm start: weights, architecture and tokenizer of this checkpoint; fresh optimizer")
    for side in ("enc", "dec"):
        p.add_argument(f"--grow-{side}-layers", type=int, default=getattr(d, f"grow_{side}_layers"), metavar="N",
                       help=f"with --init-from a Transformer: {side}oder layers to grow to (new layers on top "
                            "start as the identity: s2s_core/models/grow.py)")
    p.add_argument("--precision", default=d.precision, choices=PRECISIONS,
                   help="matmul precision (auto: bf16 where the CPU or GPU computes it natively, else fp32)")
    p.add_argument("--compile", action="store_true", help="torch.compile the model")
    p.add_argument("--threads", type=int, default=d.threads)
    p.add_argument("--device", default=None, help="cpu, cuda, cuda:1 … (default: cuda if available)")
    p.add_argument("--probe", action="append", default=[], help="sentence to translate at each validation")
    p.add_argument("--out", required=out_required)


def _add_optimisation_args(p: argparse.ArgumentParser, d: TrainConfig) -> None:
    p.add_argument("--weight-decay", type=float, default=d.weight_decay)
    p.add_argument("--label-smoothing", type=float, default=d.label_smoothing)
    p.add_argument("--subword-sampling", type=float, default=d.subword_sampling, metavar="ALPHA",
                   help="segment each training pair anew per batch, sampled with this smoothing (unigram "
                        "tokenizers; e.g. 0.1; 0 = off)")
    p.add_argument("--length-curriculum", type=int, default=d.length_curriculum, metavar="UPDATES",
                   help="first epoch: start on the shortest pairs and admit longer ones until every length is "
                        "in by this update (competence-based curriculum; 0 = off)")
    p.add_argument("--clip-norm", type=float, default=d.clip_norm)
    p.add_argument("--sampling-max", type=float, default=d.sampling_max,
                   help="scheduled sampling (RNNs): final probability of feeding the model's own prediction")
    p.add_argument("--sampling-steps", type=int, default=d.sampling_steps, help="... reached linearly by this step")
    p.add_argument("--max-steps", type=int, default=d.max_steps)
    p.add_argument("--max-epochs", type=int, default=d.max_epochs)
    p.add_argument("--max-minutes", type=float, default=d.max_minutes)
    p.add_argument("--valid-every", type=int, default=d.valid_every)
    p.add_argument("--valid-max-sents", type=int, default=d.valid_max_sents)
    p.add_argument("--checkpoint-every", type=int, default=d.checkpoint_every)
    p.add_argument("--log-every", type=int, default=d.log_every)
    p.add_argument("--patience", type=int, default=d.patience)
    p.add_argument("--select-metric", default=d.select_metric, choices=SELECT_METRICS)
    p.add_argument("--keep-last", type=int, default=d.keep_last)
    p.add_argument("--seed", type=int, default=d.seed)


def train_parser(out_required: bool = False) -> RaisingParser:
    """The ``train`` flags as a parser that raises ``ArgumentError`` (a ValueError) instead of exiting."""
    p = RaisingParser(prog="python -m s2s_core train", add_help=False, allow_abbrev=False)
    add_train_args(p, out_required)
    return p


# ---------------------------------------------------------------- flags → configs

def model_config(options: Mapping, size: str) -> ModelConfig:
    """The model of ``options`` on top of the ``size`` preset (``layers`` sets both stacks)."""
    arch = options.get("arch") or ModelConfig.arch
    m = preset(arch, size)
    m.update({name: options[name] for name in MODEL_FLAGS if options.get(name) is not None})
    if options.get("layers") is not None:
        m["enc_layers"] = m["dec_layers"] = options["layers"]
    return ModelConfig(arch=arch, attention=options.get("attention") or ModelConfig.attention,
                       tie_embeddings=not options.get("no_tie", False), **m)


def train_config(options: Mapping, size: str) -> TrainConfig:
    """The training settings of ``options``; lr, warmup and batch size default to the size's recipe."""
    given = {name: options[name] for name in _TRAIN_FIELDS if options.get(name) is not None}
    recipe = {k: v for k, v in RECIPES[size].items() if k not in given}
    probes = options.get("probe") if options.get("probe") is not None else options.get("probes")
    return TrainConfig(**given, **recipe, probes=tuple(probes or ()))


def build_configs(options: Mapping, n_pairs: Optional[int] = None) -> tuple[TrainConfig, ModelConfig]:
    """Validated (TrainConfig, ModelConfig) from flag values; ``n_pairs`` is needed for ``size="auto"``."""
    size = options.get("size") or "auto"
    if size == "auto":
        if n_pairs is None:
            raise ValueError("--size auto needs the number of training pairs; give --size")
        size = auto_size(n_pairs)
    return train_config(options, size).validate(), model_config(options, size).validate()


def configs_from_args(a: argparse.Namespace) -> tuple[TrainConfig, ModelConfig]:
    """The ``train`` command's configs; with ``--size auto`` the corpus is counted (not parsed, and only
    up to the last size step). ``a`` is not changed."""
    options = dict(vars(a))
    n_pairs = None
    if (options.get("size") or "auto") == "auto":
        n_pairs = count_pairs(a.train, a.src_lang, a.tgt_lang, limit=AUTO_SIZE_STEPS[-1])
        log.info("model size: %s (by corpus size)", auto_size(n_pairs))
    return build_configs(options, n_pairs)


# ---------------------------------------------------------------- configs → flags

def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _differences(train: TrainConfig, model: ModelConfig, size: str) -> list[str]:
    """Flags that turn the ``size`` preset (with this architecture) into exactly these configs."""
    base_t = train_config({}, size)
    base_m = model_config({"arch": model.arch}, size)
    argv = []
    for name in _TRAIN_FIELDS:
        value = getattr(train, name)
        if name in _SKIPPED_IN_ARGV or value == getattr(base_t, name):
            continue
        argv += [_flag(name)] if isinstance(value, bool) else [_flag(name), str(value)]
    if model.attention != base_m.attention:
        argv += ["--attention", model.attention]
    for name in MODEL_FLAGS:
        if getattr(model, name) != getattr(base_m, name):
            argv += [_flag(name), str(getattr(model, name))]
    if not model.tie_embeddings:
        argv.append("--no-tie")
    for probe in train.probes:
        argv += ["--probe", str(probe)]
    return argv


def train_argv(train: TrainConfig, model: ModelConfig, device: Optional[str] = None) -> list[str]:
    """The ``train`` flags (without --out / --resume) that reproduce ``train`` and ``model`` exactly."""
    size = min(SIZES, key=lambda s: len(_differences(train, model, s)))        # the shortest command line
    device_flag = ["--device", device] if device else []
    return ["--train", train.train, "--arch", model.arch, "--size", size, *_differences(train, model, size),
            *device_flag]
