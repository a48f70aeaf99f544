"""What started in the past and still goes on: English says it in the present perfect, French in the present with
«depuis».

The default model wrote a finished past for it, a meaning error French readers catch at once: "How long have you
lived here?" came out «Combien de temps avez-vous vécu ici ?» (how long did you live here, now gone), "She has
worked at the bank since 2015." «Elle a travaillé à la banque depuis 2015.», "I've been coughing for a week."
«J'ai toussé pendant une semaine.» (coughed for a week, then stopped). In the progressive it mostly wrote the present
("She has been working at the bank since 2015." «Elle travaille à la banque depuis 2015.») and asked "since how long"
it wrote «Depuis combien de temps…». So:

* ``read`` (English, in fold.py): an action verb in the present perfect with a length of time ("for ten years",
  "for ages") or a start ("since 2015") is read in the progressive, and "How long have you…" is read "Since how long
  have you been…": «Depuis combien de temps vivez-vous ici ?». Only affirmative clauses: "I haven't slept for two
  days" is «Je n'ai pas dormi depuis deux jours», a past French says so too.
* ``mend`` (French, among mends/): where the English (as read) says so, or a verb of a state says it ("has belonged
  since 1950"), and the model still wrote a past («J'ai attendu vingt minutes», «J'ai toussé pendant une semaine»,
  «Elle peignait le salon depuis samedi», «Avez-vous dansé longtemps ?»), the verb is put in the present and the
  length of time after «depuis»: «J'attends depuis vingt minutes», «Je tousse depuis une semaine», «Elle peint…»,
  «Dansez-vous depuis longtemps ?». Only the first verb before a «depuis» (not the one of «depuis que j'avais 12
  ans»), and only one whose present french_present.py can write for sure; else the French is left as written.
  A result counted since a time keeps its past, as French does: "I've lost five kilos since January." «J'ai perdu
  cinq kilos depuis janvier.» (no progressive, no verb of a state).
"""
from __future__ import annotations

import re

from .french_present import PERSONS, from_imperfect, from_participle, from_simple_past

# the action verbs read in the progressive (their present perfect with a length of time came out as a finished past);
# not "had" (read "been having" it came out «ont-ils eu») nor "run" («couru» for running a shop)
_ING = {"lived": "living", "worked": "working", "taught": "teaching", "studied": "studying", "played": "playing",
        "learned": "learning", "learnt": "learning", "known": "knowing", "owned": "owning", "driven": "driving",
        "used": "using", "waited": "waiting", "trained": "training", "practised": "practising",
        "practiced": "practicing", "volunteered": "volunteering", "coached": "coaching", "collected": "collecting",
        "sung": "singing", "danced": "dancing", "painted": "painting", "cycled": "cycling", "swum": "swimming",
        "worn": "wearing", "followed": "following", "rented": "renting",
        "attended": "attending", "managed": "managing", "shared": "sharing", "kept": "keeping"}
_DONE = "|".join(_ING)
# "known" is read so only where asked how long: "I have known him for ten years." came out right («Je le connais depuis
# dix ans»), and read "been knowing about this" it lost its object («Cela fait des années que je sais.»)
_DONE_SAID = "|".join(verb for verb in _ING if verb != "known")
_PERSON = (r"(?:I|(?i:you(?:\s+(?:two|both|guys|all))?|we|they|he|she|it)|(?i:my|our|your|his|her|their|the)\s+[a-z]+|"
           r"[A-Z][a-z]+)")
# a length of time, or when it began: "for ten years", "for over an hour", "for ages", "since 2015"
_UNIT = r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)"
_COUNT = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
          r"\d+|a\s+few|a\s+couple\s+of|several|many)")
_LASTS = (rf"(?:for\s+(?:(?:about|almost|nearly|over|more\s+than|the\s+(?:last|past)|at\s+least)\s+)?"
          rf"(?:{_COUNT}\s+{_UNIT}|{_UNIT}|ages|a\s+while|a\s+long\s+time|so\s+long|too\s+long|long)"
          r"|since|long(?=\s*\?))\b")
# the present perfect of an action verb, in a clause (up to its next punctuation) that says how long or since when;
# "'s" only after he or she ("it's used for…", "he's used to…" are no present perfect)
_PERFECT = re.compile(rf"\b(?P<who>{_PERSON})(?P<aux>['’]ve|\s+have|(?<=\b[Hh]e)['’]s|(?<=\b[Ss]he)['’]s|\s+has)\s+"
                      rf"(?P<verb>{_DONE_SAID})\b(?!\s+(?:to|as|for\s+(?:his|her|its|their|being))\b)"
                      rf"(?=[^.!?;:,]*?\s{_LASTS})")
