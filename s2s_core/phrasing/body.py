"""Phrases of describing people and the body (looks, the hairdresser, the gym, small aches and injuries, character)
read in words the model knows.

The model learnt its English from Tatoeba and the Hansards, where "a bruise", "a stiff neck" or "easy-going" are rare:
"I've got a bruise on my leg." came out "J'ai un bruit à la jambe.", "I have a stiff neck." "J'ai un colou.", "My dad
is very easy-going." "Mon père est très facile.". Each phrase below is read as a paraphrase the model translates right
("a blue mark": "une marque bleue", "a pain in the neck": "une douleur dans le cou", "relaxed": "détendu"), only in
the frame where it speaks of a person; each was kept only where no sentence of the corpus that it matched came out
worse.
"""

from __future__ import annotations

from .common import BE, POSSESSIVE

# one's family, whom one takes after ("I take after my grandmother", not "take after-tax income")
_KIN = (r"(?:father|mother|dad|mum|mom|grandmother|grandfather|grandma|grandpa|granny|gran|parents|uncle|aunt|"
        r"brother|sister)")
# the kin taken after, not one who does something ("the road we take after my sister leaves", "after my mother's
# visit")
_KIN_END = (r"\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|and|but|more|a\s+lot|completely|though|too|with|when|because|"
            r"than|on|so|really)\b)")
# a thing that is moody or outgoing: a film, the light, the tide, an outgoing mayor ("The film is moody and dark",
# "The tide is outgoing")
_NOT_A_PERSON = (r"^(?!.*\b(?:films?|movies?|music|songs?|albums?|lighting|lights?|sky|skies|photos?|pictures?|"
                 r"paintings?|atmosphere|weather|scenes?|sound|tones?|colou?rs?|landscapes?|sea|tides?|mail|calls?|"
                 r"messages?|traffic|flights?|trains?|government|president|minister|mayor|chair|board|council|"
                 r"administration|officials?|markets?|prices?|stocks?)\b)(.*?)")
# a way, not a person ("an easy-going sense of humour", "a laid-back style")
_NOT_A_WAY = (r"(?!\s+(?:sense|nature|manner|attitude|style|pace|approach|atmosphere|way|ways|charm|humou?r|"
              r"personality|temperament|character|life|lifestyle|vibe|feel|mood|tone)\b)")
# a word that makes "moody", "outgoing" or "laid back" a person's way ("very moody", "a bit outgoing")
_RATHER = r"((?:\s+(?:very|so|really|quite|rather|a\s+bit|a\s+little|always|often|sometimes|too|pretty|extremely))*)"
# a person's mood or way, not a film's or a light's ("moody lighting", "the outgoing government"): the clause ends or
# a time, a cause or another clause follows
_WAY_END = (r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|about|in\s+the\s+(?:morning|mornings|evening|evenings)|today|lately|"
            r"recently|these\s+days|at\s+the\s+moment|when|because|with|sometimes|at\s+times|person|people|girl|"
            r"boy|man|woman|guy|kid|child|teenager)\b)")
# a form of "be", its subject after it in a question ("Why are you so moody?")
_BE_WHO = rf"{BE}(?:\s+(?:I|you|he|she|we|they))?"
# one who is bossy, with the "is" after ("he's", "my little sister is"; not "you")
_BOSSY_WHO = rf"\b((?:he|she)|{POSSESSIVE}(?:\s+\w+){{1,2}})(?:['’]s|\s+is)"
# a part of the body hurt, broken or cut while doing something ("broke his arm skiing")
_PART = (r"(?:arm|arms|leg|legs|ankle|ankles|knee|knees|wrist|hand|hands|finger|fingers|thumb|foot|feet|toe|"
         r"toes|head|neck|shoulder|hip|elbow|nose|face|lip|chin)")
