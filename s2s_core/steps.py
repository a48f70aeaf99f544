"""A list of instructions in one form: each step an imperative in the sentence's form of address, or, after
"Veuillez", each an infinitive.

"Open the lid, remove the filter and press the button.", "Please fill in the form, sign it and send it back to us.":
the default model wrote the steps after the first in another form, "Remplissez le formulaire, signez-le et la
renvoyer.", "Lis les instructions, vérifier les parties…", "Veuillez vérifier vos réponses, écrivez votre nom…".
register.py keeps "tu" and "vous" apart (its choice of form stands); here a step that opens with an infinitive, in a
sentence that opens with an imperative, takes that imperative's form ("et la renvoyer" → "et renvoyez-la",
"vérifier" → "vérifie"), and a step in the "vous" imperative after an opening "Veuillez" takes the infinitive
("écrivez votre nom" → "écrire votre nom", "et fermez-le" → "et le fermer"). Only verbs whose forms are sure: an
"-er" verb (not "lever"/"répéter": their "tu" form changes its stem, unless address_rewrite.py lists it) or one of
``_IRREGULAR``; a reflexive ("s'asseoir") or an elided pronoun ("l'ouvrir": le or la?) leaves the sentence as it is.
"""
from __future__ import annotations

import re
from typing import Optional

from .address_forms import SETTING, clause_tu, form_of, hyphen_tu, plain, vous_word
from .address_rewrite import TU_TO_VOUS

# infinitive: ("vous" imperative, "tu" imperative), the verbs that are not "-er"
_IRREGULAR = {
    "prendre": ("prenez", "prends"), "reprendre": ("reprenez", "reprends"), "mettre": ("mettez", "mets"),
    "remettre": ("remettez", "remets"), "faire": ("faites", "fais"), "dire": ("dites", "dis"), "lire": ("lisez", "lis"),
    "écrire": ("écrivez", "écris"), "boire": ("buvez", "bois"), "sortir": ("sortez", "sors"),
    "partir": ("partez", "pars"), "dormir": ("dormez", "dors"), "remplir": ("remplissez", "remplis"),
    "choisir": ("choisissez", "choisis"), "finir": ("finissez", "finis"), "attendre": ("attendez", "attends"),
    "répondre": ("répondez", "réponds"), "descendre": ("descendez", "descends"), "vendre": ("vendez", "vends"),
    "rendre": ("rendez", "rends"), "perdre": ("perdez", "perds"), "ouvrir": ("ouvrez", "ouvre"),
    "couvrir": ("couvrez", "couvre"), "venir": ("venez", "viens"), "revenir": ("revenez", "reviens"),
    "tenir": ("tenez", "tiens"), "servir": ("servez", "sers"), "suivre": ("suivez", "suis"),
    "éteindre": ("éteignez", "éteins"), "joindre": ("joignez", "joins"), "conduire": ("conduisez", "conduis"),
    "cuire": ("cuisez", "cuis"), "courir": ("courez", "cours"), "offrir": ("offrez", "offre"),
    "réfléchir": ("réfléchissez", "réfléchis"), "garnir": ("garnissez", "garnis"), "saisir": ("saisissez", "saisis"),
    "recevoir": ("recevez", "reçois"), "voir": ("voyez", "vois")}
_TO_INFINITIVE = {vous: inf for inf, (vous, _) in _IRREGULAR.items()}
_VOUS_TO_TU = {vous: tu for tu, vous in TU_TO_VOUS.items() if tu.endswith("e")}    # "levez" → "lève"
# words in "-er" that open a step and are no verbs: "hier", "premier"…
_NOT_VERB = set("hier cher fer mer hiver super léger amer enfer ver premier dernier papier cahier panier quartier "
                "entier escalier métier fermier boucher boulanger plombier déjeuner dîner souper".split())
_STEP = re.compile(r"(?:,\s*|;\s*(?:puis\s+)?|\b(?:et|puis|ou)\s+)(?P<cl>(?:le|la|les|lui|leur)\s+)?"
                   r"(?P<w>[a-zàâçéèêëîïôûù]+)\b(?P<hy>-(?:le|la|les|lui|leur|moi|nous)\b)?(?!-)", re.IGNORECASE)
# an infinitive the step before governs: "commence à couper les légumes et éplucher…" is no step of its own, nor
# are the infinitives after it ("Essayez de vous détendre, manger bien et dormir.", "Viens manger, boire et danser")
_GOVERNED = re.compile(r"\b(?:à|de|d['’]|pour|sans|faut|va|allez|allons|viens|venez|peux|pouvez|dois|devez|veux|voulez)"
                       r"\s+(?:(?:me|te|se|nous|vous)\s+|[mts]['’])?\w+(?:er|ir|re)\b",
                       re.IGNORECASE)
# a clause of another kind before a step: "…, mais … un parc que nous pouvons partager, marcher…" has no steps after it
_CLAUSE = re.compile(r"(?<![-'’])\b(?:je|j['’]|il|elle|on|nous|ils|elles|que|qu['’]|qui|mais|si|quand)(?!\w)",
                     re.IGNORECASE)
# a clause that sets the time or the condition of the steps ("Avant de commencer, lisez…, vérifier…"): the steps
# follow it; it is no step ("Avant de commencer, lisez les instructions, vérifier les parties…" had stayed mixed)
_SETTING = SETTING
_LEAD = re.compile(r"\W*" + _SETTING + r"(?:(?:s['’]il\s+(?:vous|te)\s+pla[iî]t|tout\s+d['’]abord|d['’]abord|"
                   r"premièrement|ensuite)\s*,?\s*)?", re.IGNORECASE)
