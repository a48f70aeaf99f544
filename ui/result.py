"""Result panels: best translation, n-best list, token confidence, attention heatmap and exports."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional, Sequence

import numpy as np
import streamlit as st

from s2s_core import catalog, register, trust, viz
from s2s_core.config import ATTENTION_LABELS
from s2s_core.reading_notes import plain_note
from s2s_core.translator import Hypothesis, Translation

from . import links, share
from .exports import (PLOTLY_CONFIG, chart, heatmap_chart, image_buttons, matrix_buttons,  # noqa: F401
                      short_hash, spreadsheet_csv, two_a_row_on_phones)
from .state import LANGUAGES, Context, inspect_this, restore_widgets, save_widgets


def plain(text: str, css_class: str = "s2s-text", size: str = "1.05rem", extra: str = "", role: str = "") -> None:
    """User or model text, always HTML-escaped (never interpreted as Markdown or HTML); ``role``: a ``data-s2s``
    attribute that CSS can pick it by."""
    st.html(f'<div class="{css_class}"{f" data-s2s={role!r}" if role else ""} style="font-size:{size};{extra}'
            f'white-space:pre-wrap;">{viz.esc(text)}</div>')


def best_box(text: str, presenter: bool, size: Optional[str] = None, role: str = "") -> None:
    plain(text or "(empty translation)", "s2s-best", size or ("2.6rem" if presenter else "1.8rem"),
          "font-weight:600;line-height:1.3;padding:0.2em 0;", role)


def trust_warnings(hyp: Optional[Hypothesis], source_tokens: Sequence[str] = ()) -> None:
    """Why this output may be unreliable (``Hypothesis.warnings``, s2s_core/trust.py), in plain words, where
    nobody can miss it; nothing when there is no warning. (The messages are the engine's fixed sentences; the
    unsure words they name are escaped.)"""
    if hyp is not None and hyp.warnings:
        st.warning("  \n".join(_warning_line(f, hyp, source_tokens) for f in hyp.warnings), icon="⚠️")


NAMED_WORDS = 4    # unsure words named in the warning (the token view colours every one)


def _warning_line(flag, hyp: Hypothesis, source_tokens: Sequence[str] = ()) -> str:
    """The flag's sentence; the unsure-word one also names the words, the missing-number one the numbers
    (model text: Markdown-escaped)."""
    if flag == trust.MISSING_NUMBER and source_tokens:      # (a cached result holds copies of the flags)
        numbers = trust.named_numbers(hyp, source_tokens)
        return f"{flag.message} Missing: {', '.join(f'«{n}»' for n in numbers)}." if numbers else flag.message
    if flag == trust.MISSING_WORD and source_tokens:
        lost = trust.named_lost_words(hyp, source_tokens)
        return f"{flag.message} Missing: {', '.join(f'«{viz.md_escape(w)}»' for w in lost)}." if lost else flag.message
    if flag == trust.NOT_FRENCH and source_tokens:
        odd = trust.named_not_french(hyp, source_tokens)
        return f"{flag.message} Not French: {', '.join(f'«{viz.md_escape(w)}»' for w in odd)}." if odd else flag.message
    if flag == trust.RARE_WORD:                             # «"floss" is rare in what the model learnt from…»
        return trust.rare_message([f'"{viz.md_escape(w)}"' for w in trust.named_rare_words(hyp)])
    if flag != trust.UNSURE_WORD:
        return flag.message
    words = [f"«{viz.md_escape(w)}»" for w in trust.named_words(hyp)]
    if not words:
        return flag.message
    more = len(words) - NAMED_WORDS
    return f"{flag.message} Unsure: {', '.join(words[:NAMED_WORDS])}{f' and {more} more' if more > 0 else ''}."


def correct_button(ctx: Context, sentence: str, hyp: Optional[Hypothesis], key: str = "to_correct") -> None:
    """Under an unsure-word warning on one sentence: open Inspect → Click to correct on it, which starts at
    the first unsure word with the model's alternatives there (not in presenter mode)."""
    if ctx.presenter or hyp is None or trust.UNSURE_WORD not in hyp.warnings:
        return
    if st.button("Correct it word by word", key=key, icon=":material/edit:",
                 help="Opens Inspect → Click to correct at the first unsure word: pick another word there and "
                      "the model re-translates the rest."):
        inspect_this(sentence)
        st.session_state["inspect_tab"] = "Click to correct"
        st.switch_page("app_pages/inspect.py")


