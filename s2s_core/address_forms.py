"""Which form of address a French text uses, "tu" or "vous", read from its words.

The French vocabulary of the two forms: the pronouns and possessives ("tu", "te", "ton"… / "vous", "votre", "vos"),
the verbs ("attends" / "attendez", "fais" / "faites", the irregular ones in ``_IRREGULAR``), and the words that only
look like them ("chez", "Madame", "mais", "rendez-vous"). ``form_of`` says the one form a sentence uses (or None),
``forms_in`` every form it uses ("Attendez ici et ne bouge pas." mixes them), and ``in_other_form`` whether two
sentences differ only by the form. register.py chooses among the model's hypotheses with them; address_rewrite.py
turns words from one form to the other.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from typing import Optional

_VOUS = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)
TU = re.compile(r"\b(?:tu|toi|ta|tes|te)\b|(?<!\ble )(?<!\bce )(?<!\bun )(?<!\bdu )(?<!\bde )\bton\b|\bt'",
                re.IGNORECASE)                                       # "le ton": a tone, no "tu"
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
# the same lines shouted ("BONJOUR MME BROWN, MERCI POUR TA LETTRE." had kept «TA», its twin «votre lettre»)
_FORMAL_ANY_CASE = re.compile(_FORMAL.pattern, re.IGNORECASE)


def _formal(text: str) -> bool:
    """Whether ``text`` opens with a letter's formal line, in sentence case or all in capitals ("BONJOUR MME …")."""
    return bool(_FORMAL.match(text) or text.isupper() and _FORMAL_ANY_CASE.match(text))


# "de ton" + a noun where the source says "your" and no "tone": a possessive ("la machine achetée de ton magasin",
# "your shop"), not a tone ("changer de ton"), which ``TU`` leaves out; it had kept a customer's letter in «tu»
_DE_TON = re.compile(r"\bde\s+(ton)\s+(?=\w)", re.IGNORECASE)
_YOUR = re.compile(r"\byour\b", re.IGNORECASE)
_TONE = re.compile(r"\btones?\b", re.IGNORECASE)


def de_ton(text: str, source: str = "") -> list:
    """The "ton" of "de ton <noun>" that say "your": "achetée de ton magasin" ("…from your shop"); none where the
    source says no "your", or says "tone" ("Change your tone." → "Change de ton.")."""
    if not _YOUR.search(source) or _TONE.search(source):
        return []
    return list(_DE_TON.finditer(text))


# a clause that sets the time or the condition before the main one ("Avant de commencer, …", "Si vous avez besoin de
# quoi que ce soit pendant que je suis parti, …"): steps.py skips it before a list of steps, address_rewrite.py reads
# the word after it as the main clause's imperative
SETTING_WORDS = (r"(?:(?:avant\s+(?:de|que)|après|lorsque|quand|si|une\s+fois\s+que|dès\s+que|pendant\s+que)\s+|"
                 r"(?:avant\s+(?:d|qu)|lorsqu)['’])")
SETTING = rf"(?:{SETTING_WORDS}[^,;.!?()]{{1,60}},\s*)?"


def _vous_imperative(text: str, source: str = "") -> bool:
    """Whether ``text`` opens with a verb in the "vous" form: an instruction ("Ajoutez les œufs."); not a name the
    source holds ("Sanchez est en retard.") nor the interjection "Allez, …"."""
    m = _FIRST_WORD.match(text)
    word = m.group(1) if m else ""
    if not (_VOUS_VERB.fullmatch(word) or plain(word) in ("faites", "dites")):        # no "-ez"
        return False
    if re.search(rf"\b{re.escape(word)}\b", source, re.IGNORECASE):
        return False
    return not (word.lower() == "allez" and re.match(r"\s*[,!]", text[m.end():]))


