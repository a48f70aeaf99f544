"""Shared sidebar (model picker, model card, decoding settings, presenter mode) and session state.

Settings live in plain session-state keys and are copied into their widgets on every run, so they
survive page switches and presenter mode (which hides the widgets). A shared link's query
parameters (model, text, beam, nbest, lp, maxlen, presenter; the attention view through ``ui.share``) seed them
once per session.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import streamlit as st

from s2s_core import catalog, paths
from s2s_core.catalog import ModelEntry
from s2s_core.decoding import MAX_BEAM, MAX_TARGET, DecodeConfig
from s2s_core.limits import RequestLimits
from s2s_core.translator import Translator, split_sentences

from . import share
from .engine import UI_DECODING, load

BOX_SLACK = 4             # the Translate box takes 4× the character cap (see box_chars)
DETAIL_SENTENCES = 20     # Translate page: sentences drawn with full panels; the rest are listed in one table
DEFAULTS = {"beam_size": UI_DECODING.beam_size, "n_best": UI_DECODING.n_best,
            "length_penalty": UI_DECODING.length_penalty, "max_length": UI_DECODING.max_length or 0, "presenter": False}
LP_MAX = 3.0              # the length-penalty slider's range (a link must not ask for more: the widget would fail)
QUERY_KEYS = {"beam": ("beam_size", int, 1, MAX_BEAM), "nbest": ("n_best", int, 1, MAX_BEAM),
              "lp": ("length_penalty", float, 0.0, LP_MAX), "maxlen": ("max_length", int, 0, MAX_TARGET)}
EXAMPLES = {
    "en": ["A man in a blue shirt is riding a bicycle down the street.", "Two dogs are playing in the snow.",
           "A little girl is climbing the stairs.", "A group of people are standing in front of a building."],
    "de": ["Ein Mann fährt mit dem Fahrrad die Straße entlang.", "Zwei Hunde spielen im Schnee."],
    "fr": ["Un homme fait du vélo dans la rue.", "Deux chiens jouent dans la neige."],
}


LANGUAGES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "nl": "Dutch",
             "pt": "Portuguese", "cs": "Czech", "ru": "Russian", "zh": "Chinese", "ja": "Japanese"}


def direction(card: dict) -> str:
    """"English → French" from a card's language pair ("en-fr", "en→fr"); an unknown code stays as it is;
    "" without a pair."""
    parts = [x.strip() for x in (card.get("language_pair") or "").replace("→", "-").split("-") if x.strip()]
    return " → ".join(LANGUAGES.get(x.lower(), x) for x in parts) if len(parts) == 2 else ""


def pair_codes(card: dict) -> tuple[str, str]:
    """("en", "fr") from a card's language pair ("en-fr", "en→fr"); ("", "") without one."""
    parts = [x.strip().lower() for x in (card.get("language_pair") or "").replace("→", "-").split("-") if x.strip()]
    return (parts[0], parts[1]) if len(parts) == 2 else ("", "")


def model_line(ctx: "Context") -> str:
    """Under a page title: which languages and model, and where to change it (a phone hides the sidebar)."""
    pair = direction(ctx.card)
    name = ctx.entry.name.replace("`", "") if ctx.entry else ""
    return ((f"{pair} · model `{name}`" if pair else f"Model `{name}`")
            + " — pick another in the sidebar (» on a phone).")


def input_caps() -> RequestLimits:
    """How much text one request may hold: the engine's caps (``s2s_core/limits.py``, ``S2S_MAX_INPUT_*``),
    the one source of that limit (a malformed variable: the defaults here; translating then says why)."""
    try:
        return RequestLimits.from_env()
    except ValueError:
        return RequestLimits()


def box_chars() -> int:
    """The Translate box's own limit: above the character cap, so an over-long paste is refused with the
    engine's message instead of being silently shortened by the box."""
    return BOX_SLACK * input_caps().max_chars


@dataclass
class Context:
    entries: list[ModelEntry]
    entry: Optional[ModelEntry]
    translator: Optional[Translator]
    error: Optional[str]
    settings: DecodeConfig
    presenter: bool
    card: dict = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)
    folder: str = ""

    @property
    def arch(self) -> str:
        return self.translator.config.arch if self.translator else ""


PAGE_INPUTS = ("inspect_text", "eval_paste")   # page inputs kept across pages under their own widget key
SAVED = "_saved_"                   # plain copies of widget values a run may not draw (the new-run form, the
                                    # attention view in presenter mode)


def keep_page_inputs() -> None:
    """Streamlit drops a widget's value at the end of a run that did not draw it (another page was open);
    set again as plain session state each run, the sentence typed on Inspect survives a visit to Translate."""
    for key in PAGE_INPUTS:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


INSPECT_FOLLOWS = "inspect_follows"    # the Translate text Inspect's sentence was last taken from


