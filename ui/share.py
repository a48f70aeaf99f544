"""What a shared link holds beyond the model, the text and the decoding settings (``ui.state``).

Translate page: the attention view — ``layer`` and ``head`` (1-based, or ``avg``), ``merge=0`` (pieces, not
whole words) and ``stretch=1`` — written only when they differ from the defaults, so a plain link stays short.
Inspect page: the tab (a widget bound to the URL, ``inspect_tab``), the sentence (``text``), and the open
tab's state: ``layer`` and ``head`` of the Heads tab, ``node`` of the Beam tree tab, and ``merge=0`` where
that tab's "Whole words" toggle is off (as on Translate).

A link's values are remembered when the session starts and applied once, by the page that draws the
controls (it knows the model's layers and heads).
"""
from __future__ import annotations

from typing import Mapping, Optional

import streamlit as st

from s2s_core.catalog import default_attention

PENDING = "_link_view"        # a link's attention view, waiting for the page that draws the controls
PENDING_NODE = "_link_node"
AVERAGE = "avg"


def _index(value: Optional[str], count: int) -> Optional[int]:
    """'avg' → -1, '1'…'count' → 0…count-1; anything else → None (ignored)."""
    if value == AVERAGE:
        return -1
    try:
        i = int(str(value)) - 1
    except (TypeError, ValueError):
        return None
    return i if 0 <= i < count else None


def remember(qp: Mapping[str, str]) -> None:
    """Once per session (``ui.state.restore_from_query``): keep the link's view and beam-tree node."""
    view = {k: qp[k] for k in ("layer", "head") if k in qp}
    view.update({k: qp.get(k) == "1" for k in ("merge", "stretch") if k in qp})
    if view:
        st.session_state[PENDING] = view
    if str(qp.get("node", "")).isdigit():
        st.session_state[PENDING_NODE] = int(qp["node"])


def apply_view_link(key: str, layers: int, heads: int) -> None:
    """Before the attention controls ``key`` are drawn: set them from a link's view (once)."""
    view = st.session_state.pop(PENDING, None)
    if not view:
        return
    ss = st.session_state
    for flag in ("merge", "stretch"):
        if flag in view:
            ss[f"{key}_{flag}"] = bool(view[flag])
    layer, head = _index(view.get("layer"), layers), _index(view.get("head"), heads)
    if layer is not None:
        ss[f"{key}_layer_{layers}"] = layer
    if head is not None:
        ss[f"{key}_head_{heads}"] = head


def view_params(key: str, config, card: Optional[dict] = None) -> dict:
    """The attention view of controls ``key`` as link parameters (only what differs from the defaults:
    the model card's best-aligned view, else the penultimate layer's average)."""
    ss, params = st.session_state, {}
    if ss.get(f"{key}_stretch"):
        params["stretch"] = "1"
    if not ss.get(f"{key}_merge", True):            # whole words are the default
        params["merge"] = "0"
    if config is None or config.arch != "transformer":
        return params
    layers, heads = config.dec_layers, config.n_heads
    d_layer, d_head = default_attention(card or {}, layers, heads)
    d_head = -1 if d_head is None else d_head
    layer, head = ss.get(f"{key}_layer_{layers}", d_layer), ss.get(f"{key}_head_{heads}", d_head)
    if (layer, head) != (d_layer, d_head):
        params["layer"] = AVERAGE if layer < 0 else str(layer + 1)
        params["head"] = AVERAGE if head < 0 else str(head + 1)
    return params


def apply_grid_link(layers: int, heads: int) -> None:
    """Before the Heads tab's pickers are drawn: the link's layer and head (once; averages do not apply)."""
    view = st.session_state.pop(PENDING, None) or {}
    layer, head = _index(view.get("layer"), layers), _index(view.get("head"), heads)
    if layer is not None and layer >= 0:
        st.session_state["grid_layer"] = layer
    if head is not None and head >= 0:
        st.session_state["grid_head"] = head


def apply_merge_link(key: str) -> None:
    """Before an Inspect tab's "Whole words" toggle ``key`` is drawn: the link's ``merge`` (once)."""
    view = st.session_state.get(PENDING) or {}
    if "merge" in view:
        st.session_state[key] = bool(view.pop("merge"))


MERGE_KEYS = {"Heads": "grid_merge", "Beam tree": "tree_merge"}     # Inspect's tabs with a "Whole words" toggle


def linked_node() -> Optional[int]:
    """The beam-tree node a link asked for (once)."""
    return st.session_state.pop(PENDING_NODE, None)


def inspect_params(settings: dict, sentence: str, tab: Optional[str]) -> None:
    """Keep the Inspect page's URL complete: model and decoding settings (``settings``), the sentence, and
    the open tab's state (the tab itself is a widget bound to the URL)."""
    ss = st.session_state
    want = {**settings, "text": sentence}
    if tab == "Heads" and isinstance(ss.get("grid_layer"), int) and isinstance(ss.get("grid_head"), int):
        want.update(layer=str(ss["grid_layer"] + 1), head=str(ss["grid_head"] + 1))
    if tab == "Beam tree" and isinstance(ss.get("tree_node"), int):
        want["node"] = str(ss["tree_node"])
    merge_key = MERGE_KEYS.get(tab or "")
    if merge_key and ss.get(merge_key) is False:            # whole words are the default
        want["merge"] = "0"
    qp = st.query_params
    for k in [k for k in ("node", "layer", "head", "merge", "stretch", "presenter") if k in qp and k not in want]:
        del qp[k]
    changed = {k: v for k, v in want.items() if qp.get(k) != v}
    if changed:
        qp.update(changed)
