"""Sliced evaluation: sacreBLEU BLEU and chrF on subsets of a test set, to see *where* a model fails.

Slices (each with its count and the indices of its sentences, so a UI can link to them):

- **length** — source length in whitespace-separated words, in ``LENGTH_BUCKETS`` (≤ 5, 6–10, 11–20,
  21–40, 41+). These partition the corpus: every sentence is in exactly one bucket.
- **content** — sources with a digit ("numbers"), with a capitalised word that does not start a
  sentence and is not "I" ("names": a cheap stand-in for proper nouns), and with a question mark
  ("questions"). These may overlap each other and cut across the buckets.
- **flag** — one slice per trust-flag code found on the hypotheses (length-limit, repetition, …), plus
  "no flags". A hypothesis may carry several codes, so these overlap too.

Each slice is scored on its own sentences as a corpus (:func:`s2s_core.evaluate.score`), so a slice's
BLEU is comparable to the corpus BLEU; small slices give noisy scores (the count says how small).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence, Union

from .casing import shouted
from .evaluate import score

LENGTH_BUCKETS: tuple[tuple[int, Optional[int]], ...] = ((0, 5), (6, 10), (11, 20), (21, 40), (41, None))
GROUPS = ("all", "length", "content", "flag")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|[.!?:]|[\"“«(]")
_SENTENCE_START = set('.!?:"“«(')


@dataclass
class Slice:
    name: str                       # "all", "≤ 5 words", "numbers", "flag: repetition", …
    group: str                      # one of GROUPS
    indices: list[int]              # positions of its sentences in the corpus
    bleu: Optional[float] = None    # None for an empty slice
    chrf: Optional[float] = None
    signature: dict = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.indices)

    def as_dict(self) -> dict:
        return {"name": self.name, "group": self.group, "count": self.count, "bleu": self.bleu, "chrf": self.chrf,
                "indices": list(self.indices)}


# -- what a sentence is ------------------------------------------------------------------------------
def word_count(source: str) -> int:
    return len(source.split())


def length_label(low: int, high: Optional[int]) -> str:
    return f"≤ {high} words" if low == 0 else f"{low}+ words" if high is None else f"{low}–{high} words"


def length_bucket(source: str) -> str:
    n = word_count(source)
    return next(length_label(lo, hi) for lo, hi in LENGTH_BUCKETS if n >= lo and (hi is None or n <= hi))


def has_number(source: str) -> bool:
    return any(ch.isdigit() for ch in source)


def has_name(source: str) -> bool:
    """A capitalised word that does not start a sentence (or a quotation), other than I/I'm/I'll…; text in
    capitals says nothing of names ("THE ROOM IS BEING CLEANED.")."""
    if shouted(source):
        return False
    start = True
    for m in _WORD.finditer(source):
        tok = m.group()
        if tok in _SENTENCE_START:
            start = True
            continue
        if not start and tok[0].isupper() and tok != "I" and not tok.startswith(("I'", "I’")):
            return True
        start = False
    return False


def is_question(source: str) -> bool:
    return any(q in source for q in "?¿？")


def trust_codes(hypothesis) -> list[str]:
    """The trust-flag codes of a hypothesis: its ``warnings`` (objects with a ``code``, or plain strings);
    none when it has no such field or is None."""
    warnings = getattr(hypothesis, "warnings", None) or []
    return [str(getattr(w, "code", w)) for w in warnings]


# -- slicing and scoring -----------------------------------------------------------------------------
def slice_indices(sources: Sequence[str], flags: Optional[Sequence[Iterable[str]]] = None) -> list[Slice]:
    """Unscored slices: all, the length buckets (in order), numbers, names, questions, then one per
    flag code (sorted) and "no flags" when ``flags`` (codes per sentence) holds any code at all."""
    if flags is not None and len(flags) != len(sources):
        raise ValueError(f"{len(sources)} sources but {len(flags)} flag lists")
    out = [Slice("all", "all", list(range(len(sources))))]
    buckets = [length_bucket(s) for s in sources]
    out += [Slice(label, "length", [i for i, b in enumerate(buckets) if b == label])
            for label in (length_label(lo, hi) for lo, hi in LENGTH_BUCKETS)]
    for name, test in (("numbers", has_number), ("names", has_name), ("questions", is_question)):
        out.append(Slice(name, "content", [i for i, s in enumerate(sources) if test(s)]))
    if flags is not None:
        codes = [set(map(str, f or ())) for f in flags]
        found = sorted(set().union(*codes))
        out += [Slice(f"flag: {code}", "flag", [i for i, c in enumerate(codes) if code in c]) for code in found]
        if found:
            out.append(Slice("no flags", "flag", [i for i, c in enumerate(codes) if not c]))
    return out


def evaluate_slices(sources: Sequence[str], hypotheses: Sequence[str],
                    references: Sequence[Union[str, Sequence[str]]],
                    flags: Optional[Sequence[Iterable[str]]] = None, lowercase_tok: bool = False,
                    lang: str = "en") -> list[Slice]:
    """BLEU and chrF of every slice (see :func:`slice_indices`). ``references[i]``: one reference or a
    list of them; ``lowercase_tok``/``lang`` as in :func:`s2s_core.evaluate.score`."""
    if not len(sources) == len(hypotheses) == len(references):
        raise ValueError(f"{len(sources)} sources, {len(hypotheses)} hypotheses, {len(references)} reference sets")
    refs = [[r] if isinstance(r, str) else list(r) for r in references]
    slices = slice_indices(sources, flags)
    for sl in slices:
        if sl.indices:
            sc = score([hypotheses[i] for i in sl.indices], [refs[i] for i in sl.indices], lowercase_tok, lang)
            sl.bleu, sl.chrf = sc.bleu, sc.chrf
            sl.signature = {"bleu": sc.bleu_signature, "chrf": sc.chrf_signature}
    return slices


def slice_table(slices: Sequence[Slice]) -> str:
    """A plain-text table (the CLI prints it): slice, group, sentences, share of the corpus, BLEU, chrF."""
    total = next((s.count for s in slices if s.group == "all"), None) or max((s.count for s in slices), default=0)
    width = max([len(s.name) for s in slices] + [5])
    lines = [f"{'slice':<{width}}  {'group':<7}  {'sentences':>9}  {'share':>6}  {'BLEU':>6}  {'chrF':>6}"]
    for s in slices:
        share = f"{100 * s.count / total:5.1f}%" if total else "     –"
        bleu, chrf = ("–" if x is None else f"{x:.2f}" for x in (s.bleu, s.chrf))
        lines.append(f"{s.name:<{width}}  {s.group:<7}  {s.count:>9}  {share:>6}  {bleu:>6}  {chrf:>6}")
    lines.append("Length buckets partition the corpus (their counts sum to 'all'); content and flag slices "
                 "may overlap.")
    return "\n".join(lines)
