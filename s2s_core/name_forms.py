"""How a translation writes a person's name it was given: "je m'appelle Sarah", and with its capital.

"Hello, my name is Sarah." came out "Salut, mon nom est Sarah." (and "Hi, my name is Thomas." "Salut, mon nom est
Thomas."), where "My name is Sarah." comes out "Je m'appelle Sarah.": French says its own name with "s'appeler", so
"mon nom est" before the name the source gave is written "je m'appelle" ("Son nom est Sophie" stays: "il" or
"elle" would need the person's sex). The model also writes some first names it copies in lower case ("My wife
Sophie works in a bank." "Ma femme sophie travaille…"): a listed first name of the source goes back with its
capital, unless the lower-case word is French of its own ("claire", "pierre", "jean", "romain").

The model often writes a woman named after a word for a relation in the masculine ("My neighbour Claire is nice."
came out "Mon voisin Claire est sympa.", "My friend Sophie…" "Mon ami Sophie…", "My cousin Sarah is tall." "Mon
cousin Sarah est grand.", "Julia is my best friend." "Julia est mon meilleur ami."): before or after a woman's first
name of ``opening_names.WOMEN`` the relation goes in the feminine ("Ma voisine Claire", "Mon amie Sophie";
"collègue", "partenaire", "manager" take "ma"; "Mon professeur Claire" → "Ma professeure Claire", "mon chef"
→ "ma cheffe": ``opening_names.FEMININE_ROLES``), and so do a few adjectives and participles after "Claire
est" ("grande", "fatiguée"), plural ones after women alone ("Anna et Emma sont mes meilleures amies") and the
pronoun of an inverted question ("Jane a-t-il vu Mary ?" → "Jane a-t-elle vu Mary ?"). None of the 1,600,610
references of the training corpus changes under ``feminine`` or ``masculine`` (measured again with "professeure",
"cheffe", "gérante", ``masculine`` and the shouted form in: 21,278 of them name a listed person; ``mend`` changes one,
"Mon nom est Richard" → "Je m'appelle Richard"). A relation the model wrote in the feminine before a man's name
goes in the masculine ("Demandez à votre patronne Thomas." → "…votre patron Thomas."), a text in capitals is mended
too ("MON VOISIN CLAIRE" → "MA VOISINE CLAIRE").
"""
from __future__ import annotations

import re

from .casing import shouted
from .french_words import known
from .opening_names import FEMININE_ROLES, MEN, WOMEN

_MY_NAME = re.compile(r"\b(?i:my name(?:\s+is|['’]s))\s+(?P<name>[A-ZÀ-Ý][\w'’-]*)")
_MON_NOM_EST = re.compile(r"\b([Mm])on nom est (?=[A-ZÀ-Ý])")
# first names that are French words too, in lower case: "une voix claire", "une pierre", "un jean", "clément"
_FRENCH_WORDS = frozenset("claire pierre jean romain clément olivier max marie louis martin hugo simon félix "
                          "felix léa lea ana ali mina mei jun wei hana".split())
_NAMES = frozenset(n for n in WOMEN | MEN if n.lower() not in _FRENCH_WORDS)
_NAMED = WOMEN | MEN | {"Mary", "Marie"}


def mend(text: str, source: str) -> str:
    """``text`` (a translation of ``source``) saying a name the source gives with "je m'appelle", the source's
    first names with their capital, and women named in the feminine (``feminine``)."""
    if _MY_NAME.search(source):
        text = _MON_NOM_EST.sub(lambda m: ("Je" if m.group(1) == "M" else "je") + " m'appelle ", text)
    for name in set(re.findall(r"\b[A-ZÀ-Ý][a-zà-ÿ]+\b", source)) & _NAMES:
        if not re.search(rf"\b{name}\b", text):
            text = re.sub(rf"(?<![\w'’-]){name.lower()}(?![\w-])", name, text)
    text = elided(thanked(doctor_kept(misspelt(text, source), source), source), source)
    return _shouted_feminine(text) if shouted(text) else feminine(text)


