"""Word alignments against human gold standards: reading them, extracting ours, scoring (AER).

Gold format (NAACL 2003 shared task, as distributed with awesome-align): a text file of
``source words ||| target words`` lines (lower-cased, tokenised: words are whitespace tokens) and a
links file with one line per sentence of 1-based ``i-j`` (sure) and ``ipj`` (possible) links, i a
source (left) word, j a target (right) word. Possible links include the sure ones (S ⊆ P).

Our alignments come from a ``[target pieces × source pieces]`` matrix (attention or an attribution
method): the UI's subword merge (``pieces.merge_attention``: a source word's column is the sum of its
pieces, a target word's row the mean of its pieces) gives a word matrix, the </s> row and column are
dropped (</s> soaks up attention and is no word), and each target word links to its highest-scoring
source word (optionally also to every source word scoring at least ``threshold``).

Scores (Och & Ney, 2003), summed over the corpus: precision = |A∩P| / |A|, recall = |A∩S| / |S|,
AER = 1 − (|A∩S| + |A∩P|) / (|A| + |S|). Empty denominators count as perfect (nothing predicted has
precision 1, nothing to find has recall 1, both empty have AER 0).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np

from . import pieces
from .special import EOS_PIECE

Link = tuple[int, int]                    # (source word, target word), both 1-based
_LINK = re.compile(r"^(\d+)([-p])(\d+)$")


@dataclass
class GoldSentence:
    source: list[str]                     # words (whitespace tokens)
    target: list[str]
    sure: set[Link] = field(default_factory=set)
    possible: set[Link] = field(default_factory=set)   # includes the sure links


def parse_links(line: str) -> tuple[set[Link], set[Link]]:
    """``"1-1 2p3"`` → (sure {(1, 1)}, possible {(1, 1), (2, 3)})."""
    sure, possible = set(), set()
    for item in line.split():
        m = _LINK.match(item)
        if not m:
            raise ValueError(f"not an alignment link: {item!r} (expected i-j or ipj)")
        link = (int(m.group(1)), int(m.group(3)))
        if min(link) < 1:
            raise ValueError(f"links are 1-based: {item!r}")
        possible.add(link)
        if m.group(2) == "-":
            sure.add(link)
    return sure, possible


def resolve_gold(path: str | Path, links: Optional[str | Path] = None) -> tuple[Path, Path]:
    """The (text, links) files of a gold set given as a folder holding one ``*.src-tgt`` and its
    ``*.gold``, as the text file (links = same name with ``.gold``), or as both files."""
    path = Path(path)
    if path.is_dir():
        texts = sorted(path.glob("*.src-tgt"))
        if len(texts) != 1:
            raise ValueError(f"{path}: expected one *.src-tgt file, found {len(texts)}")
        path = texts[0]
    links = Path(links) if links else path.with_suffix(".gold")
    for p in (path, links):
        if not p.is_file():
            raise FileNotFoundError(f"gold alignment file not found: {p}")
    return path, links


def read_gold(path: str | Path, links: Optional[str | Path] = None, swap: bool = False) -> list[GoldSentence]:
    """Read a gold set (see :func:`resolve_gold`). ``swap``: the model translates the right side into the
    left one, so sides and link directions are exchanged."""
    text_file, links_file = resolve_gold(path, links)
    lines = text_file.read_text(encoding="utf-8").splitlines()
    link_lines = links_file.read_text(encoding="utf-8").splitlines()
    if len(lines) != len(link_lines):
        raise ValueError(f"{text_file} has {len(lines)} lines but {links_file} has {len(link_lines)}")
    out = []
    for n, (line, ln) in enumerate(zip(lines, link_lines), 1):
        if line.count("|||") != 1:
            raise ValueError(f"{text_file}:{n}: expected 'source ||| target'")
        src, tgt = (side.split() for side in line.split("|||"))
        sure, possible = parse_links(ln)
        if swap:
            src, tgt = tgt, src
            sure, possible = {(j, i) for i, j in sure}, {(j, i) for i, j in possible}
        bad = [l for l in possible if l[0] > len(src) or l[1] > len(tgt)]
        if bad:
            raise ValueError(f"{links_file}:{n}: link {bad[0]} outside the sentence")
        out.append(GoldSentence(src, tgt, sure, possible | sure))
    return out


def word_matrix(matrix: np.ndarray, src_pieces: Sequence[str], tgt_pieces: Sequence[str],
                n_src: Optional[int] = None, n_tgt: Optional[int] = None) -> np.ndarray:
    """[target pieces × source pieces] → [target words × source words] without </s>, through the
    UI's merge. ``n_src``/``n_tgt``: the expected word counts (a mismatch raises ValueError)."""
    merged, src_words, tgt_words = pieces.merge_attention(np.asarray(matrix, dtype=float), src_pieces, tgt_pieces)
    rows = [i for i, w in enumerate(tgt_words) if w != EOS_PIECE]
    cols = [j for j, w in enumerate(src_words) if w != EOS_PIECE]
    for what, got, want in (("source", len(cols), n_src), ("target", len(rows), n_tgt)):
        if want is not None and got != want:
            raise ValueError(f"{what}: {got} words after merging pieces, expected {want}")
    return merged[np.ix_(rows, cols)]


