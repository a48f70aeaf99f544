"""s2s_core.forced and s2s_core.attribution on random models (no training) and the tiny checkpoint:
forced decoding reproduces search exactly; every method gives a [target × source] matrix of the right
kind; the gradients are the real ones; norm-weighted attention decomposes the real layer output."""
from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from s2s_core import Translator, attribution
from s2s_core.forced import force, force_batches, force_ids
from s2s_core.search import beam_search
from s2s_core.tokenizer import BOS, EOS

from .conftest import ARCH_CONFIGS, random_model, source_batch

KINDS = list(ARCH_CONFIGS)


def real_ids(src, mask, b):
    return src[b, :int(mask[b].sum())].tolist()


@pytest.mark.parametrize("kind", KINDS)
def test_forced_decoding_reproduces_beam_hypotheses_exactly(kind):
    model = random_model(kind, vocab=9)
    src, mask = source_batch([5, 3, 6], vocab=9)
    need_heads = kind == "transformer"
    nbest = beam_search(model, src, mask, beam_size=3, n_best=3, need_heads=need_heads)
    pairs = [(real_ids(src, mask, b), h) for b, hyps in enumerate(nbest) for h in hyps]
    forced = force_batches(model, [s for s, _ in pairs], [h.ids for _, h in pairs], need_heads, max_tokens=12)
    for (_, h), f in zip(pairs, forced):
        assert f.ids == h.ids                                           # the gold ids round-trip
        np.testing.assert_allclose(f.token_log_probs, h.token_log_probs, atol=1e-5)
        np.testing.assert_allclose(f.attention, h.attention, atol=1e-6)
        assert f.score == pytest.approx(h.score, abs=1e-5)
        if need_heads:
            assert f.heads.shape == h.heads.shape
            np.testing.assert_allclose(f.heads, h.heads, atol=1e-6)


def test_forced_log_probs_equal_teacher_forced_forward():
    model = random_model("transformer", vocab=9)
    src, mask = source_batch([6], vocab=9)
    tgt = [5, 7, 4, 8, EOS]
    f = force_ids(model, [real_ids(src, mask, 0)], [tgt])[0]
    with torch.no_grad():
        lp = torch.log_softmax(model(src, torch.tensor([[BOS] + tgt[:-1]])), -1)[0]
    np.testing.assert_allclose(f.token_log_probs, lp[torch.arange(len(tgt)), tgt].numpy(), atol=1e-5)


def test_force_on_a_translator_round_trips_text_and_ids(tiny_checkpoint):
    tr = Translator.from_checkpoint(tiny_checkpoint)
    t = tr.translate("a b c d", beam_size=3, n_best=3)
    for h in t.hypotheses:
        f = force(tr, "a b c d", h.ids)
        assert f.best.ids == h.ids and f.best.tokens == h.tokens and f.source_tokens == t.source_tokens
        np.testing.assert_allclose(f.best.heads, h.heads, atol=1e-5)
        np.testing.assert_allclose(f.best.token_log_probs, h.token_log_probs, atol=1e-5)
    by_text = force(tr, "a b c d", "d c b a")
    assert by_text.best.ids == tr.tokenizer.encode("d c b a") + [EOS]
    assert by_text.best.ids == force(tr, tr.tokenizer.encode("a b c d"), by_text.best.ids[:-1]).best.ids
    with pytest.raises(ValueError):
        force(tr, "a b", "   ")


@pytest.mark.parametrize("kind", KINDS)
def test_every_method_gives_a_row_normalised_target_by_source_matrix(kind):
    model = random_model(kind, vocab=9)
    src, mask = source_batch([6], vocab=9)
    s = real_ids(src, mask, 0)
    f = force_ids(model, [s], [[5, 6, 7, EOS]], need_heads=kind == "transformer")[0]
    out = attribution.attribute(model, s, f.ids, f.attention, f.heads, ig_steps=4)
    assert set(out) == set(attribution.METHODS)
    for name, m in out.items():
        assert m.shape == (4, 6), name
        assert (m >= 0).all() and np.allclose(m.sum(1), 1, atol=1e-5), name


