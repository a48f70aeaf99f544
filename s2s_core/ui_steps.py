"""A help text's step that opens a line ("Click Save", "Press Enter", "Select File, then click Open"), written in
French without the model, the button's name kept as typed; the model reads only what the step is for.

The model learnt no software and no "click" it says twice the same way: "Click <b>Save</b> to keep your changes."
came out "Click <b>Save</b> pour garder vos changements.", "Click OK." "Click OK.", "Press Enter to continue."
"L'énergie à continuer.", "Tap Settings to change the language." "Voyager de changer la langue.", "Select File,
then click Open." "Select File, puis monte Open."; read as "Click on Tom" it wrote "Cliquez Tom", "Clique-toi X",
"montez sur", "pleurer sur". French help texts say these steps in a handful of words ("Cliquez sur Save",
"Appuyez sur Entrée", "Sélectionnez File, puis cliquez sur Open"), so they are written so, and the model reads what
follows: "to keep your changes." (read "in order to…": "To continue." had come out "Continuez de continuer.").
Only a button's name in capitals after the verb ("Click here…", "Select a file" are left), the steps being the
whole line or followed by "to …" or by when to take it ("when you have finished": read by the model as typed, "Tap
Done when…" had come out "Passe quand tu as fini."); a button, a key or the screen said by what it is too ("Click the
Save button" → "Cliquez sur le bouton Save", "Tap the screen twice" → "Appuyez deux fois sur l'écran"). ``read(text)``
→ the step's French, the words read, what is left to translate.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .verbatim import NAMES

# the verb, as French help texts say it to "vous", with what comes between it and the name
VERBS = {"click": "Cliquez sur", "double-click": "Double-cliquez sur", "tap": "Appuyez sur", "press": "Appuyez sur",
         "hit": "Appuyez sur", "select": "Sélectionnez", "choose": "Choisissez"}
PLEASE = {"click": "Veuillez cliquer sur", "double-click": "Veuillez double-cliquer sur", "tap": "Veuillez appuyer sur",
          "press": "Veuillez appuyer sur", "hit": "Veuillez appuyer sur", "select": "Veuillez sélectionner",
          "choose": "Veuillez choisir"}
# a key's name as French keyboards write it, after a verb that presses it ("Press Enter" → "Appuyez sur Entrée")
KEYS = {"Enter": "Entrée", "Return": "Entrée", "Escape": "Échap", "Esc": "Échap", "Space": "Espace",
        "Spacebar": "Espace", "Backspace": "Retour arrière", "Shift": "Maj", "Delete": "Suppr"}
_PRESSED = ("press", "hit")
# a language chosen is said as French says it: "Choose French to learn…" had become "Choisissez French pour…" (the
# model alone: "Choisissez le français…")
LANGUAGES = {"English": "l'anglais", "French": "le français", "Spanish": "l'espagnol", "German": "l'allemand",
             "Italian": "l'italien", "Portuguese": "le portugais", "Chinese": "le chinois", "Japanese": "le japonais",
             "Arabic": "l'arabe", "Russian": "le russe", "Dutch": "le néerlandais"}
# a name in capitals (one to three words, "OK"), not a word that opens an ordinary object ("Click Here", "Select All
# the files"… are a sentence); a quoted name stands in as a name already (verbatim.py)
_NOT_NAME = (r"(?!(?:The|This|That|These|Those|Here|There|It|Them|Me|Him|Her|Us|You|A|An|My|Your|Our|Their|His|Its"
             r"|All)\b)")
_NAME = rf"{_NOT_NAME}(?:[A-Z][\w'’-]*)(?: (?!(?:To|And|Then)\b)[A-Z][\w'’-]*){{0,2}}"
# a thing on the screen named by what it is ("the Save button", "the button", "the screen"), as French says it: the
# model had written "Cliquez le Saveton…", "Appuyez le bouton à démarrer.", "Passe l'odeur deux fois à zoomène."
THINGS = {"button": "le bouton", "screen": "l'écran", "key": "la touche", "icon": "l'icône", "link": "le lien"}
_THING = rf"(?:the|THE)\s+(?:(?P<label>{_NAME})\s+)?(?P<thing>(?i:button|key|screen|icon|link)(?![\w'’-]))"
STEP = re.compile(rf"(?P<please>(?i:please)\s+)?(?P<verb>(?i:double-click|click|tap|press|hit|select|choose))\s+"
                  rf"(?P<on>(?i:on)\s+)?(?:{_THING}|(?P<name>{_NAME}(?: and [A-Z][\w'’-]*(?=\s*[.!]?\s*$))?)"
                  rf"(?![\w'’-]))(?P<twice>\s+(?i:twice))?")
# a word that places the step in a list of them, as French says it
OPENERS = {"then": "Puis", "now": "Maintenant", "next": "Ensuite", "finally": "Enfin", "first": "D'abord"}
_OPENER = re.compile(r"((?i:then|now|next|finally|first))(,)?\s+(?=(?i:please\s+)?(?i:double-click|click|tap|press|"
                     r"hit|select|choose)\s)")
_THEN = re.compile(r",?\s+(?:and\s+)?then\s+|,?\s+and\s+", re.IGNORECASE)
_END = re.compile(r"\s*[.!]?\s*$")
_FOR = re.compile(r"\s+to\s+(?=[a-z])(?!(?:the|a|an|my|your|his|her|our|their|this|that|these|those|it)\b)")
# a clause that says when to take the step, read by the model as typed: "Tap Done when you have finished." had come out
# "Passe quand tu as fini." (the step lost), now "Appuyez sur Done quand vous avez fini."
_WHEN = re.compile(r",?\s+(?=(?:when|once|if|after|before|as\s+soon\s+as)\s+(?:you|it|the|your|this|all|everything)\b)")


# a noun after "Press" or "Select" that makes a title, not a step ("Press Secretary to the Prime Minister", "Select
# Committee to examine the Bill": Hansard's); what a key pressed is ("Press Release." is no key)
_TITLES = frozenset("Committee Committees Release Releases Secretary Officer Gallery Conference Office Council".split())
_PRESSABLE = re.compile(rf"(?:{'|'.join(KEYS)}|Tab|Home|End|Insert|OK|Ctrl|Alt|Cmd|Command|Option|Power|Caps Lock|"
                        rf"F\d{{1,2}}|[A-Z]|{'|'.join(NAMES)})")     # a key combination stands in as a name


def _a_button(step: re.Match) -> bool:
    """Whether ``step`` names a button (or a key, after "press" or "hit"), not a title or a second verb."""
    name, verb = step.group("name") or step.group("label"), step.group("verb").lower()
    if step.group("twice") and not VERBS[verb].endswith(" sur"):      # "deux fois" goes before "sur"
        return False
    if name and (name.split()[-1] in _TITLES or name.split()[0].lower() in VERBS):
        return False
    thing = (step.group("thing") or "").lower()
    if thing == "key":                                 # "Press the Enter key": a key named
        return bool(name and _PRESSABLE.fullmatch(name))
    return bool(thing) or verb not in _PRESSED or bool(_PRESSABLE.fullmatch(name))


class Steps(NamedTuple):
    french: str          # the steps as French writes them ("Cliquez sur Save"), without the purpose
    spans: tuple         # for each word of ``typed``, the (first, last) French words it became
    typed: str           # the words read as steps ("Click Save")
    rest: str            # what the model reads after them ("in order to keep your changes."), "" for none
    end: str             # the line's final sign where the steps are the whole line (".", "!" or "")


def read(text: str) -> Steps | None:
    """``text``'s opening steps, or None where it opens with none or goes on with more than their purpose."""
    opener = _OPENER.match(text)           # "Then press Enter…" had come out "Puis, exhorte l'énergie…"
    said = OPENERS[opener.group(1).lower()] if opener else ""
    french: list[str] = [said + ","] if opener and said != "Puis" else said.split()     # "Ensuite, cliquez…"
    spans: list[tuple[int, int]] = [(0, len(french) - 1)] * len(opener.group().split()) if opener else []
    pos = opener.end() if opener else 0
    while True:
        step = STEP.match(text, pos)
        if not step or not _a_button(step):
            return None
        _said(step, french, spans)
        pos = step.end()
        then = _THEN.match(text, pos)
        if then and STEP.match(text, then.end()):
            _joined(then.group(), french, spans)
            pos = then.end()
            continue
        end, purpose = _END.fullmatch(text, pos), _FOR.match(text, pos)
        if end:
            return Steps(" ".join(french), tuple(spans), text[:pos], "", end.group().strip())
        if purpose:
            return Steps(" ".join(french), tuple(spans), text[:pos], "in order to " + text[purpose.end():], "")
        when = _WHEN.match(text, pos)
        if when:
            return Steps(" ".join(french), tuple(spans), text[:pos], text[when.end():], "")
        return None


