"""Cached access to the engine: one Translator per checkpoint (st.cache_resource) and results per
(model, text, settings) (st.cache_data). Every call returns (value, error message) and never raises."""
from __future__ import annotations

from dataclasses import astuple, replace
from typing import Callable, Iterator, Optional, Sequence

import streamlit as st

from s2s_core import register
from s2s_core.catalog import ModelEntry
from s2s_core.checkpoint import CheckpointError
from s2s_core.counterfactual import Comparison, compare_translations
from s2s_core.decoding import DecodeConfig
from s2s_core.streaming import batches
from s2s_core.translator import Translation, Translator

CHUNK = 4            # lines per batched call of translate_lines (progress advances per chunk)
STREAM_CHUNK = 8     # a paragraph streams in batches of 1, 2, 4, 8, 8 … sentences (as Translator.translate_iter)
# The engine's defaults, but five hypotheses: the pages show an n-best list.
UI_DECODING = replace(DecodeConfig(), n_best=5)


def settings_key(settings: DecodeConfig) -> tuple:
    """Cache key of the settings (plain values, so st.cache_data hashes them cheaply)."""
    return astuple(replace(settings, length_penalty=float(settings.length_penalty)))


@st.cache_resource(show_spinner="Loading model …", max_entries=8)
def _load(model_key: tuple) -> tuple[Optional[Translator], Optional[str]]:
    path = model_key[0]
    try:
        return Translator.from_checkpoint(path), None
    except CheckpointError as e:
        return None, str(e)
    except Exception as e:  # anything else is still "this file cannot be used"
        return None, f"cannot load checkpoint {path}: {type(e).__name__}: {str(e)[:300]}"


def load(entry: ModelEntry) -> tuple[Optional[Translator], Optional[str]]:
    return _load(entry.key)


def _translator(model_key: tuple) -> Translator:
    tr, err = _load(model_key)
    if tr is None:
        raise CheckpointError(model_key[0], err or "not loaded")
    return tr


@st.cache_data(max_entries=256, show_spinner=False)
def _translate(model_key: tuple, text: str, settings: tuple, prefix: Optional[tuple], tree: bool) -> Translation:
    return _translator(model_key).translate(text, **DecodeConfig(*settings).kwargs(),
                                             prefix=list(prefix) if prefix is not None else None, return_heads=True,
                                             return_tree=tree)


@st.cache_data(max_entries=256, show_spinner=False)
def _batch(model_key: tuple, lines: tuple, settings: tuple, heads: bool, previous: str = "", one_text: bool = False,
           form: Optional[str] = None) -> list[Translation]:
    out = _translator(model_key).translate_batch(list(lines), **DecodeConfig(*settings).kwargs(), return_heads=heads,
                                                 previous=previous, one_text=one_text, form=form)
    if not heads:   # evaluation keeps text and scores only: smaller cache entries
        for t in out:
            for h in t.hypotheses:
                h.attention, h.heads, h.alternatives = h.attention[:0], None, []
    return out


def _friendly(e: Exception) -> str:
    """What went wrong, and what the user can do about it (only memory depends on the text they gave)."""
    if isinstance(e, (ValueError, CheckpointError)):
        return str(e)
    what = f"{type(e).__name__}: {str(e)[:300]}"
    if isinstance(e, MemoryError) or "out of memory" in str(e).lower():
        return f"Translation failed: out of memory ({what}). Try a shorter text or a smaller beam."
    return (f"Translation failed ({what}). This is a fault of the app, not of your text: reload the page and try "
            "again; the server's log has the details.")


def translate(entry: ModelEntry, text: str, settings: DecodeConfig, prefix: Optional[Sequence[str]] = None,
              tree: bool = False) -> tuple[Optional[Translation], Optional[str]]:
    if not text or not text.strip():
        return None, "Please enter some text to translate."
    try:
        return _translate(entry.key, text, settings_key(settings), tuple(prefix) if prefix is not None else None,
                          tree), None
    except Exception as e:
        return None, _friendly(e)


def translate_lines(entry: ModelEntry, lines: Sequence[str], settings: DecodeConfig, heads: bool = True,
                    chunk: int = CHUNK, progress: Optional[Callable[[int, int], None]] = None
                    ) -> tuple[Optional[list[Translation]], Optional[str]]:
    """Translate many lines in cached batches of ``chunk``; ``progress(done, total)`` after each."""
    out: list[Translation] = []
    try:
        for start in range(0, len(lines), chunk):
            part = tuple(lines[start:start + chunk])
            out.extend(_batch(entry.key, part, settings_key(settings), heads))
            if progress:
                progress(min(start + chunk, len(lines)), len(lines))
    except Exception as e:
        return None, _friendly(e)
    return out, None


