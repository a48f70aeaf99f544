"""The run store: one folder per run (see ``runs/__init__``), its state, and the actions on it.

Reads (``status``, ``list``, ``config``, ``metrics``) have no side effects: a run whose process is gone
reads as ``failed: process died`` at once, but nothing is written or signalled. ``refresh`` records
what a read derived (status.json), reaps the process if this store started it, and kills processes a
dead run left behind (torchrun workers); pages and CLI commands call it before they show runs.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import time
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Mapping, Optional

from .. import paths
from ..cli_args import train_argv
from ..config import ModelConfig, TrainConfig, direction_of
from ..files import read_json, read_jsonl, write_json
from . import card
from .folder import ACTIVE, CONFIG, END_EVENTS, LOG, METRICS, NAME_RE, STATUS, locked, validate_name
from .inputs import checked_corpus, enough_sources, split_dev
from .launcher import Launcher, build_command, pid_alive, run_processes, signal_run
from .metrics import MetricsCache, eta_seconds, load_probes, summary
from .spec import LaunchSpec

PERSISTED = ("name", "state", "created", "attempts", "pid", "pgid", "create_time", "started", "first_started",
             "ended", "reason", "detail", "exit_code", "metrics_offset", "stop_requested", "force_stop",
             "command", "host", "resumed_from_step")
LIMITS = {"max_steps": "step", "max_epochs": "epoch", "max_minutes": "elapsed_s"}   # limit → status field


class RunStore:
    def __init__(self, root: Optional[os.PathLike | str] = None, launcher: Optional[Launcher] = None):
        self.root = Path(root or paths.runs_dir())
        self.launcher = launcher or Launcher()
        self._metrics = MetricsCache()

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

    def run_dir(self, name: str) -> Path:
        """The folder of an existing run; FileNotFoundError when there is none."""
        run = self.path(name)
        if not (run / CONFIG).is_file():
            raise FileNotFoundError(f"no run named {name!r} in {self.root}")
        return run

    # -- reads (no side effects) ------------------------------------------------------------------
    def config(self, name: str) -> dict:
        return read_json(self.run_dir(name) / CONFIG) or {}

    def metrics(self, name: str) -> dict:
        return self._metrics.load(self.run_dir(name))

    def probes(self, name: str) -> list[dict]:
        return load_probes(self.run_dir(name))

    def log_tail(self, name: str, lines: int = 40, max_bytes: int = 64_000) -> str:
        path = self.run_dir(name) / LOG
        try:
            with open(path, "rb") as f:
                f.seek(max(0, path.stat().st_size - max_bytes))
                text = f.read().decode("utf-8", "replace")
        except FileNotFoundError:
            return ""
        text = text.replace("\r\n", "\n").replace("\r", "\n")   # progress bars, if any
        return "\n".join(text.splitlines()[-lines:])

    def status(self, name: str) -> dict:
        """State, pid, step, loss, dev scores, ETA … of one run, as of now (nothing is written)."""
        run = self.run_dir(name)
        st = self._recorded(run)
        return self._with_summary(run, self._derive(run, st, pid_alive(*self._pid(st)), None))

    def list(self) -> list[dict]:
        """Every run's status, newest first."""
        out = []
        for n in self.names():
            try:
                out.append(self.status(n))
            except (FileNotFoundError, ValueError):
                continue
        return sorted(out, key=lambda s: s.get("created") or 0, reverse=True)

    # -- refresh (writes, reaps, kills leftovers) ---------------------------------------------------
    def refresh(self, name: str) -> dict:
        """Record what ``status`` derives; reap the process; kill what a dead run left behind."""
        run = self.run_dir(name)
        with locked(run):
            st = self._recorded(run)
            if st.get("state") in ACTIVE:
                alive = pid_alive(*self._pid(st))
                new = self._derive(run, dict(st), alive, None if alive else self.launcher.exit_code(st.get("pid")))
                if not alive:                 # e.g. torchrun workers orphaned by a killed agent
                    signal_run(run, st.get("pgid"), signal.SIGKILL)
                if any(st.get(k) != v for k, v in new.items() if k in PERSISTED):
                    write_json(run / STATUS, {k: v for k, v in new.items() if k in PERSISTED})
        return self.status(name)

    def refresh_all(self) -> None:
        for n in self.names():
            try:
                self.refresh(n)
            except (FileNotFoundError, ValueError):
                continue

    def wait(self, name: str, states: Iterable[str] = ("stopped", "completed", "failed"), timeout: float = 600,
             poll: float = 0.2, until=None) -> dict:
        """Refresh until the state is one of ``states`` (or ``until(status)`` is true); TimeoutError otherwise."""
        states, deadline = set(states), time.time() + timeout
        while True:
            st = self.refresh(name)
            if (until(st) if until else st["state"] in states):
                return st
            if time.time() > deadline:
                raise TimeoutError(f"run {name} still {st['state']} at step {st.get('step')} after {timeout:.0f}s")
            time.sleep(poll)

    # -- state ------------------------------------------------------------------------------------
    @staticmethod
    def _recorded(run: Path) -> dict:
        return read_json(run / STATUS) or {"name": run.name, "state": "failed", "reason": "status.json missing"}

    @staticmethod
    def _pid(st: Mapping) -> tuple:
        return st.get("pid"), st.get("create_time")

    def _derive(self, run: Path, st: dict, alive: bool, exit_code: Optional[int]) -> dict:
        """The state an active run is in now: the trainer's end event after this attempt's offset in
        metrics.jsonl, else running/queued while the process lives, else stopped, or failed: ``exited with an
        error`` when it exited saying why, else ``process died``."""
        if st.get("state") not in ACTIVE:
            return st
        events = [r for r in read_jsonl(run / METRICS, st.get("metrics_offset", 0)) if "event" in r]
        end = next((e for e in reversed(events) if e["event"] in END_EVENTS), None)
        if end is not None:
            st.update(state=END_EVENTS[end["event"]], reason=end.get("reason") or end.get("message"),
                      ended=end.get("time", time.time()))
        elif alive:
            st["state"] = "running" if any(e["event"] == "start" for e in events) else "queued"
            return st
        elif st.get("stop_requested"):
            st.update(state="stopped", ended=time.time(), reason="killed before it could save"
                      if st.get("force_stop") else "stopped before training started")
        else:
            lines = self._attempt_lines(run)
            error = _error_line(lines)
            why = [x for x in (error, f"exit code {exit_code}" if exit_code is not None else None) if x]
            exited = exit_code > 0 if exit_code is not None else _ends_in_error(lines)   # not killed: said why
            st.update(state="failed", reason="exited with an error" if error and exited else "process died",
                      ended=time.time(), detail="; ".join(why) or None)
        if not alive:
            st["exit_code"] = exit_code if exit_code is not None else st.get("exit_code")
        return st

    def _attempt_lines(self, run: Path) -> list[str]:
        """The last lines the current attempt wrote to train.log."""
        return self.log_tail(run.name, 30).split("=== attempt")[-1].splitlines()

    def _with_summary(self, run: Path, st: dict) -> dict:
        cfg = read_json(run / CONFIG) or {}
        st.update(summary(self._metrics.load(run), run, (cfg.get("train_config") or {}).get("max_steps", 0)))
        st["eta_s"] = eta_seconds(st)
        st["arch"] = (cfg.get("model_config") or {}).get("arch")                  # for launch estimates
        st["batch_tokens"] = (cfg.get("train_config") or {}).get("batch_tokens")
        st["model_config"] = cfg.get("model_config")
        st["vocab_asked"] = (cfg.get("train_config") or {}).get("vocab_size")   # the model's is filled in later
        st["device"] = st.get("device") or (cfg.get("launch") or {}).get("device")  # before the start event
        st["log"] = str(run / LOG)
        return st

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
                             f"{self.root} a writable folder? (set ${paths.RUNS_DIR_ENV} to choose another)") from None

    def discard_unlaunched(self, name: str) -> None:
        """Remove a folder prepared for a launch that was then refused (upload, dev split), if any."""
        run = self.path(name)
        if run.is_dir() and not (run / CONFIG).exists() and not run_processes(run):
            shutil.rmtree(run, ignore_errors=True)

    def launch_argv(self, name: str, argv, **launch) -> dict:
        """``launch`` from ``train`` flags (see ``LaunchSpec.from_argv``)."""
        return self.launch(LaunchSpec.from_argv(name, argv, runs_root=self.root, **launch))

    def check(self, spec: LaunchSpec) -> TrainConfig:
        """What ``launch`` checks before it starts anything (ValueError saying what is wrong): the
        settings, a free name, readable corpora where allowed. The train config with its corpora resolved."""
        spec.validate()
        if self.exists(spec.name):
            raise ValueError(f"a run named {spec.name!r} already exists; choose another name (or delete it)")
        train = self._inputs(spec)
        if spec.dev_split and not train.valid:
            try:
                enough_sources(train.train, spec.dev_split, train.src_lang, train.tgt_lang, train.swap)
            except (OSError, UnicodeDecodeError) as e:
                raise ValueError(f"cannot read the training data: {e}") from None
        return train

    def launch(self, spec: LaunchSpec, env: Optional[Mapping[str, str]] = None) -> dict:
        """Validate everything, then start training in the background. Returns the status."""
        train = self.check(spec)
        run = self.path(spec.name)
        self._make_run_dir(run)
        if spec.dev_split and not train.valid:
            train = self._split(train, run, spec.dev_split)
        train = replace(train, out=str(run))
        argv = train_argv(train, spec.model, spec.device)
        command = build_command(run, argv, spec.nproc, spec.nnodes, spec.node_rank, spec.rdzv_endpoint,
                                rdzv_id=spec.name)
        with locked(run):
            if (run / CONFIG).exists() or run_processes(run):
                raise ValueError(f"a run named {spec.name!r} already exists; choose another name (or delete it)")
            config = _config_record(spec, train, argv, command)
            write_json(run / CONFIG, config)
            st = {"name": spec.name, "state": "queued", "created": config["created"], "attempts": 0}
            write_json(run / STATUS, st)
            self._spawn(run, st, command, env)
        return self.status(spec.name)

    def _inputs(self, spec: LaunchSpec) -> TrainConfig:
        """The spec's train config with its corpora resolved (and looked at) under the spec's path rule."""
        t, restrict = spec.train, spec.restrict_paths
        train = checked_corpus(t.train, t.src_lang, t.tgt_lang, restrict, self.root, "training data")
        valid = checked_corpus(t.valid, t.src_lang, t.tgt_lang, restrict, self.root, "dev set") if t.valid else ""
        return replace(t, train=train, valid=valid)

    @staticmethod
    def _split(train: TrainConfig, run: Path, dev_size: int) -> TrainConfig:
        try:
            tr, dev = split_dev(train.train, run / "data", dev_size, train.src_lang, train.tgt_lang, train.swap)
        except (OSError, UnicodeDecodeError) as e:
            raise ValueError(f"cannot read the training data: {e}") from None
        src, tgt = direction_of(train.to_dict())
        return replace(train, train=tr, valid=dev, swap=False, src_lang=src, tgt_lang=tgt)

    def _spawn(self, run: Path, st: dict, command: list[str], env: Optional[Mapping[str, str]]) -> dict:
        offset = (run / METRICS).stat().st_size if (run / METRICS).exists() else 0
        attempt = st.get("attempts", 0) + 1
        try:
            pid, ctime = self.launcher.spawn(run, command, attempt, env)
        except OSError as e:
            st.update(state="failed", reason=f"could not start: {e}", ended=time.time(), attempts=attempt)
            write_json(run / STATUS, st)
            raise
        st.update(state="queued", pid=pid, pgid=pid, create_time=ctime, started=time.time(), ended=None,
                  reason=None, detail=None, exit_code=None, attempts=attempt, metrics_offset=offset,
                  stop_requested=False, force_stop=False, command=command, host=_hostname())
        st.setdefault("first_started", st["started"])
        write_json(run / STATUS, st)
        return st

    # -- control ----------------------------------------------------------------------------------
    def stop(self, name: str, force: bool = False) -> dict:
        """SIGTERM to the run's process group: the trainer saves last.pt, emits ``stopped`` and exits.
        ``force``: SIGKILL (no save; resume then continues from the last checkpoint)."""
        run, st = self.run_dir(name), self.refresh(name)
        if st["state"] not in ACTIVE:
            raise ValueError(f"run {name!r} is not running (it is {st['state']})")
        with locked(run):
            cur = self._recorded(run)
            cur.update(stop_requested=True, force_stop=bool(force) or cur.get("force_stop", False))
            write_json(run / STATUS, cur)
        if pid_alive(*self._pid(st)):
            signal_run(run, st.get("pgid") or st["pid"], signal.SIGKILL if force else signal.SIGTERM)
        return self.status(name)

    def resume(self, name: str, env: Optional[Mapping[str, str]] = None, wait_exit: float = 20,
               limits: Optional[Mapping[str, float]] = None) -> dict:
        """Relaunch with --resume from the same folder: training continues from last.pt's step.

        ``limits``: new ``max_steps`` / ``max_epochs`` / ``max_minutes`` / ``patience`` (0 = none) for the rest
        of the run; a run that completed by reaching one of them continues only when that limit is raised past it
        (an early-stopped one: patience above its ``validations_since_best``).
        """
        run, st = self.run_dir(name), self.refresh(name)
        if st["state"] in ACTIVE:
            raise ValueError(f"run {name!r} is already {st['state']}")
        limits = check_limits(st, dict(limits or {}))
        deadline = time.time() + wait_exit
        while run_processes(run):                    # the old process may still be shutting down
            if time.time() > deadline:
                raise ValueError(f"run {name!r}: its previous process is still exiting; try again shortly")
            time.sleep(0.2)
        with locked(run):
            cfg = read_json(run / CONFIG)
            if limits:
                cfg = _with_limits(cfg, limits)
            launch = cfg["launch"]
            command = build_command(run, cfg["argv"], launch["nproc"], launch["nnodes"], launch["node_rank"],
                                    launch["rdzv_endpoint"], rdzv_id=name, resume=True)
            cur = self._recorded(run)
            if cur.get("state") in ACTIVE:
                raise ValueError(f"run {name!r} is already {cur['state']}")
            if limits:
                write_json(run / CONFIG, dict(cfg, command=command))
            cur["resumed_from_step"] = st.get("last_checkpoint_step") or 0
            self._spawn(run, cur, command, env)
        return self.status(name)

    def delete(self, name: str, force: bool = False) -> None:
        run, st = self.run_dir(name), self.refresh(name)
        if st["state"] in ACTIVE:
            if not force:
                raise ValueError(f"run {name!r} is {st['state']}; stop it before deleting")
            signal_run(run, st.get("pgid") or st["pid"], signal.SIGKILL)
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
        st = read_json(self.path(name) / STATUS) or {}
        return build_command(self.path(name), cfg["argv"], launch["nproc"], launch["nnodes"], node_rank,
                             launch["rdzv_endpoint"], rdzv_id=name, resume=st.get("attempts", 1) > 1)

    def node_command_lines(self, name: str) -> list[str]:
        """Shell lines (quoted) for machines 1 … nnodes-1, to copy; run in the project folder."""
        cfg = self.config(name)
        return [f"cd {shlex.quote(cfg.get('cwd', str(paths.PROJECT)))} && {shlex.join(self.node_command(name, r))}"
                for r in range(1, cfg["launch"]["nnodes"])]

    def promote(self, name: str, average: int = 0, as_name: Optional[str] = None, overwrite: bool = False,
                target_dir: Optional[os.PathLike | str] = None) -> dict:
        """best.pt (or the average of the last ``average`` step-*.pt snapshots) → an fp16 inference
        checkpoint ``<checkpoints>/<as_name>.pt`` plus a model card ``<as_name>.md``."""
        return card.promote(self, name, average, as_name, overwrite, target_dir)


