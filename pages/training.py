"""Training: launch runs in the background, watch them live, compare, stop / resume / delete / promote.

The page only gathers choices and draws: the run store (s2s_core.runs) validates and starts the
training processes, s2s_core.run_viz makes the figures. Runs keep going when the browser closes.
"""
import os
import sys
import time
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from s2s_core import run_viz, sysinfo  # noqa: E402
from s2s_core import runs as R  # noqa: E402

REFRESH_S = 3.0
BADGE = {"queued": ("gray", ":material/hourglass_top:", "preparing"),
         "running": ("blue", ":material/play_circle:", "running"),
         "stopped": ("orange", ":material/pause_circle:", "stopped"),
         "completed": ("green", ":material/check_circle:", "completed"),
         "failed": ("red", ":material/error:", "failed")}
ICON = {"queued": "⏳", "running": "▶️", "stopped": "⏸️", "completed": "✅", "failed": "❌"}
PROBES = {"en": "The cat is sleeping on the sofa.\nWhere is the train station?",
          "fr": "Le chat dort sur le canapé.\nOù est la gare ?",
          "de": "Die Katze schläft auf dem Sofa.\nWo ist der Bahnhof?"}

store = R.RunStore()


@st.cache_resource(show_spinner=False)
def detected_gpus() -> list:
    return sysinfo.gpus()


def fmt_duration(s) -> str:
    if s is None:
        return "–"
    s = int(s)
    return f"{s // 3600}h {s % 3600 // 60:02d}m" if s >= 3600 else f"{s // 60}m {s % 60:02d}s"


def fmt_num(x, spec=".2f") -> str:
    return format(x, spec) if isinstance(x, (int, float)) else "–"


def fmt_time(t) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(t)) if t else "–"


def state_badge(state: str) -> None:
    color, icon, label = BADGE.get(state, ("gray", None, state))
    st.badge(label, color=color, icon=icon)


# ------------------------------------------------------------------------------------------ one run

def note(name: str, kind: str, text: str) -> None:
    """A message shown with the run for a while (the live view redraws every few seconds)."""
    st.session_state[f"note_{name}"] = (kind, text, time.time())


def show_note(name: str, keep_s: float = 60) -> None:
    kind, text, t = st.session_state.get(f"note_{name}", (None, None, 0))
    if text and time.time() - t < keep_s:
        (st.success if kind == "success" else st.error)(text)


