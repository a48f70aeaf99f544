"""A tennis or basketball court in French: «court», «terrain», where the model wrote a law court (senses49, s39).

"The tennis court is closed today." came out «La Cour de tennis est fermée aujourd'hui.», "Is there a tennis court
at the hotel?" «Y a-t-il un tribunal de tennis à l'hôtel ?», "The tennis courts are closed today." «Les tribunaux de
tennis…», "The basketball court is behind the school." «La cour de basket-ball…» and "We played tennis on the court
behind the hotel." «…au tribunal derrière l'hôtel.». No English reading was found: "tennis pitch" came out «pitc de
tennis», "basketball pitch" «ballon de basket-ball». So it is mended on the French side, where the source plays on a
court (tennis, squash, badminton: «court»; basketball, volleyball: «terrain») and says nothing of a law court
("He has to appear in court", "The tennis player was taken to court." keep «tribunaux»).
"""
from __future__ import annotations

import re

from .. import determiners

_SPORT_EN = re.compile(r"\b(tennis|squash|badminton|padel|basketball|volleyball|netball)\b", re.IGNORECASE)
_COURT_EN = re.compile(r"\bcourts?\b", re.IGNORECASE)
# a law court: not to be mended ("appear in court", "taken to court", "the court ruled", "judge")
_LAW_EN = re.compile(r"\b(?:(?:in|to|before|into)\s+court|judges?|trials?|lawyers?|sued?|jury|hearing|ruled?|"
                     r"verdict|court\s+(?:case|order|ruling|hearing)|supreme|appeal)\b", re.IGNORECASE)
_FIELD_SPORTS = ("basketball", "volleyball", "netball")

_SPORT_FR = r"(?:tennis|squash|badminton|padel|basket-ball|basket|volley-ball|volley|netball)"
# determiner (kept, put in the masculine by determiners.written), the model's noun, the sport it named after it
_COURT_FR = re.compile(r"\b(?:(la|La|une|Une|de la|De la|à la|À la|cette|Cette|ma|ta|sa|au|Au|aux|Aux|le|Le|un|Un|"
                       r"du|Du|ce|Ce|les|Les|des|Des|ces|Ces|notre|votre|leur|nos|vos|leurs|mon|ton|son) )?"
                       rf"(tribunal|tribunaux|[Cc]our|[Cc]ours)( de {_SPORT_FR})?\b")
# "…est fermée" after the court made masculine: «fermé»
_SAID_OF_IT = re.compile(r"\b((?:court|terrain)s?(?: de [\w-]+)? (?:est|était|sera|sont|étaient|seront)(?:-ils|-il)? "
                         r"(?:(?:déjà|encore|toujours|très) )?)(ferm|ouvert|occup|réserv|mouill)(?:ée|e)(s?)\b")


def mend(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with «court(s)»/«terrain(s)» for a sports court the model
    wrote «tribunal», «tribunaux» or «cour»: «La Cour de tennis est fermée» → «Le court de tennis est fermé», «un
    tribunal de tennis» → «un court de tennis», «au tribunal» → «sur le court» (only where the source names the
    sport and a court, and no law court)."""
    sport = _SPORT_EN.search(source)
    if not sport or not _COURT_EN.search(source) or _LAW_EN.search(source):
        return text
    word = "terrain" if sport.group(1).lower() in _FIELD_SPORTS else "court"

    def said(m: re.Match) -> str:
        det, noun, named = m.group(1), m.group(2), m.group(3)
        if noun.lower() == "cours" and not named:      # «au cours de», «les cours»: a course, a lesson
            return m.group()
        if noun.lower() == "cour" and not named and det not in ("la", "La", "à la", "À la", "de la", "De la"):
            return m.group()
        plural = noun in ("tribunaux", "cours", "Cours")
        if not named and det in ("au", "Au", "à la", "À la", "aux", "Aux"):    # «au tribunal» → «sur le court»
            det = ("Sur" if det[0].isupper() else "sur") + (" les" if plural or det.lower() == "aux" else " le")
            det += " "
        elif det:                                     # «La Cour» → «Le court», «de la cour» → «du court»
            det = determiners.written(det, word, feminine=False)       # its own number, as the model wrote it
        return (det or "") + word + ("s" if plural else "") + (named or "")
    text = _COURT_FR.sub(said, text)
    return _SAID_OF_IT.sub(lambda m: m.group(1) + m.group(2) + ("é" if m.group(2) != "ouvert" else "") + m.group(3),
                           text)
