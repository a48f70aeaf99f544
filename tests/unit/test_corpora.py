"""s2s_core.corpora: Hansard cleaning, test-overlap filtering, mixing, and the en→fr mix from upstream formats."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from s2s_core import corpora, data

# Lines in the Hansards' upstream shape (trailing spaces, capitals headings, speaker lines, separators, repeats).
HANSARD = [
    ("EDITED HANSARD * NUMBER 22 ", "HANSARD RÉVISÉ * NUMÉRO 22 "),
    ("ROUTINE PROCEEDINGS ", "AFFAIRES COURANTES "),
    ("Mr. Jim Gouk ", "M. Jim Gouk "),
    ("Hon. Paul Martin (Minister of Finance, Lib.):", "L'hon. Paul Martin (ministre des Finances, Lib.):"),
    ("Some hon. members:", "Des voix:"),
    ("* * * ", "* * * "),
    ("Mr. Speaker, the government was saying that three or four years ago. ",
     "Monsieur le Président, c'est ce que disait le gouvernement il y a trois ou quatre ans. "),
    ("We have advanced the yardstick substantially. ", "Nous avons fait énormément de progrès. "),
    ("Mr. Speaker, the government was saying that three or four years ago.  ",
     "Monsieur le Président, c'est ce que disait le gouvernement il y a trois ou quatre ans.  "),
    ("Introduction and first reading ", "Présentation et première lecture> "),
    ("That is exactly what I did.  ", "C'est exactement ce que j'ai fait.  "),
    ("The GST tax has existed in Canada for a long time. ", "Oui."),            # lengths disagree
]
KEPT = [
    ("Mr. Speaker, the government was saying that three or four years ago.",
     "Monsieur le Président, c'est ce que disait le gouvernement il y a trois ou quatre ans."),
    ("We have advanced the yardstick substantially.", "Nous avons fait énormément de progrès."),
    ("That is exactly what I did.", "C'est exactement ce que j'ai fait."),
]


def write_gz(path: Path, lines):
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.writelines(l + "\n" for l in lines)


def test_clean_hansard_keeps_debate_sentences_once():
    assert corpora.clean_hansard(HANSARD) == KEPT


def test_hansards_read_from_upstream_gzip_files(tmp_path):
    write_gz(tmp_path / "train.en.gz", [e for e, _ in HANSARD])
    write_gz(tmp_path / "train.fr.gz", [f for _, f in HANSARD])
    pairs = data.flatten(data.read_corpus(tmp_path / "train", "en", "fr"))
    assert len(pairs) == len(HANSARD)
    assert corpora.clean_hansard(pairs) == KEPT


def test_normalise_ignores_case_spacing_and_punctuation_tokenisation():
    assert corpora.normalise("Oh, oh!") == corpora.normalise("oh ,  oh !") == "oh , oh !"
    assert corpora.normalise("I don't know.") == "i don ' t know ."
    assert corpora.normalise("Hello") != corpora.normalise("Hello!")


def test_drop_overlap_removes_pairs_sharing_either_side():
    pairs = [("I am hungry.", "J'ai faim."), ("Go.", "Va !"), ("Hi.", "Salut !")]
    kept, dropped = corpora.drop_overlap(pairs, ["i am hungry .", "SALUT !", ""])
    assert kept == [("Go.", "Va !")] and dropped == 2


def test_mix_repeats_and_samples():
    a, b = [("a", str(i)) for i in range(10)], [("b", str(i)) for i in range(100)]
    out = corpora.mix([(a, 3), (b, 0.25)], seed=1)
    assert sum(1 for s, _ in out if s == "a") == 30
    sampled = [p for p in out if p[0] == "b"]
    assert len(sampled) == 25 and len(set(sampled)) == 25
    assert out == corpora.mix([(a, 3), (b, 0.25)], seed=1) != corpora.mix([(a, 3), (b, 0.25)], seed=2)
    with pytest.raises(ValueError, match="must be ≥ 0"):
        corpora.mix([(a, -1)])


def test_concatenate_joins_two_or_three_pairs_side_by_side():
    pairs = [(f"E{i}.", f"F{i}.") for i in range(50)]
    joined = corpora.concatenate(pairs, 200, seed=3)
    assert len(joined) == 200 and joined == corpora.concatenate(pairs, 200, seed=3)
    sizes = set()
    for src, tgt in joined:
        parts = src.split(" ")
        sizes.add(len(parts))
        assert tgt.split(" ") == [p.replace("E", "F") for p in parts]     # the i-th source part ↔ the i-th target
    assert sizes == {2, 3}
    assert corpora.concatenate(pairs, 0) == [] and corpora.concatenate([], 0) == []
    with pytest.raises(ValueError, match="nothing to concatenate"):
        corpora.concatenate([], 1)
    with pytest.raises(ValueError, match="parts"):
        corpora.concatenate(pairs, 1, parts=(3, 2))


def test_as_typed_drops_final_punctuation():
    assert [corpora.as_typed(t) for t in ("Where is it?", "Où est-ce ?", "Wait...", "Attends !", "Hello")] == \
        ["Where is it", "Où est-ce", "Wait", "Attends", "Hello"]
    assert corpora.as_typed("Yes, I did.", lower=True) == "yes, I did"      # inner punctuation stays


def test_casual_copies_only_punctuated_pairs_as_typed():
    pairs = [(f"Sentence {i}.", f"Phrase {i} !") for i in range(50)] + [("No stop", "Pas de point")]
    typed = corpora.casual(pairs, 400, seed=3)
    assert len(typed) == 400 and typed == corpora.casual(pairs, 400, seed=3)
    assert all(s.split()[1] == t.split()[1] and not s.endswith(".") and not t.endswith("!") for s, t in typed)
    assert ("No stop", "Pas de point") not in typed and ("no stop", "pas de point") not in typed
    lower = sum(s.startswith("sentence") and t.startswith("phrase") for s, t in typed)
    assert 150 < lower < 250 and lower + sum(s.startswith("Sentence") and t.startswith("Phrase") for s, t in typed) == 400
    assert corpora.casual(pairs, 0) == []
    with pytest.raises(ValueError, match="punctuation"):
        corpora.casual([("No stop", "Pas de point")], 1)


def make_data_dir(root: Path) -> None:
    """The upstream layout of ../shared/data in miniature."""
    tat = root / "tatoeba/fra-eng/fra.txt"
    tat.parent.mkdir(parents=True)
    rows = [(f"Sentence number {i}.", f"Phrase numéro {i}.") for i in range(40)]
    rows += [("I am hungry.", "J'ai faim."), ("I am hungry.", "J'ai très faim."), ("Where is it?", "Où est-ce ?"),
             ("It is late.", "Il est tard.")]
    tat.write_text("".join(f"{e}\t{f}\tCC-BY 2.0 (France) Attribution: tatoeba.org #1 (x)\n" for e, f in rows),
                   encoding="utf-8")
    (root / "tatoeba-challenge").mkdir()
    (root / "tatoeba-challenge/tatoeba-test-v2021-08-07.eng-fra.eng").write_text("Where is it?\n", encoding="utf-8")
    (root / "tatoeba-challenge/tatoeba-test-v2021-08-07.eng-fra.fra").write_text("Où est-ce ?\n", encoding="utf-8")
    (root / "newstest").mkdir()
    for year in (2012, 2013):
        (root / f"newstest/newstest{year}.en-fr.eng").write_text(f"News of {year}.\n", encoding="utf-8")
        (root / f"newstest/newstest{year}.en-fr.fra").write_text(f"Nouvelles de {year}.\n", encoding="utf-8")
    naacl = root / corpora.NAACL_ALIGNMENT
    naacl.parent.mkdir(parents=True)
    naacl.write_text("that is exactly what i did . ||| c' est exactement ce que j' ai fait .\n", encoding="utf-8")
    write_gz(root / "hansard/train.en.gz", [e for e, _ in HANSARD] + ["News of 2013. It was long."])
    write_gz(root / "hansard/train.fr.gz", [f for _, f in HANSARD] + ["Nouvelles de 2013."])


def test_prepare_en_fr_from_upstream_layout(tmp_path):
    root, out = tmp_path / "data", tmp_path / "mix"
    make_data_dir(root)
    everyday = tmp_path / "everyday.tsv"
    everyday.write_text("It is late.\tIl est tard.\n", encoding="utf-8")
    stats = corpora.prepare_en_fr(root, out, tatoeba_repeat=2, dev=4, test=4, held_out_files=[everyday],
                                  log=lambda m: None)
    train = data.flatten(data.read_corpus(out / "train.tsv"))
    test_sources = {s for s, _ in data.read_corpus(out / "test.tsv") + data.read_corpus(out / "dev.tsv")}
    hansard = data.flatten(data.read_corpus(out / "hansard-train.tsv"))
    # the NAACL sentence (tokenised, lower-cased there) is dropped from the Hansards; the rest are kept
    assert hansard == [p for p in KEPT if not p[0].startswith("That is exactly")]
    sources = [s for s, _ in train]
    assert "Where is it?" not in sources and "It is late." not in sources        # shared with test sets
    assert not test_sources & set(sources)                                        # grouped split holds
    assert stats["train_pairs"] == len(train) == 2 * stats["tatoeba_kept"] + stats["hansard_kept"]
    assert stats["hansard_dropped_overlap"] == 2              # the NAACL sentence; the newstest French side
    assert json.loads((out / "prepare.json").read_text()) == stats
    # with joined pairs: made only from kept Tatoeba pairs, so no test sentence enters through them
    stats = corpora.prepare_en_fr(root, out, tatoeba_repeat=1, dev=4, test=4, held_out_files=[everyday],
                                  log=lambda m: None, tatoeba_concat=2)
    train = data.flatten(data.read_corpus(out / "train.tsv"))
    kept = set(data.flatten(data.read_corpus(out / "tatoeba-train.tsv")))
    joined = [(s, t) for s, t in train if (s, t) not in kept and (s, t) not in set(hansard)]
    assert len(joined) == stats["tatoeba_concat"] == 2 * stats["tatoeba_kept"]
    assert all(s.count(".") + s.count("?") in (2, 3) for s, _ in joined)
    assert not any(test in s for s, _ in joined for test in test_sources | {"Where is it?", "It is late."})
    # with pairs as typed: a test line without final punctuation ("Sentence number 5") keeps its punctuated
    # Tatoeba pair in training, but not that pair's typed copy
    everyday.write_text("It is late.\tIl est tard.\nSentence number 5\tPhrase numéro 5\n", encoding="utf-8")
    stats = corpora.prepare_en_fr(root, out, tatoeba_repeat=1, dev=4, test=4, held_out_files=[everyday],
                                  log=lambda m: None, tatoeba_casual=3)
    train = data.flatten(data.read_corpus(out / "train.tsv"))
    typed = [(s, t) for s, t in train if not s.endswith((".", "?"))]
    assert stats["casual_dropped_overlap"] > 0
    assert len(typed) == stats["tatoeba_casual"] == 3 * stats["tatoeba_kept"] - stats["casual_dropped_overlap"]
    assert {s.lower() for s, _ in typed} <= {s[:-1].lower() for s, _ in kept}
    assert "sentence number 5" not in {s.lower() for s, _ in typed}


def test_test_sets_read_in_their_upstream_names(tmp_path):
    make_data_dir(tmp_path)
    assert corpora.read_test_set("newstest2013", tmp_path) == [("News of 2013.", ["Nouvelles de 2013."])]
    assert corpora.read_test_set("tatoeba-challenge", tmp_path) == [("Where is it?", ["Où est-ce ?"])]
    with pytest.raises(ValueError, match="unknown test set"):
        corpora.read_test_set("wmt99", tmp_path)
