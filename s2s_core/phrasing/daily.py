"""Everyday words of calls, plans, meals out and talks at work (holding the line, passing on a party, a takeaway,
slides after a talk) that the model had read as another meaning.

The model knows "attendre", "je n'irai pas à", "acheter quelque chose à manger" and "la présentation", not the
idioms: "Hold the line, please." came out "Tenez la ligne…", "I think I'll pass on the party." "…je passerai à la
fête." (the very opposite), "Let's get a takeaway tonight." "Prenons ce soir.", "I'll send you the slides after the
talk." "…les plats…"; each is read as a paraphrase it translates right. Each was kept only where its paraphrase came
out right in at least three sentences and no sentence tried came out worse.
"""

from __future__ import annotations

# an outing one is asked to and may pass on (not a message or an invitation passed on to someone)
_OUTING = r"(?:(?:birthday\s+|office\s+|Christmas\s+)?party|dinner|concert|barbecue|picnic)"
_THEN = r"(?=\s*(?:[.,!?]|$)|\s+(?:tonight|today|tomorrow|this|next|on|at)\b)"
_TAKEAWAY = r"(?:takeaway|take-away|takeout|take-out)"
_BOUGHT = (("get", "buy"), ("order", "buy"), ("got", "bought"), ("ordered", "bought"), ("getting", "buying"),
           ("ordering", "buying"))
# a talk, a meeting or a class the slides were shown at
_TALK = (r"(?:(?:the|this|my|your|our|his|her|their|today['’]s|tomorrow['’]s|yesterday['’]s)\s+)?(?:\w+\s+)?"
         r"(?:meeting|talk|lecture|class|call|webinar|workshop|conference|course|training|presentation)\b")
# one who hurt their own wrist ("He hurt her wrist" is someone else's: left as typed)
_SELF = (("I", "my", "myself"), ("you", "your", "yourself"), ("he", "his", "himself"), ("she", "her", "herself"),
         ("we", "our", "ourselves"), ("they", "their", "themselves"))
