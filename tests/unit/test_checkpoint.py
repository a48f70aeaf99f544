"""s2s_core.checkpoint: round trips, atomic writes, safe and well-explained loading, export, averaging."""
from __future__ import annotations

import builtins
import os
import pickle

import pytest
import torch

from s2s_core import Translator, checkpoint
from s2s_core.checkpoint import CheckpointError


def payload(value=1.0):
    return {"model_config": {"arch": "transformer", "d_model": 4},
            "model": {"w": torch.full((2, 3), value), "steps": torch.tensor([7])},
            "tokenizer": checkpoint.proto_to_tensor(b"\x00\x01proto bytes\xff"),
            "meta": {"step": 3, "best": None, "note": "ünïcode"}}


def test_round_trip(tmp_path):
    p = tmp_path / "sub" / "c.pt"
    checkpoint.save(payload(2.5), p)
    ck = checkpoint.load(p)
    assert ck["format"] == checkpoint.FORMAT and ck["version"] == checkpoint.VERSION
    assert torch.equal(ck["model"]["w"], torch.full((2, 3), 2.5))
    assert torch.equal(ck["model"]["steps"], torch.tensor([7]))
    assert checkpoint.tensor_to_proto(ck["tokenizer"]) == b"\x00\x01proto bytes\xff"
    assert ck["meta"] == {"step": 3, "best": None, "note": "ünïcode"}
    assert ck["model_config"] == {"arch": "transformer", "d_model": 4}
    assert [f.name for f in p.parent.iterdir()] == ["c.pt"]          # no temp files left behind


def test_saved_file_is_world_readable(tmp_path):
    p = tmp_path / "c.pt"
    checkpoint.save(payload(), p)
    assert os.stat(p).st_mode & 0o044 == 0o044


def test_save_is_atomic_when_writing_fails(tmp_path, monkeypatch):
    p = tmp_path / "c.pt"
    checkpoint.save(payload(1.0), p)
    real_save = torch.save

    def half_then_crash(obj, f, *a, **kw):
        f.write(b"PK\x03\x04 partial garbage")
        raise OSError("disk full")

    monkeypatch.setattr(torch, "save", half_then_crash)
    with pytest.raises(OSError, match="disk full"):
        checkpoint.save(payload(9.0), p)
    monkeypatch.setattr(torch, "save", real_save)
    assert torch.equal(checkpoint.load(p)["model"]["w"], torch.full((2, 3), 1.0))
    assert [f.name for f in tmp_path.iterdir()] == ["c.pt"]


def test_save_is_atomic_on_unpicklable_payload(tmp_path):
    p = tmp_path / "c.pt"
    checkpoint.save(payload(1.0), p)
    bad = payload(5.0)
    bad["meta"]["callback"] = lambda: None
    # a local function cannot be pickled: AttributeError here (PicklingError for a module-level one)
    with pytest.raises((AttributeError, pickle.PicklingError), match="(?i)can't pickle"):
        checkpoint.save(bad, p)
    assert torch.equal(checkpoint.load(p)["model"]["w"], torch.full((2, 3), 1.0))
    assert [f.name for f in tmp_path.iterdir()] == ["c.pt"]


def _assert_error(path, *fragments):
    with pytest.raises(CheckpointError, match="^cannot load checkpoint ") as e:
        checkpoint.load(path)
    assert str(path) in str(e.value)
    assert e.value.path == str(path)
    for f in fragments:
        assert f in str(e.value)
    return e.value


def test_missing_file(tmp_path):
    _assert_error(tmp_path / "nope.pt", "not found")


def test_folder(tmp_path):
    _assert_error(tmp_path, "folder")


def test_empty_file(tmp_path):
    p = tmp_path / "empty.pt"
    p.write_bytes(b"")
    _assert_error(p, "empty")


