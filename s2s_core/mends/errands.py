"""Everyday errands at home and out, mended after the model where the English says which (mends.STEPS runs ``mend``
after vehicles.py and before scenes.py, the order of mends/contexts.py they came from; ``source`` is the English as
read): bookings, a night shift, a banknote and household senses. "…the bus company cancelled our booking." →
«…a annulé nos réserves.» → «…a annulé notre réservation.».

One booking and bookings («réservation(s)», fix53, fix55), a night shift («la garde de nuit», fix53), a note of money
(«un billet de vingt livres», senses51) and household senses (senses52: a phone «en charge», a broken «ongle»,
kitchen «balances», a flat tyre «crevé», «Attention à la marche», a worn «haut», «enregistrer» a video).
"""
from __future__ import annotations

import re

from .. import determiners
from .scenes import swap
from .vehicles import FLAT_EN

_I = re.IGNORECASE


# one booking (fix53, measure52): "…because the bus company cancelled our booking." → «…a annulé nos réserves.»
# (stocks; orders.py reads "booking" as "reservation", which is right in short lines: «notre réservation»), "The
# ferry company cancelled our booking…" → «…nos réserves…», "Did the bus company cancel our booking?" → «…nos
# réservations ?»; one «réservation», its determiner in the singular, where the English says one booking
_ONE_BOOKING_EN = re.compile(r"\b(?:our|my|your|his|her|their|the|a|this|that)\s+(?:booking|reservation)\b(?!s)", _I)
_BOOKINGS_EN = re.compile(r"\b(?:bookings|reservations|reserves?|reserved|stocks?|supplies)\b", _I)
_BOOKING_FR = re.compile(r"(?<![\w-])(?P<det>[Nn]os|[Vv]os|[Mm]es|[Tt]es|[Ss]es|[Ll]eurs|[Ll]es|[Dd]es|[Nn]otre|"
                         r"[Vv]otre|[Mm]a|[Tt]a|[Ss]a|[Ll]eur|[Ll]a|[Uu]ne) (?:réserves?|réservations)(?![\w-])")
# the determiner in the singular is determiners.written's (nos → notre, mes → ma, les → la); «des» is de+les there,
# here the indefinite plural («ont annulé des réserves» → «une réservation»)
_INDEFINITE = {"des": "une", "Des": "Une"}


def _booking(text: str, source: str) -> str:
    """``text`` with «nos réserves», «nos réservations» written «notre réservation» where ``source`` says one
    booking (and no stocks nor several bookings)."""
    if not _ONE_BOOKING_EN.search(source) or _BOOKINGS_EN.search(source):
        return text

    def one(m: re.Match) -> str:
        det = _INDEFINITE.get(m.group("det"), m.group("det"))
        return determiners.written(det, "réservation", feminine=True, plural=False) + "réservation"
    return _BOOKING_FR.sub(one, text)


# bookings (fix55, measure53): "Passengers with reservations on cancelled trains can travel…" came out «…avec des
# réserves sur les trains annulés…» (doubts, stocks), "I have two reservations for tonight…" «J'ai deux réserves…»,
# "All reservations must be confirmed by phone." «Toutes les réserves doivent…»; «réservation(s)» wherever the English
# says reservations or bookings and none of the senses «réserve» has (doubts about a thing, without reservation,
# stocks, a nature reserve, a reserve team or fund)
_BOOKED_EN = re.compile(r"\b(?:reservations?|bookings?)\b", _I)
_RESERVES_EN = re.compile(r"\breservations?\s+(?:about|regarding|concerning|over|as\s+to|on\s+(?:the|this|that)\s+"
                          r"(?:plan|idea|proposal|bill|project|deal|decision))\b"
                          r"|\bwithout\s+(?:any\s+)?reservations?\b|\breserves?\b|\breserved\b|\bstocks?\b"
                          r"|\bsupplies\b|\bdoubts?\b", _I)
_RESERVES_FR = re.compile(r"(?<![\w-])((?:[Dd]es|[Ll]es|[Nn]os|[Vv]os|[Mm]es|[Tt]es|[Ss]es|[Ll]eurs|[Aa]ux|[Cc]es|"
                          r"[Tt]outes\s+les|[Pp]lusieurs|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+) )"
                          r"réserves(?![\w-])|(?<![\w-])((?:[Ll]a|[Uu]ne|[Mm]a|[Tt]a|[Ss]a|[Nn]otre|[Vv]otre|[Ll]eur|"
                          r"[Cc]ette) )réserve(?![\w-])")


