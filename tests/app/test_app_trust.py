"""Honest output and bounded work in the app (issue 15): warnings beside flagged output, the input caps'
message, a paragraph that can be stopped and resumed, and the Evaluate page's time estimate."""
from __future__ import annotations

import pytest

from apphelpers import html_values, no_problems, translate
from s2s_core import trust
from s2s_core.trust import LENGTH_LIMIT, REPETITION, UNREADABLE_SOURCE, UNSURE_WORD
from s2s_core.translator import Translator


def warnings_shown(at) -> list[str]:
    return [w.value for w in at.warning]


def nbest_notes(at) -> list[str]:
    """The n-best list's line under each alternative (score and warnings)."""
    return list(next(r for r in at.radio if r.key.endswith("_nbest")).proto.captions)


def test_unreadable_input_shows_the_unreadable_warning(app):
    at = translate(app.run(), "\u0416\u0414 \u0416\u0417 \u0419")       # the toy tokenizer: <unk> pieces
    no_problems(at)
    assert any(UNREADABLE_SOURCE.message in w for w in warnings_shown(at))
    assert all("unreadable input" in n for n in nbest_notes(at))            # every hypothesis has the indicator


@pytest.fixture
def flagged(monkeypatch):
    """translate_batch whose best hypotheses repeat themselves and whose second ones are cut off."""
    real = Translator.translate_batch

    def fake(self, texts, **kw):
        out = real(self, texts, **kw)
        for t in out:
            for k, h in enumerate(t.hypotheses):
                h.warnings = [REPETITION] if k == 0 else [LENGTH_LIMIT] if k == 1 else []
        return out
    monkeypatch.setattr(Translator, "translate_batch", fake)


def test_a_flagged_hypothesis_shows_its_message(app, flagged):
    at = translate(app.run(), "f g h i j k")          # text no other test translates (results are cached)
    no_problems(at)
    assert warnings_shown(at) == [REPETITION.message]
    notes = nbest_notes(at)
    assert notes[0].endswith("· ⚠️ repeats itself") and notes[1].endswith("· ⚠️ cut off")
    assert "⚠" not in notes[2]
    next(r for r in at.radio if r.key.endswith("_nbest")).set_value(1).run()   # the picked hypothesis: its own
    assert warnings_shown(at) == [REPETITION.message, LENGTH_LIMIT.message]


def test_an_unsure_word_is_named_beside_the_translation(app, monkeypatch):
    real = Translator.translate_batch

    def fake(self, texts, **kw):                      # the best hypothesis's first word made unsure, spelled "a*b_c"
        out = real(self, texts, **kw)
        h = out[0].best
        h.tokens[0] = "▁a*b_c"
        h.token_log_probs[:] = [-2.2] + [-0.1] * (len(h.tokens) - 1)   # sure of the rest (no low confidence)
        h.warnings = trust.assess(h, out[0].source_tokens)
        return out
    monkeypatch.setattr(Translator, "translate_batch", fake)
    at = translate(app.run(), "k j i h g")
    no_problems(at)
    shown = [w for w in warnings_shown(at) if UNSURE_WORD.message in w]
    assert len(shown) == 1 and shown[0].endswith("Unsure: «a\\*b\\_c».")   # Markdown-escaped: shown as typed
    assert "unsure word" in nbest_notes(at)[0]


def test_a_missing_number_is_named_beside_the_translation(app, monkeypatch):
    real = Translator.translate_batch

    def fake(self, texts, **kw):                      # a source piece made a number the output lacks
        out = real(self, texts, **kw)
        out[0].source_tokens[1] = "▁1234"
        h = out[0].best
        h.token_log_probs[:] = [-0.1] * len(h.tokens)
        h.warnings = trust.assess(h, out[0].source_tokens)
        return out
    monkeypatch.setattr(Translator, "translate_batch", fake)
    at = translate(app.run(), "g h i j k")                # a text no other test caches
    no_problems(at)
    shown = [w for w in warnings_shown(at) if trust.MISSING_NUMBER.message in w]
    assert len(shown) == 1 and shown[0].endswith("Missing: «1234».")
    assert "number missing" in nbest_notes(at)[0]


def test_an_unsure_word_leads_to_click_to_correct(app, monkeypatch):
    real = Translator.translate_batch

    def fake(self, texts, **kw):
        out = real(self, texts, **kw)
        h = out[0].best
        h.tokens[0] = "▁" + h.tokens[0].lstrip("▁")
        h.token_log_probs[:] = [-2.2] + [-0.1] * (len(h.tokens) - 1)
        h.warnings = trust.assess(h, out[0].source_tokens)
        return out
    monkeypatch.setattr(Translator, "translate_batch", fake)
    at = translate(app.run(), "j i h g f")
    no_problems(at)
    assert not at.button(key="to_correct").disabled
    at.button(key="to_correct").click().run()
    no_problems(at)
    assert at.title[0].value == "Inspect" and at.session_state["inspect_text"] == "j i h g f"
    assert any(s.key and s.key.startswith("fix_pos_") for s in at.selectbox)      # the Click to correct tab


