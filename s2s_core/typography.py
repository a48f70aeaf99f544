"""French quotes and punctuation spacing, made consistent: the model learnt them from sources that disagree
(Tatoeba puts a space before "?" and "!", the Hansards not before ":"), so one sentence could read « Elle a dit:
«Je serai là. » » and another « Il a dit : « Je suis fatigué" ». Straight double quotes become « » where they pair
up. French sets a space before ":", ";", "!", "?" and "»" and after "«"; a plain space here, as the test sets'
references write it (BLEU's 13a tokenizer keeps "«Je" one token; scores in the en→fr card). Times ("7:30") and
addresses ("https://", "?q=1") are left alone: only a sign followed by a space, a closing quote or the end is spaced.
An amount, a measure or a percentage copied with the English decimal point takes the French comma ("25.50 euros" →
"25,50 euros", "12.5 %", "3.2 kilogrammes"); other numbers with a point (versions, "Python 3.11", dates, times)
are left as they are. A number the
source groups in thousands with commas and the translation copied as it is ("1,250 habitants", which a French
reader takes for 1.25) is grouped with spaces ("1 250 habitants"); "1 er", as the model spells the ordinal, is "1er",
an elided article keeps no space after its apostrophe ("d' euros" → "d'euros"), and a range of weekdays opens
with "du" ("ouvert lundi au vendredi" → "ouvert du lundi au vendredi"); one of a unit is singular ("1 heures",
where the model wrote "13" and the number was repaired, → "1 heure"). A whole hour is "18 h" (the model wrote
"18 h 00"), and a source's time the model wrote as a number is a time again ("jeudi 1900" → "jeudi 19 h").
"""
from __future__ import annotations

import re
from typing import Sequence

from .calendar_names import MONTHS_FR
from .casing import READ_IN_LOWER_CASE
from .figure_mends import AVOIR, mend as mend_figures
from .french_times import mend as mend_times
from .inversion import mend as mend_inversion
from .letters import attachments, happy_new_year, how_are_you, see_you
from .mends import mend as mend_french
from .name_forms import mend as mend_names
from .numbers import COMMA_GROUPED, french_ordinal
from .quantities import LENGTH_AFTER, LENGTH_BEFORE
from .ordinals import ORDINAL_WORDS, mend_centuries, mend_floors, mend_places
from .place_names import french_places
from .verbatim import DAYS_FR
from .weekdays import mend as mend_weekdays

_OPENING_QUOTE = re.compile(r"«(?=[^\s»])")
_CLOSING_QUOTE = re.compile(r"(?<=[^\s«])»")
_HIGH_SIGN = re.compile(r"(?<=[\w)\]\"'’»%€$£°])([;:!?]+)(?=\s|$|»)")     # "25 % ;", not "25 %;"
_AMOUNT_AFTER = (r"\s?(?:[%€$£¥]|(?:euro|dollar|livre|franc|cent|yen|million|milliard"          # amounts
                 r"|kilo\w*|(?:centi|milli)?mètre|(?:milli|centi)?litre|gramme|degré|mile|pied|pouce)s?\b)")  # measures
# a number that counts something ("2.5 tasses", "3.5 étoiles", "4.5 sur 5") takes a decimal comma; not one that
# names a part or a release ("section 2.1 montre", "Ubuntu 22.04 est")
_COUNTED = (r"\s(?:tasses?|étoiles?|comprimés?|cuillères?|jours?|semaines?|mois|ans|années?|fois|points?|"
            r"personnes?|verres?|bouteilles?|parts?|tranches?|sur|hors|minutes?|secondes?|kilos?|pièces?|gouttes?|"
            r"doses?|portions?|pour\s?cent)\b")
_DECIMAL_AMOUNT = re.compile(rf"(?<![\w.,])(\d+)\.(\d{{1,2}})(?={_AMOUNT_AFTER}|{_COUNTED})", re.IGNORECASE)
_NUMBERED = re.compile(r"\b(?:version|v|chapitres?|sections?|articles?|paragraphes?|annexes?|figures?|tableaux?|"
                       r"étapes?|points?|règles?|parties?|pages?)\s+$", re.IGNORECASE)