def _said(step: re.Match, french: list[str], spans: list[tuple[int, int]]) -> None:
    """``step`` said in French after ``french``, the span of each of its typed words added to ``spans``."""
    verb = step.group("verb").lower()
    said = (PLEASE if step.group("please") else VERBS)[verb]
    said = said[:1].lower() + said[1:] if french or step.group()[:1].islower() else said   # "Tip: press…": "appuyez"
    said = said[:-len(" sur")] + " deux fois sur" if step.group("twice") else said    # "Appuyez deux fois sur…"
    start = len(french)
    french += said.split()
    object_at = step.start("thing") if step.group("thing") else step.start("name")
    before = len(step.string[step.start():object_at].split())
    before -= 1 + len((step.group("label") or "").split()) if step.group("thing") else 0    # "the Save" are the thing's
    spans += [(start, len(french) - 1)] * before
    if step.group("thing"):
        _thing_said(step, french, spans)
    else:
        _name_said(step.group("name"), verb, french, spans)
    if step.group("twice"):
        spans.append((start + 1, start + 2))


def _thing_said(step: re.Match, french: list[str], spans: list[tuple[int, int]]) -> None:
    """"the Save button" said "le bouton Save", "the Enter key" "la touche Entrée", "the screen" "l'écran"."""
    article = len(french)
    thing = step.group("thing").lower()
    french += THINGS[thing].split()
    noun = len(french) - 1
    spans.append((article, article))                          # "the": "le", "la", "l'écran"
    label = step.group("label")
    if label:                                                 # "Save" after "le bouton"
        _name_said(label, "press" if thing == "key" else "", french, spans)
    spans.append((noun, noun))


