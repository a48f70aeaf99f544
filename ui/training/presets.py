"""Starting values of the new-run form: architecture choices, size presets, directions, probe sentences."""
from __future__ import annotations

from typing import Mapping

from s2s_core.config import ATTENTION_LABELS, ATTENTIONS, RECIPES, SIZES, TrainConfig, preset  # noqa: F401  (SIZES: the form's)

# label on the form → (arch, attention); the Transformer has its own attention (the field is unused)
ARCH_CHOICES = {"Transformer": ("transformer", "bahdanau"),
                 **{f"{arch.upper()} + {ATTENTION_LABELS[att]}": (arch, att)
                    for arch in ("gru", "lstm") for att in sorted(ATTENTIONS, key=list(ATTENTION_LABELS).index)}}
DEFAULT_STEPS = {"tiny": 10_000, "small": 40_000, "base": 100_000}
PROBES = {"en": "The cat is sleeping on the sofa.\nWhere is the train station?",
          "fr": "Le chat dort sur le canapé.\nOù est la gare ?",
          "de": "Die Katze schläft auf dem Sofa.\nWo ist der Bahnhof?"}


def form_defaults(arch: str, size: str) -> dict:
    """Editable starting values of the form for an architecture and a size preset."""
    m, t = preset(arch, size), TrainConfig()
    steps = DEFAULT_STEPS[size]
    return {**m, "layers": m["enc_layers"], **RECIPES[size], "label_smoothing": t.label_smoothing,
            "clip_norm": t.clip_norm, "max_steps": steps, "valid_every": t.valid_every,
            "checkpoint_every": t.checkpoint_every, "patience": 10, "vocab_size": t.vocab_size,
            "sampling_max": 0.0, "sampling_steps": steps // 2, "subword_sampling": t.subword_sampling,
            "length_curriculum": t.length_curriculum, "keep_last": 0, "select_metric": t.select_metric}


def directions(corpus: Mapping) -> list[dict]:
    """Translation directions of a named corpus (``data.available_corpora``) as train settings. For a TSV
    (``langs`` = its columns) ``src_lang``/``tgt_lang`` name columns 1 and 2 and ``swap`` translates
    column 2 into column 1 (the convention of ``--swap`` and of the model catalog)."""
    langs = list(corpus["langs"])
    if corpus.get("kind") == "tsv":
        a, b = langs[:2]
        return [{"label": f"{a} → {b}", "src_lang": a, "tgt_lang": b, "swap": False},
                {"label": f"{b} → {a}", "src_lang": a, "tgt_lang": b, "swap": True}]
    return [{"label": f"{a} → {b}", "src_lang": a, "tgt_lang": b, "swap": False}
            for a in langs for b in langs if a != b]
