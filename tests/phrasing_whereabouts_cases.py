"""Cases of where a place phrase attaches (whereabouts.py: "from" a home town after "to visit us", "by" a lake or a
river), read by tests/unit/test_phrasing.py with the other tables' cases: "My sister came to visit us from London…"
had come out «…nous rendre visite à Londres…» (long39, s36)."""

READ = [   # (typed, read): each entry of whereabouts.PHRASES read at least once
    ("My sister came to visit us from London on Friday evening.", "My sister came from London to visit us on Friday "
     "evening."),
    ("My aunt is coming to visit us from Canada in August.", "My aunt is coming from Canada to visit us in August."),
    ("An old friend came to see me from the United States.", "An old friend came from the United States to see me."),
    ("They come to visit my parents from Lyon every year.", "They come from Lyon to visit my parents every year."),
    ("We had a picnic by the lake.", "We had a picnic at the edge of the lake."),
    ("There is a nice little restaurant by the river.", "There is a nice little restaurant at the edge of the river."),
    ("By the lake there is a small café.", "At the edge of the lake there is a small café."),
]
LEFT = [   # looks like one, but is not
    "Our cousins flew in to visit us from Australia.",        # not a coming: «volent en Australie»
    "She came to visit us from time to time.",                 # not a place
    "The village was flooded by the river last winter.",      # an agent
    "The house is surrounded by the lake.",
    "The island was taken by the river's floods.",
    "The boat was by the river bank.",
    "We walked along the riverside by the lakeside hotel.",
]
