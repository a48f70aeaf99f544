"""Model discovery for the app: every ``*.pt`` in the checkpoints folder, with a short model card.

The folder is ``paths.checkpoints_dir()``: ``checkpoints/`` next to the package, or ``$S2S_CHECKPOINTS_DIR``.
A card comes from ``<name>.md`` beside the checkpoint when there is one, either as front matter::

    ---
    title: English → French (Multi30k)
    language_pair: en-fr
    architecture: Transformer small (3+3 layers, 4 heads)
    score: BLEU 35.2 (test2016, beam 5)
    ---
    Free text …

or as ``key: value`` lines at the top of the file. Whatever the card lacks is filled in from the
checkpoint itself (``model_config``, ``train_config``, ``meta``) once the model is loaded.
Nothing here loads weights.

``alignment_layer`` (1-based decoder layer, as the app numbers them) and ``alignment_head`` (1-based, or
``mean``) name the attention that matches human word alignments best for that model; ``python -m
s2s_core align-eval --update-card`` writes them (with ``alignment_aer``) and the app shows that
layer/head by default (:func:`alignment_choice`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .config import describe_architecture, direction_of
from .paths import CHECKPOINTS_DIR_ENV as ENV_VAR, checkpoints_dir  # noqa: F401  (re-exported)

CARD_KEYS = {"language_pair": ("language_pair", "languages", "language", "pair", "langs"),
             "architecture": ("architecture", "arch", "model"),
             "score": ("score", "scores", "bleu", "metric"),
             "title": ("title", "name"),
             "description": ("description", "summary")}
_KEY_LINE = re.compile(r"^\s*([A-Za-z][\w \-]{0,40}?)\s*:\s*(.+?)\s*$")


@dataclass(frozen=True)
class ModelEntry:
    name: str                      # file stem, shown in the picker
    path: str
    mtime_ns: int
    size: int
    card: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> tuple:
        """Identity for caches: a re-promoted checkpoint (new mtime/size) is a new model."""
        return (self.path, self.mtime_ns, self.size)

    @property
    def label(self) -> str:
        """The model picker's entry: the language pair first (a narrow sidebar cuts the end), once."""
        pair = (self.card.get("language_pair") or "").replace(" ", "")
        return self.name if not pair or self.name.startswith(pair) else f"{pair} · {self.name}"


def discover(folder: Optional[str | Path] = None) -> list[ModelEntry]:
    """All checkpoints in ``folder`` (default: :func:`checkpoints_dir`): the card-marked default first, then by name."""
    folder = Path(folder) if folder is not None else checkpoints_dir()
    if not folder.is_dir():
        return []
    out = []
    for p in sorted(folder.glob("*.pt")):
        if p.name.startswith(".") or not p.is_file():
            continue
        try:
            st = p.stat()
        except OSError:
            continue
        out.append(ModelEntry(p.stem, str(p), st.st_mtime_ns, st.st_size, read_card(p.with_suffix(".md"))))
    # The model whose card says "default: yes" comes first (the app opens on it), then by name.
    return sorted(out, key=lambda e: (str(e.card.get("default", "")).lower() not in ("yes", "true", "1"), e.name))


def _normalise(raw: dict) -> dict:
    card = {}
    for k, v in raw.items():
        k = k.strip().lower().replace(" ", "_").replace("-", "_")
        canon = next((c for c, aliases in CARD_KEYS.items() if k in aliases), k)
        card.setdefault(canon, v.strip().strip('"').strip("'"))
    return card


def read_card(path: str | Path) -> dict:
    """Parse a model card (front matter, or leading ``key: value`` lines); {} when absent or unreadable."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")[:20000]
    except OSError:
        return {}
    lines = text.splitlines()
    raw, body = {}, lines
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
        if end is not None:
            for ln in lines[1:end]:
                m = _KEY_LINE.match(ln)
                if m:
                    raw[m.group(1)] = m.group(2)
            body = lines[end + 1:]
    else:
        i = 0
        while i < len(lines) and (m := _KEY_LINE.match(lines[i].lstrip("-* ").replace("**", ""))):
            raw[m.group(1)] = m.group(2)
            i += 1
        body = lines[i:]
    card = _normalise(raw)
    heading = next((ln.lstrip("# ").strip() for ln in body if ln.startswith("#")), None)
    para = next((ln.strip() for ln in body if ln.strip() and not ln.startswith("#")), None)
    if heading:
        card.setdefault("title", heading)
    if para:
        card.setdefault("description", para[:300])
    return card


def describe_model(model_config: dict, train_config: Optional[dict] = None, meta: Optional[dict] = None) -> dict:
    """Card fields derived from a checkpoint's own dicts (language pair, architecture, score)."""
    mc, tc, meta = model_config or {}, train_config or {}, meta or {}
    card = {}
    if tc.get("src_lang") and tc.get("tgt_lang"):
        card["language_pair"] = "-".join(direction_of(tc))
    card["architecture"] = describe_architecture(mc)
    best = meta.get("best")
    if isinstance(best, (int, float)):
        metric = tc.get("select_metric", "loss")
        value = -best if metric == "loss" and best < 0 else best   # training stores "higher is better"
        card["score"] = f"best dev {metric}: {value:.3g}"
    runs = [m.get("step") for m in meta.get("members") or [] if m.get("step") is not None]
    if runs:
        each = f"{min(runs)} steps each" if min(runs) == max(runs) else f"{min(runs)}–{max(runs)} steps"
        card["trained"] = f"{len(meta['members'])} runs, {each}"
    elif meta.get("step") is not None:
        card["trained"] = f"{meta['step']} steps"
    return card


def model_card(entry: ModelEntry, model_config: Optional[dict] = None, train_config: Optional[dict] = None,
               meta: Optional[dict] = None) -> dict:
    """The entry's own card, completed from the checkpoint where it is silent."""
    card = describe_model(model_config, train_config, meta) if model_config else {}
    card.update({k: v for k, v in entry.card.items() if v})
    return card


def alignment_choice(card: dict, layers: int, heads: int) -> Optional[tuple[int, Optional[int]]]:
    """The card's best-aligned attention as (0-based layer, 0-based head or None = head average), or
    None when the card names none or names one this model does not have."""
    layer, head = str(card.get("alignment_layer", "")).strip(), str(card.get("alignment_head", "mean")).strip()
    if not layer.isdecimal() or not 1 <= int(layer) <= layers:
        return None
    if head.lower() in ("mean", "average", "avg", ""):
        return int(layer) - 1, None
    if not head.isdecimal() or not 1 <= int(head) <= heads:
        return None
    return int(layer) - 1, int(head) - 1


def default_attention(card: dict, layers: int, heads: int) -> tuple[int, Optional[int]]:
    """(layer, head or None = head average) to show by default: the card's best-aligned attention
    (``align-eval --update-card``), else the penultimate layer's head average (Garg et al., 2019)."""
    return alignment_choice(card, layers, heads) or (max(0, layers - 2), None)
