"""Cases of the food phrases (cooking, recipes, the kitchen, diets, tastes, groceries, picnics and drinks at home),
read by tests/unit/test_phrasing.py with the other tables' cases: "The milk has gone off." had come out "Le lait a
disparu."; read "The milk is no longer good.": "Le lait n'est plus bon."."""

READ = [   # (typed, read): each entry of food.PHRASES read at least once
    ('Whisk the eggs and the sugar together.', 'Mix the eggs and the sugar together.'),
    ('Fold in the flour gently.', 'Add the flour gently.'),
    ('The cake is still a bit soggy in the middle.', 'The cake is still a bit wet in the middle.'),
    ('The milk has gone off.', 'The milk is no longer good.'),
    ("The soup's gone bad.", 'The soup is no longer good.'),
    ('The eggs have gone off.', 'The eggs are no longer good.'),
    ('This yoghurt is past its sell-by date.', 'This yoghurt has expired.'),
    ('These eggs are past their sell-by date.', 'These eggs have expired.'),
    ('Would you like a cuppa?', 'Would you like a cup of tea?'),
    ("I'll put the kettle on.", "I'll make some tea."),
    ('Put the kettle on, would you?', 'Make some tea, would you?'),
    ("I'm putting the kettle on.", "I'm making some tea."),
    ("There's some leftover curry in the fridge.", "There's some curry left over in the fridge."),
    ("Is there any leftover soup?", "Is there any soup left?"),
    ("I can't be bothered to cook.", "I don't want to cook."),
    ("He can't be bothered to wash up after dinner.", "He doesn't want to wash the dishes after dinner."),
    ("She couldn't be bothered to cook last night.", "She didn't want to cook last night."),
    ("I'll whip something up.", "I'll make something quickly."),
    ('She whipped something up in ten minutes.', 'She made something quickly in ten minutes.'),
    ("I'll whip up a quick salad.", "I'll make a quick salad."),
    ("She'll whip up a snack.", "She'll make a snack quickly."),
    ('I had a quick bite at my desk.', 'I ate something quickly at my desk.'),
    ("Let's have a quick bite before we go.", "Let's eat something quickly before we go."),
    ("I'm full, I couldn't eat another thing.", "I'm full, I couldn't eat any more."),
    ('Would you like seconds?', 'Would you like some more?'),
    ('Anyone for seconds?', 'Who wants more?'),
    ('Save room for dessert!', 'Leave some room for dessert!'),
    ('I could murder a cup of tea.', 'I would love a cup of tea.'),
    ('Could you top up my glass?', 'Could you fill my glass?'),
    ('She topped up my glass again.', 'She filled my glass again.'),
    ('Just a splash of milk, please.', 'Just a little milk, please.'),
    ('The tea has gone cold.', 'The tea has become cold.'),
    ('These biscuits are a bit stale.', 'These biscuits are not very fresh.'),
    ('The cake is stale.', 'The cake is no longer fresh.'),
    ('Do you want some crisps?', 'Do you want some chips?'),
    ('The sauce is a bit bland.', 'The sauce has little taste.'),
    ('The food here is bland.', 'The food here has no taste.'),
    ("It's a bit too sweet for my taste.", 'It has too much sugar for my taste.'),
    ('This cake is too sweet.', 'This cake has too much sugar.'),
    ('Whose turn is it to do the washing-up?', 'Whose turn is it to do the dishes?'),
    ("I'll wash up if you dry.", "I'll wash the dishes if you dry them."),
    ("Can you wash up while I dry?", "Can you wash the dishes while I dry them?"),
    ('Put the leftovers in a container.', 'Put the leftovers in a box.'),
    ('We should pack some sandwiches and fruit.', 'We should bring some sandwiches and fruit.'),
    ("Let's fire up the barbecue.", "Let's light the barbecue."),
    ('Dad fired up the barbecue at noon.', 'Dad lit the barbecue at noon.'),
    ("I'll have a veggie burger.", "I'll have a vegetarian hamburger."),
    ('Can you keep an eye on the burgers?', 'Can you keep an eye on the hamburgers?'),
    ('The recipe serves four.', 'The recipe is for four people.'),
    ('Can I swap butter for oil?', 'Can I use oil instead of butter?'),
    ("I'm fasting today.", "I'm not eating anything today."),
    ('I have a sweet tooth.', 'I love sweet things.'),
    ('My dad has a real sweet tooth.', 'My dad loves sweet things.'),
    ('My kids are fussy eaters.', 'My kids are difficult about food.'),
    ('Eat your greens!', 'Eat your vegetables!'),
    ('Finish your plate before pudding.', 'Finish your plate before dessert.'),
    ('No snacking before dinner.', "Don't eat anything before dinner."),
    ('Are you coming round for Sunday roast?', 'Are you coming over for Sunday lunch?'),
    ('They came round for drinks last night.', 'They came over for drinks last night.'),
    ('Can I have a soft drink?', 'Can I have a drink without alcohol?'),
    ('The punch is non-alcoholic.', 'The punch is without alcohol.'),
    ('Do you have any non-alcoholic beer?', 'Do you have any beer without alcohol?'),
    ('He went vegan last year.', 'He became vegan last year.'),
    ("I've gone vegan.", "I've become vegan."),
    ("She's gone vegetarian.", "She has become vegetarian."),
    ("She's a vegetarian, so no meat please.", "She's vegetarian, so no meat please."),
    ("I'm trying to cut out sugar.", "I'm trying to stop eating sugar."),
    ('The doctor told me to cut out alcohol.', 'The doctor told me to stop drinking alcohol.'),
    ('She gave up sugar last year.', 'She stopped eating sugar last year.'),
    ("I've given up coffee.", "I've stopped drinking coffee."),
    ("I'm cutting back on caffeine.", "I'm drinking less caffeine."),
    ("We're cutting back on meat.", "We're eating less meat."),
    ("Mind the knife, it's very sharp.", "Be careful with the knife, it's very sharp."),
    ('I cut my finger while chopping onions.', 'I cut my finger while cutting onions.'),
    ('Wipe down the worktop, please.', 'Clean the counter, please.'),
    ("Can you wipe down the table?", "Can you clean the table?"),
    ('The hob is still hot.', 'The stove is still hot.'),
    ('The cutlery goes in the top drawer.', 'The knives and forks go in the top drawer.'),
    ("Where's the cutlery?", "Where's the knives and forks?"),
    ('Get a pint of milk, would you?', 'Get a bottle of milk, would you?'),
    ('Two pints of milk, please.', 'Two bottles of milk, please.'),
    ('We need a bag of rice and a tin of tomatoes.', 'We need a bag of rice and a box of tomatoes.'),
    ("They've sold out of croissants.", 'They have no more croissants.'),
    ('Cheese is on offer this week.', 'Cheese is less expensive this week.'),
    ('Stick it in the oven for twenty minutes.', 'Put it in the oven for twenty minutes.'),
    ("Pop the leftovers in the fridge.", "Put the leftovers in the fridge."),
    ("The lettuce has gone soggy.", "The lettuce has become wet."),
    ('Let the tea brew for three minutes.', 'Leave the tea in the water for three minutes.'),
    ("I'm trying to save room for dessert.", "I'm trying to keep some room for dessert."),
    ("We're saving room for cake.", "We're keeping some room for cake."),
    ("I saved some room for pudding.", "I kept some room for dessert."),
    ("Wipe the worktops.", "Clean the counters."),
    ('Fold in the egg whites.', 'Add the egg whites.'),
    ('Mind your fingers, the pan is hot.', 'Be careful with your fingers, the pan is hot.'),
]
LEFT = [   # looks like one, but is not
    'Whisk the children off to bed.',   # whisked off, not a recipe's whisk
    'Fold in the edges of the paper.',   # no ingredient folded in
    "I'll put the kettle on the stove.",   # a kettle put somewhere
    'The fish has gone off to sea.',   # gone away, not spoilt
    'The alarm has gone off.',   # nothing that spoils
    'The air in the room is stale.',   # no food in the line
    'His speech was bland.',
    "That's too sweet of you.",   # kind, not sugary
    'She whisked the plates away.',
    "I can't be bothered with it.",   # no 'to'
    'Pack your things.',   # no food packed
    'He played hob with the plans.',   # the Hansards' mischief, not a cooker
    'Warren E. Burger was a judge.',   # a name
    'I love hamburgers.',   # already the word it knows
    "She's a vegetarian chef.",   # a vegetarian's trade
    'He cut out the article.',   # no food cut out
    'He gave up his seat.',
    'Wait a few seconds.',   # time, not a second helping
    'A splash of colour.',
    'Jobs are on offer this week.',   # no food on offer
    'There are three tins of paint.',
    'The waiter serves four tables.',   # no dish that serves
    'They came round for the vote.',   # no meal
    'Eat your Greens, the party said.',   # a party's Greens
    'Christmas pudding is heavy.',   # a pudding named
    "We've sold out the tickets.",   # no 'of'
]
READ += [   # "cut out" in the past keeps its tense (hunt2, s28)
    ('He cut out meat last year.', 'He stopped eating meat last year.'),
    ("She's cut out alcohol.", "She's stopped drinking alcohol."),
    ('Put the spoons in the cutlery drawer.', 'Put the spoons in the drawer for the knives and forks.'),
]
LEFT += [   # other senses a demo visitor typed (hunt2, s28)
    'Burger King is closed on Sundays.',                    # a name ("Hamburger King" when read)
    'The container ship brought food from China.',          # a ship ("La boîte a apporté…" when read)
    'They have sold out of fear.',                          # no stock ("Ils n'ont plus peur." when read)
    'Volunteers pack food at the food bank every Saturday.',   # packing, not bringing
]
READ += [   # "wash up" as the dishes only where the dishes or a meal done are said (worse29, s29)
    ("You cook and I'll wash up.", "You cook and I'll wash the dishes."),
    ("After dinner, I'll wash up.", "After dinner, I'll wash the dishes."),
    ("Who will wash up tonight?", "Who will wash the dishes tonight?"),
    ("It's your turn to wash up.", "It's your turn to wash the dishes."),
    ("Can you wash up the plates?", "Can you wash the plates?"),
    ("Go wash up, dinner is ready.", "Go wash your hands, dinner is ready."),    # "Allez laver, le déjeuner…"
    ("Kids, go and wash up before dinner.", "Kids, go and wash your hands before dinner."),
]
LEFT += [   # washing oneself (American): "Wash up." → "Lave-toi." ("Lave la vaisselle." when read)
    "Wash up.",
    "I want to wash up first.",                             # "Je veux d'abord la vaisselle." when read
    "Wash up before dinner.",
    "Let me wash up and I'll be right down.",
    "I'll go wash up.",                                     # no "your"
]