def _bookings(text: str, source: str) -> str:
    """``text`` with «réserve(s)» after a determiner written «réservation(s)» where ``source`` speaks of bookings."""
    if not _BOOKED_EN.search(source) or _RESERVES_EN.search(source):
        return text
    return _RESERVES_FR.sub(lambda m: f"{m.group(1)}réservations" if m.group(1) else f"{m.group(2)}réservation", text)


# a night shift (fix53, measure52): "The night shift starts at seven…" → «La nuit commence à sept heures…» (the night
# itself), "He finished his night shift at six…" → «Il a fini sa nuit…», "Her night shift was very quiet." → «Sa nuit
# était…»; no English reading tried gave it ("night duty", "night watch", "night team": «La nuit…», fix52 and fix53);
# the first «la/sa/ma… nuit» opening a clause or after a verb of finishing written «garde de nuit» (feminine, as
# «nuit»: the determiner stays). "works the night shift" («travaille la nuit») is right as it is and is left.
_NIGHT_SHIFT_EN = re.compile(r"\b(?:the|my|his|her|our|your|their|a)\s+night\s+shifts?\b", _I)
_NIGHT_FR = re.compile(r"(?:(?<=^)|(?<=[.,;:!?] )|(?<=\bfini )|(?<=\bterminé )|(?<=\bcommencé ))"
                       r"([LlSsMmTt]a|[Nn]otre|[Vv]otre|[Ll]eur) nuit(?![\w-])(?! (?:dernière|prochaine|suivante))")


def _night_shift(text: str, source: str) -> str:
    """``text`` with the first «La nuit», «sa nuit»… written «La garde de nuit» where ``source`` says a night
    shift and the French has no «de nuit» yet."""
    if not _NIGHT_SHIFT_EN.search(source) or "de nuit" in text:
        return text
    return _NIGHT_FR.sub(r"\1 garde de nuit", text, count=1)


# a banknote (senses51, s40): "I only have a twenty-pound note." → «Je n'ai qu'une note de vingt ans.», "Can you change
# a ten-pound note?" → «…une note de dix minutes ?», "…a £20 note." → «…une note de 20 livres.» (a bill, and the sum
# lost; "banknote" came out «une banque…», "bill" «un projet de loi…»); «un billet de vingt livres», the sum and its
# currency taken from the English (one note in the line only)
_NOTE_EN = re.compile(r"(?:\b(?P<word>\d+|five|ten|twenty|fifty|hundred|one-hundred)[- ](?P<unit>pound|euro|dollar)s?|"
                      r"(?P<sign>[£€$])(?P<digits>\d+))\s+(?:note|bill|banknote)\b", _I)
# (leftsenses60, s41: "I only have a twenty euro note." → «…une note d'euthanasie de vingt ans.», a word after
# «note» ("euro" read so); "He gave me a ten euro note." → «…un billet de dix euros euro.», «euro» in the singular
# left behind; both now «un billet de vingt euros»)
_NOTE_FR = re.compile(r"\b(?P<det>[Uu]ne?|[Ll][ea]|[Cc]e|[Cc]ette) "
                      r"(?:note|facture|projet de loi|livre|banque|billet)(?: d['’][a-zé-]+)? de "
                      r"(?:\d+|[a-zé-]+)(?: (?:ans|minutes|heures|livres|euros|dollars))?"
                      r"(?: (?:livre|euro|dollar)s?)?(?![\w-])")
_SUMS = {"five": "cinq", "ten": "dix", "twenty": "vingt", "fifty": "cinquante", "hundred": "cent",
         "one-hundred": "cent"}
_CURRENCIES = {"pound": "livres", "euro": "euros", "dollar": "dollars", "£": "livres", "€": "euros", "$": "dollars"}


def _banknote(text: str, source: str) -> str:
    """``text`` with the note of money ``source`` names written «un billet de vingt livres» (one note only)."""
    found = _NOTE_EN.findall(source)
    if len(found) != 1:
        return text
    m = _NOTE_EN.search(source)
    amount = m.group("word") or m.group("digits")
    amount = _SUMS.get(amount.lower(), amount)
    currency = _CURRENCIES[(m.group("unit") or m.group("sign")).lower()]

    said = f"billet de {amount} {currency}"                  # «une note» → «un billet»: masculine
    return _NOTE_FR.sub(lambda f: determiners.written(f.group("det"), "billet", False) + said, text, count=1)


# household senses (senses52, s40; senses51's "no fix found": every English reading tried came out wrong)
# a device charging: "My phone is charging in the kitchen." → «…est en train de croître…» (growing), "Is your phone
# charging?" → «…en train de courir ?» (running), "The phone was charging all night." → «…en train de conduire…»
# ("recharging" came out «réconforter», "on charge" «responsable»); «en charge»
_DEVICE = (r"(?:phones?|mobile|smartphone|laptop|tablet|battery|batteries|computer|camera|watch|car|headphones|"
           r"earbuds|iPad|iPhone|radio)")       # "tablet" is read "radio" (glossary.py)
