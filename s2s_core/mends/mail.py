"""Words of work e-mails and shop messages the model wrote in another sense (mail46, s38), mended where the English
says which (mends.STEPS runs ``mend``; ``source`` is the English as the model read it, fold.py).

A probe of work e-mails, job letters and shop messages found these, no English reading tried coming out right:
- a business quarter: "Please find attached the report for last quarter." → «…pour le dernier quart», "Sales were up
  this quarter." «…ce quart.» → «trimestre» (only where the source speaks of sales, results, a report…, and not of a
  quarter of an hour, of a game or "a quarter past");
- an online order: "Your order has been shipped…" → «Votre ordre a été expédiée…», "Your order number is 4521." «Votre
  numéro d'ordre…» → «commande» (only where the source ships, delivers, tracks, refunds… an order; a restaurant's is
  mended in senses.py; «dans l'ordre», «l'ordre de» are left);
- working days: "…within three working days." → «…dans trois jours de travail.», "…ten business days" the same →
  «jours ouvrables» (only after a number: "his working days are long" is a worker's);
- a job: "We are pleased to offer you the position of project manager." → «…la position du directeur du projet.»,
  "The position is still open." «La position est encore ouverte.» → «le poste de directeur…», «Le poste est encore
  ouvert.» (only where the source applies, offers, hires…: "in that position" may be a posture; "post" and "job"
  came out «la carte», «la poste», «le travail»);
- a letter's aim: "I am writing to apply for…" → «J'écris à postuler…» → «J'écris pour postuler…» (read "in order
  to apply" it came out «J'écris pour demander l'aide…», the job lost);
- based in: "The position is based in Lyon." → «…est fondée à Lyon.» (founded) → «…est basé à Lyon.».
"""
from __future__ import annotations

import re

from .. import determiners

# a business quarter: "last/this/next/the second quarter" (not "of", "past", "to": a quarter of an hour, past six)
_QUARTER_EN = re.compile(r"\b(?:last|this|next|previous|past|current|each|every|per|a|first|second|third|fourth|"
                         r"final|same)\s+quarter\b(?!\s+(?:of|past|to|hour|final|moon|mile|inch)\b)(?![’'-])",
                         re.IGNORECASE)
_BUSINESS_EN = re.compile(r"\b(?:reports?|sales|results|profits?|revenues?|earnings|figures|growth|budgets?|"
                          r"compan(?:y|ies)|business|costs?|turnover|targets?|financial|clients?|customers|"
                          r"invoices?|spending|income|losses|money|shareholders|quarterly|prices|orders)\b",
                          re.IGNORECASE)
_GAME_EN = re.compile(r"\b(?:games?|match(?:es)?|scored?|points|basketball|football|rugby|period|play(?:ed|ing)?)\b",
                      re.IGNORECASE)
# not «un quart d'heure», «un quart de la population» (but «ce quart de l'année»: "this quarter than last year")
_QUART_FR = re.compile(r"\b([Qq])uart(s?)\b(?! d['’]heure)(?! de (?!l['’]année)| d['’]| du | des |-)")


def _quarter(text: str, source: str) -> str:
    """«le dernier quart» → «le dernier trimestre» where the source speaks of a business quarter."""
    if not (_QUARTER_EN.search(source) and _BUSINESS_EN.search(source)) or _GAME_EN.search(source):
        return text
    return _QUART_FR.sub(lambda m: ("T" if m.group(1) == "Q" else "t") + "rimestre" + m.group(2), text)


# an order bought online (a restaurant's: senses.py)
_ORDER_EN = re.compile(r"\borders?\b(?!\s+(?:to|of)\b)", re.IGNORECASE)
_SHOP_EN = re.compile(r"\b(?:ship(?:ped|ping|s)?|dispatch(?:ed)?|deliver(?:ed|y|ies)?|parcels?|packages?|online|"
                      r"refunds?|track(?:ed|ing)?|cancel(?:l?ed|ling)?|placed|shop|store|items?|purchases?|"
                      r"checkout|basket|cart|order\s+numbers?)\b", re.IGNORECASE)
# after a determiner only, not «dans l'ordre», «par ordre» (in order), nor «l'ordre de…», «l'ordre du jour»
_ORDRE_FR = re.compile(r"(?<!dans )(?<!par )\b([Nn]otre|[Vv]otre|[Ll]eur|[Mm]on|[Tt]on|[Ss]on|[Ll]['’]|[Uu]n|[Cc]et|"
                       r"[Vv]os|[Nn]os|[Mm]es|[Tt]es|[Ss]es|[Ll]eurs|[Ll]es|[Dd]es|[Cc]es) ?ordre(s?)\b"
                       r"(?! d(?:e |u |es |['’]))")
_ORDER_NUMBER_FR = re.compile(r"\b(numéros?) d['’]ordre\b")


def as_commande(text: str) -> str:
    """«votre ordre» → «votre commande», «l'ordre» → «la commande», «mes ordres» → «mes commandes»: an order placed,
    whose English the caller has read (here a shop's; senses.py a restaurant's)."""
    def ordered(m: re.Match) -> str:
        return determiners.written(m.group(1), "commande", feminine=True) + "commande" + m.group(2)
    return _ORDRE_FR.sub(ordered, text)


