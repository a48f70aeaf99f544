"""Evaluate: translate a file; with references, sacreBLEU BLEU and chrF (with signatures) and the
worst sentences by sentence-level chrF."""
import hashlib

import streamlit as st

from s2s_core.evaluate import score, sentence_scores
from s2s_core.spoken_time import spoken_time
from s2s_core.viz import md_escape
from ui import context, engine, evalfile, evalslices, require_model

BATCH = 16

ctx = context()
st.title("Evaluate")
if not require_model(ctx):
    st.stop()

# Any file may be picked: evalfile.parse refuses all but .txt/.tsv/.tab UTF-8 text and says why.
up = st.file_uploader("Text file: one sentence a line — or TSV: source, then one or more reference columns",
                      key="eval_file")
with st.expander("… or paste the lines", expanded=bool(st.session_state.get("eval_paste"))):
    pasted = st.text_area("Lines to translate: cells copied from a spreadsheet keep their columns (source, then "
                          "references)", key="eval_paste", height=120)
done = st.session_state.get("eval_result")
if up is not None:
    name, data = up.name, up.getvalue()
elif pasted.strip():
    name, data = evalfile.pasted(pasted)
elif done:      # Streamlit forgets an upload when the page is left: show the last file's results again
    name, data = done["name"], done["data"]
    st.caption(f"Results for **{md_escape(name)}**, translated earlier; upload a file or paste lines to replace "
               "them.")
else:
    st.caption("Upload a `.txt` to translate it, or a `.tsv` (source⇥reference⇥…) to score the model. "
               "Extra columns are extra references. Pasted lines are read once you click outside the box (or "
               "press Ctrl+Enter).")
    st.stop()

try:
    es = evalfile.parse(name, data)
except ValueError as e:
    st.error(str(e))
    st.stop()
for w in es.warnings:
    st.warning(w)
st.write(f"**{len(es.sources)}** line{'s' * (len(es.sources) != 1)}" +
         (f", **{es.n_refs}** reference column{'s' * (es.n_refs != 1)}" if es.references else
          ", no references (translation only)"))
seconds = engine.estimate_seconds(ctx.entry, es.sources, ctx.settings, BATCH)
if seconds is not None:
    st.caption(f"Translating this file will take {spoken_time(seconds)} here at beam "
               f"{ctx.settings.beam_size} (estimated from this model's speed on this machine).")

file_key = hashlib.sha1(data).hexdigest()
fingerprint = (file_key, ctx.entry.key, engine.settings_key(ctx.settings))
notice = st.empty()            # drawn above the button, decided after it
go = st.button("Translate file", type="primary", key="eval_go")
if done and done["fingerprint"] != fingerprint:
    if done["fingerprint"][0] == file_key and not go:
        notice.info("The model or settings changed since this file was translated — translate again.")
    done = None
if go:
    bar = st.progress(0.0, text=f"Translating {len(es.sources)} lines …")
    trs, err = engine.translate_lines(
        ctx.entry, es.sources, ctx.settings, heads=False, chunk=BATCH,
        progress=lambda d, n: bar.progress(d / n, text=f"Translated {d} of {n} lines"))
    bar.empty()
    if err:
        st.error(err)
        st.stop()
    done = {"fingerprint": fingerprint, "name": name, "data": data,      # a blank line stays blank, no error
            "hyps": [t.best.text if t.best else "" for t in trs],
            "errors": [t.error if s.strip() else None for s, t in zip(es.sources, trs)]}
    done["flags"], done["unsure"] = evalslices.flags(trs), evalfile.unsure_words(trs)
    st.session_state["eval_result"] = done
if not done:
    st.stop()

hyps, errors = done["hyps"], done["errors"]
if any(errors):
    failed = sum(map(bool, errors))
    st.warning(evalfile.counted(failed, "line", "lines") + " could not be translated (see the 'problem' column)"
               + (("; it counts as an empty translation" if failed == 1 else "; they count as empty translations")
                  + " in BLEU and chrF." if es.references else "."))
counts = evalfile.warning_counts(done.get("flags"))
if counts:
    st.warning(f"Warnings on the best translations: {counts} (see the 'warnings' column).", icon="⚠️")
chrf = None
if es.references:
    lower = st.checkbox("Also: lowercased, Moses-tokenised BLEU (as in Multi30k papers)", key="eval_lower")
    try:
        s = score(hyps, es.references)
        c1, c2 = st.columns(2)
        c1.metric("BLEU", f"{s.bleu:.2f}")
        c2.metric("chrF", f"{s.chrf:.2f}")
        st.code(f"BLEU: {s.bleu_signature}\nchrF: {s.chrf_signature}", language=None)
        if lower:
            tgt = (ctx.card.get("language_pair") or "en-en").split("-")[-1].strip() or "en"
            sl = score(hyps, es.references, lowercase_tok=True, lang=tgt)
            st.metric("BLEU (lowercased, tokenised)", f"{sl.bleu:.2f}")
            st.code(sl.bleu_signature, language=None)
        chrf = sentence_scores(hyps, es.references)
    except Exception as e:
        st.error(f"Scoring failed: {e}")

df = evalfile.results_frame(es, hyps, errors, chrf, done.get("flags"), done.get("unsure"))
if chrf is not None:
    st.subheader("Worst sentences (sentence chrF)")
    worst = evalfile.worst_sentences(df)
    if worst.empty:
        st.success("Every translation matches its reference (chrF 100).")
    else:
        st.dataframe(worst, hide_index=True, key="eval_worst", **evalfile.table_layout(df))
st.subheader("All translations")
st.dataframe(df, hide_index=True, key="eval_all", **evalfile.table_layout(df))
stem = name.rsplit(".", 1)[0]
c1, c2 = st.columns(2)
c1.download_button("Download translations (.txt)", "\n".join(hyps) + "\n", f"{stem}.{ctx.entry.name}.txt",
                   "text/plain", key="eval_dl_txt", on_click="ignore")
c2.download_button("Download table (.tsv)", df.to_csv(sep="\t", index=False), f"{stem}.{ctx.entry.name}.tsv",
                   "text/tab-separated-values", key="eval_dl_tsv", on_click="ignore")
if chrf is not None:      # sliced scores (issue 18): where does the model fail?
    evalslices.show(es.sources, hyps, es.references, done.get("flags"), df, 16 if ctx.presenter else 12)
