"""The Inspect page's "What if…" tab: the sentence (A) and an edited copy (B) on one model.

Shows both translations with their word diff highlighted, each target word's change in probability and
the two attention maps on aligned axes (one colour scale) with their difference. B is typed, picked from
the generated variants, made by changing one word, or loaded with a ready-made probe (which replaces A
too). B lives in a plain session key, so it survives switching tabs.
"""
from __future__ import annotations

from typing import Callable

import streamlit as st

from s2s_core import viz
from s2s_core.counterfactual import PROBES, Comparison, Probe, Variant, source_words, variants, word_edits
from s2s_core.counterfactual_viz import attention_maps, changes_frame, diff_html, probability_chart

from . import engine, result
from .result import chart, heatmap_chart, short_hash
from .state import Context

B, FOR = "whatif_b", "whatif_for"          # the edited sentence; the sentence it was made from
GROUPS = tuple(dict.fromkeys(p.group for p in PROBES))


def _edits(make: Callable[[], list[Variant]]) -> list[Variant]:
    """Generated edits, or none if the rules trip over an unusual sentence (never a traceback)."""
    try:
        return make()
    except Exception:
        return []


def _set_b(text: str) -> None:
    st.session_state[B] = text


def _load_probe(probe: Probe) -> None:
    st.session_state.update({"inspect_text": probe.a, B: probe.b, FOR: probe.a})


def _pick_variant(key: str, options: list[Variant]) -> None:
    k = st.session_state.get(key)
    if k is not None and 0 <= k < len(options):
        _set_b(options[k].text)


def probes() -> None:
    st.caption("Ready-made probes (one click replaces both sentences):")
    for group in GROUPS:
        row = st.container(horizontal=True, vertical_alignment="center", gap="small")
        row.markdown(f"**{group}**")
        for k, p in enumerate(PROBES):
            if p.group == group:
                row.button(p.label, key=f"whatif_probe_{k}", on_click=_load_probe, args=(p,), type="tertiary")


def editors(sentence: str) -> None:
    """Generated variants of the whole sentence, and the edits of one word the user picks."""
    sid = short_hash(sentence)
    left, right = st.columns(2)
    whole = _edits(lambda: variants(sentence))
    left.selectbox("Generated variant", range(len(whole)), index=None, key=f"whatif_var_{sid}",
                   placeholder=f"{len(whole)} variants: pick one" if whole else "no variants for this sentence",
                   format_func=lambda i: f"{whole[i].kind}: {whole[i].label}", on_change=_pick_variant,
                   args=(f"whatif_var_{sid}", whole), disabled=not whole)
    words = source_words(sentence)
    if not words:
        return
    i = right.selectbox("Change one word", range(len(words)), key=f"whatif_word_{sid}",
                        format_func=lambda i: f"{words[i]} (word {i + 1})")
    row = right.container(horizontal=True, gap="small")
    for k, v in enumerate(_edits(lambda: word_edits(sentence, i))):
        row.button(v.label, key=f"whatif_edit_{k}", help=f"{v.kind} edit", on_click=_set_b, args=(v.text,))


def _view(ctx: Context) -> tuple:
    """Layer/head of the maps (Transformers); "Default" is the view the other tabs open on (the model card's
    best-aligned layer and head, else the penultimate layer's average: ``result.default_attention``).
    (None, None) means the translations' own attention, which is the penultimate layer's average."""
    cfg = ctx.translator.config
    if cfg.arch != "transformer":
        return None, None
    default, default_head = result.default_attention(ctx)
    if ctx.presenter:
        return _unless_own(cfg.dec_layers, default, default_head)
    L, H = cfg.dec_layers, cfg.n_heads
    what = "heads averaged" if default_head is None else f"head {default_head + 1}"
    c1, c2 = st.columns(2)
    layer = c1.selectbox("Decoder layer", [-2, -1] + list(range(L)), key=f"whatif_layer_{L}",
                         format_func=lambda i: f"Default (layer {default + 1}, {what})"
                         if i == -2 else "Average of layers" if i == -1 else f"Layer {i + 1}")
    head = c2.selectbox("Head", [-1] + list(range(H)), key=f"whatif_head_{H}", disabled=layer == -2,
                        format_func=lambda i: "Average of heads" if i < 0 else f"Head {i + 1}")
    if layer == -2:
        return _unless_own(L, default, default_head)
    return (None if layer < 0 else layer), (None if head < 0 else head)


