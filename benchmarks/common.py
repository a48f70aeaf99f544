"""Shared pieces of the speed benchmarks: the reference shape, the peer models, timing and the machine.

Every system is built from random weights at the same size (no downloads): our ``TransformerSeq2Seq``,
a Hugging Face ``MarianMTModel`` from a ``MarianConfig``, the CTranslate2 conversion of that Marian model,
and a plain ``torch.nn.Transformer`` that re-runs the decoder over the whole prefix at every step.
"""
from __future__ import annotations

import math
import os
import platform
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import torch
from torch import nn

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from s2s_core.config import ModelConfig  # noqa: E402
from s2s_core.models import build_model  # noqa: E402
from s2s_core.models.transformer import sinusoids  # noqa: E402
from s2s_core.sysinfo import cpuinfo  # noqa: E402

# The reference shape (the "small" preset), with Marian's dropout placement: dropout on embeddings and
# sub-layer outputs only, none on attention probabilities or FFN hidden units (as in fairseq's defaults).
SHAPE = dict(vocab_size=8000, d_model=256, n_heads=4, enc_layers=3, dec_layers=3, ffn_dim=1024, dropout=0.1,
             attention_dropout=0.0, activation_dropout=0.0)

# Marian's layout: id 0 is </s>, 1 <unk>, the last id <pad> (also the decoder start token).
MARIAN_EOS, MARIAN_UNK = 0, 1
MARIAN_PAD = SHAPE["vocab_size"] - 1


def set_threads(n: int) -> None:
    torch.set_num_threads(n)
    os.environ["OMP_NUM_THREADS"] = str(n)


def machine() -> dict:
    return {"nproc": os.cpu_count(), "cpu": cpuinfo("model name") or "unknown", "torch": torch.__version__,
            "python": platform.python_version()}


FLAGS = ("avx2", "fma", "avx512f", "avx512_bf16", "avx512_vnni", "amx_bf16", "amx_int8")


def cpu_flags() -> list[str]:
    """The flags among ``FLAGS`` this CPU has (/proc/cpuinfo): what decides the decoding fast path."""
    have = set(cpuinfo("flags").split())
    return [f for f in FLAGS if f in have]


def flags_line() -> str:
    return " ".join(cpu_flags()) or "none of " + ", ".join(FLAGS)


def versions() -> dict:
    out = {"torch": torch.__version__}
    for name in ("transformers", "ctranslate2", "sentencepiece"):
        try:
            out[name] = __import__(name).__version__
        except ImportError:
            out[name] = "not installed"
    return out


def timed(fn, repeats: int, warmup: int = 1) -> list[float]:
    """Wall seconds of ``repeats`` calls after ``warmup`` untimed ones."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def median(xs) -> float:
    return statistics.median(xs)


@contextmanager
def quiet():
    """Silence transformers' advisory warnings during model construction/generation."""
    try:
        from transformers.utils import logging as hf_logging
        level = hf_logging.get_verbosity()
        hf_logging.set_verbosity_error()
    except ImportError:
        level = None
    try:
        yield
    finally:
        if level is not None:
            hf_logging.set_verbosity(level)


# ---------------------------------------------------------------- our engine

def build_ours(seed: int = 0, **overrides):
    torch.manual_seed(seed)
    return build_model(ModelConfig(arch="transformer", **{**SHAPE, **overrides}))


# ---------------------------------------------------------------- Hugging Face Marian

def marian_config():
    from transformers import MarianConfig
    return MarianConfig(
        vocab_size=SHAPE["vocab_size"], decoder_vocab_size=SHAPE["vocab_size"], d_model=SHAPE["d_model"],
        encoder_layers=SHAPE["enc_layers"], decoder_layers=SHAPE["dec_layers"],
        encoder_attention_heads=SHAPE["n_heads"], decoder_attention_heads=SHAPE["n_heads"],
        encoder_ffn_dim=SHAPE["ffn_dim"], decoder_ffn_dim=SHAPE["ffn_dim"], activation_function="relu",
        dropout=SHAPE["dropout"], attention_dropout=SHAPE["attention_dropout"],
        activation_dropout=SHAPE["activation_dropout"], max_position_embeddings=512,
        scale_embedding=True, pad_token_id=MARIAN_PAD, decoder_start_token_id=MARIAN_PAD,
        eos_token_id=MARIAN_EOS, forced_eos_token_id=None, bos_token_id=None, use_cache=True,
        share_encoder_decoder_embeddings=True, tie_word_embeddings=True)


def build_marian(seed: int = 0):
    from transformers import MarianMTModel
    torch.manual_seed(seed)
    with quiet():
        model = MarianMTModel(marian_config())
        model.config._attn_implementation = "sdpa"
        model.generation_config.forced_eos_token_id = None
        model.generation_config.bad_words_ids = None
    return model


