"""Helpers shared by the app tests (a plain module: conftest.py is not importable by name)."""
from __future__ import annotations

import json
from pathlib import Path

TF, GRU = "tiny-transformer", "tiny-gru"
APP = Path(__file__).resolve().parents[2] / "app.py"


def make_app(monkeypatch, folder: Path):
    """app.py over the checkpoints in ``folder``. (The pages live in app_pages/, not pages/: a pages/
    folder beside app.py switches Streamlit to its legacy multipage mode, which AppTest then runs.)"""
    from streamlit.testing.v1 import AppTest
    monkeypatch.setenv("S2S_CHECKPOINTS_DIR", str(folder))
    return AppTest.from_file(str(APP), default_timeout=120)


def no_problems(at) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def html_values(at) -> list[str]:
    return [h.value for h in at.get("html")]


def plotly_specs(at) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def translate(at, text: str):
    at.text_area(key="text_widget").input(text)
    at.form_submit_button[0].click()
    return at.run()


def heatmap_z(spec: dict, trace: int = 0):
    """The z matrix of a plotly trace spec (plotly ≥ 6 sends numpy arrays as base64 'bdata')."""
    import base64

    import numpy as np
    z = spec["data"][trace]["z"]
    if isinstance(z, dict) and "bdata" in z:
        arr = np.frombuffer(base64.b64decode(z["bdata"]), dtype=np.dtype(z["dtype"]))
        return arr.reshape([int(x) for x in str(z["shape"]).split(",")])
    return np.asarray(z, dtype=float)


def record_downloads(monkeypatch) -> dict:
    """{file id: bytes} of every download button's data from now on (AppTest keeps the files in a media
    storage it drops after each run); read one back with :func:`download`."""
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
    files: dict[str, bytes] = {}
    real = MemoryMediaFileStorage.load_and_get_id

    def keep(self, path_or_data, mimetype, kind, filename=None):
        file_id = real(self, path_or_data, mimetype, kind, filename)
        files[file_id] = path_or_data if isinstance(path_or_data, bytes) else Path(path_or_data).read_bytes()
        return file_id

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", keep)
    return files


def download(at, label: str, files: dict, index: int = 0) -> str:
    """The text the ``index``-th download button labelled ``label`` would save."""
    button = [b for b in at.download_button if b.label == label][index]
    file_id = button.proto.url.rsplit("/", 1)[-1].split(".")[0]
    return files[file_id].decode("utf-8")


def show_inspect(at, tab: str | None = None, text: str = "a b c d e"):
    """The app ``at`` (already run) on Inspect with ``text`` typed, on its ``tab`` where one is given."""
    at.switch_page("app_pages/inspect.py").run()
    at.text_input(key="inspect_text").input(text).run()
    if tab:
        at.session_state["inspect_tab"] = tab
        at.run()
    no_problems(at)
    return at


def open_inspect(app, tab: str | None = None, text: str = "a b c d e"):
    return show_inspect(app.run(), tab, text)


def open_whatif(app, text: str = "a b c d e"):
    return open_inspect(app, "What if…", text)


def maps(at) -> list:
    """The heatmaps on the page (the What if… tab: A, B, then B − A)."""
    return [s for s in plotly_specs(at) if s["data"] and s["data"][0]["type"] == "heatmap"]
