"""What a translate call returns (Translation, its Hypothesis list) and how separately searched parts become one
result.

Apart from translator.py so that the app, tests and tools can read results without the search, and so that the
Translator reads as the steps it runs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional, Sequence

import numpy as np

from . import trust
from .pieces import block_diagonal, stand_in_prefix
from .search import TreeNode, length_normalise
from .sentences import sentence_breaks
from .trust import TrustFlag
from .verbatim import same_name


@dataclass
class Hypothesis:
    text: str
    tokens: list[str]                    # target pieces, ending in '</s>'
    ids: list[int]
    score: float                         # ranking score: log_prob / len(tokens) ** length_penalty
    log_prob: float                      # sum of token_log_probs
    token_log_probs: list[float]
    attention: np.ndarray                # [len(tokens), len(source_tokens)], rows sum to 1
    heads: Optional[np.ndarray] = None   # [len(tokens), layers, heads, len(source_tokens)] (Transformer)
    alternatives: list = field(default_factory=list)  # per position [(piece, log_prob), …] best first
    warnings: list[TrustFlag] = field(default_factory=list)  # why it may be unreliable (trust.py), FLAGS order
    labels: Optional[list[str]] = None   # ``tokens`` with a stand-in's piece shown as the span written in its
                                         # place ("▁a@b.org" for "▁Tom"; verbatim.py), where one differs
    chosen: int = 0                      # leading pieces the user chose (a correction's prefix): never unsure
    rare_words: list[str] = field(default_factory=list)  # input words the model barely saw (trust.RARE_WORD names)

    @property
    def shown_tokens(self) -> list[str]:
        """The target pieces as heatmaps, token strips and warnings show them (``tokens`` are what the model
        wrote: ids, prefixes and alternatives come from those)."""
        return self.labels or self.tokens

    @property
    def shown_alternatives(self) -> list:
        """``alternatives`` with a stand-in's piece as the name typed (a strip's hover listed "▁Tom 0.010"), less
        another form of the piece written there (the hover at "Sophie", read "Mary", written "Marie", listed "Mary
        0.521, Marie 0.402"; as names, "Sophie" twice)."""
        return [[(self.shown_piece(p), lp) for p, lp in self.other_pieces(t, pos)]
                for t, pos in zip(self.tokens, self.alternatives)] if self.labels else self.alternatives

    def other_pieces(self, written: str, alternatives: Sequence[tuple[str, float]]) -> list[tuple[str, float]]:
        """``alternatives`` at a position where the model wrote ``written``, each shown (:meth:`shown_piece`) once,
        and none another form of ``written`` (a hover listed "Sophie 0.003, Sophie 0.002" for "Mary", "Marie")."""
        seen, out = {self.shown_piece(written)}, []
        for piece, lp in alternatives:
            shown = self.shown_piece(piece)
            if piece == written or shown not in seen:
                seen.add(shown)
                out.append((piece, lp))
        return out

    def shown_piece(self, piece: str) -> str:
        """``piece`` as the translation writes it: a stand-in's piece ("▁Tom") as the name typed ("▁Thomas"), so that
        alternatives, tree nodes and exports name what the text says, as the heatmaps do (verbatim.py)."""
        return {t: label for t, label in zip(self.tokens, self.labels or ())
                if label != "·"}.get(self._written(piece), piece)    # not a stand-in's later pieces (GLUED)

    def _written(self, piece: str) -> str:
        """``piece``, or the stand-in's piece this translation wrote where ``piece`` is another form of it ("▁Marie"
        for "▁Mary", verbatim.same_name: Click to correct offered "Marie…" at "Emma", the beam tree "Marie et…")."""
        return next((t for t in same_name(piece) if t in self.tokens), piece) if self.labels else piece

    def shown_prefix(self, pieces: Sequence[str]) -> list[str]:
        """A prefix the model wrote (a beam-tree node's) as the translation shows it: a stand-in's pieces as the
        name once ("▁J", "an" → "▁Sophie", "·"; see :func:`pieces.stand_in_prefix`), in any form ("▁Marie")."""
        if not self.labels:
            return list(pieces)
        written = [self._written(p) for p in pieces]
        return [p if w == s else s for p, w, s in zip(pieces, written, stand_in_prefix(written, self.tokens,
                                                                                        self.labels))]


@dataclass
class Translation:
    source: str
    source_tokens: list[str]             # source pieces as the model read them, ending in '</s>'; a stand-in's
                                         # piece shows the span it stood for ("▁a@b.org" for "▁Tom"; verbatim.py)
    hypotheses: list[Hypothesis]         # best first
    sentences: list["Translation"] = field(default_factory=list)  # parts, when the input was split
    notes: list[str] = field(default_factory=list)                # settings that were clamped, etc.
    error: Optional[str] = None          # translate_batch: why this line was not translated
    tree: Optional[list[TreeNode]] = None  # beam-search tree (translate(..., return_tree=True))
    model_source_tokens: Optional[list[str]] = None   # the pieces themselves, where a stand-in's label differs

    @property
    def read_tokens(self) -> list[str]:
        """The source pieces the model read (ids come from these)."""
        return self.model_source_tokens or self.source_tokens

    @property
    def best(self) -> Optional[Hypothesis]:
        return self.hypotheses[0] if self.hypotheses else None


def _concatenated(hyps: Sequence[Hypothesis], breaks: Sequence[str], length_penalty: float) -> Hypothesis:
    """One hypothesis of each part, as one: texts joined by ``breaks``, attention (and heads, where every part has
    them) block-diagonal."""
    attn = block_diagonal([h.attention for h in hyps])
    heads = None
    if all(h.heads is not None for h in hyps):
        heads = block_diagonal([h.heads.transpose(1, 2, 0, 3) for h in hyps]).transpose(2, 0, 1, 3)
    lp, rows = sum(h.log_prob for h in hyps), attn.shape[0]
    return Hypothesis("".join(h.text + brk for h, brk in zip(hyps, breaks)),
                      [t for h in hyps for t in h.tokens],
                      [i for h in hyps for i in h.ids], length_normalise(lp, rows, length_penalty),
                      lp, [x for h in hyps for x in h.token_log_probs], attn, heads,
                      [a for h in hyps for a in h.alternatives], trust.merged(h.warnings for h in hyps),
                      [t for h in hyps for t in h.shown_tokens] if any(h.labels for h in hyps) else None,
                      rare_words=[w for h in hyps for w in h.rare_words])


def distinct(hyps: Iterator[Hypothesis], n: int) -> list[Hypothesis]:
    """The ``n`` best distinct translation texts (asked for more than one, the search returns a whole beam):
    hypotheses that differ only in how their pieces spell the text ("?" and "▁?", which French spacing writes alike)
    are one translation to a reader."""
    out: list[Hypothesis] = []
    for h in hyps:
        if len(out) == n:
            break
        if all(h.text != o.text for o in out):
            out.append(h)
    return out


def joined(text: str, parts: Sequence[Translation], length_penalty: float, notes: Sequence[str],
           greeted: bool = False) -> Translation:
    """One Translation for a split paragraph or sentence: best hypotheses concatenated, attention (and
    heads, where every part has them) block-diagonal; ``sentences`` holds the searched parts. A sentence whose
    greeting was written whole before its message (``greeted``: "Hello," + "can you help me?") has the message's
    alternatives, each after the greeting («Bonjour, pouvez-vous m'aider ?» after «Bonjour, peux-tu m'aider ?»);
    others the best alone (a long sentence read in parts, a paragraph: each sentence has its own)."""
    bests = [p.best for p in parts]
    breaks = sentence_breaks(text, [p.source for p in parts])     # a list's lines stay lines
    choices = [bests]
    varying = [i for i, p in enumerate(parts) if len(p.hypotheses) > 1]
    if greeted and len(varying) == 1:
        i = varying[0]
        choices += [bests[:i] + [h] + bests[i + 1:] for h in parts[i].hypotheses[1:]]
    hypotheses = [_concatenated(chosen, breaks, length_penalty) for chosen in choices]
    labelled = any(p.model_source_tokens for p in parts)
    return Translation(text, [t for p in parts for t in p.source_tokens], hypotheses,
                       sentences=[s for p in parts for s in (p.sentences or [p])],
                       notes=list(dict.fromkeys([*notes, *(n for p in parts for n in p.notes)])),
                       model_source_tokens=[t for p in parts for t in p.read_tokens] if labelled else None)
