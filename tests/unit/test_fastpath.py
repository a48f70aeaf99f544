"""s2s_core.models.fastpath (+ onednn): every decoding path against the fp32 reference, forced on whatever
this CPU would choose; the run-time choice and its switches; the int8 opt-in."""
from __future__ import annotations

import copy

import pytest
import torch

from s2s_core.models import fastpath, onednn
from s2s_core.search import beam_search

from .conftest import random_model, source_batch
from .test_models import incremental_log_probs

FP32_PATHS = ("projection", "onednn")          # same results as the reference up to float rounding
# Largest |Δ log-prob| per step a lossy path may cause on the test model (measured: bf16 1.3e-2, int8 6.7e-2).
LOSSY_TOLERANCE = {"bf16": 3e-2, "int8": 0.15}
needs_onednn = pytest.mark.skipif(not onednn.enabled(), reason="this torch build has no oneDNN linear op")


@pytest.fixture
def every_layer(monkeypatch):
    """oneDNN for layers of any size (the test models are far below ``ONEDNN_MIN_WEIGHT``)."""
    monkeypatch.setattr(fastpath, "ONEDNN_MIN_WEIGHT", 0)


def model_and_batch(seed=21):
    model = random_model("transformer", vocab=40, seed=seed, scale=0.3, d_model=32, ffn_dim=64)
    src, mask = source_batch([6, 9, 4, 7, 5, 8, 6, 9], vocab=40, seed=22)
    g = torch.Generator().manual_seed(3)
    tgt_in = torch.cat([torch.full((8, 1), 2), torch.randint(4, 40, (8, 9), generator=g)], 1)
    return model, src, mask, tgt_in


def decode(model, path, src, mask, tgt_in):
    """(teacher-forced step log-probs, beam-search n-best lists) with ``path`` forced on."""
    with fastpath.using(path), torch.inference_mode():
        return (incremental_log_probs(model, src, mask, tgt_in)[0],
                beam_search(model, src, mask, beam_size=4, n_best=4, max_length=12))


def packed_kinds(model) -> dict:
    """Which step weights have a packed oneDNN copy, by dtype: {"projection": dtypes, "layers": dtypes}."""
    out_id, kinds = id(model.out.weight), {"projection": set(), "layers": set()}
    for wid, dtype in onednn._PACKED:
        kinds["projection" if wid == out_id else "layers"].add(dtype)
    return kinds


@pytest.mark.parametrize("path", FP32_PATHS)
def test_fp32_paths_decode_exactly_like_the_reference(path, every_layer):
    model, src, mask, tgt_in = model_and_batch()
    ref_lp, ref = decode(model, "reference", src, mask, tgt_in)
    onednn._PACKED.clear()
    lp, fast = decode(model, path, src, mask, tgt_in)
    torch.testing.assert_close(lp, ref_lp, atol=1e-4, rtol=1e-5)
    for a, b in zip(fast, ref):
        assert [h.ids for h in a] == [h.ids for h in b]
        assert [h.score for h in a] == pytest.approx([h.score for h in b], abs=1e-4)
    if onednn.enabled():          # the path really ran: projection only, or every layer too
        kinds = packed_kinds(model)
        assert kinds["projection"] == {torch.float32}
        assert kinds["layers"] == ({torch.float32} if path == "onednn" else set())


@needs_onednn
@pytest.mark.skipif(not onednn.bf16_supported(), reason="this CPU has no oneDNN bf16 kernels (it needs AVX-512 "
                    "BW/VL/DQ or AVX-NE-CONVERT): the bf16 path computes in fp32 here, as the next test checks")
def test_bf16_path_stays_within_bf16_rounding_and_only_where_rows_suffice(monkeypatch, every_layer):
    model, src, mask, tgt_in = model_and_batch()
    ref_lp, _ = decode(model, "reference", src, mask, tgt_in)
    onednn._PACKED.clear()
    with fastpath.using("bf16"), torch.inference_mode():                  # 8 rows < BF16_MIN_ROWS: fp32
        lp = incremental_log_probs(model, src, mask, tgt_in)[0]
    torch.testing.assert_close(lp, ref_lp, atol=1e-4, rtol=1e-5)
    assert packed_kinds(model)["layers"] == {torch.float32}
    monkeypatch.setattr(fastpath, "BF16_MIN_ROWS", 1)
    lp, _ = decode(model, "bf16", src, mask, tgt_in)
    assert packed_kinds(model) == {"projection": {torch.float32, torch.bfloat16},
                                   "layers": {torch.float32, torch.bfloat16}}
    err = float((lp - ref_lp).abs().max())
    assert 0 < err <= LOSSY_TOLERANCE["bf16"]               # computed in bf16, and only that far off


