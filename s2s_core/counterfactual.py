"""Two sources, one model: what changes in the translation when the sentence changes?

:func:`compare` translates sentence A and its edited version B and lines the two results up word by
word: a diff of the outputs (difflib opcodes on words), each target word's probability on both sides,
and both attention maps on shared axes with their difference. Words are subword pieces merged the
way the app's heatmaps merge them (:func:`s2s_core.viz.word_groups`): a word's attention row is the
mean of its pieces' rows and its source column the sum of its pieces' columns
(:func:`s2s_core.viz.merge_attention`), and a word's probability is the **product** of its pieces'
probabilities — the chance the model gives to producing that whole word at that point (the chain rule),
which a mean would not be.

Aligned axes: the source words of A and B are aligned by their word diff, and the target words by
theirs. Equal words share a row (column); a replaced span pairs its words in order, by spelling
(:func:`pair_words`), so "qu'il" and "qu'elle" share a row; words with no counterpart (an insertion, a
deletion, the rest of a replacement) get a row of their own that is a gap (NaN) in the other map.
Both maps then have the same shape, and their difference (B − A) is NaN wherever either is.

Generated edits and ready-made probes live here too (:func:`variants`, :data:`PROBES`).
"""
from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, replace
from typing import Optional, Sequence

import numpy as np

from .source_edits import KINDS, Variant, source_words, variants, word_edits
from .pieces import SPECIALS, merge_attention, select_heads, word_groups
from .special import EOS_PIECE

__all__ = ["KINDS", "Variant", "source_words", "variants", "word_edits", "Opcode", "Side", "WordChange",
           "Comparison", "word_diff", "align", "pair_words", "aligned_matrix", "side_of", "compare_translations",
           "compare", "content_words", "Probe", "PROBES"]

Pair = tuple[Optional[int], Optional[int]]


@dataclass(frozen=True)
class Opcode:
    """One difflib opcode on words: ``a_words = a[a_start:a_end]``, ``b_words = b[b_start:b_end]``."""
    op: str                 # "equal" | "replace" | "insert" | "delete"
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_words: tuple[str, ...]
    b_words: tuple[str, ...]


@dataclass
class Side:
    """One sentence's best translation at word level."""
    source: str
    source_words: list[str]       # merged source pieces, ending in '</s>'
    target_words: list[str]       # merged target pieces, ending in '</s>'
    word_probs: list[float]       # per target word: product of its pieces' probabilities
    attention: np.ndarray         # [len(target_words), len(source_words)], rows sum to 1
    text: str                     # the translation
    notes: tuple = ()              # what the model read where it differs from the text (Translation.notes)


@dataclass(frozen=True)
class WordChange:
    """One aligned target row: the word on each side (None = no counterpart) and its probabilities."""
    op: str                       # "equal" | "replace" (both sides) | "insert" (B only) | "delete" (A only)
    word_a: Optional[str]
    word_b: Optional[str]
    p_a: Optional[float]
    p_b: Optional[float]

    @property
    def delta(self) -> Optional[float]:
        """p_b − p_a; None when one side has no word here."""
        return None if self.p_a is None or self.p_b is None else self.p_b - self.p_a


@dataclass
class Comparison:
    a: Side
    b: Side
    source_diff: list[Opcode]
    target_diff: list[Opcode]
    rows: list[Pair]              # aligned target positions: (index in a.target_words, index in b.target_words)
    cols: list[Pair]              # aligned source positions: (index in a.source_words, index in b.source_words)
    attention_a: np.ndarray       # [len(rows), len(cols)], NaN in gaps
    attention_b: np.ndarray
    difference: np.ndarray        # attention_b − attention_a, NaN where either is NaN
    changes: list[WordChange]     # one per row

    @property
    def changed(self) -> bool:
        """Whether the two translations differ at all."""
        return any(op.op != "equal" for op in self.target_diff)

    @property
    def zmax(self) -> float:
        """The shared top of the colour scale of both attention maps."""
        return float(max(np.nanmax(self.attention_a), np.nanmax(self.attention_b), 1e-6))

    @property
    def dmax(self) -> float:
        """The largest |difference|: the diverging scale of the difference map runs from −dmax to dmax."""
        d = np.abs(self.difference)
        return float(max(np.nanmax(d), 1e-6)) if np.isfinite(d).any() else 1e-6

    @property
    def typed_diff(self) -> list[Opcode]:
        """The sources as the user typed them, word by word ("at 7", not the "at 19:00" the model read and the
        maps show): what the side-by-side view diffs."""
        return word_diff(self.a.source.split(), self.b.source.split())

    @property
    def text_diff(self) -> list[Opcode]:
        """The translations as Translate shows them, post-edits made ("heures ;", "21 h"), word by word."""
        return word_diff(self.a.text.split(), self.b.text.split())

    def without_end(self) -> "Comparison":
        """This comparison without the end-of-sentence row and column (presenter mode shows words only, as every
        other presenter map); the diffs and the sides stay whole."""
        def keep(pairs: Sequence[Pair], a: Sequence[str], b: Sequence[str]) -> list[int]:
            return [k for k, (i, j) in enumerate(pairs)
                    if (i is None or a[i] != EOS_PIECE) and (j is None or b[j] != EOS_PIECE)]
        rows = keep(self.rows, self.a.target_words, self.b.target_words)
        cols = keep(self.cols, self.a.source_words, self.b.source_words)
        def cut(m: np.ndarray) -> np.ndarray:
            return m[np.ix_(rows, cols)]
        return replace(self, rows=[self.rows[k] for k in rows], cols=[self.cols[k] for k in cols],
                       attention_a=cut(self.attention_a), attention_b=cut(self.attention_b),
                       difference=cut(self.difference), changes=[self.changes[k] for k in rows])

    def row_labels(self, which: str = "both") -> list[str]:
        """Tick labels of the aligned target axis: "a", "b" (blank in gaps) or "both" ("il → elle")."""
        return _labels(self.rows, self.a.target_words, self.b.target_words, which)

    def col_labels(self, which: str = "both") -> list[str]:
        return _labels(self.cols, self.a.source_words, self.b.source_words, which)


