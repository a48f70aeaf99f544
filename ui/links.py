"""Alignment links beside a heatmap: source and target words on two lines joined by the links a matrix
implies (merged words; each target word's best source word, or every source word above a threshold),
with the links as JSON and the picture as PNG/SVG. The Translate page draws them from the attention
shown; the Inspect page's attribution tab from whichever method is picked."""
from __future__ import annotations

from typing import Optional, Sequence

import numpy as np
import streamlit as st

from s2s_core.alignment import WordLinks, word_links
from s2s_core.alignment_viz import links_figure, links_json

from .exports import chart, image_buttons
from .state import Context

MODES = {"argmax": "Best source word per target word", "threshold": "Every link above a threshold"}


def rule(key: str) -> Optional[float]:
    """The link rule picked: None (argmax per target word) or the threshold."""
    c1, c2 = st.columns([3, 2])
    mode = c1.radio("Links", list(MODES), key=f"{key}_mode", horizontal=True, format_func=MODES.get)
    threshold = c2.slider("Threshold (share of the target word's row)", 0.05, 0.95, 0.3, 0.05, key=f"{key}_thr",
                          disabled=mode != "threshold")
    return threshold if mode == "threshold" else None


def _caption(links: WordLinks, what: str) -> str:
    how = ("each target word is linked to the source word with the largest share of its row" if links.threshold
           is None else f"every source word with at least {links.threshold:.0%} of a target word's row is linked")
    tail = "" if links.links or links.threshold is None else " No link reaches the threshold: try a lower one."
    return (f"From {what}, on words (pieces merged, the end of the sentence left out): {how}; thicker, darker lines "
            f"carry more. Hover the middle of a link for its share.{tail}")


def panel(ctx: Context, matrix: np.ndarray, src_pieces: Sequence[str], tgt_pieces: Sequence[str], key: str,
          what: str = "the attention shown", exports: bool = True) -> WordLinks:
    """Rule pickers, the links picture and (unless presenting) its exports; returns the links drawn."""
    links = word_links(matrix, src_pieces, tgt_pieces, None if ctx.presenter else rule(key))  # no pickers
    fig = links_figure(links, font_size=16 if ctx.presenter else 12)
    chart(fig, f"{key}_fig")
    st.caption("Each word in the translation is joined to the source word it drew on most; thicker lines carry "
               "more." if ctx.presenter else _caption(links, what))
    if exports and not ctx.presenter:
        c1, c2 = st.columns([1, 2])
        c1.download_button("Links (JSON)", links_json(links, links_from=what), "links.json", "application/json",
                           key=f"{key}_json", on_click="ignore")
        with c2:
            image_buttons(fig, key, label="Links", stem="links")
    return links


def attention_links(ctx: Context, src_pieces: Sequence[str], tgt_pieces: Sequence[str], matrix: np.ndarray,
                    key: str, exports: bool = True) -> None:
    """The Translate page's links, under its heatmap, from the attention the heatmap shows."""
    if np.size(matrix) == 0:
        return
    with st.expander("Alignment links"):
        panel(ctx, matrix, src_pieces, tgt_pieces, f"{key}_links", "the attention shown above", exports)