@dataclass
class AttentionView:
    merge: bool = False
    layer: Optional[int] = None      # None = average of layers
    head: Optional[int] = None       # None = average of heads
    is_default: bool = True
    stretch: bool = False            # colours up to the map's maximum instead of the fixed 0–1 scale

    @property
    def zmax(self) -> Optional[float]:
        return None if self.stretch else 1.0


WHOLE_WORDS = "Whole words"
WHOLE_WORDS_HELP = ("The model reads and writes subword pieces (\"vivait\" may be \"viv\" + \"ait\"). On: one row "
                    "and one column per whole word (a source word's column sums its pieces' attention, a target "
                    "word's row averages its pieces' rows). Off: the pieces the model really used.")

WHOLE_WORDS_NOTE = ("Whole words: a source word's column is the **sum** of its pieces' attention; a target word's "
                    "row is the **average** of its pieces' rows.")


def whole_words_toggle(key: str, where=st) -> bool:
    """Attention on whole words (the default: what a reader expects) or on the model's subword pieces."""
    st.session_state.setdefault(key, True)
    return where.toggle(WHOLE_WORDS, key=key, help=WHOLE_WORDS_HELP)


def stretch_toggle(key: str, where=st) -> bool:
    """The colour-scale option: fixed 0–1 (maps compare at a glance) or stretched to the map's maximum."""
    return where.toggle("Stretch colours", key=key,
                        help="Off: one fixed scale from 0 to 1, so a diffuse map looks diffuse. On: the darkest "
                             "colour is this map's largest weight (shows structure in weak maps).")


def default_attention(ctx: Context) -> tuple[int, Optional[int]]:
    """(layer, head or None = average) shown by default (``catalog.default_attention``)."""
    cfg = ctx.translator.config
    return catalog.default_attention(ctx.card, cfg.dec_layers, cfg.n_heads)


STANDARD_GOLD = {"naacl2003"}     # public hand-aligned test sets, named by the card as "naacl2003-en-fr"


def aer_words(aer) -> str:
    """The card's ``alignment_aer`` ("26.4 % on naacl2003-en-fr") for a reader who knows neither the rate nor the
    set: "the word links people drew by hand in a standard English–French test (alignment error rate 26.4 %, lower
    is better)"; a set of unknown languages keeps its name; no rate, no parenthesis."""
    rate, _, gold = str(aer or "").partition(" on ")
    words = "the word links people drew by hand"
    gold = gold.strip()
    if gold:
        langs = re.search(r"(?:^|[-_])([a-z]{2,3})[-_]([a-z]{2,3})$", gold)
        pair = langs and all(c in LANGUAGES for c in langs.groups())
        if pair:
            pair = f"{LANGUAGES[langs[1]]}–{LANGUAGES[langs[2]]}"
            words += (" in a standard " if gold[:langs.start()] in STANDARD_GOLD else
                      " in an " if pair[0] in "AEIOU" else " in a ") + pair + " test"
        else:
            words += f" in the test set “{gold}”"
    return words + (f" (alignment error rate {rate.strip()}, lower is better)" if rate.strip() else "")


def _default_caption(ctx: Context, layer: int, head: Optional[int]) -> str:
    L = ctx.translator.config.dec_layers
    what = "heads averaged" if head is None else f"head {head + 1}"
    if catalog.alignment_choice(ctx.card, L, ctx.translator.config.n_heads):
        return (f"Shown: decoder layer {layer + 1} of {L}, {what} — for this model the view that best matches "
                + aer_words(ctx.card.get("alignment_aer")) + ".")
    return (f"Shown: decoder layer {layer + 1} of {L}, {what} — in trained Transformers the next-to-last layer "
            "best matches the words people link by hand (Garg et al., 2019); the last layer usually less.")


def ensemble_note(ctx: Context) -> None:
    """Say, beside any map of an ensemble's attention, whose attention it is (the members' heads are not
    comparable, so maps show the first member's; ``models/ensemble.py``)."""
    n = ctx.translator.config.ensemble
    if n > 1 and not ctx.presenter:
        st.caption(f"This model is an ensemble of {n} networks that choose each word together; "
                   "attention and attributions are those of the first one.")