_SELF = r"(?:myself|yourself|himself|herself|ourselves|themselves)"
# what was being done ("skiing", "lifting the box"), not a noun in -ing ("during", "this morning", "the ceiling")
_DOING = (r"(?!(?:during|morning|evening|ceiling|building|something|nothing|anything|everything|thing|king|ring|"
          r"spring|string|bring|sibling|wedding|pudding|clothing|bedding|railing|lightning|sling|swing|bleeding|"
          r"landing|ending|feeling|painting|meeting|being)\b)[a-z]{3,}ing\b")

PHRASES = (   # looks, the hairdresser, the gym, aches and character: (the phrase; its paraphrase), as in orders.py
    # "Everyone says I take after my grandmother." → "…je prends après ma grand-mère.", "I think he takes after his
    # dad." → "…il prend après son papa."; said "resemble" ("…je ressemble à ma grand-mère.")
    (rf"\btake\s+after\s+(?=(?:{POSSESSIVE})\s+{_KIN}{_KIN_END})", "resemble "),
    (rf"\btakes\s+after\s+(?=(?:{POSSESSIVE})\s+{_KIN}{_KIN_END})", "resembles "),
    # "He's doing a fitness class tonight." → "Il fait un cours de bonté ce soir."; "sports class": "cours de sport"
    (r"\bfitness\s+class(es)?\b", r"sports class\1"),
    # "I have a stiff neck." → "J'ai un colou."; "a pain in the neck": "une douleur dans le cou"
    # (one who has it: "A stiff neck can last for days" came out "Une douleur dans le couloir…")
    (r"(?<=\b(?:have|with)\s)a\s+stiff\s+neck\b", "a pain in the neck"),
    (r"(?<=\b(?:has|had|got)\s)a\s+stiff\s+neck\b", "a pain in the neck"),
    # "I've got a bruise on my leg." → "J'ai un bruit à la jambe.", "…a big bruise on his leg." → "…un gros bruit…";
    # said "a blue mark" ("une marque bleue", "une grande marque bleue")
    # not after a bare "got" ("He got a bruise on his arm." came out right: "Il a eu un bleu…")
    (r"(?:(?<!\bgot\s)|(?<=['’]ve\sgot\s)|(?<=['’]s\sgot\s)|(?<=have\sgot\s)|(?<=has\sgot\s))"
     r"\ba\s+((?:big|small|little|large|huge)\s+)?bruise\b(?![sd-])", r"a \1blue mark"),
    # "I pulled a muscle at the gym." → "J'ai tiré un muscle à la gym."; said "injured" ("J'ai blessé un muscle…")
    (r"\bpulled\s+a\s+muscle\b", "injured a muscle"),
    # "I have cramp in my leg." → "J'ai mal à la jambe.", "I often get cramp at night." → "Je deviens souvent marre…";
    # said "a cramp" ("J'ai une crampe à la jambe.")
    (r"\b(have|has|had|got|get|gets|getting)\s+cramp\b(?![s-])", r"\1 a cramp"),
    # "He fell off his bike and grazed his knee." → "…s'est attrapé le genou.", "She scraped her knee." → "Elle a
    # genouillé son genou."; said "hurt" ("…s'est blessé le genou.")
    (rf"\b(?:grazed|scraped)\s+({POSSESSIVE})\s+(?=(?:knees?|hands?|legs?|arms?|chin)\b)", r"hurt \1 "),
    # "My dad is very easy-going." → "Mon père est très facile.", "He's very laid-back." → "Il est très licencieux.";
    # said "relaxed" ("Mon père est très détendu.")
    # (not "easygoing", which came out right: "Je suis très facile à vivre.")
    # a person, not a sense of humour ("a man with an easy-going sense of humour" came out "…un sens de l'humour")
    (rf"\ban\s+easy-going\b{_NOT_A_WAY}", "a relaxed"), (rf"\beasy-going\b{_NOT_A_WAY}", "relaxed"),
    (rf"\blaid-back\b{_NOT_A_WAY}", "relaxed"),
    (rf"\b({BE}){_RATHER}\s+(?:laid\s+back|easy\s+going)\b{_WAY_END}", r"\1\2 relaxed"),
    # "He's moody in the mornings." → "Il est d'humeur dans les matins.", "Why are you so moody today?" → "…si
    # d'humeur…"; said "in a bad mood" ("Il est de mauvaise humeur le matin."); a person, not "moody lighting"
    (rf"{_NOT_A_PERSON}\b({_BE_WHO})\s+so\s+moody\b{_WAY_END}", r"\1\2 in such a bad mood"),
    (rf"{_NOT_A_PERSON}\b({_BE_WHO})\s+very\s+moody\b{_WAY_END}", r"\1\2 in a very bad mood"),
    (rf"{_NOT_A_PERSON}\b({_BE_WHO}){_RATHER}\s+moody\b{_WAY_END}", r"\1\2\3 in a bad mood"),
    # "She's a bit nosy." → "Elle est un peu nez."; said "curious" ("Elle est un peu curieuse.")
    (r"\bnos(?:e)?y\b(?!\s+(?:Be|Parker)\b)", "curious"),
    # "She's quite outgoing." → "Elle est tout à fait expécutante."; said "extroverted" ("…extravertie"); a person,
    # not an outgoing government, mayor or call
    (rf"{_NOT_A_PERSON}\b({BE}){_RATHER}\s+outgoing\b{_WAY_END}", r"\1\2\3 extroverted"),
    # "She's very down-to-earth." → "Elle est très au-dessous."; said "has both feet on the ground" ("Elle a les deux
    # pieds sur terre."); at the line's end ("…is down-to-earth and kind" would read "…has both feet… and kind")
    *((rf"{_NOT_A_PERSON}{be}(?:\s+(?:very|really|quite|so|pretty|extremely))*\s+down[\s-]to[\s-]earth"
       r"(?=\s*(?:[.;:!?)]|$))", rf"\1 {have} both feet on the ground")
      for be, have in ((r"(?:['’]s|\s+is)", "has"), (r"(?:['’]m|\s+am|['’]re|\s+are)", "have"),
                       (r"\s+(?:was|were)", "had"))),
    # "My sister is so bossy." → "Ma sœur est si patronne.", "He's a bit bossy." → "Il est un peu patron."; said
    # "likes to give orders" ("Ma sœur aime vraiment donner des ordres."); at the line's end ("bossy but kind" would
    # read "likes to give orders but kind"); not "you" ("You're bossy." came out right: "Tu es autoritaire.")
    (rf"{_BOSSY_WHO}\s+(?:so|very|really|too)\s+bossy(?=\s*(?:[.!?;]|$))",
     r"\1 really likes to give orders"),
    (rf"{_BOSSY_WHO}(?:\s+(?:a\s+bit|a\s+little|quite|rather))?\s+bossy"
     r"(?=\s*(?:[.!?;]|$))", r"\1 likes to give orders"),
    # "He's a bit of a know-it-all." → "Il est un peu au savoir.", "He's a know-it-all." → "C'est un séjour."; said
    # "thinks he knows everything" ("Il pense qu'il sait tout.")
    *((rf"\b{who}(?:['’]s|\s+is)\s+(?:a\s+bit\s+of\s+|such\s+|a\s+real\s+)?an?\s+know[\s-]it[\s-]all\b",
       f"{who} thinks {who} knows everything") for who in ("he", "she")),
    # "He has a short temper." → "Il a un petit températ."; said "gets angry easily" ("Il se met facilement en
    # colère.")
    (r"(?:['’]s\s+got|\s+has(?:\s+got)?)\s+(?:a\s+)?(?:very\s+)?(?:short|quick|hot)\s+temper\b", " gets angry easily"),
    (r"(?:['’]ve\s+got|\s+have(?:\s+got)?)\s+(?:a\s+)?(?:very\s+)?(?:short|quick|hot)\s+temper\b", " get angry easily"),
    # "I slept badly and now my back hurts." → "J'ai gravement dormi…"; said "didn't sleep well" ("Je n'ai pas bien
    # dormi…")
    (r"\b(I|you|he|she|we|they)\s+slept\s+badly\b", r"\1 didn't sleep well"),
    # "He broke his arm skiing." → "Il s'est cassé le ski du bras.", "He cut himself shaving." → "Il s'est coupé de
    # raser."; said "while" ("Il s'est cassé le bras en skiant.", "Il s'est coupé en se rasant.")
    # what was done said in a few words ("I burnt my fingers taking the tray out of the oven" came out "…en emmenant
    # le piège.", worse than it was)
    (rf"\b((?:hurt|injured|broke|cut|sprained|twisted|burnt|burned|bruised)\s+(?:{POSSESSIVE}\s+{_PART}|{_SELF}))"
     rf"\s+(?={_DOING}(?:\s+[\w'’-]+){{0,3}}\s*(?:[.,;:!?)]|$))", r"\1 while "),
    # "She is of medium height." → "Elle est de moyennes tailles."; "of average height": "de taille moyenne"
    (r"\bof\s+medium\s+height\b", "of average height"),
    # "I think my new haircut is too short." → "…mon nouveau coup de cheveux…"; said "hairstyle" ("coiffure")
    (r"\bnew\s+haircut(s?)\b", r"new hairstyle\1"),
    # "I'm so out of breath." → "Je suis tellement hors de souffle."; "short of breath": "à court de souffle"
    (rf"\b({BE}|feel|feels|felt|feeling|arrived|get|got|getting){_RATHER}\s+out\s+of\s+breath\b",
     r"\1\2 short of breath"),
    # "Do you have a plaster?" → "Disposez-vous d'un assiette ?"; said "a bandage" ("Avez-vous un bandage ?"); a
    # wound's, not a wall's or a cast
    (r"\b(have|need|got|get|give\s+me|put)\s+a\s+plaster\b(?!\s+(?:cast|wall|ceiling|statue|model|mou?ld|saint|"
     r"figure|bust|of|on\s+the\s+(?:wall|ceiling))\b)", r"\1 a bandage"),
    # demo31 (s31): "My back is killing me." → "Mon dos me tue.", "My feet are killing me after that walk." → "Mes pieds
    # me tuent…", "My head is killing me." → "Ma tête me tue."; "hurts a lot": "Mon dos me fait beaucoup mal." (a part
    # of the body only: "This job is killing me" is left as typed)
    (r"\b((?:my|your|his|her|our|their)\s+(?:back|head|neck|stomach|throat|tooth|knee|shoulder|leg|arm|foot|hand|ear|"
     r"eye))(?:['’]s|\s+is)\s+killing\s+(?:me|you|him|her|us|them)\b", r"\1 hurts a lot"),
    (r"\b((?:my|your|his|her|our|their)\s+(?:feet|legs|knees|shoulders|arms|hands|eyes|ears|teeth))\s+are\s+killing"
     r"\s+(?:me|you|him|her|us|them)\b", r"\1 hurt a lot"),
    # a sore part of the body: "My back is sore." → «Mon dos est mal.», "My legs are sore after the run." «Mes
    # jambes sont bourrées…», "His feet were sore after the hike." «…étaient doigts…», "My throat is sore." «Ma
    # gorge est ma gorge.»; "hurts": «Mon dos me fait mal.», «Mes jambes me font mal…», «Ma gorge me fait mal.» (3 of
    # 4; the feet «Ses pieds se font mal…», still better); not "a sore throat", nor "really sore" ("My arms are
    # really sore today." had «Mes bras me font vraiment mal…», read "hurt" it lost «vraiment»)
    (r"\b((?:my|his|her|your|our|their|the)\s+(?:back|neck|throat|head|stomach|foot|knee|arm|leg|hand|wrist|ankle|"
     r"shoulder|eye|finger|thumb|toe))\s+is\s+sore\b", r"\1 hurts"),
    (r"\b((?:my|his|her|your|our|their|the)\s+(?:back|neck|throat|head|stomach|foot|knee|arm|leg|hand|wrist|ankle|"
     r"shoulder|eye|finger|thumb|toe)s?|(?:my|his|her|your|our|their|the)\s+feet)\s+(?:are|were|was)\s+sore\b",
     r"\1 hurt"),
    # no glasses on: "He cannot drive without glasses." → «…sans verre.», "My mother can't read the menu without
    # glasses." «…sans verre.» (3 of 3, and measure48's newspaper); "without wearing glasses": «sans porter de
    # lunettes» (4 of 4; "without his glasses" came out «sans ses lunettes», but whose is not always said)
    (r"\bwithout\s+glasses\b(?!\s+(?:of|or\s+(?:cups|plates|bowls))\b)", r"without wearing glasses"),
    # senses49 (s39): "She has fair hair and blue eyes." → "Elle a les cheveux et les yeux bleus." (fair lost), "He has
    # fair hair." → "Il a les cheveux justes."; "blond": «Elle a les cheveux blonds et les yeux bleus.»
    (r"\bfair(?=[\s-]+hair(?:ed)?\b)", "blond"),
    # limping (fix54, s40, measure53): "My dog has been limping since yesterday." → «…est en train de s'épanouir…»
    # (flourishing), "She was limping after the match." «…de s'épanouir…», "Why is he limping?" «Pourquoi lève-t-il
    # ?», "The horse is limping…" «Le cheval se lève…»; "difficulty walking": «Mon chien a eu du mal à marcher depuis
    # hier.», «Elle a eu des difficultés à marcher…», «Pourquoi a-t-il du mal à marcher ?», «Le cheval a du mal à
    # marcher.», "the cat walking with difficulty" «…le chat marchait avec difficulté…» (each form 1-2 of 1-2, 5 of
    # 5 in all); any subject, tense or question (not "limp" the adjective: a limp handshake)
    (r"\b(has|have|['’]s|['’]ve)\s+been\s+limping\b", r"\1 had difficulty walking"),
    (r"\bis\s+((?:he|she|it|the\s+\w+|your\s+\w+|my\s+\w+|his\s+\w+|her\s+\w+))\s+limping\b",
     r"does \1 have difficulty walking"),
    (r"\bare\s+((?:you|they|we|the\s+\w+|your\s+\w+|my\s+\w+|his\s+\w+|her\s+\w+))\s+limping\b",
     r"do \1 have difficulty walking"),
    (r"(?:\s+is|['’]s)\s+limping\b", " has difficulty walking"),       # "He's": not «Hehas»
    (r"(?:\s+are|['’]re)\s+limping\b", " have difficulty walking"),
    (r"(?:\s+am|['’]m)\s+limping\b", " have difficulty walking"),
    (r"\b(?:was|were)\s+limping\b", "had difficulty walking"),
    (r"\blimps\b(?!\s+(?:and|or)\s+\w+s\b)", "has difficulty walking"),
    (r"\blimped\b", "walked with difficulty"),
    (r"\blimping\b", "walking with difficulty"),
)
PHRASES += (   # senses59 (s41): a spot on the skin
    # "I have a spot on my nose." → «J'ai une place dans le nez.», "She has a spot on her chin." «…une place sur son
    # menton.», "He has spots on his face." «…des repas…»; "button" (a pimple's French word): «J'ai un bouton sur le
    # nez.» (a spot on a part of the face or the back, not a spot on a map or a table)
    (r"\bspot(s?)(?=\s+on\s+(?:my|your|his|her|their|our|the)\s+(?:nose|chin|forehead|face|cheeks?|back|neck|lips?|"
     r"skin|shoulders?)\b)", r"button\1"),
)
PHRASES += (   # leftvocab60 (s41): vocab55's leftover "pee"
    # "The dog needs to pee." → «…besoin de pêcher.», "I need to pee before we leave." «…de faire du piège…», "The
    # child needs to pee." «…besoin de poire.»; said "go to the toilet": «…besoin d'aller aux toilettes.» (the need
    # only: "Can I pee here?" is left as typed)
    (r"\b(need|needs|needed|have|has|had|want|wants|wanted)\s+to\s+pee\b", r"\1 to go to the toilet"),
)
