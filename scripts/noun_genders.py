"""Derive ``s2s_core/noun_genders.txt`` (French word → gender, for agreement.py) from the French side of a corpus.

Counts each word after a masculine determiner ("le", "un", "mon", "ton", "son", "ce", "cet") and after a feminine
one ("la", "une", "ma", "ta", "sa", "cette"); "le"/"la" right after a subject pronoun, "ne" or "se" are pronouns
("il la porte") and are not counted, nor "ma"/"ta"/"sa" before a vowel (not written). A word is kept when seen
≥ ``--min`` times, ≥ ``--share`` of them one way, and not on ``_AMBIGUOUS`` (nouns of both genders, people of
either sex). Flags: "v" a word also used as a verb after a pronoun, ≥ 1 % of its counts ("je commande": not mended
after "le"/"la", which could be a pronoun), "a" an adjective ("très petit", "certain"/"certaine": only mended with
the noun after it agreeing). Ordinals ("la cinquième fois", "le cinquième") and people in "-iste" ("la
journaliste") are left out; a word must be seen after a determiner that is never a pronoun ("un", "ma", …) in
≥ 10 % of its counts ("de le dire" is no noun). Only the word list is written, no sentence of the corpus.

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
me se ne nous vous que qui qu pas peu mal ici oui car comme jusqu pourquoi avant parler appeler fut son ton
mieux moins plus pire procureur numéro dont sont pile capitaine caporal militaire poète détective contribuable
comptable""".split())
# adjectives that go before a noun and are seldom after "très": "la meilleur méthode" is not "le meilleur"
_BEFORE_NOUN = set("""meilleur meilleure premier première dernier dernière prochain prochaine certain certaine
seul seule second seconde grand grande petit petite bon bonne mauvais mauvaise nouveau nouvel nouvelle beau bel
belle vieux vieil vieille gros grosse long longue haut haute excellent excellente vrai vraie faux fausse énorme
principal principale simple double triple véritable""".split())


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
        if n < least or w in _AMBIGUOUS or len(w) < 2 or _INVERTED.search(w) and w != "rendez-vous" \
                or w.endswith(("ième", "iste")) and w not in ("liste", "piste") or max(m, f) < share * n \
                or strong[w] < 0.1 * n:
            continue
        flags = ("v" if verb[w] >= max(3, 0.01 * n) else "") + ("a" if _adjective(w, adj[w], n, masc, fem) else "")
        yield w, "m" if m > f else "f", flags


def _masculine_forms(w: str) -> set[str]:
    """The masculine forms a feminine word may come from: "petite" → "petit", "bonne" → "bon", "première" →
    "premier", "heureuse" → "heureux", "neuve" → "neuf"."""
    forms = {w[:-1]} if w.endswith("e") else set()
    forms |= {w[:-2]} if re.search(r"(nn|ll|tt)e$", w) else set()
    forms |= {w[:-3] + "er"} if w.endswith("ère") else set()
    forms |= {w[:-2] + "x"} if w.endswith("se") else set()
    return forms | ({w[:-2] + "f"} if w.endswith("ve") else set())


def _feminine_forms(w: str) -> tuple[str, ...]:
    """Candidates for the feminine of a masculine word (kept where ``_masculine_forms`` leads back to it)."""
    return w + "e", w + w[-1] + "e", w[:-2] + "ère", w[:-1] + "se", w[:-1] + "ve"


def _adjective(w: str, after_adverb: int, n: int, masc, fem) -> bool:
    """Whether ``w`` is an adjective: often after "très", listed, or one gender's form of a pair that is seen
    too ("certain"/"certaine", "premier"/"première", "heureux"/"heureuse")."""
    if after_adverb >= 0.05 * n or w in _BEFORE_NOUN:
        return True
    pairs = _masculine_forms(w) if fem[w] > masc[w] else {f for f in _feminine_forms(w) if w in _masculine_forms(f)}
    return any(masc[p] + fem[p] >= 20 and (fem[p] > masc[p]) == (masc[w] > fem[w]) for p in pairs - {w})


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
