"""Pictographs, emoticons and spans to copy set aside before the model reads a text, and put back after.

The vocabulary lacks most emoji: read as bytes they came out as invented words ("😀👍" → "À l'éventualité de
l'ACDI…"), so a run of them is taken out of the text with the number of words before it, and put back in the
translation after the target word that attended most to the source word before it (or at the same relative place).
Emoticons (":-)", "<3"), chat's "lol" (put back as "mdr") and spans written to be copied (verbatim.py) go the
same way.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Callable, Optional, Sequence

import numpy as np

from .pieces import SPECIALS, merge_attention
from .verbatim import StandIn
from .verbatim import spans as spans_to_copy

_FINAL = re.compile(r"\s*[.!?…]+\s*$")          # a text's final punctuation
_WORD = re.compile(r"\w+")
_JOINERS = "\u200d\ufe0e\ufe0f\u20e3"   # zero-width joiner, variation selectors, keycap: parts of one emoji


def _pictograph(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk")


def set_aside(text: str, covers: Callable[[str], bool]) -> tuple[str, tuple]:
    """``text`` without the runs of pictographs ``covers`` rejects, emoticons, and the spans written to be copied
    that no name stands in for (verbatim.py), and each with where it stood."""
    verbatim = spans_to_copy(text)
    runs = _pictograph_runs(text, covers, verbatim)
    runs += [m.span() for m in EMOTICON.finditer(text) if not any(a <= m.start() < b for a, b in runs + verbatim)]
    runs += [m.span() for m in LAUGH.finditer(text) if not any(a <= m.start() < b for a, b in runs + verbatim)]
    runs += [m.span() for m in KISSES.finditer(text) if not any(a <= m.start() < b for a, b in runs + verbatim)]
    runs = _joined(sorted(runs + verbatim), text)
    if not runs:
        return text, ()
    kept, last = [], 0
    for i, j in runs:
        left = text[last:i]
        kept.append(left.rstrip() if text[j:j + 1] in ",.;:!?" else left)      # "help 🙏, it" → "help, it"
        last = j
    rest = re.sub(r"\s+", " ", "".join(kept + [text[last:]])).strip()
    total = len(rest.split())
    aside = []                                # words before each run, in the text without the runs
    for n, (i, j) in enumerate(runs):
        seen = len("".join(kept[:n + 1]).split())
        punct = text[j] if j < len(text) and text[j] in ",;:.!?…" else ""
        aside.append((seen, total, punct, KISSES.sub("bisous", LAUGH.sub(laugh_fr, text[i:j].strip()))))
    return (rest, tuple(aside)) if rest else (text, ())      # nothing else: read it as it is


def _joined(runs: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Runs with only spaces between them as one ("#summer #beach", "🍕 :)"): put back together, in order."""
    out: list[tuple[int, int]] = []
    for a, b in runs:
        if out and not text[out[-1][1]:a].strip():
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# ":-)", ";)", ":D", "<3": read as signs they came out "heureux:....)"; set aside and put back as emoji are
# chat's laugh, put back as French chat writes it: read, "lol that's so funny" lost it, "I need money haha" came out
# "j'ai besoin d'argent de me raser", "haha ok" "Le bonheur", "rofl" "tom a un toit", "lmao" "les homards"
_LAUGHS = r"lol|lmao|lmfao|rofl|(?:ha){2,}h?|(?:he){2,}h?"
_OPENING_LAUGHS = r"Lol|LOL|Lmao|LMAO|ROFL|Rofl|Ha(?:ha)+h?|He(?:he)+h?"
LAUGH = re.compile(rf"(?<!\S)(?:(?:{_LAUGHS})(?=[\s.,!?]|$)|^(?:{_OPENING_LAUGHS})(?=[\s.,!?]|$)"
                   r"|(?:LOL|LMAO|Lol)(?=[.!?]*\s*$)(?<!called Lol)(?<!named Lol))")   # not "I play LOL", "called Lol."

# kisses that end a message, put back as French writes them: "see you tomorrow xx" came out "vous voyez xic à
# demain"; not "XX" (twenty, a size), nor inside it ("xx-large")
KISSES = re.compile(r"(?<![:\S])(?<!\b(?:is|in|to) )(?<!\bwith )(?<!\bcode )(?<!\bpage )(?<!\bmarked )"
                    r"(?<!\bsection )(?<!\bchapter )(?-i:xx|xxx|xoxo)(?=[.!]*\s*$)", re.IGNORECASE)  # not "Chapter xx"


def laugh_fr(m: re.Match) -> str:
    """A laugh as French chat writes it: "mdr" for "lol", "lmao", "rofl"; "haha", "hehe" as typed, in lower case."""
    laugh = m.group().lower()
    return laugh if laugh.startswith(("ha", "he")) else "mdr"


EMOTICON = re.compile(r"(?<!\S)(?:[:;=][-']?[)(\]\[DPpOo3/|*]|<3|\^_\^|[xX]D)(?=[\s.,!?]|$)")