def extract(words: np.ndarray, threshold: Optional[float] = None) -> set[Link]:
    """Links from a [target words × source words] matrix: each target word's best source word, plus,
    with ``threshold``, every cell of its row-normalised score ≥ threshold. 1-based (source, target)."""
    words = np.asarray(words, dtype=float)
    links: set[Link] = set()
    if words.size == 0:
        return links
    for j, row in enumerate(words):
        links.add((int(row.argmax()) + 1, j + 1))
        if threshold is not None and row.sum() > 0:
            links.update((int(i) + 1, j + 1) for i in np.flatnonzero(row / row.sum() >= threshold))
    return links


@dataclass
class WordLinks:
    """Links between words for a picture: 0-based (source word, target word, weight), weight = the
    target word's row share of that source word (</s> left out), words as the subword merge labels them."""
    source: list[str]
    target: list[str]
    links: list[tuple[int, int, float]]
    threshold: Optional[float] = None     # None: each target word's best source word

    def pharaoh(self) -> str:
        """The links as 0-based ``i-j`` pairs (source-target), the format of fast_align and Moses."""
        return " ".join(f"{i}-{j}" for i, j, _ in sorted(self.links))


def word_links(matrix: np.ndarray, src_pieces: Sequence[str], tgt_pieces: Sequence[str],
               threshold: Optional[float] = None) -> WordLinks:
    """Links drawn from a [target pieces × source pieces] matrix on merged words, </s> left out: each
    target word's best source word, or with ``threshold`` every source word holding at least that share
    of the target word's row (possibly none: a diffuse row links nowhere)."""
    merged, src_words, tgt_words = pieces.merge_attention(np.asarray(matrix, dtype=float), src_pieces, tgt_pieces)
    rows = [i for i, w in enumerate(tgt_words) if w != EOS_PIECE]
    cols = [j for j, w in enumerate(src_words) if w != EOS_PIECE]
    words = merged[np.ix_(rows, cols)]
    totals = words.sum(1, keepdims=True)
    share = np.divide(words, totals, out=np.zeros_like(words), where=totals > 0)
    links = []
    for j, row in enumerate(share):
        if not row.any():
            continue
        picks = [int(row.argmax())] if threshold is None else np.flatnonzero(row >= threshold).tolist()
        links += [(i, j, float(row[i])) for i in picks]
    return WordLinks([src_words[c] for c in cols], [tgt_words[r] for r in rows], links, threshold)


@dataclass
class Scores:
    predicted: int = 0                    # |A|
    sure: int = 0                         # |S|
    hit_sure: int = 0                     # |A ∩ S|
    hit_possible: int = 0                 # |A ∩ P|

    def add(self, predicted: set[Link], gold: GoldSentence) -> "Scores":
        self.predicted += len(predicted)
        self.sure += len(gold.sure)
        self.hit_sure += len(predicted & gold.sure)
        self.hit_possible += len(predicted & gold.possible)
        return self

    @property
    def precision(self) -> float:
        return self.hit_possible / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.hit_sure / self.sure if self.sure else 1.0

    @property
    def aer(self) -> float:
        total = self.predicted + self.sure
        return 1.0 - (self.hit_sure + self.hit_possible) / total if total else 0.0

    def as_dict(self) -> dict:
        return {"aer": self.aer, "precision": self.precision, "recall": self.recall,
                "links": self.predicted, "sure": self.sure}


def score(predicted: Iterable[set[Link]], gold: Sequence[GoldSentence]) -> Scores:
    """Corpus-level precision, recall and AER of one alignment per gold sentence."""
    predicted = list(predicted)
    if len(predicted) != len(gold):
        raise ValueError(f"{len(predicted)} alignments for {len(gold)} gold sentences")
    s = Scores()
    for a, g in zip(predicted, gold):
        s.add(a, g)
    return s
