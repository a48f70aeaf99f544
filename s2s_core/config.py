"""Plain dataclass configs. Checkpoints store them as dicts so they load with ``weights_only=True``."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Optional


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
    pad_id: int = 0
    bos_id: int = 2
    eos_id: int = 3

    def dropout_of(self, where: str) -> float:
        """Dropout of ``"attention"`` or ``"activation"``: its own setting, else the general one
        (Sockeye's default; fairseq and Marian set both to 0, which also lets training use fused attention)."""
        own = getattr(self, f"{where}_dropout")
        return self.dropout if own is None else own


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
    max_len: int = 100                   # drop training pairs longer than this (pieces)
    batch_tokens: int = 4096
    lr: float = 1e-3
    warmup: int = 1000
    weight_decay: float = 0.0
    label_smoothing: float = 0.1
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
    precision: str = "auto"              # auto | fp32 | bf16 (auto: bf16 where the CPU/GPU has it natively)
    compile: bool = False
    threads: int = 0                     # 0 = torch default
    probes: tuple = ()                   # sentences translated at each validation (attention tracked)


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


def auto_size(n_pairs: int) -> str:
    """Model size for a corpus: small data overfits big models (and trains slowly on CPU)."""
    return "tiny" if n_pairs < 50_000 else "small" if n_pairs < 1_000_000 else "base"


def preset(arch: str, size: str) -> dict:
    family = "transformer" if arch == "transformer" else "rnn"
    if size not in PRESETS[family]:
        raise ValueError(f"unknown size {size!r}; choose from {', '.join(PRESETS[family])}")
    return dict(PRESETS[family][size])
