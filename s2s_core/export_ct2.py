"""Export a Transformer checkpoint as a CTranslate2 model, for serving at production speed.

``python -m s2s_core export --format ctranslate2 CHECKPOINT OUT_DIR`` writes CTranslate2's ``model.bin``,
``config.json`` and ``shared_vocabulary.json``, plus ``sentencepiece.model`` (the checkpoint's tokenizer) and
``s2s_export.json`` (our model config and where it came from). CTranslate2 is optional
(``pip install ctranslate2==4.8.5``); nothing here imports it before it is needed.

Our layout maps one to one onto CTranslate2's ``TransformerSpec``: pre-norm layers, ReLU FFN, final encoder and
decoder LayerNorms, fused q/k/v self-attention, q plus fused k/v cross-attention, embeddings × √d_model, tied
(or separate) embeddings and output projection without bias. Two things need care:

* Positions. Ours interleave sin (even dims) and cos (odd dims) from position 0; CTranslate2's built-in
  sinusoids are [sin | cos] halves from position 1. So the table itself is exported as position encodings
  (``MAX_POSITIONS`` rows, shared by encoder and decoder): same numbers, no formula to agree on.
* Special tokens. Our ids are fixed (0 <pad>, 1 <unk>, 2 <s>, 3 </s>) and the vocabulary is the SentencePiece
  pieces in id order (padded with unused names when the model's vocabulary is larger). The decoder starts from
  <s> and stops at </s>; sources get </s> appended by CTranslate2 itself (``add_source_eos``), as our engine
  does, so a serving client passes plain SentencePiece pieces.

Weights are exported in float32 (fp16 checkpoints are widened exactly, as our loader does), so CTranslate2
computes on the very weights our engine uses; ``quantization`` (or ``compute_type`` when loading) trades that
for size and speed.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Optional

import numpy as np
import torch

from .tokenizer import BOS, EOS, PAD, UNK, Tokenizer
from .translator import Translator

CT2_REQUIREMENT = "ctranslate2==4.8.5"
SPM_FILE = "sentencepiece.model"
INFO_FILE = "s2s_export.json"
FORMAT = "s2s_core.ctranslate2"
MAX_POSITIONS = 1024          # = translator.MAX_TARGET and CTranslate2's default max_input_length
QUANTIZATIONS = ("float32", "float16", "bfloat16", "int8", "int8_float32", "int8_float16", "int8_bfloat16",
                 "int16")


class MissingCTranslate2(ValueError):
    """CTranslate2 is not installed: an optional dependency, so a clear message rather than a traceback."""


def require_ctranslate2():
    """The ``ctranslate2`` module, or MissingCTranslate2 saying how to install it."""
    try:
        import ctranslate2
    except ImportError:
        raise MissingCTranslate2(f"this needs CTranslate2, which is not installed: pip install "
                                 f"{CT2_REQUIREMENT}") from None
    return ctranslate2


def vocabulary(tokenizer: Tokenizer, size: int) -> list[str]:
    """The model's vocabulary as CTranslate2 tokens: SentencePiece pieces in id order, then unused names."""
    pieces = tokenizer.id_to_piece(range(tokenizer.vocab_size))
    taken = set(pieces)
    extra = (f"<unused{i}>" for i in range(2 * size) if f"<unused{i}>" not in taken)
    return (pieces + [next(extra) for _ in range(size - len(pieces))])[:size]


def _np(t: torch.Tensor) -> np.ndarray:
    return np.ascontiguousarray(t.detach().float().cpu().numpy())


def _linear(spec, module) -> None:
    spec.weight = _np(module.weight)
    if module.bias is not None:
        spec.bias = _np(module.bias)


def _norm(spec, module) -> None:
    spec.gamma, spec.beta = _np(module.weight), _np(module.bias)


def _self_attention(spec, norm, attention) -> None:
    """An encoder's or a decoder's self-attention block: its layer norm, fused query-key-value and output weights."""
    _norm(spec.layer_norm, norm)
    _linear(spec.linear[0], attention.qkv)
    _linear(spec.linear[1], attention.o)


def _feed_forward(spec, norm, ffn) -> None:
    """An encoder's or a decoder's feed-forward block: its layer norm, up and down projections."""
    _norm(spec.layer_norm, norm)
    _linear(spec.linear_0, ffn.up)
    _linear(spec.linear_1, ffn.down)


def _inputs(spec, embedding, positions: np.ndarray) -> None:
    (spec.embeddings[0] if isinstance(spec.embeddings, list) else spec.embeddings).weight = _np(embedding.weight)
    spec.scale_embeddings = True                       # × √d_model
    spec.position_encodings.encodings = positions