def controls(name: str, status: dict) -> None:
    state = status["state"]
    row = st.container(horizontal=True)
    if state in R.ACTIVE:
        if row.button("Stop", key=f"stop_{name}", icon=":material/stop:",
                       help="The trainer saves a checkpoint and exits; resume continues from it."):
            try:
                store.stop(name)
                note(name, "success", "Stopping: the trainer saves a checkpoint, then exits.")
            except ValueError as e:
                note(name, "error", str(e))
            st.rerun()
    elif state in ("stopped", "failed"):
        if row.button("Resume", key=f"resume_{name}", icon=":material/play_arrow:",
                       help="Continue from the last checkpoint (same folder, same settings)."):
            try:
                st_ = store.resume(name)
                note(name, "success", f"Resumed from step {st_.get('resumed_from_step') or 0}.")
            except ValueError as e:
                note(name, "error", str(e))
            st.rerun()
    elif state == "completed" and status.get("reason") == "max_steps":
        with row.popover("Train longer", icon=":material/fast_forward:"):
            with st.form(f"extend_{name}", border=False):
                step = int(status.get("step") or 0)
                new_max = st.number_input("New step limit", min_value=step + 1, value=step * 2 or 1000,
                                          step=max(step // 10, 1),
                                          help="Continues from the last checkpoint with the same settings.")
                if st.form_submit_button("Continue training", type="primary"):
                    try:
                        st_ = store.resume(name, limits={"max_steps": int(new_max)})
                        note(name, "success", f"Continuing from step {st_.get('resumed_from_step') or 0} "
                                              f"to {int(new_max)}.")
                    except ValueError as e:
                        note(name, "error", str(e))
                    st.rerun()
    if state not in R.ACTIVE and row.button("Delete", key=f"delete_{name}", icon=":material/delete:"):
        st.session_state["confirm_delete"] = name
        st.rerun()
    if (store.path(name) / "best.pt").exists():
        with row.popover("Promote", icon=":material/publish:"):
            with st.form(f"promote_{name}", border=False):
                target = st.text_input("Checkpoint name", value=name, max_chars=64)
                avg = st.number_input("Average the last k snapshots (0 = best.pt)", 0, 20, 0,
                                      help="Needs 'keep last k snapshots' when the run was launched.")
                overwrite = st.checkbox("Overwrite a checkpoint with that name")
                if st.form_submit_button("Promote to the model list", type="primary"):
                    try:
                        r = store.promote(name, average=int(avg), as_name=target.strip(), overwrite=overwrite)
                        note(name, "success", f"Promoted ({r['source']}): {r['checkpoint']} and its model card — "
                                              "it is now in the model list.")
                    except (ValueError, OSError, RuntimeError) as e:     # RuntimeError: CheckpointError
                        note(name, "error", f"Not promoted: {e}")
                    st.rerun()


def status_block(name: str, status: dict, config: dict) -> None:
    head = st.columns([3, 2])
    with head[0]:
        st.subheader(f"`{name}`", anchor=False)
        state_badge(status["state"])
    launch = config.get("launch", {})
    where = status.get("device") or launch.get("device") or "auto"
    procs = launch.get("nproc", 1) * launch.get("nnodes", 1)
    head[1].caption(f"pid {status.get('pid', '–')} · {where}" + (f" × {procs} processes" if procs > 1 else "")
                    + f" · started {fmt_time(status.get('started'))}"
                    + (f" · ended {fmt_time(status.get('ended'))}" if status.get("ended") else "")
                    + f" · attempt {status.get('attempts', 1)}")
    if status["state"] == "failed":
        st.error(f"Failed: {status.get('reason') or 'unknown reason'}"
                 + (f" — {status['detail']}" if status.get("detail") else ""))
    elif status["state"] in ("stopped", "completed") and status.get("reason"):
        st.caption(f"Ended: {status['reason']} at step {status.get('step')}.")
    elif status["state"] == "queued":
        st.caption("Reading the corpus and training the tokenizer …")


def metric_row(status: dict, metrics: dict) -> None:
    last = metrics["train"][-1] if metrics["train"] else {}
    step, max_steps = status.get("step", 0), status.get("max_steps")
    if max_steps:
        st.progress(min(step / max_steps, 1.0), text=f"step {step:,} of {max_steps:,}")
    cols = st.columns(4) + st.columns(4)
    cols[0].metric("Step", f"{step:,}", help=f"of {max_steps or 'no limit'}; epoch {status.get('epoch')}; "
                                           f"last checkpoint at step {status.get('last_checkpoint_step') or '–'}")
    cols[1].metric("Train loss", fmt_num(last.get("loss"), ".3f"))
    cols[2].metric("Dev BLEU", fmt_num(status.get("valid_bleu"), ".1f"),
                   help=f"best so far {fmt_num(status.get('best_bleu'), '.1f')}")
    cols[3].metric("Dev chrF", fmt_num(status.get("valid_chrf"), ".1f"))
    cols[4].metric("Tokens / s", fmt_num(last.get("tokens_per_s"), ",.0f"),
                   help=f"{fmt_num(last.get('steps_per_s'), '.1f')} steps/s")
    cols[7].metric("Padding", fmt_num(last.get("padding_ratio"), ".0%"), help="padded slots / all slots in a batch")
    if "gpu_util" in last:
        cols[5].metric("GPU", f"{last['gpu_util']:.0f}% · {(last.get('gpu_mem_used_mb') or 0) / 1024:.1f} GB",
                       help=f"utilisation; memory {fmt_num(last.get('gpu_mem_used_mb'), ',.0f')} / "
                            f"{fmt_num(last.get('gpu_mem_total_mb'), ',.0f')} MB; this run's peak "
                            f"{fmt_num(last.get('gpu_max_allocated_mb'), ',.0f')} MB")
    elif "cpu_percent" in last:
        cols[5].metric("CPU · RAM", f"{last['cpu_percent']:.0f}% · {(last.get('ram_mb') or 0) / 1024:.1f} GB",
                       help="the training process: CPU (100% = one core) and resident memory")
    else:
        cols[5].metric("Memory", f"{fmt_num(last.get('memory_mb'), ',.0f')} MB")
    cols[6].metric("ETA", fmt_duration(status.get("eta_s")) if status["state"] in R.ACTIVE else "–",
                   help="From the step limit and the current steps/s.")


def probe_view(name: str, probes: list) -> None:
    if not probes:
        st.caption("No probe sentences yet — they are translated at every validation.")
        return
    sources = list(dict.fromkeys(p["source"] for p in probes))
    src = st.selectbox("Probe sentence", sources, key=f"probe_src_{name}")
    recs = [p for p in probes if p["source"] == src]
    steps = [p["step"] for p in recs]
    if len(steps) > 1:
        step = st.select_slider("Validation step (scrub to watch attention form)", options=steps,
                                value=steps[-1], key=f"probe_step_{name}_{len(steps)}")
    else:
        step = steps[0]
    rec = next(p for p in recs if p["step"] == step)
    st.text(f"step {step}: {rec.get('text', '')}")
    st.plotly_chart(run_viz.attention_figure(rec), key=f"att_{name}")


def run_view(name: str) -> None:
    try:
        status = store.status(name)
        config = store.config(name)
    except FileNotFoundError:
        st.warning(f"Run `{name}` no longer exists.")
        return
    metrics = store.metrics(name)
    status_block(name, status, config)
    show_note(name)
    controls(name, status)
    metric_row(status, metrics)
    left, right = st.columns(2)
    left.plotly_chart(run_viz.loss_figure(metrics), key=f"loss_{name}")
    right.plotly_chart(run_viz.scores_figure(metrics), key=f"scores_{name}")
    left.plotly_chart(run_viz.lr_figure(metrics), key=f"lr_{name}")
    right.plotly_chart(run_viz.throughput_figure(metrics), key=f"tps_{name}")
    left.plotly_chart(run_viz.system_figure(metrics), key=f"sys_{name}")
    with right:
        probe_view(name, store.probes(name))
    if config.get("launch", {}).get("nnodes", 1) > 1:
        st.markdown("**Start the other machines** (same project folder, run folder on a shared filesystem):")
        st.code("\n".join(store.node_command_lines(name)), language="bash")
    st.markdown("**train.log** (last lines)")
    st.code(store.log_tail(name, 30) or "(empty)", language=None)
    with st.expander("Configuration and command"):
        st.code(" ".join(config.get("command", [])), language="bash")
        st.json({"model": config.get("model_config"), "train": config.get("train_config"),
                 "launch": config.get("launch")}, expanded=False)


def cancel_delete() -> None:
    st.session_state.pop("confirm_delete", None)


@st.dialog("Delete run", on_dismiss=cancel_delete)
def confirm_delete(name: str) -> None:
    st.write(f"Delete run `{name}` and everything in its folder — checkpoints, metrics, logs? "
             "Promoted checkpoints are kept. This cannot be undone.")
    a, b = st.columns(2)
    if a.button("Delete", type="primary", key="confirm_delete_yes"):
        cancel_delete()
        try:
            store.delete(name)
            st.session_state["flash"] = ("success", f"Deleted run {name}.")
        except (ValueError, FileNotFoundError) as e:
            st.session_state["flash"] = ("error", str(e))
        st.rerun()
    if b.button("Cancel", key="confirm_delete_no"):
        cancel_delete()
        st.rerun()


def runs_panel(active_at_start: frozenset) -> None:
    """Run table + the selected run; a fragment re-run every few seconds while any run is active."""
    all_runs = store.list()
    if active_at_start - {r["name"] for r in all_runs if r["state"] in R.ACTIVE}:
        st.rerun()     # a run just ended: redraw the whole page (tab titles, buttons) and stop refreshing
    if not all_runs:
        st.info("No training runs yet — start one in the **New run** tab.")
        return
    st.dataframe([{"Run": r["name"], "State": f"{ICON.get(r['state'], '')} {r['state']}",
                   "Step": f"{r.get('step', 0):,}" + (f" / {r['max_steps']:,}" if r.get("max_steps") else ""),
                   "Best BLEU": r.get("best_bleu"), "Started": fmt_time(r.get("first_started")),
                   "Note": r.get("reason") or ""} for r in all_runs], hide_index=True,
                 column_config={"Best BLEU": st.column_config.NumberColumn(format="%.1f")})
    by_name = {r["name"]: r for r in all_runs}
    if st.session_state.get("run_selected") not in by_name:
        st.session_state.pop("run_selected", None)
    name = st.selectbox("Run", list(by_name), key="run_selected",
                        format_func=lambda n: f"{ICON.get(by_name[n]['state'], '')} {n}")
    run_view(name)


def compare_tab(all_runs: list) -> None:
    names = [r["name"] for r in all_runs]
    if len(names) < 2:
        st.info("Compare needs at least two runs.")
        return
    if "compare_runs" in st.session_state:      # forget runs deleted since
        st.session_state["compare_runs"] = [n for n in st.session_state["compare_runs"] if n in names]
    chosen = st.multiselect("Runs", names, default=names[:2], key="compare_runs")
    key = st.selectbox("Metric", list(run_viz.SERIES), key="compare_metric",
                       format_func=lambda k: run_viz.SERIES[k][2])
    log_y = st.checkbox("Log scale", key="compare_log")
    if chosen:
        st.plotly_chart(run_viz.compare_figure({n: store.metrics(n) for n in chosen}, key, log_y),
                        key="compare_fig")


# ------------------------------------------------------------------------------------------ new run

def new_run_tab() -> None:
    corpora = R.corpora()
    choices = [c["label"] for c in corpora] + ["TSV file in the data folder", "Upload a TSV file"]
    top = st.columns(3)
    corpus_label = top[0].selectbox("Corpus", choices, key="nr_corpus",
                                    help=f"Named corpora found in the data folder ({R.data_root()}); "
                                         "`python -m s2s_core data download tatoeba|multi30k` fetches them.")
    corpus = next((c for c in corpora if c["label"] == corpus_label), None)
    if corpus:
        dirs = R.directions(corpus)
        d = top[1].selectbox("Direction", range(len(dirs)), key=f"nr_dir_{corpus['key']}",
                             format_func=lambda i: dirs[i]["label"])
        src, tgt, swap = dirs[d]["src_lang"], dirs[d]["tgt_lang"], dirs[d]["swap"]
    else:
        swap = top[1].selectbox("Direction", ["column 1 → column 2", "column 2 → column 1"],
                                key="nr_dir_tsv") == "column 2 → column 1"
        src = tgt = None
    arch_label = top[2].selectbox("Architecture", list(R.ARCHITECTURES), key="nr_arch")
    arch, attention = R.ARCHITECTURES[arch_label]
    gpus = detected_gpus()
    mid = st.columns(3)
    size = mid[0].selectbox("Size preset", ["tiny", "small", "base"], key="nr_size",
                            help="Starting values for the fields below; every one stays editable.")
    devices = ["CPU"] + [f"GPU {g['index']}: {g['name']} ({g['memory_mb'] / 1024:.0f} GB)" for g in gpus]
    device_label = mid[1].selectbox("Device", devices, key="nr_device", index=1 if gpus else 0)
    on_gpu = device_label != "CPU"
    if on_gpu and len(gpus) > 1:
        nproc = int(mid[2].number_input("Number of GPUs", 1, len(gpus), 1, key="nr_ngpu",
                                        help="One training process per GPU (DistributedDataParallel)."))
    elif not on_gpu:
        nproc = int(mid[2].number_input("CPU processes", 1, max(1, os.cpu_count() or 1), 1,
                                        key="nr_ncpu", help="Data-parallel processes (gloo); 1 is usual."))
    else:
        nproc = 1
    dflt = R.form_defaults(arch, size)
    k = f"{arch}_{size}"      # hyper-parameter widgets restart from the preset when it changes

    with st.form("new_run", border=True):
        name = st.text_input("Run name", key="run_name", max_chars=64, placeholder="e.g. fr-en-transformer-1",
                             help="Letters, digits, '-' and '_' only.")
        tsv_path = upload = None
        if corpus is None and corpus_label.startswith("TSV"):
            tsv_path = st.text_input("TSV file (source<TAB>target per line)", key="nr_tsv_path",
                                     help=f"Inside the data folder ({R.data_root()}) or the runs folder.")
        elif corpus is None:
            upload = st.file_uploader("TSV file (source<TAB>target per line)", type=["tsv", "txt"], key="nr_upload")
        if corpus is None:
            lc = st.columns(2)
            src = lc[0].text_input("Language of column 1", "en", key="nr_src", max_chars=8)
            tgt = lc[1].text_input("Language of column 2", "fr", key="nr_tgt", max_chars=8)
        dev = 0
        if not (corpus and corpus.get("valid")):
            dev = int(st.number_input("Hold out for the dev set (source sentences)", 0, 100_000, 1000, step=100,
                                      key="nr_dev", help="Used for validation, BLEU/chrF and early stopping."))
        st.markdown("**Model**")
        m = st.columns(4)
        opts = {"arch": arch, "attention": attention, "size": size}
        opts["d_model"] = m[0].number_input("Width (d_model / hidden)", 8, 4096, dflt["d_model"], key=f"d_{k}")
        opts["layers"] = m[1].number_input("Layers (encoder = decoder)", 1, 24, dflt["layers"], key=f"l_{k}")
        if arch == "transformer":
            opts["n_heads"] = m[2].number_input("Attention heads", 1, 64, dflt["n_heads"], key=f"h_{k}")
            opts["ffn_dim"] = m[3].number_input("Feed-forward size", 8, 16384, dflt["ffn_dim"], key=f"f_{k}")
        else:
            opts["emb_dim"] = m[2].number_input("Embedding size", 8, 4096, dflt["emb_dim"], key=f"e_{k}")
        m = st.columns(4)
        opts["dropout"] = m[0].number_input("Dropout", 0.0, 0.9, float(dflt["dropout"]), 0.05, key=f"dr_{k}")
        opts["vocab_size"] = m[1].number_input("Vocabulary (pieces)", 8, 64000, dflt["vocab_size"], 500, key=f"v_{k}")
        st.markdown("**Training**")
        t = st.columns(4)
        opts["batch_tokens"] = t[0].number_input("Batch (tokens)", 16, 200_000, dflt["batch_tokens"], 256,
                                                 key=f"bt_{k}")
        opts["lr"] = t[1].number_input("Peak learning rate", 1e-6, 1.0, float(dflt["lr"]), format="%.5f",
                                       key=f"lr_{k}")
        opts["warmup"] = t[2].number_input("Warmup steps", 0, 100_000, dflt["warmup"], key=f"wu_{k}")
        opts["max_steps"] = t[3].number_input("Max steps (0 = no limit)", 0, 10_000_000, dflt["max_steps"], 1000,
                                              key=f"ms_{k}")
        t = st.columns(4)
        opts["label_smoothing"] = t[0].number_input("Label smoothing", 0.0, 0.99, float(dflt["label_smoothing"]),
                                                    0.05, key=f"ls_{k}")
        opts["clip_norm"] = t[1].number_input("Gradient clipping (0 = off)", 0.0, 100.0, float(dflt["clip_norm"]),
                                              0.5, key=f"cn_{k}")
        opts["patience"] = t[2].number_input("Patience (validations, 0 = off)", 0, 1000, dflt["patience"],
                                             key=f"pa_{k}")
        opts["select_metric"] = t[3].selectbox("Best checkpoint by", ["loss", "bleu", "chrf"], key=f"sm_{k}")
        t = st.columns(4)
        opts["valid_every"] = t[0].number_input("Validate every (steps)", 1, 1_000_000, dflt["valid_every"], 100,
                                                key=f"ve_{k}")
        opts["checkpoint_every"] = t[1].number_input("Checkpoint every (steps)", 1, 1_000_000,
                                                     dflt["checkpoint_every"], 100, key=f"ce_{k}")
        opts["keep_last"] = t[2].number_input("Keep last k snapshots (averaging)", 0, 50, dflt["keep_last"],
                                              key=f"kl_{k}")
        if arch != "transformer":
            s = st.columns(4)
            opts["sampling_max"] = s[0].number_input("Scheduled sampling: final probability", 0.0, 1.0,
                                                     float(dflt["sampling_max"]), 0.05, key=f"ss_{k}",
                                                     help="Feed the model its own predictions this often "
                                                          "(ramped up linearly).")
            opts["sampling_steps"] = s[1].number_input("… reached at step", 0, 10_000_000, dflt["sampling_steps"],
                                                       1000, key=f"sst_{k}")
        opts["precision"] = st.selectbox("Precision", ["auto", "fp32", "bf16"], key="nr_precision",
                                         help="auto: bf16 matmuls where the CPU (AVX-512 BF16 / AMX) or GPU "
                                              "computes them natively, float32 otherwise.")
        probes = st.text_area("Probe sentences (one per line; translated with attention at every validation)",
                              PROBES.get((tgt if swap else src) or "", ""), key=f"nr_probes_{src}_{tgt}_{swap}",
                              height=80)
        with st.expander("Several machines (torchrun)"):
            nnodes = int(st.number_input("Machines", 1, 64, 1, key="nr_nnodes"))
            endpoint = st.text_input("Rendezvous HOST:PORT (this machine is node 0)", key="nr_rdzv",
                                     placeholder="node0.example.org:29500")
        submitted = st.form_submit_button("Launch training", type="primary", icon=":material/rocket_launch:")

    if not submitted:
        return
    created = False
    try:
        name = R.validate_name((name or "").strip())
        if store.exists(name):
            raise ValueError(f"a run named {name!r} already exists; choose another name")
        if corpus:
            train, valid = corpus["train"], corpus.get("valid")
        elif upload is not None:
            created = not store.path(name).exists()
            train, valid = str(store.save_upload(name, upload.name, upload.getvalue())), None
        elif tsv_path and tsv_path.strip():
            train, valid = tsv_path.strip(), None
        else:
            raise ValueError("choose the training data: a named corpus, a TSV path or an upload")
        for code in (src, tgt):
            if not code or not code.replace("-", "").isalnum():
                raise ValueError("language codes are short letter codes such as en, fr, de")
        opts.update(train=train, valid=valid, src_lang=src, tgt_lang=tgt, swap=swap,
                    device="cpu" if not on_gpu else ("cuda" if nproc > 1 else f"cuda:{device_label[4:].split(':')[0]}"),
                    probe=[p.strip() for p in probes.splitlines() if p.strip()][:5])
        created = created or not store.path(name).exists()
        with st.spinner("Checking the settings, preparing the data and starting the run …"):
            status = store.launch(name, R.train_argv(opts), nproc=nproc, nnodes=nnodes,
                                  rdzv_endpoint=endpoint.strip() or None, dev_split=0 if valid else dev,
                                  restrict_paths=True)
    except (ValueError, OSError) as e:      # OSError: e.g. the disk filled up while preparing the run
        if created:
            store.discard_unlaunched(name)
        st.error(f"Not launched: {e}")
        return
    st.session_state["select_next"] = name
    st.session_state["flash"] = ("success", f"Launched run {name} (pid {status['pid']}) — watch it in the Runs tab.")
    st.rerun()


# ------------------------------------------------------------------------------------------ page

st.title("Training")
if "select_next" in st.session_state:
    st.session_state["run_selected"] = st.session_state.pop("select_next")
flash = st.session_state.pop("flash", None)
if flash:
    (st.success if flash[0] == "success" else st.error)(flash[1])
if st.session_state.get("confirm_delete"):      # stays set until the dialog is answered or dismissed
    confirm_delete(st.session_state["confirm_delete"])

all_runs = store.list()
tab_runs, tab_new, tab_compare = st.tabs([f"Runs ({len(all_runs)})", "New run", "Compare"])
with tab_runs:
    active = frozenset(r["name"] for r in all_runs if r["state"] in R.ACTIVE)
    st.fragment(run_every=REFRESH_S if active else None)(runs_panel)(active)
with tab_new:
    new_run_tab()
with tab_compare:
    compare_tab(all_runs)
