"""A promoted average's card scores the weights it serves (not the last snapshot's log entry); the
Training page's "no GPU" reason; the dev subset shared by validation and promotion."""
from __future__ import annotations

import shutil
import types
from pathlib import Path

import pytest

from s2s_core import data, sysinfo
from s2s_core.catalog import read_card
from s2s_core.runs import card

from tiny_checkpoints import untrained_checkpoint

LOGGED = 99.0          # what the training log says about the last snapshot: must not reach the card


class RunFolder:
    """The three reads ``card.promote`` makes of a run store, over a plain folder."""

    def __init__(self, root: Path, train_config: dict):
        self.root, self.tc = root, train_config

    def run_dir(self, name: str) -> Path:
        return self.root / name

    def config(self, name: str) -> dict:
        return {"train_config": self.tc, "command": ["python", "-m", "s2s_core", "train"], "cwd": str(self.root)}

    def metrics(self, name: str) -> dict:
        return {"events": [], "train": [], "valid": [{"step": 20, "valid_bleu": LOGGED, "valid_chrf": LOGGED,
                                                      "valid_loss": 0.5}]}


@pytest.fixture
def averaged_run(tmp_path, toy_data):
    """A run folder with two step snapshots whose train config names a dev set (a copy, so it can vanish)."""
    from s2s_core import checkpoint
    run, dev = tmp_path / "runs" / "avg", tmp_path / "dev.tsv"
    run.mkdir(parents=True)
    shutil.copy(toy_data["valid"], dev)
    tc = {"valid": str(dev), "src_lang": "en", "tgt_lang": "fr", "valid_max_sents": 12}
    for step, seed in ((10, 1), (20, 2)):
        ckpt = checkpoint.load(untrained_checkpoint(tmp_path / f"s{seed}", toy_data, seed=seed))
        ckpt["train_config"] = dict(ckpt["train_config"], **tc)
        checkpoint.save(ckpt, run / f"step-{step}.pt")
    return RunFolder(tmp_path / "runs", tc), tmp_path / "checkpoints"


def test_promoted_average_card_gives_the_served_weights_score(averaged_run):
    from s2s_core.evaluate import score
    from s2s_core.translator import Translator
    store, out = averaged_run
    r = card.promote(store, "avg", average=2, as_name="avg-model", target_dir=out)
    # The same dev subset, translated independently from the file the app will load.
    items = data.evenly_spaced(data.group_by_source(data.read_corpus(store.tc["valid"])), 12)
    assert len(items) == 12
    hyps = [t.best.text for t in Translator.from_checkpoint(r["checkpoint"]).translate_batch(
        [s for s, _ in items], beam_size=1)]
    want = score(hyps, [refs for _, refs in items])
    assert r["served_scores"]["valid_chrf"] == pytest.approx(want.chrf) and want.chrf > 0
    text = Path(r["card"]).read_text(encoding="utf-8")
    front = read_card(r["card"])
    assert f"chrF {want.chrf:.2f}" in front["score"] and "promoted weights" in front["score"]
    assert f"{LOGGED:.2f}" not in text                     # the last snapshot's logged score is gone
    assert "| Dev chrF | " + f"{want.chrf:.2f}" in text and "average of the last 2" in text


def test_promoted_average_without_a_readable_dev_set_says_so(averaged_run):
    store, out = averaged_run
    Path(store.tc["valid"]).unlink()
    r = card.promote(store, "avg", average=2, target_dir=out)
    assert "not measured: the dev set cannot be read" in read_card(r["card"])["score"]
    assert f"{LOGGED:.2f}" not in Path(r["card"]).read_text(encoding="utf-8")


def test_evenly_spaced_subset():
    assert data.evenly_spaced(list(range(10)), 5) == [0, 2, 4, 6, 8]
    assert data.evenly_spaced(list(range(3)), 5) == [0, 1, 2]
    assert data.evenly_spaced(list(range(11)), 5) == [0, 3, 6, 9]       # the trainer's stride, kept


@pytest.mark.parametrize("cuda,available,want", [(None, False, "no CUDA support"),
                                                  ("12.1", False, "no CUDA device is visible"),
                                                  ("12.1", True, None)])
def test_no_gpu_reason(monkeypatch, cuda, available, want):
    import torch
    monkeypatch.setattr(torch, "version", types.SimpleNamespace(cuda=cuda))
    monkeypatch.setattr(torch.cuda, "is_available", lambda: available)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: int(available))
    reason = sysinfo.no_gpu_reason()
    assert reason is None if want is None else want in reason


def test_best_pt_of_a_run_never_validated_is_not_promoted(averaged_run):
    """Stopped before its first validation, a run's best.pt holds the weights it stopped with: no dev score
    vouches for them, so promoting it is refused (an average, scored on promotion, still may be)."""
    store, out = averaged_run
    shutil.copy(store.run_dir("avg") / "step-20.pt", store.run_dir("avg") / "best.pt")
    store.metrics = lambda name: {"events": [], "train": [], "valid": []}
    with pytest.raises(ValueError, match="has not been validated yet"):
        card.promote(store, "avg", target_dir=out)
    assert not out.exists() or not list(out.iterdir())
    assert card.promote(store, "avg", average=2, target_dir=out)["source"].startswith("average")
