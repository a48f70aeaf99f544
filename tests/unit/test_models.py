"""s2s_core.models: incremental decoding equals teacher forcing, state reordering, attention shapes."""
from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from s2s_core.config import ModelConfig
from s2s_core.models import ARCHITECTURES, ATTENTIONS, build_model

from .conftest import ARCH_CONFIGS, random_model, source_batch

KINDS = list(ARCH_CONFIGS)


def incremental_log_probs(model, src, mask, tgt_in, need_heads=False):
    enc = model.encode(src, mask)
    state = model.init_state(enc)
    lps, attns, heads = [], [], []
    for t in range(tgt_in.size(1)):
        out = model.decode_step(tgt_in[:, t], state, enc, need_heads)
        state = out.state
        lps.append(out.log_probs)
        attns.append(out.attention)
        heads.append(out.heads)
    return torch.stack(lps, 1), torch.stack(attns, 1), heads


@pytest.mark.parametrize("kind", KINDS)
def test_incremental_decoding_equals_teacher_forcing(kind):
    model = random_model(kind, vocab=11, seed=1)
    src, mask = source_batch([5, 9, 3], vocab=11, seed=2)
    g = torch.Generator().manual_seed(3)
    tgt_in = torch.cat([torch.full((3, 1), 2), torch.randint(1, 11, (3, 7), generator=g)], 1)
    with torch.no_grad():
        full = F.log_softmax(model(src, tgt_in).float(), -1)
        inc, attn, _ = incremental_log_probs(model, src, mask, tgt_in)
    assert full.shape == inc.shape == (3, 8, 11)
    torch.testing.assert_close(inc, full, atol=2e-5, rtol=1e-5)
    # attention: a distribution over the real source tokens only
    torch.testing.assert_close(attn.sum(-1), torch.ones(3, 8))
    assert float(attn.masked_select(~mask[:, None, :].expand_as(attn)).abs().max()) == 0.0


@pytest.mark.parametrize("kind", KINDS)
def test_padding_does_not_change_a_sentence(kind):
    """A sentence decodes identically alone and inside a padded batch with a longer one."""
    model = random_model(kind, vocab=9, seed=4)
    src, mask = source_batch([4, 10], vocab=9, seed=5)
    tgt_in = torch.tensor([[2, 5, 6, 7, 8]] * 2)
    with torch.no_grad():
        both, attn_both, _ = incremental_log_probs(model, src, mask, tgt_in)
        alone, attn_alone, _ = incremental_log_probs(model, src[:1, :4], mask[:1, :4], tgt_in[:1])
    torch.testing.assert_close(both[:1], alone, atol=2e-5, rtol=1e-5)
    torch.testing.assert_close(attn_both[:1, :, :4], attn_alone, atol=2e-6, rtol=1e-5)


@pytest.mark.parametrize("kind", KINDS)
def test_reorder_state_continues_the_selected_rows(kind):
    model = random_model(kind, vocab=9, seed=6)
    src, mask = source_batch([6, 4, 8], vocab=9, seed=7)
    steps = torch.tensor([[2, 2, 2], [5, 6, 7], [8, 4, 5], [6, 6, 6]])
    with torch.no_grad():
        enc = model.encode(src, mask)
        state = model.init_state(enc)
        for t in range(2):
            state = model.decode_step(steps[t], state, enc).state
        idx = torch.tensor([2, 0, 0, 1])
        ref = model.decode_step(steps[2], state, enc)
        ref2 = model.decode_step(steps[3], ref.state, enc)
        enc_r = enc.select(idx)
        re = model.decode_step(steps[2][idx], model.reorder_state(state, idx), enc_r)
        re2 = model.decode_step(steps[3][idx], re.state, enc_r)
    torch.testing.assert_close(re.log_probs, ref.log_probs[idx])
    torch.testing.assert_close(re.attention, ref.attention[idx])
    torch.testing.assert_close(re2.log_probs, ref2.log_probs[idx])
    # rows 1 and 2 are copies of the same beam: identical afterwards
    torch.testing.assert_close(re2.log_probs[1], re2.log_probs[2])