def attention_controls(ctx: Context, key: str = "attn") -> AttentionView:
    """Merge toggle and (Transformers) layer/head pickers, shared by every sentence on the page. Presenter
    mode shows words (merged pieces) on the default layer, without controls or technical captions."""
    cfg = ctx.translator.config
    transformer = cfg.arch == "transformer"
    L, H = cfg.dec_layers, cfg.n_heads
    default, default_head = default_attention(ctx)
    keys = [f"{key}_merge", f"{key}_stretch", f"{key}_layer_{L}", f"{key}_head_{H}"]
    ss = st.session_state
    if ctx.presenter:      # words on the default view, no controls (their values come back afterwards)
        return AttentionView(True, default if transformer else None, default_head if transformer else None, True)
    ensemble_note(ctx)
    share.apply_view_link(key, L, H)
    restore_widgets(keys.__contains__)      # Streamlit dropped them while presenter mode hid them
    ss.setdefault(keys[2], default)
    ss.setdefault(keys[3], -1 if default_head is None else default_head)
    cols = st.columns([3, 2, 2]) if transformer else [st.container()]        # the toggles' labels whole at 900 px
    merge = whole_words_toggle(keys[0], cols[0])
    stretch = stretch_toggle(keys[1], cols[0])
    if not transformer:
        save_widgets(keys.__contains__)
        st.caption(f"{cfg.arch.upper()} + {ATTENTION_LABELS.get(cfg.attention, cfg.attention)}: one attention "
                   "distribution per output token (no layers or heads).")
        return AttentionView(merge, stretch=stretch)
    default_head = -1 if default_head is None else default_head
    layer = cols[1].selectbox("Decoder layer", list(range(L)) + [-1], key=keys[2],       # value: session state
                              format_func=lambda i: "Average of layers" if i < 0 else
                              f"Layer {i + 1}" + (" (default)" if i == default else ""),
                              help=f"The model writes its translation through {L} stacked layers; each looks back "
                                   "at the source in its own way. The default is the layer whose attention best "
                                   "matches how people link the words of a translation.")
    head = cols[2].selectbox("Head", [-1] + list(range(H)), key=keys[3],
                             format_func=lambda i: "Average of heads" if i < 0 else f"Head {i + 1}",
                             help=f"Each layer looks at the source {H} ways at once (its attention heads); "
                                  "one head often follows one kind of link, their average is the layer's overall "
                                  "view.")
    save_widgets(keys.__contains__)
    is_default = layer == default and head == default_head
    if is_default:
        st.caption(_default_caption(ctx, layer, None if head < 0 else head))
    return AttentionView(merge, None if layer < 0 else layer, None if head < 0 else head, is_default, stretch)


ATTENTION_PLAIN = ("**Attention:** for each word of the translation (a row), how much the model looked at each "
                   "word of your text (a column) while writing it; darker = more.")
ATTENTION_INTRO = ATTENTION_PLAIN + (f" “{viz.END_LABEL}”: the end of the sentence (the model writes it last, and "
                                     "often looks there when no word is relevant).")   # presenter: the map has none


def attention_matrix(src: list[str], hyp: Hypothesis, view: AttentionView, upto: Optional[int] = None):
    """The matrix to draw for ``view`` plus its labels, and the share of attention on source </s>."""
    model_default = view.is_default and view.layer is None and view.head is None   # AttentionView()
    attn = hyp.attention if (model_default or hyp.heads is None) else viz.select_heads(hyp.heads, view.layer,
                                                                                       view.head)
    tgt = list(hyp.shown_tokens)
    if upto is not None:
        attn, tgt = attn[:upto], tgt[:upto]
    share = viz.eos_share(attn, src)
    if view.merge:
        attn, src_l, tgt_l = viz.merge_attention(attn, src, tgt)
    else:
        src_l, tgt_l = list(src), tgt
    return np.asarray(attn), src_l, tgt_l, share


