"""s2s_core.config and s2s_core.toy: presets, recipes, plain-dict round trips, synthetic tasks."""
from __future__ import annotations

import pytest

from s2s_core.config import PRESETS, RECIPES, ModelConfig, TrainConfig, auto_size, preset
from s2s_core.data import read_corpus
from s2s_core.toy import ALPHABET, sequences, write_task


def test_configs_round_trip_through_plain_dicts():
    m = ModelConfig(arch="gru", d_model=64)
    assert ModelConfig.from_dict(m.to_dict()) == m
    assert ModelConfig.from_dict({**m.to_dict(), "unknown_future_field": 1}) == m     # old code, new file
    t = TrainConfig(train="a.tsv", probes=("x",))
    assert TrainConfig.from_dict(t.to_dict()) == t


def test_presets_and_recipes():
    for arch in ("transformer", "gru", "lstm"):
        for size in ("tiny", "small", "base"):
            p = preset(arch, size)
            assert p["d_model"] > 0
            p["d_model"] = -1                         # a copy: editing it never changes the preset
            assert preset(arch, size)["d_model"] > 0
    assert PRESETS["transformer"]["tiny"]["d_model"] % PRESETS["transformer"]["tiny"]["n_heads"] == 0
    assert set(RECIPES) == {"tiny", "small", "base"}
    with pytest.raises(ValueError, match="unknown size"):
        preset("transformer", "huge")


def test_auto_size():
    assert auto_size(1000) == "tiny"
    assert auto_size(49_999) == "tiny"
    assert auto_size(50_000) == "small"
    assert auto_size(999_999) == "small"
    assert auto_size(1_000_000) == "base"


def test_toy_tasks(tmp_path):
    rev = write_task(tmp_path / "r.tsv", "reverse", n=50, seed=3, alphabet="abc", min_len=2, max_len=5)
    pairs = read_corpus(rev)
    assert len(pairs) == 50
    for src, (tgt,) in pairs:
        assert tgt.split() == src.split()[::-1] and 2 <= len(src.split()) <= 5 and set(src.split()) <= set("abc")
    copy = write_task(tmp_path / "c.tsv", "copy", n=20, spaced=False, seed=3)
    for src, (tgt,) in read_corpus(copy):
        assert src == tgt and " " not in src and set(src) <= set(ALPHABET[:12])
    assert write_task(tmp_path / "r2.tsv", "reverse", n=50, seed=3, alphabet="abc", min_len=2,
                      max_len=5).read_text() == rev.read_text()
    assert sequences(5, seed=1) == sequences(5, seed=1) != sequences(5, seed=2)