def _error_line(lines: list[str]) -> Optional[str]:
    """The last `error: …` / exception line of a log."""
    for line in reversed(lines):
        s = line.strip()
        if s.startswith("error:") or re.match(r"^[A-Za-z_.]*(Error|Exception)\b", s):
            return s[:500]
    return None


def _ends_in_error(lines: list[str]) -> bool:
    """The log ends with cli.main's `error: …` line, printed as it exits: whoever reads a run after the process
    that launched it is gone has no exit code, and this line tells an exit from a kill."""
    said = [line.strip() for line in lines if line.strip()]
    return bool(said) and said[-1].startswith("error:")


def _config_record(spec: LaunchSpec, train: TrainConfig, argv: list[str], command: list[str]) -> dict:
    """config.json: what was asked (settings, launch, the command), as plain JSON."""
    return {"name": spec.name, "argv": argv,
            "launch": {"nproc": spec.nproc, "nnodes": spec.nnodes, "node_rank": spec.node_rank,
                       "rdzv_endpoint": spec.rdzv_endpoint, "device": spec.device, "dev_split": spec.dev_split},
            "train_config": {k: (list(v) if isinstance(v, tuple) else v) for k, v in train.to_dict().items()},
            "model_config": spec.model.to_dict(), "command": command, "cwd": str(paths.PROJECT),
            "created": time.time()}


