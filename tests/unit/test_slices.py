"""s2s_core.slices: sliced BLEU/chrF (partition, counts, membership, scores), its table, chart and CLI."""
from __future__ import annotations

import json
import random
from pathlib import Path
from types import SimpleNamespace

import pytest

from s2s_core.__main__ import main
from s2s_core.evaluate import score
from s2s_core.slice_viz import slice_chart, slices_frame
from s2s_core.slices import (LENGTH_BUCKETS, evaluate_slices, has_name, has_number, is_question, length_bucket,
                             length_label, slice_indices, slice_table, trust_codes)

DEFAULT = Path(__file__).resolve().parents[2] / "checkpoints" / "en-fr-transformer.pt"
WORDS = "the cat dog sat on a mat and ran to house with me".split()


def corpus(n=300, seed=0):
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.choice([0, 1, 5, 6, 10, 11, 20, 21, 40, 41, 70])))
            for _ in range(n)]


def by_name(slices):
    return {s.name: s for s in slices}


def test_length_buckets_partition_the_corpus():
    sources = corpus()
    slices = slice_indices(sources)
    buckets = [s for s in slices if s.group == "length"]
    assert [s.name for s in buckets] == [length_label(lo, hi) for lo, hi in LENGTH_BUCKETS]
    assert sum(s.count for s in buckets) == by_name(slices)["all"].count == len(sources)
    assert sorted(i for s in buckets for i in s.indices) == list(range(len(sources)))
    assert all(s.count > 0 for s in buckets)


@pytest.mark.parametrize("n, label", [(0, "≤ 5 words"), (5, "≤ 5 words"), (6, "6–10 words"), (10, "6–10 words"),
                                      (11, "11–20 words"), (40, "21–40 words"), (41, "41+ words")])
def test_bucket_edges(n, label):
    assert length_bucket(" ".join(["w"] * n)) == label


@pytest.mark.parametrize("text, name", [
    ("I met Tom yesterday.", True), ("She lives in Paris.", True), ("Tom left.", False),
    ("He said: Go home.", False), ("I think I'm fine.", False), ('He said "Hello" to her.', False),
    ("Yes. Then we left.", False), ("Ask NASA.", True), ("I’ll call Éric.", True),
    ("THE ROOM IS BEING CLEANED.", False), ("CALL TOM NOW", False),            # capitals say nothing of names
])
def test_names_are_capitalised_words_not_starting_a_sentence(text, name):
    assert has_name(text) is name


def test_numbers_and_questions():
    assert has_number("I have 3 cats.") and not has_number("I have three cats.")
    assert is_question("Where is it?") and is_question('"Why?" he asked.') and not is_question("It is here.")


def test_content_slices_may_overlap_and_list_their_sentences():
    sources = ["Where is Tom?", "I have 2 cats.", "Is it 5 o'clock?", "It is late.", "Paris is nice."]
    got = by_name(slice_indices(sources))
    assert got["questions"].indices == [0, 2]
    assert got["numbers"].indices == [1, 2]
    assert got["names"].indices == [0]
    assert got["all"].indices == list(range(5))


def test_flag_slices_from_codes_and_warning_objects():
    flags = [[], ["repetition"], ["length-limit", "repetition"], []]
    got = by_name(slice_indices(["a"] * 4, flags))
    assert got["flag: repetition"].indices == [1, 2] and got["flag: length-limit"].indices == [2]
    assert got["no flags"].indices == [0, 3]
    assert [s.name for s in slice_indices(["a"] * 4, flags) if s.group == "flag"] == \
        ["flag: length-limit", "flag: repetition", "no flags"]
    assert not [s for s in slice_indices(["a"] * 4) if s.group == "flag"]           # no flags given: no slices
    assert not [s for s in slice_indices(["a"] * 2, [[], []]) if s.group == "flag"]   # none raised: none either
    hyp = SimpleNamespace(warnings=[SimpleNamespace(code="length-limit"), "low-confidence"])
    assert trust_codes(hyp) == ["length-limit", "low-confidence"]
    assert trust_codes(SimpleNamespace(text="x")) == [] and trust_codes(None) == []
    with pytest.raises(ValueError, match="flag lists"):
        slice_indices(["a", "b"], [[]])