def plain(word: str) -> str:
    """``word`` in lower case without accents: "achète" and "Achetez" share the stem "achet"."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def same_verb_as_vous(text: str, other: str) -> bool:
    """Whether ``other`` is ``text`` with its opening verb in the "vous" form, not the "tu" form ("Prends 30
    minutes." / "Prenez 30 minutes.": a recipe's steps had come out in both; "achète du lait" / "Achetez du lait"):
    the same stem, the rest alike ("Retourne le formulaire." is not "Retirez le formulaire.")."""
    a, b = _FIRST_WORD.match(text), _FIRST_WORD.match(other)
    if not (a and b and _vous_imperative(other) and not _vous_imperative(text)) or text[a.end():] != other[b.end():]:
        return False
    return _one_verb(plain(a.group(1)), plain(b.group(1)))


def _one_verb(tu: str, vous: str) -> bool:
    """Whether ``tu`` and ``vous`` (plain words; ``vous`` in the "vous" form) are one verb in the two forms:
    "prends"/"prenez", "achete"/"achetez"."""
    if vous in _IRREGULAR:
        return tu in _IRREGULAR[vous]
    stem = vous[:-2]
    return tu.startswith(stem[:max(3, len(stem) - 1)])


# nouns that hold a word of one form and say none: "ton rendez-vous" (a meeting; said to «tu», though "vous" and the
# "-ez" of "rendez" read as «vous»), "au garde-à-vous", "un m'as-tu-vu". Not the verb: "Rendez-vous compte" (se rendre
# compte), "Rendez-vous à l'évidence", "Rendez-vous !" open their clause (``opens``) and say «vous»; nor "vous-même",
# which is «vous» itself.
_NOUNS = re.compile(r"\b(?:garde-à-vous|m['’]as-tu-vus?)\b|"
                    r"(?P<opens>^\W*|[.!?;:]\s*)?\brendez-vous\b(?!\s+compte\b)", re.IGNORECASE)


def _without_nouns(text: str) -> str:
    """``text`` without the nouns that say no form of address ("ton rendez-vous ?" → "ton  ?"); verbs kept."""
    return _NOUNS.sub(lambda m: m.group(0) if m.group("opens") is not None else "", text)


_OPENS = re.compile(r"(?:^|[.!?…:;«\"“—–\n-])\s*$")     # where a verb may take a capital: a sentence's start,
# a line's ("Bonjour,\nVenez dîner…")


def _vous_verbs(text: str, source: str = "") -> list[str]:
    """The words of ``text`` in "-ez" that are verbs in the "vous" form ("levez"), not names: one the source has
    ("Tell Sanchez…", "the Suez canal"), or one with a capital inside a sentence ("Dis à Sanchez que tu arrives.",
    "Tu connais Chavez ?" had said no form, their "-ez" read as «vous»); one in capitals is a verb shouted ("NE
    TOUCHEZ PAS")."""
    return [m.group() for m in _VOUS_VERB.finditer(text)
            if not re.search(rf"\b{re.escape(m.group())}\b", source, re.IGNORECASE)
            and not (m.group()[0].isupper() and not m.group().isupper() and not _OPENS.search(text[:m.start()]))]


def form_of(text: str, source: str = "") -> Optional[str]:
    """"vous" or "tu" where ``text`` (a translation of ``source``) uses one form of address and not the other, else
    None (a "tu" pronoun with a verb in the "vous" form, "Ne te levez pas", is neither; an instruction in the "vous"
    form is "vous", and so is a letter's formal line, "Madame, Monsieur,"; a noun such as "ton rendez-vous" says
    none)."""
    text = _without_nouns(text)
    vous = bool(_VOUS.search(text) or _formal(text)) or _vous_imperative(text, source)
    tu = bool(TU.search(text) or de_ton(text, source)) and not _vous_verbs(text, source)
    return "vous" if vous and not tu else "tu" if tu and not vous else None


# -- the "tu" verbs, which have no pronoun of their own: "attends-moi", "et ne bouge pas" -----------------------
_TU_HYPHEN = re.compile(r"\b(\w+)-(?:moi|le|la|les|lui|leur|nous|en|y)\b", re.IGNORECASE)     # "attends-moi"
# a verb opening a clause: "et ne bouge pas", "ne le touche pas", "puis lis le…", "Attrape une chaise…"; not a
# question's "Pourrais-je"
_CLAUSE_VERB = re.compile(r"(?:\b(?:et|puis|ou|mais|alors)\s+|^|[,;:]\s*)(?:(?P<ne>ne|n')\s*(?:(?:me|m'|te|t'|le|"
                          r"la|les|lui|leur|nous|vous|l'|y|en)\s*)?|(?P<el>[lm]['’]))?"      # "…, l'admets"
                          r"(?P<w>\w+)\b(?!-(?:je|il|elle|on|ils|elles|t)\b)", re.IGNORECASE)
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


def vous_word(word: str) -> bool:
    """Whether ``word`` is a verb in the "vous" form: "levez", "faites", "dites", not "Faisons", "chez"."""
    return bool(_VOUS_VERB.fullmatch(word)) or plain(word) in _IRREGULAR


def hyphen_tu(text: str) -> list:
    """The verbs in the "tu" form before a hyphenated pronoun: "attends-moi" (not "Allez-vous-en", "Allons-y")."""
    return [m for m in _TU_HYPHEN.finditer(text)
            if not (vous_word(m.group(1)) or m.group(1).lower().endswith(("ons", "vous", "nous")))]


# "je l'admets": "admets" said by "je" (a word, not the start of "jeudi", "jeune", "jeter")
_FIRST_PERSON = re.compile(r"\b(?:je\b|j['’])", re.IGNORECASE)


def _elided_tu(word: str) -> bool:
    """Whether ``word``, after an elided pronoun that opens a clause ("…, l'admets", "m'attends"), is a verb in the
    "tu" form: a sure one ("fais", "prends"), or one ending as only verbs do after "l'" ("-ds", "-ts", "-es": not
    a noun, "l'école", "l'avis", "l'accès"; nor a name, "l'Ardennes")."""
    low = plain(word)
    if word[:1].isupper():             # a name: "…, l'Ardennes", "l'Andes" (a verb there is in lower case)
        return False
    return low in _SURE_TU or len(low) > 3 and (low.endswith(("ds", "ts")) or low.endswith("es")
                                                 and not word.lower().endswith("ès"))


# directions that go on after a turn: "Turn left at the bakery and go straight…" had «Tournez… et va droit…»
# (measure39, s36); "va" in a clause is sure there, as opening a line ("Elle mange et va dormir" is not)
_GO_ON = re.compile(r"\band\s+(?:then\s+)?go\s+straight\b", re.IGNORECASE)


def clause_tu(text: str, source: str = "") -> list:
    """(match, sure) for each word opening a clause that is, or may be, a verb in the "tu" form: sure "attends",
    "fais", "ne bouge pas" (not "et ne pas payer", "ne jamais revenir"); may be "et lave la vaisselle", "Attrape une
    chaise" ("Réponse à votre question" too)."""
    found = []
    for m in _CLAUSE_VERB.finditer(text):
        w = m.group("w")
        low = plain(w)
        if vous_word(w) or low.endswith("ons"):
            continue
        if m.group("el"):          # "…, l'admets"; not "…, l'école", "je le sais et l'admets", "M'aimes-tu ?"
            if _elided_tu(w) and text[m.end("w"):m.end("w") + 1] != "-" \
                    and not _FIRST_PERSON.search(re.split(r"[.!?]", text[:m.start()])[-1]):
                found.append((m, True))
            continue
        if low in _SURE_TU or low == "va" and (m.start("w") == 0 or _GO_ON.search(source)) \
                or len(low) > 3 and low.endswith("ds") \
                or m.group("ne") and low[-1:] in ("e", "s", "x") and low not in _NOT_VERB:
            found.append((m, True))
        elif low[-1:] in ("e", "s", "x") and len(low) > 2 and low not in _NOT_VERB \
                and not re.search(rf"\b{re.escape(w)}\b", source):
            found.append((m, False))
    return found


def tu_verbs(text: str, source: str = "") -> tuple[bool, bool]:
    """Whether ``text`` has a verb in the "tu" form that is sure ("attends-moi", "fais", "viens") and whether it has
    one that may be ("et lave la vaisselle", "Attrape une chaise": a word opening a clause, ending as "tu" verbs
    do, "Réponse à votre question" too)."""
    clause = clause_tu(text, source)
    return bool(hyphen_tu(text)) or any(sure for _, sure in clause), any(not sure for _, sure in clause)


# "Allez," as a spur ("Come on"), said to "tu" as well: "Allez, viens !" ("Come on, wake up." had turned from
# "Allez, réveille !" to "Allez, réveillez !")
_SPUR = re.compile(r"\ballez\s*,\s*", re.IGNORECASE)


def forms_in(text: str, source: str = "") -> set:
    """The forms of address ``text`` uses: {"tu", "vous"} where it mixes them ("Écoutez-moi et fais ce que je
    dis."); a verb that only may be in the "tu" form counts as "tu" here ("…et signe au fond")."""
    found, text = set(), _SPUR.sub("", _without_nouns(text))
    if _VOUS.search(text) or _formal(text) or _vous_verbs(text, source) \
            or any(plain(m.group(m.lastindex)) in ("faites", "dites", "soyez", "ayez", "sachez")
                   for m in (*_CLAUSE_VERB.finditer(text), *_TU_HYPHEN.finditer(text))):
        found.add("vous")
    sure, maybe = tu_verbs(text, source)
    if TU.search(text) or de_ton(text, source) or sure or maybe:
        found.add("tu")
    return found


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", re.sub(r"\bt['’]", "te ", plain(text)))


def _pair(tu: str, vous: str) -> bool:
    """Whether ``tu`` and ``vous`` (plain words) are one word in the two forms: "ton"/"votre", "attends"/
    "attendez", "sois"/"soyez"."""
    if _PRONOUN_PAIRS.get(tu) == vous:
        return True
    regular = bool(_VOUS_VERB.fullmatch(vous)) and not _VOUS_VERB.fullmatch(tu)
    return (vous in _IRREGULAR or regular) and _one_verb(tu, vous)


def in_other_form(best: str, other: str) -> bool:
    """Whether ``other`` is ``best`` with some words in the other form of address and no other change."""
    a, b = _tokens(best), _tokens(other)
    ops = [op for op in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes() if op[0] != "equal"]
    return bool(ops) and all(tag == "replace" and i2 - i1 == j2 - j1 and all(
        _pair(x, y) or _pair(y, x) for x, y in zip(a[i1:i2], b[j1:j2])) for tag, i1, i2, j1, j2 in ops)

