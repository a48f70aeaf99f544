"""Command line: ``python -m s2s_core {train,translate,evaluate,export,data,runs,align-eval} …`` (also under torchrun).

Each subcommand is registered by one small ``add_*_command(sub)`` function listed in ``COMMANDS``; a new
subcommand is one more function and one more entry there. Commands import what they need when they run,
so ``runs list`` does not pay for importing torch.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from pathlib import Path
from typing import Optional

from .align_eval import add_align_eval_command
from .cli_args import add_train_args, configs_from_args
from .decoding import DecodeConfig
from .runs.cli import add_runs_command

BATCH_LINES = 256     # translate: lines per translate_batch call (output is flushed after each)


def cmd_train(a: argparse.Namespace) -> None:
    from .train import train
    cfg, model_cfg = configs_from_args(a)
    reason = train(cfg, model_cfg, device=a.device)
    print(f"training finished ({reason}); checkpoints in {cfg.out}", file=sys.stderr)
    if int(os.environ.get("WORLD_SIZE", "1")) > 1:
        _end_worker()


def _end_worker() -> None:
    """A torchrun worker whose run is saved and whose process group is destroyed ends here, without interpreter
    teardown: torch's process-group threads can abort it there ("terminate called without an active
    exception", seen once in ~40 two-worker CPU runs), and torchrun would report a finished run as failed."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def add_train_command(sub) -> None:
    p = sub.add_parser("train", help="train a model")
    add_train_args(p)
    p.set_defaults(func=cmd_train)


def add_decode_args(p: argparse.ArgumentParser) -> None:
    """--checkpoint, the decoding settings (defaults: ``DecodeConfig``) and --device."""
    d = DecodeConfig()
    p.add_argument("--checkpoint", required=True, help="a .pt file (checkpoints/… or a run's best.pt)")
    p.add_argument("--beam", type=int, default=d.beam_size, help="beam size; 1 = greedy (default: %(default)s)")
    p.add_argument("--n-best", type=int, default=d.n_best, help="hypotheses kept per sentence, at most the beam "
                   "(default: %(default)s)")
    p.add_argument("--length-penalty", type=float, default=d.length_penalty,
                   help="score = log-prob / length^this; higher favours longer output (default: %(default)s)")
    p.add_argument("--max-length", type=int, default=d.max_length,
                   help="target tokens at most, </s> included (default: set from the source's length)")
    p.add_argument("--device", default="cpu", help="cpu, cuda or cuda:N (default: %(default)s)")
    p.add_argument("--no-repeat-guard", dest="repeat_guard", action="store_false", default=d.repeat_guard,
                   help="allow looping repetition (s2s_core/search/repetition.py)")
    p.add_argument("--backend", default="torch", choices=["torch", "ctranslate2"],
                   help="ctranslate2: search in CTranslate2 (checkpoint or exported folder; pip install ctranslate2)")
    p.add_argument("--quantize", default="none", choices=["none", "int8"],
                   help="int8: linear layers in int8 (CPU; faster, BLEU within 0.3 of fp32 on Tatoeba)")


def decode_config(a: argparse.Namespace) -> DecodeConfig:
    return DecodeConfig(beam_size=a.beam, n_best=a.n_best, length_penalty=a.length_penalty, max_length=a.max_length,
                        repeat_guard=a.repeat_guard)


def _refuse_overwriting(output: Optional[str], *inputs) -> None:
    """Opening --output empties it: were it an input, that input would be lost (inputs may be None)."""
    if output and os.path.exists(output):
        for p in inputs:
            if p and os.path.exists(p) and os.path.samefile(p, output):
                raise ValueError(f"--output {output} is the input file {p}; write to another file")


def _output(path: Optional[str]):
    """--output, or stdout (left open)."""
    return open(path, "w", encoding="utf-8") if path else contextlib.nullcontext(sys.stdout)


