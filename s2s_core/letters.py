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

from .aside import LAUGH, laugh_fr
from .calendar_names import WEEKDAYS, WEEKDAYS_FR
from .opening_names import MEN, WOMEN
from .shorthand import read_chat
from .verbatim import NAMES as STAND_IN_NAMES

CLOSINGS = {                            # the usual French e-mail closing for each English one
    "best regards": "Cordialement", "regards": "Cordialement", "kind regards": "Bien cordialement",
    "warm regards": "Bien cordialement", "warmest regards": "Bien cordialement", "best": "Bien à vous",
    "best wishes": "Bien à vous", "all the best": "Bien à vous", "sincerely": "Cordialement",
    "yours sincerely": "Cordialement", "sincerely yours": "Cordialement", "yours faithfully": "Cordialement",
    "yours truly": "Cordialement", "respectfully": "Respectueusement",
    "see you soon": "À bientôt", "talk soon": "À bientôt", "love": "Bises", "lots of love": "Grosses bises",
    "hugs": "Bises", "thanks and regards": "Merci et cordialement", "thanks and best regards": "Merci et cordialement",
    "cheers": "À bientôt", "yours": "Bien à vous", "xoxo": "Bisous",
    # "Love you / Mum" had come out "T'ai-toi bien / Mume", "see you there" "vous y voyez", "see ya" "vois oui",
    # "c u" (read "see you") "tu vois", "see you around" "vous voyez dans les environs"
    "love you": "Je t'aime", "love u": "Je t'aime", "love ya": "Je t'aime", "see you": "À plus", "see ya": "À plus",
    "see u": "À plus", "c u": "À plus",
    "c ya": "À plus", "cya": "À plus", "see you around": "À plus", "see ya around": "À plus",
    "see you there": "On se voit là-bas", "see ya there": "On se voit là-bas", "see u there": "On se voit là-bas",
    "c u there": "On se voit là-bas", "see ya later": "À plus tard", "see ya soon": "À bientôt",
    "xx": "Bisous", "xxx": "Bisous",                        # in lower case only ("XX" is twenty): ``written_fr``
    # "talk later" had come out "parle plus tard"
    "talk later": "À plus tard", "talk to you later": "À plus tard", "speak soon": "À bientôt",
    "talk to you soon": "À bientôt", "speak to you soon": "À bientôt",
    "bye": "Au revoir", "bye bye": "Au revoir", "bye for now": "À bientôt",   # "bye" had come out "dessus", "d'ici"
}
GREETING_LINES = {                      # greetings that name no one ("Hello everyone" is left: the model knows it)
    "dear sir or madam": "Madame, Monsieur", "dear sir": "Monsieur", "dear madam": "Madame",
    "dear all": "Bonjour à tous", "hi all": "Bonjour à tous", "hello all": "Bonjour à tous",
    "dear team": "Bonjour à tous", "hi team": "Bonjour à tous", "hello team": "Bonjour à tous", "hi there": "Bonjour",
    "hey you": "Hé toi",           # a call: "hey you, are you coming?" had come out "c'est vous, vous venez ?"
    # "Good evening." had come out "Bonjour.", "Good evening, everyone." "Bonjour, tout le monde."
    "good evening": "Bonsoir", "good evening everyone": "Bonsoir à tous", "good evening all": "Bonsoir à tous",
    "good evening, everyone": "Bonsoir à tous", "good evening, all": "Bonsoir à tous",
    "hi": "Bonjour", "hey": "Salut", "hey there": "Salut",            # alone: "hi" had come out "trahis", "hey"
                                                                       # "c'est vrai"
    # cut off a message (clauses.hello_before), "Hello," had come out «Bonjour,» the model was unsure of (flagged);
    # read whole, «Salut» to someone called «vous», or nothing: written so, alone too
    "hello": "Bonjour", "good morning": "Bonjour", "good afternoon": "Bonjour",
    "dear hiring manager": "Madame, Monsieur", "dear parents": "Chers parents", "dear customer": "Cher client",
    "dear valued customer": "Cher client", "dear customers": "Chers clients", "dear friends": "Chers amis",
    "dear colleagues": "Chers collègues", "dear neighbours": "Chers voisins", "dear neighbors": "Chers voisins",
    "dear students": "Chers étudiants", "dear guests": "Chers invités", "dear members": "Chers membres",
    "dear ladies and gentlemen": "Mesdames, Messieurs", "ladies and gentlemen": "Mesdames et messieurs",
    # "Dear Sir/Madam," had stayed in English, "To whom it may concern," came out "À qui cela peut se préoccuper,",
    # "Dear tenant," "Darmez-vous,", "Dear landlord," "De l'arme,", "Dear residents," "Dix résidents,"
    "dear sir/madam": "Madame, Monsieur", "dear sir / madam": "Madame, Monsieur", "dear madam/sir": "Madame, Monsieur",
    "dear madam or sir": "Madame, Monsieur", "dear sirs": "Messieurs", "to whom it may concern": "Madame, Monsieur",
    "dear landlord": "Madame, Monsieur", "dear applicant": "Madame, Monsieur", "dear candidate": "Madame, Monsieur",
    "dear tenant": "Cher locataire", "dear tenants": "Chers locataires", "dear resident": "Cher résident",
    "dear residents": "Chers résidents", "dear passenger": "Cher passager", "dear passengers": "Chers passagers",
    "dear client": "Cher client", "dear clients": "Chers clients", "dear user": "Cher utilisateur",
    "dear users": "Chers utilisateurs", "dear member": "Cher membre", "dear subscriber": "Cher abonné",
    "dear subscribers": "Chers abonnés", "dear participants": "Chers participants", "dear patients": "Chers patients",
    "dear partners": "Chers partenaires", "dear staff": "Chers collaborateurs", "dear everyone": "Bonjour à tous",
}
# a chat's short replies: "no worries" had come out "aucun souci ne se soucie", "no thanks" "aucun souvenir", "yes
# please" "s'il vous plaît" (the "yes" lost)
REPLIES = {"no worries": "Pas de souci", "no thanks": "Non merci", "no thank you": "Non merci",
           "yes please": "Oui, volontiers",
           # "sure thing" had come out "Ce n'est pas vrai", "will do" "le fera", "fingers crossed" "les doigts
           # traversèrent les doigts", "no rush" "aucune précipitation"
           "sure thing": "Bien sûr", "will do": "Ça marche", "fingers crossed": "Je croise les doigts",
           "no rush": "Rien ne presse",
           "long time no see": "Ça fait longtemps",     # had come out "de longues fois ne voient pas"
           "wow": "Waouh"}     # opening a line: "Wow, that was amazing!" had come out "Ou bien, c'était…" (words35)