# 1,250 / 1,000,000 as a whole number (not in "1,250.5" or "1234,567", as numbers._GROUPED finds it), also before a
# clause's comma ("1,250, and")
_WHOLE_GROUPED = re.compile(rf"(?<![\d.,]){COMMA_GROUPED}(?![\d]|[.,]\d)")
_GROUPED_DECIMAL = re.compile(rf"(?<![\d.,])({COMMA_GROUPED})\.(\d+)(?!\d)")                   # 1,250.75
FRENCH = frozenset({"fr", "fra", "fre", "french"})
# a label that opens a line ("Step 2: Add the flour.", "Note: …"), as French writes it: the model read "Step" as
# "Avancez", "Note" as "Pas", "Tip" as "Désormez-vous" (fold.py sets the label aside and writes this back)
LABELS = {"Step": "Étape", "Note": "Remarque", "Warning": "Attention", "Tip": "Astuce", "Reminder": "Rappel",
          "Important": "Important", "Update": "Mise à jour", "Example": "Exemple", "Question": "Question",
          "Answer": "Réponse", "Subject": "Objet", "Summary": "Résumé", "Ingredients": "Ingrédients",
          "Instructions": "Instructions", "Day": "Jour",
          "Week": "Semaine", "Pros": "Points forts", "Cons": "Points faibles", "Price": "Prix", "Rating": "Note",
          "Location": "Lieu", "Address": "Adresse", "Phone": "Téléphone", "Date": "Date", "Total": "Total",
          "Error": "Erreur", "Skills": "Compétences", "Requirements": "Exigences", "Benefits": "Avantages",
          "Allergens": "Allergènes", "Serves": "Portions", "Rent": "Loyer", "Alert": "Alerte", "When": "Quand",
          "Where": "Où", "Meeting": "Réunion", "Agenda": "Ordre du jour", "Deadline": "Date limite",
          "Status": "Statut", "Reference": "Référence", "From": "De", "To": "À", "Re": "RE", "Fwd": "TR", "Fw": "TR",
          "Attendees": "Participants", "Weather": "Météo", "Urgent": "Urgent",   # («À l'heure actuelle, …», s43)
          # forms, notices and messages: a label of more words came out word by word ("Date of birth:" → "Autant de
          # naissance,", "Weather alert:" → "Père alerte :", "Dress code:" → "Le code des drogues :")
          "Name": "Nom", "First name": "Prénom", "Last name": "Nom", "Full name": "Nom complet",
          "Surname": "Nom", "Date of birth": "Date de naissance", "Place of birth": "Lieu de naissance",
          "Age": "Âge", "Nationality": "Nationalité", "Occupation": "Profession", "Email": "E-mail",
          "E-mail": "E-mail", "Phone number": "Téléphone", "Mobile": "Portable", "City": "Ville", "Country": "Pays",
          "Postcode": "Code postal", "Zip code": "Code postal", "Postal code": "Code postal",
          "Weather alert": "Alerte météo", "Weather warning": "Alerte météo", "Storm warning": "Alerte tempête",
          "Traffic alert": "Info trafic", "Forecast": "Prévisions", "Temperature": "Température",
          "Dress code": "Tenue", "Venue": "Lieu", "Time": "Heure", "Cost": "Coût", "Tickets": "Billets",
          "Lost": "Perdu", "Found": "Trouvé", "Reward": "Récompense", "Symptoms": "Symptômes", "Dosage": "Posologie",
          "Amount": "Montant", "Balance": "Solde", "Due date": "Date d'échéance", "Interest rate": "Taux d'intérêt",
          "Order number": "Numéro de commande", "Booking reference": "Référence de réservation",
          "Check-in": "Arrivée", "Check-out": "Départ", "Departure": "Départ", "Arrival": "Arrivée",
          "Flight": "Vol", "Gate": "Porte", "Seat": "Siège", "Room": "Chambre", "Duration": "Durée",
          "Score": "Score", "Half-time": "Mi-temps", "Full-time": "Fin du match", "Kick-off": "Coup d'envoi",
          "Opening hours": "Horaires d'ouverture", "Salary": "Salaire", "Start date": "Date de début",
          "Size": "Taille", "Colour": "Couleur", "Color": "Couleur", "Quantity": "Quantité", "Contact": "Contact",
          "Comments": "Commentaires", "Notes": "Remarques", "Description": "Description"}


def _guillemets(text: str) -> str:
    """Straight double quotes as « », paired with those already there ("« Je suis fatigué"" → "« Je suis
    fatigué »"), curly ones (“ ”) too; left as they are where they would not pair up."""
    if text.count("“") == text.count("”"):          # curly quotes a set-aside quote put back (markup.py)
        text = text.replace("“", "«").replace("”", "»")
    if '"' not in text:
        return text
    out, inside = [], False
    for ch in text:
        if ch in "«»":
            inside = ch == "«"
        elif ch == '"':
            ch, inside = ("»" if inside else "«"), not inside
        out.append(ch)
    paired = "".join(out)
    return paired if paired.count("«") == paired.count("»") else text


def _thousands(text: str, source: str) -> str:
    """The source's comma-grouped numbers that ``text`` copied as they are, grouped with spaces, and with a decimal
    comma where they have decimals ("$1,250.75" → "1,250,75 $" or "1,250.75 $" → "1 250,75 $")."""
    for whole, part in set(_GROUPED_DECIMAL.findall(source)):
        text = re.sub(rf"(?<![\d.,]){re.escape(whole)}[.,]{part}(?!\d)", f"{whole.replace(',', ' ')},{part}", text)
    grouped = set(_WHOLE_GROUPED.findall(source))
    return _WHOLE_GROUPED.sub(lambda m: m.group().replace(",", " ") if m.group() in grouped else m.group(), text)


_ELISION = re.compile(r"\b([DdLlJjMmNnSsTtCc]|[Qq]u)(['’]) +(?=[^\W\d_])")   # "d' euros": the article elided
# "le exposé", "la erreur", "la image": the model's article (or object pronoun) before a vowel, elided as French
# always does; not after a hyphen ("Prends-le avec toi"), nor before the words French keeps it before ("le onze",
# "la une", "le oui") or the small words that follow a pronoun ("Je le en", "le et" of a garbled output)
_KEPT_BEFORE = "a|à|au|aux|avec|elle|elles|en|est|et|eux|il|ils|on|onz\\w*|ou|où|ouate|oui|ouistiti|un|une"
_ARTICLE_ELISION = re.compile(rf"(?<![\w'’-])([Ll])[ea] (?!(?:{_KEPT_BEFORE})\b)(?=[aeiouéèêëâîïôûAEIOUÉÈÊÂÎÔÛ]\w)")
# "que auparavant", "que il", "lorsque elle", "si il": the model left "que" whole before a vowel (measure33: "plus
# brillant que auparavant"; "ne allumera" in verbs33's brief), which French always elides ("qu'auparavant", "qu'il",
# "lorsqu'elle", "n'allumera", "s'il"); not after a hyphen ("Puis-je avoir"), nor before the words French keeps it
# before ("que oui", "que onze") nor a capital (a name, an acronym, left as the model wrote)
_QUE_ELISION = re.compile(r"(?<![\w'’-])([Qq]u|[Ll]orsqu|[Pp]uisqu|[Jj]usqu|[Nn]|[Jj])e "
                          r"(?!(?:oui|onze|onzième|ouate|ouistiti)\b)"
                          r"(?=[aàâeéèêëiîïoôuùûœ])")
