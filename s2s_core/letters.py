"""A letter's or an e-mail's greeting and closing lines, and a card's wishes, written as French writes them.

The models never learnt these lines (Tatoeba and the Hansards have none): "Best regards," came out "La poêle de la
tête,", "Kind regards," "Réfléchis,", "Dear Anna," "Darre Anna", "Hi Tom," "Salutez Tom,", and English paraphrases
fared no better ("Good morning team" → "Bonne matin"). A line that is only such a formula (a greeting with the name
it greets, or a closing) is written in its French form for a French target; the model still reads it, and its own
attempt stays in the tokens and the heatmap (the translator's note says so). Formulas only: "Best regards to your
mother." is a sentence, translated as one. The name signed after a closing line is copied as written ("Anna" had
come out "D'unna"). Wishes alone on their line likewise ("Happy Friday!" had come out "Veuillez vendredi !").
"""
from __future__ import annotations

import re
from typing import Optional

from .calendar_names import WEEKDAYS, WEEKDAYS_FR

CLOSINGS = {                            # the usual French e-mail closing for each English one
    "best regards": "Cordialement", "regards": "Cordialement", "kind regards": "Bien cordialement",
    "warm regards": "Bien cordialement", "warmest regards": "Bien cordialement", "best": "Bien à vous",
    "best wishes": "Bien à vous", "all the best": "Bien à vous", "sincerely": "Cordialement",
    "yours sincerely": "Cordialement", "sincerely yours": "Cordialement", "yours faithfully": "Cordialement",
    "yours truly": "Cordialement", "respectfully": "Respectueusement",
    "see you soon": "À bientôt", "talk soon": "À bientôt", "love": "Bises", "lots of love": "Grosses bises",
    "hugs": "Bises", "thanks and regards": "Merci et cordialement", "thanks and best regards": "Merci et cordialement",
    "cheers": "À bientôt", "yours": "Bien à vous",
}
GREETING_LINES = {                      # greetings that name no one ("Hello everyone" is left: the model knows it)
    "dear sir or madam": "Madame, Monsieur", "dear sir": "Monsieur", "dear madam": "Madame",
    "dear all": "Bonjour à tous", "hi all": "Bonjour à tous", "hello all": "Bonjour à tous",
    "dear team": "Bonjour à tous", "hi team": "Bonjour à tous", "hello team": "Bonjour à tous", "hi there": "Bonjour",
    "dear hiring manager": "Madame, Monsieur", "dear parents": "Chers parents", "dear customer": "Cher client",
    "dear valued customer": "Cher client", "dear customers": "Chers clients", "dear friends": "Chers amis",
    "dear colleagues": "Chers collègues", "dear neighbours": "Chers voisins", "dear neighbors": "Chers voisins",
    "dear students": "Chers étudiants", "dear guests": "Chers invités", "dear members": "Chers membres",
    "dear ladies and gentlemen": "Mesdames, Messieurs", "ladies and gentlemen": "Mesdames et messieurs",
}
_LINES = {**CLOSINGS, **GREETING_LINES}
_LINE = re.compile(rf"\s*({'|'.join(sorted(map(re.escape, _LINES), key=len, reverse=True))})\s*([,.!]?)\s*",
                   re.IGNORECASE)
_WITH_COMMA = {"best", "love", "hugs", "cheers", "yours"}     # a closing only before a comma ("Cheers!" is a toast)
GREETINGS = {"dear": "Bonjour", "hello": "Bonjour", "hi": "Bonjour", "hey": "Salut", "good morning": "Bonjour",
             "good afternoon": "Bonjour", "good evening": "Bonsoir"}
TITLES = {"Mr": "M.", "Mrs": "Mme", "Ms": "Mme", "Miss": "Mlle", "Dr": "Dr", "Prof": "Pr", "Professor": "Professeur",
          "Aunt": "Tante", "Uncle": "Oncle"}