# "he's been" + an "-ing" with a length of time or a start: "has" ("who's been waiting for an hour")
_HAS_BEEN = re.compile(rf"\b((?i:he|she|it|who|that))['’]s\s+been\s+(\w+ing)\b(?=[^.!?;:,]*?\s{_LASTS})")
# "How long have you lived here?", "How long has she been working there?" (not "How long has it been since…", nor
# "been here / in Paris / away", which came out right: «Depuis combien de temps êtes-vous ici ?»)
# "How long have you had this car?" is read "Since how long have you had…" (in the progressive it came out «ont-ils eu»)
_HOW_LONG = re.compile(rf"\b(?P<how>[Hh]ow)\s+long\s+(?P<aux>have|has)\s+(?P<who>{_PERSON})\s+"
                       rf"(?:(?P<verb>{_DONE})|(?P<had>had)(?!\s+to\b)|"
                       r"been\s+(?P<ing>[a-z]+ing|married|together|ill|sick|friends)\b)")


def _progressive(m: re.Match) -> str:
    aux = m["aux"].strip().replace("’", "'")
    aux = {"'s": "has", "'ve": "have"}.get(aux, aux)
    return f"{m['who']} {aux} been {_ING[m['verb']]}"


def _since_how_long(m: re.Match) -> str:
    since = "Since how" if m["how"][0].isupper() else "since how"
    if m["had"]:
        return f"{since} long {m['aux']} {m['who']} had"
    said = _ING[m["verb"]] if m["verb"] else m["ing"]
    return f"{since} long {m['aux']} {m['who']} been {said}"


def read(text: str) -> str:
    """``text`` with what still goes on read as the model writes it in the present: "She has worked here since 2015."
    → "She has been working here since 2015.", "How long have you lived here?" → "Since how long have you been living
    here?", "He's been working here for six months." → "He has been working…" (read "he is", it came out «Il
    travaille ici pendant six mois»: he will, for six months)."""
    return _HOW_LONG.sub(_since_how_long, _PERFECT.sub(_progressive, _HAS_BEEN.sub(r"\1 has been \2", text)))


# --- the French: a finished past the model wrote for what still goes on, put in the present ----------------------

# the English (as read) says it goes on: a present perfect progressive or "been" + a state, with how long or since
# when ("It's been ages since…" and "been two years since…" say how long ago, not what goes on; "I've been to Paris
# twice since…" counts visits; "twice a week" does not); or a verb of a state whose present perfect says it still
# holds ("has belonged to the family since 1950": «appartient»)
_STATES = (r"(?:always\s+)?(?:belonged|wanted|trusted|believed|loved|hated|liked|needed|missed|feared|admired|"
           r"supported|led|refused|sponsored|supplied|hosted)")   # and what one keeps doing: "has led the team…"
# or what one has had for a length of time ("They have had problems with the heating for months": «ont», not «ont
# eu»); not what one had to do, nor a count ("I've had three coffees since lunch", "We've had no news for weeks")
_HAD = (r"had\b(?!\s+(?:to|no|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|a\s+few|a\s+couple|"
        r"a\s+lot|lots|plenty|more|enough)\b)(?=[^.!?;:,]*?\sfor\s)")
_GOES_ON = re.compile(rf"(?:\b{_PERSON}(?:['’]ve|\s+have|['’]s|\s+has)|\b(?i:have|has)\s+{_PERSON})\s+"
                      rf"(?:been\s+(?!(?:{_COUNT}|ages|long|years|months|weeks|days|hours|to|there)\b)|{_STATES}\b|"
                      rf"{_HAD})"
                      rf"(?![^.!?;:,]*\b(?:once|twice|times)\b(?!\s+(?:a|an|per|every)\b))[^.!?;:,]*?\s{_LASTS}")
_SINCE_HOW_LONG = re.compile(r"\bsince\s+how\s+long\b", re.IGNORECASE)

_SUBJECT = r"(?P<subj>(?<![\w-])(?:[Jj]['’]|[\w.]+\s))"    # its last word: «Je», «Notre équipe», «M. Dupont»
_CLITIC = r"(?P<refl>(?:me|te|se|nous|vous)\s|[mts]['’])?(?P<obj>(?:les|lui|leur|y|en)\s)?"
_ETRE = ("suis", "es", "est", "sommes", "êtes", "sont")
_AVOIR = ("ai", "as", "a", "avons", "avez", "ont")
_ADVERB = r"(?P<adv>(?:\w+ment|toujours|déjà|bien|beaucoup|vraiment|souvent|encore)\s)?"
_FRENCH_LENGTH = (r"(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|"
                  r"cinquante|\d+|quelques|plusieurs|plus\s+d['’]une?|des)\s+(?:minutes?|heures?|jours?|semaines?|"
                  r"mois|ans|années|lustres|siècles)\b")
