"""Training runs: a run store, a process launcher and the ``runs`` CLI subcommand.

One folder per run under the runs directory (``$S2S_RUNS_DIR``, default ``<project>/runs``)::

    runs/<name>/config.json     what was asked: train flags (argv), launch settings, model/train config, command
    runs/<name>/status.json     launcher's view: state, pid (+ its create_time), attempts, times, reason
    runs/<name>/train.log       stdout + stderr of the training process(es)
    runs/<name>/metrics.jsonl   written by the trainer (train/valid records and events)
    runs/<name>/probes.jsonl    probe translations + attention at each validation
    runs/<name>/last.pt, best.pt, step-N.pt, tokenizer.model   (the trainer's --out is the run folder)
    runs/<name>/data/, upload/  dev split / uploaded corpus made for this run (optional)

The training process is started from an argument list (never a shell string) in its own session, so it
outlives the Streamlit session or terminal that started it; ``python -m s2s_core train …`` for one
process, ``python -m torch.distributed.run --standalone --nproc_per_node=N -m s2s_core train …`` for
several on this machine, and the same with ``--nnodes/--node_rank/--rdzv_backend=c10d/--rdzv_endpoint``
for several machines (``node_command`` gives the command to run on the other machines; the run folder
must be at the same path on a shared filesystem there).

State (``queued`` → ``running`` → ``stopped`` | ``completed`` | ``failed``) is derived whenever
someone reads it, from status.json + the trainer's events after this attempt's offset in metrics.jsonl
+ whether the pid is still the process we started (psutil, create_time compared, zombies count as
dead). ``queued`` means the process is up but still reading data / training the tokenizer (no ``start``
event yet). A process that is gone without an end event (kill -9, OOM killer, reboot) is marked
``failed`` with reason ``process died`` at that moment. status.json and config.json are written
atomically (temp file + os.replace) under a per-run lock file, so concurrent readers (several browser
sessions, the CLI) never see or write a half-updated state; each run only touches its own folder.

Paths to corpora. Rule: the CLI (run by the machine's own user) accepts any existing file or
line-aligned prefix. The training page (``restrict_paths=True``) only accepts data that resolves —
symlinks followed — inside the data directory (``$S2S_DATA_DIR``, default ``./data``) or the runs
directory (uploads are saved into the run's folder). A relative path is looked up in the current
directory first, then in the data directory.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Mapping, Optional, Sequence

PROJECT = Path(__file__).resolve().parents[1]
RUNS_DIR_ENV = "S2S_RUNS_DIR"
CHECKPOINTS_DIR_ENV = "S2S_CHECKPOINTS_DIR"
STATES = ("queued", "running", "stopped", "completed", "failed")
ACTIVE = ("queued", "running")
CONFIG, STATUS, METRICS, PROBES, LOG, LOCK = (
    "config.json", "status.json", "metrics.jsonl", "probes.jsonl", "train.log", ".lock")
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
ENDPOINT_RE = re.compile(r"(\[[0-9A-Fa-f:]+\]|[A-Za-z0-9][A-Za-z0-9.-]*):(\d{1,5})")
OWNED_FLAGS = ("--out", "--resume")          # the store sets these itself
END_EVENTS = {"completed": "completed", "stopped": "stopped", "failed": "failed"}

_CHILDREN: dict[int, subprocess.Popen] = {}   # processes this Python process started (reaped on status)
_CHILD_EXIT: dict[int, int] = {}               # their exit codes once reaped


# ---------------------------------------------------------------- places and names

def runs_dir() -> Path:
    return Path(os.environ.get(RUNS_DIR_ENV) or PROJECT / "runs").expanduser()


def checkpoints_dir() -> Path:
    return Path(os.environ.get(CHECKPOINTS_DIR_ENV) or PROJECT / "checkpoints").expanduser()


def data_root() -> Path:
    from .data import data_dir
    return data_dir()


def validate_name(name, what: str = "run name") -> str:
    """Letters, digits, '-' and '_' only (first a letter or digit), at most 64 characters."""
    if not isinstance(name, str) or not NAME_RE.fullmatch(name):
        shown = repr(name) if isinstance(name, str) and len(name) <= 80 else "given"
        raise ValueError(f"invalid {what} {shown}: use 1–64 letters, digits, '-' or '_', starting with a letter "
                         f"or digit (no spaces, dots or slashes)")
    return name


# ---------------------------------------------------------------- small file helpers

def _write_json(path: Path, obj) -> None:
    """Atomic: a temp file in the same folder, then os.replace."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=2, default=str)
            f.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_text(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read_json(path: Path) -> Optional[dict]:
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def read_jsonl(path: Path, offset: int = 0) -> list[dict]:
    """Records of a JSON-lines file from a byte offset; a half-written last line is skipped."""
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            raw = f.read()
    except FileNotFoundError:
        return []
    out = []
    for line in raw.splitlines():
        try:
            rec = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        if isinstance(rec, dict):
            out.append(rec)
    return out


@contextlib.contextmanager
def _locked(run: Path):
    """Exclusive per-run lock (flock on runs/<name>/.lock) around status read-modify-write."""
    run.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:   # pragma: no cover - not POSIX
        yield
        return
    with open(run / LOCK, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


# ---------------------------------------------------------------- train flags

class _Parser(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(message)


def train_parser() -> argparse.ArgumentParser:
    """The ``train`` flags as an argparse parser that raises ValueError instead of exiting."""
    from .__main__ import add_train_args
    p = _Parser(prog="python -m s2s_core train", add_help=False, allow_abbrev=False)
    add_train_args(p)
    return p


def _train_actions() -> dict[str, argparse.Action]:
    return {a.dest: a for a in train_parser()._actions if a.option_strings}


def train_argv(options: Mapping) -> list[str]:
    """``{"train": "a.tsv", "max_steps": 100, "probe": ["hi"], "precision": "bf16"}`` → the equivalent flags.
    ``None`` values and store_true flags that are False are left out; ``out``/``resume`` are refused."""
    actions, argv = _train_actions(), []
    for dest, value in options.items():
        if dest in ("out", "resume"):
            raise ValueError(f"--{dest} is set by the run store; do not pass it")
        a = actions.get(dest)
        if a is None:
            raise ValueError(f"unknown training option {dest!r}")
        flag = a.option_strings[0]
        if isinstance(a, argparse._StoreTrueAction):
            if value:
                argv.append(flag)
        elif isinstance(a, argparse._AppendAction):
            for v in value or []:
                argv += [flag, str(v)]
        elif value is not None:
            argv += [flag, str(value)]
    return argv


def options_from_namespace(ns: argparse.Namespace) -> dict:
    """Train options of a parsed namespace that differ from the defaults (out/resume dropped)."""
    opts = {}
    for dest, a in _train_actions().items():
        if dest in ("out", "resume") or not hasattr(ns, dest):
            continue
        value = getattr(ns, dest)
        if value != a.default and not (isinstance(a, argparse._AppendAction) and not value):
            opts[dest] = value
    return opts


def _parse_train(argv: Sequence[str], out: Path) -> argparse.Namespace:
    for tok in argv:
        if not isinstance(tok, str):
            raise ValueError(f"training flags must be strings (got {tok!r})")
        if tok.split("=", 1)[0] in OWNED_FLAGS:
            raise ValueError(f"{tok.split('=', 1)[0]} is set by the run store; do not pass it "
                             f"(use `runs resume NAME` to continue a run)")
    return train_parser().parse_args([*argv, "--out", str(out)])


# ---------------------------------------------------------------- data paths

def allowed_roots(store_root: Optional[Path] = None) -> list[Path]:
    return [data_root().resolve(), Path(store_root or runs_dir()).resolve()]


def resolve_corpus(value: str, src_lang: str, tgt_lang: str, restrict: bool,
                   store_root: Optional[Path] = None, what: str = "training data") -> str:
    """Absolute path of a TSV file or line-aligned prefix that exists (see the module doc for the rule)."""
    from .data import _aligned_files
    if not value or not str(value).strip():
        raise ValueError(f"{what}: no path given")
    raw = Path(str(value).strip()).expanduser()
    candidates = [raw] if raw.is_absolute() else [Path.cwd() / raw, data_root() / raw]
    for p in candidates:
        if p.is_file():
            files, resolved = [p], p.resolve()
            break
        src, tgt = _aligned_files(p, src_lang), _aligned_files(p, tgt_lang)
        if src and tgt:
            files, resolved = [src, tgt], p.parent.resolve() / p.name
            break
    else:
        raise ValueError(f"{what} not found: {value} (neither a file nor {value}.{src_lang}[.gz] + "
                         f"{value}.{tgt_lang}[.gz])")
    if restrict:
        roots = allowed_roots(store_root)
        for f in files:
            real = f.resolve()
            if not any(real.is_relative_to(r) for r in roots):
                raise ValueError(f"{what} {value} is outside the allowed folders ({', '.join(map(str, roots))}); "
                                 f"put it in the data folder or upload it")
    return str(resolved)


def check_corpus_text(path: str, src_lang: str, tgt_lang: str, what: str = "training data") -> None:
    """Cheap look at the start of a corpus (UTF-8 text; a TSV has source<TAB>target lines), so that a
    wrong file is refused before a process starts rather than failing inside it."""
    import gzip
    from .data import _aligned_files
    p = Path(path)
    files = [p] if p.is_file() else [_aligned_files(p, src_lang), _aligned_files(p, tgt_lang)]
    for f in files:
        try:
            with (gzip.open(f, "rb") if f.suffix == ".gz" else open(f, "rb")) as fh:
                head = fh.read(65536)
        except (OSError, EOFError) as e:
            raise ValueError(f"{what}: cannot read {f}: {e}") from None
        if len(head) == 65536:
            head = head[: head.rfind(b"\n") + 1] or head
        try:
            text = head.decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError(f"{what}: {f} is not UTF-8 text") from None
        lines = [l for l in text.splitlines() if l.strip()]
        if not lines:
            raise ValueError(f"{what}: {f} is empty")
        if p.is_file() and not any(len([c for c in l.split("\t") if c.strip()]) >= 2 for l in lines[:200]):
            raise ValueError(f"{what}: {f} has no source<TAB>target lines (is it a tab-separated file?)")


def corpora() -> list[dict]:
    """Named public corpora present in the data directory (what `data download` fetches)."""
    from .data import _aligned_files
    root, out = data_root(), []
    tat = root / "tatoeba" / "fra-eng" / "fra.txt"
    if tat.is_file():
        out.append({"key": "tatoeba-fra-eng", "label": "Tatoeba fra-eng (manythings.org)", "train": str(tat),
                    "valid": None, "langs": ["en", "fr"], "kind": "tsv"})
    m = root / "multi30k"
    langs = [l for l in ("en", "de", "fr") if _aligned_files(m / "train", l)]
    if len(langs) >= 2:
        valid = m / "val" if all(_aligned_files(m / "val", l) for l in langs) else None
        out.append({"key": "multi30k", "label": "Multi30k (Flickr30k captions)", "train": str(m / "train"),
                    "valid": str(valid) if valid else None, "langs": langs, "kind": "prefix"})
    return out


ARCHITECTURES = {   # label on the training page → (--arch, --attention)
    "Transformer": ("transformer", "bahdanau"),
    "GRU + Bahdanau attention": ("gru", "bahdanau"),
    "GRU + Luong attention (general)": ("gru", "luong-general"),
    "GRU + Luong attention (dot)": ("gru", "luong-dot"),
    "LSTM + Bahdanau attention": ("lstm", "bahdanau"),
    "LSTM + Luong attention (general)": ("lstm", "luong-general"),
    "LSTM + Luong attention (dot)": ("lstm", "luong-dot"),
}
DEFAULT_STEPS = {"tiny": 10_000, "small": 40_000, "base": 100_000}


def directions(corpus: Mapping) -> list[dict]:
    """Translation directions of a named corpus as train flags. For a TSV (``langs`` = its columns)
    ``src_lang``/``tgt_lang`` name columns 1 and 2 and ``swap`` translates column 2 into column 1
    (the convention of ``--swap`` and of the model catalog)."""
    langs = list(corpus["langs"])
    if corpus.get("kind") == "tsv":
        a, b = langs[:2]
        return [{"label": f"{a} → {b}", "src_lang": a, "tgt_lang": b, "swap": False},
                {"label": f"{b} → {a}", "src_lang": a, "tgt_lang": b, "swap": True}]
    return [{"label": f"{a} → {b}", "src_lang": a, "tgt_lang": b, "swap": False}
            for a in langs for b in langs if a != b]


def direction_of(train_config: Mapping) -> tuple[str, str]:
    """(source, target) language of a train config (``swap``: column 2 → column 1)."""
    src, tgt = train_config.get("src_lang"), train_config.get("tgt_lang")
    return (tgt, src) if train_config.get("swap") else (src, tgt)


def form_defaults(arch: str, size: str) -> dict:
    """Editable starting values of the training form for an architecture and a size preset."""
    from .config import RECIPES, TrainConfig, preset
    m, t = preset(arch, size), TrainConfig()
    steps = DEFAULT_STEPS[size]
    return {**m, "layers": m["enc_layers"], **RECIPES[size], "label_smoothing": t.label_smoothing,
            "clip_norm": t.clip_norm, "max_steps": steps, "valid_every": t.valid_every,
            "checkpoint_every": t.checkpoint_every, "patience": 10, "vocab_size": t.vocab_size,
            "sampling_max": 0.0, "sampling_steps": steps // 2, "keep_last": 0, "select_metric": t.select_metric}


def split_dev(source: str, out_dir: Path, dev_size: int, src_lang: str, tgt_lang: str, swap: bool) -> tuple[str, str]:
    """Hold out ``dev_size`` source sentences (all their translations together) → out_dir/{train,dev}.tsv,
    already in the translation direction (so no --swap is needed afterwards)."""
    from .data import read_corpus, split_grouped, write_tsv
    pairs = read_corpus(source, src_lang, tgt_lang, swap)
    if len(pairs) < dev_size * 2:
        raise ValueError(f"the corpus has {len(pairs)} pairs; too few to hold out {dev_size} for validation")
    train, dev, _ = split_grouped(pairs, dev_size, 0)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_tsv(out_dir / "train.tsv", train)
    write_tsv(out_dir / "dev.tsv", dev)
    return str(out_dir / "train.tsv"), str(out_dir / "dev.tsv")


# ---------------------------------------------------------------- processes

def _reap(pid: int) -> Optional[int]:
    """Exit code if ``pid`` is a finished child of this process (reaping it), else None."""
    child = _CHILDREN.get(pid)
    if child is not None:
        rc = child.poll()
        if rc is not None:
            _CHILDREN.pop(pid, None)
            _CHILD_EXIT[pid] = rc
        return rc
    try:
        done, status = os.waitpid(pid, os.WNOHANG)
    except (ChildProcessError, OSError):
        return None
    if not done:
        return None
    _CHILD_EXIT[pid] = os.waitstatus_to_exitcode(status)
    return _CHILD_EXIT[pid]


def pid_alive(pid: Optional[int], create_time: Optional[float]) -> bool:
    """True while ``pid`` is the very process we started (same create_time) and not a zombie."""
    if not pid:
        return False
    import psutil
    if _reap(pid) is not None:
        return False
    try:
        p = psutil.Process(pid)
        if create_time is not None and abs(p.create_time() - create_time) > 0.05:
            return False                      # the pid was reused by another process
        if p.status() == psutil.STATUS_ZOMBIE:
            _reap(pid)
            return False
        return True
    except psutil.Error:
        return False


def run_processes(run: Path) -> list:
    """Live processes training into ``run`` (``… --out <run> …`` on their command line): the trainer,
    or torchrun's agent and its workers (torchrun puts each worker in a session of its own, so the
    launcher's process group does not reach them)."""
    import psutil
    target, found = str(run), []
    for p in psutil.process_iter(["pid", "cmdline", "status"]):
        try:
            cmd = p.info["cmdline"] or []
            if p.info["status"] == psutil.STATUS_ZOMBIE or p.pid == os.getpid():
                continue
            if any(a == "--out" and b == target for a, b in zip(cmd, cmd[1:])) or f"--out={target}" in cmd:
                found.append(p)
        except (psutil.Error, OSError):
            continue
    return found


def _signal_run(run: Path, pgid: Optional[int], sig: int) -> None:
    """Signal the launcher's process group and every process training into the run folder."""
    if pgid:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, sig)
    for p in run_processes(run):
        with contextlib.suppress(Exception):
            p.send_signal(sig)


def build_command(run: Path, argv: Sequence[str], nproc: int = 1, nnodes: int = 1, node_rank: int = 0,
                  rdzv_endpoint: Optional[str] = None, rdzv_id: str = "s2s", resume: bool = False,
                  python: str = sys.executable) -> list[str]:
    """The argument list that starts training (never a shell string)."""
    train = ["-m", "s2s_core", "train", *argv, "--out", str(run)] + (["--resume"] if resume else [])
    if nproc == 1 and nnodes == 1:
        return [python, *train]
    cmd = [python, "-m", "torch.distributed.run"]
    if nnodes == 1:
        cmd += ["--standalone", f"--nproc_per_node={nproc}"]
    else:
        cmd += [f"--nnodes={nnodes}", f"--nproc_per_node={nproc}", f"--node_rank={node_rank}",
                "--rdzv_backend=c10d", f"--rdzv_endpoint={rdzv_endpoint}", f"--rdzv_id={rdzv_id}"]
    return cmd + train


def _check_launch(nproc: int, nnodes: int, node_rank: int, rdzv_endpoint: Optional[str], device: Optional[str]):
    if not isinstance(nproc, int) or nproc < 1:
        raise ValueError("number of processes (GPUs) per machine must be at least 1")
    if not isinstance(nnodes, int) or nnodes < 1:
        raise ValueError("number of machines must be at least 1")
    if nnodes > 1:
        if not (0 <= node_rank < nnodes):
            raise ValueError(f"node rank must be between 0 and {nnodes - 1}")
        m = ENDPOINT_RE.fullmatch(rdzv_endpoint or "")
        if not m or not (0 < int(m.group(2)) < 65536):
            raise ValueError("several machines need a rendezvous endpoint HOST:PORT on node 0 "
                             "(for example node0.example.org:29500)")
    cpu = (device or "").startswith("cpu")
    from . import sysinfo
    n_gpu = 0 if cpu else len(sysinfo.gpus())
    if (device or "").startswith("cuda") and not n_gpu:
        raise ValueError("CUDA is not available on this machine; choose the CPU device")
    if n_gpu and nproc > n_gpu:
        raise ValueError(f"{nproc} processes asked but this machine has {n_gpu} GPU(s)")
    if not n_gpu and nproc > (os.cpu_count() or 1):
        raise ValueError(f"{nproc} CPU processes asked but this machine has {os.cpu_count()} cores")
    if nproc > 1 and device and device.startswith("cuda:"):
        raise ValueError("with several GPUs choose device 'cuda' (each process takes its own GPU)")


# ---------------------------------------------------------------- metrics

_metrics_cache: dict[str, tuple[tuple, dict]] = {}


def load_metrics(run: Path) -> dict:
    """``{"train": [...], "valid": [...], "events": [...]}`` from metrics.jsonl. Records logged after a
    run's last checkpoint and then replayed after a resume are kept once (the later ones)."""
    path = Path(run) / METRICS
    try:
        st = path.stat()
        key = (st.st_size, st.st_mtime_ns)
    except FileNotFoundError:
        return {"train": [], "valid": [], "events": []}
    cached = _metrics_cache.get(str(path))
    if cached and cached[0] == key:
        return cached[1]
    train, valid, events = [], [], []
    for rec in read_jsonl(path):
        if rec.get("event") == "start":
            s = rec.get("step", 0)
            train = [r for r in train if r.get("step", 0) <= s]
            valid = [r for r in valid if r.get("step", 0) <= s]
        if rec.get("kind") == "train":
            train.append(rec)
        elif rec.get("kind") == "valid":
            valid.append(rec)
        elif "event" in rec:
            events.append(rec)
    result = {"train": train, "valid": valid, "events": events}
    if len(_metrics_cache) > 64:
        _metrics_cache.clear()
    _metrics_cache[str(path)] = (key, result)
    return result


def load_probes(run: Path) -> list[dict]:
    """Probe records, one per (sentence, validation step) (a replayed step keeps its latest record)."""
    latest: dict[tuple, dict] = {}
    for rec in read_jsonl(Path(run) / PROBES):
        latest[(rec.get("source"), rec.get("step"))] = rec
    return sorted(latest.values(), key=lambda r: (r.get("step", 0)))


def _summary(run: Path, max_steps: int) -> dict:
    m = load_metrics(run)
    recs = m["train"] + m["valid"] + m["events"]
    last = max(recs, key=lambda r: r.get("time", 0)) if recs else {}
    out = {"step": int(last.get("step", 0) or 0), "epoch": last.get("epoch")}
    if m["train"]:
        t = m["train"][-1]
        out.update(epoch=t.get("epoch", out["epoch"]), loss=t.get("loss"), lr=t.get("lr"),
                   tokens_per_s=t.get("tokens_per_s"), steps_per_s=t.get("steps_per_s"),
                   elapsed_s=t.get("elapsed_s"))
    saves = [e.get("step") for e in m["events"] if e.get("event") in ("checkpoint", "stopped", "completed")]
    out["last_checkpoint_step"] = saves[-1] if saves and (run / "last.pt").exists() else None
    if m["valid"]:
        v = m["valid"][-1]
        out.update(valid_loss=v.get("valid_loss"), valid_bleu=v.get("valid_bleu"), valid_chrf=v.get("valid_chrf"))
        bleus = [r["valid_bleu"] for r in m["valid"] if r.get("valid_bleu") is not None]
        out["best_bleu"] = max(bleus) if bleus else None
    start = [e for e in m["events"] if e.get("event") == "start"]
    if start:
        out.update(params=start[-1].get("params"), train_pairs=start[-1].get("train_pairs"),
                   device=start[-1].get("device"), world_size=start[-1].get("world_size"))
    out["max_steps"] = max_steps or None
    return out


def eta_seconds(status: dict) -> Optional[float]:
    """Seconds left from max_steps and the last measured steps/s (None without a step limit)."""
    if status.get("state") not in ACTIVE or not status.get("max_steps") or not status.get("steps_per_s"):
        return None
    return max(status["max_steps"] - status.get("step", 0), 0) / status["steps_per_s"]


LIMITS = {"max_steps": "step", "max_epochs": "epoch", "max_minutes": "elapsed_s"}


def _check_limits(status: Mapping, limits: dict) -> dict:
    """Validated new limits for a resume; a completed run needs the limit that ended it raised."""
    for key, value in limits.items():
        if key not in LIMITS:
            raise ValueError(f"unknown limit {key!r}; choose from {', '.join(LIMITS)}")
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0 or value != value:
            raise ValueError(f"{key} must be a number ≥ 0 (0 = no limit), not {value!r}")
        limits[key] = int(value) if key != "max_minutes" else float(value)
    if status["state"] != "completed":
        return limits
    reason, name = status.get("reason"), status["name"]
    if reason not in LIMITS:
        raise ValueError(f"run {name!r} completed ({reason or 'done'}); nothing to resume — "
                         f"promote it, or launch a new run")
    new = limits.get(reason)
    done = (status.get(LIMITS[reason]) or 0) / (60 if reason == "max_minutes" else 1)
    if new is None or (new and new <= done):
        raise ValueError(f"run {name!r} completed by reaching {reason} ({done:g}); "
                         f"to continue it, raise {reason} above that")
    return limits


def _set_flag(argv: Sequence[str], flag: str, value) -> list[str]:
    """``argv`` with every ``flag V`` / ``flag=V`` replaced by one ``flag value`` at the end."""
    out, skip = [], False
    for tok in argv:
        if skip:
            skip = False
        elif tok == flag:
            skip = True
        elif not tok.startswith(flag + "="):
            out.append(tok)
    return out + [flag, f"{value:g}" if isinstance(value, float) else str(value)]


# ---------------------------------------------------------------- the store

class RunStore:
    def __init__(self, root: Optional[os.PathLike | str] = None):
        self.root = Path(root or runs_dir())

    # -- places -----------------------------------------------------------------------------------
    def path(self, name: str) -> Path:
        return self.root / validate_name(name)

    def exists(self, name: str) -> bool:
        return (self.path(name) / CONFIG).is_file()

    def names(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir()
                      if p.is_dir() and NAME_RE.fullmatch(p.name) and (p / CONFIG).is_file())

    def _require(self, name: str) -> Path:
        run = self.path(name)
        if not (run / CONFIG).is_file():
            raise FileNotFoundError(f"no run named {name!r} in {self.root}")
        return run

    def config(self, name: str) -> dict:
        return _read_json(self._require(name) / CONFIG) or {}

    def metrics(self, name: str) -> dict:
        return load_metrics(self._require(name))

    def probes(self, name: str) -> list[dict]:
        return load_probes(self._require(name))

    def log_tail(self, name: str, lines: int = 40, max_bytes: int = 64_000) -> str:
        path = self._require(name) / LOG
        try:
            with open(path, "rb") as f:
                f.seek(max(0, path.stat().st_size - max_bytes))
                text = f.read().decode("utf-8", "replace")
        except FileNotFoundError:
            return ""
        text = text.replace("\r\n", "\n").replace("\r", "\n")   # progress bars, if any
        return "\n".join(text.splitlines()[-lines:])

    # -- status -----------------------------------------------------------------------------------
    def status(self, name: str) -> dict:
        run = self._require(name)
        with _locked(run):
            st = _read_json(run / STATUS) or {"name": name, "state": "failed", "reason": "status.json missing"}
            new = self._refresh(run, dict(st))
            changed = {k: v for k, v in new.items() if st.get(k) != v and k in _PERSISTED}
            if changed:
                _write_json(run / STATUS, {k: v for k, v in new.items() if k in _PERSISTED})
        cfg = _read_json(run / CONFIG) or {}
        new.update(_summary(run, (cfg.get("train_config") or {}).get("max_steps", 0)))
        new["eta_s"] = eta_seconds(new)
        new["log"] = str(run / LOG)
        return new

    def _refresh(self, run: Path, st: dict) -> dict:
        if st.get("state") not in ACTIVE:
            return st
        alive = pid_alive(st.get("pid"), st.get("create_time"))
        exit_code = None if alive else _CHILD_EXIT.pop(st.get("pid"), None)
        events = [r for r in read_jsonl(run / METRICS, st.get("metrics_offset", 0)) if "event" in r]
        end = next((e for e in reversed(events) if e["event"] in END_EVENTS), None)
        if end is not None:
            st.update(state=END_EVENTS[end["event"]], reason=end.get("reason") or end.get("message"),
                      ended=end.get("time", time.time()))
        elif alive:
            st["state"] = "running" if any(e["event"] == "start" for e in events) else "queued"
            return st
        else:
            st["ended"] = time.time()
            if st.get("stop_requested"):
                st.update(state="stopped", reason="killed before it could save" if st.get("force_stop")
                          else "stopped before training started")
            else:
                err = self._error_line(run)
                st.update(state="failed", reason="process died",
                          detail=("; ".join(x for x in (err, f"exit code {exit_code}" if exit_code is not None
                                                        else None) if x)) or None)
        if not alive:
            st["exit_code"] = exit_code if exit_code is not None else st.get("exit_code")
            _signal_run(run, st.get("pgid"), signal.SIGKILL)   # e.g. torchrun workers orphaned by a killed agent
        return st

    def _error_line(self, run: Path) -> Optional[str]:
        """The last `error: …` / exception line the attempt wrote to train.log."""
        tail = self.log_tail(run.name, 30)
        lines = tail.split("=== attempt")[-1].splitlines()
        for line in reversed(lines):
            s = line.strip()
            if s.startswith("error:") or re.match(r"^[A-Za-z_.]*(Error|Exception)\b", s):
                return s[:500]
        return None

    def list(self) -> list[dict]:
        out = []
        for n in self.names():
            try:
                out.append(self.status(n))
            except (FileNotFoundError, ValueError):
                continue
        return sorted(out, key=lambda s: s.get("created") or 0, reverse=True)

    def wait(self, name: str, states: Iterable[str] = ("stopped", "completed", "failed"), timeout: float = 600,
             poll: float = 0.2, until=None) -> dict:
        """Poll until the state is one of ``states`` (or ``until(status)`` is true); TimeoutError otherwise."""
        states, deadline = set(states), time.time() + timeout
        while True:
            st = self.status(name)
            if (until(st) if until else st["state"] in states):
                return st
            if time.time() > deadline:
                raise TimeoutError(f"run {name} still {st['state']} at step {st.get('step')} after {timeout:.0f}s")
            time.sleep(poll)

    # -- launch -----------------------------------------------------------------------------------
    def save_upload(self, name: str, filename: str, content: bytes) -> Path:
        """Store an uploaded corpus in the run's folder (before launching it)."""
        run = self.path(name)
        if self.exists(name):
            raise ValueError(f"a run named {name!r} already exists; choose another name")
        safe = re.sub(r"[^A-Za-z0-9._-]", "_", Path(filename or "").name).lstrip(".")[:100] or "upload.tsv"
        self._make_run_dir(run / "upload")
        dest = run / "upload" / safe
        dest.write_bytes(content)
        return dest

    def _make_run_dir(self, run: Path) -> None:
        """Create a run folder; an unusable runs directory (a file in the way, no permission, disk full)
        is a ValueError that says so, raised before anything is started."""
        try:
            run.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ValueError(f"cannot create the run folder {run}: {e.strerror or e} — is the runs directory "
                             f"{self.root} a writable folder? (set ${RUNS_DIR_ENV} to choose another)") from None

    def discard_unlaunched(self, name: str) -> None:
        """Remove a folder prepared for a launch that was then refused (upload, dev split), if any."""
        run = self.path(name)
        if run.is_dir() and not (run / CONFIG).exists() and not run_processes(run):
            shutil.rmtree(run, ignore_errors=True)

    def launch(self, name: str, argv: Sequence[str], *, nproc: int = 1, nnodes: int = 1, node_rank: int = 0,
               rdzv_endpoint: Optional[str] = None, dev_split: int = 0, restrict_paths: bool = True,
               env: Optional[Mapping[str, str]] = None) -> dict:
        """Validate everything, then start training in the background. Returns the status.

        ``argv``: train flags (see ``python -m s2s_core train --help``) without --out/--resume.
        ``dev_split``: with no --valid, hold out this many source sentences of --train as the dev set.
        """
        from .__main__ import configs_from_args
        run = self.path(name)
        if self.exists(name):
            raise ValueError(f"a run named {name!r} already exists; choose another name (or delete it)")
        ns = _parse_train(list(argv), run)
        _check_launch(nproc, nnodes, node_rank, rdzv_endpoint, ns.device)
        if dev_split < 0:
            raise ValueError("the dev split size must be ≥ 0")
        ns.train = resolve_corpus(ns.train, ns.src_lang, ns.tgt_lang, restrict_paths, self.root, "training data")
        check_corpus_text(ns.train, ns.src_lang, ns.tgt_lang, "training data")
        if ns.valid:
            ns.valid = resolve_corpus(ns.valid, ns.src_lang, ns.tgt_lang, restrict_paths, self.root, "dev set")
            check_corpus_text(ns.valid, ns.src_lang, ns.tgt_lang, "dev set")
        options = options_from_namespace(ns)
        try:
            cfg, model_cfg = configs_from_args(_parse_train(train_argv(options), run))
        except (OSError, UnicodeDecodeError) as e:
            raise ValueError(f"cannot read the training data: {e}") from None
        self._make_run_dir(run)
        if dev_split and not ns.valid:
            train, valid = split_dev(ns.train, run / "data", dev_split, ns.src_lang, ns.tgt_lang, ns.swap)
            src, tgt = direction_of(vars(ns))
            options.update(train=train, valid=valid, src_lang=src, tgt_lang=tgt)
            options.pop("swap", None)
            cfg = replace(cfg, train=train, valid=valid, swap=False, src_lang=src, tgt_lang=tgt)
        argv = train_argv(options)
        command = build_command(run, argv, nproc, nnodes, node_rank, rdzv_endpoint, rdzv_id=name)
        with _locked(run):
            if (run / CONFIG).exists() or run_processes(run):
                raise ValueError(f"a run named {name!r} already exists; choose another name (or delete it)")
            config = {"name": name, "argv": argv,
                      "launch": {"nproc": nproc, "nnodes": nnodes, "node_rank": node_rank,
                                 "rdzv_endpoint": rdzv_endpoint, "device": ns.device, "dev_split": dev_split},
                      "train_config": {k: (list(v) if isinstance(v, tuple) else v) for k, v in cfg.to_dict().items()},
                      "model_config": model_cfg.to_dict(), "command": command, "cwd": str(PROJECT),
                      "created": time.time()}
            _write_json(run / CONFIG, config)
            st = {"name": name, "state": "queued", "created": config["created"], "attempts": 0}
            _write_json(run / STATUS, st)
            st = self._spawn(run, st, command, env)
        return self.status(name)

    def _spawn(self, run: Path, st: dict, command: list[str], env: Optional[Mapping[str, str]]) -> dict:
        import psutil
        full_env = dict(os.environ)
        full_env.update(env or {})
        full_env["PYTHONUNBUFFERED"] = "1"
        full_env["PYTHONPATH"] = os.pathsep.join([str(PROJECT)] + ([full_env["PYTHONPATH"]]
                                                                   if full_env.get("PYTHONPATH") else []))
        offset = (run / METRICS).stat().st_size if (run / METRICS).exists() else 0
        attempt = st.get("attempts", 0) + 1
        with open(run / LOG, "ab") as log:
            log.write(f"=== attempt {attempt} at {time.strftime('%Y-%m-%d %H:%M:%S')}: "
                      f"{shlex.join(command)}\n".encode())
            log.flush()
            try:
                proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                        cwd=str(PROJECT), env=full_env, start_new_session=True, close_fds=True)
            except OSError as e:
                st.update(state="failed", reason=f"could not start: {e}", ended=time.time(), attempts=attempt)
                _write_json(run / STATUS, st)
                raise
        _CHILDREN[proc.pid] = proc
        try:
            ctime = psutil.Process(proc.pid).create_time()
        except psutil.Error:
            ctime = None
        st.update(state="queued", pid=proc.pid, pgid=proc.pid, create_time=ctime, started=time.time(),
                  ended=None, reason=None, detail=None, exit_code=None, attempts=attempt, metrics_offset=offset,
                  stop_requested=False, force_stop=False, command=command, host=_hostname())
        st.setdefault("first_started", st["started"])
        _write_json(run / STATUS, st)
        return st

    # -- control ----------------------------------------------------------------------------------
    def stop(self, name: str, force: bool = False) -> dict:
        """SIGTERM to the run's process group: the trainer saves last.pt, emits ``stopped`` and exits.
        ``force``: SIGKILL (no save; resume then continues from the last checkpoint)."""
        run = self._require(name)
        st = self.status(name)
        if st["state"] not in ACTIVE:
            raise ValueError(f"run {name!r} is not running (it is {st['state']})")
        with _locked(run):
            cur = _read_json(run / STATUS) or {}
            cur.update(stop_requested=True, force_stop=bool(force) or cur.get("force_stop", False))
            _write_json(run / STATUS, cur)
        if pid_alive(st.get("pid"), st.get("create_time")):
            _signal_run(run, st.get("pgid") or st["pid"], signal.SIGKILL if force else signal.SIGTERM)
        return self.status(name)

    def resume(self, name: str, env: Optional[Mapping[str, str]] = None, wait_exit: float = 20,
               limits: Optional[Mapping[str, float]] = None) -> dict:
        """Relaunch with --resume from the same folder: training continues from last.pt's step.

        ``limits``: new ``max_steps`` / ``max_epochs`` / ``max_minutes`` (0 = none) for the rest of the run;
        a run that completed by reaching one of them continues only when that limit is raised past it.
        """
        run = self._require(name)
        st = self.status(name)
        if st["state"] in ACTIVE:
            raise ValueError(f"run {name!r} is already {st['state']}")
        limits = _check_limits(st, dict(limits or {}))
        deadline = time.time() + wait_exit
        while run_processes(run):                    # the old process may still be shutting down
            if time.time() > deadline:
                raise ValueError(f"run {name!r}: its previous process is still exiting; try again shortly")
            time.sleep(0.2)
        with _locked(run):
            cfg = _read_json(run / CONFIG)
            for key, value in limits.items():
                cfg["argv"] = _set_flag(cfg["argv"], "--" + key.replace("_", "-"), value)
                cfg["train_config"][key] = value
            launch = cfg["launch"]
            command = build_command(run, cfg["argv"], launch["nproc"], launch["nnodes"], launch["node_rank"],
                                    launch["rdzv_endpoint"], rdzv_id=name, resume=True)
            cur = _read_json(run / STATUS) or {}
            if cur.get("state") in ACTIVE:
                raise ValueError(f"run {name!r} is already {cur['state']}")
            if limits:
                cfg["command"] = command
                _write_json(run / CONFIG, cfg)
            cur["resumed_from_step"] = st.get("last_checkpoint_step") or 0
            self._spawn(run, cur, command, env)
        return self.status(name)

    def delete(self, name: str, force: bool = False) -> None:
        run = self._require(name)
        st = self.status(name)
        if st["state"] in ACTIVE:
            if not force:
                raise ValueError(f"run {name!r} is {st['state']}; stop it before deleting")
            _signal_run(run, st.get("pgid") or st["pid"], signal.SIGKILL)
        elif run_processes(run):
            raise ValueError(f"run {name!r}: a process is still writing into its folder; try again shortly")
        if run.resolve().parent != self.root.resolve():
            raise ValueError(f"refusing to delete {run}: not directly inside {self.root}")
        shutil.rmtree(run)

    def node_command(self, name: str, node_rank: int) -> list[str]:
        """The exact argument list to start machine ``node_rank`` (1 … nnodes-1) of a multi-machine run."""
        cfg = self.config(name)
        launch = cfg["launch"]
        if launch["nnodes"] <= 1:
            raise ValueError(f"run {name!r} runs on one machine")
        if not (0 <= node_rank < launch["nnodes"]):
            raise ValueError(f"node rank must be between 0 and {launch['nnodes'] - 1}")
        st = _read_json(self.path(name) / STATUS) or {}
        return build_command(self.path(name), cfg["argv"], launch["nproc"], launch["nnodes"], node_rank,
                             launch["rdzv_endpoint"], rdzv_id=name, resume=st.get("attempts", 1) > 1)

    def node_command_lines(self, name: str) -> list[str]:
        """Shell lines (quoted) for machines 1 … nnodes-1, to copy; run in the project folder."""
        cfg = self.config(name)
        return [f"cd {shlex.quote(cfg.get('cwd', str(PROJECT)))} && {shlex.join(self.node_command(name, r))}"
                for r in range(1, cfg["launch"]["nnodes"])]

    # -- promote ----------------------------------------------------------------------------------
    def promote(self, name: str, average: int = 0, as_name: Optional[str] = None, overwrite: bool = False,
                target_dir: Optional[os.PathLike | str] = None) -> dict:
        """best.pt (or the average of the last ``average`` step-*.pt snapshots) → an fp16 inference
        checkpoint ``<checkpoints>/<as_name>.pt`` plus a model card ``<as_name>.md``."""
        from . import checkpoint
        run = self._require(name)
        target = validate_name(as_name or name, "checkpoint name")
        out_dir = Path(target_dir or checkpoints_dir())
        dest, card = out_dir / f"{target}.pt", out_dir / f"{target}.md"
        if dest.exists() and not overwrite:
            raise ValueError(f"{dest} already exists; choose another name or overwrite it")
        if average:
            if average < 2:
                raise ValueError("average needs at least 2 snapshots")
            snaps = sorted(run.glob("step-*.pt"), key=lambda p: int(p.stem.split("-")[1]))
            if len(snaps) < average:
                raise ValueError(f"run {name!r} has {len(snaps)} step snapshot(s); averaging {average} needs "
                                 f"training with --keep-last {average} or more")
            chosen = snaps[-average:]
            ckpt = checkpoint.average(chosen)
            steps = [int(p.stem.split("-")[1]) for p in chosen]
            ckpt["meta"] = dict(ckpt.get("meta", {}), step=steps[-1])
            source = f"average of the last {average} snapshots (steps {', '.join(map(str, steps))})"
        else:
            if not (run / "best.pt").exists():
                raise ValueError(f"run {name!r} has no best.pt yet (it is written at the first validation)")
            ckpt = checkpoint.load(run / "best.pt")
            source = "best.pt"
        payload = checkpoint.for_inference(ckpt, fp16=True)
        payload["meta"] = dict(payload.get("meta", {}), run=name, source=source,
                               promoted=time.strftime("%Y-%m-%d %H:%M:%S"))
        out_dir.mkdir(parents=True, exist_ok=True)
        checkpoint.save(payload, dest)
        _write_text(card, self._card(name, target, payload, dest, source))
        return {"checkpoint": str(dest), "card": str(card), "source": source}

    def _card(self, name: str, target: str, payload: dict, dest: Path, source: str) -> str:
        cfg = self.config(name)
        tc, mc = payload.get("train_config") or cfg.get("train_config", {}), payload["model_config"]
        meta = payload.get("meta", {})
        step = meta.get("step")
        metrics = load_metrics(self.path(name))
        valid = [v for v in metrics["valid"] if v.get("step") == step] or metrics["valid"][-1:]
        v = valid[-1] if valid else {}
        n_params = sum(t.numel() for t in payload["model"].values())
        cell = lambda x: str(x).replace("|", "\\|").replace("\n", " ")
        if mc["arch"] == "transformer":
            arch = (f"Transformer: d_model {mc['d_model']}, {mc['enc_layers']}+{mc['dec_layers']} layers, "
                    f"{mc['n_heads']} heads, FFN {mc['ffn_dim']}")
        else:
            arch = (f"{mc['arch'].upper()} + {mc['attention']} attention: hidden {mc['d_model']}, embeddings "
                    f"{mc['emb_dim']}, {mc['enc_layers']}+{mc['dec_layers']} layers")
        fmt = lambda x: f"{x:.2f}" if isinstance(x, (int, float)) else "–"
        pairs = next((e.get("train_pairs") for e in reversed(metrics["events"]) if e.get("event") == "start"), None)
        src, tgt = direction_of(tc)
        rows = [
            ("Direction", f"{src} → {tgt}"),
            ("Training data", f"`{tc.get('train')}`" + (f" ({pairs:,} pairs after length filtering)" if pairs else "")),
            ("Dev set", f"`{tc.get('valid')}`" if tc.get("valid") else "none"),
            ("Architecture", arch),
            ("Vocabulary", f"{mc['vocab_size']} SentencePiece pieces (shared source/target)"),
            ("Parameters", f"{n_params / 1e6:.2f} M"),
            ("File size", f"{dest.stat().st_size / 2**20:.1f} MB (fp16 weights)"),
            ("Training steps", f"{step}" + (f" (epoch {meta.get('epoch')})" if meta.get("epoch") is not None else "")),
            ("Weights", source),
            ("Dev BLEU", fmt(v.get("valid_bleu")) + (f" (greedy, at step {v.get('step')})" if v else "")),
            ("Dev chrF", fmt(v.get("valid_chrf"))),
            ("Dev loss", fmt(v.get("valid_loss"))),
            ("Run", f"`{name}`"),
            ("Promoted", meta.get("promoted", "")),
        ]
        command = cfg.get("command") or []
        score = (f"dev BLEU {fmt(v.get('valid_bleu'))}, chrF {fmt(v.get('valid_chrf'))} (greedy, step {v.get('step')})"
                 if v else "not validated")
        front = ["---", f"title: {target}", f"language_pair: {src}-{tgt}", f"architecture: {arch}",
                 f"score: {score}", f"trained: {step} steps", f"run: {name}", "---", ""]
        lines = front + [f"# {target}", "", f"Translation model trained with s2s_core (run `{name}`).", "",
                 "| | |", "|---|---|"] + [f"| {k} | {cell(v_)} |" for k, v_ in rows] + [
                 "", "## Training command", "", "```sh", f"cd {shlex.quote(cfg.get('cwd', str(PROJECT)))}",
                 shlex.join(command), "```", "",
                 "## Hyper-parameters", "", "```json", json.dumps({"model": mc, "train": tc}, indent=2, default=str),
                 "```", ""]
        return "\n".join(lines)


_PERSISTED = ("name", "state", "created", "attempts", "pid", "pgid", "create_time", "started", "first_started",
              "ended", "reason", "detail", "exit_code", "metrics_offset", "stop_requested", "force_stop",
              "command", "host", "resumed_from_step")


def _hostname() -> str:
    import socket
    return socket.gethostname()


# ---------------------------------------------------------------- CLI

def _print_status(st: dict) -> None:
    keys = ("name", "state", "step", "max_steps", "epoch", "pid", "last_checkpoint_step", "loss", "valid_bleu",
            "valid_chrf", "reason", "detail", "eta_s", "log")
    for k in keys:
        if st.get(k) is not None:
            print(f"{k:>22}: {st[k]}")


def _when(t) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(t)) if t else "-"


def cmd_runs(a) -> None:
    store = RunStore()
    c = a.runs_cmd
    if c == "launch":
        if a.out:
            raise ValueError("--out is set by the run store (the run folder); do not pass it")
        if a.resume:
            raise ValueError("use `runs resume NAME` to continue a run")
        argv = train_argv(options_from_namespace(a))
        st = store.launch(a.name, argv, nproc=a.nproc, nnodes=a.nnodes, node_rank=a.node_rank,
                          rdzv_endpoint=a.rdzv_endpoint, dev_split=a.dev_split, restrict_paths=False)
        print(f"launched run {a.name} (pid {st['pid']}); log: {st['log']}", file=sys.stderr)
        for line in (store.node_command_lines(a.name) if a.nnodes > 1 else []):
            print(f"on another machine: {line}", file=sys.stderr)
        if a.wait:
            _print_status(store.wait(a.name, timeout=10**9, poll=1))
    elif c == "list":
        runs = store.list()
        if a.json:
            print(json.dumps(runs, indent=2, default=str))
            return
        print(f"{'NAME':24} {'STATE':10} {'STEP':>14} {'BLEU':>6}  STARTED")
        for s in runs:
            steps = f"{s.get('step', 0)}/{s['max_steps']}" if s.get("max_steps") else str(s.get("step", 0))
            bleu = f"{s['best_bleu']:.1f}" if s.get("best_bleu") is not None else "-"
            print(f"{s['name']:24} {s['state']:10} {steps:>14} {bleu:>6}  {_when(s.get('first_started'))}")
    elif c == "status":
        st = store.status(a.name)
        print(json.dumps(st, indent=2, default=str)) if a.json else _print_status(st)
    elif c == "stop":
        st = store.stop(a.name, force=a.force)
        if a.wait:
            st = store.wait(a.name, timeout=a.timeout)
        print(f"run {a.name}: {st['state']} at step {st.get('step')}", file=sys.stderr)
    elif c == "resume":
        limits = {k: v for k, v in (("max_steps", a.max_steps), ("max_epochs", a.max_epochs),
                                    ("max_minutes", a.max_minutes)) if v is not None}
        st = store.resume(a.name, limits=limits)
        print(f"resumed run {a.name} from step {st.get('resumed_from_step')} (pid {st['pid']})", file=sys.stderr)
        if a.wait:
            _print_status(store.wait(a.name, timeout=10**9, poll=1))
    elif c == "promote":
        r = store.promote(a.name, average=a.average, as_name=a.as_name, overwrite=a.overwrite)
        print(f"{r['checkpoint']}\n{r['card']}")
    elif c == "delete":
        if not a.yes:
            raise ValueError(f"deleting run {a.name!r} removes its folder and checkpoints; add --yes to confirm")
        store.delete(a.name, force=a.force)
        print(f"deleted run {a.name}", file=sys.stderr)
    elif c == "node-command":
        cfg = store.config(a.name)
        if cfg["launch"]["nnodes"] <= 1:
            raise ValueError(f"run {a.name!r} runs on one machine; there is no other machine to start")
        ranks = [a.node_rank] if a.node_rank is not None else range(1, cfg["launch"]["nnodes"])
        for r in ranks:
            print(f"cd {shlex.quote(cfg.get('cwd', str(PROJECT)))} && {shlex.join(store.node_command(a.name, r))}")
    elif c == "logs":
        print(store.log_tail(a.name, a.lines))


def add_runs_parser(sub) -> None:
    from .__main__ import add_train_args
    p = sub.add_parser("runs", help="launch and manage background training runs (folders in $S2S_RUNS_DIR)",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    rs = p.add_subparsers(dest="runs_cmd", required=True)

    l = rs.add_parser("launch", help="start a training run in the background (train flags as for `train`)")
    l.add_argument("--name", required=True, help="run name: letters, digits, '-', '_' (max 64)")
    l.add_argument("--nproc", type=int, default=1, help="processes on this machine: GPUs (or CPU processes)")
    l.add_argument("--nnodes", type=int, default=1, help="machines (torchrun c10d rendezvous)")
    l.add_argument("--node-rank", type=int, default=0, help="this machine's rank (0 = hosts the rendezvous)")
    l.add_argument("--rdzv-endpoint", default=None, help="HOST:PORT of node 0 when --nnodes > 1")
    l.add_argument("--dev-split", type=int, default=0,
                   help="without --valid: hold out this many source sentences of --train as the dev set")
    l.add_argument("--wait", action="store_true", help="wait for the run to end and print its status")
    add_train_args(l)
    for action in l._actions:
        if action.dest == "out":
            action.required, action.help = False, argparse.SUPPRESS

    s = rs.add_parser("list", help="all runs with their state")
    s.add_argument("--json", action="store_true")
    s = rs.add_parser("status", help="state, step, pid … of one run")
    s.add_argument("name")
    s.add_argument("--json", action="store_true")
    s = rs.add_parser("stop", help="graceful stop: the trainer saves last.pt and exits")
    s.add_argument("name")
    s.add_argument("--force", action="store_true", help="SIGKILL (no save)")
    s.add_argument("--wait", action="store_true", help="wait until it has stopped")
    s.add_argument("--timeout", type=float, default=300)
    s = rs.add_parser("resume", help="continue a stopped/failed run from its last checkpoint, or a completed "
                                     "one with a higher limit")
    s.add_argument("name")
    s.add_argument("--max-steps", type=int, help="new step limit (0 = none)")
    s.add_argument("--max-epochs", type=int, help="new epoch limit (0 = none)")
    s.add_argument("--max-minutes", type=float, help="new limit on training minutes in total (0 = none)")
    s.add_argument("--wait", action="store_true")
    s = rs.add_parser("promote", help="export best.pt (or an average) as an fp16 checkpoint + model card")
    s.add_argument("name")
    s.add_argument("--average", type=int, default=0, metavar="K", help="average the last K step-*.pt snapshots")
    s.add_argument("--as", dest="as_name", default=None, metavar="NAME", help="checkpoint name (default: run name)")
    s.add_argument("--overwrite", action="store_true")
    s = rs.add_parser("delete", help="remove a run folder")
    s.add_argument("name")
    s.add_argument("--yes", action="store_true", help="confirm")
    s.add_argument("--force", action="store_true", help="kill it first if it is running")
    s = rs.add_parser("node-command", help="the command to start another machine of a multi-machine run")
    s.add_argument("name")
    s.add_argument("--node-rank", type=int, default=None)
    s = rs.add_parser("logs", help="last lines of train.log")
    s.add_argument("name")
    s.add_argument("-n", "--lines", type=int, default=40)
    p.set_defaults(func=cmd_runs)
