"""What the panels share around a chart: how it is shown (toolbar, touch, width on a phone) and its download
buttons: a matrix as CSV / JSON, a figure as PNG / SVG (rendered by kaleido only when asked, since it starts a
browser and takes seconds)."""
from __future__ import annotations

import hashlib
import json
from typing import Sequence

import numpy as np
import streamlit as st

from s2s_core import image_export, viz

# A short toolbar (image, zoom, pan, reset): the full one covered the titles and legends at a figure's top right.
PLOTLY_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2},
                 "modeBarButtonsToRemove": ["select2d", "lasso2d", "zoomIn2d", "zoomOut2d", "autoScale2d"]}


PHONE_PX = 640           # Streamlit's own narrow-screen breakpoint (columns stack below it)


def chart(fig, key: str, where=st, config: dict | None = PLOTLY_CONFIG, **kwargs):
    """``st.plotly_chart`` whose chart a swipe scrolls past (``viz.touch_scrolls``). Streamlit gives a chart
    that takes selections (``on_select``) a "pan" drag back: those are :func:`selectable_chart`."""
    return where.plotly_chart(viz.touch_scrolls(fig), key=key, config=config, **kwargs)


# Plotly's touchstart handler cancels the browser's scroll whenever a chart drags. This script stops a touch on a
# chart it names, while in "pan" (Streamlit's drag for charts that take selections), before plotly sees it: a swipe
# scrolls the page, and a tap comes as mouse events, i.e. a click. Its empty element is hidden (it took a 16-px gap).
_TOUCH_SCROLLS = """<style>.stElementContainer:has(script.s2s-touch) { display: none; }</style>
<script class="s2s-touch">
(window.s2sTouchCharts ||= new Set()).add(%s);
window.s2sTouchListens || window.addEventListener("touchstart", e => {
  const gd = e.target.closest && e.target.closest(".draglayer") && e.target.closest(".js-plotly-plot");
  if (gd && gd.layout && gd.layout.dragmode === "pan"
      && [...window.s2sTouchCharts].some(k => gd.closest(".st-key-" + k))) e.stopPropagation();
}, {capture: true, passive: true});
window.s2sTouchListens = true;
</script>"""


def selectable_chart(fig, key: str, on_select, where=st, config: dict | None = PLOTLY_CONFIG):
    """``st.plotly_chart`` whose points a click or a tap selects (``on_select``). Streamlit gives such a chart a
    "pan" drag whatever its layout says (``dragmode=False`` too), so on a phone a swipe that began on it panned it,
    the page stayed put, and a tap selected nothing; with ``_TOUCH_SCROLLS`` a swipe scrolls and a tap selects.
    A mouse still pans and clicks; the toolbar's zoom still zooms by touch."""
    where.html(_TOUCH_SCROLLS % _in_script(key), unsafe_allow_javascript=True)
    return where.plotly_chart(fig, key=key, on_select=on_select, selection_mode="points", config=config)


# A chart that scrolls sideways in its own box (the beam tree): Streamlit draws that box anew on a rerun, at its left
# end, so a node clicked at the right went out of view with the click. This script (run on every rerun) puts the box
# back where the user had scrolled it (in the same chart), and where a node was picked (``span``, its x from and to
# in the chart's units) scrolls it into view, centred, when it is not. Its empty element is hidden.
_FOLLOW = """(() => {
  const key = %s, chart = %s, span = %s, mark = chart + "|" + JSON.stringify(span), until = Date.now() + 8000;
  window.s2sScrollListens || document.addEventListener("scroll", e => {
    const b = e.target;
    if (b && b.dataset && b.dataset.s2sChart) (window.s2sScrolled ||= {})[b.dataset.s2sKey] = [b.dataset.s2sChart,
                                                                                               b.scrollLeft];
  }, {capture: true, passive: true});
  window.s2sScrollListens = true;
  const drawn = g => !span || g.data.some(t => t.name === "selected"
    && Math.abs((t.x[0] + (t.x[1] ?? t.x[0])) / 2 - (span[0] + span[1]) / 2) < 0.5);
  const tick = () => {
    const b = document.querySelector(".st-key-" + key), g = b && b.querySelector(".js-plotly-plot");
    const xa = g && g._fullLayout && g._fullLayout.xaxis;
    if (xa && xa._length && b.dataset.s2sMark !== mark && drawn(g)) {
      const saved = (window.s2sScrolled || {})[key];
      if (saved && saved[0] === chart) b.scrollLeft = saved[1];
      if (span) {
        const off = g.getBoundingClientRect().left - b.getBoundingClientRect().left + b.scrollLeft + xa._offset;
        const x0 = off + xa.l2p(span[0]), x1 = off + xa.l2p(span[1]);
        if (x0 < b.scrollLeft || x1 > b.scrollLeft + b.clientWidth)
          b.scrollLeft = (x0 + x1 - b.clientWidth) / 2;
      }
      Object.assign(b.dataset, {s2sKey: key, s2sChart: chart, s2sMark: mark});
    }
    if (Date.now() < until) setTimeout(tick, 100);
  };
  tick();
})();"""


