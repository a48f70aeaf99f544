"""Corpora in their upstream formats, grouped splits, and length-bucketed token batches."""
from __future__ import annotations

import gzip
import hashlib
import io
import os
import random
import shutil
import sys
import urllib.request
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence

from .files import atomic_open
from .paths import DATA_DIR_ENV, data_dir  # noqa: F401  (data.data_dir is public)
from .special import BOS, EOS, PAD

# Public corpora the `data download` command fetches (override the base URL for mirrors / tests).
CORPORA = {
    "tatoeba": {"base": "https://www.manythings.org/anki/", "files": ["fra-eng.zip"],
                "into": "tatoeba/fra-eng"},
    "multi30k": {"base": "https://raw.githubusercontent.com/multi30k/dataset/master/data/task1/raw/",
                 "files": [f"{s}.{l}.gz" for s in ("train", "val", "test_2016_flickr")
                           for l in ("en", "de", "fr")],
                 "into": "multi30k"},
}


def _open_text(path: Path):
    """Lines end at "\n" only: a lone "\r" inside a line must not split it (line i of the input is line i of
    the output); a byte-order mark (Windows editors) is no text."""
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8-sig", newline="\n")
    return open(path, encoding="utf-8-sig", newline="\n")


def _lines(f, name) -> list[str]:
    """The lines of text stream ``f`` without their "\n" or "\r\n"; a ValueError naming ``name`` if not UTF-8."""
    try:
        return [line.rstrip("\n").rstrip("\r") for line in f]
    except UnicodeDecodeError as e:
        raise ValueError(f"{name} is not UTF-8 text ({e.reason} at byte {e.start}): save it as UTF-8") from None


def _read_lines(path: Path) -> list[str]:
    with _open_text(path) as f:
        return _lines(f, path)


def read_lines(path: Optional[str | os.PathLike] = None) -> list[str]:
    """The lines of a UTF-8 text file, or of stdin without ``path``: strictly decoded (Python's own stdin
    would turn bytes that are not UTF-8 into garbage, translated without a word)."""
    if path is not None:
        return _read_lines(Path(path))
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", errors="strict", newline="\n")
    try:
        return _lines(stdin, "stdin")
    finally:
        stdin.detach()                  # sys.stdin's buffer stays open


def aligned_files(prefix: Path, lang: str) -> Path | None:
    """``PREFIX.lang.gz`` or ``PREFIX.lang``, whichever exists (gzip first), else None."""
    for cand in (Path(f"{prefix}.{lang}.gz"), Path(f"{prefix}.{lang}")):
        if cand.is_file():
            return cand
    return None



def _tsv_cells(line: str) -> list[str]:
    """A TSV line's non-empty cells (manythings' attribution column dropped)."""
    return [c for c in (c.strip() for c in line.split("\t")) if c and not c.startswith("CC-BY")]


def _lone_cell_problem(line: str, swap: bool) -> str:
    """What a TSV line with one non-empty cell lacks: a tab, or the text on one side of it."""
    cells = line.split("\t")
    if len(cells) < 2:
        return "expected source<TAB>target, got one column"
    return f"empty {'source' if (not cells[0].strip()) != swap else 'target'}"


def _aligned_pair(path: Path, src_lang: str, tgt_lang: str) -> tuple[Path, Path]:
    src_file, tgt_file = aligned_files(path, src_lang), aligned_files(path, tgt_lang)
    if src_file is None or tgt_file is None:
        raise FileNotFoundError(f"no corpus at {path} (neither a file nor {path}.{src_lang}[.gz] + "
                                f"{path}.{tgt_lang}[.gz])")
    return src_file, tgt_file


HEADER_WORDS = {"source", "src", "reference", "ref", "references", "target", "tgt", "translation", "sentence",
                "text", "en", "fr", "de", "eng", "fra", "deu", "english", "french", "german"}


def is_header(cols: Sequence[str]) -> bool:
    """A TSV's first line naming its columns ("source⇥reference"), not a sentence pair."""
    words = [c.strip().lower() for c in cols if c.strip()]
    return bool(words) and all(w in HEADER_WORDS for w in words)


def read_corpus(path: str | os.PathLike, src_lang: str = "en", tgt_lang: str = "fr",
                swap: bool = False) -> list[tuple[str, list[str]]]:
    """Read (source, [references...]) pairs.

    ``path`` is either a TSV (``src<TAB>ref[<TAB>ref…]``; manythings' attribution column is dropped)
    or a prefix of line-aligned files ``PREFIX.{src_lang}[.gz]`` / ``PREFIX.{tgt_lang}[.gz]`` (Multi30k). A TSV's
    header line, if any, is left out.
    ``swap`` reverses a two-column TSV (translate column 2 into column 1).
    """
    path = Path(path)
    if not path.is_file():
        src_file, tgt_file = _aligned_pair(path, src_lang, tgt_lang)
        src, tgt = _read_lines(src_file), _read_lines(tgt_file)
        if len(src) != len(tgt):
            raise ValueError(f"{src_file} and {tgt_file} are not line-aligned ({len(src)} vs {len(tgt)} lines)")
        return [(s.strip(), [t.strip()]) for s, t in zip(src, tgt) if s.strip() and t.strip()]
    pairs = []
    for n, line in enumerate(_read_lines(path), 1):
        cols = _tsv_cells(line)
        if not cols or (not pairs and is_header(cols)):         # a header ("source⇥reference") is no pair
            continue
        if len(cols) < 2:
            raise ValueError(f"{path}:{n}: {_lone_cell_problem(line, swap)}")
        if swap:
            cols = [cols[1], cols[0]]
        pairs.append((cols[0], cols[1:]))
    return pairs


