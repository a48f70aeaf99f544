"""Run the Streamlit app on a free local port and drive it with the system Chromium.

Shared by the end-to-end browser test (``tests/e2e``) and ``scripts/screenshots.py`` so both start the app
and the browser the same way.
"""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
HEATMAP = '[data-testid="stPlotlyChart"] .js-plotly-plot .heatmaplayer'


class AppDidNotStart(RuntimeError):
    pass


def _allotted_ports(base: int) -> range:
    """The ten ports from ``base``, or this xdist worker's share of them (gw1 of 2: base+5 … base+9)."""
    worker, count = os.environ.get("PYTEST_XDIST_WORKER", ""), int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    if not worker.startswith("gw") or count <= 1:
        return range(base, base + 10)
    share = max(1, 10 // count)
    start = base + share * (int(worker[2:]) % count)
    return range(start, start + share)


def free_port() -> int:
    """A free local port; where ``$S2S_APP_PORT`` is set (a machine that allots ports to each checkout), the first
    free one of the ten from there (a test may run a second app while the first one runs); under pytest-xdist
    each worker takes its own share of the ten (gw0 8600-8604, gw1 8605-8609 for two), so two never race for one."""
    if os.environ.get("S2S_APP_PORT"):
        for port in _allotted_ports(int(os.environ["S2S_APP_PORT"])):
            with socket.socket() as s:
                try:
                    s.bind(("127.0.0.1", port))
                except OSError:
                    continue
                return port
        base = os.environ["S2S_APP_PORT"]
        raise RuntimeError(f"no free port in {_allotted_ports(int(base))} ($S2S_APP_PORT={base})")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_app(env: dict[str, str] | None = None, log: Path | None = None,
                timeout: float = 120) -> Iterator[str]:
    """``streamlit run app.py`` bound to 127.0.0.1 on a free port; yields its URL, stops it on exit.

    ``env`` is added to this process's environment; the server's output goes to ``log`` (or nowhere).
    Raises AppDidNotStart (with the log's tail) when the health check does not answer within ``timeout``.
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    out = open(log, "wb") if log else subprocess.DEVNULL
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
             "--server.headless", "true", "--server.address", "127.0.0.1",
             "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
            stdout=out, stderr=subprocess.STDOUT)
    finally:
        if log:
            out.close()
    try:
        _wait_healthy(proc, url, timeout, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait_healthy(proc: subprocess.Popen, url: str, timeout: float, log: Path | None) -> None:
    deadline = time.time() + timeout
    while True:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read().strip() == b"ok":
                return
        except OSError:
            pass
        if proc.poll() is not None or time.time() > deadline:
            tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
            raise AppDidNotStart(f"streamlit did not start at {url}\n{tail}")
        time.sleep(0.5)


def launch_chromium(playwright):
    """Headless system Chromium (Playwright's own browser download is not needed)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
