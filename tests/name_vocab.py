"""A vocabulary and a character check for the name tests (fold with stand-ins for names, opening_names.py,
verbatim.py): one copy for all of them, so that a change to what fold asks of a tokenizer is made once."""
from __future__ import annotations

from typing import Iterable


def COVERS(ch: str) -> bool:                                                      # noqa: N802
    """A tokenizer that covers every character."""
    return True


class Vocab:
    """A vocabulary that holds the names of ``one_piece`` (the model knows them) and reads every other word as it is
    usually written, in lower case ("I" as is), or in its case where ``as_typed``."""
    def __init__(self, one_piece: Iterable[str], as_typed: bool = False) -> None:
        self.one_piece, self.as_typed = frozenset(one_piece), as_typed

    def usual_case(self, word: str) -> str:
        return word if self.as_typed or word in self.one_piece or word == "I" else word.lower()

    def holds(self, word: str) -> bool:
        return word in self.one_piece
