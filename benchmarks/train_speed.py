"""Training throughput (target tokens/s) of our engine against peers at the same size, one table.

Shape: Transformer d_model 256, 4 heads, 3+3 layers, FFN 1024, vocab 8000, dropout 0.1 on embeddings and
sub-layer outputs (Marian's placement: none on attention probabilities or FFN units); batches of 128
random pairs, source 12 tokens, target 13 (decoder input <s> + 12, output 12 + </s>); label smoothing
0.1, AdamW (betas 0.9/0.98), gradient clipping at 1.0. One step = forward, loss, backward, clip, update.

    python benchmarks/train_speed.py --threads 2 --repeats 10

- ours: ``TransformerSeq2Seq`` trained by ``s2s_core.train.Trainer.train_step`` itself (its loss,
  learning-rate schedule, clipping and optimizer settings); "ours, dropout everywhere" adds dropout 0.1 on
  attention probabilities and FFN units too (Sockeye's placement, our default when not set);
- HF Marian: ``MarianMTModel`` from a random-init ``MarianConfig`` of the same size, same loss/optimizer;
- nn.Transformer: ``torch.nn.Transformer`` (pre-norm) with tied embeddings, same loss/optimizer.

On real data (skipped when absent): Tatoeba en→fr from $S2S_DATA_DIR (default ../shared/data),
``tatoeba/fra-eng/fra.txt``, tokenised by a SentencePiece model trained on a sample; reports the padding
ratio of our token-bucketed batches (``s2s_core.data.bucket_batches`` + ``make_batch``) against
batches filled to the same token budget in random order, and our throughput on a few real batches.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from common import MARIAN_EOS, MARIAN_PAD, median  # noqa: E402

from s2s_core import data  # noqa: E402
from s2s_core.config import TrainConfig  # noqa: E402
from s2s_core.precision import resolve as resolve_precision  # noqa: E402
from s2s_core.train import Trainer, make_optimizer  # noqa: E402

BATCH, SRC_LEN, TGT_LEN = 128, 12, 13
LR, SMOOTHING, CLIP = 1e-3, 0.1, 1.0


def adamw(params):
    """The peers' optimizer: stock AdamW with the same settings (torch's default implementation)."""
    return torch.optim.AdamW(params, lr=LR, betas=(0.9, 0.98), eps=1e-9, weight_decay=0.0)


def peer_loss(logits, target, pad):
    """The peers' loss: stock label-smoothed cross-entropy, mean over real target tokens."""
    return F.cross_entropy(logits.reshape(-1, logits.size(-1)), target.reshape(-1), ignore_index=pad,
                           label_smoothing=SMOOTHING)


def random_pairs(n, low, high, seed=7):
    """(source, target) id lists without </s> or <s>: 11 and 12 tokens (make_batch adds them)."""
    g = torch.Generator().manual_seed(seed)
    src = torch.randint(low, high, (n, SRC_LEN - 1), generator=g).tolist()
    tgt = torch.randint(low, high, (n, TGT_LEN - 1), generator=g).tolist()
    return list(zip(src, tgt))


# ---------------------------------------------------------------- the three systems

class OursStep:
    """Calls Trainer.train_step on a minimal trainer (no corpus, no tokenizer): the real step code."""
    name = "ours (s2s_core Trainer.train_step)"

    def __init__(self, threads, name=None, precision="fp32", batch=None, **model_overrides):
        self.name = name or self.name
        model = common.build_ours(**model_overrides).train()
        cfg = TrainConfig(lr=LR, warmup=1000, label_smoothing=SMOOTHING, clip_norm=CLIP, threads=threads,
                          precision=precision)
        # Trainer.__init__ needs a corpus and an output folder; train_step only needs these attributes.
        t = self.trainer = object.__new__(Trainer)
        t.cfg, t.device, t.model, t.forward, t.model_cfg = cfg, torch.device("cpu"), model, model, model.config
        t.step, t.rank, t.world = 100, 0, 1
        t.precision = resolve_precision(precision, t.device)
        t.low = torch.bfloat16 if t.precision == "bf16" else None
        t.optim = make_optimizer(model, cfg, t.device)                   # the Trainer's optimizer
        self.batch = batch or data.make_batch(random_pairs(BATCH, 4, model.config.vocab_size))

    def step(self, batch=None):
        loss, n, _ = Trainer.train_step(self.trainer, batch or self.batch)
        return n


