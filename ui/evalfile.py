"""Reading the Evaluate page's uploads: plain text (one sentence a line) or TSV (source, references…)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import pandas as pd

from s2s_core import trust
from s2s_core.data import is_header
EXTENSIONS = (".txt", ".tsv", ".tab")
WHAT_TO_UPLOAD = ("a .txt file (UTF-8, one sentence a line) to translate it, or a .tsv / .tab file "
                  "(source⇥reference⇥…) to score the model.")


@dataclass
class EvalSet:
    sources: list[str]
    references: Optional[list[list[str]]] = None     # per sentence, one or more references
    warnings: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)   # the file's line number of each sentence (its first line)

    @property
    def n_refs(self) -> int:
        return max((len(r) for r in self.references), default=0) if self.references else 0


def check_upload(name: str) -> None:
    """Refuse a file not named as a text file, saying why: the uploader accepts any file, so that a wrong
    one gets this explanation rather than a bare rejection."""
    suffix = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""
    if suffix not in EXTENSIONS:
        kind = f"a {suffix} file" if suffix else "a file without an extension"
        raise ValueError(f"{name} is {kind}. The Evaluate page reads text files only: {WHAT_TO_UPLOAD}")


def pasted(text: str) -> tuple[str, bytes]:
    """Pasted lines as an upload would give them: a name (a .tsv where a tab splits columns) and UTF-8 bytes."""
    return ("pasted lines.tsv" if "\t" in text else "pasted lines.txt"), text.encode("utf-8")


def counted(n: int, one: str, many: str) -> str:
    """"1 line has…" / "3 lines have…": a warning said as a sentence, its noun and verb agreeing with ``n`` (the
    file's warnings had read "1 line(s) with no source are kept blank")."""
    return f"{n:,} {one if n == 1 else many}"


def parse(name: str, data: bytes) -> EvalSet:
    """A ``.tsv`` (or any file whose lines hold tabs) is source<TAB>reference[<TAB>reference…];
    anything else is one source sentence a line. Raises ValueError with a readable message."""
    check_upload(name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValueError(f"{name} is not UTF-8 text (byte {e.start}); save it as UTF-8 and upload again") from None
    if "\x00" in text:
        raise ValueError(f"{name} holds binary data (NUL bytes), not text: upload {WHAT_TO_UPLOAD}")
    # lines end where the CLI's end (\n, \r\n, \r), not at U+2028 or U+0085 as str.splitlines has them
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        raise ValueError(f"{name} is empty: there is nothing in it to translate. Upload {WHAT_TO_UPLOAD}")
    warnings, first = [], 1
    tsv = name.lower().endswith((".tsv", ".tab")) or any("\t" in ln for ln in lines)
    if tsv and len(lines) > 1 and is_header(lines[0].split("\t")):
        warnings.append(f"Line 1 ({' / '.join(c.strip() for c in lines[0].split(chr(9)))}) looks like a header "
                        "and is left out.")
        lines, first = lines[1:], 2
    numbers = list(range(first, first + len(lines)))
    blank = sum(not ln.split("\t")[0].strip() for ln in lines)
    if blank:
        warnings.append(counted(blank, "line has no source and is kept blank", "lines have no source and are kept "
                                "blank") + " (nothing to translate).")
    if not tsv:
        return EvalSet([ln.strip() for ln in lines], None, warnings, numbers)
    sources, refs, missing = [], [], 0
    for ln in lines:
        cols = [c.strip() for c in ln.split("\t")]
        sources.append(cols[0])
        r = [c for c in cols[1:] if c]
        missing += not r
        refs.append(r)
    if all(not r for r in refs):
        return EvalSet(sources, None, warnings + ["The TSV has no reference columns: translating only."], numbers)
    if missing:
        warnings.append(counted(missing, "line has no reference; it counts as an empty reference", "lines have no "
                                "reference; they count as empty references") + " (the `evaluate` command refuses "
                        "such a file).")
    sources, refs, numbers, pooled = _pooled(sources, refs, numbers)
    if pooled:
        warnings.append(counted(pooled, "source sentence appears on more than one line: it is", "source sentences "
                                "appear on more than one line: each is") + " translated once and scored against the "
                        "references of all its lines, as the `evaluate` command does.")
    return EvalSet(sources, [r or [""] for r in refs], warnings, numbers)


def _pooled(sources: list[str], refs: list[list[str]], numbers: list[int]):
    """One sentence per source (at its first line) with the references of all its lines, as
    ``data.group_by_source`` makes them for the CLI; blank sources stay one a line. Also how many were pooled."""
    at: dict[str, int] = {}
    out_s, out_r, out_n, pooled = [], [], [], set()
    for s, r, n in zip(sources, refs, numbers):
        if s and s in at:
            pooled.add(s)
            out_r[at[s]] += [x for x in r if x not in out_r[at[s]]]
            continue
        if s:
            at[s] = len(out_s)
        out_s.append(s)
        out_r.append(list(r))
        out_n.append(n)
    return out_s, out_r, out_n, len(pooled)


def warning_counts(flags: Optional[list[list[str]]]) -> str:
    """"low confidence: 3 · cut off: 1" over the lines' trust-flag codes ("" when none is flagged); the count
    after the label, which is a phrase ("repeats itself") rather than a noun to put in the plural."""
    found = [f for codes in flags or [] for f in trust.by_code(codes)]
    return " · ".join(f"{f.label}: {found.count(f)}" for f in trust.FLAGS if f in found)


def unsure_words(translations) -> list[str]:
    """Per line, the words its best translation's unsure-word warning names ("" where it has none)."""
    return [", ".join(trust.named_words(t.best)) if t.best is not None else "" for t in translations]


def results_frame(es: EvalSet, hyps: list[str], errors: list[Optional[str]],
                  chrf: Optional[list[float]] = None, flags: Optional[list[list[str]]] = None,
                  unsure: Optional[list[str]] = None) -> pd.DataFrame:
    df = pd.DataFrame({"line": es.lines or range(1, len(hyps) + 1), "source": es.sources,
                       "translation": hyps})
    if flags and any(flags):
        df["warnings"] = [", ".join(f.label for f in trust.by_code(codes)) for codes in flags]
    if unsure and any(unsure):
        df["unsure words"] = unsure
    if es.references:
        for k in range(es.n_refs):
            df[f"reference {k + 1}"] = [r[k] if k < len(r) else "" for r in es.references]
    if chrf is not None:
        df["chrF"] = [round(x, 1) for x in chrf]
    if any(errors):
        df["problem"] = [e or "" for e in errors]
    return df


def table_layout(df: pd.DataFrame) -> dict:
    """``st.dataframe`` keyword arguments that keep the score in view: line and chrF first, narrow; the
    text columns share the rest of the width."""
    import streamlit as st
    first = [c for c in ("line", "chrF") if c in df.columns]
    config = {"line": st.column_config.NumberColumn(width=44),
              "chrF": st.column_config.NumberColumn(width=56, format="%.1f", help="sentence-level chrF"),
              "warnings": st.column_config.TextColumn(width=96, help="why this translation may be unreliable"),
              "unsure words": st.column_config.TextColumn(width=96, help="words the model gave under "
                                                                         f"{trust.UNSURE_PERCENT} probability: check "
                                                                         "them first")}
    text = 160 if "warnings" in df.columns else 180        # the score stays in view without scrolling sideways
    config.update({c: st.column_config.TextColumn(width=text) for c in df.columns if c not in config})
    return {"column_order": first + [c for c in df.columns if c not in first], "column_config": config}


def worst_sentences(df: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` lines of lowest sentence chrF, lines that match their reference (chrF 100) left out."""
    return df[df["chrF"] < 100].sort_values("chrF").head(n)