def translate_stream(entry: ModelEntry, lines: Sequence[str], settings: DecodeConfig, upto: Optional[int] = None
                     ) -> Iterator[tuple[Optional[list[Translation]], Optional[str]]]:
    """The lines' translations batch by batch, in order, as each batch is done: (translations, None), or
    (None, message) once and then nothing. Batches grow as in ``translate_iter`` (the first sentence shows
    after one sentence's time) and are cached like ``translate_lines``; no batch starting at or after line
    ``upto`` is translated. The lines are one text's sentences: they keep one form of address (register.py)."""
    form = None
    for start, end in batches(len(lines), STREAM_CHUNK):
        if upto is not None and start >= upto:
            return
        try:
            done = _batch(entry.key, tuple(lines[start:end]), settings_key(settings), True,
                          lines[start - 1] if start else "", True, form)     # the line before: a letter's signature
        except Exception as e:
            yield None, _friendly(e)
            return
        form = register.form_after(done, form)
        yield done, None


def input_problem(entry: ModelEntry, text: str) -> Optional[str]:
    """Why the model would refuse ``text`` before any work (empty, or over the input caps: the engine's
    ``Translator.input_problem``, the one source of those limits), else None."""
    tr, err = load(entry)
    if tr is None:
        return err
    try:
        return tr.input_problem(text)
    except Exception as e:          # e.g. a malformed S2S_MAX_INPUT_* setting
        return _friendly(e)


@st.cache_data(max_entries=32, show_spinner="Estimating the time …")
def _estimate(model_key: tuple, lines: tuple, beam_size: int, batch_lines: int) -> float:
    return _translator(model_key).estimate_seconds(list(lines), beam_size, batch_lines)


def estimate_seconds(entry: ModelEntry, lines: Sequence[str], settings: DecodeConfig, batch_lines: int
                     ) -> Optional[float]:
    """About how long translating ``lines`` (``batch_lines`` at a time) will take here; None if unknown.
    The first estimate for a model and beam size times a few sentences (a second or two)."""
    try:
        return _estimate(entry.key, tuple(lines), int(settings.beam_size), batch_lines)
    except Exception:
        return None


def pieces(entry: ModelEntry, ids: Sequence[int]) -> list[str]:
    tr, _ = load(entry)
    return tr.tokenizer.id_to_piece(list(ids)) if tr else [str(i) for i in ids]


@st.cache_data(max_entries=64, show_spinner=False)
def _attribution(model_key: tuple, text: str, settings: tuple, index: int, method: str, layer: Optional[int],
                 head: Optional[int]):
    from s2s_core import attribution        # imports Captum when a gradient method runs
    tr = _translate(model_key, text, settings, None, False)
    return attribution.compare(_translator(model_key), tr, index, layer, head, (method,))[method]


def attribution_maps(entry: ModelEntry, text: str, settings: DecodeConfig, index: int, methods: Sequence[str],
                     layer: Optional[int] = None, head: Optional[int] = None) -> tuple[Optional[dict], Optional[str]]:
    """Method → [target × source pieces] matrix for hypothesis ``index`` of the cached translation of
    ``text`` (the Inspect page's attribution tab). Each method is cached on its own, so a slow one
    (integrated gradients) can be asked for later; the gradient methods ignore ``layer`` / ``head``
    (``attribution.ALL_LAYERS`` = the layers' average, None = the display layer)."""
    out = {}
    try:
        for m in methods:
            attention_like = m in ("attention", "norm_attention")
            out[m] = _attribution(entry.key, text, settings_key(settings), index, m,
                                  layer if attention_like else None, head if attention_like else None)
    except Exception as e:
        return None, f"The attribution failed ({type(e).__name__}: {str(e)[:300]})."
    return out, None


def compare(entry: ModelEntry, source_a: str, source_b: str, settings: DecodeConfig, layer: Optional[int] = None,
            head: Optional[int] = None) -> tuple[Optional[Comparison], Optional[str]]:
    """Counterfactual comparison of two sources on one model (the Inspect page's "What if…" tab). Both
    translations come from the cached :func:`translate`, so the other tabs share them."""
    ta, err = translate(entry, source_a, settings)
    if err:
        return None, err
    tb, err = translate(entry, source_b, settings)
    if err:
        return None, err
    try:
        return compare_translations(ta, tb, layer, head), None
    except ValueError as e:
        return None, str(e)
    except Exception as e:
        return None, f"The comparison failed ({type(e).__name__}: {str(e)[:300]})."