def marian_vocab() -> list[str]:
    tokens = [f"w{i}" for i in range(SHAPE["vocab_size"])]
    tokens[MARIAN_EOS], tokens[MARIAN_UNK], tokens[MARIAN_PAD] = "</s>", "<unk>", "<pad>"
    return tokens


def save_marian(model, directory: Path) -> Path:
    """Save weights + a word-level tokenizer over the same vocabulary, as a local model directory."""
    from tokenizers import Tokenizer as HFTokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast
    vocab = {t: i for i, t in enumerate(marian_vocab())}
    core = HFTokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tok = PreTrainedTokenizerFast(tokenizer_object=core, eos_token="</s>", unk_token="<unk>", pad_token="<pad>")
    directory.mkdir(parents=True, exist_ok=True)
    with quiet():
        model.save_pretrained(directory)
        tok.save_pretrained(directory)
    return directory


def convert_ct2(marian_dir: Path, out_dir: Path) -> Path:
    import ctranslate2
    with quiet():
        ctranslate2.converters.TransformersConverter(str(marian_dir)).convert(str(out_dir), quantization="float32",
                                                                              force=True)
    return out_dir


# ---------------------------------------------------------------- plain nn.Transformer (no cache)

class PlainTransformer(nn.Module):
    """``nn.Transformer`` (pre-norm, same size) with tied embeddings and sinusoidal positions."""

    def __init__(self, pad: int = 0):
        super().__init__()
        d, V = SHAPE["d_model"], SHAPE["vocab_size"]
        self.d, self.pad = d, pad
        self.embed = nn.Embedding(V, d, padding_idx=pad)
        self.core = nn.Transformer(d, SHAPE["n_heads"], SHAPE["enc_layers"], SHAPE["dec_layers"], SHAPE["ffn_dim"],
                                   dropout=SHAPE["dropout"], batch_first=True, norm_first=True)
        self.out = nn.Linear(d, V, bias=False)
        self.out.weight = self.embed.weight
        self.register_buffer("pe", sinusoids(512, d), persistent=False)

    def _embed(self, x):
        return self.embed(x) * math.sqrt(self.d) + self.pe[:x.size(1)]

    def encode(self, src):
        pad = src == self.pad
        return self.core.encoder(self._embed(src), src_key_padding_mask=pad), pad

    def decode(self, tgt, memory, mem_pad):
        mask = nn.Transformer.generate_square_subsequent_mask(tgt.size(1), dtype=memory.dtype)
        return self.core.decoder(self._embed(tgt), memory, tgt_mask=mask, tgt_is_causal=True,
                                 memory_key_padding_mask=mem_pad)

    def forward(self, src, tgt_in):
        memory, pad = self.encode(src)
        return self.out(self.decode(tgt_in, memory, pad))


def build_plain(seed: int = 0) -> PlainTransformer:
    torch.manual_seed(seed)
    return PlainTransformer()


@torch.inference_mode()
def plain_search(model: PlainTransformer, src: torch.Tensor, beam: int, steps: int, bos: int = 2, eos: int = 3):
    """Beam (or greedy, beam=1) search that re-decodes the whole prefix each step; exactly ``steps`` tokens."""
    B, K = src.size(0), beam
    memory, pad = model.encode(src)
    memory, pad = memory.repeat_interleave(K, 0), pad.repeat_interleave(K, 0)
    seqs = torch.full((B * K, 1), bos, dtype=torch.long)
    scores = torch.full((B, K), float("-inf"))
    scores[:, 0] = 0.0
    for t in range(steps):
        lp = torch.log_softmax(model.out(model.decode(seqs, memory, pad)[:, -1]), -1)
        if t < steps - 1:
            lp[:, eos] = float("-inf")
        V = lp.size(-1)
        top_s, top_i = (scores.unsqueeze(-1) + lp.view(B, K, V)).view(B, K * V).topk(K, -1)
        rows = (torch.arange(B).unsqueeze(1) * K + top_i // V).view(-1)
        seqs = torch.cat([seqs[rows], (top_i % V).view(-1, 1)], 1)
        scores = top_s
    return seqs.view(B, K, -1)[:, 0, 1:]


# ---------------------------------------------------------------- inputs

def random_sources(n: int, length: int, low: int, high: int, eos: int, seed: int = 123) -> list[list[int]]:
    """``n`` sources of ``length`` tokens: ``length - 1`` random ids in [low, high) then ``eos``."""
    g = torch.Generator().manual_seed(seed)
    ids = torch.randint(low, high, (n, length - 1), generator=g).tolist()
    return [row + [eos] for row in ids]
