"""Training runs: a run store, a process launcher, and the ``runs`` CLI subcommand.

One folder per run under the runs directory (``$S2S_RUNS_DIR``, default ``<project>/runs``)::

    runs/<name>/config.json     what was asked: train flags (argv), launch settings, model/train config, command
    runs/<name>/status.json     the store's record: state, pid (+ its create_time), attempts, times, reason
    runs/<name>/train.log       stdout + stderr of the training process(es)
    runs/<name>/metrics.jsonl   written by the trainer (train/valid records and events)
    runs/<name>/probes.jsonl    probe translations + attention at each validation
    runs/<name>/last.pt, best.pt, step-N.pt, tokenizer.model   (the trainer's --out is the run folder)
    runs/<name>/data/, upload/  dev split / uploaded corpus made for this run (optional)

State (``queued`` → ``running`` → ``stopped`` | ``completed`` | ``failed``) is derived from status.json +
the trainer's events after this attempt's offset in metrics.jsonl + whether the pid is still the process
we started (psutil, create_time compared, zombies count as dead). ``queued`` means the process is up but
still reading data / training the tokenizer (no ``start`` event yet). A process that is gone without an
end event (kill -9, OOM killer, reboot) reads as ``failed`` with reason ``process died`` at once (``exited with
an error`` when its exit code, or else its log's last line ``error: …``, says it exited on an error);
``RunStore.refresh`` records that. status.json and config.json are written atomically under a per-run
lock file, so concurrent readers (several browser sessions, the CLI) never see or write a half-updated
state; each run only touches its own folder. A run completed by early stopping is *shown* as ``stopped_early``
(``shown_state``), from its recorded state and reason: nothing new is written.

Modules: ``folder`` (names, files, lock) · ``spec`` (LaunchSpec: a typed launch request) · ``inputs``
(corpus paths and checks, dev split) · ``launcher`` (commands and processes) · ``metrics`` · ``card``
(promote + model card) · ``store`` (RunStore) · ``cli`` (``python -m s2s_core runs …``).
"""
from .folder import ACTIVE, STATES, STOPPED_EARLY, shown_state, start_times, validate_name
from .inputs import check_corpus_text, resolve_corpus, split_dev
from .launcher import Launcher, build_command, pid_alive, run_processes
from .metrics import eta_seconds, load_metrics, load_probes
from .spec import LaunchSpec
from .store import RunStore

__all__ = ["RunStore", "LaunchSpec", "Launcher", "ACTIVE", "STATES", "STOPPED_EARLY", "shown_state", "validate_name",
           "start_times", "build_command", "pid_alive", "run_processes", "resolve_corpus", "check_corpus_text",
           "split_dev", "load_metrics", "load_probes", "eta_seconds"]
