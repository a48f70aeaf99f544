"""The new-run form → a ``LaunchSpec`` → ``RunStore.launch``.

``new_run_form()`` only draws and collects (a ``NewRun``, or None until it is submitted);
``to_spec()`` turns that into a launch request (checks, an upload saved into the run's folder);
``review()`` has the store check it and hands it to the confirmation dialog (``confirm``), which launches.
The store validates everything again before a process starts.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Optional

import streamlit as st

from s2s_core import data, sysinfo
from s2s_core.cli_args import build_configs
from s2s_core.runs import LaunchSpec, RunStore, validate_name

from ..exports import two_a_row_on_phones
from ..state import restore_widgets, save_widgets

from . import confirm, presets
from .form_fields import model_fields, probe_field, training_fields
from .panel import presenting

TSV_PATH, UPLOAD = "TSV file in the data folder", "Upload a TSV file"


@dataclass
class NewRun:
    """What the form asked for, before any check."""
    name: str
    corpus: Optional[dict]                 # a named corpus (data.available_corpora), else a TSV
    tsv_path: Optional[str] = None
    upload: Any = None                     # Streamlit's UploadedFile
    src: Optional[str] = None
    tgt: Optional[str] = None
    swap: bool = False
    options: dict = field(default_factory=dict)   # train flag values (model, training, probes)
    device: str = "cpu"
    nproc: int = 1
    nnodes: int = 1
    endpoint: str = ""
    dev_split: int = 0


@st.cache_resource(show_spinner=False)
def detected_gpus() -> list:
    return sysinfo.gpus()


@st.cache_resource(show_spinner=False)
def no_gpu_reason() -> str:
    return sysinfo.no_gpu_reason() or "no CUDA device was detected"


def _data_choice(top) -> tuple[Optional[dict], str, Optional[str], Optional[str], bool]:
    """(named corpus or None, the corpus choice, source, target, swap) from the first row."""
    corpora = data.available_corpora()
    label = top[0].selectbox("Corpus", [c["label"] for c in corpora] + [TSV_PATH, UPLOAD], key="nr_corpus",
                             help=f"Named corpora found in the data folder ({data.data_dir()}); "
                                  "`python -m s2s_core data download tatoeba|multi30k` fetches them.")
    corpus = next((c for c in corpora if c["label"] == label), None)
    if corpus is None:
        swap = top[1].selectbox("Direction", ["column 1 → column 2", "column 2 → column 1"],
                                key="nr_dir_tsv") == "column 2 → column 1"
        return None, label, None, None, swap
    dirs = presets.directions(corpus)
    d = dirs[top[1].selectbox("Direction", range(len(dirs)), key=f"nr_dir_{corpus['key']}",
                              format_func=lambda i: dirs[i]["label"])]
    return corpus, label, d["src_lang"], d["tgt_lang"], d["swap"]


def _hardware(mid) -> tuple[str, int]:
    """(device, processes): CPU, one GPU, or every process on its own GPU ('cuda')."""
    gpus = detected_gpus()
    devices = {"cpu": "CPU", **{f"cuda:{g['index']}": f"GPU {g['index']}: {g['name']} "
                                                      f"({g['memory_mb'] / 1024:.0f} GB)" for g in gpus}}
    device = mid[1].selectbox("Device", list(devices), key="nr_device", index=1 if gpus else 0,
                              format_func=devices.get)
    if not gpus:       # under the row: in a phone's half-width column it stood five lines tall
        st.caption(f"No GPU found: {no_gpu_reason()}.")
    if device == "cpu":
        return device, int(mid[2].number_input("CPU processes", 1, max(1, os.cpu_count() or 1), 1, key="nr_ncpu",
                                               help="Data-parallel processes (gloo); 1 is usual."))
    if len(gpus) > 1:
        nproc = int(mid[2].number_input("Number of GPUs", 1, len(gpus), 1, key="nr_ngpu",
                                        help="One training process per GPU (DistributedDataParallel)."))
        return ("cuda" if nproc > 1 else device), nproc
    return device, 1


def _tsv_hint(label: str) -> None:
    """Under the Corpus row, outside the form: the TSV files the data folder holds, or that it holds none. Inside
    ``st.form`` the hint sat under the path box, below the fold of a long form; here it shows as soon as the TSV
    choice is made (a widget outside a form reruns the page at once; one inside only on submit)."""
    if label != TSV_PATH:
        return
    found = data.tsv_files()
    if found:
        st.caption("In the data folder: " + ", ".join(f"`{f.replace('`', '')}`" for f in found))
    else:
        st.warning(NO_TSV.format(data.data_dir(), UPLOAD), icon=":material/folder_off:")


NO_TSV = "No .tsv file in the data folder ({}): type a path inside the runs folder, or pick **{}** under Corpus."


def _data_fields(req: NewRun, label: str, dev: bool = True) -> None:
    """Inside the form: where a TSV comes from, its languages, and (``dev``) the dev split."""
    if req.corpus is None and label == TSV_PATH:
        req.tsv_path = st.text_input("TSV file (source<TAB>target per line)", key="nr_tsv_path",
                                     help=f"Inside the data folder ({data.data_dir()}) or the runs folder.")
    elif req.corpus is None:
        req.upload = st.file_uploader("TSV file (source<TAB>target per line)", type=["tsv", "txt"], key="nr_upload")
    if req.corpus is None:
        lc = st.columns(2)
        req.src = lc[0].text_input("Language of column 1", "en", key="nr_src", max_chars=8)
        req.tgt = lc[1].text_input("Language of column 2", "fr", key="nr_tgt", max_chars=8)
    if dev:
        _dev_field(req)


def _dev_field(req: NewRun) -> None:
    """How many source sentences to hold out for validation, unless the corpus comes with its own dev set."""
    if not (req.corpus and req.corpus.get("valid")):
        req.dev_split = int(st.number_input("Hold out for the dev set (source sentences)", 0, 100_000, 1000,
                                            step=100, key="nr_dev",
                                            help="Used for validation, BLEU/chrF and early stopping."))


def _form_key(key: str) -> bool:
    """The new-run form's widget keys (a file uploader's value cannot be set, so it is not kept)."""
    return (key.startswith("nr_") or key == "run_name") and key != "nr_upload"


def new_run_form() -> Optional[NewRun]:
    """Draw the New run tab; the request once the form is submitted. What was chosen and submitted survives a
    visit to another page (``ui.state.restore_widgets``)."""
    restore_widgets(_form_key)
    try:
        return _draw_form()
    finally:
        save_widgets(_form_key)


def _draw_form() -> Optional[NewRun]:
    """The form, its fields two a row on a phone (which stacks columns one a row: the form stood ~2,600 px)."""
    with st.container(key="new_run_fields"):
        st.html(two_a_row_on_phones("new_run_fields"))
        return _fields()


def _fields() -> Optional[NewRun]:
    top = st.columns(3)
    corpus, label, src, tgt, swap = _data_choice(top)
    _tsv_hint(label)
    arch, attention = presets.ARCH_CHOICES[top[2].selectbox("Architecture", list(presets.ARCH_CHOICES),
                                                             key="nr_arch")]
    mid = st.columns(3)
    size = mid[0].selectbox("Size preset", presets.SIZES, key="nr_size",
                            help="Starting values for the fields below; every one stays editable.")
    device, nproc = _hardware(mid)
    with st.form("new_run", border=True):
        name = st.text_input("Run name", key="run_name", max_chars=64, placeholder="e.g. fr-en-transformer-1",
                             help="Letters a–z (no accents), digits, '-' and '_' only.")
        req = NewRun(name, corpus, src=src, tgt=tgt, swap=swap, device=device, nproc=nproc)
        _data_fields(req, label, dev=not presenting())
        if presenting():        # a demo: the preset's values, every setting (the dev split too) under one expander
            st.caption(PRESENTER_NOTE)
            with st.expander(PRESENTER_ADVANCED):
                _dev_field(req)
                _settings(req, arch, attention, size, folded=True)
        else:
            _settings(req, arch, attention, size)
        submitted = st.form_submit_button("Launch training", type="primary", icon=":material/rocket_launch:")
    return req if submitted else None


PRESENTER_NOTE = "The size preset above fills in every setting under Advanced settings; most runs need no change."
PRESENTER_ADVANCED = "Advanced settings: dev set, model, training, probe sentences, several machines"


def _settings(req: NewRun, arch: str, attention: str, size: str, folded: bool = False) -> None:
    """The model, training, probe and several-machines fields (``folded``: already inside an expander, which
    cannot hold another, so the machines get a heading instead)."""
    req.options = {"arch": arch, "attention": attention, "size": size,
                   **model_fields(arch, size), **training_fields(arch, size, folded),
                   "probe": probe_field(req.tgt if req.swap else req.src, req.src, req.tgt, req.swap)}
    box = st.container() if folded else st.expander("Several machines (torchrun)")
    with box:
        if folded:
            st.markdown("**Several machines (torchrun)**")
        req.nnodes = int(st.number_input("Machines", 1, 64, 1, key="nr_nnodes"))
        req.endpoint = st.text_input("Rendezvous HOST:PORT (this machine is node 0)", key="nr_rdzv",
                                     placeholder="node0.example.org:29500")


def _training_data(store: RunStore, req: NewRun, name: str) -> tuple[str, str]:
    """(train, valid) paths of the request; an upload is saved into the run's folder first."""
    if req.corpus:
        return req.corpus["train"], req.corpus.get("valid") or ""
    if req.upload is not None:
        return str(store.save_upload(name, req.upload.name, req.upload.getvalue())), ""
    if req.tsv_path and req.tsv_path.strip():
        return req.tsv_path.strip(), ""
    if not data.tsv_files():          # said at the Corpus row too; here with what was typed kept (no clear_on_submit)
        raise ValueError(NO_TSV.format(data.data_dir(), UPLOAD))
    raise ValueError("choose the training data: a named corpus, a TSV path or an upload")


