"""Phrases of computers, phones, apps, the internet, email, passwords, printers, social media, video calls and online
shopping accounts the model had read as another meaning.

Tatoeba and the Hansards are older than phones that run apps, so the model turned "app" into an apple ("la pomme"),
"update" into a summit and a screenshot into cream; a plain paraphrase of the same thing came out right ("the
program", "install the new version", "a photo of the screen"). Each was kept where the paraphrase came out right in at
least three sentences and no sentence came out worse.
"""

from __future__ import annotations

from .common import AT_END, POSSESSIVE

_MACHINE = r"(?:computer|laptop|PC|phone|mobile)"
_THE = rf"(?:the|{POSSESSIVE}|this|that)"
# a verb "set up" in its base form: after "to", a modal, "please" or "help me" ("I set up" may be a past)
_BASE = r"((?:\b(?:to|can|could|will|please|must|should|me|us)|['’]ll)\s+)"
_HANGS = r"\b((?:the|my|your|his|her|our|their)\s+(?:computer|laptop|phone|screen|tablet|app|PC|browser|game))\s+"
# not before an object: "froze the accounts"
_NO_OBJECT = r"\b(?!\s+(?:the|a|an|my|your|his|her|its|our|their|all|every|some|any|it|them|him|us|me)\b)"
# a machine of a home or an office; for "stopped working" also "it" ("…, but it stopped working after two weeks")
_APPLIANCE = (r"(?:the|my|your|his|her|our|their|this|that)\s+(?:new\s+|old\s+)?(?:computer|laptop|phone|mobile|"
              r"tablet|PC|printer|washing\s+machine|dishwasher|fridge|freezer|TV|television|router|camera|scanner|"
              r"microwave|oven|kettle|app|browser|screen|keyboard|mouse|charger)s?")
_DEVICE = rf"\b({_APPLIANCE}|it)\s+"
_ACCOUNT = r"(?:a|an|my|your|the|our|his|her|their)\s+(?:new\s+)?(?:e-?mail\s+|online\s+|user\s+|bank\s+)?account\b"
_ACCOUNT += r"(?!\s+of\b)"   # not a story: "They set up an account of what happened." ("…créé un compte de ce qui…")
# a line about an account, a phone or a computer, not a sword or an axe ("hacked to pieces", "hacked at the rope")
_HACKED = (r"\b(has\s+been|have\s+been|had\s+been|was|were|got|['’]s\s+been|['’]ve\s+been)\s+hacked\b"
           r"(?!\s+(?:to|at|off|down|apart|away|into|through|out|up|back|"      # "hacked back", "with a machete": cut
           r"with\s+(?:an?|his|her|their|the)\s+(?:axe|ax|machete|knife|sword|hatchet|cleaver|blade))\b)")
# a past told, not asked nor to do ("Did you reset…", "Should I reset it?"), once (not "every month")
_TOLD = "".join(rf"(?<!\b{aux}\s)" for aux in ("did", "do", "does", "to", "will", "can", "could", "should", "must",
                                                "would", "may", "might", "please", "not")) + r"(?<![nN]['’]t\s)"