_LINES = {**CLOSINGS, **GREETING_LINES, **REPLIES}
_LINE = re.compile(rf"\s*({'|'.join(sorted(map(re.escape, _LINES), key=len, reverse=True))})\s*([,.!]?)\s*",
                   re.IGNORECASE)
# a closing only before a comma ("Cheers!" is a toast), or alone on a line at a message's end (``closing_alone``)
_WITH_COMMA = {"best", "love", "hugs", "cheers", "yours", "xoxo"}
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
                 "america class classes friend coach coaches teachers bosses neighbour neighbor neighbours "
                 "neighbors sis".split())
# nor a pronoun opening a sentence: "Hi, I'm Sarah." had been read as a greeting to "I'm Sarah" ("Bonjour, I'm Sarah.")
_NOT_NAMES |= {f"{w}{end}" for w in ("i", "it", "we", "you", "he", "she", "they", "that", "here", "what", "who", "how")
               for end in ("", "'m", "'s", "'re", "'ll", "'ve", "'d", "’m", "’s", "’re", "’ll", "’ve", "’d")}
_TITLE = rf"(?:{'|'.join(TITLES)})\.?"
_PERSON = rf"(?:{_TITLE}\s+)?{_NAME}(?:\s{_NAME})?"
_AND = r"\s+(?:and|&)\s+"
# one person or two: "Anna", "Mr. Brown", "Anna and Tom", "Mr. and Mrs. Smith", "Dr. Lee & Prof. Kim"
_PEOPLE = rf"{_TITLE}{_AND}{_TITLE}\s+{_NAME}|{_PERSON}(?:{_AND}{_PERSON})?"
# "Good evening, Anna." too: a greeting, a comma, a name and the end ("Bonjour, Anna.": the model says good morning)
_GREETING = re.compile(rf"\s*({'|'.join(GREETINGS)})(,?)\s+({_PEOPLE})\s*([,!.]?)\s*", re.IGNORECASE)
_TITLE_WORD = re.compile(rf"\b({'|'.join(TITLES)})\b\.?", re.IGNORECASE)


# the family greeted, wished or signing, in French: "Hi mum," had come out "Suis,", "Happy birthday, Mum!"
# "Bonne anniversaire, Mum !", "Love, / Mum" "Bises, / Mume" (masculine or feminine, for "Cher papa,")
FAMILY = {"mum": "maman", "mom": "maman", "mummy": "maman", "mommy": "maman", "mama": "maman", "dad": "papa",
          "daddy": "papa", "papa": "papa", "grandma": "mamie", "granny": "mamie", "gran": "mamie", "nana": "mamie",
          "grandpa": "papi", "grandad": "papi", "granddad": "papi", "gramps": "papi", "grandmother": "grand-mère",
          "grandfather": "grand-père",
          # "hi uncle," had come out "Bonjour Uncle,", "hey sis," "Salut Sis,", "hi sister," "Ma sœur, sœur"
          "aunt": "tante", "auntie": "tata", "aunty": "tata", "uncle": "oncle", "cousin": "cousin",
          "sis": "sœurette", "bro": "frérot", "sister": "sœur", "brother": "frère"}
_FEMININE = {"maman", "mamie", "grand-mère", "tante", "tata", "sœurette", "sœur"}
# others greeted by what they are after "hi", "hey" or "hello": "hi class," had come out "Bonjour Class,", "hello
# friend," "Bonjour Friend,", "hi boss," "La randonne,", "hi teacher," "C'est le professeur,"
ADDRESSED = {"class": "la classe", "friend": "l'ami", "friends": "les amis", "coach": "coach", "boss": "patron",
             "teacher": "professeur", "neighbour": "voisin", "neighbor": "voisin", "neighbours": "les voisins",
             "neighbors": "les voisins"}
# words typed in lower case after "hi" that are no name ("hi again," "hey you,")
_NOT_LOWER_NAMES = _NOT_NAMES | set("again both ya yall y'all people mate mates fam gang girl lads hun hon sweetheart "
                                    "stranger gorgeous beautiful handsome cutie pal pals neighbour neighbor so oh "
                                    "well yes no ok okay thanks sorry".split())


