"""Cases of the couples' phrases (breaking up, dating, the groom, a baby on the way), read by
tests/unit/test_phrasing.py with the other tables' cases: "The groom was very nervous." had come out "La mère était
très nerveuse."; read "The husband was very nervous.": "Le mari était très nerveux."."""

READ = [   # (typed, read): each entry of couples.PHRASES read at least once
    ("He broke up with his girlfriend.", "He separated from his girlfriend."),
    ("He broke up with her.", "He separated from her."),
    ("I think he broke up with his fiancée.", "I think he separated from his fiancée."),
    ("They broke up.", "They separated."),
    ("We broke up.", "We separated."),
    ("I can't believe they broke up after everything they went through together.",
     "I can't believe they separated after everything they went through together."),
    ("The groom was very nervous.", "The husband was very nervous."),
    ("Who is the groom?", "Who is the husband?"),
    ("The groom's mother cried.", "The husband's mother cried."),
    ("She's pregnant with her second child.", "She's expecting her second child."),
    ("She is pregnant with their first baby.", "She is expecting their first baby."),
    ("My wife is pregnant with our third child.", "My wife is expecting our third child."),
    ("They're dating.", "They're going out together."),
    ("We're dating.", "We're going out together."),
    ("We've been dating for two years.", "We've been going out together for two years."),
]

LEFT = [   # looks like one, but is not
    "I broke up with him in March.",          # read, "J'ai séparé de lui" ("J'ai rompu avec lui" was right)
    "We broke up with them.",
    "Did you know that Paul broke up with Anna?",    # read, "Paul a séparé d'Anna" ("a rompu avec Anna" was right)
    "She broke up with her boyfriend last week.",    # came out right, "Elle a rompu avec son petit ami…"
    "The police broke up the fight.",         # a thing broken up
    "They broke up the meeting early.",
    "We broke up for the summer holidays.",   # a school's holidays
    "The groom brushed the horses.",          # one who grooms horses
    "She works as the groom at the stables.",
    "She is pregnant with twins.",            # came out right, "enceinte de jumeaux"
    "They were dating at the time.",          # read, "Ils sortaient ensemble." (the time left out)
    "They are dating now.",
    "They are dating the fossils with carbon.",
]

# hunt30 (s30): pregnant after how long ("My wife was nine months pregnant with our second child." had come out "Ma
# femme avait neuf mois à s'attendre à notre deuxième enfant.")
LEFT += ["My wife was nine months pregnant with our second child.",
         "She was six months pregnant with her first child."]
