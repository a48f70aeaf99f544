"""Phrases of pets, the vet, farm and zoo animals and the garden that the model had read as another meaning.

Tatoeba and the Hansards speak of veterans, shelters for the homeless and shots fired more than of a puppy's shots or
the animal shelter, so "Has the puppy had all his shots?" came out "…tous ses coups ?" and "The goldfish died." "L'or
est mort."; a plain paraphrase came out right ("all his vaccines": "tous ses vaccins", "the red fish": "le poisson
rouge"). Each was kept only where its paraphrase came out right in at least two sentences and no corpus line came
out worse.
"""

from __future__ import annotations

from .common import BE

# a line about a pet: what is said of a shelter, shots or a collar there is the animal's
_PET = r"\b(?:dogs?|cats?|pupp(?:y|ies)|kittens?|pets?|little\s+cats?|young\s+cats?)\b"
_PET_LINE = rf"^(?=.*{_PET})"
# a shelter for people too: "The homeless man slept in a shelter with his dog." had become "…un refuge animal…"
_PEOPLE_SHELTER = r"(?!.*\b(?:homeless|slept|sleeps?|sleeping|refugees?|families|women|rain|storm|bombs?)\b)"
# a garden's work: the grass or a hedge cut, the lawn mowed
_GARDEN_DONE = (("cutting", "cut"), ("mowing", "mowed"))   # not "watering": "need watering" came out right
_GROWN = (r"(?:vegetables|tomatoes|potatoes|carrots|beans|peas|onions|lettuces?|salad|strawberries|raspberries|"
          r"fruit|flowers|roses|tulips|sunflowers|pumpkins|courgettes|zucchinis?|peppers|cucumbers)\b")
_BLOOMS = (r"roses?|trees?|tulips?|plants?|bushe?s?|lilacs?|daffodils?|orchids?|lilies|lily|magnolias?|cherr(?:y|ies)|"
           r"camellias?|peonies|peony|geraniums?|hydrangeas?|shrubs?|cactus|apple\s+trees?")
# a houseplant's line, not a factory's
_NOT_FACTORY = (r"^(?!.*\b(?:factor(?:y|ies)|workers?|employees|staff|jobs|chemical|nuclear|power|steel|production|"
                r"manufactur\w*|shut|closed?|closing|strike|bottling|treatment|plant['’]s|"
                # a factory's trade: "The plant is dying because of foreign competition." had come out "La plante
                # verte meurt…" (as typed "L'usine…")
                r"competition|invest\w*|company|industry|owners?|unions?|layoffs|output|market|economy)\b)")
