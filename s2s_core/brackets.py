"""An aside in brackets read between commas, and its brackets put back.

The default model met few brackets in training: "I met Anna (my cousin) at the station." came out as "J'ai
rencontré Anna ( cousin) à la gare." and "(which opened in 1998)" kept "which" in English (after "(" its first word
is read letter by letter). Between commas it translates such asides well ("J'ai rencontré Anna, mon cousin, à la
gare."). So an aside of words in brackets within a sentence is read between commas (at the sentence's end, after
one), and where the translation has as many commas as the reading, the aside's commas become brackets again
("J'ai rencontré Anna (mon cousin) à la gare."); where it has not, the translation keeps its commas.
"""
from __future__ import annotations

import re
from typing import Sequence

# " (words)" then a word (within the sentence) or the final punctuation (at its end); no comma or bracket inside
_ASIDE = re.compile(r" \(([^\W\d_][^(),]*?)\)(?:(?= [^\W\d_])|(?=[.!?]*\s*$))")
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")                  # not a decimal comma ("2,5")
_END = re.compile(r"\s*[.!?…]*\s*$")                     # the bracket closes before the final punctuation


def commas(text: str) -> list[int]:
    """Where ``text``'s commas are, decimal commas left out."""
    return [m.start() for m in _COMMA.finditer(text)]


def read(text: str) -> tuple[str, tuple[tuple[int, bool, int], ...]]:
    """``text`` with each aside in brackets between commas, and for each (the index of its first comma among the
    read text's commas, whether a second comma closes it: False at the sentence's end, its number of words). An
    aside that starts with a capital is left in its brackets."""
    out, marks, pos = [], [], 0
    for m in _ASIDE.finditer(text):
        if m.group(1)[0].isupper():          # a name or its expansion ("(Deep Blue)", "(Reuters)", "(UK)"): the
            continue                        # model copies those; read between commas they lost their brackets
        before = text[pos:m.start()]
        within = m.end() < len(text) and text[m.end()] == " "
        out.append(before)
        marks.append((len(commas("".join(out))), within, len(m.group(1).split())))
        out += [", ", m.group(1), "," if within else ""]
        pos = m.end()
    return "".join(out) + text[pos:], tuple(marks)


def put_back(text: str, read_text: str, marks: Sequence[tuple[int, bool, int]]) -> str:
    """``text`` (a translation of ``read_text``) with the commas of each aside as brackets again, when it has as
    many commas as ``read_text`` and each aside's commas hold about as many words as it had (else the model put
    its commas elsewhere); as it is otherwise."""
    at = commas(text)
    if not marks or len(at) != len(commas(read_text)):
        return text
    spans = [(at[first], at[first + 1] if within else _END.search(text, at[first] + 1).start(), words)
             for first, within, words in marks]
    if any(not 0 < len(text[start + 1:end].split()) <= 1.5 * (words + 1) for start, end, words in spans):
        return text
    for (start, end, _), (_, within, _) in zip(reversed(spans), reversed(marks)):
        text = text[:end] + ")" + text[end + 1 if within else end:]
        text = text[:start].rstrip() + " (" + text[start + 1:].lstrip()
    return text
