"""A first visitor's tenses and turns (a state "had since", "reaching out", a total that "comes to", "leave by seven",
a call moved "instead", a request after a statement) that the model read in another sense.

An untargeted probe of 100 sentences a first visitor types (measure39, session 36) found them: "I have had a headache
since yesterday." came out "J'ai eu mal à la tête depuis hier." (over), "Thanks for reaching out, we have refunded…"
"Merci d'être sortis…", "The total comes to $45.60…" "Le total vient de 45,60 $…", "…we should leave home by seven."
"…partir de sept heures."; each is read as a paraphrase the model translates right ("I have a headache since":
«J'ai mal à la tête depuis hier», "thanks for your message": «Merci pour votre message», "the total is": «Le total est
de…», "before seven": «…avant sept heures»). Each was kept only where its paraphrase came out right in at least three
varied sentences and no sentence came out worse.
"""

from __future__ import annotations

from .demo import _EVENT

# a thing one has, not a time one had ("We have had a great time since we arrived." read "have a great time" came out
# «Nous avons un bon moment…», where the model had «Nous avons passé un bon moment…»)
_HAD_WHAT = (r"(?:a|an|the|this|that|these|those|no|my|your|his|her|its|our|their)\s+(?!(?:[\w-]+\s+){0,2}?(?:time|"
             r"times|fun|day|days|week|weeks|night|trip|holiday|chance|look|experience)\b)(?:[\w-]+\s+){0,2}?")
_DURATION = (r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|several|a\s+few)\s+"
             r"(?:hours?|days?|weeks?|months?|years?)\b")
_HAD_SINCE = rf"({_HAD_WHAT})(?:since\b|for(?=\s+{_DURATION}))"
_CLOCK = (r"(?=(?:\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\b\.?)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
          r"twelve|noon|midday|midnight)(?![\w:.,]*\d)(?!\s*(?:%|percent|minutes?|hours?|days?|weeks?|months?|years?|"
          r"euros?|dollars?|pounds?|people|times|per)\b))")
