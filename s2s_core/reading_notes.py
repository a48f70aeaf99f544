"""The notes a reader sees beside a translation about how the text was read before the search: spans copied
through stand-ins, phrases read in other words, numbers written as typed, a sentence cut into parts.

Apart from translator.py because they only describe what fold.py and clauses.py did; nothing here changes a
translation.
"""
from __future__ import annotations

import re
from typing import Sequence

from . import glossary, verb_glossary, verbatim
from .clauses import Clause, greets
from .fold import NUMBER_LINE, Folded
from .number_repairs import repaired

NUMBER_NOTE = ("A number is written as your text has it: the model had written it differently (the tokens and "
               "the heatmap show how).")


def reading_notes(folded: Folded, written: str) -> list[str]:
    """What the text handling did that the tokens and the heatmap do not show: spans copied through stand-ins,
    quantities read in other words, numbers written as the source has them (``written``: the best hypothesis as
    the model wrote it)."""
    notes = [stand_in_note(folded)] if folded.stand_ins and not folded.written else []
    notes += [glossary.note(folded.terms, written)] if folded.terms and not folded.written else []   # "wasp": "mouse"
    notes += [verb_glossary.note(folded.verbs, written)] if folded.verbs and not folded.written else []   # "snore"
    if folded.written:
        what = ("is a number, copied as written" if NUMBER_LINE.fullmatch(folded.written) else
                "is a letter's signature, copied as written" if folded.written == folded.text else
                "is how French writes this heading" if folded.written.endswith(" :") else
                "is how French writes this line")
        notes.append(f"«{folded.written.rstrip(',.!')}» {what}: the model gets such lines wrong, and its own "
                     "attempt is in the tokens and the heatmap.")
    only = getattr(folded.reworded[0], "note", "") if len(folded.reworded) == 1 else ""
    if only:                                              # a reading with its own note (ordinals.endings)
        notes.append(only)
    elif folded.reworded:
        notes.append(f"The model read: «{reading(folded)}» ({', '.join(folded.reworded)}): the heatmap shows "
                     "that reading.")
    numbers = repaired(written, folded.text) if written else None
    if numbers and numbers.garbled:
        notes.append(f"The number was written as in the source: «{numbers.now}» (the model had written "
                     f"«{numbers.garbled}», a number your text does not have).")
    elif numbers and numbers.text != written:
        notes.append(NUMBER_NOTE)
    return notes


def reading(folded: Folded) -> str:
    """What the model read, each stand-in shown as the span it stood for."""
    text = folded.text
    for s, _ in folded.stand_ins:
        after = r"(?=st|nd|rd|th)" if s.ordinal else r"(?!\w)"                 # "50th": the ordinal's number
        text = re.sub(rf"(?<!\w){re.escape(s.name)}{after}", lambda _m, span=s.span: span, text, count=1)
    return text


def stand_in_note(folded: Folded) -> str:
    """Which spans the model did not translate, and why the heatmap shows another word in their place; a day of
    the month, a family word that addresses someone, a city that opens the sentence and a quoted sentence
    (speech.py) are said apart: written in French, not as typed ("See you on the fifth." had said "Written as
    typed…: the 5th as “5”")."""
    def stood_for(s: verbatim.StandIn) -> str:
        if s.day:
            return f"{s.span} as “{s.day}” (the model read the weekday “{s.name}” in its place)"
        if s.written:
            return f"{s.span} (the model read the weekday “{s.name}” in its place: it takes a date's article)"
        if s.ordinal:
            return (f"{s.span} as “{s.ordinal}e” (the model read the ordinal “{s.name}th” in its place, one it writes "
                    "right)")
        return f"{s.span} (the model read the name “{s.name}” in its place, a name it copies)"
    typed = [s for s, _ in folded.stand_ins if not s.french and not s.place and not s.day]
    dates = [s for s, _ in folded.stand_ins if s.day]    # "on the fifth": not as typed, "the 5th" read "5"
    places = [f"{s.span} as “{s.place}” (the model read the name “{s.name}” in its place)"
              for s, _ in folded.stand_ins if s.place and not s.place.startswith(("mon ", "ma "))]
    people = [f"{s.span} as “{s.place}” (the model read the name “{s.name}” in its place)"     # "ma voisine Sophie"
              for s, _ in folded.stand_ins if s.place.startswith(("mon ", "ma "))]
    family = [s for s, _ in folded.stand_ins if s.french and not s.said]
    quoted = [f"“{s.span}” as “{s.french}” (the model read the name “{s.name}” in its place)"
              for s, _ in folded.stand_ins if s.said]
    notes = [f"Written as typed, not translated: {', '.join(map(stood_for, typed))}. {_replaced(len(typed))}"
             ] if typed else []
    notes += [f"Written as French writes the date: {', '.join(map(stood_for, dates))}. {_replaced(len(dates))}"
              ] if dates else []
    notes += [f"Written as French calls the family: {', '.join(family_note(s) for s in family)}."] if family else []
    notes += [f"Written as French names the place: {', '.join(places)}."] if places else []
    notes += [f"Translated on its own, as a sentence: {', '.join(quoted)}."] if quoted else []
    notes += [f"Written as French says who it is: {', '.join(people)}."] if people else []
    return " ".join(notes)


STOOD_IN = re.compile(r" \(the model read the (?:name|weekday|ordinal) “[^”]*” in its place[^)]*\)")


def plain_note(note: str) -> str:
    """``note`` as presenter mode says it: what became of the user's text, without the stand-in the model read,
    a name the user never typed ("Written as typed, not translated: Thomas (the model read the name “Tom” in its
    place, a name it copies). The translation shows it…" → "Kept as you typed it, not translated: Thomas.")."""
    plain = STOOD_IN.sub("", note).replace(f" {_replaced(1)}", "").replace(f" {_replaced(2)}", "")
    return plain.replace("Written as typed, not translated:", "Kept as you typed it, not translated:")


def _replaced(count: int) -> str:
    """What became of the model's word for the typed spans, said for one or for several ("for each … by it" read
    wrong under one name: "Written as typed, not translated: Thomas (…). The translation's word for each…")."""
    if count == 1:
        return "The translation shows it in place of the model's word for it."
    return "The translation shows each in place of the model's word for it."


def family_note(s: verbatim.StandIn) -> str:
    """How a family word that addresses someone was written ("“mum” written “maman” (…)")."""
    return f"“{s.span}” written “{s.french}” (the model read the name “{s.name}” in its place)"


def parts_note(clauses: Sequence[Clause]) -> str:
    """Why a sentence was translated in parts (clauses.py)."""
    greetings = sum(greets(c.text) for c in clauses[:-1])                           # "Hi Paul," then "thanks…"
    if greetings == len(clauses) - 1:
        return ("The greeting that opens this line was written on its own and the rest translated after it; the "
                "alternatives are the rest's, each after the greeting.")
    return (f"This long sentence was translated in {len(clauses)} parts, cut at its "
            f"{'greeting, its ' if greetings else ''}semicolons and dashes (the model loses track of sentences this "
            "long); alternatives are not shown for it.")
