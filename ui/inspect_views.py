"""The Inspect page's views: head grid, beam-search tree, click-to-correct and model comparison."""
from __future__ import annotations

import math

import streamlit as st

from s2s_core import catalog, trust, viz
from s2s_core.catalog import ModelEntry
from s2s_core.pieces import GLUED
from s2s_core.special import EOS_PIECE

from . import engine, exports, result, share
from .result import AttentionView, short_hash
from .state import Context


def _translate(ctx: Context, sentence: str, **kw):
    tr, err = engine.translate(ctx.entry, sentence, ctx.settings, **kw)
    if err:
        st.error(err)
    return tr


# -- layer × head grid -----------------------------------------------------------------------------
def _grid_pick() -> None:
    """Clicking a small map selects that layer/head (each map carries a marker with customdata [l, h])."""
    ev = st.session_state.get("head_grid")
    points = getattr(getattr(ev, "selection", None), "points", None)
    if points is None and isinstance(ev, dict):
        points = ev.get("selection", {}).get("points", [])
    for pt in points or []:
        cd = pt.get("customdata")
        if isinstance(cd, (list, tuple)) and len(cd) == 2:
            st.session_state["grid_layer"], st.session_state["grid_head"] = int(cd[0]), int(cd[1])
            return


def _grid(heads, src: list[str], tgt: list[str], merge: bool, words_only: bool = False):
    """The grid's maps and labels: on whole words as Translate's map (``viz.merge_attention``), or on pieces;
    ``words_only`` (presenter mode): without the end-of-sentence row and column, as every other presenter map."""
    if merge:
        grid = viz.merge_attention(heads, src, tgt)
        return viz.without_end(*grid) if words_only else grid
    return heads, viz.piece_labels(src), viz.piece_labels(tgt)


def heads(ctx: Context, sentence: str) -> None:
    tr = _translate(ctx, sentence)
    if tr is None or tr.best is None:
        return
    hyp, src = tr.best, tr.source_tokens
    st.markdown("**Translation**")          # the maps below are of this output: say what it is
    result.plain(hyp.text or "(empty translation)", size="1.3rem")
    result.reading_notes(tr, ctx.presenter)     # the maps' columns are what the model read, said as on Translate
    share.apply_merge_link("grid_merge")
    if hyp.heads is None:
        st.info(f"{ctx.arch.upper()} models have one attention distribution per output token — "
                "no layers or heads to compare.")
        merge = ctx.presenter or result.whole_words_toggle("grid_merge")
        result.heatmap(ctx, src, hyp, AttentionView(merge), key="grid_rnn")
        return
    T, L, H, S = hyp.heads.shape
    default, default_head = result.default_attention(ctx)
    share.apply_grid_link(L, H)
    if st.session_state.get("grid_layer") not in range(L):
        st.session_state["grid_layer"] = default
    if st.session_state.get("grid_head") not in range(H):
        st.session_state["grid_head"] = default_head or 0
    c1, c2, c3 = st.columns([2, 2, 3], vertical_alignment="bottom")
    layer = c1.selectbox("Decoder layer", list(range(L)), key="grid_layer",       # as Translate's picker
                         format_func=lambda i: f"Layer {i + 1}" + (" (default)" if i == default else ""))
    head = c2.selectbox("Head", list(range(H)), key="grid_head", format_func=lambda i: f"Head {i + 1}")
    merge = ctx.presenter or result.whole_words_toggle("grid_merge", c3)      # as Translate: words by default
    stretch = not ctx.presenter and result.stretch_toggle("grid_stretch", c3)     # hidden as on every other tab
    st.caption(f"Decoder cross-attention, {L} layers × {H} heads (rows × columns). Click a small map or use "
               "the pickers to enlarge one.")
    result.ensemble_note(ctx)
    grid = _grid(hyp.heads, src, hyp.shown_tokens, merge, ctx.presenter)
    exports.selectable_chart(viz.head_grid(*grid, selected=(layer, head)), "head_grid", _grid_pick)
    st.subheader(f"Layer {layer + 1}, head {head + 1}")
    result.heatmap(ctx, src, hyp, AttentionView(merge, layer, head, False, stretch), key="grid_big")


