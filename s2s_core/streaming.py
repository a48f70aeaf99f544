"""Long inputs without a frozen page: sentence-by-sentence translation and time estimates.

``translate_iter`` yields each sentence's Translation as soon as it is done, so a page can show results as
they arrive and stop early; ``estimate_seconds`` says how long a file will take before it starts.

The estimate is linear in source pieces: ``seconds ≈ pieces × rate(beam, batch)``, where the rate is
measured on this machine, for this model, the first time an estimate is asked for a beam size and batch
size: ``translate_batch`` over ``CALIBRATION`` (16 everyday English sentences of 2–28 words, written for
this purpose; repeated up to the batch size, at most 64 lines) is timed and divided by its source pieces;
the result is kept on the Translator (``Translator.speed``), so the first estimate takes a second or two.
Decoding cost follows the output length, which follows the source length for a model that can read its
input; a model fed text it cannot read often runs to the length limit, so the estimate is then low (by up
to about 2×). Measured against real runs in ``benchmarks/RESULTS.md`` (``benchmarks/request_time.py``).
"""
from __future__ import annotations

import time
from typing import Iterator, Sequence

from . import register

CALIBRATION = (
    "Good morning.",
    "Where is the station?",
    "I forgot my umbrella at home.",
    "She has been learning the piano for three years.",
    "Could you tell me how to get to the nearest pharmacy?",
    "We stayed inside because it was raining all afternoon.",
    "My brother works in a small bakery near the river.",
    "The children were playing in the garden when their grandmother arrived.",
    "I don't think we will finish the report before Friday.",
    "He bought a new bicycle, but he still prefers to walk to work.",
    "If you have any questions about the schedule, please ask the teacher after the lesson.",
    "The museum is closed on Mondays, so we decided to visit the old market instead.",
    "Although the film was long, nobody in the room wanted it to end.",
    "They opened the windows to let the fresh air into the kitchen.",
    "When I was young, my family spent every summer in a little village by the sea, where my uncle "
    "had a boat and taught us how to fish.",
    "Thank you very much.",
)


def translate_iter(tr, text: str, chunk: int = 8, **decode) -> Iterator:
    """Check ``text`` and the settings now (ValueError, as ``Translator.translate`` would), then return a
    generator of one Translation per sentence, in order. Sentences are decoded in batches of 1, 2, 4, …
    up to ``chunk``: the first appears after one sentence's time, later ones at nearly batched speed.
    ``decode`` takes ``translate_batch``'s keyword arguments (``return_heads`` defaults to True, as in
    ``translate``)."""
    if isinstance(chunk, bool) or not isinstance(chunk, int) or chunk < 1:
        raise ValueError(f"chunk must be a whole number ≥ 1 (got {chunk!r})")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("Please enter some text to translate (the input is empty).")
    parts, why = tr.checked_segments(text, decode.get("min_length", 0))
    if why:
        raise ValueError(why)
    decode = {"return_heads": True, **decode, "errors": "raise"}
    tr.translate_batch([], **decode)                  # bad settings fail here, before any work
    return _sentences(tr, parts, chunk, decode)


def batches(n: int, chunk: int = 8) -> list[tuple[int, int]]:
    """(start, end) of the batches ``translate_iter`` decodes ``n`` sentences in: 1, 2, 4, … up to ``chunk``
    sentences (the app's Translate page streams a paragraph on the same schedule)."""
    out, start, size = [], 0, 1
    while start < n:
        out.append((start, min(n, start + size)))
        start, size = start + size, min(2 * size, chunk)
    return out


def _sentences(tr, parts: list[str], chunk: int, decode: dict) -> Iterator:
    form = None                 # "tu" or "vous": kept from batch to batch where the beams allow (register.py)
    for start, end in batches(len(parts), chunk):
        done = tr.translate_batch(parts[start:end], **decode, previous=parts[start - 1] if start else "",
                                  one_text=True, form=form)
        form = register.form_after(done, form)
        yield from done


def source_pieces(tr, texts: Sequence[str]) -> int:
    """Source tokens (incl. </s>) of the lines that would be translated (a line over the input caps is refused
    at once, so it costs nothing)."""
    cap = tr.limits.max_chars
    return sum(len(tr.tokenizer.encode(t)) + 1 for t in texts if isinstance(t, str) and t.strip() and len(t) <= cap)


def seconds_per_piece(tr, beam_size: int = 5, batch_lines: int = 128) -> float:
    """This machine's decoding time per source piece at ``beam_size`` when lines are translated
    ``batch_lines`` at a time; measured once per Translator (bigger batches are cheaper per line, up to
    about 64 lines, so the calibration translates ``CALIBRATION`` repeated to that many lines)."""
    group = max(1, min(batch_lines, 64))
    if (beam_size, group) not in tr.speed:
        texts = list(CALIBRATION) * -(-group // len(CALIBRATION))
        tr.translate_batch(["Warm up."], beam_size=beam_size)          # one-time costs are not the rate
        start = time.perf_counter()
        for i in range(0, len(texts), group):
            tr.translate_batch(texts[i:i + group], beam_size=beam_size)
        tr.speed[(beam_size, group)] = (time.perf_counter() - start) / source_pieces(tr, texts)
    return tr.speed[(beam_size, group)]


def estimate_seconds(tr, texts: Sequence[str], beam_size: int = 5, batch_lines: int = 128) -> float:
    """About how many seconds translating ``texts`` with ``translate_batch(…, beam_size=beam_size)``,
    ``batch_lines`` lines per call, will take here."""
    pieces = source_pieces(tr, texts)
    return pieces * seconds_per_piece(tr, beam_size, batch_lines) if pieces else 0.0
