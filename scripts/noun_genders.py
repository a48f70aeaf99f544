"""Derive ``s2s_core/noun_genders.txt`` (French word → gender, for agreement.py) from the French side of a corpus.

Counts each word after a masculine determiner ("le", "un", "mon", "ton", "son", "ce", "cet") and after a feminine
one ("la", "une", "ma", "ta", "sa", "cette"); "le"/"la" right after a subject pronoun, "ne" or "se" are pronouns
("il la porte") and are not counted, nor "ma"/"ta"/"sa" before a vowel (not written). A word is kept when seen
≥ ``--min`` times, ≥ ``--share`` of them one way, and not on ``_AMBIGUOUS`` (nouns of both genders, people of
either sex). Flags: "v" a word also used as a verb after a pronoun ("je commande": not mended after "le"/"la",
which could be a pronoun), "a" an adjective ("très petit": only mended with the noun after it agreeing).
Only the word list is written, no sentence of the corpus.

    OMP_NUM_THREADS=1 python scripts/noun_genders.py /work/train/enfr-mix/train.tsv > s2s_core/noun_genders.txt
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

MASC = {"le", "un", "mon", "ton", "son", "ce", "cet"}
FEM = {"la", "une", "ma", "ta", "sa", "cette"}
SUBJECT = {"je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ne", "n", "se", "s", "me", "m",
           "te", "t"}
VERB_AFTER = {"je", "tu", "il", "elle", "on", "ils", "elles", "ne", "se", "me", "te"}
ADJ_AFTER = {"très", "trop", "assez"}
STRONG = {"un", "une", "mon", "ma", "ton", "ta", "son", "sa", "ce", "cet", "cette"}     # never a pronoun before
# both genders as nouns, or a person of either sex: counts skewed by the corpus must not decide them
_AMBIGUOUS = set("""tour manche livre mode poste page voile moule somme mémoire critique physique vase solde crêpe
aide garde guide manœuvre mousse office pendule poêle cache enseigne greffe vague faux col mort politique moral
morale espace chose personne gens période finale radio photo auto moto vapeur merci après-midi orge parallèle
pendule pupille relâche trompette aigle couple délice amour orgue œuvre hymne foudre élève enfant collègue
secrétaire ministre juge journaliste artiste camarade touriste dentiste propriétaire adulte malade membre
partenaire responsable représentant camarade patient pianiste concierge libraire locataire fonctionnaire
bénévole stagiaire gosse bébé médecin docteur professeur chef auteur peintre acteur maire député chanteur
scientifique biologiste chimiste photographe interprète fleuriste standardiste adversaire complice
commissaire garde-malade homologue interlocuteur destinataire vétérinaire pharmacien cuisinier infirmier
type même autre seul seule jeune pauvre
tel telle quel quelle nul nulle leur lui moi toi soi rien tout toute manager pdg fin
me se ne nous vous que qui qu pas peu mal ici oui car comme jusqu pourquoi avant parler appeler fut son ton""".split())


def count(lines) -> tuple[Counter, Counter, Counter, Counter, Counter]:
    """(masculine, feminine, after-a-subject, after-an-adverb, after-a-strong-determiner) counts per word."""
    masc, fem, verb, adj, strong = Counter(), Counter(), Counter(), Counter(), Counter()
    for line in lines:
        words = re.findall(r"[a-zà-ÿœæ]+(?:-[a-zà-ÿœæ]+)*", line.rsplit("\t", 1)[-1].lower())
        for i in range(1, len(words)):
            d, w, before = words[i - 1], words[i], words[i - 2] if i > 1 else ""
            if d in VERB_AFTER:
                verb[w] += 1
            if d in ADJ_AFTER:
                adj[w] += 1
            if d in ("le", "la") and before in SUBJECT or d in ("mon", "ton", "son") and w[0] in _VOWEL:
                continue
            if d in STRONG:
                strong[w] += 1
            if d in MASC:
                masc[w] += 1
            elif d in FEM and not (d in ("ma", "ta", "sa") and w[0] in _VOWEL):
                fem[w] += 1
    return masc, fem, verb, adj, strong


_VOWEL = "aeiouyéèêëâàîïôûh"
_INVERTED = re.compile(r"-(?:je|tu|il|elle|on|nous|vous|ils|elles|moi|toi|le|la|les|lui|leur|y|en)$")  # "a-t-il"


def genders(masc, fem, verb, adj, strong, least: int, share: float):
    """(word, "m"/"f", flags) for each word one way often enough, and seen after a determiner that is never a
    pronoun (``STRONG``) in ≥ 10 % of its counts: "de le dire", "pour la fermer" are no nouns."""
    for w in sorted(set(masc) | set(fem)):
        m, f = masc[w], fem[w]
        n = m + f
        if n < least or w in _AMBIGUOUS or len(w) < 2 or _INVERTED.search(w) or max(m, f) < share * n \
                or strong[w] < 0.1 * n:
            continue
        flags = ("v" if verb[w] >= 0.05 * n else "") + ("a" if adj[w] >= 0.05 * n else "")
        yield w, "m" if m > f else "f", flags


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+", help="TSV files, French in the last column")
    ap.add_argument("--min", type=int, default=20)
    ap.add_argument("--share", type=float, default=0.95)
    args = ap.parse_args(argv)
    totals = [Counter() for _ in range(5)]
    for path in args.corpus:
        with open(path, encoding="utf-8") as f:
            for total, part in zip(totals, count(f)):
                total.update(part)
    print("# word<TAB>gender<TAB>flags (v: also a verb, a: an adjective); made by scripts/noun_genders.py")
    for w, g, flags in genders(*totals, args.min, args.share):
        print(f"{w}\t{g}\t{flags}".rstrip("\t"))


if __name__ == "__main__":
    main(sys.argv[1:])