# up to eight words, then «pendant» or «depuis», or a length of time (the model wrote «J'ai attendu vingt minutes»)
_UNTIL_LENGTH = (rf"(?P<rest>(?:\s+(?!pendant\b|depuis\b)[^\s,.;:!?]+){{0,8}}?\s+)"
                 rf"(?:(?P<prep>pendant|depuis)\s|(?={_FRENCH_LENGTH}))")
_WORD = r"[a-zéèêûîôç]+"
# «J'ai toussé pendant…», «Je lui ai complètement fait confiance depuis…», «Je me suis senti malade depuis…»
_PAST = re.compile(rf"{_SUBJECT}{_CLITIC}(?P<aux>{'|'.join(_AVOIR + _ETRE)})\s+{_ADVERB}(?P<pp>{_WORD})\b"
                   rf"{_UNTIL_LENGTH}")
_LOOKS_PAST = re.compile(r"(?:é|i|u|is|it|ert|int)(?:e?s?)$")       # not «est en train de…»
# «Je nageais deux fois par semaine depuis…», «Mon voisin tricota la même écharpe depuis…»
_IMPERFECT_PERSON = {"aient": 5, "ions": 3, "iez": 4, "ait": 2}
_OTHER_PAST = re.compile(rf"{_SUBJECT}{_CLITIC}(?P<verb>{_WORD}(?:ais|ait|ions|iez|aient|a|èrent))\b{_UNTIL_LENGTH}")


def _written(m: re.Match, verb: str) -> str:
    """The match's clause with ``verb`` (the present) for its past, elided where French elides, and «depuis»."""
    refl, said = (m["refl"] or "").strip().rstrip("'’"), (m["obj"] or "") + verb
    if refl:                           # «s'est senti» → «se sent», «me suis ennuyé» → «m'ennuie»
        elides = refl in ("m", "t", "s", "me", "te", "se")         # not «nous», «vous»: «je vous envoie»
        full = {"m": "me", "t": "te", "s": "se"}.get(refl, refl) + " "
        refl = refl[0] + "'" if elides and said[0] in "aeiouhéèê" else full
        said = refl + said
    subject = m["subj"]
    if subject.lower().replace("’", "'") in ("je ", "j'"):
        subject = (subject[0] + "'") if said[0] in "aeiouhéèê" else subject[0] + "e "
    elif subject in ("Ça ", "ça ") and said == "est":
        subject = subject[0].replace("Ç", "C").replace("ç", "c") + "'"   # «Ça a été» → «C'est»
    return f"{subject}{said}{m['rest']}depuis "


def _in_a_later_clause(m: re.Match) -> bool:
    """Whether the match follows a «depuis» («…depuis que j'avais 12 ans»): the verb of what goes on comes before it."""
    return re.search(r"\bdepuis\b", m.string[:m.start()], re.IGNORECASE) is not None


def _from_past(m: re.Match) -> str:
    if _in_a_later_clause(m):
        return m.group(0)
    person = _AVOIR.index(m["aux"]) if m["aux"] in _AVOIR else _ETRE.index(m["aux"])
    if m["aux"] in _ETRE and not m["refl"]:
        return m.group(0)              # «je suis allé»: a verb of motion, not a state that goes on
    pp = m["pp"]                       # agreed after «se», «les» or «être»: «sentie», «attendus»
    verb = next((v for v in (from_participle(w, person) for w in (pp, pp[:-1], pp[:-2]) if w) if v), None)
    if verb is None:
        return m.group(0)
    return _written(m, verb + (" " + m["adv"].strip() if m["adv"] else ""))


def _from_other_past(m: re.Match) -> str:
    if _in_a_later_clause(m):
        return m.group(0)
    word, subj = m["verb"], m["subj"].strip().lower().replace("’", "'")
    simple = from_simple_past(word) if word.endswith(("a", "èrent")) else None
    if simple:
        return _written(m, simple[0])
    ending = next((e for e in _IMPERFECT_PERSON if word.endswith(e)), None)
    person = _IMPERFECT_PERSON[ending] if ending else PERSONS.get(subj)          # «-ais»: «je» or «tu»
    verb = from_imperfect(word, person) if person is not None else None
    return _written(m, verb) if verb else m.group(0)


