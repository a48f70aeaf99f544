"""Numbers the translation copied wrong, written as the source has them.

The small default model reads a number one digit per piece and loses count: "in 2011" → "en 201", "444" → "44",
"8,733" → "8 73" (a digit lost), "$19.99" → "19.999" (one too many), "1,000,000 euros" → "1 000 euros" (groups of
zeros lost), "25.50 euros" → "25 h50 euros" (a price as a time), and it drops a dollar sign before an amount with
cents ("The price is $19.99." → "Le prix est de 19,99."), and it writes a percentage as the Canadian parliament does
("15%" → "15 p. 100"). Each rule acts only when exactly one source number is missing from the translation and the
translation holds that number so damaged; the repaired number keeps the translation's way of grouping digits
("1 000 000", "19,99 $"). A number garbled otherwise ("$2,499" → "2 999 $") is replaced whole where the mismatch is
one for one (``swap.py``); number_repairs.py runs the whole chain.
"""
from __future__ import annotations

import re

DIGITS = re.compile(r"\d+")                   # a run of digits (trust.py compares numbers by their digits too)
COMMA_GROUPED = r"\d{1,3}(?:,\d{3})+"           # 1,000,000; each use adds its lookarounds (trust, typography)
_GROUPED = re.compile(rf"{COMMA_GROUPED}(?![\d,])")     # in the source; also the "1,250" of "1,250.5"
_DECIMAL = re.compile(r"(?<![\d.:])(\d+)\.(\d+)(?!\d|\.\d)")                  # 7.8 in the source, also before "."
_SOURCE_NUMBER = re.compile(rf"{COMMA_GROUPED}|\d+")
_WRITTEN = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?![\d])|\d+")        # 1 000 000 / 1.000.000 / 1000
_DOLLARS = re.compile(r"\$\s?(\d[\d,]*(?:\.\d+)?)")
_AMOUNT = r"\d[\d \u00a0\u202f.,]*\d|\d"
_CURRENCY = re.compile(r"\s?(?:[€£¥]|euro|livre|franc|yen|pound)", re.IGNORECASE)   # right after an amount
_HANSARD_PERCENT = re.compile(r"(\d)\s?p\.\s?100(?!\d)")
_AS_TIME = re.compile(r"(?<![\d,.])(\d{1,4}) ?(?:h ?| )(\d{2})(?=\s?(?:[$€£%]|(?:euro|dollar|livre|cent)s?\b))",
                      re.IGNORECASE)
# a measure written as a time: "Il est 14 h5 kilomètres d'ici" ("2.5 km"; "14 h" the afternoon's "2 h")
_MEASURE_AS_TIME = re.compile(r"(?<![\d,.])(\d{1,2}) ?h ?(\d{1,2})(?= (?:kilomètres?|km|mètres?|miles?|kilos?|kg|"
                              r"kilogrammes?|grammes?|litres?|centimètres?|cm|degrés?|millions?|milliards?)\b)")
_ANY_CURRENCY = re.compile(r"[$€£¥]|\b(?:dollars?|bucks?|euros?|pounds?|quid|yen|cents?|francs?|pence|rupees?|"
                           r"yuan|USD|EUR|GBP|CHF|CAD|AUD)\b", re.IGNORECASE)
