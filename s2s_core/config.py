"""Plain dataclass configs, their checks, size presets, and how to describe them.

Checkpoints and run folders store the configs as dicts (``to_dict``), so they load with
``weights_only=True`` and an older reader ignores fields it does not know (``from_dict``).
``validate()`` refuses impossible values before anything starts; its messages name the CLI flags.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Mapping, Optional

from .special import BOS, EOS, PAD


ARCHITECTURES = ("transformer", "gru", "lstm")
ATTENTIONS = ("bahdanau", "luong-dot", "luong-general")     # RNN attention (the Transformer has its own)
ATTENTION_LABELS = {"bahdanau": "Bahdanau attention", "luong-general": "Luong attention (general)",
                    "luong-dot": "Luong attention (dot)"}       # as cards, captions and the training form say them
SIZES = ("tiny", "small", "base")
SELECT_METRICS = ("loss", "bleu", "chrf")
PRECISIONS = ("auto", "fp32", "bf16")
TOKENIZER_TYPES = ("auto", "unigram", "bpe", "char")


def _check(checks: list[tuple[bool, str]]) -> None:
    for ok, message in checks:
        if not ok:
            raise ValueError(message)


class _Plain:
    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict):
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class ModelConfig(_Plain):
    arch: str = "transformer"            # transformer | gru | lstm
    attention: str = "bahdanau"          # RNNs only: bahdanau | luong-dot | luong-general
    vocab_size: int = 8000               # actual SentencePiece vocabulary size
    d_model: int = 256                   # Transformer width / RNN hidden size
    n_heads: int = 4
    enc_layers: int = 3
    dec_layers: int = 3
    ffn_dim: int = 1024
    emb_dim: int = 256                   # RNN embedding size (Transformer uses d_model)
    dropout: float = 0.1                 # on embeddings and sub-layer outputs (residual branches)
    attention_dropout: Optional[float] = None   # Transformer attention probabilities; None = dropout
    activation_dropout: Optional[float] = None  # Transformer FFN hidden units; None = dropout
    tie_embeddings: bool = True          # one joint vocabulary -> source, target and output share weights
    pad_id: int = PAD
    bos_id: int = BOS
    eos_id: int = EOS
    ensemble: int = 1                    # > 1: that many models of this config, searching as one (models/ensemble.py)

    def dropout_of(self, where: str) -> float:
        """Dropout of ``"attention"`` or ``"activation"``: its own setting, else the general one
        (Sockeye's default; fairseq and Marian set both to 0, which also lets training use fused attention)."""
        own = getattr(self, f"{where}_dropout")
        return self.dropout if own is None else own

    def validate(self) -> "ModelConfig":
        _check([
            (self.arch in ARCHITECTURES, f"unknown architecture {self.arch!r}; choose from {', '.join(ARCHITECTURES)}"),
            (self.attention in ATTENTIONS, f"unknown attention {self.attention!r}; choose from {', '.join(ATTENTIONS)}"),
            (all(0 <= p < 1 for p in (self.dropout, self.dropout_of("attention"), self.dropout_of("activation"))),
             "--dropout, --attention-dropout and --activation-dropout must be in [0, 1)"),
            (min(self.d_model, self.enc_layers, self.dec_layers, self.n_heads, self.ffn_dim, self.emb_dim) > 0,
             "model sizes must be positive"),
            (self.ensemble >= 1, "an ensemble needs at least one member"),
            (self.arch != "transformer" or self.n_heads > 0 and self.d_model % self.n_heads == 0,
             "--d-model must be divisible by --n-heads"),
        ])
        return self


@dataclass
class TrainConfig(_Plain):
    train: str = ""
    valid: str = ""
    out: str = ""
    src_lang: str = "en"
    tgt_lang: str = "fr"
    swap: bool = False                   # TSV: translate column 2 -> column 1
    vocab_size: int = 8000
    tokenizer_type: str = "auto"         # auto | unigram | bpe | char
    tokenizer_from: str = ""             # a checkpoint whose tokenizer to reuse (same ids: ensembles, comparisons)
    max_len: int = 100                   # drop training pairs longer than this (pieces)
    batch_tokens: int = 4096
    lr: float = 1e-3
    warmup: int = 1000
    weight_decay: float = 0.0
    label_smoothing: float = 0.1
    subword_sampling: float = 0.0        # SentencePiece sampling alpha for training pairs (Kudo 2018); 0 = off
    length_curriculum: int = 0           # first epoch: short pairs first, every length by this update; 0 = off
    clip_norm: float = 1.0
    sampling_max: float = 0.0            # scheduled sampling: final prob. of feeding the model's own token
    sampling_steps: int = 0              # ... reached linearly after this many steps (RNNs only)
    max_steps: int = 0                   # 0 = no limit
    max_epochs: int = 0                  # 0 = no limit
    max_minutes: float = 0.0             # 0 = no limit
    valid_every: int = 500
    valid_max_sents: int = 500           # greedy BLEU on at most this many dev sentences
    checkpoint_every: int = 500
    log_every: int = 50
    select_metric: str = "loss"          # best.pt by: loss | bleu | chrf (on the dev set)
    keep_last: int = 0                   # also keep the last k step checkpoints (for averaging)
    patience: int = 0                    # validations without a better select_metric before stopping; 0 = never
    seed: int = 1
    resume: bool = False
    init_from: str = ""                  # warm start: weights + tokenizer of this checkpoint, fresh optimizer
    grow_enc_layers: int = 0             # with init_from: a Transformer grown to this many layers (0 = as it is)
    grow_dec_layers: int = 0
    precision: str = "auto"              # auto | fp32 | bf16 (auto: bf16 where the CPU/GPU has it natively)
    compile: bool = False
    threads: int = 0                     # 0 = torch default
    probes: tuple = ()                   # sentences translated at each validation (attention tracked)

    def validate(self) -> "TrainConfig":
        _check([
            (self.vocab_size >= 8, "--vocab-size must be at least 8"),
            (self.batch_tokens >= 16, "--batch-tokens must be at least 16"),
            (self.lr > 0, "--lr must be positive"),
            (0 <= self.label_smoothing < 1, "--label-smoothing must be in [0, 1)"),
            (0 <= self.subword_sampling <= 1, "--subword-sampling must be in [0, 1] (0 = off)"),
            (self.length_curriculum >= 0, "--length-curriculum must be ≥ 0 updates (0 = off)"),
            (self.clip_norm >= 0, "--clip-norm must be ≥ 0 (0 disables clipping)"),
            (0 <= self.sampling_max <= 1, "--sampling-max must be in [0, 1]"),
            (min(self.max_steps, self.max_epochs, self.patience, self.warmup) >= 0 and self.max_minutes >= 0,
             "step, epoch, minute, warmup and patience limits must be ≥ 0"),
            (self.valid_every > 0 and self.checkpoint_every > 0 and self.log_every > 0,
             "--valid-every, --checkpoint-every and --log-every must be positive"),
            (self.select_metric in SELECT_METRICS, f"--select-metric must be one of {', '.join(SELECT_METRICS)}"),
            (min(self.grow_enc_layers, self.grow_dec_layers) >= 0, "--grow-enc-layers/--grow-dec-layers must be ≥ 0"),
            (self.init_from or not (self.grow_enc_layers or self.grow_dec_layers),
             "--grow-enc-layers/--grow-dec-layers grow the --init-from checkpoint: give one"),
            (self.precision in PRECISIONS, f"--precision must be one of {', '.join(PRECISIONS)}"),
            (self.tokenizer_type in TOKENIZER_TYPES, f"--tokenizer-type must be one of {', '.join(TOKENIZER_TYPES)}"),
        ])
        return self

    @property
    def direction(self) -> tuple[str, str]:
        return direction_of(self.to_dict())


def direction_of(train_config: Mapping) -> tuple[str, str]:
    """(source, target) language of a train config as a dict (``swap``: a TSV's column 2 → column 1)."""
    src, tgt = train_config.get("src_lang"), train_config.get("tgt_lang")
    return (tgt, src) if train_config.get("swap") else (src, tgt)


def describe_architecture(model_config: Mapping) -> str:
    """One line for model cards and the model picker, from a model config dict (old ones may lack keys)."""
    mc = model_config
    n = mc.get("ensemble", 1)
    prefix = f"ensemble of {n}, each " if isinstance(n, int) and n > 1 else ""
    if mc.get("arch", "transformer") == "transformer":
        return (f"{prefix}Transformer: d_model {mc.get('d_model')}, {mc.get('enc_layers')}+{mc.get('dec_layers')} "
                f"layers, {mc.get('n_heads')} heads, FFN {mc.get('ffn_dim')}")
    attention = mc.get("attention", "bahdanau")
    return (f"{prefix}{mc['arch'].upper()} + {ATTENTION_LABELS.get(attention, attention)}: hidden {mc.get('d_model')}, "
            f"embeddings {mc.get('emb_dim')}, {mc.get('enc_layers')}+{mc.get('dec_layers')} layers")


# Model size presets (the CLI and the training page start from these; every field stays editable).
PRESETS = {
    "transformer": {
        "tiny": dict(d_model=128, n_heads=4, enc_layers=2, dec_layers=2, ffn_dim=512, dropout=0.1),
        "small": dict(d_model=256, n_heads=4, enc_layers=3, dec_layers=3, ffn_dim=1024, dropout=0.1),
        "base": dict(d_model=512, n_heads=8, enc_layers=6, dec_layers=6, ffn_dim=2048, dropout=0.1),
    },
    "rnn": {
        "tiny": dict(d_model=128, emb_dim=128, enc_layers=1, dec_layers=1, dropout=0.1),
        "small": dict(d_model=256, emb_dim=256, enc_layers=1, dec_layers=1, dropout=0.2),
        "base": dict(d_model=512, emb_dim=512, enc_layers=2, dec_layers=2, dropout=0.3),
    },
}


# Optimiser defaults per size: small models take a higher rate and a short warmup.
RECIPES = {
    "tiny": dict(lr=2e-3, warmup=200, batch_tokens=2048),
    "small": dict(lr=1e-3, warmup=1000, batch_tokens=4096),
    "base": dict(lr=7e-4, warmup=4000, batch_tokens=8192),
}


AUTO_SIZE_STEPS = (50_000, 1_000_000)   # pairs at which ``auto_size`` moves up a size


def auto_size(n_pairs: int) -> str:
    """Model size for a corpus: small data overfits big models (and trains slowly on CPU). Counting
    pairs beyond the last step changes nothing, so callers may stop counting there."""
    return "tiny" if n_pairs < AUTO_SIZE_STEPS[0] else "small" if n_pairs < AUTO_SIZE_STEPS[1] else "base"


def preset(arch: str, size: str) -> dict:
    family = "transformer" if arch == "transformer" else "rnn"
    if size not in PRESETS[family]:
        raise ValueError(f"unknown size {size!r}; choose from {', '.join(PRESETS[family])}")
    return dict(PRESETS[family][size])
