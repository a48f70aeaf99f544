"""Training: token-bucketed batches, label smoothing, clipping, warmup + inverse-sqrt LR, validation
with BLEU/chrF, early stopping, exact resume, SIGTERM → checkpoint and exit, DDP under torchrun.

Outputs in ``out``: ``last.pt`` (with training state), ``best.pt`` (weights), ``metrics.jsonl``,
``probes.jsonl`` (probe sentences' translations and attention at each validation).
"""
from __future__ import annotations

import json
import logging
import math
import os
import random
import signal
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable, Optional, Sequence

import torch
import torch.distributed as dist

from . import checkpoint, data, precision, sysinfo
from .config import ModelConfig, TrainConfig
from .curriculum import curriculum_order
from .evaluate import score
from .limits import UNCAPPED
from .loss import sequence_loss
from .models import build_model, grow
from .tokenizer import Tokenizer
from .translator import Translator

log = logging.getLogger(__name__)
MAX_BAD_STEPS = 20   # consecutive non-finite losses before a run gives up


class TrainingError(RuntimeError):
    pass


# ---------------------------------------------------------------- distributed helpers

def dist_env() -> tuple[int, int, int]:
    """(rank, world size, local rank) from torchrun's environment; (0, 1, 0) otherwise."""
    return int(os.environ.get("RANK", 0)), int(os.environ.get("WORLD_SIZE", 1)), int(os.environ.get("LOCAL_RANK", 0))


def setup_device(cfg: TrainConfig, device: Optional[str]) -> torch.device:
    rank, world, local = dist_env()
    if device is None:
        device = f"cuda:{local}" if torch.cuda.is_available() else "cpu"
    dev = torch.device(device)
    if dev.type == "cuda":
        if dev.index is None:      # plain "cuda": this process's GPU (set_device needs an index)
            dev = torch.device("cuda", local)
        torch.cuda.set_device(dev)
    if world > 1 and not dist.is_initialized():
        dist.init_process_group("nccl" if dev.type == "cuda" else "gloo")
    return dev


def lr_at(step: int, peak: float, warmup: int) -> float:
    """Linear warmup to ``peak`` then inverse square-root decay."""
    step = max(step, 1)
    return peak * min(step / max(warmup, 1), math.sqrt(max(warmup, 1) / step))


def make_optimizer(model: torch.nn.Module, cfg: TrainConfig, device: torch.device) -> torch.optim.Optimizer:
    """AdamW (betas 0.9/0.98); the fused kernel on CUDA and CPU (one pass over all parameters per step)."""
    return torch.optim.AdamW(model.parameters(), lr=cfg.lr, betas=(0.9, 0.98), eps=1e-9,
                             weight_decay=cfg.weight_decay, fused=device.type in ("cuda", "cpu"))