_CHARGING_EN = re.compile(rf"\b{_DEVICE}\b(?:\s+[\w'’]+){{0,2}}?\s+(?:(?:is|are|was|were)(?:n['’]t)?|['’]s|['’]re)\s+"
                          rf"(?:still\s+|not\s+|already\s+)?charging\b|"
                          rf"\b(?:is|are|was|were)(?:n['’]t)?\s+(?:the|your|my|his|her|our|their)\s+{_DEVICE}\s+"
                          r"(?:still\s+)?charging\b", _I)
_CHARGING_FR = re.compile(r"\ben train de (?:croître|courir|conduire|charger|facturer|recharger|se charger)(?![\w-])")
# a fingernail broken: "She broke a nail at work yesterday." → «Elle a cassé un clou…», "I broke a nail while opening
# the box." → «J'ai cassé un nail…» ("fingernail" came out «un doigt»); «un ongle» (not where the English has a
# hammer, wood or a wall: a nail that is a nail)
_NAIL_EN = re.compile(r"\b(?:broke|broken|break|breaks|breaking|chipped|split|bit|bite|bites|biting|cut|cutting|"
                      r"file|filed|painted|paint|paints)\s+(?:a|my|her|his|your|their|one|the|two)?\s*"
                      r"(?:finger|toe)?nails?\b|\b(?:finger|toe)nails?\b", _I)
_NAIL_NOT_EN = re.compile(r"\b(?:hammer\w*|wood\w*|walls?|planks?|screws?|boards?|coffin|head\s+on\s+the)\b",
                          _I)
# bathroom or kitchen scales: "The bathroom scales are broken." → «Les échelles de bain…», "Can you weigh the sugar on
# the scales?" → «…sur l'échelle ?», "We need new kitchen scales." → «…de nouvelles échelles de la cuisine.»
# ("balance" came out «l'équilibre», "the scale" «l'échelle»); «balance(s)», the bathroom's «de salle de bain»
_SCALES_EN = re.compile(r"\b(?:bathroom|kitchen|digital|weighing)\s+scales?\b|"
                        r"\bweigh\w*\b.*\bscales?\b|\bscales?\b.*\bweigh\w*\b", _I)
_SCALES_NOT_EN = re.compile(r"\b(?:fish|map|scale\s+of|on\s+a\s+(?:large|small|grand)\s+scale|piano|music\w*|"
                            r"musical|major|minor)\b", _I)
_BAIN_FR = re.compile(r"\b(balances?) de (?:bain|la cuisine)\b")
# a flat tyre: "I got a flat tyre on the way to work." → «J'ai eu un pneu sur le chemin…», "We had a flat tyre on the
# motorway." → «Nous avons eu un pneu…» (flat dropped); «un pneu crevé» (where «pneu» has no word of state after it)
_FLAT_TYRE_EN = re.compile(r"\bflat\s+(?:tyre|tire)\b", _I)
_FLAT_TYRE_FR = re.compile(r"\b([Uu]n|[Ll]e|[Mm]on|[Tt]on|[Ss]on|[Nn]otre|[Vv]otre|[Ll]eur) pneu(?! (?:à plat|crevé|"
                           r"plat|dégonflé|avant|arrière|de |d['’]))(?![\w-])")
# "Mind the step." → «Mêle le pas.», "Please mind the step!" → «Veuillez déranger le pas !», "Mind the step, it is
# very high." → «Mêlez la marche, …» ("Watch the step" «Surveille le pas», "Careful with the step" «avec le pas»);
# «Attention à la marche» (its verb taken whole: the model's verb is never the right one)
_MIND_STEP_EN = re.compile(r"\bmind\s+the\s+steps?\b", _I)
_MIND_STEP_FR = re.compile(r"(?:(?<=^)|(?<=[.!?,;:] ))(?P<please>[Vv]euillez )?(?:[\w'’-]+ ){0,1}?"
                           r"[\w'’-]+ (?P<noun>le pas|la marche|les pas|les marches|l['’]étape|les étapes)(?![\w-])")
# a top worn: "She bought a red top for the party." → «…une tope rouge…», "I like your top…" → «J'aime ton orteil…»
# (a toe), "This top is too small for me." → «Ce jouet…» (a toy) ("blouse" came out «blous»); «un haut»
_TOP_EN = re.compile(r"\b(?:a|my|your|her|his|this|that|the|new|pink|red|white|black|blue|green|yellow|grey|"
                     r"gr[ae]y|striped|cotton|silk|summer|nice|pretty|lovely)\s+tops?\b(?!\s+(?:of|floor|shelf|"
                     r"drawer|left|right|ten|five|three|priority|speed|score|marks?|class|student|team|player|level|"
                     r"secret|step|corner)\b)", _I)