READ += [   # session 29: a kitchen cupboard ("dans le robard", "dans le jardin") said "closet" ("dans le placard")
    ("The cups are in the cupboard.", "The cups are in the closet."),
    ("Put the plates back in the cupboard.", "Put the plates back in the closet."),
    ("What's in those cupboards?", "What's in those closets?"),
]

LEFT += [   # misfires found in session 29 (hunt29a): each had come out worse read ("…la vaisselle…")
    "Wreckage will wash up on the beach after the storm tonight.",  # what the sea brings ashore
    "The kids wash up before they cook.",                           # a wash before a meal
]

READ += [   # demo31 (s31): "vegetarian dishes" read as crockery ("la vaisselle végétarienne"); "meals": "repas"
    ("Do you have any vegetarian dishes?", "Do you have any vegetarian meals?"),
    ("Is this a vegetarian dish?", "Is this a vegetarian meal?"),
]
LEFT += ["The vegetarian dish of the day is soup.", "Vegan dishes are rare here."]

READ += [   # words37 (s34): "The milk has gone sour." had come out "Le lait a disparu."
    ("The milk has gone sour.", "The milk is no longer good."),
    ("The yoghurt has gone sour, throw it away.", "The yoghurt is no longer good, throw it away."),
    ("The cream has turned sour.", "The cream is no longer good."),
]
LEFT += ["Their friendship has gone sour.", "The milk turned sour in the heat."]
READ += [   # words37 (s34): a recipe's "Fry the garlic…" had come out "Essaie l'ail…"; "cook": "Cuis l'ail…"
    ("Fry the garlic in a little oil.", "Cook the garlic in a little oil."),
    ("Fry the onions for five minutes.", "Cook the onions for five minutes."),
]
LEFT += ["Small fry like him don't matter.", "I'd fry it if I were you."]
READ += [   # fix35 (s34): stale in the past ("Le pain était volé.")
    ("The bread was stale.", "The bread was not fresh."),
    ("The biscuits were stale, so I threw them away.", "The biscuits were not fresh, so I threw them away."),
    ("The cake was a bit stale.", "The cake was not very fresh."),
]
READ += [   # a first visitor's readings (measure35, s34)
    ("The fridge is empty, let's order a pizza.", "The fridge is empty, we should order a pizza."),
    ("Let's order some Chinese food tonight.", "We should order some Chinese food tonight."),
]
LEFT += [   # (measure35, s34)
    "Let us order our thoughts.", "Order a pizza.",
]
READ += [   # a first visitor's readings (measure36, s34)
    ("My husband is allergic to nuts, so could you tell me whether this dish contains any?",
     "My husband is allergic to nuts. So could you tell me whether this dish contains nuts?"),
    ("I'm allergic to eggs, does the cake contain any?", "I'm allergic to eggs, does the cake contain eggs?"),
]
LEFT += [   # (measure36, s34)
    "I'd like some milk, do you have any?", "I'm allergic to it, does it contain any?",
    "Don't forget to take the trash out of the car.",
    "We meet at eight on the dot.",
]
READ += [   # words44's readings (words44, s38)
    ("Can you peel the carrots?", "Can you remove the skin from the carrots?"),
    ("She peeled two big oranges.", "She removed the skin from two big oranges."),
    ("I chopped the onions.", "I cut the onions."),
    ("Please chop some garlic.", "Please cut some garlic."),
    ("We chopped the carrots.", "We cut the carrots."),
    ("He chops up the tomatoes.", "He cuts up the tomatoes."),
]
LEFT += [   # (words44, s38)
    "They like to cozy up to the boss.",              # the verb
    "Peel the apples first.",                         # read so «Retire la pomme en premier.»
    "He peels the apples for the children.",          # «Il épluche…» as typed
    "I peeled the sticker off the box.",              # not a fruit's skin
    "We had pork chops for dinner.",                  # the noun
    "Chop the onions and boil them.",                 # opening a sentence: leisure.py's ("fry them": left55's)
    "I chopped the herbs.",                           # glossary_home's herbs need "chop" beside them
    "We chopped our way through the jungle.",         # one's way
    "Tom is too young to peel an apple.",             # «peler une pomme» as typed
]
READ += [   # imper46's readings (imper46, s38)
    ("Bake the cake for forty minutes.", "Cook the cake in the oven for forty minutes."),
    ("Bake the biscuits until golden.", "Cook the biscuits in the oven until golden."),
    ("Mix it all. Bake the bread for an hour.", "Mix it all. Cook the bread in the oven for an hour."),
]
LEFT += [   # (imper46, s38)
    "Bake the cake in the oven for an hour.",      # an oven said already
    "She likes to bake bread.",                    # not opening the sentence
]
READ += [   # words45's readings (words45, s38)
    ("Slice the bread thinly.", "Cut the bread thinly."),
    ("Wash the tomatoes. Slice them later. Slice two onions.", "Wash the tomatoes. Slice them later. Cut two onions."),
    ("First, squeeze the lemon over the fish.", "First, press the lemon over the fish."),
    ("Cut them. First, squeeze two limes.", "Cut them. First, press two limes."),
    ("These oranges are very juicy.", "These oranges are very full of juice."),
    ("The pears were juicy.", "The pears were full of juice."),
]
LEFT += [   # (words45, s38)
    "Slice it thinly.",                             # no determiner: untried
    "Cut the oranges, then squeeze the oranges.",   # "press" there: «appuye les oranges»
    "First, squeeze my hand.",
    "I bought a juicy melon.",                      # before its noun: untried
]