_SI_ELISION = re.compile(r"(?<![\w'’-])([Ss])i (?=ils?\b)")
_DAYS = "|".join(fr for _, fr in DAYS_FR)
# "ouvert lundi au vendredi" → "du lundi…"; "fermés le lundi au vendredi" → "fermés du lundi…" (not after "du",
# "à", "au")
_DAY_RANGE = re.compile(rf"(?:\b[LlDd]e |(?<![\w'])(?<![DdLl][ue] )(?<!\bà )(?<!\bau ))"
                        rf"(?=(?:{_DAYS}) au (?:{_DAYS})\b)")
# "de 12 au 15 octobre": "du 12 au 15 octobre", as "du lundi au vendredi"; "du 1 à 15 août": "du 1er au 15 août"
_DATE_RANGE = re.compile(rf"\b([Dd])[eu] (\d{{1,2}})(?:er)? (?:au|à) (?=\d{{1,2}}(?:er)? (?:{'|'.join(MONTHS_FR)})\b)")
_ONE_UNITS = re.compile(r"(?<![\d,.])1 (heure|minute|seconde|jour|semaine|an|année|euro|dollar|livre|kilomètre|"
                        r"mètre|centimètre|kilogramme|gramme|litre|personne|enfant|degré)s\b")   # "1 heures"
# a place in a ranking ("finished in third place", as ordinals.py reads "finished 3rd"): the model writes "en
# troisième lieu", which French uses for "thirdly"
_PLACE = re.compile(r"\b((?:terminée?|finie?|arrivée?|classée?|placée?|venue?)s?) "  # as ordinals._PLACE reads
                    r"en (premier|première|seconde?|\w+ième) lieu\b")              # "placed", "ranked"…
_FEMININE = {"premier": "première", "second": "seconde"}
_LIEU = re.compile(r"\b(?:en|au) (premier|première|seconde?|\w+ième) (?:lieu|endroit)\b")   # "au troisième endroit"
_IN_PLACE = re.compile(r"\bin (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) place\b",
                       re.IGNORECASE)           # "We are in 1st place.", read "in first place": not "firstly"
# "finished in 32th place" (ordinals.py's reading of "finished 32nd"): the model wrote "en 32e place", "à 21e
# place", "à 13e endroit", "au 23e"; "was in 11th place" (of "was ranked 11th") "à onze endroits"; French writes
# "à la 32e place" ("finished in 103th place" came out "en 103 endroits")
_IN_NTH_PLACE = re.compile(r"\bin (\d{2,})th place\b", re.IGNORECASE)
_NTH_LIEU = re.compile(r"\b(?:en|à|au) (?:la )?(?:(\d{2,})e?|([a-z-]+)) (?:place|endroit|lieu|rangée|rang)s?\b")
_WHOLE_HOUR = re.compile(r"(?<![\d,.])([1-9]\d?) h 00\b")    # "à 18 h 00": French writes "18 h"
_SOURCE_TIME = re.compile(r"(?<![\d:.,])(\d{1,2}):([0-5]\d)(?![\d:])")     # "19:00", as quantities reads "7 pm"
_LATER = re.compile(r"\b(?:afternoon|evening|night|tonight|pm|p\.m)\b", re.IGNORECASE)  # the source says which half
_WAKE = re.compile(r"\b(?:wake|wakes|waking|woke|alarm|morning)\b", re.IGNORECASE)        # "Wake me at 6:15"
# "16 h50", "19h30": "16 h 50" (not in an address or a file's name: ".../slots/9h30", "video_10h30.mp4")
_CLOCK = re.compile(r"(?<![\w,./-])([01]?\d|2[0-3]) ?h ?([0-5]\d)(?![\w/]|\.\w)")
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.$")  # "Je te verrai à midi.." (an alternative to "I'll meet you at midday.")
_SPACE_COMMA = re.compile(r"(?<=\S) +,(?=\s|$)")                                # "82 degrés Fahrenheit , Tow"
_UNIT_COMMA = re.compile(r"(?<![\d,.])(\d+), (?=(?:euros?|livres?|dollars?|degrés?)\b)")   # "Ça coûte 1, euro."
_FIRST = re.compile(r"(?<![\d,.])1 (er|re)\b")          # "le 1 er janvier": the model spells the ordinal apart


# "un nouveau iPhone", "notre nouveau appartement": "nouvel", "bel" before a vowel, after a word that determines the
# noun (not "il fait beau aujourd'hui", "le nouveau est arrivé")
_BEFORE_VOWEL = re.compile(r"(?<![\w'’-])((?i:un|le|ce|cet|mon|ton|son|notre|votre|leur|du|au) )(nouv|b)eau "
                           r"(?!(?:et|ou|à|au|aux|en|est|a|avec|ici|il|elle|on|un|une|y)\b)"
                           r"(?=[aeiouéèêâîôûœAEIOUÉÈÊÂÎÔÛ]|h(?:ôtel|omme|iver|ôpital|abit|orizon)\b)")
_NEW_ONE = re.compile(r"\b(?:[Nn]ew|[Bb]eautiful|[Hh]andsome) ones?\b|\b[Nn]ewcomers?\b")   # "le nouveau" a noun
_MISTER = re.compile(r"\bM(?= [A-Z][a-zé])")     # "M Taylor" for "Mr Taylor": French writes "M. Taylor"