# asked in a finished past: «Combien de temps avez-vous attendu ?», «Depuis combien de temps a-t-elle été malade ?»,
# «Depuis combien de temps ta mère a-t-elle oublié…»
# (with «avoir» only: «Depuis combien de temps est-il parti ?» is French for "How long has he been gone?")
_ASKED_PAST = re.compile(r"^(?P<open>\W*)(?:Depuis combien|Combien) de temps (?P<noun>(?:[\w-]+['’]|[\w-]+\s){1,3}?)?"
                         r"(?P<aux>ai|as|a|avons|avez|ont)-(?:t-)?"
                         rf"(?P<pron>je|tu|il|elle|on|nous|vous|ils|elles) (?P<pp>{_WORD})\b")
# asked in the imperfect: «Depuis combien de temps ton frère conduisait un taxi ?»
_ASKED_IMPERFECT = re.compile(r"^(?P<open>\W*Depuis combien de temps (?:[\w-]+['’]|[\w-]+\s){1,3}?)"
                              rf"(?P<verb>{_WORD}(?:ait|aient))\b")
# asked if it has gone on long: «Avez-vous dansé longtemps ?», «Avez-vous été debout ici depuis longtemps ?»
_ASKED_LONG = re.compile(r"^(?P<open>\W*)(?P<aux>Ai|As|A|Avons|Avez|Ont)-(?:t-)?"
                         r"(?P<pron>je|tu|il|elle|on|nous|vous|ils|elles) "
                         rf"(?P<pp>{_WORD})\b(?P<rest>[^?.!]*?)\s(?:depuis\s)?longtemps\b")
_LENGTH_DURING = re.compile(rf"\bpendant\s(?={_FRENCH_LENGTH}|longtemps\b)|(?<![\w-])(?<!pendant\s)(?=longtemps\b)")


def _inverted(verb: str, pron: str) -> str:
    return f"{verb}{'-t-' if pron in ('il', 'elle', 'on') and verb[-1] in 'ae' else '-'}{pron}"


# a determiner after the verb: «avoir» is the verb, already in the present («Combien de temps as-tu cette voiture ?»)
_OWNED = {"le", "la", "les", "l", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton",
          "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs"}


def _asked_in_present(m: re.Match) -> str:
    if m["pp"] in _OWNED:
        said = m.group(0)[len(m["open"]):]
        return m["open"] + (said if said.startswith("Depuis") else "Depuis c" + said[1:])
    verb = from_participle(m["pp"], PERSONS[m["pron"]])
    noun = m["noun"] or ""
    return f"{m['open']}Depuis combien de temps {noun}{_inverted(verb, m['pron'])}" if verb else m.group(0)


def _asked_imperfect_in_present(m: re.Match) -> str:
    verb = from_imperfect(m["verb"], 5 if m["verb"].endswith("aient") else 2)
    return m["open"] + verb if verb else m.group(0)


def _asked_long_in_present(m: re.Match) -> str:
    verb = from_participle(m["pp"], PERSONS[m["pron"]])
    if verb is None:
        return m.group(0)
    return f"{m['open']}{_inverted(verb, m['pron']).capitalize()}{m['rest']} depuis longtemps"


def mend(text: str, source: str) -> str:
    """``text`` with the finished past the model wrote for what the English says still goes on put in the present,
    its length of time after «depuis»: «J'ai toussé pendant une semaine.» → «Je tousse depuis une semaine.» (for "I've
    been coughing for a week."); where the English asks "since how long", «Combien de temps avez-vous attendu ?» →
    «Depuis combien de temps attendez-vous ?»; where it wrote no past, its «pendant» before a length of time is «depuis»
    («Il vit avec le virus pendant 22 ans» → «…depuis 22 ans»)."""
    if _SINCE_HOW_LONG.search(source):
        text = _ASKED_IMPERFECT.sub(_asked_imperfect_in_present, _ASKED_PAST.sub(_asked_in_present, text))
        text = re.sub(r"^(\W*)Combien de temps\b(?!\s+(?:as|a|avez|ont|avons|ai|est|était|avait)\b)",
                      r"\1Depuis combien de temps", text)
    count = len(_GOES_ON.findall(source))
    if not count:
        return text
    text = _ASKED_LONG.sub(_asked_long_in_present, text)
    if any(_LOOKS_PAST.search(m["pp"]) for m in _PAST.finditer(text)):      # a past participle, written or not
        return _PAST.sub(_from_past, text, count=count)
    mended = _OTHER_PAST.sub(_from_other_past, text, count=count)
    if mended != text:
        return mended
    if not re.search(r"\bdepuis\b|\b(?:fait|y a)\s+(?:\S+\s+){0,3}qu(?:e\b|['’])", text, re.IGNORECASE):
        text = _LENGTH_DURING.sub("depuis ", text, count=1)   # a present, or a past the mend cannot write; not
                                                              # «Ça fait longtemps que j'attends»
    return text