_ASKED = r"(?:can|could|would)"
_LEARNT_SINCE = rf"(?:since\b|for(?=\s+{_DURATION}))"
_A_GUARANTEE = r"(?=(?:a|an)\s+(?:[\w-]+\s+)?guarantee\b)"
_SOUP = r"(?:tomato|carrot|pumpkin|leek|potato|mushroom|pea|lentil|vegetable|chicken|fish|bean|spinach)"
_SIDES = r"(?:(?:a\s+|some\s+)?(?:bread|fries|chips|salad|rice|vegetables|potatoes|sauce)\b)"
_PRICE = r"(?:\bcosts?\b|\bprice\b|\beuros?\b|\bdollars?\b|\bpounds?\b|[$€£])"
_NO_AND = r"(?:(?!\band\b)[^,.!?])"                    # a character of one clause: no "and", no comma
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "I have had a headache since yesterday." → "J'ai eu mal à la tête depuis hier.", "She has had a fever since
    # Monday." → "Elle a eu de la fièvre…", "I've had my phone for three years." → "J'ai eu mon téléphone pendant
    # trois ans."; a state that lasts, in the present: «J'ai mal à la tête depuis hier», «Elle a de la fièvre depuis
    # lundi», «Nous avons cette voiture depuis 2015», «J'ai mon téléphone depuis trois ans», «Elle a un rhume depuis
    # trois jours» (a thing had with a determiner, not a count: "I have had three jobs since 2010" was over)
    (rf"\b(have|has)\s+had\s+{_HAD_SINCE}", r"\1 \2since"),
    (rf"\b(I|we|you|they)['’]ve\s+had\s+{_HAD_SINCE}", r"\1 have \2since"),
    (rf"\b(he|she|it)['’]s\s+had\s+{_HAD_SINCE}", r"\1 has \2since"),
    # "Thanks for reaching out, we have refunded your order…" → "Merci d'être sortis…", "Thank you for reaching out to
    # us." → "Merci de nous être sortis."; "thanks for your message": «Merci pour votre message, nous avons
    # remboursé…», «Merci pour votre message ! Je vais y regarder.», «Merci pour votre message.»
    (r"\b(thanks|thank\s+you)((?:\s+(?:so|very)\s+much)?)\s+for\s+reaching\s+out(?:\s+to\s+(?:us|me))?\b(?!\s+to\b)",
     r"\1\2 for your message"),
    # "The total comes to $45.60, including tax." → "Le total vient de 45,60 $…", "Your total comes to 12 pounds." →
    # "Ton total vient à 12 livres.", "The total came to 80 euros." → "Le total est venu à 80 euros."; "is"/"was":
    # «Le total est de 45,60 $…», «Le total était de 80 euros» (figures.py reads "the bill comes to" so)
    (r"\b(the|your)\s+total\s+comes\s+to(?=\s+(?:about\s+|around\s+|almost\s+|nearly\s+|over\s+)?(?:[$€£]\s?)?\d)",
     r"\1 total is"),
    (r"\b(the|your)\s+total\s+came\s+to(?=\s+(?:about\s+|around\s+|almost\s+|nearly\s+|over\s+)?(?:[$€£]\s?)?\d)",
     r"\1 total was"),
    # "…so we should leave home by seven." → "…partir de sept heures.", "You need to be there by 8 am." → "Vous devez
    # être là à 8 h.", "I have to finish by five." → "Je dois finir par cinq heures."; "before": «…partir de chez nous
    # avant sept heures», «…y être avant 8 heures», «Veuillez arriver avant neuf heures», «…finir le rapport avant cinq
    # heures», «Il rentre… avant six heures», «…de retour avant minuit» (a clock time only: "by Friday", "by
    # tomorrow" came out right, «d'ici demain»)
    (r"\b((?:(?:leave|leaves|arrive|arrives|finish|finishes)(?:\s+(?!by\b)[\w'’-]+){0,2}?)|(?:be|get|gets)\s+"
     rf"(?:there|here|back|home|ready))\s+by\s+{_CLOCK}", r"\1 before "),
    # "Could we move our call to Friday afternoon instead?" → (demo.py: "…have our call on Friday afternoon
    # instead?") "Pourrions-nous avoir notre appel vendredi après-midi ?" (instead lost); "rather": «Pourrions-nous
    # plutôt avoir notre appel vendredi après-midi ?», «Pouvons-nous plutôt avoir la réunion jeudi ?», «…plutôt avoir
    # la réunion lundi matin ?» (on a day: "at 15:00 instead" came out right, «plutôt»)
    (rf"\b({_ASKED}|shall)\s+(we|I|you)\s+have\s+((?:the|our|my|your|this|that)\s+(?:\w+\s+)?{_EVENT}\s+on\s+"
     r"[^.!?,]*?)\s+instead\b", r"\1 \2 rather have \3"),
    # a request after a statement, which the model ran into it: "The kitchen tap is leaking again, can you call a
    # plumber?" → "La cuisine fuit encore une fois, peux-tu…", "The printer… is out of paper again, could someone
    # please order…?" → "…est à nouveau sorti de papier, …"; a sentence of its own: «…n'a plus de papier. Quelqu'un
    # pourrait-il commander…», «…est encore à court de papier. Quelqu'un pourrait-il…», «…le robinet de cuisine fuit.
    # Pouvez-vous appeler un plombier ?» (a thing said of "the/my…" opening the line, "again" in it, then a question;
    # one clause: "The heating doesn't work… and it is very cold at night, can you…?" had «pouvez-vous», split
    # «Peux-tu»; "The car is dirty, can you wash it?" came out right, and split, five of seven such lines had their
    # «tu» or «vous» turned)
    *((rf"^((?:the|my|our|your|this)\s+{_NO_AND}*?\b(?:is|are|was|were|has|have|leaks)\b"
       rf"{_NO_AND}*?\bagain\b{_NO_AND}*),\s+{asked}\s+(you|someone|somebody|anyone)\b(?=[^.!?]*\?)",
       rf"\1. {asked.capitalize()} \2") for asked in ("can", "could", "would")),
    # a thing run out "again" before such a request (firstvisit38.py: "…has run out of paper again."): "The printer
    # on the second floor is out of paper again, could someone…?" → "…est à nouveau sorti de papier. …", "The printer
    # is out of paper again, can you…?" → "…est à nouveau hors de papier."; "once again" first, "no more": «Encore une
    # fois, l'imprimante du premier étage n'a plus de papier. …», «Encore une fois, l'imprimante n'a plus de papier.
    # Peux-tu en commander ?», «Encore une fois, nous n'avons plus de lait. Peux-tu en acheter ?»
    (r"^the\s+([^.!?]*?)\s+has\s+run\s+out\s+of\s+([\w-]+)\s+again(?=\.\s)", r"once again, the \1 has no more \2"),
    (r"^we\s+have\s+run\s+out\s+of\s+([\w-]+)\s+again(?=\.\s)", r"once again, we have no more \1"),
    # "The kitchen tap is leaking again…" (errands.py: "…tap leaks again…") → "La cuisine fuit à nouveau." (the tap
    # lost, split or not); "once again" first: «Encore une fois, le robinet de cuisine fuit.» (twice), «Encore une
    # fois, le robinet fuit et…» (the kitchen's: "Once again, the bathroom tap leaks." came out «…la salle de bain
    # fuit»)
    (r"^the\s+kitchen\s+tap\s+leaks\s+again\b", "once again, the kitchen tap leaks"),
    # "The train to Brussels leaves from platform 6 at 8:45, please be there at least ten minutes before departure." →
    # "…s'il vous plaît, y a au moins dix minutes avant de départ."; a sentence of its own, "Please arrive": «…8 h 45.
    # Veuillez arriver au moins dix minutes avant le départ.» (after a departure or an opening said first)
    (r"^(?!(?:if|when|whenever|once|after|before|as|unless|since|because|while)\b)([^,!?]*\b(?:leaves|starts|begins|"
     r"opens|departs)\b[^,!?]*),\s+please\s+be\s+there\b", r"\1. Please arrive"),
    # "The train to Brussels leaves…" → "Le train à Bruxels part…"; "for": «Le train pour Bruxelles part…», «Nous
    # avons pris le train pour Paris» (a place's name, before "leaves": "The train to Lyon is on track 3." is left as
    # typed; not a bus: "The bus to London departs from stop B." read so came out «…part du B», the stop lost)
    (r"\btrain\s+to\s+(?=(?-i:[A-Z])[a-z]+\s+(?:leaves|departs)\b)", "train for "),
    # "I recieved the wrong color, I ordered blue not green." → "…j'ai commandé le bleu." ("not green" lost), "…I
    # ordered a medium not a large." → "…une moyenne."; a comma: «…j'ai commandé le bleu, pas vert», «J'ai commandé un
    # petit, pas un grand», «Elle a demandé du thé, pas du café», «J'ai commandé le rouge, pas le bleu»
    (r"\b((?:ordered|wanted|asked\s+for|chose|booked)\s+(?!(?:it|them|this|that|him|her)\b)(?:(?:a|an|the)\s+)?"
     r"[\w-]+(?:\s+one)?)\s+not\s+(?=(?:(?:a|an|the)\s+)?[\w-]+(?:\s+one)?\s*(?:[.!?]|$))", r"\1, not "),
    # "…could you send me the updated budget before Thursday?" → "…le budget précédent…" (the old one); "new":
    # «…le nouveau budget…», «…le nouveau rapport…», «…la nouvelle liste…» (a document's: not "the updated app")
    (r"\b(the|your|my|our|this)\s+updated\s+(?=(?:budget|report|list|version|file|document|plan|figures|contract|"
     r"draft|invoice|menu|agenda|presentation|slides|price\s+list)\b)", r"\1 new "),
    # "She has been learning Spanish for two years because she wants to move to Madrid…" → "Elle a appris l'espagnol
    # depuis deux ans parce que…" (short, it came out right); in the present with "since": «J'apprends le français
    # depuis six mois parce que…», «Il apprend le piano depuis janvier et il joue déjà très bien», «Elle apprend
    # l'espagnol depuis deux ans parce qu'elle veut…», «Ils apprennent le japonais depuis l'année dernière» (a subject
    # and one thing learnt: not "learning to drive", "learning a lot")
    (rf"\b(I|you|we|they)(?:\s+have|['’]ve)\s+been\s+learning\s+((?:the\s+)?[\w-]+)\s+{_LEARNT_SINCE}",
     r"\1 learn \2 since"),
    (rf"\b(he|she)(?:\s+has|['’]s)\s+been\s+learning\s+((?:the\s+)?[\w-]+)\s+{_LEARNT_SINCE}",
     r"\1 learns \2 since"),
    # "…and we are planning a big party." → "…un grand parti." (a political party); "a big celebration": «…nous
    # prévoyons une grande célébration», «Nous avons eu une grande célébration…», «Ils ont organisé une grande
    # célébration pour son anniversaire» (not one organised: events.py reads "threw a big party" "organized a big
    # party", which came out right, «une grande fête»; nor a surprise party: «une fête surprise» came out right)
    (r"^(?!.*\borgani[sz]\w*\s)(.*?)\b(a|our|their|the|this)\s+big\s+party\b", r"\1\2 big celebration"),
    # "This phone has a bright screen, a long battery life and…" → "…une vie brillante, une longue batterie…", (the
    # screen read) "…un écran brillant, une longue vie et…" (the battery lost); "a battery that lasts long": «…un écran
    # brillant, une batterie qui dure longtemps et…», «Le nouveau modèle a une batterie qui dure longtemps», «Je veux
    # un téléphone avec une batterie qui dure longtemps»
    (r"\ba\s+long\s+battery\s+life\b", "a battery that lasts long"),
    # "…we have refunded your order and you should see the money within five business days." → "…remboursé votre
    # ordre… dans cinq jours d'affaires."; "purchase", "working days": «…remboursé votre achat et vous devriez voir
    # l'argent dans cinq jours de travail» (split or not), «Nous avons remboursé votre achat», «L'argent arrivera dans
    # cinq jours de travail», «Vous le recevrez dans trois jours de travail»
    (r"\b(refunded|refund|refunding)\s+(your|the|my|our|his|her|their)\s+order\b", r"\1 \2 purchase"),
    (r"\bbusiness\s+days\b", "working days"),
    # "This wooden chair is comfortable, easy to assemble and comes with a two-year guarantee." → "…facile à assembler
    # et à présenter une garantie…" (drawn into the list); "The laptop comes with a one-year warranty." → "…vient d'une
    # garantie…"; "includes", the list's end a sentence of its own: «…confortable et facile à assembler. Cela comprend
    # une garantie de deux ans», «La chaise comprend une garantie de deux ans», «Le portable comprend une garantie d'un
    # an», «Chaque vélo comprend une garantie de trois ans» (orders.py reads "warranty" as "guarantee")
    (rf",\s+(easy\s+to\s+[\w-]+)\s+and\s+comes\s+with\s+{_A_GUARANTEE}", r" and \1. It includes "),
    (rf"\b(?:comes|come)\s+with\s+{_A_GUARANTEE}", "includes "),
    # "This jacket costs 89 euros but it is on sale today." → "…mais elle est en vente aujourd'hui." (for sale);
    # the day first, "less expensive": «…mais aujourd'hui, c'est moins cher», «…mais c'est aujourd'hui moins cher»
    # ("…but it is cheaper today." came out «…plus cher…»: the opposite), «Ces chaussures sont moins chères cette
    # semaine» (a price said before it: "Tickets are on sale now" are to be had)
    (rf"^(?=.*{_PRICE}.*\bon\s+sale\b)(.*?)\b(it|they)\s+(is|are)\s+on\s+sale\s+(today|this\s+week|now)\b",
     r"\1\4 \2 \3 less expensive"),
    # "If you have any questions, please do not hesitate to contact our support team." → "…, s'il vous plaît,
    # n'hésitez pas…"; without "please": «Si vous avez des questions, n'hésitez pas à contacter…», «N'hésitez pas à
    # m'appeler si…», «Si vous avez besoin d'aide, n'hésitez pas à demander» ("Please do not hesitate to call me."
    # came out «Veuillez ne pas hésiter…»)
    (r"\bplease\s+(do\s+not|don['’]t)\s+hesitate\b", r"\1 hesitate"),
    # "…and drivers are advised to avoid the main roads…" → "…sont conseillés d'éviter…", "Residents are advised to
    # stay at home." → "…sont conseillés de rester…"; "should": «…les conducteurs devraient éviter les routes
    # principales…», «Les résidents devraient rester à la maison», «Les passengers devraient arriver…»
    (r"\b(?:are|is)\s+(?:strongly\s+)?advised\s+to\b", "should"),
    # "The hotel is close to the beach and breakfast is included in the price." → "…et du petit-déjeuner est
    # inclus…", "The room is big and breakfast is included." → "…est incluse."; "the breakfast": «…et le petit
    # déjeuner est inclus dans le prix», «La pièce est grande et le petit-déjeuner est inclus», «…mais le
    # petit-déjeuner est inclus»
    (r"\b(and|but)\s+breakfast\s+(is|was)\s+included\b", r"\1 the breakfast \2 included"),
    # "I'm worried about my math exam on Tuesday because I didn't have enough time…" → "…au sujet de mon examen mardi
    # parce que…" (math lost); "math test": «…au sujet de mon examen de mathématique mardi parce que…», «Il a échoué à
    # son examen de mathématique», «Nous avons un test de mathématique vendredi» (short, "math exam" came out right;
    # not "maths exam", «un examen de maths» as school.py leaves it)
    (r"\bmath\s+exam(s?)\b", r"math test\1"),
    # "The soup of the day is tomato with fresh basil…" → "…est de tomato avec…", "The soup of the day is carrot." →
    # "…est tapis."; "a tomato soup": «…est une soupe de tomates avec du basilic frais», «…est une soupe de carottes»
    (rf"\b(soup\s+of\s+the\s+day\s+is)\s+({_SOUP})(?:\s+soup)?\b", r"\1 a \2 soup"),
    # "…, and it comes with bread and a small green salad." → "…et c'est une petite salade et une petite salade.", "The
    # steak comes with fries and a salad." → "Le steak vient des frites…"; "includes", a sentence of its own after a
    # comma: «…basilic frais. Il inclut le pain et une petite salade», «Le steak comprend des frites et une salade»,
    # «J'ai acheté un nouveau téléphone. Cela comprend un chargeur» (a side dish; not a drink: "The menu costs 15 euros
    # and it includes a drink…" came out «Les hommes coûtent…»)
    (rf",\s+and\s+it\s+comes\s+with\s+(?={_SIDES}|(?:a|an)\s+(?:[\w-]+\s+)?(?:charger|cable|case|manual|guarantee)\b)",
     ". It includes "),
    (rf"\b(?:comes|come)\s+with\s+(?={_SIDES})", "includes "),
)