class Trainer:
    """Trains one model. ``on_metrics`` is called with every record written to metrics.jsonl."""

    def __init__(self, cfg: TrainConfig, model_cfg: ModelConfig, device: Optional[str] = None,
                 on_metrics: Optional[Callable[[dict], None]] = None):
        self.cfg, self.rank, self.world, _ = cfg, *dist_env()
        if cfg.threads:
            torch.set_num_threads(cfg.threads)
        self.device = setup_device(cfg, device)
        self.out = Path(cfg.out)
        if not cfg.resume and (self.out / "last.pt").exists():      # its checkpoints and metrics would be lost
            raise TrainingError(f"{self.out} already holds a run (last.pt): continue it with --resume, or give "
                                "another --out")
        self.out.mkdir(parents=True, exist_ok=True)
        self.on_metrics = on_metrics
        self.stop_requested = False
        torch.manual_seed(cfg.seed + self.rank)
        random.seed(cfg.seed + self.rank)

        resume_ckpt = checkpoint.load(self.out / "last.pt") if cfg.resume and (self.out / "last.pt").exists() else None
        init_ckpt = checkpoint.load(cfg.init_from) if cfg.init_from and resume_ckpt is None else None
        if resume_ckpt or init_ckpt:  # the run's (or warm start's) architecture, whatever the flags say now
            model_cfg = ModelConfig.from_dict((resume_ckpt or init_ckpt)["model_config"])
        if init_ckpt and model_cfg.ensemble > 1:
            raise TrainingError(f"{cfg.init_from} holds an ensemble of {model_cfg.ensemble} models; a run trains "
                                "one: warm-start from one of its members")
        if init_ckpt:                 # … except layers the warm start asks to add
            model_cfg = grow.deeper(model_cfg, cfg.grow_enc_layers, cfg.grow_dec_layers)
        self.train_pairs = data.flatten(data.read_corpus(cfg.train, cfg.src_lang, cfg.tgt_lang, cfg.swap))
        self.valid_items = data.group_by_source(data.read_corpus(cfg.valid, cfg.src_lang, cfg.tgt_lang, cfg.swap)) \
            if cfg.valid else []
        self.tokenizer = self._tokenizer(resume_ckpt or init_ckpt)
        self.model_cfg = replace(model_cfg, vocab_size=self.tokenizer.vocab_size)
        self.precision = precision.resolve(cfg.precision, self.device, self.model_cfg.d_model)
        self.low = torch.bfloat16 if self.precision == "bf16" else None
        self.examples, self.example_pairs = self._encode_indexed(self.train_pairs)
        if not self.examples:
            raise TrainingError(f"no training pairs left in {cfg.train} after length filtering (max {cfg.max_len})")
        self.model = build_model(self.model_cfg).to(self.device)
        self.optim = make_optimizer(self.model, cfg, self.device)
        self.step, self.epoch, self.batch_pos = 0, 0, 0
        self.best, self.bad_validations, self.elapsed_before = None, 0, 0.0
        if resume_ckpt is not None:
            self._restore(resume_ckpt)
        elif init_ckpt is not None:
            grow.load_grown(self.model, init_ckpt["model"])
        self.ddp = self.model
        if self.world > 1:
            self.ddp = torch.nn.parallel.DistributedDataParallel(
                self.model, device_ids=[self.device.index] if self.device.type == "cuda" else None)
        self.forward = torch.compile(self.ddp) if cfg.compile else self.ddp

    # -- setup ------------------------------------------------------------------------------------
    def _tokenizer(self, ckpt) -> Tokenizer:
        """The checkpoint's tokenizer when resuming or warm-starting, or --tokenizer-from's; else one trained
        on the training split (SentencePiece retrained on the same data gave other ids for 2,916 of 8,000 pieces,
        so models meant to share a vocabulary share the file)."""
        if ckpt is None and self.cfg.tokenizer_from:
            ckpt = checkpoint.load(self.cfg.tokenizer_from)
        if ckpt is not None:
            return Tokenizer(checkpoint.tensor_to_proto(ckpt["tokenizer"]))
        path = self.out / "tokenizer.model"
        if self.rank == 0:
            texts = [text for pair in self.train_pairs for text in pair]
            tok = Tokenizer.train(texts, self.cfg.vocab_size, self.cfg.tokenizer_type)
            path.write_bytes(tok.model_proto)
        if self.world > 1:
            dist.barrier()
        return Tokenizer(path.read_bytes())

    def _encode(self, pairs):
        return self._encode_indexed(pairs)[0]

    def _encode_indexed(self, pairs) -> tuple[list, list[int]]:
        """Token ids of the pairs that fit ``max_len``, and each one's index in ``pairs``."""
        ids = self.tokenizer.encode_many([text for pair in pairs for text in pair])
        kept, index = [], []
        for i in range(len(pairs)):
            pair = ids[2 * i], ids[2 * i + 1]
            if self._fits(pair):
                kept.append(pair)
                index.append(i)
        return kept, index

    def _fits(self, ids) -> bool:
        return all(0 < len(x) <= self.cfg.max_len for x in ids)

    def _batch_examples(self, ids: Sequence[int]) -> list:
        """The batch's token ids. With --subword-sampling each pair is segmented anew, from an RNG seeded by
        run seed, epoch, position and rank, so a resumed run draws the same pieces; a draw longer than
        ``max_len`` falls back to the usual segmentation. Batches were bucketed by the usual lengths, so a
        sampled batch holds a few more tokens than --batch-tokens."""
        alpha = self.cfg.subword_sampling
        if not alpha:
            return [self.examples[i] for i in ids]
        Tokenizer.seed_sampling(hash((self.cfg.seed, self.epoch, self.batch_pos, self.rank)) % 2 ** 31)
        out = []
        for i in ids:
            src, tgt = self.train_pairs[self.example_pairs[i]]
            drawn = self.tokenizer.sample(src, alpha), self.tokenizer.sample(tgt, alpha)
            out.append(drawn if self._fits(drawn) else self.examples[i])
        return out

    def _epoch_batches(self, epoch: int) -> list[list[int]]:
        lengths = [(len(s), len(t)) for s, t in self.examples]
        batches = data.bucket_batches(lengths, self.cfg.batch_tokens, seed=self.cfg.seed * 100003 + epoch)
        if epoch == 0 and self.cfg.length_curriculum:      # in global batches: each update takes `world`
            batches = curriculum_order(batches, lengths, self.cfg.length_curriculum * self.world,
                                       seed=self.cfg.seed * 100003 + 7)
        n = len(batches) // self.world * self.world or len(batches)
        return batches[self.rank:n:self.world]

    # -- checkpoints ------------------------------------------------------------------------------
    def _payload(self, rng_states: Optional[list]) -> dict:
        payload = {"model_config": self.model_cfg.to_dict(), "model": self.model.state_dict(),
                   "tokenizer": checkpoint.proto_to_tensor(self.tokenizer.model_proto),
                   "train_config": {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.cfg.to_dict().items()},
                   "meta": {"step": self.step, "epoch": self.epoch, "best": self.best}}
        if rng_states is not None:
            payload["train_state"] = {
                "step": self.step, "epoch": self.epoch, "batch_pos": self.batch_pos, "best": self.best,
                "bad_validations": self.bad_validations, "elapsed": self._elapsed(),
                "optimizer": self.optim.state_dict(), "rng": rng_states}
        return payload

    def _rng_states(self) -> list[dict]:
        """Every rank's random state, index = rank (a collective under DDP): each rank draws its own
        dropout masks, so an exact resume needs all of them."""
        mine = {"torch": torch.get_rng_state(), "python": list(random.getstate()[1]),
                "cuda": torch.cuda.get_rng_state(self.device) if self.device.type == "cuda" else None}
        if self.world == 1:
            return [mine]
        states = [None] * self.world
        dist.all_gather_object(states, mine)
        return states

    def save(self, name: str, with_state: bool = True) -> Optional[Path]:
        """Write ``name`` on rank 0. With the training state every rank must call it (RNG gather)."""
        rng_states = self._rng_states() if with_state else None
        if self.rank != 0:
            return None
        if not all(torch.isfinite(p).all() for p in self.model.parameters()):
            self._emit({"event": "error", "message": f"refused to write {name}: weights are not finite"})
            return None
        path = self.out / name
        checkpoint.save(self._payload(rng_states), path)
        return path

    def _keep_last(self):
        """Rolling weight-only snapshots ``step-N.pt`` for checkpoint averaging."""
        if not self.cfg.keep_last or self.rank != 0:
            return
        self.save(f"step-{self.step}.pt", with_state=False)
        snaps = sorted(self.out.glob("step-*.pt"), key=lambda p: int(p.stem.split("-")[1]))
        for old in snaps[:-self.cfg.keep_last]:
            old.unlink(missing_ok=True)

    def _restore(self, ckpt):
        state = ckpt.get("train_state")
        if state is None:
            raise TrainingError("last.pt has no training state; cannot resume exactly")
        self.model.load_state_dict(ckpt["model"])
        self.optim.load_state_dict(state["optimizer"])
        self.step, self.epoch, self.batch_pos = state["step"], state["epoch"], state["batch_pos"]
        self.best, self.bad_validations = state["best"], state["bad_validations"]
        self.elapsed_before = state["elapsed"]
        if "rng" not in state:       # written before per-rank states: rank 0's only
            state["rng"] = [{"torch": state["torch_rng"], "python": state["python_rng"], "cuda": state.get("cuda_rng")}]
        if self.rank < len(state["rng"]):    # a resume on more ranks than saved starts the extra ones fresh
            rng = state["rng"][self.rank]
            torch.set_rng_state(rng["torch"])
            random.setstate((3, tuple(rng["python"]), None))
            if rng.get("cuda") is not None and self.device.type == "cuda":
                torch.cuda.set_rng_state(rng["cuda"], self.device)

    # -- metrics ----------------------------------------------------------------------------------
    def _emit(self, record: dict):
        if self.rank != 0:
            return
        record = {"time": time.time(), **record}
        with open(self.out / "metrics.jsonl", "a", encoding="utf-8") as f:
            f.write(json.dumps(record) + "\n")
        if self.on_metrics:
            self.on_metrics(record)

    def _memory_mb(self) -> float:
        if self.device.type == "cuda":
            return torch.cuda.max_memory_allocated(self.device) / 2**20
        try:
            import resource
            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        except ImportError:   # pragma: no cover
            return float("nan")

    def _elapsed(self) -> float:
        return self.elapsed_before + (time.time() - self.t0 if hasattr(self, "t0") else 0.0)

    # -- validation -------------------------------------------------------------------------------
    def validate(self) -> dict:
        self.model.eval()
        record = {"kind": "valid", "step": self.step, "epoch": self.epoch}
        items = data.evenly_spaced(self.valid_items, self.cfg.valid_max_sents)
        if items:
            pairs = self._encode([(s, r[0]) for s, r in items])
            total, count = 0.0, 0
            with torch.inference_mode():
                for i in range(0, len(pairs), 64):
                    b = data.make_batch(pairs[i:i + 64])
                    logits = self.model(b.src.to(self.device), b.tgt_in.to(self.device))
                    loss, n = sequence_loss(logits, b.tgt_out.to(self.device), 0, 0.0)
                    total, count = total + float(loss), count + n
            translator = Translator(self.model, self.tokenizer, str(self.device), limits=UNCAPPED)
            hyps = [t.best.text if t.best else "" for t in translator.translate_batch([s for s, _ in items],
                                                                                       beam_size=1)]
            sc = score(hyps, [r for _, r in items])
            record.update(valid_loss=total / max(count, 1), valid_ppl=math.exp(min(total / max(count, 1), 50)),
                          valid_bleu=sc.bleu, valid_chrf=sc.chrf)
            self._probes(translator)
        self.model.train()
        return record

    def _probes(self, translator: Translator):
        if not self.cfg.probes:
            return
        with open(self.out / "probes.jsonl", "a", encoding="utf-8") as f:
            for text in self.cfg.probes:
                t = translator.translate(text, beam_size=1, return_heads=False)
                f.write(json.dumps({"step": self.step, "source": text, "source_tokens": t.source_tokens,
                                    "tokens": t.best.tokens, "text": t.best.text,
                                    "attention": [[round(float(x), 4) for x in row] for row in t.best.attention]})
                        + "\n")

    def _improved(self, record: dict) -> bool:
        key = {"bleu": "valid_bleu", "chrf": "valid_chrf", "loss": "valid_loss"}[self.cfg.select_metric]
        if key not in record:
            return True
        value = record[key] if key != "valid_loss" else -record[key]
        if self.best is None or value > self.best:
            self.best = value
            return True
        return False

    # -- the loop ---------------------------------------------------------------------------------
    def _limits_reached(self) -> Optional[str]:
        c = self.cfg
        if c.max_steps and self.step >= c.max_steps:
            return "max_steps"
        if c.max_epochs and self.epoch >= c.max_epochs:
            return "max_epochs"
        if c.max_minutes and self._elapsed() >= c.max_minutes * 60:
            return "max_minutes"
        if c.patience and self.bad_validations >= c.patience:
            return "early_stopping"
        return None

    def _sampling_prob(self) -> float:
        c = self.cfg
        if not c.sampling_max or self.model_cfg.arch == "transformer":
            return 0.0
        return c.sampling_max * min(1.0, self.step / max(c.sampling_steps, 1))

    def _agree(self, flag: bool) -> bool:
        """All ranks stop together: any rank's flag stops everyone."""
        if self.world == 1:
            return flag
        t = torch.tensor([1.0 if flag else 0.0], device=self.device if self.device.type == "cuda" else "cpu")
        dist.all_reduce(t, op=dist.ReduceOp.MAX)
        return bool(t.item())

    def train_step(self, batch: data.Batch) -> tuple[float, int, float]:
        src, tgt_in, tgt_out = (x.to(self.device, non_blocking=True) for x in (batch.src, batch.tgt_in, batch.tgt_out))
        lr = lr_at(self.step + 1, self.cfg.lr, self.cfg.warmup)
        for g in self.optim.param_groups:
            g["lr"] = lr
        # On CPU the vocabulary projection is fused into the loss (no [tokens, vocab] logits in memory);
        # on GPUs the plain projection + cross-entropy under autocast is the fast path.
        fused = self.device.type == "cpu"
        with torch.autocast(self.device.type, dtype=torch.bfloat16, enabled=self.low is not None):
            output = self.forward(src, tgt_in, self._sampling_prob(), project=not fused)
        loss_sum, n = sequence_loss(output, tgt_out, self.model_cfg.pad_id, self.cfg.label_smoothing,
                                    projection=self.model.out if fused else None, matmul_dtype=self.low)
        loss = loss_sum / max(n, 1)
        self.optim.zero_grad(set_to_none=True)
        # Under DDP every rank must skip together: one that went on to backward() alone would wait
        # forever for the others' gradients.
        if self._agree(not bool(torch.isfinite(loss))):
            return float("nan"), n, lr
        loss.backward()
        gnorm = torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.cfg.clip_norm or float("inf"))
        if not torch.isfinite(gnorm):
            self.optim.zero_grad(set_to_none=True)
            return float("nan"), n, lr
        self.optim.step()
        return loss.item(), n, lr

    def _install_sigterm(self):
        def handler(signum, frame):
            self.stop_requested = True
        try:
            signal.signal(signal.SIGTERM, handler)
            signal.signal(signal.SIGINT, handler)
        except ValueError:   # not the main thread (e.g. inside a test runner thread)
            pass

    def fit(self) -> str:
        """Train until a limit, early stopping or SIGTERM. Returns the reason it stopped."""
        from tqdm import tqdm
        self._install_sigterm()
        sysinfo.sample(self.device)           # starts the CPU measurement: the first logged sample covers its window
        self.t0 = time.time()
        self._emit({"event": "start", "step": self.step, "world_size": self.world, "device": str(self.device),
                    "precision": self.precision, "hardware": precision.describe(self.device),
                    "params": sum(p.numel() for p in self.model.parameters()),
                    "train_pairs": len(self.examples), "vocab_size": self.tokenizer.vocab_size})
        bar = tqdm(total=self.cfg.max_steps or None, initial=self.step, disable=None if self.rank == 0 else True,
                   unit="step", dynamic_ncols=True)
        self.model.train()
        window = {"loss": 0.0, "n": 0, "steps": 0, "pad": 0.0, "t": time.time()}
        bad_steps, reason = 0, None
        while reason is None:
            batches = self._epoch_batches(self.epoch)
            while self.batch_pos < len(batches):
                batch = data.make_batch(self._batch_examples(batches[self.batch_pos]))
                self.batch_pos += 1
                loss, n, lr = self.train_step(batch)
                if math.isnan(loss):
                    bad_steps += 1
                    self._emit({"event": "skipped_step", "step": self.step, "reason": "non-finite loss or gradient"})
                    if bad_steps >= MAX_BAD_STEPS:
                        self.save("last.pt")
                        raise TrainingError(f"loss was NaN/inf for {bad_steps} consecutive steps at step "
                                            f"{self.step}; lower the learning rate or check the data")
                    continue
                bad_steps = 0
                self.step += 1
                bar.update(1)
                window["loss"] += loss * n
                window["n"] += n
                window["steps"] += 1
                window["pad"] += batch.padding_ratio
                if self.step % self.cfg.log_every == 0:
                    self._log_train(window, lr, bar)
                reason = self._after_step()
                if reason:
                    break
            else:
                self.epoch += 1
                self.batch_pos = 0
                reason = self._should_stop()
        if window["steps"]:                # the steps since the last log: a short run's charts are not empty
            self._log_train(window, lr, bar)
        bar.close()
        return self._finish(reason)

    def _log_train(self, window, lr, bar):
        dt = max(time.time() - window["t"], 1e-9)
        rec = {"kind": "train", "step": self.step, "epoch": self.epoch, "loss": window["loss"] / max(window["n"], 1),
               "lr": lr, "tokens_per_s": window["n"] * self.world / dt, "steps_per_s": window["steps"] / dt,
               "padding_ratio": window["pad"] / max(window["steps"], 1), "memory_mb": self._memory_mb(),
               "elapsed_s": self._elapsed(), "sampling_prob": self._sampling_prob()}
        rec.update(sysinfo.sample(self.device))   # GPU util/memory (NVML) or CPU%/RAM (psutil); never raises
        self._emit(rec)
        if self.rank == 0 and bar.disable:        # no progress bar (log file): one line per logged step
            log.info("step %d  loss %.4f  lr %.2e  %.0f tok/s", self.step, rec["loss"], lr, rec["tokens_per_s"])
        bar.set_postfix(loss=f"{rec['loss']:.3f}", tok_s=f"{rec['tokens_per_s']:.0f}")
        window.update(loss=0.0, n=0, steps=0, pad=0.0, t=time.time())

    def _after_step(self) -> Optional[str]:
        c = self.cfg
        if c.valid and self.step % c.valid_every == 0:
            self._validate_and_select()
        if self.step % c.checkpoint_every == 0:
            self.save("last.pt")
            self._keep_last()
            self._emit({"event": "checkpoint", "step": self.step})
        return self._should_stop()

    def _should_stop(self) -> Optional[str]:
        limit = self._limits_reached()
        if self._agree(self.stop_requested):
            return "stopped"
        if self._agree(limit is not None):
            return limit or "stopped"     # another rank reached a limit first
        return None

    def _validate_and_select(self):
        if self.rank == 0:
            record = self.validate()
            improved = self._improved(record)
            self.bad_validations = 0 if improved else self.bad_validations + 1
            record["best"] = improved
            self._emit(record)
            log.info("validation at step %d: %s", self.step, "  ".join(
                f"{k[6:]} {record[k]:.3f}" for k in ("valid_loss", "valid_bleu", "valid_chrf") if k in record))
            if improved:
                self.save("best.pt", with_state=False)
        if self.world > 1:   # share the early-stopping counter so every rank stops at the same step
            t = torch.tensor([float(self.bad_validations)])
            dist.broadcast(t, 0)
            self.bad_validations = int(t.item())

    def _finish(self, reason: str) -> str:
        if self.cfg.valid and reason != "stopped" and self.step % self.cfg.valid_every:
            self._validate_and_select()   # the final weights get their chance to be best
        self.save("last.pt")
        if self.rank == 0 and not (self.out / "best.pt").exists():
            self.save("best.pt", with_state=False)
        self._emit({"event": "stopped" if reason == "stopped" else "completed", "reason": reason,
                    "step": self.step, "elapsed_s": self._elapsed()})
        if self.world > 1:
            dist.barrier()
        return reason


def train(cfg: TrainConfig, model_cfg: ModelConfig, device: Optional[str] = None, **kw) -> str:
    trainer = Trainer(cfg, model_cfg, device, **kw)
    try:
        return trainer.fit()
    except Exception as e:
        trainer._emit({"event": "failed", "reason": f"{type(e).__name__}: {e}", "step": trainer.step})
        raise
    finally:
        if dist.is_initialized():
            dist.destroy_process_group()
