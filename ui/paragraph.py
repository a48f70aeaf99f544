"""The Translate page's paragraphs: each sentence appears as soon as it is translated, with a Stop button.

Sentences go through ``engine.translate_stream``: batches of 1, 2, 4, 8 … sentences (the schedule of
``Translator.translate_iter``), each cached like any translation, so a rerun (a click on a result) redraws at
once. Stop is an ordinary button: a click reruns the page and Streamlit ends the running script at its next
output, so only the batch being decoded (at most 8 sentences, bounded by the input caps) still finishes. Its
callback records how far the paragraph had got for this text and these settings; the rerun shows that much
and offers to translate the rest.
"""
from __future__ import annotations

from typing import Optional

import pandas as pd
import streamlit as st

from s2s_core import trust
from s2s_core.translator import Translation

from . import engine, result
from .exports import PHONE_PX
from .state import DETAIL_SENTENCES as DETAILS
from .state import Context

SHOWN_ALTERNATIVES = 3      # a sentence's panel lists the best and two alternatives; a button shows the rest
PROGRESS, STOPPED = "_paragraph_progress", "paragraph_stopped"   # {"key": translation key, "done": sentences}


def _stop() -> None:
    st.session_state[STOPPED] = dict(st.session_state.get(PROGRESS) or {})


def _resume() -> None:
    st.session_state.pop(STOPPED, None)


def stopped_at(key: str) -> Optional[int]:
    """How many sentences were shown when Stop was clicked for this translation (None: not stopped)."""
    s = st.session_state.get(STOPPED) or {}
    return s.get("done") if s.get("key") == key else None


def _top(ctx: Context, done: list[Translation], total: int, breaks: list[str]) -> None:
    """The joined best translation so far (with the source's line breaks and paragraphs) and which sentences
    carry warnings."""
    result.best_box("".join((t.best.text if t.best else "") + b for t, b in zip(done, breaks)).strip(),
                    ctx.presenter)
    flagged = [i + 1 for i, t in enumerate(done) if t.best and t.best.warnings]
    if flagged:
        which = ", ".join(map(str, flagged[:8])) + (" …" if len(flagged) > 8 else "")
        st.warning(f"{len(flagged)} of {total} sentences may be unreliable (sentence {which}): see the warnings "
                   "with each sentence below.", icon="⚠️")
    st.caption(f"{total} sentences, each translated on its own (see below).")


def _panel(ctx: Context, i: int, total: int, source: str, tr: Translation, view, key: str) -> None:
    flagged = bool(tr.best and tr.best.warnings)
    # open: the first (it explains the strip and the map) and any with a warning, which the line on top points to;
    # the others are one click away (three open panels, each with its alternatives, made a long page)
    with st.expander(f"Sentence {i + 1} of {total}" + (" ⚠️" if flagged else ""), expanded=i == 0 or flagged), \
            st.container(key=f"sentence_{i}_{key}"):
        result.plain(source, size="1.1rem", extra="opacity:0.7;")
        result.render_translation(ctx, tr, view, key=f"s{i}_{key}", show_best=True, correct=True,
                                  explain=i == 0,       # how to read the strip and the map: once, the first open
                                  alternatives=SHOWN_ALTERNATIVES, compact=True)


# On a phone an open sentence stood ~1,090 px tall. There, its best line goes (the list under it starts with the same
# words, marked "best", and the whole text's translation stands on top), and its parts sit half as far apart.
PHONE_CSS = (f"<style>@media (max-width: {PHONE_PX}px) {{ [class*='st-key-sentence_'], [class*='st-key-sentence_'] "
             "[data-testid='stVerticalBlock'], [class*='st-key-sentence_'] [data-testid='stHorizontalBlock'] "
             "{ gap: 0.5rem !important; row-gap: 0.5rem !important; } [class*='st-key-sentence_'] "
             f".stElementContainer:has([data-s2s='{result.LISTED}']) {{ display: none; }} }}</style>")


def _rest(sentences: list[str], done: list[Translation], key: str) -> None:
    """Sentences past the first DETAILS in one table (a long text stays light to draw)."""
    st.caption(f"Sentences 1–{DETAILS} have a panel each above; sentences {DETAILS + 1}–{len(done)} are listed "
               "here without one (open one on the Inspect page to see its attention).")
    rest = done[DETAILS:]
    st.dataframe(pd.DataFrame({"sentence": range(DETAILS + 1, len(done) + 1), "source": sentences[DETAILS:len(done)],
                               "translation": [t.best.text if t.best else f"({t.error or 'no translation'})"
                                               for t in rest],
                               "warnings": [trust.labels(t.best) for t in rest]}),
                 hide_index=True, key=f"rest_{key}")


def translate_paragraph(ctx: Context, sentences: list[str], key: str,
                        breaks: Optional[list[str]] = None) -> Optional[list[Translation]]:
    """Translate and show ``sentences`` as they finish: the joined best translation on top (each sentence
    followed by its entry of ``breaks``, ``translator.sentence_breaks``; default a space), one panel per
    sentence (the first DETAILS), then a table of the rest. Returns what was shown (None after an error)."""
    breaks = breaks or [" "] * len(sentences)
    upto, total = stopped_at(key), len(sentences)
    st.html(PHONE_CSS)
    top = st.empty()
    c1, c2 = st.columns([5, 1], vertical_alignment="center")
    status, stop = c1.empty(), c2.empty()
    view = result.attention_controls(ctx)
    if upto is None:
        st.session_state[PROGRESS] = {"key": key, "done": 0}
        stop.button("Stop", key="paragraph_stop", on_click=_stop, help="Keep the sentences translated so far")
        status.progress(0.0, text=f"Translating {total} sentences …")
    done: list[Translation] = []
    for batch, error in engine.translate_stream(ctx.entry, sentences, ctx.settings, upto):
        if error:
            st.error(error)
            return None
        for tr in batch:
            if len(done) < DETAILS:
                _panel(ctx, len(done), total, sentences[len(done)], tr, view, key)
            done.append(tr)
        with top.container():
            _top(ctx, done, total, breaks)
        status.progress(len(done) / total, text=f"Translated {len(done)} of {total} sentences")
        st.session_state[PROGRESS] = {"key": key, "done": len(done)}
    stop.empty()
    status.empty()
    if len(done) < total:
        status.info(f"Stopped after {len(done)} of {total} sentences.")
        stop.button("Translate the rest", key="paragraph_resume", on_click=_resume)
    if len(done) > DETAILS:
        _rest(sentences, done, key)
    return done