def test_a_paragraph_sentence_with_an_unsure_word_leads_to_click_to_correct(app, monkeypatch):
    real = Translator.translate_batch

    def fake(self, texts, **kw):                     # sentence 2 ("m n o") gets an unsure first word
        out = real(self, texts, **kw)
        for t in out:
            h = t.best
            h.tokens[0] = "▁" + h.tokens[0].lstrip("▁")
            h.token_log_probs[:] = [-2.2 if "m" in t.source else -0.1] + [-0.1] * (len(h.tokens) - 1)
            h.warnings = trust.assess(h, t.source_tokens)
        return out
    monkeypatch.setattr(Translator, "translate_batch", fake)
    at = translate(app.run(), "j k l. m n o!")
    no_problems(at)
    buttons = [b for b in at.button if b.key and b.key.endswith("_correct")]
    assert len(buttons) == 1 and buttons[0].key.startswith("s1_")          # only under sentence 2
    buttons[0].click().run()
    no_problems(at)
    assert at.title[0].value == "Inspect" and at.session_state["inspect_text"] == "m n o!"


def test_no_correct_button_without_an_unsure_word(app, flagged):
    at = translate(app.run(), "g f e d c")             # repeats itself / cut off, no unsure word
    no_problems(at)
    assert not [b for b in at.button if b.key == "to_correct"]


def test_a_paragraph_marks_its_flagged_sentences(app, monkeypatch):
    real = Translator.translate_batch

    def fake(self, texts, **kw):                                 # only the sentence with "l" repeats itself
        out = real(self, texts, **kw)
        for t in out:
            for h in t.hypotheses:
                h.warnings = [REPETITION] if "l" in t.source else []
        return out
    monkeypatch.setattr(Translator, "translate_batch", fake)
    at = translate(app.run(), "g h i. j k l! m n o")
    no_problems(at)
    labels = [e.label for e in at.expander if e.label.startswith("Sentence ")]
    assert labels == ["Sentence 1 of 3", "Sentence 2 of 3 ⚠️", "Sentence 3 of 3"]
    shown = warnings_shown(at)
    assert any("1 of 3 sentences may be unreliable (sentence 2)" in w for w in shown)
    assert sum(REPETITION.message in w for w in shown) == 1                 # in sentence 2's panel


def test_a_paragraph_is_translated_as_one_text_in_one_form_of_address(app, monkeypatch):
    """Each batch of a paragraph's sentences is one text's (their beams kept, register.py), the form of address of
    the batches before it carried in: a letter's "Merci pour ta lettre." had stayed "tu" beside "Pouvez-vous"."""
    real, calls = Translator.translate_batch, []

    def spy(self, texts, **kw):
        calls.append(kw)
        return real(self, texts, **kw)
    monkeypatch.setattr(Translator, "translate_batch", spy)
    monkeypatch.setattr("s2s_core.register.form_after", lambda done, form: "vous")
    no_problems(translate(app.run(), "p q r. s t u! v w x? y z"))
    batches = [kw for kw in calls if kw.get("previous") is not None and kw.get("one_text")]
    assert len(batches) == 3 and [kw["form"] for kw in batches] == [None, "vous", "vous"]   # batches of 1, 2, 1


def test_input_over_the_caps_gets_a_message_and_no_translation(app, monkeypatch):
    calls = []
    real = Translator.translate_batch
    monkeypatch.setattr(Translator, "translate_batch", lambda self, *a, **k: calls.append(a) or real(self, *a, **k))
    at = translate(app.run(), "x" * 5000)                          # the default caps: 1,500 characters
    no_problems(at)
    assert any("too long to translate at once (5,000 characters; the limit is 1,500)" in w
               for w in warnings_shown(at))
    assert not at.radio and not at.get("plotly_chart") and calls == []
    monkeypatch.setenv("S2S_MAX_INPUT_SENTENCES", "2")            # caps follow the environment
    translate(at, "a b. c d. e f.")
    assert any("3 sentences; at most 2" in w for w in warnings_shown(at)) and calls == []


def test_the_box_takes_more_than_the_cap_so_nothing_is_cut_silently(app):
    from ui.state import box_chars, input_caps
    at = app.run()
    assert at.text_area(key="text_widget").max_chars == box_chars() > input_caps().max_chars
    assert "Up to 1,500 characters and 30 sentences" in at.text_area(key="text_widget").help   # not the counter's


