"""An ensemble checkpoint in the app: it translates, and its heatmaps say whose attention they show."""
from __future__ import annotations

import pytest

from apphelpers import TF, heatmap_z, make_app, maps, no_problems, open_whatif, plotly_specs, translate
from s2s_core import checkpoint


@pytest.fixture
def ensemble_app(monkeypatch, tmp_path, tiny_checkpoint):
    ckpt = checkpoint.ensemble([tiny_checkpoint, tiny_checkpoint])
    checkpoint.save(checkpoint.for_inference(ckpt), tmp_path / f"{TF}.pt")
    at = make_app(monkeypatch, tmp_path)
    at.session_state["model"] = TF
    return at


def test_translate_and_inspect_an_ensemble(ensemble_app):
    at = translate(ensemble_app.run(), "a b c d e")
    no_problems(at)
    assert len(next(r for r in at.radio if r.key.endswith("_nbest")).options) == 5   # n-best as for one model
    assert heatmap_z(plotly_specs(at)[0]).shape[1] == 6
    assert any("ensemble of 2 networks" in c.value and "first one" in c.value for c in at.caption)
    at.switch_page("app_pages/inspect.py").run()
    at.text_input(key="inspect_text").input("a b c d e").run()
    no_problems(at)
    assert sum(t["type"] == "heatmap" for t in plotly_specs(at)[0]["data"]) == 4   # the first member's 2 × 2 heads
    assert any("ensemble of 2 networks" in c.value for c in at.caption)           # the Heads tab says whose


def test_what_if_says_whose_attention_it_aligns(ensemble_app):
    at = open_whatif(ensemble_app)
    at.text_input(key="_w_whatif_b").input("a b c e").run()
    no_problems(at)
    assert len(maps(at)) == 3 and any("ensemble of 2 networks" in c.value for c in at.caption)
