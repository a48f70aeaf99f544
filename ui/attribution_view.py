"""The Inspect page's "Attention vs attribution" tab (issue 16): for one hypothesis, the attention (the
layer/head pickers as elsewhere; default: the model card's best-aligned choice) beside every attribution
method, all on the same axes and one colour scale, each with a one-line agreement with the attention,
then the alignment links of whichever method is picked, and the exports.

Integrated gradients runs a few forward/backward passes per target token; on a big model or a long
sentence it waits for a button (``AUTO_IG_WORK``) and then runs under a spinner. Every matrix is
cached per (model, sentence, settings, hypothesis, method, layer, head) by ``engine.attribution_maps``.
"""
from __future__ import annotations

import json
import math
from typing import Optional

import numpy as np
import streamlit as st

from s2s_core import viz
from s2s_core.alignment_viz import method_heatmap, shared_zmax
from s2s_core.attribution import ALL_LAYERS, LABELS, METHODS, agreement
from s2s_core.translator import Translation

from . import engine, links
from .exports import heatmap_chart, image_buttons, matrix_buttons, short_hash
from .result import AttentionView, attention_controls
from .state import Context

IG = "integrated_gradients"
AUTO_IG_WORK = 1e8     # parameters × target tokens up to which integrated gradients runs without a button
                       # (a 2 M model on 20 tokens ≈ 4e7 runs at once; the 10 M default waits for it)


def _hypothesis(tr: Translation, presenter: bool = False) -> int:
    """The picked hypothesis; each sentence's picker starts on the best (one kept across sentences had shown the
    last sentence's hypothesis in its box over the new sentence's maps)."""
    hyps = tr.hypotheses
    if len(hyps) == 1:
        return 0
    return st.selectbox("Hypothesis", range(len(hyps)), key=f"attr_hyp_{short_hash(tr.source)}",
                        format_func=lambda i: f"{i + 1}: {hyps[i].text}" + ("" if presenter else
                                                                           f"  (score {hyps[i].score:.3f})"))


def _layer_head(ctx: Context, view: AttentionView) -> tuple[Optional[int], Optional[int]]:
    """The pickers' choice in ``attribution`` numbering (RNNs: their one attention)."""
    if ctx.arch != "transformer":
        return None, None
    return (ALL_LAYERS if view.layer is None else view.layer), view.head


def _want_ig(ctx: Context, tokens: int, sid: str) -> bool:
    """Integrated gradients now (small model and sentence, or asked for), else a button that asks."""
    work = sum(p.numel() for p in ctx.translator.model.parameters()) * tokens
    asked = st.session_state.get("attr_ig_for") == sid
    if work <= AUTO_IG_WORK or asked:
        return True
    box = st.empty()
    with box.container():
        st.info("Integrated gradients runs several backward passes per target word: on this model it can take a "
                "while, so it waits until you ask.")
        clicked = st.button("Compute integrated gradients", key="attr_ig_btn")
    if clicked:
        st.session_state["attr_ig_for"] = sid
        box.empty()                # the notice and its button go once asked, in this very run
        return True
    return False


def _shown(mats: dict, src: list[str], tgt: list[str], merge: bool,
           words_only: bool = False) -> tuple[dict, list[str], list[str]]:
    """Every method's matrix on the display axes (words when merged, else pieces); ``words_only`` (presenter
    mode): without the end-of-sentence row and column, as Translate's map."""
    if not merge:
        return mats, list(src), list(tgt)
    out = {m: viz.merge_attention(a, src, tgt) for m, a in mats.items()}
    if words_only:
        out = {m: viz.without_end(*v) for m, v in out.items()}
    _, src_l, tgt_l = next(iter(out.values()))
    return {m: v[0] for m, v in out.items()}, src_l, tgt_l


def _agreement_line(base: np.ndarray, other: np.ndarray, src_l, tgt_l, unit: str) -> str:
    a = agreement(base, other, src_l, tgt_l)
    rho = "n/a" if math.isnan(a.rank_correlation) else f"{a.rank_correlation:.2f}"
    return (f"Agreement with attention: rank correlation {rho}; same top source {unit} for "
            f"{round(a.top_agreement * a.rows)} of {a.rows} target {unit}s ({a.top_agreement:.0%}).")


