"""Cases of the animal phrases (pets, the vet, farm and zoo animals, the garden), read by tests/unit/test_phrasing.py
with the other tables' cases: "Has the puppy had all his shots?" had come out "Le chiot avait-il tous ses coups ?";
read "…all his vaccines?": "…tous ses vaccins ?"."""

READ = [   # (typed, read): each entry of animals.PHRASES read at least once
    ("We need to take the dog to the vet.", "We need to take the dog to the veterinary clinic."),
    ("I booked an appointment at the vet for Tuesday.",
     "I reserved an appointment at the veterinary clinic for Tuesday."),
    ("Is the cat at the veterinarian's?", "Is the cat at the veterinary clinic?"),
    ("The vet gave him some tablets.", "The doctor for animals gave him some tablets."),
    ("The veterinarian said he's fine.", "The doctor for animals said he's fine."),
    ("The vet found a small cut on the dog's paw.", "The doctor for animals found a small cut on the dog's paw."),
    ("The veterinarian found nothing wrong with the cat.", "The doctor for animals found nothing wrong with the cat."),
    ("The horse had a fever, and the vet wanted to see him again.",
     "The horse had a fever, and the doctor for animals wanted to see him again."),
    ("Can I pet your dog?", "Can I touch your dog?"),
    ("Our dog is up to date with his vaccinations.", "Our dog has all his vaccines."),
    ("Our rabbit lives in a hutch.", "Our rabbit lives in a cage."),
    ("Every evening, we walk the dog.", "Each evening, we walk the dog."),
    ("Has the puppy had all his shots?", "Has the puppy had all his vaccines?"),
    ("Did the cat get her shots?", "Did the cat get her vaccines?"),
    ("We adopted a cat from a shelter.", "We adopted a cat from an animal refuge."),
    ("We adopted a dog from the shelter last year.", "We adopted a dog from the animal refuge last year."),
    ("The shelter has lots of dogs that need a home.", "The animal refuge has lots of dogs that need a home."),
    ("Please keep your dog on a lead.", "Please keep your dog attached."),
    ("Keep the puppy on a leash near the road.", "Keep the puppy attached near the road."),
    ("Dogs must be kept on a leash in the park.", "Dogs must be attached in the park."),
    ("No dogs allowed.", "Dogs are not allowed."),
    ("The dog is shedding a lot this spring.", "The dog is losing a lot of hair this spring."),
    ("My cat is shedding everywhere.", "My cat is losing hair everywhere."),
    ("The dog wags his tail when he's happy.", "The dog moves his tail when he's happy."),
    ("The goldfish died this morning.", "The red fish died this morning."),
    ("What breed is your dog?", "What kind of dog is it?"),
    ("The puppy is not house-trained yet.", "The puppy is not clean yet."),
    ("My son is potty trained.", "My son is clean."),
    ("He taught his dog to fetch the ball.", "He taught his dog to bring back the ball."),
    ("The dog is wearing a new collar.", "The dog is wearing a new necklace."),
    ("Is this hotel pet friendly?", "Does this hotel accept pets?"),
    ("Is the restaurant pet-friendly?", "Does the restaurant accept pets?"),
    ("I'm looking for a pet sitter in August.", "I'm looking for someone to look after the animals in August."),
    ("Our neighbour is pet sitting for us.", "Our neighbour is looking after the animals for us."),
    ("The grass needs cutting.", "The grass needs to be cut."),
    ("The lawn needs mowing.", "The lawn needs to be mowed."),
    ("The roses are blooming.", "The roses are in flower."),
    ("The cherry trees are in bloom.", "The cherry trees are in flower."),
    ("We're growing vegetables this year.", "We're cultivating vegetables this year."),
    ("She is growing tomatoes on her balcony.", "She is cultivating tomatoes on her balcony."),
    ("Don't overwater the cactus.", "Don't give too much water to the cactus."),
    ("The wildflowers are everywhere this year.", "The wild flowers are everywhere this year."),
    ("Is that plant poisonous to cats?", "Is that plant toxic for cats?"),
    ("You have to fill in a form to adopt a pet.", "You have to fill out a form to adopt a pet."),
    ("I filled in a form.", "I filled out a form."),
    ("We're looking for a home for the kittens.", "We're looking for a home for the little cats."),
    ("The horses were grazing in the meadow.", "The horses were eating grass in the field."),
    ("The cows are grazing.", "The cows are eating grass."),
]

