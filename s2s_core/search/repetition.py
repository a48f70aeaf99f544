"""Repetition guard: a hypothesis may not say the same thing over and over in a row.

A small model that loses track of its input loops ("les semaines, les semaines, les semaines…",
"recommmmmmand") until the length limit. The guard forbids the token that would add one copy too many
of a span the hypothesis has just repeated: a span of 2–``max_span`` pieces may appear ``span_copies``
times in a row, a phrase (a span of ``phrase_span`` pieces or more) ``phrase_copies`` times, a single piece
``run_length`` times. The search then takes the model's next-best token, so a looping hypothesis either
moves on or loses to one that does.

The phrase rule stops stutters that say a phrase twice ("Le vote apparemment apparemment 45 pour cent",
"3 concerts auront lieu à Prague, à Prague, à Brno", "Mayer Amschel Rothschild Rothschild"): 34 of the
default model's 2,995 newstest2013 outputs had one, against 3 of 28,822 French references ("on avance et on
avance et": newstest2012 1 of 3,003, newstest2013 0 of 3,000, Tatoeba dev 0 of 2,819, 20,000 Hansard lines 2;
``benchmarks/trust_calibration.py --references-only``, benchmarks/RESULTS.md).

In a subword vocabulary (``for_vocabulary``; at least ``SUBWORD_VOCAB`` pieces) a piece with a letter in
it is held to ``word_run_length`` copies in a row: stutters such as "inadmi·ss·ss·ss·ible",
"Prés·és·és·és·ées" or "Sea Sea Sea" stop at the second copy, while punctuation and digits keep
``run_length`` ("..." is three "." pieces in 30 of 3,000 newstest references). A character-sized
vocabulary (the toy tasks, "a a a" reversed) spells text letter by letter, where three in a row can be right.

Unlike fairseq's ``no_repeat_ngram_size`` (no n-gram twice anywhere), only *consecutive* copies count:
"l'homme … l'homme" in one sentence stays allowed. Calibrated on French references (newstest2013,
Tatoeba dev; ``benchmarks/trust_calibration.py``): none repeats a span of ≥ 2 pieces three times in a
row, 2 in 3,000 newstest references run one piece 4 times, none 5 times, and one ("Hmmm.") runs a piece
with a letter 3 times (twice is French: "nous nous"; ``--references-only`` tables in benchmarks/RESULTS.md).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from typing import Optional, Sequence

import torch


SUBWORD_VOCAB = 1000   # pieces; below this our tokenizer has no byte fallback and may split by character


@dataclass(frozen=True)
class RepetitionGuard:
    max_span: int = 12      # longest span (pieces) checked for repetition
    span_copies: int = 2    # a span of 2 … phrase_span − 1 pieces may appear this many times in a row …
    phrase_span: int = 4    # … and a phrase, a span of phrase_span … max_span pieces,
    phrase_copies: int = 1  # this many
    run_length: int = 4     # a single piece may appear this many times in a row …
    word_run_length: int = 2    # … or this many if it holds a letter (needs ``for_vocabulary``)
    word_pieces: Optional[torch.Tensor] = field(default=None, compare=False, repr=False)   # [V] bool

    def __post_init__(self):
        if min(self.max_span, self.span_copies, self.run_length, self.word_run_length, self.phrase_copies) < 1 \
                or self.phrase_span < 2:
            raise ValueError("repetition guard sizes must be ≥ 1 (a phrase ≥ 2 pieces)")

    def for_vocabulary(self, pieces: Sequence[str], min_size: Optional[int] = None,
                       device="cpu") -> "RepetitionGuard":
        """This guard for a vocabulary whose id i is the piece ``pieces[i]``: with the word rule when it has
        at least ``min_size`` (default ``SUBWORD_VOCAB``) pieces, else as it is. ``device``: where the search
        runs (the word table is looked up there at every step, so it is placed there once)."""
        if len(pieces) < (SUBWORD_VOCAB if min_size is None else min_size):
            return self
        words = torch.tensor([is_word_piece(p) for p in pieces], dtype=torch.bool, device=device)
        return replace(self, word_pieces=words)

    def _is_word(self, token: int) -> bool:
        return self.word_pieces is not None and 0 <= token < len(self.word_pieces) and bool(self.word_pieces[token])

    def copies_allowed(self, n: int) -> int:
        """Copies in a row a span of ``n`` pieces may have."""
        if n == 1:
            return self.run_length
        return self.phrase_copies if n >= self.phrase_span else self.span_copies

    @property
    def window(self) -> int:
        """How many of the latest tokens the rule looks at."""
        return max(self.word_run_length, *(n * (self.copies_allowed(n) + 1) for n in range(1, self.max_span + 1)))

    def bans(self, history: Optional[torch.Tensor]) -> Optional[tuple[torch.Tensor, torch.Tensor]]:
        """For hypotheses so far ``history`` [R, t] (no <s>): per row, the tokens that would complete one copy
        too many, one per rule that bans (the word rule, span sizes n = 1…max_span), as ``tokens`` [R, N] and
        whether each applies (``active`` [R, N], False for padding); None when no ban applies (most steps: the
        search then does no extra work). Checked on Python lists: a beam's few rows of ≤ ``window`` tokens cost
        less so than as ~20 small tensor ops a step (rows [[7, 9, 9]] with the word rule: ([[9]], [[True]]))."""
        if history is None or history.size(1) == 0:
            return None
        found = [self._row_bans(h) for h in history[:, -self.window:].tolist()]
        width = max(map(len, found))
        if not width:
            return None
        tokens = torch.tensor([f + [0] * (width - len(f)) for f in found], dtype=history.dtype, device=history.device)
        active = torch.tensor([[True] * len(f) + [False] * (width - len(f)) for f in found], device=history.device)
        return tokens, active

    def _row_bans(self, h: list[int]) -> list[int]:
        """The tokens one row ``h`` (its latest tokens) may not take next, one per rule that bans (``bans``):
        the word rule's (the last piece, a word piece already ``word_run_length`` times in a row), then each span
        size n's (the token t − n when the last n·c − 1 tokens already have period n, c its copies allowed)."""
        out, t, c = [], len(h), self.word_run_length
        if self.word_pieces is not None and t >= c and h[-c:].count(h[-1]) == c and self._is_word(h[-1]):
            out.append(h[-1])
        for n, need in self._spans():
            if t >= need + n and all(h[t - 1 - i] == h[t - 1 - i - n] for i in range(need)):
                out.append(h[t - n])
        return out

    @functools.lru_cache(maxsize=64)
    def _spans(self) -> tuple[tuple[int, int], ...]:
        """(n, n·c − 1) for each span size n: a span one copy away from too many has period n over its last
        n·c − 1 tokens."""
        return tuple((n, n * self.copies_allowed(n) - 1) for n in range(1, self.max_span + 1))

    def allows(self, ids: Sequence[int]) -> bool:
        """Whether a whole token sequence keeps the rule (brute-force tests, trust checks)."""
        ids = list(ids)
        c = self.word_run_length
        for end in range(c + 1, len(ids) + 1):
            if self._is_word(ids[end - 1]) and len(set(ids[end - c - 1:end])) == 1:
                return False
        for end in range(1, len(ids) + 1):
            for n in range(1, self.max_span + 1):
                span = n * (self.copies_allowed(n) + 1)
                if span <= end and all(ids[end - 1 - j] == ids[end - 1 - j - n] for j in range(span - n)):
                    return False
        return True


DEFAULT_GUARD = RepetitionGuard()


def is_word_piece(piece: str) -> bool:
    """A SentencePiece piece that spells (part of) a word: it holds a letter and is not a control or
    byte piece ("<unk>", "</s>", "<0xC3>")."""
    return not (piece.startswith("<") and piece.endswith(">")) and any(ch.isalpha() for ch in piece)


def mask_banned(vals: torch.Tensor, ids: torch.Tensor, ban) -> torch.Tensor:
    """Candidate log-probs ``vals`` [R, W] for tokens ``ids`` [R, W] with the guard's bans set to −inf."""
    if ban is None:
        return vals
    tokens, active = ban
    hit = ((ids.unsqueeze(-1) == tokens.unsqueeze(1)) & active.unsqueeze(1)).any(-1)
    return vals.masked_fill(hit, float("-inf"))