def run_script(name: str, js: str, *args, where=st) -> None:
    """Run ``js`` in the page on this rerun, its ``%s`` filled with ``args`` as script-safe JSON: a
    counter makes the script new each time (Streamlit runs a script it has drawn once only once), and its empty
    element (class ``s2s-<name>``) is hidden (it took a 16-px gap)."""
    runs = st.session_state["_script_runs"] = st.session_state.get("_script_runs", 0) + 1
    where.html(f"<style>.stElementContainer:has(script.s2s-{name}) {{ display: none; }}</style>"
               f'<script class="s2s-{name}">\n{js % tuple(_in_script(a) for a in args)}\n/* run {runs} */</script>',
               unsafe_allow_javascript=True)


def keep_in_view(key: str, chart: str, span: tuple[float, float] | None, where=st) -> None:
    """For the chart keyed ``key`` that scrolls sideways in its own box (``min_width_on_phones``): keep the box where
    it was scrolled across reruns of the same ``chart`` (an id), and bring ``span`` (x from, to, in the chart's units:
    a picked node) into view. Run each rerun."""
    run_script("follow", _FOLLOW, key, chart, list(span) if span else None, where=where)


# On a phone a list above what it opens (the training runs' cards) leaves the opened thing below the screen: a tap
# seemed to do nothing. This script scrolls the element keyed ``key`` to the screen's top (under Streamlit's top
# bar), on a phone only, once it is drawn (within 5 s).
_SCROLL_TO = """(() => {
  const key = %s, phone = %s, until = Date.now() + 5000;
  if (window.innerWidth > phone) return;
  const tick = () => {
    const el = document.querySelector(".st-key-" + key), head = document.querySelector("[data-testid=stHeader]");
    if (el && el.getBoundingClientRect().height) {
      el.style.scrollMarginTop = (head ? head.getBoundingClientRect().bottom : 0) + 8 + "px";   // not under the bar
      el.scrollIntoView({block: "start"});
    }
    else if (Date.now() < until) setTimeout(tick, 100);
  };
  tick();
})();"""


def scroll_to_on_phones(key: str, where=st) -> None:
    """Bring the element keyed ``key`` to the top of a phone's screen (wider screens are left where they are): call
    it on the rerun that follows a tap that opened it."""
    run_script("scroll-to", _SCROLL_TO, key, PHONE_PX, where=where)


def _in_script(value) -> str:
    """``value`` as a JavaScript literal inside a <script>: JSON with "<" escaped, so that no text (an id today,
    perhaps a sentence tomorrow) can close the script with "</script>" and open HTML of its own."""
    return json.dumps(value).replace("<", "\\u003c")


def min_width_on_phones(key: str, px: int, screens: int | None = PHONE_PX) -> None:
    """On a narrow screen the chart keyed ``key`` keeps ``px`` of width and its row scrolls sideways, rather
    than squeezing a long sentence's columns to a few pixels; wider screens are untouched (``screens=None``:
    on every screen, for a chart whose layout is in pixels, as the beam tree)."""
    rules = (f".st-key-{key} {{ overflow-x: auto; }} "
             f".st-key-{key} [data-testid='stFullScreenFrame'] {{ min-width: {int(px)}px; }}")
    st.html(f"<style>{rules if screens is None else f'@media (max-width: {screens}px) {{ {rules} }}'}</style>")


def two_a_row_on_phones(key: str) -> str:
    """CSS for the container ``key``: on a phone, which stacks columns one a row (the eight metric tiles made a
    screen and a half), its columns go two a row, and a tile's number shrinks a little to keep to one line; columns
    inside those columns (two buttons in an expander) stack as before, in a column too narrow for two, and a column
    whose expander is open takes the whole row (its buttons' labels had been cut at half a phone's width)."""
    k, half = f".st-key-{key}", "calc(50% - 0.5rem) !important"
    return (f"<style>@media (max-width: {PHONE_PX}px) {{ {k} [data-testid='stHorizontalBlock'] {{ flex-wrap: wrap; "
            f"row-gap: 0.75rem; }} {k} [data-testid='stColumn'] {{ flex: 1 1 {half}; width: {half}; "
            f"min-width: {half}; }} {k} [data-testid='stColumn'] [data-testid='stColumn'] {{ flex: 1 1 100% "
            f"!important; width: 100% !important; min-width: 100% !important; }} "
            f"{k} [data-testid='stColumn']:has(details[open]) {{ flex: 1 1 100% !important; width: 100% !important; "
            f"min-width: 100% !important; }} "
            f"{k} [data-testid='stMetricValue'] {{ font-size: 1.6rem; }} }}</style>")