def to_spec(store: RunStore, req: NewRun) -> LaunchSpec:
    """The launch request of a submitted form (ValueError for what the form itself can tell is wrong)."""
    name = validate_name((req.name or "").strip())
    if store.exists(name):
        raise ValueError(f"a run named {name!r} already exists; choose another name")
    train, valid = _training_data(store, req, name)
    for code in (req.src, req.tgt):
        if not code or not code.replace("-", "").isalnum():
            raise ValueError("language codes are short letter codes such as en, fr, de")
    cfg, model = build_configs({**req.options, "train": train, "valid": valid, "src_lang": req.src,
                                "tgt_lang": req.tgt, "swap": req.swap})
    return LaunchSpec(name, cfg, model, device=req.device, nproc=req.nproc, nnodes=req.nnodes,
                      rdzv_endpoint=req.endpoint.strip() or None, dev_split=0 if valid else req.dev_split,
                      restrict_paths=True)


def review(store: RunStore, req: NewRun) -> None:
    """Check a submitted request: one that can start goes to the confirmation dialog (``confirm``); a
    refusal is shown, and a folder prepared for it (an upload) removed."""
    name = (req.name or "").strip()
    existed = bool(name) and _folder_exists(store, name)
    try:
        spec = to_spec(store, req)
        store.check(spec)
    except (ValueError, OSError) as e:      # OSError: e.g. the disk filled up while saving an upload
        why = str(e)
        if req.upload is not None and _folder_exists(store, name):     # the upload by its name, not the server's path
            why = why.replace(str(store.path(name) / "upload") + os.sep, "")
        if not existed and _folder_exists(store, name):
            store.discard_unlaunched(name)
        st.error(f"Not launched: {why}")
        st.toast(f"Not launched: {why}", icon=":material/error:")     # the form is long: the error may be out of view
        return
    confirm.request(spec, confirm.data_label(req.corpus, spec.train.train))


def _folder_exists(store: RunStore, name: str) -> bool:
    try:
        return store.path(name).exists()
    except ValueError:          # not a valid run name: there is no folder of it
        return False
