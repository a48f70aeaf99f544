"""The training page (app_pages/training.py) on its own, against fake run folders (no training)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from apphelpers import heatmap_z, plotly_specs
from fake_runs import fake_run

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "app_pages" / "training.py"


@pytest.fixture
def page(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest
    runs, data = tmp_path / "runs", tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("S2S_RUNS_DIR", str(runs))
    monkeypatch.setenv("S2S_DATA_DIR", str(data))
    monkeypatch.setenv("S2S_CHECKPOINTS_DIR", str(tmp_path / "ckpt"))
    fake_run(runs, "old-run", steps=100)
    (runs / "old-run" / "best.pt").write_bytes(b"x")
    return AppTest.from_file(str(PAGE), default_timeout=60), runs


def test_page_shows_an_existing_run(page):
    at, runs = page
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="run_selected").value == "old-run"
    assert "old-run" in str(at.dataframe[0].value)
    assert at.dataframe[0].proto.placeholder == "–"             # a run without a validation: no "None"
    assert list(at.dataframe[0].value["Note"]) == ["reached its step limit"]    # words, not the code max_steps
    # the state as a word on its badge's colour, no emoji (a box without a colour-emoji font)
    assert list(at.dataframe[0].value["State"]) == [["completed"]]
    state = json.loads(at.dataframe[0].proto.columns)["State"]["type_config"]
    assert {o["value"]: o["color"] for o in state["options"]} == {
        "preparing": "gray", "running": "blue", "stopped": "orange", "completed": "green", "stopped early": "violet",
        "failed": "red"}
    assert any(c.value == "Ended: reached its step limit at step 100." for c in at.caption)
    specs = plotly_specs(at)
    titles = [s["layout"]["title"]["text"] for s in specs]
    for t in ("Loss", "Learning rate", "Dev BLEU", "Throughput", "CPU and RAM", "Attention at step 100"):
        assert any(x.startswith(t) for x in titles), (t, titles)
    att = next(s for s in specs if s["layout"]["title"]["text"].startswith("Attention"))
    assert heatmap_z(att)[0].tolist() == [0.0, 0.0, 1.0]
    loss = next(s for s in specs if s["layout"]["title"]["text"].startswith("Loss"))     # one name for one loss:
    assert [t["name"] for t in loss["data"]] == ["training (label-smoothed)", "dev"]     # tile, legend, Compare
    assert at.metric[1].label == "Training loss" and at.metric[1].value == "2.000"
    # the log is shown verbatim in a code block, never as markdown / HTML
    assert any("<script>alert('x')</script> **not bold**" in c.value for c in at.code)
    assert any(c.value.endswith("--probe 'The cat is sleeping.'") for c in at.code)     # pastes into a shell
    assert not any("<script>" in m.value for m in at.markdown)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Step"] == "100" and metrics["Dev BLEU"] == "10.0" and metrics["CPU (last)"] == "95%"
    assert metrics["Tokens / s"] == "5.0k"                                      # short: a tile at 900 px
    assert [b.label for b in at.button if b.label in ("Resume", "Stop")] == []     # completed
    assert any(b.label == "Delete" for b in at.button)

    # scrub the attention back to the first validation
    assert at.select_slider(key="probe_step_old-run").value == 100                 # the newest validation
    at.select_slider(key="probe_step_old-run").set_value(50).run()
    att = next(s for s in plotly_specs(at) if s["layout"]["title"]["text"].startswith("Attention"))
    assert att["layout"]["title"]["text"] == "Attention at step 50"
    assert heatmap_z(att)[0].tolist() == [1.0, 0.0, 0.0]
    assert any(t.value.startswith("step 50: c <b>50</b>") for t in at.text)
    # a new validation arrives (a run in training): the scrubbed slider stays where the user left it
    probes = runs / "old-run" / "probes.jsonl"
    probes.write_text(probes.read_text() + json.dumps({**json.loads(probes.read_text().splitlines()[-1]),
                                                       "step": 150}) + "\n")
    at.run()
    assert at.select_slider(key="probe_step_old-run").value == 50
    at.select_slider(key="probe_step_old-run").set_value(150).run()
    probes.write_text(probes.read_text() + json.dumps({**json.loads(probes.read_text().splitlines()[-1]),
                                                       "step": 200}) + "\n")
    at.run()
    assert at.select_slider(key="probe_step_old-run").value == 200                 # on the newest: it follows


def test_running_and_failed_runs(page):
    at, runs = page
    fake_run(runs, "live", state="running", alive_pid=True, steps=100)       # its "process" is this test process
    fake_run(runs, "dead", state="running", steps=50)       # pid gone, no end event → failed
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    st = json.loads((runs / "dead" / "status.json").read_text())
    assert st["state"] == "failed" and st["reason"] == "process died"
    table = at.dataframe[0].value
    assert dict(zip(table["Run"], table["State"].map(tuple))) == {
        "old-run": ("completed",), "live": ("running",), "dead": ("failed",)}
    at.selectbox(key="run_selected").set_value("live").run()
    assert not at.exception
    assert any(b.label == "Stop" for b in at.button)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Step"] == "100" and metrics["ETA"] == "10 s"     # 100 steps at 10 steps/s
    at.selectbox(key="run_selected").set_value("dead").run()
    assert any("process died" in e.value for e in at.error)
    assert any(b.label == "Resume" for b in at.button)
    assert not any("Resume continues" in c.value for c in at.caption)           # died at its checkpoint's step
    fake_run(runs, "dead-later", state="running", steps=80)                    # checkpoint at 50, died at 80
    at.run()
    at.selectbox(key="run_selected").set_value("dead-later").run()
    assert any("Resume continues from step 50, the last checkpoint: steps 51–80 are trained again" in c.value
               for c in at.caption)
    # compare: two runs overlaid
    at.multiselect(key="compare_runs").set_value(["old-run", "live"]).run()
    cmp = next(s for s in plotly_specs(at) if "compared" in s["layout"]["title"]["text"])
    assert [t["name"] for t in cmp["data"]] == ["old-run", "live"] and cmp["layout"]["showlegend"] is True
    assert "GPU utilisation %" not in at.selectbox(key="compare_metric").options    # no run logged any
    assert at.selectbox(key="compare_metric").options[0] == "training loss"        # as the tile and legend say
    at.selectbox(key="compare_metric").set_value("valid_bleu").run()
    cmp = next(s for s in plotly_specs(at) if "compared" in s["layout"]["title"]["text"])
    assert len(cmp["data"]) == 2 and not [w for w in at.warning if not w.value.startswith("No .tsv")]  # same pair…


def test_compare_says_why_curves_do_not_compare(tmp_path):
    from ui.training.compare import not_comparable
    a, b, c = tmp_path / "a.tsv", tmp_path / "b.tsv", tmp_path / "c.tsv"
    a.write_text("x\ty\n"), b.write_text("x\ty\n"), c.write_text("z\tw\n")
    run = lambda dev, tgt="fr": {"train_config": {"valid": str(dev), "src_lang": "en", "tgt_lang": tgt}}  # noqa: E731
    same = {"r1": run(a), "r2": run(b)}                     # one held-out split, copied into each run's folder
    assert not_comparable(same, "valid_bleu", {"r1": 40, "r2": 40}) == []
    assert not_comparable({"r1": run(a), "r2": run(c)}, "valid_bleu", {}) == [
        "These runs were validated on different dev sets: their dev scores do not compare."]
    assert not_comparable({"r1": run(a), "r2": run(c)}, "tokens_per_s", {}) == []       # not a dev metric
    assert "vocabularies differ (40, 8,000 pieces)" in not_comparable(same, "loss", {"r1": 40, "r2": 8000})[0]
    assert not_comparable({"r1": run(a), "r2": run(a, "de")}, "lr", {}) == [
        "These runs translate between different languages."]


def test_a_note_about_a_stopping_run_goes_once_it_has_ended(page):
    import time
    at, _ = page
    at.session_state["note_old-run"] = ("success", "Stopping: the trainer saves a checkpoint, then exits.",
                                        time.time(), True)
    at.run()
    assert not at.success                                                 # old-run has completed
    at.session_state["note_old-run"] = ("success", "Promoted (best.pt): …", time.time(), False)
    at.run()
    assert [s.value for s in at.success] == ["Promoted (best.pt): …"]


def test_form_refuses_bad_name(page):
    at, runs = page
    at.run()
    at.text_input(key="run_name").input("../evil")
    at.text_input(key="nr_tsv_path").input("train.tsv")
    next(b for b in at.button if b.label == "Launch training").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("invalid run name" in e.value for e in at.error), [e.value for e in at.error]
    assert sorted(p.name for p in runs.iterdir()) == ["old-run"]
    assert not (runs.parent / "evil").exists()


def test_form_refuses_bad_settings_and_outside_paths(page, tmp_path):
    at, runs = page
    at.run()
    at.text_input(key="run_name").input("ok-name")
    outside = tmp_path / "outside.tsv"
    outside.write_text("a\tb\n" * 50)
    at.text_input(key="nr_tsv_path").input(str(outside))
    next(b for b in at.button if b.label == "Launch training").click().run()
    assert any("outside the allowed folders" in e.value for e in at.error), [e.value for e in at.error]
    assert not (runs / "ok-name").exists()


def untrained_checkpoint(path: Path) -> Path:
    """A real (untrained) checkpoint in well under a second: tiny tokenizer + tiny Transformer."""
    from s2s_core import checkpoint
    from s2s_core.config import ModelConfig
    from s2s_core.models import build_model
    from s2s_core.tokenizer import Tokenizer
    tok = Tokenizer.train([" ".join("abcdefgh"[i:] + "abcdefgh"[:i]) for i in range(8)] * 20, 20)
    cfg = ModelConfig(vocab_size=tok.vocab_size, d_model=16, n_heads=2, enc_layers=1, dec_layers=1, ffn_dim=32)
    checkpoint.save({"model_config": cfg.to_dict(), "model": build_model(cfg).state_dict(),
                     "tokenizer": checkpoint.proto_to_tensor(tok.model_proto),
                     "train_config": {"src_lang": "en", "tgt_lang": "fr"}, "meta": {"step": 100}}, path)
    return path


def test_promote_and_delete_from_the_page(page, tmp_path):
    at, runs = page
    at.run()
    promote = next(b for b in at.button if b.label == "Promote to the model list")
    promote.click().run()                                   # best.pt here is not a checkpoint
    assert not at.exception, [e.value for e in at.exception]
    assert any(e.value.startswith("Not promoted: cannot load checkpoint") for e in at.error)

    untrained_checkpoint(runs / "old-run" / "best.pt")
    at.text_input(key=next(t.key for t in at.text_input if t.label == "Checkpoint name")).input("page-model")
    next(b for b in at.button if b.label == "Promote to the model list").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("page-model.pt" in s.value for s in at.success), [e.value for e in at.error]
    assert (tmp_path / "ckpt" / "page-model.pt").exists() and (tmp_path / "ckpt" / "page-model.md").exists()

    next(b for b in at.button if b.label == "Delete").click().run()
    assert (runs / "old-run").exists()                     # only after the confirmation
    at.button(key="confirm_delete_yes").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert not (runs / "old-run").exists()
    assert any("Deleted run old-run" in s.value for s in at.success)
    assert not any("deleted elsewhere" in t.value for t in at.toast)     # it was deleted here


def test_form_launches_a_run(page):
    """The form's values become train flags; the run starts (and is killed at once: no training here)."""
    from s2s_core.runs import RunStore
    from s2s_core.toy import write_task
    at, runs = page
    write_task(Path(os.environ["S2S_DATA_DIR"]) / "toy.tsv", n=200)
    at.run()
    assert any(c.value == "In the data folder: `toy.tsv`" for c in at.caption)      # what the path box may name
    at.selectbox(key="nr_arch").set_value("GRU + Luong attention (general)").run()
    at.text_input(key="run_name").input("form-run")
    at.text_input(key="nr_tsv_path").input("toy.tsv")           # relative: looked up in the data folder
    at.selectbox(key="nr_dir_tsv").set_value("column 2 → column 1")
    at.number_input(key="nr_dev").set_value(20)
    at.number_input(key="nr_ms_gru_tiny").set_value(50)
    assert "the first at this step" in at.number_input(key="nr_ve_gru_tiny").help     # when dev BLEU comes
    at.number_input(key="nr_ss_gru_tiny").set_value(0.25)
    at.number_input(key="nr_sw_gru_tiny").set_value(0.2)
    at.number_input(key="nr_lc_gru_tiny").set_value(30)
    for key, label, detail in (("nr_lc_gru_tiny", "Length curriculum (updates)", "(0 = off)"),   # one line each:
                               ("nr_kl_gru_tiny", "Snapshots to keep", "average them"),          # the detail in help
                               ("nr_ss_gru_tiny", "Scheduled sampling", "final probability")):
        assert at.number_input(key=key).label == label and detail in at.number_input(key=key).help
    at.number_input(key="nr_v_gru_tiny").set_value(60)
    next(b for b in at.button if b.label == "Launch training").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert not (runs / "form-run").exists()                # only after the confirmation
    plan = "\n".join(m.value for m in at.markdown)
    assert "**Run** `form-run`" in plan and "toy\\.tsv · fr → en" in plan, plan
    assert "GRU + Luong attention (general) · 1 + 1 layers" in plan and "up to 50 steps" in plan, plan
    assert "No estimate yet" in plan, plan                 # old-run trained on another host
    assert "with 60 pieces" in plan, plan                  # the vocabulary asked for (the model's is filled in later)
    at.button(key="confirm_launch_yes").click().run()
    store = RunStore()
    try:
        assert not at.exception, [e.value for e in at.exception]
        assert not at.error, [e.value for e in at.error]
        assert any("Launched run form-run" in s.value for s in at.success)
        cfg = store.config("form-run")
        tc, mc = cfg["train_config"], cfg["model_config"]
        assert (mc["arch"], mc["attention"]) == ("gru", "luong-general")
        assert tc["max_steps"] == 50 and tc["sampling_max"] == 0.25 and tc["subword_sampling"] == 0.2
        assert cfg["argv"][cfg["argv"].index("--subword-sampling") + 1] == "0.2"
        assert tc["length_curriculum"] == 30 and cfg["argv"][cfg["argv"].index("--length-curriculum") + 1] == "30"
        assert (tc["src_lang"], tc["tgt_lang"], tc["swap"]) == ("fr", "en", False)   # split applied the swap
        assert tc["train"] == str(runs / "form-run" / "data" / "train.tsv")
        assert len((runs / "form-run" / "data" / "dev.tsv").read_text().splitlines()) == 20
        assert cfg["argv"][cfg["argv"].index("--device") + 1] == "cpu"
        assert at.selectbox(key="run_selected").value == "form-run"
    finally:
        if store.status("form-run")["state"] in ("queued", "running"):
            store.stop("form-run", force=True)
    st = store.wait("form-run", timeout=10)
    assert st["state"] == "stopped"