# left55 (s41): a name the model copied with a letter lost: "…, said Reyes." came out «…, dit Ryes.» (newstest2013, a
# basketball player's name; "It was a long game, said Reyes." the same), the name broken into pieces the model
# glued back one short. A capitalised word of the source (5 letters or more, not opening it) that the French lacks,
# where the French has a capitalised word that is not in the source, not French, and is the name less one letter:
# the name as the source writes it
_CAPITALISED = re.compile(r"(?<=[\w,;:'’\"”)]\s)[A-ZÀ-Ý][a-zà-ÿ]{4,}\b")


def misspelt(text: str, source: str) -> str:
    """«…, dit Ryes.» → «…, dit Reyes.» for "…, said Reyes."."""
    for name in set(_CAPITALISED.findall(source)):
        if re.search(rf"\b{name}\b", text):
            continue
        for word in set(re.findall(r"\b[A-ZÀ-Ý][a-zà-ÿ]{3,}\b", text)):
            if (len(word) == len(name) - 1 and word not in source and word.lower() not in known()
                    and any(name[:i] + name[i + 1:] == word for i in range(1, len(name)))):
                text = re.sub(rf"\b{word}\b", name, text)
    return text


_DOCTOR = re.compile(r"\b(?:Dr\.?|Doctor)\s+(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)")
_TO_OR_OF = {"à": "au", "de": "du", "À": "Au", "De": "Du"}


def doctor_kept(text: str, source: str) -> str:
    """"le Dr Martin" where the source names "Dr. Martin" and the model wrote him "M. Martin" ("Have you met Dr.
    Martin?" → "As-tu rencontré M. Martin ?" → "…rencontré le Dr Martin ?"; "à M." → "au Dr", "de M." → "du
    Dr"); not where the source also says "Mr. Martin"."""
    for name in {m.group("name") for m in _DOCTOR.finditer(source)}:
        if re.search(rf"\bMr\.?\s+{re.escape(name)}\b", source):
            continue
        def one(m: re.Match, name: str = name) -> str:
            lead, opens = m.group(1), m.group(2) is not None
            article = _TO_OR_OF[lead.strip()] if lead else "Le" if opens else "le"
            return f"{m.group(2) or ''}{article} Dr {name}"
        text = re.sub(rf"(?:(?<![\w'’])((?i:à|de))\s+|(^|[.!?]\s+))?(?<![\w'’])M\.\s+{re.escape(name)}\b", one, text)
    return text


# a name that opens with a vowel sound, after a word French elides before it: "Le frère de Emma" → "Le frère
# d'Emma" (the name read as typed), "que Tom" → "qu'Ethan" (a stand-in written back, verbatim.py); not "Yuki",
# "Hugo" ("de Yuki", "de Hugo")
VOWEL_NAME = re.compile(r"(?:[AEIOUÀÂÉÈÊÎÔ]|Y(?![aeiouy]))[a-zà-ÿ]+")
ELIDES = re.compile(r"(?<![\w'’-])([DdJj]|[Qq]u|[Ll]orsqu|[Pp]uisqu)e $")
_ELIDES_BEFORE = r"(?<![\w'’-])((?i:d|qu|lorsqu|puisqu))[eE]\s+"


def elided(text: str, source: str) -> str:
    """``text`` with "de", "que", "lorsque", "puisque" elided before a name of ``source`` that opens with a vowel
    ("Emma's brother lives in Paris." → "Le frère de Emma vit…" → "Le frère d'Emma vit…"; shouted, a listed first
    name: "DE EMMA" → "D'EMMA")."""
    names = set(re.findall(r"(?<![\w'’-])[A-ZÀ-Ý][a-zà-ÿ]+(?![\w-])", source))
    if shouted(source):
        names = {w.title() for w in re.findall(r"[^\W\d_]+", source)} & _NAMED
    for name in names:
        if VOWEL_NAME.fullmatch(name):
            text = re.sub(rf"{_ELIDES_BEFORE}({name}|{name.upper()})(?![\w-])", r"\1'\2", text)
    return text


