"""Cleaning, de-duplication, test-overlap filtering and mixing of parallel corpora.

Why each step exists:
- The Canadian Hansards are parliamentary transcripts: headings in capitals, speaker lines ("Mr. X (Riding,
  Party):"), ``* * *`` separators, vote lists and thousands of repeated formulas ("Agreed.", "Some hon.
  members:"). A model trained on them verbatim learns to emit names and headings; ``clean_hansard`` keeps
  the sentences of the debates.
- A test score means something only when no training pair shares a side with the test set (the data
  README's rule): ``drop_overlap`` removes them, comparing normalised text (case, spacing and punctuation
  tokenisation ignored), which also catches the NAACL 2003 alignment set's lower-cased, tokenised English.
- Tatoeba's everyday sentences are short and few (about 1.5 M target tokens) beside the Hansards' long
  formal ones (about 25 M): ``mix`` repeats the small corpus so everyday French is not drowned out.
- Most Tatoeba sentences are under 10 words, so a model learns long *everyday* inputs only from the formal
  Hansards: ``concatenate`` joins 2–3 random Tatoeba pairs into one (Kondo et al., 2021, "Sentence
  Concatenation Approach to Data Augmentation for Neural Machine Translation"), long inputs in everyday words.
- Nearly every training sentence is capitalised and ends in ". ! ?", but people type into a box without
  either ("where is the station", "my family"); a model that never saw that keeps going until it has a
  sentence ("Ma famille est ma famille."). ``casual`` adds Tatoeba pairs as they would be typed.
"""
from __future__ import annotations

import random
import re
from typing import Iterable, Sequence

Pair = tuple[str, str]

_TOKEN = re.compile(r"\w+|[^\w\s]")
_SPEAKER = re.compile(r"^(the )?(right )?(hon\.|mr\.|mrs\.|ms\.|miss|dr\.|m\.|mme|l'hon\.|le très hon\.|"
                      r"some hon\. members|an hon\. member|des voix|une voix|le président|the speaker)", re.I)
_END = re.compile(r"[.?!…»\"')]$")


def normalise(text: str) -> str:
    """Lower-cased word and punctuation tokens joined by one space: the key two texts are 'the same' by."""
    return " ".join(_TOKEN.findall(text.lower()))


def _is_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def hansard_sentence(en: str, fr: str) -> bool:
    """True for a pair of debate sentences; False for headings, speaker and name lines, separators,
    fragments without a verb-bearing length, and pairs whose lengths disagree too much to be translations."""
    if not en or not fr or set(en) <= set("* ") or set(fr) <= set("* "):
        return False
    if en.endswith(":") or fr.endswith(":") or _is_heading(en) or _is_heading(fr):
        return False
    words = len(en.split())
    if not _END.search(en) and (words < 6 or _SPEAKER.match(en)):
        return False
    if _SPEAKER.match(en) and words <= 6 and "," not in en:
        return False
    ratio = len(fr) / max(len(en), 1)
    return 0.6 <= ratio <= 2.2 and words >= 3


def clean_hansard(pairs: Iterable[Pair]) -> list[Pair]:
    """Debate sentences of the Hansards, whitespace-tidied, first occurrence of each pair only."""
    seen, out = set(), []
    for en, fr in pairs:
        en, fr = " ".join(en.split()), " ".join(fr.split()).rstrip(">").rstrip()
        if not hansard_sentence(en, fr):
            continue
        key = (normalise(en), normalise(fr))
        if key not in seen:
            seen.add(key)
            out.append((en, fr))
    return out


def drop_overlap(pairs: Sequence[Pair], held_out: Iterable[str]) -> tuple[list[Pair], int]:
    """``pairs`` without those whose source or target equals (normalised) a held-out sentence;
    returns the kept pairs and how many were dropped."""
    banned = {normalise(t) for t in held_out}
    banned.discard("")
    kept = [(s, t) for s, t in pairs if normalise(s) not in banned and normalise(t) not in banned]
    return kept, len(pairs) - len(kept)


