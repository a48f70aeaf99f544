"""Subword pieces → words, and choosing what attention to show: plain numpy, no plotting.

Shared by the figures (``viz``) and by the engine modules that measure on words (``attribution``,
``alignment``, ``counterfactual``), so that those never import the plotting layer.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

import numpy as np

from .special import BOS_PIECE, EOS_PIECE, PAD_PIECE, UNK_PIECE

SPECIALS = {EOS_PIECE, BOS_PIECE, UNK_PIECE, PAD_PIECE}
GLUED = "·"           # the label of a piece shown with the piece before it: a stand-in's later pieces (verbatim.py)
END_LABEL = "(end)"     # the end-of-sentence token as a viewer reads it: "</s>" read as markup, or as nothing at all
ANOTHER_WORD = "(another word)"     # a lone "▁": the model starts a word it spells in pieces ("▁", "gar", "e")


def word_named(text: str) -> str:
    """A word's or a piece's text as every view names it: a lone "▁" (no text: the model starts a word it spells in
    pieces) as "(another word)", in the strip's box and hover, the map's ticks and presenter mode's words alike (the
    map had read "␣", presenter mode's strip "▁")."""
    return text or ANOTHER_WORD


def reader_label(label: str) -> str:
    """A strip's or a map's label as a viewer reads it: the end-of-sentence token as "(end)", others as they are."""
    return END_LABEL if label == EOS_PIECE else label


def reader_piece(piece: str) -> str:
    """One piece as a viewer reads it (hovers, tree boxes, choices): :func:`piece_label` (a lone "▁" as "(another
    word)"), the end token as "(end)"."""
    return reader_label(piece_label(piece))


ANOTHER_CHARACTER = "(another letter or sign)"    # one byte of a character the vocabulary spells in bytes


def alternative_label(alt: str, run: Sequence[str]) -> str:
    """An alternative in a strip box's hover, ``run`` the piece(s) the box shows: the first byte of the box's own
    character as that character ("…<0xC5>" → "…œ" over "s", "<0xC5>", "<0x93>"), another lone byte of a longer
    character as :data:`ANOTHER_CHARACTER` (not "…<0xE2>"); any other piece as :func:`reader_piece`."""
    if not is_byte_piece(alt) or "\ufffd" not in decode_bytes(alt):
        return reader_piece(alt)
    if len(run) > 1 and alt == run[0]:
        return piece_labels(list(run))[0]
    return ANOTHER_CHARACTER


def word_groups(pieces: Sequence[str]) -> list[list[int]]:
    """Indices of the pieces forming each word: a piece starting with '▁' (or a special token) starts one."""
    groups: list[list[int]] = []
    prev_special = True
    for i, p in enumerate(pieces):
        special = p in SPECIALS
        if not groups or special or prev_special or p.startswith("▁"):
            groups.append([i])
        else:
            groups[-1].append(i)
        prev_special = special
    return groups


_BYTE_RUN = re.compile(r"(?:<0x[0-9A-F]{2}>)+")


def is_byte_piece(piece: str) -> bool:
    """A SentencePiece byte-fallback piece (``<0xC5>``): one UTF-8 byte of a character the vocabulary lacks."""
    return len(piece) == 6 and piece.startswith("<0x") and piece.endswith(">")


def decode_bytes(text: str) -> str:
    """Runs of SentencePiece byte-fallback pieces (``<0xC5><0x93>``) as the characters they spell ("œ"):
    characters outside the vocabulary must read as themselves once a word's pieces are joined."""
    return _BYTE_RUN.sub(lambda m: bytes.fromhex(m.group().replace("<0x", "").replace(">", ""))
                         .decode("utf-8", "replace"), text)


def spelled(text: str) -> str:
    """``text`` with its byte pieces decoded when they spell whole characters; as it is when they do not (one
    byte of a longer character: "<0xC5>" says more than "�")."""
    decoded = decode_bytes(text)
    return text if "\ufffd" in decoded else decoded


def piece_label(piece: str) -> str:
    """One subword piece for a reader: a word's first piece as its text ("▁Le" → "Le"; a lone "▁" as
    :func:`word_named`), a later one after "…" ("ur" → "…ur") unless it is punctuation ("."), a byte piece as its
    character when it spells one whole ("<0x5B>" → "["), specials as they are."""
    if piece in SPECIALS:
        return piece
    text = spelled(piece[1:] if piece.startswith("▁") else piece)
    if piece.startswith("▁"):
        return word_named(text)                                         # a lone "▁": "(another word)"
    glued_sign = text and not is_byte_piece(piece) and not any(c.isalnum() for c in text)
    return text if glued_sign else "…" + text                           # "." after a word, not "…."


def as_text(pieces: Sequence[str]) -> str:
    """Pieces as the text they spell ("▁En", "v", "oyez" → "Envoyez"; byte pieces decoded); a final </s> shown."""
    body = decode_bytes("".join(p for p in pieces if p not in SPECIALS).replace("▁", " ")).strip()
    return f"{body} {EOS_PIECE}".strip() if pieces and pieces[-1] == EOS_PIECE else body


