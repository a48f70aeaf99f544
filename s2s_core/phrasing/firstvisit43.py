"""A first visitor's phrases (measure43, session 37) the model read literally or lost, read in words it knows.

The fourth probe of 100 first-visit sentences found "…a café on the top floor." come out «…un café sur le sol.» (on
the ground), "I am interested in the position advertised on your website…" «Je m'intéresse à la publicité…» (the
advert), "…most of the students passed, and…" «…ont passé…» (sat; "all the students passed" even «sont morts»), "If
you need anything while I am away, please contact my colleague…" «Si vous avez besoin de quoi que ce soit, …» (the
absence lost), "…a good restaurant that is not too expensive and is open late…" «…et est-ce qu'il est tard…», "…the
kids went to bed while we washed the dishes." «…pendant que nous avons la vaisselle.» (the verb lost), "…which
includes heating and electricity…" «…l'héricité…». Each is read as a paraphrase that came out right («au dernier
étage», «l'offre d'emploi», «ont réussi», «pendant mon absence», «et qui est ouvert», «ouverte jusqu'à tard», «avons
fait la vaisselle», «le chauffage») in at least three sentences, none worse.
"""
from __future__ import annotations

# who is away, and whose absence it is
_ABSENT = ((r"I\s+am|I['’]m", "my"), (r"we\s+are|we['’]re", "our"), (r"you\s+are|you['’]re", "your"),
           (r"he\s+is|he['’]s", "his"), (r"she\s+is|she['’]s", "her"), (r"they\s+are|they['’]re", "their"))
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "We live on the top floor." → «Nous vivons sur le sol.», "There is a small bar on the top floor." «…sur le
    # sol.», "The top floor has a view…" «Le sol a une vue…»; "last floor": «Nous vivons au dernier étage.», «…sur le
    # dernier étage.», «Le dernier étage a une vue…»
    (r"\btop\s+(floors?)\b(?!-)", r"last \1"),
    # "I would like to apply for the position advertised in the newspaper." → «Je voudrais demander la publicité…», "I
    # saw the job advertised on your website." «…le boulot publicité…»; "the job offer": «…l'offre d'emploi sur votre
    # site web.», «L'offre d'emploi requiert trois ans…»
    (r"\b(the|this|your)\s+(?:position|job|post|vacancy|role)\s+(?:that\s+(?:was|you)\s+|you\s+)?advertised\b"
     r"(?=\s+(?:in|on|last|recently|online)\b)", r"\1 job offer"),
    (r"\b(the|this|your)\s+(?:position|job|post|vacancy|role)\s+advertised\b(?=\s*(?:[.,;!?]|$)|\s+(?:and|requires|"
     r"is|was|sounds|seems)\b)", r"\1 job offer"),
    # an exam passed, the exam not named after it: "Most of the candidates passed the first time." → «…ont passé…» (sat
    # it), "Half of the candidates passed." «…sont passés.», "…all the students passed." «…sont morts.»; "succeeded":
    # «…ont réussi la première fois.», «…a réussi cette année.» (after who sat it only: not "The years passed and…",
    # "The bus passed and the students waved.")
    (r"^(?=.*\b(?:exams?|tests?|studied|class|students|pupils|candidates)\b)(.*?\b(?:students|pupils|candidates|class|"
     r"everyone|everybody|all|both|half|most|I|you|he|she|we|they|us|them|kids|children|son|daughter|brother|sister|"
     r"friends?)\s+(?:(?:all|both|finally|easily|just)\s+)?)passed(?=\s*(?:[.,;!?]|$)|\s+(?:the\s+first\s+time|"
     r"this\s+year|last\s+year|easily|too|and|but)\b)", r"\1succeeded"),
    # "While we are away, the neighbours will water the garden." → «Même si nous sommes partis…» (even if), "If you need
    # anything while I am away, please contact my colleague…" lost it; "during our absence": «Pendant notre absence,
    # …», «…pendant mon absence…» (where it came out right as typed, right so too)
    *((rf"\bwhile\s+(?:{who})\s+away\b(?!\s+(?:from|on|at|in|for|with)\b)", f"during {whose} absence")
      for who, whose in _ABSENT),
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
    # "We washed the dishes while they watched TV." → «Nous lavâmes la vaisselle…», "While we washed the dishes, the
    # kids played outside." «Pendant que nous avons lave les plats…», "…while we washed the dishes." «…pendant que
    # nous avons la vaisselle.»; "did the dishes": «…pendant que nous avons fait la vaisselle…»
    (r"\b(we|they)\s+washed\s+the\s+dishes\b", r"\1 did the dishes"),
    # heating with no article in a list: "The rent includes heating and electricity." → «…l'héricité et
    # l'électricité.», "The price covers heating, water and internet." «Le prix couvre, l'eau et l'Internet.»; "the
    # heating": «Le loyer comprend le chauffage et l'électricité.», «Le prix couvre le chauffage, l'eau et Internet.»
    # (both articles: "which includes the heating and electricity" still had «l'héricité» in measure43's long line)
    (r"\b(includes?|included|including|covers?|covered|for)\s+heating(?=\s*,)", r"\1 the heating"),
    (r"\b(includes?|included|including|covers?|covered|for)\s+heating\s+and\s+(?=(?:electricity|water|hot\s+water|"
     r"gas|internet|Wi-?Fi|cable|air\s+conditioning)\b)", r"\1 the heating and the "),
)
