"""CTranslate2 export and backend: the exported model computes our log-probs and decodes as our engine (same
1-best ids, same score up to float rounding), greedy and beam, on a tiny trained Transformer and on the
shipped en→fr model; the CLI paths; clear messages when CTranslate2 is missing. Tests that need CTranslate2
(the ``ct2`` fixture, tests/conftest.py) skip without it, except under S2S_REQUIRE_CTRANSLATE2=1 (CI), where
they fail."""
from __future__ import annotations

import builtins
import json
from pathlib import Path

import pytest

from s2s_core import Translator
from s2s_core.__main__ import main
from s2s_core.backends import CT2Translator, available, load
from s2s_core.checkpoint import CheckpointError
from s2s_core.export_ct2 import INFO_FILE, SPM_FILE, export_ctranslate2
SHIPPED = Path(__file__).resolve().parents[2] / "checkpoints" / "en-fr-transformer.pt"
# Our own sentences (no corpus excerpts), of several lengths, with a multi-sentence line.
REAL = ["I like cats.", "Where is the train station?", "She has been living in Paris for three years.",
        "Tom didn't want to go to school today because it was raining.", "Thank you very much!",
        "We will meet tomorrow morning at the museum. Don't be late.", "Can you help me carry these boxes upstairs?"]


@pytest.fixture(scope="module")
def tiny_ct2(ct2, tiny_checkpoint, tmp_path_factory) -> Path:
    return export_ctranslate2(tiny_checkpoint, tmp_path_factory.mktemp("ct2") / "tiny")


@pytest.fixture(scope="module")
def toy_sources(toy_data) -> list[str]:
    lines = Path(toy_data["valid"]).read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0] for line in lines[:24]]


NO_GUARD = dict(repeat_guard=False)   # CTranslate2 applies no repetition guard: compare our search without it


def assert_same(ours, theirs):
    """Same 1-best ids per sentence, its score and log-prob within float rounding. (Lower n-best entries may
    differ: see s2s_core/backends.py.)"""
    assert len(ours) == len(theirs)
    assert [a[0].ids for a in ours] == [b[0].ids for b in theirs]
    for a, b in zip(ours, theirs):
        assert b[0].score == pytest.approx(a[0].score, abs=2e-4)
        assert b[0].log_prob == pytest.approx(a[0].log_prob, abs=2e-4 * len(a[0].ids))


@pytest.mark.parametrize("tie", [True, False])
def test_weights_map_exactly(ct2, tmp_path, tie):
    """Teacher-forced log-probs of CTranslate2 (score_batch) equal our model's, tied or separate embeddings."""
    import torch
    from s2s_core.export_ct2 import save_spec, transformer_spec
    from tests.unit.conftest import random_model
    model = random_model("transformer", vocab=12, scale=0.3, tie_embeddings=tie, n_heads=4, dec_layers=3)
    tokens = ["<pad>", "<unk>", "<s>", "</s>"] + [f"w{i}" for i in range(4, 12)]
    translator = ct2.Translator(str(save_spec(transformer_spec(model, tokens), tmp_path / "m")), intra_threads=1)
    g = torch.Generator().manual_seed(1)
    src, tgt = torch.randint(4, 12, (3, 7), generator=g), torch.randint(4, 12, (3, 9), generator=g)
    scored = translator.score_batch([[tokens[i] for i in s] for s in src.tolist()],
                                    [[tokens[i] for i in t] for t in tgt.tolist()])
    eos = torch.full((3, 1), 3)
    with torch.no_grad():
        lp = torch.log_softmax(model(torch.cat([src, eos], 1), torch.cat([torch.full((3, 1), 2), tgt], 1)), -1)
    ours = lp.gather(2, torch.cat([tgt, eos], 1).unsqueeze(-1)).squeeze(-1)
    assert torch.allclose(torch.tensor([r.log_probs for r in scored]), ours, atol=1e-4)