LEFT = [   # looks like one, but is not
    "The dog was scared by the shots.",              # gunshots, not vaccines
    "He fired three shots at the dog.",
    "They built a shelter for the dogs.",            # a shelter built, not the refuge
    "The cat hid in the bus shelter.",
    "He grabbed the dog by the collar.",             # a person's collar
    "The dog tore my shirt collar.",
    "Her business is blooming.",                     # not a plant's flowers
    "The flowers are blooming in the park.",         # "The flowers are in flower"
    "The children are growing fast.",
    "The economy is growing.",
    "The dog followed its master, wagging its tail.",   # came out right: "agitant sa queue"
    "He lives in Meadow Lake.",                      # names ("Meadow Lake" had been read "Field Lake")
    "L'Anse aux Meadows is in Newfoundland.",
    "The sheep are grazing on the hill.",
    "She works at the veterinarian's.",              # a workplace: "la clinique ancien" with the reading
    "The report on dogs is shedding light on the problem.",
    "The company is shedding jobs.",
    "The factory needs cutting tools.",
    "The plants need watering.",                     # came out right: "ont besoin d'eau"
    "Kittens are cute.",
    "The veterinarian is open on Saturdays.",        # came out right: "La vétérinaire est ouverte…"
    "The veterinarian looked at his leg and gave us some cream.",   # came out right: «le vétérinaire regardait…»
    "The veterinarian noticed that our dog had put on weight.",     # came out right: «La vétérinaire a remarqué…»
    "The man who found the vet's keys gave them back.",    # not the vet as a subject
    "She is up to date with her vaccinations.",      # a person's: came out right, "à jour"
    "I feed the cat every evening.",                 # not opening the line: "tous les soirs" as typed
    "Mr. Hutchins has two rabbits.",
    "We came home to find our house broken into.",   # a house, not a pet: had been read "…our clean into."
    "They found the house broken and empty.",
]
READ += [("Is your dog housebroken?", "Is your dog clean?"), ("Is the puppy house trained?", "Is the puppy clean?")]

LEFT += [   # misfires found in session 29 (hunt29a): each had come out worse read
    "The photographer took all his shots of the dog in one day.",   # shots taken, not vaccines
    "The homeless man slept in a shelter with his dog.",            # a shelter for people ("un abri")
    "The bullet was grazing his arm.",                              # a bullet's, not a horse's grazing
]

READ += [   # words30 (s30): a houseplant read as a factory ("N'oublie pas d'arroser l'usine."); "la plante verte"
    ("Don't forget to water the plant.", "Don't forget to water the green plant."),
    ("The plant in the living room is dying.", "The green plant in the living room is dying."),
    ("The plant in the kitchen needs water.", "The green plant in the kitchen needs water."),
    ("The plant in my bedroom looks sad.", "The green plant in my bedroom looks sad."),
    ("I bought a houseplant.", "I bought a green plant."),
    ("My houseplant died.", "My green plant died."),
]
LEFT += [   # a factory ("une usine"), left as typed
    "It's a chemical plant.", "He works at the plant.", "The plant needs more workers.",
    "The plant in the north of the city is closing.", "Workers at the plant went on strike.",
    "Houseplants make a room nicer.",   # plural: "Les plantes de vert…" read
]

# hunt30 (s30): a factory's needs and trade, and the noun "water", are not a houseplant's ("The plant needs more
# investment." had come out "L'usine vert a besoin…", "…foreign competition." "La plante verte meurt…")
READ += [("The plant needs more water.", "The green plant needs more water.")]
LEFT += ["The plant needs more investment.", "The plant needs a new manager.",
         "The plant is dying because of foreign competition.", "The water the plant uses comes from the river."]

# nouns33 (s33): "Wasps sting." came out "Il y a des guêpes." (the verb lost), "Bees sting." "Les abeilles piquées.";
# "can sting you": "Les guêpes peuvent te piquer."
READ += [("Wasps sting.", "Wasps can sting you."),
         ("Bees sting when they are afraid.", "Bees can sting you when they are afraid."),
         ("Nettles sting.", "Nettles can sting you."),
         ("It is summer. Wasps sting!", "It is summer. Wasps can sting you!")]
LEFT += ["Do wasps sting?", "Wasps sting me every summer.", "The wasps sting the fruit.", "My eyes sting."]
