"""Promoting a run: its best weights (or an average of its last snapshots) → an fp16 inference
checkpoint in the checkpoints folder, with a model card the app's model list reads. (torch is imported
only when a run is promoted: ``runs list`` and the other commands start without it.)"""
from __future__ import annotations

import json
import shlex
import time
from pathlib import Path
from typing import Optional

from .. import paths
from ..config import describe_architecture, direction_of
from ..files import write_text
from .folder import validate_name


def snapshot_weights(run: Path, name: str, average: int) -> tuple[dict, str]:
    """(checkpoint dict, where it came from): best.pt, or the average of the last ``average`` step-*.pt."""
    from .. import checkpoint
    if not average:
        if not (run / "best.pt").exists():
            raise ValueError(f"run {name!r} has no best.pt yet (it is written at the first validation)")
        return checkpoint.load(run / "best.pt"), "best.pt"
    if average < 2:
        raise ValueError("average needs at least 2 snapshots")
    snaps = sorted(run.glob("step-*.pt"), key=lambda p: int(p.stem.split("-")[1]))
    if len(snaps) < average:
        raise ValueError(f"run {name!r} has {len(snaps)} step snapshot(s); averaging {average} needs training "
                         f"with 'Snapshots to keep' (--keep-last) set to {average} or more")
    chosen = snaps[-average:]
    ckpt = checkpoint.average(chosen)
    steps = [int(p.stem.split("-")[1]) for p in chosen]
    ckpt["meta"] = dict(ckpt.get("meta", {}), step=steps[-1])
    return ckpt, f"average of the last {average} snapshots (steps {', '.join(map(str, steps))})"


def promote(store, name: str, average: int = 0, as_name: Optional[str] = None, overwrite: bool = False,
            target_dir=None) -> dict:
    """Write ``<checkpoints>/<as_name>.pt`` and its card ``<as_name>.md``; returns their paths and source."""
    run = store.run_dir(name)
    target = validate_name(as_name or name, "checkpoint name")
    out_dir = Path(target_dir or paths.checkpoints_dir())
    dest, card = out_dir / f"{target}.pt", out_dir / f"{target}.md"
    if dest.exists() and not overwrite:
        raise ValueError(f"{dest} already exists; choose another name or overwrite it")
    tc = store.config(name).get("train_config", {})
    if not average and tc.get("valid") and not store.metrics(name)["valid"]:
        raise ValueError(f"run {name!r} has not been validated yet: its best.pt holds the weights it stopped with, "
                         f"which no dev score vouches for. Resume it past its first validation (every "
                         f"{tc.get('valid_every', '?')} steps), then promote it")
    from .. import checkpoint
    ckpt, source = snapshot_weights(run, name, average)
    payload = checkpoint.for_inference(ckpt, fp16=True)
    payload["meta"] = dict(payload.get("meta", {}), run=name, source=source,
                           promoted=time.strftime("%Y-%m-%d %H:%M:%S"))
    out_dir.mkdir(parents=True, exist_ok=True)
    checkpoint.save(payload, dest)
    tc = payload.get("train_config") or tc
    served = served_scores(dest, tc) if average else None     # no validation record describes an average
    write_text(card, card_text(name, target, payload, dest.stat().st_size, source, store.config(name),
                               store.metrics(name), served), permissions=0o644)     # readable as the .pt is
    return {"checkpoint": str(dest), "card": str(card), "source": source, "served_scores": served}


def served_scores(path: Path, tc: dict) -> dict:
    """Greedy dev BLEU / chrF of the checkpoint file as the app will load it (fp16 weights), on the same
    evenly spaced dev subset the trainer validates on; ``{"error": why}`` when they cannot be measured."""
    if not tc.get("valid"):
        return {"error": "the run has no dev set"}
    from ..data import evenly_spaced, group_by_source, read_corpus
    from ..evaluate import score
    from ..translator import Translator
    try:
        items = evenly_spaced(group_by_source(read_corpus(tc["valid"], tc.get("src_lang", "en"),
                                                          tc.get("tgt_lang", "fr"), bool(tc.get("swap")))),
                              int(tc.get("valid_max_sents") or 500))
    except (OSError, ValueError) as e:
        return {"error": f"the dev set cannot be read ({e})"}
    if not items:
        return {"error": "the dev set is empty"}
    out = Translator.from_checkpoint(path).translate_batch([s for s, _ in items], beam_size=1)
    sc = score([t.best.text if t.best else "" for t in out], [refs for _, refs in items])
    return {"valid_bleu": sc.bleu, "valid_chrf": sc.chrf, "sentences": len(items)}