NOTE = "Each step of the list in one form ({}): {} (the model had mixed imperatives and infinitives)."


def is_infinitive(word: str) -> bool:
    """Whether ``word`` (lower case) is an infinitive whose imperatives are sure."""
    return word in _IRREGULAR or len(word) > 3 and word.endswith("er") and word not in _NOT_VERB \
        and (not word.endswith("ier") or re.search(r"(?:fier|lier|pier|cier|dier|trier|crier)$", word) is not None)


def imperative(inf: str, form: str) -> Optional[str]:
    """The imperative of the infinitive ``inf`` in ``form``, or None where not sure: "ajouter" → "ajoutez" /
    "ajoute", "envoyer" → "envoie", "lever" → "lève" (listed), "répéter" unlisted in "tu": None."""
    if inf in _IRREGULAR:
        return _IRREGULAR[inf][0 if form == "vous" else 1]
    vous = inf[:-2] + "ez"
    if form == "vous":
        return vous
    if vous in _VOUS_TO_TU:
        return _VOUS_TO_TU[vous]
    if re.search(r"[oua]yer$", inf):
        return inf[:-3] + "ie"                            # "envoyer" → "envoie", "essayer" → "essaie"
    if re.search(r"(?:[eé][^aeiouyéèê]+|ell|ett)er$", inf):
        return None                                       # "lever", "répéter", "appeler": the stem changes
    return inf[:-2] + "e"


def _to_infinitive(vous: str) -> Optional[str]:
    """The infinitive of the "vous" imperative ``vous``: "écrivez" → "écrire", "remplissez" → "remplir", "gardez" →
    "garder"; None for a form this cannot tell ("souriez", "voyez" unlisted)."""
    if vous in _TO_INFINITIVE:
        return _TO_INFINITIVE[vous]
    if not vous.endswith("ez") or vous.endswith(("iez", "ttez", "uisez", "gnez", "ivez", "uvez", "oyez")) \
            or re.search(r"(?:[eo]nd|[eo]rd)ez$", vous):
        return None                                       # "mettez", "écrivez", "attendez", "perdez": unlisted
    if vous.endswith("issez"):
        return vous[:-4] + "r"
    return vous[:-2] + "er"


def _form(text: str, source: str) -> Optional[str]:
    """The form of the imperative that opens ``text`` ("vous", "tu"), "infinitive" after "Veuillez", or None."""
    m = re.compile(r"\w+").search(text, _LEAD.match(text).end())
    if not m:
        return None
    word = m.group()
    if plain(word) == "veuillez":
        return "infinitive"
    if vous_word(word) and not re.search(rf"\b{re.escape(word)}\b", source, re.IGNORECASE):
        return "vous" if form_of(text, source) != "tu" else None
    sure = any(h.start(1) == m.start() for h in hyphen_tu(text)) or any(
        c.start("w") == m.start() and (ok or form_of(text, source) == "tu") for c, ok in clause_tu(text, source))
    return "tu" if sure and form_of(text, source) != "vous" else None


def _cased(model: str, word: str) -> str:
    return word[0].upper() + word[1:] if model[:1].isupper() else word


def _step(m: re.Match, form: str) -> Optional[str]:
    """The step in ``m`` (its clitic, its verb, a hyphenated pronoun) in ``form``, or None where it is in that
    form already or its form is not sure."""
    w, cl, hy = m.group("w"), (m.group("cl") or "").strip(), m.group("hy")
    if form == "infinitive":
        if cl or not vous_word(w) or plain(w) == "veuillez":
            return None
        inf = _to_infinitive(w.lower())
        if not inf:
            return None
        pron = {"-moi": "me", "-nous": "nous"}.get(hy.lower(), hy[1:]) + " " if hy else ""
        return _cased(w, pron.lower() + inf) if pron else _cased(w, inf)
    if hy or not is_infinitive(w.lower()):
        return None
    imp = imperative(w.lower(), form)
    return imp and _cased(cl or w, imp + ("-" + cl.lower() if cl else ""))


def in_one_form(text: str, source: str = "") -> Optional[tuple[str, list]]:
    """``text`` (the French of ``source``, a list of instructions) with each step in the form of the first (its
    imperative's form; infinitives after "Veuillez"), and the changes; None where nothing changes."""
    if "," not in source and " and " not in source or source.rstrip().endswith("?"):
        return None
    form = _form(text, source)
    if not form:
        return None
    first = _LEAD.match(text).end()
    out, changes, end, governed = "", [], 0, False
    for m in _STEP.finditer(text, first):
        if _CLAUSE.search(text[first:m.start()]):
            break
        governed = governed or _GOVERNED.search(re.split(r"[,;]|\bet\b", text[first:m.start()])[-1]) is not None
        if governed or re.search(rf"\b{re.escape(m.group('w'))}\b", source, re.IGNORECASE):
            continue
        new = _step(m, form)
        if not new:
            continue
        start = m.start("cl") if m.group("cl") else m.start("w")
        out += text[end:start] + new
        changes.append(f"«{text[start:m.end()]}» → «{new}»")
        end = m.end()
    if not changes:
        return None
    return out + text[end:], changes


def mend(translation) -> bool:
    """Put the best hypothesis's steps in one form (``in_one_form``), with a note; whether it did."""
    hyps = translation.hypotheses
    if not hyps:
        return False
    done = in_one_form(hyps[0].text, getattr(translation, "source", ""))
    if not done:
        return False
    form = _form(hyps[0].text, getattr(translation, "source", ""))
    hyps[0].text = done[0]
    translation.notes.append(NOTE.format("the infinitive after «Veuillez»" if form == "infinitive" else
                                         f"the imperative, «{form}»", ", ".join(done[1])))
    return True