class MarianStep:
    name = "HF MarianMTModel"

    def __init__(self):
        self.model = common.build_marian().train()
        self.optim = adamw(self.model.parameters())
        b = data.make_batch(random_pairs(BATCH, 2, MARIAN_PAD), pad=MARIAN_PAD, bos=MARIAN_PAD, eos=MARIAN_EOS)
        self.src, self.tgt_in, self.tgt_out = b.src, b.tgt_in, b.tgt_out

    def step(self):
        logits = self.model(input_ids=self.src, attention_mask=self.src != MARIAN_PAD,
                            decoder_input_ids=self.tgt_in, use_cache=False).logits
        loss = peer_loss(logits, self.tgt_out, MARIAN_PAD)
        self.optim.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), CLIP)
        self.optim.step()
        return BATCH * TGT_LEN


class PlainStep:
    name = "nn.Transformer"

    def __init__(self):
        self.model = common.build_plain().train()
        self.optim = adamw(self.model.parameters())
        b = data.make_batch(random_pairs(BATCH, 4, common.SHAPE["vocab_size"]))
        self.src, self.tgt_in, self.tgt_out = b.src, b.tgt_in, b.tgt_out

    def step(self):
        logits = self.model(self.src, self.tgt_in)
        loss = peer_loss(logits, self.tgt_out, 0)
        self.optim.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), CLIP)
        self.optim.step()
        return BATCH * TGT_LEN


def throughput(system, repeats, warmup=2) -> float:
    for _ in range(warmup):
        system.step()
    times, tokens = [], 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        tokens = system.step()
        times.append(time.perf_counter() - t0)
    tps = tokens / median(times)
    print(f"  {system.name}: {tps:.0f} target tokens/s ({1000 * median(times):.0f} ms/step)", file=sys.stderr,
          flush=True)
    return tps


# ---------------------------------------------------------------- real data