def heatmap(ctx: Context, src: list[str], hyp: Hypothesis, view: AttentionView, key: str, title: str = "",
            upto: Optional[int] = None, exports: bool = True, height: Optional[int] = None,
            zmax: Optional[float] = None, explain: bool = True, export_where=None):
    """One attention heatmap (``zmax`` overrides the view's colour scale, e.g. one shared by two maps;
    ``explain``: say under it how whole words are counted, once a page; ``export_where``: the container of its
    "Export heatmap" panel, if not right under it)."""
    if ctx.presenter:
        view = replace(view, merge=True)           # words, not ▁-marked pieces
    attn, src_l, tgt_l, share = attention_matrix(src, hyp, view, upto)
    if ctx.presenter:                              # words only: no end-of-sentence row or column to explain
        attn, src_l, tgt_l = viz.without_end(attn, src_l, tgt_l)
    if attn.size == 0:
        st.info("Nothing to draw yet.")
        return None
    shown = (src_l, tgt_l) if view.merge else (viz.piece_labels(src_l), viz.piece_labels(tgt_l))
    fig = viz.attention_heatmap(attn, *shown, title=title, height=height, font_size=18 if ctx.presenter else 12,
                                zmax=zmax if zmax is not None else view.zmax)       # pieces as read: "…ur", "["
    heatmap_chart(fig, f"{key}_fig")
    if ctx.presenter:
        return fig
    if view.merge and explain:
        st.caption(WHOLE_WORDS_NOTE)
    if share >= viz.EOS_WARN_SHARE:
        st.caption(f"⚠️ The end-of-sentence column “{viz.END_LABEL}” takes {share:.0%} of the attention on "
                   "average. Models often park attention there when no source word is relevant, so read the other "
                   "columns relative to each other.")
    if exports:           # an exported image says what it shows (it leaves the page that said it): built if asked
        export_panel(fig, attn, src_l, tgt_l, key, lambda: viz.attention_heatmap(
            attn, *shown, title=title or _export_title(src, hyp, view), height=height, font_size=12,
            zmax=zmax if zmax is not None else view.zmax), where=export_where or st)
    return fig


def _export_title(src: list[str], hyp: Hypothesis, view: AttentionView) -> str:
    """"Attention, decoder layer 2, heads averaged: «I like cats.»" (cut at 70 characters)."""
    if hyp.heads is None:
        which = "Attention"
    else:
        which = ("Attention, " + ("layers averaged" if view.layer is None else f"decoder layer {view.layer + 1}")
                 + ", " + ("heads averaged" if view.head is None else f"head {view.head + 1}"))
    text = viz.as_text([p for p in src if p != "</s>"])
    return viz.esc(f"{which}: «{text[:70] + '…' if len(text) > 70 else text}»")


STRIP_NOTE = ("How sure the model was of each piece it wrote (it writes words in subword pieces): green = sure, "
              f"red = less sure. Dashed red: a word the warning calls unsure (under {trust.UNSURE_PERCENT}, its "
              "pieces together). Hover or tap a piece for its probability and the model's other choices there; "
              f"“{viz.END_LABEL}” marks where it ended the sentence (the model writes it as a word, last).")
READING_GUIDE = "How to read the strip and the map"


def reading_guide(view: Optional[AttentionView]) -> None:
    """The captions that say how to read the strip and the map, in one expander (a paragraph's first sentence:
    on a phone, open under the strip, they stood ~250 px tall)."""
    with st.expander(READING_GUIDE, icon=":material/help:"):
        st.caption(STRIP_NOTE)
        st.caption(ATTENTION_INTRO)
        if view is None or view.merge:
            st.caption(WHOLE_WORDS_NOTE)


CHOSEN_NOTE = ("Dotted grey line: a word that came with the form of address chosen for this sentence (see the "
               "note). Its colour is the model's own probability, low because it preferred the other form there; "
               "it is not marked unsure.")
CHOSEN_SHORT = "Dotted: chosen for the form of address (see the note), not a doubt."     # presenter mode
PRESENTER_STRIP_NOTE = "Green: the model was sure of this word; red: less sure; dashed: the warning calls it unsure."


def confidence(hyp: Hypothesis, presenter: bool = False, explain: bool = True,
               tr: Optional[Translation] = None) -> None:
    """The token strip, dashed under the words its warning calls unsure (one threshold, ``trust``); ``explain``:
    with the caption that says how to read it (once a page). Words put in for a
    form of address (``register.put_in_for_address``, of ``tr``) are marked so, and said under the strip whatever
    ``explain`` (red under a note that chose the word, with no warning, had read as a contradiction); in presenter
    mode in a few words, on one line."""
    chosen = register.put_in_for_address(tr, hyp) if tr is not None else []
    st.html(viz.confidence_html(hyp.shown_tokens, hyp.token_log_probs, hyp.shown_alternatives, 24 if presenter else 18,
                                words=presenter, chosen=chosen, unsure=trust.unsure_positions(hyp)))
    if presenter:       # a demo: one short line (the long note on the dotted line stood under it)
        said = [PRESENTER_STRIP_NOTE] * explain + [CHOSEN_SHORT] * bool(chosen)
        if said:
            st.caption(" ".join(said))
        return
    if explain:
        st.caption(STRIP_NOTE)
    if chosen:
        st.caption(CHOSEN_NOTE)