def _family(people: str) -> Optional[list[str]]:
    """The family ``people`` names, as French calls them ("mom and dad" → ["maman", "papa"]), or None."""
    parts = [p.lower() for p in re.split(_AND, people, flags=re.IGNORECASE)]
    return [FAMILY[p] for p in parts] if all(p in FAMILY for p in parts) else None


def _people_fr(people: str, lower: bool = False, addressed: bool = True) -> Optional[str]:
    """The people a greeting names with their titles and "and" in French ("Mr. and Mrs. Smith" → "M. et Mme
    Smith"), the family as French calls them ("Mum" → "maman", "mom and dad" → "maman et papa": had come out
    "Darmez-vous et papa,"), one ``addressed`` by what they are ("class" → "la classe"), or with ``lower`` one name
    typed in lower case, capitalised ("hi anna," had come out "À mon avis,"); None where a word is no name
    ("World", "tom")."""
    family = _family(people)
    if family:
        return " et ".join(family)
    if addressed and people.lower() in ADDRESSED:
        return ADDRESSED[people.lower()]
    if lower and re.fullmatch(r"[a-z][a-z'’-]+", people) and people not in _NOT_LOWER_NAMES:
        return people.capitalize()
    names = [w for part in re.split(_AND, people, flags=re.IGNORECASE) for w in _TITLE_WORD.sub("", part).split()]
    if any(not w[0].isupper() or w.lower() in _NOT_NAMES or w.lower() == "and" for w in names) \
            or _shouted_words(people, names):
        return None
    return re.sub(_AND, " et ", _TITLE_WORD.sub(lambda m: TITLES[m.group(1).capitalize()], people),
                  flags=re.IGNORECASE)


# a shouted line's words after a greeting are all capitalised: two words there are a name after a listed first name
# or a title ("GOOD NIGHT, SLEEP WELL." had come out "BONNE NUIT, SLEEP WELL.", "…, SWEET DREAMS." "…, SWEET DREAMS.")
_FIRST_NAMES = WOMEN | MEN | set(STAND_IN_NAMES)


def _shouted_words(people: str, names: list[str]) -> bool:
    """Whether ``people``, typed in capitals without a title, are words whose first is no listed first name
    ("SLEEP WELL", "STAY SAFE"; not "TOM SMITH", "MR. BROWN", nor one word: "GET WELL SOON, XAVIER!" read to the
    model had come out "PRENDS BIENTÔT, XAVIER !")."""
    return people.isupper() and not _TITLE_WORD.search(people) and len(names) > 1 \
        and names[0].capitalize() not in _FIRST_NAMES


# wishes the model gets wrong ("Happy Friday!" → "Veuillez vendredi !", "Happy Easter!" → "Bonne-Est !", "Happy
# birthday!" → "Bonne anniversaire !", "Get well soon!" → "Prends bientôt !"), alone on their line, a name after
# them kept ("Happy birthday, Anna!")
WISHES = {"happy birthday": "Joyeux anniversaire", "happy anniversary": "Joyeux anniversaire",
          "happy easter": "Joyeuses Pâques", "happy holidays": "Joyeuses fêtes",
          "happy mother's day": "Bonne fête des mères", "happy father's day": "Bonne fête des pères",
          "happy valentine's day": "Joyeuse Saint-Valentin", "happy halloween": "Joyeux Halloween",
          "happy thanksgiving": "Joyeux Thanksgiving",
          "get well soon": "Bon rétablissement", "welcome back": "Bon retour", "happy weekend": "Bon week-end",
          # "Feel better soon!" had come out "N'oublie pas mieux !", "Best of luck!" "Bois de chance !"
          "feel better soon": "Bon rétablissement", "get better soon": "Bon rétablissement",
          "best of luck": "Bonne chance", "good luck": "Bonne chance", "congratulations": "Félicitations",
          "cheers": "Santé",           # alone with its "!", a toast ("Vérifiez !"); with a comma, a closing
          # "merry christmas" had come out "merci Noël", "happy new year" "une nouvelle année heureuse", "good
          # morning" "bon matin", "well done" "en avez bien fait", "sweet dreams" "Ça fait de bons rêves"
          "merry christmas": "Joyeux Noël", "happy christmas": "Joyeux Noël", "happy new year": "Bonne année",
          "good morning": "Bonjour", "good night": "Bonne nuit", "well done": "Bravo",
          "sweet dreams": "Fais de beaux rêves", "take care": "Prends soin de toi",
          "have a nice day": "Bonne journée", "have a good day": "Bonne journée",
          "have a great day": "Bonne journée", "have a nice weekend": "Bon week-end",
          "have a good weekend": "Bon week-end",
          # "night night" had come out "la nuit nuit", "safe travels" "voyages en sécurité", "have a safe flight"
          # "disposez d'un vol sauf", "have fun!" "t'amuse-toi !", "enjoy ur day" "prends plaisir à votre journée",
          # "morning!" "Le matin !" ("morning" and "night" only with their "!": "Morning" heads a timetable)
          "night night": "Bonne nuit", "nighty night": "Bonne nuit", "safe travels": "Bon voyage",
          "safe trip": "Bon voyage", "have a safe trip": "Bon voyage", "safe journey": "Bon voyage",
          "have a safe journey": "Bon voyage", "safe flight": "Bon vol", "have a safe flight": "Bon vol",
          "have a good flight": "Bon vol", "have fun": "Amuse-toi bien", "enjoy your day": "Bonne journée",
          "enjoy your weekend": "Bon week-end", "have a good evening": "Bonne soirée",
          "have a nice evening": "Bonne soirée", "have a good night": "Bonne soirée", "morning": "Bonjour",
          "night": "Bonne nuit",
          "have a great weekend": "Bon week-end", "happy holiday": "Joyeuses fêtes",
          # "Many happy returns!" came out "De nombreux retours heureux !", read "Happy birthday!" (phrasing/events.py)
          # "Bonne anniversaire !"
          "many happy returns": "Joyeux anniversaire", "many happy returns of the day": "Joyeux anniversaire",
          # demo31 (s31): "happy birthday to you!!" had come out "Je suis heureux d'anniversaire !!"
          "happy birthday to you": "Joyeux anniversaire",
          **{f"happy {day.lower()}": f"Bon {day_fr}" for day, day_fr in zip(WEEKDAYS, WEEKDAYS_FR)}}