def transformer_spec(model, tokens: list[str]):
    """A CTranslate2 ``TransformerSpec`` holding ``model``'s weights (a ``TransformerSeq2Seq``), with ``tokens``
    as source and target vocabulary."""
    from ctranslate2.specs import common_spec, transformer_spec as ts
    from .models.transformer import sinusoids
    cfg = model.config
    spec = ts.TransformerSpec.from_config(
        (cfg.enc_layers, cfg.dec_layers), cfg.n_heads, pre_norm=True, activation=common_spec.Activation.RELU,
        alignment_layer=model.display_layer, alignment_heads=cfg.n_heads)   # = our display attention
    positions = _np(sinusoids(MAX_POSITIONS, cfg.d_model))
    enc, dec = spec.encoder, spec.decoder
    _inputs(enc, model.embed, positions)
    for s, layer in zip(enc.layer, model.enc_layers):
        _self_attention(s.self_attention, layer.ln1, layer.attn)
        _feed_forward(s.ffn, layer.ln2, layer.ffn)
    _norm(enc.layer_norm, model.enc_ln)
    _inputs(dec, model.tgt_embed, positions)
    for s, layer in zip(dec.layer, model.dec_layers):
        _self_attention(s.self_attention, layer.ln1, layer.self_attn)
        _norm(s.attention.layer_norm, layer.ln2)
        _linear(s.attention.linear[0], layer.cross_attn.q)
        _linear(s.attention.linear[1], layer.cross_attn.kv)
        _linear(s.attention.linear[2], layer.cross_attn.o)
        _feed_forward(s.ffn, layer.ln3, layer.ffn)
    _norm(dec.layer_norm, model.dec_ln)
    _linear(dec.projection, model.out)
    spec.register_source_vocabulary(tokens)
    spec.register_target_vocabulary(tokens)
    c = spec.config
    c.unk_token, c.bos_token, c.eos_token = tokens[UNK], tokens[BOS], tokens[EOS]
    c.decoder_start_token, c.add_source_eos = tokens[BOS], True
    c.layer_norm_epsilon = float(model.enc_ln.eps)
    return spec


def save_spec(spec, out_dir: str | os.PathLike, quantization: Optional[str] = None) -> Path:
    """Validate, optionally quantize and write ``spec`` to ``out_dir`` (replaced if it exists)."""
    ct2 = require_ctranslate2()

    class _FromSpec(ct2.converters.Converter):
        def _load(self):
            return spec

    return Path(_FromSpec().convert(str(out_dir), quantization=quantization, force=True))


def _check_target(out: Path) -> None:
    """Refuse to replace anything but an empty folder or an earlier export."""
    if out.is_file():
        raise ValueError(f"{out} is a file; give a folder for the CTranslate2 model")
    if out.is_dir() and any(out.iterdir()) and not (out / INFO_FILE).is_file():
        raise ValueError(f"{out} exists and is not an earlier export (no {INFO_FILE}); choose an empty or new folder")


def export_ctranslate2(checkpoint_path: str | os.PathLike, out_dir: str | os.PathLike,
                       quantization: Optional[str] = None) -> Path:
    """Convert a Transformer checkpoint to a CTranslate2 model folder (with its SentencePiece model beside it).
    The folder is written next to ``out_dir`` and moved into place when complete."""
    if quantization is not None and quantization not in QUANTIZATIONS:
        raise ValueError(f"unknown quantization {quantization!r}; choose from {', '.join(QUANTIZATIONS)}")
    require_ctranslate2()
    out = Path(out_dir)
    _check_target(out)
    tr = Translator.from_checkpoint(checkpoint_path)
    cfg = tr.config
    if cfg.arch != "transformer":
        raise ValueError(f"CTranslate2 export supports Transformer checkpoints; {checkpoint_path} is a "
                         f"{cfg.arch} model")
    if cfg.ensemble > 1:
        raise ValueError(f"{checkpoint_path} holds an ensemble of {cfg.ensemble} models; CTranslate2 export takes "
                         "one model: export one of its members")
    if (cfg.pad_id, cfg.bos_id, cfg.eos_id) != (PAD, BOS, EOS):
        raise ValueError(f"unexpected special ids in {checkpoint_path}: pad/bos/eos = "
                         f"{cfg.pad_id}/{cfg.bos_id}/{cfg.eos_id} (expected {PAD}/{BOS}/{EOS})")
    spec = transformer_spec(tr.model, vocabulary(tr.tokenizer, cfg.vocab_size))
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        save_spec(spec, work / "model", quantization)
        (work / "model" / SPM_FILE).write_bytes(tr.tokenizer.model_proto)
        info = {"format": FORMAT, "version": 1, "model_config": cfg.to_dict(), "source": str(checkpoint_path),
                "quantization": quantization or "float32", "ctranslate2": require_ctranslate2().__version__,
                "train_config": tr.meta.get("train_config", {})}
        (work / "model" / INFO_FILE).write_text(json.dumps(info, indent=2, default=str), encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        os.replace(work / "model", out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


def export_command(paths: list[str], out: Optional[str], quantization: Optional[str]) -> Path:
    """``export --format ctranslate2 CHECKPOINT OUT_DIR`` (or ``CHECKPOINT --out OUT_DIR``)."""
    if out is None and len(paths) == 2:
        paths, out = paths[:1], paths[1]
    if out is None or len(paths) != 1:
        raise ValueError("--format ctranslate2 takes one checkpoint and an output folder: CHECKPOINT OUT_DIR "
                         "(average several checkpoints with a plain export first)")
    return export_ctranslate2(paths[0], out, quantization)
