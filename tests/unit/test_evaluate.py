"""s2s_core.evaluate: sacreBLEU BLEU/chrF with signatures, variable multi-reference, lowercased-tokenised mode."""
from __future__ import annotations

import pytest
from sacrebleu.metrics import BLEU, CHRF

from s2s_core.evaluate import moses_lower, reference_streams, score, sentence_scores

HYPS = ["the cat sat on the mat", "a dog runs in the park", "he is reading a book"]
REFS = [["the cat sat on the mat"], ["a dog is running in a park"], ["he reads a book"]]


def test_perfect_match_scores_100_with_signatures():
    s = score(HYPS, [[h] for h in HYPS])
    assert s.bleu == pytest.approx(100) and s.chrf == pytest.approx(100)
    assert s.n == 3 and s.lowercase_tok is False
    assert "nrefs:1" in s.bleu_signature and "tok:13a" in s.bleu_signature and "case:mixed" in s.bleu_signature
    assert "version:" in s.bleu_signature
    assert "nrefs:1" in s.chrf_signature and "nc:6" in s.chrf_signature
    assert set(s.as_dict()) == {"bleu", "chrf", "bleu_signature", "chrf_signature", "n", "lowercase_tok"}


def test_matches_sacrebleu_directly():
    s = score(HYPS, REFS)
    assert s.bleu == pytest.approx(BLEU().corpus_score(HYPS, [[r[0] for r in REFS]]).score)
    assert s.chrf == pytest.approx(CHRF().corpus_score(HYPS, [[r[0] for r in REFS]]).score)
    assert 0 < s.bleu < 100 and 0 < s.chrf < 100


def test_multi_reference_with_variable_counts():
    hyps = ["the cat is on the mat", "a dog", "hello there"]
    refs = [["a cat sits on a mat", "the cat is on the mat", "there is a cat on the mat"], ["a dog"],
            ["hi there", "hello there"]]
    s = score(hyps, refs)
    assert s.bleu == pytest.approx(100) and s.chrf == pytest.approx(100)
    assert "nrefs:var" in s.bleu_signature and "nrefs:var" in s.chrf_signature
    assert reference_streams(refs) == [["a cat sits on a mat", "a dog", "hi there"],
                                       ["the cat is on the mat", None, "hello there"],
                                       ["there is a cat on the mat", None, None]]
    # an extra reference can only help; a missing one is not treated as the text "None"
    one = score(hyps, [r[:1] for r in refs])
    assert one.bleu < s.bleu
    assert score(["None"], [["a b c", "d e f"]]).bleu == pytest.approx(score(["None"], [["a b c"]]).bleu)


def test_lowercase_tok_mode_is_case_insensitive_and_marked():
    hyps = ["The Cat sat on the Mat, didn't it?"]
    refs = [["the cat sat on the mat , didn't it ?"]]
    lc = score(hyps, refs, lowercase_tok=True, lang="en")
    plain = score(hyps, refs)
    assert lc.bleu == pytest.approx(100)
    assert plain.bleu < 50
    assert lc.lowercase_tok is True
    assert lc.bleu_signature.endswith("|moses-tok+lc") and "tok:none" in lc.bleu_signature
    assert "moses" not in plain.bleu_signature
    assert score(["THE CAT"], [["the cat"]], lowercase_tok=True).bleu == \
        pytest.approx(score(["the cat"], [["the cat"]], lowercase_tok=True).bleu)


def test_moses_lower():
    assert moses_lower("Hello, World!", "en") == "hello , world !"
    assert moses_lower("C'est l'été.", "fr") == "c' est l' été ."


def test_errors():
    with pytest.raises(ValueError, match="2 hypotheses but 1"):
        score(["a", "b"], [["a"]])
    with pytest.raises(ValueError, match="nothing to score"):
        score([], [])


def test_sentence_scores_rank_bad_translations_lowest():
    scores = sentence_scores(["the cat sat", "zzz qqq", "a dog"], [["the cat sat"], ["the cat sat"],
                                                                  ["one dog", "a dog"]])
    assert scores[0] == pytest.approx(100) and scores[2] == pytest.approx(100)
    assert scores[1] < 10