PHONE_PAD_PX = 32        # the main column's padding on a phone (16 px a side)


def swipe_hint(key: str, px: int, where=st) -> None:
    """Above a chart that keeps ``px`` of width (:func:`min_width_on_phones`): on a screen too narrow for it, a line
    saying that the rest is a sideways swipe away (a phone shows no scrollbar until one scrolls, so the map looked
    cut off at the screen's edge); wider screens hide it."""
    shown_below = min(PHONE_PX, int(px) + PHONE_PAD_PX)
    where.html(f"<style>@media (min-width: {shown_below + 1}px) {{ .stElementContainer:has(.s2s-swipe-{key}) "
               f"{{ display: none; }} }}</style><div class='s2s-swipe s2s-swipe-{key}' style='font-size:0.875rem;"
               "opacity:0.7;'>↔ Swipe the map sideways to see all of it.</div>")


def heatmap_chart(fig, key: str, where=st):
    """An attention heatmap (``viz.attention_heatmap``) as :func:`chart`, its columns kept readable on a phone
    (where it scrolls sideways in its own box, and says so)."""
    px = viz.heatmap_min_width(fig)
    min_width_on_phones(key, px)
    swipe_hint(key, px, where)
    return chart(fig, key, where)


def spreadsheet_csv(text: str) -> str:
    """CSV text with a UTF-8 byte-order mark: Excel then reads "é" and "«" as such, not as "Ã©" (pandas and
    Python's csv with encoding "utf-8-sig" skip it)."""
    return "\ufeff" + text


def short_hash(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8", "replace")).hexdigest()[:10]


@st.cache_data(max_entries=32, show_spinner=False)
def _images(fig_json: str) -> list[bytes]:
    """[PNG, SVG] from one Chromium (image_export.figure_images): a Chromium start each took twice as long."""
    return image_export.figure_images(fig_json, ("png", "svg"))


def matrix_buttons(attn: np.ndarray, src_l: Sequence[str], tgt_l: Sequence[str], key: str,
                   label: str = "Attention matrix", stem: str = "attention") -> None:
    c1, c2 = st.columns(2)
    c1.download_button(f"{label} (CSV)", spreadsheet_csv(viz.attention_csv(attn, src_l, tgt_l)), f"{stem}.csv",
                       "text/csv", key=f"{key}_att_csv", on_click="ignore")
    c2.download_button(f"{label} (JSON)", viz.attention_json(attn, src_l, tgt_l), f"{stem}.json",
                       "application/json", key=f"{key}_att_json", on_click="ignore")


def image_buttons(fig, key: str, label: str = "Heatmap", stem: str = "attention", for_export=None) -> None:
    """"Prepare PNG and SVG", then the two downloads; a clear warning where kaleido cannot render.
    ``for_export``: builds the figure the images show when it differs from the page's (a title), only once they
    are asked for."""
    fig_json = fig.to_json()
    fp, armed_key = short_hash(fig_json), f"{key}_img_armed"
    armed = st.session_state.get(armed_key)
    if armed == ("failed", fp):
        st.warning(f"Image export is not available here: {st.session_state.get(key + '_img_error')}. "
                   "The camera icon on the chart still saves a PNG.")
        return
    if armed != fp:     # armed by the click's callback, which runs first: a rerun that cut this run short keeps it
        st.button("Prepare PNG and SVG", key=f"{key}_img_btn", on_click=st.session_state.__setitem__,
                  args=(armed_key, fp), help="Renders the figure with kaleido (takes a few seconds)")
        return
    try:
        with st.spinner("Rendering images …"):
            shown = for_export().to_json() if for_export else fig_json
            png, svg = _images(shown)
    except image_export.ExportError as e:
        st.session_state[armed_key], st.session_state[key + "_img_error"] = ("failed", fp), str(e)
        st.warning(f"Image export is not available here: {e}. The camera icon on the chart still saves a PNG.")
        return
    c3, c4 = st.columns(2)
    c3.download_button(f"{label} (PNG)", png, f"{stem}.png", "image/png", key=f"{key}_png", on_click="ignore")
    c4.download_button(f"{label} (SVG)", svg, f"{stem}.svg", "image/svg+xml", key=f"{key}_svg", on_click="ignore")