def test_int8_model_stays_within_int8_rounding():
    model, src, mask, tgt_in = model_and_batch()
    ref_lp, ref = decode(model, "reference", src, mask, tgt_in)
    q = fastpath.quantize_int8(copy.deepcopy(model))
    assert not any(type(m) is torch.nn.Linear for m in q.modules())       # every linear layer replaced
    lp, fast = decode(q, fastpath.auto(), src, mask, tgt_in)
    err = float((lp - ref_lp).abs().max())
    assert 0 < err <= LOSSY_TOLERANCE["int8"]
    assert [len(n) for n in fast] == [len(n) for n in ref]


@pytest.mark.parametrize("kind", ["gru", "lstm"])
def test_int8_quantises_recurrent_models_too(kind):
    model = random_model(kind, vocab=11, seed=1, scale=0.3)
    src, mask = source_batch([5, 9, 3], vocab=11, seed=2)
    tgt_in = torch.tensor([[2, 5, 6, 7, 8]] * 3)
    with torch.inference_mode():
        ref = incremental_log_probs(model, src, mask, tgt_in)[0]
        q = fastpath.quantize_int8(copy.deepcopy(model))
        lp = incremental_log_probs(q, src, mask, tgt_in)[0]
    assert 0 < float((lp - ref).abs().max()) <= LOSSY_TOLERANCE["int8"]


@pytest.mark.parametrize("capability, vendor, chosen", [
    ("AVX512", "AuthenticAMD", "onednn"), ("AVX512", "", "onednn"), ("AVX512", "GenuineIntel", "projection"),
    ("AMX", "GenuineIntel", "projection"), ("AVX2", "AuthenticAMD", "projection"),
    ("AVX2", "GenuineIntel", "projection"), ("DEFAULT", "", "projection"), ("NO AVX", "", "projection")])
def test_auto_choice_follows_the_cpu(monkeypatch, capability, vendor, chosen):
    """oneDNN for every large layer only where MKL is slow for few rows (AMD with AVX-512; RESULTS.md)."""
    monkeypatch.setattr(torch.backends.cpu, "get_cpu_capability", lambda: capability)
    monkeypatch.setattr(fastpath, "cpu_vendor", lambda: vendor)
    assert fastpath.auto() == chosen
    with fastpath.using("auto") as path:
        assert path == chosen == fastpath.active()


def test_switches(monkeypatch):
    before = fastpath.active()
    with fastpath.using("reference"):
        assert fastpath.active() == "reference"
    assert fastpath.active() == before                       # restored
    with pytest.raises(ValueError, match="unknown fast path"):
        fastpath.set_path("fastest")
    assert fastpath._resolve(" ONEDNN ") == "onednn" and fastpath._resolve("") == fastpath.auto()
    monkeypatch.setenv(fastpath.ENV_VAR, "bf16")
    assert fastpath._from_env() == "bf16"
    monkeypatch.setenv(fastpath.ENV_VAR, "fastest")
    with pytest.warns(RuntimeWarning, match="S2S_FASTPATH"):
        assert fastpath._from_env() == fastpath.auto()
    model, src, mask, tgt_in = model_and_batch()
    onednn._PACKED.clear()
    with onednn.disabled(), fastpath.using("onednn"):        # S2S_ONEDNN=0 beats any path
        assert fastpath.active() == "reference"
        decode(model, "onednn", src, mask, tgt_in)
    assert not onednn._PACKED


@needs_onednn
def test_onednn_takes_only_layers_big_enough_and_steps_of_two_rows(monkeypatch):
    model, src, mask, tgt_in = model_and_batch()
    monkeypatch.setattr(fastpath, "ONEDNN_MIN_WEIGHT", model.out.weight.numel())       # 40 × 32
    layers = model.dec_layers
    big = {id(model.out.weight)} | {id(w) for l in layers for w in (l.self_attn.qkv.weight, l.ffn.up.weight,
                                                                      l.ffn.down.weight)}
    small = {id(w) for l in layers for w in (l.self_attn.o.weight, l.cross_attn.q.weight, l.cross_attn.o.weight)}
    assert all(p.numel() < fastpath.ONEDNN_MIN_WEIGHT for p in model.parameters() if id(p) in small)
    onednn._PACKED.clear()
    with fastpath.using("onednn"), torch.inference_mode():
        incremental_log_probs(model, src[:1], mask[:1], tgt_in[:1])         # one row: the projection only
        assert {wid for wid, _ in onednn._PACKED} == {id(model.out.weight)}
        incremental_log_probs(model, src, mask, tgt_in)
    assert {wid for wid, _ in onednn._PACKED} == big