def test_completed_run_can_train_longer(page, monkeypatch):
    from s2s_core.runs import RunStore
    calls = []

    def fake_resume(self, name, env=None, wait_exit=20, limits=None):
        calls.append((name, limits))
        return {"resumed_from_step": 100}
    monkeypatch.setattr(RunStore, "resume", fake_resume)
    at, _ = page
    at.run()
    box = next(n for n in at.number_input if n.label == "New step limit")
    assert box.value == 200 and box.min == 101
    box.set_value(300)
    next(b for b in at.button if b.label == "Continue training").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert calls == [("old-run", {"max_steps": 300})]
    assert any("Continuing from step 100 to 300" in s.value for s in at.success)


def test_a_chart_without_data_says_so_instead_of_drawing_empty_axes(page):
    at, runs = page
    fake_run(runs, "short", steps=30)                                   # no validation yet (the first is at 50)
    at.run()
    at.selectbox(key="run_selected").set_value("short").run()
    assert not at.exception
    specs = {s["layout"]["title"]["text"]: s for s in plotly_specs(at)}
    bleu = next(s for t, s in specs.items() if t.startswith("Dev BLEU"))
    # it has ended: no "yet" (a finished run's charts had promised data that would never come)
    assert not bleu["data"] and [a["text"] for a in bleu["layout"]["annotations"]] == ["no data: this run logged none"]
    loss = next(s for t, s in specs.items() if t.startswith("Loss"))
    assert loss["data"] and "annotations" not in loss["layout"]
    assert any("this run ended before its first validation" in c.value for c in at.caption)
    assert not at.info                                                  # no first-minutes guide for an ended run
    fake_run(runs, "young", steps=30, state="running", alive_pid=True)        # still training: "yet", and when
    at.run()
    at.selectbox(key="run_selected").set_value("young").run()
    bleu = next(s for s in plotly_specs(at) if s["layout"]["title"]["text"].startswith("Dev BLEU"))
    assert [a["text"] for a in bleu["layout"]["annotations"]] == ["no data yet: first validation at step 50"]
    assert any(c.value == "No probe translations yet: the first come with the validation at step 50."
               for c in at.caption)


