"""The wrong-language guess: French (or German) typed where English is expected, and no misfire on English."""
import pytest

from s2s_core.langguess import already_target_note
from ui.state import pair_codes


@pytest.mark.parametrize("text", ["Je voudrais un café, s'il vous plaît.", "Où est la gare ?", "Je suis fatigué.",
                                  "Nous avons un chat et un chien."])
def test_french_is_flagged_for_an_english_to_french_model(text):
    assert "French already" in already_target_note(text, "en", "fr")


@pytest.mark.parametrize("text", ["I would like a coffee, please.", "Le Mans is a city in France.",
                                  "C'est la vie, she said.", "The café serves crème brûlée.", "Bonjour",
                                  "You're not as smart as me.", "where is the train station i am lost"])
def test_english_with_french_words_is_not_flagged(text):
    assert already_target_note(text, "en", "fr") is None


def test_german_and_unknown_pairs():
    assert "German already" in already_target_note("Ich bin sehr müde und habe Hunger.", "en", "de")
    assert already_target_note("Je suis fatigué.", "fr", "en") is None       # French is the source here
    assert already_target_note("Je suis fatigué.", "xx", "yy") is None


def test_pair_codes_reads_the_card():
    assert pair_codes({"language_pair": "en→fr"}) == ("en", "fr")
    assert pair_codes({"language_pair": "EN-DE"}) == ("en", "de")
    assert pair_codes({}) == ("", "")


def test_a_translation_looks_french_where_french_words_outnumber_the_others():
    """content_words.py checks a translation against French stems only where it is French (warn42, s37)."""
    from s2s_core.langguess import looks_like
    assert looks_like("Nous sommes allés à la plage.", "fr")
    assert not looks_like("Wir sind an den Strand gegangen, und es ist schön.", "fr")
    assert not looks_like("▁p10 ▁p11 ▁p12", "fr") and not looks_like("", "fr")