def cmd_translate(a: argparse.Namespace) -> None:
    from . import trust
    from .backends import load
    from .data import read_lines
    _refuse_overwriting(a.output, a.input, a.checkpoint)
    lines = read_lines(a.input)
    tr = load(a.backend, a.checkpoint, device=a.device, quantize=a.quantize)
    settings = decode_config(a).kwargs()
    with _output(a.output) as out:
        for i in range(0, len(lines), BATCH_LINES):
            for k, t in enumerate(tr.translate_batch(lines[i:i + BATCH_LINES], **settings)):
                for warning in trust.warning_lines(t, i + k + 1):
                    print(warning, file=sys.stderr)
                if t.error:
                    print(f"line {i + k + 1}: not translated: {t.error}", file=sys.stderr)
                    out.write("\n")
                elif a.n_best > 1:
                    out.writelines(f"{h.score:.4f}\t{h.text}\n" for h in t.hypotheses)
                    out.write("\n")
                else:
                    out.write(t.best.text + "\n")
            out.flush()


def add_translate_command(sub) -> None:
    p = sub.add_parser("translate", help="translate stdin (or --input) line by line")
    add_decode_args(p)
    p.add_argument("--input", help="file to translate instead of stdin")
    p.add_argument("--output", help="write here instead of stdout")
    p.set_defaults(func=cmd_translate)


def _translate_items(tr, items, settings: DecodeConfig) -> list:
    """The sources of (source, references) items translated in batches, with a progress bar."""
    from tqdm import tqdm
    done = []
    for i in tqdm(range(0, len(items), 128), disable=None, unit="batch"):
        done += tr.translate_batch([s for s, _ in items[i:i + 128]], **settings.kwargs())
    return done


def _list_warnings(items, translations, codes: set[str]) -> None:
    """``evaluate --list-warnings``: one JSON line per test line whose best translation has one of ``codes``."""
    if not codes:
        return
    from . import trust
    from .slices import trust_codes
    for i, ((source, _), t) in enumerate(zip(items, translations), 1):
        found = [c for c in trust_codes(t.best) if c in codes]
        if found:
            record = {"line": i, "warnings": found, "source": source, "translation": t.best.text}
            if trust.UNSURE_WORD.code in found:
                record["unsure_words"] = trust.named_words(t.best)
            if trust.MISSING_NUMBER.code in found:
                record["missing_numbers"] = trust.named_numbers(t.best, t.source_tokens)
            print(json.dumps(record, ensure_ascii=False), file=sys.stderr)


def cmd_evaluate(a: argparse.Namespace) -> None:
    from . import trust
    from .backends import load
    from .data import aligned_files, group_by_source, read_corpus
    from .evaluate import score
    _refuse_overwriting(a.output, a.checkpoint, a.test, aligned_files(a.test, a.src_lang),
                        aligned_files(a.test, a.tgt_lang))
    tr = load(a.backend, a.checkpoint, device=a.device, quantize=a.quantize)
    items = group_by_source(read_corpus(a.test, a.src_lang, a.tgt_lang, a.swap))
    if a.as_typed:
        from .corpora import as_typed
        items = [(as_typed(s), [as_typed(r) for r in refs]) for s, refs in items]
    if a.lower_case_source:
        items = [(s.lower(), refs) for s, refs in items]
    translations, refs = _translate_items(tr, items, decode_config(a)), [r for _, r in items]
    hyps = [t.best.text if t.best else "" for t in translations]
    sc = score(hyps, refs, lowercase_tok=a.lowercase_tok, lang=a.tgt_lang)
    if a.output:
        with open(a.output, "w", encoding="utf-8") as f:
            f.writelines(h + "\n" for h in hyps)
    flags, untranslated = trust.count(translations), [i for i, t in enumerate(translations) if t.error]
    for i in untranslated:       # e.g. over the input caps (S2S_MAX_INPUT_*): scored as an empty translation
        print(f"(line {i + 1} not translated, scored as empty: {translations[i].error})", file=sys.stderr)
    _list_warnings(items, translations, {c.strip() for c in a.list_warnings.split(",") if c.strip()})
    result = {"checkpoint": a.checkpoint, "test": a.test, "beam": a.beam, **sc.as_dict(), "warnings": flags,
              "untranslated": len(untranslated)}
    lines = [f"BLEU {sc.bleu:.2f}  ({sc.bleu_signature})"]
    if a.lowercase_tok:   # papers' variant first; standard sacreBLEU of the same translations beside it
        cased = score(hyps, refs)
        result.update(cased_bleu=cased.bleu, cased_bleu_signature=cased.bleu_signature)
        lines.append(f"BLEU {cased.bleu:.2f}  ({cased.bleu_signature}, cased detokenised)")
    lines += [f"chrF {sc.chrf:.2f}  ({sc.chrf_signature})", f"{sc.n} sentences",
              "warnings (best translations): " + ", ".join(f"{n} {code}" for code, n in flags.items())]
    if a.slices:
        from .slices import evaluate_slices, slice_table, trust_codes
        sl = evaluate_slices([s for s, _ in items], hyps, refs, [trust_codes(t.best) for t in translations],
                             a.lowercase_tok, a.tgt_lang)
        result["slices"] = [s.as_dict() for s in sl]
        lines += ["", slice_table(sl)]
    print(json.dumps(result, indent=2) if a.json else "\n".join(lines))