def test_training_charts_keep_the_short_toolbar_that_clears_their_titles(page):
    """On a phone the full plotly toolbar (zoom in/out, autoscale …) spanned a half-width chart's top and covered
    its title ("CPU and RAM (trainer)", "Dev BLEU and chrF (greedy)"); every other chart has the short one."""
    from ui.exports import PLOTLY_CONFIG
    at, runs = page
    at.run()
    assert not at.exception
    charts = at.get("plotly_chart")
    titles = [json.loads(c.proto.spec)["layout"].get("title", {}).get("text", "") for c in charts]
    assert any(t.startswith("CPU and RAM") for t in titles) and any(t.startswith("Attention at") for t in titles)
    for title, c in zip(titles, charts):
        removed = json.loads(c.proto.config or "{}").get("modeBarButtonsToRemove", [])
        assert set(PLOTLY_CONFIG["modeBarButtonsToRemove"]) <= set(removed), title


def test_a_phone_reads_the_dev_scores_right_after_the_loss(page):
    """A phone stacks columns: with all the left charts in one column it showed Loss, Learning rate, CPU and RAM,
    and only then the dev BLEU; the charts now go in rows of two, in the order they matter."""
    at, runs = page
    at.run()
    assert not at.exception
    titles = [json.loads(c.proto.spec)["layout"].get("title", {}).get("text", "") for c in at.get("plotly_chart")]
    firsts = [t.split(" ")[0] for t in titles]
    assert firsts[:5] == ["Loss", "Dev", "Learning", "Throughput", "CPU"], titles


