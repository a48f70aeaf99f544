"""Bulk evaluation with each backend: newstest2013 en→fr (3,000 sentences), beam 5, one table.

    python benchmarks/bulk_eval.py --threads 2
    python benchmarks/bulk_eval.py --threads 1 --sentences 300          # smoke run

Systems, all on the same checkpoint (default: the app's default one) and the same lines:
* ours: ``Translator.translate_batch`` (what ``evaluate`` runs: the repetition guard on, which CTranslate2 does
  not apply, so "same as ours" also counts the lines the guard changed);
* CTranslate2 via our backend: ``evaluate --backend ctranslate2`` (``s2s_core.backends.CT2Translator``: our
  front end — sentence splitting, per-sentence length limits — with the search in CTranslate2);
* CTranslate2 called directly: the README's serving snippet over every line in one ``translate_batch`` call.
The model is exported to CTranslate2 float32 once, untimed. Both CTranslate2 systems batch by the same token
budget as ours (4,000 source tokens × beams). Timed: translating every line (tokenisation and detokenisation
included), after an untimed warm-up on 16 lines; one run each (``--repeats`` for more; the median is kept).
Columns: sentences/s, seconds, sacreBLEU BLEU and chrF, and how many output lines equal ours.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from common import median  # noqa: E402

from s2s_core.backends import CT2Translator  # noqa: E402
from s2s_core.catalog import discover  # noqa: E402
from s2s_core.data import data_dir, read_corpus  # noqa: E402
from s2s_core.evaluate import score  # noqa: E402
from s2s_core.export_ct2 import SPM_FILE, export_ctranslate2  # noqa: E402
from s2s_core.translator import Translator  # noqa: E402

BUDGET = 4000            # source tokens × beams per batch, as Translator._search


def ours(checkpoint: str):
    tr = Translator.from_checkpoint(checkpoint)
    return lambda lines, beam: [t.best.text if t.best else "" for t in tr.translate_batch(lines, beam_size=beam)]


def via_backend(folder: Path, threads: int):
    tr = CT2Translator(folder, threads=threads)
    return lambda lines, beam: [t.best.text if t.best else "" for t in tr.translate_batch(lines, beam_size=beam)]


def direct(folder: Path, threads: int):
    """The README snippet: SentencePiece pieces in, one translate_batch call, pieces decoded."""
    import ctranslate2
    import sentencepiece as spm
    tr = ctranslate2.Translator(str(folder), device="cpu", intra_threads=threads)
    sp = spm.SentencePieceProcessor(model_file=str(folder / SPM_FILE))

    def run(lines, beam):
        out = tr.translate_batch([sp.encode(s, out_type=str) for s in lines], beam_size=beam,
                                 max_batch_size=BUDGET // beam, batch_type="tokens")
        return [sp.decode(r.hypotheses[0]) for r in out]
    return run


def measure(run, sources: list[str], beam: int, repeats: int) -> tuple[float, list[str]]:
    """Median seconds to translate every line (after a warm-up on 16), and the translations."""
    run(sources[:16], beam)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        hyps = run(sources, beam)
        times.append(time.perf_counter() - t0)
    return median(times), hyps


def table(rows: dict, n: int) -> str:
    lines = ["| system | sentences/s ↑ | seconds | BLEU | chrF | output lines = ours |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, r in rows.items():
        lines.append(f"| {name} | {n / r['s']:.1f} | {r['s']:.1f} | {r['bleu']:.2f} | {r['chrf']:.2f} | "
                     f"{r['same']}/{n} |")
    via, own = rows.get("CTranslate2 via --backend ctranslate2"), rows.get("CTranslate2 called directly")
    if via and own:
        lines.append(f"| via backend ÷ direct (time) | {via['s'] / own['s']:.2f}× (target ≤ 1.1×) | | | | |")
    return "\n".join(lines)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--checkpoint", default=None, help="default: the app's default checkpoint")
    p.add_argument("--test", default=str(data_dir() / "newstest" / "newstest2013.en-fr"),
                   help="line-aligned PREFIX.{eng,fra} (or a TSV)")
    p.add_argument("--src-lang", default="eng")
    p.add_argument("--tgt-lang", default="fra")
    p.add_argument("--sentences", type=int, default=0, help="first N lines only (0: all)")
    p.add_argument("--beam", type=int, default=5)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--repeats", type=int, default=1)
    p.add_argument("--systems", default="ours,backend,direct", help="comma list of: ours, backend, direct")
    a = p.parse_args(argv)
    common.set_threads(a.threads)
    checkpoint = a.checkpoint or discover()[0].path
    pairs = read_corpus(a.test, a.src_lang, a.tgt_lang)[: a.sentences or None]
    sources, refs = [s for s, _ in pairs], [r for _, r in pairs]
    tmp = tempfile.TemporaryDirectory(prefix="s2s-bulk-")
    wanted = a.systems.split(",")
    folder = export_ctranslate2(checkpoint, Path(tmp.name) / "ct2") if {"backend", "direct"} & set(wanted) else None
    systems = {"ours (s2s_core)": ("ours", lambda: ours(checkpoint)),
               "CTranslate2 via --backend ctranslate2": ("backend", lambda: via_backend(folder, a.threads)),
               "CTranslate2 called directly": ("direct", lambda: direct(folder, a.threads))}
    rows, reference = {}, None
    for name, (key, build) in systems.items():
        if key not in wanted:
            continue
        seconds, hyps = measure(build(), sources, a.beam, a.repeats)
        reference = reference or hyps
        sc = score(hyps, refs)
        same = sum(h == r for h, r in zip(hyps, reference))
        rows[name] = {"s": seconds, "bleu": sc.bleu, "chrf": sc.chrf, "same": same}
        print(f"  {name}: {seconds:.1f} s, BLEU {sc.bleu:.2f}", file=sys.stderr, flush=True)
    m = common.machine()
    print(f"{checkpoint}, {len(sources)} sentences of {a.test}, beam {a.beam}, {a.threads} thread(s); "
          f"{m['cpu']} ({m['nproc']} CPUs; flags: {common.flags_line()}); "
          + ", ".join(f"{k} {v}" for k, v in common.versions().items() if k != "transformers"))
    print(f"BLEU signature: {sc.bleu_signature}")
    print(table(rows, len(sources)))


if __name__ == "__main__":
    main()