# an age with "être" ("Ma grand-mère est 90 ans." for "My grandmother is 90."): French has it with "avoir"
_AGE = re.compile(r"(?<![\w'’])(?<![Cc]['’])((?:[Jj]e )?)(est|suis|es|sommes|êtes|sont) (\d{1,3}) ans\b"
                  r"(?! (?:plus|de|d['’]|depuis|après|avant|que|qu['’]|trop|environ))")
_AGE_SAID = re.compile(r"(?:\b(?:is|am|are|was|were)|['’](?:s|m|re))\s+(?:(?:only|just|nearly|almost)\s+)?(\d{1,3})"
                       r"(?:\s+years?\s+old)?(?=\s*(?:[.,;!?)]|$|\s+(?:and|but|now|today|this|next|last)\b))")
_AGE_SUBJECT = re.compile(r"\b[âÂ]ges?\b[^.,;:!?]{0,40}$")
# a person's age said between commas with "who": "My aunt, who is 90, lives alone…" came out "Ma tante, qui est 90,
# vit seule…" (no "ans" for ``_AGE`` to mend), "The man, who is 40, was arrested…" "L'homme, qui est 40, …"
_WHO_AGE_SAID = re.compile(r"\bwho\s+is\s+(\d{1,3})(?:\s+years?\s+old)?\s*,")
_WHO_AGE = re.compile(r"\bqui est (\d{1,3})(?= ?,)")


# left55 (s41): an age one was, said with "était": "She has lived here since she was five." came out «…depuis
# qu'elle était cinq ans.», "when he was ten" «quand il était dix ans»: «avait», after a subject pronoun
_WAS_AGE_SAID = re.compile(r"\b(?:I|he|she|we|they|you)\s+(?:was|were)\s+(?:only\s+|just\s+)?(?:\d{1,2}|one|two|three|"
                           r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                           r"seventeen|eighteen|nineteen|twenty)\b(?!\s*(?:minutes|hours|days|weeks|months|o['’]clock|"
                           r"[ap]\.?m\b|%|percent|per|euros|dollars|pounds|kilos|metres|meters|miles)\b)",
                           re.IGNORECASE)
_WAS_AGE = re.compile(r"(?<![\w-])(j['’]|tu |il |elle |on |nous |vous |ils |elles )(étais|était|étions|étiez|étaient)"
                      r"(?= (?:\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
                      r"quinze|seize|dix-sept|dix-huit|dix-neuf|vingt) ans\b)")
_HAD = {"étais": "avais", "était": "avait", "étions": "avions", "étiez": "aviez", "étaient": "avaient"}


def _was_age(text: str, source: str) -> str:
    """«qu'elle était cinq ans» → «qu'elle avait cinq ans» where the source says "she was five"."""
    if not _WAS_AGE_SAID.search(source):
        return text
    return _WAS_AGE.sub(lambda m: ("j'" if m.group(1)[0] in "jJ" else m.group(1)) + _HAD[m.group(2)], text)


def _ages(text: str, source: str) -> str:
    """An age the source says with "is" ("My grandmother is 90.") that the model wrote with "être" ("Ma grand-mère
    est 90 ans.") with "avoir" ("a 90 ans"); not "C'est 5 ans", "est 5 ans plus tard", nor an age that is the
    subject ("l'âge de la majorité est 19 ans")."""
    ages = set(_AGE_SAID.findall(source))
    def one(m: re.Match) -> str:
        if m.group(3) not in ages or _AGE_SUBJECT.search(text[:m.start()]):
            return m.group()
        if m.group(1):                                                  # "Je suis 30 ans": "J'ai 30 ans"
            return f"{m.group(1)[0]}'ai {m.group(3)} ans"
        return m.group() if m.group(2) == "suis" else f"{AVOIR[m.group(2)]} {m.group(3)} ans"
    said = set(_WHO_AGE_SAID.findall(source))
    text = _WHO_AGE.sub(lambda m: f"qui a {m.group(1)} ans" if m.group(1) in said else m.group(), text)
    return _AGE.sub(one, text) if ages else text


def _capital(text: str, source: str) -> str:
    """``text`` opening with a capital where ``source`` does: the model opened "Saturday night was fun." with
    "samedi soir" (French writes weekdays in lower case, the sentence's first word aside); and where the model read an
    opening "Good night" in lower case (casing.py). A word with capitals inside ("iPhone") stays as it is."""
    s, t = re.search(r"[^\W_]", source), re.search(r"[^\W_]", text)
    if not (s and t and (s.group().isupper() or READ_IN_LOWER_CASE.match(source)) and t.group().islower()):
        return text
    word = re.match(r"\w+", text[t.start():]).group()
    return text if word != word.lower() else text[:t.start()] + t.group().upper() + text[t.start() + 1:]


