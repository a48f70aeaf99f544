"""The default attention shown for a Transformer is the layer/head its model card names as best aligned
(``alignment_layer`` / ``alignment_head``, written by ``align-eval --update-card``)."""
from __future__ import annotations

import shutil

import numpy as np
import pytest
from apphelpers import TF, heatmap_z, make_app, maps, no_problems, open_whatif, plotly_specs, translate

from s2s_core import Translator


@pytest.fixture(scope="module")
def aligned_dir(tmp_path_factory, tiny_checkpoint):
    d = tmp_path_factory.mktemp("aligned_ckpts")
    shutil.copy(tiny_checkpoint, d / f"{TF}.pt")
    (d / f"{TF}.md").write_text("---\ntitle: Tiny\nalignment_layer: 2\nalignment_head: 2\n"
                                "alignment_aer: 12.3 (toy)\n---\n", encoding="utf-8")
    return d


def test_card_alignment_choice_is_the_default_layer_and_head(monkeypatch, aligned_dir):
    at = make_app(monkeypatch, aligned_dir)
    at.session_state["model"] = TF
    at = translate(at.run(), "a b c d e")
    no_problems(at)
    assert at.selectbox(key="attn_layer_2").value == 1 and at.selectbox(key="attn_head_2").value == 1
    caption = next(c.value for c in at.caption if c.value.startswith("Shown: decoder layer"))
    assert "best matches the word links people drew by hand (alignment error rate 12.3 (toy), lower is better)" \
        in caption
    assert "AER" not in caption and "next-to-last" not in caption          # the rate in words, the card's view
    tr = Translator.from_checkpoint(aligned_dir / f"{TF}.pt")
    hyp = tr.translate("a b c d e", beam_size=5, n_best=5).best
    np.testing.assert_allclose(heatmap_z(plotly_specs(at)[0]), hyp.heads[:, 1, 1], atol=1e-5)


def test_the_alignment_rate_is_said_in_words_a_stakeholder_reads():
    """The card's "26.4 % on naacl2003-en-fr" had been shown as it is: the test set is now said by what it is (a
    standard English–French test with word links drawn by hand), and the rate with "lower is better"."""
    from ui.result import aer_words
    assert aer_words("26.4 % on naacl2003-en-fr") == ("the word links people drew by hand in a standard "
                                                      "English–French test (alignment error rate 26.4 %, lower is "
                                                      "better)")
    assert aer_words("20.0 % on mine-de-en") == ("the word links people drew by hand in a German–English test "
                                                 "(alignment error rate 20.0 %, lower is better)")
    assert "in an English–French test" in aer_words("20.0 % on mine-en-fr")
    assert aer_words("25.0 % on gold-set").endswith("in the test set “gold-set” (alignment error rate 25.0 %, "
                                                    "lower is better)")
    assert aer_words(None) == aer_words("") == "the word links people drew by hand"


def test_whatif_default_is_the_cards_layer_and_head_too(monkeypatch, aligned_dir):
    """The "What if…" tab's "Default" is the same view as the other tabs' (the card's), not the penultimate."""
    at = make_app(monkeypatch, aligned_dir)
    at.session_state["model"] = TF
    at = open_whatif(at)
    at.text_input(key="_w_whatif_b").input("a b c e").run()
    no_problems(at)
    layer = at.selectbox(key="whatif_layer_2")
    assert layer.value == -2 and "layer 2, head 2" in layer.format_func(-2)
    default_a = heatmap_z(maps(at)[0])
    at.selectbox(key="whatif_layer_2").set_value(1).run()
    at.selectbox(key="whatif_head_2").set_value(1).run()
    no_problems(at)
    np.testing.assert_allclose(heatmap_z(maps(at)[0]), default_a, atol=1e-6)

