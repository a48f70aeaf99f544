"""rare_words.py / trust.RARE_WORD: a word of the input the model barely saw in training is named (rare55,
s41: "I got seasick on the first day." → «Je me suis mis à bord du mer…» and "…kind to beginners" → «…aimable de
commencer» had no warning; the sentences here are new). Counts come from a tiny table unless a test says otherwise."""
import numpy as np
import pytest

from s2s_core import trust
from s2s_core.rare_words import bases, is_rare, plurals, rare_words, seen, table
from s2s_core.results import Hypothesis, Translation

# (Tatoeba, Hansard) sentences per word, singular and plural counted together as the script counts them
COUNTS = {w: (300, 900) for w in "the she was very kind to on boat day first got my we cat dog and our of may bit saw "
                                  "put went".split()}
COUNTS |= {"raincoat": (8, 10), "raincoats": (8, 10), "beginner": (13, 1), "beginners": (13, 1), "poster": (1, 60),
           "posters": (1, 60), "canoe": (20, 20), "tofu": (3, 30), "floss": (1, 0), "shed": (4, 173)}


@pytest.mark.parametrize("typed, french, rare", [
    ("I got seasick on the boat.", "Je me suis mis à bord du bateau.", ["seasick"]),            # not counted at all
    ("She was very kind to beginners.", "Elle était très gentille de commencer.", ["beginners"]),      # 13 + 1
    ("Tofu and floss", "Du tofu et du fil", ["floss"]),                     # "tofu" is copied: the French has it
    ("She flossed. She flossed.", "Elle a flotté.", ["flossed"]),            # a past counted as its stem, named once
    ("I went flossing.", "Je suis allé flotter.", ["flossing"]),
])
def test_a_rare_word_the_french_does_not_copy_is_named(typed, french, rare):
    assert rare_words(typed, typed, french, COUNTS) == rare


@pytest.mark.parametrize("typed, read, french", [
    ("We put posters on the canoe.", "We put posters on the canoe.", "Nous mettons des posters sur le canoë."),
    ("My raincoat", "My raincoat", "Mon imperméable"),              # 8 in Tatoeba (×6 in training) + 10: not rare
    ("The sheds", "The sheds", "Les abris"),                        # a plural counted as its singular
    ("the canoe", "the canoe", "le canoë"),
    ("Our shed", "Our shed", "Notre hangar"),
    ("The 5th of May", "The 5th of May", "Le 5 mai"),                # "th" of a number is no word
    ("A coypu bit my dog.", "A cat bit my dog.", "Un ragondin a mordu mon chien."),   # a stand-in read: not typed
    ("We saw Zyxwick.", "We saw Zyxwick.", "Nous avons vu Zyxwick."),                 # a name the model copied
    ("The seasickness", "The seasickness", "Le mal de mer"),
])
def test_a_word_the_model_knows_copies_or_was_given_is_not_named(typed, read, french):
    counts = COUNTS | {"seasickness": (3, 0)}
    named = rare_words(typed, read, french, counts)
    assert named == (["seasickness"] if "seasickness" in typed else []), named


def test_a_cognate_in_the_french_is_taken_for_the_word():
    """"vegetarian" → «végétarien»: the model wrote a French word starting as the English does."""
    assert rare_words("A vegetarian menu", "A vegetarian menu", "Un menu végétarien", {"menu": (50, 50)}) == []
    assert rare_words("A vegetarian menu", "A vegetarian menu", "Un menu de viande", {"menu": (50, 50)}) == \
        ["vegetarian"]


def test_thresholds_and_forms():
    assert is_rare(10, 4) and not is_rare(10, 5) and not is_rare(20, 0)      # under 15 in all …
    assert is_rare(4, 45) and not is_rare(4, 46) and not is_rare(5, 44)        # … or under 5 in Tatoeba and 50 in all
    assert plurals("berries") == ["berry", "berri", "berrie"] and plurals("glass") == []
    assert "floss" in bases("flossing") and "swim" in bases("swimming") and "she" not in bases("shed")
    assert seen("Beginners", COUNTS) == (13, 1) and seen("flossed", COUNTS) == (1, 0) and seen("zzz", COUNTS) == (0, 0)


def test_the_shipped_table_counts_what_the_model_read():
    """Made by scripts/rare_words.py from the training English: common words listed, rare ones not (count 0)."""
    counts = table()
    assert counts["house"][0] > 500 and counts["houses"] == counts["house"]
    assert seen("seasick") == (0, 0) and seen("floss") == (0, 0) and seen("beginners") == (0, 0)


def _hypothesis(text, n):
    return Hypothesis(text, ["▁x"] * n, list(range(n)), -1.0, -0.5, [-0.1] * n, np.zeros((n, 1)), None, [])


def test_the_rare_word_warning_fires_and_names_the_word():
    from ui.result import _warning_line
    typed = "I got seasick on the first day."
    pieces = ["▁I", "▁got", "▁sea", "sick", "▁on", "▁the", "▁first", "▁day", ".", "</s>"]
    t = Translation(typed, pieces, [_hypothesis("Je me suis mis à bord du mer le premier jour.", 9)])
    trust.annotate(t, None)
    h = t.best
    assert trust.RARE_WORD in h.warnings and h.rare_words == ["seasick"]
    assert trust.named_rare_words(h) == ["seasick"]
    message = '"seasick" is rare in what the model learnt from: check its translation.'
    assert _warning_line(trust.RARE_WORD, h, pieces) == message
    assert trust.warning_lines(t, 2) == [f"line 2: warning: {message}"]
    assert trust.rare_message(['"a"', '"b"']) == '"a" and "b" are rare in what the model learnt from: check their ' \
                                                 'translation.'
    t.hypotheses[0] = _hypothesis("J'ai eu le mal de mer le premier jour.", 9)    # a stand-in, or a word it knows
    t.model_source_tokens = ["▁I", "▁got", "▁sick", "▁on", "▁the", "▁first", "▁day", ".", "</s>"]
    trust.annotate(t, None)
    assert trust.RARE_WORD not in t.best.warnings and trust.named_rare_words(t.best) == []


def test_not_for_another_language():
    t = Translation("I got seasick.", ["▁I", "▁got", "▁seasick", ".", "</s>"],
                    [_hypothesis("Ich wurde seekrank.", 4)])
    trust.annotate(t, None, french=False)
    assert trust.RARE_WORD not in t.best.warnings
