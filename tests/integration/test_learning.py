"""End to end through the CLI: ``python -m s2s_core train …`` learns to reverse sequences.

The models are trained once per session by conftest.py's ``trained_reversers`` (the suite's slowest set-up,
≈ 40-50 s of one CPU core each). These tests prove the whole path works: data reading, tokenizer, model,
loss, optimiser, schedule, validation/selection, checkpointing, loading and search.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from s2s_core import Translator


def exact_match(tr: Translator, test, beam=5, **kw):
    results = tr.translate_batch([s for s, _ in test], beam_size=beam, **kw)
    return results, float(np.mean([r.best.text == t for r, (_, t) in zip(results, test)]))


def antidiagonal(results, matrix) -> np.ndarray:
    """Per sentence: the share of target letters whose attention peaks on the source letter they copy
    (target position i on source position n-1-i), ``matrix(result)`` giving the [target, source] map."""
    per_sentence = []
    for r in results:
        n = len(r.source_tokens) - 1                         # real letters, without </s>
        att = matrix(r)
        rows = min(n, att.shape[0] - 1)                      # letter rows, without the final </s> row
        per_sentence.append(np.mean([int(att[i, :n].argmax()) == n - 1 - i for i in range(rows)]))
    return np.array(per_sentence)


def assert_antidiagonal(per_sentence: np.ndarray, what: str, sentences: float, letters: float) -> None:
    """At least ``sentences`` of the sentences have ≥ 80 % of their letters on the anti-diagonal, and
    ``letters`` of all letters are (chance is about 1 in 5)."""
    share = np.mean(per_sentence >= 0.8)
    assert share >= sentences, f"{what}: anti-diagonal in {share:.2f} of sentences"
    assert per_sentence.mean() >= letters, f"{what}: {per_sentence.mean():.2f} of letters on the anti-diagonal"


def final_valid(out: Path) -> dict:
    recs = [json.loads(l) for l in (out / "metrics.jsonl").read_text().splitlines()]
    return [r for r in recs if r.get("kind") == "valid"][-1]


def test_transformer_learns_reversal_via_cli_with_antidiagonal_attention(reverse_task, trained_reversers):
    out, log = trained_reversers("transformer")
    assert "training finished (max_steps)" in log
    tr = Translator.from_checkpoint(out / "best.pt")
    assert tr.config.arch == "transformer" and tr.config.d_model == 64
    results, acc = exact_match(tr, reverse_task["test"], return_heads=True)
    assert acc >= 0.9, f"exact match {acc:.2f}"
    assert final_valid(out)["valid_bleu"] > 90

    # Cross-attention, heads averaged, in the decoder layer that aligns best. Less sharp than the GRU's: where
    # it misses, it mostly peaks one letter to the right (the letter copied one step earlier, the decoder's
    # input). Measured on an AVX2 AMD EPYC: layer 2, 0.88 of letters and 0.79 of sentences (seeds 2 and 3: 0.89 /
    # 0.81, 0.94 / 0.89; with the earlier 3000-token batches 0.94 / 0.89). The float results differ by CPU class: at
    # the earlier lr 2e-3 a Xeon (AVX-512) gave 0.86 / 0.73 but this EPYC 0.75 / 0.46 (exact match 0.92), a
    # failure; lr 3e-3 (conftest.py) learns with a margin here (not yet rerun on a Xeon).
    by_layer = [antidiagonal(results, lambda r, layer=layer: r.best.heads[:, layer].mean(axis=1))
                for layer in range(tr.config.dec_layers)]
    best = int(np.argmax([x.mean() for x in by_layer]))
    assert_antidiagonal(by_layer[best], f"Transformer decoder layer {best + 1}", sentences=0.6, letters=0.75)


def test_gru_bahdanau_learns_reversal_with_antidiagonal_attention(reverse_task, trained_reversers):
    out, log = trained_reversers("gru")
    assert "training finished (max_steps)" in log
    tr = Translator.from_checkpoint(out / "best.pt")
    assert (tr.config.arch, tr.config.attention) == ("gru", "bahdanau")
    results, acc = exact_match(tr, reverse_task["test"])
    assert acc >= 0.9, f"exact match {acc:.2f}"

    # Attention: target position i looks at source position n-1-i (the letter it copies).
    assert_antidiagonal(antidiagonal(results, lambda r: r.best.attention), "GRU attention", sentences=0.8,
                        letters=0.85)
