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
Where a sentence's beam holds no hypothesis in the text's form, its own words are turned where each is sure ("Si tu
as tort, admets-le. Si vous avez raison…" → "Si vous avez tort, admettez-le."), ``_turned``; an imperative the model
wrote after its elided pronoun ("l'admets") takes it after, with a hyphen ("admets-le"), ``pronoun_after``.
The French words of each form are read in address_forms.py, and turned one by one in address_rewrite.py; this module
chooses among the model's hypotheses.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from . import address_rewrite, trust
from .address_forms import TU, form_of, forms_in, in_other_form, plain, same_verb_as_vous, tu_verbs
from .casing import LOWER_CASE_NAMES

__all__ = ["FAMILIAR", "MARGIN", "PLEASE_MARGIN", "familiar", "form_after", "form_of", "forms_in",
           "keep_consistent", "polite", "pronoun_after", "put_in_for_address", "unmix"]

MARGIN = 0.5          # how much lower (length-normalised log-probability) the hypothesis that keeps the form may score
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


# "hey you," calls one person as a friend does ("hey you, are you coming?" had come out "Hé toi, venez-vous ?")
_HEY_YOU = re.compile(r"^\s*hey\s+(?:you|u)\s*(?:[,!]|$)", re.IGNORECASE | re.MULTILINE)


def familiar(source: str) -> bool:
    """Whether ``source`` is written as friends and family write (chat spelling, "lol", "xx", "Mum," called) to
    one person: its "you" is "tu" ("u guys", "you all", "Hi team", "love you both": several people, "vous"; "Dear
    Mr. Smith", "Sir", "Kind regards": someone "vous" is said to)."""
    return bool(_CHAT_MARK.search(source) or _PARENT_CALLED.search(source) or _HEY_YOU.search(source)) \
        and not _SEVERAL.search(source) \
        and not _FORMAL_EN.search(source)


def _says(best: str, other: str, target: str, source: str) -> bool:
    """Whether ``other`` says ``target`` ("tu" or "vous") where ``best`` says the other form: by its pronouns, or
    by the form of the same opening verb ("Prends…" / "Prenez…")."""
    if target == "vous":
        return form_of(other, source) == "vous" and (form_of(best, source) == "tu" or same_verb_as_vous(best, other))
    return form_of(best, source) == "vous" and (form_of(other, source) == "tu" or form_of(other, source) is None
                                               and same_verb_as_vous(other, best))


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


NOTE_START = "Addressed with"     # how every note of this module begins


def put_in_for_address(translation, hyp) -> list[int]:
    """Where (token index of the first piece) each word of ``hyp`` begins that the model gave less than
    ``trust.UNSURE_WORD_LOG_PROB`` though the app does not call it unsure (``trust.first_warned_position``): the
    best hypothesis, put first for its form of address (``_put_first`` dropped the warning), its words of that form
    low only because the model preferred the other ("bougez" where it wrote "bouge"). A token strip marks them as
    chosen, not doubted; anywhere else, none."""
    hyps = translation.hypotheses
    if not hyps or hyp is not hyps[0] or not any(n.startswith(NOTE_START) for n in translation.notes) \
            or {trust.UNSURE_WORD, trust.LOW_CONFIDENCE} & set(hyp.warnings or []):
        return []
    return [i for i, _, lp in trust.word_log_probs(hyp.tokens, hyp.token_log_probs) if lp < trust.UNSURE_WORD_LOG_PROB]


def _towards(translation, target: str) -> bool:
    """Put first the best hypothesis that says ``target`` where the best one says the other form, if it scores
    within ``MARGIN`` and does not mix the forms inside itself; whether it did."""
    hyps, source = translation.hypotheses, getattr(translation, "source", "")
    if not hyps or form_of(hyps[0].text, source) == target:
        return False
    k = next((i for i, h in enumerate(hyps) if hyps[0].score - h.score <= MARGIN
              and _says(hyps[0].text, h.text, target, source)
              and forms_in(h.text, source) != {"tu", "vous"}), None)   # not "Si vous avez tort, admets-le."
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
    sentences after them. A sentence in "tu" that turns to someone by name after one that did not
    (``turns_to_another``) is left in "tu", and does not set the others' form (one in "vous" still does: "Do you
    want some cake? Sophie, cut the cake, please." all in "vous", as before)."""
    translations = [t for i, t in enumerate(translations) if not turns_to_another(translations[:i], t)
                    or t.hypotheses and form_of(t.hypotheses[0].text, getattr(t, "source", "")) == "vous"]
    after = form_after(translations, form)
    if after in ("vous", FAMILIAR):
        for t in translations:
            target = "tu" if after == FAMILIAR else "vous"
            _towards(t, target) or _turned(t, target)
    return after


# a sentence that calls someone by name: "Hey, Tom, bring me a chair!", "Tom, close the window."; not a word that
# opens a sentence with a comma ("Please, …", "Yes, …", "Honestly, …") nor a title "vous" is said to ("Sir, …")
_BY_NAME = re.compile(r"^\W*(?:(?:hey|hi|oh|listen|look|okay|ok|well|now)\s*,?\s+)?(?-i:([A-Z][a-z]+))\s*[,!]\s+\S",
                     re.IGNORECASE)
_NOT_NAMES = frozenset("""yes no well so now then however please sorry thanks ok okay first second third next finally
today tomorrow tonight yesterday also besides still anyway meanwhile look listen wait hey hi hello oh ah sir madam
here there again but and or yet otherwise instead indeed sure right fine great good alas of
maybe perhaps later soon sometimes often usually actually basically seriously remember quick quickly hurry careful
stop help wow oops ouch congratulations welcome cheers goodbye bye attention everyone everybody guys folks""".split())
# nor a day, a month, a language or a place ("Sunday, we rest.", "Paris, here we come!"): casing.LOWER_CASE_NAMES
_NOT_NAMES |= frozenset(LOWER_CASE_NAMES) | {"march", "may", "august"}


def turns_to_another(before: Sequence, translation) -> bool:
    """Whether ``translation``'s source calls someone by a first name (``_BY_NAME``: "Hey, Tom, bring me a chair!")
    after sentences (``before``) none of which did: it speaks to someone else than they do ("Could you help me,
    please? Hey, Tom, bring me a chair!": Tom is a friend, "apporte-moi", as the model wrote it)."""
    called = _BY_NAME.match(getattr(translation, "source", ""))
    if not before or not called or called.group(1).lower() in _NOT_NAMES or called.group(1).endswith("ly"):
        return False
    return not any(_BY_NAME.match(getattr(t, "source", "")) for t in before)


# a sentence whose beam has no hypothesis in the text's form: its words turned ("If you're wrong, admit it. If
# you're right, be quiet." had come out "Si tu as tort, admets-le. Si vous avez raison, soyez tranquille.")
TURNED_NOTE = ("Addressed with «{}» as the rest of the text: {} (the model's first choice used the other form here, "
               "and none of its alternatives used this one).")


def _turned(translation, target: str) -> bool:
    """Turn the words of the best hypothesis that say the other form to ``target``, where each is sure
    (address_rewrite.py); a note names them. Whether it did."""
    hyps, source = translation.hypotheses, getattr(translation, "source", "")
    if not hyps or form_of(hyps[0].text, source) == target:
        return False                    # (an imperative alone has no form_of: "N'aie pas peur !" is turned too)
    turned = address_rewrite.in_one_form(hyps[0].text, target, source)
    if not turned:
        return False
    hyps[0].text, changes = turned
    translation.notes.append(TURNED_NOTE.format(target, ", ".join(dict.fromkeys(changes))))
    return True


ORDER_NOTE = "An imperative with its pronoun after it: {} (the model had put the pronoun before the verb)."


def pronoun_after(translation) -> bool:
    """The best hypothesis with each imperative written after its elided pronoun ("Si tu as tort, l'admets.")
    written before it ("…, admets-le."; address_rewrite.py); a note says so. Whether it did."""
    hyps = translation.hypotheses
    turned = address_rewrite.pronoun_after(hyps[0].text, getattr(translation, "source", "")) if hyps else None
    if not turned:
        return False
    hyps[0].text, changes = turned
    translation.notes.append(ORDER_NOTE.format(", ".join(changes)))
    return True


# -- one form inside one sentence ---------------------------------------------------------------------------------
# "Mettez votre sac ici et attends-moi.", "Quand tu rentres chez toi, envoyez-moi un message.": both forms in one
# sentence, which no French reader lets pass; the beam most often holds the same sentence in one form just behind.
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
    sure_tu = bool(TU.search(best)) or tu_verbs(best, source)[0]
    for target in (("tu", "vous") if chat else ("vous", "tu")):
        if target == "tu" and not (sure_tu or chat):
            continue
        k = next((i for i, h in enumerate(hyps[1:], 1) if hyps[0].score - h.score <= MARGIN
                  and forms_in(h.text, source) == {target} and in_other_form(best, h.text)), None)
        if k is not None:
            _put_first(translation, k, MIXED_NOTE.format(target))
            return target
    pronoun = bool(TU.search(best))         # "tu" by words only after a "tu" pronoun: "Tout-le-Monde" is no verb
    return _by_words(translation, [t for t in (("tu", "vous") if chat else ("vous", "tu")) if t == "vous" or pronoun])


# where no hypothesis is the sentence in one form, its words are turned one by one (address_rewrite.py)
WORDS_NOTE = ("Addressed with «{}» all through: {} (the model's first choice mixed «tu» and «vous» in this sentence, "
              "and none of its alternatives was that sentence in one form).")


def _by_words(translation, order: Sequence[str]) -> Optional[str]:
    """Turn the best hypothesis's words of the other form, towards the first form in ``order`` where every one of
    them is sure and the result says that form only (address_rewrite.py); a note names the words. Returns the form,
    or None."""
    best, source = translation.hypotheses[0], getattr(translation, "source", "")
    for target in order:
        turned = address_rewrite.in_one_form(best.text, target, source)
        if turned:
            best.text, changes = turned
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
_ASKED = re.compile(r"\bplait\b|\bprie\b|\bveuillez\b")                       # on plain text
# (it had read "…, as a polite request («please») is (…)": a sentence that seemed to stop short)
_PLEASE_NOTE = "Addressed with «vous», as suits a request with «please» (the model's first choice used «tu»)."


def polite(translation, text: str = "") -> bool:
    """Put first the best hypothesis that says "vous", in "vous" only, where the best one says "tu" and the source
    asks with "please" ("Please mute your microphone." → "Éteignez votre microphone, s'il vous plaît."), if it scores
    within ``PLEASE_MARGIN``; not in a text (``text``, the source's whole text) written as friends write or that
    calls someone "tu" may be said to ("Hi Tom, please call me."). Whether it did."""
    hyps, source = translation.hypotheses, getattr(translation, "source", "")
    if not _tu_to_a_stranger(hyps, source, text or source, _PLEASE):
        return False
    k = _close_in_vous(hyps, source, lambda h: _ASKED.search(plain(h.text)) or not _ASKED.search(plain(hyps[0].text)))
    if k is None:
        return False
    _put_first(translation, k, _PLEASE_NOTE)
    return True


def _tu_to_a_stranger(hyps, source: str, text: str, cue: re.Pattern) -> bool:
    """Whether the best hypothesis says "tu" where ``cue`` in the source shows it speaks to someone it would call
    "vous" (``polite``'s "please", ``to_a_firm``'s company), in a ``text`` not written as friends write."""
    return bool(hyps) and bool(cue.search(source)) and not familiar(text) and not _CASUAL.search(text) \
        and form_of(hyps[0].text, source) == "tu"


def _close_in_vous(hyps, source: str, also=lambda h: True):
    """The index of the first hypothesis after the best that says "vous", in "vous" only, within ``PLEASE_MARGIN``
    of the best and passing ``also``; None where none does."""
    return next((i for i, h in enumerate(hyps[1:], 1) if hyps[0].score - h.score <= PLEASE_MARGIN
                 and _says(hyps[0].text, h.text, "vous", source) and forms_in(h.text, source) == {"vous"}
                 and also(h)), None)


# -- a customer to a company --------------------------------------------------------------------------------------
# "I have been a customer of your bank for twenty years, and…" came out "J'ai été un client de ta banque…": a customer
# writes to a shop, a bank or an airline in "vous", as to anyone he does not know (its "votre banque" was 0.031 lower)
_FIRM = re.compile(r"\byour\s+(?:(?:online\s+)?(?:shop|store)s?|bank|company|firm|airline|hotel|restaurant|staff|"
                   r"customer\s+service|after-sales\s+service|call\s+cent(?:re|er)|website|agency|branch|"
                   r"delivery(?:\s+(?:service|company|driver))?|(?:customer\s+)?support(?:\s+team)?|helpline|"
                   r"hotline)\b|"   # register30: "I have been waiting for your delivery since Monday."
                   r"\bI(?:\s+am|['’]m)\s+writing\s+to\s+complain\b|\bI\s+(?:would\s+like|wish|want)\s+to\s+complain\b",
                   re.IGNORECASE)
_FIRM_NOTE = "Addressed with «vous», as a customer writes to a company (the model's first choice used «tu»)."
_FIRM_WORDS_NOTE = ("Addressed with «vous», as a customer writes to a company: {} (the model's first choice used «tu», "
                    "and none of its alternatives said «vous»).")


def to_a_firm(translation, text: str = "") -> bool:
    """Put first the best hypothesis in "vous" only, where the best one says "tu" and the source speaks to a company
    as its customer ("your bank", "your shop", "I am writing to complain"): "…client de ta banque…" → "…client de
    votre banque…", if it scores within ``PLEASE_MARGIN``; else the best one's words turned where each is sure
    (address_rewrite.py). Not in a text written as friends write ("Hi Tom, your shop looks great!"). Whether it did."""
    hyps, source = translation.hypotheses, getattr(translation, "source", "")
    if not _tu_to_a_stranger(hyps, source, text or source, _FIRM):
        return False
    k = _close_in_vous(hyps, source)
    if k is not None:
        _put_first(translation, k, _FIRM_NOTE)
        return True
    turned = address_rewrite.in_one_form(hyps[0].text, "vous", source)
    if not turned:
        return False
    hyps[0].text = turned[0]
    translation.notes.append(_FIRM_WORDS_NOTE.format(", ".join(dict.fromkeys(turned[1]))))
    return True
