"""Run store, launcher and `runs` CLI: real (tiny) training processes in the background.

Every launched run is a d_model-32, one-layer model on a few hundred toy pairs, one thread each."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from process_support import wait_until_dead
from s2s_core import runs as R
from s2s_core.cli import main
from s2s_core.config import direction_of
from s2s_core.runs import RunStore, build_command, validate_name
from s2s_core.sysinfo import gpus
from s2s_core.toy import write_task

ROOT = Path(__file__).resolve().parents[2]
TINY = ["--d-model", "32", "--layers", "1", "--n-heads", "2", "--ffn-dim", "64", "--vocab-size", "30",
        "--batch-tokens", "512", "--threads", "1", "--device", "cpu", "--log-every", "5", "--warmup", "20"]


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    """Runs, data and checkpoints folders in a temp dir (env vars set for the module and subprocesses)."""
    root = tmp_path_factory.mktemp("runs_env")
    data = root / "data"
    data.mkdir()
    write_task(data / "train.tsv", n=300, seed=1)
    write_task(data / "valid.tsv", n=30, seed=2)
    mp = pytest.MonkeyPatch()
    mp.setenv("S2S_RUNS_DIR", str(root / "runs"))
    mp.setenv("S2S_DATA_DIR", str(data))
    mp.setenv("S2S_CHECKPOINTS_DIR", str(root / "checkpoints"))
    mp.setenv("OMP_NUM_THREADS", "1")
    store = RunStore()
    yield {"root": root, "data": data, "train": str(data / "train.tsv"), "valid": str(data / "valid.tsv"),
           "store": store}
    for name in store.names():          # never leave training processes behind
        try:
            st = store.status(name)
            if st["state"] in R.ACTIVE:
                os.killpg(st["pgid"], signal.SIGKILL)
        except (OSError, FileNotFoundError):
            pass
    mp.undo()


def data_args(env, **kw):
    return ["--train", env["train"], "--valid", env["valid"], *TINY] + [
        x for k, v in kw.items() for x in (f"--{k.replace('_', '-')}", str(v))]


def cli(*args, timeout=60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "s2s_core", "runs", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env=dict(os.environ))


def events(store, name):
    return [e["event"] for e in store.metrics(name)["events"]]


# ------------------------------------------------------------------------------------------- lifecycle

def test_launch_stop_resume_and_kill(env):
    store: RunStore = env["store"]
    st = store.launch_argv("life", data_args(env, max_steps=100000, checkpoint_every=25, valid_every=50),
                      restrict_paths=True)
    assert st["command"][:4] == [sys.executable, "-m", "s2s_core", "train"]
    assert st["command"][-2:] == ["--out", str(store.path("life"))]
    assert os.getpgid(st["pid"]) == st["pid"], "training must run in its own session/process group"
    assert st["state"] in ("queued", "running")

    st = store.wait("life", timeout=90, until=lambda s: s["state"] == "running" and
                    (s.get("last_checkpoint_step") or 0) >= 25)
    train = store.metrics("life")["train"]
    assert train and {"loss", "lr", "tokens_per_s", "padding_ratio", "cpu_percent", "ram_mb"} <= set(train[-1])
    assert (store.path("life") / "last.pt").exists()

    # graceful stop: SIGTERM to the group → the trainer saves and reports "stopped"
    p = cli("stop", "life")
    assert p.returncode == 0 and ("stopping run life at step" in p.stderr and "saves a checkpoint" in p.stderr
                                  or "run life: stopped at step" in p.stderr), p.stderr   # or done when it looked
    st = store.wait("life", timeout=60)
    assert st["state"] == "stopped" and st["reason"] == "stopped", st
    stopped_at = st["step"]
    assert stopped_at >= 25 and st["last_checkpoint_step"] == stopped_at

    # resume continues from last.pt's step, not from 0
    st = store.resume("life")
    assert st["resumed_from_step"] == stopped_at and "--resume" in st["command"]
    st = store.wait("life", timeout=90, until=lambda s: s["state"] == "running" and s["step"] > stopped_at)
    starts = [e for e in store.metrics("life")["events"] if e["event"] == "start"]
    assert [e["step"] for e in starts] == [0, stopped_at]
    assert min(r["step"] for r in store.metrics("life")["train"] if r["time"] > starts[-1]["time"]) > stopped_at

    # kill -9: no end event; the first look once the process is gone says failed (no watcher, no delay)
    os.kill(st["pid"], signal.SIGKILL)
    wait_until_dead(st["pid"])
    st = store.status("life")                                # a read: derives, writes nothing
    assert st["state"] == "failed" and st["reason"] == "process died", st
    st = store.refresh("life")                               # records it
    assert st["state"] == "failed" and st["reason"] == "process died", st
    assert json.loads((store.path("life") / "status.json").read_text())["state"] == "failed"   # persisted

    # cannot delete a run without the confirmation on the CLI; can with --yes
    assert main(["runs", "delete", "life"]) == 2
    assert main(["runs", "delete", "life", "--yes"]) == 0
    assert not store.path("life").exists()


# ------------------------------------------------------------------------------------------- two runs, CLI, promote

@pytest.fixture(scope="module")
def finished(env):
    """Two runs trained at the same time: one launched through the CLI, one through the store."""
    store: RunStore = env["store"]
    common = ["--max-steps", "40", "--checkpoint-every", "5", "--valid-every", "20", "--keep-last", "4",
              "--probe", "a b c"]
    p = cli("launch", "--name", "cli-run", *data_args(env), *common)
    assert p.returncode == 0, p.stderr
    assert re.search(r"model: [\d,]+ parameters", p.stderr), p.stderr          # its size, before it trains
    store.launch_argv("api_run", data_args(env) + common + ["--arch", "gru", "--seed", "2"])
    for name in ("cli-run", "api_run"):
        st = store.wait(name, timeout=120)
        assert st["state"] == "completed", (st, store.log_tail(name))
    return store


def test_two_runs_at_once_keep_their_own_files(finished):
    store = finished
    for name, arch in (("cli-run", "transformer"), ("api_run", "gru")):
        m = store.metrics(name)
        assert [e for e in events(store, name) if e != "checkpoint"] == ["start", "completed"]
        assert [r["step"] for r in m["train"]] == list(range(5, 45, 5))
        assert store.config(name)["model_config"]["arch"] == arch
        probes = store.probes(name)
        assert [p["step"] for p in probes] == [20, 40] and all(p["attention"] for p in probes)
        assert sorted(p.name for p in store.path(name).glob("step-*.pt")) == [f"step-{k}.pt" for k in (25, 30, 35, 40)]


def test_a_finished_run_times_the_next_launch(finished):
    """The status of a real run carries what a launch estimate needs; a run like it is timed at its speed."""
    import socket

    from s2s_core.config import ModelConfig
    from s2s_core.runs.estimate import estimate, parameter_count
    runs = finished.list()
    st = next(r for r in runs if r["name"] == "cli-run")
    assert st["host"] == socket.gethostname() and st["device"] == "cpu" and st["arch"] == "transformer"
    asked = parameter_count(ModelConfig.from_dict({**st["model_config"], "vocab_size": st["vocab_asked"]}))
    assert asked >= st["params"]                               # the toy corpus gave a smaller vocabulary
    est = estimate(runs, params=asked, batch_tokens=st["batch_tokens"], arch="transformer", device="cpu",
                   world=1, host=socket.gethostname())
    assert est.reference == "cli-run" and est.seconds_per_step == pytest.approx(st["elapsed_s"] / st["step"])


def test_cli_status_list_json(finished):
    p = cli("status", "cli-run", "--json")
    assert p.returncode == 0, p.stderr
    st = json.loads(p.stdout)
    assert st["name"] == "cli-run" and st["state"] == "completed" and st["step"] == 40 and st["pid"] > 0
    assert st["reason"] == "max_steps" and st["last_checkpoint_step"] == 40
    assert main(["runs", "list", "--json"]) == 0
    assert main(["runs", "status", "no-such-run", "--json"]) == 2
    assert main(["runs", "resume", "cli-run"]) == 2          # completed: nothing to resume
    p = cli("resume", "cli-run")
    assert "`runs resume cli-run --max-steps N`" in p.stderr, p.stderr          # the flag that would
    p = cli("list")
    header, *rows = p.stdout.splitlines()
    assert len({line.index(" completed") for line in rows if " completed" in line}) == 1     # one column
    assert header.index("STATE") == rows[0].index(" completed") + 1


def test_promote_best_writes_an_fp16_checkpoint_and_a_card(finished, env):
    from s2s_core import Translator
    from s2s_core.checkpoint import load
    store = finished
    out = env["root"] / "checkpoints"
    r = store.promote("cli-run")
    assert r["checkpoint"] == str(out / "cli-run.pt") and r["source"] == "best.pt"
    ckpt, best = load(out / "cli-run.pt"), load(store.path("cli-run") / "best.pt")
    assert "train_state" not in ckpt
    assert all(not v.is_floating_point() or str(v.dtype) == "torch.float16" for v in ckpt["model"].values())
    for k, v in best["model"].items():
        assert torch.equal(ckpt["model"][k], v.half() if v.is_floating_point() else v), k
    tr = Translator.from_checkpoint(out / "cli-run.pt")
    assert tr.translate("a b c", beam_size=2).best is not None
    card = (out / "cli-run.md").read_text()
    assert (out / "cli-run.md").stat().st_mode & 0o777 == (out / "cli-run.pt").stat().st_mode & 0o777 == 0o644
    for needed in ("# cli-run", "Transformer", "Parameters", "Dev BLEU", "Dev chrF", "Training steps",
                   "python -m s2s_core train", env["train"], "en → fr"):
        assert needed in card, needed
    from s2s_core.catalog import read_card
    meta = read_card(out / "cli-run.md")       # the app's model list reads the card's front matter
    assert meta["title"] == "cli-run" and meta["language_pair"] == "en-fr" and "BLEU" in meta["score"]
    with pytest.raises(ValueError, match="invalid checkpoint name"):
        store.promote("api_run", as_name="../evil")


def snapshot_average(run: Path, steps) -> dict:
    """The element-wise average of ``step-N.pt`` for N in ``steps``, as promote stores it (fp16)."""
    from s2s_core.checkpoint import load
    snaps = [load(run / f"step-{s}.pt")["model"] for s in steps]
    return {k: (sum(w[k].float() for w in snaps) / len(snaps)).half() if v.is_floating_point() else v
            for k, v in snaps[0].items()}


def test_promote_average_is_the_mean_of_exactly_the_last_k_snapshots(finished, env, tmp_path):
    """Four snapshots kept (25, 30, 35, 40); --average 3 must average 30, 35, 40: their mean, tensor by tensor,
    not that of any other three; the promoted model translates exactly as those averaged weights do."""
    from s2s_core import Translator, checkpoint
    store, out, run = finished, env["root"] / "checkpoints", finished.path("api_run")
    assert main(["runs", "promote", "api_run", "--average", "3", "--as", "gru-avg"]) == 0
    got = checkpoint.load(out / "gru-avg.pt")
    want = snapshot_average(run, (30, 35, 40))
    assert list(got["model"]) == list(want)
    for k, v in want.items():
        assert torch.equal(got["model"][k], v), k
    for wrong in ((25, 30, 35), (35, 40), (25, 30, 35, 40)):
        assert not all(torch.equal(got["model"][k], v) for k, v in snapshot_average(run, wrong).items()), wrong
    assert "average of the last 3 snapshots (steps 30, 35, 40)" in (out / "gru-avg.md").read_text()
    assert got["meta"]["step"] == 40 and got["meta"]["source"].startswith("average of the last 3")

    manual = {**checkpoint.load(run / "step-40.pt"), "model": want}
    checkpoint.save({k: v for k, v in manual.items() if k not in ("format", "version")}, tmp_path / "manual.pt")
    a = Translator.from_checkpoint(out / "gru-avg.pt").translate_batch(["a b c", "d e f g", "h"], beam_size=3,
                                                                        n_best=2)
    b = Translator.from_checkpoint(tmp_path / "manual.pt").translate_batch(["a b c", "d e f g", "h"], beam_size=3,
                                                                           n_best=2)
    assert [[h.ids for h in t.hypotheses] for t in a] == [[h.ids for h in t.hypotheses] for t in b]
    assert [h.score for t in a for h in t.hypotheses] == [h.score for t in b for h in t.hypotheses]
    with pytest.raises(ValueError, match="has 4 step snapshot"):
        store.promote("api_run", average=5, as_name="x")


def test_promote_refuses_to_overwrite_without_the_flag(finished, env, capsys):
    store, out = finished, env["root"] / "checkpoints"
    store.promote("cli-run", as_name="keep-me")
    before = (out / "keep-me.pt").read_bytes()
    with pytest.raises(ValueError, match="keep-me.pt already exists"):
        store.promote("cli-run", average=2, as_name="keep-me")
    capsys.readouterr()
    assert main(["runs", "promote", "cli-run", "--average", "2", "--as", "keep-me"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert (out / "keep-me.pt").read_bytes() == before
    assert main(["runs", "promote", "cli-run", "--average", "2", "--as", "keep-me", "--overwrite"]) == 0
    assert (out / "keep-me.pt").read_bytes() != before
    from s2s_core.checkpoint import load
    replaced = load(out / "keep-me.pt")["model"]
    assert all(torch.equal(replaced[k], v) for k, v in snapshot_average(store.path("cli-run"), (35, 40)).items())
    assert "average of the last 2 snapshots (steps 35, 40)" in (out / "keep-me.md").read_text()


def test_completed_run_continues_with_a_higher_step_limit(finished):
    """Train longer: a run that reached max_steps resumes from its last step once the limit is raised."""
    store = finished
    for limits, match in (({}, "nothing to resume|raise max_steps"), ({"max_steps": 40}, "raise max_steps"),
                          ({"max_epochs": 99}, "raise max_steps"), ({"max_steps": -1}, "≥ 0"),
                          ({"lr": 1}, "unknown limit")):
        with pytest.raises(ValueError, match=match):
            store.resume("api_run", limits=limits)
    assert main(["runs", "resume", "api_run", "--max-steps", "50", "--wait"]) == 0
    st = store.status("api_run")
    assert st["state"] == "completed" and st["step"] == 50 and st["max_steps"] == 50, st
    starts = [e["step"] for e in store.metrics("api_run")["events"] if e["event"] == "start"]
    assert starts == [0, 40]
    assert [r["step"] for r in store.metrics("api_run")["train"]][-2:] == [45, 50]
    argv = store.config("api_run")["argv"]
    assert argv.count("--max-steps") == 1 and argv[argv.index("--max-steps") + 1] == "50"


def test_a_run_stopped_early_trains_longer_with_more_patience(env):
    """Nothing improves (lr 1e-12), patience 2, a validation every 2 steps: early stopping ends the run at step 6
    ("stopped early" on the page). Its checkpoint keeps the count that stopped it, so the same patience would stop
    it again at once; with patience 4 (2 more validations) it trains on to step 10, then stops early again."""
    store: RunStore = env["store"]
    store.launch_argv("early", data_args(env, max_steps=40, lr="1e-12", valid_every=2, checkpoint_every=2,
                                         patience=2, select_metric="bleu"))
    st = store.wait("early", timeout=120)
    assert (st["state"], st["reason"], st["step"]) == ("completed", "early_stopping", 6), (st, store.log_tail("early"))
    assert R.shown_state(st) == R.STOPPED_EARLY and st["validations_since_best"] == 2
    with pytest.raises(ValueError, match="raise patience above 2"):
        store.resume("early", limits={"max_steps": 80})
    assert main(["runs", "resume", "early", "--patience", "4", "--wait"]) == 0
    st = store.status("early")
    assert (st["state"], st["reason"], st["step"], st["validations_since_best"]) == (
        "completed", "early_stopping", 10, 4), (st, store.log_tail("early"))
    assert [e["step"] for e in store.metrics("early")["events"] if e["event"] == "start"] == [0, 6]


# ------------------------------------------------------------------------------------------- several processes

def test_torchrun_two_cpu_processes(env):
    store: RunStore = env["store"]
    st = store.launch_argv("ddp", data_args(env, max_steps=20, checkpoint_every=10, valid_every=20), nproc=2)
    assert st["command"][:6] == [sys.executable, "-m", "torch.distributed.run", "--standalone",
                                 "--nproc_per_node=2", "-m"]
    st = store.wait("ddp", timeout=120)
    assert st["state"] == "completed", (st, store.log_tail("ddp"))
    assert st["world_size"] == 2 and st["step"] == 20
    assert (store.path("ddp") / "best.pt").exists()


def test_multi_machine_command(env):
    run = Path("/tmp/runs/x")
    cmd = build_command(run, ["--train", "t.tsv"], nproc=4, nnodes=2, node_rank=1,
                        rdzv_endpoint="node0:29500", rdzv_id="x")
    assert cmd == [sys.executable, "-m", "torch.distributed.run", "--nnodes=2", "--nproc_per_node=4",
                   "--node_rank=1", "--rdzv_backend=c10d", "--rdzv_endpoint=node0:29500", "--rdzv_id=x",
                   "-m", "s2s_core", "train", "--train", "t.tsv", "--out", str(run)]
    # a run's commands for its other machines come from its stored config
    store: RunStore = env["store"]
    d = store.path("multi")
    d.mkdir(parents=True)
    (d / "config.json").write_text(json.dumps({"name": "multi", "argv": ["--train", "t.tsv"], "cwd": "/p",
                                               "launch": {"nproc": 2, "nnodes": 3, "node_rank": 0,
                                                          "rdzv_endpoint": "h:1234"}}))
    (d / "status.json").write_text(json.dumps({"name": "multi", "state": "stopped", "attempts": 1}))
    assert store.node_command("multi", 2)[3:6] == ["--nnodes=3", "--nproc_per_node=2", "--node_rank=2"]
    lines = store.node_command_lines("multi")
    assert len(lines) == 2 and lines[0].startswith("cd /p && ") and "--node_rank=1" in lines[0]
    with pytest.raises(ValueError, match="HOST:PORT"):
        store.launch_argv("multi2", data_args(env), nnodes=2, rdzv_endpoint="no port")
    store.delete("multi")


# ------------------------------------------------------------------------------------------- refusals

@pytest.mark.parametrize("bad", ["../evil", "a/b", "a b", "", "x" * 65, ".hidden", "a..b", "-rf", "é", None])
def test_bad_run_names_refused(env, bad):
    with pytest.raises(ValueError, match="invalid run name"):
        validate_name(bad)
    if bad is not None:
        with pytest.raises(ValueError, match="invalid run name"):
            env["store"].launch_argv(bad, data_args(env, max_steps=5))
    assert not (env["root"] / "evil").exists()


def test_good_names_accepted():
    for ok in ("a", "run-1", "Run_2", "x" * 64):
        assert validate_name(ok) == ok


def test_bad_settings_refused_before_start(env, tmp_path, capsys):
    store: RunStore = env["store"]
    before = set(store.names())
    with pytest.raises(ValueError, match="dropout"):
        store.launch_argv("bad1", data_args(env, dropout=1.5))
    with pytest.raises(ValueError, match="label-smoothing"):
        store.launch_argv("bad1", data_args(env, label_smoothing=-0.1))
    with pytest.raises(ValueError, match="invalid int value"):
        store.launch_argv("bad1", data_args(env, max_steps="ten"))
    with pytest.raises(ValueError, match="not found"):
        store.launch_argv("bad1", ["--train", str(env["data"] / "missing.tsv"), *TINY])
    with pytest.raises(ValueError, match="set by the run store"):
        store.launch_argv("bad1", data_args(env) + ["--out", "/tmp/elsewhere"])
    if not gpus():
        with pytest.raises(ValueError, match="CUDA is not available"):
            store.launch_argv("bad1", data_args(env) + ["--device", "cuda"])
    binary = env["data"] / "weights.bin"
    binary.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(ValueError, match="not UTF-8"):
        store.launch_argv("bad1", ["--train", str(binary), *TINY])
    (env["data"] / "one-col.txt").write_text("just text\nno tabs here\n")
    with pytest.raises(ValueError, match="no source<TAB>target"):
        store.launch_argv("bad1", ["--train", str(env["data"] / "one-col.txt"), *TINY])
    outside = tmp_path / "outside.tsv"
    write_task(outside, n=20)
    with pytest.raises(ValueError, match="outside the allowed folders"):
        store.launch_argv("bad1", ["--train", str(outside), *TINY], restrict_paths=True)
    link = env["data"] / "link.tsv"       # a symlink inside the data dir pointing outside is outside
    link.symlink_to(outside)
    with pytest.raises(ValueError, match="outside the allowed folders"):
        store.launch_argv("bad1", ["--train", "link.tsv", *TINY], restrict_paths=True)
    link.unlink()
    assert main(["runs", "launch", "--name", "../x", "--train", env["train"]]) == 2
    assert "invalid run name" in capsys.readouterr().err
    assert set(store.names()) == before


def test_dead_or_reused_pid_is_marked_failed(env):
    """A status.json pointing at a pid that is now another process (reuse after reboot) → failed."""
    store: RunStore = env["store"]
    d = store.path("ghost")
    d.mkdir(parents=True)
    (d / "config.json").write_text(json.dumps({"name": "ghost", "argv": [], "launch": {"nproc": 1, "nnodes": 1},
                                               "train_config": {"max_steps": 10}}))
    (d / "status.json").write_text(json.dumps({"name": "ghost", "state": "running", "pid": os.getpid(),
                                               "create_time": 12345.0, "metrics_offset": 0}))
    # an orphaned worker still training into the folder (torchrun workers have sessions of their own)
    orphan = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", "--out", str(d)])
    try:
        st = store.status("ghost")                  # a read: says failed, changes nothing
        assert st["state"] == "failed" and st["reason"] == "process died"
        assert json.loads((d / "status.json").read_text())["state"] == "running" and orphan.poll() is None
        st = store.refresh("ghost")                 # records it and kills what the dead run left behind
        assert st["state"] == "failed" and json.loads((d / "status.json").read_text())["state"] == "failed"
        assert orphan.wait(timeout=5) == -signal.SIGKILL, "leftover processes of a dead run are killed"
    finally:
        orphan.kill()
    store.delete("ghost")


def test_a_run_that_exited_on_an_error_says_so_once_its_launcher_is_gone(tmp_path):
    """`runs status` in a new process has no exit code to read: the log's last line, `error: …` (cli.main's),
    tells an exit on an error from a kill."""
    root, launcher = tmp_path / "runs", R.Launcher()
    said = "import sys; sys.exit('error: ValueError: no pairs in t.tsv')"
    killed = "import os; print('ValueError: a line skipped', flush=True); os.kill(os.getpid(), 9)"
    for name, code in (("said", said), ("killed", killed)):
        d = root / name
        d.mkdir(parents=True)
        (d / "config.json").write_text(json.dumps({"name": name, "argv": [], "launch": {"nproc": 1, "nnodes": 1},
                                                   "train_config": {}}))
        pid, ctime = launcher.spawn(d, [sys.executable, "-c", code], attempt=1)
        (d / "status.json").write_text(json.dumps({"name": name, "state": "running", "pid": pid, "create_time": ctime,
                                                   "metrics_offset": 0, "attempts": 1}))
        wait_until_dead(pid)
        assert launcher.exit_code(pid) is not None           # reaped by the launcher, which then goes away
    store = RunStore(root)                                   # a fresh store: `runs status` in another process
    st = store.refresh("said")
    assert (st["state"], st["reason"], st["detail"]) == ("failed", "exited with an error",
                                                         "error: ValueError: no pairs in t.tsv")
    assert store.status("killed")["reason"] == "process died"


def test_dev_split_applies_the_direction(tmp_path):
    src = tmp_path / "c.tsv"
    src.write_text("".join(f"en{i}\tfr{i}\tCC-BY 2.0 (France)\n" for i in range(40)), encoding="utf-8")
    train, dev = R.split_dev(str(src), tmp_path / "split", 10, "en", "fr", swap=True)
    rows = [l.split("\t") for l in Path(train).read_text().splitlines()]
    assert len(rows) == 30 and all(r[0].startswith("fr") and r[1].startswith("en") for r in rows)
    assert len(Path(dev).read_text().splitlines()) == 10
    assert direction_of({"src_lang": "en", "tgt_lang": "fr", "swap": True}) == ("fr", "en")
    with pytest.raises(ValueError, match="too few"):
        R.split_dev(str(src), tmp_path / "split2", 30, "en", "fr", swap=False)
    dups = tmp_path / "dups.tsv"                    # 100 lines, 20 sentences: a dev set holds out whole sentences
    dups.write_text("".join(f"s{i % 20}\tt{i % 20}\n" for i in range(100)), encoding="utf-8")
    with pytest.raises(ValueError, match="20 distinct source sentences .in 100 pairs.*at most 10"):
        R.split_dev(str(dups), tmp_path / "split3", 11, "en", "fr", swap=False)
    train, dev = R.split_dev(str(dups), tmp_path / "split4", 10, "en", "fr", swap=False)
    assert len(Path(dev).read_text().splitlines()) == 10 and len(Path(train).read_text().splitlines()) == 10


def test_upload_is_saved_inside_the_run_folder(env):
    store: RunStore = env["store"]
    dest = store.save_upload("up-1", "../../evil name.tsv", b"a b\tb a\n")
    assert dest == store.path("up-1") / "upload" / "evil_name.tsv" and dest.read_bytes() == b"a b\tb a\n"
    assert R.resolve_corpus(str(dest), "en", "fr", restrict=True) == str(dest.resolve())   # runs dir is allowed
    store.discard_unlaunched("up-1")
    assert not store.path("up-1").exists()
    with pytest.raises(ValueError, match="invalid run name"):
        store.save_upload("../x", "a.tsv", b"")