def check_limits(status: Mapping, limits: dict) -> dict:
    """Validated new limits for a resume; a completed run needs the limit that ended it raised (an early-stopped
    one, its patience: its checkpoint keeps the count of validations without a better dev score)."""
    for key, value in limits.items():
        if key not in LIMITS and key != "patience":
            raise ValueError(f"unknown limit {key!r}; choose from {', '.join(LIMITS)}, patience")
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0 or value != value:
            raise ValueError(f"{key} must be a number ≥ 0 (0 = no limit), not {value!r}")
        limits[key] = int(value) if key != "max_minutes" else float(value)
    _patience_past_count(status, limits.get("patience"))
    if status["state"] != "completed":
        return limits
    reason, name = status.get("reason"), status["name"]
    if reason == "early_stopping":
        return _check_patience(status, limits)
    if reason not in LIMITS:
        raise ValueError(f"run {name!r} completed ({reason or 'done'}); nothing to resume — "
                         f"promote it, or launch a new run")
    new = limits.get(reason)
    done = (status.get(LIMITS[reason]) or 0) / (60 if reason == "max_minutes" else 1)
    if new is None or (new and new <= done):
        raise ValueError(f"run {name!r} completed by reaching {reason} ({done:g}); "
                         f"to continue it, raise {reason} above that (`runs resume {name} "
                         f"--{reason.replace('_', '-')} N`)")
    return limits