def test_launch_dialog_estimates_the_time_from_a_run_on_this_machine_and_cancel_keeps_nothing(page, tmp_path):
    """``here`` was asked for the same model as the new run, with 500-token batches, and trained at 10 steps/s
    (100 steps in 10 s) on this machine: the new run's steps of 1,000 tokens take twice as long. A run still
    training on the CPU is named; a request the store refuses gets no dialog; Cancel leaves no folder."""
    import socket

    from s2s_core.config import ModelConfig
    from ui.training.presets import form_defaults
    at, runs = page
    d = form_defaults("transformer", "tiny")
    same = ModelConfig(d_model=d["d_model"], n_heads=d["n_heads"], enc_layers=d["layers"], dec_layers=d["layers"],
                       ffn_dim=d["ffn_dim"], vocab_size=d["vocab_size"], dropout=d["dropout"]).to_dict()
    fake_run(runs, "here", host=socket.gethostname(), model=same)
    fake_run(runs, "busy", state="running", alive_pid=True, host=socket.gethostname())
    outside = tmp_path / "pairs.tsv"
    outside.write_text("".join(f"a b {i}\tb a {i}\n" for i in range(300)))
    at.run()
    at.text_input(key="run_name").input("planned")
    at.text_input(key="nr_tsv_path").input(str(outside))
    next(b for b in at.button if b.label == "Launch training").click().run()
    assert any("outside the allowed folders" in e.value for e in at.error)
    assert not any(b.key == "confirm_launch_yes" for b in at.button)

    (Path(os.environ["S2S_DATA_DIR"]) / "pairs.tsv").write_text(outside.read_text())
    at.text_input(key="nr_tsv_path").input("pairs.tsv")
    at.number_input(key="nr_dev").set_value(5000)
    next(b for b in at.button if b.label == "Launch training").click().run()
    too_few = "the training data has 300 distinct source sentences; too few to hold out 5,000"
    assert any(too_few in e.value for e in at.error), at.error
    assert not any(b.key == "confirm_launch_yes" for b in at.button)                 # said before the dialog
    at.number_input(key="nr_dev").set_value(100)
    at.number_input(key="nr_ms_transformer_tiny").set_value(3000)
    at.number_input(key="nr_bt_transformer_tiny").set_value(1000)
    next(b for b in at.button if b.label == "Launch training").click().run()
    assert not at.exception, [e.value for e in at.exception]
    plan = "\n".join(m.value for m in at.markdown)
    assert "**About 10 min** for 3,000 steps" in plan, plan              # 3,000 steps at 5 steps/s
    assert "(scaled from run `here` on this machine: the same model, 500-token batches, " in plan, plan
    assert "))" not in plan                     # no brackets in brackets ("… with its validations)), plus …")
    assert "**Dev set** 100 source sentences held out of the data" in plan, plan
    assert f"with {d['vocab_size']:,} pieces" in plan, plan
    assert any("busy" in w.value and "slower" in w.value for w in at.warning), [w.value for w in at.warning]
    at.button(key="confirm_launch_no").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert not (runs / "planned").exists()
    assert not any(b.key == "confirm_launch_yes" for b in at.button)


def test_the_picked_run_stays_shown_when_its_state_changes(page):
    """The picker's labels once carried the state's icon: after Train longer turned "✅ x" into "⏳ x", the
    box still read x while the page below showed the first run of the list."""
    at, runs = page
    fake_run(runs, "second", steps=100)
    at.run()
    at.selectbox(key="run_selected").set_value("old-run").run()
    status = json.loads((runs / "old-run" / "status.json").read_text())
    (runs / "old-run" / "status.json").write_text(json.dumps({**status, "state": "stopped", "reason": "stopped"}))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="run_selected").value == "old-run"
    assert [s.value for s in at.subheader][0] == "`old-run`"
    # the browser sends back the label it shows: labels that never change keep naming the same run
    assert sorted(at.selectbox(key="run_selected").options) == ["old-run", "second"]


