"""Spans written to be copied, not translated: web and e-mail addresses, @mentions, #hashtags, `code` (also
``<code>…</code>``), paths.

Read as they are, their pieces break the sentence around them ("Visit https://www.example.com/help for more
information." → "Les lèvres de Visit:/ouww. Excusez-vous."; "Send an email to anna.smith@example.org before
Friday." → "Envoyez un courriel à l'anna. L'example renommée d'example.org avant vendredi."). So each stands in
for the model as a name it has seen thousands of times and copies ("Send an email to Tom before Friday." →
"Envoyez un courriel à Tom avant vendredi."), and is written back where the translation put the name. Names
come from ``NAMES`` that the vocabulary holds as one piece (``stand_in_names``) and the text does not use; a
span left without one (no such name, or more spans than names) is set aside with the emoji instead (fold.py),
and so is one whose name the translation dropped.

``protect(text, names)`` → (text with names, stand-ins); ``unprotect(translation, stand_ins)`` → (translation
with the spans, the stand-ins it lacked); ``shown(pieces, stand_ins)`` labels the name's piece with its span, so
the heatmap's source axis shows what was written.
"""
from __future__ import annotations

import re
from typing import Callable, NamedTuple, Sequence

PATTERN = re.compile(r"(?:https?://|www\.)[^\s<>]+?(?=[.,;:!?)\]]*(?:\s|$))"          # not its final punctuation
                     r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"                       # e-mail
                     r"|(?<![\w@#])[@#][A-Za-z_]\w*"                                    # @mention, #hashtag
                     r"|`[^`\n]+`"                                                      # `code`
                     r"|<(?P<el>(?i:code|kbd|samp|tt|var))\b[^<>]*>[^<]*</(?P=el)>"            # <code>ls</code>
                     r"|(?<!\S)(?:[A-Za-z]:\\|~/|/[^\s/,;:!?()]+/)[^\s,;:!?()]*[^\s.,;:!?()]")   # C:\x, ~/x, /x/y
NAMES = ("Tom", "Mary", "John", "Jack", "Paul")      # frequent in Tatoeba; start with a consonant (no "l'")
_WORD = re.compile(r"\w+")


class StandIn(NamedTuple):
    name: str
    span: str


def stand_in_names(one_piece: Callable[[str], bool]) -> tuple[str, ...]:
    """The ``NAMES`` a tokenizer holds as one piece (``one_piece(name)``): names a model has seen often."""
    return tuple(n for n in NAMES if one_piece(n))


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each span written to be copied."""
    return [m.span() for m in PATTERN.finditer(text)]


def protect(text: str, names: Sequence[str]) -> tuple[str, tuple[StandIn, ...]]:
    """``text`` with each span (while names last) replaced by a name the text does not use."""
    if not names or not PATTERN.search(text):
        return text, ()
    used = set(_WORD.findall(text))
    free = [n for n in names if n not in used]
    stand_ins: list[StandIn] = []

    def one(m: re.Match) -> str:
        if not free:
            return m.group()
        stand_ins.append(StandIn(free.pop(0), m.group()))
        return stand_ins[-1].name
    return PATTERN.sub(one, text), tuple(stand_ins)


def unprotect(text: str, stand_ins: Sequence[StandIn]) -> tuple[str, list[StandIn]]:
    """``text`` with each stand-in name (its first whole-word occurrence) written back as its span; and the
    stand-ins whose name the translation lacks."""
    missing = []
    for s in stand_ins:
        text, n = re.subn(rf"(?<!\w){re.escape(s.name)}(?!\w)", lambda _m, span=s.span: span, text, count=1)
        if not n:
            missing.append(s)
    return text, missing


def shown(pieces: Sequence[str], stand_ins: Sequence[StandIn]) -> list[str]:
    """``pieces`` with each stand-in's piece ("▁Tom") labelled with its span ("▁anna@example.org")."""
    out, todo = list(pieces), list(stand_ins)
    for k, p in enumerate(out):
        if todo and p == "▁" + todo[0].name:
            out[k] = "▁" + todo.pop(0).span
    return out
