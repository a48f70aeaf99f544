"""s2s_core.cli and s2s_core.cli_args: the command line, called in-process (the learning runs through a
real subprocess live in tests/integration/test_learning.py)."""
from __future__ import annotations

import json

import pytest
import torch

from s2s_core import Translator, checkpoint
from s2s_core.cli import build_parser, main
from s2s_core.cli_args import build_configs, configs_from_args, train_argv, train_parser
from s2s_core.config import PRESETS, RECIPES, ModelConfig, TrainConfig
from s2s_core.data import count_pairs, read_corpus


def parse_train(*args):
    return configs_from_args(build_parser().parse_args(["train", *args]))


def test_configs_from_args_leaves_its_namespace_alone(toy_data, tmp_path):
    ns = build_parser().parse_args(["train", "--train", str(toy_data["train"]), "--out", str(tmp_path)])
    before = dict(vars(ns))
    configs_from_args(ns)
    assert vars(ns) == before                     # lr, warmup … stay None: the recipe fills the configs only


def test_size_auto_counts_the_corpus_without_reading_it_whole(toy_data, tmp_path, monkeypatch):
    import s2s_core.data as data_mod
    monkeypatch.setattr(data_mod, "read_corpus", lambda *a, **k: pytest.fail("auto size parsed the corpus"))
    cfg, m = parse_train("--train", str(toy_data["train"]), "--out", str(tmp_path))
    assert m.d_model == PRESETS["transformer"]["tiny"]["d_model"]
    monkeypatch.undo()
    assert count_pairs(toy_data["train"]) == len(read_corpus(toy_data["train"])) == 4000
    assert count_pairs(toy_data["train"], limit=100) == 100
    (tmp_path / "p.en").write_text("a\n\nb\nc\n")
    (tmp_path / "p.fr").write_text("x\ny\n\nz\n")
    assert count_pairs(tmp_path / "p", "en", "fr") == len(read_corpus(tmp_path / "p", "en", "fr")) == 2
    with pytest.raises(FileNotFoundError, match="no corpus"):
        count_pairs(tmp_path / "missing")


@pytest.mark.parametrize("flags", [
    [],
    ["--size", "small", "--lr", "0.01", "--layers", "1", "--d-model", "48", "--n-heads", "3", "--no-tie"],
    ["--arch", "gru", "--attention", "luong-dot", "--size", "base", "--emb-dim", "64", "--sampling-max", "0.5",
     "--sampling-steps", "100", "--swap", "--probe", "a b", "--probe", "c d", "--valid", "v.tsv"],
    ["--size", "tiny", "--attention-dropout", "0", "--activation-dropout", "0.05", "--max-minutes", "1.5",
     "--precision", "bf16", "--keep-last", "3", "--init-from", "x.pt", "--compile", "--threads", "2",
     "--grow-dec-layers", "6"],
])
def test_train_argv_rebuilds_exactly_the_same_configs(flags):
    """Configs → the one command line → the trainer's configs again: nothing lost, nothing added."""
    options = vars(train_parser().parse_args(["--train", "t.tsv", *flags]))
    train, model = build_configs(options, n_pairs=10)
    argv = train_argv(train, model, device="cpu")
    again = train_parser().parse_args(argv)
    assert again.device == "cpu" and again.size != "auto"
    assert build_configs(vars(again)) == (train, model)
    assert build_configs(vars(train_parser().parse_args(train_argv(TrainConfig(train="t.tsv"), ModelConfig())))) \
        == (TrainConfig(train="t.tsv"), ModelConfig())