def test_a_picked_run_deleted_elsewhere_is_said_and_picker_and_panel_agree(page):
    """The picker kept the deleted run's name while the panel (and its Delete button) showed another run."""
    import shutil
    at, runs = page
    fake_run(runs, "second", steps=100)
    at.run()
    at.selectbox(key="run_selected").set_value("second").run()
    shutil.rmtree(runs / "second")                     # another browser tab, or `runs delete`
    at.run()
    assert any("`second` no longer exists" in t.value for t in at.toast)
    assert at.selectbox(key="run_selected").value == "old-run"
    assert [s.value for s in at.subheader][0] == "`old-run`"
    assert [t.label for t in at.tabs] == ["Runs", "New run", "Compare"]     # no count: the open tab stays open


def test_a_young_run_says_what_to_expect_from_its_own_settings(page):
    """In its first validations a running run explains its charts: where the loss starts (its vocabulary of 30
    pieces: ln 30 = 3.4), where label smoothing 0.1 levels it off, when dev BLEU comes (valid_every 50), and
    until when its translations may be gibberish. Once it has validated twice the guide is gone."""
    at, runs = page
    cfg = json.loads((fake_run(runs, "young", steps=30, state="running", alive_pid=True) / "config.json").read_text())
    cfg["train_config"]["patience"] = 3
    (runs / "young" / "config.json").write_text(json.dumps(cfg))
    at.run()
    at.selectbox(key="run_selected").set_value("young").run()
    assert not at.exception, [e.value for e in at.exception]
    eta = next(m for m in at.metric if m.label == "ETA")
    assert "Early stopping may end it sooner (after 3 validations" in eta.help
    guide = at.info[0].value
    assert "starts near 3.4 (an even guess among this run's 30 pieces)" in guide, guide
    assert "it is 3.40, the model is learning" in guide, guide                 # 4 − 30/50 < ln 30
    assert "levels off near 0.6, not 0" in guide, guide                        # the smoothed target's entropy
    assert "first validation, at step 50 (then every 50 steps)" in guide, guide
    assert "dev loss is above about 1.1." in guide, guide                      # ln 30 / 3
    assert at.info[0].proto.icon == ":material/school:"
    fake_run(runs, "older", steps=100, state="running", alive_pid=True)       # validated at 50 and 100
    at.run()
    at.selectbox(key="run_selected").set_value("older").run()
    assert not at.info


def test_guide_sentences_follow_the_run_settings():
    from ui.training import guide
    train = {"valid": "dev.tsv", "valid_every": 500, "max_steps": 300, "log_every": 50, "label_smoothing": 0.0}
    assert guide.first_validation(train) == 300                     # the limit comes first: validated at the end
    assert guide.first_validation({**train, "valid": ""}) is None
    assert guide.next_validation({**train, "max_steps": 0}, 500) == 1000
    assert guide.next_validation(train, 300) is None                # nothing after the last step
    status = {"state": "running", "step": 100, "steps_per_s": 2.0}
    metrics = {"train": [{"step": 100, "loss": 9.5, "time": 1000.0}], "valid": [],
               "events": [{"event": "start", "vocab_size": 8000}]}
    lines = guide.notes(status, {"train_config": train}, metrics, now=1010.0)
    assert "(an even guess among this run's 8,000 pieces)" in lines[0] and "not lower yet" in lines[0]
    assert "label smoothing" not in lines[0]                        # none asked: no floor to explain
    assert "at step 300 (then every 500 steps) — in about 2 min." in lines[1]   # 200 steps at 2/s, 10 s gone
    later = [guide.notes(status, {"train_config": train}, metrics, now=1000.0 + gone)[1] for gone in (80, 95)]
    assert "— in about 20 s." in later[0] and "— in a few seconds." in later[1]   # spoken_time, with "in"
    assert "above about 3.0" in lines[2]                                        # ln 8000 / 3
    no_dev = guide.notes(status, {"train_config": {**train, "valid": ""}}, metrics, now=1010.0)
    assert len(no_dev) == 2 and "no dev set" in no_dev[1]
    assert guide.notes({**status, "state": "queued"}, {"train_config": train}, metrics) == []
    validated = {**metrics, "valid": [{"step": 300, "valid_loss": 4.5}]}
    assert guide.translation_note(train, validated).endswith("above about 3.0 (it is 4.50 now).")
    assert guide.translation_note(train, {**metrics, "valid": [{"step": 300, "valid_loss": 2.5}]}).endswith(
        "; at 2.50 this run is past that.")
    first = guide.notes(status, {"train_config": train}, {**metrics, "train": []}, now=1010.0)[0]
    assert first.startswith("**Loss**: the first point comes at step 50")


def test_a_dev_set_the_repeated_sentences_cannot_give_is_refused_before_the_dialog(page):
    """100 lines but only 20 distinct sources: 40 held out would leave nothing to train on. The dialog had said
    "40 source sentences held out" and Launch then failed; now the form says so and no dialog opens."""
    at, runs = page
    lines = "".join(f"sentence {i % 20}\tphrase {i % 20}\n" for i in range(100))
    (Path(os.environ["S2S_DATA_DIR"]) / "dups.tsv").write_text(lines)
    at.run()
    at.text_input(key="run_name").input("dups")
    at.text_input(key="nr_tsv_path").input("dups.tsv")
    at.number_input(key="nr_dev").set_value(40)
    next(b for b in at.button if b.label == "Launch training").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("20 distinct source sentences" in e.value and "at most 10" in e.value for e in at.error), at.error
    assert not any(b.key == "confirm_launch_yes" for b in at.button)
    at.number_input(key="nr_dev").set_value(10)                 # what the data can give: the dialog, then a run
    next(b for b in at.button if b.label == "Launch training").click().run()
    assert "**Dev set** 10 source sentences held out of the data" in "\n".join(m.value for m in at.markdown)