_DOLLAR_ADDED = re.compile(r"(?<=\d) ?\$(?=[\s.,;!?]|$)|(?<=millions) de dollars\b|(?<=milliards) de dollars\b")
# English number words (quantities reads "twenty-five" as "25"; trust checks that a number the source spells is in
# the translation)
ENGLISH_NUMBERS = dict(zip("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                           "fifteen sixteen seventeen eighteen nineteen twenty".split(), range(21)))
ENGLISH_NUMBERS.update(zip("thirty forty fifty sixty seventy eighty ninety".split(), range(30, 100, 10)))


def french_ordinal(word: str) -> str:
    """The French ordinal of a cardinal in words from "deux" on ("douze" → "douzième", "cinq" → "cinquième", "neuf"
    → "neuvième"; typography reads places with them, trust accepts one for a number in digits)."""
    return re.sub(r"e$", "", word).replace("cinq", "cinqu").replace("neuf", "neuv") + "ième"


def digits(text: str) -> str:
    """All of ``text``'s digits, its separators left out ("1,000" → "1000")."""
    return "".join(DIGITS.findall(text))


def _one_digit_more(short: str, long: str) -> bool:
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _lost_digit(text: str, source: str) -> str:
    """Each digit group that is a source number with one digit lost or one too many ("19.999" for "19.99"),
    written as that number (only when exactly one source number, absent from ``text``, fits). A grouped source
    number counts whole: "1280" is "1,280" as French may write it, not "280" with a "1" too many; a decimal
    whose point the translation lost is written with the decimal comma ("7.8%" → "78 %" → "7,8 %"). Two source
    numbers written as one ("5'11\"" → "511") are left for the warning to name, not cut to one of them."""
    wanted = set(DIGITS.findall(source))
    present = set(DIGITS.findall(text))
    grouped = _GROUPED.findall(source)
    decimals = {a + b: f"{a},{b}" for a, b in _DECIMAL.findall(source)}     # "7.8" read whole: "78" → "7,8"
    whole = {digits(g) for g in grouped}
    parts = {p for g in grouped for p in DIGITS.findall(g)}
    in_order = re.findall(r"\d+(?:[.,]\d+)*", source)                   # "7.8" is one number
    joined = {a + b for a, b in zip(in_order, in_order[1:]) if (a + b).isdigit()}   # "5'11\"" → "511", not "11"
    afternoon = {str(int(w) + 12) for w in wanted if 1 <= int(w) <= 11}     # "at 1 in the afternoon" → "13 heures"

    def one(m: re.Match) -> str:
        got = m.group()
        hour = got in afternoon and not re.match(r"[.,]\d", text[m.end():m.end() + 2])   # not "13,5" for "1.5"
        if got in wanted or got in whole or got in joined or hour:
            return got
        if got in decimals:
            return decimals[got]
        fits = [w for w in wanted - present
                if _one_digit_more(got, w) or (_one_digit_more(w, got) and w not in parts)]
        return fits[0] if len(fits) == 1 else got
    return DIGITS.sub(one, text) if wanted - present else text


_WRITTEN_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f.,]\d+)+(?![\d]|[.,]\d)")     # 1,2999 / 1 2999


def _grouped_digit_more(text: str, source: str) -> str:
    """A grouped source number ("$1,299") that the translation wrote with one digit too many or too few in its
    groups ("1,2999", "8 73"), written whole with the translation's separator ("1,299", which typography groups
    the French way; "8 733"): the digit rule leaves a group alone where its digits are a part of the source
    number."""
    whole, source_numbers = _missing_grouped(text, source)
    if whole is None:
        return text

    def one(m: re.Match) -> str:
        got = digits(m.group())
        fits = got not in source_numbers and (_one_digit_more(whole, got) or _one_digit_more(got, whole))
        return _grouped_as(whole, m.group()) if fits else m.group()
    return _WRITTEN_GROUPS.sub(one, text, count=1)


def _missing_grouped(text: str, source: str) -> tuple[str | None, set[str]]:
    """The digits of the one grouped source number ("1,299") the translation lacks (None unless exactly one), and
    the digits of every source number (a translation's number that is one of them is no garbled copy)."""
    present = {digits(w) for w in _WRITTEN.findall(text)}
    missing = [d for d in {digits(g): g for g in _GROUPED.findall(source)} if d not in present]
    return (missing[0] if len(missing) == 1 else None), {digits(w) for w in _SOURCE_NUMBER.findall(source)}


def _grouped_as(whole: str, written: str) -> str:
    """The digits ``whole`` grouped by threes with ``written``'s group separator (a space where it has none)."""
    sep, head = next((c for c in written if not c.isdigit()), " "), len(whole) % 3 or 3
    return sep.join([whole[:head]] + [whole[k:k + 3] for k in range(head, len(whole), 3)])


def _lost_zeros(text: str, source: str) -> str:
    """A grouped source number ("1,000,000") the translation wrote with groups of zeros missing ("1 000"), written
    whole with the translation's group separator ("1 000 000")."""
    whole, source_numbers = _missing_grouped(text, source)
    if whole is None:
        return text

    def one(m: re.Match) -> str:
        got, lost = digits(m.group()), len(whole) - len(digits(m.group()))
        if got in source_numbers or not whole.startswith(got) or lost % 3 or set(whole[len(got):]) != {"0"}:
            return m.group()
        return _grouped_as(whole, m.group())
    return _WRITTEN.sub(one, text, count=1)


def _lost_dollar(text: str, source: str) -> str:
    """A dollar amount whose sign the translation dropped: " $" after the amount, as French writes it."""
    amounts = _DOLLARS.findall(source)
    if len(amounts) != 1 or "$" in text or "dollar" in text.lower():      # "5 dollars": not dropped
        return text
    want = digits(amounts[0])
    for m in re.finditer(_AMOUNT, text):
        if digits(m.group()) == want:
            if _CURRENCY.match(text, m.end()):              # "5 euros": the translation's own currency
                return text
            return text[:m.end()] + " $" + text[m.end():]
    return text