def test_export_writes_a_complete_ctranslate2_folder(tiny_ct2, tiny_checkpoint):
    names = {p.name for p in tiny_ct2.iterdir()}
    assert {"model.bin", "config.json", "shared_vocabulary.json", SPM_FILE, INFO_FILE} <= names
    config = json.loads((tiny_ct2 / "config.json").read_text())
    assert (config["bos_token"], config["eos_token"], config["unk_token"], config["decoder_start_token"]) == \
        ("<s>", "</s>", "<unk>", "<s>")
    assert config["add_source_eos"] is True
    tr = Translator.from_checkpoint(tiny_checkpoint)
    vocab = json.loads((tiny_ct2 / "shared_vocabulary.json").read_text())
    assert len(vocab) == tr.config.vocab_size and len(set(vocab)) == len(vocab)
    assert vocab[:tr.tokenizer.vocab_size] == tr.tokenizer.id_to_piece(range(tr.tokenizer.vocab_size))
    assert (tiny_ct2 / SPM_FILE).read_bytes() == tr.tokenizer.model_proto
    info = json.loads((tiny_ct2 / INFO_FILE).read_text())
    assert info["model_config"] == tr.config.to_dict() and info["quantization"] == "float32"


@pytest.mark.parametrize("beam, length_penalty", [(1, 1.0), (4, 1.0), (5, 0.0), (5, 0.6)])
def test_tiny_transformer_parity(tiny_ct2, tiny_checkpoint, toy_sources, beam, length_penalty):
    ours, theirs = Translator.from_checkpoint(tiny_checkpoint), CT2Translator(tiny_ct2, threads=1)
    ids = [ours.tokenizer.encode(s) for s in toy_sources]
    kw = dict(beam_size=beam, n_best=beam, length_penalty=length_penalty, **NO_GUARD)
    assert_same(ours.translate_ids(ids, **kw), theirs.translate_ids(ids, **kw))
    a, b = ours.translate_batch(toy_sources, **kw), theirs.translate_batch(toy_sources, **kw)
    assert [t.best.text for t in a] == [t.best.text for t in b]


@pytest.mark.parametrize("beam", [1, 5])
@pytest.mark.parametrize("max_length", [1, 4, 7])
def test_length_limits_match(tiny_ct2, tiny_checkpoint, toy_sources, beam, max_length):
    """Hypotheses cut at the limit end with </s> and rank as in our search (the weak model runs into it)."""
    ours, theirs = Translator.from_checkpoint(tiny_checkpoint), CT2Translator(tiny_ct2, threads=1)
    ids = [ours.tokenizer.encode(s) for s in toy_sources[:12]]
    kw = dict(beam_size=beam, max_length=max_length, **NO_GUARD)
    assert_same(ours.translate_ids(ids, **kw), theirs.translate_ids(ids, **kw))


@pytest.mark.parametrize("limits", [dict(min_length=9), dict(min_length=3, max_length=6)])
def test_minimum_length(tiny_ct2, tiny_checkpoint, toy_sources, limits):
    """Greedy: same as ours. Beam: CTranslate2 bans </s> before the softmax, so only the bound is shared."""
    ours, theirs = Translator.from_checkpoint(tiny_checkpoint), CT2Translator(tiny_ct2, threads=1)
    ids = [ours.tokenizer.encode(s) for s in toy_sources[:12]]
    assert_same(ours.translate_ids(ids, beam_size=1, **limits, **NO_GUARD),
                theirs.translate_ids(ids, beam_size=1, **limits))
    for hyps in theirs.translate_ids(ids, beam_size=5, n_best=5, **limits):
        assert hyps and all(limits["min_length"] <= len(h.ids) <= limits.get("max_length", 99) for h in hyps)


@pytest.fixture(scope="module")
def shipped_ct2(ct2, tmp_path_factory) -> Path:
    if not SHIPPED.exists():
        pytest.skip("shipped checkpoint not present")
    return export_ctranslate2(SHIPPED, tmp_path_factory.mktemp("ct2") / "enfr")