def add_evaluate_command(sub) -> None:
    p = sub.add_parser("evaluate", help="BLEU / chrF on a test set (extra TSV columns = extra references)")
    add_decode_args(p)
    p.add_argument("--test", required=True)
    p.add_argument("--src-lang", default="en")
    p.add_argument("--tgt-lang", default="fr")
    p.add_argument("--swap", action="store_true")
    p.add_argument("--lowercase-tok", action="store_true", help="lowercased, Moses-tokenised BLEU (Multi30k papers)")
    p.add_argument("--as-typed", action="store_true",
                   help="sources and references without final punctuation, as people type into a box")
    p.add_argument("--lower-case-source", action="store_true",
                   help="sources all in lower case, as people type on a phone (references as they are)")
    p.add_argument("--output", help="also write the translations here")
    p.add_argument("--json", action="store_true")
    p.add_argument("--slices", action="store_true", help="BLEU/chrF per slice (length, numbers, names, flags …)")
    p.add_argument("--list-warnings", metavar="CODES", default="",
                   help="print to stderr each line whose best translation carries one of these warnings "
                        "(comma-separated, e.g. length_limit,repetition), to read them one by one")
    p.set_defaults(func=cmd_evaluate)


def _check_export_target(out: str, overwrite: bool) -> None:
    """--out names a new file, or one to replace with --overwrite (export had replaced any file in silence)."""
    if os.path.isdir(out):
        raise ValueError(f"--out {out} is a folder; give a file name, e.g. {Path(out) / 'model.pt'}")
    if os.path.lexists(out) and not overwrite:
        raise ValueError(f"{out} already exists; choose another name or add --overwrite")


def cmd_export(a: argparse.Namespace) -> None:
    if a.format == "ctranslate2":
        from .export_ct2 import export_command
        print(f"wrote {export_command(a.checkpoint, a.out, a.quantization)}")
        return
    if not a.out:
        raise ValueError("the following arguments are required: --out")
    _check_export_target(a.out, a.overwrite)
    from . import checkpoint
    if a.ensemble:
        ckpt = checkpoint.ensemble(a.checkpoint)
    else:
        ckpt = checkpoint.average(a.checkpoint) if len(a.checkpoint) > 1 else checkpoint.load(a.checkpoint[0])
    checkpoint.save(checkpoint.for_inference(ckpt, fp16=not a.fp32), a.out)
    print(f"wrote {a.out}")


def add_export_command(sub) -> None:
    p = sub.add_parser("export", help="inference checkpoint (fp16, no training state); several inputs are averaged")
    p.add_argument("checkpoint", nargs="+", help="checkpoint(s); --format ctranslate2: CHECKPOINT OUT_DIR")
    p.add_argument("--out")
    p.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    p.add_argument("--fp32", action="store_true", help="keep float32 weights")
    p.add_argument("--ensemble", action="store_true",
                   help="combine the checkpoints into one ensemble that searches as one model (runs with one "
                        "tokenizer: train --tokenizer-from) instead of averaging their weights")
    p.add_argument("--format", default="pytorch", choices=["pytorch", "ctranslate2"],
                   help="ctranslate2: a CTranslate2 model folder for serving (pip install ctranslate2)")
    p.add_argument("--quantization", help="ctranslate2: weight type, e.g. int8 or float16 (default float32)")
    p.set_defaults(func=cmd_export)


