"""Everyday verbs the model has no French for, read as a verb it translates and written back in French.

A survey of 110 everyday verbs in three sentences each (verbs45, session 45) found some written as another verb or
an invented one in most of their forms: "He is snoring again, and I can't sleep." came out «Il est à nouveau
ennuyeux…», "My brother sneezes every time he sees a cat." «Mon frère crie…», "He's sulking in his room…" «Il chante
dans sa chambre…», "I'm grating some cheese for the pasta." «Je prends du fromage…», "I sprained my ankle…" «Je me
suis blessé…». As glossary.py does for nouns, each such verb is read as a STAND-IN verb the model translates in
every tense ("dance": «danse», «a dansé», «dansait», «danserons», «en train de danser»), whose French is a verb of
the first group like the verb's own («danser», «ronfler»): the two take the same endings, so the stand-in's stem is
written back as the verb's («Il danse à nouveau» → «Il ronfle à nouveau», «a dansé» → «a ronflé», «je me suis coupé
la cheville» → «je me suis foulé la cheville»), and what the model wrote round it (its subject, «se», «ne … pas»,
a participle's agreement) stays. Intransitive verbs stand in for intransitive ones ("dance", or "cry" where the text
has "dance"), a verb with an object for one with an object ("cut" for "grate" and "sprain"; "wash" for "cuddle",
"scrub", "rake", "whisk" and "stir", or "touch" where the text has "wash"; "watch" for "spoil").

A verb is read so only as a verb: not after a determiner or an adjective ("a bad cough", "his snoring", "a deep
sigh", "a slice"), nor in another sense (``not_before``: "cough up", "burp the baby"; ``only_before``: "spoil" a
person, not a film's ending); for a French target only (fold.py reads it where it reads glossary.py's nouns). Each
row was kept only where the verb came out wrong as typed in most of its sentences and right through its stand-in.

``read(text)`` → (text with stand-ins, ``VerbTerm`` s); ``write_back(translation, terms)``; ``labels(model_text,
terms)`` names the stand-in's French as written and the verb's written in its place, to label a heatmap's target
pieces as ``verbatim.labelled_target`` does a noun's.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from .casing import in_case_of


class Verb(NamedTuple):
    english: tuple[str, str, str, str]    # base, third person, past (and participle), "-ing": "snore", "snores"…
    french: str                           # its French, a first-group verb: «ronfler»
    stand_in: str = "dance"               # the stand-in's base (``_STAND_INS``)
    not_after: str = ""                   # what it is not read after ("go hiking": «aller en randonnée», right)
    not_before: str = ""                  # what it is not read before ("cough up", "burp the baby")
    only_before: str = ""                 # read only before this ("spoil" a person: "spoil the kids")


class VerbTerm(NamedTuple):
    name: str                             # the stand-in as read ("dancing")
    span: str                             # the verb as typed ("snoring")
    target: str                           # the stand-in's French stem («dans»), or a form the model wrote («dansé»)
    back: str                             # the verb's French stem («ronfl»), or its form written back («ronflé»)
    said: bool = False                    # never a quote (verbatim.labelled reads it as a StandIn's)


def _forms(base: str, third: str, past: str, ing: str) -> tuple[str, str, str, str]:
    return base, third, past, ing


# the stand-ins: their English forms (as ``Verb.english``) and their French stem; each wrote its own French in every
# form tried (18 of 18 sentences for "dance", with «ne … pas», «en train de», the future and the simple past)
_STAND_INS = {
    "dance": (_forms("dance", "dances", "danced", "dancing"), "dans"),
    "cry": (_forms("cry", "cries", "cried", "crying"), "pleur"),
    "cut": (_forms("cut", "cuts", "cut", "cutting"), "coup"),
    "touch": (_forms("touch", "touches", "touched", "touching"), "touch"),
    "wash": (_forms("wash", "washes", "washed", "washing"), "lav"),
    "watch": (_forms("watch", "watches", "watched", "watching"), "regard"),
}
# a stand-in the text has already (its French would not tell the two apart), or one another verb took: the next
_OTHER = {"dance": "cry", "wash": "touch"}

_ROWS = (   # (the verb's forms, its French, options), after what the model had written for it (verbs45, s45)
    # «Il est à nouveau ennuyeux», «Mon grand-père s'est renversé toute la nuit» (2 of 3)
    (("snore", "snores", "snored", "snoring"), "ronfler", {}),
    # «Mon frère crie chaque fois qu'il voit un chat», "She is sneezing a lot." «…en train de crier.»
    (("sneeze", "sneezes", "sneezed", "sneezing"), "éternuer", {}),
    # «Mon fils est beaucoup en train de toux», "Try not to cough on anyone." «…de ne pleurer sur personne.» (not
    # "cough up" the money)
    (("cough", "coughs", "coughed", "coughing"), "tousser", {"not_before": r"\s+up\b"}),
    # «Pourquoi est-ce que tu jawnais ?», "The baby yawned…" «Le bébé s'est éteint…»
    (("yawn", "yawns", "yawned", "yawning"), "bâiller", {}),
    # «Il chante dans sa chambre», «Elle s'est enfuie…», «Ne sucre pas…» (3 of 3)
    (("sulk", "sulks", "sulked", "sulking"), "bouder", {}),
    # «Le bébé éclate toujours après sa bouteille», «Il a roulé fort…»; not "burp the baby" (make it burp)
    (("burp", "burps", "burped", "burping"), "roter", {"not_before": r"\s+(?:the|a|your|my|her|his|him|her|them)\b"}),
    # «Il habille toujours lorsqu'il est nerveux», «L'instituteur a mouillé…», «Ne mâchez pas…» (3 of 3)
    (("mumble", "mumbles", "mumbled", "mumbling"), "marmonner", {}),
    # "Why are you sighing?" «Pourquoi pès-tu ?»
    (("sigh", "sighs", "sighed", "sighing"), "soupirer", {}),
    # «Les enfants frisent à l'arrêt de bus», «J'ai frissé toute la nuit», «Tu friseras…» (3 of 3)
    (("shiver", "shivers", "shivered", "shivering"), "frissonner", {}),
    # «Les enfants gigent» (session 44's fresh sets)
    (("giggle", "giggles", "giggled", "giggling"), "glousser", {}),
    # "We are hiking in the mountains…" «Nous roulons…»; not a price's hike ("hike up the prices")
    # (not after "go", "love", "like"…: «aller en randonnée», «J'adore la randonnée» came out right as typed)
    (("hike", "hikes", "hiked", "hiking"), "randonner",
     {"not_before": r"\s+(?:up|the|prices|rates|taxes)\b",
      "not_after": r"(?i:\b(?:go|goes|went|gone|going|like|likes|liked|love|loves|loved|enjoy|enjoys|enjoyed|hate|"
                   r"hates|prefer|prefers|on|for|and|or)\s+)$"}),
    # "The soup is simmering on the stove." «La soupe se moque…», «La sauce s'est émergé…»
    (("simmer", "simmers", "simmered", "simmering"), "mijoter", {}),
    # a cook's: «Je prends du fromage», «Il attrapa les carottes», «…attirer un peu de citron» (3 of 3)
    (("grate", "grates", "grated", "grating"), "râper", {"stand_in": "cut", "not_before": r"\s+on\b"}),
    # «Elle épraît souvent son poignet», «…ne pas écraser le genou» ("sprained" came out «blessé»): «se fouler»
    (("sprain", "sprains", "sprained", "spraining"), "fouler", {"stand_in": "cut"}),
    # «Les enfants sont en train de courir sur le canapé», «Elle rampa l'époux…», «Voulez-vous nuager le bébé ?»
    (("cuddle", "cuddles", "cuddled", "cuddling"), "câliner", {"stand_in": "wash"}),
    # a child spoilt: «Les grands-parents gâchent toujours leurs petits-enfants» (ruined); a film's ending is
    # «gâcher», right as typed ("watch": read "wash" it came out «se lavent… leurs petits-enfants»)
    (("spoil", "spoils", "spoiled", "spoiling"), "gâter",
     {"stand_in": "watch", "only_before": r"\s+(?:(?:their|our|your|my|his|her|the|that|this)\s+(?:grand)?"
                                          r"(?:children|kids|child|son|daughter|sons|daughters|grandson|granddaughter|"
                                          r"dog|cat|pets?)|"
                                          r"(?:me|him|her|us|them|you)\s*(?:[.,!?]|$|rotten|with|on|a\s+bit))\b"}),
    # a cook's: "She is whisking the egg whites." «Elle chuchote les œufs.», "I whisked the cream by hand." «J'ai
    # chuchoté la crème…» (a recipe's "Whisk the eggs…" is read "Mix", phrasing/food.py)
    (("whisk", "whisks", "whisked", "whisking"), "fouetter",
     {"stand_in": "wash", "not_before": r"\s+(?:[\w'’]+\s+)?(?:away|off)\b"}),         # "whisked them away"
    # "She is stirring the sauce slowly." «Elle est en train de faire la sauce…», "I stirred sugar into my coffee."
    # «J'ai pris du sucre…»
    # (what is stirred, or how: not one who stirs in their sleep, «bouger»; "stir up trouble" is left)
    (("stir", "stirs", "stirred", "stirring"), "remuer",
     {"stand_in": "wash", "only_before": r"\s+(?!up\b)(?:the|a|an|in|it|them|his|her|my|your|their|our|some|sugar|"
                                         r"milk|until|constantly|occasionally|well|gently|slowly|every|for)\b"}),
    # round 2 (verbs45, s45): "The plumber is unclogging the sink." «…en train de couler l'évidence», "I unclogged the
    # shower drain…" «J'ai déchargé la douche…», "How do I unclog a toilet?" «…je décharge une toilette ?»
    (("unclog", "unclogs", "unclogged", "unclogging"), "déboucher", {"stand_in": "wash"}),
    # "My back is itching like crazy." «Mon dos est comme dingue.», "The mosquito bite itched for days." «Le moustique
    # mordit depuis des jours.» (a part of the body itches: «démange», «démangeait»)
    # (a part of the body, not a person: "I itch everywhere." came out right, «Ça me gratte partout.»)
    (("itch", "itches", "itched", "itching"), "démanger",
     {"not_before": r"\s+(?:to|for)\b", "not_after": r"\b(?i:I|you|we|they|he|she)(?:['’]m|['’]re|\s+am|\s+are)?\s+$"}),
    # "She flirted with the waiter all evening." «Elle flirta du serveur…» ("flirting with me" came out «draguer»)
    (("flirt", "flirts", "flirted", "flirting"), "flirter", {}),
    # "A motorbike overtook us at high speed." «…nous a retrouvé…», "That lorry is overtaking on a bend!" «Ce camion
    # tourne sur une plonge !», "Never overtake near a junction." «Ne surpêche jamais…»
    (("overtake", "overtakes", "overtook", "overtaking"), "doubler", {"stand_in": "watch"}),
    # "She is sipping her tea on the balcony." «Elle souffre son thé…», "He sipped his wine slowly." «Il s'est sidéré le
    # vin…», "Just sip it, it's very hot." «Arrête-le…»
    (("sip", "sips", "sipped", "sipping"), "siroter", {"stand_in": "watch"}),
    # "We are still unpacking boxes after the move." «…des boîtes débouchées…», "Can you help me unpack the
    # groceries?" «…à déboucher les courses ?» (what is unpacked: "He unpacked as soon as…" is left)
    (("unpack", "unpacks", "unpacked", "unpacking"), "déballer",
     {"stand_in": "wash", "only_before": r"\s+(?:the|a|an|my|your|his|her|our|their|this|that|these|those|all|"
                                         r"everything|it|them|boxes|bags|some)\b(?!\s+(?:\w+\s+)?(?:idea|ideas|"
                                         r"meaning|concept|argument|issue|problem|question|statement|poem)\b)"}),
    # «Elle a la baignoire avec une brosse», «J'ai critiqué les poêles…»
    (("scrub", "scrubs", "scrubbed", "scrubbing"), "frotter", {"stand_in": "wash"}),
    # «Les enfants rattrapent des feuilles», «Nous avons raconté toute la cour»
    (("rake", "rakes", "raked", "raking"), "ratisser", {"stand_in": "wash", "not_before": r"\s+it\s+in\b"}),
)
VERBS = tuple(Verb(english, french, **options) for english, french, options in _ROWS)

# a noun, not the verb: after a determiner or an adjective ("a bad cough", "his snoring", "a deep sigh")
_NOUN_AFTER = re.compile(r"(?i:\b(?:a|an|the|my|your|his|her|its|our|their|this|that|these|those|some|no|any|every|"
                         r"one|another|first|last|quick|small|tiny|"
                         r"bad|dry|nasty|loud|big|long|deep|little|heavy|terrible|slight|persistent|chesty|"
                         r"price|pay|tax|fare|rent|rate|interest|"
                         r"of|with|for)\s+)$")
# where a capital opens a sentence (a quote's after a colon or at the text's start): elsewhere it is a name's
_SENTENCE_START = re.compile(r"(?:^\W*|[.!?:;]\s*[\"«“(]?\s*)$")
# the base form after "a", "one"… and another word is a noun too ("a harmless flirt", "one quick sip"; "the plumber
# unclog" is a verb: "Why didn't the plumber unclog the drain?")
_NOUN_BASE_AFTER = re.compile(r"(?i:\b(?:a|an|one|another|every|no|any)\s+[\w-]+\s+)$")
_ENDINGS = (r"(?:e|es|ent|er|é|ée|és|ées|ez|ons|a|ai|ais|ait|aient|ions|iez|as|âmes|âtes|èrent|ât|ant|"
            r"era|erai|eras|erez|erons|eront|erais|erait|eraient|eriez|erions)")
_VOWEL = "aeiouyéèêâîôûàAEIOUYÉÈÊÂÎÔÛÀ"
_ELIDES = re.compile(r"(?<![\w'’])([JjMmTtSsNnDd]e)\s$")


def _pattern(forms: Sequence[str]) -> re.Pattern:
    alternatives = "|".join(f"[{f[0]}{f[0].upper()}]{re.escape(f[1:])}" for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])")


_PATTERNS = {verb: _pattern(verb.english) for verb in VERBS}
_STAND_IN_PATTERNS = {name: _pattern(forms) for name, (forms, _) in _STAND_INS.items()}


def _a_verb(text: str, m: re.Match, verb: Verb) -> bool:
    """Whether the word at ``m`` is ``verb`` in its sense: not a noun, not before what ``not_before`` says, and
    before what ``only_before`` asks for."""
    after = text[m.end():]
    before = text[:m.start()]
    if m.group()[0].isupper() and not _SENTENCE_START.search(before):
        return False                                   # a name: 'My nickname is "Itch."'
    if _NOUN_AFTER.search(before) or verb.not_after and re.search(verb.not_after, before):
        return False
    if m.group().lower() == verb.english[0] and _NOUN_BASE_AFTER.search(before):
        return False
    if verb.not_before and re.match(verb.not_before, after, re.IGNORECASE):
        return False
    return not verb.only_before or bool(re.match(verb.only_before, after, re.IGNORECASE))


def _stand_in_for(text: str, verb: Verb, taken: set[str]) -> str:
    """The stand-in ``verb`` is read as: its own, or the next where the text or another verb has that one; ""
    where none is free."""
    name = verb.stand_in
    while name and (name in taken or _STAND_IN_PATTERNS[name].search(text)):
        name = _OTHER.get(name, "")
    return name


def read(text: str) -> tuple[str, tuple[VerbTerm, ...]]:
    """``text`` with each verb of ``VERBS`` read as its stand-in, in the same form ("He is snoring again." → "He is
    dancing again."), and the terms to write back, in the order they come."""
    low = text.lower()
    found: list[tuple[int, VerbTerm]] = []
    taken: set[str] = set()
    for verb in VERBS:
        if not any(form in low for form in verb.english):
            continue
        matches = [m for m in _PATTERNS[verb].finditer(text) if _a_verb(text, m, verb)]
        name = _stand_in_for(text, verb, taken) if matches else ""
        if not name:
            continue
        taken.add(name)
        forms, stem = _STAND_INS[name]
        for m in reversed(matches):
            said = in_case_of(m.group(), forms[verb.english.index(m.group().lower())])
            text = text[:m.start()] + said + text[m.end():]
            found.append((m.start(), VerbTerm(said, m.group(), stem, verb.french[:-2])))
    return text, tuple(term for _, term in sorted(found, key=lambda p: p[0]))


# a verb's end: not a longer word's, but before an inverted subject or an object («dansez-vous», «lave-toi»)
_VERB_END = r"(?![\w-])|(?=-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles|moi|toi|le|la|les|lui|leur|en|y)\b)"


def _stand_in_french(stem: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(stem)}({_ENDINGS})(?:{_VERB_END})", re.IGNORECASE)


def _elided(before: str, word: str) -> str:
    """``before`` (the French up to a verb written back) with its last «je», «ne», «de»… elided where ``word``
    opens with a vowel («je » + «éternue» → «j'»; each stand-in's French opens with a consonant, so none is
    elided before it)."""
    return _ELIDES.sub(lambda m: m.group(1)[:-1] + "'", before) if word[0] in _VOWEL else before


def _found(text: str, terms: Sequence[VerbTerm]):
    """Each term with where its stand-in's French is written (the first after the one before), or None."""
    start = 0
    for term in terms:
        m = _stand_in_french(term.target).search(text, start)
        yield term, m
        start = m.end() if m else start


def _joined(stem: str, ending: str) -> str:
    """A first-group stem and an ending, spelt as French spells them: «démang» + «ait» → «démangeait»."""
    if ending[:1] in ("a", "o", "â") and stem.endswith(("g", "c")):
        return stem + "e" + ending if stem.endswith("g") else stem[:-1] + "ç" + ending
    return stem + ending


def write_back(text: str, terms: Sequence[VerbTerm]) -> str:
    """``text`` (a translation) with each stand-in's French written as its verb's, in the form the model wrote
    («Il danse à nouveau» → «Il ronfle à nouveau», «Je danse» → «J'éternue»); a stand-in the translation did not
    write is left as it is."""
    out, last = [], 0
    for term, m in list(_found(text, terms)):
        if m is None:
            continue
        word = in_case_of(m.group(), _joined(term.back, m.group(1)))
        out += [_elided(text[last:m.start()], word), word]
        last = m.end()
    return "".join(out) + text[last:]


def labels(model_text: str, terms: Sequence[VerbTerm]) -> list[VerbTerm]:
    """The terms whose stand-in the model wrote in ``model_text``, with that form and the verb's written back
    («dansé», «ronflé»): what ``verbatim.labelled_target`` labels a heatmap's target pieces with."""
    found = _found(model_text, terms)
    return [term._replace(target=m.group(), back=_joined(term.back, m.group(1))) for term, m in found if m]


def note(terms: Sequence[VerbTerm], written: str) -> str:
    """What the reader is told: which verbs the model read as another, and whether it wrote them back (``written``:
    the model's own translation)."""
    back = {term.span for term in labels(written, terms)}
    said = ", ".join(dict.fromkeys(f"{t.span} (read as “{t.name}”, written «{t.back}er»)" for t in terms
                                   if t.span in back))
    lost = ", ".join(dict.fromkeys(f"{t.span} (read as “{t.name}”)" for t in terms if t.span not in back))
    notes = [f"Verbs the model has no French for, read as ones it translates and written back: {said}."] * bool(said)
    notes += [f"Read as another verb, but the model did not translate it, so nothing was written back: {lost}; "
              "check the translation there."] * bool(lost)
    return " ".join(notes)
