"""One form of address through a French text: "tu" or "vous".

English has one "you", French two, and the model picks one sentence by sentence: "Thank you for your order! Your
package will arrive on Tuesday." came out "Merci pour votre commande ! Ton paquet arrivera mardi." The beam
usually holds the other form just behind ("Votre paquet arrivera mardi.", 0.008 lower), so where one sentence of
a text says "vous", each that says "tu" takes the best hypothesis that says "vous", when that one scores within
``MARGIN`` of the best; a note says so. Outside chat, only ever towards "vous": a letter that thanks "for your
letter" must not turn to "tu" because the model's first "you" did ("Merci pour ta lettre. Pouvez-vous…" → "votre
lettre").
Instructions count too: "Ajoutez les œufs." says "vous", and "Prends 30 minutes." takes "Prenez 30 minutes." where
the text says "vous" (a recipe's steps had come out in both forms). Sentences with neither form, or both, are left
as they are. A text written as friends and family write (chat spelling: "u", "pls", "lol", "xx"; "Mum," called)
goes the other way, towards "tu": "did u get my msg? call me back pls" had come out "Avez-vous reçu mon message ?
rappelez-moi, s'il vous plaît", with "As-tu reçu…" and "Rappelle-moi, s'il te plaît" in the beams.
Inside one sentence too, single ones included: one that mixes the forms ("Attendez ici et ne bouge pas.") takes
the same sentence in one form from its beam ("…ne bougez pas."), ``unmix``; and a request with "please" outside chat
takes "vous" where its beam has it close behind ("Éteins ton micro, s'il te plaît" → "Éteignez votre…"), ``polite``.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from typing import Optional, Sequence

from . import trust

MARGIN = 0.5          # how much lower (length-normalised log-probability) the hypothesis that keeps the form may score
_VOUS = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)
_TU = re.compile(r"\b(?:tu|toi|ta|tes|te)\b|(?<!\ble )(?<!\bce )(?<!\bun )(?<!\bdu )(?<!\bde )\bton\b|\bt'",
                 re.IGNORECASE)                                      # "le ton": a tone, no "tu"
_VOUS_VERB = re.compile(r"\b(?!(?:chez|assez|nez|rez)\b)\w+ez\b", re.IGNORECASE)    # "levez": no "tu" form
# the "vous" forms (plain: no accent) whose "tu" forms do not share their "-ez" stem: "prenez" / "prends"
_IRREGULAR = {"avez": ("as", "aie"), "etes": ("es", "sois"), "allez": ("vas", "va"), "pouvez": ("peux",),
              "voulez": ("veux", "veuille"), "devez": ("dois",), "savez": ("sais", "sache"), "faites": ("fais",),
              "dites": ("dis",), "soyez": ("sois",), "ayez": ("aie",), "venez": ("viens",), "tenez": ("tiens",),
              "revenez": ("reviens",), "prenez": ("prends",), "sachez": ("sache",), "buvez": ("bois",),
              "mettez": ("mets",), "lisez": ("lis",), "ecrivez": ("ecris",)}
_FIRST_WORD = re.compile(r"[\W\d_]*(\w+)")
# a letter's formal lines as letters.py writes them: the text says "vous" ("Mesdames, Messieurs, … ta lettre")
# and a greeting to several people ("Bonjour à tous," … "confirme ta présence" had said "tu")
_FORMAL = re.compile(r"\s*(?:Madame|Monsieur|Mesdames|Messieurs|Cher client|Chers clients|Cordialement|"
                     r"Bien cordialement|Respectueusement|Bonjour (?:M\.|Mme|Mlle|Dr|Pr|Professeur) |Bonjour à tous|"
                     r"Salut tout le monde|Chers )")
FAMILIAR = "familiar"   # the form a text written as friends write keeps: "tu", whatever its sentences say
# chat spelling, laughs, kisses, and a parent called by name: "can u call me when ur home? lol", "Mum, can you…"
_CHAT_MARK = re.compile(r"(?<![\w'’.-])(?:(?-i:u|ur|ty)|r\s+u|pls|plz|thx|thanx|lol|lmao|(?-i:x{2,}|xoxo)|omg|"
                        r"idk|wanna|gonna|cya|ttyl|ily|luv|sry|wyd|hbu|brb)(?![\w'’-]|\.\w)", re.IGNORECASE)
_PARENT_CALLED = re.compile(r"(?:^|[,.!?]\s*|\b(?:hi|hey|thanks|love you|miss you|night|morning|bye)\s+)"
                            r"(?:mum|mom|mummy|mommy|dad|daddy|grandma|grandpa|granny|nana)(?=\s*(?:[,.!?]|$))",
                            re.IGNORECASE | re.MULTILINE)
_SEVERAL = re.compile(r"\b(?:guys|y'?all|(?:you|u) all|all of (?:you|u)|every(?:one|body)|(?:you|u) two|"
                      r"both of (?:you|u)|folks|ladies|gentlemen|"
                      # "Hi team, pls review…", "Thanks all, pls send…", "love you both", "ur both amazing", "Dear
                      # customers, pls note…", "Mom and Dad, thx…" had gone to "tu"
                      r"(?:hi|hey|hello|morning|dear|thanks|thank\s+you|thx|ty|bye|night)\s+(?:all|team|customers|"
                      r"clients|colleagues|members|students|parents|friends)|(?:you|u|ur|you're|you are)\s+both|"
                      r"(?:mum|mom|dad|mummy|mommy|daddy)\s+(?:and|&|n)\s+(?:mum|mom|dad|mummy|mommy|daddy)|"
                      # "Anybody wanna grab something…?", "I think you and he wanna be alone."
                      # "and" then a person, not a second verb ("love u and miss u")
                      r"any(?:one|body)|(?:you|u)\s+and\s+(?:he|she|him|her|they|them|(?:your|ur)\s+\w+|"
                      r"(?-i:[A-Z])\w+))\b",
                      re.IGNORECASE)   # a plural "vous"
# a text to someone "vous" is said to: "Dear Mr. Smith, pls find the invoice attached.", "Could u send the report,
# Mr. Jones?", "Thank you, Sir, pls sit down.", "Pls, Your Honour, may I speak?" had gone to "tu"
_FORMAL_EN = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.?\s+[A-Z]|sir\b|madam\b|your\s+(?:honou?r|majesty|"
                        r"excellency|grace|lordship|ladyship)\b|(?:kind|best|warm)\s+regards\b|sincerely\b|"
                        r"yours\s+(?:faithfully|truly)\b)", re.IGNORECASE)


def _vous_imperative(text: str, source: str = "") -> bool:
    """Whether ``text`` opens with a verb in the "vous" form: an instruction ("Ajoutez les œufs."); not a name the
    source holds ("Sanchez est en retard.") nor the interjection "Allez, …"."""
    m = _FIRST_WORD.match(text)
    word = m.group(1) if m else ""
    if not (_VOUS_VERB.fullmatch(word) or _plain(word) in ("faites", "dites")):        # no "-ez"
        return False
    if re.search(rf"\b{re.escape(word)}\b", source, re.IGNORECASE):
        return False
    return not (word.lower() == "allez" and re.match(r"\s*[,!]", text[m.end():]))


# "hey you," calls one person as a friend does ("hey you, are you coming?" had come out "Hé toi, venez-vous ?")
_HEY_YOU = re.compile(r"^\s*hey\s+(?:you|u)\s*(?:[,!]|$)", re.IGNORECASE | re.MULTILINE)


def familiar(source: str) -> bool:
    """Whether ``source`` is written as friends and family write (chat spelling, "lol", "xx", "Mum," called) to
    one person: its "you" is "tu" ("u guys", "you all", "Hi team", "love you both": several people, "vous"; "Dear
    Mr. Smith", "Sir", "Kind regards": someone "vous" is said to)."""
    return bool(_CHAT_MARK.search(source) or _PARENT_CALLED.search(source) or _HEY_YOU.search(source)) \
        and not _SEVERAL.search(source) \
        and not _FORMAL_EN.search(source)


def _plain(word: str) -> str:
    """``word`` in lower case without accents: "achète" and "Achetez" share the stem "achet"."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def _same_verb_as_vous(text: str, other: str) -> bool:
    """Whether ``other`` is ``text`` with its opening verb in the "vous" form, not the "tu" form ("Prends 30
    minutes." / "Prenez 30 minutes.": a recipe's steps had come out in both; "achète du lait" / "Achetez du lait"):
    the same stem, the rest alike ("Retourne le formulaire." is not "Retirez le formulaire.")."""
    a, b = _FIRST_WORD.match(text), _FIRST_WORD.match(other)
    if not (a and b and _vous_imperative(other) and not _vous_imperative(text)) or text[a.end():] != other[b.end():]:
        return False
    return _one_verb(_plain(a.group(1)), _plain(b.group(1)))


def _one_verb(tu: str, vous: str) -> bool:
    """Whether ``tu`` and ``vous`` (plain words; ``vous`` in the "vous" form) are one verb in the two forms:
    "prends"/"prenez", "achete"/"achetez"."""
    if vous in _IRREGULAR:
        return tu in _IRREGULAR[vous]
    stem = vous[:-2]
    return tu.startswith(stem[:max(3, len(stem) - 1)])


def form_of(text: str, source: str = "") -> Optional[str]:
    """"vous" or "tu" where ``text`` (a translation of ``source``) uses one form of address and not the other, else
    None (a "tu" pronoun with a verb in the "vous" form, "Ne te levez pas", is neither; an instruction in the "vous"
    form is "vous", and so is a letter's formal line, "Madame, Monsieur,")."""
    vous = bool(_VOUS.search(text) or _FORMAL.match(text)) or _vous_imperative(text, source)
    tu = bool(_TU.search(text)) and not _VOUS_VERB.search(text)
    return "vous" if vous and not tu else "tu" if tu and not vous else None


def _says(best: str, other: str, target: str, source: str) -> bool:
    """Whether ``other`` says ``target`` ("tu" or "vous") where ``best`` says the other form: by its pronouns, or
    by the form of the same opening verb ("Prends…" / "Prenez…")."""
    if target == "vous":
        return form_of(other, source) == "vous" and (form_of(best, source) == "tu" or _same_verb_as_vous(best, other))
    return form_of(best, source) == "vous" and (form_of(other, source) == "tu" or form_of(other, source) is None
                                               and _same_verb_as_vous(other, best))


_NOTES = {"vous": "Addressed with «vous», as the rest of the text is (the model's first choice used «tu»).",
          "tu": "Addressed with «tu», as a message to a friend or family is (the model's first choice used «vous»)."}


def _words(text: str) -> set:
    return {w.casefold() for w in re.findall(r"\w+", text)}


def _put_first(translation, k: int, note: str) -> None:
    """Put hypothesis ``k`` first, with its note. Its unsure-word warning goes where every unsure word is one the
    model's own first choice did not have: the word of the other form ("bougez" where it wrote "bouge"), low in
    the model's eyes only because it preferred that form; the warning ("a wrong word … often sits there") next to
    the note that chose it had read as a contradiction."""
    hyps = translation.hypotheses
    before = _words(hyps[0].text)
    hyps.insert(0, hyps.pop(k))
    translation.notes.append(note)
    best = hyps[0]
    if trust.UNSURE_WORD in getattr(best, "warnings", ()):
        unsure = trust.unsure_words(best.tokens, best.token_log_probs)
        if unsure and not any(_words(w) & before for w in unsure):
            best.warnings = [f for f in best.warnings if f != trust.UNSURE_WORD]


def _towards(translation, target: str) -> bool:
    """Put first the best hypothesis that says ``target`` where the best one says the other form, if it scores
    within ``MARGIN``; whether it did."""
    hyps, source = translation.hypotheses, getattr(translation, "source", "")
    if not hyps or form_of(hyps[0].text, source) == target:
        return False
    k = next((i for i, h in enumerate(hyps) if hyps[0].score - h.score <= MARGIN
              and _says(hyps[0].text, h.text, target, source)), None)
    if k is None:
        return False
    _put_first(translation, k, _NOTES[target])
    return True


def form_after(translations: Sequence, form: Optional[str] = None) -> Optional[str]:
    """The form the sentences after ``translations`` keep: ``FAMILIAR`` once one of them is written as friends
    write (or ``form``, that of the sentences before them, is), else "vous" once one of them (or ``form``) says it,
    else the first form found."""
    # the text as a whole: "Dear Professor Smith," before "could u extend the deadline?" says "vous" (its second
    # sentence alone had gone to "tu")
    if form == FAMILIAR or familiar(" ".join(getattr(t, "source", "") for t in translations)):
        return FAMILIAR
    forms = [form_of(t.hypotheses[0].text, getattr(t, "source", "")) for t in translations if t.hypotheses]
    if "vous" in forms or form == "vous":
        return "vous"
    return form or next((f for f in forms if f), None)


def keep_consistent(translations: Sequence, form: Optional[str] = None) -> Optional[str]:
    """``translations`` (the sentences of one text) all in "vous" where one of them says it (or ``form``, that of
    the sentences before them, is "vous"), earlier ones too ("Merci pour ta lettre. Pouvez-vous…" → "votre
    lettre"); all in "tu" where the text is written as friends write (``FAMILIAR``); returns the form for the
    sentences after them."""
    after = form_after(translations, form)
    if after in ("vous", FAMILIAR):
        for t in translations:
            _towards(t, "tu" if after == FAMILIAR else "vous")
    return after


# -- one form inside one sentence ---------------------------------------------------------------------------------
# "Mettez votre sac ici et attends-moi.", "Quand tu rentres chez toi, envoyez-moi un message.": both forms in one
# sentence, which no French reader lets pass; the beam most often holds the same sentence in one form just behind.
_TU_HYPHEN = re.compile(r"\b(\w+)-(?:moi|le|la|les|lui|leur|nous|en|y)\b", re.IGNORECASE)     # "attends-moi"
# a verb opening a clause: "et ne bouge pas", "ne le touche pas", "puis lis le…", "Attrape une chaise…"; not a
# question's "Pourrais-je"
_CLAUSE_VERB = re.compile(r"(?:^|[,;:]\s*|\b(?:et|puis|ou|mais|alors)\s+)(?:(?P<ne>ne|n')\s*(?:(?:me|m'|te|t'|le|"
                          r"la|les|lui|leur|nous|vous|l'|y|en)\s*)?)?(?P<w>\w+)\b(?!-(?:je|il|elle|on|ils|elles|t)\b)",
                          re.IGNORECASE)
_NOT_VERB = set("les des ses mes tes ces une elle elles ils nous vous cette comme même tous toute toutes quelques "
                "plusieurs autres depuis puis dès près sans sous vers après très plus moins jamais alors ainsi aussi "
                "ensuite encore enfin juste chaque celle celles ceux ceci rien parmi entre contre outre lorsque "
                "puisque quoique jusque presque souvent parfois toujours notre votre leurs vos nos pas que qui quelle "
                "quelles quels madame mademoiselle monsieur mesdames messieurs importe puisse chacune aucune "
                "quatre douze treize quatorze quinze seize trente quarante cinquante soixante seule seul mauvaise "
                "heureuse bonne belle longue grande petite nouvelle vieille autre propre simple libre rapide facile "
                "difficile possible pauvre riche jeune vice mais donc car dans quelque certains certaines "
                "honorables".split())
# (titles, numbers, adjectives, conjunctions: "Madame la Présidente", "n'importe", "Seule l'Ontario…", "et mauvaise
# foi", "…, mais pourrais-je": the review found "mais" read as a verb)
_PRONOUN_PAIRS = {"tu": "vous", "te": "vous", "toi": "vous", "ton": "votre", "ta": "votre", "tes": "vos"}
_SURE_TU = {v for vs in _IRREGULAR.values() for v in vs} - {"es", "as", "va", "vas"}    # "fais", not "il va"


def _vous_word(word: str) -> bool:
    """Whether ``word`` is a verb in the "vous" form: "levez", "faites", "dites", not "Faisons", "chez"."""
    return bool(_VOUS_VERB.fullmatch(word)) or _plain(word) in _IRREGULAR


def _hyphen_tu(text: str) -> list:
    """The verbs in the "tu" form before a hyphenated pronoun: "attends-moi" (not "Allez-vous-en", "Allons-y")."""
    return [m for m in _TU_HYPHEN.finditer(text)
            if not (_vous_word(m.group(1)) or m.group(1).lower().endswith(("ons", "vous", "nous")))]


def _clause_tu(text: str, source: str = "") -> list:
    """(match, sure) for each word opening a clause that is, or may be, a verb in the "tu" form: sure "attends",
    "fais", "ne bouge pas" (not "et ne pas payer", "ne jamais revenir"); may be "et lave la vaisselle", "Attrape une
    chaise" ("Réponse à votre question" too)."""
    found = []
    for m in _CLAUSE_VERB.finditer(text):
        w = m.group("w")
        low = _plain(w)
        if _vous_word(w) or low.endswith("ons"):
            continue
        if low in _SURE_TU or low == "va" and m.start("w") == 0 or len(low) > 3 and low.endswith("ds") \
                or m.group("ne") and low[-1:] in ("e", "s", "x") and low not in _NOT_VERB:
            found.append((m, True))
        elif low[-1:] in ("e", "s", "x") and len(low) > 2 and low not in _NOT_VERB \
                and not re.search(rf"\b{re.escape(w)}\b", source):
            found.append((m, False))
    return found


def _tu_verbs(text: str, source: str = "") -> tuple[bool, bool]:
    """Whether ``text`` has a verb in the "tu" form that is sure ("attends-moi", "fais", "viens") and whether it has
    one that may be ("et lave la vaisselle", "Attrape une chaise": a word opening a clause, ending as "tu" verbs
    do, "Réponse à votre question" too)."""
    clause = _clause_tu(text, source)
    return bool(_hyphen_tu(text)) or any(sure for _, sure in clause), any(not sure for _, sure in clause)


# "Allez," as a spur ("Come on"), said to "tu" as well: "Allez, viens !" ("Come on, wake up." had turned from
# "Allez, réveille !" to "Allez, réveillez !")
_SPUR = re.compile(r"\ballez\s*,\s*", re.IGNORECASE)


_RENDEZ_VOUS = re.compile(r"\brendez-vous\b", re.IGNORECASE)         # a meeting: "ton rendez-vous" says "tu"


def forms_in(text: str, source: str = "") -> set:
    """The forms of address ``text`` uses: {"tu", "vous"} where it mixes them ("Écoutez-moi et fais ce que je
    dis."); a verb that only may be in the "tu" form counts as "tu" here ("…et signe au fond")."""
    found, text = set(), _SPUR.sub("", _RENDEZ_VOUS.sub("", text))
    if _VOUS.search(text) or _FORMAL.match(text) or any(
            not re.search(rf"\b{re.escape(w)}\b", source, re.IGNORECASE) for w in _VOUS_VERB.findall(text)) \
            or any(_plain(m.group(m.lastindex)) in ("faites", "dites", "soyez", "ayez", "sachez")
                   for m in (*_CLAUSE_VERB.finditer(text), *_TU_HYPHEN.finditer(text))):
        found.add("vous")
    sure, maybe = _tu_verbs(text, source)
    if _TU.search(text) or sure or maybe:
        found.add("tu")
    return found


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", re.sub(r"\bt['’]", "te ", _plain(text)))


def _pair(tu: str, vous: str) -> bool:
    """Whether ``tu`` and ``vous`` (plain words) are one word in the two forms: "ton"/"votre", "attends"/
    "attendez", "sois"/"soyez"."""
    if _PRONOUN_PAIRS.get(tu) == vous:
        return True
    regular = bool(_VOUS_VERB.fullmatch(vous)) and not _VOUS_VERB.fullmatch(tu)
    return (vous in _IRREGULAR or regular) and _one_verb(tu, vous)


def _in_other_form(best: str, other: str) -> bool:
    """Whether ``other`` is ``best`` with some words in the other form of address and no other change."""
    a, b = _tokens(best), _tokens(other)
    ops = [op for op in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes() if op[0] != "equal"]
    return bool(ops) and all(tag == "replace" and i2 - i1 == j2 - j1 and all(
        _pair(x, y) or _pair(y, x) for x, y in zip(a[i1:i2], b[j1:j2])) for tag, i1, i2, j1, j2 in ops)


MIXED_NOTE = "Addressed with «{}» all through (the model's first choice mixed «tu» and «vous» in this sentence)."


def unmix(translation, chat: bool = False) -> Optional[str]:
    """Put first the best hypothesis that is the best one in one form of address, where the best one mixes "tu"
    and "vous" and that one scores within ``MARGIN``: "Attendez ici et ne bouge pas." → "Attendez ici et ne
    bougez pas." "vous" first, outside chat (``chat``: "tu" first); "tu" only where the best one says "tu" for
    sure (a pronoun, "attends-moi", "fais"), not by a word that may be a noun ("Réponse à votre question."). Where
    no hypothesis will do, the best one's words of the other form are turned where each is sure (``_by_words``:
    "Écrivez votre nom et signe au fond." → "…signez au fond."). Returns the form taken, or None."""
    hyps, source = translation.hypotheses, getattr(translation, "source", "")
    if not hyps or forms_in(hyps[0].text, source) != {"tu", "vous"}:
        return None
    best = hyps[0].text
    sure_tu = bool(_TU.search(best)) or _tu_verbs(best, source)[0]
    for target in (("tu", "vous") if chat else ("vous", "tu")):
        if target == "tu" and not (sure_tu or chat):
            continue
        k = next((i for i, h in enumerate(hyps[1:], 1) if hyps[0].score - h.score <= MARGIN
                  and forms_in(h.text, source) == {target} and _in_other_form(best, h.text)), None)
        if k is not None:
            _put_first(translation, k, MIXED_NOTE.format(target))
            return target
    pronoun = bool(_TU.search(best))         # "tu" by words only after a "tu" pronoun: "Tout-le-Monde" is no verb
    return _by_words(translation, [t for t in (("tu", "vous") if chat else ("vous", "tu")) if t == "vous" or pronoun])


# -- one form inside one sentence, word by word -------------------------------------------------------------------
# Where no hypothesis is the sentence in one form ("Écrivez votre nom et signe au fond.": the beam's other ones
# change more than the form, or say "tu" behind a word that may be a noun), the words of the other form are turned
# themselves, only where every one of them is a word whose other form is sure: pronouns and possessives (ton, ta,
# tes, te, t', toi), and verbs whose "vous" form a rule or the table below gives ("signe" → "signez", "lis" →
# "lisez", "tu rentres" → "vous rentrez"). Anything else (an unknown "-is" verb, "répète"/"lève" outside the table,
# "votre" towards "tu": ton or ta?) leaves the sentence as the model wrote it.
_TU_TO_VOUS = {
    "fais": "faites", "dis": "dites", "sois": "soyez", "aie": "ayez", "va": "allez", "vas": "allez", "as": "avez",
    "es": "êtes", "viens": "venez", "tiens": "tenez", "reviens": "revenez", "deviens": "devenez",
    "souviens": "souvenez", "prends": "prenez", "apprends": "apprenez", "comprends": "comprenez",
    "reprends": "reprenez", "sache": "sachez", "sais": "savez", "bois": "buvez", "mets": "mettez",
    "remets": "remettez", "promets": "promettez", "permets": "permettez", "lis": "lisez", "écris": "écrivez",
    "peux": "pouvez", "veux": "voulez", "veuille": "veuillez", "dois": "devez", "vois": "voyez", "crois": "croyez",
    "assieds": "asseyez", "sors": "sortez", "pars": "partez", "dors": "dormez", "cours": "courez",
    "suis": "suivez", "finis": "finissez", "choisis": "choisissez", "remplis": "remplissez", "mens": "mentez",
    "réfléchis": "réfléchissez", "conduis": "conduisez", "nourris": "nourrissez", "sers": "servez",
    "connais": "connaissez", "étais": "étiez", "avais": "aviez",
    # "-e" verbs whose stem changes ("lève" / "levez", "répète" / "répétez"): only those listed
    "lève": "levez", "enlève": "enlevez", "soulève": "soulevez", "relève": "relevez", "achète": "achetez",
    "amène": "amenez", "emmène": "emmenez", "ramène": "ramenez", "promène": "promenez", "mène": "menez",
    "pèse": "pesez", "appelle": "appelez", "rappelle": "rappelez", "jette": "jetez", "répète": "répétez",
    "préfère": "préférez", "complète": "complétez", "sèche": "séchez", "protège": "protégez", "espère": "espérez",
    "considère": "considérez", "règle": "réglez", "libère": "libérez", "gère": "gérez"}
_VOUS_TO_TU = {"faites": "fais", "dites": "dis", "soyez": "sois", "ayez": "aie", "allez": "va", "venez": "viens",
               "tenez": "tiens", "revenez": "reviens", "prenez": "prends", "mettez": "mets", "remettez": "remets",
               "lisez": "lis", "écrivez": "écris", "buvez": "bois", "sachez": "sache", "veuillez": "veuille"}


def _vous_verb(tu: str, present: bool = False) -> Optional[str]:
    """The "vous" form of the verb ``tu`` (lower case) in the "tu" form (imperative; ``present``: after "tu"), or
    None where it is not sure: "signe" → "signez", "attends" → "attendez", "éteins" → "éteignez", "essaie" →
    "essayez"; "tu seras" → "serez", "tu pourrais" → "pourriez"; not "flèche" ("è": "lève" / "répète") nor
    "finis" outside the table."""
    if tu in _TU_TO_VOUS:
        return _TU_TO_VOUS[tu]
    if present and len(tu) > 3 and tu.endswith("rais"):
        return tu[:-3] + "iez"                                     # "pourrais" → "pourriez"
    if present and len(tu) > 4 and tu.endswith("ras"):
        return tu[:-2] + "ez"                                      # "seras" → "serez"
    if present and not tu.endswith(("s", "x")):
        return None                                                # "tu rendre": no verb after "tu"
    if present and tu.endswith("es"):
        tu = tu[:-1]                                               # "rentres" → "rentre"
    for end, vous in (("eins", "eignez"), ("ains", "aignez"), ("oins", "oignez")):
        if tu.endswith(end) and len(tu) > len(end) + 1:
            return tu[:-len(end)] + vous                           # "éteins", "rejoins"
    if len(tu) > 3 and tu.endswith("ds"):
        return tu[:-1] + "ez"                                      # "attends", "réponds"
    if tu in _TU_TO_VOUS:
        return _TU_TO_VOUS[tu]
    if not tu.endswith("e") or len(tu) < 3 or re.search(     # "lève"/"répète", "appelle"/"regrette", "Faire l'…"
            r"è\w*e$|(?:ell|ett)e$|(?:aire|oire|uire|[dl]ire|crire|rire|dre|ttre|[aoî]tre)$", tu):
        return None
    if re.search(r"[aou]ie$", tu):
        return tu[:-2] + "yez"                                     # "essaie", "envoie", "appuie"
    return tu + "z"                                                # "signe", "lave", "crée"


def _cased(model: str, word: str) -> str:
    """``word`` written in the case of ``model``: "Prends" → "Prenez", "TON" → "VOTRE"."""
    if model.isupper() and len(re.sub(r"\W", "", model)) > 1:
        return word.upper()
    return word[0].upper() + word[1:] if model[:1].isupper() else word


_DETERMINER = re.compile(r"\s*(?:(?:le|la|les|un|une|des|du|ton|ta|tes|mon|ma|mes|son|sa|ses|ce|cet|cette|ces|notre|"
                         r"nos|votre|vos|leur|leurs)\b|l['’])", re.IGNORECASE)
_TU_SUBJECT = re.compile(r"(?<!-)\b(tu)\s+((?:ne\s+|n['’]\s*)?)"
                         r"((?:(?:me|te|le|la|les|lui|leur|nous|y|en)\s+|[mtl]['’]\s*)*)(\w+)", re.IGNORECASE)
_INVERTED = re.compile(r"\b(\w+)-(?:t-)?(tu)\b", re.IGNORECASE)                   # "as-tu", "aimes-tu"
_TOI = re.compile(r"\b(\w+)-(toi)\b", re.IGNORECASE)                                # "assieds-toi"
_PRONOUN = re.compile(r"\b(?:ta|tes|te|toi)\b|(?<!\ble )(?<!\bce )(?<!\bun )(?<!\bdu )(?<!\bde )\bton\b|\bt['’]",
                      re.IGNORECASE)                                                     # "le ton": a tone
_TO_VOUS = {"ton": "votre", "ta": "votre", "tes": "vos", "te": "vous", "toi": "vous", "t'": "vous ", "t’": "vous "}


_OPENING = re.compile(r"[\W\d_]*(?:(?:ne|n['’])\s*(?:(?:me|m'|te|t'|le|la|les|lui|leur|nous|vous|l'|y|en)\s*)?)?(\w+)",
                      re.IGNORECASE)
_ASKS = {"pouvez", "voulez", "devez", "savez", "avez", "etes", "puissiez"}      # "Pouvez-vous…?": a question


def _commands(text: str, source: str) -> bool:
    """Whether ``text`` opens with an imperative ("Écrivez votre nom…", "Ne perdez pas…", "Amène ton livre…"), so
    that a word ending as a "tu" verb after its "et" is one ("…et signe au fond"), not a verb with a subject before
    it ("qui embauche ou congédie", "que votre mari signe et offre") nor an adjective ("horreur et profonde")."""
    m = _OPENING.match(text)
    if not m:
        return False
    w, low = m.group(1), _plain(m.group(1))
    if _vous_word(w):
        return low not in _ASKS and not re.search(rf"\b{re.escape(w)}\b", source, re.IGNORECASE)
    return any(h.start(1) == m.start(1) for h in _hyphen_tu(text)) or any(
        c.start("w") == m.start(1) and (sure or _DETERMINER.match(text, c.end("w")))
        for c, sure in _clause_tu(text, source))


# a subject or a clause of its own before a word: "qui pose… et effectue", "je peux ou ne peux", "que le gouvernement
# perde ce vote et décide": a verb with a subject, not an imperative
_SUBORDINATE = re.compile(r"\b(?:que|qu['’]|qui|où|dont|quand|lorsque|lorsqu['’]|parce|puisque|si|s['’]il|comme|"
                          r"je|j['’]|il|elle|on|ils|elles)(?!\w)", re.IGNORECASE)


def _adjective(text: str, m) -> bool:
    """Whether the word in ``m`` (after "et", "ou") reads as an adjective or a participle: "une mesure malavisée et
    provocante", "tordue et rendue impossible"."""
    w = _plain(m.group("w"))
    before = re.search(r"(\w+)\W*\w*\s*$", text[:m.start("w")])
    return bool(re.search(r"(?:ante|ente|ive|euse|ique|able|ible|ue)$", w)) or bool(
        re.search(r"(?:ee|ie)$", w) and before and re.search(r"(?:é|ée|és|ées|ue|ie|i|u)$", before.group(1).lower()))


def _verb_edit(edits: dict, m, group, present: bool = False) -> bool:
    """Add the edit of the verb in ``m``'s ``group`` to its "vous" form; whether it was sure."""
    word = m.group(group)
    vous = _vous_verb(word.lower(), present)
    if vous is None:
        return False
    edits[m.start(group)] = (m.end(group), _cased(word, vous))
    return True


def _to_vous(text: str, source: str) -> Optional[dict]:
    """The edits {start: (end, new)} that turn every "tu" word of ``text`` to "vous", or None where one is not
    sure (an unknown verb; "et te lave": a pronoun before a verb not read as one)."""
    edits: dict = {}
    for m in _TU_SUBJECT.finditer(text):                 # "Quand tu rentres" → "Quand vous rentrez"
        edits[m.start(1)] = (m.end(1), _cased(m.group(1), "vous"))
        if not _verb_edit(edits, m, 4, present=True):
            return None
    for m in _INVERTED.finditer(text):                   # "as-tu" → "avez-vous"
        edits[m.start(2)] = (m.end(2), _cased(m.group(2), "vous"))
        if not _verb_edit(edits, m, 1, present=True):
            return None
    for m in (*_TOI.finditer(text), *_hyphen_tu(text)):  # "assieds-toi", "envoie-moi"
        if text[m.end():m.end() + 1] == "-" and not re.match(r"-(?:moi|toi|le|la|les|lui|nous)\b", text[m.end():]) \
                or not (_vous_word(m.group(1)) or _verb_edit(edits, m, 1)):
            return None                                  # "tête-en-l'air", "Tout-le-Monde": not a verb
    for m, sure in _clause_tu(text, source):             # "et signe au fond", "Prends un crayon", "ne bouge pas"
        opener = m.group(0)[:m.start("w") - m.start()].strip().lower()
        if not _commands(text, source) or _SUBORDINATE.search(text, 0, m.start("w")) or not sure and (
                not (opener in ("et", "puis", "ou", "mais") or _DETERMINER.match(text, m.end("w")))
                or re.match(r"\s*(?:[,;.!?…]|(?:et|ou)\b|$)", text[m.end("w"):]) or _adjective(text, m)):
            return None       # "Réponse à votre question.", "nom et adresse et", "poli mais ferme.": nouns, adjectives
        if m.start("w") not in edits and not _verb_edit(edits, m, "w"):
            return None
    for m in _PRONOUN.finditer(text):
        if re.search(r"\b(?:votre|notre|leur|mon|son|au|ton)\s+$", text[:m.start()], re.IGNORECASE):
            continue                                     # "votre ton": a tone
        if m.group(0)[0] == "T" and text[:m.start()].strip():
            return None                                  # "Tsuu T'ina": a name
        if m.start() in edits or re.search(r"(?:^|[,;:]|\b(?:et|puis|ou|mais))\s*$", text[:m.start()]) \
                and m.group(0).lower() in ("te", "t'", "t’"):
            if m.start() not in edits:
                return None                              # "et te lave": "te" before an imperative not read as one
            continue
        new = "vous-" if text[m.start() - 1:m.start()] == "-" and m.group(0) != "toi" else _TO_VOUS[m.group(0).lower()]
        edits[m.start()] = (m.end(), _cased(m.group(0), new))           # "Va-t'en" → "Allez-vous-en"
    return edits


def _to_tu(text: str, source: str) -> Optional[dict]:
    """The edits that turn every "vous" word of ``text`` to "tu": only "vos" and the imperatives of the table
    ("prenez" → "prends"); None where the text has "vous" or "votre" (te, toi or tu? ton or ta?) or another
    verb ("attendez": "attends" or "attende"?)."""
    if re.search(r"\b(?:vous|votre)\b", text, re.IGNORECASE):
        return None
    edits: dict = {}
    for m in re.finditer(r"\b(vos)\b|\b(\w+)\b", text, re.IGNORECASE):
        if m.group(1):
            edits[m.start()] = (m.end(), _cased(m.group(1), "tes"))
        elif _vous_word(m.group(2)) and not re.search(rf"\b{re.escape(m.group(2))}\b", source, re.IGNORECASE):
            tu = _VOUS_TO_TU.get(m.group(2).lower())
            if tu is None:
                return None
            edits[m.start()] = (m.end(), _cased(m.group(2), tu))
    return edits


WORDS_NOTE = ("Addressed with «{}» all through: {} (the model's first choice mixed «tu» and «vous» in this sentence, "
              "and none of its alternatives was that sentence in one form).")


def _by_words(translation, order: Sequence[str]) -> Optional[str]:
    """Turn the best hypothesis's words of the other form, towards the first form in ``order`` where every one of
    them is sure and the result says that form only; a note names the words. Returns the form, or None."""
    best, source = translation.hypotheses[0], getattr(translation, "source", "")
    for target in order:
        edits = (_to_vous if target == "vous" else _to_tu)(best.text, source)
        if not edits:
            continue
        text, changes, end = "", [], 0
        for start in sorted(edits):
            if start < end:
                break                                    # two edits overlap: not sure
            stop, new = edits[start]
            text += best.text[end:start] + new
            changes.append(f"«{best.text[start:stop].strip()}» → «{new.strip()}»")
            end = stop
        else:
            text += best.text[end:]
            if forms_in(text, source) == {target} and not re.search(r"\bvous\s+\w+-vous\b", text, re.IGNORECASE):
                best.text = text
                translation.notes.append(WORDS_NOTE.format(target, ", ".join(dict.fromkeys(changes))))
                return target
    return None


# -- a polite request ---------------------------------------------------------------------------------------------
# "Please mute your microphone." came out "Éteins ton microphone, s'il te plaît.", "Éteignez votre microphone, s'il
# vous plaît." 0.039 lower: of 102 requests with "please", 22 said "tu", each with "vous" at most 0.116 lower.
PLEASE_MARGIN = 0.15
_PLEASE = re.compile(r"(?:^|[,.;:!?(]\s*|\b(?:and|so|but|now)\s+)please\b|,\s*please\s*[.!?]*\s*$|"
                     r"\b(?:could|can|would|will)\s+you\s+please\b", re.IGNORECASE | re.MULTILINE)
# someone "tu" may well be said to, chat spelling aside: "Hi Tom, please…", "please, mate", "Mum, please…"
# Only someone called, not a mention: "Please tell your dad I called." is said to the listener, not to "dad", and
# "Please pass the honey." to no one "honey" (both had stayed «tu»); the word counts at a line's start or after a
# comma, before a comma or the sentence's end ("Mum, please…", "Please, darling, come home.", "…, mate.").
_CALLED = (r"(?:darling|honey|sweetie|sweetheart|babe|baby|mate|buddy|dude|bro|sis|love|mum|mom|mummy|mommy|dad|"
           r"daddy|grandma|grandpa|granny|nana)")
_CASUAL = re.compile(rf"\b(?:hey|hiya|yo)\b|^\s*hi\s+(?-i:[A-Z])|(?:^|[,;:!?.]|\bplease)[^\S\n]*(?:my\s+)?"
                     rf"{_CALLED}\b(?=[^\S\n]*(?:[,;:!?.]|$))|^[^\S\n]*{_CALLED}[^\S\n]*[,!]",
                     re.IGNORECASE | re.MULTILINE)
# the request's own words, kept: "S'il te plaît, dis à ta mère…" is not "Dites à votre mère…" without them
_ASKED = re.compile(r"\bplait\b|\bprie\b|\bveuillez\b")                       # on _plain text
# (it had read "…, as a polite request («please») is (…)": a sentence that seemed to stop short)
_PLEASE_NOTE = "Addressed with «vous», as suits a request with «please» (the model's first choice used «tu»)."


def polite(translation, text: str = "") -> bool:
    """Put first the best hypothesis that says "vous", in "vous" only, where the best one says "tu" and the source
    asks with "please" ("Please mute your microphone." → "Éteignez votre microphone, s'il vous plaît."), if it scores
    within ``PLEASE_MARGIN``; not in a text (``text``, the source's whole text) written as friends write or that
    calls someone "tu" may be said to ("Hi Tom, please call me."). Whether it did."""
    hyps, source = translation.hypotheses, getattr(translation, "source", "")
    text = text or source
    if not hyps or not _PLEASE.search(source) or familiar(text) or _CASUAL.search(text) \
            or form_of(hyps[0].text, source) != "tu":
        return False
    k = next((i for i, h in enumerate(hyps[1:], 1) if hyps[0].score - h.score <= PLEASE_MARGIN
              and _says(hyps[0].text, h.text, "vous", source) and forms_in(h.text, source) == {"vous"}
              and (_ASKED.search(_plain(h.text)) or not _ASKED.search(_plain(hyps[0].text)))), None)
    if k is None:
        return False
    _put_first(translation, k, _PLEASE_NOTE)
    return True