# the line held while one waits on the phone: nothing after it but a moment or "please"
_HELD = r"\b(?=\s*(?:[.,!?]|$)|\s+(?:(?:for\s+)?(?:a|one)\s+(?:moment|minute|second|sec)|please)\b)"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "Hold the line, please." → "Tenez la ligne, s'il vous plaît.", "Can you hold the line?" → "Pouvez-vous tenir la
    # ligne ?"; "wait": "Attendez, s'il vous plaît.", "Pouvez-vous attendre ?"; a phone's line only, asked for, not a
    # line held on taxes or against a crowd ("We must hold the line on taxes.", "If it would hold the line it would…")
    (rf"(?:^|(?<=[.!?,:]\s))(please\s+)?hold\s+the\s+line{_HELD}", r"\1wait"),
    (rf"\b(can|could|would|will)\s+you\s+(please\s+)?hold\s+the\s+line{_HELD}", r"\1 you \2wait"),
    # "I think I'll pass on the party." → "…je passerai à la fête." (the opposite), "I'll pass on the dinner
    # tonight." → "Je passerai au dîner ce soir."; "won't go to": "…je n'irai pas à la fête."; not a message or an
    # invitation passed on ("I'll pass on the message to her.", "…the party invitation to Tom.")
    (rf"\b(I|we|you|he|she|they)(?:['’]ll|\s+will)\s+pass\s+on\s+(the|this|tonight['’]s|your|his|her|their)\s+"
     rf"({_OUTING}){_THEN}", r"\1 won't go to \2 \3"),
    # "Let's catch up over coffee." (chat reads "Let's talk over coffee.") → "Parlons du café." (about coffee), "Do
    # you want to catch up over coffee?" → "Veux-tu rattraper le café ?"; "have a coffee together and talk": "Allons
    # prendre un café ensemble et discuter."
    (r"\b(?:catch\s+up|talk)\s+over\s+(?:a\s+)?coffee\b", "have a coffee together and talk"),
    # "Let's get a takeaway tonight." → "Prenons ce soir.", "We got a takeaway last night." → "…une prise de chemin…";
    # "buy something to eat": "Nous avons acheté quelque chose à manger hier soir."
    *((rf"\b{got}\s+(?:a|an|some)\s+{_TAKEAWAY}\b(?!\s+(?:menu|place|shop|restaurant|box|boxes|cup|"
       r"cups|container)s?\b)", f"{bought} something to eat") for got, bought in _BOUGHT),
    # "I'll send you the slides after the talk." → "…les plats après la conversation.", "I'll share the slides after
    # the meeting." → "…les valises…"; "presentation": "…la présentation après la réunion." (work.py reads "the
    # slides from the meeting"); not a playground's slides
    (rf"\bthe\s+slides\s+(?=(?:after|before|during|at|in)\s+{_TALK})", "the presentation "),
    # "I hurt my wrist." → "J'ai blessé mon siffler.", "She hurt her wrist when she fell." → "Elle s'est blessée son
    # siffler…"; "hurt herself at the wrist": "Elle s'est blessée au poignet quand elle est tombée."
    *((rf"\b({who}(?:\s+(?:have|has)|['’]ve|['’]s)?(?:\s+just)?)\s+hurt\s+{whose}\s+wrist\b",
       rf"\1 hurt {own} at the wrist") for who, whose, own in _SELF),
    # "The brakes on my bike don't work." → "Les fâches sur mon vélo…", "I need to check the brakes on my bike." →
    # "…les bruits sur mon vélo."; "of": "Je dois vérifier les freins de mon vélo." (not "the car": "Les bruits…")
    (r"\bthe\s+brakes\s+on\s+(my|your|his|her|our|their)\s+(bike|bicycle|car)\b", r"the brakes of \1 \2"),
    # long32 (s32): slides prepared, sent or shared at work: "My boss asked me to prepare the slides for Monday" →
    # "…préparer les plats…", "…send me your slides by Monday" → "…vos notes…", "…forgot to bring the slides…" →
    # "…les valises…"; "presentation": "…l'exposé…", "…votre présentation…" (4 of 4); not a playground's or a lab's
    # (nor slides for a presentation already named: "I will send you the slides for the presentation tonight."; not
    # "update the slides": «mettre votre exposé», «téléphoné ma présentation», no better read so)
    (r"^(?!.*\b(?:playground|park|pool|water|microscope|lab|laboratory|children|kids|presentations?)\b)(.*?)\b("
     r"prepare[sd]?|preparing|send|sends|sent|sending|share[sd]?|sharing|bring|brings|brought|forgot\s+to\s+bring)"
     r"\s+((?:me|us|you|him|her|them)\s+)?"
     r"(the|your|my|our|his|her|their)\s+slides\b", r"\1\2 \3\4 presentation"),
    # words33 (s32): "…I have to finish the presentation on my own before the client arrives." → "…la présentation de
    # mon propre client avant que…" (the client invented), "I wrote the report on my own and…" → "…sur mon propre
    # chef…"; "by myself": "…tout seul avant que le client n'arrive.", "J'ai nettoyé toute la maison tout seul
    # pendant que…", "J'ai réparé le vélo tout seul après…" (3 of 3); a clause that goes on only ("I did it on my
    # own." came out right: "seul"; "on my own street" is a possessive)
    (r"\bon\s+my\s+own(?=\s+(?:before|after|while|when|because|until|since)\b)", "by myself"),
    # measure52 (s40): "wake me up" after a clause: "If you see any change…, wake me up immediately…" → «…, je me
    # réveille immédiatement…» (I wake up), "If anything happens, wake me up at once." «…, je me réveille…», "If the
    # alarm goes off, wake me up right away." «…, me réveille-moi…»; "wake me": «…, réveillez-moi immédiatement…»,
    # «…, réveille-moi immédiatement.», «…, réveille-moi tout de suite.» (3 of 3); opening a sentence it came out right
    (r"(?<=,\s)wake\s+me\s+up\b", "wake me"),
)