@pytest.fixture(scope="module")
def shipped_ours(shipped_ct2) -> Translator:
    """Our Translator on the shipped checkpoint, loaded once for the two tests that compare with it (≈ 2 s a load)."""
    return Translator.from_checkpoint(SHIPPED)


def test_shipped_checkpoint_parity_in_float32(shipped_ct2, shipped_ours):
    """The default model (fp16 weights, widened to float32 as our loader does): same translations."""
    ours, theirs = shipped_ours, CT2Translator(shipped_ct2, threads=1)
    ids = [ours.tokenizer.encode(s) for s in REAL]
    for beam in (1, 5):
        assert_same(ours.translate_ids(ids, beam_size=beam, **NO_GUARD), theirs.translate_ids(ids, beam_size=beam))
        a, b = ours.translate_batch(REAL, beam_size=beam, **NO_GUARD), theirs.translate_batch(REAL, beam_size=beam)
        assert [t.best.text for t in a] == [t.best.text for t in b]
    joined = b[5]                                   # two sentences: joined like ours, attention shaped
    assert len(joined.sentences) == 2 and joined.best.attention.shape == (len(joined.best.ids),
                                                                          len(joined.source_tokens))


def test_serving_snippet_from_the_readme(shipped_ct2, ct2, shipped_ours):
    """Plain CTranslate2 + SentencePiece on the folder (no s2s_core), as in the README: our translations."""
    import sentencepiece as spm
    translator = ct2.Translator(str(shipped_ct2), intra_threads=1)
    sp = spm.SentencePieceProcessor(model_file=str(shipped_ct2 / SPM_FILE))
    single = [s for s in REAL if s.count(".") + s.count("!") + s.count("?") == 1]
    out = translator.translate_batch([sp.encode(s, out_type=str) for s in single], beam_size=5)
    ours = shipped_ours.translate_batch(single, beam_size=5, **NO_GUARD)
    assert [sp.decode(r.hypotheses[0]) for r in out] == [t.best.text for t in ours]


def test_cli_export_and_evaluate_with_the_ctranslate2_backend(ct2, tiny_checkpoint, toy_data, tmp_path, capsys):
    out = tmp_path / "served"
    assert main(["export", "--format", "ctranslate2", str(tiny_checkpoint), str(out)]) == 0
    assert (out / "model.bin").is_file() and f"wrote {out}" in capsys.readouterr().out
    assert main(["export", "--format", "ctranslate2", str(tiny_checkpoint), "--out", str(out)]) == 0   # replaces it
    capsys.readouterr()
    results = {}
    for backend, path in (("torch", tiny_checkpoint), ("ctranslate2", out), ("ctranslate2", tiny_checkpoint)):
        hyps = tmp_path / f"{backend}.txt"
        assert main(["evaluate", "--checkpoint", str(path), "--test", str(toy_data["valid"]), "--beam", "4",
                     "--backend", backend, "--output", str(hyps), "--json", "--no-repeat-guard"]) == 0
        results[backend, str(path)] = (hyps.read_text(), json.loads(capsys.readouterr().out)["bleu"])
    assert len(set(results.values())) == 1         # same translations and BLEU on every backend


def test_translate_command_with_the_ctranslate2_backend(ct2, tiny_checkpoint, tmp_path):
    src, out = tmp_path / "in.txt", tmp_path / "out.txt"
    src.write_text("a b c\n\nd e f. g h\n", encoding="utf-8")
    assert main(["translate", "--checkpoint", str(tiny_checkpoint), "--backend", "ctranslate2", "--beam", "2",
                 "--input", str(src), "--output", str(out)]) == 0
    ours = Translator.from_checkpoint(tiny_checkpoint)
    assert out.read_text().split("\n")[:3] == [ours.translate("a b c", beam_size=2, **NO_GUARD).best.text, "",
                                               ours.translate("d e f. g h", beam_size=2, **NO_GUARD).best.text]