def _labels(pairs: Sequence[Pair], a: Sequence[str], b: Sequence[str], which: str) -> list[str]:
    out = []
    for i, j in pairs:
        wa, wb = (a[i] if i is not None else ""), (b[j] if j is not None else "")
        both = wa if wa == wb else f"{wa or '∅'} → {wb or '∅'}"
        out.append(wa if which == "a" else wb if which == "b" else both)
    return out


# -- diff and alignment --------------------------------------------------------------------------------
def word_diff(a: Sequence[str], b: Sequence[str]) -> list[Opcode]:
    """difflib opcodes turning words ``a`` into words ``b`` (exact, case-sensitive comparison)."""
    matcher = difflib.SequenceMatcher(None, list(a), list(b), autojunk=False)
    return [Opcode(tag, i1, i2, j1, j2, tuple(a[i1:i2]), tuple(b[j1:j2]))
            for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


def align(opcodes: Sequence[Opcode]) -> list[Pair]:
    """Aligned positions (i in a, j in b): equal words pair up; a replaced span pairs its words in
    order by spelling (:func:`pair_words`); the rest stand alone with None on the other side."""
    pairs: list[Pair] = []
    for op in opcodes:
        if op.op == "equal":
            pairs += [(op.a_start + k, op.b_start + k) for k in range(op.a_end - op.a_start)]
        else:
            pairs += [(None if i is None else op.a_start + i, None if j is None else op.b_start + j)
                      for i, j in pair_words(op.a_words, op.b_words)]
    return pairs


def pair_words(a: Sequence[str], b: Sequence[str]) -> list[Pair]:
    """Monotone pairing of two short word lists that maximises the summed spelling similarity (difflib
    ratio, plus a small bonus per pair so that unlike words still pair rather than both stand alone):
    ["J'aime"] and ["Je", "n'aime", "pas"] pair "J'aime" with "n'aime"."""
    n, m = len(a), len(b)
    best = np.zeros((n + 1, m + 1))
    move = np.zeros((n + 1, m + 1), dtype=int)          # 0 pair, 1 a alone, 2 b alone
    for i in range(n, -1, -1):
        for j in range(m, -1, -1):
            options = [(-1.0, 0), (-1.0, 1), (-1.0, 2)]
            if i < n and j < m:
                options[0] = (best[i + 1, j + 1] + 0.01 + difflib.SequenceMatcher(None, a[i], b[j]).ratio(), 0)
            if i < n:
                options[1] = (best[i + 1, j], 1)
            if j < m:
                options[2] = (best[i, j + 1], 2)
            if i < n or j < m:
                best[i, j], move[i, j] = max(options, key=lambda o: (o[0], -o[1]))
    out: list[Pair] = []
    i = j = 0
    while i < n or j < m:
        k = int(move[i, j])
        out.append((i if k != 2 else None, j if k != 1 else None))
        i, j = i + (k != 2), j + (k != 1)
    return out


def aligned_matrix(matrix: np.ndarray, rows: Sequence[Pair], cols: Sequence[Pair], side: int) -> np.ndarray:
    """``matrix`` (of side 0 = A or 1 = B) laid out on the aligned axes; NaN where that side has a gap."""
    r = np.array([p[side] if p[side] is not None else -1 for p in rows], dtype=int)
    c = np.array([p[side] if p[side] is not None else -1 for p in cols], dtype=int)
    out = np.full((len(r), len(c)), np.nan)
    if len(r) and len(c):
        valid = (r >= 0)[:, None] & (c >= 0)[None, :]
        out[valid] = np.asarray(matrix, dtype=float)[np.ix_(np.maximum(r, 0), np.maximum(c, 0))][valid]
    return out


# -- from translations ---------------------------------------------------------------------------------
def side_of(translation, layer: Optional[int] = None, head: Optional[int] = None) -> Side:
    """The best hypothesis of a Translation at word level. ``layer``/``head`` pick Transformer heads as
    on the Translate page (None = average); without heads the hypothesis's attention is used."""
    h = translation.best
    if h is None:
        raise ValueError(f"“{translation.source[:60]}” was not translated: {translation.error or 'no hypothesis'}")
    attn = h.attention
    if (layer is not None or head is not None) and h.heads is not None:
        attn = select_heads(h.heads, layer, head)
    merged, src_words, tgt_words = merge_attention(np.asarray(attn, dtype=float), translation.source_tokens,
                                                   h.shown_tokens)          # a date as written, not "vendredi"
    probs = [math.exp(sum(h.token_log_probs[k] for k in g)) for g in word_groups(h.tokens)]
    return Side(translation.source, src_words, tgt_words, probs, merged, h.text, tuple(translation.notes))


def compare_translations(ta, tb, layer: Optional[int] = None, head: Optional[int] = None) -> Comparison:
    """Line up two Translations (A = the original, B = the edit) word by word."""
    a, b = side_of(ta, layer, head), side_of(tb, layer, head)
    source_diff, target_diff = word_diff(a.source_words, b.source_words), word_diff(a.target_words, b.target_words)
    rows, cols = align(target_diff), align(source_diff)
    attn_a, attn_b = aligned_matrix(a.attention, rows, cols, 0), aligned_matrix(b.attention, rows, cols, 1)
    ops = {k: op.op for op in target_diff for k in range(op.a_start, op.a_end)}
    changes = []
    for i, j in rows:
        op = ("insert" if i is None else "delete") if i is None or j is None else ops[i]
        changes.append(WordChange(op, a.target_words[i] if i is not None else None,
                                  b.target_words[j] if j is not None else None,
                                  a.word_probs[i] if i is not None else None,
                                  b.word_probs[j] if j is not None else None))
    return Comparison(a, b, source_diff, target_diff, rows, cols, attn_a, attn_b, attn_b - attn_a, changes)


def compare(translator, source_a: str, source_b: str, layer: Optional[int] = None, head: Optional[int] = None,
            **decode) -> Comparison:
    """Translate both sentences with one model (``decode``: Translator.translate's keyword arguments,
    e.g. beam_size, length_penalty, max_length) and compare them."""
    ta = translator.translate(source_a, **decode)
    tb = translator.translate(source_b, **decode)
    return compare_translations(ta, tb, layer, head)


def content_words(opcodes: Sequence[Opcode], side: str) -> list[str]:
    """The changed words on one side ("a" or "b") of a diff, specials left out: what a probe moved."""
    return [w for op in opcodes if op.op != "equal" for w in (op.a_words if side == "a" else op.b_words)
            if w not in SPECIALS]


# -- ready-made probes ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Probe:
    group: str      # "gender" | "number" | "negation" | "tense"
    label: str
    a: str
    b: str


PROBES: tuple[Probe, ...] = (
    Probe("gender", "doctor: he → she", "The doctor said he was tired.", "The doctor said she was tired."),
    Probe("gender", "nurse: she → he", "The nurse said she was tired.", "The nurse said he was tired."),
    Probe("gender", "engineer: he → she", "The engineer said he was tired.", "The engineer said she was tired."),
    Probe("gender", "teacher: she → he", "The teacher said she was tired.", "The teacher said he was tired."),
    Probe("gender", "he → she", "He is tired.", "She is tired."),
    Probe("gender", "brother → sister", "My brother is a doctor.", "My sister is a doctor."),
    Probe("number", "a cat → two cats", "I saw a cat in the garden.", "I saw two cats in the garden."),
    Probe("number", "cat is → cats are", "The cat is sleeping.", "The cats are sleeping."),
    Probe("number", "this book → these books", "I like this book.", "I like these books."),
    Probe("negation", "like → don't like", "I like this book.", "I don't like this book."),
    Probe("negation", "is → is not", "She is happy.", "She is not happy."),
    Probe("negation", "can → cannot", "We can see the mountains.", "We cannot see the mountains."),
    Probe("tense", "is → was", "He is at home.", "He was at home."),
    Probe("tense", "is → will be", "He is at home.", "He will be at home."),
)
