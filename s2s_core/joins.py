"""The seam between two clauses of a long sentence, read in the form the model joins right.

The default model reads a long sentence whole and lost what links its second clause to the first at these seams:
- a time that opens the second clause, with no comma after it, was read as a relative clause or lost ("…, and in
  the winter most of the hotels are closed" → "…, et la plupart des hôtels sont fermés"): "They build
  sandcastles all day, and in the evening they are too tired to eat." came out "…et la soirée qu'ils sont trop
  fatigués…", "…, and in the evening we had dinner…" "…et le soir où nous avons dîné…", "…, but in the evening the
  sky cleared…" "…mais dans la soirée du ciel…"; with a comma after the time ("…, and in the evening, they are…")
  each came out right ("…et le soir, ils sont trop fatigués…", "…mais dans la soirée, le ciel était clair…");
- "so" before a subject and a past verb was dropped, leaving two clauses side by side: "…it was already midnight, so
  we went straight to bed…" came out "…c'était déjà minuit, nous sommes allés au lit…"; read "therefore" it came
  out "…, nous sommes donc allés au lit…". Read "therefore" every time, 2 of 12 that had kept "so" lost it or a
  verb ("…, donc elle a acheté…" → "…, elle a acheté…"), so the sentence is read again with "therefore" only where
  its French has no word for "so" (``so_lost``; the translator's second pass, as for a ";" in clauses.py);
- a verb of saying without its "that" after a clause of its own lost the saying: "…, and when we told him, he said it
  was our fault." came out "…et quand on lui a dit que c'était notre faute." (he said: lost); with "that" ("he said
  that it was…") it came out "…et quand on lui a dit, il a dit que c'était notre faute.";
- "so" before a question ("…by Friday, so could we move the deadline…?") is left: read as a question of its own
  ("…. So could we…?") one came out right ("Alors pourriez-vous envoyer quelqu'un…"), one better but still wrong, and
  one worse ("…, alors pourriez-vous me dire…" → "…. Peux-tu me dire…", «tu» to a shop and "so" lost).
"""
from __future__ import annotations

import re

from .subjects import PAST_VERB

# a time that opens a clause after ", and" / ", but", then the clause's subject (a pronoun or a noun after its
# determiner); not a time with a comma after it already, nor one that ends its clause ("…, and in the evening."),
# nor after ", so": "…at night, so during the day, I take…" lost both ("…la nuit, je prends…")
_TIME = (r"(?:in\s+the\s+(?:morning|afternoon|evening)s?|in\s+(?:the\s+)?(?:winter|summer|spring|autumn)|"
         r"during\s+the\s+(?:day|week|night)|at\s+(?:night|the\s+weekend|weekends)|"
         r"on\s+(?:weekdays|(?:mon|tues|wednes|thurs|fri|satur|sun)days?))")
_TIME_OPENS = re.compile(rf"(,\s+(?:and|but)\s+{_TIME})\s+(?=(?:I|you|he|she|we|they|it|there|the|my|our|his|"
                         rf"her|their|your|most|many|some|all)\s+[a-z])", re.IGNORECASE)
_PRONOUN = r"(?:I|we|he|she|they)"
# a modal that says what follows from the first clause: a negative ("…, so I could not call my mother" had come out
# "…hier, je n'ai pas pu appeler…"; "so I will not be able to come" "…semaine, je ne serai pas…"), an obligation or
# "will be", a request ("…after two weeks, so I would like a refund" had come out "…, je voudrais un remboursement";
# "therefore": "…, je voudrais donc…", 5 of 5), a past negative ("…a noisy street, so we did not sleep well" had come
# out "…, nous n'avons pas bien dormi"; "therefore" kept «donc» in 8 of 8); not "so we can talk", "so I could catch
# the train": a purpose, not "therefore"
_CONSEQUENCE = (r"(?:could(?:n['’]t|\s+not)|did(?:n['’]t|\s+not)|can(?:not|['’]t|\s+not)|won['’]t|will\s+not|"
                r"wouldn['’]t|would\s+not|will\s+(?:have\s+to|be)|(?:need|needs|have|has)\s+to|must|would\s+like)")
_SUBJECT = rf"{_PRONOUN}\s+(?:(?:just|then|also|finally)\s+)?"      # "we", "she then"
# ", so" + a subject + a past verb: "so" read "therefore" ("…, so we missed the last bus"); not "so that", "so much"
_SO_PAST = re.compile(rf",\s+so\s+(?={_SUBJECT}(?:{PAST_VERB}|had\s+to|"
                      rf"{_CONSEQUENCE})\b)")
