"""Work e-mails and shop messages (mail46, session 38) the model read word for word, read in words it knows.

A probe of 86 written work e-mails, job letters and shop messages found "Sorry for the delay in getting back to you."
come out «…pour le délai pour te retourner», "Could you please confirm receipt of this email?" «…confirmer le
souvenir de ce courriel», "I have copied my manager on this email." «J'ai copier mon directeur…», "Your refund will be
processed within five working days." «…sera terminé…», "I will be out of the office from 3 to 10 August…" «Je sortirai
du bureau…», "I am writing to complain…" «J'écris à me plaindre…». Each is read as a paraphrase that came out right
(«la réponse tardive», «confirmer que vous avez reçu», «une copie de ce courriel à», «traité», «ne serai pas au bureau»,
«J'écris pour…») in at least three sentences written for it, none screened worse. The French-side mends of the same
probe (a quarter, an order, a position, working days) are in ``mail_mends.py``.
"""
from __future__ import annotations

_MAIL = r"(?:e-?mails?|messages?|mails?|threads?|letters?)"
_COPIED = r"(me|us|him|her|them|(?:my|our|your|his|her|their|the)\s+(?:[\w-]+\s+)?[\w-]+)"
_DEALT = r"(?:refunds?|orders?|requests?|applications?|payments?|complaints?|claims?|returns?|cancellations?)"
_WHOSE = rf"\s+(?:your|the|my|our|this|their|his|her)\s+{_DEALT}\b"

PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # a late answer: "Sorry for the delay in getting back to you." → «Désolé pour le délai pour te retourner.»; "the
    # late answer": «Désolé pour la réponse tardive» (4 of 4, "the delay in replying" too)
    (r"\b(the|this|my|our)\s+delay\s+in\s+(?:getting\s+back\s+to|replying\s+to|responding\s+to|answering)\s+"
     rf"(?:you|your\s+(?:{_MAIL}|questions?|requests?))\b", r"\1 late answer"),
    # "Thanks for getting back to me so quickly." → «Merci de me retourner…» (sent back); "answering me": «Merci de
    # m'avoir répondu…»; "I will get back to you" came out right as typed («Je te répondrai»), only the "-ing" form
    (r"\bgetting\s+back\s+to\s+(you|me|us|him|her|them)\b(?!\s+(?:about|on|with)\b)", r"answering \1"),
    # "Could you please confirm receipt of this email?" → «…confirmer le souvenir de ce courriel…» (a memory);
    # "confirm that you received": «…confirmer que vous avez reçu ce courriel…»; only where "you" confirm
    (r"\b((?:you|please)\s+(?:please\s+|kindly\s+)?|kindly\s+)confirm\s+(?:the\s+)?receipt\s+of\b",
     r"\1confirm that you received"),
    # copied in: "I have copied my manager on this email." → «J'ai copier mon directeur sur ce courrier…»; "sent a
    # copy of this email to": «J'ai envoyé une copie de ce courriel à mon supérieur.»
    (rf"\b(?:copied|cc['’]?e?d)\s+{_COPIED}\s+(?:on|in(?:to)?)\s+(this|the|that|my|your|our)\s+({_MAIL})\b",
     r"sent a copy of \2 \3 to \1"),
    (rf"\b(?:copy|cc)\s+{_COPIED}\s+(?:on|in(?:to)?)\s+(this|the|that|my|your|our)\s+({_MAIL})\b",
     r"send a copy of \2 \3 to \1"),
    # a refund seen to: "Your refund will be processed within five working days." → «…sera terminé…», "Your request
    # will be processed…" «…sera terminée…», "We are processing your order." «Nous procédons votre commande.»; "dealt
    # with": «…sera traité…», «…traitée…»; only of what a shop or an office handles
    (rf"\b({_DEALT}\s+(?:(?:will|should|would|can|could|must|may)\s+)?(?:(?:has|have|had)\s+)?"
     r"(?:be|been|being|is|are|was|were)(?:\s+being)?)\s+processed\b", r"\1 dealt with"),
    (rf"\bprocess(?={_WHOSE})", r"deal with"),
    (rf"\bprocessing(?={_WHOSE})", r"dealing with"),
    (rf"\bprocessed(?={_WHOSE})", r"dealt with"),
    # away: "I will be out of the office from 3 to 10 August…" → «Je sortirai du bureau…» (will go out); "will not be
    # in the office": «Je ne serai pas au bureau…» (5 of 5; "be away from" gave «parti du bureau» after "He")
    (r"(?:\s+will|\s+shall|['’]ll)\s+be\s+out\s+of\s+(the|my|our)\s+office\b", r" will not be in \1 office"),
    # a letter's aim: "I am writing to complain about the service…" → «J'écris à me plaindre…», "…to request a copy…"
    # «J'écris à demander…»; "in order to": «J'écris pour…» ("to ask", "to cancel" came out right as typed; "to
    # inquire" read so «J'écris pour inquiéter…» (to worry); "to apply" «J'écris pour demander l'aide…», the job lost:
    # its «J'écris à postuler» is mended in mail_mends.py)
    (r"\b(I\s+am|I['’]m)\s+writing\s+to\s+(?=(?:complain|request)\b)",
     r"\1 writing in order to "),
)
