"""What a launch may read: corpus paths (with the training page's folder rule), a cheap look at their
format, and the dev set held out of a corpus that has none.

Paths to corpora. Rule: the CLI (run by the machine's own user) accepts any existing file or
line-aligned prefix. The training page (``restrict=True``) only accepts data that resolves —
symlinks followed — inside the data directory (``$S2S_DATA_DIR``, default ``./data``) or the runs
directory (uploads are saved into the run's folder). A relative path is looked up in the current
directory first, then in the data directory.
"""
from __future__ import annotations

import gzip
from pathlib import Path
from typing import Optional

from .. import paths
from ..data import aligned_files, count_sources, read_corpus, split_grouped, write_tsv

HEAD_BYTES = 65536      # what check_corpus_text reads of each file


def allowed_roots(runs_root: Optional[Path] = None) -> list[Path]:
    return [paths.data_dir().resolve(), Path(runs_root or paths.runs_dir()).resolve()]


def _corpus_files(value: str, src_lang: str, tgt_lang: str, what: str) -> tuple[list[Path], Path]:
    """(the files of the corpus ``value`` names, its resolved path) or ValueError when there is none."""
    raw = Path(str(value).strip()).expanduser()
    candidates = [raw] if raw.is_absolute() else [Path.cwd() / raw, paths.data_dir() / raw]
    for p in candidates:
        if p.is_file():
            return [p], p.resolve()
        src, tgt = aligned_files(p, src_lang), aligned_files(p, tgt_lang)
        if src and tgt:
            return [src, tgt], p.parent.resolve() / p.name
    raise ValueError(f"{what} not found: no file {str(value).strip()!r} in the data folder ({paths.data_dir()}) "
                     f"or here (a TSV file, or a pair of files NAME.{src_lang} and NAME.{tgt_lang}, gzipped or not)")


def resolve_corpus(value: str, src_lang: str, tgt_lang: str, restrict: bool,
                   runs_root: Optional[Path] = None, what: str = "training data") -> str:
    """Absolute path of a TSV file or line-aligned prefix that exists (see the module doc for the rule)."""
    if not value or not str(value).strip():
        raise ValueError(f"{what}: no path given")
    files, resolved = _corpus_files(value, src_lang, tgt_lang, what)
    if restrict:
        roots = allowed_roots(runs_root)
        for f in files:
            real = f.resolve()
            if not any(real.is_relative_to(r) for r in roots):
                raise ValueError(f"{what} {value} is outside the allowed folders ({', '.join(map(str, roots))}); "
                                 f"put it in the data folder or upload it")
    return str(resolved)


def _head_text(f: Path, what: str) -> str:
    try:
        with (gzip.open(f, "rb") if f.suffix == ".gz" else open(f, "rb")) as fh:
            head = fh.read(HEAD_BYTES)
    except (OSError, EOFError) as e:
        raise ValueError(f"{what}: cannot read {f}: {e}") from None
    if len(head) == HEAD_BYTES:
        head = head[: head.rfind(b"\n") + 1] or head
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError(f"{what}: {f} is not UTF-8 text") from None


def check_corpus_text(path: str, src_lang: str, tgt_lang: str, what: str = "training data") -> None:
    """Cheap look at the start of a corpus (UTF-8 text; a TSV has source<TAB>target lines), so that a
    wrong file is refused before a process starts rather than failing inside it."""
    p = Path(path)
    files = [p] if p.is_file() else [aligned_files(p, src_lang), aligned_files(p, tgt_lang)]
    for f in files:
        lines = [line for line in _head_text(f, what).splitlines() if line.strip()]
        if not lines:
            raise ValueError(f"{what}: {f} is empty")
        if p.is_file() and not any(len([c for c in line.split("\t") if c.strip()]) >= 2 for line in lines[:200]):
            raise ValueError(f"{what}: {f} has no source<TAB>target lines (is it a tab-separated file?)")


def checked_corpus(value: str, src_lang: str, tgt_lang: str, restrict: bool, runs_root: Optional[Path],
                   what: str) -> str:
    """``resolve_corpus`` then ``check_corpus_text``: the resolved path of a usable corpus."""
    path = resolve_corpus(value, src_lang, tgt_lang, restrict, runs_root, what)
    check_corpus_text(path, src_lang, tgt_lang, what)
    return path


def enough_sources(source: str, dev_size: int, src_lang: str, tgt_lang: str, swap: bool) -> None:
    """ValueError unless the corpus has twice ``dev_size`` distinct source sentences: a dev set holds out whole
    sentences, and at least as many must stay for training. One rule for the check before the launch dialog and
    for the split after it, so what the dialog promises the split does."""
    sources, pairs = count_sources(source, src_lang, tgt_lang, swap, limit=2 * dev_size)
    if sources < 2 * dev_size:
        repeats = f" (in {pairs:,} pairs: some sentences repeat)" if pairs > sources else ""
        noun = "sentence" if sources == 1 else "sentences"
        raise ValueError(f"the training data has {sources:,} distinct source {noun}{repeats}; too few to hold out "
                         f"{dev_size:,} for validation (at most {sources // 2:,})")


def split_dev(source: str, out_dir: Path, dev_size: int, src_lang: str, tgt_lang: str, swap: bool) -> tuple[str, str]:
    """Hold out ``dev_size`` source sentences (all their translations together) → out_dir/{train,dev}.tsv,
    already in the translation direction (so no --swap is needed afterwards)."""
    enough_sources(source, dev_size, src_lang, tgt_lang, swap)
    pairs = read_corpus(source, src_lang, tgt_lang, swap)
    train, dev, _ = split_grouped(pairs, dev_size, 0)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_tsv(out_dir / "train.tsv", train)
    write_tsv(out_dir / "dev.tsv", dev)
    return str(out_dir / "train.tsv"), str(out_dir / "dev.tsv")