def test_train_args_default_to_size_recipe(toy_data, tmp_path):
    cfg, m = parse_train("--train", str(toy_data["train"]), "--out", str(tmp_path))
    # 4000 pairs → the tiny preset and its optimiser recipe
    assert m.d_model == PRESETS["transformer"]["tiny"]["d_model"]
    assert (cfg.lr, cfg.warmup, cfg.batch_tokens) == (RECIPES["tiny"]["lr"], RECIPES["tiny"]["warmup"],
                                                      RECIPES["tiny"]["batch_tokens"])
    cfg, m = parse_train("--train", str(toy_data["train"]), "--out", str(tmp_path), "--size", "small",
                         "--lr", "0.01", "--layers", "1", "--d-model", "48", "--n-heads", "3", "--no-tie",
                         "--probe", "a b", "--probe", "c")
    assert cfg.lr == 0.01 and cfg.warmup == RECIPES["small"]["warmup"]
    assert (m.enc_layers, m.dec_layers, m.d_model, m.n_heads, m.tie_embeddings) == (1, 1, 48, 3, False)
    assert cfg.probes == ("a b", "c")
    cfg, m = parse_train("--train", str(toy_data["train"]), "--out", str(tmp_path), "--arch", "gru",
                         "--attention", "luong-dot", "--size", "tiny")
    assert (m.arch, m.attention, m.emb_dim) == ("gru", "luong-dot", PRESETS["rnn"]["tiny"]["emb_dim"])