_NTH = r"happy (\d{1,3})(?:st|nd|rd|th) (?:birthday|anniversary)"    # "Happy 40th birthday" → "Bonne 40e anniversaire"
_WISH = re.compile(rf"\s*({_NTH}|{'|'.join(sorted(map(re.escape, WISHES), key=len, reverse=True))})"
                   rf"(?:(,?\s+)({_PEOPLE}))?"
                   r"\s*([!.]*)\s*", re.IGNORECASE)


_SIGNATURE = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*")
_SIGNED_AFTER = re.compile(r"\s*(?:thanks|many thanks|thank you|cheers|warmly|take care|yours|xoxo)\s*[,.!]?\s*",
                           re.IGNORECASE)       # closings the model knows ("Thanks," → "Merci,"), a name below them


def signed(line: str, before: str, earlier: Optional[str] = None, later: str = "") -> bool:
    """Whether ``line`` is a signature: one to three capitalised words after a closing line ("Best regards," then
    "Anna", which the model read as "D'unna"). Given the line ``earlier`` than ``before`` (and the one ``later``
    than ``line``), a closing typed without its comma must be one (``closing_alone``): in "Hope / Love / Faith" the
    model's "Faith" had been copied as a name."""
    m = _LINE.fullmatch(before)                # a closing line ends on a comma or nothing ("Thanks! Bye." is no letter)
    closing = (m and m.group(1).lower() in CLOSINGS or _SIGNED_AFTER.fullmatch(before)) and \
        not before.rstrip().endswith((".", "!", "?"))
    bare = m and m.group(1).lower() in _WITH_COMMA and m.group(2) != ","
    if closing and bare and earlier and earlier.strip() and not closing_alone(before, earlier, line, later=later):
        return False
    return bool(closing and (_SIGNATURE.fullmatch(line) and not _NOT_NAMES & set(line.lower().split())
                             or line.strip().lower() in FAMILY))                # "The Support Team", "Your Mom"


def signature(line: str) -> str:
    """A signed name as written, one of the family as French calls them ("Mum" → "Maman": had come out "Mume")."""
    family = FAMILY.get(line.strip().lower())
    return line.replace(line.strip(), family.capitalize()) if family else line


# a closing and the name signed after it on one line: "Cheers, Tom" had come out "Vérifiez, Tom", "Love, Mum" "À
# l'amour, Mum", "Regards, Anna" "À peine Anna"; not with a sign after ("Cheers, Tom!" toasts Tom)
_SIGNED_LINE = re.compile(rf"\s*({'|'.join(sorted(map(re.escape, CLOSINGS), key=len, reverse=True))})(,\s+)"
                          r"([A-Za-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*", re.IGNORECASE)
_CALLING_CLOSING = re.compile(r"\b(?:you|u|ya)\b|^\s*(?:bye|bye bye|goodbye|night|good ?night|nite)\s*$",
                              re.IGNORECASE)              # a closing said to someone: "Love you,", "Bye," (not "Love,")
_LIST_ITEM = re.compile(r"\s*(?:[-*•·–]|\d{1,2}[.)])\s")
_THANKS = re.compile(r"\s*(?:thanks|thank you|many thanks|thanks again|thx|ty)\b[\w\s]*[.!]*\s*", re.IGNORECASE)
# a toast before "Cheers!": "Let's raise a glass to the happy couple! / Cheers!" had come out "… / À bientôt !"
_TOAST = re.compile(r"\b(?:glass|glasses|toast|here['’]s to|congratulations|congrats)\b|^\s*to\s+[^.?]*!\s*$",
                    re.IGNORECASE)                                  # "To the bride and groom! / Cheers!"


def _message(line: str, earlier: str = "", family: bool = False) -> bool:
    """Whether ``line`` reads as a message's last sentence: three words or more ("Money" in "Things I want: /
    Money / Love" is a list's item, "Better" in "Good / Better / Best" a poem's line), or thanks ("Thanks!"), not
    a heading, a list's item, nor after a heading (``earlier``); a question only before the ``family`` signing
    ("What do you want for dinner? / Love / Mum", not "What matters? / Love / Faith")."""
    return bool((len(line.split()) >= 3 or _THANKS.fullmatch(line) or line.rstrip().endswith((".", "!")))
                and not line.rstrip().endswith(":")
                and (family or not line.rstrip().endswith("?"))
                and not _LIST_ITEM.match(line) and not earlier.rstrip().endswith(":"))


