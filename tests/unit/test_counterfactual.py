"""s2s_core.counterfactual: word diff, aligned attention with NaN gaps, word probabilities, probes.

Constructed translations test the arithmetic exactly; the probes run on the shipped default model."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from s2s_core import Translator
from s2s_core.counterfactual import (PROBES, Opcode, align, aligned_matrix, compare, compare_translations,
                                     content_words, pair_words, side_of, word_diff)
from s2s_core.counterfactual_viz import attention_maps, changes_frame, diff_html, probability_chart
from s2s_core.translator import Hypothesis, Translation
from s2s_core.viz import merge_attention

DEFAULT = Path(__file__).resolve().parents[2] / "checkpoints" / "en-fr-transformer.pt"


def translation(source_tokens, tokens, seed, heads=False):
    rng = np.random.default_rng(seed)
    attn = rng.random((len(tokens), len(source_tokens)))
    attn /= attn.sum(1, keepdims=True)
    lps = list(np.log(rng.uniform(0.2, 1.0, len(tokens))))
    h = rng.random((len(tokens), 2, 3, len(source_tokens))) if heads else None
    text = "".join(tokens[:-1]).replace("▁", " ").strip()
    hyp = Hypothesis(text, tokens, list(range(len(tokens))), sum(lps) / len(lps), sum(lps), lps, attn, h)
    return Translation("".join(source_tokens[:-1]).replace("▁", " ").strip(), source_tokens, [hyp])


@pytest.fixture
def pair():
    a = translation(["▁He", "▁is", "▁tired", ".", "</s>"], ["▁Il", "▁est", "▁fati", "gué", ".", "</s>"], 1)
    b = translation(["▁She", "▁is", "▁very", "▁tired", ".", "</s>"],
                    ["▁Elle", "▁est", "▁très", "▁fati", "guée", ".", "</s>"], 2)
    return a, b


def test_word_diff_opcodes_carry_both_sides_words():
    ops = word_diff(["Il", "est", "fatigué.", "</s>"], ["Elle", "est", "très", "fatiguée.", "</s>"])
    assert ops == [Opcode("replace", 0, 1, 0, 1, ("Il",), ("Elle",)), Opcode("equal", 1, 2, 1, 2, ("est",), ("est",)),
                   Opcode("replace", 2, 3, 2, 4, ("fatigué.",), ("très", "fatiguée.")),
                   Opcode("equal", 3, 4, 4, 5, ("</s>",), ("</s>",))]
    assert [o.op for o in word_diff(["a", "b"], ["a", "x", "b"])] == ["equal", "insert", "equal"]
    assert [o.op for o in word_diff(["a", "x", "b"], ["a", "b"])] == ["equal", "delete", "equal"]
    assert content_words(ops, "a") == ["Il", "fatigué."] and content_words(ops, "b") == ["Elle", "très", "fatiguée."]


def test_replaced_words_pair_by_spelling_in_order():
    assert pair_words(["J'aime"], ["Je", "n'aime", "pas"]) == [(None, 0), (0, 1), (None, 2)]
    assert pair_words(["Mon", "frère"], ["Ma", "sœur"]) == [(0, 0), (1, 1)]
    assert pair_words(["chat"], ["dog"]) == [(0, 0)]                    # unlike words still share a row
    assert pair_words([], ["x"]) == [(None, 0)] and pair_words(["x"], []) == [(0, None)]
    assert align(word_diff(["a", "b"], ["a", "x", "b"])) == [(0, 0), (None, 1), (1, 2)]


def test_aligned_matrix_puts_nan_in_gaps():
    m = np.arange(6.0).reshape(2, 3)
    rows, cols = [(0, 0), (None, 1), (1, 2)], [(0, 0), (1, None), (2, 1)]
    a = aligned_matrix(m, rows, cols, 0)
    assert a.shape == (3, 3)
    np.testing.assert_array_equal(a, [[0, 1, 2], [np.nan, np.nan, np.nan], [3, 4, 5]])
    b = aligned_matrix(np.arange(6.0).reshape(3, 2), rows, cols, 1)
    np.testing.assert_array_equal(b, [[0, np.nan, 1], [2, np.nan, 3], [4, np.nan, 5]])


def test_comparison_aligns_both_maps_and_their_difference(pair):
    ta, tb = pair
    c = compare_translations(ta, tb)
    assert c.a.source_words == ["He", "is", "tired.", "</s>"] and c.b.target_words[-2:] == ["fatiguée.", "</s>"]
    assert c.cols == [(0, 0), (1, 1), (None, 2), (2, 3), (3, 4)]          # "very" only in B
    assert c.rows == [(0, 0), (1, 1), (None, 2), (2, 3), (3, 4)]          # "très" only in B
    assert c.attention_a.shape == c.attention_b.shape == c.difference.shape == (5, 5)
    assert np.isnan(c.attention_a[2]).all() and np.isnan(c.attention_a[:, 2]).all()
    assert not np.isnan(c.attention_b).any()
    np.testing.assert_array_equal(np.isnan(c.difference), np.isnan(c.attention_a))
    merged_a = merge_attention(ta.best.attention, ta.source_tokens, ta.best.tokens)[0]
    merged_b = merge_attention(tb.best.attention, tb.source_tokens, tb.best.tokens)[0]
    assert c.attention_a[3, 3] == pytest.approx(merged_a[2, 2]) and c.attention_b[3, 3] == pytest.approx(merged_b[3, 3])
    assert c.difference[3, 3] == pytest.approx(merged_b[3, 3] - merged_a[2, 2])
    assert c.zmax == pytest.approx(max(merged_a.max(), merged_b.max()))
    assert c.dmax == pytest.approx(np.nanmax(np.abs(c.difference)))
    assert c.row_labels() == ["Il → Elle", "est", "∅ → très", "fatigué. → fatiguée.", "</s>"]
    assert c.col_labels("a") == ["He", "is", "", "tired.", "</s>"] and c.changed


def test_word_probability_is_the_product_of_its_pieces(pair):
    ta, tb = pair
    c = compare_translations(ta, tb)
    lp_a, lp_b = ta.best.token_log_probs, tb.best.token_log_probs
    assert c.a.word_probs[2] == pytest.approx(math.exp(lp_a[2] + lp_a[3] + lp_a[4]))      # "▁fati gué ."
    assert [ch.op for ch in c.changes] == ["replace", "equal", "insert", "replace", "equal"]
    fat = c.changes[3]
    assert (fat.word_a, fat.word_b) == ("fatigué.", "fatiguée.")
    assert fat.delta == pytest.approx(math.exp(lp_b[3] + lp_b[4] + lp_b[5]) - c.a.word_probs[2])
    tres = c.changes[2]
    assert tres.p_a is None and tres.delta is None and tres.p_b == pytest.approx(math.exp(lp_b[2]))
    df = changes_frame(c)
    assert list(df.columns) == ["A word", "B word", "change", "p(A)", "p(B)", "Δp"] and len(df) == 5


def test_heads_pick_the_attention(pair):
    ta, _ = pair
    ta = translation(ta.source_tokens, ta.best.tokens, 1, heads=True)
    side = side_of(ta, layer=0, head=1)
    np.testing.assert_allclose(side.attention, merge_attention(ta.best.heads[:, 0, 1], ta.source_tokens,
                                                               ta.best.tokens)[0])
    np.testing.assert_allclose(side_of(ta).attention, merge_attention(ta.best.attention, ta.source_tokens,
                                                                      ta.best.tokens)[0])


def test_untranslated_side_is_a_clear_error(pair):
    bad = Translation("", [], [], error="empty line")
    with pytest.raises(ValueError, match="empty line"):
        compare_translations(pair[0], bad)


def test_figures_share_a_scale_and_escape_text(pair):
    ta, tb = pair
    tb.best.tokens[2] = "▁<b>x</b>"
    c = compare_translations(ta, tb)
    fa, fb, fd = attention_maps(c)
    assert fa.data[0].zmax == fb.data[0].zmax == 1.0 and fa.data[0].zmin == 0      # the app's fixed scale
    stretched = attention_maps(c, stretch=True)
    assert stretched[0].data[0].zmax == stretched[1].data[0].zmax == pytest.approx(c.zmax)
    assert fd.data[0].zmin == pytest.approx(-c.dmax) and fd.data[0].zmax == pytest.approx(c.dmax)
    assert np.isnan(np.asarray(fa.data[0].z, dtype=float)[2]).all()
    assert "<b>" not in "".join(fb.layout.yaxis.ticktext)
    html = diff_html(c.target_diff, "b")
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>" not in html and "</s>" not in html
    assert html.count("s2s-diff-replace") == 3 and "s2s-diff-insert" not in html   # Elle, <b>x</b>, fatiguée.
    assert diff_html(c.target_diff, "a").count("line-through") == 2                  # Il, fatigué.


def test_probability_chart_has_one_bar_per_aligned_word(pair):
    ta, tb = pair
    tb.best.tokens[0] = "▁<i>Elle</i>"
    c = compare_translations(*pair)
    fig = probability_chart(c)
    bars = fig.data[0]
    assert len(bars.x) == len(c.changes)
    for x, t, ch in zip(bars.x, fig.layout.yaxis2.ticktext, c.changes):       # the labels: a right-hand axis
        if ch.delta is None:                         # a word only one side has: a label, no bar
            assert x == 0 and t.startswith("only in ")
        else:
            assert x == pytest.approx(ch.delta) and "→" in t
    assert "<i>" not in "".join(probability_chart(c).layout.yaxis.ticktext)


@pytest.fixture(scope="module")
def default_model():
    return Translator.from_checkpoint(DEFAULT)


EXPECT = {  # a changed output word on each side that any decent en→fr model produces
    "doctor: he → she": ("il", "elle"), "nurse: she → he": ("elle", "il"), "he → she": ("il", "elle"),
    "a cat → two cats": ("chat", "chats"), "like → don't like": (None, "pas"), "is → is not": (None, "pas"),
}


@pytest.mark.parametrize("probe", PROBES, ids=[p.label for p in PROBES])
def test_probes_run_on_the_default_model(default_model, probe):
    c = compare(default_model, probe.a, probe.b, beam_size=5)
    assert content_words(c.source_diff, "a") or content_words(c.source_diff, "b")
    assert c.changed, f"{probe.label}: both sentences translate to {c.a.text!r}"
    assert c.attention_a.shape == c.attention_b.shape == (len(c.rows), len(c.cols))
    gaps_a = [k for k, (i, _) in enumerate(c.rows) if i is None]
    assert all(np.isnan(c.attention_a[k]).all() for k in gaps_a)
    assert len(c.changes) == len(c.rows) and c.a.target_words[-1] == c.b.target_words[-1] == "</s>"
    if probe.label in EXPECT:
        old, new = EXPECT[probe.label]
        changed_a = " ".join(content_words(c.target_diff, "a")).lower()
        changed_b = " ".join(content_words(c.target_diff, "b")).lower()
        assert new in changed_b, (c.a.text, c.b.text)
        assert old is None or old in changed_a, (c.a.text, c.b.text)