def _iter_lines(path: Path) -> Iterator[str]:
    with _open_text(path) as f:
        yield from f


def count_pairs(path: str | os.PathLike, src_lang: str = "en", tgt_lang: str = "fr",
                limit: Optional[int] = None) -> int:
    """How many pairs ``read_corpus`` returns, read line by line and stopping at ``limit``: what
    ``--size auto`` needs (which size step the corpus reaches), without parsing or keeping the corpus."""
    path = Path(path)
    if path.is_file():
        rows = (1 for line in _iter_lines(path) if _tsv_cells(line))
    else:
        src_file, tgt_file = _aligned_pair(path, src_lang, tgt_lang)
        rows = (1 for s, t in zip(_iter_lines(src_file), _iter_lines(tgt_file)) if s.strip() and t.strip())
    n = 0
    for _ in rows:
        n += 1
        if limit and n >= limit:
            break
    return n


def count_sources(path: str | os.PathLike, src_lang: str = "en", tgt_lang: str = "fr", swap: bool = False,
                  limit: Optional[int] = None) -> tuple[int, int]:
    """(distinct source sentences, pairs) as ``read_corpus`` + ``group_by_source`` would see them, stopping once
    ``limit`` distinct sources are seen: a dev set holds out whole source sentences, so a corpus of repeated
    sentences gives fewer than its line count suggests (checked before a launch is offered, not after)."""
    path = Path(path)
    if path.is_file():
        cells = (c for c in (_tsv_cells(line) for line in _iter_lines(path)) if len(c) >= 2)
        sources = (c[1] if swap else c[0] for i, c in enumerate(cells) if i or not is_header(c))
    else:
        src_file, tgt_file = _aligned_pair(path, src_lang, tgt_lang)
        sources = (s.strip() for s, t in zip(_iter_lines(src_file), _iter_lines(tgt_file)) if s.strip() and t.strip())
    seen: set[str] = set()
    n = 0
    for s in sources:
        n += 1
        seen.add(s)
        if limit and len(seen) >= limit:
            break
    return len(seen), n


def flatten(pairs: Sequence[tuple[str, list[str]]]) -> list[tuple[str, str]]:
    """One training pair per reference."""
    return [(s, r) for s, refs in pairs for r in refs]


