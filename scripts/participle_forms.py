"""Derive ``s2s_core/participle_forms.txt`` (an adjective's or past participle's four forms, for participles.py)
from the French side of a corpus.

Counts each word after "être" ("… est X", "… a été X", "… sont X", "… étaient X", with "ne … pas" and one adverb
allowed between), after any subject and after "il"/"elle" alone: a masculine form ``m`` and a feminine one ``f``
(``f`` built by ``noun_genders._feminine_forms`` and leading back to ``m``) are a pair when each is seen
≥ ``--min`` times after "être", "elle … m" is ≤ ``--slip`` of "elle … f" (+1) and "il … f" ≤ ``--slip`` of
"il … m" (+1): "elle est médecin", so "médecine" is no feminine of it. The plurals: "f" + "s"; "m" + "s" where
"… m+s" is seen ≥ 3 times (else "m" itself if it ends in s/x; else "-", not mended). Only the word list is
written, no sentence of the corpus (~10 s CPU).

    OMP_NUM_THREADS=1 python scripts/participle_forms.py /work/train/enfr-mix/train.tsv > s2s_core/participle_forms.txt
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

from noun_genders import _feminine_forms, _masculine_forms

_ETRE = r"(?:est|était|sera|serait|fut|soit|a été|avait été|aura été|aurait été|ait été|sont|étaient|seront|" \
        r"seraient|furent|soient|ont été|avaient été|auront été|auraient été|aient été)"
_AFTER_SUBJECT = re.compile(rf"(?<![\w'’-])([a-zà-ÿœæ]+) (?:n['’] ?|ne )?{_ETRE}"
                            r"(?: (?:pas|plus|jamais|très|trop|si|assez|déjà|toujours|vraiment|bien))?"
                            r" ([a-zà-ÿœæ]+)(?![\w'’-])")
# words after "être" not to mend: adverbs ("tout", "fort", "fin prête", "bel et bien", "haut placée", "si haut sur
# pattes"), "bon marché", a numeral
# ("elles sont neuf"), determiners, pronouns and prepositions ("cet", "chacun", "pendant")
_LEFT_OUT = set("""tout tous toute toutes bon bonne bons bonnes même mêmes fort haut cet chacun bel fin neuf
pendant""".split())


def count(lines) -> dict[str, Counter]:
    """pronoun → Counter of the word after it and "être"."""
    seen = {p: Counter() for p in ("il", "elle", "ils", "elles", "any")}
    for line in lines:
        for subject, word in _AFTER_SUBJECT.findall(line.rsplit("\t", 1)[-1].lower()):
            seen["any"][word] += 1
            if subject in seen:
                seen[subject][word] += 1
    return seen


def pairs(seen: dict[str, Counter], least: int, slip: float):
    """(m, f, masculine plural or "-", feminine plural) for each pair seen often enough after "être"."""
    any_, il, elle = seen["any"], seen["il"], seen["elle"]
    for m in sorted(any_):
        if any_[m] < least or m in _LEFT_OUT or len(m) < 2:
            continue
        found = [f for f in dict.fromkeys(_feminine_forms(m))
                 if f != m and m in _masculine_forms(f) and any_[f] >= least]
        if len(found) != 1 or elle[m] > slip * elle[found[0]] + 1 or il[found[0]] > slip * il[m] + 1:
            continue
        f = found[0]
        plural = m if m.endswith(("s", "x")) else m + "s" if any_[m + "s"] >= 3 else "-"
        yield m, f, plural, f + "s"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+", help="TSV files, French in the last column")
    ap.add_argument("--min", type=int, default=2)
    ap.add_argument("--slip", type=float, default=0.1)
    args = ap.parse_args(argv)
    seen = {p: Counter() for p in ("il", "elle", "ils", "elles", "any")}
    for path in args.corpus:
        with open(path, encoding="utf-8") as f:
            for pronoun, counts in count(f).items():
                seen[pronoun].update(counts)
    print("# masculine<TAB>feminine<TAB>masculine plural (- unknown)<TAB>feminine plural; "
          "made by scripts/participle_forms.py")
    for row in pairs(seen, args.min, args.slip):
        print("\t".join(row))


if __name__ == "__main__":
    main(sys.argv[1:])