@pytest.mark.parametrize("kind", KINDS)
def test_a_kept_state_stays_valid_when_decoded_from_twice(kind):
    """Branching: continuing two different tokens from one state (and reordering it afterwards) must
    not let one branch overwrite the other's cache."""
    model = random_model(kind, vocab=9, seed=14)
    src, mask = source_batch([6, 4], vocab=9, seed=15)
    with torch.no_grad():
        enc = model.encode(src, mask)
        s1 = model.decode_step(torch.tensor([2, 2]), model.init_state(enc), enc).state
        s2 = model.decode_step(torch.tensor([5, 6]), s1, enc).state
        a = model.decode_step(torch.tensor([7, 7]), s2, enc)          # branch A
        b = model.decode_step(torch.tensor([8, 4]), s2, enc)          # branch B from the same state
        a2 = model.decode_step(torch.tensor([4, 4]), a.state, enc)    # A continues after B was written
        b2 = model.decode_step(torch.tensor([4, 4]), b.state, enc)
        s1_again = model.decode_step(torch.tensor([8, 8]), s1, enc)  # an old state is still usable
        r = model.reorder_state(s2, torch.tensor([1, 0]))
        r_out = model.decode_step(torch.tensor([4, 7]), r, enc.select(torch.tensor([1, 0])))
        a3 = model.decode_step(torch.tensor([5, 5]), a2.state, enc)
    ref_a, _, _ = incremental_log_probs(model, src, mask, torch.tensor([[2, 5, 7, 4, 5], [2, 6, 7, 4, 5]]))
    ref_b, _, _ = incremental_log_probs(model, src, mask, torch.tensor([[2, 5, 8, 4], [2, 6, 4, 4]]))
    ref_s1, _, _ = incremental_log_probs(model, src, mask, torch.tensor([[2, 8], [2, 8]]))
    ref_r, _, _ = incremental_log_probs(model, src[[1, 0]], mask[[1, 0]], torch.tensor([[2, 6, 4], [2, 5, 7]]))
    torch.testing.assert_close(a.log_probs, ref_a[:, 2])
    torch.testing.assert_close(b.log_probs, ref_b[:, 2])
    torch.testing.assert_close(a2.log_probs, ref_a[:, 3])
    torch.testing.assert_close(b2.log_probs, ref_b[:, 3])
    torch.testing.assert_close(a3.log_probs, ref_a[:, 4])
    torch.testing.assert_close(s1_again.log_probs, ref_s1[:, 1])
    torch.testing.assert_close(r_out.log_probs, ref_r[:, 2])


@pytest.mark.parametrize("kind", KINDS)
def test_log_probs_do_not_depend_on_attention_flags(kind):
    model = random_model(kind, vocab=9, seed=16)
    src, mask = source_batch([6, 4], vocab=9, seed=17)
    toks = [torch.tensor([2, 2]), torch.tensor([5, 6]), torch.tensor([7, 8])]
    outs = {}
    with torch.no_grad():
        enc = model.encode(src, mask)
        for flags in ((False, True), (True, True), (False, False)):
            state, lps = model.init_state(enc), []
            for t in toks:
                out = model.decode_step(t, state, enc, need_heads=flags[0], need_attention=flags[1])
                state = out.state
                lps.append(out.log_probs)
            outs[flags] = torch.stack(lps)
    torch.testing.assert_close(outs[(True, True)], outs[(False, True)])
    torch.testing.assert_close(outs[(False, False)], outs[(False, True)])


def test_transformer_heads_shape_and_display_attention():
    model = random_model("transformer", vocab=9, seed=8, dec_layers=3, n_heads=4)
    src, mask = source_batch([7, 5], vocab=9, seed=9)
    tgt_in = torch.tensor([[2, 5, 6], [2, 7, 8]])
    with torch.no_grad():
        _, attn, heads = incremental_log_probs(model, src, mask, tgt_in, need_heads=True)
    for t, h in enumerate(heads):
        assert h.shape == (2, 3, 4, 7)                           # [B, layers, heads, S]
        torch.testing.assert_close(h.sum(-1), torch.ones(2, 3, 4))
        # display attention = head average of the penultimate decoder layer
        torch.testing.assert_close(attn[:, t], h[:, 1].mean(1))
    with torch.no_grad():
        enc = model.encode(src, mask)
        assert model.decode_step(tgt_in[:, 0], model.init_state(enc), enc).heads is None


def test_positions_past_the_table_are_computed_per_call(monkeypatch):
    """The positional table is built with the model; longer inputs get the same values computed per call,
    and the model itself never changes while it serves."""
    from s2s_core.models import transformer
    big = random_model("transformer", vocab=7, seed=10)
    monkeypatch.setattr(transformer, "MAX_POSITIONS", 16)
    small = random_model("transformer", vocab=7, seed=10)
    assert small.pe.size(0) == 16 < big.pe.size(0)
    src, mask = source_batch([5], vocab=7)
    g = torch.Generator().manual_seed(0)
    tgt_in = torch.cat([torch.tensor([[2]]), torch.randint(4, 7, (1, 39), generator=g)], 1)   # 40 > 16
    with torch.no_grad():
        full = F.log_softmax(small(src, tgt_in), -1)
        torch.testing.assert_close(full, F.log_softmax(big(src, tgt_in), -1))
        inc, _, _ = incremental_log_probs(small, src, mask, tgt_in)
    torch.testing.assert_close(inc, full, atol=5e-5, rtol=1e-5)
    assert small.pe.size(0) == 16


