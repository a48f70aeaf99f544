"""The article before a French weekday, as the English names the day (typography.py calls ``mend``).

French says one day without an article and a habit with "le": "Je te verrai dimanche." (this Sunday), "Je vais à
l'église le dimanche." (every Sunday). The model wrote "le" for one day too ("I'll see you on Sunday." → "Je te
verrai le dimanche.", "Are you free on Friday?" → "Êtes-vous libre le vendredi ?", "Call me on Friday afternoon." →
"Appelle-moi le vendredi après-midi."), which a French reader takes as "every Sunday". Where the English names one
day ("on Sunday", "this Friday", "next Tuesday", "last Sunday") and says no habit ("on Sundays", "every Sunday",
"usually … on Sunday", "on Sunday mornings", "closed on Tuesday"), the article goes; it stays before a date ("le
dimanche 12 mai") and where the English says "the Sunday" ("the Sunday before Easter"). "On a Sunday" is "un
dimanche" ("I was born on a Sunday." → "Je suis né le dimanche.", "He died on a Tuesday." → "Il est mort sur un
mardi."). And "at the weekend" the model wrote "au week-end" ("We went to the beach at the weekend." → "…à la plage
au week-end."), "See you at the weekend." "À le week-end.": one weekend is "ce week-end", a habit "le week-end".
"""
from __future__ import annotations

import re

from .calendar_names import MONTHS_FR, WEEKDAYS, WEEKDAYS_FR

_FR_TO_EN = dict(zip(WEEKDAYS_FR, WEEKDAYS))
_DAY_FR = "|".join(WEEKDAYS_FR)
# "le dimanche" / "Le dimanche", not before a date ("le dimanche 12 mai", "le lundi, 3 juin"), a range ("le lundi
# au vendredi") or a name of the day ("le dimanche de Pâques", "le dimanche des Rameaux")
_ARTICLE_DAY = re.compile(rf"(?<![\w'’-])([Ll])e ({_DAY_FR})\b(?!\s*,?\s*(?:le\s+)?\d|\s+(?:au|à|de|des|du)\b)")
# a habit said in the sentence: the article is right there ("She usually visits her mother on Sunday.")
_HABIT = re.compile(r"\b(?:usually|always|often|never|normally|generally|sometimes|rarely|seldom|typically|"
                    r"regularly|every|each|weekly|open|opens|closed|closes|shut|shuts)\b", re.IGNORECASE)
# a verb in the present simple after a subject that opens a clause: a habit as often as one day ("He plays golf on
# Sunday.", "I work on Saturday."): the model's article stays; not an auxiliary, a modal, a past or "-ing" form
_AUX = (r"(?:am|are|is|was|were|be|been|have|has|had|do|does|did|will|would|shall|should|can|could|may|might|must|"
        r"want|wants|need|needs|hope|hopes|plan|plans|promise|think|guess|don['’]t|didn['’]t|won['’]t|can['’]t|"
        r"went|came|saw|met|left|got|told|gave|took|made|said|bought|found|heard|lost|paid|sent|spent|won|wrote|ate|"
        r"drove|flew|began|broke|fell|forgot|knew|spoke|slept|sold|also|just|\w+ed|\w+ing)")
_PRESENT = re.compile(rf"(?:^|[,;.!?]\s*|\b(?:and|but|so|then)\s+|^(?i:on)\s+\w+,?\s+)"
                      rf"(?i:I|we|they|you|he|she|it)\s+(?!{_AUX}\b)[a-z]+\b")
# the day part after the day, in the plural: a habit ("on Sunday mornings")
_PARTS = r"(?:\s+(?:mornings|afternoons|evenings|nights))"


def _one_day(day: str, source: str) -> bool:
    """Whether ``source`` names the English ``day`` as one day each time: "on Sunday", "this Friday", "next
    Tuesday", "last Sunday", "on Monday morning"; not "on Sundays", "the Sunday", "a Sunday", "on Sunday
    mornings", nor in a sentence that says a habit."""
    found = list(re.finditer(rf"\b(?:(\w+)\s+)?{day}(s)?\b({_PARTS})?", source, re.IGNORECASE))
    if not found or _HABIT.search(source) or _PRESENT.search(source.strip()):
        return False
    return all(_leads_one_day(m) and not m.group(2) and not m.group(3) for m in found)


