"""A number the model garbled, written as the source has it when the mismatch is one for one.

The small default model copies a long number digit by digit and loses its way: "The laptop costs $2,499." →
"… coûte 2 999 $.", "It costs £12,995." → "Ça coûte 1295 livres.". The source number is known exactly, so where the
missing-number check (``trust.missing_numbers``) names exactly one source number and the translation holds exactly
one number that no source number accounts for (by the same equivalences: French grouping, decimal comma, a part of
a time, an afternoon hour, a number the source spells), and that number is close to the source's (at most two digits
differ), the translation's number is replaced by the source's in French form ("2 499 $"), where the translation
put it. Nothing is done in doubt: two numbers missing or unaccounted, a number in a code, a phone number, a range,
a quantity in units French converts (miles, feet, °F), or a number too unlike the source's.
"""
from __future__ import annotations

import re

from . import trust
from .numbers import digits

# a number as the source writes it: 2,499 / 2,499.50 / 2499 / 9.99
_SOURCE_NUMBER = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
# a number as a translation writes it: "2 999", "1 250,75", "1295", "9,99" (letters next to it are looked at apart)
_FRENCH_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d])|\d+(?:[.,]\d+)?")
# a source number that is a code, a range's end, a phone number's part or a quantity French converts
_CODE_BEFORE = re.compile(r"(?:\b(?:room|flight|number|no\.?|code|pin|id|order|bus|route|line|zip|ext|gate|seat|"
                          r"platform|page|chapter|version|model|ref|ticket|account|invoice)\s*|[#+\w/:-]|\d[\s.-])$",
                          re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\d\s?(?:-|–|to|and|or)\s?[$€£]?\s?$", re.IGNORECASE)
_AFTER = re.compile(r"^(?:[\w/:-]|[.,]\d|[\s.-]\d|\s?(?:-|–|to|or|and)\s?[$€£]?\s?\d|\s?(?:°|miles?\b|mph\b|feet\b|"
                    r"foot\b|ft\b|inch(?:es)?\b|lbs?\b|ounces?\b|oz\b|gallons?\b|yards?\b|acres?\b|degrees?\b|"
                    r"fahrenheit\b|stones?\b|pints?\b|quarts?\b))", re.IGNORECASE)


def _distance(a: str, b: str) -> int:
    """Edits (a digit put in, left out or changed) from ``a`` to ``b``."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def _close(got: str, want: str) -> bool:
    """A garbled copy of ``want``, not another number: at most two digits differ, fewer than it has, and it keeps
    the first digit or the length ("2999" for "2499", "1295" for "12995")."""
    d = _distance(got, want)
    return len(want) >= 2 and d <= 2 and d < len(want) and (got[0] == want[0] or len(got) == len(want))


def _plain_in_source(number: str, source: str) -> bool:
    """``number`` stands once in ``source``, on its own: not in a code, a range, a phone number or a converted
    quantity."""
    spots = [m for m in re.finditer(re.escape(number), source)
             if not (m.start() and source[m.start() - 1].isdigit()) and not source[m.end():m.end() + 1].isdigit()]
    if len(spots) != 1:
        return False
    before, after = source[:spots[0].start()], source[spots[0].end():]
    before = before[:-1] if before.endswith(("$", "£", "€")) else before
    return not (_CODE_BEFORE.search(before) or _RANGE_BEFORE.search(before) or _AFTER.match(after)
                or (len(digits(number)) > 1 and number.startswith("0")))


def _accounted(number: str, source: str) -> bool:
    """Some source number accounts for ``number`` (its digits): the same digits, a part of them between its
    separators (a time's hour, a decimal's whole part), an hour in the afternoon, or a number the source spells.
    (Not any run of its digits: "5978" for "59,784" is the model's slip.)"""
    runs = re.findall(r"\d+(?:[,.:]\d+)*", source)
    parts = set(re.findall(r"\d+", source))
    wanted = {digits(r) for r in runs} | parts | {p.lstrip("0") for p in parts}
    afternoon = {str(int(w) + 12) for w in parts if len(w) <= 2 and 1 <= int(w) <= 11}
    spelt = {str(n) for w, n in trust.numbers.ENGLISH_NUMBERS.items() if re.search(rf"\b{w}\b", source, re.I)}
    return number in wanted or number in afternoon or number in spelt or number.lstrip("0") in wanted


def _french_form(number: str, written: str) -> str:
    """The source ``number`` as French writes it: groups of three with the translation's space (``written``, the
    number it replaces; a plain space where it had none, as typography.py writes them) and a decimal comma."""
    whole, _, part = number.partition(".")
    if "," in whole:
        sep = next((c for c in written if c in " \u00a0\u202f"), " ")
        whole = whole.replace(",", sep)
    return whole + ("," + part if part else "")


def swapped(text: str, source: str) -> tuple[str, str, str]:
    """``text`` with its one unaccounted number replaced by the one source number it misses, and (what it wrote,
    what it now writes); ``text`` and ``""`` twice where the mismatch is not one for one."""
    nothing = (text, "", "")
    missing = trust.missing_numbers([source], text)
    if len(missing) != 1 or not _SOURCE_NUMBER.match(missing[0]) or not _plain_in_source(missing[0], source):
        return nothing
    want = missing[0]
    loose = [m for m in _FRENCH_NUMBER.finditer(text) if not _accounted(digits(m.group()), source)]
    if len(loose) != 1:
        return nothing
    m = loose[0]
    others = {digits(o.group()) for o in _FRENCH_NUMBER.finditer(text) if o is not m}
    if set(re.findall(r"\d+", want)) - {digits(want)} & others:
        return nothing                          # "(128, 158" for "12,158": the number cut in two, not one garbled
    before, after = text[:m.start()], text[m.end():]
    if re.search(r"[\w/:+#-]$", before) or re.match(r"[\w/:-]|\s?(?:h\b|heures?\b)|\s?[-–à]\s?\d", after):
        return nothing                               # a code, a time, a range in the translation
    if not _close(digits(m.group()), digits(want)):
        return nothing
    new = _french_form(want, m.group())
    return before + new + after, m.group(), new
