"""Training processes: the command that starts one, starting it, and finding, signalling and reaping it.

A training process is started from an argument list (never a shell string) in its own session, so it
outlives the Streamlit session or terminal that started it: ``python -m s2s_core train …`` for one
process, ``python -m torch.distributed.run --standalone --nproc_per_node=N -m s2s_core train …`` for
several on this machine, and the same with ``--nnodes/--node_rank/--rdzv_backend=c10d/--rdzv_endpoint``
for several machines.

A ``Launcher`` owns the ``Popen`` handles of the processes it started (no module-level state), so the
store can read their exit codes; one per process is enough (the app caches one for all sessions).
"""
from __future__ import annotations

import contextlib
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Mapping, Optional, Sequence

from ..paths import PROJECT
from .folder import LOG


def build_command(run: Path, argv: Sequence[str], nproc: int = 1, nnodes: int = 1, node_rank: int = 0,
                  rdzv_endpoint: Optional[str] = None, rdzv_id: str = "s2s", resume: bool = False,
                  python: str = sys.executable) -> list[str]:
    """The argument list that starts training into ``run`` (never a shell string)."""
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


def _child_env(env: Optional[Mapping[str, str]]) -> dict:
    full = dict(os.environ)
    full.update(env or {})
    full["PYTHONUNBUFFERED"] = "1"
    full["PYTHONPATH"] = os.pathsep.join([str(PROJECT)] + ([full["PYTHONPATH"]] if full.get("PYTHONPATH") else []))
    return full


class Launcher:
    def __init__(self):
        self._children: dict[int, subprocess.Popen] = {}

    def spawn(self, run: Path, command: list[str], attempt: int,
              env: Optional[Mapping[str, str]] = None) -> tuple[int, Optional[float]]:
        """Start ``command`` in its own session, output appended to the run's train.log under an
        ``=== attempt N`` header. Returns (pid, create time); OSError when it cannot start."""
        import psutil
        with open(run / LOG, "ab") as log:
            log.write(f"=== attempt {attempt} at {time.strftime('%Y-%m-%d %H:%M:%S')}: "
                      f"{shlex.join(command)}\n".encode())
            log.flush()
            proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                    cwd=str(PROJECT), env=_child_env(env), start_new_session=True, close_fds=True)
        self._children[proc.pid] = proc
        try:
            return proc.pid, psutil.Process(proc.pid).create_time()
        except psutil.Error:
            return proc.pid, None

    def exit_code(self, pid: Optional[int]) -> Optional[int]:
        """The exit code if ``pid`` is a finished child of this process (reaping it), else None."""
        if not pid:
            return None
        child = self._children.get(pid)
        if child is not None:
            rc = child.poll()
            if rc is not None:
                del self._children[pid]
            return rc
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except (ChildProcessError, OSError):
            return None
        return os.waitstatus_to_exitcode(status) if done else None


def pid_alive(pid: Optional[int], create_time: Optional[float]) -> bool:
    """True while ``pid`` is the very process we started (same create_time) and not a zombie.
    Only looks (psutil); reaping is ``Launcher.exit_code``'s job."""
    if not pid:
        return False
    import psutil
    try:
        p = psutil.Process(pid)
        if create_time is not None and abs(p.create_time() - create_time) > 0.05:
            return False                      # the pid was reused by another process
        return p.status() != psutil.STATUS_ZOMBIE
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


def signal_run(run: Path, pgid: Optional[int], sig: int = signal.SIGTERM) -> None:
    """Signal the launcher's process group and every process training into the run folder."""
    if pgid:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, sig)
    for p in run_processes(run):
        with contextlib.suppress(Exception):
            p.send_signal(sig)