def _unless_own(n_layers: int, layer: int, head) -> tuple:
    """(None, None) when (layer, head) is what a translation already carries (no recomputation)."""
    return (None, None) if (layer, head) == (viz.default_layer(n_layers), None) else (layer, head)


def side_by_side(cmp: Comparison, presenter: bool) -> None:
    """A and B, source as typed then translation as Translate shows it (the model's reading, "at 19:00", had
    stood as the source, and its French lacked the post-edits), each with its reading notes, which say what the
    model read and the maps show."""
    size = 24 if presenter else 18
    for col, side, name, got in zip(st.columns(2), "ab", "AB", (cmp.a, cmp.b)):
        with col:
            st.markdown(f"**{name}** (source, then translation)")
            st.html(diff_html(cmp.typed_diff, side, size - 4))
            st.html(diff_html(cmp.text_diff, side, size))
            result.reading_notes(got, presenter)
    if not cmp.changed:
        st.info("Both translations are the same word for word; the probabilities and the attention may still move.")


def maps(ctx: Context, cmp: Comparison, stretch: bool = False) -> None:
    font = 16 if ctx.presenter else 12
    fig_a, fig_b, fig_d = attention_maps(cmp, font, stretch)
    c1, c2 = st.columns(2)
    heatmap_chart(fig_a, "whatif_map_a", c1)
    heatmap_chart(fig_b, "whatif_map_b", c2)
    heatmap_chart(fig_d, "whatif_map_diff")
    st.caption(f"Rows and columns are aligned words (“A → B” where they differ; blank where one side has no such "
               f"word). A and B share one colour scale (0 to {cmp.zmax if stretch else 1:.2f}); the difference runs "
               f"from −{cmp.dmax:.2f} (blue: B looks here less) to +{cmp.dmax:.2f} (red: more).")


def whatif(ctx: Context, sentence: str) -> None:
    """The tab: pickers, the edited sentence, then the comparison."""
    ss = st.session_state
    if ss.get(FOR) != sentence:            # a new sentence A: B starts as its first variant
        first = _edits(lambda: variants(sentence, drops=False) or variants(sentence))
        ss[FOR], ss[B] = sentence, first[0].text if first else sentence
    probes()
    editors(sentence)
    ss["_w_" + B] = ss[B]
    st.text_input("Edited sentence (B)", key="_w_" + B, max_chars=2000,
                  on_change=lambda: _set_b(ss["_w_" + B]), help="A is the sentence above; type any edit here.")
    if not ss[B].strip():
        st.info("Type the edited sentence (B) to compare.")
        return
    cmp, err = engine.compare(ctx.entry, sentence, ss[B], ctx.settings)
    if err:
        st.error(err)
        return
    side_by_side(cmp, ctx.presenter)
    if ctx.presenter:                    # words only: no end-of-sentence row or column, as every presenter map
        cmp = cmp.without_end()
    st.subheader("Change in each target word's probability")
    c1, c2 = st.columns([1, 1])          # the table's six columns need half the width (its Δp was cut off)
    chart(probability_chart(cmp, 16 if ctx.presenter else 12), "whatif_probs", c1)
    number = {"width": 60}
    c2.dataframe(changes_frame(cmp), hide_index=True, key="whatif_changes", placeholder="–",
                 column_config={"p(A)": st.column_config.NumberColumn(format="%.3f", **number),
                                "p(B)": st.column_config.NumberColumn(format="%.3f", **number),
                                "Δp": st.column_config.NumberColumn(format="%+.3f", **number),
                                "change": st.column_config.TextColumn(width=64)})
    st.caption("A word's probability is the product of its subword pieces' probabilities (the chance of the whole "
               "word at that point). Δp compares words the two translations share or exchange.")
    st.subheader("Attention, aligned")
    result.ensemble_note(ctx)
    layer, head = _view(ctx)
    stretch = not ctx.presenter and result.stretch_toggle("whatif_stretch")
    if layer is not None or head is not None:
        cmp, err = engine.compare(ctx.entry, sentence, ss[B], ctx.settings, layer, head)
        if err:
            st.error(err)
            return
        cmp = cmp.without_end() if ctx.presenter else cmp
    maps(ctx, cmp, stretch)