_ONCE = r"(?!.*\b(?:every|each|always)\b)"
# how soon a battery is empty ("dies after only a few hours", "dies so quickly")
_SOON = r"(?=\s+(?:after|quickly|fast|so\s+(?:quickly|fast)|within|in)\b)"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it, as in orders
    # "What's your username?" → "Quel est votre username ?"; said "user name" ("Quel est ton nom d'utilisateur ?",
    # "J'ai oublié mon nom d'utilisateur.")
    (r"\buser-?name(s?)\b", r"user name\1"),
    # "Please send me your CV and a cover letter." → "…une lettre de couverture."; said "presentation letter" ("…une
    # lettre de présentation."); "letter of motivation" came out "lettre de motifs"
    (r"\bcover(?:ing)?\s+letter(s?)\b", r"presentation letter\1"),
    # "I downloaded a new app for learning French." → "…une nouvelle pomme…", "The app keeps sending me
    # notifications." → "La pomme continue…", "There's a bug in the app." → "…dans la pomme."; said "program" ("Il y a
    # un bug dans le programme."); "application" came out "candidature" or "demande"; not the store's name
    (r"\bapp(s?)\b(?![\s-]+store\b)", r"program\1"),
    # "You need to update the app before you can use it." → "Il faut que tu doives les pommes…", "The software needs
    # to be updated." → "Le logiciel doit être révolté.", "After the update, the app doesn't work any more." → "Après
    # le sommet…"; said "install the new version of" ("Vous devez installer la nouvelle version du programme…")
    # demo probe s30: "Please update the app to the latest version." had been read "…install the new version of the
    # program to the latest version." ("…la nouvelle version du programme à la dernière version."); the version said
    # once ("Please install the latest version of the program.": "…installez la dernière version du programme.")
    (rf"\bupdate\s+({_THE}\s+(?:program|software)s?)\s+to\s+(?:the\s+)?(?:latest|newest|most\s+recent)\s+version\b",
     r"install the latest version of \1"),
    (rf"\bupdate\s+({_THE}\s+(?:program|software)s?)\b", r"install the new version of \1"),
    (r"\b(software|program)\s+needs\s+to\s+be\s+updated\b", r"\1 needs a new version"),
    (r"^after\s+the\s+(?:latest\s+|last\s+|new\s+)?update(?=\s*,.*\b(?:apps?|programs?|software|phones?|computers?|"
     r"laptops?|tablets?)\b)", "After installing the new version"),
    # "Take a screenshot and send it to me." → "Prenez un crème…", "I'll send you a screenshot." → "…une écrans.";
    # said "a photo of the screen" ("Je t'enverrai une photo de l'écran.")
    (r"\bscreen-?shot(s?)\b(?!\s+of\b)", r"photo\1 of the screen"),
    # "I need a new phone case." → "…une nouvelle affaire de téléphone."; said "protection for the phone" ("…une
    # nouvelle protection pour le téléphone.")
    (r"\bphone\s+case\b", "protection for the phone"),
    # "My account has been hacked." → "Mon compte a été rassé."; said "attacked by a hacker" ("Mon compte a été
    # attaqué par un hacker."); "pirated" came out "piré"
    (_HACKED, r"\1 attacked by a hacker"),
    # "Proceed to checkout." → "Procédez-vous de vérifier."; said "the payment" ("Procédez au paiement.")
    (r"\b(proceed|go|continue)\s+to\s+(?:the\s+)?checkout\b", r"\1 to the payment"),
    # "I uninstalled the app because it was too slow." → "J'ai détourné la pomme…"; said "deleted" ("J'ai supprimé le
    # programme hier.", "Pourquoi as-tu supprimé le programme ?")
    (r"\buninstalled\b", "deleted"), (r"\buninstall(s?)\b", r"delete\1"),
    # "I keep getting spam emails." → "Je continue à devenir des courriels.", "Mark it as spam." → "Mettez-le comme
    # apeur."; said "undesirable" ("Mettez-le comme un courriel indésirable.", "J'obtiens tellement d'émails
    # indésirables."); "spam folder" stays a model error ("folder of undesirable emails" came out "grille", "flic")
    (r"\bspam\s+(e-?mails?|messages?)\b", r"undesirable \1"),
    (r"\b(mark|marked|marking|report|reported)\s+(it|this|that)\s+as\s+spam\b", r"\1 \2 as an undesirable email"),
    # "The page won't load." → "La page ne va pas s'enfuir."; said "is not loading" ("La page n'est pas chargée.",
    # "La vidéo n'est pas chargée."); not a website ("Le site web n'est pas fou.") nor photos ("…ne mentent pas.")
    (r"\b(page|video)\s+won['’]t\s+load\b", r"\1 is not loading"),
    # "Please log in again." → "Veuillez encore bûcher."; said "identify yourself again" ("Veuillez encore vous
    # identifier.", "Vous devez vous identifier à nouveau.")
    (r"(^|\bplease\s+|\byou\s+(?:need\s+to|have\s+to|must|should|will\s+have\s+to)\s+)(?:log|sign)\s*(?:in|on)\s+"
     r"again\b", r"\1identify yourself again"),
    # "I keep getting logged out." → "Je continue à m'enfuir."; said "disconnected" ("Je continue à me déconnecter.")
    (r"\b(keep|keeps|kept)\s+getting\s+logged\s+(?:out|off)\b", r"\1 getting disconnected"),
    # "The Wi-Fi keeps disconnecting." → "Le Wi-Fi continue de disconnection.", "The Wi-Fi keeps dropping out." →
    # "…continue à tomber."; said "cuts all the time" ("Le Wi-Fi coupe tout le temps."); not "connection" ("Je coupe…")
    (r"\b(Wi-?Fi|internet|signal)\s+keeps\s+(?:disconnecting|cutting\s+out|dropping\s+out|dropping|cutting)\b",
     r"\1 cuts all the time"),
    # "The Wi-Fi password is on the back of the router." → "Le mot de passe-Fi est à l'arrière de la route."; said
    # "the password of the Wi-Fi", "the modem" ("Le mot de passe du Wi-Fi est au dos du modem.")
    (r"\b(the|your|my|our)\s+(Wi-?Fi)\s+password\b", r"\1 password of the \2"),
    (r"^(?=.*\b(?:Wi-?Fi|internet|password|connection|network)\b)(.*?)\brouter(s?)\b", r"\1modem\2"),
    # "Please enter your email address." → "Veuillez pénétrer votre adresse électronique.", "Enter the code we sent to
    # your phone." → "Enlevez le code…"; said "write" ("Écrivez le code que nous avons envoyé…")
    (r"\benter\s+(?=(?:your|the|a|an|this|my)\s+(?:[\w-]+\s+)?(?:e-?mail|address|code|password|PIN|user\s*name|"
     r"number|postcode|zip\s+code)\b)", "write "),
    # "You'll receive a confirmation email." → "Tu recevras un courriel." (the confirmation left out); said "an
    # email of confirmation" ("Tu recevras un courriel de confirmation.")
    (r"\ba\s+confirmation\s+(e-?mail)\b", r"an \1 of confirmation"),
    (r"\bconfirmation\s+(e-?mails?)\b", r"\1 of confirmation"),
    # "My laptop overheats when I play games." → "Mon ordinateur portable sur des champs…"; said "becomes too hot"
    # ("…devient trop chaud…")
    (rf"\b({_MACHINE}|tablet|console|it)\s+overheats\b", r"\1 becomes too hot"),
    # "The printer is offline." → "L'imprimante est offensée."; said "not connected" ("…n'est pas connectée.")
    (r"\b(printer|computer|laptop|phone|website|site|server|scanner)\s+(is|was|seems\s+to\s+be)\s+offline\b",
     r"\1 \2 not connected"),
    # "The document is in the shared folder." → "Le document est dans l'or."; said "shared file" ("…dans le dossier
    # partagé.")
    (r"\bshared\s+folder(s?)\b", r"shared file\1"),
    # "Leave a message after the beep." → "…après le bœuf."; said "the signal" ("Laisse un message après le signal.")
    (r"\bafter\s+the\s+(?:beep|tone)\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|then|please|to|if|or)\b)",
     "after the signal"),   # not "after the tone of the debate changed" (its tone: "le signal du débat")
    # "My laptop won't turn on." → "Mon ordinateur portable ne va pas allumer."; said "won't start" ("…ne démarrera
    # pas.", "L'ordinateur ne démarre pas."); not a projector nor a printer ("…ne commencera pas.")
    (rf"\b({_MACHINE})\s+(won['’]t|will\s+not)\s+(?:turn|switch)\s+on{AT_END}", r"\1 \2 start"),
    # "This phone is waterproof." → "Ce téléphone est à l'eau."; said "resistant to water" ("Ce téléphone résiste à
    # l'eau.", "Cette veste est résistante à l'eau.")
    # only of a phone: a watch or a camera said so had come out right ("Ma montre est étanche."), and "water-resistant"
    # is less than waterproof for a watch
    (r"\b((?:phone|smartphone|mobile|tablet|laptop)s?\s+(?:is|are))\s+waterproof\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|"
     r"too)\b)", r"\1 resistant to water"),
    # "Did you receive the attachment?" → "As-tu reçu l'acceptation ?"; said "the attached file" ("Avez-vous reçu le
    # fichier attaché ?"); demo.py reads it on a line about opening or sending, this on one about receiving; not a
    # bond ("her attachment to her mother") nor a unit's
    (r"^(?=.*\b(?:receive[sd]?|receiving|got|get)\b)(.*?)\b(the|an|this|that|your|my)\s+attachment(s?)\b"
     r"(?!\s+(?:to|of|for|between|with)\b)", r"\1\2 attached file\3"),
    # "Just google it." → "Continuez-le."; "I looked it up online." → "Je l'ai regardé en ligne."; said "look for it
    # on the internet" ("Cherchez-le sur Internet.", "Je l'ai cherché sur Internet.")
    (r"\bgoogle\s+(it|them|that|this)\b", r"look for \1 on the internet"),
    (r"\b(look|looked|looking)\s+(it|them|that)\s+up\s+(?:online|on\s+the\s+internet)\b", r"\1 for \2 on the internet"),
    # "Fill in the online form." → "Remplissez la forme de ligne."; said "the form online" ("…le formulaire en
    # ligne.")
    (r"\bthe\s+online\s+form\b", "the form online"),
    # "I never read the terms and conditions." → "…les conditions et les conditions."; said "the general conditions"
    # ("…les conditions générales."); only those one reads or accepts: a fund's or a contract's "terms and conditions
    # were met" had come out right ("les conditions ont été réunies") and read so "…ont été prises"
    (r"\b(read|reading|accept|accepted|agree\s+to|agreed\s+to|check|checked)\s+the\s+terms\s+and\s+conditions\b"
     r"(?!\s+(?:of|for|under)\b)", r"\1 the general conditions"),
    # "The picture is blurry." → "La photo est légere."; said "not clear" ("La photo n'est pas claire.")
    # not "too blurry" ("Cette photo est trop floue." had come out right)
    (r"\b(photo|picture|image|video|screen)(s?)\s+(is|are|was|were)\s+(?:a\s+bit\s+|really\s+)?blurry\b",
     r"\1\2 \3 not clear"),
    # "Can you crop the photo?" → "Peux-tu récolter la photo ?" (harvest); said "cut" ("Peux-tu couper la photo ?")
    (r"\bcrop\s+(?=(?:the|this|that|my|your|a)\s+(?:photo|picture|image)s?\b)", "cut "),
    # "How do I install this program?" → "Comment est-ce que j'insiste sur ce programme ?"; said "How can I install"
    # ("Comment puis-je installer ce programme ?")
    (r"\bhow\s+do\s+(I|we)\s+install\b", r"how can \1 install"),
    # "I set up a new email account." → "J'ai mis un nouveau compte électronique."; said "created"/"create" ("J'ai
    # créé un nouveau compte électronique.", "Peux-tu m'aider à créer un compte ?")
    (rf"(?<!\bdid\s)(?<!\bdo\s)(?<!\bdoes\s)\b(I|we|he|she|they)\s+set\s+up\s+(?={_ACCOUNT})", r"\1 created "),
    (rf"\b(have|has|had|['’]ve)\s+set\s+up\s+(?={_ACCOUNT})", r"\1 created "),
    (rf"{_BASE}set\s+up\s+(?={_ACCOUNT})", r"\1create "),
    # "Can you help me set up my new phone?" → "Peux-tu m'aider à mettre mon nouveau téléphone ?"; said "install"
    # ("Pouvez-vous m'aider à installer mon nouveau téléphone ?"); only after "help me" ("I'll install the printer
    # for you" came out "Je vous installerai à l'imprimante")
    (r"\b(help\s+(?:me|us)\s+(?:to\s+)?)set\s+up\s+(?=(?:my|the|our|this|a)\s+(?:new\s+)?(?:phone|printer|laptop|"
     r"computer|smartphone)\b)", r"\1install "),
    # "Can you tag me in the photo?" → "Peux-tu me goûter dans la photo ?"; said "identify" ("Peux-tu m'identifier
    # dans la photo ?")
    (r"\btag\s+(me|him|her|us|them)\s+in\b", r"identify \1 in"),
    # "My grandmother doesn't know how to use a smartphone." → "…un éventail intelligent.", "Do you think children
    # should have smartphones?" → "…des enfants intelligents ?"; said "smart phone" ("…un téléphone intelligent.");
    # not opening a line ("Smart phones are…" came out "Les téléphones d'art…")
    (r"(?<=\S\s)smart-?phone(s?)\b", r"smart phone\1"),
    # "Please switch off your mobile phones." → "Éteignez vos téléphones portuaires…"; said "cell phones"
    # ("Éteignez vos téléphones portables, s'il vous plaît.")
    (r"\b(your|their|our|all)\s+mobile\s+phones\b", r"\1 cell phones"),
    # "Let's have a video call tomorrow." → "Arrêtons demain une vidéo.", "I have a video call at ten." → "J'ai un
    # appel à dix heures.", "Could you explain how video calls work…" → "…expliquer à mon père la vidéo ?"; said "video
    # conference" ("Faisons une conférence vidéo demain."); not elsewhere: "The video call was great." and "I hate video
    # calls." had come out right ("L'appel vidéo…", "…les appels vidéo.")
    (r"\b(have|has|had|having)\s+a\s+video[\s-]call\b", r"\1 a video conference"),
    (r"\bhow\s+video[\s-]calls\s+work\b", "how video conferences work"),
    # "Sorry, I was on mute." → "Désolé, j'étais en mute."; said "my microphone was turned off" ("…mon microphone
    # fut éteint.")
    # (the word before kept in the match: "I" opens it with a capital, "Sorry, I…" not a new sentence)
    (r"(\S\s+|^)I\s+was\s+(still\s+)?on\s+mute\b", r"\1my microphone was \2turned off"),
    # "I want to return this item." → "Je veux revenir à ce sujet."; said "send back this product" ("Je veux renvoyer
    # ce produit.", "Puis-je renvoyer le produit ?")
    # not "the item" ("For a refund, you must return the item unopened." had come out right: "…retourner l'article…")
    (r"\breturn\s+(this|that)\s+(?:item|product)\b", r"send back \1 product"),
    # "He's learning to code." → "Il apprend au code."; said "to program" ("Il apprend à programmer."); not after
    # "I'm" ("I'm learning to program." came out "J'apprends au programme.")
    (r"(?<!\bI['’]m\s)(?<!\bam\s)\b(learning|learn|learnt|learned)\s+(?:how\s+)?to\s+code\b", r"\1 to program"),
    # "Plug in the printer." → "Appliez à l'imprimante.", "Can you plug in the lamp?" → "…plonger dans le lampe ?";
    # said "connect" ("Connectez l'imprimante.", "Peux-tu connecter la lampe ?")
    (r"\bplug\s+in\s+(the|your|my|his|her|our|their|this|that)\b", r"connect \1"),
    (r"\bplug\s+(the|your|my|his|her|our|their|this|that)\s+(\w+)\s+in\b(?!\s+(?:the|a|an|your|my|his|her)\b)",
     r"connect \1 \2"),
    # "Restart your computer." → "Remettez votre ordinateur."; said "Turn … off and then turn it on again" ("Éteignez
    # votre ordinateur et allumez-le à nouveau."); an order only ("I need to restart my laptop" came out "…puis de
    # nouveau.", "the router" "la route")
    (r"^restart\s+(your|the)\s+(computer|laptop|phone|tablet|PC)\b", r"turn \1 \2 off and then turn it on again"),
    # "The price tag says 20 euros." → "Le prix dit 20 euros.", "Remove the price tag." → "Retirez le tap de prix !";
    # said "the label with the price" ("L'étiquette du prix dit 20 euros.")
    # (not "price tags": "les létiquettes avec les prix"); only a shop's tag read or taken off, not a cost ("put a
    # price tag on", "a hefty price tag" in the Hansards)
    (r"\b(remove|cut\s+off|take\s+off|check|look\s+at)\s+the\s+price\s+tag\b(?!s)", r"\1 the label with the price"),
    (r"^the\s+price\s+tag\s+(?=says|said)", "the label with the price "),
    # a call's sound cutting out: "Sorry, you're breaking up." → "Désolé, tu te brises."; said "the line is bad"
    # ("Désolé, la ligne est mauvaise."); only after "Sorry" or before "I can't hear you" (not a couple parting)
    (r"\b(sorry|hello)(\s*,\s+|\s+)you['’]re\s+breaking\s+up\b(?!\s+with\b)", r"\1\2the line is bad"),
    (r"\byou['’]re\s+breaking\s+up(?=\s*[,.;:–-]+\s*(?:I\s+can['’]t|I\s+cannot|can\s+you\s+repeat)\b)",
     "the line is bad"),
    # "Is there free Wi-Fi?" → "Y a-t-il le libre WiFi ?"; said "free of charge" ("Est-ce que le Wi-Fi est gratuit ?");
    # the bare question only ("…free of charge here?" came out "libre d'accusation", "wifi" in lower case "cuisinier")
    (r"^is\s+there\s+free\s+(?-i:Wi-?Fi)(?=\s*\?)", "Is the Wi-Fi free of charge"),
    # demo probe s30: "I can't connect to the wifi." → "Je ne peux pas relier la Wi-Fi.", "Can you connect to the
    # internet?" → "Peux-tu relier Internet ?"; said "access" ("Je ne peux pas avoir accès à la Wi-Fi.")
    (r"\bconnect\s+to\s+(the\s+)?(Wi-?Fi|internet|network)\b", r"access \1\2"),
    # long31 (s31): a device that hangs: "…, the computer freezes for a minute." → "…les gels d'ordinateur…", "My
    # laptop freezes every time…" → "…gèle…", "The screen froze and…" → "Le gel des gels…"; "stops responding":
    # "…arrête de répondre…", "…l'ordinateur s'arrête de répondre…"; a device only (not water, a lake, a person)
    (rf"{_HANGS}((?:always|often|sometimes|just)\s+)?freezes{_NO_OBJECT}", r"\1 \2stops responding"),
    (rf"{_HANGS}((?:always|often|sometimes|just)\s+)?froze{_NO_OBJECT}", r"\1 \2stopped responding"),
    # long32 (s32): a device that "stopped working" or "crashed": "My laptop stopped working last night" → "…a cessé
    # de travailler…" (a person's job), "The washing machine stopped working…" → "…s'est arrêtée de travailler…", "My
    # computer crashed" → "…s'est écrasé", "…a cambriolé…"; "stopped functioning": "…a cessé de fonctionner…" (9 of 9);
    # a device or "it" only (not a person: "My father stopped working at 60."), "crashed" not into something (but
    # "crashed on Friday night", "crashed in the middle of…")
    (rf"{_DEVICE}((?:has\s+|had\s+|have\s+|just\s+|suddenly\s+|completely\s+)*)stopped\s+working\b",
     r"\1 \2stopped functioning"),
    (rf"\b({_APPLIANCE})\s+((?:has\s+|had\s+|just\s+|suddenly\s+)*)crashed\b"
     r"(?!\s+(?:into|onto|against|through)\b)",
     r"\1 \2stopped functioning"),
    # words34 (s33): "Please update your browser." → "…admettez votre navigateur.", "…update your browser to the latest
    # version…" → "…remettez votre brun à la dernière version…"; said "install the latest version of your web browser"
    # ("…installez la dernière version de votre navigateur."); a bare "browser" → "brun", "marron", "flèche"; said
    # "web browser" ("Ouvrez le navigateur et allez au site web.", "Quel navigateur…"; "any web browser" came out
    # "n'importe quel navigateur brun", its colour dropped by mends/senses.py)
    (rf"\bupdate\s+({_THE})\s+(?:web\s+)?browser(?:\s+to\s+(?:the\s+)?(?:latest|newest|most\s+recent)\s+version)?\b",
     r"install the latest version of \1 web browser"),
    (rf"(?<!\bweb\s)\b((?:{_THE}|which|a|any)(?:\s+(?:different|other|new|default))?)\s+browser(s?)\b",
     r"\1 web browser\2"),
    # "Could you send me the updated version of the contract…?" → "…la version haute du contrat…", "Please send me the
    # updated file." → "…le fichier du fichier."; said "new version" ("…la nouvelle version du contrat…", "…la
    # nouvelle version du fichier…")
    (r"\bupdated\s+version(s?)\b", r"new version\1"),
    (r"\bthe\s+updated\s+(file|document|list|report|contract|spreadsheet|presentation|draft)\b",
     r"the new version of the \1"),
    # "I reset my password." → "J'ai retrouvé mon mot de passe.", "…, even after I reset it twice." → "…que je le
    # ressemène…"; said "changed" ("J'ai changé mon mot de passe."); "it" only where a password is said before (orders
    # reads "to reset my password" as "change")
    (rf"{_TOLD}\b(I|we|you|he|she|they)\s+reset\s+((?:{POSSESSIVE}|the)\s+password)\b{_ONCE}", r"\1 changed \2"),
    (rf"(\bpassword\b.*{_TOLD}\b(?:I|we|you|he|she|they)\s+)reset\s+it\b{_ONCE}", r"\1changed it"),
    # "I had to reset the router twice." → "J'ai dû resserrer la route…"; said "restart" ("J'ai dû redémarrer le
    # routeur deux fois."; the router read through glossary.py); a machine only, after "to" or a modal
    (rf"\b(to|can|could|should|must|please|will|['’]ll)\s+reset\s+((?:the|{POSSESSIVE})\s+(?:router|modem|"
     r"computer|laptop|phone|tablet|PC))\b", r"\1 restart \2"),
)
PHRASES += (   # words37 (s34): untargeted probes of gadget sentences
    # "Don't forget to unplug the iron." → "N'oublie pas de débrouiller le fer."; "disconnect": "…de déconnecter le
    # fer.", "Déconnecte le chargeur…", "Déconnecte l'imprimante…"
    (r"\bunplug\b", "disconnect"), (r"\bunplugs\b", "disconnects"), (r"\bunplugged\b", "disconnected"),
    (r"\bunplugging\b", "disconnecting"),
    # "The internet is down in the whole building." → "L'Internet est en bas…"; "not working": "…ne fonctionne pas…"
    # a network, not a price or a person ("The price is down", "He is down")
    (r"\b(internet|Wi-?Fi|network|server|website|site|email)\s+(is|was|['’]s)\s+down\b"
     r"(?!\s+(?:to|by|from|the|here|there|on|at)\b)", r"\1 \2 not working"),
)
PHRASES += (   # words37 (s34): "switch on" as "switch off" is read (outdoors.py)
    # "My tablet won't switch on." → "Ma tablette n'arrêtera pas."; "turn on": "…ne s'allume pas." (mends/verbs.py)
    (r"\bswitch\s+on\b", "turn on"), (r"\bswitched\s+on\b", "turned on"), (r"\bswitching\s+on\b", "turning on"),
    (r"\bswitches\s+on\b", "turns on"), (r"\bswitch\s+(it|them|that|this|everything)\s+on\b", r"turn \1 on"),
)
PHRASES += (   # s38: a device's screen
    # "My laptop screen is too dark." → «Mon ordinateur portable est trop sombre.», "My phone screen cracked." → «Mon
    # téléphone a cracké.», "The computer screen is flickering." → «L'ordinateur flèche.» (the screen lost); "the screen
    # of my phone": «L'écran de mon téléphone…» (mends/senses.py mends the «crème» the model writes for a laptop's)
    *((rf"\b{det}\s+(laptop|phone|computer|tablet|TV|television|monitor)\s+screen\b", rf"the screen of {det} \1")
      for det in ("my", "your", "his", "her", "our", "their", "the", "a", "this", "that")),
    # "My phone battery dies after only a few hours…" → "…ne meurt qu'après quelques heures…" (it lasts: the sense
    # reversed); "is empty": "…est vide après seulement quelques heures…", "La batterie était vide après seulement
    # deux heures."; "after only" itself is kept ("The ice melted after only a few minutes.": "…après seulement
    # quelques minutes."; read "after just" it had lost "only")
    *((rf"\b(batter(?:y|ies))\s+{died}\b{_SOON}", rf"\1 {empty} empty")
      for died, empty in (("dies", "is"), ("die", "are"), ("died", "was"))),
    # "The password must contain at least eight characters and one number." → "…et un numéro." (a phone's); "one
    # figure": «…et un chiffre», «…d'une lettre de capital et d'un chiffre», «…huit symboles et un chiffre» (a
    # password's; its characters are glossary_errands.py's)
    (r"^(?=.*\bpasswords?\b)(.*?)\b(one|a|at\s+least\s+one)\s+(?:number|digit)\b", r"\1\2 figure"),
    # "…could you send me the updated budget before Thursday?" → "…le budget précédent…" (the old one); "new":
    # «…le nouveau budget…», «…le nouveau rapport…», «…la nouvelle liste…» (a document's: not "the updated app")
    (r"\b(the|your|my|our|this)\s+updated\s+(?=(?:budget|report|list|version|file|document|plan|figures|contract|"
     r"draft|invoice|menu|agenda|presentation|slides|price\s+list)\b)", r"\1 new "),
    # "This phone has a bright screen, a long battery life and…" → "…une vie brillante, une longue batterie…", (the
    # screen read) "…un écran brillant, une longue vie et…" (the battery lost); "a battery that lasts long": «…un écran
    # brillant, une batterie qui dure longtemps et…», «Le nouveau modèle a une batterie qui dure longtemps», «Je veux
    # un téléphone avec une batterie qui dure longtemps»
    (r"\ba\s+long\s+battery\s+life\b", "a battery that lasts long"),
    # a copy kept in case: "I always make a backup of my files…" → «…une soupe de mes fichiers.», "Do you have a
    # backup of these photos?" «…une soupe…», "We keep a backup on…" «…une soupe…» (4 of 4 «soupe»); "a copy":
    # «une copie» (5 of 5); the noun only, after a determiner, not a backup plan, singer, battery… nor "backup copy"
    (r"\b(a|the|my|your|his|her|our|their|no|any|one)\s+backup\b(?![’'-])(?!\s+(?:plans?|singers?|dancers?|bands?|"
     r"teams?|players?|goalkeepers?|batter(?:y|ies)|power|generators?|cameras?|drives?|disks?|copy|copies|files?|"
     r"servers?|lights?|options?|quarterbacks?)\b)", r"\1 copy"),
)
PHRASES += (   # words47 (s39): an upload that fails, a plug put into a socket
    # "The upload failed twice." → «Le sommet a échoué deux fois.»; "sending": «L'envoi a échoué deux fois.», «L'envoi
    # est-il terminé ?» (what a French app says); the noun only, after a determiner, not "upload the file"
    (r"\b(the|my|your|this|that|his|her|our|their)\s+upload\b(?!\s+(?:the|a|an|your|my|it|them|this|these|those|"
     r"his|her|our|their|some|all)\b)", r"\1 sending"),
    # "Plug the cable into the back of the TV." → «Occupez le câble dans le dos de la télé.», "Please plug the lamp
    # into the wall." → «Veuillez plonger la lampe au mur.»; "connect … to" as "plug … in" above: «Connectez le câble
    # au dos de la télé.», «Veuillez connecter la lampe au mur.»
    (r"\bplug\s+(the|your|my|his|her|our|their|this|that)\s+(\w+)\s+into\b", r"connect \1 \2 to"),
)
PHRASES += (   # left52 (s40): a page reloaded (fix49's leftover)
    # "Reload the page and try again." → «Lisez la page…», "You need to reload the page to see the changes." → «…que
    # tu relâches la page…», "I reloaded the page three times." → «J'ai reloqué la page…» ("refresh" came out
    # «Réfléchisez»); "open the page again": «Ouvrez la page encore et essayez de nouveau.», «Vous devez ouvrir la page
    # à nouveau pour voir…», «J'ai encore ouvert la page trois fois.»
    *((rf"\b{typed}\s+((?:the|this|that|your|my)\s+(?:web\s+)?page)\b", rf"{said} \1 again")
      for typed, said in (("reload", "open"), ("reloads", "opens"), ("reloaded", "opened"), ("reloading", "opening"))),
    # left54 (s40; senses51): a phone case's colour or leather, once read "protection for the phone" (above): "I would
    # like a pink phone case." → «…une protection du pinc…», "She bought a leather phone case." → «…une protection
    # curieuse…»; "rose": «Je voudrais une protection rose pour le téléphone.» (3 of 3), "in leather" after it:
    # «Elle a acheté une protection pour le téléphone en cuir.» (4 of 4)
    # (the typed "phone case" named too: the entry above has read it by then)
    (r"\bpink(?=\s+(?:protection\s+for\s+the\s+phone|phone\s+case)\b)", "rose"),
    (r"\b((?:protection\s+for\s+the\s+phone|phone\s+case)\s+(?:is|was|isn['’]t|wasn['’]t)\s+)pink\b", r"\1rose"),
    (r"\bleather\s+(protection\s+for\s+the\s+phone|phone\s+case)\b", r"\1 in leather"),
    # vocab55 (s41), a word-frequency sweep: "I bought a wireless mouse." → «…une souris dangereuse.», "The wireless
    # keyboard is broken." → «Le clavier désuète…», "Are these headphones wireless?" → «…inutiles ?»; said "without
    # wire": «…une souris sans fil.», «Ces écouteurs sont-ils sans fil ?», «…une imprimante sans fil.» (5 of 5)
    (r"\bwireless\s+(mouse|mice|keyboards?|headphones|earphones|earbuds|printers?|speakers?|chargers?|networks?|"
     r"internet|connections?|routers?|cameras?|doorbells?)\b", r"\1 without wire"),
    (r"\b((?:is|are|was|were)\s+(?:(?:it|they)\s+|(?:(?:these|those|the|this|that|my|your|his|her|our|their)\s+)?"
     r"\w+\s+)?)wireless(?=\s*[?.!]|\s*$)", r"\1without wire"),
    # "We cancelled our streaming service." → «…service de rationalisation.», "I watch films on a streaming site." →
    # «…site de rationalisation.»; said "online video": «…notre service vidéo en ligne.», «…un site vidéo.», «Quel
    # service de vidéo utilisez-vous ?»
    (r"\b([Aa])\s+streaming\s+(service|site|platform|app)\b", r"\1n online video \2"),
    (r"\bstreaming\s+(services?|sites?|platforms?|apps?)\b", r"online video \1"),
    # upgrading a machine: "I want to upgrade my phone." → «…dégrader mon téléphone.» (the opposite), "We upgraded our
    # computer…" → «Nous avons rejoint…»; said "improve": «Je veux améliorer mon téléphone.», «Nous avons amélioré
    # notre ordinateur…», «Vous devriez améliorer le logiciel.» (not a seat upgraded to first class)
    (r"\bupgrad(e|es|ed|ing)\s+(?=(?:my|your|his|her|our|their|the|this|that|its)\s+(?:old\s+)?(?:phone|computer|"
     r"laptop|software|system|PC|tablet|app|program|browser|printer|router)s?\b)", r"improv\1 "),
)
PHRASES += (   # senses59 (s41): a device's update
    # "My phone needs an update." → «…d'une mise en place.», "The app needs an update." «…mise en place.», "There is a
    # new update for my laptop." «…un nouveau réveil…»; "a new version": «…d'une nouvelle version.» (a gadget or a
    # program in the line; not an update on a project, a meeting or the news)
    (r"^(?=.*\b(?:phones?|apps?|programs?|laptops?|computers?|software|tablets?|iPhone|Android|Windows|browser|PC|Mac|"
     r"system|device|game|console|router|printer)\b)(?!.*\bupdate\s+(?:on|about|from)\b)(.*?\b)(?:an|a\s+new)\s+"
     r"update\b", r"\1a new version"),
)