@needs_onednn
def test_weights_made_in_inference_mode_keep_the_path_on(every_layer):
    """Inference tensors have no version counter; the packed copies still follow their values."""
    with torch.inference_mode():
        model, src, mask, tgt_in = model_and_batch()
        ref_lp, _ = decode(model, "reference", src, mask, tgt_in)
        lp, _ = decode(model, "onednn", src, mask, tgt_in)
        model.dec_layers[0].ffn.up.weight.mul_(1.5)
        ref2, _ = decode(model, "reference", src, mask, tgt_in)
        lp2, _ = decode(model, "onednn", src, mask, tgt_in)
    assert onednn.enabled()
    torch.testing.assert_close(lp, ref_lp, atol=1e-4, rtol=1e-5)
    torch.testing.assert_close(lp2, ref2, atol=1e-4, rtol=1e-5)
    assert not torch.allclose(ref2, ref_lp)


@needs_onednn
def test_packed_copies_follow_weight_changes_even_through_data(every_layer):
    model, src, mask, tgt_in = model_and_batch()
    with fastpath.using("onednn"), torch.inference_mode():
        decode(model, "onednn", src, mask, tgt_in)                   # packs every weight
    with torch.no_grad():
        model.dec_layers[0].ffn.up.weight.data.mul_(1.5)             # no version bump
        model.dec_layers[1].self_attn.qkv.weight.add_(0.01)          # version bump
    ref_lp, _ = decode(model, "reference", src, mask, tgt_in)
    lp, _ = decode(model, "onednn", src, mask, tgt_in)
    torch.testing.assert_close(lp, ref_lp, atol=1e-4, rtol=1e-5)


def test_quantize_option_is_checked(tiny_checkpoint):
    from s2s_core import Translator
    with pytest.raises(ValueError, match="unknown quantisation"):
        Translator.from_checkpoint(tiny_checkpoint, quantize="int4")
    with pytest.raises(ValueError, match="CPU only"):
        Translator.from_checkpoint(tiny_checkpoint, device="cuda", quantize="int8")
    tr = Translator.from_checkpoint(tiny_checkpoint, quantize="int8")
    assert "quantized" in type(tr.model.out).__module__
    t = tr.translate("a b c", beam_size=3, n_best=2)
    assert len(t.hypotheses) == 2 and t.best.tokens[-1] == "</s>"
    assert Translator.from_checkpoint(tiny_checkpoint, quantize="none").model.out.weight.dtype == torch.float32


def test_evaluate_with_int8(tiny_checkpoint, toy_data, capsys):
    from s2s_core.cli import main
    assert main(["evaluate", "--checkpoint", str(tiny_checkpoint), "--test", str(toy_data["valid"]), "--beam", "2",
                 "--quantize", "int8"]) in (None, 0)
    assert "BLEU" in capsys.readouterr().out


@needs_onednn
def test_bf16_asked_where_the_cpu_has_none_computes_in_fp32_and_keeps_onednn_on(monkeypatch, every_layer):
    """An AVX2 CPU's oneDNN refuses bf16 weights; asked for the bf16 path there, every oneDNN layer had been turned
    off for the process (then the fp32 paths fell back to the reference too). Now bf16 layers compute in fp32."""
    monkeypatch.setitem(onednn._STATE, "bf16", False)
    monkeypatch.setattr(fastpath, "BF16_MIN_ROWS", 1)
    model, src, mask, tgt_in = model_and_batch()
    ref_lp, _ = decode(model, "reference", src, mask, tgt_in)
    onednn._PACKED.clear()
    lp, _ = decode(model, "bf16", src, mask, tgt_in)
    assert onednn.enabled() and packed_kinds(model) == {"projection": {torch.float32}, "layers": {torch.float32}}
    torch.testing.assert_close(lp, ref_lp, atol=1e-4, rtol=1e-5)


@needs_onednn
def test_a_failing_bf16_op_turns_off_bf16_only(monkeypatch):
    """Where bf16 is reported but its op fails, bf16 goes off and the fp32 oneDNN layers stay on."""
    monkeypatch.setitem(onednn._STATE, "bf16", True)
    real = onednn._packed

    def refuse_bf16(weight, dtype=torch.float32):
        if dtype != torch.float32:
            raise RuntimeError("bf16 path needs the cpu support avx512bw")
        return real(weight, dtype)
    monkeypatch.setattr(onednn, "_packed", refuse_bf16)
    x, w = torch.randn(4, 32), torch.randn(64, 32)
    with torch.inference_mode():
        y = onednn.linear(x, w, dtype=torch.bfloat16)
    torch.testing.assert_close(y, torch.nn.functional.linear(x, w), atol=1e-4, rtol=1e-5)
    assert onednn.enabled() and not onednn.bf16_supported()
