"""s2s_core.trust: each warning fires on a constructed case and not on a clean one; Translator attaches them."""
from __future__ import annotations

import pickle

import numpy as np
import pytest

from s2s_core import Translator, trust
from s2s_core.translator import Hypothesis, Translation
from s2s_core.trust import (FLAGS, LENGTH_LIMIT, LOW_CONFIDENCE, MISSING_NUMBER, REPETITION, UNREADABLE_SOURCE,
                             UNSURE_WORD)

CLEAN_SOURCE = ["▁I", "▁like", "▁cat", "s", ".", "</s>"]


def hyp(ids, lp=-0.1, last_choice="</s>") -> Hypothesis:
    """A hypothesis of ``ids`` (then </s>) whose tokens each have log-prob ``lp``; at its last position the
    model's own first choice was ``last_choice``."""
    ids = list(ids) + [3]
    tokens = [f"▁p{i}" for i in ids[:-1]] + ["</s>"]
    alts = [[("x", -0.1)] for _ in ids[:-1]] + [[(last_choice, -0.1), ("y", -2.0)]]
    return Hypothesis(" ".join(tokens[:-1]), tokens, ids, lp, lp * len(ids), [lp] * len(ids),
                      np.zeros((len(ids), 1), np.float32), None, alts)


def codes(h, source=CLEAN_SOURCE, limit=None):
    return [f.code for f in trust.assess(h, source, limit)]


def test_a_clean_translation_has_no_warning():
    assert codes(hyp([10, 11, 12, 13, 14])) == []
    assert codes(hyp([10, 11, 10, 12, 10]), limit=6) == []       # ends at the limit by its own choice


def test_length_limit_fires_when_the_search_had_to_stop():
    h = hyp([10, 11, 12, 13, 14], last_choice="▁de")
    assert codes(h, limit=6) == ["length_limit"]
    assert codes(h, limit=7) == []                               # shorter than its limit
    h.alternatives = []                                          # alternatives dropped (evaluation): by length
    assert codes(h, limit=6) == ["length_limit"]


@pytest.mark.parametrize("ids, repeats", [
    ([10, 11, 12, 12, 12, 13], False),                  # a piece three times in a row: references do that
    ([10, 12, 12, 12, 12, 13], True),                   # four times
    ([10, 11, 20, 11, 20, 13], False),                  # a span twice in a row
    ([10, 11, 20, 11, 20, 11, 20, 13], True),           # three times in a row
    ([5, 6, 7, 8, 9, 5, 6, 7, 8, 9, 5, 6, 7, 8, 9], True),
    ([10, 11, 12, 40, 10, 11, 12, 41, 10, 11, 12], False),  # a 3-gram 3 times, not in a row
    ([10, 11, 12, 40, 10, 11, 12, 41, 10, 11, 12, 42, 10, 11, 12], True),   # a 3-gram 4 times anywhere
])
def test_repetition(ids, repeats):
    assert (REPETITION in trust.assess(hyp(ids), CLEAN_SOURCE)) == repeats


def test_unreadable_source():
    emoji = ["▁", "<0xF0>", "<0x9F>", "<0x98>", "<0x80>"] * 3 + ["</s>"]
    assert trust.unreadable_share(emoji) == 1.0
    assert codes(hyp([10, 11]), emoji) == ["unreadable_source"]
    mixed = ["▁I", "▁like", "▁pizza", "▁", "<unk>", "</s>"]          # one unknown piece of four
    assert trust.unreadable_share(mixed) == 0.25 and codes(hyp([10, 11]), mixed) == []
    assert codes(hyp([10, 11]), mixed[:2] + ["<unk>", "<unk>", "</s>"]) == ["unreadable_source"]
    assert trust.unreadable_share(["</s>"]) == 0.0


def test_low_confidence():
    assert codes(hyp([10, 11, 12], lp=-0.5)) == []
    assert codes(hyp([10, 11, 12], lp=-0.8)) == ["low_confidence"]