# "Thank your mother." is said to someone of someone else, whom they thank: "Merci ta mère.", "Thank your boss
# Thomas." (read "Thank Tom.") "Merci ton patron Thomas.", "Thank your boss Thomas for the flowers." "Merci votre
# patron Thomas pour les fleurs."; as French says it, "Remercie ta mère.", "Remerciez votre patron Thomas…" (the
# source as the model read it: "Thank Tom." for "Thank your boss Thomas.", the French "Merci" before "ton", "votre"…)
_THANK_THEM = re.compile(r"^\s*(?i:please\s+)?(?i:thank)\s+(?!(?i:you|u|ya|god|goodness|heavens?)\b)\w")  # "Thank Tom."
_MERCI_THEM = re.compile(r"^(\s*)(Merci|MERCI)\s+(?:(?i:à)\s+)?"
                         r"(?=(?i:ton|ta|tes|votre|vos|son|sa|ses|leur|leurs|mon|ma|mes|notre|nos)\s)")


def thanked(text: str, source: str) -> str:
    """``text`` with a "Merci" the model wrote for the verb of "Thank your mother." as "Remercie" ("Remerciez"
    before "votre", "vos"): "Merci ta mère." → "Remercie ta mère."."""
    if not _THANK_THEM.match(source):
        return text

    def verb(m: re.Match) -> str:
        formal = re.match(r"(?i:votre|vos)\b", text[m.end():])
        said = "Remerciez" if formal else "Remercie"
        return m.group(1) + (said.upper() if m.group(2).isupper() else said) + " "
    return _MERCI_THEM.sub(verb, text, count=1)


def _shouted_feminine(text: str) -> str:
    """A translation in capitals with the words said of a woman in the feminine too (``feminine``), read in lower
    case with its first names capitalised: "MON VOISIN CLAIRE EST ICI." → "MA VOISINE CLAIRE EST ICI." (read as
    typed, no name was found in it)."""
    read = re.sub(r"[^\W\d_]+", lambda m: m.group().title() if m.group().title() in _NAMED else m.group().lower(), text)
    done = feminine(read)
    return text if done == read else done.upper()


# women's names only ("Camille", "Yuki" are men's too), as the translation writes them (also "Mary", a stand-in's
# "Marie"), not places ("le député de Charlotte est très mêlé", "Westmount-Ville-Marie est représenté")
_HERS = sorted((WOMEN | {"Mary"}) - {"Camille", "Yuki"}, key=len, reverse=True)
_SHE = rf"(?<![\w'’-])(?<!\bde )(?<!\bà )(?:{'|'.join(_HERS)})(?![\w'’-])"
_HERS_SET = frozenset(_HERS)
_WORD_RUNS = re.compile(r"[\w'’-]+")         # what _SHE's lookarounds bound: a name it matches is one whole run
_ROLES = FEMININE_ROLES           # "mon professeur Claire" → "ma professeure Claire" (opening_names.py)
_HER = {"mon": "ma", "ton": "ta", "son": "sa"}
_ROLE = (r"(?P<det>[Mm]on|[Tt]on|[Ss]on|[Nn]otre|[Vv]otre|[Ll]eur)\s+(?P<best>meilleur\s+)?"
         rf"(?P<role>{'|'.join(_ROLES)})")