def _leads_one_day(m: re.Match) -> bool:
    """"on", "this", "next", "last", "see you" before the day; "for" where the day ends the clause ("still on for
    Wednesday?"; not "for Sunday lunch")."""
    lead = (m.group(1) or "").lower()
    return lead in ("on", "this", "next", "last", "you") or \
        lead == "for" and re.match(r"\s*(?:[?.!,;]|$)", m.string[m.end():]) is not None


def _one_day_article(text: str, source: str) -> str:
    """"Je te verrai le dimanche." → "Je te verrai dimanche." for "I'll see you on Sunday."; "Le dimanche, nous…" →
    "Dimanche, nous…" for "On Sunday we…"."""
    def one(m: re.Match) -> str:
        if not _one_day(_FR_TO_EN[m.group(2).lower()], source):
            return m.group()
        return m.group(2).capitalize() if m.group(1) == "L" else m.group(2)
    return _ARTICLE_DAY.sub(one, text)


def _a_day(text: str, source: str) -> str:
    """"Je suis né le dimanche." → "…né un dimanche." for "I was born on a Sunday." ("sur un mardi" too; "Le
    dimanche, …" → "Un dimanche, …", not "Le un dimanche")."""
    for day_fr, day in zip(WEEKDAYS_FR, WEEKDAYS):
        if re.search(rf"\bon\s+a\s+{day}\b(?!s)", source, re.IGNORECASE) and \
                len(re.findall(rf"\b{day}\b", source, re.IGNORECASE)) == 1:
            text = re.sub(rf"(?<![\w'’-])(?:([Ll]e|[Ss]ur un) |(?<![Uu]n ))({day_fr})\b(?!\s*,?\s*\d)",
                          lambda m: ("Un " if (m.group(1) or "x")[0].isupper() else "un ") + m.group(2), text,
                          count=1)
    return text


# a habit the English says with one day ("We usually eat fish on Friday." → "…du poisson vendredi."): "le vendredi";
# not in a sentence that says the future ("I'll never forget what you did on Sunday.")
_HABIT_SAID = re.compile(r"\b(?:usually|always|normally|generally|typically|often|sometimes|never)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|shall|won['’]t|going to|gonna|tomorrow|next|this)\b|['’]ll\b", re.IGNORECASE)
# a weekday the model wrote bare: not after a word that takes it so ("depuis lundi", "jusqu'à", "un", "ce", "pour")
# nor before "prochain", "dernier" or a date
_BARE_DAY = re.compile(rf"(?<![\w'’-])(?<!\ble )(?<!\bun )(?<!\bce )(?<!\bau )(?<!\bdu )(?<!\bà )(?<!\bde )"
                       rf"(?<!\bpour )(?<!chaque )(?<!depuis )(?<!\bd['’]ici )((?i:{_DAY_FR}))\b"
                       r"(?!\s+(?:prochain|dernier)\b|\s*,?\s*\d|\s+(?:au|et|ou)\b)", re.IGNORECASE)


def _habit_article(text: str, source: str) -> str:
    """"Nous mangeons habituellement du poisson vendredi." → "…le vendredi." for "We usually eat fish on Friday.";
    "Vendredi soir, nous regardons des films." → "Le vendredi soir, …" for "On Friday nights we watch movies."; only
    one day, said once, "on" before it."""
    days = [(fr, en) for fr, en in zip(WEEKDAYS_FR, WEEKDAYS) if re.search(rf"\b{en}", source, re.IGNORECASE)]
    if len(days) != 1 or _FUTURE.search(source):
        return text
    (day_fr, day), nights = days[0], re.search(rf"\bon {days[0][1]}{_PARTS}\b", source, re.IGNORECASE)
    if not (nights or _HABIT_SAID.search(source) and re.search(rf"\bon {day}\b(?!s)", source, re.IGNORECASE)) or \
            len(re.findall(rf"\b{day_fr}\b", text, re.IGNORECASE)) != 1:
        return text

    def one(m: re.Match) -> str:
        if m.group(1).lower() != day_fr:
            return m.group()
        return "Le " + day_fr if m.group(1)[0].isupper() else "le " + day_fr
    return _BARE_DAY.sub(one, text, count=1)


