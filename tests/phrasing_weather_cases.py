"""Cases of the weather phrases (forecasts, the seasons, the environment, the beach and the mountains), read by
tests/unit/test_phrasing.py with the other tables' cases: "A thunderstorm is coming." had come out "Une épongée
arrive."; read "A storm is coming.": "Une tempête arrive."."""

READ = [   # (typed, read): each entry of weather.PHRASES read at least once
    ("A thunderstorm is coming, we should go inside.", "A storm is coming, we should go inside."),
    ("There might be thunderstorms this weekend.", "There might be storms this weekend."),
    ("We're having a heatwave.", "We're having a heat wave."),
    ("It's very foggy this morning.", "There's a lot of fog this morning."),
    ("It's so foggy that I can't see anything.", "There's so much fog that I can't see anything."),
    ("It is foggy in the valley.", "There is fog in the valley."),
    ("It's boiling hot today.", "It's very hot today."),
    ("It's boiling in here!", "It's very hot in here!"),
    ("I got soaked on the way home.", "I got completely wet on the way home."),
    ("I was soaked to the bone.", "I was completely wet."),
    ("We were completely soaked.", "We were completely wet."),        # had read "completely completely wet"
    ("By the time we got home we were totally soaked.", "By the time we got home we were completely wet."),
    ("It's drizzling.", "It's raining a little."),
    ("It kept drizzling all day.", "It kept raining a little all day."),
    ("We had great weather in Spain.", "We had beautiful weather in Spain."),
    ("What terrible weather!", "What awful weather!"),
    ("It's a lovely sunny day.", "It's a beautiful sunny day."),
    ("I got sunburnt at the beach.", "I got burned by the sun at the beach."),
    ("Your shoulders are sunburnt.", "Your shoulders are burned by the sun."),
    ("The sea was rough today.", "The sea was agitated today."),
    ("The kids built a sandcastle.", "The kids built a sand castle."),
    ("The ski slopes are closed because of the wind.", "The pistes are closed because of the wind."),
    ("We slept in a mountain hut.", "We slept in a mountain refuge."),
    ("Put on your boots, it's muddy outside.", "Put on your boots, there's a lot of mud outside."),
    ("The path was muddy after the rain.", "The path was covered in mud after the rain."),
    ("There is a chance of showers tomorrow.", "There is a risk of rain tomorrow."),
    ("Tomorrow will be cloudy with a chance of rain.", "Tomorrow will be cloudy with a risk of rain."),
    ("There's a 70 percent chance of rain tonight.", "There's a 70 percent risk of rain tonight."),
    ("There will be heavy showers this evening.", "There will be heavy rain this evening."),
    ("There will be showers in the afternoon.", "There will be some rain in the afternoon."),
    ("Scattered showers are expected later today.", "Rain is expected later today."),
    ("Snow is forecast for tomorrow.", "Snow is expected tomorrow."),
    ("Heavy rain is forecast for the weekend.", "Heavy rain is expected for the weekend."),
    ("It's raining cats and dogs.", "It's raining heavily."),
    ("Wear sunscreen even when it's cloudy.", "Put on sunscreen even when it's cloudy."),
    ("We need to shovel the snow in front of the house.", "We need to remove the snow in front of the house."),
    ("He shoveled the snow from the driveway.", "He removed the snow from the driveway."),
    ("The wind is picking up.", "The wind is getting stronger."),
    ("The wind picked up during the night.", "The wind became stronger during the night."),
    ("The planet is getting warmer.", "The planet is warming up."),
    ("The sky turns orange at sunset.", "The sky becomes orange at sunset."),
    ("The leaves turned brown.", "The leaves became brown."),
    ("The leaves turn red in autumn.", "The leaves become red in autumn."),
    ("There was a power cut in our street.", "There was an electricity cut in our street."),
    ("We lost power during the storm last night.", "We lost electricity during the storm last night."),
    ("We lost power for six hours.", "We lost electricity for six hours."),
]

LEFT = [   # looks like one, but is not
    "The water? It's boiling.",                                  # the pot's, not the weather
    "Soak the beans overnight; they are soaked in water.",       # what one soaks
    "Old people suffer during heatwaves.",                       # read, "…souffre de chauffage"
    "Scientists agree that the planet is getting warmer.",       # came out right ("…se réchauffe")
    "The world is getting warmer and warmer.",                   # read, "…se réchauffe et plus chaud"
    "I didn't notice the light turn red.",                       # a traffic light "passe au rouge"
    "Add the red wine and turn red peppers into a sauce.",       # a thing of that colour, not a colour taken
    "In English they say that it is raining cats and dogs.",     # the saying itself
    "The Liberals lost power in 1984.",                          # a party's power
    "Storms are expected to hit the coast.",                     # "forecast" only is read
]

LEFT += [   # misfires found in session 29 (hunt29a): each had come out worse read
    "It's boiling.",                            # the translator reads "The water? It's boiling." a sentence at a time
    "It's boiling, turn off the gas.",                              # the pot's
    "She started drizzling honey on the toast.",                    # honey poured, not rain
    "The party lost power in the storm of the election.",           # a party's power, not electricity
    "The king lost power for days.",
    "She turned white with fear.",                                  # came out right ("devenue blanche de peur")
]