_TOP_WORN_EN = re.compile(r"\b(?:wear\w*|wore|worn|bought|buy|shop\w*|jeans|skirt|trousers|shorts|dress|"
                          r"party|size|fits?|small|tight|loose|like\s+your|sleeves?|cotton|silk|washed)\b", _I)
_TOP_NOT_EN = re.compile(r"\b(?:toys?|toes?|spinning|mountain|hill|box|lid|page|list|on\s+top)\b", _I)
_COLOURS = {"blanche": "blanc", "noire": "noir", "verte": "vert", "bleue": "bleu", "grise": "gris",
            "violette": "violet", "jolie": "joli", "nouvelle": "nouveau", "petite": "petit"}
_TOP_AFTER_FR = re.compile(r"\bhaut(s?) (" + "|".join(_COLOURS) + r")s?(?![\w-])")
# recording a video or a meeting: "Can you record the meeting?" → «Peux-tu distinguer la réunion ?», "I will record a
# video for my sister." → «Je vais rendre une vidéo…», "Please record the lecture for me." → «Veuillez remettre le
# cours…» ("tape" came out «surmonter», "make a recording of" «rendre compte»); the infinitive «enregistrer» (the
# past "recorded" came out «enregistré» in 2 of 2)
_RECORD_EN = re.compile(r"\brecord\s+(?:a|the|this|that|my|your|our|his|her|their|it|them|every|each|some)\b", _I)
_RECORD_NOT_EN = re.compile(r"\b(?:break|broke|broken|beat|beats|set|hold|holds|world|criminal|track|medical|"
                            r"off\s+the\s+record|for\s+the\s+record|a\s+record\s+of)\b", _I)
_RECORD_FR = re.compile(r"\b(?:distinguer|rendre|remettre|revenir|reconnaître|registre|noter|rapporter|recordr?)"
                        r"(?= (?:l['’]|la |le |les |une? |ce |cet |cette |ces |[mts]on |[mts]a |[mts]es |notre |"
                        r"votre |leur ))")


def _household(text: str, source: str) -> str:
    """``text`` with a phone «en charge», a broken «ongle», kitchen «balances», a flat tyre «crevé», «Attention à la
    marche», a worn «haut» and «enregistrer» a video, each where ``source`` says so."""
    if _CHARGING_EN.search(source):
        text = _CHARGING_FR.sub("en charge", text)
    if _NAIL_EN.search(source) and not _NAIL_NOT_EN.search(source):
        text = swap(text, "clou|nail", ("ongle", "ongles"), False)
    if _SCALES_EN.search(source) and not _SCALES_NOT_EN.search(source):
        text = _BAIN_FR.sub(lambda m: f"{m.group(1)} de {'cuisine' if 'cuisine' in m.group() else 'salle de bain'}",
                            swap(text, "échelle", ("balance", "balances"), True))
    if _FLAT_TYRE_EN.search(source) and not FLAT_EN.search(source):
        text = _FLAT_TYRE_FR.sub(r"\1 pneu crevé", text, count=1)
    if _MIND_STEP_EN.search(source):
        def careful(m: re.Match) -> str:
            noun = "aux marches" if m.group("noun").startswith("les") else "à la marche"
            return ("Veuillez faire attention " if m.group("please") else "Attention ") + noun
        text = _MIND_STEP_FR.sub(careful, text, count=1)
    if _TOP_EN.search(source) and _TOP_WORN_EN.search(source) and not _TOP_NOT_EN.search(source):
        text = swap(text, "tope|toupe|orteil|jouet|toupie", ("haut", "hauts"), False)
        text = _TOP_AFTER_FR.sub(lambda m: f"haut{m.group(1)} {_COLOURS[m.group(2)]}{m.group(1)}", text)
    if _RECORD_EN.search(source) and not _RECORD_NOT_EN.search(source):
        text = _RECORD_FR.sub("enregistrer", text, count=1)    # one: "…and return the book" keeps «rendre le livre»
    return text


def mend(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with bookings, a night shift, a banknote and the household senses
    above written as ``source`` means them: "…a annulé nos réserves." → "…a annulé notre réservation." ("…cancelled
    our booking.")."""
    if not source:
        return text
    text = _bookings(_booking(text, source), source)
    text = _night_shift(text, source)
    return _household(_banknote(text, source), source)