def _online_order(text: str, source: str) -> str:
    """«Votre ordre» → «Votre commande», «numéro d'ordre» → «numéro de commande» where the source says "order" and
    ships, delivers, tracks, refunds or cancels it."""
    if not (_ORDER_EN.search(source) and _SHOP_EN.search(source)):
        return text
    return _ORDER_NUMBER_FR.sub(r"\1 de commande", as_commande(text))


# working days after a number: "within three working days", "ten business days"
_WORKING_DAYS_EN = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|"
                              r"a\s+few|few|several)\s+(?:working|business)\s+days?\b", re.IGNORECASE)
_JOURS_FR = re.compile(r"\b(\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|quelques|"
                       r"plusieurs) jour(s?) (?:de travail|d['’]affaires|de bureau)\b")


def _working_days(text: str, source: str) -> str:
    """«trois jours de travail» → «trois jours ouvrables» where the source counts working (business) days."""
    if not _WORKING_DAYS_EN.search(source):
        return text
    return _JOURS_FR.sub(lambda m: f"{m.group(1)} jour{m.group(2)} ouvrable{m.group(2)}", text)


# a job's position (not a posture, a stance, a place in a race)
_NOT_A_JOB = r"(?:the|an?|its|his|her|their|our|your|my|this|that|these|those|power|strength|weakness|advantage)"
_JOB_EN = re.compile(r"^(?=.*\bpositions?\b)(?=.*\b(?:apply|applied|applying|applications?|applicants?|candidates?|"
                     r"vacanc(?:y|ies)|hir(?:e|ed|ing)|interview\w*|salary|recruit\w*|CV|r[ée]sum[ée]|offer(?:ed|ing)?|"
                     rf"positions?\s+(?:of|as)\s+(?!{_NOT_A_JOB}\b)[a-z]+|positions?\s+(?:is|was)\s+(?:still\s+)?"
                     r"(?:open|available|filled|vacant|based))\b)", re.IGNORECASE | re.DOTALL)
_POSITION_FR = re.compile(r"\b([Ll]a|[Uu]ne|[Cc]ette|[Ss]a|[Mm]a|[Tt]a|[Vv]otre|[Nn]otre|[Ll]eur|[Dd]e la|[Àà] la|"
                          r"[Dd]['’]une) position(?: (du|de))?\b")
# what the model said of it, in the feminine: «Le poste est encore ouverte.»
_APPLY_FR = re.compile(r"\b(postul\w*) (?:pour )?le poste\b")
# a letter's aim: "I am writing to apply for the position…" → «J'écris à postuler…» (read "in order to apply": «J'écris
# pour demander l'aide…», the job lost)
_WRITING_TO_EN = re.compile(r"\bwriting\s+to\s+apply\b", re.IGNORECASE)
_WRITE_AT_FR = re.compile(r"\b([EeÉé]cri(?:s|t|vons|vez|vent|vais|vait)) à (?=postul)")
_POSTE_SAID_FR = re.compile(r"\b(poste(?: [\w'’-]+){0,4}? (?:est|était|sera|a été|reste) (?:encore |toujours |déjà )?)"
                            r"(\w+)(?:(é)e|(ert)e|(u)e)\b")


def _job_position(text: str, source: str) -> str:
    """«la position de directeur» → «le poste de directeur», «une position» → «un poste» where the source speaks of a
    job (applies, offers, hires…); what the model said of it in the feminine put in the masculine."""
    if not _JOB_EN.search(source):
        return text

    def post(m: re.Match) -> str:
        return determiners.written(m.group(1), "poste", feminine=False) + "poste" + (" de" if m.group(2) else "")
    text = _POSITION_FR.sub(post, text)
    text = _POSTE_SAID_FR.sub(lambda m: m.group(1) + m.group(2) + (m.group(3) or m.group(4) or m.group(5)), text)
    return _APPLY_FR.sub(r"\1 au poste", text)     # «postuler le poste» → «postuler au poste»


_BASED_EN = re.compile(r"^(?!.*\bfound(?:ed|ing)\b).*\bbased\s+in\b", re.IGNORECASE | re.DOTALL)
_FOUNDED_FR = re.compile(r"\b(est|sont|était|étaient|sera|seront) fondé(e?s?) (?=à |en |au |aux )")


def _based_in(text: str, source: str) -> str:
    """«est fondée à Lyon» → «est basée à Lyon» where the source says "based in" and founds nothing."""
    return _FOUNDED_FR.sub(r"\1 basé\2 ", text) if _BASED_EN.search(source) else text


def mend(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with the senses above mended where ``source`` says them."""
    if not source:
        return text
    text = _working_days(_online_order(_quarter(text, source), source), source)
    text = _WRITE_AT_FR.sub(r"\1 pour ", text) if _WRITING_TO_EN.search(source) else text   # «J'écris pour postuler»
    return _based_in(_job_position(text, source), source)