READ += [   # words30 (s30): "lie on the beach" read as lying ("J'adore mentir sur la plage."); "relax": "me détendre"
    ("I love to lie on the beach.", "I love to relax on the beach."),
    ("She likes to lie on the sand.", "She likes to relax on the sand."),
    ("I love lying on the beach.", "I love relaxing on the beach."),
    ("We spent the day lying on the beach.", "We spent the day relaxing on the beach."),
]
LEFT += [
    "Don't lie to me.", "He likes to lie about his age.",
    "A body was lying on the beach.",                    # came out right: "étendu sur la plage"
    "Don't lie on the sand without a towel.",            # not to relax: "Ne te détends pas…" read
]

READ += [   # demo probe demo30 (s30): "What's the weather like today?" → "Quel temps est le temps aujourd'hui ?"
    ("What's the weather like today?", "How is the weather today?"),
    ("what is the weather like tomorrow", "how is the weather tomorrow"),
]
LEFT += ["What's the weather like in Paris?", "What's the weather like this morning?",
         "I asked what the weather was like today."]

READ += [   # long30 (s30): "the warmest year" read as a warm welcome ("l'année la plus chaleureuse"); "hottest":
    # "chaude"
    ("2023 was the warmest year ever recorded.", "2023 was the hottest year ever recorded."),
    ("The last ten years were the warmest ever recorded.", "The last ten years were the hottest ever recorded."),
    ("July was the warmest month on record.", "July was the hottest month on record."),
]
LEFT += [
    "Thank you for the warmest welcome.",            # a welcome: "chaleureux" is right
    "She has the warmest smile in the world.",
    "Warmest regards, Anna",
]

# hunt30 (s30): "loves/likes/enjoys lying on the beach" as "loved" ("She loves lying on the beach." had come out "Elle
# adore mentir sur la plage."; read: "Elle adore se détendre sur la plage.")
READ += [("She loves lying on the beach.", "She loves relaxing on the beach."),
         ("He enjoys lying on the sand.", "He enjoys relaxing on the sand."),
         ("My mum likes lying on the beach all day.", "My mum likes relaxing on the beach all day.")]

READ += [   # demo30b (s30): "heavy rain" left in English ("La pluie de heavy a causé…"); "a lot of rain"
    ("Heavy rain caused flooding in the south of the country.",
     "A lot of rain caused flooding in the south of the country."),
    ("The match was stopped because of heavy rain.", "The match was stopped because of a lot of rain."),
    ("The roads are flooded after heavy rain.", "The roads are flooded after a lot of rain."),
    ("heavy rain this afternoon", "a lot of rain this afternoon"),     # "pleuvez de fortes pluie cet après-midi"
]
LEFT += [
    "Heavy rain is expected tonight.",                   # a forecast: read_forecasts's
    "Heavy rain fell all day in Brittany.",              # came out right: "Il pleuvait toute la journée…"
    "We drove through heavy rain all night.",            # the drive kept: "Nous avons conduit à travers…"
    "The heavy rain stopped at noon.",
]

READ += [   # demo31 (s31): "I hate the cold" read as the illness ("Je déteste le rhume"); "cold weather": "temps froid"
    ("I hate the cold, I can't wait for summer.", "I hate cold weather, I look forward to the summer."),
    ("I hate the cold.", "I hate cold weather."),
]
LEFT += ["I hate the cold water in the pool.", "I caught the cold you had."]

READ += [   # words33 (s32): "The forecast says…" → «L'avion dit…»; "weather forecast": «Les prévisions météo…»
    ("The forecast says it will snow tonight, so drive carefully if you have to go out.",
     "The weather forecast says it will snow tonight, so drive carefully if you have to go out."),
    ("The forecast said it would rain all weekend.", "The weather forecast said it would rain all weekend."),
]
LEFT += ["The weather forecast says it will rain.", "The forecast for tomorrow is good."]
READ += [   # a first visitor's readings (measure38, s35)
    ("What's the weather like in Paris at this time of year?", "What's the weather like in Paris at this season?"),
    ("Is it cold in Scotland at this time of the year?", "Is it cold in Scotland at this season?"),
    ("Heavy snow has closed several roads.", "A lot of snow has closed several roads."),
    ("Heavy snow is causing problems on the roads.", "A lot of snow is causing problems on the roads."),
    ("…when the beaches are empty and the air smells of salt.",
     "…when the beaches are empty and the air has a smell of salt."),
    ("His jacket smells of cigarettes.", "His jacket has a smell of cigarettes."),
]
LEFT += [   # (measure38, s35)
    "The heavy snow made us late.",
    "Heavy snow fell all night.",                  # "A lot of snow fell…" came out «…tombèrent»
    "Heavy snow is expected tomorrow.",            # read_forecasts
    "It smells of smoke.",                         # no thing named
]
READ += [   # a first visitor's readings (measure39, s36)
    ("Residents are advised to stay at home.", "Residents should stay at home."),
]
LEFT += [   # (measure39, s36)
    "He advised me to stay.",
]
READ += [   # a first visitor's readings (measure45, s37)
    ("It will be windy with a high of 20 degrees.", "It will be windy with a maximum of 20 degrees."),
    ("Expect the high of 31° tomorrow.", "Expect the maximum of 31° tomorrow."),
]
LEFT += [   # (measure45, s37)
    "Prices are at a high of ten years.",                    # not degrees
]
READ += [   # the power cut (left55, s41: "The power cut lasted three hours." «L'électricité dura…»)
    ("The power cut lasted three hours.", "The electricity cut lasted three hours."),
    ("That power outage was long.", "That electricity cut was long."),
]
LEFT += ["The power steering failed."]
