"""Static PNG/SVG images of a plotly figure, rendered by kaleido in a child process that a timeout kills.

Kaleido drives a headless Chromium. It ran in a thread of the app's own process until session 36: a Chromium that
hung at its start (about once in 50 exports) left that thread and its Chromium behind for the life of the server,
and twice in CI the page got neither the images nor the warning after 150 s. Here one child process (and every
Chromium it starts: its own process group) renders all formats and is killed, group and all, when its time is up;
the app's process never runs kaleido. The child costs ≈ 0.5 s of Python start on top of the ≈ 5 s render.

``python -m s2s_core.image_export`` is that child: a JSON job on stdin (the figure dict, formats, scale, size,
timeout), a JSON list of base64 images on stdout, or one line on stderr and exit status 1.
"""
from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Sequence

import plotly.graph_objects as go

BROWSERS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHILD = (sys.executable, "-m", "s2s_core.image_export")      # the command of the child (a test swaps it)


class ExportError(RuntimeError):
    """Static image export is unavailable (no Chrome for kaleido, timeout, …); the message says so."""


def figure_images(fig: go.Figure | str, formats: Sequence[str] = ("png", "svg"), scale: float = 2.0,
                  timeout: float = 90.0, tries: int = 2) -> list[bytes]:
    """The figure (or its JSON, plotly's ``to_json``) in each format, from ONE kaleido Chromium without MathJax (needs a Chrome/Chromium;
    ``BROWSER_PATH`` or a Debian chromium). One Chromium for both formats and no MathJax (the figures use no LaTeX;
    its page fetched MathJax from a CDN: offline a failure, behind a firewall a wait) took PNG + SVG from 24 s to
    14 s on the loaded 2-core EPYC. A child that hangs or fails is given up after ``timeout / tries`` and a fresh
    one started; only the last failure is an ``ExportError``."""
    job = json.dumps(export_job(fig, formats, scale, timeout / tries))
    for attempt in range(1, tries + 1):
        try:
            return _render_in_a_child(job, timeout / tries)
        except ExportError:
            if attempt == tries:
                raise
    raise ExportError("no attempt was made (tries < 1)")


def export_job(fig: go.Figure | str, formats: Sequence[str], scale: float, timeout: float) -> dict:
    """What the child renders: the figure as plain JSON (plotly's encoder: numpy arrays, dates), its size."""
    import plotly.io as pio
    d = json.loads(fig if isinstance(fig, str) else fig.to_json())
    return {"figure": d, "formats": list(formats), "scale": scale, "timeout": timeout,
            "size": {"width": d["layout"].get("width") or pio.defaults.default_width,
                     "height": d["layout"].get("height") or pio.defaults.default_height}}


def figure_image(fig: go.Figure, fmt: str = "png", scale: float = 2.0, timeout: float = 90.0) -> bytes:
    """PNG or SVG bytes (:func:`figure_images`)."""
    return figure_images(fig, (fmt,), scale, timeout)[0]


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("BROWSER_PATH"):
        found = next((b for b in BROWSERS if Path(b).exists()), None)
        if found:
            env["BROWSER_PATH"] = found
    return env


def _render_in_a_child(job: str, timeout: float) -> list[bytes]:
    """The images one child renders within ``timeout`` seconds; its whole process group is killed after."""
    proc = subprocess.Popen(list(CHILD), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=_child_env(), start_new_session=True)
    try:
        out, err = proc.communicate(job.encode(), timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        proc.communicate()                                                  # reap it
        raise ExportError(f"image export took longer than {timeout:.0f} s and was abandoned") from None
    _kill_group(proc)                                                       # a Chromium it left behind
    if proc.returncode != 0:
        first = (err.decode(errors="replace").strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
        raise ExportError(f"image export needs a Chrome or Chromium for kaleido ({first[:200]})")
    try:
        return [base64.b64decode(s) for s in json.loads(out)]
    except ValueError:
        raise ExportError("image export returned no images") from None


def _kill_group(proc: subprocess.Popen) -> None:
    """Kill the child and any Chromium it started (they share its process group, whose id is the child's pid)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):      # none of them is left
        pass


async def _render(job: dict) -> list[bytes]:
    import kaleido
    async with kaleido.Kaleido(n=1, mathjax=False, timeout=job["timeout"]) as k:
        return [await k.calc_fig(job["figure"], opts={"format": fmt, **job["size"],
                                                      "scale": job["scale"] if fmt == "png" else 1})
                for fmt in job["formats"]]


def main() -> int:
    """The child: a job on stdin, its images on stdout; any failure is one line on stderr (kaleido and
    choreographer raise many kinds; all mean "not available")."""
    import asyncio
    try:
        images = asyncio.run(_render(json.load(sys.stdin)))
    except Exception as e:
        print((str(e).strip().splitlines() or [type(e).__name__])[0], file=sys.stderr)
        return 1
    json.dump([base64.b64encode(b if isinstance(b, bytes) else b.encode()).decode() for b in images], sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
