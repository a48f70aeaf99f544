"""Command line: ``python -m s2s_core {train,translate,evaluate,data,runs} …`` (also under torchrun)."""
from __future__ import annotations

import argparse
import json
import logging
import sys

from .align_eval import add_align_eval_parser
from .config import RECIPES, ModelConfig, TrainConfig, auto_size, preset


def add_train_args(p: argparse.ArgumentParser) -> None:
    d = TrainConfig()
    p.add_argument("--train", required=True, help="TSV file, or prefix of line-aligned files PREFIX.{src,tgt}[.gz]")
    p.add_argument("--valid", default="", help="dev set, same formats (multi-reference TSV allowed)")
    p.add_argument("--src-lang", default=d.src_lang)
    p.add_argument("--tgt-lang", default=d.tgt_lang)
    p.add_argument("--swap", action="store_true", help="TSV: translate column 2 into column 1")
    p.add_argument("--arch", default="transformer", choices=["transformer", "gru", "lstm"])
    p.add_argument("--attention", default="bahdanau", choices=["bahdanau", "luong-dot", "luong-general"])
    p.add_argument("--size", default="auto", choices=["auto", "tiny", "small", "base"],
                   help="model size preset (auto: by number of training pairs)")
    for name in ("d_model", "n_heads", "enc_layers", "dec_layers", "ffn_dim", "emb_dim"):
        p.add_argument("--" + name.replace("_", "-"), type=int, help="override the preset")
    p.add_argument("--layers", type=int, help="encoder and decoder layers")
    p.add_argument("--dropout", type=float, help="on embeddings and sub-layer outputs")
    p.add_argument("--attention-dropout", type=float,
                   help="Transformer attention probabilities (default: --dropout; 0 = fused attention in training)")
    p.add_argument("--activation-dropout", type=float, help="Transformer FFN hidden units (default: --dropout)")
    p.add_argument("--no-tie", action="store_true", help="separate source/target/output embeddings")
    p.add_argument("--vocab-size", type=int, default=d.vocab_size)
    p.add_argument("--tokenizer-type", default=d.tokenizer_type, choices=["auto", "unigram", "bpe", "char"])
    p.add_argument("--max-len", type=int, default=d.max_len, help="drop training pairs longer than this (pieces)")
    p.add_argument("--batch-tokens", type=int, default=None, help="default: by size")
    p.add_argument("--lr", type=float, default=None, help="default: by size")
    p.add_argument("--warmup", type=int, default=None, help="default: by size")
    p.add_argument("--weight-decay", type=float, default=d.weight_decay)
    p.add_argument("--label-smoothing", type=float, default=d.label_smoothing)
    p.add_argument("--clip-norm", type=float, default=d.clip_norm)
    p.add_argument("--sampling-max", type=float, default=d.sampling_max,
                   help="scheduled sampling (RNNs): final probability of feeding the model's own prediction")
    p.add_argument("--sampling-steps", type=int, default=d.sampling_steps, help="... reached linearly by this step")
    p.add_argument("--max-steps", type=int, default=d.max_steps)
    p.add_argument("--max-epochs", type=int, default=d.max_epochs)
    p.add_argument("--max-minutes", type=float, default=d.max_minutes)
    p.add_argument("--valid-every", type=int, default=d.valid_every)
    p.add_argument("--valid-max-sents", type=int, default=d.valid_max_sents)
    p.add_argument("--checkpoint-every", type=int, default=d.checkpoint_every)
    p.add_argument("--log-every", type=int, default=d.log_every)
    p.add_argument("--patience", type=int, default=d.patience)
    p.add_argument("--select-metric", default=d.select_metric, choices=["loss", "bleu", "chrf"])
    p.add_argument("--keep-last", type=int, default=d.keep_last)
    p.add_argument("--seed", type=int, default=d.seed)
    p.add_argument("--resume", action="store_true", help="continue exactly from OUT/last.pt if it exists")
    p.add_argument("--init-from", default=d.init_from,
                   help="warm start: weights, architecture and tokenizer of this checkpoint; fresh optimizer")
    p.add_argument("--precision", default=d.precision, choices=["auto", "fp32", "bf16"],
                   help="matmul precision (auto: bf16 where the CPU or GPU computes it natively, else fp32)")
    p.add_argument("--compile", action="store_true", help="torch.compile the model")
    p.add_argument("--threads", type=int, default=0)
    p.add_argument("--device", default=None, help="cpu, cuda, cuda:1 … (default: cuda if available)")
    p.add_argument("--probe", action="append", default=[], help="sentence to translate at each validation")
    p.add_argument("--out", required=True)