_AT_WEEKEND = re.compile(r"\b(?:at|on)\s+the\s+weekend\b", re.IGNORECASE)
# ("À le week-end", not the verb "a": "Elle a le week-end libre." stays)
_AU_WEEKEND = re.compile(r"(?<![\w'’-])([AÀà]) le week-end\b|(?<![\w'’-])au week-end\b")

# one weekend said in the English ("See you on the weekend." → "On se voit le week-end.", which reads "at weekends")
_ONCE = re.compile(r"\b(?:see you|will|going to|doing|did|went|was|were|had)\b|['’]ll\b", re.IGNORECASE)
_THE_WEEKEND = re.compile(r"(?<![\w'’-])le week-end\b(?!\s+(?:prochain|dernier)\b)")


def _weekend(text: str, source: str) -> str:
    """"au week-end" / "À le week-end" for "at the weekend": "ce week-end" (one weekend), "le week-end" (a habit:
    "I usually work at the weekend."); "le week-end" said of one weekend: "ce week-end"."""
    if not _AT_WEEKEND.search(source):
        return text
    said = "le" if _HABIT.search(source) else "ce"

    def one(m: re.Match) -> str:
        if m.group(1):                                  # "À le week-end." (a see-you): "À ce week-end."
            return f"{m.group(1)} ce week-end"
        return f"{said} week-end"
    text = _AU_WEEKEND.sub(one, text)
    return _THE_WEEKEND.sub("ce week-end", text) if said == "ce" and _ONCE.search(source) else text


# a day something is due by: "The parcel should arrive by Wednesday." → "…arriver mercredi." ("by" lost), "The report
# must be ready by Thursday." → "…prêt par jeudi."; "d'ici mercredi"; not "by Monday's" nor a day in a list of two
_BY_DAY = re.compile(r"\bby\s+(?:next\s+|this\s+)?(" + "|".join(WEEKDAYS) + r")\b(?![’']|s\b)", re.IGNORECASE)


def _by_day(text: str, source: str) -> str:
    """"arriver mercredi" / "prêt par jeudi" → "arriver d'ici mercredi" / "prêt d'ici jeudi" where the source says
    "by Wednesday" (one day named once)."""
    said = _BY_DAY.findall(source)
    if len(said) != 1 or len(re.findall(said[0], source, re.IGNORECASE)) != 1:
        return text
    day_fr = WEEKDAYS_FR[WEEKDAYS.index(said[0].capitalize())]
    if len(re.findall(rf"\b{day_fr}\b", text, re.IGNORECASE)) != 1:
        return text
    text = re.sub(rf"\bpar {day_fr}\b", f"d'ici {day_fr}", text)
    return _BARE_DAY.sub(lambda m: f"d'ici {m.group(1)}" if m.group(1) == day_fr and m.start() > 0 else m.group(),
                         text, count=1)


# an hour on a weekday as a habit: "until nine o'clock on Thursdays" (attach.py's reading) came out "jusqu'à neuf
# heures du jeudi" (Thursday's nine o'clock) where other days came out "le vendredi"; French says "le jeudi"
_HOUR_OF_DAY = re.compile(rf"\b(heures?) du ({_DAY_FR})\b(?! (?:\d|{'|'.join(MONTHS_FR)})\b)")


def _hour_on_days(text: str, source: str) -> str:
    """"neuf heures du jeudi" → "neuf heures le jeudi" where the source says "o'clock on Thursdays"."""
    def one(m: re.Match) -> str:
        said = re.search(rf"\bo['’]clock\s+on\s+{_FR_TO_EN[m.group(2)]}s\b", source, re.IGNORECASE)
        return f"{m.group(1)} le {m.group(2)}" if said else m.group()
    return _HOUR_OF_DAY.sub(one, text)


def mend(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with its weekdays' and weekend's articles as the English
    means them (see the module's docstring)."""
    if not source:
        return text
    text = _weekend(_habit_article(_a_day(_one_day_article(text, source), source), source), source)
    return _hour_on_days(_by_day(text, source), source)         # "neuf heures du jeudi" → "…le jeudi"
