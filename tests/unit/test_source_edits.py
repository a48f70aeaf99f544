"""s2s_core.source_edits: generated counterfactual variants of an English sentence (labels and texts)."""
from __future__ import annotations

import pytest

from s2s_core.source_edits import KINDS, OCCUPATIONS, source_words, variants, word_edits


def by_label(text, **kw):
    return {v.label: v.text for v in variants(text, **kw)}


def test_source_words_keep_contractions_and_skip_numbers():
    assert source_words("I don't like Tom’s 3 books.") == ["I", "don't", "like", "Tom’s", "books"]


def test_gender_swaps_keep_case_and_punctuation():
    got = by_label("The doctor said she was tired.")
    assert got["she → he"] == "The doctor said he was tired."
    assert by_label("She likes her job.")["She → He"] == "He likes her job."
    assert by_label("She likes her job.")["her → his"] == "She likes his job."    # her before a noun → his
    assert by_label("Give it to her.")["her → him"] == "Give it to him."          # her at the end → him
    assert by_label("My brother is a doctor.")["brother → sister"] == "My sister is a doctor."
    assert by_label("HE IS HERE.")["HE → SHE"] == "SHE IS HERE."


def test_occupation_swaps_fix_the_article():
    got = {v.label: v.text for v in variants("An engineer is here.") if v.kind == "swap"}
    assert len(got) == len(OCCUPATIONS) - 1
    assert got["An engineer → A doctor"] == "A doctor is here."
    assert {v.text for v in variants("A nurse came.") if v.kind == "swap"} >= {"An engineer came.", "A doctor came."}


@pytest.mark.parametrize("text, label, edited", [
    ("I saw a cat in the garden.", "a cat → two cats", "I saw two cats in the garden."),
    ("The cat is sleeping.", "cat is → cats are", "The cats are sleeping."),
    ("The cats are sleeping.", "cats are → cat is", "The cat is sleeping."),
    ("I like this book.", "this book → these books", "I like these books."),
    ("The child was late.", "child was → children were", "The children were late."),
    ("She likes her job.", "She likes → They like", "They like her job."),
    ("I was late.", "I was → We were", "We were late."),
    ("We are late.", "We are → I am", "I am late."),
    ("It's raining.", "It's → They're", "They're raining."),
])
def test_number_changes_noun_determiner_and_verb(text, label, edited):
    assert by_label(text)[label] == edited


@pytest.mark.parametrize("text, label, edited", [
    ("He is at home.", "is → was", "He was at home."),
    ("He is at home.", "is → will be", "He will be at home."),
    ("I was late.", "was → am", "I am late."),
    ("They were late.", "were → are", "They are late."),
    ("We will be happy.", "will be → are", "We are happy."),
    ("He has finished.", "has → had", "He had finished."),
    ("I don't know.", "don't → didn't", "I didn't know."),
])
def test_tense_of_be_have_do(text, label, edited):
    assert by_label(text)[label] == edited


@pytest.mark.parametrize("text, label, edited", [
    ("She is happy.", "is → is not", "She is not happy."),
    ("We can see the mountains.", "can → cannot", "We cannot see the mountains."),
    ("I like this book.", "like → don't like", "I don't like this book."),
    ("She likes cats.", "likes → doesn't like", "She doesn't like cats."),
    ("I saw a cat.", "saw → didn't see", "I didn't see a cat."),
    ("Can you help me?", "Can → Can't", "Can't you help me?"),
    ("I don't like this book.", "don't like → like", "I like this book."),
    ("He doesn't like cats.", "doesn't like → likes", "He likes cats."),
    ("She is not happy.", "is not → is", "She is happy."),
    ("I do not like it.", "do not like → like", "I like it."),
])
def test_negation_is_added_or_removed_once(text, label, edited):
    negations = [v for v in variants(text) if v.kind == "negation"]
    assert [(v.label, v.text) for v in negations] == [(label, edited)]


def test_drops_and_their_spacing():
    drops = {v.label: v.text for v in variants("The doctor was very tired.") if v.kind == "drop"}
    assert drops["drop “very”"] == "The doctor was tired."
    assert drops["drop “tired”"] == "The doctor was very."
    assert drops["drop “The”"] == "Doctor was very tired."               # the next word starts the sentence
    assert not [v for v in variants("The doctor was very tired.", drops=False) if v.kind == "drop"]


def test_variants_are_unique_ordered_by_kind_and_differ_from_the_source():
    text = "The doctor said he was tired."
    vs = variants(text)
    assert len({v.text for v in vs}) == len(vs) and text not in {v.text for v in vs}
    order = [KINDS.index(v.kind) for v in vs]
    assert order == sorted(order)
    words = source_words(text)
    for v in vs:
        assert v.label and "→" in v.label or v.label.startswith("drop")
        assert 0 <= v.index < len(words)


def test_word_edits_for_a_selected_word():
    text = "The doctor said she was tired."
    she = source_words(text).index("she")
    got = {(v.kind, v.label): v.text for v in word_edits(text, she)}
    assert got[("gender", "she → he")] == "The doctor said he was tired."
    assert got[("number", "she was → they were")] == "The doctor said they were tired."
    assert got[("drop", "drop “she”")] == "The doctor said was tired."
    was = [(v.kind, v.text) for v in word_edits(text, source_words(text).index("was"))]
    assert ("tense", "The doctor said she is tired.") in was and ("tense", "The doctor said she will be tired.") in was
    assert ("negation", "The doctor said she was not tired.") in was
    # a word after a determiner can change number even when it is not in the noun list
    fox = {v.kind: v.text for v in word_edits("I saw the fox.", 3)}
    assert fox["number"] == "I saw the foxes."
    assert [v.kind for v in word_edits("The doctor said she was tired.", 0)] == ["drop"]    # nothing else for "The"
    with pytest.raises(IndexError, match=r"word 99 out of range \(the sentence has 6 words\)"):
        word_edits(text, 99)