def tatoeba(args, ours: OursStep):
    path = Path(os.environ.get(data.DATA_DIR_ENV, str(common.ROOT.parent / "shared" / "data"))) \
        / "tatoeba" / "fra-eng" / "fra.txt"
    if not path.is_file():
        return None, f"real data skipped: {path} not found (set {data.DATA_DIR_ENV})"
    from s2s_core.tokenizer import Tokenizer
    pairs = data.flatten(data.read_corpus(path))
    rng = random.Random(1)
    sample = rng.sample(pairs, min(len(pairs), args.spm_sample))
    tok = Tokenizer.train([s for s, _ in sample] + [t for _, t in sample], common.SHAPE["vocab_size"], "unigram")
    examples = [(tok.encode(s), tok.encode(t)) for s, t in pairs]
    examples = [(s, t) for s, t in examples if 0 < len(s) <= 100 and 0 < len(t) <= 100]
    lengths = [(len(s), len(t)) for s, t in examples]
    buckets = data.bucket_batches(lengths, args.batch_tokens, seed=1)

    def ratio(batches):
        slots = real = 0
        for b in batches:
            S = max(lengths[i][0] for i in b) + 1
            T = max(lengths[i][1] for i in b) + 1
            slots += len(b) * (S + T)
            real += sum(lengths[i][0] + lengths[i][1] + 2 for i in b)
        return 1 - real / slots

    def unsorted_batches():                          # the same token budget, filled in random order
        order = list(range(len(examples)))
        random.Random(2).shuffle(order)
        out, cur, longest = [], [], 0
        for i in order:
            n = max(lengths[i]) + 1
            if cur and max(longest, n) * (len(cur) + 1) > args.batch_tokens:
                out.append(cur)
                cur, longest = [], 0
            cur.append(i)
            longest = max(longest, n)
        return out + ([cur] if cur else [])

    unsorted = unsorted_batches()
    sizes = [len(b) for b in buckets]
    # make_batch's own padding_ratio on a sample of batches agrees with the slot count above.
    check = [data.make_batch([examples[i] for i in b]).padding_ratio for b in buckets[:50]]
    assert abs(median(check) - median([ratio([b]) for b in buckets[:50]])) < 1e-9
    # Our training step on real bucketed batches (full vocabulary size model; real lengths).
    real_batches = [data.make_batch([examples[i] for i in b]) for b in buckets[: args.real_steps + 2]]
    for b in real_batches[:2]:
        ours.step(b)
    t0, toks = time.perf_counter(), 0
    for b in real_batches[2:]:
        toks += ours.step(b)
    real_tps = toks / (time.perf_counter() - t0)
    info = {"pairs": len(examples), "batches": len(buckets), "bucketed": ratio(buckets),
            "unsorted": ratio(unsorted), "unsorted_batches": len(unsorted), "mean_pairs": sum(sizes) / len(sizes),
            "real_tps": real_tps,
            "spm_sample": len(sample), "vocab": tok.vocab_size}
    return info, None


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--repeats", type=int, default=10, help="timed steps per system (median reported)")
    p.add_argument("--systems", default="ours,ours-all,hf,plain", help="comma list of: ours, ours-all, hf, plain")
    p.add_argument("--no-real-data", action="store_true", help="skip the Tatoeba padding/throughput part")
    p.add_argument("--batch-tokens", type=int, default=4096, help="bucket size for the real-data part")
    p.add_argument("--spm-sample", type=int, default=20000, help="pairs sampled to train SentencePiece")
    p.add_argument("--real-steps", type=int, default=6, help="timed steps on real batches")
    args = p.parse_args(argv)
    common.set_threads(args.threads)
    wanted = args.systems.split(",")

    rows = {}
    ours = None
    if "ours" in wanted:
        ours = OursStep(args.threads)
        rows[ours.name] = throughput(ours, args.repeats)
    if "ours-all" in wanted:
        s = OursStep(args.threads, "ours, dropout everywhere", attention_dropout=None, activation_dropout=None)
        rows[s.name] = throughput(s, args.repeats)
    if "hf" in wanted:
        s = MarianStep()
        rows[s.name] = throughput(s, args.repeats)
    if "plain" in wanted:
        s = PlainStep()
        rows[s.name] = throughput(s, args.repeats)

    print(f"threads {args.threads}, {args.repeats} timed steps (median), batch {BATCH} pairs, source {SRC_LEN} / "
          f"target {TGT_LEN} tokens ({BATCH * TGT_LEN} target tokens per step); "
          + ", ".join(f"{k} {v}" for k, v in common.versions().items()))
    print()
    print("| system | target tokens/s ↑ | ours ÷ system |")
    print("|---|---:|---:|")
    ours_tps = rows.get(OursStep.name)
    for name, tps in rows.items():
        ratio = f"{ours_tps / tps:.2f}×" if ours_tps else "–"
        if name == MarianStep.name:
            ratio += " (target ≥ 1.3×)"
        print(f"| {name} | {tps:.0f} | {ratio} |")

    if not args.no_real_data and ours is not None:
        info, note = tatoeba(args, ours)
        print()
        if info is None:
            print(note)
        else:
            print(f"Real data: Tatoeba en→fr, {info['pairs']:,} pairs, SentencePiece unigram {info['vocab']} "
                  f"trained on {info['spm_sample']:,} sampled pairs; batches of ≤ {args.batch_tokens} tokens "
                  f"({info['batches']:,} batches, {info['mean_pairs']:.0f} pairs on average).")
            print()
            print("| batching | padding ratio (source + target) ↓ |")
            print("|---|---:|")
            print(f"| ours: bucket_batches + make_batch | {100 * info['bucketed']:.1f}% |")
            print(f"| same token budget, random order (no length sorting; {info['unsorted_batches']:,} batches) | "
                  f"{100 * info['unsorted']:.1f}% |")
            print()
            print(f"ours on {args.real_steps} real bucketed batches: {info['real_tps']:.0f} target tokens/s")


if __name__ == "__main__":
    main()
