"""Decoding settings: one frozen dataclass for the Translator, the app and the CLI, one set of defaults.

``validated()`` is the single place that says which values are impossible (an error) and which are
merely too large (clamped, with a note the caller can show); SECURITY.md lists the same rules.
"""
from __future__ import annotations

import numbers
from dataclasses import asdict, dataclass, fields, replace
from typing import Optional

MAX_BEAM = 64
MAX_TARGET = 1024          # hard cap on target tokens per sentence
MAX_LENGTH_PENALTY = 5.0


@dataclass(frozen=True)
class DecodeConfig:
    beam_size: int = 5
    n_best: int = 1                      # hypotheses returned (at most the beam size)
    length_penalty: float = 1.0          # score = log_prob / len ** length_penalty (0: raw log-prob)
    max_length: Optional[int] = None     # target tokens incl. </s>; None: 2·|source| + 10
    min_length: int = 0

    def kwargs(self) -> dict:
        """As keyword arguments of ``Translator.translate`` / ``translate_batch``."""
        return asdict(self)

    @classmethod
    def from_mapping(cls, values) -> "DecodeConfig":
        """From any mapping or namespace-like dict, ignoring keys that are not settings."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in dict(values).items() if k in known})

    def validated(self) -> tuple["DecodeConfig", list[str]]:
        """Errors for impossible values (wrong type, negative, NaN); clamps (with a note) for merely too
        large ones."""
        beam, lp = _whole("beam size", self.beam_size, 1), self.length_penalty
        if isinstance(lp, bool) or not isinstance(lp, numbers.Real) or not 0 <= lp <= MAX_LENGTH_PENALTY:
            raise ValueError(f"length penalty must be between 0 and {MAX_LENGTH_PENALTY:g} (got {lp!r})")  # NaN too
        n_best, min_length = _whole("n-best", self.n_best, 1), _whole("minimum length", self.min_length, 0)
        max_length = None if self.max_length is None else _whole("maximum length", self.max_length, 1)
        s = DecodeConfig(beam, n_best, float(lp), max_length, min_length)
        notes = []
        if s.beam_size > MAX_BEAM:
            s = replace(s, beam_size=MAX_BEAM)
            notes.append(f"beam size clamped to {MAX_BEAM}")
        if s.n_best > s.beam_size:
            s = replace(s, n_best=s.beam_size)
            notes.append(f"n-best clamped to the beam size ({s.beam_size})")
        if s.max_length is not None and s.max_length > MAX_TARGET:
            s = replace(s, max_length=MAX_TARGET)
            notes.append(f"maximum length clamped to {MAX_TARGET} tokens")
        if s.max_length is not None and s.min_length > s.max_length:
            raise ValueError(f"minimum length {s.min_length} exceeds maximum length {s.max_length}")
        return s, notes


def _whole(what: str, value, low: int) -> int:
    """``value`` as an int ≥ ``low``; ValueError for anything else (2.5, NaN, inf, '3', True, None)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < low:
        raise ValueError(f"{what} must be a whole number ≥ {low} (got {value!r})")
    return int(value)
