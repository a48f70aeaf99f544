"""The checkpoints that ship with the app load, translate, stay small and have a card."""
from pathlib import Path

import pytest

from s2s_core import Translator
from s2s_core.catalog import read_card

SHIPPED = sorted((Path(__file__).resolve().parents[1] / "checkpoints").glob("*.pt"))


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