_A_PLANT = r"(the|my|your|our|this|that|his|her)"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "We need to take the dog to the vet." → "…à l'ancien." (chat reads "vet" as "veterinarian" first), "I booked an
    # appointment at the vet for Tuesday." → "…à l'ancien combattant…"; "the veterinary clinic": "la clinique
    # vétérinaire"; not one who works there ("She works at the veterinary clinic" came out "…la clinique ancien")
    (r"(?<!\bworks\s)(?<!\bworked\s)(?<!\bworking\s)(?<!\bwork\s)\b(to|at)\s+the\s+veterinarian(?:['’]s)?\b",
     r"\1 the veterinary clinic"),
    # "The vet gave him some tablets." → "L'ancien combattant lui donna…", "The vet said he's perfectly healthy." →
    # "L'ancien vétérinaire a dit…"; "the doctor for animals": "le médecin pour les animaux" (as the opening subject)
    (r"^the\s+veterinarian\b(?![’'-])(?=\s+(?:said|says|gave|gives|told|tells|thinks|thought|checked|examined|"
     r"will|would|can|could|has|had|prescribed|recommended)\b)", "the doctor for animals"),   # not "is open"
    # the vet who found or wanted something, opening the sentence or a clause after its link (long44, s38): "The vet
    # found a small cut on the dog's paw." → «L'ancien vétérinaire a trouvé…», "…stopped eating, and the vet found
    # that she had a bad tooth…" → «…et l'ancien vétérinaire a constaté…», "The horse had a fever, and the vet wanted
    # to see him again…" → «…et l'ancien vétérinaire voulaient le revoir…» (a former vet); read "the doctor for
    # animals", «le médecin pour les animaux a trouvé…», «…et le médecin des animaux a constaté…»; not where it came
    # out right ("the vet looked at", "explained", "saw", "noticed": «le vétérinaire regardait…»)
    (r"(?:^|(?<=\band\s)|(?<=\bbut\s)|(?<=\bso\s)|(?<=\bwhen\s)|(?<=\bbecause\s)|(?<=\bthen\s))the\s+veterinarian\b"
     r"(?![’'-])(?=\s+(?:found|finds|wanted|wants)\b)", "the doctor for animals"),
    # "Can I pet your dog?" → "Puis-je prendre votre chien ?"; "touch": "Puis-je toucher votre chien ?"
    (r"\b(can|may|could)\s+(I|we|you)\s+pet\s+(?=(?:your|the|his|her|their|this|that)\s+(?:dogs?|cats?|pupp(?:y|ies)|"
     r"kittens?|little\s+cats?|young\s+cats?|rabbits?|horses?)\b)", r"\1 \2 touch "),
    # "Our dog is up to date with his vaccinations." → "…est jusqu'à présent avec ses vaccins."; "has all his
    # vaccines": "a tous ses vaccins" (a pet's: "She is up to date with her vaccinations" came out right)
    (rf"{_PET_LINE}(.*?)\b(?:is|['’]s)\s+up\s+to\s+date\s+with\s+(his|her|its|their)\s+(?:vaccinations|vaccines|"
     r"shots|jabs)\b", r"\1has all \2 vaccines"),
    # "Has the puppy had all his shots?" → "…tous ses coups ?"; "vaccines": "vaccins" (a pet's line only)
    # not shots taken or fired ("The photographer took all his shots of the dog…" had become "…tous ses vaccins…")
    (rf"{_PET_LINE}(?!.*\b(?:took|take|takes|taking|taken|fired|missed|photos?|photographer|camera|hunter)\b)(.*?)"
     r"\b(his|her|its|their|all)\s+(?:shots|jabs)\b(?!\s+(?:of|at)\b)", r"\1\2 vaccines"),   # not "scared by the shots"
    # "We adopted a dog from the shelter last year." → "…du logement…", "The shelter has lots of dogs…" → "Le
    # logement…"; "the animal refuge": "le refuge animal" (a pet's line only; "animal shelter" is read in people)
    # (one the animal comes from or is taken to, or the opening subject: not "They built a shelter for the dogs")
    (rf"{_PET_LINE}{_PEOPLE_SHELTER}(.*?)\b(from|at|to|in)\s+a\s+shelter\b", r"\1\2 an animal refuge"),
    (rf"{_PET_LINE}{_PEOPLE_SHELTER}(.*?)\b(from|at|to|in)\s+(the|our|their|a\s+local|the\s+local)\s+shelter\b",
     r"\1\2 \3 animal refuge"),
    (rf"^(the|our)\s+shelter\b(?=.*{_PET})", r"\1 animal refuge"),
    # "Please keep your dog on a lead." → "…en plomb.", "Dogs must be kept on a leash…" → "…gardés dans le parc."
    # (leash lost); "attached": "attaché"
    (r"\b(keep|keeps)\s+((?:your|the|their|his|her|our|my)\s+)?(dogs?|pupp(?:y|ies))\s+on\s+(?:a\s+|the\s+)?"
     r"(?:lead|leash)(?:es)?\b", r"\1 \2\3 attached"),
    (r"\b(must|should|have\s+to|has\s+to)\s+be\s+kept\s+on\s+(?:a\s+|the\s+)?(?:lead|leash)(?:es)?\b",
     r"\1 be attached"),
    # "No dogs allowed." → "Aucun chien n'a autorisé." ("has allowed"); "Dogs are not allowed.": "…ne sont pas
    # autorisés."
    (r"^no\s+(dogs|cats|animals)\s+allowed\b", r"\1 are not allowed"),
    # "The dog is shedding a lot this spring." → "Le chien est beaucoup en train de faire…"; "losing a lot of hair":
    # "perd beaucoup de cheveux"
    (rf"{_PET_LINE}(.*?)\b({BE})\s+shedding\s+a\s+lot\b", r"\1\2 losing a lot of hair"),
    (rf"{_PET_LINE}(.*?)\b({BE})\s+shedding\b(?!\s+(?:\w+\s+)?(?:jobs|light|tears|weight|pounds|kilos|skin)\b)",
     r"\1\2 losing hair"),
    # "The dog wags his tail when he's happy." → "Le chien agit sa queue…"; "moves": "bouge sa queue" (not "wagging":
    # "…, wagging its tail" had come out right, "agitant sa queue", and "is moving his tail" came out "déménage")
    (r"\bwags\s+(his|her|its|their)\s+tail\b", r"moves \1 tail"),
    # "Our rabbit lives in a hutch in the garden." → "…dans un câlin…"; "cage": "dans un cage" (a rabbit's)
    (r"^(?=.*\b(?:rabbits?|guinea\s+pigs?|hamsters?|bunn(?:y|ies))\b)(.*?)\bhutch(es)?\b", r"\1cage\2"),
    # "The goldfish died this morning." → "L'or est mort…"; "the red fish": "le poisson rouge"
    (r"\bgoldfish(?:es)?\b", "red fish"),
    # "What breed is your dog?" → "Qu'est-ce qui c'est ton chien ?"; "What kind of dog is it?": "Quel genre de chien
    # est-ce ?"
    (r"\bwhat\s+breed\s+is\s+(?:your|the|his|her|their|that|this)\s+(dog|cat|horse|puppy)\b", r"what kind of \1 is it"),
    # "The puppy is not house-trained yet." → "…n'est pas encore pris."; "clean": "propre"
    # ("house broken" two words is a house: "our house broken into" had been read "our clean into")
    (r"\b(?:(?:house|potty)[\s-]?trained|house-?broken)\b", "clean"),
    # "He taught his dog to fetch the ball." → "…à foiler la balle."; "to bring back": "ramener"
    (r"\bfetch\s+(the|a|his|her|its|their)\s+(balls?|sticks?|frisbee)\b", r"bring back \1 \2"),
    # "The dog is wearing a new collar." → "…un nouvel entraîneur."; "necklace": "collier" (a pet's line; not a
    # shirt's or a worker's collar)
    (rf"{_PET_LINE}(?!.*\b(?:shirts?|coats?|jackets?|blouses?|dress|white|blue|grabbed|flea)\b)(.*?)\bcollar(s?)\b",
     r"\1necklace\2"),
    # "Is this hotel pet friendly?" → "Cette animale est-elle amicale ?"; "Does this hotel accept pets?": "Cet hôtel
    # accepte-t-il des animaux de compagnie ?"
    (r"^is\s+(this|the|that|your)\s+(hotel|campsite|camping|restaurant|flat|apartment|cafe|café|beach|house|"
     r"cottage|park)\s+pet[\s-]?friendly\b", r"Does \1 \2 accept pets"),
    # "I'm looking for a pet sitter…" → "Je cherche un animal de compagnie…", "Our neighbour is pet sitting for us…" →
    # "Notre voisin est assis pour nous…"; "someone to look after the animals": "quelqu'un pour s'occuper des animaux"
    (r"\ba\s+pet[\s-]?sitter\b", "someone to look after the animals"),
    (rf"\b({BE})\s+pet[\s-]?sitting\b", r"\1 looking after the animals"),
    # "The grass needs cutting." → "L'herbe a besoin de couper."; "needs to be cut": "doit être coupée" (home reads
    # "needs cleaning")
    *((rf"\b(needs?|needed)\s+{doing}\b(?!\s+(?:machines?|equipment|tools?|cans?|services?))", rf"\1 to be {done}")
      for doing, done in _GARDEN_DONE),
    # "The roses are blooming." → "Les roses fleurent."; "in flower": "en fleur"
    # (a plant's, not "Her business is blooming"; not flowers: "The flowers are in flower")
    # where they grow and "finally", "blossoming", "flowering" too: "The roses in the garden are finally blooming." →
    # "…fleurent enfin.", "The cherry trees are blossoming." → "…sont fleurant.", "The tulips are flowering…" →
    # "…en train de fleurer…" (measure36, s34); "…sont enfin en fleur.", "Les cerisiers sont en fleur."
    (rf"\b({_BLOOMS})((?:\s+in\s+(?:the|my|our|your|his|her|their)\s+(?:garden|park|yard|street|square))?)\s+({BE})\s+"
     r"((?:now|finally|already|just|still)\s+)?(?:blooming|blossoming|flowering|in\s+bloom)\b", r"\1\2 \3 \4in flower"),
    # "We're growing vegetables this year." → "…en train de grandir les légumes…"; "cultivating": "cultivons"
    (rf"\b({BE})\s+growing\s+(?=(?:some\s+|our\s+own\s+|their\s+own\s+)?{_GROWN})", r"\1 cultivating "),
    # "Don't overwater the cactus." → "Ne sur-le-champ le cactus."; "give too much water to": "trop d'eau au cactus"
    (r"\boverwater\s+(the|your|my|a|these|those)\b", r"give too much water to \1"),
    # "The wildflowers are everywhere…" → "Les sauveurs…"; "wild flowers": "fleurs sauvages"
    (r"\bwildflower(s?)\b", r"wild flower\1"),
    # "Is that plant poisonous to cats?" → "Est-ce du poison pour les chats ?" (the plant lost); "toxic for": "toxique
    # pour"
    (r"\bpoisonous\s+(?:to|for)\s+(?=(?:cats|dogs|pets|animals|horses|birds|rabbits)\b)", "toxic for "),
    # "You have to fill in a form to adopt a pet." → "…une forme…" (a shape); "fill out": "un formulaire"
    (r"\b(fill|fills|filled|filling)\s+in\s+(?=a\s+form\b)", r"\1 out "),
    # "We're looking for a home for the kittens." → "…les cuisines."; "little cats": "petits chats" (errands reads
    # one kitten)
    (r"\b(the|our|my|your|her|his|their|these|those)\s+kittens\b(?![\s-]+heels?\b)", r"\1 little cats"),
    # "The horses were grazing in the meadow." → "Les chevaux grisaient dans la viande."; "eating grass in the field":
    # "mangent de l'herbe dans le champ"
    (rf"\b({BE})\s+grazing\b(?!\s+(?:on|rights|lands?|leases?|fees|his|her|my|your|their|its|the|a)\b)",
     r"\1 eating grass"),   # not a bullet's ("The bullet was grazing his arm." had become "…mangeait son bras.")
    # (a meadow in lower case only: "Meadow Lake", "L'Anse aux Meadows" are names)
    (r"\b(the|a)\s+(?-i:meadow)(s?)\b", r"\1 field\2"),
    # "Every evening, after dinner, we take the dog for a long walk…" → "Tout ce soir, …" (this very evening), "Every
    # evening the birds sing…" → "Tout ce soir, …"; "Each evening": "Chaque soir" (opening the line only: "I feed the
    # cat every evening." came out right, "tous les soirs")
    (r"^every\s+evening\b", "Each evening"),
    # "Don't forget to water the plant." → "N'oublie pas d'arroser l'usine." (a factory), "The plant in the living room
    # is dying." → "L'usine dans le salon…"; a houseplant said "green plant": "la plante verte" (not a factory's: "a
    # chemical plant", "He works at the plant", "The plant needs more workers")
    # (a verb, not the noun: "The water the plant uses…" had come out "L'eau des plantes vertes…")
    (rf"{_NOT_FACTORY}(.*?)(?<!\bthe\s)(?<!\bof\s)\b(water|watering|watered|waters)\s+{_A_PLANT}\s+plant\b"
     r"(?![’'-])",
     r"\1\2 \3 green plant"),
    (rf"{_NOT_FACTORY}(.*?)\b{_A_PLANT}\s+plant\s+(?=in\s+(?:the|my|our|your)\s+(?:living\s+room|kitchen|bedroom|"
     # what a plant needs, not a factory's "needs more investment" ("L'usine vert a besoin…", as typed "L'usine…")
     r"bathroom|window|hall|corner)\b|(?:needs\s+(?:(?:more\s+)?(?:water|light|sun(?:light)?)|watering|repotting|"
     r"a\s+bigger\s+pot)|is\s+dying|died|has\s+died|is\s+dead|looks\s+(?:sad|dry|dead))\b)",
     r"\1\2 green plant "),
    # (one: "Houseplants make a room nicer." came out "Les plantes de vert…" read, "Les députés…" typed)
    (r"\bhouse\s*plant\b(?![’'-])", "green plant"),
    # nouns33 (s33): "Wasps sting." → "Il y a des guêpes." (the verb lost; "Flies can sting." «…peuvent patiner»,
    # "Bees sting." «Les abeilles piquées»), "…sting when they are angry" «…patinent…»; said "can sting you": "Les
    # guêpes peuvent te piquer." (opening the line, the verb with no object: not "Do wasps sting?")
    (r"(?:^|(?<=[.!?]\s))(wasps|bees|hornets|nettles|jellyfish|scorpions)\s+sting\b"
     r"(?=\s*(?:[.!?,;]|$|\s(?:when|if|only|sometimes)\b))", r"\1 can sting you"),
)
