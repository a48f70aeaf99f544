"""Bounded work per request: input caps and the target length limit.

One visitor must not be able to freeze a shared app: ``translate("x" * 5000)`` once ran 139 s and 200 emoji
up to 78 s on the default model. Two things bound the work of a request:

- **Input caps** (characters, sentences, source pieces). Pieces matter because characters do not bound
  them: an emoji is 4 byte pieces, a Chinese character 3. Above a cap, the request is refused with a plain
  message (``Translator.translate`` raises ValueError; ``translate_batch`` marks the line's ``.error``).
  Defaults keep any accepted request within about 10 s on the default model on a CPU at beam 5
  (``benchmarks/request_time.py``); override them with the environment variables below.
- **Target length limit** per sentence: ``min(2·n + 10, 1.5·n + 20)`` tokens for ``n`` source tokens
  (incl. </s>). Short inputs keep the old ``2·n + 10`` (short French renderings of short English can be
  twice as long); long ones grow by 1.5 per piece — above the 99.8th percentile of newstest2013's
  reference/source ratio — so a 200-piece segment (the most the model takes, see MAX_SOURCE_PIECES) runs
  at most 321 steps instead of 412. An explicit ``max_length`` still caps it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

ENV = {"max_chars": "S2S_MAX_INPUT_CHARS", "max_sentences": "S2S_MAX_INPUT_SENTENCES",
       "max_pieces": "S2S_MAX_INPUT_PIECES"}


def target_limit(n_source: int, max_length: Optional[int] = None) -> int:
    """Most target tokens (incl. </s>) a sentence of ``n_source`` source tokens (incl. </s>) may get."""
    return int(min(max_length or 10**9, 2 * n_source + 10, 1.5 * n_source + 20))


PLAIN_CHARS_PER_PIECE = 3.5     # everyday English on the default model: 1,497 characters, 387 pieces
DENSE_PIECES_PER_CHAR = 0.5     # above: text the vocabulary spells in bytes or short pieces (emoji, other scripts)


@dataclass(frozen=True)
class RequestLimits:
    """Caps on one request (``translate``, ``translate_iter``, or one line of ``translate_batch``)."""
    max_chars: int = 1500
    max_sentences: int = 30
    max_pieces: int = 400

    @classmethod
    def from_env(cls, environ=None) -> "RequestLimits":
        """Defaults, overridden by S2S_MAX_INPUT_CHARS / _SENTENCES / _PIECES where set."""
        environ = os.environ if environ is None else environ
        values = {}
        for name, var in ENV.items():
            raw = environ.get(var, "").strip()
            if raw:
                if not raw.isdigit() or int(raw) < 1:
                    raise ValueError(f"{var} must be a whole number ≥ 1 (got {raw!r})")
                values[name] = int(raw)
        return cls(**values)

    def text_problem(self, text: str) -> Optional[str]:
        """Why ``text`` is refused before it is even split (too many characters), else None."""
        if len(text) > self.max_chars:
            return (f"This text is too long to translate at once ({len(text):,} characters; the limit is "
                    f"{self.max_chars:,}). Please translate it in smaller parts.")
        return None

    def segments_problem(self, segments: Sequence[str], count_pieces: Callable[[str], int]) -> Optional[str]:
        """Why these sentences are too much for one request (sentences, then source pieces), else None."""
        if len(segments) > self.max_sentences:
            return (f"This text has {len(segments):,} sentences; at most {self.max_sentences:,} are translated "
                    f"at once. Please translate it in smaller parts.")
        pieces = sum(count_pieces(s) for s in segments)
        if pieces > self.max_pieces:
            chars = sum(len(s) for s in segments)
            why = (" Emoji, other scripts and unusual strings take several pieces per character."
                   if pieces > DENSE_PIECES_PER_CHAR * chars else "")
            return (f"This text is too long for one request once split into the model's pieces ({pieces:,}; "
                    f"the limit is {self.max_pieces:,}, about {self.max_pieces * PLAIN_CHARS_PER_PIECE:,.0f} "
                    f"characters of plain English).{why} Please translate it in smaller parts.")
        return None


# For work that is no visitor's request (the trainer's validation and probes): no input caps. Each sentence is
# still cut into parts the model takes and decoded within its output length limit.
UNCAPPED = RequestLimits(max_chars=10**15, max_sentences=10**15, max_pieces=10**15)
