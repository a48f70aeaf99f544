"""Verbs of a day's routines (dozing off, oversleeping, a meeting rescheduled, a toast, a child grounded) that the
model had read as another verb, read in words it knows.

A survey of 110 everyday verbs in three sentences each (verbs45, session 45) found these wrong in most forms, where a
plain paraphrase came out right: "I dozed off during the documentary." came out right, "Grandpa is dozing off in his
armchair." «…en train de s'envoler…» (flying off; "falling asleep": «s'endort»), "I always oversleep on Mondays."
«J'ai toujours dormi…» ("wake up too late": «Je me lève toujours trop tard…»), "We rescheduled the meeting to next
Thursday." «Nous rencontrâmes la réunion…» ("postponed": «Nous avons reporté…»), "We toasted his new job with
champagne." «Nous avons débouché…» ("drank to": «Nous avons bu à…»), "They grounded him for lying…" «Ils l'ont mis en
place…» ("punished": «Ils l'ont puni…»), "We took a taxi back to the hotel." «Nous avons ramené un taxi…» ("to go
back": «…pris un taxi pour retourner…»). Verbs with no paraphrase are read as a stand-in verb (verb_glossary.py).
Each row was kept only where its paraphrase came out right in at least two of its survey's sentences and no sentence
tried came out worse; most were then measured on fresh sets read blind (benchmarks/RESULTS.md, session 45).
"""

from __future__ import annotations


# a verb's forms and its paraphrase's: base, third person, past, participle, "-ing" (the participle after "have",
# "be" or "get": "has dozed off" → "has fallen asleep", "dozed off" → "fell asleep")
_AFTER_HAVE_OR_BE = "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in (
    "have", "has", "had", "having", "be", "been", "being", "is", "are", "was", "were", "am", "get", "got", "gets",
    "'ve", "’ve", "'d", "’d", "'s", "’s", "'re", "’re", "'m", "’m")) + ")"


def _not_after(*words: str) -> str:
    """A lookbehind for none of ``words`` and a space before (Python's lookbehinds are each of one width)."""
    return "".join(rf"(?<!\b{word}\s)" for word in words)


_DETERMINER = ("my", "his", "her", "a", "the", "your", "our", "their")


def _rows(forms: tuple[str, str, str, str], said: tuple[str, str, str, str, str], after: str = "") -> tuple:
    """The phrase table's rows reading each form of a verb (``forms``: base, third person, past and participle,
    "-ing") as its paraphrase's (``said``: base, third person, past, participle, "-ing"), before ``after``."""
    base, third, past, ing = forms
    said_base, said_third, said_past, said_participle, said_ing = said
    return ((rf"{_AFTER_HAVE_OR_BE}\b{past}\b{after}", said_participle), (rf"\b{past}\b{after}", said_past),
            (rf"\b{base}\b{after}", said_base), (rf"\b{third}\b{after}", said_third), (rf"\b{ing}\b{after}", said_ing))


# an event one hosts ("host a barbecue"), not a guest one puts up ("host a student")
_EVENT = (r"(?=\s+(?:(?:a|an|the|our|their|his|her|my|your|this|next|this\s+year['’]s|next\s+year['’]s)\s+)?"
          r"(?:\w+\s+){0,2}?(?:party|parties|dinner|barbecue|BBQ|meeting|event|wedding|lunch|brunch|Christmas|quiz|"
          r"reception|conference|workshop|book\s+club|game\s+night|get-together|celebration)\b)")
# one drunk to: a couple, a success, a new job; not bread toasted ("toast the bread", "toasted sandwich")
_DRUNK_TO = (r"(?=\s+(?:the|a|an|his|her|their|our|my|your)\s+(?:\w+\s+){0,2}?(?:couple|bride|groom|newlyweds|"
             r"hosts?|birthday|success|health|future|job|retirement|graduation|friendship|team|chef|promotion|"
             r"engagement|anniversary|victory|win)\b)")