def test_a_stopped_paragraph_shows_what_was_done_and_can_resume(app):
    text = " ".join(f"{w} c d." for w in "abcde")
    at = translate(app.run(), text)
    no_problems(at)
    assert len([e for e in at.expander if e.label.startswith("Sentence ")]) == 5
    assert not [b for b in at.button if b.label == "Stop"]          # gone once everything is done
    progress = at.session_state["_paragraph_progress"]
    assert progress["done"] == 5
    at.session_state["paragraph_stopped"] = {"key": progress["key"], "done": 1}    # as Stop's callback records
    at.run()
    no_problems(at)
    assert len([e for e in at.expander if e.label.startswith("Sentence ")]) == 1
    assert any("Stopped after 1 of 5 sentences" in i.value for i in at.info)
    assert sum('class="s2s-best"' in h for h in html_values(at)) >= 1
    at.button(key="paragraph_resume").click().run()
    no_problems(at)
    assert len([e for e in at.expander if e.label.startswith("Sentence ")]) == 5


def test_evaluate_says_how_long_the_file_will_take_before_it_starts(app, monkeypatch):
    seen = []
    real = Translator.estimate_seconds
    monkeypatch.setattr(Translator, "estimate_seconds",
                        lambda self, lines, *a, **k: seen.append(list(lines)) or real(self, lines, *a, **k))
    at = app.run()
    at.switch_page("app_pages/evaluate.py").run()
    at.file_uploader(key="eval_file").set_value(("est.txt", b"a b c\nd e f g\nh i j\n", "text/plain")).run()
    no_problems(at)
    assert not at.dataframe                                        # nothing translated yet …
    assert any("will take" in c.value and "at beam 5" in c.value for c in at.caption)   # … but the time is known
    assert seen == [["a b c", "d e f g", "h i j"]]


def test_the_warning_names_a_few_unsure_words_and_counts_the_rest():
    from types import SimpleNamespace

    from ui.result import NAMED_WORDS, _warning_line
    words = [f"▁w{i}" for i in range(NAMED_WORDS + 2)]
    h = SimpleNamespace(tokens=words + ["</s>"], token_log_probs=[-2.5] * len(words) + [-0.1],
                        text=" ".join(w[1:] for w in words), warnings=[UNSURE_WORD])
    line = _warning_line(UNSURE_WORD, h)
    assert line.endswith(f"Unsure: {', '.join(f'«{w[1:]}»' for w in words[:NAMED_WORDS])} and 2 more.")
    assert _warning_line(LENGTH_LIMIT, h) == LENGTH_LIMIT.message
    import pickle                                     # the app's cached results hold copies of the flags
    assert _warning_line(pickle.loads(pickle.dumps(UNSURE_WORD)), h) == line


def test_the_strip_dashes_exactly_the_words_the_warning_calls_unsure(app, monkeypatch):
    """The strip dashed a piece under 30 %, the warning named a word under 13.5 % (its pieces together): «r» at 20 %
    stood dashed with no warning, and «st» (two pieces at 35 %, 12 % together) was named unsure with no dash. One
    threshold now (``trust.UNSURE_WORD_LOG_PROB``): dashed = named, colours unchanged."""
    import math
    import re

    from ui.result import STRIP_NOTE
    real = Translator.translate_batch

    def fake(self, texts, **kw):
        out = real(self, texts, **kw)
        t, h = out[0], out[0].best
        assert len(h.tokens) >= 6
        h.tokens[1:5] = ["▁r", "▁ok", "▁s", "t"]
        h.token_log_probs[:] = [-0.05] * len(h.tokens)
        h.token_log_probs[1] = math.log(0.2)
        h.token_log_probs[3] = h.token_log_probs[4] = math.log(0.35)
        h.warnings = trust.assess(h, t.source_tokens)
        return out
    monkeypatch.setattr(Translator, "translate_batch", fake)
    at = translate(app.run(), "k l m n o p")
    no_problems(at)
    assert any(w.endswith("Unsure: «st».") for w in warnings_shown(at))
    strip = next(h for h in html_values(at) if "s2s-confidence" in h)
    chips = re.findall(r'<span class="s2s-tok"[^>]*style="([^"]*)"[^>]*>([^<]*)</span>', strip)
    dashed = [text for style, text in chips if "dashed" in style]
    assert dashed == ["s", "t"]                                   # both pieces of «st», not «r»
    assert "hsl(24," in strip                                     # «r» keeps its colour (p = 0.2)
    assert "under 13.5 %" in STRIP_NOTE and "30 %" not in STRIP_NOTE
    assert STRIP_NOTE in [c.value for c in at.caption]
