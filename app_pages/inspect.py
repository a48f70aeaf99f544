"""Inspect: layer × head attention grid, beam-search tree, click-to-correct, two models side by side, what-if
edits, and attention beside attribution."""
import streamlit as st

from s2s_core.translator import split_sentences
from ui import context, engine, inspect_views, require_model, share
from ui.attribution_view import attribution_tab
from ui.state import box_chars, follow_translated, link_notice, settings_params
from ui.whatif import whatif

ctx = context()
st.title("Inspect")
if not require_model(ctx):
    st.stop()

link_notice()
follow_translated(ctx.examples)         # a text translated since: its first sentence
text = st.text_input("Sentence to inspect", key="inspect_text", max_chars=box_chars())   # as Translate's box
parts = split_sentences(text)
if not parts:
    st.info("Type a sentence to inspect.")
    st.stop()
sentence = parts[0]
problem = engine.input_problem(ctx.entry, sentence)     # over the input caps: said as on Translate, before any view
if problem:
    st.warning(problem)
    st.stop()
if len(parts) > 1:
    st.caption(f"Inspecting the first of {len(parts)} sentences.")

VIEWS = {
    "Heads": inspect_views.heads,
    "Beam tree": inspect_views.tree,
    "Click to correct": inspect_views.correct,
    "Compare models": inspect_views.compare,
    "What if…": whatif,
    "Attention vs attribution": attribution_tab,
}
tabs = st.tabs(list(VIEWS), key="inspect_tab", on_change="rerun", bind="query-params")   # a link restores the tab
for tab, (name, view) in zip(tabs, VIEWS.items()):
    with tab:
        if tab.open:
            view(ctx, sentence)
share.inspect_params(settings_params(ctx), text, st.session_state.get("inspect_tab"))    # a shareable URL
