"""s2s_core.models.kvcache: reordering recycles the buffers of dropped states, never one still held."""
from __future__ import annotations

import torch

from s2s_core.models import kvcache

from .conftest import random_model, source_batch


def step_states(model, src, mask, steps):
    enc = model.encode(src, mask)
    state, states = model.init_state(enc), []
    for t in range(steps):
        state = model.decode_step(torch.full((src.size(0),), 4 + t), state, enc).state
        states.append(state)
    return enc, states


def test_reordering_recycles_dropped_buffers_and_never_a_held_one():
    model = random_model("transformer", vocab=9, seed=6)
    src, mask = source_batch([5, 7, 4], vocab=9, seed=7)
    with torch.inference_mode():
        enc, states = step_states(model, src, mask, 3)
        idx = torch.tensor([2, 0, 1])
        a = states[-1].select(idx)
        b = a.select(idx)
        kept = a.buf[:a.pos].clone()
        held = {a.buf.data_ptr(), b.buf.data_ptr(), states[-1].buf.data_ptr()}
        c = b.select(idx)
        assert c.buf.data_ptr() not in held                     # nobody's buffer is handed out twice
        freed = b.buf.data_ptr()
        del b
        d = c.select(idx)
        assert d.buf.data_ptr() == freed                        # the dropped one came back
        assert torch.equal(a.buf[:a.pos], kept)                 # a kept state is untouched
        # and decoding on from a recycled buffer equals decoding from a fresh copy of the same rows
        nxt = torch.tensor([5, 6, 7])
        fresh = kvcache.KVCache(kvcache._Slab(d.buf.clone(), d.pos, kvcache._Family()), d.pos)
        got = model.decode_step(nxt, d, enc.select(idx)).log_probs
        want = model.decode_step(nxt, fresh, enc.select(idx)).log_probs
    torch.testing.assert_close(got, want)


def test_a_buffer_someone_else_holds_is_not_recycled():
    model = random_model("transformer", vocab=9, seed=6)
    src, mask = source_batch([5, 7], vocab=9, seed=7)
    with torch.inference_mode():
        _, states = step_states(model, src, mask, 2)
        a = states[-1].select(torch.tensor([1, 0]))
        outside = a.buf                                  # a reference beyond the states'
        family = a.family
        del a, states
        assert outside.data_ptr() not in {buf.data_ptr() for buf in family.spare}
        assert len(family.spare) == 1                    # the states' own buffer, which nobody holds