def test_a_phone_lists_the_runs_in_cards_and_a_desktop_keeps_the_table(page):
    """On a 390-px phone the runs table scrolled sideways (Best BLEU, Started and Note off-screen). Both are drawn:
    a card a run (name, state on its badge's colour, step, best BLEU, start, note; escaped) and the table, and the
    page's CSS shows the card list up to 640 px and the table above."""
    at, runs = page
    status = fake_run(runs, "failed-run", state="failed", steps=50) / "status.json"
    status.write_text(json.dumps({**json.loads(status.read_text()), "reason": "<i>out of memory</i> & gone"}))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert sorted(at.dataframe[0].value["Run"]) == ["failed-run", "old-run"]      # the table stays whole
    old = at.button(key="open_old-run").label
    assert old.startswith("**old\\-run** :green-badge[completed]  \n"), old
    assert "best BLEU 10\\.0" in old and "reached its step limit" in old
    assert "step 100 \\/ 100" in old and "started 2023\\-11\\-1" in old
    failed = at.button(key="open_failed-run").label
    assert ":red-badge[failed]" in failed and "\\<i\\>out of memory\\<\\/i\\> \\& gone" in failed
    css = next(h.value for h in at.get("html") if ".st-key-runs_list" in h.value)
    assert "@media (max-width: 640px) { .st-key-runs_table { display: none; } }" in css
    assert "@media (min-width: 641px) { .st-key-runs_list { display: none; } }" in css


def test_a_tap_on_a_card_scrolls_to_the_run_on_a_phone(page):
    """After a tap on a phone's run card the run opened below the cards and the picker, off the screen: nothing
    seemed to change. The rerun the tap starts scrolls the picker (the run's panel) to the screen's top, by a
    script that acts on phone widths only; a plain refresh or a pick in the picker (already in view) does not."""
    at, runs = page
    fake_run(runs, "failed-run", state="failed", steps=50)

    def scripts():
        return [h.value for h in at.get("html") if "s2s-scroll-to" in h.value]
    at.run()
    assert not scripts()
    at.button(key="open_old-run").click().run()
    assert not at.exception, [e.value for e in at.exception]
    [script] = scripts()
    assert 'const key = "run_selected", phone = 640,' in script and "scrollIntoView" in script
    at.run()
    assert not scripts()
    at.selectbox(key="run_selected").set_value("failed-run").run()
    assert not scripts()


def test_a_tap_on_a_card_or_a_click_on_a_row_opens_that_run_and_the_picker_follows(page):
    """The phone's cards could not be tapped (the run picker under them chose the run) and the desktop's rows could
    not be clicked. A card is a button, a row's box or cell a selection: either opens its run, the picker says so,
    and the table's selection follows the picker (and the run shown) both ways."""
    at, runs = page
    fake_run(runs, "failed-run", state="failed", steps=50)
    at.run()
    assert at.selectbox(key="run_selected").value == "failed-run"          # the first of the list
    assert at.session_state["runs_df"]["selection"]["rows"] == [0]
    at.button(key="open_old-run").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="run_selected").value == "old-run" and at.subheader[0].value == "`old-run`"
    assert at.session_state["runs_df"]["selection"]["rows"] == [1]
    assert ".st-key-open_old-run button { border: 2px solid currentColor; }" in next(
        h.value for h in at.get("html") if ".st-key-runs_list" in h.value)            # the card shown is marked
    at.session_state["runs_df"] = {"selection": {"rows": [1], "columns": [], "cells": [(0, "Run")]}}   # a cell
    at.run()
    assert at.selectbox(key="run_selected").value == "failed-run" and at.subheader[0].value == "`failed-run`"
    assert at.session_state["runs_df"]["selection"] == {"rows": [0], "columns": [], "cells": []}
    at.session_state["runs_df"] = {"selection": {"rows": [1], "columns": [], "cells": []}}             # a row box
    at.run()
    assert at.selectbox(key="run_selected").value == "old-run"
    at.selectbox(key="run_selected").set_value("failed-run").run()                      # the picker, as before
    assert at.subheader[0].value == "`failed-run`" and at.session_state["runs_df"]["selection"]["rows"] == [0]


def test_a_run_stopped_early_says_so_and_can_train_longer(page, monkeypatch):
    """A run early stopping ended read "completed" (its note said "stopped early") and offered no Train longer.
    Its state is "stopped early" on the badge, the card and the table, and Train longer resumes it with more
    steps and more validations to improve (its checkpoint keeps the count that stopped it)."""
    from s2s_core.runs import RunStore
    calls = []

    def fake_resume(self, name, env=None, wait_exit=20, limits=None):
        calls.append((name, limits))
        return {"resumed_from_step": 150}
    monkeypatch.setattr(RunStore, "resume", fake_resume)
    at, runs = page
    fake_run(runs, "early-run", state="stopped_early", steps=150)
    at.run()
    assert at.selectbox(key="run_selected").value == "early-run"
    assert ":violet-badge[:material/flag: stopped early]" in [m.value for m in at.markdown]        # the header
    table = at.dataframe[0].value
    assert list(table["State"]) == [["stopped early"], ["completed"]]
    assert list(table["Note"]) == ["dev score no longer improving", "reached its step limit"]
    assert ":violet-badge[stopped early]" in at.button(key="open_early-run").label
    assert any(c.value == "Ended: dev score no longer improving at step 150." for c in at.caption)
    steps = next(n for n in at.number_input if n.label == "New step limit")
    more = next(n for n in at.number_input if n.label == "More validations without a better dev loss")
    assert (steps.value, steps.min, more.value) == (300, 151, 2)
    assert any(c.value == "It stopped early: its dev loss had not improved for 2 validations." for c in at.caption)
    more.set_value(4)
    next(b for b in at.button if b.label == "Continue training").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert calls == [("early-run", {"max_steps": 300, "patience": 6})]
    assert any("Continuing from step 150 to 300" in s.value for s in at.success)