def _maps(ctx: Context, shown: dict, src_l, tgt_l, unit: str, stretch: bool) -> dict:
    """The maps two by two on one colour scale (stretched: to the largest cell of all maps); returns
    method → figure (for the exports)."""
    zmax, font = shared_zmax(list(shown.values()), stretch), 16 if ctx.presenter else 12
    height = max(300, (44 if ctx.presenter else 28) * len(tgt_l) + 170)
    figs, items = {}, list(shown.items())
    for start in range(0, len(items), 2):                  # rows of two maps, aligned at the top
        for col, (m, mat) in zip(st.columns(2), items[start:start + 2]):
            figs[m] = method_heatmap(mat, src_l, tgt_l, LABELS[m].capitalize(), zmax, font, height)
            heatmap_chart(figs[m], f"attr_map_{m}", col)
            if m != "attention":
                col.caption(_agreement_line(shown["attention"], mat, src_l, tgt_l, unit))
    if ctx.presenter:          # no end row or column here: the rows no longer sum to 1, and there is no </s>
        st.caption("Every map shares one colour scale and the same words on both axes, so colours compare across "
                   "maps; darker = more.")
    else:
        st.caption(f"Every map shares one colour scale (0 to {zmax:.2f}) and the same {unit}s on both axes; each "
                   f"row is a share (it sums to 1), so colours compare across maps. “{viz.END_LABEL}”, the end of "
                   "the sentence, is left out of the agreement.")
    return figs


def _exports(shown: dict, figs: dict, src_l, tgt_l, key: str) -> None:
    with st.expander("Export the maps"):
        m = st.selectbox("Map", list(shown), key="attr_export_map", format_func=lambda m: LABELS[m])
        matrix_buttons(shown[m], src_l, tgt_l, f"{key}_{m}", label=f"{LABELS[m].capitalize()} matrix", stem=m)
        everything = json.dumps({"source_tokens": src_l, "target_tokens": tgt_l, "matrices": {
            k: [[round(float(x), 5) for x in row] for row in v] for k, v in shown.items()}}, ensure_ascii=False)
        st.download_button("All maps (JSON)", everything, "attribution.json", "application/json",
                           key=f"{key}_all_json", on_click="ignore")
        image_buttons(figs[m], f"{key}_{m}", label=LABELS[m].capitalize(), stem=m)


def attribution_tab(ctx: Context, sentence: str) -> None:
    tr, err = engine.translate(ctx.entry, sentence, ctx.settings)
    if err or tr is None or not tr.hypotheses:
        st.error(err or "The model produced no translation.")
        return
    index = _hypothesis(tr, ctx.presenter)        # presenter mode: the translations, without their scores
    hyp, src = tr.hypotheses[index], tr.source_tokens
    st.session_state.setdefault("attr_merge", True)
    view = attention_controls(ctx, key="attr")
    layer, head = _layer_head(ctx, view)
    sid = short_hash(ctx.entry.key, sentence, engine.settings_key(ctx.settings), index)
    methods = [m for m in METHODS if m != IG or _want_ig(ctx, len(hyp.tokens), sid)]
    with st.spinner("Computing " + ", ".join(LABELS[m] for m in methods) + " …"):
        mats, err = engine.attribution_maps(ctx.entry, sentence, ctx.settings, index, methods, layer, head)
    if err:
        st.error(err)
        return
    shown, src_l, tgt_l = _shown(mats, src, hyp.shown_tokens, view.merge, ctx.presenter)
    labels = (src_l, tgt_l) if view.merge else (viz.piece_labels(src_l), viz.piece_labels(tgt_l))  # "…ur", as read
    figs = _maps(ctx, shown, *labels, "word" if view.merge else "piece", view.stretch)
    st.subheader("Alignment links")
    pick = st.radio("Links from", list(mats), key="attr_links_from", horizontal=True, format_func=LABELS.get)
    links.panel(ctx, mats[pick], src, hyp.shown_tokens, "attr_links", LABELS[pick], exports=not ctx.presenter)
    if not ctx.presenter:
        _exports(shown, figs, src_l, tgt_l, f"attr_{sid}")