_NAME = r"[A-Z][\w'’-]*"
# words of address that are no name ("Hello World", "Hi Mom,": the model translates them, "Salut le monde entier")
_NOT_NAMES = set("team all everyone everybody sir sirs madam world mom mum dad there guys folks friends honey darling "
                 "sweetie sunshine babe baby buddy love dear you son daughter kids mother father brother sister "
                 "grandma grandpa doctor teacher boss colleague colleagues hiring manager customer customers valued "
                 "diary god santa parents member members user users client clients partner partners the your my "
                 "our support sales staff ladies gentlemen boys girls editor editors reviewers brothers sisters hr "
                 "finance president day morning evening night monday tuesday wednesday thursday friday saturday "
                 "sunday lord man dude bro reader readers resident residents landlord granny nana kitty "
                 "america".split())
_TITLE = rf"(?:{'|'.join(TITLES)})\.?"
_PERSON = rf"(?:{_TITLE}\s+)?{_NAME}(?:\s{_NAME})?"
_AND = r"\s+(?:and|&)\s+"
# one person or two: "Anna", "Mr. Brown", "Anna and Tom", "Mr. and Mrs. Smith", "Dr. Lee & Prof. Kim"
_PEOPLE = rf"{_TITLE}{_AND}{_TITLE}\s+{_NAME}|{_PERSON}(?:{_AND}{_PERSON})?"
_GREETING = re.compile(rf"\s*({'|'.join(GREETINGS)})\s+({_PEOPLE})\s*([,!]?)\s*", re.IGNORECASE)
_TITLE_WORD = re.compile(rf"\b({'|'.join(TITLES)})\b\.?", re.IGNORECASE)


def _people_fr(people: str) -> Optional[str]:
    """The people a greeting names with their titles and "and" in French ("Mr. and Mrs. Smith" → "M. et Mme
    Smith"); None where a word is no name ("World", "Mom", "tom")."""
    names = [w for part in re.split(_AND, people, flags=re.IGNORECASE) for w in _TITLE_WORD.sub("", part).split()]
    if any(not w[0].isupper() or w.lower() in _NOT_NAMES or w.lower() == "and" for w in names):
        return None
    return re.sub(_AND, " et ", _TITLE_WORD.sub(lambda m: TITLES[m.group(1).capitalize()], people),
                  flags=re.IGNORECASE)


# wishes the model gets wrong ("Happy Friday!" → "Veuillez vendredi !", "Happy Easter!" → "Bonne-Est !", "Happy
# birthday!" → "Bonne anniversaire !", "Get well soon!" → "Prends bientôt !"), alone on their line, a name after
# them kept ("Happy birthday, Anna!")
WISHES = {"happy birthday": "Joyeux anniversaire", "happy anniversary": "Joyeux anniversaire",
          "happy easter": "Joyeuses Pâques", "happy holidays": "Joyeuses fêtes",
          "happy mother's day": "Bonne fête des mères", "happy father's day": "Bonne fête des pères",
          "happy valentine's day": "Joyeuse Saint-Valentin", "happy halloween": "Joyeux Halloween",
          "happy thanksgiving": "Joyeux Thanksgiving",
          "get well soon": "Bon rétablissement", "welcome back": "Bon retour", "happy weekend": "Bon week-end",
          **{f"happy {day.lower()}": f"Bon {day_fr}" for day, day_fr in zip(WEEKDAYS, WEEKDAYS_FR)}}
_WISH = re.compile(rf"\s*({'|'.join(sorted(map(re.escape, WISHES), key=len, reverse=True))})(?:(,?\s+)({_PEOPLE}))?"
                   r"\s*([!.]*)\s*", re.IGNORECASE)


_SIGNATURE = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*")
_SIGNED_AFTER = re.compile(r"\s*(?:thanks|many thanks|thank you|cheers|warmly|take care|yours|xoxo)\s*[,.!]?\s*",
                           re.IGNORECASE)       # closings the model knows ("Thanks," → "Merci,"), a name below them


def signed(line: str, before: str) -> bool:
    """Whether ``line`` is a signature: one to three capitalised words after a closing line ("Best regards," then
    "Anna", which the model read as "D'unna")."""
    m = _LINE.fullmatch(before)                # a closing line ends on a comma or nothing ("Thanks! Bye." is no letter)
    closing = (m and m.group(1).lower() in CLOSINGS or _SIGNED_AFTER.fullmatch(before)) and \
        not before.rstrip().endswith((".", "!", "?"))
    return bool(closing and _SIGNATURE.fullmatch(line)
                and not _NOT_NAMES & set(line.lower().split()))                 # "Mom", "The Support Team"


