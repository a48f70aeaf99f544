"""The checkpoints that ship with the app load, translate as they always did, stay small and have a card."""
import json
from pathlib import Path

import pytest

from s2s_core import Translator
from s2s_core.catalog import read_card

SHIPPED = sorted((Path(__file__).resolve().parents[2] / "checkpoints").glob("*.pt"))
# Beam 1 and 5 outputs of each shipped model, recorded with the code that trained them: a change to the
# model code, the checkpoint loader or the search that alters a translation fails here.
EXPECTED = json.loads((Path(__file__).with_name("shipped_translations.json")).read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_shipped_checkpoint_loads_and_translates(path):
    assert path.stat().st_size <= 40 * 2**20
    card = read_card(path.with_suffix(".md"))
    assert card.get("language_pair") and card.get("score")
    t = Translator.from_checkpoint(path).translate("I like cats.", beam_size=5, n_best=3)
    assert len(t.hypotheses) == 3 and t.best.text.strip()
    assert t.best.attention.shape == (len(t.best.tokens), len(t.source_tokens))


def test_the_default_model_ships():
    assert any(p.stem == "en-fr-transformer" for p in SHIPPED)
    assert read_card(SHIPPED[0].with_name("en-fr-transformer.md")).get("default") == "yes"


@pytest.mark.parametrize("onednn_projection", [True, False], ids=["onednn", "fallback"])
@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_shipped_checkpoint_translates_as_recorded(path, onednn_projection, monkeypatch):
    from s2s_core.models import onednn
    monkeypatch.setitem(onednn._STATE, "enabled", onednn_projection)
    tr = Translator.from_checkpoint(path)
    for rec in EXPECTED[path.stem]:
        t = tr.translate(rec["source"], beam_size=rec["beam"], n_best=len(rec["ids"]))
        assert [h.ids for h in t.hypotheses] == rec["ids"], (path.stem, rec["source"], rec["beam"])
        assert [h.score for h in t.hypotheses] == pytest.approx(rec["scores"], abs=2e-4)