# s39 (measure51): what a food or a place is free of, read "without" ("alcohol-free beer" had come out «de la bière à
# l'alcool», the very opposite)
READ += [
    ("I need a sugar-free drink.", "I need a drink without sugar."),
    ("We only sell alcohol-free beer.", "We only sell beer without alcohol."),
    ("The restaurant has a dairy-free menu.", "The restaurant has a menu without milk products."),
    ("Do you have any gluten free pasta?", "Do you have any pasta without gluten?"),
    ("Do you have sugar-free chewing gum?", "Do you have chewing gum without sugar?"),
    ("The coffee is caffeine-free.", "The coffee is without caffeine."),
    ("All our cakes are egg-free and nut-free.", "All our cakes are without eggs and without nuts."),
    ("Is this meat-free?", "Is this without meat?"),
    ("Use salt-free butter for the cake.", "Use butter without salt for the cake."),
    ("This is a smoke-free building.", "This is a non-smoking building."),
    # "We need gluten-free bread." had been left (restaurant.py read it only ending a clause): «…de pain gluten.»
    ("We need gluten-free bread.", "We need bread without gluten."),
    ("Is it gluten-free?", "Is it without gluten?"),
    ("Is this juice sugar-free?", "Is this juice without sugar?"),
    ("This beer is alcohol-free.", "This beer is without alcohol."),
    ("Is the cake dairy-free?", "Is the cake without milk products?"),
    ("I drink caffeine-free tea.", "I drink tea without caffeine."),
    ("We bake nut-free biscuits.", "We bake biscuits without nuts."),
    ("She cooks meat-free meals.", "She cooks meals without meat."),
    ("The soup is salt-free.", "The soup is without salt."),
    ("They sell egg-free cakes.", "They sell cakes without eggs."),
]
READ += [   # "…, then VERB them": the noun said again (left52, s40; «puis les bouillisa», «puis les frictez»)
    ("Peel the potatoes, then boil them for ten minutes.",
     "Peel the potatoes, then boil the potatoes for ten minutes."),
    ("Wash the carrots, then peel them.", "Wash the carrots, then peel the carrots."),
    ("Cut the onions, then fry them in butter.", "Cut the onions, then fry the onions in butter."),
    ("Rinse the tomatoes, then slice them thinly.", "Rinse the tomatoes, then slice the tomatoes thinly."),
]
LEFT += ["Drain the beans and then add them to the soup.",   # right as typed, «et les ajoute ensuite»
         "Peel the orange, then eat it.", "Ask the children, then thank them."]   # (left52, s40)
