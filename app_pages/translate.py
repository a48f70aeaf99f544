"""Translate (landing page): text in, best translation, n-best, token confidence and attention."""
import streamlit as st

from s2s_core.translator import split_sentences
from ui import context, require_model
from ui import engine, result
from ui.state import DETAIL_SENTENCES as DETAILS, MAX_TEXT_CHARS, share_params

ctx = context()
st.title("Translate")
if not require_model(ctx):
    st.stop()


def use_example(text: str) -> None:
    st.session_state["text_widget"] = text
    st.session_state["source"] = text


st.session_state.setdefault("text_widget", st.session_state.get("source", ""))
if st.session_state.get("query_notice"):
    st.warning(st.session_state.pop("query_notice"))
if ctx.examples:
    st.caption("Examples — one click translates:")
    cols = st.columns(min(len(ctx.examples), 4))
    for i, ex in enumerate(ctx.examples[:4]):
        cols[i].button(ex, key=f"example_{i}", on_click=use_example, args=(ex,), width="stretch")

with st.form("translate_form", border=False):
    st.text_area("Text to translate", key="text_widget", height=140 if ctx.presenter else 110,
                 max_chars=MAX_TEXT_CHARS, placeholder="Type or paste a sentence or a paragraph … (Ctrl+Enter translates)")
    submitted = st.form_submit_button("Translate", type="primary")
if submitted:
    st.session_state["source"] = st.session_state["text_widget"]

source = st.session_state.get("source", "")
if not source.strip():
    if submitted:
        st.info("There is nothing to translate yet — type a sentence above or pick an example.")
    st.stop()

sentences = split_sentences(source) or [source.strip()]
bar = st.progress(0.0, text=f"Translating {len(sentences)} sentences …") if len(sentences) > engine.CHUNK else None
results, error = engine.translate_lines(
    ctx.entry, sentences, ctx.settings, heads=True,
    progress=(lambda done, total: bar.progress(done / total, text=f"Translated {done} of {total} sentences"))
    if bar else None)
if bar:
    bar.empty()
if error:
    st.error(error)
    st.stop()

multi = len(results) > 1
best = " ".join(t.best.text if t.best else "" for t in results)
result.best_box(best, ctx.presenter)
if multi:
    st.caption(f"{len(results)} sentences, each translated on its own (see below).")

view = result.attention_controls(ctx) if multi else None     # one sentence: controls sit above its heatmap
key = result.short_hash(ctx.entry.key, source, engine.settings_key(ctx.settings))
for i, (sent, tr) in enumerate(zip(sentences[:DETAILS], results)):
    if multi:
        with st.expander(f"Sentence {i + 1} of {len(results)}", expanded=i < 3):
            result.plain(sent, size="1.1rem", extra="color:#555;")
            result.render_translation(ctx, tr, view, key=f"s{i}_{key}", show_best=True)
    else:
        result.render_translation(ctx, tr, view, key=f"s{i}_{key}")

if len(results) > DETAILS:      # a long text stays responsive: every sentence is translated (see above)
    import pandas as pd
    st.caption(f"Sentences {DETAILS + 1}–{len(results)} are translated in full above; here they are listed "
               "without their panels (open one on the Inspect page to see its attention).")
    st.dataframe(pd.DataFrame({"sentence": range(DETAILS + 1, len(results) + 1), "source": sentences[DETAILS:],
                               "translation": [t.best.text if t.best else f"({t.error or 'no translation'})"
                                               for t in results[DETAILS:]]}),
                 hide_index=True, key=f"rest_{key}")

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
