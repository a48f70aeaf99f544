"""Image export gives a Chromium that hangs or fails at its start a second chance (viz.figure_images)."""
import time

import numpy as np
import pytest

from s2s_core import viz


class _Chromium:
    """A stand-in for kaleido.Kaleido: the first ``bad`` starts fail (or hang), later ones render."""
    starts, bad, hang = 0, 1, False

    def __init__(self, **kwargs):
        type(self).starts += 1
        self.ok = type(self).starts > type(self).bad

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    async def calc_fig(self, d, opts):
        if not self.ok:
            if type(self).hang:
                time.sleep(1.5)               # longer than the attempt's share of the timeout
            else:
                raise RuntimeError("BrowserFailedError: the browser closed at its start")
        return opts["format"].encode()


@pytest.fixture
def chromium(monkeypatch):
    kaleido = pytest.importorskip("kaleido")
    monkeypatch.setattr(_Chromium, "starts", 0)
    monkeypatch.setattr(kaleido, "Kaleido", _Chromium)
    return _Chromium


FIG = viz.attention_heatmap(np.eye(2), ["a", "b"], ["x", "y"])


@pytest.mark.parametrize("hang", [False, True])
def test_a_chromium_that_fails_or_hangs_at_its_start_is_tried_again(chromium, monkeypatch, hang):
    monkeypatch.setattr(chromium, "hang", hang)
    assert viz.figure_images(FIG, ("png", "svg"), timeout=2.0) == [b"png", b"svg"]
    assert chromium.starts == 2


def test_the_last_failure_is_an_export_error(chromium, monkeypatch):
    monkeypatch.setattr(chromium, "bad", 5)
    with pytest.raises(viz.ExportError, match="Chrome or Chromium"):
        viz.figure_images(FIG, ("png",), timeout=2.0)
    assert chromium.starts == 2
