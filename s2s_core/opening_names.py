"""Names that open a sentence, read as a name the model copies.

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
"""
from __future__ import annotations

import re

from .place_names import EXONYMS, SAME_NAME

WOMEN = frozenset((
    "Anna Sophie Sarah Laura Emma Emily Chloe Rachel Maria Lucia Olga Ingrid Fatima Aisha Priya Mei Yuki Sofia Julia "
    "Hannah Charlotte Lucy Sophia Olivia Isabella Amelia Alice Claire Camille Chantal Nathalie Isabelle Marie Elena "
    "Giulia Francesca Carmen Pilar Ana Beatriz Agnieszka Katarzyna Natasha Svetlana Tatiana Irina Anastasia Leila "
    "Yasmin Amira Zainab Nadia Ayesha Deepa Anjali Sunita Keiko Sakura Hana Jiyeon Mina Ngozi Amara Zara Greta Astrid "
    "Sigrid Freya Helga Monika Petra Jessica Jennifer Linda Susan Karen Nancy Lisa Sandra Michelle Emilia Ava Mia "
    "Isla Ella Amy Anne Catherine Helen Margaret Elizabeth Victoria Rebecca Natalie Nicole Kate Jane Diana").split())
MEN = frozenset((
    "Thomas Peter Daniel David James Oliver Liam Noah Carlos Ivan Klaus Sven Pierre Giovanni Ahmed Mohammed Muhammad "
    "Raj Hiroshi Kofi Omar Ali Hassan Yusuf Ibrahim Karim Mehmet Mustafa Arjun Rahul Vikram Sanjay Kenji Takeshi "
    "Haruki Wei Jun Minho Kwame Chinedu Oluwaseun Diego Javier Pablo Miguel Luis Jorge Alejandro Marco Luca Matteo "
    "Francesco Antonio Lorenzo Jean Louis Nicolas Julien Antoine Hans Jurgen Stefan Lars Erik Olaf Nils Piotr Pawel "
    "Andrzej Dmitri Sergei Vladimir Mikhail Alexei Michael William Robert Richard Charles Joseph George Edward Henry "
    "Andrew Steven Kevin Brian Anthony Christopher Matthew Joshua Ryan Benjamin Samuel Alexander Harry Jacob Ethan "
    "Lucas Leo Oscar Arthur Hugo Felix Max Adam Simon Martin Philip Stephen").split())
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


def opening_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "woman" / "man" / "city": ``_kind``) of each listed name that opens a sentence of ``text``,
    before "and" too ("Carlos and Maria live…" had come out "Les carlos et Maria")."""
    return [(*m.span("name"), _kind(m.group("name"))) for m in OPENING_NAME.finditer(text)]


def _kind(name: str) -> str:
    """"woman" for a woman's name and a city French says in the feminine ("Prague est vieille", "Florence est
    pleine": its French name ends in "e"), "city" for other cities, "man" for the rest."""
    if name in CITIES or name in REGIONS:
        return "woman" if re.search(r"es?$", written_as(name) or name) else "city"
    return "woman" if name in WOMEN else "man"


def written_as(name: str) -> str:
    """How a French translation writes ``name``: a city under its French name ("Athènes"), others as typed."""
    return _FRENCH.get(name) or EXONYMS.get(name) or REGIONS.get(name, "")