def test_truncated_file(tmp_path):
    p = tmp_path / "t.pt"
    checkpoint.save(payload(), p)
    data = p.read_bytes()
    for cut in (len(data) // 2, len(data) - 30, 10):
        p.write_bytes(data[:cut])
        _assert_error(p)


@pytest.mark.parametrize("content", [b"These are my notes, not a model.\n" * 20, b"junk", b"x", b"\x80"])
def test_text_file_renamed_to_pt(tmp_path, content):
    p = tmp_path / "notes.pt"
    p.write_bytes(content)
    err = _assert_error(p)
    if content[:1] != b"\x80":
        assert "wrong format" in str(err) and "refused" not in str(err)


def test_other_pytorch_file_is_not_a_checkpoint(tmp_path):
    p = tmp_path / "other.pt"
    torch.save({"state_dict": {"w": torch.zeros(2)}}, p)
    _assert_error(p, "not an s2s_core checkpoint")
    torch.save(torch.zeros(3), p)
    _assert_error(p, "not an s2s_core checkpoint")


def test_wrong_version(tmp_path):
    p = tmp_path / "v.pt"
    torch.save({**payload(), "format": checkpoint.FORMAT, "version": checkpoint.VERSION + 98}, p)
    _assert_error(p, "version 99", "not supported")


def test_incomplete_checkpoint(tmp_path):
    p = tmp_path / "i.pt"
    incomplete = payload()
    del incomplete["tokenizer"]
    checkpoint.save(incomplete, p)
    _assert_error(p, "tokenizer")


class Evil:
    """Unpickling this would create a marker file (stand-in for arbitrary code execution)."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return builtins.open, (self.marker, "w")


def test_malicious_pickle_is_refused_and_never_runs(tmp_path):
    marker = tmp_path / "PWNED"
    p = tmp_path / "evil.pt"
    torch.save({**payload(), "format": checkpoint.FORMAT, "version": checkpoint.VERSION,
                "meta": {"x": Evil(str(marker))}}, p)
    assert not marker.exists()
    err = _assert_error(p, "refused")
    assert not marker.exists()
    # the legacy (non-zip) pickle format is refused too
    legacy = tmp_path / "legacy.pt"
    with open(legacy, "wb") as f:
        pickle.dump({"format": checkpoint.FORMAT, "model": Evil(str(marker))}, f, protocol=2)
    _assert_error(legacy)
    assert not marker.exists()
    with pytest.raises(CheckpointError, match="refused: the file holds objects other than weights"):
        Translator.from_checkpoint(p)
    assert not marker.exists()
    assert err.problem


def test_for_inference_fp16_export(tiny_checkpoint, tmp_path):
    ck = checkpoint.load(tiny_checkpoint)
    exported = checkpoint.for_inference(ck)
    assert "train_state" not in exported
    assert all(v.dtype == torch.float16 for v in exported["model"].values() if v.is_floating_point())
    out = tmp_path / "model-fp16.pt"
    checkpoint.save(exported, out)
    loaded = checkpoint.load(out)
    nbytes = lambda c: sum(v.numel() * v.element_size() for v in c["model"].values())
    assert nbytes(loaded) < 0.6 * nbytes(ck)
    assert loaded["model"]["out.weight"].dtype == torch.float16
    a, b = Translator.from_checkpoint(tiny_checkpoint), Translator.from_checkpoint(out)
    assert next(b.model.parameters()).dtype == torch.float32            # restored to float32 for CPU
    for text in ("a b c", "d e f g", "h i j k l", "a"):
        ta, tb = a.translate(text, beam_size=3), b.translate(text, beam_size=3)
        assert ta.best.ids == tb.best.ids
        assert ta.best.score == pytest.approx(tb.best.score, abs=2e-2)
    fp32 = checkpoint.for_inference(ck, fp16=False)
    assert all(torch.equal(fp32["model"][k], v) for k, v in ck["model"].items())


def test_for_inference_drops_training_state(tmp_path):
    ck = {**payload(), "train_state": {"step": 5, "optimizer": {}}, "train_config": {"lr": 1.0}}
    exported = checkpoint.for_inference(ck)
    assert set(exported) == {"model_config", "model", "tokenizer", "meta", "train_config"}
    assert exported["model"]["steps"].dtype == torch.int64                  # integers untouched


def test_export_stores_tied_weights_once(tmp_path):
    """Averaging and ``.half()`` break the tie between the embeddings and the output projection; the export
    writes the equal matrices once (about a third of the default model's file), and they load back equal."""
    tied = torch.randn(500, 64)
    ck = {**payload(), "model": {"embed": tied, "tgt_embed": tied.clone(), "out": tied.clone(),
                                 "other": torch.randn(500, 64)}}
    out = tmp_path / "tied.pt"
    checkpoint.save(checkpoint.for_inference(ck), out)
    apart = {**ck, "model": {k: v.half() for k, v in ck["model"].items()}}   # what the export used to write
    torch.save(apart, tmp_path / "apart.pt")
    assert out.stat().st_size < 0.6 * (tmp_path / "apart.pt").stat().st_size
    back = checkpoint.load(out)["model"]
    for k in ("embed", "tgt_embed", "out"):
        assert torch.equal(back[k], tied.half())
    assert torch.equal(back["other"], ck["model"]["other"].half())


def test_average(tmp_path):
    a, b, c = tmp_path / "a.pt", tmp_path / "b.pt", tmp_path / "c.pt"
    checkpoint.save(payload(1.0), a)
    checkpoint.save(payload(2.0), b)
    checkpoint.save(payload(6.0), c)
    avg = checkpoint.average([a, b, c])
    assert torch.allclose(avg["model"]["w"], torch.full((2, 3), 3.0))
    assert torch.equal(avg["model"]["steps"], torch.tensor([7]))
    assert avg["meta"]["averaged"] == ["a.pt", "b.pt", "c.pt"]        # names only: no local folders shipped
    out = tmp_path / "avg.pt"
    checkpoint.save(avg, out)
    assert torch.allclose(checkpoint.load(out)["model"]["w"], torch.full((2, 3), 3.0))


def test_an_average_holds_the_training_of_its_latest_snapshot(tmp_path):
    """Steps 6,250–10,000 averaged are 10,000 updates of training, whatever order they are given in."""
    paths = []
    for step in (8, 4, 6):
        ck = payload(float(step))
        ck["meta"] = {"step": step, "epoch": step // 2}
        paths.append(tmp_path / f"step-{step}.pt")
        checkpoint.save(ck, paths[-1])
    meta = checkpoint.average(paths[1:] + paths[:1])["meta"]
    assert (meta["step"], meta["epoch"]) == (8, 4)
    assert meta["averaged"] == ["step-4.pt", "step-6.pt", "step-8.pt"]


def test_average_of_real_checkpoints_translates(tiny_checkpoint, tmp_path):
    ck = checkpoint.load(tiny_checkpoint)
    shifted = {k: v for k, v in ck.items() if k not in ("format", "version")}
    shifted["model"] = {k: (v + 0.01 if v.is_floating_point() else v) for k, v in ck["model"].items()}
    other = tmp_path / "other.pt"
    checkpoint.save(shifted, other)
    avg = checkpoint.average([tiny_checkpoint, other])
    for k, v in ck["model"].items():
        if v.is_floating_point():
            torch.testing.assert_close(avg["model"][k], v + 0.005)
    out = tmp_path / "avg.pt"
    checkpoint.save(avg, out)
    t = Translator.from_checkpoint(out).translate("a b c")
    assert t.best.tokens[-1] == "</s>"
    same = checkpoint.average([tiny_checkpoint, tiny_checkpoint])
    assert all(torch.allclose(same["model"][k].float(), v.float()) for k, v in ck["model"].items())


def test_average_refuses_a_bad_file(tmp_path):
    a = tmp_path / "a.pt"
    checkpoint.save(payload(), a)
    (tmp_path / "b.pt").write_text("junk")
    with pytest.raises(CheckpointError, match="b.pt"):
        checkpoint.average([a, tmp_path / "b.pt"])


def _variant(tmp_path, name: str, **change) -> str:
    """payload() with ``change`` applied (``model`` / ``model_config`` / ``tokenizer`` replaced), saved."""
    ck = payload()
    for key, value in change.items():
        ck[key] = value(ck[key]) if callable(value) else value
    checkpoint.save(ck, tmp_path / name)
    return str(tmp_path / name)


@pytest.mark.parametrize("change, fragment", [
    ({"model": lambda m: {**m, "w": torch.ones(3, 2)}}, "parameter w has shape (3, 2), not (2, 3)"),
    ({"model": lambda m: {"w": m["w"]}}, "other parameters (missing: steps; extra: –)"),
    ({"model": lambda m: {**m, "bias": torch.zeros(2)}}, "other parameters (missing: –; extra: bias)"),
    ({"model_config": lambda c: {**c, "d_model": 8}}, "other architecture (d_model 8, not 4)"),
    ({"model_config": lambda c: {**c, "arch": "gru"}}, "other architecture (arch 'gru', not 'transformer')"),
    ({"tokenizer": checkpoint.proto_to_tensor(b"another proto")},
     "another tokenizer (its token ids mean other pieces)"),
], ids=["shape", "missing", "extra", "width", "arch", "tokenizer"])
def test_average_refuses_checkpoints_that_do_not_match(tmp_path, change, fragment):
    first = _variant(tmp_path, "first.pt")
    same = _variant(tmp_path, "same.pt", model_config=lambda c: {**c, "dropout": 0.3})
    other = _variant(tmp_path, "other.pt", **change)
    checkpoint.average([first, same])                        # another dropout rate is the same model
    with pytest.raises(CheckpointError, match="cannot average checkpoint") as e:
        checkpoint.average([first, same, other])
    assert str(e.value) == f"cannot average checkpoint {other}: it does not match {first}: {fragment}"
    assert e.value.path == other
    with pytest.raises(ValueError, match="at least one"):
        checkpoint.average([])


def legacy_names(weights: dict) -> dict:
    """The parameter names checkpoints had before the Transformer FFN's sub-layers were named."""
    return {k.replace(".ffn.up.", ".ffn.0.").replace(".ffn.down.", ".ffn.3."): v for k, v in weights.items()}


def test_checkpoints_with_legacy_ffn_names_load_translate_and_average(tiny_checkpoint, tmp_path):
    ck = checkpoint.load(tiny_checkpoint)
    assert any(".ffn.up." in k for k in ck["model"]) and not any(".ffn.0." in k for k in ck["model"])
    old = {k: v for k, v in ck.items() if k not in ("format", "version")}
    old["model"] = legacy_names(ck["model"])
    assert any(".ffn.0." in k for k in old["model"])
    checkpoint.save(old, tmp_path / "old.pt")
    loaded = checkpoint.load(tmp_path / "old.pt")["model"]
    assert list(loaded) == list(ck["model"])                 # renamed, same order (optimizer states match)
    a = Translator.from_checkpoint(tiny_checkpoint).translate("a b c", beam_size=3, n_best=3)
    b = Translator.from_checkpoint(tmp_path / "old.pt").translate("a b c", beam_size=3, n_best=3)
    assert [h.ids for h in a.hypotheses] == [h.ids for h in b.hypotheses]
    mixed = checkpoint.average([tiny_checkpoint, tmp_path / "old.pt"])       # a run resumed across the rename
    assert all(torch.allclose(mixed["model"][k].float(), v.float()) for k, v in ck["model"].items())