def _percent(text: str, source: str) -> str:
    """"15 p. 100", the Canadian parliament's way of writing a percentage (learnt from the Hansards), as "15 %"
    where the source wrote a percentage."""
    if "%" not in source and "percent" not in source.lower():
        return text
    return _HANSARD_PERCENT.sub(r"\1 %", text)


def _short_decimal(text: str, source: str) -> str:
    """A source decimal the translation wrote short, written with the source's digits: one of its decimals lost
    ("9.99 $" → "9,9 $"), its point and a digit lost ("4.99 $" → "49 $"), its whole part or its decimals lost
    ("$9.99" → "99 $", "1.5 million" → "1 million"), where no other number of the source reads so."""
    others = set(DIGITS.findall(_DECIMAL.sub(" ", source)))
    for whole, part in sorted(set(_DECIMAL.findall(source))):
        later = int(whole) + 12                  # or in the afternoon ("5.30" → "17 h 30", not "17 h 5,30")
        if re.search(rf"(?<![\d.,]){whole}(?:[.,]| ?h ?){part}(?!\d)|(?<![\d.,]){later} ?h ?{part}(?!\d)", text):
            continue
        kept = re.search(rf"(?<![\d.,]){whole}([.,])(\d+)(?![\d]|[.,]\d)", text)
        if kept and _one_digit_more(kept.group(2), part):
            text = text[:kept.start()] + f"{whole}{kept.group(1)}{part}" + text[kept.end():]
            continue
        for m in re.finditer(r"(?<![\d.,])\d+(?![\d]|[.,]\d)", text):
            if m.group() not in others and (m.group() in (whole, part) or _one_digit_more(m.group(), whole + part)):
                text = text[:m.start()] + f"{whole},{part}" + text[m.end():]
                break
    return text


def _decimal_as_time(text: str, source: str) -> str:
    """An amount the translation wrote as a time ("25.50 euros" → "25 h50 euros", as it writes "10:30" "10 h 30"),
    or in two ("4.99 $" → "4 99 $"), written with the decimal comma ("25,50 euros"); only where the source has that
    decimal and no such time. A measure too, on the afternoon clock or not ("It's 2.5 km from here." came out "Il
    est 14 h5 kilomètres d'ici": "2,5 kilomètres")."""
    decimals = set(_DECIMAL.findall(source))
    if not decimals:
        return text
    text = _AS_TIME.sub(lambda m: f"{m.group(1)},{m.group(2)}" if m.groups() in decimals
                        and f"{m.group(1)}:{m.group(2)}" not in source else m.group(), text)

    def measure(m: re.Match) -> str:
        hour, part = m.groups()
        whole = next((h for h in (hour, str(int(hour) - 12)) if (h, part) in decimals), None)
        return f"{whole},{part}" if whole and f"{whole}:{part}" not in source else m.group()
    return _MEASURE_AS_TIME.sub(measure, text)


def _invented_currency(text: str, source: str) -> str:
    """A currency the translation added to an amount where the source names none: "Petrol costs 1.80 per litre."
    came out "…1,80 $ par litre", "…grew by 2.5 million." "…de 2,5 millions de dollars" (the sign and words left
    out: "1,80 par litre", "2,5 millions")."""
    if _ANY_CURRENCY.search(source):
        return text
    return _DOLLAR_ADDED.sub("", text)


def as_in(word: str, text: str) -> str:
    """``word``, spelt from a hypothesis's pieces, with a number that lost or gained a digit written as ``text``
    (the hypothesis's repaired text) has it: the word a warning names is then one the reader can find."""
    return word if word in text else _lost_digit(word, text)


_DOTTED = re.compile(r"(?<![\d.])\d+(?:\.\d+){2,}(?![\d]|\.\d)")                       # 2.0.1, 192.168.1.1


def _lost_dots(text: str, source: str) -> str:
    """A version or address with two dots or more written as the source has it where the translation moved or
    lost a dot ("version 2.0.1" → "la version 2.01")."""
    for number in set(_DOTTED.findall(source)) - set(_DOTTED.findall(text)):
        digits = number.replace(".", "")
        text = re.sub(rf"(?<![\d.]){'[.]?'.join(digits)}(?![\d]|\.\d)", number, text, count=1)
    return text