def closing_alone(line: str, before: str, after: str, earlier: str = "", later: str = "") -> bool:
    """Whether ``line`` is a closing typed without its comma ("Cheers", "Love", "Best", "xoxo") on a line of its
    own after the message (``before``, and the line ``earlier``) and before a signature or nothing (``after``, and
    nothing ``later``): "Cheers" had come out "Ça fait du bonheur", "Love / Mum" "L'amour / Mume", "Best / Tom"
    "Brrête / Tom", "xoxo" "c'est oxo". Not a text of that word alone ("Cheers!": a toast), nor a line of a list or
    a poem ("Good / Better / Best" had come out "… / Bien à vous"), nor "Cheers!" after a toast or a wish."""
    m = _LINE.fullmatch(line)
    if not (m and m.group(1).lower() in _WITH_COMMA and m.group(2) != ","
            and _message(before, earlier, after.strip().lower() in FAMILY)):
        return False
    if m.group(1).lower() == "cheers" and line.rstrip().endswith("!") and \
            (_TOAST.search(before) or _WISH.fullmatch(before.replace("’", "'"))):      # "Happy birthday Tom! / Cheers!"
        return False
    return not after.strip() or signed(after, line.rstrip(" .!")) and (      # a title, "Sent from my iPhone" below
        not later.strip() or before.rstrip().endswith((".", "!")))


def closing_fr(line: str) -> Optional[str]:
    """A closing alone on its line (``closing_alone``) as French writes it, its sign kept ("Cheers!" → "À bientôt
    !": at a message's end no toast)."""
    m = _LINE.fullmatch(line)
    return m and CLOSINGS.get(m.group(1).lower()) and CLOSINGS[m.group(1).lower()] + m.group(2)


# "how are you" alone on its line, a greeting before it or not: "how are you?" had come out "comment êtes-vous ?"
# ("what are you like?"), "hey how are u" "c'est comme ça que tu es", "hi, how are you?" "Qu'est-ce que tu es ?";
# "what's up" likewise ("hey whats up" had come out "c'est ce qui se passe"); "today" after it kept ("Hello, how are
# you today?" had come out "Salut, comment êtes-vous aujourd'hui ?")
_HOW_ARE_YOU = re.compile(r"\s*(?:(hi|hey|hello|hiya)\s*([,!]?)\s+)?(?:how\s+(?:are|r)\s+(?:you|u|ya)(?:\s+doing)?"
                          r"|(what['’]?s\s+up))(\s+today)?(\s*\?*)\s*", re.IGNORECASE)
_KISSES = re.compile(r"(\s*\S.*?)\s+(?:x{1,3}|xo|xoxo)(\s*)")              # a formula, then kisses


