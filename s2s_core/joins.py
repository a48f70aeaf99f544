"""The seam between two clauses of a long sentence, read in the form the model joins right.

The default model reads a long sentence whole and lost what links its second clause to the first at three seams:
- a time that opens the second clause, with no comma after it, was read as a relative clause: "They build
  sandcastles all day, and in the evening they are too tired to eat." came out "…et la soirée qu'ils sont trop
  fatigués…", "…, and in the evening we had dinner…" "…et le soir où nous avons dîné…", "…, but in the evening the
  sky cleared…" "…mais dans la soirée du ciel…"; with a comma after the time ("…, and in the evening, they are…")
  each came out right ("…et le soir, ils sont trop fatigués…", "…mais dans la soirée, le ciel était clair…");
- "so" before a subject and a past verb was dropped, leaving two clauses side by side: "…it was already midnight, so
  we went straight to bed…" came out "…c'était déjà minuit, nous sommes allés au lit…"; read "therefore" it came
  out "…, nous sommes donc allés au lit…";
- "so" before a question ("…by Friday, so could we move the deadline…?") is left: read as a question of its own
  ("…. So could we…?") one came out right ("Alors pourriez-vous envoyer quelqu'un…"), one better but still wrong, and
  one worse ("…, alors pourriez-vous me dire…" → "…. Peux-tu me dire…", «tu» to a shop and "so" lost).
"""
from __future__ import annotations

import re

from .subjects import _PAST

# a time that opens a clause after ", and" / ", but", then the clause's subject (a pronoun or a noun after its
# determiner); not a time with a comma after it already, nor one that ends its clause ("…, and in the evening."),
# nor after ", so": "…at night, so during the day, I take…" lost both ("…la nuit, je prends…")
_TIME = (r"(?:in\s+the\s+(?:morning|afternoon|evening)s?|during\s+the\s+(?:day|week|night)|at\s+(?:night|the\s+"
         r"weekend|weekends)|on\s+(?:weekdays|(?:mon|tues|wednes|thurs|fri|satur|sun)days?))")
_TIME_OPENS = re.compile(rf"(,\s+(?:and|but)\s+{_TIME})\s+(?=(?:I|you|he|she|we|they|it|there|the|my|our|his|"
                         rf"her|their|your)\s+[a-z])", re.IGNORECASE)
_PRONOUN = r"(?:I|we|he|she|they)"
# ", so" + a subject + a past verb: "so" read "therefore" ("…, so we missed the last bus"); not "so that", "so much"
_SO_PAST = re.compile(rf",\s+so\s+(?={_PRONOUN}\s+(?:(?:just|then|also|finally)\s+)?(?:{_PAST}|had\s+to)\b)")


def read_joins(text: str) -> str:
    """``text`` with each seam read in the form the model joins right: a comma after a time that opens the second
    clause ("…, and in the evening they are…" → "…, and in the evening, they are…"), "so" before a subject and a
    past verb as "therefore" ("…, so we missed the bus" → "…, therefore we missed the bus")."""
    return _SO_PAST.sub(", therefore ", _TIME_OPENS.sub(r"\1, ", text))
