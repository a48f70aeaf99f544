"""The Transformer decoder's self-attention cache: one preallocated buffer for all layers, reused.

Layout ``[capacity, layers, 2 (k, v), B, H, dh]``, time first, so the filled prefix ``buf[:pos]`` is
contiguous: a step appends in place and beam reordering is one ``index_select`` of that prefix.

Why buffers are recycled: every beam step reorders into a fresh buffer, and a big one (batch 64 × beam 5
is 30–60 MB) comes straight from the OS each time, so the step pays a page fault per 4 KiB on first write
(measured: 3× the cost of the copy itself). States that descend from one ``init_state`` share a
``_Family`` that keeps up to two buffers whose states have all been dropped and hands them out again;
the family dies with the search, so nothing is held between requests. A buffer is recycled only when no
state and no other Python reference holds it (views taken from a state's ``buf`` are valid while that
state lives, as for any tensor the model owns).
"""
from __future__ import annotations

import sys
from typing import Optional

import torch

SPARE_BUFFERS = 2        # per search: the ping-pong of reordering needs one, growth may leave another


class _Family:
    """Spare buffers of one search's states, by shape."""
    __slots__ = ("spare",)

    def __init__(self):
        self.spare: list[torch.Tensor] = []

    def take(self, shape: tuple, like: torch.Tensor) -> torch.Tensor:
        for i, buf in enumerate(self.spare):
            if buf.shape == shape and buf.dtype == like.dtype and buf.device == like.device:
                return self.spare.pop(i)
        return like.new_empty(shape)


class _Slab:
    """One buffer, the number of positions written into it, and the family it returns to when every
    state over it is gone."""
    __slots__ = ("buf", "filled", "family")

    def __init__(self, buf: torch.Tensor, filled: int, family: _Family):
        self.buf, self.filled, self.family = buf, filled, family

    def __del__(self):
        try:       # refcount 2: our attribute and the argument; anything more is another holder
            if len(self.family.spare) < SPARE_BUFFERS and sys.getrefcount(self.buf) == 2:
                self.family.spare.append(self.buf)
        except Exception:   # interpreter shutdown: nothing to recycle
            pass


class KVCache:
    """Self-attention keys/values of every decoder layer up to ``pos``. States over one buffer share its
    ``_Slab``; ``slab.filled`` tells a state that was decoded from again (its slot ``pos`` since written by a
    later state) to copy first, so a kept state stays valid."""
    __slots__ = ("slab", "pos", "family")

    def __init__(self, slab: Optional[_Slab], pos: int, family: Optional[_Family] = None):
        self.slab, self.pos = slab, pos
        self.family = family if family is not None else (slab.family if slab is not None else _Family())

    @property
    def buf(self) -> Optional[torch.Tensor]:
        return None if self.slab is None else self.slab.buf

    def select(self, idx: torch.Tensor) -> "KVCache":
        """Batch rows ``idx`` (beam reordering, dropping finished sentences) into another buffer."""
        if self.slab is None:
            return KVCache(None, self.pos, self.family)
        old, pos = self.slab.buf, self.pos
        buf = self.family.take(old.shape[:3] + (idx.numel(),) + old.shape[4:], old)
        torch.index_select(old[:pos], 3, idx, out=buf[:pos])
        return KVCache(_Slab(buf, pos, self.family), pos)

    def writable(self, rows: int, layers: int, heads: int, dh: int, like: torch.Tensor) -> "KVCache":
        """This cache, or a copy of it, with room to write position ``pos`` in place."""
        slab, pos = self.slab, self.pos
        if slab is not None and pos == slab.filled and pos < slab.buf.size(0):
            return self
        new = self.family.take((max(16, 2 * pos), layers, 2, rows, heads, dh), like)
        if pos:
            new[:pos] = slab.buf[:pos]
        return KVCache(_Slab(new, pos, self.family), pos)

    def advanced(self) -> "KVCache":
        """After a step wrote slot ``pos``: the state one position on, over the same buffer."""
        self.slab.filled = self.pos + 1
        return KVCache(self.slab, self.pos + 1)
