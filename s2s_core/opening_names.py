"""Names that open a sentence, and first names and regions inside one, read as a name the model copies.

The default en→fr model copies a name well inside a sentence ("Anna and I went to Athens." → "Anna et moi sommes
allés à Athènes") but mangles one that opens it, where it saw mostly common words: "Athens is a beautiful city."
came out "Les thénènes est une belle ville.", "Anna is my sister." "Unna est ma sœur.", "Sarah called me." "Dirah
m'a appelé.", "Munich is famous…" "Le munich est célèbre…", "Carlos and Maria…" "Les carlos et Maria…". The
vocabulary spells these names in letters and short pieces, as it spells rare words. So a first name or a city of
these lists that opens a sentence stands in as a name the model has seen thousands of times ("Mary" for a woman's
name, "Tom" for others; verbatim.py) and is written back where the translation put it, a city under its French
name where French has its own ("Athens" → "Athènes", place_names.py), a region or a country with the article
French gives it ("Sicily is an island." → "La Sicile est une île.").

Only names that are no English word ("Rose", "Mark", "Will", "Nice", "Reading" are not here), not those the model
translates itself ("London" → "Londres", "Spain", the ``casing.LOWER_CASE_NAMES``), and not one the vocabulary
holds as a piece of its own ("David", "George", "Peter": the model knows them; the caller says, verbatim.py).
Measured on 125 corpus sentences that open with a listed name: 37 changed, 13 with the name mended, 2 worse
(a word elsewhere in a long sentence).

Inside a sentence the model copies most names, but not all: "Where is Thomas?" came out "Où est le Thomas ?", "Tell
Sophie I said hello." "Téléphie, j'ai dit bonjour.", "My friend Ahmed is coming." "Mon ami vient.", "Can Sophia
come?" "Le Sophia peut-il venir ?", "She works in Kenya." "Elle travaille à Kenya.", "We visited Sicily" "Nous avons
visité Sicily". So a first name inside a sentence stands in too (``inner_names``; "Mary" also makes French agree:
"Sophia peut-elle"), and a region or a country stands in as a country French names alike, "France" or "Canada",
written back with the article or the preposition French gives it there ("au Kenya", "en Hongrie", "d'Andalousie").
Measured on 150 sentences of our own: names right 109 → 139, none worse; on 180 corpus sentences with a name or a
region inside: 36 changed, 25 better, 3 worse (a word elsewhere in a long Hansard sentence).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .calendar_names import alternation
from .casing import NATIONALITIES, shouted
from .place_names import EXONYMS, SAME_NAME

WOMEN = frozenset((
    "Anna Sophie Sarah Laura Emma Emily Chloe Rachel Maria Lucia Olga Ingrid Fatima Aisha Priya Mei Yuki Sofia Julia "
    "Hannah Charlotte Lucy Sophia Olivia Isabella Amelia Alice Claire Camille Chantal Nathalie Isabelle Marie Elena "
    "Giulia Francesca Carmen Pilar Ana Beatriz Agnieszka Katarzyna Natasha Svetlana Tatiana Irina Anastasia Leila "
    "Yasmin Amira Zainab Nadia Ayesha Deepa Anjali Sunita Keiko Sakura Hana Jiyeon Mina Ngozi Amara Zara Greta Astrid "
    "Sigrid Freya Helga Monika Petra Jessica Jennifer Linda Susan Karen Nancy Lisa Sandra Michelle Emilia Ava Mia "
    "Isla Ella Amy Anne Catherine Helen Margaret Elizabeth Victoria Rebecca Natalie Nicole Kate Jane Diana "
    "Chloé Léa Lea Manon Mathilde Hélène Helene Émilie Emilie Amélie Amelie Margaux Juliette Océane Inès Clémence "
    "Élodie Aurélie Céline Sandrine Valérie Sylvie Brigitte Monique Véronique Martine Siobhan Niamh Aoife "
    "Giorgia Chiara Paola Alessandra Esther Miriam Noemi Zoe Zoé Gabrielle Élise Elise Louise Pauline Mélanie "
    # names of demos that had no feminine ("Julie is my best friend." came out "Julie est mon meilleur ami."); not
    # those that are men's too ("Ashley", "Kelly", "Andrea", "Dominique") nor words ("Rose", "Grace", "Holly")
    "Julie Monica Megan Amanda Stephanie Stéphanie Samantha Caroline Christine Lauren Melissa Vanessa Nina Lucie "
    "Anaïs Margot Virginie Audrey Abigail Sabrina Patricia Barbara Angela Claudia Sonia Eva").split())
MEN = frozenset((
    "Thomas Peter Daniel David James Oliver Liam Noah Carlos Ivan Klaus Sven Pierre Giovanni Ahmed Mohammed Muhammad "
    "Raj Hiroshi Kofi Omar Ali Hassan Yusuf Ibrahim Karim Mehmet Mustafa Arjun Rahul Vikram Sanjay Kenji Takeshi "
    "Haruki Wei Jun Minho Kwame Chinedu Oluwaseun Diego Javier Pablo Miguel Luis Jorge Alejandro Marco Luca Matteo "
    "Francesco Antonio Lorenzo Jean Louis Nicolas Julien Antoine Hans Jurgen Stefan Lars Erik Olaf Nils Piotr Pawel "
    "Andrzej Dmitri Sergei Vladimir Mikhail Alexei Michael William Robert Richard Charles Joseph George Edward Henry "
    "Andrew Steven Kevin Brian Anthony Christopher Matthew Joshua Ryan Benjamin Samuel Alexander Harry Jacob Ethan "
    "Lucas Leo Oscar Arthur Hugo Felix Max Adam Simon Martin Philip Stephen Sébastien Baptiste Clément Guillaume "
    "Mathieu Théo Maxime Alexandre Romain Gérard François Benoît Olivier Étienne Jérôme Thierry Laurent Mateo "
    "Tariq Sipho Nikolai Bogdan Tomasz Jakub Joaquín Andrés Rafael").split())
# cities the model copies or mangles as it reads them (not those it translates: "London", "Rome", "Lisbon")
CITIES = frozenset(set(EXONYMS) - {"Lisbon", "Vienna", "Geneva", "Moscow", "Barcelona", "Edinburgh", "Lyons"}
                   | set(SAME_NAME) - {"Dublin", "Berlin", "Madrid", "Amsterdam", "Toronto", "Boston", "Chicago",
                                       "Sydney", "Oxford", "Cambridge", "Reading", "Naples"}
                   | set("Moscow Brussels Prague Budapest Krakow Zurich Oslo Stockholm Helsinki Istanbul Seville Milan "
                         "Munich Florence Warsaw Antwerp Venice".split()))
_FRENCH = {"Brussels": "Bruxelles", "Krakow": "Cracovie", "Venice": "Venise"}   # (right after "in"; "Venice"
# opening the sentence came out "La Vienne")
# regions and countries with the article French gives them as a subject ("Sicily is an island." had come out
# "Socieusement est une île.", "Bavaria is…" "La bavaria est…", "Kenya is in Africa." "Kenya est en Afrique.")
REGIONS = {"Sicily": "la Sicile", "Sardinia": "la Sardaigne", "Corsica": "la Corse", "Crete": "la Crète",
           "Bavaria": "la Bavière", "Andalusia": "l'Andalousie", "Tuscany": "la Toscane", "Brittany": "la Bretagne",
           "Normandy": "la Normandie", "Catalonia": "la Catalogne", "Burgundy": "la Bourgogne",
           "Lombardy": "la Lombardie", "Kenya": "le Kenya", "Croatia": "la Croatie", "Hungary": "la Hongrie",
           "Romania": "la Roumanie", "Bulgaria": "la Bulgarie", "Ukraine": "l'Ukraine", "Colombia": "la Colombie",
           "Nigeria": "le Nigeria", "Tunisia": "la Tunisie", "Algeria": "l'Algérie"}
# the sentence's first word (the translator reads sentence by sentence; not "St. George's", "Mr. Ryan" inside one),
# a name alone: not "Anna Smith", "Thomas A. Edison", "Emma, Liam and Noah", "George's", "Samuel de Champlain",
# "Brussels sprouts"; not in quotes or brackets ('"Anna is here," he said.' had come out "« Maire Anna est ici, »");
# not a name that qualifies the noun the sentence is about ("Victoria station is busy." had come out "Victoria est
# très occupée.", "Burgundy wine is…" "La Bourgogne est…", "Munich airport closed yesterday." "Munich a fermé
# l'aéroport hier."), nor a verb that opens it ("Max out the volume." "Max sortit le volume.")
_AUX = r"(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|do|did)\b"
_NOT_A_NOUN = (r"(?!(?:\w+ly|and|or|nor|but|who|which|that|too|also|alone|herself|himself|itself|never|always|still|"
               r"often|just|only|even|already|usually|sometimes|now|then|here|there|soon|got|get|felt|became|went|came|"
               r"made|left|saw|said|told|took|gave|kept|found|met|ran|sat|stood|grew|" + _AUX[3:-3] + r")\b)")
_NOUN_THEN_VERB = (rf"\s+{_NOT_A_NOUN}[a-z]+\s+{_AUX}|\s+{_NOT_A_NOUN}(?![a-z]*(?:ed|s)\b)[a-z]+\s+[a-z]+ed\b"
                   r"|\s+(?:out|up|down|off)\b")
OPENING_NAME = re.compile(r"^\s*"
                          rf"(?P<name>{'|'.join(sorted(WOMEN | MEN | CITIES | set(REGIONS), key=len, reverse=True))})"
                          r"(?![\w'’-])(?!,?\s+(?:[A-ZÀ-Ý]|(?:de|da|di|del|du|van|von|le|la|of|sprouts?)\b"
                          rf"|[dD]['’]))(?!{_NOUN_THEN_VERB})")


# a first name or a region inside the sentence, alone: not before a surname or a particle ("Thomas Müller", "Anne
# de Gaulle"), nor after a title or another name ("Mr. Thomas", "St. Thomas", "Jean Grey", "Queen Elizabeth"), nor
# a region after a determiner, where it qualifies a noun ("a Burgundy wine", "the Normandy beaches"). Not names that
# are also places or things inside a sentence ("in Victoria", "the Oscar nominations"), nor regions the model reads
# well there ("en Croatie", "de Colombie"; read as "France", "coal from Colombia" lost the coal)
_INNER = (WOMEN | MEN | set(REGIONS)) - {"Victoria", "Charlotte", "Oscar", "Max", "Croatia", "Algeria", "Tunisia",
                                         "Ukraine", "Colombia"}
# a nationality after a name is no surname: "Is your teacher Claire French?" (the name had been passed over, and
# came out "Votre professeur est-il le français ?")
_NATIONALITY = rf"(?:{alternation(NATIONALITIES)})\s*[?.!]"
INNER_NAME = re.compile(rf"(?<![\w'’.@#/-])(?P<name>{'|'.join(sorted(_INNER, key=len, reverse=True))})"
                        rf"(?![\w-]|['’](?!s\b))(?!\s+(?:(?!I\b|{_NATIONALITY})[A-ZÀ-Ý]"
                        r"|(?:de|da|di|del|du|van|von|le|la|bin|ibn)\b|[dD]['’]))")
_AFTER_TITLE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Mme|Dr|Prof|St|Ste|Sr|Jr|Saint|Sainte|San|Santa|Lake|Mount|Fort|Port|"
                          r"Cape)\.?|\b(?i:republic|kingdom|bank|university) of|[\"“«(])\s*$")
# a name after a family word (or "baby": "little baby Hannah, welcome" read as "Mary" had come out "Je dis un petit
# bébé à Hannah"), as French writes it too ("my daughter Manon": "ma fille Manon"; read as "Mary",
# "my daughter Jessica had the honour" came out "ma fille a Jessica eu l'honneur"); called between commas ("Thank
# you, Céline, for…": read as "Mary", "Merci à Céline, pour nous, …")
_FAMILY_BEFORE = re.compile(r"\b(?i:baby|son|daughter|wife|husband|sister|brother|mother|father|cousin|aunt|uncle|"
                            r"niece|nephew|grandson|granddaughter|grandmother|grandfather)\s+$")
_BETWEEN_COMMAS = (re.compile(r",\s*$"), re.compile(r"\s*,"))
# a name after "my" and a word for kin or a role ("my brother Thomas", "my colleague Thomas"): a man's stands in
# ("kin_man", read as "Jack": "My brother Thomas lives in Lyon." read as typed came out "Mon frère vit à Lyon.", as
# "Tom" "Mon collègue, Tom présentera…" and "Mon collègue de Tom…"; as "Jack" right in 20 of 22 sentences), a
# woman's after a role ("kin_woman", "Ma collègue de Mary…"), and French writes no comma nor "de" between the word
# and the name (verbatim.py); a woman's after a neighbour only before a verb (``APPOSED``; "Mon voisin a Mary deux
# chats" read plain) or the sentence's end (with "your neighbour", ``asked_kin``: "Ask your neighbour Sophie." as
# typed had come out "Demandez votre voisin.", as "Ask Mary." "Demande à ta voisine Sophie.")
_KIN = re.compile(r"\b(?i:my|your|his|her|our|their)\s+(?i:best\s+|old\s+|little\s+|big\s+|older\s+|younger\s+)?"
                  r"(?P<word>(?i:brother|son|husband|cousin|uncle|nephew|grandson|grandfather|friend|colleague|"
                  r"co-?worker|neighbou?r|teacher|manager|director|boyfriend|girlfriend|"
                  r"partner|boss))\s+$")
# after "my boss", "my neighbour" or "my partner", a name before its verb reads between commas ("My boss, Jack, is on
# holiday."): read plain, the model dropped or moved it ("Mon patron est en vacances à Jack.", "My neighbour Sophie
# has two cats." "Mon voisin a deux chats.", "Mon partenaire travaille Nadia à l'hôpital."); between commas it kept
# it in 12 sentences of 12 each, a man's and a woman's name, and the commas go (verbatim.py)
APPOSED = re.compile(r"\b(?i:boss|neighbou?r|partner)\s+$")
BEFORE_A_VERB = re.compile(r"\s+(?!(?:and|or|nor|but)\b)[a-z]")
# in a question the model parted them even between commas ("Is my neighbour Sophie coming?" came out "Mon voisin
# est-il, Sophie venez ?", "Did my boss Thomas call?" "Mon patron a-t-il appelé, Thomas ?"; read plain, "…appelé
# Thomas ?"), but it reads a name alone there well ("Is Mary coming?" "Mary vient-elle ?"): so "my boss" and the name
# stand in together as a name, and go back as French says them ("Ma voisine Sophie vient-elle ?"); right in 20 of 22
# questions (commas 8, plain 9)
_ASKED = re.compile(r"\b(?P<my>(?i:my|your|his|her|our|their))\s+(?P<word>(?i:boss|neighbou?r|partner|teacher|"
                    r"director|manager|colleague|girlfriend|boyfriend))\s+$")
_ASKED_FR = {"boss": "patron", "neighbour": "voisin", "neighbor": "voisin", "partner": "partenaire",
             "teacher": "professeur", "director": "directeur", "manager": "manager", "colleague": "collègue",
             "girlfriend": "petite amie", "boyfriend": "petit ami"}
# a director's, a manager's, a teacher's, a girlfriend's or a boyfriend's name in a statement too, and any role's
# before the sentence ends (an object): read plain, "Our director Angela arrived." came out "Notre directeur d'Angela
# est arrivé.", "Our manager Thomas is very strict." "Thomas Notre gestionnaire est très strict.", "Call your boss
# Julie." "Appelle ton patron à Julie.", "Your teacher Emma called." "Ton professeur a appelé Emma.", "My girlfriend
# Emma is French." "Ma petite amie qu'Emma est française.", "My boyfriend Thomas is French." "…est le français."
# ("My teacher Laura speaks three languages." had been read between commas, right before a verb in the present
# only; as one name right in the past too: "Ta professeure Emma a appelé."); not after "meet" (``_MET``)
_STATED = re.compile(r"(?i:director|manager|teacher|girlfriend|boyfriend)")
_ENDS = re.compile(r"\s*[.!?]")     # a question too: "Did you see your neighbour Sophie?" ("…votre Sophie voisin ?")
_MET = re.compile(r"\b(?i:meet|met)\s+$")     # "Meet my boss Anna." as "Meet Mary." came out "Restez Mary."
# after the name in a question: a verb, a nationality ("Is your teacher Claire French?": read plain, "Votre
# professeur est-il le français ?") or a possessive "'s" ("Is that your boss Thomas's car?" had come out "Est-ce la
# Thomas voiture de votre patron ?")
_ASKED_AFTER = re.compile(rf"\s+(?:(?!(?:and|or|nor|but)\b)[a-z]|{_NATIONALITY})|['’]s\b")
# "your boss Thomas" as "ton patron Thomas" (``verbatim`` writes "votre" where the translation says "vous"), "his",
# "her" as "son"/"sa": "Is your boss Thomas in today?" read plain came out "Ton patron est-il, Thomas aujourd'hui ?",
# "Is our neighbour Sophie coming tonight?" "Notre voisin est-il, Sophie ce soir ?"
_POSSESSIVE_FR = {"my": ("mon", "ma"), "your": ("ton", "ta"), "his": ("son", "sa"), "her": ("son", "sa"),
                  "our": ("notre", "notre"), "their": ("leur", "leur")}
# a relation's French, masculine → feminine, before or after a woman's name (name_forms.py) and in a question
# (``asked_kin``): one table for both. The feminine forms of today's usage, those of the Académie française's 2019
# report and of French and Quebec official guides ("professeure", "cheffe"), not the old masculine for women
# ("Madame le professeur"); "manager", "collègue", "partenaire" are the same for a woman, with "ma"
FEMININE_ROLES = {"voisin": "voisine", "ami": "amie", "cousin": "cousine", "patron": "patronne", "copain": "copine",
                  "directeur": "directrice", "gérant": "gérante", "professeur": "professeure", "chef": "cheffe",
                  "manager": "manager", "prof": "prof", "collègue": "collègue", "partenaire": "partenaire",
                  "camarade": "camarade", "colocataire": "colocataire"}
# a capitalised word that may open a sentence before a first name that is not part of it: "Tell Sophie…",
# "Yesterday Fatima…", "Is Nathalie coming?", "Did Sophie call?" (not "Calamity Jane", "Happy Harry", "King Stephen")
_BEFORE_A_NAME = frozenset((
    "Tell Ask Call Give Send Meet Thank Help Let Invite Text Email Phone Ring Remind Show Wait Take Bring Kiss Hug "
    "Find Follow Visit Welcome Please Dear Hi Hello Hey Thanks Congratulate Introduce Pick Leave Tag Message Poor "
    "Yesterday Today Tonight Tomorrow Then Now Later Suddenly Finally Maybe Perhaps Sometimes Unfortunately Luckily "
    "Recently Is Was Are Were Did Does Do Can Could Will Would Should Has Have Had Where When Why How What Who Which "
    "Whom And But So If Because While After Before Since Although Only Even Both Neither Either Unlike With "
    "Without For From To At By Like Unless Until Once").split())
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")
# a contraction of one of those: "Where's Thomas?", "Isn't Sophie coming?", "Can't Ahmed come?" (read as part of a
# longer name, "Where's Thomas?" had come out "Où est le Thomas ?")
_CONTRACTED = re.compile(r"(?:n['’]t|['’](?:s|re|ll|ve|d|m))$")
_STEMS = {"Ca": "Can", "Wo": "Will", "Sha": "Shall"}          # "Can't", "Won't", "Shan't"
_OPENS = re.compile(r"(?:^|[.!?:;]\s+)[\"'“‘(«\s-]*$")
# a name that is also a place, where it is the other: "Brittany" a woman but after a word of place ("I met Brittany
# at the gym." read as a region had come out "J'ai rencontré la Bretagne…"), "Sofia" (left as typed) the city after
# one ("a six hours' drive from Sofia to Varna" read as "Mary": "une voiture de six Sofia heures")
_PLACE_WORD = re.compile(r"\b(?i:in|to|from|of|across|around|through|near|visit|visited|visiting|visits|leave|left|"
                         r"leaving|reach|reached)\s+$")
# a region where its people are meant: read as "Canada", "All of Kenya celebrated." came out "Tous les Canadiens
# Kenya…" and "Everyone in Nigeria knows him." "Tout le monde Nigeria le connaît." (the model wrote no "Canada")
_EVERYONE_THERE = re.compile(r"\b(?i:all of|the whole of|(?:every|any|no)(?:one|body) in|no one in|"
                             r"people (?:in|of))\s+$")
# a name after "a" or "an" is no one's ("She's a Leo.": read as "Tom", "Elle est Leo.")
_A_OR_AN = re.compile(r"\b(?i:an?)\s+$")
_DETERMINER = re.compile(r"\b(?i:the|a|an|this|that|these|those|my|your|his|her|its|our|their)\s+$")


def opening_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind: ``_kind``) of each listed name that opens a sentence of ``text``, before "and" too
    ("Carlos and Maria live…" had come out "Les carlos et Maria")."""
    return [(*m.span("name"), _kind(m.group("name"))) for m in OPENING_NAME.finditer(unshouted(text))]