# "so" with no comma before it, between a clause and a subject, a past verb or "was": the model read it as a purpose
# ("so that"): "The hotel was full so we slept in the car." came out «…rempli de manière à dormir dans la voiture.»,
# "Her flight was cancelled so she stayed another night." «…pour qu'elle restait…», "He missed the bus so he was late
# for work." «…pour être en retard…», "The shop was closed so we went home." «…pour être rentré…»; with the comma
# (fix41, s37) «…, nous avons donc dormi…», «…, donc elle est restée…», «…, alors il était en retard…», «…, alors nous
# sommes rentrés…» (9 of 9). Not after "and", "or", "not", "just", "even", "only", "do", "think", "hope", "said":
# "and so we…", "I think so", "just so we know"; nor before "would", "will", "can", "didn't", which say a purpose
# there ("She ran so she wouldn't miss the bus." had «Elle courut pour ne pas rater le bus.», read so «Elle courut,
# donc elle ne manquerait pas le bus.»; "We studied every night so we didn't fail the exam." «…pour ne pas échouer
# l'examen.», read so «…, alors nous n'avons pas échoué…»; 13 corpus lines worse so): "couldn't" only. Nor a
# present "he's moving", "we're staying" (measure46, s38): "…a new job in london so he's moving there…" had come out
# «…pour qu'il déménage…», "it's raining a lot so we're staying at home" «…pour que nous restions…»; with the comma
# «…, alors il déménage…», «…, alors nous restons…» (3 changed of 5, all right; 2 had «alors»/«donc» already)
_SO_BARE = re.compile(rf"(?<=[a-z0-9'’)])(?<!\band)(?<!\bor)(?<!\bnot)(?<!\bjust)(?<!\beven)(?<!\bonly)(?<!\bdo)"
                      rf"(?<!\bthink)(?<!\bhope)(?<!\bsaid)\s+so\s+(?=(?:{_SUBJECT}(?:{PAST_VERB}|was|were|had\s+to|"
                      rf"could(?:n['’]t|\s+not))|{_PRONOUN}['’](?:s|re|m)\s+[a-z]+ing)\b)")
# ", so please" + a verb: read with a comma after "so" ("…on Saturday, so please do not tell her…" had come out
# "…samedi, je vous prie de ne pas lui dire…"; "so, please" "…samedi, alors je vous prie…"); "therefore please" lost it
_SO_PLEASE = re.compile(r",\s+so(?=\s+please\s+[a-z])")

# "said" / "told us" + a clause without its "that": "that" said ("…, he said that it was our fault")
_SAID = re.compile(r"\b((?:said|told\s+(?:me|us|him|her|them))\s+)(?=(?:it|he|she|they|we|I|you|there)\s+"
                   r"(?:was|were|is|are|would|will|had|has|could|did|does|must|should)\b)")


# "While" opening a sentence before "my husband was…": the model lost it, leaving two clauses side by side ("While my
# husband was cooking dinner, I helped…" → "Mon mari était en train de préparer le dîner, j'ai aidé…"; "my wife was
# shopping", "my sister was studying", "my boss was on holiday": 6 of 9 lost); "During the time that" kept it in 18
# of 18 ("Pendant que ma femme faisait les courses, …"; "During the time" alone came out "Pendant l'époque, ma
# fille était…" before "was at"), a "Pendant le temps que" written back "Pendant que" (``mend_while``)
_WHILE = re.compile(r"^(\W*)While(?=\s+(?:my|our|his|her|their|your)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:was|were)\b)")
_DURING_FR = re.compile(r"\b([Pp])endant le temps (?:que\s+|qu['’]|où\s+)(?=(\w))")


# "since then" opening a clause after "and"/"but" with no comma: the model lost it in 4 of 6 ("…two years ago, and
# since then we have travelled…" → "…, et nous avons voyagé…"; "since that time" alone became "depuis que"); "since
# that time," with its comma kept it in 6 of 6 ("…et depuis ce temps-là, nous avons voyagé…")
_SINCE_THEN = re.compile(r"(\b(?:and|but)\s+)since\s+then(?=\s+[A-Za-z])", re.IGNORECASE)


def read_joins(text: str) -> str:
    """``text`` with each seam read in the form the model joins right: a comma after a time that opens the second
    clause ("…, and in the evening they are…" → "…, and in the evening, they are…"), "that" after "said" ("he said
    it was…" → "he said that it was…"), "While my…" opening as "During the time that my…", "and since then we…" as
    "and since that time, we…", a comma before a "so" that says what followed ("…was full so we slept…" →
    "…was full, so we slept…")."""
    text = _SO_BARE.sub(", so ", _SINCE_THEN.sub(r"\1since that time,", text))
    return _WHILE.sub(r"\1During the time that", _SAID.sub(r"\1that ", _TIME_OPENS.sub(r"\1, ", text)))


def mend_while(text: str, source: str) -> str:
    """``text`` (the French of ``source``) with "Pendant le temps que" of a "During the time" that opens
    ``source`` as French says "while": "Pendant le temps où ma femme…" → "Pendant que ma femme…", "Pendant le
    temps qu'il…" → "Pendant qu'il…"."""
    if not re.match(r"^\W*During the time\b", source):
        return text
    return _DURING_FR.sub(lambda m: m.group(1) + ("endant qu'" if m.group(2) in "aeiouéèêàâAEIOUÉ" else "endant que "),
                          text)


SO_NOTE = ("Read whole, this sentence lost its “so”: it was translated again with “so” read “therefore”; the heatmap "
           "shows that reading.")
# how French says "so" between two clauses
_SO_FR = re.compile(r"\b(?:alors|donc|ainsi|c['’]est pourquoi|par conséquent|si bien que|du coup)\b", re.IGNORECASE)


def so_lost(sentence: str, french: str) -> bool:
    """Whether the French of ``sentence`` lost its "so" before a subject and a past verb or a modal of consequence
    ("…minuit, so we went…" → "…minuit, nous sommes allés…"; "…, so I could not call…") or before "please": then it
    is read again with "therefore" or "so," (``read_so``)."""
    return bool(_SO_PAST.search(sentence) or _SO_BARE.search(sentence) or _SO_PLEASE.search(sentence)) \
        and not _SO_FR.search(french)


def read_so(sentence: str) -> str:
    """``sentence`` with "so" before a subject and a past verb read "therefore" ("…, so we missed the last bus" →
    "…, therefore we missed the last bus"; "…, nous avons donc raté…"), "so please" with a comma ("so, please")."""
    return _SO_PLEASE.sub(", so,", _SO_PAST.sub(", therefore ", _SO_BARE.sub(", therefore ", sentence)))
