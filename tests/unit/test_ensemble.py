"""Ensembles: several runs with one tokenizer, searching as one model (models/ensemble.py)."""
from __future__ import annotations

import math
from dataclasses import replace

import pytest
import torch

from s2s_core import Translator, checkpoint
from s2s_core.catalog import describe_model
from s2s_core.checkpoint import CheckpointError
from s2s_core.cli import main
from s2s_core.config import ModelConfig, TrainConfig, describe_architecture
from s2s_core.models import Ensemble, build_model
from s2s_core.special import BOS
from s2s_core.train import TrainingError, train


def _other_seed(ckpt_path, out, seed=7):
    """``ckpt_path`` with the same tokenizer and architecture but freshly seeded weights: another run."""
    ckpt = checkpoint.load(ckpt_path)
    torch.manual_seed(seed)
    ckpt["model"] = build_model(ModelConfig.from_dict(ckpt["model_config"])).state_dict()
    checkpoint.save(ckpt, out)
    return out


def _ensemble(paths, out):
    checkpoint.save(checkpoint.for_inference(checkpoint.ensemble(paths), fp16=False), out)
    return out


def _ids(tr: Translator, text: str) -> torch.Tensor:
    return torch.tensor([tr.tokenizer.encode(text) + [tr.config.eos_id]])


def test_a_step_is_the_mean_of_the_members_probabilities(tiny_checkpoint, tmp_path):
    other = _other_seed(tiny_checkpoint, tmp_path / "b.pt")
    ens = Translator.from_checkpoint(_ensemble([tiny_checkpoint, other], tmp_path / "ens.pt")).model
    members = [Translator.from_checkpoint(p).model for p in (tiny_checkpoint, other)]
    assert isinstance(ens, Ensemble) and len(ens.members) == 2
    src = _ids(Translator.from_checkpoint(tiny_checkpoint), "a b c d")
    prev = torch.tensor([BOS])
    with torch.no_grad():
        got = ens.decode_step(prev, ens.init_state(enc := ens.encode(src, src != 0)), enc, need_heads=True)
        outs = [m.decode_step(prev, m.init_state(e := m.encode(src, src != 0)), e, need_heads=True) for m in members]
    probs = [o.log_probs.exp() for o in outs]
    assert not torch.allclose(probs[0], probs[1], atol=1e-3)          # the members really disagree
    torch.testing.assert_close(got.log_probs.exp(), (probs[0] + probs[1]) / 2, atol=1e-5, rtol=1e-4)
    assert math.isclose(float(got.log_probs.exp().sum()), 1.0, rel_tol=1e-5)
    torch.testing.assert_close(got.attention, outs[0].attention)      # heatmaps: the first member's
    torch.testing.assert_close(got.heads, outs[0].heads)


def test_an_ensemble_of_one_model_twice_translates_as_that_model(tiny_checkpoint, tmp_path):
    single = Translator.from_checkpoint(tiny_checkpoint)
    twice = Translator.from_checkpoint(_ensemble([tiny_checkpoint, tiny_checkpoint], tmp_path / "ens.pt"))
    lines = ["a b c d e", "h g f", "k j i h g f e"]
    for a, b in zip(single.translate_batch(lines, beam_size=3, n_best=3, return_heads=True),
                    twice.translate_batch(lines, beam_size=3, n_best=3, return_heads=True)):
        assert [h.ids for h in a.hypotheses] == [h.ids for h in b.hypotheses]
        for x, y in zip(a.hypotheses, b.hypotheses):
            assert y.score == pytest.approx(x.score, abs=1e-4)
            assert y.attention == pytest.approx(x.attention, abs=1e-5)
            assert y.heads.shape == x.heads.shape


def test_a_gru_ensemble_translates(tiny_gru_checkpoint, tmp_path):
    other = _other_seed(tiny_gru_checkpoint, tmp_path / "b.pt")
    tr = Translator.from_checkpoint(_ensemble([tiny_gru_checkpoint, other], tmp_path / "ens.pt"))
    hyp = tr.translate("a b c", beam_size=2).best
    assert hyp.attention.shape[1] == len(tr.tokenizer.encode("a b c")) + 1
    assert hyp.attention.sum(1) == pytest.approx(1.0, abs=1e-4)


def test_the_cli_writes_an_fp16_ensemble(tiny_checkpoint, tmp_path):
    other = _other_seed(tiny_checkpoint, tmp_path / "b.pt")
    out = tmp_path / "ens.pt"
    assert main(["export", str(tiny_checkpoint), str(other), "--ensemble", "--out", str(out)]) == 0
    ckpt = checkpoint.load(out)
    assert ckpt["model_config"]["ensemble"] == 2
    assert {k.split(".")[1] for k in ckpt["model"]} == {"0", "1"}
    assert all(v.dtype == torch.float16 for v in ckpt["model"].values() if v.is_floating_point())
    assert [m["file"] for m in ckpt["meta"]["members"]] == [tiny_checkpoint.name, "b.pt"]
    assert Translator.from_checkpoint(out).translate("a b c").best.text
    assert describe_architecture(ckpt["model_config"]).startswith("ensemble of 2, each Transformer: d_model 32")


