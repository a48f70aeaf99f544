"""What each live beam row has produced so far: ids, log-probs, attention, heads and alternatives.

Small values (ids, log-probs, alternatives) are one tensor per kind, ``[rows, steps, …]`` (None before the
first step): each step reorders them to the surviving rows and appends that step's values. Attention and
heads are large (a source-length row per step, times layers × heads), so reordering them every step would
copy the whole history each time; instead each step's rows are appended once to a ``RowStore`` and every
live row keeps the store positions of its own history (``path`` [rows, steps]). A finished hypothesis
gathers its rows from there, so it still reads its own attention without any stitching.
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


class RowStore:
    """Every row appended so far, in one buffer that doubles when full (each row is copied O(1) times)."""

    def __init__(self) -> None:
        self.buf: Optional[torch.Tensor] = None
        self.n = 0

    def append(self, rows: torch.Tensor) -> torch.Tensor:
        """Store ``rows`` [R, …]; returns their positions [R]."""
        if self.buf is None or self.n + len(rows) > len(self.buf):
            grown = rows.new_empty((max(2 * self.n, self.n + len(rows), 64),) + tuple(rows.shape[1:]))
            if self.buf is not None:
                grown[:self.n] = self.buf[:self.n]
            self.buf = grown
        self.buf[self.n:self.n + len(rows)] = rows
        self.n += len(rows)
        return torch.arange(self.n - len(rows), self.n, device=rows.device)

    def gather(self, positions: torch.Tensor) -> torch.Tensor:
        """Rows at ``positions`` [R, t] → [R, t, …]."""
        return self.buf.index_select(0, positions.reshape(-1)).view(*positions.shape, *self.buf.shape[1:])


@dataclass
class History:
    need_attention: bool
    need_heads: bool
    ids: Optional[torch.Tensor] = None
    lp: Optional[torch.Tensor] = None
    alt_id: Optional[torch.Tensor] = None
    alt_lp: Optional[torch.Tensor] = None
    path: Optional[torch.Tensor] = None          # [R, t] store positions of each row's attention and heads
    attn: Optional[RowStore] = None
    heads: Optional[RowStore] = None

    def __post_init__(self):
        self.attn = self.attn or (RowStore() if self.need_attention else None)
        self.heads = self.heads or (RowStore() if self.need_heads else None)

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
        stored = [(self.attn, now.pop("attn")), (self.heads, now.pop("heads"))]
        at = [store.append(v) for store, v in stored if store is not None]
        if at:                                   # attention and heads (when both) share their positions
            now["path"] = at[0]
        now.update(ids=tokens, lp=token_lps)
        return replace(self, **{k: None if v is None else _cat(getattr(self, k), rows, v) for k, v in now.items()})

    def select(self, rows: torch.Tensor) -> "History":
        """Only ``rows`` (finished sentences leave the batch)."""
        return replace(self, **{f.name: getattr(self, f.name).index_select(0, rows)
                                for f in fields(self) if isinstance(getattr(self, f.name), torch.Tensor)})

    def _full(self, store: Optional[RowStore], idx: torch.Tensor, now: Optional[torch.Tensor]):
        """Stored history of rows ``idx`` plus this step's values ``now`` (all rows), on the CPU."""
        if store is None:
            return None
        step = now.index_select(0, idx).unsqueeze(1)
        return (step if self.path is None else torch.cat([store.gather(self.path.index_select(0, idx)), step], 1)).cpu()

    def finishing(self, rows: list[int], out: StepOut, alt: Alternatives) -> Callable[[int], tuple]:
        """CPU copies of the histories of ``rows`` (this step's rows) including this step's attention,
        heads and alternatives; returns ``row → (ids, token log-probs, attention, heads, alternatives)``
        (ids and log-probs without this step: the caller appends the finishing token)."""
        idx = torch.tensor(rows, device=alt[1].device)
        at = {r: i for i, r in enumerate(rows)}
        now = self._step_values(out, alt)
        attn, heads = self._full(self.attn, idx, now["attn"]), self._full(self.heads, idx, now["heads"])
        full = {k: _cat(getattr(self, k), idx, now[k].index_select(0, idx)).cpu() for k in ("alt_id", "alt_lp")}
        ids = self.ids.index_select(0, idx).tolist() if self.ids is not None else [[] for _ in rows]
        lps = self.lp.index_select(0, idx).tolist() if self.lp is not None else [[] for _ in rows]

        def get(r: int) -> tuple:
            i = at[r]
            return (ids[i], lps[i], None if attn is None else attn[i].numpy(),
                    None if heads is None else heads[i].numpy(), alternatives(full["alt_id"][i], full["alt_lp"][i]))
        return get