def _check_patience(status: Mapping, limits: dict) -> dict:
    """An early-stopped run continues only with a patience above the validations it has already gone without a
    better dev score (0 = no early stopping): with the same patience it would stop again at its next step."""
    name, since = status["name"], status.get("validations_since_best") or 0
    if limits.get("patience") is None:
        raise ValueError(f"run {name!r} stopped early: {since} validations without a better dev score; to "
                         f"continue it, raise patience above {since} (`runs resume {name} --patience N`, 0 = off)")
    steps = limits.get("max_steps")
    if steps and steps <= (status.get("step") or 0):
        raise ValueError(f"max_steps must be above the run's step ({status.get('step')}) to train longer")
    return limits


def _patience_past_count(status: Mapping, patience: Optional[int]) -> None:
    """A new patience (0 = off) must be above the validations the run has already gone without a better dev score,
    whatever its state: its checkpoint keeps that count, so a lower one ends it at its first step (a run stopped by
    request with 3 such validations, resumed with patience 2, stopped early at once)."""
    since = status.get("validations_since_best") or 0
    if patience and patience <= since:
        name = status["name"]
        raise ValueError(f"run {name!r}: {since} validations without a better dev score already; a patience of "
                         f"{patience} would stop it at once: raise patience above {since} (`runs resume {name} "
                         f"--patience N`, 0 = off)")


def _with_limits(cfg: dict, limits: Mapping) -> dict:
    """A run's config with new limits, its command line rebuilt from its settings."""
    train = TrainConfig.from_dict({**cfg["train_config"], **limits})
    argv = train_argv(train, ModelConfig.from_dict(cfg["model_config"]), cfg["launch"].get("device"))
    return dict(cfg, argv=argv, train_config=dict(cfg["train_config"], **limits))


def _hostname() -> str:
    import socket
    return socket.gethostname()