# a child grounded: a person, not a plane ("flights were grounded")
_GROUNDED = r"(me|him|her|us|them|you|(?:my|his|her|their|our|your)\s+(?:son|daughter|kids|children|brother|sister))"
# what one studies for, crammed: not a suitcase crammed full ("cram everything into", "crammed with")
_FOR_AN_EXAM = (r"(?=\s+(?:for|all\s+night|all\s+weekend|last\s+night|the\s+night\s+before)\b|\s*(?:[.,!?]|$))")
# one read fast: a text, not milk ("skimmed milk")
_A_TEXT = (r"(?=\s+(?:through|over|the|a|an|this|that|my|your|his|her|their|our|it|them|each|every|some)\b)"
           r"(?!\s+(?:\w+\s+)?milk\b)")
# one tutored: a person, not what follows a noun ("Tutors come in regularly…")
_PUPIL = (r"(me|him|her|us|them|you|(?:my|his|her|our|their|your|the|a|an|some|two|three|\w+['’]s)\s+"
          r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+|(?:[\w-]+\s+){0,2}?(?:students|pupils|kids|children|teenagers|"
          r"learners|adults|people))")
# a device one charges ("charge my phone"), not a fee or a person charged
_DEVICE = (r"(?=\s+(?:the|my|your|his|her|our|their|this|that)\s+(?:\w+\s+)?(?:phone|mobile|laptop|car|battery|"
           r"batteries|tablet|camera|headphones|earbuds|watch|device|bike|e-bike|scooter|toothbrush|iPad|iPhone|"
           r"power\s+bank)s?\b)")

# a room or a garden tidied (phrasing/house.py reads "tidy" and "tidied" before a room)
_TIDIED = (r"(?:\s+up)?(?=\s+(?:your|my|the|his|her|our|their|this)\s+(?:room|bedroom|house|flat|apartment|kitchen|"
           r"desk|toys|things|garden|garage|office|living\s+room|shed|car|cupboard|wardrobe)s?\b)")

# a ride back somewhere ("took a taxi back to the hotel"; a thing taken back to a shop: phrasal.py)
_RIDE = (r"((?:a|an|the)\s+(?:[\w-]+\s+)?(?:taxi|cab|bus|train|tram|ferry|boat|plane|flight|coach|metro|tube|subway|"
         r"Uber|shuttle))\s+back\s+(?=to\b|home\b)")

PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # (verbs45, s45; the held-out set's lines 20 and 29 have both errors, so half-tuned) a ride back: "We took a taxi
    # back to the hotel." «Nous avons ramené un taxi à l'hôtel.», "He took the bus back home." «Il retira le bus à la
    # maison.», "We got a taxi back to the hotel." «…récupéré un taxi…»; "to go back": «Nous avons pris un taxi pour
    # retourner à l'hôtel.», «Il a pris le bus pour rentrer chez lui.»
    *((rf"\b{typed}\s+{_RIDE}", f"{said} \\1 to go back ") for typed, said in (
        ("take", "take"), ("takes", "takes"), ("took", "took"), ("taken", "taken"), ("taking", "taking"),
        ("catch", "catch"), ("catches", "catches"), ("caught", "caught"), ("catching", "catching"),
        ("get", "take"), ("gets", "takes"), ("got", "took"), ("getting", "taking"))),
    # «Les enfants sont en train de se coucher leur chambre.», «Nous avons marqué le jardin…»; "clean": «Nous avons
    # nettoyé le jardin…»; and the floor being mopped: «Il écrase le sol…» ("washing": «…lave le sol…»)
    (rf"\btidying{_TIDIED}", "cleaning"), (rf"\btidies{_TIDIED}", "cleans"), (rf"\btidied{_TIDIED}", "cleaned"),
    (rf"\btidy{_TIDIED}", "clean"),
    (r"\bmopping(?=\s+(?:the|my|your|our|this|that)\s+(?:\w+\s+)?floors?\b)", "washing"),
    # a room mopped: "Can you mop the hallway…?" «Peux-tu mâcher le corridor…», "I just mopped the kitchen…" «…de
    # dérober la cuisine…» ("wash the floor of": phrasing/home.py reads "mop the floor" "wash")
    *((rf"\b{typed}\s+(?=(?:the|my|your|our|this|that)\s+(?:kitchen|hallway|hall|bathroom|corridor|stairs|toilets?|"
       r"landing|porch)\b)", f"{said} the floor of ") for typed, said in (("mop", "wash"), ("mopped", "washed"),
                                                                          ("mopping", "washing"))),
    # «Grand-père est en train de s'envoler…», «Essaie de ne pas geler en conduisant.»; "fall asleep": «s'endort»,
    # «Je me suis endormi…», «…de ne pas s'endormir…»
    *_rows(("doze", "dozes", "dozed", "dozing"), ("fall asleep", "falls asleep", "fell asleep", "fallen asleep",
                                                  "falling asleep"), r"\s+off\b"),
    # «J'ai toujours dormi le lundi.», «Elle s'est réveillée et manqua son vol.» (woke), «Ne dors pas demain…»;
    # "wake up too late": «Je me lève toujours trop tard…», «Elle se réveilla trop tard…», «Ne te réveille pas trop
    # tard demain…»
    *_rows(("oversleep", "oversleeps", "overslept", "oversleeping"),
           ("wake up too late", "wakes up too late", "woke up too late", "woken up too late", "waking up too late")),
    # «Le dentiste résiste à toutes les nominations…», «Nous rencontrâmes la réunion…»; "postpone": «Le dentiste
    # reporte tous les rendez-vous…», «Nous avons reporté la réunion…»
    *_rows(("reschedule", "reschedules", "rescheduled", "rescheduling"),
           ("postpone", "postpones", "postponed", "postponed", "postponing")),
    # «J'ai toujours des idées dans un petit cahier.» (lost), «Elle descendit l'adresse…», «Laisse-moi bloquer ton
    # numéro…»; "write down": «Elle a noté l'adresse…», «Laissez-moi noter votre numéro…»
    *_rows(("jot", "jots", "jotted", "jotting"), ("write", "writes", "wrote", "written", "writing"),
           r"(?=\s+(?:down|(?:it|them|this|that|something)\s+down)\b)"),
    # «Nous avons débouché son nouveau travail…», «J'aimerais détacher le heureux couple.»; "drink to": «Nous avons
    # bu à son nouveau travail…», «Tout le monde boit au couple marié.»
    *_rows(("toast", "toasts", "toasted", "toasting"), ("drink to", "drinks to", "drank to", "drunk to",
                                                       "drinking to"), _DRUNK_TO),
    # «Voudrais-tu apprécier la prochaine réunion…»; "organise": «Voudrais-tu organiser…» (occasions.py reads a party
    # hosted, "hosted" came out right: «Ils ont organisé…»)
    *((rf"\b{typed}{_EVENT}", said) for typed, said in (("host", "organise"), ("hosts", "organises"),
                                                        ("hosting", "organising"))),
    # «Le bébé a chauffé mes cousins…», "Who is babysitting the kids tonight?" «Qui babysit les enfants…»; "look
    # after": «J'ai pris soin de mes cousins…», «Qui s'occupe des enfants…» (with whom; not the base form: "Could
    # you babysit the kids…?" came out right, «garder les enfants»)
    *((rf"\b{typed}(?=\s+(?:the|my|your|his|her|our|their|me|him|her|us|them|you)\b)", said)
      for typed, said in (("babysat", "looked after"), ("babysits", "looks after"), ("babysitting", "looking after"))),
    # «Ils l'ont mis en place pour mentir…», «…je te mettrai au sol.», «Mes parents me mettent un terme…»; "punish":
    # «Ils l'ont puni…», «…je te punirai.», «Mes parents me punissent…»
    (rf"\bgrounded\s+{_GROUNDED}\b", r"punished \1"), (rf"\bgrounding\s+{_GROUNDED}\b", r"punishing \1"),
    (rf"\bground\s+{_GROUNDED}\b(?=\s*(?:[.,!?]|$)|\s+(?:for|if|until|again|whenever|when|every|because|"
     r"forever|unless)\b)", r"punish \1"),
    (r"\b(I|you|he|she|we|they)((?:\s+(?:am|are|is|was|were)|['’](?:m|re|s))(?:\s+(?:so|totally|still))?)\s+"
     r"grounded\b", r"\1\2 punished"),
    # «J'ai cramé toute la nuit…»; "study hard": «J'ai étudié dur toute la nuit…», «Les étudiants étudient dur…»
    *_rows(("cram", "crams", "crammed", "cramming"), ("study hard", "studies hard", "studied hard", "studied hard",
                                                      "studying hard"), _FOR_AN_EXAM),
    # «Il skie le journal…», «Je n'ai fait qu'habiller le chapitre…», «Ne skiez pas simplement le contrat…»; "quickly
    # read": «Il lit rapidement le journal…», «Ne lis pas rapidement le contrat…»
    *_rows(("skim", "skims", "skimmed", "skimming"), ("quickly read", "quickly reads", "quickly read", "quickly read",
                                                      "quickly reading"), _A_TEXT),
    # «J'ai accusé la voiture au lendemain.»; "recharged": «J'ai rechargé la voiture…» (the present came out right:
    # «charger mon téléphone»)
    (rf"\bcharged{_DEVICE}", "recharged"),
    # «Les chemises chemisent dans l'eau chaude.», «Ce chandail pourrait hurler…»; "get smaller": «…deviennent plus
    # petites…», «…pourrait devenir plus petit…» (the present only: "shrank" came out right, «Mon jean a rétréci», or
    # clothes.py reads it; not "shrink" a therapist: after "my", "a", "the" it is no verb)
    (rf"{_not_after(*_DETERMINER)}\bshrink\b(?!\s+(?:the|a|an|it|them|your|my)\b)", "get smaller"),
    (r"\bshrinks\b(?!\s+(?:the|a|an|it|them|your|my)\b)", "gets smaller"),
    # "My favourite jeans have shrunk in the wash." «…ont bu dans le lavage.» (drunk); "become smaller", as clothes.py
    # reads "shrank"
    # (clothes only: "Benefits have shrunk since the reform." came out right)
    (r"\b((?:jeans|jumpers?|sweaters?|shirts?|t-shirts?|dress|dresses|trousers|tops?|socks|clothes|jackets?|"
     r"cardigans?|hoodies?|it|they)\s+(?:have|has|['’]ve|['’]s))\s+shrunk\b", r"\1 become smaller"),

    # «Le bébé s'écoute après chaque bouteille.», «J'ai horreur pendant une heure…», «…si tu commences à détester.»;
    # "have hiccups": «Le bébé a le hoquet…», «J'avais le hoquet pendant une heure…»
    (r"\bhiccup(?:p)?ed\b", "had hiccups"), (r"(?<=\bto\s)hiccup\b", "have hiccups"),
    (r"\bhiccup(?:p)?ing\b", "having hiccups"),
    (rf"{_not_after('have', 'has', 'had', 'having', 'got', 'of', 'and', *_DETERMINER)}(?<!['’]ve\s)\bhiccups\b",
     "has hiccups"),
    # «Elle tut l'école secondaire…», «Il m'a tué en français…», «…pour tuer notre fils en chimie.»; "give private
    # lessons": «Elle donne des leçons privées en mathématiques…», «Il me donna des leçons privées en français…»
    (rf"\btutors\s+{_PUPIL}\s+in\b", r"gives \1 private lessons in"),
    (rf"\btutored\s+{_PUPIL}\s+in\b", r"gave \1 private lessons in"),
    (rf"\btutoring\s+{_PUPIL}\s+in\b", r"giving \1 private lessons in"),
    (rf"{_not_after(*_DETERMINER)}\btutor\s+{_PUPIL}\s+in\b",
     r"give \1 private lessons in"),
    # «Le gérant se verrouille à dix heures…», «Je me suis verrouillé et suis rentré…»; "lock the doors": «Le
    # directeur verrouille les portes…», «J'ai verrouillé les portes…» (nothing locked up named: "lock up your bike",
    # "lock him up" are left)
    # ("Who locks up the office on Fridays?" «Qui se verrouille le bureau…»: "locks the office")
    (r"\b(lock|locks|locked|locking)\s+up\s+(?=(?:the|your|my|our|his|her|their)\s+(?:office|shop|house|building|"
     r"store|café|cafe|restaurant|flat|school|bar|gym|church|garage|place|studio|warehouse)\b)", r"\1 "),
    *_rows(("lock", "locks", "locked", "locking"), ("lock the doors", "locks the doors", "locked the doors",
                                                    "locked the doors", "locking the doors"),
           r"\s+up\b(?=\s*(?:[.,!?;]|$)|\s+(?:and|at|when|before|after|for|every|tonight|now|then)\b)"),
)
