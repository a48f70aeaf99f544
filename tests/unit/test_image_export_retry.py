"""Image export runs kaleido in a child process (image_export.figure_images): a child that fails or hangs at its
start gets a second chance, and one that hangs is killed with every process it started, so a hung Chromium never
outlives its export. The children here are small stand-ins (image_export.CHILD swapped): no Chromium is needed."""
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from s2s_core import image_export, viz

# Counts its starts in argv[1]; the first BAD ones fail, or hang after starting a grandchild (its pid in argv[2]);
# later ones answer each format with its own name, base64-encoded, as the real child answers with images.
STAND_IN = """
import base64, json, subprocess, sys, time
from pathlib import Path
starts, bad, hang = Path(sys.argv[1]), int(sys.argv[3]), sys.argv[4] == "hang"
n = int(starts.read_text()) + 1 if starts.exists() else 1
starts.write_text(str(n))
job = json.load(sys.stdin)
if n <= bad and hang:
    Path(sys.argv[2]).write_text(str(subprocess.Popen(["sleep", "60"]).pid))
    time.sleep(60)
if n <= bad:
    print("BrowserFailedError: the browser closed at its start", file=sys.stderr)
    sys.exit(1)
json.dump([base64.b64encode(f.encode()).decode() for f in job["formats"]], sys.stdout)
"""

FIG = viz.attention_heatmap(np.eye(2), ["a", "b"], ["x", "y"])


def stand_in(monkeypatch, tmp_path: Path, bad: int, hang: bool = False) -> tuple[Path, Path]:
    starts, grandchild = tmp_path / "starts", tmp_path / "grandchild"
    monkeypatch.setattr(image_export, "CHILD", (sys.executable, "-c", STAND_IN, str(starts), str(grandchild),
                                                str(bad), "hang" if hang else "fail"))
    return starts, grandchild


def gone(pid: int) -> bool:
    """No such process, or only its exit status is left (killed, not yet reaped by init)."""
    stat = Path(f"/proc/{pid}/stat")
    return not stat.exists() or stat.read_text().rsplit(")", 1)[1].split()[0] == "Z"


@pytest.mark.parametrize("hang", [False, True])
def test_a_child_that_fails_or_hangs_is_tried_again(monkeypatch, tmp_path, hang):
    starts, _ = stand_in(monkeypatch, tmp_path, bad=1, hang=hang)
    assert image_export.figure_images(FIG, ("png", "svg"), timeout=8.0) == [b"png", b"svg"]
    assert starts.read_text() == "2"


def test_a_hung_child_is_killed_with_what_it_started(monkeypatch, tmp_path):
    _, grandchild = stand_in(monkeypatch, tmp_path, bad=5, hang=True)
    t0 = time.monotonic()
    with pytest.raises(image_export.ExportError, match="longer than 2 s"):
        image_export.figure_images(FIG, ("png",), timeout=4.0)
    assert time.monotonic() - t0 < 30                       # two tries of 2 s, not the children's 60 s
    pid = int(grandchild.read_text())
    deadline = time.monotonic() + 5
    while not gone(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert gone(pid)


def test_the_last_failure_is_an_export_error_with_the_childs_reason(monkeypatch, tmp_path):
    starts, _ = stand_in(monkeypatch, tmp_path, bad=5)
    with pytest.raises(image_export.ExportError, match="Chrome or Chromium.*closed at its start"):
        image_export.figure_images(FIG, ("png",), timeout=8.0)
    assert starts.read_text() == "2"


def test_the_job_is_json_that_keeps_the_figures_numbers():
    """plotly's encoder writes a numpy array as a typed array (base64) that plotly.js, in kaleido, reads back."""
    import base64
    import json
    eye = np.eye(3, dtype=np.float32)
    job = json.loads(json.dumps(image_export.export_job(viz.attention_heatmap(eye, list("abc"), list("xyz")),
                                                        ("png",), 2.0, 45.0)))
    assert job["size"]["width"] > 0 and job["size"]["height"] > 0 and job["timeout"] == 45.0
    z = job["figure"]["data"][0]["z"]
    assert np.array_equal(np.frombuffer(base64.b64decode(z["bdata"]), z["dtype"]).reshape(3, 3), eye)