def written_fr(line: str, chat: bool = True) -> Optional[str]:
    """``line`` in French if it is only a greeting ("Dear Anna," → "Bonjour Anna,", "Dear Mr. and Mrs. Brown," →
    "Bonjour M. et Mme Brown,"), a closing ("Best regards," → "Cordialement,") or a wish ("Happy Friday!" → "Bon
    vendredi!"), its final comma or sign kept; a laugh alone as French chat writes it ("lol" had come out "bol",
    "lmao" "les homards": "mdr"); typed in chat spelling too ("happy bday" had come out "heureux anniversaire"), or
    with kisses after it ("feel better soon xx" → "Bon rétablissement, bisous"); else None."""
    how = _HOW_ARE_YOU.fullmatch(line)
    if how:
        greeting = how.group(1) and GREETINGS.get(how.group(1).lower(), "Salut")
        asked = ("quoi de neuf" if how.group(3) else "comment ça va") + (" aujourd'hui" if how.group(4) else "")
        said = f"{greeting}! {asked.capitalize()}" if how.group(2) == "!" else f"{greeting}, {asked}" if greeting \
            else asked.capitalize()
        return said + how.group(5)
    kisses = _KISSES.fullmatch(line)
    said = kisses and (written_fr(kisses.group(1), chat) or kisses.group(1).strip().lower() in ("night", "morning")
                       and written_fr(kisses.group(1) + "!")[:-1])          # "night xx" had come out "la nuit bisous"
    if said:
        return said + (" Bisous" if said.endswith(("!", ".")) else ", bisous") + kisses.group(2)
    laugh = re.fullmatch(r"\s*(\S+?)\s*([.!]*)\s*", line)
    if laugh and LAUGH.fullmatch(laugh.group(1)):                       # "Lol!" → "Mdr !", as a sentence opens
        said = laugh_fr(LAUGH.fullmatch(laugh.group(1)))
        typed = laugh.group(1)
        return (said.upper() if typed.isupper() else said.capitalize() if typed[0].isupper() else said) + laugh.group(2)
    m = _LINE.fullmatch(line)
    if m and m.group(1).lower().startswith("xx") and not m.group(1).islower():
        return None                                                       # "XX": twenty, a size
    if m and m.group(1).lower() == "hey" and m.group(2) == "!":
        return None                                    # "Hey! Don't be silly.": a call, "Hé !" (the model knows it)
    if m and (m.group(2) == "," or m.group(1).lower() not in _WITH_COMMA):
        return _LINES[m.group(1).lower()] + m.group(2)
    m = _SIGNED_LINE.fullmatch(line)
    # "Love you, Mom." calls her, it is no signature ("Mom." had been copied as one: "Je t'aime, Mom."); "Love, Mom."
    # and "Cheers, Dad." are signed by her, him ("Bises, Maman."; had been read as called: "Bises, maman.")
    if m and m.group(3).endswith(".") and m.group(3)[:-1].lower() in FAMILY:
        called = _CALLING_CLOSING.search(m.group(1))
        family = FAMILY[m.group(3)[:-1].lower()]
        return f"{CLOSINGS[m.group(1).lower()]}{m.group(2)}{family if called else family.capitalize()}."
    if m and (_SIGNATURE.fullmatch(m.group(3)) and not _NOT_NAMES & set(m.group(3).lower().split())
              or m.group(3).lower() in FAMILY):
        return f"{CLOSINGS[m.group(1).lower()]}{m.group(2)}{signature(m.group(3))}"    # "Cheers, Tom" on one line
    m = _GREETING.fullmatch(line)
    dear = m and m.group(1).lower() == "dear"
    called = m and (m.group(4) == "," or m.group(2) == "," and m.group(4) != ",")      # "Dear Tom," "Hi, Tom."
    people = m and _people_fr(m.group(3), called and m.group(1).lower() in ("hi", "hey", "hello"),
                              addressed=not dear)
    if people and (called or dear and m.group(4) != "."):                    # "Hi Tom" alone: the model knows it
        family = dear and _family(m.group(3))             # "Dear Mum," → "Chère maman,", "Dear mom and dad," → "Chers"
        greeting = (("Chère" if all(f in _FEMININE for f in family) else "Cher") + "s" * (len(family) > 1) if family
                    else GREETINGS[m.group(1).lower()])
        return f"{greeting}{m.group(2)} {people}{m.group(4)}"
    m = _WISH.fullmatch(line.replace("’", "'"))
    people = m and m.group(4) and _people_fr(m.group(4))
    wished = m and m.group(1).lower() != "cheers" or m and m.group(5) == "!" and not m.group(4)  # not "Cheers, Tom"
    wished = wished and (m.group(1).lower() not in ("morning", "night") or "!" in m.group(5))     # "Morning!"
    if m and (people or not m.group(4)) and wished:
        nth = m.group(2) and f"Joyeux {m.group(2)}{'er' if m.group(2) == '1' else 'e'} anniversaire"
        return (nth or WISHES[m.group(1).lower()]) + (f"{m.group(3)}{people}" if people else "") + m.group(5)
    read = read_chat(line) if chat else line
    return written_fr(read, chat=False) if read != line else _interjection_fr(line)


# not "Hey" before a call for attention ("Hey Tom, watch out!" is no "Salut Tom,"); else it greets ("hey sam, u
# free tonight?" had come out "hérèse, tu libres ce soir ?")
_OPENING_GREETING = re.compile(rf"\s*(?:{'|'.join(GREETINGS)}),?\s+(?:{_PEOPLE}),(?=\s+\S)", re.IGNORECASE)
# a letter's opening line that names no one, before its message: "Dear Sir or Madam, I am writing to ask about…" had
# come out "Sir ou Madame, j'écris…" (alone on its line it is written "Madame, Monsieur,"; measure36, s34)
_LINES_NAMING_NO_ONE = sorted((re.escape(k) for k in GREETING_LINES
                               if " " in k and k.split()[0] in ("dear", "to", "ladies")), key=len, reverse=True)
_OPENING_LINE = re.compile(r"\s*(?:" + "|".join(_LINES_NAMING_NO_ONE) + r"),(?=\s+\S)", re.IGNORECASE)
_ATTENTION = re.compile(r"hey\b.*?,\s+(?:watch|look|stop|wait|listen|careful|be careful|hold|come|get|give|leave|"
                        r"move|catch|duck|quiet|shh|don't|do not|no)\b", re.IGNORECASE)


# a chat formula before a comma and its message: "Long time no see, how are you?" had come out "Ça ne voit pas du
# tout, comment êtes-vous ?" (alone on its line, it is written "Ça fait longtemps"); not before who said it ("No thanks,
# said Tom." had come out "Non merci, dis à Tom.") nor a word that calls someone ("No worries, mate." "…, faites.",
# "Hey you, boy, what…" "Hé toi, quoi qu'est…", "Long time no see, old friend!" "…, old amie !", "No thanks, Anna,
# I'm good." "Non merci, D'accord, …", "No rush, Anna." "Rien ne presse, Répondez.", "Hey you, Dr. Brown, thank you"
# "Hé toi, Le docteur Brown, merci de votre aide"); "Will do, thanks!" splits. "Good evening, I would like a room."
# had come out "Bonjour, …" (the model says good morning)
_OPENING_FORMULA = re.compile(rf"\s*({'|'.join(map(re.escape, [*REPLIES, 'hey you', 'good evening']))}),(?=\s+\S)",
                              re.IGNORECASE)
_NOT_ITS_OWN = re.compile(r"\s+(?:said|says|asked|asks|replied|replies|answered|answers|added|adds|whispered|"
                          r"shouted|cried|yelled|muttered|called|laughed|sighed|wrote)\b"
                          r"|\s+(?!(?:thanks|thx|cheers|bye|ok|okay|please|lol)\b)(?:[a-z]+|(?:old|my|dear)\s+[a-z]+)"
                          r"\s*(?:,|[.!?]*\s*$)|\s+(?-i:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Madam)\b",
                          re.IGNORECASE)


