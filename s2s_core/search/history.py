"""What each live beam row has produced so far: ids, log-probs, attention, heads and alternatives.

One tensor per kind, ``[rows, steps, …]`` (None before the first step; attention and heads only when
asked). Each step reorders the histories to the surviving rows and appends that step's values, so a
finished hypothesis reads its own attention rows without any stitching.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Callable, Optional

import torch

from ..models.base import StepOut
from .hyps import alternatives

Alternatives = tuple[torch.Tensor, torch.Tensor]   # (log-probs [R, n], ids [R, n]) of one step


def _cat(old: Optional[torch.Tensor], rows: torch.Tensor, new: torch.Tensor) -> torch.Tensor:
    new = new.unsqueeze(1)
    return new if old is None else torch.cat([old.index_select(0, rows), new], 1)


@dataclass
class History:
    need_attention: bool
    need_heads: bool
    ids: Optional[torch.Tensor] = None
    lp: Optional[torch.Tensor] = None
    attn: Optional[torch.Tensor] = None
    heads: Optional[torch.Tensor] = None
    alt_id: Optional[torch.Tensor] = None
    alt_lp: Optional[torch.Tensor] = None

    def _step_values(self, out: StepOut, alt: Alternatives) -> dict:
        """This step's attention, heads and alternatives for every row (float), as fields."""
        return {"attn": out.attention.float() if self.need_attention else None,
                "heads": out.heads.float() if self.need_heads else None,
                "alt_id": alt[1], "alt_lp": alt[0].float()}

    def extended(self, rows: torch.Tensor, tokens: torch.Tensor, token_lps: torch.Tensor, out: StepOut,
                 alt: Alternatives) -> "History":
        """The histories of ``rows`` (this step's rows, one per surviving beam) plus this step: the
        chosen ``tokens`` and ``token_lps`` (one per surviving beam) and the rows' step values."""
        now = {k: None if v is None else v.index_select(0, rows) for k, v in self._step_values(out, alt).items()}
        now.update(ids=tokens, lp=token_lps)
        return replace(self, **{k: None if v is None else _cat(getattr(self, k), rows, v) for k, v in now.items()})

    def select(self, rows: torch.Tensor) -> "History":
        """Only ``rows`` (finished sentences leave the batch)."""
        return replace(self, **{f.name: getattr(self, f.name).index_select(0, rows)
                                for f in fields(self) if isinstance(getattr(self, f.name), torch.Tensor)})

    def finishing(self, rows: list[int], out: StepOut, alt: Alternatives) -> Callable[[int], tuple]:
        """CPU copies of the histories of ``rows`` (this step's rows) including this step's attention,
        heads and alternatives; returns ``row → (ids, token log-probs, attention, heads, alternatives)``
        (ids and log-probs without this step: the caller appends the finishing token)."""
        idx = torch.tensor(rows, device=alt[1].device)
        at = {r: i for i, r in enumerate(rows)}
        now = self._step_values(out, alt)
        full = {k: None if v is None else _cat(getattr(self, k), idx, v.index_select(0, idx)).cpu()
                for k, v in now.items()}
        ids = self.ids.index_select(0, idx).tolist() if self.ids is not None else [[] for _ in rows]
        lps = self.lp.index_select(0, idx).tolist() if self.lp is not None else [[] for _ in rows]

        def get(r: int) -> tuple:
            i = at[r]
            return (ids[i], lps[i], None if full["attn"] is None else full["attn"][i].numpy(),
                    None if full["heads"] is None else full["heads"][i].numpy(),
                    alternatives(full["alt_id"][i], full["alt_lp"][i]))
        return get
