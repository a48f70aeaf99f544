"""Words of a tech-support chat (a program that crashes or freezes, logging in, files saved, the last update, a code
entered, turning it off and on) that the model had read as another meaning.

The model knows "arrêter de fonctionner", "avoir accès à votre compte", "enregistré" and "la dernière version", not
the idioms of a help desk: "The app crashes every time I open it." came out "Le programme affaiblit…", "I can't log
in." "Je ne peux pas bûcher.", "Your files are saved automatically." "…économisés…"; each is read as a
paraphrase it translates right. Each was kept only where its paraphrase came out right in at least three sentences
and no sentence tried came out worse.
"""

from __future__ import annotations

# tech.py has read "app" as "program" before these tables ("app" kept for a line read alone)
_DEVICE = r"(?:computer|laptop|PC|phone|mobile|tablet|app|program|software|game|browser|system|website|site)"
_WHOSE = r"(?:the|my|your|his|her|our|their|this|that)"
# a machine or a program that stops: "the app", "my old laptop"; "it" only where the line names one
_MACHINE_SUBJECT = rf"(\b{_WHOSE}\s+(?:\w+\s+)?{_DEVICE}|(?<=\band\s)it|(?<=,\s)it)"
_NAMES_A_MACHINE = rf"^(?=.*\b{_DEVICE}s?\b)"
_OFTEN = r"((?:\s+(?:always|often|sometimes|just|still|constantly|suddenly|randomly))?)"
# not a car, a plane or a market: "crashed into the wall", "crashed the car"
_NO_OBJECT = r"\b(?!\s+(?:into|through|on|onto|the|a|an|my|your|his|her|our|their|it|them)\b)"
# whose account one logs in to, by who logs in
_OWN = (("I", "my"), ("you", "your"), ("he", "his"), ("she", "her"), ("we", "our"), ("they", "their"))
# logging in with nothing after it but the clause's end or a time ("…can't log in this morning")
_LOG_IN_END = r"\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:again|now|today|this|since|any\s+more|anymore)\b)"
_LOG_IN = r"\s+log(?:\s*-?\s*)in" + _LOG_IN_END
_CODE = (r"(?=(?:the|my|your|his|her|our|their|a|an|this)\s+(?:wrong\s+|right\s+|correct\s+|new\s+|four-digit\s+)?"
         r"(?:code|PIN|pin|password|PIN\s+code|pin\s+code|security\s+code|passcode)\b)")