def test_gradient_x_input_matches_an_independent_gradient():
    """Untied embeddings and distinct source ids: the gradient on the embedding *table* row of a
    source token is the gradient on that token's embedding, computed without our hook or Captum."""
    model = random_model("transformer", vocab=12, tie_embeddings=False)
    s, tgt = [4, 9, 6, 11, EOS], [7, 5, 8, EOS]
    mine, signed = (attribution.gradient_x_input(model, s, tgt, signed=flag) for flag in (False, True))
    table = model.embed.weight
    for t in range(len(tgt)):
        model.zero_grad()
        lp = torch.log_softmax(model(torch.tensor([s]), torch.tensor([[BOS] + tgt[:-1]])), -1)[0, t, tgt[t]]
        lp.backward()
        per_token = (table.grad[s] * table[s]).sum(-1).detach().numpy()        # signed dot products
        np.testing.assert_allclose(signed[t], per_token, rtol=1e-4, atol=1e-6)
        np.testing.assert_allclose(mine[t], np.abs(per_token) / np.abs(per_token).sum(), rtol=1e-4, atol=1e-6)


@pytest.mark.parametrize("kind", ["transformer", "lstm"])
def test_integrated_gradients_completeness_improves_with_steps(kind):
    model = random_model(kind, vocab=9, scale=0.3)
    s, tgt = [4, 5, 6, 7, EOS], [8, 6, EOS]
    errors = [attribution.integrated_gradients(model, s, tgt, steps=n, return_delta=True)[1].mean()
              for n in (2, 16)]
    assert errors[1] < errors[0] and errors[1] < 0.02
    # completeness: each target token's signed scores add up to log p(source) − log p(zero embeddings)
    ig = attribution.integrated_gradients(model, s, tgt, steps=32, signed=True)
    fn, (emb, args) = attribution._forward_fn(model), attribution._rows(s, tgt, model)
    with torch.no_grad():
        gap = (fn(emb, *args) - fn(torch.zeros_like(emb), *args)).numpy()
    np.testing.assert_allclose(ig.sum(1), gap, atol=2e-3)


def test_norm_weighted_heads_add_up_to_the_real_cross_attention_output():
    torch.manual_seed(0)
    model = random_model("transformer", vocab=9)
    attn = model.dec_layers[0].cross_attn
    memory, x = torch.randn(5, 16), torch.randn(1, 1, 16)
    with torch.no_grad():
        k, v = attn.project_memory(memory[None])
        real = attn.cross_attend(x, k, v, None)[0, 0]                                  # [d]
        q = attn.split(attn.q(x))                                                       # [1, H, 1, dh]
        alpha = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(attn.dh), -1)[0, :, 0]   # [H, S]
        f = attribution.head_outputs(attn, memory)                                      # [H, S, d]
        rebuilt = torch.einsum("hs,hsd->d", alpha, f) + attn.o.bias
    torch.testing.assert_close(rebuilt, real, atol=1e-5, rtol=1e-5)


def test_norm_weighted_attention_layers_heads_and_rnn():
    model = random_model("transformer", vocab=9)
    src, mask = source_batch([6], vocab=9)
    s = real_ids(src, mask, 0)
    f = force_ids(model, [s], [[5, 6, EOS]], need_heads=True)[0]
    n = attribution.norm_weighted_attention(model, s, f.attention, f.heads)
    assert n.layers.shape == (3, 2, 6) and n.heads.shape == (3, 2, 2, 6)
    np.testing.assert_allclose(n.matrix, n.layers[:, model.display_layer])
    np.testing.assert_allclose(attribution.norm_weighted_attention(model, s, f.attention, f.heads, 0, 1).matrix,
                               n.heads[:, 0, 1])
    with pytest.raises(ValueError):
        attribution.norm_weighted_attention(model, s, f.attention, None)
    gru = random_model("gru", vocab=9)
    g = force_ids(gru, [s], [[5, 6, EOS]])[0]
    m = attribution.norm_weighted_attention(gru, s, g.attention).matrix
    # one size per source column scales every row: m / α has the same normalised row everywhere
    q = m / g.attention
    q /= q.sum(1, keepdims=True)
    assert m.shape == (3, 6) and np.allclose(q, q[0], rtol=1e-4)