def reader_text(pieces: Sequence[str]) -> str:
    """:func:`as_text` as a viewer reads it: a final end-of-sentence token as "(end)" ("Où est Thomas ? (end)"), a
    stand-in's later pieces (``GLUED``) left out ("Emma et Sophie", not "Emma et Sophie··")."""
    text = as_text(_unglued(pieces))
    return text[:-len(EOS_PIECE)] + END_LABEL if pieces and pieces[-1] == EOS_PIECE else text


def byte_runs(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """[start, stop) spans of ``tokens``: each run of byte-fallback pieces that spells whole characters (with
    the '▁' piece before it, if any) is one span; every other piece is a span of its own."""
    out, i = [], 0
    while i < len(tokens):
        j = i + 1
        if tokens[i].lstrip("▁") == "" or is_byte_piece(tokens[i]):
            while j < len(tokens) and is_byte_piece(tokens[j]):
                j += 1
            if j == i + 1 or "\ufffd" in decode_bytes("".join(tokens[i:j]).lstrip("▁")):
                j = i + 1                       # not a run, or bytes that spell no whole character: one by one
        out.append((i, j))
        i = j
    return out


def last_label(prefix: Sequence[str]) -> str:
    """The label of a prefix's last piece, read with the pieces before it (a beam-tree node): a byte piece that
    completes a character shows it ("…œ" on "<0x93>" after "<0xC5>"), one that does not yet shows "·"."""
    if not is_byte_piece(prefix[-1]):
        return reader_piece(prefix[-1])             # a finished node reads "(end)", not "</s>"
    k = len(prefix) - 1
    while k > 0 and is_byte_piece(prefix[k - 1]):
        k -= 1
    text = decode_bytes("".join(prefix[k:]))
    if "\ufffd" in text:
        return "·"                                                  # more bytes to come
    starts_word = k > 0 and prefix[k - 1] == "▁" and len(text) == 1    # "▁" then one character's bytes
    return ("" if starts_word else "…") + text[-1]


def piece_labels(pieces: Sequence[str]) -> list[str]:
    """:func:`piece_label` of each piece, a character spelled in several byte pieces shown once, on its first
    piece, the others marked "·" ("寿" over "<0xE5>", "<0xAF>", "<0xBF>": "寿", "·", "·")."""
    labels = []
    for start, stop in byte_runs(pieces):
        if stop - start == 1:
            labels.append(piece_label(pieces[start]))
            continue
        run = "".join(pieces[start:stop])
        text = decode_bytes(run.replace("▁", ""))
        labels += [text if run.startswith("▁") else "…" + text] + ["·"] * (stop - start - 1)
    return labels


def group_label(pieces: Sequence[str], idx: Sequence[int]) -> str:
    """A word as a reader sees it: its pieces joined, no '▁', byte pieces decoded (specials as they are), a stand-in's
    later pieces (``GLUED``) left out ("Sophie", not "Sophie··", for "Jane" written "▁J", "an", "e"); a lone "▁" as
    :func:`word_named`."""
    word = "".join(_unglued([pieces[i] for i in idx]))
    return word if word in SPECIALS else word_named(decode_bytes(word.replace("▁", "")))


def merge_attention(attn: np.ndarray, src: Sequence[str], tgt: Sequence[str]):
    """Word-level matrix: **sum** over a word's source pieces (rows still sum to 1) and
    **average** over a word's target pieces. Returns (matrix, source words, target words).
    ``attn`` is [T, S] or [T, …, S] (every layer and head at once, [T, L, H, S]: Inspect's grid merges as
    Translate's map does)."""
    sg, tg = word_groups(src), word_groups(tgt)
    cols = np.stack([attn[..., g].sum(-1) for g in sg], -1) if sg else attn
    rows = np.stack([cols[g].mean(0) for g in tg], 0) if tg else cols
    return rows, [group_label(src, g) for g in sg], [group_label(tgt, g) for g in tg]


def without_end(attn: np.ndarray, src: Sequence[str], tgt: Sequence[str]):
    """(matrix, source labels, target labels) without the end-of-sentence token's columns and rows: presenter mode
    shows the words only (the last row, the model writing "end", looked mostly at the source's end). ``attn`` is
    [T, S] or [T, …, S] (the Heads tab's every layer and head at once)."""
    cols = [j for j, p in enumerate(src) if p != EOS_PIECE]
    rows = [i for i, p in enumerate(tgt) if p != EOS_PIECE]
    return np.asarray(attn)[rows][..., cols], [src[j] for j in cols], [tgt[i] for i in rows]


def _glued_sign(piece: str) -> bool:
    """A piece glued to what comes before that is no letter or digit ("-", ",", "?" without '▁')."""
    return piece not in SPECIALS and not piece.startswith("▁") and not any(c.isalnum() for c in spelled(piece))


def choice_label(pieces: Sequence[str], start: int, pos: int, alt: str) -> str:
    """What writing ``alt`` at ``pos`` makes of the word that begins at ``start`` (Click to correct), as a reader
    reads it: at the word's start the word it begins ("se…", "J…"; a sign, "(another word)" or "(end)" as they are);
    inside it the word's beginning with it, then "…" ("Envoyez-les…": the model writes the rest); a new word there
    ends this one early ("facture !", not "facture !…"); a sign glued on says what it follows ("“-” after
    Envoyez-le", not "Envoyez-le-…"; "“,” after Sophie", not "Sophie,", for a "," glued to the word before); a lone
    "▁" as "(another word)", not "␣"; the end token as "(end)"."""
    new = reader_piece(alt)                                 # a lone "▁" starts a word in pieces
    if pos == start:
        if start > 0 and _glued_sign(alt):                 # "?" for "▁?": the same sign, only without its space;
            before = as_text(_unglued(pieces[word_groups(pieces[:start])[-1][0]:start]))   # "Sophie, (1%)" read
            return f"“{spelled(alt)}” after {before}"     # as a list in the radio (qa30)
        begun = as_text([alt])                             # "J…": a word begun, the model writes the rest ("J" alone
        return begun + "…" if alt.startswith("▁") and any(c.isalnum() for c in begun) else new    # read a letter)
    kept = as_text(_unglued(pieces[start:pos]))
    if alt == EOS_PIECE or alt.startswith("▁"):
        return f"{kept} {new}"
    return f"“{spelled(alt)}” after {kept}" if _glued_sign(alt) else \
        as_text([*_unglued(pieces[start:pos]), alt]) + "…"


def stand_in_prefix(pieces: Sequence[str], tokens: Sequence[str], labels: Sequence[str]) -> list[str]:
    """``pieces`` (a prefix the model wrote: a beam-tree node's) as the translation ``tokens``, shown ``labels``, show
    them: a stand-in's first piece as the name, its later pieces ``GLUED`` where they go on as in the translation
    ("▁J", "an" → "▁Sophie", "·": the tree read "Sophie", "…an", "…e"); a piece that goes on otherwise ("▁J", "'",
    "ai" or "▁J", "an", "e", "s") stays as it is."""
    runs = {}
    for k, (token, label) in enumerate(zip(tokens, labels)):
        if label not in (GLUED, token):
            end = k + 1
            while end < len(labels) and labels[end] == GLUED:
                end += 1
            runs[token] = (label, list(tokens[k + 1:end]))
    out = list(pieces)
    for k, piece in enumerate(pieces):
        if piece not in runs:
            continue
        label, rest = runs[piece]
        after = list(pieces[k + 1:k + 1 + len(rest)])
        nxt = pieces[k + 1 + len(rest)] if k + 1 + len(rest) < len(pieces) else "▁"
        if after == rest[:len(after)] and (len(after) < len(rest) or not nxt[:1].isalpha()):
            out[k:k + 1 + len(after)] = [label] + [GLUED] * len(after)
    return out


def _unglued(pieces: Sequence[str]) -> list[str]:
    """``pieces`` without a stand-in's later pieces (``GLUED``): "Sophie", not "Sophie··", before a choice."""
    return [p for n, p in enumerate(pieces) if n == 0 or p != GLUED]


def word_choice(pieces: Sequence[str], start: int, pos: int, alt: str) -> Optional[str]:
    """:func:`choice_label` of a choice Click to correct may offer, or None where it may not: inside a stand-in's
    pieces (``GLUED``: "an" after "▁J" of "Jane" standing for "Sophie" read "Sophiean…", and would undo the name
    typed), or one byte of a longer character ("m�…")."""
    if pos < len(pieces) and pieces[pos] == GLUED:
        return None
    label = choice_label(pieces, start, pos, alt)
    return None if "\ufffd" in label else label


def select_heads(heads: Optional[np.ndarray], layer: Optional[int], head: Optional[int]) -> Optional[np.ndarray]:
    """heads [T, L, H, S] → [T, S]: one layer (None = average of layers), one head (None = average)."""
    if heads is None:
        return None
    x = heads.mean(1) if layer is None else heads[:, layer]
    return x.mean(1) if head is None else x[:, head]


def default_layer(n_layers: int) -> int:
    """The display layer: the penultimate decoder layer (see models/transformer.py)."""
    return max(0, n_layers - 2)


def eos_share(attn: np.ndarray, src: Sequence[str]) -> float:
    """Average share of attention that target tokens (except the final </s>) give to source </s>."""
    cols = [i for i, p in enumerate(src) if p == EOS_PIECE]
    if not cols or attn.size == 0:
        return 0.0
    rows = attn[:-1] if attn.shape[0] > 1 else attn
    return float(rows[:, cols].sum(1).mean())


def block_diagonal(mats: Sequence[np.ndarray]) -> np.ndarray:
    """Matrices [..., rows, cols] (same leading dims) on the diagonal of one, zeros elsewhere: the attention
    of a text translated in parts (sentences, clauses), each part looking only at its own source."""
    lead = mats[0].shape[:-2]
    out = np.zeros(lead + (sum(m.shape[-2] for m in mats), sum(m.shape[-1] for m in mats)), dtype=np.float32)
    r = c = 0
    for m in mats:
        out[..., r:r + m.shape[-2], c:c + m.shape[-1]] = m
        r, c = r + m.shape[-2], c + m.shape[-1]
    return out