def cmd_data(a: argparse.Namespace) -> None:
    from . import data
    if a.data_cmd == "download":
        print(data.download(a.corpus, a.dest, a.base_url))
    elif a.data_cmd == "split":
        pairs = data.read_corpus(a.input, a.src_lang, a.tgt_lang, a.swap)
        train, dev, test = data.split_grouped(pairs, a.dev, a.test, a.seed)
        out = Path(a.out)
        out.mkdir(parents=True, exist_ok=True)
        for name, items in (("train", train), ("dev", dev), ("test", test)):
            data.write_tsv(out / f"{name}.tsv", items)
        print(f"{len(train)} train / {len(dev)} dev / {len(test)} test source sentences -> {out}")
    elif a.data_cmd == "prepare-en-fr":
        from .corpora import prepare_en_fr
        stats = prepare_en_fr(a.data_dir or data.data_dir(), a.out, a.tatoeba_repeat, a.hansard_fraction,
                              seed=a.seed, held_out_files=a.held_out, log=lambda m: print(m, file=sys.stderr),
                              tatoeba_concat=a.tatoeba_concat, tatoeba_casual=a.tatoeba_casual)
        print(json.dumps(stats, indent=2))


def add_data_command(sub) -> None:
    p = sub.add_parser("data", help="download corpora / make grouped splits")
    dsub = p.add_subparsers(dest="data_cmd", required=True)
    d = dsub.add_parser("download", help="fetch a public corpus into the data directory ($S2S_DATA_DIR)")
    d.add_argument("corpus", choices=["tatoeba", "multi30k"])
    d.add_argument("--dest", default=None)
    d.add_argument("--base-url", default=None, help="mirror to fetch from")
    d = dsub.add_parser("split", help="train/dev/test split keeping each source sentence in one split")
    d.add_argument("input")
    d.add_argument("--out", required=True)
    d.add_argument("--dev", type=int, default=2000, help="source sentences in dev")
    d.add_argument("--test", type=int, default=2000, help="source sentences in test")
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("--src-lang", default="en")
    d.add_argument("--tgt-lang", default="fr")
    d.add_argument("--swap", action="store_true")
    d = dsub.add_parser("prepare-en-fr", help="the en→fr training mix: Tatoeba (repeated) + cleaned Hansards, "
                                              "test-set overlap dropped, grouped Tatoeba dev/test")
    d.add_argument("--out", required=True)
    d.add_argument("--data-dir", default=None, help="default: $S2S_DATA_DIR")
    d.add_argument("--tatoeba-repeat", type=float, default=6.0, help="copies of Tatoeba in the mix")
    d.add_argument("--hansard-fraction", type=float, default=1.0, help="share of the cleaned Hansards in the mix")
    d.add_argument("--tatoeba-concat", type=float, default=0.0,
                   help="add this many times the Tatoeba pairs' number of pairs made of 2-3 Tatoeba pairs joined "
                        "(long everyday inputs)")
    d.add_argument("--tatoeba-casual", type=float, default=0.0,
                   help="add this many times the Tatoeba pairs' number of Tatoeba pairs as people type them: "
                        "no final punctuation, half starting in lower case")
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("--held-out", action="append", default=[], metavar="TSV",
                   help="also drop training pairs sharing a side with this test set (repeatable)")
    p.set_defaults(func=cmd_data)


COMMANDS = (add_train_command, add_translate_command, add_evaluate_command, add_export_command, add_data_command,
            add_runs_command, add_align_eval_command)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m s2s_core", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    for add_command in COMMANDS:
        add_command(sub)
    return parser


def main(argv=None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        args.func(args)
    except (ValueError, FileNotFoundError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:       # Ctrl-C: a word, not a traceback; 130 as a shell reports SIGINT
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:         # `… | head` closed the pipe: no error (Python's documented way out)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as e:  # a clear one-line error; the traceback only with S2S_DEBUG=1
        if os.environ.get("S2S_DEBUG"):
            raise
        print(f"error: {type(e).__name__}: {' '.join(str(e).split())}", file=sys.stderr)   # one line: the run
        return 1                                                    # store reads the last error line of a log
    return 0
