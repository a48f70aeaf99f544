"""Phrases of the garden and DIY (weeds, raking leaves, a leaking tap, a door that won't open) that the model had read
as another meaning.

The model knows "retirer les mauvaises herbes", "rassembler les feuilles" and "qui fuit", not "weed the garden" or
"rake the leaves": "I need to weed the garden." came out "Il me faut mouiller le jardin.", "I need to rake the
leaves." "Je dois rattraper les feuilles.", "The leaking tap kept me awake…" "La feuille de feu…"; each phrase is read
as a paraphrase it translates right. Each was kept only where its paraphrase came out right in at least three
sentences and no sentence tried came out worse.
"""

from __future__ import annotations

# a door or a window that is stuck, not one that will open at a time to come ("The door won't open until nine.")
_SHUTS = r"(door|window|drawer|gate|lid|cupboard)"
_NOT_A_TIME = r"(?!\s+(?:until|till|before|unless|on|at|for|again)\b)"
_WEEDED = (("weed", "remove"), ("weeds", "removes"), ("weeding", "removing"), ("weeded", "removed"))
_RAKED = (("rake", "gather"), ("rakes", "gathers"), ("raking", "gathering"), ("raked", "gathered"))
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "The back door won't open." → "…ne s'ouvrira pas.", "The window won't close." → "…ne se fermera pas."; "doesn't":
    # "ne s'ouvre pas", "ne ferme pas"; "The door wouldn't open." → "…ne s'ouvrirait pas."; "didn't want to": "ne
    # voulait pas s'ouvrir"
    (rf"\b{_SHUTS}\s+(?:won['’]t|will\s+not)\s+(open|close|shut)\b{_NOT_A_TIME}", r"\1 doesn't \2"),
    (rf"\b{_SHUTS}\s+(?:wouldn['’]t|would\s+not)\s+(open|close|shut)\b{_NOT_A_TIME}", r"\1 didn't want to \2"),
    # "I need to weed the garden." → "Il me faut mouiller le jardin.", "He was weeding the garden…" → "Il était mouillé
    # le jardin…"; "remove the weeds from": "retirer les mauvaises herbes du jardin"
    *((rf"\b{weed}\s+(the|my|our|your|his|her|their)\s+(garden|flower\s?beds?|vegetable\s+garden|borders?|lawn|"
       rf"patio)\b", rf"{remove} the weeds from \1 \2") for weed, remove in _WEEDED),
    # "I need to rake the leaves." → "Je dois rattraper les feuilles.", "I raked the leaves yesterday." → "J'ai raconté
    # les feuilles hier."; "gather": "rassembler les feuilles"
    *((rf"\b{rake}(?:\s+up)?\s+(the|some|all\s+the|those|these|dead|fallen)\s+leaves\b", rf"{gather} \1 leaves")
      for rake, gather in _RAKED),
    # "I'm doing some DIY this weekend." → "Je fais du DIV…", "We did some DIY yesterday." → "…du DIV hier."; "some
    # repairs": "quelques réparations" (house reads "good at DIY")
    (r"\b(do|does|did|doing|done)\s+((?:some|a\s+bit\s+of|a\s+lot\s+of|any|more|much|no)\s+)DIY\b", r"\1 \2repairs"),
    # "The leaking tap kept me awake all night." → "La feuille de feu…", "We have a leaking roof." → "Nous avons un
    # cuisinier de toit."; "a roof that leaks": "un toit qui fuit" (errands reads "the tap is leaking")
    (r"\b(a|the|my|our|your|this|that)\s+leaking\s+(tap|roof)\b", r"\1 \2 that leaks"),
    # "…she waters my plants when I travel." → "…elle arrosée mes plantes…", "She waters the plants every
    # morning." → "Elle a l'eau chaque matin les plantes."; "gives water to": "…elle donne de l'eau à mes plantes…"
    *((rf"\b{water}\s+(my|your|his|her|our|their|the)\s+(plants|flowers)\b", rf"{give} water to \1 \2")
      for water, give in (("waters", "gives"), ("watered", "gave"), ("watering", "giving"))),
    # "The kitchen tap is leaking again…" (errands.py: "…tap leaks again…") → "La cuisine fuit à nouveau." (the tap
    # lost, split or not); "once again" first: «Encore une fois, le robinet de cuisine fuit.» (twice), «Encore une
    # fois, le robinet fuit et…» (the kitchen's: "Once again, the bathroom tap leaks." came out «…la salle de bain
    # fuit»)
    (r"^the\s+kitchen\s+tap\s+leaks\s+again\b", "once again, the kitchen tap leaks"),
    # "The kitchen sink is blocked again and I think we need to call a plumber this week." → «…est bloqué et je
    # pense…» ("again" lost; "…again, and I…" lost it too); two sentences: «…est à nouveau bloqué. Je pense…»
    *((rf"\bagain\s+and\s+{who}\s+(?=(?:think|need|have|must|should|can['’]t|don['’]t)\b)", f"again. {said} ")
      for who, said in (("I", "I"), ("we", "We"))),
    # gardening opening a sentence, as what is done: "Gardening is relaxing." → «Allarder est détendant.»,
    # "Gardening is my favourite hobby." «Gardenir est…», "Gardening keeps me healthy." «Ça me garde…» (lost);
    # "working in the garden": «Travailler dans le jardin est…» (5 of 5); elsewhere it came out right ("I love
    # gardening." «J'adore jardiner.»)
    (r"(?:^|(?<=[.!?]\s))gardening\s+(?=(?:is|was|keeps|kept|makes|made|helps|takes|took|can|gives|has)\b)",
     "working in the garden "),
    # measure52 (s40): "The roses need pruning in early spring." → «Les roses ont besoin de paire…», "The trees need
    # pruning every year." «…besoin d'arbres…», "The hedge needs pruning every summer." «…besoin de prôner…»;
    # "need to be cut": «Les roses doivent être coupées…», «Les arbres doivent être coupés…», «La haie doit être
    # coupée…» (3 of 3; "trimming" came out «trimiser»; "need cutting" is read so too, but after this table)
    (r"\b(need|needs|needed)\s+pruning\b", r"\1 to be cut"),
    # gardening opening a list of things loved (fix53, measure52): "…my sister, who loves gardening, books about birds
    # and Italian cooking." → «…qui adore le jardin, les livres…» (the garden), "My mother loves gardening, books and
    # music." → «…adore le jardin…», "Grandma likes gardening, crosswords…" → «…aime le jardin…»; "working in the
    # garden": «…qui adore travailler dans le jardin, des livres…», «Ma mère adore travailler dans le jardin, les
    # livres et la musique.» (before a comma only: "She loves gardening." was right, «adore jardiner»)
    # ("enjoys gardening, …" came out right, «aime jardiner, …», and is left)
    (r"\b(loves?|loved|likes?|liked|adores?|adored)\s+gardening(?=\s*,)", r"\1 working in the garden"),
    # the back of a garden (fix53, measure52): "…plant a hedge along the back of the garden so that…" → «…une haie le
    # long du jardin…» ("the back" lost), "There is an old shed at the back of the garden." → «…au dos du jardin.» (a
    # body's back), "We put the compost heap along the back of the garden." → «Nous remettons la composante du
    # jardin.»; "at the bottom of the garden": «…une haie au bas du jardin…», «…une vieille cabane au bas du jardin.»,
    # «Nous mettons le fossé au fond du jardin.» ("at the end of" came out «à la fin du jardin»)
    (r"\b(?:along|at)\s+the\s+back\s+of\s+(the|our|my|their|your|his|her)\s+garden\b", r"at the bottom of \1 garden"),
)
