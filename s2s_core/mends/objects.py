"""A verb's object as French says it: a machine that makes a noise, a thing painted a colour, paying by card
(mends.STEPS runs ``mend``).

A visitor's probe (measure33, s33) found "The washing machine is making a strange noise again." come out "La machine
à laver est de nouveau un bruit étrange." (the machine is a noise; the fridge, the car and the dishwasher came out
right: "…fait encore un bruit étrange."), and every reading tried lost "again" or kept the fault ("My washing machine
was again making a funny noise." "…était à nouveau en train de remporter un bruit…"). And a room painted a colour
(attach.py reads "painted the bedroom blue" "painted the bedroom in blue") came out "peint la chambre en bleue" in a
long sentence: a colour after "en" is a noun, "en bleu". And "Is it possible to pay by card or only in cash?" came
out "Est-il possible de payer une carte…" (a card paid for) whatever the reading ("pay with a card", "using a card",
"with a bank card"; "Can I pay with a card?" came out right: "…payer avec une carte ?"); French says "payer par carte".
measure40 (s36): "Did you save the file before closing the program…?" came out «As-tu économisé le dossier…» ("Have
you saved the document?" «…sauvé…»; the model has no «enregistrer» for a file), and "…and I still paint landscapes
every weekend." «…je me peigne encore…» (peindre read as peigner, to comb; "I still paint pictures." «Je peigne
encore…»): a file saved is «enregistré», a «dossier» saved a «fichier»; one who paints «peins», «peint». And
"…he spends every Sunday morning at the flea market." came out «…il dépense tous les dimanches matin…» (time spent
as money; short lines had «passe»): time spent is «passer».
"""
from __future__ import annotations

import re

# the English says a thing is making a noise ("is making a strange noise again", "was making that noise")
_MAKING_NOISE = re.compile(r"\bmaking\s+(?:a|an|that|this|the|some)\s+(?:\w+\s+)?noises?\b", re.IGNORECASE)
# the model's "être" before the noise, where French says "faire" ("est de nouveau un bruit" → "fait de nouveau un
# bruit"); not "C'est un bruit étrange" (what the noise is)
_BE_A_NOISE = re.compile(r"(?<![Cc]['’])\b(est|était|sont|étaient) ((?:de nouveau|à nouveau|encore(?: une fois)?) )?"
                         r"(?=(?:un|des|ce|le) bruits?\b)")
_FAIRE = {"est": "fait", "était": "faisait", "sont": "font", "étaient": "faisaient"}
# "peint la chambre en bleue": the colour in the feminine after "en" (a few words after "peint")
_PAINTED_IN = re.compile(r"\b(peinte?s?(?: [\w'’-]+){1,4}? en) (bleue|verte|blanche|noire|grise|violette)s?\b")
# the English pays by card ("pay by card", read "pay with a card" by money.py; "using a card", "with a bank card")
_PAYS_BY_CARD = re.compile(r"\b(?:pay(?:s|ing)?|paid)\s+(?:by|with\s+an?|using\s+an?)\s+(?:\w+\s+)?card\b",
                           re.IGNORECASE)
_PAY_A_CARD = re.compile(r"\b(pa(?:yer|ie|ies|yons|yez|ient|yé|yant)) une carte\b")
_MASCULINE = {"bleue": "bleu", "verte": "vert", "blanche": "blanc", "noire": "noir", "grise": "gris",
              "violette": "violet"}
# the English saves a file, a document, one's work or changes (not money, time, a life)
_SAVES_A_FILE = re.compile(r"\bsav(?:e|es|ed|ing)\s+(?:(?:all\s+)?(?:the|this|that|these|your|my|our|his|her|"
                           r"their)\s+)?(?:\w+\s+)?(?:files?|documents?|work|changes|progress|photos?|pictures?)\b", re.IGNORECASE)
# économiser/sauver in the forms the model writes them (not «sauvegarder», right already, nor «sauvage»)
_SAVED = re.compile(r"\b(?:[ée]conomis|sauv)(e|es|ez|ons|ent|er|é|ée|és|ées|ais|ait|ions|iez|aient|a|ant)\b")
# peigner (to comb) where the English paints: «je me peigne», «il peigne», «peigné», and «je peint»; not a subject
# after its verb, «as-tu peint» (a participle: the Tatoeba Challenge's "Where did you paint them?" had become «Où les
# as-tu peins ?»)
_COMBS = re.compile(r"(?<![\w-])(?:(je|tu|il|elle|on|Je|Tu|Il|Elle|On)(?: (?:me|te|se))? peignes?|(je|Je) peint)\b")
_FOLDER = re.compile(r"\b([dD])ossier(s?)\b")
_COMBED = re.compile(r"\bpeign(?:é|ée|és|ées)\b")
_PAINTS = {"je": "peins", "tu": "peins"}
# the English spends time ("spends every Sunday morning", "spent all weekend"), and the model's «dépenser» before it
_SPENDS_TIME = re.compile(r"\bspen(?:d|ds|t|ding)\s+(?:every|all|each|the\s+whole|most)\s+(?:of\s+)?(?:\w+\s+)?"
                          r"(?:days?|weekends?|week|mornings?|afternoons?|evenings?|nights?|summers?|winters?|"
                          r"holidays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b", re.IGNORECASE)