def _name_said(name: str, verb: str, french: list[str], spans: list[tuple[int, int]]) -> None:
    """A button's or a key's ``name`` after ``verb``: a key as French keyboards write it, a language as French says
    it, else as typed."""
    key = KEYS.get(name) if verb in _PRESSED or verb == "tap" and name != "Delete" else LANGUAGES.get(name)
    for word in [name] if key else name.split():
        french += (key or word).split()
        spans.append((len(french) - len((key or word).split()), len(french) - 1))


def _joined(then: str, french: list[str], spans: list[tuple[int, int]]) -> None:
    """", then " said ", puis", " and " " et", after the last French word."""
    words = then.split()
    said = "puis" if "then" in then.lower() else "et"
    if said == "puis":                         # "Select File, then click Open": "Sélectionnez File, puis…"
        french[-1] += ","
    french.append(said)
    spans += [(len(french) - 1, len(french) - 1)] * len([w for w in words if w != ","])


# "click on" opening a line in lower case: the model read it as a verb of moving ("click on the blue button…" came out
# «monte sur le bouton bleu…», "click on the box…" «montez sur la boîte…», "click on your name…" «ton nom…»), and
# read "Click on" rightly («Cliquez sur le bouton bleu…»): 6 of 10 lines better, 4 alike, none worse. Not "click the"
# ("click the button below…" came out worse capitalised), nor "tap", "press", "select" (worse or alike).
_LOWER_CLICK_ON = re.compile(r"click(?=\s+on\s)")
CLICK_ON = ("“click on” with its capital",)         # the reading's note