def test_an_unsure_word_is_named_and_flagged():
    tokens = ["▁Je", "▁suis", "▁allergique", "▁aux", "▁nu", "ts", ".", "</s>"]
    lps = [-0.1, -0.1, -0.1, -0.1, -1.2, -1.0, -0.1, -0.1]
    assert trust.unsure_words(tokens, lps) == ["nuts"]              # -1.2 + -1.0: the word's probability
    lps[5] = -0.5                                                   # -1.8: an unsure piece, but a likely word
    assert trust.unsure_words(tokens, lps) == []
    lps[-1] = -4.0
    assert trust.unsure_words(tokens, lps) == []                    # </s> is no word
    lps[6] = -0.5                                                   # an unsure "." after it counts (-2.3): …
    assert trust.unsure_words(tokens, lps) == ["nuts"]              # … a phrase is often dropped there
    french = ["▁Où", "▁est", "-", "elle", "▁?", "</s>"]               # punctuation standing alone is no word
    assert trust.unsure_words(french, [-0.1, -0.1, -0.1, -0.1, -3.0, -0.1]) == []
    assert trust.unsure_words(french, [-0.1, -1.0, -0.5, -0.6, -0.1, -0.1]) == ["est-elle"]
    h = Hypothesis("x", tokens, list(range(8)), -1.0, -5.0, [-0.1] * 6 + [-0.1, -0.1], np.zeros((8, 1)),
                   None, [])
    h.token_log_probs[2] = -2.1
    assert codes(h) == ["unsure_word"] and trust.unsure_words(h.tokens, h.token_log_probs) == ["allergique"]
    byte_word = ["▁Bog", "o", "<0xC3>", "<0xA1>", ",", "</s>"]       # byte pieces read as the letter they spell
    assert trust.unsure_words(byte_word, [-1.0, -0.5, -0.5, -0.5, -0.1, -0.1]) == ["Bogoá"]
    invisible = ["▁", "<0xE2>", "<0x80>", "<0x8B>", "▁Appelle", "</s>"]   # bytes of a zero-width space: no word
    assert trust.unsure_words(invisible, [-3.0, -3.0, -3.0, -3.0, -0.1, -0.1]) == []
    assert UNSURE_WORD.message.endswith(".")
    assert trust.unsure_words(tokens, []) == []                    # a backend without per-token log-probs
    h.token_log_probs = [-2.1] * 8                                 # every word unsure: low confidence says so
    assert codes(h) == ["low_confidence"]
    h.token_log_probs = [-0.1] * 8
    h.token_log_probs[2] = -2.1
    assert trust.first_unsure_position(h.tokens, h.token_log_probs) == 2
    assert trust.first_unsure_position(tokens, [-0.1] * 8) is None
    h.token_log_probs[5] = -2.5                                    # a second unsure word ("ts" joins "▁nu")
    assert trust.first_unsure_position(h.tokens, h.token_log_probs, start=3) == 4   # after a chosen prefix
    assert trust.first_unsure_position(h.tokens, h.token_log_probs, start=5) is None
    h.token_log_probs[5] = -0.1
    h.warnings = [pickle.loads(pickle.dumps(UNSURE_WORD))]         # a copy, as from a cache, is the same flag
    assert trust.warning_lines(Translation("x", [], [h]), 4) == [f"line 4: warning: {UNSURE_WORD.message} "
                                                                 "Unsure: allergique."]


def test_an_unsure_number_is_named_as_the_repaired_text_writes_it():
    tokens = ["▁Le", "▁ticket", "▁coûte", "▁45", ",", "9", "9", "9", "▁$", ".", "</s>"]
    h = Hypothesis("Le ticket coûte 45,99 $.", tokens, list(range(11)), -1.0, -5.0, [-0.1] * 11,
                   np.zeros((11, 1)), None, [])
    h.token_log_probs[7] = -2.5                     # the "9" too many, which number_repairs.repair took out of the text
    h.warnings = [UNSURE_WORD]
    assert trust.unsure_words(h.tokens, h.token_log_probs) == ["45,999"]        # as the pieces spell it
    assert trust.named_words(h) == ["45,99"]                                     # as the reader sees it
    h.text = "Le ticket coûte 45,999 $."                                         # not repaired: named as it is
    assert trust.named_words(h) == ["45,999"]
    tokens = ["▁Zo", "e", "▁est", "▁là", ".", "</s>"]                             # read folded: "Zoë" → "Zoe"
    h = Hypothesis("Zoë est là.", tokens, list(range(6)), -1.0, -3.0, [-2.5, -0.1, -0.1, -0.1, -0.1, -0.1],
                   np.zeros((6, 1)), None, [])
    h.warnings = [UNSURE_WORD]
    assert trust.named_words(h) == ["Zoë"]                                       # as the text writes it



