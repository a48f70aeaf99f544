"""French-side mends: words of the model's French mended after translation, mostly where the English says which.

The default model is small; where no English reading tried (phrasing/, the glossaries) came out right, the French it
wrote is mended here instead, each mend gated on the English ``source`` (as the model read it, fold.py) so that a
sentence that means the French word keeps it. These used to be flat modules beside typography.py, which called them
one by one; they are one package so that the layout shows the step and ``STEPS`` shows the order.

- first, a word the model wrote twice in a row is written once (`doubled.py`: «debout debout» → «debout»);
- jobs.py: a man's job in the masculine ("Mon frère est infirmière." → «…infirmier.»);
- mail.py: words of work e-mails and shop messages («Votre ordre a été expédié» → «Votre commande…»);
- senses.py: a known word in the sense the English says («un ticket de retour» → «un billet aller-retour»);
- vehicles.py: a car's or a bike's parts and their wear («Mon pneu d'entrée est plat» → «Mon pneu avant est à plat»);
- errands.py: bookings, a night shift, a banknote, household senses («nos réserves» → «notre réservation»);
- scenes.py: a noun in the sense of the scene the English names («changer la robe sur ta blessure» → «…le
  pansement…»); these three were one module, contexts.py, and run in its order;
- terms.py: a set French term the model wrote word for word («en vacances publiques» → «les jours fériés»);
- collocations.py: an everyday collocation written word for word («attraper le feu» → «prendre feu»);
- courts.py: a tennis or basketball court («un tribunal de tennis» → «un court de tennis»);
- orders.py: an order's verb written as another verb («Attrape le fromage» → «Râpe le fromage»);
- verbs.py: a verb in the wrong sense or tense («La télé ne allumera pas.» → «La télé ne s'allume pas.»);
- objects.py: a verb's object as French says it («est de nouveau un bruit» → «fait…», «payer par carte»);
- feelings.py: a person who is cold («elle était très froide» → «…avait très froid»).

``mend(text, source)`` runs ``STEPS`` in order (typography.french calls it). The grammar steps that sit between
them (agreement, participles, adjectives, "cliquer sur", "Pendant que", conjugation) are steps too, left in their
own modules: they are grammar, not a word's sense (agreement.py serves glossary.py too; joins.py and ui_steps.py
read the English in fold.py). They agree what jobs.py and mail.py wrote («Votre commande a été expédié» →
«…expédiée»); the mends after them write a new noun's determiner in its gender themselves, through
determiners.py. Their order is the one typography.french had; changing it changes outputs. Dates, ages and times the
model wrote almost right are mended earlier, among typography's numbers (figure_mends.py, weekdays.py,
french_times.py).
"""
from __future__ import annotations

from typing import Callable

from ..adjectives import mend as _adjectives
from ..agreement import mend as _agreement
from ..conjugation import mend as _conjugation
from ..doubled import mend as _doubled
from ..joins import mend_while
from ..ongoing import mend as _ongoing
from ..participles import mend as _participles
from ..ui_steps import mend_click as _click
from . import (collocations, courts, errands, feelings, jobs, mail, objects, orders, scenes, senses, terms, vehicles,
               verbs)

Step = Callable[[str, str], str]          # (the French so far, the English source) → the French mended


def _text_only(step: Callable[[str], str]) -> Step:
    """A grammar step that reads only the French, called as the others are (``text, source``)."""
    def run(text: str, source: str) -> str:
        return step(text)
    return run


STEPS: tuple[Step, ...] = (
    _doubled,                        # "resté debout debout" → "resté debout" (doubled.py)
    jobs.mend,                       # "Mon frère est infirmière." → "…infirmier." (jobs.py)
    mail.mend,                       # "Votre ordre a été expédié" → "Votre commande…" (mail.py)
    _text_only(_agreement),          # "mon commande" → "ma commande" (agreement.py)
    _text_only(_participles),        # "Elle a été promu" → "promue" (participles.py)
    _text_only(_adjectives),         # "Bonne anniversaire" → "Bon anniversaire" (adjectives.py)
    _text_only(_click),              # "Cliquez le lien" → "Cliquez sur le lien" (ui_steps.py)
    mend_while,                      # "Pendant le temps que ma femme…" → "Pendant que…" (joins.py)
    _text_only(_conjugation),        # "quand je m'asseye" → "je m'assieds" (conjugation.py)
    senses.mend,                     # "un ticket de retour" → "un billet aller-retour" (senses.py)
    vehicles.mend,                   # "Mon pneu d'entrée est plat" → "Mon pneu avant est à plat" (vehicles.py)
    errands.mend,                    # "a annulé nos réserves" → "…notre réservation" (errands.py)
    scenes.mend,                     # "changer la robe sur ta blessure" → "…le pansement…" (scenes.py)
    terms.mend,                      # "en vacances publiques" → "les jours fériés" (terms.py)
    collocations.mend,               # "faites un souhait" → "faites un vœu" ("make a wish": collocations.py)
    courts.mend,                     # "un tribunal de tennis" → "un court de tennis" (courts.py)
    orders.mend,                     # "Attrape le fromage" → "Râpe le fromage" (orders.py)
    verbs.mend_done,                 # "J'ai rondé les verres" → "J'ai rincé…" (verbs.py)
    verbs.mend_refusals,             # "La télé ne allumera pas" → "…ne s'allume pas" (verbs.py)
    verbs.mend_breakdowns,           # "notre voiture est tombée" → "…tombée en panne" (verbs.py)
    verbs.mend_starts,               # "quand je le commence" → "…je le démarre" (a car: verbs.py)
    verbs.mend_ends,                 # "…et fin à dix heures" → "…et se termine à…" ("and ends at": verbs.py)
    verbs.mend_reading,              # "pendant que j'ai lu un livre" → "…je lis…" (verbs.py)
    _ongoing,                        # "J'ai toussé pendant une semaine" → "Je tousse depuis…" (ongoing.py)
    objects.mend,                    # "est de nouveau un bruit" → "fait…" (objects.py)
    feelings.mend,                   # "elle était très froide" → "…avait très froid" (feelings.py)
    jobs.mend_her_studies,           # "C'était un étudiant" → "Elle était étudiante" ("She was a student": jobs.py)
    verbs.mend_sleep_better,         # "As-tu dormi mieux" → "As-tu mieux dormi" (verbs.py)
    verbs.mend_got_back,             # "je l'ai ramené" → "je l'ai récupéré" ("got it back": verbs.py)
    verbs.mend_phrasal,              # "Descends ce couteau !" → "Pose ce couteau !" ("Put down", "Turn up the radio",
                                     # "we hang out": verbs.py)
    verbs.mend_lone_ne,              # "ne meurt après" → "ne meurt qu'après" ("only": verbs.py)
)


def mend(text: str, source: str) -> str:
    """``text`` (the model's French for ``source``) with every step of ``STEPS`` run on it in order."""
    for step in STEPS:
        text = step(text, source)
    return text