LEFT += ["The sugar is free.", "Sugar, free delivery and a smile.", "The whole station is smoke-free."]
# s40 (left53): fat-free and lactose-free read "without" too (glossary_everyday.py writes «matières grasses»,
# «lactose» back; "It is fat-free." and "This yoghurt is lactose-free." had been LEFT while "without" failed)
READ += [
    ("It is fat-free.", "It is without fat."),
    ("This yoghurt is lactose-free.", "This yoghurt is without lactose."),
    ("I bought a fat-free yogurt.", "I bought a yogurt without fat."),
    ("Do you have lactose-free milk?", "Do you have milk without lactose?"),
]
READ += [   # must not boil (fix54, s40, measure53: «Ne laisse pas la bouteille de sauce…»)
    ("Don't let the sauce boil or it will split.", "The sauce must not boil or it will split."),
    ("Do not let the soup boil, or it will burn.", "The soup must not boil, or it will burn."),
    ("Make sure the water doesn't boil.", "The water must not boil."),
]
LEFT += ["Heat the cream gently and don't let it boil.",   # (fix54) right as typed, «ne pas la laisser bouillir»
         "Never let the milk boil."]
READ += [   # "… and fry/stir it" in a recipe (left55, s41: «…et les frics.», «…et l'a volé bien.»)
    ("Chop the carrots and fry them.", "Chop the carrots and cook the carrots."),
    ("Melt the chocolate and stir it well.", "Melt the chocolate and mix the chocolate well."),
    ("Heat the milk and stir it slowly.", "Heat the milk and mix the milk slowly."),
    ("Take the eggs and fry them.", "Take the eggs and cook the eggs."),
    ("Peel the potatoes and chop them.", "Peel the potatoes and cut the potatoes."),
    ("Melt the butter in a pan and then melt it again.", "Melt the butter in a pan and then melt the butter again."),
]
LEFT += ["Peel the potatoes and boil them.", "He wanted to fry them."]
READ += [   # vocab56 (s41): tasty («très grande», «un dîner goût»), hot cocoa («du cocoa chaud»)
    ("This soup is very tasty.", "This soup is very delicious."),
    ("We had a tasty dinner.", "We had a delicious dinner."),
    ("I drink hot cocoa in winter.", "I drink hot chocolate in winter."),
]
LEFT += ["Add two spoons of cocoa."]   # (vocab56) the glossary reads cocoa alone, not this table
READ += [   # senses59 (s41): fish and chips («du poisson et des chips»)
    ("I'll have fish and chips.", "I'll have fish and fries."),
    ('We ate fish and chips on the beach.', 'We ate fish and fries on the beach.'),
    ('Can I have steak and chips?', 'Can I have steak and fries?'),
]
LEFT += ['He bought a bag of chips.', 'The computer chips are made in Taiwan.']   # (senses59, s41)
READ += [   # leftvocab60 (s41): tomato salad («une salade de tomato», the tomato lost), "is homemade"
    # («est à la maison»)
    ("I made a tomato salad for lunch.", "I made a salad of tomatoes for lunch."),
    ("She ordered a tomato salad.", "She ordered a salad of tomatoes."),
    ("This cake is homemade.", "This cake is made at home."),
    ("Everything in this restaurant is homemade.", "Everything in this restaurant is made at home."),
]
LEFT += ["Is this jam homemade?", "I love tomato soup."]   # (leftvocab60, s41)


READ += [
    ("The kids love sweets.", "The kids love candy."),
    ("Don't eat too many sweets.", "Don't eat too much candy."),
    ("She bought a bag of sweets.", "She bought a bag of candy."),
]   # british60 (s41): British and American everyday words
LEFT += ["The sweetness of the fruit.", "She passed out the sweets to the children."]   # (british60, s41)
READ += [("I love eggplant.", "I love aubergine."),   # british60 (s41): everyday words of another variety
         ("Grill the eggplants.", "Grill the aubergines.")]
LEFT += ["Boil the eggs and the plantains."]   # (british60, s41)