def written_fr(line: str) -> Optional[str]:
    """``line`` in French if it is only a greeting ("Dear Anna," → "Bonjour Anna,", "Dear Mr. and Mrs. Brown," →
    "Bonjour M. et Mme Brown,"), a closing ("Best regards," → "Cordialement,") or a wish ("Happy Friday!" → "Bon
    vendredi!"), its final comma or sign kept; else None."""
    m = _LINE.fullmatch(line)
    if m and (m.group(2) == "," or m.group(1).lower() not in _WITH_COMMA):
        return _LINES[m.group(1).lower()] + m.group(2)
    m = _GREETING.fullmatch(line)
    people = m and _people_fr(m.group(2))
    if people and (m.group(3) == "," or m.group(1).lower() == "dear"):          # "Hi Tom" alone: the model knows it
        return f"{GREETINGS[m.group(1).lower()]} {people}{m.group(3)}"
    m = _WISH.fullmatch(line.replace("’", "'"))
    people = m and m.group(3) and _people_fr(m.group(3))
    if m and (people or not m.group(3)):
        return WISHES[m.group(1).lower()] + (f"{m.group(2)}{people}" if people else "") + m.group(4)
    return None


# not "Hey": before its message it calls for attention ("Hey Tom, watch out!" is no "Salut Tom,")
_OPENING_GREETING = re.compile(rf"\s*(?:{'|'.join(g for g in GREETINGS if g != 'hey')})\s+(?:{_PEOPLE}),(?=\s+\S)",
                               re.IGNORECASE)


def opening_greeting(text: str) -> int:
    """Where a greeting that opens ``text`` on the line it shares with the message ends ("Hi Paul, thanks for the
    update.": 9), so that it is written as French writes it; 0 where there is none ("Hi Paul," had stayed in
    English: "Hi Paul, merci…"; "Hello John, how are you?" lost "John")."""
    m = _OPENING_GREETING.match(text)
    return m.end() if m and written_fr(m.group()) else 0


# an e-mail's attachment: "Please find attached the invoice." came out "Veuillez trouver la facture." (the
# attachment lost), "I have attached the file." "J'ai attaché le fichier." (tied to it)
_FIND_ATTACHED = re.compile(r"\bplease find attached\b", re.IGNORECASE)
_ATTACHED_FILE = re.compile(r"\battached (?:the|a|my|our|your) (?:file|document|invoice|report|pdf|photos?|pictures?|"
                            r"copy|form|cv|resume|agenda|contract|quote|receipt|slides|presentation)\b(?!\s+to\b)",
                            re.IGNORECASE)                            # not "attached the photos to the fridge"


_SEE_YOU = re.compile(r"\s*see (?:you|ya)\b(?!\?|\s*$)", re.IGNORECASE)
_SEEN = re.compile(r"(\W*)([Vv])oyez(?:-vous| oui)( à nouveau)?\b")


def see_you(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) saying "On se voit" where ``source`` opens with "See you…"
    and the model wrote "Voyez-vous" ("See you on Friday." came out "Voyez-vous vendredi.": "Do you see Friday?")."""
    if not _SEE_YOU.match(source):
        return text
    capital = source.lstrip()[0].isupper()                      # "see you on friday": "on se voit vendredi"
    return _SEEN.sub(lambda m: m.group(1) + ("O" if m.group(2) == "V" and capital else "o") +
                     ("n se revoit" if m.group(3) else "n se voit"), text, count=1) if _SEEN.match(text) else text


def attachments(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) saying that something is attached as an e-mail says it."""
    if _FIND_ATTACHED.search(source) and "ci-joint" not in text:
        text = re.sub(r"\b([Vv]euillez trouver) (?!ci-joint)", r"\1 ci-joint ", text, count=1)
    if _ATTACHED_FILE.search(source):
        text = re.sub(r"\battaché(e?s?)\b", r"joint\1", text, count=1)
    return text