_ROLE_BEFORE = re.compile(rf"(?P<she>)\b{_ROLE}(?=,?\s+{_SHE})")                                # "Mon voisin Claire"
_ROLE_AFTER = re.compile(rf"(?P<she>\b{_SHE} est ){_ROLE}\b(?![\w'’-])")      # "Julia est mon meilleur ami"
# adjectives and participles after a woman's name and "est", in the feminine (and those in "-é": "fatiguée")
_ADJECTIVES = dict(w.split(":") for w in (
    "strict:stricte grand:grande petit:petite gentil:gentille content:contente heureux:heureuse malheureux:malheureuse "
    "fier:fière prêt:prête absent:absente intelligent:intelligente patient:patiente méchant:méchante "
    "charmant:charmante élégant:élégante brillant:brillante blond:blonde brun:brune lent:lente fort:forte "
    "gros:grosse vieux:vieille beau:belle nouveau:nouvelle sportif:sportive créatif:créative sérieux:sérieuse "
    "curieux:curieuse courageux:courageuse généreux:généreuse paresseux:paresseuse nerveux:nerveuse "
    "amoureux:amoureuse jaloux:jalouse ravi:ravie parti:partie sorti:sortie venu:venue devenu:devenue "
    "revenu:revenue mort:morte seul:seule bon:bonne cruel:cruelle français:française anglais:anglaise "
    "américain:américaine canadien:canadienne italien:italienne allemand:allemande espagnol:espagnole "
    "japonais:japonaise chinois:chinoise mignon:mignonne exigeant:exigeante").split())
_ADVERB = r"(?:(?:très|si|trop|vraiment|assez|plutôt|toujours|encore|déjà|un peu|tellement|bien|aussi)\s+)*"
_SAID_OF_HER = re.compile(rf"(\b{_SHE} (?:est|était|sera|semble|reste|devient)\s+{_ADVERB})"
                          r"([A-Za-zà-ÿ][a-zà-ÿ]*)\b(?![\w'’-])")
# several women and "sont": "Sarah et Claire sont mes meilleurs amis" → "mes meilleures amies"; the list from its
# first name ("Tom, Marie et Anna sont fatigués": a man in it; tried after each comma too, a long list was quadratic)
_LIST_START = r"(?<!,)(?<!,\s)"
_THEY = re.compile(rf"{_LIST_START}\b(?:{_SHE},\s+)*{_SHE}\s+et\s+{_SHE}\s+sont\s+{_ADVERB}"
                   r"(?:(?:mes|tes|ses|nos|vos|leurs|des|les)\s+)?(?:(meilleurs)\s+)?([a-zà-ÿ]+)\b(?![\w'’-])")
_PLURALS = {"amis": "amies", "voisins": "voisines", "cousins": "cousines", "copains": "copines",
            **{m + "s": f + "s" for m, f in _ADJECTIVES.items() if not m.endswith(("s", "x"))},
            **{m: f + "s" for m, f in _ADJECTIVES.items() if m.endswith(("s", "x"))}}
_INVERTED = re.compile(rf"(\b{_SHE} [a-zà-ÿ]+-(?:t-)?)il\b")            # "Julie peut-il venir ?"; "…peuvent-ils":
_INVERTED_THEY = re.compile(rf"({_LIST_START}\b(?:{_SHE},\s+)*{_SHE}\s+et\s+{_SHE}\s+[a-zà-ÿ]+-(?:t-)?)ils\b")


def feminine(text: str) -> str:
    """``text`` with the words said of a woman named in it in the feminine: a relation before or after her name
    ("Mon voisin Claire" → "Ma voisine Claire", "Julia est mon meilleur ami" → "Julia est ma meilleure amie"), an
    adjective after "Claire est" ("grand" → "grande", "fatigué" → "fatiguée"), plural ones after women alone, and
    the pronoun of a question ("Julie peut-il" → "Julie peut-elle")."""
    text = masculine(text)
    if _HERS_SET.isdisjoint(_WORD_RUNS.findall(text)):      # every pattern below needs her name as a whole run
        return text                                          # of word characters: skipped (~0.04 ms a hypothesis)
    text = _ROLE_BEFORE.sub(_her_role, _ROLE_AFTER.sub(_her_role, text))
    text = _SAID_OF_HER.sub(lambda m: m.group(1) + _her_word(m.group(2)), text)
    text = _THEY.sub(lambda m: m.group().removesuffix(m.group(2)).replace("meilleurs", "meilleures")
                     + (_PLURALS.get(m.group(2)) or re.sub(r"és$", "ées", m.group(2))), text)
    return _INVERTED_THEY.sub(r"\1elles", _INVERTED.sub(r"\1elle", text))