def follow_translated(examples: list[str]) -> None:
    """Inspect's sentence: the first of the text last translated on Translate, taken again whenever another text
    has been translated since (what someone coming from Translate expects to inspect); a sentence typed on Inspect
    stays until then."""
    ss = st.session_state
    source = ss.get("source", "")
    if "inspect_text" in ss and ss.get(INSPECT_FOLLOWS) == source:
        return
    first = split_sentences(source)
    if first or "inspect_text" not in ss:
        ss["inspect_text"] = first[0] if first else (examples[0] if examples else "")
    ss[INSPECT_FOLLOWS] = source


def inspect_this(sentence: str) -> None:
    """Inspect's sentence set to ``sentence`` (one of the translated text's), kept until another text is
    translated."""
    st.session_state["inspect_text"] = sentence
    st.session_state[INSPECT_FOLLOWS] = st.session_state.get("source", "")


def restore_widgets(keep) -> None:
    """Before a page draws its widgets: the values saved by ``save_widgets`` for those Streamlit dropped while
    another page was open or presenter mode hid them. In the browser a widget's value is gone by the start of the
    first run that does not draw it, so it is saved in the runs that draw it (``keep_page_inputs``' way, re-setting
    the key in every run its own page included, works too; re-set only in the runs that hide it, it did not).
    AppTest keeps such values, so browser tests check this."""
    ss = st.session_state
    for saved in [k for k in ss if k.startswith(SAVED)]:
        key = saved[len(SAVED):]
        if key not in ss and keep(key):
            ss[key] = ss[saved]


def save_widgets(keep) -> None:
    """After a page drew its widgets: a plain copy of each value ``keep(key)`` selects, for ``restore_widgets``."""
    ss = st.session_state
    for key in [k for k in ss if not k.startswith(SAVED) and keep(k)]:
        ss[SAVED + key] = ss[key]


def _persist(key: str) -> str:
    """Seed widget key ``_w_<key>`` from the persistent value before the widget is created."""
    st.session_state.setdefault(key, DEFAULTS.get(key))
    st.session_state["_w_" + key] = st.session_state[key]
    return "_w_" + key


def _sync(key: str) -> None:
    st.session_state[key] = st.session_state["_w_" + key]


def restore_from_query(entries: list[ModelEntry]) -> None:
    """Once per session: model, text and decoding settings from the URL (a shared link)."""
    if st.session_state.get("_query_restored"):
        return
    st.session_state["_query_restored"] = True
    qp = st.query_params
    share.remember(qp)
    if qp.get("presenter") == "1":          # a presenter's link opens as they showed it
        st.session_state["presenter"] = True
    names = [e.name for e in entries]
    if qp.get("model") in names:
        st.session_state["model"] = qp["model"]
    for q, (key, cast, lo, hi) in QUERY_KEYS.items():
        try:
            if q in qp:
                st.session_state[key] = min(hi, max(lo, cast(qp[q])))
        except (TypeError, ValueError):
            pass
    text = qp.get("text")
    if text and text.strip():
        cap = input_caps().max_chars
        if len(text) > cap:                 # never translate a silently shortened text
            st.session_state["query_notice"] = (f"The link's text has {len(text):,} characters, more than the "
                                                f"{cap:,} translated at once; it was not loaded.")
            return
        st.session_state["source"] = text
        st.session_state["text_widget"] = text


def link_notice() -> None:
    """Why a link's text was not loaded, on whichever page the link opened: an Inspect link had shown the example
    sentence instead, with nothing said."""
    if st.session_state.get("query_notice"):
        st.warning(st.session_state.pop("query_notice"))


def settings_params(ctx: Context) -> dict:
    """The model and decoding settings as link parameters (every page's URL holds them), and ``presenter=1`` in
    presenter mode (a presenter copies the address bar: the link opened in a new tab had dropped the mode)."""
    s = ctx.settings
    params = {"model": ctx.entry.name if ctx.entry else "", "beam": str(s.beam_size), "nbest": str(s.n_best),
              "lp": f"{s.length_penalty:g}", "maxlen": str(s.max_length or 0),
              "presenter": "1" if ctx.presenter else ""}
    return {k: v for k, v in params.items() if v}


def share_params(ctx: Context, text: str) -> dict:
    """The Translate page's link: settings, text and the attention view (layer, head, merge, colours)."""
    view = share.view_params("attn", ctx.translator.config if ctx.translator else None, ctx.card)
    return {**settings_params(ctx), **({"text": text} if text else {}), **view}