def _fmt(x) -> str:
    return f"{x:.2f}" if isinstance(x, (int, float)) else "–"


def _cell(x) -> str:
    return str(x).replace("|", "\\|").replace("\n", " ")


def _rows(name: str, payload: dict, size: int, source: str, config: dict, metrics: dict, v: dict,
          how: str) -> list:
    tc, mc, meta = payload.get("train_config") or config.get("train_config", {}), payload["model_config"], \
        payload.get("meta", {})
    pairs = next((e.get("train_pairs") for e in reversed(metrics["events"]) if e.get("event") == "start"), None)
    src, tgt = direction_of(tc)
    epoch = f" (epoch {meta.get('epoch')})" if meta.get("epoch") is not None else ""
    return [
        ("Direction", f"{src} → {tgt}"),
        ("Training data", f"`{tc.get('train')}`" + (f" ({pairs:,} pairs after length filtering)" if pairs else "")),
        ("Dev set", f"`{tc.get('valid')}`" if tc.get("valid") else "none"),
        ("Architecture", describe_architecture(mc)),
        ("Vocabulary", f"{mc['vocab_size']} SentencePiece pieces (shared source/target)"),
        ("Parameters", f"{sum(t.numel() for t in payload['model'].values()) / 1e6:.2f} M"),
        ("File size", f"{size / 2**20:.1f} MB (fp16 weights)"),
        ("Training steps", f"{meta.get('step')}{epoch}"),
        ("Weights", source),
        ("Dev BLEU", _fmt(v.get("valid_bleu")) + (f" ({how})" if v else "")),
        ("Dev chrF", _fmt(v.get("valid_chrf"))),
        ("Dev loss", _fmt(v.get("valid_loss")) if "valid_loss" in v else "–" if not v else "not measured"),
        ("Run", f"`{name}`"),
        ("Promoted", meta.get("promoted", "")),
    ]


def card_text(name: str, target: str, payload: dict, size: int, source: str, config: dict, metrics: dict,
              served: Optional[dict] = None) -> str:
    """The model card: front matter (read by ``catalog.read_card``), a table, the command, the settings.
    ``served`` (scores of the promoted file itself, see :func:`served_scores`) replaces the training log's
    validation at that step: an average of snapshots was never validated during training."""
    tc, mc = payload.get("train_config") or config.get("train_config", {}), payload["model_config"]
    step = payload.get("meta", {}).get("step")
    if served and "error" in served:
        v, how = {}, ""
    elif served:
        v, how = dict(served, step=step), f"greedy, the promoted weights, {served['sentences']} dev sentences"
    else:
        valid = [v for v in metrics["valid"] if v.get("step") == step] or metrics["valid"][-1:]
        v = valid[-1] if valid else {}
        how = f"greedy, at step {v.get('step')}"
    src, tgt = direction_of(tc)
    score = (f"dev BLEU {_fmt(v.get('valid_bleu'))}, chrF {_fmt(v.get('valid_chrf'))} ({how})" if v else
             f"not measured: {served['error']}" if served else "not validated")
    front = ["---", f"title: {target}", f"language_pair: {src}-{tgt}", f"architecture: {describe_architecture(mc)}",
             f"score: {score}", f"trained: {step} steps", f"run: {name}", "---", ""]
    table = ["| | |", "|---|---|"] + [f"| {k} | {_cell(x)} |" for k, x in
                                     _rows(name, payload, size, source, config, metrics, v, how)]
    cwd = config.get("cwd", str(paths.PROJECT))
    return "\n".join(front + [f"# {target}", "", f"Translation model trained with s2s_core (run `{name}`).", ""]
                     + table + ["", "## Training command", "", "```sh", f"cd {shlex.quote(cwd)}",
                                shlex.join(config.get("command") or []), "```", "", "## Hyper-parameters", "",
                                "```json", json.dumps({"model": mc, "train": tc}, indent=2, default=str), "```", ""])