def french(text: str, source: str = "", said_times: Sequence[tuple[int, int]] = ()) -> str:
    """``text`` (a translation of ``source``) as French writes it: a capital where the source opens with one, an
    e-mail's attachment "ci-joint" and "On se voit" for "See you" (letters.py), an elided article joined to its
    word ("d' euros"), "le"/"la" elided before a vowel ("le exposé"); times (``said_times``: those the source
    said in words, fold.py), amounts, dates and places as below; quotes « » and the spaces around them and before
    ; : ! ?, none before a comma; place names in French ("Lisbonne", place_names.py); an inverted verb in the
    person of its pronoun ("Sors-t-il" → "Sort-il", inversion.py); one full stop at the end where the model wrote
    two and the source did not; a weekday's article as the English means the day ("Je te verrai dimanche.", "le
    dimanche" for a habit: weekdays.py); "que" elided too ("que auparavant" → "qu'auparavant"); then the French-side
    mends (``mends.mend``: a man's job in the masculine, "Mon frère est infirmière." → "…infirmier."; a known word in
    the sense the English says; a machine that "won't turn on" refusing now, "La télé ne allumera pas." → "La télé
    ne s'allume pas."; «jours fériés» for «vacances publiques»; a tennis court's «court» for «tribunal»…) with the
    grammar steps in their order among them: a determiner in its noun's gender ("mon commande" → "ma commande":
    agreement.py), a participle after "être" in its subject's gender ("Elle a été promu" → "promue":
    participles.py), an adjective before a noun in its gender ("Bonne anniversaire" → "Bon anniversaire":
    adjectives.py), "cliquer sur" ("Cliquez le lien" → "Cliquez sur le lien": ui_steps.py), "Pendant que" for a
    "While" read "During the time" (joins.py), "s'asseoir" conjugated ("quand je m'asseye" → "je m'assieds":
    conjugation.py)."""
    text = _ELISION.sub(r"\1\2", see_you(attachments(_capital(text, source), source), source))
    text = how_are_you(text, source)                  # "…, comment êtes-vous ?" → "…, comment allez-vous ?"
    text = happy_new_year(text, source)               # "…une nouvelle année heureuse." → "…une bonne année."
    text = _SI_ELISION.sub(r"\1'", _QUE_ELISION.sub(r"\1'", _ARTICLE_ELISION.sub(r"\1'", text)))  # "qu'auparavant"
    if not _NEW_ONE.search(source):      # "The new one arrives" came out "Le nouveau arrive": no "Le nouvel arrive"
        text = _BEFORE_VOWEL.sub(r"\1\2el ", text)
    text = _MISTER.sub("M.", text) if re.search(r"\bMr\b", source) else text
    text = _places(_dates(_amounts(_times(text, source, said_times), source)), source)
    text = mend_weekdays(mend_figures(text, source), source)   # "mardi 10" (figure_mends.py), "Je te verrai dimanche."
    text = _was_age(_ages(_bare_amounts(_heights(_feet_and_inches(text, source), source), source), source), source)
    text = _AU_NTH_YEAR.sub(r"en \1 \2", _sizes(_numbered_places(text, source), source))
    text = mend_inversion(mend_names(french_places(text, source), source) if source else text)
    text = mend_french(text, source)                     # the French-side mends and grammar steps, in order (mends/)
    text = _guillemets(_SPACE_COMMA.sub(",", text))
    text = text if ".." in source else _DOUBLE_STOP.sub(".", text)
    return _HIGH_SIGN.sub(r" \1", _CLOSING_QUOTE.sub(" »", _OPENING_QUOTE.sub("« ", text)))


def _times(text: str, source: str = "", said: Sequence[tuple[int, int]] = ()) -> str:
    """"16 h 50" (the model wrote "16 h50", "19h30"); a whole hour as "18 h" (the model wrote "18 h 00"), or as
    "10 heures" beside another one so written ("10 h 00 à 20 heures"); the source's times as it has them
    (``_source_times``), and in words where it said them so (``_said_times``); time phrases as French writes them
    ("Il est 3 h 15", "une heure et demie", "toutes les 20 minutes": french_times.py)."""
    text = _CLOCK.sub(r"\1 h \2", _source_times(text, source))
    text = _WHOLE_HOUR.sub(r"\1 heures" if re.search(r"\d heures?\b", text) else r"\1 h", text)
    text = _OF_THE_MORNING.sub(r"\1 du matin", text)
    return mend_times(_said_times(text, said), source)


_OF_THE_MORNING = re.compile(r"(\d h(?: \d\d)?|\d heures?) le matin\b")   # "5 h 30 le matin": "du matin"


