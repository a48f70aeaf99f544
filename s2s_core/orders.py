"""A long run of orders (directions, a recipe) whose French lost a verb, read again one order at a time.

Read whole, the default model dropped a verb in the middle of a run of orders, or wrote the noun after it as if it
were the order: "When you leave the station, turn left, walk past the church and take the second street…" came out
«…tournez à gauche, l'église et prenez…» ("walk past" lost), "Press the green button, wait until…" «Au bouton verte,
attends…». Read one order at a time ("Walk past the church.") and joined with «et» (seams.py reads and fits each
part), each came out with its verb: «…tournez à gauche, passez l'église et prenez la deuxième rue…», «Appuyez le
bouton vert, attendez…». Only where the French read whole lacks the French of one of the orders' verbs
(``verbs_lost``), and the reading in parts is kept only where it lacks fewer: read in parts every time, 2 of 10 runs
that had kept every verb lost one ("Take the lift…, walk to the end of the corridor and knock…" → «…Regarde la fin du
corridor. Garde la porte…»). A run: ``MIN_ORDERS`` verbs or more of ``_FRENCH``, each opening the sentence (or
following its opening clause, "When you leave the station, turn left", or "First,"), a comma, "and" or "then".
Read again so too where the French told an order as done (``orders_turned``: "First, wash the vegetables and cut them…,
then put them…" had come out «…lave les légumes et les a coupés…, puis les mettait…», now «…et coupe-les…, puis
mettez-les…»; long39, s36: of 15 runs written for it 10 better, none worse).
"""
from __future__ import annotations

import re

from .clauses import Clause

ORDERS_NOTE = ("Read whole, this run of orders lost one of its verbs or told an order as done: it was translated "
               "again one order at a time and joined with «et»; alternatives are not shown for it.")
MIN_WORDS = 12
MIN_ORDERS = 3
# an order's verb → the French that shows it was kept (a stem of its imperative or infinitive, or a near verb)
_FRENCH = {
    "turn": r"tourn|éteign|étei|allum", "take": r"pren|empruntez|emprunte", "go": r"all|va\b|vas\b|rend|continu|mont|"
    r"descend|pass|march", "walk": r"march|pass|all|va\b|vas\b|longe|continu|suiv|mont|descend|travers",
    "cross": r"travers|franchi", "follow": r"suiv|suis\b|suit\b|longe", "continue": r"continu|poursui",
    "add": r"ajout|rajout", "mix": r"mélang|remu", "stir": r"remu|mélang", "bake": r"cuis|cuire|enfourn",
    "pour": r"vers", "cut": r"coup|découp|tranch", "put": r"mett|mets\b|met\b|pos|plac|rang", "press": r"appu|press",
    "click": r"cliqu", "open": r"ouvr", "close": r"ferm", "lock": r"ferm|verrouill", "wait": r"attend",
    "choose": r"choisi", "knock": r"frapp|toqu", "ring": r"sonn", "send": r"envoi|envoy",
    "bring": r"apport|amen|emmen", "leave": r"laiss|quitt|part", "check": r"vérifi|contrôl", "fill": r"rempli",
    "remove": r"retir|enl[eè]v|ôt", "wash": r"lav", "plug": r"branch", "park": r"gar|stationn", "fry": r"fri|cuis|dor",
    "get": r"descend|mont|pren|sort", "peel": r"épluch|pel", "boil": r"bou|cuis", "connect": r"connect|branch|reli",
}
_VERB = "|".join(_FRENCH)
# where an order opens: the sentence's start (or after its opening clause and comma), after a comma, or after "and",
# "then", "and then"
_ORDER = re.compile(rf"(?:^\W*|,\s+(?:(?:and\s+)?then\s+)?|\s(?:and\s+)?then\s+|\sand\s+)(?P<verb>{_VERB})\b"
                    r"(?!\s+(?:of|is|was)\b)", re.IGNORECASE)       # "the turn of…": a noun
_OPENING = re.compile(r"^(?:(?:when|if|before|after|once|as\s+soon\s+as)\b[^,]{3,60}|first(?:\s+of\s+all)?|next|"
                      r"then|finally|now),\s+", re.IGNORECASE)
# the seam before an order: after the comma, or before its "and" ("…the church and take…")
_CUT = re.compile(rf"(?<=,)\s+(?=(?:then\s+)?(?:{_VERB})\b)|\s+(?=and\s+(?:then\s+)?(?:{_VERB})\b)|"
                  rf"(?<![,\s]and)(?<!,)\s+(?=then\s+(?:{_VERB})\b)", re.IGNORECASE)


def orders(sentence: str) -> list[str]:
    """The verbs of the run of orders ``sentence`` is (lower case, in order), or [] where it is none: under
    ``MIN_WORDS`` words, a question, under ``MIN_ORDERS`` orders, or the first not opening it."""
    text = sentence.strip()
    if len(text.split()) < MIN_WORDS or text.endswith("?"):
        return []
    opening = _OPENING.match(text)
    body = text[opening.end():] if opening else text
    found = list(_ORDER.finditer(body))
    if len(found) < MIN_ORDERS or found[0].start() > len(body) - len(body.lstrip("\"'“(")):
        return []
    return [m.group("verb").lower() for m in found]


def verbs_lost(sentence: str, french: str) -> int:
    """How many of the orders' verbs ``french`` lacks the French of (a verb said twice needs it twice): "…turn left,
    walk past the church and take…" / «…tournez à gauche, l'église et prenez…» → 1 (walk)."""
    verbs = orders(sentence)
    return sum(max(0, verbs.count(v) - len(re.findall(rf"\b(?:{_FRENCH[v]})", french, re.IGNORECASE)))
               for v in set(verbs))


def order_clauses(sentence: str) -> list[Clause]:
    """``sentence`` cut before each of its orders after the first (after the comma, or before "and" / "then"),
    each part marked ``seam`` (read and fitted by seams.py); itself where it is no run of orders."""
    text = sentence.strip()
    if not orders(text):
        return [Clause(sentence)]
    opening = _OPENING.match(text)
    start = opening.end() if opening else 0
    cuts = [m.end() for m in _CUT.finditer(text, start) if m.start() > start]
    parts = [text[a:b].strip() for a, b in zip([0] + cuts, cuts + [len(text)])]
    return [Clause(p, i == 0, i == len(parts) - 1, True) for i, p in enumerate(parts)]


# an order read as a statement of what was done: the pronoun of its object before a past or an imperfect ("First, wash
# the vegetables and cut them…, then put them…" came out «…lave les légumes et les a coupés…, puis les mettait…»,
# "Take the chicken out of the fridge and put it on the table…" «…et l'a mise sur la table…»); read one order at a
# time, each came out an order («Coupe-les en petits morceaux», «Mets-le sur la table»)
_TOLD = re.compile(r"\b(?:l['’]|les\s+|la\s+|le\s+)(?:a|ont|avait|avaient)\s+[a-zéèêç]+(?:é|ée|és|ées|is|ise|it|ite)\b|"
                   r"\b(?:l['’]|les\s+|la\s+|le\s+)[a-zéèêç]+(?:ait|aient)\b", re.IGNORECASE)


def orders_turned(sentence: str, french: str) -> int:
    """How many orders of the run of orders ``sentence`` is (``orders``) ``french`` lacks the French of
    (``verbs_lost``) or tells as done (``_TOLD``: «…et les a coupés…», «…puis les mettait…»); 0 where it is none."""
    if not orders(sentence):
        return 0
    return verbs_lost(sentence, french) + len(_TOLD.findall(french))