# a name after a verb of saying speaks the quote before it ('"We are happy," says Anna.'): read through "Mary" it
# came out "« Nous sommes heureux, dit à Anna." (the quote's end lost, Anna spoken to); as typed, "…, » dit Anna."
_SPEAKS = re.compile(r"\b(?:says|said|asks|asked|adds|added|replies|replied|answers|answered|explains|explained|"
                     r"whispers|whispered|shouts|shouted|cries|cried|writes|wrote|recalls|recalled)\s+$", re.IGNORECASE)


def inner_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each listed first name or region inside a sentence of ``text``, alone: read as typed,
    "Where is Thomas?" came out "Où est le Thomas ?", "Tell Sophie I said hello." "Téléphie, j'ai dit bonjour.",
    "My friend Ahmed is coming tomorrow." "Mon ami vient demain.", "Is Nathalie coming?" "Nathalie vient-il ?",
    "She works in Kenya." "Elle travaille à Kenya.", "We visited Sicily" "Nous avons visité Sicily"."""
    found, read = [], unshouted(text)
    for m in INNER_NAME.finditer(read):
        before, kin = read[:m.start()], _KIN.search(read[:m.start()])
        if _OPENS.search(before) or _AFTER_TITLE.search(before) or _after_a_name(before) or _SPEAKS.search(before) \
                or _FAMILY_BEFORE.search(before) and not (kin and m.group("name") in MEN) \
                or _BETWEEN_COMMAS[0].search(before) and _BETWEEN_COMMAS[1].match(read, m.end()):
            continue
        if m.group("name") in REGIONS and (_DETERMINER.search(before) or _EVERYONE_THERE.search(before)) \
                or _A_OR_AN.search(before) or m.group("name") == "Sofia" and _PLACE_WORD.search(before):
            continue
        kind = _kind(m.group("name"), before)
        if kin and kind in ("man", "woman"):
            if kind == "woman" and kin.group("word").lower().startswith("neighbo") \
                    and not (BEFORE_A_VERB.match(read, m.end()) or _ENDS.match(read, m.end())):
                continue
            kind = "kin_" + kind
        found.append((*m.span("name"), kind))
    return found


def unshouted(text: str) -> str:
    """``text`` typed in capitals as a sentence would be written, of the same length, so that its names are found
    ("WHERE IS THOMAS?" → "Where is Thomas?"; read as typed it came out "OÙ EST LE THOMAS ?"); other text as is."""
    if not shouted(text):
        return text
    listed = WOMEN | MEN | CITIES | set(REGIONS)

    def word(m: re.Match) -> str:
        w = m.group()
        if w.title() in listed:
            return w.title()
        return w[0] + w[1:].lower() if re.fullmatch(r"I(?:['’]\w+)?", w) else w.lower()
    read = re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)?", word, text)
    read = re.sub(r"(?:^|[.!?]\s+)[\"'“‘(«\s-]*\w", lambda m: m.group().upper(), read)
    return read if len(read) == len(text) else text


def _after_a_name(before: str) -> bool:
    """Whether ``before`` ends with a capitalised word that may be part of a longer name ("Jean Grey", "Calamity
    Jane", "Mr. Don Julien"): not "I" nor the sentence's first word when it is one of ``_BEFORE_A_NAME`` or its
    contraction ("Tell Sophie…", "Yesterday Fatima…", "Where's Thomas?")."""
    word = _WORD_BEFORE.search(before)
    if not word or not word.group(1)[0].isupper() or word.group(1) == "I":
        return False
    first = _OPENS.search(before[:word.start(1)]) and not _AFTER_TITLE.search(before[:word.start(1)])
    stem = _CONTRACTED.sub("", word.group(1))
    return not (first and _STEMS.get(stem, stem) in _BEFORE_A_NAME)


def _kind(name: str, before: str = "") -> str:
    """"woman" for a woman's name and a city French says in the feminine ("Prague est vieille", "Florence est
    pleine": its French name ends in "e"), "city" for other cities, "land" for a region or a country French says
    with "la" or "l'" (read as "France": "Algeria is…" → "La France est…" → "L'Algérie est…"), "land_m" for one
    it says with "le" (read as "Canada": "au Kenya"), "man" for the rest; "Brittany" is a woman inside a sentence
    but after a word of place (``before`` it)."""
    if name == "Brittany" and before and not _PLACE_WORD.search(before):
        return "woman"
    if name in REGIONS:
        return "land_m" if REGIONS[name].startswith("le ") else "land"
    if name in CITIES:
        return "woman" if re.search(r"es?$", written_as(name) or name) else "city"
    return "woman" if name in WOMEN else "man"


def written_as(name: str) -> str:
    """How a French translation writes ``name``: a city under its French name ("Athènes"), others as typed."""
    return _FRENCH.get(name) or EXONYMS.get(name) or REGIONS.get(name, "")


@lru_cache(maxsize=64)
def asked_kin(text: str, start: int, end: int, kind: str) -> tuple[int, str]:
    """Where "my boss", "your neighbour", "our partner" or "their teacher" starts before the name at
    ``start``-``end`` of ``kind`` ("kin_man", "kin_woman") in a question, before its verb, and how French says them
    with the name ("ma voisine Sophie", "ton patron Thomas"; ``_ASKED``); (-1, "") elsewhere. Cached: verbatim asks
    it of one name twice (whether it is apposed, then where it stands)."""
    read = unshouted(text)
    my = _ASKED.search(read[:start])
    ends = re.search(r"[.!?]", read[end:])
    if not (my and kind.startswith("kin") and ends and (
            ends.group() == "?" and _ASKED_AFTER.match(read, end)
            or not _MET.search(read[:my.start()]) and (_ENDS.match(read, end) or _STATED.fullmatch(my.group("word"))
                                                        and BEFORE_A_VERB.match(read, end)))):
        return -1, ""
    word = my.group("word").lower()             # the word says it where the name may be either's ("Camille")
    woman = word == "girlfriend" or kind == "kin_woman" and word != "boyfriend"
    role = _ASKED_FR[word]
    role = FEMININE_ROLES.get(role, role) if woman else role
    det = _POSSESSIVE_FR[my.group("my").lower()][woman and not re.match(r"[aeiouéh]", role)]
    return my.start(), det + " " + role + " " + read[start:end]