def mix(parts: Sequence[tuple[Sequence[Pair], float]], seed: int = 1) -> list[Pair]:
    """Concatenate corpora, each repeated ``factor`` times (a fractional part takes a seeded sample),
    shuffled. ``[(tatoeba, 3), (hansard, 0.4)]`` = Tatoeba three times + 40 % of the Hansards."""
    rng = random.Random(seed)
    out: list[Pair] = []
    for pairs, factor in parts:
        if factor < 0:
            raise ValueError(f"mixing factor must be ≥ 0, got {factor}")
        whole, frac = int(factor), factor - int(factor)
        out.extend(list(pairs) * whole)
        if frac:
            out.extend(rng.sample(list(pairs), round(frac * len(pairs))))
    rng.shuffle(out)
    return out


def concatenate(pairs: Sequence[Pair], n: int, parts: tuple[int, int] = (2, 3), seed: int = 1) -> list[Pair]:
    """``n`` synthetic pairs, each 2–3 (``parts``) seeded random pairs of ``pairs`` joined side by side with
    a space (source with source, target with target; sentence punctuation kept, so the join is two
    sentences a person might type in one go)."""
    lo, hi = parts
    if not 1 <= lo <= hi:
        raise ValueError(f"parts must satisfy 1 ≤ lo ≤ hi, got {parts}")
    if n and not pairs:
        raise ValueError("nothing to concatenate")
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        chosen = [pairs[rng.randrange(len(pairs))] for _ in range(rng.randint(lo, hi))]
        out.append((" ".join(s for s, _ in chosen), " ".join(t for _, t in chosen)))
    return out


_FINAL_PUNCT = re.compile(r"\s*[.!?…]+$")


def as_typed(text: str, lower: bool = False) -> str:
    """``text`` as people type it into a box: without its final sentence punctuation (French " ?"
    included) and, with ``lower``, with its first letter in lower case."""
    text = _FINAL_PUNCT.sub("", text.strip())
    return text[:1].lower() + text[1:] if lower else text


def casual(pairs: Sequence[Pair], n: int, seed: int = 1) -> list[Pair]:
    """``n`` seeded random pairs of ``pairs`` that end in sentence punctuation, both sides ``as_typed``:
    without it, half of them also starting in lower case."""
    ending = [p for p in pairs if _FINAL_PUNCT.search(p[0]) and _FINAL_PUNCT.search(p[1])]
    if n and not ending:
        raise ValueError("no pair ends in sentence punctuation")
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        (src, tgt), lower = ending[rng.randrange(len(ending))], rng.random() < 0.5
        out.append((as_typed(src, lower), as_typed(tgt, lower)))
    return out


# ---------------------------------------------------------------- the en→fr training mix

# Held-out sets under the data directory: (path prefix or file, source language suffix, target suffix).
TEST_SETS = {
    "tatoeba-challenge": ("tatoeba-challenge/tatoeba-test-v2021-08-07.eng-fra", "eng", "fra"),
    "newstest2012": ("newstest/newstest2012.en-fr", "eng", "fra"),
    "newstest2013": ("newstest/newstest2013.en-fr", "eng", "fra"),
}
NAACL_ALIGNMENT = "alignment/naacl2003-en-fr/enfr.src-tgt"
TATOEBA = "tatoeba/fra-eng/fra.txt"
HANSARD = "hansard/train"


def read_test_set(name: str, root) -> list[tuple[str, list[str]]]:
    """A held-out set of ``TEST_SETS`` as (source, [reference]) items, read from the data directory."""
    from pathlib import Path
    from .data import read_corpus
    if name not in TEST_SETS:
        raise ValueError(f"unknown test set {name!r}; choose from {', '.join(TEST_SETS)}")
    prefix, src, tgt = TEST_SETS[name]
    return read_corpus(Path(root) / prefix, src, tgt)


def read_bitext_pipes(path) -> list[Pair]:
    """``source ||| target`` lines (the NAACL 2003 / awesome-align format)."""
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split(" ||| ") for line in f]
    return [(r[0].strip(), r[1].strip()) for r in rows if len(r) == 2]