# a time on the 12-hour clock with its minutes, said without a half of the day ("at 6:45"; the reading writes an
# hour said "pm" or in the evening on the 24-hour clock, day_halves.py, quantities.py)
_BARE_TIME = re.compile(r"(?<![\d:.,])(\d{1,2}):(\d{2})(?![\d:])")
_HALF_OF_DAY = re.compile(r"\b(?:p\.?\s?m\b|a\.?\s?m\b|afternoon|evening|tonight|night|noon|midnight)", re.IGNORECASE)


def _flipped_hour(text: str, source: str) -> str:
    """An hour the translation moved to the afternoon where the source said none ("My flight leaves at 6:45 on
    March 3." came out "…part à 18 h 45 le 3 mars."), written as typed ("6 h 45"); not where the source says a half
    of the day, nor where the translation also has the hour as typed."""
    if _HALF_OF_DAY.search(source):
        return text
    for hour, minutes in set(_BARE_TIME.findall(source)):
        if not 1 <= int(hour) <= 11 or f"{int(hour) + 12}:{minutes}" in source:
            continue
        if re.search(rf"(?<![\d,.]){int(hour)} ?(?:h ?|:){minutes}(?!\d)", text):
            continue
        text = re.sub(rf"(?<![\d,.]){int(hour) + 12}( ?h ?|:){minutes}(?!\d)", rf"{int(hour)}\g<1>{minutes}", text)
    return text


# a number the source spells in tens ("ninety") and the French word for it, which a garbled copy starts with
# ("quatre-vingt-dix-neuf" for "ninety")
_TENS_FR = {"twenty": "vingt", "thirty": "trente", "forty": "quarante", "fifty": "cinquante", "sixty": "soixante",
            "seventy": "soixante-dix", "eighty": "quatre-vingts", "ninety": "quatre-vingt-dix"}
_UNIT_MORE = "|".join(["-et-un", " et un", " et onze", "-dix", *("-" + u for u in (
    "un deux trois quatre cinq six sept huit neuf onze douze treize quatorze quinze seize dix-sept dix-huit "
    "dix-neuf").split())])
_SPELT_TENS = re.compile(rf"(?<![-\w])({'|'.join(_TENS_FR)})(?![-\w])", re.IGNORECASE)


def _spelt_tens(text: str, source: str) -> str:
    """A round number the source spells ("My grandmother turns ninety next week.") that the translation spelt with
    a unit more ("…a quatre-vingt-dix-neuf ans…"), written as the source has it ("quatre-vingt-dix"); only where
    the source spells that one number and writes no other, and the translation has no word for it."""
    said = {w.lower() for w in _SPELT_TENS.findall(source)}
    if len(said) != 1 or DIGITS.search(source) or re.search(r"\b(?:hundred|thousand)\b", source, re.IGNORECASE):
        return text
    word = _TENS_FR[said.pop()]
    if re.search(rf"(?<![-\w]){word}(?![-\w])", text, re.IGNORECASE):
        return text
    stem = word.rstrip("s")
    return re.sub(rf"(?<![-\w]){stem}(?:{_UNIT_MORE})(?![-\w])", word, text, count=1)


# "quatre cent euros": a multiplied "cent" that ends its number takes an "s" («quatre cents euros»); not before another
# number word («quatre cent deux», «deux cent mille»: "mille" is no noun) nor "cent" alone («cent euros»)
_BARE_CENT = re.compile(r"\b(deux|trois|quatre|cinq|six|sept|huit|neuf)([\s-])cent(?![-\w])(?!\s+(?:et\s+)?(?:un|une|"
                        r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
                        r"trente|quarante|cinquante|soixante|mille)\b)", re.IGNORECASE)


def _hundreds(text: str) -> str:
    """``text`` with a multiplied hundred that ends its number in the plural: "plus de quatre cent euros" → "plus de
    quatre cents euros" (the model wrote «cents» in one sentence and «cent» in its twin)."""
    return _BARE_CENT.sub(r"\1\2cents", text)


def mended(text: str, source: str) -> str:
    """``text`` with the numbers that lost or gained a digit, a point or zeros mended (before a number garbled
    otherwise is replaced whole, ``swap.swapped``, and a lost sign put back, ``lost_sign``: number_repairs.py
    runs them in that order)."""
    text = _lost_dots(_short_decimal(_decimal_as_time(text, source), source), source)
    text = _hundreds(_spelt_tens(_flipped_hour(text, source), source))
    return _lost_zeros(_lost_digit(_grouped_digit_more(text, source), source), source)


def lost_sign(text: str, source: str) -> str:
    """``text`` with the dollar sign it dropped put back and a percentage written with "%" (the last repairs)."""
    return _percent(_invented_currency(_lost_dollar(text, source), source), source)
