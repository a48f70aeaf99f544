"""Phrases a demo visitor types in help texts, plans, calls and a shop's hours that the model had read as another
meaning (session 32's probes).

The model met "pause", "default settings", "can't wait for" or "on my way home from work" rarely or in other senses:
"Pause the video." came out "Mettez la vidéo.", "The default settings are fine." "Les plats de déjeuner sont bons.",
"I can't wait for summer." "Je ne peux pas attendre l'été.", "He cooks dinner every evening." "Il cuisine dîner…";
each phrase is read as a paraphrase it translates right ("put the video in pause": "Mettez la vidéo en pause."), only
where it means that. Each was kept only where its paraphrase came out right in at least three sentences and no
sentence tried came out worse.
"""

from __future__ import annotations

from .common import AT_END

_PLAYED = r"(?:video|music|song|film|movie|game|download|recording|podcast|episode|track|show|series)"
_SCREEN_PART = r"(?:field|page|question|step|line|box|screen|tab|section|slide|item|photo|picture|song|track)"
_SEASON = r"(?:summer|winter|spring|autumn)"
_AWAITED = (r"the\s+(?:holidays|trip|party|concert|wedding|christmas\s+holidays|summer\s+holidays|"
            r"school\s+holidays)|christmas|(?:my|our)\s+holidays")
# where the model misread "closes at": "s'étend", "se termine", "se porte", "en un" (a shop, a bakery, a library, a
# supermarket "se ferme", "ferme": right, left alone)
_PLACE = r"(?:pharmacy|chemist(?:['’]s)?|bank|hairdresser(?:['’]s)?|market)"
_NOT_BE = r"(?<!['’]m\s)(?<!\bam\s)(?<!\bis\s)(?<!\bare\s)(?<!['’]s\s)(?<!['’]re\s)(?<!\bwas\s)(?<!\bwere\s)"
_COOK = (("cook", "prepare"), ("cooks", "prepares"), ("cooked", "prepared"), ("cooking", "preparing"))
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "Pause the video." → "Mettez la vidéo.", "You can pause the music at any time." → "Vous pouvez tromper la
    # musique…"; "put … in pause": "Mettez la vidéo en pause.", "…mettre la musique en pause…"
    (rf"\bpause\s+(the|this|your|my)\s+({_PLAYED})\b", r"put \1 \2 in pause"),
    # "Move to the next field." → "Mettez au prochain champ.", "Press Tab to move to the next field." → "…pour
    # déménager au prochain champ."; "go": "Va au prochain champ."
    (rf"\bmove\s+to\s+the\s+(next|previous|following)\s+({_SCREEN_PART}s?)\b", r"go to the \1 \2"),
    # "Restore the default settings." → "Continuez la défaite.", "The default settings are fine." → "Les plats de
    # déjeuner sont bons."; "the parameters by default": "Remets les paramètres par défaut.", "Les paramètres par
    # défaut sont bons."
    (r"\brestore\s+(the|your)\s+default\s+settings\b", r"put back \1 parameters by default"),
    (r"\b(the|your|its|my|our)\s+default\s+settings\b", r"\1 parameters by default"),
    # "Go to the next step." → "Va au prochain pas.", "The next step is to choose a password." → "Le prochain pas
    # est…"; "stage": "la prochaine étape"
    (r"\b(the|your|our)\s+next\s+step(s?)\b", r"\1 next stage\2"),
    # "I can't wait for summer." → "Je ne peux pas attendre l'été.", "I can't wait for the holidays." → "…attendre
    # les vacances."; "look forward to": "J'attends avec impatience l'été." (not "the weekend": "Je suis impatient le
    # week-end.", at the weekend)
    (rf"\b(I|we)\s+(?:can['’]t|cannot|can\s+not)\s+wait\s+for\s+(?:the\s+)?({_SEASON}){AT_END}",
     r"\1 look forward to the \2"),
    (rf"\b(I|we)\s+(?:can['’]t|cannot|can\s+not)\s+wait\s+for\s+({_AWAITED}){AT_END}", r"\1 look forward to \2"),
    # "I'd like a room with a view of the sea." → "…une vue de la mer.", "The hotel has a lovely view of the sea."
    # → "…une vue adorable de la mer."; "over": "L'hôtel a une superbe vue sur la mer."
    (r"\bview\s+of\s+the\s+(sea|ocean|lake|river|mountains|beach|bay|harbour|harbor)\b", r"view over the \1"),
    # "The pharmacy closes at 19:00 on Saturdays." → "La pharmacie s'étend à 19 heures…", "The bank closes at 16:30
    # on Fridays." → "La banque se termine à 16 h 30…"; "is open until": "La pharmacie est ouverte jusqu'à 19 heures…"
    (rf"\b(the\s+{_PLACE})\s+closes\s+at\b", r"\1 is open until"),
    # "Can you buy bread on your way home from work?" → "…sur le chemin du travail à la maison ?", "I'll call you on
    # my way home from work." → "…sur le chemin du travail." (to work); "while coming back": "…en rentrant du
    # travail ?"; not after "be" ("I'm on my way home from work.")
    (rf"{_NOT_BE}\bon\s+(?:my|your|his|her|our|their|the)\s+way\s+(?:back\s+)?home\s+from\s+"
     r"(work|school|the\s+office)\b", r"while coming back from \1"),
    # "Let's schedule a call for next week." → "Trouvons un appel…"; "we should": "Nous devrions prévoir un appel…"
    (r"\blet(?:['’]s|\s+us)\s+schedule\s+(?=a\s+(?:call|meeting|video\s+call|chat)\b)", "we should schedule "),
    # "He cooks dinner every evening." → "Il cuisine dîner tous les soirs."; "prepares": "Il prépare le dîner…"
    *((rf"\b{cook}\s+(dinner|lunch|breakfast|supper)\b", rf"{prepare} \1") for cook, prepare in _COOK),
    # "The mornings are cool in September." → "Les matins sont sympa…", "We have cool evenings here." → "…des
    # soirées flics ici."; "fresh": "Les matins sont frais…", "…des soirs frais ici."
    (r"\bcool\s+(mornings?|evenings?|nights?)\b", r"fresh \1"),   # not "a cool breeze": "un remède frais"
    (r"\b(mornings|evenings|nights|morning|evening|night|air)\s+(is|are|was|were|get|gets|got)"
     r"(\s+(?:a\s+bit|quite|very|really|rather|still))?\s+cool\b", r"\1 \2\3 fresh"),
    # a second relative that lost its "that": "…a restaurant that is not too expensive and is open late…" →
    # «…et est-ce qu'il est tard…», "I know a café that is cheap and is open late." «…et est en retard.»; "and that
    # is": «…et qui est ouvert tard…» (before "open" only: "a hotel that is quiet and that is close to the station"
    # had «…et c'est près…»)
    (r"\b(that|which)\s+(is|are)\s+((?:not\s+)?(?:too\s+|very\s+|quite\s+|really\s+)?[a-z]+)\s+and\s+(is|are)\s+"
     r"(?=(?:not\s+)?open\b)",
     r"\1 \2 \3 and \1 \4 "),
    # a shop open late, "late" ending the clause: "Is there a pharmacy nearby that is open late?" → «…qui est en
    # retard ?», "I know a café that is cheap and is open late." «…et est en retard.»; "until late": «…qui est
    # ouverte jusqu'à tard ?» (not before a day: "open until late on Sundays" had «…jusqu'à ce que le dimanche»)
    (r"\b((?:is|are|be|stays?|stayed|remains?)\s+open)\s+late(?=\s*(?:[.,;!?]|$))", r"\1 until late"),
)
