"""``python -m s2s_core runs {launch,list,status,stop,resume,promote,delete,node-command,logs} …``"""
from __future__ import annotations

import argparse
import json
import shlex
import sys
import time

from ..cli_args import add_train_args
from ..paths import PROJECT
from .estimate import expected_cost
from .folder import ACTIVE, shown_state
from .spec import LaunchSpec
from .store import RunStore

STATUS_KEYS = ("name", "state", "step", "max_steps", "epoch", "pid", "last_checkpoint_step", "loss", "valid_bleu",
               "valid_chrf", "reason", "detail", "eta_s", "log")


def positive_int(value: str) -> int:
    """A count of 1 or more (``logs -n 0`` had printed the whole log, ``-n -3`` all but 3 lines)."""
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def _print_status(st: dict) -> None:
    """One "key: value" line each, the state as a person reads it (``stopped_early``, as the Training page says;
    ``--json`` gives the recorded state and its reason)."""
    st = {**st, "state": shown_state(st)}
    for k in STATUS_KEYS:
        if st.get(k) is not None:
            v = st[k]
            print(f"{k:>22}: {round(v, 2) if isinstance(v, float) else v}")     # 100.0, not 100.00000000000004


def _when(t) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(t)) if t else "-"


def _launch(store: RunStore, a) -> None:
    if a.out:
        raise ValueError("--out is set by the run store (the run folder); do not pass it")
    if a.resume:
        raise ValueError("use `runs resume NAME` to continue a run")
    spec = LaunchSpec.from_namespace(a, a.name, restrict_paths=False, runs_root=store.root, nproc=a.nproc,
                                     nnodes=a.nnodes, node_rank=a.node_rank, rdzv_endpoint=a.rdzv_endpoint,
                                     dev_split=a.dev_split)
    runs = store.list()
    st = store.launch(spec)
    print(f"launched run {a.name} (pid {st['pid']}); log: {st['log']}", file=sys.stderr)
    print(expected_cost(spec, runs), file=sys.stderr)
    for line in (store.node_command_lines(a.name) if a.nnodes > 1 else []):
        print(f"on another machine: {line}", file=sys.stderr)
    if a.wait:
        _print_status(store.wait(a.name, timeout=10**9, poll=1))


def _list(store: RunStore, a) -> None:
    store.refresh_all()
    runs = store.list()
    if a.json:
        print(json.dumps(runs, indent=2, default=str))
        return
    width = max([len("NAME")] + [len(s["name"]) for s in runs])           # names run to 64 characters
    print(f"{'NAME':{width}} {'STATE':13} {'STEP':>14} {'BLEU':>6}  STARTED")
    for s in runs:
        steps = f"{s.get('step', 0)}/{s['max_steps']}" if s.get("max_steps") else str(s.get("step", 0))
        bleu = f"{s['best_bleu']:.1f}" if s.get("best_bleu") is not None else "-"
        print(f"{s['name']:{width}} {shown_state(s):13} {steps:>14} {bleu:>6}  {_when(s.get('first_started'))}")


def _status(store: RunStore, a) -> None:
    st = store.refresh(a.name)
    print(json.dumps(st, indent=2, default=str)) if a.json else _print_status(st)


def _stop(store: RunStore, a) -> None:
    st = store.stop(a.name, force=a.force)
    if a.wait:
        st = store.wait(a.name, timeout=a.timeout)
    if st["state"] in ACTIVE:       # asked, not yet done: say what happens next
        print(f"stopping run {a.name} at step {st.get('step')}: it saves a checkpoint, then exits (--wait waits "
              "for that)" if not a.force else f"killing run {a.name} at step {st.get('step')}", file=sys.stderr)
    else:
        print(f"run {a.name}: {st['state']} at step {st.get('step')}", file=sys.stderr)


def _resume(store: RunStore, a) -> None:
    limits = {k: v for k, v in (("max_steps", a.max_steps), ("max_epochs", a.max_epochs),
                                ("max_minutes", a.max_minutes), ("patience", a.patience)) if v is not None}
    st = store.resume(a.name, limits=limits)
    print(f"resumed run {a.name} from step {st.get('resumed_from_step')} (pid {st['pid']})", file=sys.stderr)
    if a.wait:
        _print_status(store.wait(a.name, timeout=10**9, poll=1))


