"""sacreBLEU BLEU and chrF (with signatures), multi-reference, and the lowercased tokenised variant
used by Multi30k papers (Moses tokenisation via sacremoses, then BLEU with tokenize='none')."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from sacrebleu.metrics import BLEU, CHRF


@dataclass
class Scores:
    bleu: float
    chrf: float
    bleu_signature: str
    chrf_signature: str
    n: int
    lowercase_tok: bool = False

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@lru_cache(maxsize=8)
def _moses(lang: str):
    from sacremoses import MosesTokenizer
    return MosesTokenizer(lang=lang)


def moses_lower(text: str, lang: str) -> str:
    return " ".join(_moses(lang).tokenize(text, escape=False)).lower()


def reference_streams(refs: Sequence[Sequence[str]]) -> list[list]:
    """Per-sentence reference lists (any count) → sacreBLEU streams, None where a sentence has fewer."""
    width = max((len(r) for r in refs), default=1)
    return [[r[k] if k < len(r) else None for r in refs] for k in range(width)]


def score(hypotheses: Sequence[str], references: Sequence[Sequence[str]], lowercase_tok: bool = False,
          lang: str = "en") -> Scores:
    """Corpus BLEU and chrF. ``references[i]`` lists the references of sentence i (one or more)."""
    if len(hypotheses) != len(references):
        raise ValueError(f"{len(hypotheses)} hypotheses but {len(references)} reference sets")
    if not hypotheses:
        raise ValueError("nothing to score")
    chrf = CHRF()
    chrf_score = chrf.corpus_score(list(hypotheses), reference_streams(references))
    if lowercase_tok:
        hypotheses = [moses_lower(h, lang) for h in hypotheses]
        references = [[moses_lower(r, lang) for r in refs] for refs in references]
        bleu = BLEU(tokenize="none", lowercase=True)
    else:
        bleu = BLEU()
    bleu_score = bleu.corpus_score(list(hypotheses), reference_streams(references))
    sig = str(bleu.get_signature()) + ("|moses-tok+lc" if lowercase_tok else "")
    return Scores(bleu_score.score, chrf_score.score, sig, str(chrf.get_signature()), len(hypotheses), lowercase_tok)


def sentence_scores(hypotheses: Sequence[str], references: Sequence[Sequence[str]]) -> list[float]:
    """Sentence-level chrF (more stable than sentence BLEU) to find the worst translations."""
    chrf = CHRF()
    return [chrf.sentence_score(h, list(r)).score for h, r in zip(hypotheses, references)]