_FILES = (r"^(?=.*\b(?:files?|documents?|changes|photos?|pictures|data|drafts?|settings|work|copies|folders?|"
          r"cloud|desktop|spreadsheets?|presentations?)\b)")
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "The app crashes every time I open it." → "Le programme affaiblit…", "…every time I try to upload a photo." →
    # "…s'échappe…", "My laptop crashed during the meeting." → "…s'est écrasé…", "The game crashes when…" →
    # "…grenouille…"; "stops functioning": "Le programme arrête de fonctionner…", "Mon ordinateur portable a cessé de
    # fonctionner…" ("shuts down" had "…le programme s'est mis à jour"); not a car crashed into a wall, nor a market
    (rf"{_NAMES_A_MACHINE}(.*?){_MACHINE_SUBJECT}{_OFTEN}\s+crashes{_NO_OBJECT}", r"\1\2\3 stops functioning"),
    (rf"{_NAMES_A_MACHINE}(.*?){_MACHINE_SUBJECT}{_OFTEN}\s+crashed{_NO_OBJECT}", r"\1\2\3 stopped functioning"),
    # "My computer is slow and sometimes it freezes for several minutes." → "…parfois gèle…"; "stops responding":
    # "…il s'arrête de répondre…" (tech.py reads "the computer freezes")
    (rf"{_NAMES_A_MACHINE}(.*?)\bit{_OFTEN}\s+freezes{_NO_OBJECT}", r"\1it\2 stops responding"),
    (rf"{_NAMES_A_MACHINE}(.*?)\bit{_OFTEN}\s+froze{_NO_OBJECT}", r"\1it\2 stopped responding"),
    # "My phone is very slow since the last update." → "…depuis le dernier apparition.", "…since the update." →
    # "…depuis le début."; "version": "…depuis la dernière version.", "…depuis la nouvelle version."
    (r"\bsince\s+the\s+(last|latest|recent)\s+(?:software\s+|system\s+)?update\b", r"since the \1 version"),
    (r"\bsince\s+the\s+(?:software\s+|system\s+)?update\b", "since the new version"),
    # "I forgot my password and I can't log in." → "…je ne peux pas bûcher.", "She can't log in this morning." →
    # "Elle ne peut pas brouiller…"; "access my account": "…je ne peux pas avoir accès à mon compte."
    *((rf"\b({who}\s+(?:can['’]t|cannot|can\s+not|couldn['’]t|could\s+not|can|could|tried\s+to|try\s+to|"
       rf"want\s+to|need\s+to|have\s+to|still\s+can['’]t)){_LOG_IN}", rf"\1 access {whose} account")
      for who, whose in _OWN),
    (rf"\b(how\s+(?:do|can)\s+I){_LOG_IN}", r"\1 access my account"),
    (rf"^(please\s+)?(try\s+to\s+)?log(?:\s*-?\s*)in{_LOG_IN_END}",
     r"\1\2access your account"),
    # "Your files are saved automatically every five minutes." → "…économisés…", "The document was saved on the
    # desktop." → "…sauvé…"; "recorded": "…enregistrés…", "…enregistré sur le bureau."; a file's line only (not a
    # life or money saved)
    (rf"{_FILES}(.*?)\b(is|are|was|were|be|been|get|gets|got)(\s+(?:automatically|always|now|all|not))?\s+saved\b",
     r"\1\2\3 recorded"),
    (rf"{_FILES}(.*?)\bautomatically\s+saved\b", r"\1automatically recorded"),
    # "My card was blocked after I entered the wrong code three times." → "…j'ai pénétré dans le mauvais code…", "She
    # entered the wrong code and…" → "Elle a pénétré dans…"; "used": "…utilisé le mauvais code…" ("put in" had "Elle
    # mit dans le mauvais code", "typed" "…trahi…"); a code, not a room
    (rf"\bentered\s+{_CODE}", "used "),
    (rf"\benters\s+{_CODE}", "uses "),
    (rf"\bentering\s+{_CODE}", "using "),
    # "Have you tried turning it off and on again?" → "As-tu essayé de l'éteindre et encore ?"; "to turn it off and
    # then turn it on": "As-tu essayé de l'éteindre puis de l'allumer ?"
    (r"\b(tried|try)\s+(?:turning|switching)\s+it\s+off\s+and\s+(?:back\s+)?on(?:\s+again)?\b",
     r"\1 to turn it off and then turn it on"),
    (r"\b(?:turn|switch)\s+it\s+off\s+and\s+(?:back\s+)?on(?:\s+again)?\b", "turn it off and then turn it on"),
    # "Can someone from the IT team help me?" → "…de l'équipe d'IT…", "…from the IT team come and help me?" → "…de
    # l'équipe accompagne-t-il…"; "the computer service": "…du service informatique…" (work.py reads "IT department")
    (r"\b(the|our|your|their)\s+IT\s+(?:team|support|staff|people|guys|desk|help\s*desk|service\s+desk)\b",
     r"\1 computer service"),
    # "…since I installed the last update…" → "…le dernier tour…"; "installed the new version" ("…depuis que j'ai
    # installé la nouvelle version…")
    (r"\b(install|installs|installed|installing)\s+(?:the|an?)\s+(?:last|latest|new|recent)?\s*(?:software\s+|"
     r"system\s+)?update\b", r"\1 the new version"),
    # "The new software update fixes several security problems…" → "Le nouveau logiciel répare…" (the update
    # lost), "The software update makes the application faster." → "Le logiciel rend…"; "the new version of the
    # software": "La nouvelle version du logiciel répare…"
    (r"\b(the|a|this)\s+(?:new\s+|latest\s+|last\s+)?software\s+update\b", r"\1 new version of the software"),
)