# a chat's word before a comma and a line written whole (measure37, s35): "hey, long time no see!" had come out «Hé,
# il est long qu'on ne voit pas !» (alone: «Ça fait longtemps !»); cut there, each part is written as alone
INTERJECTIONS = {"hey": "Salut", "oh": "Oh", "ok": "D'accord", "okay": "D'accord", "no problem": "Pas de problème",
                 "well": "Eh bien", "yes": "Oui", "no": "Non"}
_INTERJECTION = re.compile(rf"\s*({'|'.join(INTERJECTIONS)})\s*,(?=\s+\S)", re.IGNORECASE)


def _interjection_fr(line: str) -> Optional[str]:
    """A chat's word alone with its comma, as cut off its line by ``_before_a_line`` ("no problem," → "Pas de
    problème,"); else None."""
    said = re.fullmatch(r"\s*([\w ]+?)\s*,\s*", line)
    return said and said.group(1).lower() in INTERJECTIONS and INTERJECTIONS[said.group(1).lower()] + "," or None


def _before_a_line(text: str) -> int:
    """Where a chat's word and its comma end before a line ``written_fr`` writes whole ("hey, long time no see!":
    4); 0 where there is none, or the whole of ``text`` is written so ("hey, how are you?")."""
    m = _INTERJECTION.match(text)
    return m.end() if m and written_fr(text[m.end():].strip()) is not None and written_fr(text) is None else 0


def opening_greeting(text: str) -> int:
    """Where a greeting that opens ``text`` on the line it shares with the message ends ("Hi Paul, thanks for the
    update.": 9), so that it is written as French writes it; 0 where there is none ("Hi Paul," had stayed in
    English: "Hi Paul, merci…"; "Hello John, how are you?" lost "John"). A chat formula before a comma too ("Long
    time no see, how are you?", "hey you, are you coming?")."""
    before = _before_a_line(text)
    if before:
        return before
    formula, greeting = _OPENING_FORMULA.match(text), _OPENING_GREETING.match(text)
    named = greeting and formula and greeting.end() > formula.end()     # "Good evening, Anna, how are you?"
    if formula and _NOT_ITS_OWN.match(text, formula.end()) and not named:
        return 0                                                        # "No thanks, said Tom.", "Hey you, kid, …"
    m = greeting or formula or _OPENING_LINE.match(text)
    return m.end() if m and written_fr(m.group()) and not _ATTENTION.match(text.strip()) else 0


# an e-mail's attachment: "Please find attached the invoice." came out "Veuillez trouver la facture." (the
# attachment lost), "I have attached the file." "J'ai attaché le fichier." (tied to it)
_FIND_ATTACHED = re.compile(r"\bplease find attached\b", re.IGNORECASE)
_ATTACHED_FILE = re.compile(r"\battached (?:the|a|my|our|your) (?:file|document|invoice|report|pdf|photos?|pictures?|"
                            r"copy|form|cv|resume|agenda|contract|quote|receipt|slides|presentation)\b(?!\s+to\b)",
                            re.IGNORECASE)                            # not "attached the photos to the fridge"
# and one named "the attached file" (words46, s39: "Please read the attached file." had «…le fichier attaché.», "Please
# sign the attached form." «…le formulaire attaché.», "Please see the attached invoice." «…la facture attachée.»)
_THE_ATTACHED = re.compile(r"\b(?:the|this|these|my|our) attached (?:file|document|invoice|report|pdf|photos?|"
                           r"pictures?|copy|form|cv|resume|agenda|contract|quote|receipt|slides|presentation|"
                           r"letter|list|table|spreadsheet|programme|program|schedule)s?\b", re.IGNORECASE)


# after a word and its comma too: "gr8, see u l8r", read "super, see you later", came out "super, tu vois plus tard"
_SEE_YOU = re.compile(r"\s*(\w+,\s+)?see (?:you|ya|u)\b(?!\?|\s*$)", re.IGNORECASE)
# after any comma, mid-line: "love you mom, see you tonight" had come out "Je t'aime maman, voire-tu ce soir", "ok,
# see you tomorrow" "D'accord, te vois demain", "thanks, see you at 8" "merci, vous voyez à 8 heures"; not "I can
# see you from here", "let me see you", "did you see your mum"
_SEE_YOU_AFTER = re.compile(r",\s+see (?:you|ya|u)\b(?!\?|\s*$)", re.IGNORECASE)
# the model's ways of writing it: "Voyez-vous", and for "see you tomorrow" in lower case ("c u tmrw" read so)
# "vois-tu demain", "tu vois plus tard", "je te vois plus tard"; after a comma "voire-tu", "voire", "te vois",
# "vous voyez"; "no problem, see you tomorrow" "Pas de problème, vous voient demain", "te voient", "no problem, see
# you on Monday!" "…, vous voir lundi !" (measure37, s35)
_SEEN = re.compile(r"(\W*)(voyez(?:-vous| oui)|(?:te |vous )?vois-tu|voire(?:-tu)?|tu vois|je te vois|te vois(?!-)|"
                   r"vous voyez|(?:te |vous )?voient|(?:te |vous )voir)( à nouveau)?\b", re.IGNORECASE)