NBEST_HELP = ("The best translations beam search found, best first (the sidebar's beam size and n-best set how "
              "many; a note above may put one first for its form of address). Words an alternative does not share "
              "with the best one are in **bold**. Score: how likely the model finds it, higher is better: "
              "log-probability / length^length-penalty, the length counted in the model's subword pieces.")


def nbest_labels(hyps: Sequence[Hypothesis]) -> list[str]:
    """Each alternative as Markdown, whole and escaped; from the second on, the words it changes in bold."""
    best = hyps[0].text
    return [viz.md_escape(best) or "(empty translation)"] + [viz.differences_md(h.text, best) or
                                                           "(empty translation)" for h in hyps[1:]]


def nbest_markdown(hyps: Sequence[Hypothesis]) -> str:
    """A read-only n-best list (Inspect → Compare): numbered, each alternative whole, its score under it."""
    return "\n".join(f"{i + 1}. {label}  \n   :gray[{nbest_note(h)}]"
                     for i, (label, h) in enumerate(zip(nbest_labels(hyps), hyps)))


def nbest_note(hyp: Hypothesis) -> str:
    """An alternative's score and warnings, under its text ("score -0.189 · ⚠️ unsure word")."""
    return f"score {hyp.score:.3g}" + (f" · {viz.md_escape(trust.labels(hyp))}" if hyp.warnings else "")


PUT_FIRST = "put first for its form of address (see the note); the model scored another higher"


def best_caption(tr: Translation) -> str:
    """The first alternative's caption: "best · score …", and, where the form of address (register.py) put it first
    over a higher-scoring one ("Addressed with «vous» all through…": -0.292 over -0.146), that it did: the list's
    help says "best first … higher is better" and the scores under it said otherwise."""
    hyps = tr.hypotheses
    lower = any(n.startswith(register.NOTE_START) for n in tr.notes) and any(h.score > hyps[0].score for h in hyps[1:])
    return f"best · {nbest_note(hyps[0])}" + (f" · {PUT_FIRST}" if lower else "")


def _flip(key: str) -> None:
    st.session_state[key] = not st.session_state.get(key, False)


def nbest_table(tr: Translation, key: str, presenter: bool = False, shown: Optional[int] = None) -> int:
    """The n-best list, each alternative written whole (it wraps at any screen width: a table's cell cut long
    ones at ~130 px), the words it changes in bold; the picked one (default: the best) is returned as an index.
    One translation, or presenter mode: no list (the best translation stands alone). ``shown``: list only the
    first ones, with a button under them for the rest (a paragraph's sentence with five alternatives stood
    ~1,000 px tall); a picked alternative among the rest keeps them listed."""
    hyps = tr.hypotheses
    if presenter or len(hyps) < 2:
        return 0
    labels, more = nbest_labels(hyps), f"{key}_nbest_all"
    picked = st.session_state.get(f"{key}_nbest")
    short = shown is not None and len(hyps) > shown and not st.session_state.get(more) and \
        not (isinstance(picked, int) and picked >= shown)
    options = list(range(shown if short else len(hyps)))
    idx = st.radio("Alternatives — pick one to show it below", options, key=f"{key}_nbest",
                   format_func=labels.__getitem__, help=NBEST_HELP,
                   captions=[best_caption(tr) if i == 0 else nbest_note(hyps[i]) for i in options])
    if shown is not None and len(hyps) > shown and (short or st.session_state.get(more)):
        rest = len(hyps) - shown
        st.button(f"Show {rest} more alternative{'s' if rest > 1 else ''}" if short else "Show fewer alternatives",
                  key=f"{key}_nbest_more", type="tertiary", on_click=_flip, args=(more,),
                  icon=":material/expand_more:" if short else ":material/expand_less:")
    return idx if idx in range(len(hyps)) else 0


def reading_notes(tr: Translation, presenter: bool = False) -> None:
    """What the model read where it differs from the typed text ("The model read: «… in 32th place»"), above any
    map whose columns show that reading; escaped, since the notes quote the user's text ("$5 … $6" is LaTeX).
    ``presenter``: said without the stand-in the model read, a name the audience never saw typed (its maps show
    the name typed)."""
    for note in tr.notes:
        st.caption(f"ℹ️ {viz.md_escape(plain_note(note) if presenter else note)}")


LISTED = "listed-best"      # a best translation the list under it repeats as its first entry, "best"