def configs_from_args(a: argparse.Namespace) -> tuple[TrainConfig, ModelConfig]:
    size = a.size
    if size == "auto":
        from .data import read_corpus
        size = auto_size(len(read_corpus(a.train, a.src_lang, a.tgt_lang, a.swap)))
        logging.getLogger(__name__).info("model size: %s (by corpus size)", size)
    for key, value in RECIPES[size].items():
        if getattr(a, key) is None:
            setattr(a, key, value)
    m = preset(a.arch, size)
    for name in ("d_model", "n_heads", "enc_layers", "dec_layers", "ffn_dim", "emb_dim", "dropout",
                 "attention_dropout", "activation_dropout"):
        if getattr(a, name, None) is not None:
            m[name] = getattr(a, name)
    if a.layers is not None:
        m["enc_layers"] = m["dec_layers"] = a.layers
    model_cfg = ModelConfig(arch=a.arch, attention=a.attention, tie_embeddings=not a.no_tie, **m)
    train_fields = {f: getattr(a, f) for f in TrainConfig().to_dict() if hasattr(a, f)}
    train_fields["probes"] = tuple(a.probe)
    cfg = TrainConfig(**train_fields)
    validate_configs(cfg, model_cfg)
    return cfg, model_cfg


def validate_configs(cfg: TrainConfig, m: ModelConfig) -> None:
    """Refuse impossible hyper-parameters before anything starts."""
    checks = [
        (cfg.vocab_size >= 8, "--vocab-size must be at least 8"),
        (cfg.batch_tokens >= 16, "--batch-tokens must be at least 16"),
        (cfg.lr > 0, "--lr must be positive"),
        (0 <= cfg.label_smoothing < 1, "--label-smoothing must be in [0, 1)"),
        (all(0 <= p < 1 for p in (m.dropout, m.dropout_of("attention"), m.dropout_of("activation"))),
         "--dropout, --attention-dropout and --activation-dropout must be in [0, 1)"),
        (cfg.clip_norm >= 0, "--clip-norm must be ≥ 0 (0 disables clipping)"),
        (0 <= cfg.sampling_max <= 1, "--sampling-max must be in [0, 1]"),
        (min(cfg.max_steps, cfg.max_epochs, cfg.patience, cfg.warmup) >= 0 and cfg.max_minutes >= 0,
         "step, epoch, minute, warmup and patience limits must be ≥ 0"),
        (cfg.valid_every > 0 and cfg.checkpoint_every > 0 and cfg.log_every > 0,
         "--valid-every, --checkpoint-every and --log-every must be positive"),
        (m.d_model > 0 and m.enc_layers > 0 and m.dec_layers > 0, "model sizes must be positive"),
        (m.arch != "transformer" or m.d_model % m.n_heads == 0, "--d-model must be divisible by --n-heads"),
    ]
    for ok, msg in checks:
        if not ok:
            raise ValueError(msg)


def cmd_train(a):
    from .train import train
    cfg, model_cfg = configs_from_args(a)
    reason = train(cfg, model_cfg, device=a.device)
    print(f"training finished ({reason}); checkpoints in {cfg.out}", file=sys.stderr)


def _decode_kwargs(a):
    return dict(beam_size=a.beam, n_best=a.n_best, length_penalty=a.length_penalty, max_length=a.max_length)


def cmd_translate(a):
    from . import Translator
    tr = Translator.from_checkpoint(a.checkpoint, device=a.device)
    src = open(a.input, encoding="utf-8") if a.input else sys.stdin
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    lines = [l.rstrip("\n") for l in src]
    for i in range(0, len(lines), 256):
        for t in tr.translate_batch(lines[i:i + 256], **_decode_kwargs(a)):
            if t.error:
                print(f"(line not translated: {t.error})", file=sys.stderr)
                out.write("\n")
            elif a.n_best > 1:
                for h in t.hypotheses:
                    out.write(f"{h.score:.4f}\t{h.text}\n")
                out.write("\n")
            else:
                out.write(t.best.text + "\n")
        out.flush()