_SPENT = re.compile(r"\bdépens(e|es|ons|ez|ent|é|ée|ais|ait|aient|er)(?= (?:tous|toutes|chaque|tout|toute)\b)")


def _saved_files(text: str, source: str) -> str:
    """«As-tu économisé le dossier ?» → «As-tu enregistré le fichier ?» (the English saves a file; a
    «dossier» only where it typed "file", not "folder")."""
    text = _SAVED.sub(lambda m: "enregistr" + m.group(1), text)
    text = re.sub(r"\b([dDjJnNmMtTsSlL])[ea] (?=enregistr)", r"\1'", text)     # «de enregistrer» → «d'enregistrer»
    if not re.search(r"\bfiles?\b", source, re.IGNORECASE) or re.search(r"\bfolders?\b", source, re.IGNORECASE):
        return text
    return _FOLDER.sub(lambda m: ("F" if m.group(1) == "D" else "f") + "ichier" + m.group(2), text)


def _painted(text: str) -> str:
    """«je me peigne encore» → «je peins encore», «il peigne» → «il peint», «peigné» → «peint» (the English
    paints and combs nothing)."""
    text = _COMBS.sub(lambda m: (who := m.group(1) or m.group(2)) + " " + _PAINTS.get(who.lower(), "peint"), text)
    return _COMBED.sub(lambda m: "peint" + m.group()[len("peigné"):], text)


# words written on something (markup.INSCRIPTION: 'She wrote "Happy Birthday Anna" on the card.', copied) stand in
# as a name the model reads, "wrote Tom", and it wrote them to a person: «Elle a écrit à « Happy Birthday Anna » sur
# la carte.» (also as typed: 'He wrote "Merry Christmas Grandma"…' «Il a écrit à « Merry Grand-mère »…»); words
# written are the verb's object, no «à»; not a quote after "to" ('I wrote to "Le Monde"')
_WRITES_SOMETHING = re.compile(r"\b(?i:write|wrote|written|writing|writes)\s+(?!to\b)[A-Z\"“]")
_WRITTEN_TO_QUOTE = re.compile(r"\b((?i:é)cri(?:s|t|te|ts|tes|re|vez|vons|vait|vent|ra))\s+à\s+(?=[\"“«])")

# a sign that says words in quotes (speech.py translates them): «Le signe sur la porte a dit…», «Il y avait un signe
# qui dit…» (a gesture, an omen) for "The sign on the door said…", "There was a sign saying…" → «Le panneau…»
_SIGN_SAYS = re.compile(r"\b(?i:a|the|this|that|no|every|big|road|warning|shop)\s+(?i:signs?)\b"
                        r"(?!\s+that\s+(?i:he|she|I|we|they|you)\b)(?:\s+[\w'’-]+){0,5}?"
                        r"\s+(?i:says|said|say|reads|read|saying)\s*[,:]?\s*[\"“]")      # not "a sign that he said no"
_SIGN_FR = re.compile(r"\b([Ss])igne(s?)\b")


def mend(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with "fait … un bruit" where the source is making a noise and
    the model wrote "est … un bruit", a painted colour after "en" in the masculine ("en bleue" → "en bleu"), and
    "payer par carte" where the English pays by card and the model wrote "payer une carte", and words written on
    something as the object of «écrire» («a écrit à « … »» → «a écrit « … »»), a sign that says words a «panneau»."""
    if _MAKING_NOISE.search(source):
        text = _BE_A_NOISE.sub(lambda m: _FAIRE[m.group(1)] + " " + (m.group(2) or ""), text)
    if re.search(r"\bpaint", source, re.IGNORECASE):
        text = _PAINTED_IN.sub(lambda m: f"{m.group(1)} {_MASCULINE[m.group(2)]}", text)
    if _SAVES_A_FILE.search(source):
        text = _saved_files(text, source)
    if re.search(r"\bpaint", source, re.IGNORECASE) and not re.search(r"\bcomb|\bhair", source, re.IGNORECASE):
        text = _painted(text)
    if _SPENDS_TIME.search(source):
        text = _SPENT.sub(lambda m: "pass" + m.group(1), text)     # «il dépense tous les dimanches» → «il passe…»
    if _PAYS_BY_CARD.search(source):
        text = _PAY_A_CARD.sub(r"\1 par carte", text)
    if _WRITES_SOMETHING.search(source):
        text = _WRITTEN_TO_QUOTE.sub(r"\1 ", text)      # «Elle a écrit à « Happy Birthday Anna »» → «…écrit « … »»
    if _SIGN_SAYS.search(source):
        text = _SIGN_FR.sub(lambda m: ("P" if m.group(1) == "S" else "p") + ("anneaux" if m.group(2) else "anneau"),
                            text)
    return text