def test_each_slice_is_scored_as_its_own_corpus():
    sources = ["the cat sat", "Where is Tom?", "I have 2 cats and 3 dogs in the house with me now", "It is late."]
    refs = [["le chat était assis"], ["Où est Tom ?", "Où est Tom?"], ["J'ai 2 chats et 3 chiens"], "Il est tard."]
    hyps = ["le chat assis", "Où est Tom ?", "J'ai 2 chats", "Il est tôt."]
    got = by_name(evaluate_slices(sources, hyps, refs))
    whole = score(hyps, [refs[0], refs[1], refs[2], [refs[3]]])
    assert got["all"].bleu == pytest.approx(whole.bleu) and got["all"].chrf == pytest.approx(whole.chrf)
    sub = score([hyps[0], hyps[1], hyps[3]], [refs[0], refs[1], [refs[3]]])
    assert got["≤ 5 words"].bleu == pytest.approx(sub.bleu) and got["≤ 5 words"].count == 3
    assert got["questions"].bleu == pytest.approx(100.0) and got["questions"].count == 1
    assert got["21–40 words"].count == 0 and got["21–40 words"].bleu is None and got["21–40 words"].chrf is None
    assert "nrefs" in got["all"].signature["bleu"]
    with pytest.raises(ValueError, match="4 sources, 3 hypotheses"):
        evaluate_slices(sources, hyps[:3], refs)


def test_table_frame_and_chart():
    sources = ["the cat sat", "Where is Tom?", "It is late."]
    slices = evaluate_slices(sources, ["le chat", "Où est Tom ?", "Il est tard."],
                             ["le chat était assis", "Où est Tom ?", "Il est tard."], [[], ["repetition"], []])
    assert [s.name for s in slices if s.group == "flag"] == ["flag: repetition", "no flags"]
    table = slice_table(slices).splitlines()
    assert table[0].split() == ["slice", "group", "sentences", "share", "BLEU", "chrF"]
    rows = {ln.split("  ")[0].strip(): ln for ln in table[1:-1]}
    assert rows["all"].split()[2:4] == ["3", "100.0%"] and rows["6–10 words"].split()[-2:] == ["–", "–"]
    assert "partition" in table[-1] and "overlap" in table[-1]
    df = slices_frame(slices)
    assert list(df["sentences"][df["group"] == "length"]) == [3, 0, 0, 0, 0]
    assert list(df["slice"][df["group"] == "flag"]) == ["warning: repeats itself", "no warnings"]   # the app's words
    fig = slice_chart(slices)
    shown = [s for s in slices if s.count]
    assert [len(t.y) for t in fig.data] == [len(shown)] * 2 and fig.data[0].orientation == "h"
    assert [slices[k].name for k in fig.data[0].customdata] == [s.name for s in shown]
    assert fig.data[0].y[0] == "all (n=3)" and fig.data[0].name.startswith("BLEU (all: ")
    from s2s_core.viz import MODEBAR_BAND        # the legend (in the top margin) clear of plotly's toolbar band
    assert fig.layout.legend.yanchor == "bottom" and fig.layout.margin.t >= MODEBAR_BAND + 2 * 12


def test_cli_slices_table_and_json(tmp_path, capsys, monkeypatch):
    test = tmp_path / "test.tsv"
    test.write_text("I like cats.\tJ'aime les chats.\n"
                    "Where is Tom?\tOù est Tom ?\n"
                    "I have 2 brothers and we often play football together in the park near our house.\t"
                    "J'ai 2 frères et nous jouons souvent au football ensemble dans le parc près de chez nous.\n"
                    "It is late.\tIl est tard.\n", encoding="utf-8")
    args = ["evaluate", "--checkpoint", str(DEFAULT), "--test", str(test), "--beam", "1", "--slices"]
    assert main(args) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("slice"))
    counts = {ln.split("  ")[0].strip(): int(ln.split()[-4]) for ln in lines[start + 1:-1]}
    assert counts["all"] == 4 and counts["≤ 5 words"] == 3 and counts["11–20 words"] == 1
    assert counts["numbers"] == 1 and counts["names"] == 1 and counts["questions"] == 1

    from s2s_core.translator import Translator      # a hypothesis's trust flags become slices
    from s2s_core.trust import LENGTH_LIMIT
    batch = Translator.translate_batch

    def flagged(self, texts, **kw):
        out = batch(self, texts, **kw)
        for t in out:
            t.best.warnings = [LENGTH_LIMIT] if "?" in t.source else []
        return out
    monkeypatch.setattr(Translator, "translate_batch", flagged)
    assert main(args + ["--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    sl = {s["name"]: s for s in result["slices"]}
    assert sum(s["count"] for s in result["slices"] if s["group"] == "length") == result["n"] == 4
    assert sl["flag: length_limit"]["indices"] == [1] and sl["no flags"]["count"] == 3
    assert result["warnings"]["length_limit"] == 1                 # the same flags, counted
    assert sl["all"]["bleu"] == pytest.approx(result["bleu"])
