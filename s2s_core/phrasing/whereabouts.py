"""Where a place phrase attaches in a long sentence: "from" a home town after "to visit us", "by" a lake or a river.

Long sentences a visitor types (long39, session 36) bound a place phrase to the wrong word: "My sister came to visit
us from London on Friday evening…" came out «…est venue nous rendre visite à Londres…» (the visit in London), "My aunt
is coming to visit us from Canada…" «…nous rendre visite au Canada…»; read "came from London to visit us" each came
out «…est venue de Londres pour nous rendre visite…». "by the lake" was read as an agent or a way ("We had a picnic by
the lake" → «…un pique-nique par le lac», "a restaurant by the lake" «un restaurant du lac», "we sat by the river"
«…assis à la rivière»); read "at the edge of the lake" «au bord du lac», «au bord de la rivière». Each kept only where
its reading came out right in three sentences or more and no sentence tried came out worse.
"""
from __future__ import annotations

_OBJECT = r"(?:us|me|him|her|them|(?:my|our|his|her|their)\s+[a-z]+)"
_PLACE = r"(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "My sister came to visit us from London…" → «…nous rendre visite à Londres…», "…coming to visit us from
    # Canada…" «…au Canada…», "…came to see us from Scotland…" «…de l'Escotlande et nous les sommes rendus…»; "came
    # from London to visit us": «…venue de Londres pour nous rendre visite…» (6 of 6 right or better); only a coming
    # ("flying in from Australia to visit us" came out «…volent en Australie…»)
    (rf"\b(come|comes|came|coming)\s+to\s+(visit|see)\s+({_OBJECT})\s+from\s+({_PLACE})", r"\1 from \4 to \2 \3"),
    # "We had a picnic by the lake…" → «…par le lac», "a nice little restaurant by the lake" «…par le lac», "we sat
    # by the river" «…à la rivière», "a small cottage by the river" «…par la rivière»; "at the edge of the": «au bord
    # du lac», «au bord de la rivière» (12 of 12; "near the" had said «près du lac» where «au bord du lac» had come
    # out right, "on the bank of the river" «la banque»); not an agent after a participle ("flooded by the river",
    # "surrounded by the lake"), nor "was/were/down by the river"
    (r"(?<![a-z]ed\s)(?<![a-z]en\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bdown\s)\bby\s+the\s+(lake|river)\b"
     r"(?!['’]s)(?!\s*side\b)", r"at the edge of the \1"),
)