def examples_for(entry: ModelEntry, card: dict, translator: Optional[Translator]) -> list[str]:
    """Card ``examples`` (separated by |), else ``<name>.examples.txt``, else the run's probe sentences,
    else generic sentences in the source language."""
    if card.get("examples"):
        return [x.strip() for x in card["examples"].split("|") if x.strip()][:6]
    f = Path(entry.path).with_suffix(".examples.txt")
    if f.is_file():
        lines = [ln.strip() for ln in f.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
        if lines:
            return lines[:6]
    tc = (translator.meta.get("train_config") or {}) if translator else {}
    if tc.get("probes"):
        return [str(p) for p in tc["probes"]][:6]
    src = (card.get("language_pair") or "en").replace("→", "-").split("-")[0].strip().lower()
    return EXAMPLES.get(src, EXAMPLES["en"])


def _card_lines(card: dict) -> str:
    parts = [f"**{card['title']}**" if card.get("title") else ""]
    for label, key in (("Languages", "language_pair"), ("Architecture", "architecture"), ("Score", "score"),
                       ("Training", "trained")):
        if card.get(key):
            parts.append(f"{label}: {card[key]}")
    return "  \n".join(p for p in parts if p)


def _sidebar(entries: list[ModelEntry], folder: Path, decoding: bool = True) -> Context:
    sb = st.sidebar
    presenter = st.session_state.setdefault("presenter", False)
    sb.toggle("Presenter mode", key=_persist("presenter"), on_change=_sync, args=("presenter",),
              help="Bigger text and heatmaps; hides the technical controls.")
    presenter = st.session_state["presenter"]
    if not decoding:        # the Training page uses no model: none is picked or loaded there
        return Context(entries, None, None, None, UI_DECODING, presenter, folder=str(folder))
    if not entries:
        sb.warning(f"No models found in `{folder}`. Copy a `.pt` checkpoint there "
                   "(or promote a training run).")
        return Context(entries, None, None, None, UI_DECODING, presenter, folder=str(folder))
    names = [e.name for e in entries]
    if st.session_state.get("model") not in names:
        st.session_state["model"] = names[0]
    by_name = {e.name: e for e in entries}
    sb.selectbox("Model", names, key=_persist("model"), on_change=_sync, args=("model",),
                 format_func=lambda n: by_name[n].label, help=f"Every checkpoint in {folder}")
    entry = by_name[st.session_state["model"]]
    translator, error = load(entry)
    if translator is not None:
        card = catalog.model_card(entry, translator.config.to_dict(), translator.meta.get("train_config"),
                                  translator.meta)
        sb.caption(_card_lines(card))
    else:
        card = dict(entry.card)
        sb.caption(f"⚠️ {entry.name} could not be loaded.")
    if not presenter:
        with sb.expander("Decoding settings", expanded=True):
            st.number_input("Beam size", 1, MAX_BEAM, key=_persist("beam_size"), on_change=_sync, args=("beam_size",),
                            help="1 = greedy decoding")
            st.number_input("N-best", 1, MAX_BEAM, key=_persist("n_best"), on_change=_sync, args=("n_best",),
                            help="Hypotheses to list (at most the beam size)")
            st.slider("Length penalty", 0.0, LP_MAX, step=0.1, key=_persist("length_penalty"), on_change=_sync,
                      args=("length_penalty",), help="score = log-prob / length^penalty (0: raw log-prob)")
            st.number_input("Max length (tokens, 0 = automatic)", 0, MAX_TARGET, key=_persist("max_length"),
                            on_change=_sync, args=("max_length",))
    ss = st.session_state
    settings = DecodeConfig(int(ss["beam_size"]), int(ss["n_best"]), float(ss["length_penalty"]),
                        int(ss["max_length"]) or None)
    return Context(entries, entry, translator, error, settings, presenter, card,
                   examples_for(entry, card, translator), str(folder))


# Example buttons wrap their sentence instead of cutting it off with "…" (long examples, presenter mode).
BASE_CSS = """<style>
[class*="st-key-example_"] button { height: auto !important; }
[class*="st-key-example_"] button p { white-space: normal !important; overflow: visible !important;
  text-overflow: clip !important; }
</style>"""
PRESENTER_CSS = """<style>
.stMainBlockContainer p, .stMainBlockContainer li, .stMainBlockContainer textarea { font-size: 1.3rem !important; }
.s2s-best { font-size: 2.6rem !important; }
.stMainBlockContainer [data-testid="stMetricValue"] p { font-size: 3rem !important; }
</style>"""


def render_sidebar(decoding: bool = True) -> Context:
    """Called by app.py on every run, before the page; pages read the result with :func:`context`.
    ``decoding=False`` (the Training page, where they do nothing) hides the model picker, its card and the
    decoding settings."""
    folder = paths.checkpoints_dir()
    entries = catalog.discover(folder)
    for k, v in DEFAULTS.items():
        st.session_state.setdefault(k, v)
    restore_from_query(entries)
    ctx = _sidebar(entries, folder, decoding)
    st.html(BASE_CSS + (PRESENTER_CSS if ctx.presenter else ""))
    st.session_state["_ctx"] = ctx
    return ctx


def context() -> Context:
    """The Context app.py built in this run (taken, so a stale one is never reused); if the page runs
    without app.py (Streamlit's first run of a deep link can do that), draw the sidebar here."""
    ctx = st.session_state.pop("_ctx", None)
    return ctx if ctx is not None else render_sidebar()


def require_model(ctx: Context) -> bool:
    """Show why no model can be used (st.error naming the file and reason); False when none can."""
    if ctx.entry is None:
        st.info(f"No models yet: put a checkpoint (`*.pt`) into `{ctx.folder}` to start translating.")
        return False
    if ctx.translator is None:
        st.error(f"Model **{ctx.entry.name}** (`{Path(ctx.entry.path).name}`) cannot be used: {ctx.error}. "
                 "Pick another model in the sidebar.")
        return False
    return True