def test_train_longer_names_the_score_early_stopping_counts_on(page):
    """A run with patience 1 stopped early said "its dev score had not improved for 1 validations"; trained longer,
    its dev BLEU stayed at its best for nine validations while its loss (the default "Best checkpoint by", the score
    early stopping counts on) still fell. The field and the note name that score, in the singular for one."""
    import json
    at, runs = page
    d = fake_run(runs, "early-run", state="stopped_early", steps=150)
    cfg = json.loads((d / "config.json").read_text())
    cfg["train_config"]["select_metric"] = "bleu"
    (d / "config.json").write_text(json.dumps(cfg))
    metrics = (d / "metrics.jsonl").read_text().splitlines()
    (d / "metrics.jsonl").write_text("".join(m + "\n" for m in metrics                  # one validation since best
                                             if '"step": 150' not in m or "valid" not in m))
    at.run()
    labels = [n.label for n in at.number_input]
    assert "More validations without a better dev BLEU" in labels
    assert any(c.value == "It stopped early: its dev BLEU had not improved for 1 validation." for c in at.caption), \
        [c.value for c in at.caption]


def test_the_new_run_form_keeps_its_rarer_settings_in_one_shut_expander(page):
    """The form stood ~2,600 px on a phone: model size, batch, learning rate, warmup and step limit stay in view;
    dropout, vocabulary, regularisation, validation, checkpoints and precision sit in one expander, shut, each on
    the preset's value; the fields go two a row on a phone."""
    from ui.training.form_fields import ADVANCED
    at, _ = page
    at.run()
    shut = [e for e in at.expander if e.label == ADVANCED]
    assert len(shut) == 1 and not shut[0].proto.expanded
    inside = {w.key for w in shut[0].number_input} | {w.key for w in shut[0].selectbox}
    assert inside == {f"nr_{k}_transformer_tiny" for k in ("dr", "v", "ls", "cn", "pa", "sm", "ve", "ce", "kl",
                                                           "sw", "lc")} | {"nr_precision"}
    shown = {w.key for w in at.number_input} - inside
    assert {f"nr_{k}_transformer_tiny" for k in ("d", "l", "h", "f", "bt", "lr", "wu", "ms")} <= shown
    assert at.number_input(key="nr_pa_transformer_tiny").value == 10            # the preset's, untouched
    assert any(".st-key-new_run_fields [data-testid='stColumn']" in h.value for h in at.get("html"))


def test_train_longer_never_offers_a_step_limit_below_the_runs_own(page, monkeypatch):
    """A run that stopped early at step 150 of 1,000 was offered 300 as its new step limit: accepted as offered,
    Train longer cut the run's own plan to less than a third."""
    import json
    from s2s_core.runs import RunStore
    calls = []
    monkeypatch.setattr(RunStore, "resume", lambda self, name, env=None, wait_exit=20, limits=None: calls.append(
        limits) or {"resumed_from_step": 150})
    at, runs = page
    d = fake_run(runs, "early-run", state="stopped_early", steps=150)
    cfg = json.loads((d / "config.json").read_text())
    cfg["train_config"]["max_steps"] = 1000
    (d / "config.json").write_text(json.dumps(cfg))
    at.run()
    assert next(n for n in at.number_input if n.label == "New step limit").value == 1000
    next(b for b in at.button if b.label == "Continue training").click().run()
    assert calls == [{"max_steps": 1000, "patience": 4}]


def test_train_longer_asks_for_patience_where_the_count_has_reached_it(page, monkeypatch):
    """A run whose step limit and patience ran out at the same validation reads "reached its step limit"; Train
    longer resumed it with its patience, and early stopping ended it at its first step. It now asks for more
    validations, as for a run that stopped early."""
    import json
    from s2s_core.runs import RunStore
    calls = []
    monkeypatch.setattr(RunStore, "resume", lambda self, name, env=None, wait_exit=20, limits=None: calls.append(
        limits) or {"resumed_from_step": 150})
    at, runs = page
    d = fake_run(runs, "both-run", state="stopped_early", steps=150)         # patience 2, 2 validations since
    status = json.loads((d / "status.json").read_text())
    (d / "status.json").write_text(json.dumps(dict(status, reason="max_steps")))
    (d / "metrics.jsonl").write_text((d / "metrics.jsonl").read_text().replace('"early_stopping"', '"max_steps"'))
    at.run()
    assert any(c.value.startswith("Its dev loss has not improved for 2 validations, its patience") for c in at.caption)
    next(n for n in at.number_input if n.label == "More validations without a better dev loss").set_value(3)
    next(b for b in at.button if b.label == "Continue training").click().run()
    assert calls == [{"max_steps": 300, "patience": 5}]