def test_layer_numbering_display_layer_and_layer_average():
    """None = the display layer (for attention and norm-weighted attention alike), ALL_LAYERS = the average."""
    model = random_model("transformer", vocab=9, dec_layers=3)
    src, mask = source_batch([6], vocab=9)
    s = real_ids(src, mask, 0)
    f = force_ids(model, [s], [[5, 6, 7, EOS]], need_heads=True)[0]
    out = {(layer, head): attribution.attribute(model, s, f.ids, f.attention, f.heads, layer, head,
                                                methods=("attention", "norm_attention"))
           for layer in (None, attribution.ALL_LAYERS, 0) for head in (None, 1)}
    d = model.display_layer
    np.testing.assert_allclose(out[None, None]["attention"], f.heads[:, d].mean(1), atol=1e-6)
    np.testing.assert_allclose(out[None, 1]["attention"], f.heads[:, d, 1], atol=1e-6)
    np.testing.assert_allclose(out[attribution.ALL_LAYERS, 1]["attention"], f.heads[:, :, 1].mean(1), atol=1e-6)
    np.testing.assert_allclose(out[attribution.ALL_LAYERS, None]["attention"], f.heads.mean((1, 2)), atol=1e-6)
    n = attribution.norm_weighted_attention(model, s, f.attention, f.heads)
    np.testing.assert_allclose(out[None, 1]["norm_attention"], n.heads[:, d, 1], atol=1e-6)
    np.testing.assert_allclose(out[0, None]["norm_attention"], n.layers[:, 0], atol=1e-6)
    sizes = [fl[1].norm(dim=-1).numpy() for fl in attribution._value_vectors(model, s)]       # ‖f_l,h=1(m_s)‖
    mean = np.mean([f.heads[:, l, 1] * sizes[l] for l in range(3)], 0)
    np.testing.assert_allclose(out[attribution.ALL_LAYERS, 1]["norm_attention"], mean / mean.sum(1, keepdims=True),
                               atol=1e-5)


def test_compare_on_a_translation_and_a_split_paragraph(tiny_checkpoint):
    tr = Translator.from_checkpoint(tiny_checkpoint)
    t = tr.translate("a b c d", beam_size=2, n_best=2)
    out = attribution.compare(tr, t, hypothesis_index=1, ig_steps=2)
    h = t.hypotheses[1]
    for m in out.values():
        assert m.shape == (len(h.tokens), len(t.source_tokens))
    np.testing.assert_allclose(out["attention"], h.attention / h.attention.sum(1, keepdims=True), atol=1e-6)
    np.testing.assert_allclose(attribution.compare(tr, t, 1, layer=0, head=1, methods=["attention"])["attention"],
                               h.heads[:, 0, 1], atol=1e-6)
    para = tr.translate("a b c. d e", beam_size=2)
    assert len(para.sentences) == 2
    out = attribution.compare(tr, para, ig_steps=2, methods=["attention", "grad_x_input"])
    first = para.sentences[0]
    r, c = len(first.best.tokens), len(first.source_tokens)
    for m in out.values():
        assert m.shape == para.best.attention.shape
        assert not m[:r, c:].any() and not m[r:, :c].any()                  # block-diagonal
    with pytest.raises(ValueError):
        attribution.compare(tr, para, hypothesis_index=1)


def test_agreement():
    a = np.array([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6], [0.2, 0.2, 0.6]])
    same = attribution.agreement(a, a)
    assert same.rank_correlation == pytest.approx(1.0) and same.top_agreement == 1.0 and same.rows == 3
    flipped = attribution.agreement(a[:2], a[:2, ::-1])
    assert flipped.rank_correlation == pytest.approx(-1.0) and flipped.top_agreement == 0.0
    # </s> rows and columns are left out when labels are given
    b = a.copy()
    b[:, 2] = [0.0, 0.9, 0.0]
    b[2] = [0.9, 0.0, 0.1]
    part = attribution.agreement(a, b, ["x", "y", "</s>"], ["u", "v", "</s>"])
    assert part.rows == 2 and part.top_agreement == 1.0
    assert "rank correlation" in str(part) and "100%" in str(part)
    with pytest.raises(ValueError):
        attribution.agreement(a, a[:2])
