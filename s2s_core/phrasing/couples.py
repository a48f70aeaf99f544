"""Phrases of couples and their days (dating, breaking up, the groom, a baby on the way) that the model had read as
another meaning.

The model knows "se séparer", "sortir ensemble", "le mari" and "attendre un enfant" but not the words a visitor types
for them: "He broke up with his girlfriend." came out "Il s'est rompu avec sa petite amie.", "They broke up." "Ils se
sont levés.", "The groom was very nervous." "La mère était très nerveuse."; each phrase is read as a paraphrase it
translates right ("separated from": "s'est séparé de", "the husband": "le mari"). Each was kept only where its
paraphrase came out right in at least three sentences and no sentence tried came out worse.
"""

from __future__ import annotations

from .common import AT_END

PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "He broke up with his girlfriend." → "Il s'est rompu avec sa petite amie.", "He broke up with her." → "Il s'est
    # rompu avec elle.", "I think he broke up with his fiancée." → "…qu'il a rompu sa fiancée."; "separated from":
    # "s'est séparé de"; "he" only: a name, "she" or "I" had come out right ("Tom a rompu avec Mary…") and read it
    # could come out worse ("Paul broke up with Anna" → "Paul a séparé d'Anna", "I…" → "J'ai séparé de lui")
    (r"\b(he)\s+broke\s+up\s+with\b", r"\1 separated from"),
    # "They broke up." → "Ils se sont levés.", "We broke up." → "Nous nous sommes levées.", "They broke up after ten
    # years." → "Ils se sont levés…"; "separated": "se sont séparés"; not a thing broken up ("broke up the fight",
    # "into groups") nor a school's holidays ("We broke up for the summer")
    (r"\b(they|we)\s+broke\s+up\b(?!\s+(?:with|the|a|an|it|them|this|that|into|in|for|fights?|laughing)\b)",
     r"\1 separated"),
    # "The groom was very nervous." → "La mère était très nerveuse.", "Who is the groom?" → "Qui est la salle de
    # toile ?", "The groom kissed the bride." → "La salle roman…"; "the husband": "le mari" (events reads "the bride
    # and groom" first); not one who grooms horses or dogs, nor after "the bride and" ("The bride and the groom's
    # parents arrived.": whose parents is left as typed, as events leaves it)
    (r"^(?!.*\b(?:horses?|stables?|pony|ponies|dogs?|grooming|groomed)\b)(?!.*\bbride\s+and\s+the\s+groom\b)(.*?)"
     r"\bthe\s+groom\b", r"\1the husband"),
    # "She's pregnant with her second child." → "Elle est enceinte avec son deuxième enfant."; "expecting": "Elle
    # attend son deuxième enfant."
    # (not after how long: "…nine months pregnant with our second child." had come out "…avait neuf mois à
    # s'attendre à…")
    (r"(?<!\bmonths\s)(?<!\bweeks\s)(?<!\bmonth\s)(?<!\bweek\s)\bpregnant\s+with\s+(her|our|their|my|his|your)\s+"
     r"((?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+)?(child|baby)\b", r"expecting \1 \2\3"),
    # "They're dating." → "Ils sortent.", "We've been dating for two years." → "Nous sortons depuis deux ans."; "going
    # out together": "Ils sortent ensemble."; only where the clause ends or says how long ("They were dating at the
    # time." came out "Ils sortaient ensemble.", the time left out)
    (r"\b((?:they|we)(?:['’]re|\s+are|\s+were|['’]ve\s+been|\s+have\s+been|\s+had\s+been|['’]d\s+been))\s+dating"
     rf"(?:{AT_END}|(?=\s+(?:for|since)\b))", r"\1 going out together"),
)