def test_onednn_projection_and_its_fallback_translate_the_same(monkeypatch):
    """The oneDNN fast path (onednn.py) and plain F.linear give the same beams and scores."""
    from s2s_core.models import fastpath, onednn
    from s2s_core.search import beam_search
    model = random_model("transformer", vocab=40, seed=21, scale=0.3)
    src, mask = source_batch([6, 9, 4], vocab=40, seed=22)
    onednn._PACKED.clear()
    with fastpath.using("projection"):
        fast = beam_search(model, src, mask, beam_size=4, n_best=4, max_length=12)
        assert bool(onednn._PACKED) == onednn.enabled()   # the fast path really ran where it is available
        with onednn.disabled():
            assert not onednn.enabled()
            plain = beam_search(model, src, mask, beam_size=4, n_best=4, max_length=12)
    for a, b in zip(fast, plain):
        assert [h.ids for h in a] == [h.ids for h in b]
        torch.testing.assert_close(torch.tensor([h.score for h in a]), torch.tensor([h.score for h in b]),
                                   atol=1e-5, rtol=1e-5)
    for value, allowed in (("0", False), ("off", False), ("1", True), ("", True)):
        monkeypatch.setenv(onednn.ENV_VAR, value)
        assert onednn._env_allows() is allowed


def test_one_model_serves_interleaved_requests():
    """Decoder state lives outside the module: two interleaved decodes equal two separate ones."""
    model = random_model("transformer", vocab=9, seed=11)
    a, ma = source_batch([5], vocab=9, seed=1)
    b, mb = source_batch([7], vocab=9, seed=2)
    toks = [2, 5, 6, 7]
    with torch.no_grad():
        ea, eb = model.encode(a, ma), model.encode(b, mb)
        sa, sb = model.init_state(ea), model.init_state(eb)
        for t in toks:
            oa = model.decode_step(torch.tensor([t]), sa, ea)
            ob = model.decode_step(torch.tensor([t]), sb, eb)
            sa, sb = oa.state, ob.state
        ref_a, _, _ = incremental_log_probs(model, a, ma, torch.tensor([toks]))
    torch.testing.assert_close(oa.log_probs, ref_a[:, -1])


def test_scheduled_sampling_changes_rnn_inputs_only_when_asked():
    model = random_model("gru", vocab=9, seed=12)
    src, _ = source_batch([5, 6], vocab=9, seed=3)
    tgt_in = torch.tensor([[2, 5, 6, 7, 8, 4]] * 2)
    with torch.no_grad():
        base = model(src, tgt_in)
        torch.testing.assert_close(model(src, tgt_in, 0.0), base)
        torch.manual_seed(0)
        sampled = model(src, tgt_in, 1.0)       # always feeds its own argmax after step 0
    torch.testing.assert_close(sampled[:, 0], base[:, 0])
    assert not torch.allclose(sampled, base)


@pytest.mark.parametrize("kind", KINDS)
def test_dropout_only_in_training_mode(kind):
    model = random_model(kind, vocab=9, seed=13, dropout=0.5)
    src, _ = source_batch([5, 6], vocab=9, seed=3)
    tgt_in = torch.tensor([[2, 5, 6, 7]] * 2)
    with torch.no_grad():
        torch.testing.assert_close(model(src, tgt_in), model(src, tgt_in))
        model.train()
        assert not torch.allclose(model(src, tgt_in), model(src, tgt_in))


def test_transformer_dropout_placement():
    """Attention and FFN dropout follow --dropout unless set; at 0 they really are off in training."""
    def rates(**kw):
        layer = random_model("transformer", vocab=9, seed=13, **kw).dec_layers[0]
        return layer.drop.p, layer.self_attn.p, layer.cross_attn.p, layer.ffn.drop.p
    assert rates(dropout=0.3) == (0.3, 0.3, 0.3, 0.3)
    assert rates(dropout=0.3, attention_dropout=0.0, activation_dropout=0.1) == (0.3, 0.0, 0.0, 0.1)
    model = random_model("transformer", vocab=9, seed=13, dropout=0.0, attention_dropout=0.0,
                         activation_dropout=0.0).train()
    src, _ = source_batch([5, 6], vocab=9, seed=3)
    tgt_in = torch.tensor([[2, 5, 6, 7]] * 2)
    with torch.no_grad():
        torch.testing.assert_close(model(src, tgt_in), model(src, tgt_in))
        model.dec_layers[0].self_attn.p = 0.5            # attention dropout alone changes the output
        assert not torch.allclose(model(src, tgt_in), model(src, tgt_in))
    old = {k: v for k, v in ModelConfig(dropout=0.2).to_dict().items() if not k.endswith("n_dropout")}
    assert ModelConfig.from_dict(old).dropout_of("attention") == 0.2       # checkpoints from before the option


def test_build_model_rejects_bad_configs():
    with pytest.raises(ValueError, match="unknown architecture"):
        build_model(ModelConfig(arch="cnn"))
    with pytest.raises(ValueError, match="unknown attention"):
        build_model(ModelConfig(arch="gru", attention="magic"))
    with pytest.raises(ValueError, match="divisible"):
        build_model(ModelConfig(arch="transformer", d_model=30, n_heads=4))
    assert set(ARCHITECTURES) == {"transformer", "gru", "lstm"}
    assert set(ATTENTIONS) == {"bahdanau", "luong-dot", "luong-general"}


@pytest.mark.parametrize("tie", [True, False])
def test_tied_embeddings_share_weights(tie):
    for kind in ("transformer", "gru"):
        model = random_model(kind, vocab=9, tie_embeddings=tie)
        assert (model.out.weight is model.tgt_embed.weight) == tie
        assert (model.embed is model.tgt_embed) == tie
