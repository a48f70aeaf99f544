"""Greedy and beam search, batched over sentences × beams, over any ``Seq2Seq``.

Ranking score (documented, used everywhere): ``score = log_prob / len(ids) ** length_penalty`` where
``log_prob`` is the summed token log-probability and ``len(ids)`` counts the final ``</s>``.
``length_penalty=0`` ranks by raw log-probability; 1 (the default) by average per-token log-probability.

Every finished hypothesis carries its own attention rows (reordered with its beam at each step), so the
n-best list needs no stitching afterwards.

Built from small parts, as Sockeye's search is: ``rules`` (which tokens may come next: lengths, forced
prefixes), ``history`` (what each live row has produced), ``hyps`` (finished hypotheses and scores),
``tree`` (what the beam explored), and the two loops ``greedy`` and ``beam``.
"""
from .beam import beam_search
from .greedy import greedy_search
from .hyps import N_ALTERNATIVES, SearchHyp, TreeNode, length_normalise
from .rules import max_lengths

__all__ = ["beam_search", "greedy_search", "SearchHyp", "TreeNode", "N_ALTERNATIVES", "length_normalise",
           "max_lengths"]