_HOURS_FR = ("midi", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze")
_MINUTES_FR = {5: "cinq", 10: "dix", 20: "vingt", 25: "vingt-cinq"}


def clock_in_words(hour: int, minutes: int) -> str:
    """A clock time as French says it in words: "sept heures et demie", "six heures moins le quart", "midi dix"."""
    if minutes > 30:
        hour, before = hour % 12 + 1, {45: "moins le quart"}.get(minutes, f"moins {_MINUTES_FR.get(60 - minutes)}")
    else:
        before = {0: "", 15: "et quart", 30: "et demie"}.get(minutes, _MINUTES_FR.get(minutes, ""))
    word = _HOURS_FR[hour % 12] if hour % 12 else "midi"
    said = word if word == "midi" else f"{word} heure{'s' * (word != 'une')}"
    return f"{said} {'et demi' if word == 'midi' and minutes == 30 else before}".strip()


def _said_times(text: str, said: Sequence[tuple[int, int]]) -> str:
    """The source's clock times said in words ("half past seven", "at quarter to six", "ten past six"; read in
    digits for the model, quantities.py) said in words again ("sept heures et demie"; in digits, "7 h 30" had
    replaced the model's own "sept heures et demie" where it knew the phrase)."""
    for hour, minutes in said:
        digits = "|".join(sorted({str(hour), str(hour + 12)}))
        text = re.sub(rf"(?<![\d,])(?:{digits})(?: h |:){minutes:02d}\b", clock_in_words(hour, minutes), text,
                      count=1)                                       # "7:20" too: "C'est 7:20."
    return text


def _source_times(text: str, source: str) -> str:
    """Each of the source's times ("19:00", "3:30") that the model wrote as a number ("jeudi 1900", "du 20 00") as
    a time ("19 h"), and one it moved to the afternoon ("à 19 h" for "at 7:00") at the source's hour where the
    morning is the likely reading (``_morning``). Not a number the source has too ("in 1900"), nor a length
    ("is 01:30 long")."""
    for m in _SOURCE_TIME.finditer(source):
        hour, minutes = m.groups()
        h = int(hour)
        if LENGTH_AFTER.match(source, m.end()) or LENGTH_BEFORE.search(source[:m.start()]):
            continue
        if not re.search(rf"(?<![\d:.,]){h}\s?{minutes}(?![\d:])", source):
            text = re.sub(rf"(?<![\d:.,])0?{h}\s?{minutes}"
                          r"(?![\d:]|[.,]\d|\s?(?:h\b|heures?\b|[$€£%]|euros?\b|dollars?\b))",
                          f"{h} h {minutes}", text)
        later = h + 12
        if _morning(source, m) and f"{later}:{minutes}" not in source:
            written = rf"{later} ?h ?{minutes}\b" if minutes != "00" else rf"{later} (?:h(?: ?00)?|heures?)\b"
            # beside a duration the source has, only a time after "à" ("leaves at 8:00 and takes 20 hours" came out
            # "prend 8 heures")
            if re.search(rf"(?<![\d:.,]){later}\s*(?:hours?|hrs?)\b", source, re.IGNORECASE):
                written = rf"(?<=\bà ){written}"
            text = re.sub(rf"(?<![\d,.]){written}", lambda w: str(h) + w.group()[len(str(later)):], text)
    return text


def _morning(source: str, m: re.Match) -> bool:
    """Whether the time ``m`` of ``source`` (which says neither "pm" nor "evening") is likely in the morning, so
    that the model's afternoon ("Wake me at 6:15" → "à 18 h 15") is undone: 7 to 11 o'clock, up to 6 to wake up, or an
    hour said "in the morning"; not one after a larger hour ("opens 10:00, closes 8:00"). A reader takes an early
    hour for the afternoon: "The meeting is at 2:00." came out "à 2 heures", "closes at 5:30" "à 5 h 30" (night)."""
    h = int(m.group(1))
    if _LATER.search(source) or not 1 <= h <= 11 or \
            any(int(e.group(1)) > h for e in _SOURCE_TIME.finditer(source[:m.start()])):
        return False
    return 7 <= h or h <= 6 and bool(_WAKE.search(source)) or \
        bool(re.match(r"\s+(?:in the morning|this morning|a\.?m\b)", source[m.end():], re.IGNORECASE))


def _amounts(text: str, source: str) -> str:
    """No comma between a number and its unit ("1, euro"), the decimal comma in an amount or a count ("2.5 tasses";
    not "section 2.1"), the source's thousands grouped with spaces, "1er", "1 heure" after one."""
    text = _UNIT_COMMA.sub(lambda m: m.group() if re.search(rf"\b{m.group(1)}\s*,", source) else m.group(1) + " ",
                           text)
    text = _DECIMAL_AMOUNT.sub(lambda m: m.group() if _NUMBERED.search(text[:m.start()]) else
                               f"{m.group(1)},{m.group(2)}", text)
    text = _ONE_UNITS.sub(r"1 \1", _FIRST.sub(r"1\1", _thousands(text, source)))
    return _EACH_AS_TIMES.sub(r"\1 pièce", text) if _PRICE_EACH.search(source) else text


# a price for each one: "The tickets cost 120 dollars each." came out "…120 dollars chaque fois" (each time), or
# "chaque année", "Les pommes coûtent 2 euros chacun" (the gender wrong); French says "pièce" (for any gender)
_PRICE_EACH = re.compile(r"(?:\d|\b(?:dollars?|euros?|pounds?|cents?|pence))\s+each\b(?!\s+(?:time|day|week|month|"
                         r"year|night|other|of|one)\b)", re.IGNORECASE)
_EACH_AS_TIMES = re.compile(r"(\d\s?(?:[$€£]|euros?|dollars?|livres?|cents?|centimes?|pence)) (?:chaque (?:fois|année|"
                            r"an|jour)|chacune?s?)\b")      # "2 euros chacun" for apples: no gender to get wrong


def _dates(text: str) -> str:
    """"du 12 au 15 octobre", "du 1er au 3 mai", "du lundi au vendredi" (the model wrote "de", "à" or nothing)."""
    text = _DATE_RANGE.sub(lambda m: f"{m.group(1)}u {'1er' if m.group(2) == '1' else m.group(2)} au ", text)
    return _DAY_RANGE.sub(lambda m: "Du " if m.group()[:1].isupper() else "du ", text)


_FEET_AND_INCHES = re.compile(r"\b(\d+) f(?:ee|oo)t (\d{1,2}) inch(?:es)?\b")      # as quantities reads "6 ft 2 in"
_FR_NUMBER = {str(n): word for n, word in enumerate(("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept",
                                                      "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze",
                                                      "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"))}


def _feet_and_inches(text: str, source: str) -> str:
    """The source's feet and inches as "6 pieds 2 pouces": the model knows "pieds" but not "inches", which it
    dropped ("He is 6 feet 2 inches tall." → "Il est à 6 pieds."), garbled ("2 inchèvres") or kept apart ("6
    pieds, 2 …")."""
    for feet, inches in _FEET_AND_INCHES.findall(source):
        n = int(feet)
        said = [feet, *([_FR_NUMBER[str(n)]] if 1 <= n <= 10 else [])]    # "six" too; "12" only ("12 feet" had failed)
        text = re.sub(rf"\b(?:{'|'.join(said)}) pieds?"
                      rf"(?:,? (?:et |à |de )?{inches}(?: (?:pouces?|inch\w*|pous\w*))?(?!\d))?",
                      f"{feet} pied{'s' * (feet != '1')} {inches} pouce{'s' * (inches != '1')}", text, count=1)
    return text


# a height in feet ("She is 5 feet 4 inches tall."): the model wrote "Elle est à 5 pieds 4 pouces.", "Je suis 5 pieds",
# "Nous sommes six pieds", and after them "de pied 6 inchèvres", "d'encre 9 inchevaux", "de poche" (where the source
# says no more: the inches again, garbled)
_TALL = re.compile(r"\b(\d+) f(?:ee|oo)t(?: (\d{1,2}) inch(?:es)?)? tall\b(\s*[.!]?\s*$)?")
_MEASURES = {"est": "mesure", "suis": "mesure", "es": "mesures", "sommes": "mesurons", "êtes": "mesurez",
             "sont": "mesurent", "était": "mesurait", "étais": "mesurais", "étions": "mesurions", "étiez": "mesuriez",
             "étaient": "mesuraient"}


def _heights(text: str, source: str) -> str:
    """A height the source says in feet with "tall", measured ("Elle mesure 5 pieds 4 pouces."), without what the
    model wrote after it where the source ends there ("de pied 6 inchèvres")."""
    for feet, inches, last in _TALL.findall(source):
        said = "|".join([feet, *([_FR_NUMBER[feet]] if feet in _FR_NUMBER else [])])
        height = rf"(?:{said}) pieds?" + (rf" {inches} pouces?" if inches else "")
        tail = r"(?: (?:de |d['’])[^.!?]{1,40}?(?=\s*[.!?]?$))?" if last else ""
        text = re.sub(rf"(?<![\w'’])({'|'.join(_MEASURES)}) (?:à |de )?({height}){tail}(?![\w ]*\d)",   # not "C'est"
                      lambda m: f"{_MEASURES[m.group(1)]} {m.group(2)}", text, count=1)
    return text


# an amount owed, paid, lent or costing, with no unit after it ("i owe u 10", "lend me 5", "It costs 12.")
_OWED = re.compile(r"\b(?:owes?|owed|owing|pays?|paid|paying|lends?|lent|lending|borrow(?:s|ed|ing)?|costs?|costing)"
                   r"\s+(?:(?:you|u|me|him|her|them|us|it|back|still|only|just)\s+){0,2}(\d+(?:[.,]\d+)?)(?![.,]?\d)"
                   r"(?=\s*(?:[.,!?;:)]|$)|\s+(?:for|back|tomorrow|today|yesterday|tonight|now|lol|and|but|so|already|"
                   r"from|to|by|when|if|on|at)\b)", re.IGNORECASE)
_MONEY = re.compile(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|bucks?|quid|cents?|francs?)\b", re.IGNORECASE)


# a unit the model put after a bare amount, and the source's word for it (where the source says it, the model's unit
# may be the source's: "I paid 10 for 2 hours" came out "J'ai payé dix heures…")
_UNITS_SAID = ((r"heures?|h", r"\b(?:hours?|hrs?|o['’]?clock)\b"), (r"ans|années?", r"\byears?\b"),
               (r"minutes?", r"\bmin(?:ute)?s?\b"))


# the same number as an hour in the source: its "heures" stays ("I paid 5 and arrived at 5." had come out "…arrivé à 5")
_AT_HOUR = r"\b(?:at|by|until|till|around|before|after|from|since)\s+"


def _bare_amounts(text: str, source: str) -> str:
    """An amount owed, paid or lent that the source gives without a unit, without the unit the model put after it:
    "i owe u 10" came out "Je te dois 10 heures", "I owe you 10." "Je te dois 10 ans.", "can u lend me 5" "peux-tu
    me prêter 5 $" (a currency the source does not name); not a unit the source says elsewhere. Its decimal
    point, copied, is a comma."""
    money = _MONEY.search(source)
    for amount in set(_OWED.findall(source)):
        said = "|".join(re.escape(a) for a in {amount, amount.replace(".", ","), _FR_NUMBER.get(amount, amount)})
        clock = re.search(rf"{_AT_HOUR}{re.escape(amount)}\b", source, re.IGNORECASE)  # "I paid 8 and met at 8"
        units = "|".join([fr for fr, en in _UNITS_SAID if not (re.search(en, source, re.IGNORECASE) or clock)] +
                         ([] if money else [r"\$", "€", "dollars?", "euros?"]))
        if units:
            text = re.sub(rf"(?<![\w,.])({said})\s?(?:{units})(?!\w)", r"\1", text, flags=re.IGNORECASE)
        if "." in amount:               # "I paid 3.50 for a sandwich" had come out "J'ai payé 3.50 pour…"
            text = re.sub(rf"(?<![\w,.]){re.escape(amount)}(?!\d)", amount.replace(".", ","), text)
    return text


# a place known by its number, which the model wrote as an age or an hour: "Please go to gate 14." came out "…à la
# porte 14 ans", "I took the number 9 bus." "…le bus 9 heures"; and "de porte 12" for "from gate 12" ("de la porte")
_NUMBERED_PLACE = re.compile(r"\b((?:la|le|les|du|de|des|au|à|une|un|votre|notre|ma|ta|sa) (?:portes?|quais?|voies?|"
                             r"chambres?|salles?|bus|vols?|lignes?|numéros?)) (\d{1,4}) (?:ans|heures)\b")  # "Je porte"
_NUMBER_UNIT_SAID = re.compile(r"\b(?:years?|old|aged?|hours?|o['’]?clock)\b", re.IGNORECASE)
_OF_GATE = re.compile(r"\b([Dd]e|à) (porte|voie) (?=[A-Z]?\d)")


# a train's platform (read "track", phrasing/outdoors.py) written as a sports track: "The train leaves from platform
# 4." came out "Le train part de pistage 4.", "…du plate-forme 4"; French says "voie 4"
_TRACK = re.compile(r"\b([Dd]e|[Dd]u|à|au|sur) (?:la |le )?(?:pistage|piste|plate-forme|plateforme) (?=\d{1,2}\b)")
_TRACK_SAID = re.compile(r"\b(?:platforms?|tracks?)\s+\d", re.IGNORECASE)


def _numbered_places(text: str, source: str) -> str:
    """A gate, platform, room or bus by its number without the "ans" or "heures" the model put after it (where the
    source says no years nor hours), and with its article after "de" or "à" ("de porte 12" → "de la porte 12"); a
    train's platform as "voie" ("de pistage 4" → "de la voie 4")."""
    if not _NUMBER_UNIT_SAID.search(source):
        text = _NUMBERED_PLACE.sub(r"\1 \2", text)
    if _TRACK_SAID.search(source):
        text = _TRACK.sub(lambda m: (m.group(1)[0] + "e" if m.group(1).lower() in ("de", "du") else
                                     m.group(1).replace("au", "à")) + " la voie ", text)
    return _OF_GATE.sub(r"\1 la \2 ", text)


# a clothes or shoe size the model wrote as an age or an hour ("I'm a size 38." → "J'ai 38 ans.", "I wear a size 38."
# → "Je porte 38 ans.", "…en taille 9 heures"), where the source says no years nor hours
_SIZE = re.compile(r"\bsize\s+(?:is\s+|was\s+)?(\d{1,2})\b", re.IGNORECASE)
_NO_SIZE = re.compile(r"\b(?:years?|old|aged?|birthday|hours?|o['’]?clock|[ap]\.?m)\b", re.IGNORECASE)
_SIZE_VERB = {"J'ai": "Je fais", "Il a": "Il fait", "Elle a": "Elle fait", "Tu as": "Tu fais",
              "Vous avez": "Vous faites"}
_SHOES = re.compile(r"\bshoes?\s+size\b|\bsize\s+\d+\s+(?:in\s+)?shoes\b|\bshoes\s+in\s+size\b", re.IGNORECASE)


def _sizes(text: str, source: str) -> str:
    """A size the source gives ("size 38") without the "ans" or "heures" the model put after it, said "Je fais du 38",
    "Je porte du 38" where the model wrote "J'ai 38 ans", "Je porte 38 ans"; a shoe size is a "pointure" ("My shoe
    size is 42." came out "Ma taille est 42.")."""
    if _NO_SIZE.search(source):
        return text
    for size in set(_SIZE.findall(source)):
        text = re.sub(rf"\b(J'ai|Il a|Elle a|Tu as|Vous avez) {size} ans\b",
                      lambda m: f"{_SIZE_VERB[m.group(1)]} du {size}", text)
        text = re.sub(rf"\b(port\w*|prends|prend|prenez|prenons|prennent) (?:la taille de )?{size} (?:ans|heures)\b",
                      rf"\1 du {size}", text)
        if len(re.findall(rf"(?<![\d.,]){size}(?![\d.,]\d)", source)) == 1:    # not "at 12" ("à 12 heures")
            text = re.sub(rf"(?<![\d,]){size} (?:ans|heures)\b", size, text)
    one_size = len(re.findall(r"\bsizes?\b", source, re.IGNORECASE)) == 1     # not "…and the hat size is 9"
    return re.sub(r"\btaille\b", "pointure", text) if one_size and _SHOES.search(source) and _SIZE.search(source) \
        else text


# a year at school or a class with "au", as for a masculine noun ("in the fifth year of school" → "au cinquième année")
_AU_NTH_YEAR = re.compile(r"\bau (\w+ième|\d+e) (année|classe)\b")


# French ordinals in words and the number each says ("douzième": "12"; "cinquième", "neuvième")
_FR_ORDINAL = {french_ordinal(w): n for n, w in _FR_NUMBER.items() if n not in ("0", "1")}
_FR_ORDINAL.update({"premier": "1", "première": "1", "second": "2", "seconde": "2"})


def _places(text: str, source: str) -> str:
    """A place in a ranking: "à la troisième place", not "en troisième lieu" ("thirdly"); "à la 32e place", not
    "en 32e place"."""
    text = _PLACE.sub(lambda m: f"{m.group(1)} à la {_FEMININE.get(m.group(2), m.group(2))} place", text)
    places = set(_IN_NTH_PLACE.findall(source))
    said = places | {str(ORDINAL_WORDS.index(w.lower()) + 1) for w in _IN_PLACE.findall(source)}
    text = _LIEU.sub(lambda m: f"à la {_FEMININE.get(m.group(1), m.group(1))} place"   # "in 12th place": "en
                     if _FR_ORDINAL.get(m.group(1)) in said else m.group(), text)   # douzième endroit", not "firstly"
    words = {word: number for number, word in _FR_NUMBER.items()}

    def place(m: re.Match) -> str:
        number = m.group(1) or words.get(m.group(2), "")
        return f"à la {number}e place" if number in places else m.group()
    text = mend_places(_NTH_LIEU.sub(place, text), source)
    text = mend_floors(text, source)    # "a fini à quatre heures" (ordinals.py)
    return mend_centuries(text, source)       # "the nineteenth century": "au dix-septième siècle" → "au XIXe siècle"