# -- beam-search tree ------------------------------------------------------------------------------
def _tree_pick() -> None:
    ev, nodes = st.session_state.get("beam_tree"), st.session_state.get("_tree_nodes", [])
    points = getattr(getattr(ev, "selection", None), "points", None)
    if points is None and isinstance(ev, dict):
        points = ev.get("selection", {}).get("points", [])
    node = viz.node_from_selection(nodes, points or [])
    if node is not None:
        st.session_state["tree_node"] = node
        _follow()


FOLLOW = "_tree_follow"     # the selected node is one the user picked (a click, the picker, a link): keep it in view


def _follow() -> None:
    st.session_state[FOLLOW] = True


MIN_SCREEN_PX = 320       # the narrowest phone's main column: a tree no wider never scrolls
TREE_NOTE = ("Beam size {}: every candidate word piece the search scored, one column per output position. Blue = "
             "kept (active), green = finished (“(end)”: the model ended the sentence there), grey = pruned; the thick "
             "green line is the best "
             "translation. Hover a box for its score (cumulative log-probability); click one (or use the picker "
             "below) to see what the model makes of that beginning. “…” starts a piece that continues the word "
             "before it; “·” is a further piece of the name before it, or the first part of a letter the next box "
             "completes (“·” then “…œ”).")
TREE_SHORT = ("Every word (or piece of a word, “…”) the search tried, left to right; the thick green line is the "
              "translation. Click a box to see what the model makes of that beginning.")   # presenter: no jargon


def tree(ctx: Context, sentence: str) -> None:
    tr = _translate(ctx, sentence, tree=True)
    if tr is None or not tr.tree:
        st.info("No search tree for this sentence.")
        return
    result.reading_notes(tr, ctx.presenter)
    if in_parts(_translate(ctx, sentence)):        # the tree is of one search: not the translation Translate shows
        st.caption(READ_WHOLE.format(", the one this tree shows"))
    nodes = viz.tree_nodes(tr.tree, lambda ids: engine.pieces(ctx.entry, ids),
                           tr.best.shown_prefix if tr.best else list)          # a stand-in's name once ("Sophie", "·")
    by_id = {n["id"]: n for n in nodes}
    st.session_state["_tree_nodes"] = nodes
    path = viz.best_path_ids(nodes, tr.best.tokens) if tr.best else []
    linked = share.linked_node()
    this_tree = (ctx.entry.key, sentence, engine.settings_key(ctx.settings))
    if linked in by_id:
        st.session_state["tree_node"], st.session_state[FOLLOW] = linked, True
    elif st.session_state.get("tree_node") not in by_id or st.session_state.get("_tree_of") != this_tree:
        st.session_state["tree_node"] = path[-1] if path else nodes[0]["id"]      # a new tree opens on the best
        st.session_state[FOLLOW] = False        # and at its left end, where it is read from
    st.session_state["_tree_of"] = this_tree
    font = 15 if ctx.presenter else 11
    wide = viz.tree_width_px(nodes, font)
    st.caption((TREE_SHORT if ctx.presenter else TREE_NOTE.format(ctx.settings.beam_size))
               + (" A tree wider than the screen scrolls sideways: Shift + mouse wheel, or a swipe."
                  if wide > MIN_SCREEN_PX else ""))
    fig = viz.tree_figure(nodes, st.session_state["tree_node"], path, font_size=font)
    exports.min_width_on_phones("beam_tree", wide, screens=None)       # its x is in pixels: labels keep their boxes
    exports.selectable_chart(fig, "beam_tree", _tree_pick)
    exports.keep_in_view("beam_tree", short_hash(*this_tree, font), viz.tree_node_span(
        nodes, st.session_state["tree_node"], font) if st.session_state.get(FOLLOW) else None)
    node_id = st.selectbox("Node", [n["id"] for n in nodes], key="tree_node", on_change=_follow, format_func=lambda i:
                           viz.node_pick_label(by_id[i], ctx.presenter))
    node = by_id[node_id]
    forced = _translate(ctx, sentence, prefix=node["pieces"])     # a finished node's prefix ends in </s>
    if forced is None or forced.best is None:
        return
    done = node["prefix"][-1] == EOS_PIECE
    result.plain(f"Prefix: {viz.reader_text(node['prefix'])}   →   " +
                 (f"finished hypothesis: {forced.best.text}" if done else f"continued as: {forced.best.text}"),
                 size="1.1rem")
    share.apply_merge_link("tree_merge")
    merge = ctx.presenter or result.whole_words_toggle("tree_merge")     # the map only: node labels stay pieces
    result.heatmap(ctx, forced.source_tokens, forced.best, AttentionView(merge), key="tree_prefix",
                   upto=len(node["prefix"]), title="Attention of the prefix up to this node", exports=False)