# what a woman says of herself, in the feminine: a quote she says (speech.py) was translated alone, without her, and
# came out in the masculine ('"I am tired," she said.' → «Elle a dit : « Je suis fatigué ».»)
_I_AM = re.compile(rf"(\b[Jj](?:e suis|['’]étais|e serai|e me sens|e reste)\s+(?:pas\s+)?{_ADVERB})"
                   r"([a-zà-ÿ]+)\b(?![-'’])")


def in_her_words(text: str) -> str:
    """``text``, said by a woman, with the adjective or the participle after "je suis", "j'étais", "je serai" or
    "je me sens" in the feminine ("Je suis fatigué" → "Je suis fatiguée", "Je suis très content" → "…contente")."""
    return _I_AM.sub(lambda m: m.group(1) + _her_word(m.group(2)), text)


# the other way: a relation the model wrote in the feminine before a man's name ("Ask your boss Thomas." came out
# "Demandez à votre patronne Thomas.", "Call your boss Thomas." "Appelez votre patronne Thomas.")
_HIS_ROLES = {f: m for m, f in _ROLES.items() if f != m}
_HIS = {f: m for m, f in _HER.items()}                                     # "ma" → "mon"
_HIM = rf"(?:{'|'.join(sorted(MEN - WOMEN, key=len, reverse=True))})(?![\w'’-])"
_HIS_ROLE = re.compile(r"\b(?P<det>[MmTtSs]on|[MmTtSs]a|[Nn]otre|[Vv]otre|[Ll]eur)\s+(?P<best>meilleure\s+)?"
                       rf"(?P<role>{'|'.join(_HIS_ROLES)})(?=,?\s+{_HIM})"                 # "ma collègue Thomas"
                       rf"|\b(?P<her>[MmTtSs]a)\s+(?P<same>{'|'.join(r for r in _ROLES if r not in _HIS_ROLES)})"
                       rf"(?=,?\s+{_HIM})")


def masculine(text: str) -> str:
    """``text`` with a relation before a man's name in the masculine: "votre patronne Thomas" → "votre patron
    Thomas", "ma voisine Ahmed" → "mon voisin Ahmed", "ma collègue Thomas" → "mon collègue Thomas"."""
    def his(m: re.Match) -> str:
        det = m.group("det") or m.group("her")
        his_det = _HIS.get(det.lower(), det.lower())
        his_det = his_det.capitalize() if det[0].isupper() else his_det
        role = m.group("same") or _HIS_ROLES[m.group("role")]
        return his_det + " " + ("meilleur " if m.group("best") else "") + role
    return _HIS_ROLE.sub(his, text)


def _her_role(m: re.Match) -> str:
    """A relation (``_ROLE``) in the feminine: "mon meilleur ami" → "ma meilleure amie", "mon ami" → "mon amie"."""
    role = _ROLES[m.group("role")]
    word = ("meilleure " if m.group("best") else "") + role
    det = m.group("det")
    her = _HER.get(det.lower(), det.lower()) if not re.match(r"[aeiouéèh]", word) else det.lower()
    return (m.group("she") or "") + (her.capitalize() if det[0].isupper() else her) + " " + word


def _her_word(word: str) -> str:
    """An adjective or a participle in the feminine: listed ones, and those in "-é" ("fatigué" → "fatiguée"); a
    nationality the model wrote with a capital in lower case ("Sophie est Italien" → "Sophie est italienne")."""
    if word[0].isupper():
        return _ADJECTIVES.get(word.lower(), word)
    return _ADJECTIVES.get(word) or (word + "e" if word.endswith("é") else word)