def test_members_with_another_tokenizer_are_refused(tiny_checkpoint, tmp_path):
    ckpt = checkpoint.load(tiny_checkpoint)
    ckpt["tokenizer"] = ckpt["tokenizer"].clone()
    ckpt["tokenizer"][-1] ^= 1
    checkpoint.save(ckpt, tmp_path / "other.pt")
    with pytest.raises(CheckpointError, match="another tokenizer"):
        checkpoint.ensemble([tiny_checkpoint, tmp_path / "other.pt"])
    with pytest.raises(ValueError, match="at least two models"):
        checkpoint.ensemble([tiny_checkpoint])


def test_a_run_joins_an_ensemble_as_one_more_member(tiny_checkpoint, tmp_path):
    other = _other_seed(tiny_checkpoint, tmp_path / "b.pt")
    ens = _ensemble([tiny_checkpoint, other], tmp_path / "ens.pt")
    three = checkpoint.ensemble([ens, tiny_checkpoint])
    assert three["model_config"]["ensemble"] == 3
    assert [m["file"] for m in three["meta"]["members"]] == [tiny_checkpoint.name, "b.pt", tiny_checkpoint.name]
    single, second = checkpoint.load(tiny_checkpoint)["model"], checkpoint.load(other)["model"]
    for k, v in single.items():
        assert torch.equal(three["model"][f"members.0.{k}"], v) and torch.equal(three["model"][f"members.2.{k}"], v)
        assert torch.equal(three["model"][f"members.1.{k}"], second[k])
    checkpoint.save(three, tmp_path / "three.pt")
    assert len(Translator.from_checkpoint(tmp_path / "three.pt").model.members) == 3


def test_an_ensemble_says_how_its_members_were_trained(tiny_checkpoint, tmp_path):
    """Its step is its longest member's, the app says "2 runs, …", and no member carries a local folder."""
    other = checkpoint.load(_other_seed(tiny_checkpoint, tmp_path / "b.pt"))
    other["meta"] = {"step": 40, "averaged": ["/home/me/runs/b/step-30.pt", "/home/me/runs/b/step-40.pt"]}
    checkpoint.save(other, tmp_path / "b.pt")
    ens = checkpoint.ensemble([tiny_checkpoint, tmp_path / "b.pt"])
    first = checkpoint.load(tiny_checkpoint)["meta"]["step"]
    assert first < 40 and ens["meta"]["step"] == 40
    assert ens["meta"]["members"][1]["averaged"] == ["step-30.pt", "step-40.pt"]
    trained = describe_model(ens["model_config"], ens.get("train_config"), ens["meta"])["trained"]
    assert trained == f"2 runs, {first}–40 steps"
    same = checkpoint.ensemble([tmp_path / "b.pt", tmp_path / "b.pt"])
    assert describe_model(same["model_config"], None, same["meta"])["trained"] == "2 runs, 40 steps each"


def test_an_ensemble_is_not_trained(tiny_checkpoint, toy_data, tmp_path):
    ens = _ensemble([tiny_checkpoint, tiny_checkpoint], tmp_path / "ens.pt")
    cfg = TrainConfig(train=str(toy_data["train"]), out=str(tmp_path / "run"), init_from=str(ens), max_steps=1)
    with pytest.raises(TrainingError, match="warm-start from one of its members"):
        train(cfg, ModelConfig(), device="cpu")


def test_tokenizer_from_gives_a_new_run_the_same_pieces(tiny_checkpoint, toy_data, tmp_path):
    """Without it each run trains its own SentencePiece model, whose ids need not match another's."""
    ckpt = checkpoint.load(tiny_checkpoint)
    cfg = TrainConfig(train=str(toy_data["train"]), out=str(tmp_path / "run"), tokenizer_from=str(tiny_checkpoint),
                      vocab_size=12, max_steps=2, batch_tokens=256, warmup=1, valid_every=2, checkpoint_every=2,
                      seed=5)
    model_cfg = replace(ModelConfig.from_dict(ckpt["model_config"]), dropout=0.3)
    train(cfg, model_cfg, device="cpu")
    new = checkpoint.load(tmp_path / "run" / "last.pt")
    assert torch.equal(new["tokenizer"], ckpt["tokenizer"])
    assert new["model_config"]["vocab_size"] == ckpt["model_config"]["vocab_size"]
    ensemble = checkpoint.ensemble([tiny_checkpoint, tmp_path / "run" / "last.pt"])
    assert ensemble["model_config"]["ensemble"] == 2