# -- click-to-correct ------------------------------------------------------------------------------
def _apply_fix(sid: str, prefix: list) -> None:
    st.session_state["fix_for"], st.session_state["fix_prefix"] = sid, prefix


def _kept_line(shown: list[str], n: int) -> str:
    """What a correction kept, in words and by name ("Kept your first 2 words, “Envoyez-leur la”"; it had counted
    pieces, "Kept your first 6 tokens"): ``shown`` the new translation's pieces, its first ``n`` the kept ones."""
    ended = shown[n - 1] == EOS_PIECE
    kept = [p for p in shown[:n] if p not in (EOS_PIECE, GLUED)]      # a name once: "Sophie", not "Sophie··"
    while n < len(shown) and shown[n] == GLUED:                          # a name cut inside is shown whole
        n += 1
    after = shown[n] if n < len(shown) else EOS_PIECE
    cut = not ended and after not in viz.SPECIALS and not after.startswith("▁")     # the model finished that word
    whole = len(viz.word_groups(kept)) - cut
    count = "your first word" if whole == 1 else f"your first {whole} words" if whole else ""
    what = " and ".join(x for x in (count,
                                    ("the beginning of the next" if whole else "the beginning of your first word")
                                    if cut else "") if x)
    text = viz.md_escape(viz.as_text(kept) + "…" * cut)
    return (f"Kept {what}, “{text}”, " + ("and ended the sentence there." if ended else
                                          "and the model translated the rest again."))


MIN_ALTERNATIVE_LOG_PROB = math.log(0.005)    # alternatives shown as 0 % are left out


def _start_line(unsure: bool, prefix: bool) -> str:
    """Where the position picker starts and why: at the first word the model was unsure of (as Translate's warning
    names it), else at the first word (after the user's) it had another likely choice for, said plainly rather than
    left to guess."""
    if unsure:
        return (f"Starting at the first word{' after yours' if prefix else ''} the model was unsure of (under "
                f"{trust.UNSURE_PERCENT} probability): wrong words and dropped phrases often sit there.")
    if prefix:
        return ("No word after yours is marked unsure, so this starts at the first one after them the model had "
                "another likely choice for.")
    return ("No word here is marked unsure, so this starts at the first one the model had another likely choice for: "
            "pick the one you want to change.")


def _choices(hyp, pos: int) -> list:
    """The model's other likely pieces at ``pos``: (piece, log-prob), best first ("V (0%)" is no choice, nor one the
    translation shows as it is: "Marie" where "Emma" stood in as "Mary" read "Marie… (39%)" and changed nothing)."""
    alts = hyp.other_pieces(hyp.tokens[pos], hyp.alternatives[pos] if pos < len(hyp.alternatives) else [])
    return [(a, lp) for a, lp in alts if a != hyp.tokens[pos] and lp >= MIN_ALTERNATIVE_LOG_PROB]


def _first_with_choices(hyp, start: int) -> int:
    """The first position from ``start`` with another likely piece (the tab had opened on "At" of "Attendez…",
    with "no likely alternative at this position"), else ``start``."""
    start = min(start, len(hyp.tokens) - 1)
    return next((i for i in range(start, len(hyp.tokens)) if _choices(hyp, i)), start)


def _word_choices(hyp, group: list[int]) -> list[tuple[int, str, float]]:
    """(position, piece, log-prob) of the model's other likely pieces anywhere in one word, likeliest first: the
    word "Envoyez-leur" offers "Envoyez-les…" (52 %, at its "le") beside "Envo…" (34 %, at its "oyez")."""
    return sorted(((k, a, lp) for k in group for a, lp in _choices(hyp, k)), key=lambda c: -c[2])