def test_flags_come_in_display_order_with_plain_messages():
    h = hyp([12] * 6, lp=-2.5, last_choice="▁x")
    assert trust.assess(h, ["<unk>", "</s>"], limit=7) == [UNREADABLE_SOURCE, LENGTH_LIMIT, REPETITION,
                                                           LOW_CONFIDENCE]       # low confidence covers the words
    assert MISSING_NUMBER in trust.assess(h, ["<unk>", "▁42", "</s>"], limit=7)
    assert FLAGS[-1] is UNSURE_WORD
    assert len({f.code for f in FLAGS}) == len(FLAGS)
    for f in FLAGS:
        assert f.message[0].isupper() and f.message.endswith(".") and "_" not in f.message


def test_count_and_cli_lines():
    good, bad = hyp([10, 11]), hyp([10, 11], lp=-3.0)
    bad.warnings = [UNREADABLE_SOURCE, LOW_CONFIDENCE]
    trs = [Translation("a", [], [good]), Translation("b", [], [bad]), Translation("", [], [], error="empty line")]
    assert trust.count(trs) == {"unreadable_source": 1, "length_limit": 0, "repetition": 0, "missing_number": 0,
                                "missing_word": 0, "not_french": 0, "rare_word": 0, "low_confidence": 1,
                                "unsure_word": 0}
    assert trust.count(trs[1:2], trust.count(trs))["low_confidence"] == 2
    assert trust.warning_lines(trs[1], 3) == [f"line 3: warning: {UNREADABLE_SOURCE.message}",
                                              f"line 3: warning: {LOW_CONFIDENCE.message}"]
    assert trust.warning_lines(trs[0], 1) == [] and trust.warning_lines(trs[2], 2) == []
    assert trust.merged([[LOW_CONFIDENCE], [UNREADABLE_SOURCE, LOW_CONFIDENCE]]) == [UNREADABLE_SOURCE, LOW_CONFIDENCE]


@pytest.fixture(scope="module")
def tr(tiny_checkpoint) -> Translator:
    return Translator.from_checkpoint(tiny_checkpoint)


def test_translator_attaches_warnings_to_every_hypothesis(tr):
    t = tr.translate("a b c d e f g h", beam_size=3, n_best=3, max_length=4)
    for h in t.hypotheses:                               # every hypothesis, not only the best
        assert h.warnings == trust.assess(h, t.source_tokens, 4)
        assert LENGTH_LIMIT in h.warnings                # 8 letters reversed cannot end within 4 tokens
    unreadable = tr.translate("\U0001F600\U0001F601 \u0416\u0414 a")  # the toy tokenizer maps these to <unk>
    assert UNREADABLE_SOURCE in unreadable.best.warnings
    assert UNREADABLE_SOURCE not in tr.translate("a b c").best.warnings


def test_a_joined_paragraph_carries_its_sentences_warnings(tr):
    t = tr.translate("a b c. \u6f22\u5b57\u6f22\u5b57.")            # letters the vocabulary spells only in bytes
    assert len(t.sentences) == 2
    assert UNREADABLE_SOURCE not in t.sentences[0].best.warnings
    assert UNREADABLE_SOURCE in t.sentences[1].best.warnings and UNREADABLE_SOURCE in t.best.warnings
    assert t.best.warnings == trust.merged(s.best.warnings for s in t.sentences)
    for line in tr.translate_batch(["a b c", "\u6f22\u5b57"]):
        assert line.best.warnings == trust.assess(line.best, line.source_tokens,
                                                  trust_limit(len(line.source_tokens)))


