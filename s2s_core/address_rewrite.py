"""A French sentence's words turned from one form of address to the other, where each one's other form is sure.

Where no hypothesis of the beam is the sentence in one form ("Écrivez votre nom et signe au fond.": the beam's other
ones change more than the form, or say "tu" behind a word that may be a noun), register.py has the words of the other
form turned themselves, only where every one of them is a word whose other form is sure: pronouns and possessives
(ton, ta, tes, te, t', toi), and verbs whose "vous" form a rule or the table below gives ("signe" → "signez", "lis" →
"lisez", "tu rentres" → "vous rentrez"). Anything else (an unknown "-is" verb, "répète"/"lève" outside the table,
"votre" towards "tu": ton or ta?) leaves the sentence as the model wrote it (``in_one_form`` returns None).
"""
from __future__ import annotations

import re
from typing import Optional

from .address_forms import SETTING_WORDS, clause_tu, de_ton, forms_in, hyphen_tu, plain, vous_word
from .casing import in_case_of

TU_TO_VOUS = {
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
    if tu in TU_TO_VOUS:
        return TU_TO_VOUS[tu]
    if len(tu) > 4 and tu.endswith("mets"):
        return tu[:-1] + "tez"                                     # "admets", "transmets": as "mets" → "mettez"
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
    if tu in TU_TO_VOUS:
        return TU_TO_VOUS[tu]
    if not tu.endswith("e") or len(tu) < 3 or re.search(     # "lève"/"répète", "appelle"/"regrette", "Faire l'…"
            r"è\w*e$|(?:ell|ett)e$|(?:aire|oire|uire|[dl]ire|crire|rire|dre|ttre|[aoî]tre)$", tu):
        return None
    if re.search(r"[aou]ie$", tu):
        return tu[:-2] + "yez"                                     # "essaie", "envoie", "appuie"
    return tu + "z"                                                # "signe", "lave", "crée"


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
_LINKED = re.compile(r"(?:(?:et|puis)\s+(?=\w))?")          # "et prends…", "puis choisis…": one order of a run
_ASKS = {"pouvez", "voulez", "devez", "savez", "avez", "etes", "puissiez"}      # "Pouvez-vous…?": a question


def _commands(text: str, source: str) -> bool:
    """Whether ``text`` opens with an imperative ("Écrivez votre nom…", "Ne perdez pas…", "Amène ton livre…"), so
    that a word ending as a "tu" verb after its "et" is one ("…et signe au fond"), not a verb with a subject before
    it ("qui embauche ou congédie", "que votre mari signe et offre") nor an adjective ("horreur et profonde"). An
    order read on its own and joined after its link opens with it ("et prends la deuxième rue…": orders.py)."""
    m = _OPENING.match(text, _LINKED.match(text).end())
    if not m:
        return False
    w, low = m.group(1), plain(m.group(1))
    if vous_word(w):
        return low not in _ASKS and not re.search(rf"\b{re.escape(w)}\b", source, re.IGNORECASE)
    return any(h.start(1) == m.start(1) for h in hyphen_tu(text)) or any(
        c.start("w") == m.start(1) and (sure or _DETERMINER.match(text, c.end("w")))
        for c, sure in clause_tu(text, source))


# a subject or a clause of its own before a word: "qui pose… et effectue", "je peux ou ne peux", "que le gouvernement
# perde ce vote et décide": a verb with a subject, not an imperative
_SUBORDINATE = re.compile(r"\b(?:que|qu['’]|qui|où|dont|quand|lorsque|lorsqu['’]|parce|puisque|si|s['’]il|comme|"
                          r"je|j['’]|il|elle|on|ils|elles)(?!\w)", re.IGNORECASE)


# the source's main clause opens with its verb after a clause that sets the condition: "If you need anything while I'm
# away, just ask my colleague" (not "When you arrive, nobody is there", "If you want, you can…")
_EN_SETTING_THEN_ORDER = re.compile(r"^\W*(?:if|when|whenever|once|before|after|as\s+soon\s+as|while)\b"
                                    r"[^,;.!?]{1,80},\s*(?:just\s+|simply\s+|please\s+|then\s+)?"
                                    r"(?!(?:you|i|we|he|she|it|they|there|"
                                    r"this|that|these|those|the|a|an|my|your|his|her|our|their|no|nobody|no\s+one|"
                                    r"everyone|everybody|someone|somebody|nothing|everything|all|some|not)\b)[a-z]+\b",
                                    re.IGNORECASE)
_AFTER_ORDER = re.compile(r"\s*(?:simplement|juste|vite|donc|bien|\w+ment|à|au|aux)\b", re.IGNORECASE)


def _main_order(text: str, source: str, m) -> bool:
    """Whether the word of ``m`` (``clause_tu``) opens the main clause after one that sets its condition, and is its
    imperative: "Si vous avez besoin de quoi que ce soit pendant que je suis parti, demande simplement à ma collègue"
    ("…, just ask my colleague"), so that its "et"/"Si" before it is no subject (``_SUBORDINATE``)."""
    before = text[:m.start("w")]
    return "," in before \
        and re.fullmatch(rf"\W*{SETTING_WORDS}[^,;.!?()]{{1,100}},\s*", before, re.IGNORECASE) is not None \
        and bool(_EN_SETTING_THEN_ORDER.match(source)) \
        and bool(_DETERMINER.match(text, m.end("w")) or _AFTER_ORDER.match(text, m.end("w")))


def _adjective(text: str, m) -> bool:
    """Whether the word in ``m`` (after "et", "ou") reads as an adjective or a participle: "une mesure malavisée et
    provocante", "tordue et rendue impossible"."""
    w = plain(m.group("w"))
    before = re.search(r"(\w+)\W*\w*\s*$", text[:m.start("w")])
    return bool(re.search(r"(?:ante|ente|ive|euse|ique|able|ible|ue)$", w)) or bool(
        re.search(r"(?:ee|ie)$", w) and before and re.search(r"(?:é|ée|és|ées|ue|ie|i|u)$", before.group(1).lower()))


def _verb_edit(edits: dict, m, group, present: bool = False) -> bool:
    """Add the edit of the verb in ``m``'s ``group`` to its "vous" form; whether it was sure."""
    word = m.group(group)
    vous = _vous_verb(word.lower(), present)
    if vous is None:
        return False
    edits[m.start(group)] = (m.end(group), in_case_of(word, vous))
    return True


def _to_vous(text: str, source: str) -> Optional[dict]:
    """The edits {start: (end, new)} that turn every "tu" word of ``text`` to "vous", or None where one is not
    sure (an unknown verb; "et te lave": a pronoun before a verb not read as one)."""
    edits: dict = {}
    for m in _TU_SUBJECT.finditer(text):                 # "Quand tu rentres" → "Quand vous rentrez"
        edits[m.start(1)] = (m.end(1), in_case_of(m.group(1), "vous"))
        if not _verb_edit(edits, m, 4, present=True):
            return None
    for m in _INVERTED.finditer(text):                   # "as-tu" → "avez-vous"
        edits[m.start(2)] = (m.end(2), in_case_of(m.group(2), "vous"))
        if not _verb_edit(edits, m, 1, present=True):
            return None
    for m in (*_TOI.finditer(text), *hyphen_tu(text)):  # "assieds-toi", "envoie-moi"
        if text[m.end():m.end() + 1] == "-" and not re.match(r"-(?:moi|toi|le|la|les|lui|nous)\b", text[m.end():]) \
                or not (vous_word(m.group(1)) or _verb_edit(edits, m, 1)):
            return None                                  # "tête-en-l'air", "Tout-le-Monde": not a verb
    for m, sure in clause_tu(text, source):             # "et signe au fond", "Prends un crayon", "ne bouge pas"
        if m.start("w") in edits:
            continue                                     # "…, admets-le": turned as a verb before its pronoun
        opener = m.group(0)[:m.start("w") - m.start()].strip().lower()
        if _main_order(text, source, m):
            pass                                         # "Si vous avez besoin…, demande simplement à…"
        elif not _commands(text, source) or _SUBORDINATE.search(text, 0, m.start("w")) or not sure and (
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
        edits[m.start()] = (m.end(), in_case_of(m.group(0), new))           # "Va-t'en" → "Allez-vous-en"
    for m in de_ton(text, source):                       # "de ton magasin" ("your shop") → "de votre magasin"
        edits[m.start(1)] = (m.end(1), in_case_of(m.group(1), "votre"))
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
            edits[m.start()] = (m.end(), in_case_of(m.group(1), "tes"))
        elif vous_word(m.group(2)) and not re.search(rf"\b{re.escape(m.group(2))}\b", source, re.IGNORECASE):
            tu = _VOUS_TO_TU.get(m.group(2).lower())
            if tu is None:
                return None
            edits[m.start()] = (m.end(), in_case_of(m.group(2), tu))
    return edits


def in_one_form(text: str, target: str, source: str = "") -> Optional[tuple[str, list]]:
    """``text`` with its words of the other form turned to ``target`` ("tu" or "vous"), and the changes
    ("«signe» → «signez»"), where every one of them is sure and the result says ``target`` only; else None."""
    edits = (_to_vous if target == "vous" else _to_tu)(text, source)
    if not edits:
        return None
    new_text, changes, end = "", [], 0
    for start in sorted(edits):
        if start < end:
            return None                                  # two edits overlap: not sure
        stop, new = edits[start]
        new_text += text[end:start] + new
        changes.append(f"«{text[start:stop].strip()}» → «{new.strip()}»")
        end = stop
    new_text += text[end:]
    if forms_in(new_text, source) != {target} or re.search(r"\bvous\s+\w+-vous\b", new_text, re.IGNORECASE):
        return None
    return new_text, changes


# an imperative with its object pronoun before it, as the model wrote it opening a clause ("Si tu as tort,
# l'admets.", "…, m'aide"): the affirmative imperative puts it after, with a hyphen ("admets-le", "aide-moi").
# "l'" is "le", the neuter that "it" takes, only where the source says "it" and no feminine word comes before
# ("Si tu trouves la clé, l'apporte": "apporte-la"? left as written); "m'" is "moi" where the source says "me"
_ELIDED = {"l": ("le", r"\bit\b"), "m": ("moi", r"\bme\b")}
_FEMININE = re.compile(r"\b(?:la|une|cette|ma|ta|sa)\b", re.IGNORECASE)
# a verb joined by "et", "ou", "mais" or "puis" to a "tu" before it in its sentence says what "tu" does, no order
# ("Tu le sais et l'admets.": "you know it and admit it")
_JOINED = ("et", "ou", "mais", "puis")
_TU = re.compile(r"\btu\b", re.IGNORECASE)


def pronoun_after(text: str, source: str = "") -> Optional[tuple[str, list]]:
    """``text`` with each imperative that opens a clause after its elided pronoun ("…, l'admets") written with the
    pronoun after it ("…, admets-le"), and the changes; None where there is none or its pronoun is not sure."""
    new_text, changes, end = "", [], 0
    for m, sure in clause_tu(text, source):
        el = (m.group("el") or " ")[0]
        if not sure or el.lower() not in _ELIDED or not re.search(_ELIDED[el.lower()][1], source, re.IGNORECASE) \
                or el.lower() == "l" and _FEMININE.search(text[:m.start()]) or _joined_to_tu(text, m):
            continue
        w = m.group("w")
        verb = in_case_of(el, w[:-1] if w.lower().endswith("es") else w)     # "l'apportes" → "apporte-le" (no "s")
        turned = f"{verb}-{_ELIDED[el.lower()][0]}"
        new_text += text[end:m.start("el")] + turned
        changes.append(f"«{text[m.start('el'):m.end('w')]}» → «{turned}»")
        end = m.end("w")
    return (new_text + text[end:], changes) if changes else None


def _joined_to_tu(text: str, m: re.Match) -> bool:
    """Whether the verb of ``m`` (``clause_tu``) is joined by "et", "ou", "mais" or "puis" to a "tu" before it in its
    sentence: it says what "tu" does ("Tu le sais et l'admets."), not an order."""
    opener = text[m.start():m.start("el")].strip().lower()
    return opener in _JOINED and bool(_TU.search(re.split(r"[.!?]", text[:m.start()])[-1]))