def prepare_en_fr(root, out, tatoeba_repeat: float = 6.0, hansard_fraction: float = 1.0, dev: int = 2000,
                  test: int = 2000, seed: int = 1, held_out_files: Sequence = (), log=print,
                  tatoeba_concat: float = 0.0, tatoeba_casual: float = 0.0) -> dict:
    """Write the en→fr training mix and its held-out sets into ``out``; returns the counts.

    Training pairs sharing a side with any test set are dropped: the public ones (``TEST_SETS``, the
    NAACL alignment set), our grouped Tatoeba dev/test, and ``held_out_files`` (TSVs such as our own
    everyday test set, whose short sentences Tatoeba often contains verbatim). ``tatoeba_concat`` adds that
    many times the Tatoeba pairs' number of ``concatenate``d Tatoeba pairs (made after the drop, so no test
    sentence can enter through them); ``tatoeba_casual`` likewise adds ``casual`` copies of Tatoeba pairs (no
    final punctuation, half in lower case), less any that now match a test sentence.

    ``out``: ``train.tsv`` (the mix), ``tatoeba-train.tsv``, ``hansard-train.tsv`` (the parts, for
    curricula), ``dev.tsv`` / ``test.tsv`` (the grouped Tatoeba split, as ``data split`` makes it), and
    ``prepare.json`` (what was read, dropped and kept)."""
    import json
    from pathlib import Path
    from .data import flatten, read_corpus, split_grouped, write_tsv
    root, out = Path(root), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    tatoeba_train, tatoeba_dev, tatoeba_test = split_grouped(read_corpus(root / TATOEBA), dev, test, seed)
    held_out = [s for name in TEST_SETS for item in read_test_set(name, root) for s in (item[0], *item[1])]
    naacl = [s for pair in read_bitext_pipes(root / NAACL_ALIGNMENT) for s in pair]
    ours = [s for item in tatoeba_dev + tatoeba_test for s in (item[0], *item[1])]
    held_out += [s for f in held_out_files for item in read_corpus(f) for s in (item[0], *item[1])]
    stats = {"tatoeba_pairs": sum(len(r) for _, r in tatoeba_train)}
    log("Tatoeba: dropping training pairs that share a side with a test set")
    tatoeba, stats["tatoeba_dropped_overlap"] = drop_overlap(flatten(tatoeba_train), held_out + naacl)
    log("Hansards: reading and cleaning (about a minute)")
    raw = flatten(read_corpus(root / HANSARD, "en", "fr"))
    hansard = clean_hansard(raw)
    stats.update(hansard_raw=len(raw), hansard_clean=len(hansard))
    hansard, stats["hansard_dropped_overlap"] = drop_overlap(hansard, held_out + naacl + ours)
    joined = concatenate(tatoeba, round(tatoeba_concat * len(tatoeba)), seed=seed)
    # a kept "Thank you." typed is "thank you", which a test set may hold as it is: check the overlap again
    typed = casual(tatoeba, round(tatoeba_casual * len(tatoeba)), seed=seed)
    typed, stats["casual_dropped_overlap"] = drop_overlap(typed, held_out + naacl + ours)
    train = mix([(tatoeba, tatoeba_repeat), (hansard, hansard_fraction), (joined, 1), (typed, 1)], seed)
    stats.update(tatoeba_kept=len(tatoeba), hansard_kept=len(hansard), tatoeba_repeat=tatoeba_repeat,
                 hansard_fraction=hansard_fraction, tatoeba_concat=len(joined), tatoeba_casual=len(typed),
                 train_pairs=len(train), seed=seed)
    for name, items in (("dev", tatoeba_dev), ("test", tatoeba_test)):
        write_tsv(out / f"{name}.tsv", items)
    for name, pairs in (("train", train), ("tatoeba-train", tatoeba), ("hansard-train", hansard)):
        write_tsv(out / f"{name}.tsv", [(s, [t]) for s, t in pairs])
    (out / "prepare.json").write_text(json.dumps(stats, indent=2) + "\n")
    return stats