def _word_picker(hyp, sid: str, hid: str, start: int) -> None:
    """The position picker lists words as the presenter strip shows them ("3: Thomas", "4: (end)"; it had listed
    pieces, "3: …oyez"), opening on the word holding ``start``; "Replace with" lists what each likely other piece in
    that word would make of it."""
    shown, groups = hyp.shown_tokens, viz.word_groups(hyp.shown_tokens)
    label = {g[0]: f"{n + 1}: {viz.reader_label(viz.group_label(shown, g))}" for n, g in enumerate(groups)}
    at = next((n for n, g in enumerate(groups) if start in g), 0)
    c1, c2 = st.columns([1, 2])
    word = c1.selectbox("Word", [g[0] for g in groups], key=f"fix_pos_{hid}", index=at, format_func=label.get,
                        help="The word to change; the strip above shows how sure the model was of each.")
    group = next(g for g in groups if g[0] == word)
    labels = {c: viz.word_choice(shown, word, c[0], hyp.shown_piece(c[1])) for c in _word_choices(hyp, group)}
    alts = [c for c, text in labels.items() if text]    # none inside a stand-in's name, none of one byte ("m�…")
    if not alts:
        c2.info("The model saw no likely alternative in this word (none at 0.5 % or more).")
        return
    pick = c2.radio("Replace with", range(len(alts)), key=f"fix_alt_{hid}_{word}", horizontal=True,
                    format_func=lambda i: f"{labels[alts[i]]}  ({math.exp(alts[i][2]):.0%})")
    pos, piece = alts[pick][:2]
    st.button("Use this word, translate the rest", type="primary", key="fix_go", on_click=_apply_fix,
              args=(sid, list(hyp.tokens[:pos]) + [piece]),
              help="Keeps the translation up to here with your word in place, and lets the model translate "
                   "what follows again (forced decoding from this prefix).")


def in_parts(tr) -> bool:
    """Whether Translate joined this sentence from parts searched one by one (a ";" or a clause seam): its pieces
    hold a part's "</s>" before the last."""
    return tr is not None and tr.best is not None and EOS_PIECE in tr.best.tokens[:-1]


READ_WHOLE = ("Translate joined this sentence from parts translated one by one (see its note there). Here the model "
              "reads it whole, in one search{}: its first choice may differ from Translate's.")


def correct(ctx: Context, sentence: str) -> None:
    sid = short_hash(ctx.entry.key, sentence)
    prefix = st.session_state.get("fix_prefix") if st.session_state.get("fix_for") == sid else None
    tr = _translate(ctx, sentence, prefix=prefix)
    whole = prefix is None and in_parts(tr)
    if whole:     # a prefix over the parts' pieces held a "</s>": the search ended there
        st.caption(READ_WHOLE.format(", as a correction needs"))
        tr = _translate(ctx, sentence, prefix=[])
    if tr is None or tr.best is None:
        return
    hyp = tr.best
    if prefix:
        c1, c2 = st.columns([3, 1])         # [4, 1] cut "Undo corrections" to "Undo correct…" in presenter mode
        c1.success(_kept_line(hyp.shown_tokens, len(prefix)))
        c2.button("Undo corrections", on_click=_apply_fix, args=(sid, None), key="fix_reset")
    elif not ctx.presenter:         # the tab opened on a strip and two pickers, with nothing saying what they do
        st.caption("Don't like a word? Pick where it is and one of the words the model also considered there: it "
                   "keeps the translation up to your word and writes the rest again. The strip colours each piece "
                   "by how sure the model was (green = sure, red = less sure; how to read it is under the list).")
    result.confidence(hyp, ctx.presenter, explain=ctx.presenter, tr=tr)  # else said with the strip under the list
    hid = short_hash(sid, hyp.tokens)
    unsure = trust.first_warned_position(hyp, start=len(prefix or []))       # unsure as Translate warns of it
    st.caption(_start_line(unsure is not None, bool(prefix)))
    _word_picker(hyp, sid, hid, unsure if unsure is not None else _first_with_choices(hyp, len(prefix or [])))
    if not ctx.presenter:           # presenter mode shows no n-best list
        st.subheader("Best translations that keep your words" if prefix else
                     "Best translations, the sentence read whole" if whole else "Best translations")
    result.render_translation(ctx, tr, AttentionView(), key=f"fix_{hid}", show_best=True,
                              strip=not ctx.presenter)     # no list to pick from: the same strip twice