def test_presenter_mode_shows_the_run_without_its_process_log_or_command(page):
    """Presenter mode changed nothing on Training: a demo showed "pid 25598 · cpu · … · attempt 2", the last lines of
    train.log and the command line. It now shows the run (state, when, metrics, curves, probes) without them."""
    at, _ = page
    at.session_state["presenter"] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(c.value.startswith("Started ") for c in at.caption)
    assert not any(c.value.startswith("pid ") for c in at.caption)
    assert not any("train.log" in m.value for m in at.markdown) and not at.code
    assert "Configuration and command" not in [e.label for e in at.expander]
    assert at.metric                                                  # the run itself is still shown
    at.session_state["presenter"] = False
    at.run()
    assert any(c.value.startswith("pid ") for c in at.caption) and any("train.log" in m.value for m in at.markdown)


def test_a_resumed_run_says_when_it_first_started_in_its_header_as_on_its_card(page):
    """A resumed run's card said "started 09:10" (its first start) and its header "Started 09:12" (the resume, QA
    s28). Both now name the first start; the header says when it was resumed too."""
    import json
    import time
    at, runs = page
    d = runs / "old-run"
    status = json.loads((d / "status.json").read_text())
    first = status["first_started"]
    (d / "status.json").write_text(json.dumps(dict(status, started=first + 120, attempts=2)))
    at.session_state["presenter"] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    header = next(c.value for c in at.caption if c.value.startswith("Started "))
    at_first = time.strftime("%H:%M", time.localtime(first))
    at_resume = time.strftime("%H:%M", time.localtime(first + 120))
    assert header.startswith(f"Started {time.strftime('%Y-%m-%d', time.localtime(first))} {at_first}"), header
    assert f"resumed {time.strftime('%Y-%m-%d', time.localtime(first + 120))} {at_resume}" in header, header


def test_presenter_mode_folds_the_new_run_form_into_one_expander(page):
    """Presenter mode left the New run form as it was (QA s28): a demo faced some twenty number fields. It now shows
    the choices a demo makes (corpus, direction, architecture, size, device, name) and folds every setting, at the
    size preset's values, under one expander; a launch asks the same train flags either way."""
    from s2s_core.toy import write_task
    from ui.training.form import PRESENTER_ADVANCED
    from ui.training.form_fields import ADVANCED
    at, _ = page
    write_task(Path(os.environ["S2S_DATA_DIR"]) / "toy.tsv", n=200)
    at.session_state["presenter"] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    labels = [e.label for e in at.expander]
    assert PRESENTER_ADVANCED in labels and ADVANCED not in labels and "Several machines (torchrun)" not in labels
    folded = next(e for e in at.expander if e.label == PRESENTER_ADVANCED)
    keys = {n.key for n in at.number_input if (n.key or "").startswith("nr_")} - {"nr_ncpu", "nr_ngpu"}
    assert keys and keys == {n.key for n in folded.number_input}, keys - {n.key for n in folded.number_input}
    assert folded.text_area and folded.text_input(key="nr_rdzv")
    assert at.text_input(key="run_name") and at.selectbox(key="nr_size") and at.selectbox(key="nr_arch")
    at.session_state["presenter"] = False
    at.run()
    labels = [e.label for e in at.expander]
    assert PRESENTER_ADVANCED not in labels and ADVANCED in labels and "Several machines (torchrun)" in labels
    inner = {n.key for n in next(e for e in at.expander if e.label == ADVANCED).number_input}
    assert "nr_dr_transformer_tiny" in inner and "nr_bt_transformer_tiny" not in inner      # the batch in view


def test_presenter_mode_folds_the_dev_split_with_the_other_settings(page):
    """uifollow29: "Hold out for the dev set" stayed in view in the presenter form, the one number field left
    outside "Advanced settings"; it is folded there now (default mode keeps it in view)."""
    from s2s_core.toy import write_task
    from ui.training.form import PRESENTER_ADVANCED
    at, _ = page
    write_task(Path(os.environ["S2S_DATA_DIR"]) / "toy.tsv", n=200)
    at.session_state["presenter"] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    folded = next(e for e in at.expander if e.label == PRESENTER_ADVANCED)
    assert at.number_input(key="nr_dev") and "nr_dev" in {n.key for n in folded.number_input}
    assert "dev set" in PRESENTER_ADVANCED
    at.session_state["presenter"] = False
    at.run()
    assert at.number_input(key="nr_dev") and not any(
        "nr_dev" in {n.key for n in e.number_input} for e in at.expander)


def test_ui30_new_run_says_the_data_folder_has_no_tsv_before_submit_and_keeps_what_was_typed(page, tmp_path):
    """ui30: the "No .tsv file" hint sat inside the st.form, under the path box; it shows at the Corpus row, outside
    the form, as soon as the TSV choice is made (no submit), and a submit without data says the same, the run name
    typed kept."""
    at, runs = page
    tat = Path(os.environ["S2S_DATA_DIR"]) / "tatoeba" / "fra-eng"
    tat.mkdir(parents=True)
    (tat / "fra.txt").write_text("Hi.\tSalut.\n")
    at.run()
    assert at.selectbox(key="nr_corpus").value.startswith("Tatoeba") and not at.warning
    at.selectbox(key="nr_corpus").set_value("TSV file in the data folder").run()         # outside the form
    hint = [w.value for w in at.warning if w.value.startswith("No .tsv file in the data folder")]
    assert hint and "**Upload a TSV file** under Corpus" in hint[0], [w.value for w in at.warning]
    at.text_input(key="run_name").input("my-run")
    next(b for b in at.button if b.label == "Launch training").click().run()
    assert any(e.value.startswith("Not launched: No .tsv file in the data folder") for e in at.error), at.error
    assert at.text_input(key="run_name").value == "my-run" and not (runs / "my-run").exists()
