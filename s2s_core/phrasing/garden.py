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
)