BESIDE_MAX_COLUMNS = 9      # a map of up to this many source words fits half the page, beside the list


def render_translation(ctx: Context, tr: Translation, view: Optional[AttentionView], key: str,
                       show_best: bool = False, exports: bool = True, correct: bool = False,
                       explain: bool = True, alternatives: Optional[int] = None,
                       compact: bool = False, strip: bool = True) -> Optional[Hypothesis]:
    """Everything for one sentence: n-best list → chosen hypothesis → confidence → heatmap.
    Without a ``view`` the attention controls are drawn here, just above the heatmap. ``correct``: under the
    best translation's unsure-word warning, a way to Inspect's click-to-correct. ``explain``: the captions that
    say how to read the strip and the map (a paragraph has them once, with its first sentence, not five times).
    ``alternatives``: how many of the n-best list show before a "more" button (default: all). ``compact`` (a
    paragraph's sentence, under the whole translation in large type): the best translation in smaller type, and a
    short sentence's map right of the list and the strip, not under them (a phone stacks them as before).
    ``strip=False``: no token strip (the page drew this one's already)."""
    if tr.error or not tr.hypotheses:
        st.warning(f"No translation: {tr.error or 'the model produced nothing'}")
        return None
    reading_notes(tr, ctx.presenter)
    if show_best:       # a paragraph's sentence with a list under it: its best line goes on a phone (PHONE_CSS)
        listed = compact and not ctx.presenter and len(tr.hypotheses) > 1
        best_box(tr.hypotheses[0].text, ctx.presenter, "1.35rem" if compact and not ctx.presenter else None,
                 LISTED if listed else "")
        trust_warnings(tr.hypotheses[0], tr.source_tokens)
        if correct:
            correct_button(ctx, tr.source, tr.hypotheses[0], key=f"{key}_correct")
    if compact and view is not None and not ctx.presenter and \
            len(attention_matrix(tr.source_tokens, tr.hypotheses[0], view)[1]) <= BESIDE_MAX_COLUMNS:
        left, right = st.columns([5, 6], gap="medium")
    else:
        left = right = st.container()
    with left:
        idx = nbest_table(tr, key, ctx.presenter, alternatives)
        hyp = tr.hypotheses[idx]
        if idx:
            st.markdown(f"**Alternative {idx + 1}:**")
            plain(hyp.text, size="1.3rem")
            trust_warnings(hyp, tr.source_tokens)
        guide = compact and explain and not ctx.presenter        # the captions in one expander
        if strip:
            confidence(hyp, ctx.presenter, explain and not guide, tr)
        if guide:
            reading_guide(view)
    below = st.container()              # the links, then the two exports side by side (a phone too)
    row = _exports_row(key) if exports and not ctx.presenter else None
    with right:
        if view is None:
            view = attention_controls(ctx)
        if explain and not guide:
            st.caption(ATTENTION_PLAIN if ctx.presenter else ATTENTION_INTRO)
        heatmap(ctx, tr.source_tokens, hyp, view, key, exports=exports, explain=explain and not guide,
                export_where=row[0] if row else None)
    with below:
        links.attention_links(ctx, tr.source_tokens, hyp.shown_tokens, attention_matrix(
            tr.source_tokens, hyp, replace(view, merge=False))[0], key, exports=exports)
    if row and len(tr.hypotheses) > 1:     # what the list shows: none for a sentence joined from parts (its note)
        with row[1].expander("Export n-best list"):
            c1, c2 = st.columns(2)
            c1.download_button("n-best (CSV)", spreadsheet_csv(viz.nbest_frame(tr.hypotheses).to_csv(index=False)),
                               "nbest.csv", "text/csv", key=f"{key}_nb_csv", on_click="ignore")
            c2.download_button("n-best (JSON)", viz.nbest_json(tr.source, tr.hypotheses), "nbest.json",
                               "application/json", key=f"{key}_nb_json", on_click="ignore")
    return hyp


def _exports_row(key: str) -> list:
    """Two columns for "Export heatmap" | "Export n-best list", side by side on a phone as well (stacked, the two
    shut expanders took a row each)."""
    box = st.container(key=f"{key}_exports")
    box.html(two_a_row_on_phones(f"{key}_exports"))
    return box.columns(2)


def export_panel(fig, attn, src_l, tgt_l, key: str, for_export=None, where=st) -> None:
    with where.expander("Export heatmap"):
        matrix_buttons(attn, src_l, tgt_l, key)
        image_buttons(fig, key, for_export=for_export)