def group_by_source(pairs: Sequence[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """Merge pairs sharing a source into one multi-reference item (order kept)."""
    groups: OrderedDict[str, list[str]] = OrderedDict()
    for s, refs in pairs:
        groups.setdefault(s, []).extend(r for r in refs if r not in groups.get(s, []))
    return list(groups.items())


def evenly_spaced(items: Sequence, limit: int) -> list:
    """At most ``limit`` items spread over the whole list: the dev subset validation scores (corpora are
    often sorted by length, as Tatoeba is, so the first N would be the easiest)."""
    stride = max(1, -(-len(items) // max(limit, 1)))
    return list(items[::stride][:limit])


def split_grouped(pairs, dev_size: int, test_size: int, seed: int = 1):
    """Deterministic train/dev/test split that keeps every pair of one source sentence together.

    Returns (train, dev, test) as lists of (source, [references]); dev/test are grouped (multi-reference).
    ValueError for sizes below 0 or that leave nothing to train on.
    """
    groups = group_by_source(pairs)
    if dev_size < 0 or test_size < 0:
        raise ValueError(f"dev and test sizes must be 0 or more, not {dev_size} and {test_size}")
    if dev_size + test_size >= len(groups):
        raise ValueError(f"{dev_size:,} dev + {test_size:,} test source sentences leave none of the corpus's "
                         f"{len(groups):,} for training; ask for fewer")
    key = lambda g: hashlib.sha1(f"{seed}\t{g[0].lower()}".encode()).hexdigest()
    order = sorted(range(len(groups)), key=lambda i: key(groups[i]))
    test = [groups[i] for i in sorted(order[:test_size])]
    dev = [groups[i] for i in sorted(order[test_size:test_size + dev_size])]
    train = [groups[i] for i in sorted(order[test_size + dev_size:])]
    return train, dev, test


def write_tsv(path: str | os.PathLike, items: Sequence[tuple[str, list[str]]]) -> None:
    clean = lambda s: s.replace("\t", " ").replace("\n", " ")
    with open(path, "w", encoding="utf-8") as f:
        for src, refs in items:
            f.write("\t".join([clean(src)] + [clean(r) for r in refs]) + "\n")


# ---------------------------------------------------------------- batching

@dataclass
class Batch:
    src: "torch.Tensor"        # [B, S] ids, padded with 0, each row ends in </s>
    tgt_in: "torch.Tensor"     # [B, T] <s> y1 … yn
    tgt_out: "torch.Tensor"    # [B, T] y1 … yn </s>
    n_tokens: int              # real target tokens
    padding_ratio: float       # padded slots / all slots, source and target together


def make_batch(examples: Sequence[tuple[list[int], list[int]]], pad: int = PAD, bos: int = BOS,
               eos: int = EOS) -> Batch:
    import torch
    S = max(len(s) for s, _ in examples) + 1
    T = max(len(t) for _, t in examples) + 1
    B = len(examples)
    src = torch.full((B, S), pad, dtype=torch.long)
    tgt_in = torch.full((B, T), pad, dtype=torch.long)
    tgt_out = torch.full((B, T), pad, dtype=torch.long)
    real = 0
    for i, (s, t) in enumerate(examples):
        src[i, :len(s) + 1] = torch.tensor(s + [eos])
        tgt_in[i, :len(t) + 1] = torch.tensor([bos] + t)
        tgt_out[i, :len(t) + 1] = torch.tensor(t + [eos])
        real += len(s) + len(t) + 2
    return Batch(src, tgt_in, tgt_out, sum(len(t) + 1 for _, t in examples), 1 - real / (B * (S + T)))


def bucket_batches(lengths: Sequence[tuple[int, int]], max_tokens: int, seed: int) -> list[list[int]]:
    """Group example indices into batches of at most ``max_tokens`` (padded, max of source/target side).

    Examples are shuffled, then sorted by (target, source) length inside large windows, so each batch
    holds examples of nearly equal length on both sides (low padding) while batch order stays random.
    Deterministic for a given seed.
    """
    rng = random.Random(seed)
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    window = max(1000, 50 * max_tokens)
    batches: list[list[int]] = []
    for w in range(0, len(idx), window):
        chunk = sorted(idx[w:w + window], key=lambda i: (lengths[i][1], lengths[i][0]))
        cur: list[int] = []
        longest = 0
        for i in chunk:
            n = max(lengths[i]) + 1
            if cur and max(longest, n) * (len(cur) + 1) > max_tokens:
                batches.append(cur)
                cur, longest = [], 0
            cur.append(i)
            longest = max(longest, n)
        if cur:
            batches.append(cur)
    rng.shuffle(batches)
    return batches


# ---------------------------------------------------------------- download

def tsv_files(root: Path | None = None, limit: int = 12) -> list[str]:
    """TSV files in the data directory and its subfolders (paths relative to it, sorted), for a form to name."""
    root = Path(root or data_dir())
    try:
        found = sorted(str(p.relative_to(root)) for p in root.glob("**/*.tsv") if p.is_file())
    except OSError:
        return []
    return found[:limit]


def available_corpora(root: Path | None = None) -> list[dict]:
    """The public corpora of ``CORPORA`` present in the data directory (what ``data download`` fetched):
    key, label, train/valid paths, languages, and ``kind`` (``tsv``: columns are ``langs``; ``prefix``:
    line-aligned files)."""
    root, out = Path(root or data_dir()), []
    tat = root / "tatoeba" / "fra-eng" / "fra.txt"
    if tat.is_file():
        out.append({"key": "tatoeba-fra-eng", "label": "Tatoeba fra-eng (manythings.org)", "train": str(tat),
                    "valid": None, "langs": ["en", "fr"], "kind": "tsv"})
    m = root / "multi30k"
    langs = [lang for lang in ("en", "de", "fr") if aligned_files(m / "train", lang)]
    if len(langs) >= 2:
        valid = m / "val" if all(aligned_files(m / "val", lang) for lang in langs) else None
        out.append({"key": "multi30k", "label": "Multi30k (Flickr30k captions)", "train": str(m / "train"),
                    "valid": str(valid) if valid else None, "langs": langs, "kind": "prefix"})
    return out


def download(corpus: str, dest: str | os.PathLike | None = None, base_url: str | None = None,
             progress: Callable[[str], None] = print) -> Path:
    """Fetch a public corpus into the data directory, keeping upstream names; unzips .zip archives."""
    if corpus not in CORPORA:
        raise ValueError(f"unknown corpus {corpus!r}; choose from {', '.join(CORPORA)}")
    spec = CORPORA[corpus]
    target = Path(dest or data_dir()) / spec["into"]
    target.mkdir(parents=True, exist_ok=True)
    for name in spec["files"]:
        url = f"{(base_url or spec['base']).rstrip('/')}/{name}"      # a mirror's URL may lack its final '/'
        out = target / name
        progress(f"downloading {url} -> {out}")
        req = urllib.request.Request(url, headers={"User-Agent": "s2s-studio"})
        with urllib.request.urlopen(req, timeout=60) as r, atomic_open(out, "wb", permissions=0o644) as f:
            shutil.copyfileobj(r, f)
        if out.suffix == ".zip":
            import zipfile
            with zipfile.ZipFile(out) as z:
                for member in z.namelist():
                    if Path(member).name == member and not member.startswith("."):  # no paths escape
                        z.extract(member, target)
            out.unlink()
    return target