# "See you on Monday the 21st at noon." came out "Lundi 21 à midi." ("see you" left out): a translation of "See
# you…" that opens with the day or the hour alone
_WHEN_ALONE = re.compile(r"(?:(?:le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|demain|ce soir|"
                         r"cet après-midi|ce matin|la semaine prochaine|le \d|\d{1,2} ?h\b)", re.IGNORECASE)


def _said(text: str, at: int, capital: bool) -> str:
    """``text`` with the model's "see you" at ``at`` (``_SEEN``) written "on se voit" ("On" with ``capital``)."""
    return text[:at] + _SEEN.sub(lambda m: m.group(1) + ("O" if m.group(2)[0].isupper() and capital else "o") +
                                 ("n se revoit" if m.group(3) else "n se voit"), text[at:], count=1)


def see_you(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) saying "On se voit" where ``source`` opens with "See you…"
    and the model wrote "Voyez-vous" ("See you on Friday." came out "Voyez-vous vendredi.": "Do you see Friday?"),
    or says "see you…" after a comma, written after the French comma of the same rank ("love you mom, see you
    tonight": "Je t'aime maman, on se voit ce soir"), or after the one comma the model's spelling follows."""
    opening = _SEE_YOU.match(source)
    if opening and not opening.group(1):
        if _SEEN.match(text):
            text = _said(text, 0, source.lstrip()[0].isupper())        # "see you on friday": "on se voit vendredi"
        elif _WHEN_ALONE.match(text):                                  # "Lundi 21 à midi.": "On se voit lundi…"
            text = ("On" if text[:1].isupper() else "on") + " se voit " + text[:1].lower() + text[1:]
        return text
    for m in reversed(list(_SEE_YOU_AFTER.finditer(source))):        # the last first: the earlier commas stay
        commas = [c.end() for c in re.finditer(r",\s+", text)]       # after each French comma
        rank = source[:m.start()].count(",")
        seen = [at for at in commas if _SEEN.match(text, at)]
        at = commas[rank] if len(commas) > rank and _SEEN.match(text, commas[rank]) else \
            seen[0] if len(seen) == 1 else None
        if at is not None:
            text = _said(text, at, False)
    return text


# "Best of luck with the exam!" had come out "Bois de chance avec l'examen !", "I wish you the best of luck."
# "Je te souhaite le mieux de la chance."; "good luck" the model knows ("Bonne chance avec l'examen !")
_BEST_OF_LUCK = re.compile(r"\b(?:the )?best of luck\b", re.IGNORECASE)


def read_wishes(text: str) -> str:
    """``text`` with "(the) best of luck" read "good luck", the capital kept."""
    return _BEST_OF_LUCK.sub(lambda m: ("G" if m.group()[0].isupper() else "g") + "ood luck", text)


def attachments(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) saying that something is attached as an e-mail says it."""
    if _FIND_ATTACHED.search(source) and "ci-joint" not in text:
        text = re.sub(r"\b([Vv]euillez trouver) (?!ci-joint)", r"\1 ci-joint ", text, count=1)
    if _ATTACHED_FILE.search(source) or _THE_ATTACHED.search(source):
        text = re.sub(r"\battaché(e?s?)\b", r"joint\1", text, count=1)
    return text


# "how are you" asked in a sentence ("Thanks for your message, how are you?" had come out "…, comment êtes-vous ?",
# "what are you like?"): "comment allez-vous ?", "comment vas-tu ?"; only with nothing after it but a sign or
# "aujourd'hui" ("Comment êtes-vous venus ?" is a question in the past)
_HOW_ASKED = re.compile(r"\bhow\s+(?:are|r)\s+(?:you|u)(?:\s+(?:doing|today|now))?\s*[?!.,]", re.IGNORECASE)
_HOW_ARE_FR = re.compile(r"\b([Cc]omment|COMMENT) (êtes-vous|ÊTES-VOUS|es-tu|ES-TU)(?=\s*(?:[?!.,]|aujourd['’]hui|$))")
_GOES = {"êtes-vous": "allez-vous", "ÊTES-VOUS": "ALLEZ-VOUS", "es-tu": "vas-tu", "ES-TU": "VAS-TU"}


def how_are_you(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with "comment êtes-vous ?" said "comment allez-vous ?" (and
    "comment es-tu ?" "comment vas-tu ?") where ``source`` asks how one is."""
    if not _HOW_ASKED.search(source):
        return text
    return _HOW_ARE_FR.sub(lambda m: f"{m.group(1)} {_GOES[m.group(2)]}", text)



# a happy new year wished in a sentence ("…and we wish you a happy new year." had come out «…nous vous souhaitons une
# nouvelle année heureuse.», and in a longer line «…une nouvelle année.», "happy" lost; alone on its line WISHES
# writes «Bonne année»): «une bonne année»
_NEW_YEAR = re.compile(r"\bhappy\s+new\s+year\b", re.IGNORECASE)
_NEW_YEAR_FR = re.compile(r"\b(une|la) (?:heureuse nouvelle année|nouvelle année(?: heureuse)?)"
                          r"(?! (?:sera|est|a|va)\b)")                   # not «la nouvelle année sera heureuse»


def happy_new_year(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with a new year ``source`` wishes happy said «une bonne
    année»."""
    if not _NEW_YEAR.search(source) or re.search(r"\bbonne année\b", text, re.IGNORECASE):
        return text
    return _NEW_YEAR_FR.sub(lambda m: f"{m.group(1)} bonne année", text, count=1)