def test_refusals_are_clear(ct2, tiny_ct2, tiny_gru_checkpoint, tiny_checkpoint, tmp_path, capsys):
    assert main(["export", "--format", "ctranslate2", str(tiny_gru_checkpoint), str(tmp_path / "g")]) == 2
    assert "supports Transformer checkpoints" in capsys.readouterr().err
    ensemble = ["export", str(tiny_checkpoint), str(tiny_checkpoint), "--ensemble", "--out", str(tmp_path / "e.pt")]
    assert main(ensemble) == 0
    capsys.readouterr()
    assert main(["export", "--format", "ctranslate2", str(tmp_path / "e.pt"), str(tmp_path / "e")]) == 2
    assert "ensemble of 2 models" in capsys.readouterr().err and not (tmp_path / "e").exists()
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("keep me")
    assert main(["export", "--format", "ctranslate2", str(tiny_checkpoint), str(busy)]) == 2
    assert "not an earlier export" in capsys.readouterr().err and (busy / "notes.txt").exists()
    assert main(["export", "--format", "ctranslate2", str(tiny_checkpoint)]) == 2
    assert "CHECKPOINT OUT_DIR" in capsys.readouterr().err
    assert main(["export", "--format", "ctranslate2", "--quantization", "int3", str(tiny_checkpoint),
                 str(tmp_path / "q")]) == 2
    assert "unknown quantization" in capsys.readouterr().err
    tr = CT2Translator(tiny_ct2, threads=1)
    with pytest.raises(ValueError, match="torch backend"):
        tr.translate("a b", prefix=["▁a"])
    with pytest.raises(CheckpointError, match="not a CTranslate2 export"):
        load("ctranslate2", busy)


def test_quantized_export_loads_and_translates(ct2, tiny_checkpoint, tmp_path):
    out = export_ctranslate2(tiny_checkpoint, tmp_path / "int8", quantization="int8")
    assert json.loads((out / INFO_FILE).read_text())["quantization"] == "int8"
    assert CT2Translator(out, threads=1).translate_batch(["a b c"], beam_size=2)[0].best is not None


def test_plain_export_is_unchanged_without_format(tiny_checkpoint, capsys):
    assert main(["export", str(tiny_checkpoint)]) == 2
    assert "required: --out" in capsys.readouterr().err


def test_missing_ctranslate2_is_a_message_not_a_traceback(monkeypatch, tiny_checkpoint, toy_data, tmp_path, capsys):
    real_import = builtins.__import__

    def no_ct2(name, *args, **kw):
        if name == "ctranslate2" or name.startswith("ctranslate2."):
            raise ImportError("No module named 'ctranslate2'")
        return real_import(name, *args, **kw)

    monkeypatch.setattr(builtins, "__import__", no_ct2)
    assert available()["ctranslate2"] and "pip install ctranslate2==4.8.5" in available()["ctranslate2"]
    assert available()["torch"] is None
    for argv in (["evaluate", "--checkpoint", str(tiny_checkpoint), "--test", str(toy_data["valid"]),
                  "--backend", "ctranslate2"],
                 ["export", "--format", "ctranslate2", str(tiny_checkpoint), str(tmp_path / "x")]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith("error:") and "pip install ctranslate2==4.8.5" in err and "Traceback" not in err
    assert not (tmp_path / "x").exists()


def test_quantize_int8_selects_int8_on_either_backend(ct2, tiny_checkpoint, tiny_ct2):
    """``--quantize int8``: our linear layers dynamically quantised; CTranslate2's int8 compute type."""
    assert load("ctranslate2", tiny_ct2, quantize="int8").ct2.compute_type.startswith("int8")
    assert load("ctranslate2", tiny_ct2).ct2.compute_type == "float32"
    ours = load("torch", tiny_checkpoint, quantize="int8")
    assert "quantized" in type(ours.model.out).__module__
    assert ours.translate_batch(["a b c"], beam_size=2)[0].best is not None