def trust_limit(n_source):
    from s2s_core.limits import target_limit
    return target_limit(n_source)


def test_labels_and_codes_for_tables_and_counts():
    from types import SimpleNamespace

    from s2s_core import viz
    h = SimpleNamespace(text="x", tokens=["x", "</s>"], score=-1.0, log_prob=-2.0, token_log_probs=[-1.0, -1.0],
                        warnings=[LENGTH_LIMIT, REPETITION])
    assert trust.labels(h) == "⚠️ cut off, repeats itself"
    assert trust.labels(SimpleNamespace(warnings=[])) == "" == trust.labels(None)
    assert trust.by_code(["repetition", "nonsense", "unreadable_source"]) == [UNREADABLE_SOURCE, REPETITION]
    assert len({f.label for f in FLAGS}) == len(FLAGS)                   # each label says one thing
    assert list(viz.nbest_frame([h])["warnings"]) == ["⚠️ cut off, repeats itself"]
    assert '"warnings": [\n    "length_limit",\n    "repetition"\n   ]' in viz.nbest_json("x", [h])


def test_a_number_of_the_source_missing_from_the_output_is_named():
    def pieces(text):
        return ["▁" + w for w in text.split()] + ["</s>"]
    src = pieces("My number is 06 12 34 56 78 .")
    assert trust.missing_numbers(src, "Mon numéro est 06 12 56 78 .") == ["34"]
    for source, output in (("at 7:30", "à 7 h 30"), ("1,000 people", "1 000 personnes"), ("3.5 km", "3,5 km"),
                           ("in 2011", "en 2011"), ("no number", "pas de nombre")):     # other formats pass
        assert trust.missing_numbers(pieces(source), output) == [], source
    assert trust.missing_numbers(pieces("in 2011"), "en 201") == ["2011"]              # a digit dropped
    assert trust.missing_numbers(pieces("won 1,000,000 euros"), "gagné 1 000 euros") == ["1,000,000"]   # groups lost
    assert trust.missing_numbers(pieces("at 18:15 or 22:00"), "à 18 h 15 ou 22 heures") == []   # "6:15 pm" as read
    assert trust.missing_numbers(pieces("at 6:15 am"), "à 18 h 15") == ["6"]
    assert trust.missing_numbers(pieces("at 10:00 yesterday"), "à 10 heures hier") == []   # "10 a.m." as read
    for source, output in (("I have 2 brothers", "J'ai deux frères"), ("at 3 o'clock", "à trois heures"),
                           ("17 cats", "dix-sept chats"), ("2 Brüder", "zwei Brüder")):      # spelt in words
        assert trust.missing_numbers(pieces(source), output) == [], source
    assert trust.missing_numbers(pieces("I have 2 brothers"), "J'ai trois frères") == ["2"]
    assert trust.missing_numbers(pieces("21 cats"), "vingt chats") == ["21"]                  # up to 20 only
    assert trust.missing_numbers(pieces("at 10:00"), "à 11 heures") == ["10"]
    assert trust.missing_numbers(pieces("from 10:05"), "dès 10 heures") == ["05"]             # minutes that count
    assert trust.missing_numbers(["▁", "<0x33>", "</s>"], "x") == ["3"]                 # digits read as bytes
    assert trust.missing_numbers(pieces("The Lakers beat the Celtics 102-99 ."), "Les lacs 102999 .") == \
        ["102", "99"]                                                              # two numbers written as one
    for source, output in (("won 102-99", "gagné 102-99"), ("10 000 euros", "10000 euros"), ("3 or 4", "3 ou 4")):
        assert trust.missing_numbers(pieces(source), output) == [], source
    assert trust.missing_numbers(pieces("delayed by forty minutes at 9"), "retardé de trente minutes à 9") == \
        ["forty"]                                                                   # a number spelt in the source
    for source, output in (("forty minutes", "quarante minutes"), ("two cats and three dogs", "deux chats et 3 chiens"),
                           ("seventy people", "soixante-dix personnes"), ("the one I like", "celui que j'aime"),
                           ("twenty-five years", "25 ans"), ("ten", "10")):
        assert trust.missing_numbers(pieces(source), output) == [], source
    assert trust.missing_numbers(pieces("I have two cats , 5 dogs"), "J'ai des chats , 4 chiens") == ["two", "5"]
    for source, output in (("the 21th century", "le XXIe siècle"), ("in the 19th century", "au XIXème siècle"),
                           ("the 20th century", "du XXe siècle")):                       # "21st century" reads "21th"
        assert trust.missing_numbers(pieces(source), output) == [], source
    assert trust.missing_numbers(pieces("the 21th century"), "le XXe siècle") == ["21"]      # another century
    assert trust.missing_numbers(pieces("the 21th floor , XXIe"), "le XXIe étage") == ["21"]   # no century
    h = hyp([12] * 3, lp=-0.1, last_choice="▁x")
    h.text, h.warnings = "Mon numéro est 06 12 56 78 .", [MISSING_NUMBER]
    assert trust.warning_lines(Translation("x", src, [h]), 2) == [f"line 2: warning: {MISSING_NUMBER.message} "
                                                                  "Missing: 34."]


