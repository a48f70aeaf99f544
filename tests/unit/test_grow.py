"""s2s_core.models.grow: a Transformer grown deeper computes what it did, and its new layers learn."""
from __future__ import annotations

import pytest
import torch

from s2s_core.models import build_model
from s2s_core.models.grow import deeper, load_grown
from s2s_core.search import beam_search

from .conftest import random_model, source_batch


def grown(model, enc, dec):
    big = build_model(deeper(model.config, enc, dec))
    return big, load_grown(big, model.state_dict())


def test_grown_model_translates_exactly_as_the_checkpoint():
    small = random_model("transformer", vocab=12, seed=1)                 # 2 + 2 layers
    big, new = grown(small, 4, 3)
    big.eval()
    assert (big.config.enc_layers, big.config.dec_layers) == (4, 3)
    assert {n.split(".")[0] + "." + n.split(".")[1] for n in new} == {"enc_layers.2", "enc_layers.3", "dec_layers.2"}
    src, mask = source_batch([5, 7], vocab=12, seed=2)
    tgt = torch.randint(4, 12, (2, 6), generator=torch.Generator().manual_seed(3))
    with torch.no_grad():
        assert torch.allclose(big(src, tgt), small(src, tgt), atol=1e-5)
    a, b = (beam_search(m, src, mask, beam_size=3, n_best=3) for m in (small, big))
    assert [[h.ids for h in s] for s in a] == [[h.ids for h in s] for s in b]
    assert [h.score for s in a for h in s] == pytest.approx([h.score for s in b for h in s], abs=1e-5)


def test_new_layers_learn():
    """Their zeroed branch outputs get gradients, so training moves them off the identity."""
    big, new = grown(random_model("transformer", vocab=12, seed=4), 2, 3)
    src, _ = source_batch([5, 7], vocab=12, seed=5)
    tgt = torch.randint(4, 12, (2, 6), generator=torch.Generator().manual_seed(6))
    big.train()
    torch.nn.functional.cross_entropy(big(src, tgt).flatten(0, 1), tgt.flatten()).backward()
    zeroed = [n for n in new if n.endswith(".o.weight") or n.endswith(".down.weight")]
    assert len(zeroed) == 3                                             # self-attention, cross-attention, FFN
    for name in zeroed:
        assert not big.get_parameter(name).any() and big.get_parameter(name).grad.abs().sum() > 0


def test_growth_is_refused_where_it_cannot_keep_the_function():
    t = random_model("transformer", vocab=12)
    assert deeper(t.config) is t.config and deeper(t.config, 2, 2) is t.config     # nothing to grow
    with pytest.raises(ValueError, match="not drop"):
        deeper(t.config, 1, 2)
    with pytest.raises(ValueError, match="only a Transformer"):
        deeper(random_model("gru", vocab=12).config, 2, 2)
    wider = build_model(deeper(random_model("transformer", vocab=12, d_model=32).config, 3, 2))
    with pytest.raises(Exception):                                      # another width: shapes differ
        load_grown(wider, t.state_dict())
    with pytest.raises(ValueError, match="does not fit"):               # fewer layers than the checkpoint
        load_grown(random_model("transformer", vocab=12, enc_layers=1), t.state_dict())