def _pictograph_runs(text: str, covers: Callable[[str], bool], skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of pictographs ``covers`` rejects (not inside the ``skip`` spans, nor starting a word: "♘f3")."""
    runs, i = [], 0
    while i < len(text):
        if _pictograph(text[i]) and not covers(text[i]):
            j = i + 1
            while j < len(text) and (text[j] in _JOINERS or (_pictograph(text[j]) and not covers(text[j]))
                                     or (text[j] == " " and j + 1 < len(text) and _pictograph(text[j + 1])
                                         and not covers(text[j + 1]))):
                j += 1
            if (j == len(text) or not text[j].isalnum()) and not any(a <= i < b for a, b in skip):
                runs.append((i, j))                     # not glued to a word it starts ("♘f3", chess)
            i = j
        else:
            i += 1
    return runs


def placed_stand_ins(text: str, stand_ins: Sequence[StandIn]) -> tuple:
    """Each stand-in with an ``aside`` entry for its span (a family word's French, a day's "le 21"): right after
    the name's word, as if set aside."""
    tokens, out, start = text.split(), [], 0
    for s in stand_ins:
        k = next((k for k in range(start, len(tokens)) if s.name in _WORD.findall(tokens[k])
                  or s.ordinal and re.match(rf"\W*{s.name}(?:st|nd|rd|th)\b", tokens[k])), None)
        if k is None:
            continue
        start = k + 1
        punct = tokens[k][-1] if tokens[k][-1] in ",;:.!?…" else ""
        back = f"le {s.day}" if s.day else f"{s.ordinal}e" if s.ordinal else s.french or s.span
        back = f"« {back} »" if s.said else back        # a quote's French (speech.py)
        out.append((s, (k + 1, len(tokens), punct, back)))
    return tuple(out)


def attended_words(attention, src_pieces, tgt_pieces) -> list[int]:
    """For each source word ('▁' group, </s> left out), the target word that gave it the most attention."""
    merged, src_words, tgt_words = merge_attention(np.asarray(attention, dtype=float), src_pieces, tgt_pieces)
    keep_t = [k for k, w in enumerate(tgt_words) if w not in SPECIALS]
    keep_s = [k for k, w in enumerate(src_words) if w not in SPECIALS]
    if not keep_t:
        return []
    return [keep_t.index(max(keep_t, key=lambda t: merged[t, s])) for s in keep_s]


def put_back(text: str, aside: tuple, attended: Optional[list[int]] = None, source: str = "") -> str:
    """``text`` with each set-aside run where it stood: first; last (before the final punctuation if it stood
    before the source's: "ice cream 🍦!" → "crème glacée 🍦 !"); or after the target word that attended most to
    the source word before it, unless the one that attended most to the source word after it comes no later
    (then before that one: "to anna@x.org before" → "anna@x.org avant", not "avant anna@x.org";
    ``attended``, from :func:`attended_words`, when it matches both texts' words; a laugh put first, the word after
    it in lower case unless ``source`` has it so),
    else after the word at the same relative place, and before that word's punctuation if the source had the
    same after the run ("flowers 💐, they" → "fleurs 💐, elles")."""
    final = _FINAL.search(text) if any(b >= total and punct for b, total, punct, _ in aside) else None
    body = text[:final.start()] if final else text
    tokens = body.split()
    after: dict[int, list[str]] = {}
    tail: list[str] = []                       # runs after the final punctuation
    for before, total, punct, run in aside:
        if before == 0:
            k = 0
        elif before >= total:
            if not (punct and final):
                tail.append(run)
                continue
            k = len(tokens)
        elif attended and len(attended) == total and max(attended) < len(tokens):
            k = attended[before - 1] + 1               # after the word that looked at the one before it,
            k = min(k, attended[before])               # yet not after the one that looked at the word after it
        else:
            k = min(max(round(before / total * len(tokens)), 1), max(len(tokens) - 1, 1))
        if 0 < k <= len(tokens) and punct and before < total and tokens[k - 1].endswith(punct) \
                and len(tokens[k - 1]) > len(punct):
            tokens[k - 1], run = tokens[k - 1][:-len(punct)], run + punct
        after.setdefault(k, []).append(run)
    first = tokens[0] if tokens and any(LAUGH.fullmatch(run) or run == "mdr" for run in after.get(0, [])) else ""
    word = re.match(r"\w+", first)
    typed = re.match(r"[\W\d_]*([^\W\d_]+)", source)                  # the word after the laugh, as read
    lower = typed and (typed.group(1)[0].islower() or typed.group(1) in ("I", "OK"))   # not "lol London is…"
    if word and lower and first[0].isupper() and not first.isupper() and not re.search(rf"\b{word.group()}\b", source):
        tokens[0] = first[0].lower() + first[1:]       # "lol ok" had come out "Mdr D'accord"; not "Tom", as typed
    out = []
    for k in range(len(tokens) + 1):
        out += after.get(k, [])
        out += tokens[k:k + 1]
    return " ".join(out) + (final.group().rstrip() if final else "") + "".join(" " + r for r in tail)