def test_a_lost_part_of_a_time_a_score_or_an_ordinal_is_missing():
    """Their digits stayed inside other numbers, so no warning: "09:40" → "14 mai, 09" (holds "40"), "2-2" → "de 2
    et dix minutes", "the 89th minute" → "de 89 minutes"."""
    def pieces(text):
        return ["▁" + w for w in text.split()] + ["</s>"]
    assert trust.missing_numbers(pieces("Tuesday 14 May , 9:40 , Dr. Okafor"), "mardi 14 mai, 09, M. Okafor") == ["40"]
    assert trust.missing_numbers(pieces("The score is 2-2 with 10 minutes left ."),
                                 "Le score est de 2 et dix minutes de reste.") == ["2-2"]
    assert trust.missing_numbers(pieces("a goal in the 89th minute lol"), "un but de 89 minutes") == ["89th"]
    for source, output in (("at 9:40", "à 9 h 40"), ("at 7:30", "à 7h30"), ("at 3:30", "à trois heures et demie"),
                           ("at 3:30", "à trois heures trente"), ("It finished 2-3 .", "Il a terminé 2 à 3."),
                           ("The score is 2-2 .", "Le score est 2-2."), ("lost 0-4", "perdu 4 à 0"),
                           ("2-2", "deux à deux"), ("in the 89th minute", "à la 89e minute"),
                           ("my 30th day", "mes 30 ans")):
        assert trust.missing_numbers(pieces(source), output) == [], source


def test_a_clock_time_said_in_words_is_not_missing():
    assert trust.missing_numbers(["▁at", "▁4", ":", "40"], "à cinq heures moins vingt") == []
    assert trust.missing_numbers(["▁at", "▁5", ":", "45"], "à six heures moins le quart") == []
    assert trust.missing_numbers(["▁at", "▁5", ":", "45"], "à six heures") == ["5", "45"]
    assert trust.missing_numbers(["▁at", "▁5", ":", "30"], "à 17 h 30") == []            # the afternoon
    assert trust.missing_numbers(["▁at", "▁2"], "à 14 heures") == []
    assert trust.missing_numbers(["▁at", "▁2"], "à 16 heures") == ["2"]


# qa30: the unsure word a warning names is one the reader can find in the translation above it
def test_qa30_an_unsure_grouped_number_is_named_as_the_french_text_groups_it():
    tokens = ["▁Il", "▁a", "▁payé", "▁1", ",", "2", "50", "▁euros", ".", "</s>"]
    for text in ("Il a payé 1 250 euros.", "Il a payé 1\u202f250 euros.", "Il a payé 1\u00a0250 euros."):
        h = Hypothesis(text, tokens, list(range(10)), -1.0, -5.0, [-0.1] * 10, np.zeros((10, 1)), None, [])
        h.token_log_probs[4] = -2.5                                           # the "," of "1,250"
        h.warnings = [UNSURE_WORD]
        assert trust.named_words(h) == [text[len("Il a payé "):-len(" euros.")]]    # "1 250", not "1,250"