def _promote(store: RunStore, a) -> None:
    r = store.promote(a.name, average=a.average, as_name=a.as_name, overwrite=a.overwrite)
    print(f"{r['checkpoint']}\n{r['card']}")


def _delete(store: RunStore, a) -> None:
    if not a.yes:
        raise ValueError(f"deleting run {a.name!r} removes its folder and checkpoints; add --yes to confirm")
    store.delete(a.name, force=a.force)
    print(f"deleted run {a.name}", file=sys.stderr)


def _node_command(store: RunStore, a) -> None:
    cfg = store.config(a.name)
    if cfg["launch"]["nnodes"] <= 1:
        raise ValueError(f"run {a.name!r} runs on one machine; there is no other machine to start")
    ranks = [a.node_rank] if a.node_rank is not None else range(1, cfg["launch"]["nnodes"])
    for r in ranks:
        print(f"cd {shlex.quote(cfg.get('cwd', str(PROJECT)))} && {shlex.join(store.node_command(a.name, r))}")


def _logs(store: RunStore, a) -> None:
    print(store.log_tail(a.name, a.lines))


ACTIONS = {"launch": _launch, "list": _list, "status": _status, "stop": _stop, "resume": _resume,
           "promote": _promote, "delete": _delete, "node-command": _node_command, "logs": _logs}


def cmd_runs(a: argparse.Namespace) -> None:
    ACTIONS[a.runs_cmd](RunStore(), a)


def _add_launch(rs) -> None:
    p = rs.add_parser("launch", help="start a training run in the background (train flags as for `train`)")
    p.add_argument("--name", required=True, help="run name: letters, digits, '-', '_' (max 64)")
    p.add_argument("--nproc", type=int, default=1, help="processes on this machine: GPUs (or CPU processes)")
    p.add_argument("--nnodes", type=int, default=1, help="machines (torchrun c10d rendezvous)")
    p.add_argument("--node-rank", type=int, default=0, help="this machine's rank (0 = hosts the rendezvous)")
    p.add_argument("--rdzv-endpoint", default=None, help="HOST:PORT of node 0 when --nnodes > 1")
    p.add_argument("--dev-split", type=int, default=0,
                   help="without --valid: hold out this many source sentences of --train as the dev set")
    p.add_argument("--wait", action="store_true", help="wait for the run to end and print its status")
    add_train_args(p, out_required=False)
    for action in p._actions:
        if action.dest == "out":
            action.help = argparse.SUPPRESS


def _add_control(rs) -> None:
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
    s.add_argument("--patience", type=int, help="new early-stopping patience, counted from the last better dev "
                                                "score (0 = off); an early-stopped run needs it raised")
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


def _add_views(rs) -> None:
    s = rs.add_parser("list", help="all runs with their state")
    s.add_argument("--json", action="store_true")
    s = rs.add_parser("status", help="state, step, pid … of one run")
    s.add_argument("name")
    s.add_argument("--json", action="store_true")


def _add_tools(rs) -> None:
    s = rs.add_parser("node-command", help="the command to start another machine of a multi-machine run")
    s.add_argument("name")
    s.add_argument("--node-rank", type=int, default=None)
    s = rs.add_parser("logs", help="last lines of train.log")
    s.add_argument("name")
    s.add_argument("-n", "--lines", type=positive_int, default=40)


def add_runs_command(sub) -> None:
    from .. import runs
    p = sub.add_parser("runs", help="launch and manage background training runs (folders in $S2S_RUNS_DIR)",
                       description=runs.__doc__.split("\n\n")[0] + "\n\nOne folder per run under $S2S_RUNS_DIR "
                       "(default <project>/runs); see s2s_core/runs/__init__.py for its layout.",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    rs = p.add_subparsers(dest="runs_cmd", required=True)
    for add in (_add_launch, _add_views, _add_control, _add_tools):
        add(rs)
    p.set_defaults(func=cmd_runs)