def read_click_on(text: str) -> str:
    """``text`` with a lower-case "click on" that opens it read "Click on": "click on the link" → "Click on the
    link"."""
    return "C" + text[1:] if _LOWER_CLICK_ON.match(text) else text

# "cliquez" written with its object straight after it, or the non-word "clique-toi": "Click on the link in the email"
# came out «Cliquez le lien dans le courriel», "Click on your name…" «Cliquez votre nom…», "click on the picture…"
# «Clique-toi sur la photo…»; French help texts say «Cliquez sur le lien», «Clique sur la photo»
_CLICKED = re.compile(r"(?<![\w'’-])((?:[Dd]ouble-)?[Cc]liquez|CLIQUEZ)\s+(?=(?:le|la|les|l['’]|un|une|des|ce|cet"
                      r"|cette|ces|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs)\b)")
_CLICK_YOURSELF = re.compile(r"(?<![\w'’-])([Cc]lique)-toi(?=\s+sur\b)")


def mend_click(text: str) -> str:
    """French ``text`` with "cliquer" followed by "sur": "Cliquez le lien" → "Cliquez sur le lien", "Clique-toi sur
    la photo" → "Clique sur la photo"."""
    return _CLICK_YOURSELF.sub(r"\1", _CLICKED.sub(lambda m: m.group(1) + " sur ", text))

# a button's or a status line's words alone on their line, as French interfaces write them: read alone, the model
# wrote "Loading…" "Arrête…", "Settings" "Sécortez", "Cancel" "Celle-ci", "Accept cookies" "Accept biscuits", "Save"
# "Sauvez", "Delete" "Appuyez", "Submit" "Sous-toi", "Share" "C'est mal", "Menu" "Le mien"; only words that are no
# reply in a chat ("Done", "Back", "Close", "Continue", "Yes", "Help" are left to the model)
LINES = {"loading": "Chargement", "settings": "Paramètres", "cancel": "Annuler",
         "accept cookies": "Accepter les cookies", "accept all cookies": "Accepter tous les cookies",
         "reject all": "Tout refuser", "save": "Enregistrer",
         "delete": "Supprimer", "next": "Suivant", "previous": "Précédent", "submit": "Envoyer",
         "search": "Rechercher", "edit": "Modifier", "undo": "Annuler", "retry": "Réessayer",
         "download": "Télécharger", "upload": "Importer", "share": "Partager", "refresh": "Actualiser",
         "skip": "Passer", "paste": "Coller", "print": "Imprimer", "menu": "Menu", "profile": "Profil",
         "apply": "Appliquer", "reset": "Réinitialiser", "read more": "Lire la suite", "show more": "Afficher plus",
         "learn more": "En savoir plus", "get started": "Commencer", "subscribe": "S'abonner"}
_LINE = re.compile(r"\s*([A-Z][A-Za-z ]*?)\s*(…|\.\.\.)?\s*")       # a capital: "next" may be a chat


def written_line(line: str) -> str:
    """``line`` as a French interface writes it where it is a button's or a status line's words alone ("Settings" →
    "Paramètres", "Loading…" → "Chargement…"), else ""."""
    alone = _LINE.fullmatch(line)
    said = LINES.get(alone.group(1).lower()) if alone else None
    if not said or alone.group(2) and alone.group(1).lower() != "loading":
        return ""
    return said + (alone.group(2) or "")