@pytest.mark.parametrize("args, message", [
    (["--lr", "-1"], "--lr must be positive"),
    (["--vocab-size", "3"], "--vocab-size"),
    (["--dropout", "1.5"], "--dropout"),
    (["--attention-dropout", "-0.1"], "--attention-dropout"),
    (["--label-smoothing", "1"], "--label-smoothing"),
    (["--sampling-max", "2"], "--sampling-max"),
    (["--max-steps", "-5"], "limits must be"),
    (["--log-every", "0"], "--log-every"),
    (["--d-model", "30", "--n-heads", "4"], "divisible"),
])
def test_bad_train_settings_are_refused_before_anything_starts(toy_data, tmp_path, capsys, args, message):
    out = tmp_path / "o"
    rc = main(["train", "--train", str(toy_data["train"]), "--out", str(out), "--size", "tiny", *args])
    assert rc == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_missing_corpus_is_a_one_line_error(tmp_path, capsys):
    assert main(["train", "--train", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "nope" in err and "Traceback" not in err


def test_translate_command(tiny_checkpoint, tmp_path, capsys):
    src = tmp_path / "in.txt"
    src.write_text("a b c\n\nd e f. g h\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    assert main(["translate", "--checkpoint", str(tiny_checkpoint), "--input", str(src), "--output", str(out),
                 "--beam", "2"]) == 0
    lines = out.read_text(encoding="utf-8").split("\n")
    assert len(lines) == 4 and lines[1] == "" and lines[3] == ""          # one output line per input line
    tr = Translator.from_checkpoint(tiny_checkpoint)
    assert lines[0] == tr.translate("a b c", beam_size=2).best.text
    assert lines[2] == tr.translate("d e f. g h", beam_size=2).best.text
    assert "line 2: not translated: empty line\n" in capsys.readouterr().err


def test_translate_refuses_an_output_that_is_its_input(tiny_checkpoint, tmp_path, capsys):
    src = tmp_path / "in.txt"
    src.write_text("a b c\n", encoding="utf-8")
    assert main(["translate", "--checkpoint", str(tiny_checkpoint), "--input", str(src), "--output", str(src)]) == 2
    assert src.read_text(encoding="utf-8") == "a b c\n"                          # not emptied
    err = capsys.readouterr().err
    assert err.startswith("error: --output") and "is the input file" in err and len(err.splitlines()) == 1
    out = tmp_path / "model.pt"                                                    # nor the model's file
    out.write_bytes(tiny_checkpoint.read_bytes())
    assert main(["translate", "--checkpoint", str(out), "--input", str(src), "--output", str(out)]) == 2
    assert out.read_bytes() == tiny_checkpoint.read_bytes()


@pytest.mark.parametrize("test_name, output_name", [("t.tsv", "t.tsv"), ("p", "p.fr")])
def test_evaluate_refuses_an_output_that_is_its_test_set(tiny_checkpoint, tmp_path, capsys, test_name,
                                                         output_name):
    (tmp_path / "t.tsv").write_text("a b\tb a\n", encoding="utf-8")
    (tmp_path / "p.en").write_text("a b\n", encoding="utf-8")
    (tmp_path / "p.fr").write_text("b a\n", encoding="utf-8")
    out = tmp_path / output_name
    before = out.read_text(encoding="utf-8")
    assert main(["evaluate", "--checkpoint", str(tiny_checkpoint), "--test", str(tmp_path / test_name),
                 "--output", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == before and "is the input file" in capsys.readouterr().err


def test_translate_keeps_each_input_line_one_output_line(tiny_checkpoint, tmp_path):
    src, out = tmp_path / "in.txt", tmp_path / "out.txt"
    src.write_bytes(b"a b\rc d\r\ne f\n\rg\nh\r\n")                         # a lone \r is no line end
    assert main(["translate", "--checkpoint", str(tiny_checkpoint), "--input", str(src), "--output", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").split("\n")) == 5


@pytest.mark.parametrize("use_stdin", [True, False])
def test_input_that_is_not_utf8_is_named_in_a_one_line_error(tiny_checkpoint, tmp_path, capsys, monkeypatch,
                                                             use_stdin):
    import io
    raw = "caf\u00e9\n".encode("latin-1")
    src = tmp_path / "in.txt"
    src.write_bytes(raw)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))
    assert main(["translate", "--checkpoint", str(tiny_checkpoint)] + ([] if use_stdin else ["--input", str(src)])) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {'stdin' if use_stdin else src} is not UTF-8") and "save it as UTF-8" in err


def test_translate_command_nbest(tiny_checkpoint, tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("a b c\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    assert main(["translate", "--checkpoint", str(tiny_checkpoint), "--input", str(src), "--output", str(out),
                 "--beam", "3", "--n-best", "3"]) == 0
    block = out.read_text(encoding="utf-8").split("\n")
    assert block[3] == ""
    scores = [float(l.split("\t")[0]) for l in block[:3]]
    assert scores == sorted(scores, reverse=True)


def test_translate_prints_warnings_per_line_to_stderr(tiny_checkpoint, tmp_path, capsys):
    from s2s_core.trust import UNREADABLE_SOURCE
    src = tmp_path / "in.txt"
    src.write_text("a b c\n\u0416\u0414 \u0416\u0417\n", encoding="utf-8")   # the toy tokenizer: <unk>
    out = tmp_path / "out.txt"
    assert main(["translate", "--checkpoint", str(tiny_checkpoint), "--input", str(src), "--output", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"line 2: warning: {UNREADABLE_SOURCE.message}" in err and "line 1: warning: Much" not in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2       # warnings never go to the output


def test_decoding_flags_reach_the_translator():
    from s2s_core.cli import decode_config
    for cmd in (["translate"], ["evaluate", "--test", "t.tsv"]):
        a = build_parser().parse_args([*cmd, "--checkpoint", "m.pt"])
        assert decode_config(a).kwargs()["repeat_guard"] is True
        a = build_parser().parse_args([*cmd, "--checkpoint", "m.pt", "--no-repeat-guard"])
        assert decode_config(a).kwargs()["repeat_guard"] is False


@pytest.mark.parametrize("command", [["translate"], ["evaluate", "--test", "t.tsv"]])
def test_ctrl_c_is_one_line_and_exit_code_130(tmp_path, capsys, monkeypatch, command):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    (tmp_path / "t.tsv").write_text("a b\tb a\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("s2s_core.backends.load", interrupted)
    monkeypatch.setattr("s2s_core.data.read_lines", lambda path: ["a b"])
    try:
        assert main([*command, "--checkpoint", "m.pt"]) == 130
    except KeyboardInterrupt:                        # escaped: would stop pytest itself
        pytest.fail("Ctrl-C escaped main as a traceback")
    assert capsys.readouterr().err == "interrupted\n"


def test_translate_bad_checkpoint_is_a_one_line_error(tmp_path, capsys):
    src = tmp_path / "in.txt"
    src.write_text("a\n")
    assert main(["translate", "--checkpoint", str(tmp_path / "missing.pt"), "--input", str(src)]) == 1
    err = capsys.readouterr().err
    assert "missing.pt" in err and "not found" in err and "Traceback" not in err


def test_evaluate_says_which_lines_the_caps_kept_from_being_translated(tiny_checkpoint, tmp_path, capsys,
                                                                       monkeypatch):
    test = tmp_path / "t.tsv"
    test.write_text("a b c\tc b a\na b c d e f g h i j\tj i h g f e d c b a\n", encoding="utf-8")
    monkeypatch.setenv("S2S_MAX_INPUT_CHARS", "10")                       # line 2 is 19 characters
    assert main(["evaluate", "--checkpoint", str(tiny_checkpoint), "--test", str(test), "--beam", "1", "--json"]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["untranslated"] == 1
    assert "(line 2 not translated, scored as empty: This text is too long" in out.err and "line 1 not" not in out.err


def test_evaluate_command_json(tiny_checkpoint, toy_data, tmp_path, capsys):
    hyps = tmp_path / "hyps.txt"
    assert main(["evaluate", "--checkpoint", str(tiny_checkpoint), "--test", str(toy_data["valid"]), "--beam", "1",
                 "--json", "--output", str(hyps)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {"bleu", "chrf", "bleu_signature", "chrf_signature", "n", "checkpoint", "beam"} <= set(result)
    assert result["n"] == len(hyps.read_text().splitlines()) > 0
    assert 0 <= result["bleu"] <= 100 and "nrefs:1" in result["bleu_signature"]
    assert set(result["warnings"]) == {"unreadable_source", "length_limit", "repetition", "missing_number",
                                      "missing_word", "not_french", "rare_word", "low_confidence", "unsure_word"}
    assert all(0 <= n <= result["n"] for n in result["warnings"].values())


def test_evaluate_command_lowercase_tok(tiny_checkpoint, toy_data, capsys):
    assert main(["evaluate", "--checkpoint", str(tiny_checkpoint), "--test", str(toy_data["valid"]), "--beam", "1",
                 "--lowercase-tok"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("BLEU") and "moses-tok+lc" in out and "chrF" in out
    assert "tok:13a" in out.splitlines()[1] and "cased detokenised" in out      # the standard variant too
    assert out.splitlines()[-1].startswith("warnings (best translations): ") and "low_confidence" in out


@pytest.mark.parametrize("flag, plain, variant", [
    ("--as-typed", lambda s, t: (s, t), lambda s, t: (f"{s} ?", f"{t}.")),      # no final punctuation either side
    ("--lower-case-source", lambda s, t: (s, t.capitalize()), lambda s, t: (s.upper(), t.capitalize())),   # sources
])
def test_evaluate_reads_a_test_set_as_people_type_it(flag, plain, variant, tiny_checkpoint, tmp_path, capsys):
    """``flag`` on a test set scores as the set written so: as typed (no final punctuation on either side), or
    with its sources in lower case (references as they are)."""
    rows = [("a b c", "c b a"), ("d e f g", "g f e d"), ("h i", "i h")]
    results = []
    for name, form, extra in (("plain", plain, []), ("variant", variant, [flag]), ("variant", variant, [])):
        test = tmp_path / f"{name}.tsv"
        test.write_text("".join("\t".join(form(s, t)) + "\n" for s, t in rows), encoding="utf-8")
        out = tmp_path / f"out{len(results)}.txt"
        assert main(["evaluate", "--checkpoint", str(tiny_checkpoint), "--test", str(test), "--beam", "1", "--json",
                     "--output", str(out), *extra]) == 0
        results.append((json.loads(capsys.readouterr().out)["bleu"], out.read_text()))
    assert results[1] == results[0] != results[2]


def test_export_command_fp16_and_average(tiny_checkpoint, tmp_path):
    one = tmp_path / "one.pt"
    assert main(["export", str(tiny_checkpoint), "--out", str(one)]) == 0
    ck = checkpoint.load(one)
    assert "train_state" not in ck and ck["model"]["out.weight"].dtype == torch.float16
    avg = tmp_path / "avg.pt"
    assert main(["export", str(tiny_checkpoint), str(tiny_checkpoint), "--out", str(avg), "--fp32"]) == 0
    ck = checkpoint.load(avg)
    assert ck["model"]["out.weight"].dtype == torch.float32 and len(ck["meta"]["averaged"]) == 2
    assert Translator.from_checkpoint(avg).translate("a b").best is not None


def test_export_refuses_an_existing_out_without_overwrite_and_a_folder(tiny_checkpoint, tmp_path, capsys):
    out = tmp_path / "notes.txt"
    out.write_text("not a checkpoint")
    assert main(["export", str(tiny_checkpoint), "--out", str(out)]) == 2
    assert out.read_text() == "not a checkpoint" and "already exists" in capsys.readouterr().err
    assert main(["export", str(tiny_checkpoint), "--out", str(out), "--overwrite"]) == 0
    assert checkpoint.load(out)["model"]["out.weight"].dtype == torch.float16
    assert main(["export", str(tiny_checkpoint), "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"--out {tmp_path} is a folder" in err and ".tmp" not in err and len(err.splitlines()) == 1


def test_data_split_command(tmp_path, capsys):
    src = tmp_path / "all.tsv"
    src.write_text("".join(f"s{i}\tt{i}\n" for i in range(50)) + "s1\tt1 bis\n", encoding="utf-8")
    out = tmp_path / "split"
    assert main(["data", "split", str(src), "--out", str(out), "--dev", "5", "--test", "7", "--seed", "2"]) == 0
    counts = {n: len((out / f"{n}.tsv").read_text().splitlines()) for n in ("train", "dev", "test")}
    assert counts == {"train": 38, "dev": 5, "test": 7}
    assert "38 train / 5 dev / 7 test" in capsys.readouterr().out
    everything = "".join((out / f"{n}.tsv").read_text() for n in ("train", "dev", "test"))
    assert "s1\tt1\tt1 bis\n" in everything                        # grouped multi-reference line


def test_data_split_sizes_that_leave_no_train_set_are_a_one_line_error(tmp_path, capsys):
    src = tmp_path / "all.tsv"
    src.write_text("".join(f"s{i}\tt{i}\n" for i in range(10)), encoding="utf-8")
    assert main(["data", "split", str(src), "--out", str(tmp_path / "split")]) == 2     # 2000 + 2000 of 10
    assert "leave none of the corpus's 10 for training" in capsys.readouterr().err
    assert not (tmp_path / "split").exists()


def test_evaluate_lists_the_lines_that_carry_the_asked_warnings(tiny_checkpoint, tmp_path, capsys):
    test = tmp_path / "t.tsv"
    test.write_text("a b c d e\te d c b a\nb c\tc b\n", encoding="utf-8")
    base = ["evaluate", "--checkpoint", str(tiny_checkpoint), "--test", str(test), "--beam", "1", "--json"]
    assert main(base + ["--max-length", "2", "--list-warnings", "length_limit, repetition"]) == 0
    out = capsys.readouterr()
    listed = [json.loads(line) for line in out.err.splitlines() if line.startswith("{")]
    assert json.loads(out.out)["warnings"]["length_limit"] == len(listed) > 0      # cut at 2 pieces
    assert all(r["warnings"] == ["length_limit"] and r["source"] in ("a b c d e", "b c") for r in listed)
    assert main(base + ["--max-length", "2"]) == 0                                   # not asked: nothing listed
    assert "{" not in capsys.readouterr().err


@pytest.mark.parametrize("n", ["0", "-3"])
def test_runs_logs_needs_at_least_one_line(capsys, n):
    with pytest.raises(SystemExit) as e:
        build_parser().parse_args(["runs", "logs", "r", "-n", n])
    assert e.value.code == 2 and f"must be 1 or more, not {n}" in capsys.readouterr().err
    assert build_parser().parse_args(["runs", "logs", "r", "-n", "3"]).lines == 3
