"""The beam-search tree: every candidate the beam ranked (kept, finished or pruned), per sentence."""
from __future__ import annotations

from typing import Sequence

from .hyps import TreeNode


class Tree:
    """Nodes per sentence plus, for each live beam row, the node it continues (−1 for the root)."""

    def __init__(self, n_sentences: int, K: int):
        self.nodes: list[list[TreeNode]] = [[] for _ in range(n_sentences)]
        self.node_of_row = [-1] * (n_sentences * K)

    def record(self, ranked, sent: Sequence[int], K: int, t: int) -> None:
        """Add step ``t``'s ranked candidates (``beam.Ranked``); map the surviving rows to their nodes."""
        rows = []
        for n, s in enumerate(sent):
            chosen = ranked.keep[n].tolist()
            node_of_cand = self._add(n, s, ranked, chosen, K, t)
            rows.extend(node_of_cand.get(j, -1) for j in chosen)
        self.node_of_row = rows

    def _add(self, n: int, s: int, ranked, chosen: list[int], K: int, t: int) -> dict[int, int]:
        nodes, node_of_cand = self.nodes[s], {}
        for j in range(ranked.scores.size(1)):
            score = float(ranked.scores[n, j])
            if score == float("-inf"):
                continue
            status = "finished" if bool(ranked.is_eos[n, j]) and j < K else "active" if j in chosen else "pruned"
            node_of_cand[j] = len(nodes)
            nodes.append(TreeNode(len(nodes), self.node_of_row[int(ranked.parent[n, j])], int(ranked.tokens[n, j]),
                                  score, t, status))
        return node_of_cand

    def select(self, rows: Sequence[int]) -> None:
        """Keep only ``rows`` (sentences that are done leave the batch)."""
        self.node_of_row = [self.node_of_row[r] for r in rows]
