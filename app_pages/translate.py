"""Translate (landing page): text in, best translation, n-best, token confidence and attention."""
import streamlit as st

from s2s_core.langguess import already_target_note
from s2s_core.translator import sentence_breaks, split_sentences
from s2s_core.viz import md_escape
from ui import context, require_model
from ui import engine, paragraph, result
from ui.state import box_chars, input_caps, link_notice, model_line, pair_codes, share_params

ctx = context()
st.title("Translate")
if not require_model(ctx):
    st.stop()
st.caption(model_line(ctx))         # the languages, where a phone (sidebar hidden) shows nothing else of them


def use_example(text: str) -> None:
    st.session_state["text_widget"] = text
    st.session_state["source"] = text


st.session_state.setdefault("text_widget", st.session_state.get("source", ""))
link_notice()
if ctx.examples:
    st.caption("Examples — one click translates:")
    cols = st.columns(min(len(ctx.examples), 4))
    for i, ex in enumerate(ctx.examples[:4]):
        cols[i].button(md_escape(ex), key=f"example_{i}", on_click=use_example, args=(ex,), width="stretch")

with st.form("translate_form", border=False):
    caps = input_caps()        # the box takes more (see box_chars): its counter is not the limit, this is
    st.text_area("Text to translate", key="text_widget", height=140 if ctx.presenter else 110,
                 max_chars=box_chars(), placeholder="Type or paste a sentence or a paragraph, then press Translate",
                 help=f"Up to {caps.max_chars:,} characters and {caps.max_sentences:,} sentences at a time; a longer "
                      "text is answered with what to shorten, and nothing you typed is lost. On a keyboard, "
                      "Ctrl+Enter (⌘+Enter on a Mac) translates too.")
    submitted = st.form_submit_button("Translate", type="primary")
if submitted:
    st.session_state["source"] = st.session_state["text_widget"]

source = st.session_state.get("source", "")
if not source.strip():
    if submitted:
        st.info("There is nothing to translate yet — type a sentence above or pick an example.")
    st.stop()

problem = engine.input_problem(ctx.entry, source)     # over the input caps: refused at once, with the reason
if problem:
    st.warning(problem)
    st.stop()
wrong_language = already_target_note(source, *pair_codes(ctx.card))     # French typed by mistake: say so first
if wrong_language:
    st.info(wrong_language)
sentences = split_sentences(source) or [source.strip()]
key = result.short_hash(ctx.entry.key, source, engine.settings_key(ctx.settings))
if len(sentences) > 1:          # sentences appear as they finish, with a Stop button
    if paragraph.translate_paragraph(ctx, sentences, key, sentence_breaks(source, sentences)) is None:
        st.stop()
else:
    results, error = engine.translate_lines(ctx.entry, sentences, ctx.settings, heads=True)
    if error:
        st.error(error)
        st.stop()
    best = results[0].best
    result.best_box(best.text if best else "", ctx.presenter)
    result.trust_warnings(best, results[0].source_tokens)
    result.correct_button(ctx, sentences[0], best)
    result.render_translation(ctx, results[0], None, key=f"s0_{key}")     # controls sit above its heatmap

# Shareable link: the URL always holds model, text and decoding settings.
params = share_params(ctx, source)
if dict(st.query_params) != params:
    st.query_params.from_dict(params)
if not ctx.presenter:
    with st.expander("Share this translation"):
        st.caption("The address bar already holds this link; opening it restores the model, the text, the "
                   "decoding settings and the attention view.")
        from urllib.parse import urlencode
        base = (st.context.url or "").split("?")[0]
        st.code(f"{base}?{urlencode(params)}", language=None, wrap_lines=True)
