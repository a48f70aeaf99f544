"""One form of address through a French text: "tu" or "vous".

English has one "you", French two, and the model picks one sentence by sentence: "Thank you for your order! Your
package will arrive on Tuesday." came out "Merci pour votre commande ! Ton paquet arrivera mardi." The beam
usually holds the other form just behind ("Votre paquet arrivera mardi.", 0.008 lower), so where one sentence of
a text says "vous", each that says "tu" takes the best hypothesis that says "vous", when that one scores within
``MARGIN`` of the best; a note says so. Only ever towards "vous": a letter that thanks "for your letter" must not
turn to "tu" because the model's first "you" did ("Merci pour ta lettre. Pouvez-vous…" → "votre lettre").
Instructions count too: "Ajoutez les œufs." says "vous", and "Prends 30 minutes." takes "Prenez 30 minutes." where
the text says "vous" (a recipe's steps had come out in both forms). Sentences with neither form, or both, are left
as they are.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

MARGIN = 0.5          # how much lower (length-normalised log-probability) the hypothesis that keeps the form may score
_VOUS = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)
_TU = re.compile(r"\b(?:tu|toi|ta|tes|te)\b|(?<!\ble )(?<!\bce )(?<!\bun )(?<!\bdu )(?<!\bde )\bton\b|\bt'",
                 re.IGNORECASE)                                      # "le ton": a tone, no "tu"
_VOUS_VERB = re.compile(r"\b(?!(?:chez|assez|nez|rez)\b)\w+ez\b", re.IGNORECASE)    # "levez": no "tu" form
_FIRST_WORD = re.compile(r"[\W\d_]*(\w+)")
# a letter's formal lines as letters.py writes them: the text says "vous" ("Mesdames, Messieurs, … ta lettre")
# and a greeting to several people ("Bonjour à tous," … "confirme ta présence" had said "tu")
_FORMAL = re.compile(r"\s*(?:Madame|Monsieur|Mesdames|Messieurs|Cher client|Chers clients|Cordialement|"
                     r"Bien cordialement|Respectueusement|Bonjour (?:M\.|Mme|Mlle|Dr|Pr|Professeur) |Bonjour à tous|"
                     r"Salut tout le monde|Chers )")


def _vous_imperative(text: str, source: str = "") -> bool:
    """Whether ``text`` opens with a verb in the "vous" form: an instruction ("Ajoutez les œufs."); not a name the
    source holds ("Sanchez est en retard.") nor the interjection "Allez, …"."""
    m = _FIRST_WORD.match(text)
    word = m.group(1) if m else ""
    if not _VOUS_VERB.fullmatch(word) or re.search(rf"\b{re.escape(word)}\b", source, re.IGNORECASE):
        return False
    return not (word.lower() == "allez" and re.match(r"\s*[,!]", text[m.end():]))


def _same_verb_as_vous(text: str, other: str) -> bool:
    """Whether ``other`` is ``text`` with its opening verb in the "vous" form, not the "tu" form ("Prends 30
    minutes." / "Prenez 30 minutes.": a recipe's steps had come out in both): the same stem, the rest alike
    ("Retourne le formulaire." is not "Retirez le formulaire.")."""
    a, b = _FIRST_WORD.match(text), _FIRST_WORD.match(other)
    if not (a and b and _vous_imperative(other) and not _vous_imperative(text)) or text[a.end():] != other[b.end():]:
        return False
    stem = b.group(1)[:-2]
    return a.group(1).lower().startswith(stem[:max(3, len(stem) - 1)].lower())


def form_of(text: str, source: str = "") -> Optional[str]:
    """"vous" or "tu" where ``text`` (a translation of ``source``) uses one form of address and not the other, else
    None (a "tu" pronoun with a verb in the "vous" form, "Ne te levez pas", is neither; an instruction in the "vous"
    form is "vous", and so is a letter's formal line, "Madame, Monsieur,")."""
    vous = bool(_VOUS.search(text) or _FORMAL.match(text)) or _vous_imperative(text, source)
    tu = bool(_TU.search(text)) and not _VOUS_VERB.search(text)
    return "vous" if vous and not tu else "tu" if tu and not vous else None


def _towards_vous(translation) -> bool:
    """Put first the best hypothesis that says "vous" if the best one says "tu" (or gives an instruction in the "tu"
    form: "Prends…" for "Prenez…") and it scores within ``MARGIN``; whether it did."""
    hyps, source = translation.hypotheses, getattr(translation, "source", "")
    best = form_of(hyps[0].text, source) if hyps else "vous"
    if best == "vous":
        return False
    k = next((i for i, h in enumerate(hyps) if form_of(h.text, source) == "vous" and hyps[0].score - h.score <= MARGIN
              and (best == "tu" or _same_verb_as_vous(hyps[0].text, h.text))), None)
    if k is None:
        return False
    hyps.insert(0, hyps.pop(k))
    translation.notes.append("Addressed with «vous», as the rest of the text is (the model's first choice used "
                             "«tu»).")
    return True


def form_after(translations: Sequence, form: Optional[str] = None) -> Optional[str]:
    """The form the sentences after ``translations`` keep: "vous" once one of them (or ``form``, that of the
    sentences before them) says it, else the first form found."""
    forms = [form_of(t.hypotheses[0].text, getattr(t, "source", "")) for t in translations if t.hypotheses]
    if "vous" in forms or form == "vous":
        return "vous"
    return form or next((f for f in forms if f), None)


def keep_consistent(translations: Sequence, form: Optional[str] = None) -> Optional[str]:
    """``translations`` (the sentences of one text) all in "vous" where one of them says it (or ``form``, that of
    the sentences before them, is "vous"), earlier ones too ("Merci pour ta lettre. Pouvez-vous…" → "votre
    lettre"); returns the form for the sentences after them."""
    after = form_after(translations, form)
    if after == "vous":
        for t in translations:
            _towards_vous(t)
    return after