def cmd_evaluate(a):
    from . import Translator
    from .data import group_by_source, read_corpus
    from .evaluate import score
    from tqdm import tqdm
    tr = Translator.from_checkpoint(a.checkpoint, device=a.device)
    items = group_by_source(read_corpus(a.test, a.src_lang, a.tgt_lang, a.swap))
    hyps = []
    for i in tqdm(range(0, len(items), 128), disable=None, unit="batch"):
        hyps += [t.best.text if t.best else "" for t in
                 tr.translate_batch([s for s, _ in items[i:i + 128]], **_decode_kwargs(a))]
    refs = [r for _, r in items]
    sc = score(hyps, refs, lowercase_tok=a.lowercase_tok, lang=a.tgt_lang)
    if a.output:
        with open(a.output, "w", encoding="utf-8") as f:
            f.writelines(h + "\n" for h in hyps)
    result = {"checkpoint": a.checkpoint, "test": a.test, "beam": a.beam, **sc.as_dict()}
    lines = [f"BLEU {sc.bleu:.2f}  ({sc.bleu_signature})"]
    if a.lowercase_tok:   # papers' variant first; standard sacreBLEU of the same translations beside it
        cased = score(hyps, refs)
        result.update(cased_bleu=cased.bleu, cased_bleu_signature=cased.bleu_signature)
        lines.append(f"BLEU {cased.bleu:.2f}  ({cased.bleu_signature}, cased detokenised)")
    lines += [f"chrF {sc.chrf:.2f}  ({sc.chrf_signature})", f"{sc.n} sentences"]
    print(json.dumps(result, indent=2) if a.json else "\n".join(lines))


def cmd_data(a):
    from . import data
    if a.data_cmd == "download":
        print(data.download(a.corpus, a.dest, a.base_url))
    elif a.data_cmd == "split":
        from pathlib import Path
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
                              seed=a.seed, log=lambda m: print(m, file=sys.stderr))
        print(json.dumps(stats, indent=2))


def cmd_export(a):
    from . import checkpoint
    ckpt = checkpoint.average(a.checkpoint) if len(a.checkpoint) > 1 else checkpoint.load(a.checkpoint[0])
    checkpoint.save(checkpoint.for_inference(ckpt, fp16=not a.fp32), a.out)
    print(f"wrote {a.out}")


def add_decode_args(p):
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--beam", type=int, default=5)
    p.add_argument("--n-best", type=int, default=1)
    p.add_argument("--length-penalty", type=float, default=1.0)
    p.add_argument("--max-length", type=int, default=None)
    p.add_argument("--device", default="cpu")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m s2s_core", description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("train", help="train a model")
    add_train_args(p)
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("translate", help="translate stdin (or --input) line by line")
    add_decode_args(p)
    p.add_argument("--input", help="file to translate instead of stdin")
    p.add_argument("--output", help="write here instead of stdout")
    p.set_defaults(func=cmd_translate)

    p = sub.add_parser("evaluate", help="BLEU / chrF on a test set (extra TSV columns = extra references)")
    add_decode_args(p)
    p.add_argument("--test", required=True)
    p.add_argument("--src-lang", default="en")
    p.add_argument("--tgt-lang", default="fr")
    p.add_argument("--swap", action="store_true")
    p.add_argument("--lowercase-tok", action="store_true", help="lowercased, Moses-tokenised BLEU (Multi30k papers)")
    p.add_argument("--output", help="also write the translations here")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("export", help="inference checkpoint (fp16, no training state); several inputs are averaged")
    p.add_argument("checkpoint", nargs="+")
    p.add_argument("--out", required=True)
    p.add_argument("--fp32", action="store_true", help="keep float32 weights")
    p.set_defaults(func=cmd_export)

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
    d.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_data)

    try:
        from .runs import add_runs_parser
        add_runs_parser(sub)
    except ImportError:
        pass
    add_align_eval_parser(sub)
    return parser


def main(argv=None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        args.func(args)
    except (ValueError, FileNotFoundError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # a clear one-line error; the traceback only with S2S_DEBUG=1
        import os
        if os.environ.get("S2S_DEBUG"):
            raise
        print(f"error: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