# -- two models side by side -----------------------------------------------------------------------
def partner(entries: list[ModelEntry], current: ModelEntry, pair: str) -> str:
    """Model B's default: another model of the same language pair (read from the cards, no loading),
    else any other model, else the same one."""
    others = [e for e in entries if e.name != current.name]
    same = [e for e in others if pair and e.card.get("language_pair", "").replace(" ", "") == pair]
    return (same or others or [current])[0].name


def _side(ctx: Context, entry: ModelEntry, sentence: str):
    """(card line, translation) of one side, or None after showing why not."""
    translator, err = engine.load(entry)
    if err:
        st.error(err)
        return None
    card = catalog.model_card(entry, translator.config.to_dict(), translator.meta.get("train_config"),
                              translator.meta)
    tr, err = engine.translate(entry, sentence, ctx.settings)
    if err or tr is None or tr.best is None:
        st.error(err or "no translation")
        return None
    return " · ".join(card[k] for k in ("language_pair", "architecture", "score") if card.get(k)), tr


def compare(ctx: Context, sentence: str) -> None:
    names = [e.name for e in ctx.entries]
    by_name = {e.name: e for e in ctx.entries}
    if len(names) < 2:
        st.info("Only one model is available; add another checkpoint to compare.")
    pair = (ctx.card.get("language_pair") or "").replace(" ", "")
    cols = st.columns(2)
    picks = [cols[0].selectbox("Model A", names, index=names.index(ctx.entry.name), key="cmp_a"),
             cols[1].selectbox("Model B", names, index=names.index(partner(ctx.entries, ctx.entry, pair)),
                               key="cmp_b")]
    c1, c2 = st.columns(2)
    merge = ctx.presenter or result.whole_words_toggle("cmp_merge", c1)
    view = AttentionView(merge=merge, stretch=not ctx.presenter and result.stretch_toggle("cmp_stretch", c2))
    sides = []
    for col, name in zip(st.columns(2), picks):
        with col:
            sides.append(_side(ctx, by_name[name], sentence))
    maps = [result.attention_matrix(s[1].source_tokens, s[1].best, view)[0] for s in sides if s]
    zmax = max((float(m.max()) for m in maps if m.size), default=1.0) if view.stretch else 1.0
    _compare_rows(ctx, picks, sides, view, zmax)
    st.caption(f"Both maps share one colour scale (0 to {zmax:.2f})." +
               (f" {result.WHOLE_WORDS_NOTE}" if view.merge and not ctx.presenter else ""))      # said once


def _compare_rows(ctx: Context, picks: list[str], sides: list, view: AttentionView, zmax: float) -> None:
    """The two sides in rows (names and translations, maps, alternatives): the maps start level whatever
    stands above them (a translation on two lines, a reading note on one side). Each map is titled with its
    side, since on a phone the rows stack (A, B, map A, map B)."""
    tops, maps, lists = st.columns(2), st.columns(2), st.columns(2)
    for i, (side, name, got) in enumerate(zip("AB", picks, sides)):
        if got is None:
            continue
        with tops[i]:
            st.caption(f"**Model {side}:** `{name.replace('`', '')}` · {got[0]}")     # as Translate names it
            result.best_box(got[1].best.text, ctx.presenter)
            result.reading_notes(got[1], ctx.presenter)
        with maps[i]:
            result.heatmap(ctx, got[1].source_tokens, got[1].best, view, key=f"cmp_{side.lower()}", exports=False,
                           zmax=zmax, explain=False, title=f"Model {side}")
        if not ctx.presenter and len(got[1].hypotheses) > 1:   # one: joined from parts, its note says none shown
            with lists[i]:      # the help by the list's label (at its end it read as the last item's)
                st.caption("Alternatives, best first", help=result.NBEST_HELP)
                st.markdown(result.nbest_markdown(got[1].hypotheses))
