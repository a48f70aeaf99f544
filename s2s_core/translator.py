"""The facade the app, CLI and benchmarks call: ``Translator.from_checkpoint(...).translate(text)``.

A Translator holds a model in eval mode and no per-request state, so one instance (cached by the app)
serves many sessions at once. What it returns is in results.py, the notes on how the text was read in
reading_notes.py: this module is the public interface and the order of the steps.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence

import numpy as np
import torch

from . import casing, checkpoint, glossary, letters, markup, register, spelling, steps, streaming, trust, typography
from . import openers, seams, speech, verb_glossary, verbatim
from .clauses import SEMICOLON_NOTE, Clause, as_read, fit, semicolon_clauses, split_clauses, to_read_again
from .config import ModelConfig, direction_of
from .decoding import MAX_BEAM, MAX_TARGET, DecodeConfig  # noqa: F401  (MAX_* re-exported)
from .asked import without_stop
from .aside import attended_words
from .fold import Folded, fold, restore, shout_back
from .joins import SO_NOTE, read_so, so_lost
from .kept_words import KEPT_NOTE, keeping
from .limits import RequestLimits, target_limit
from .models import build_model, fastpath
from .orders import ORDERS_NOTE, orders_turned
from .reading_notes import NUMBER_NOTE, parts_note, reading_notes  # noqa: F401  (NUMBER_NOTE re-exported)
from .results import Hypothesis, Translation, distinct, joined
from .search import DEFAULT_GUARD, SearchHyp, beam_search, greedy_search, max_lengths
from .sentences import sentence_breaks, split_sentences  # noqa: F401  (sentence_breaks re-exported)
from .special import EOS
from .tokenizer import Tokenizer

DecodeSettings = DecodeConfig   # the earlier name of the same settings
_D = DecodeConfig()             # the keyword defaults below are these
MAX_SOURCE_PIECES = 200    # longer sentences are cut into consecutive chunks (never dropped)


# emoji alone, "...", "?!": a model answers them with invented words ("😀👍" → "À l'éventualité de l'ACDI…")
NOTHING_TO_TRANSLATE = ("Nothing to translate: the text has no letters or digits (only emoji, symbols or "
                        "punctuation), and those read the same in any language.")
_SURROGATE = re.compile("[\ud800-\udfff]")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")


def _tokenizable(text: str) -> str:
    """Control characters (NUL, a stray escape: read as byte pieces, "I like cats." and eight NULs came out with
    an invented tail) as a space; surrogate code points (only a Python caller can pass them; they are not valid
    Unicode text and the tokenizer rejects them) paired up where possible, unpaired ones U+FFFD."""
    text = _CONTROL.sub(" ", text)
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _in_one_form(parts: Sequence[Translation], n_best: int, form: Optional[str] = None, together: bool = True
                 ) -> None:
    """Each sentence in one form of address inside itself ("Attendez ici et ne bouge pas." → "…ne bougez pas."),
    a request with "please" in "vous" outside a chat, then, ``together``, the sentences of one text in one form
    (register.py; ``form``: that of the sentences before them), where their beams allow; then ``n_best``
    hypotheses each."""
    text = " ".join(getattr(p, "source", "") for p in parts)
    chat = form == register.FAMILIAR or register.familiar(text)
    for p in parts:
        register.pronoun_after(p)               # "…, l'admets." → "…, admets-le."
        register.unmix(p, chat)
        if not chat:                            # not in a chat (``form``: the paragraphs before were one)
            register.polite(p, text)            # "Please mute your microphone." in "vous"
            register.to_a_firm(p, text)         # "…client de ta banque…" → "…de votre banque…"
    if together:
        register.keep_consistent(parts, form)
    for p in parts:
        steps.mend(p)                           # "Remplissez…, signez-le et la renvoyer." → "…et renvoyez-la."
        p.hypotheses = p.hypotheses[:n_best]


def _kept_first(segments: Sequence[str], out: list[Translation]) -> list[Translation]:
    """``out`` with each sentence read whole whose best French lost a droppable word (kept_words.py: "The cat has
    been sick again since Sunday…" → «Le chat est malade depuis dimanche…») led by the beam's next best that keeps
    it («Le chat est encore malade…»), with a note; no second search."""
    for s, t in zip(segments, out):
        found = None if t.sentences else keeping(s, t.hypotheses)
        if found:
            k, word = found
            t.hypotheses = [t.hypotheses[k]] + t.hypotheses[:k] + t.hypotheses[k + 1:]
            t.notes = t.notes + [KEPT_NOTE.format(word=word)]
    return out


def _finite(weights: torch.Tensor) -> bool:
    """Whether ``weights`` holds no NaN nor infinity, from its least and greatest values (NaN propagates to both):
    the same answer as ``torch.isfinite(weights).all()`` without its mask of ~13 M booleans (~60 → ~15 ms a load)."""
    if not weights.numel():
        return True
    low, high = torch.aminmax(weights.detach().reshape(-1))
    return bool(torch.isfinite(low)) and bool(torch.isfinite(high))


class Translator:
    _limits: Optional[RequestLimits] = None   # None: RequestLimits.from_env() at each request

    def __init__(self, model, tokenizer: Optional[Tokenizer], device: str = "cpu", meta: Optional[dict] = None,
                 limits: Optional[RequestLimits] = None):
        """``tokenizer`` None: ids in, ids out only (``translate_ids``; the benchmarks), and no word rule in
        the repetition guard, which needs the pieces' text."""
        self.model = model.to(device).eval()
        self.tokenizer = tokenizer
        self.device = torch.device(device)
        self.guard = DEFAULT_GUARD if tokenizer is None else DEFAULT_GUARD.for_vocabulary(
            tokenizer.id_to_piece(range(tokenizer.vocab_size)), device=self.device)
        self.meta = meta or {}
        self.config: ModelConfig = model.config
        self._limits = limits
        self.speed: dict = {}                     # measured seconds per source piece (streaming.py)
        self._prepare_reading()

    def _prepare_reading(self) -> None:
        """What the text handling around the search needs of the tokenizer and the language pair."""
        tok = self.tokenizer
        self.stand_in_names = () if tok is None else verbatim.stand_in_names(          # verbatim.py
            lambda name: len(tok.encode(name)) == 1)
        target = direction_of(self.meta.get("train_config") or {})[1]
        self.french = str(target or "").lower() in typography.FRENCH       # French spacing (typography.py)
        self.stand_in_days = () if tok is None else verbatim.stand_in_days(
            self.french, lambda day: len(tok.encode(day)) == 1)
        self.labels = typography.LABELS if self.french else {}                  # "Step 2:" → "Étape 2 :"
        self.formulas = letters.written_fr if self.french else (lambda line: None)   # "Best regards," (letters.py)
        self.family = letters.FAMILY if self.french else {}       # "thanks mum" → "merci, maman" (verbatim.py)
        self.colours = spelling.GRAY_FR if self.french else {}    # "Grey clouds": "Black clouds" (spelling.py)
        self.glossary = glossary.FRENCH if self.french else ()   # "wasp" read as "fly", «guêpe» (glossary.py)
        # a quoted sentence translated on its own (speech.py), where measured: the en→fr Transformer; the GRU model
        # writes the name read for the quote as «Com», «o» («Elle a dit : « Com » Je suis épuisée.»), the en→de
        # captions model knows no "said" either way («Ein Mann mit der Aufschrift „Looko“…»)
        self.said_alone = self.french and self.config.arch == "transformer"

    @property
    def limits(self) -> RequestLimits:
        """Input caps per request (limits.py): as set, else the defaults with the S2S_MAX_INPUT_* overrides,
        read at each request (so a cached Translator follows the environment)."""
        return self._limits or RequestLimits.from_env()

    @limits.setter
    def limits(self, value: Optional[RequestLimits]) -> None:
        self._limits = value

    @classmethod
    def from_checkpoint(cls, path: str | Path, device: str = "cpu", quantize: Optional[str] = None) -> "Translator":
        """Every way a file can be unusable is a CheckpointError naming it (the dict came from a
        weights-only load, so its parts may still be of any plain type). ``quantize="int8"``: the linear
        layers dynamically quantised (CPU; faster, BLEU within 0.3 of fp32: ``models.fastpath``)."""
        ckpt = checkpoint.load(path)

        def refuse(what: str, e: Exception):
            first = (str(e).splitlines() or [""])[0][:300] or type(e).__name__
            return checkpoint.CheckpointError(path, f"{what}: {first}")

        try:
            cfg = ModelConfig.from_dict(ckpt["model_config"])
            model = build_model(cfg)
        except Exception as e:
            raise refuse("its model config is unusable", e) from None
        try:
            weights = {k: v.float() if v.is_floating_point() else v for k, v in ckpt["model"].items()}
            model.load_state_dict(weights)
        except Exception as e:
            raise refuse("weights do not match the model it describes", e) from None
        if not all(_finite(p) for p in model.parameters()):
            raise checkpoint.CheckpointError(path, "its weights contain NaN or infinite values")
        try:
            tok = Tokenizer(checkpoint.tensor_to_proto(ckpt["tokenizer"]))
        except Exception as e:
            raise refuse("its tokenizer is unreadable", e) from None
        if tok.vocab_size > cfg.vocab_size:
            raise checkpoint.CheckpointError(path, f"its tokenizer has {tok.vocab_size} pieces but the model "
                                                   f"only {cfg.vocab_size}")
        meta = ckpt.get("meta") if isinstance(ckpt.get("meta"), dict) else {}
        train_config = ckpt.get("train_config") if isinstance(ckpt.get("train_config"), dict) else {}
        model = fastpath.quantize(model, quantize, device)
        return cls(model, tok, device, dict(meta, path=str(path), train_config=train_config))

    # -- public API -------------------------------------------------------------------------------
    def translate(self, text: str, beam_size: int = _D.beam_size, n_best: int = _D.n_best,
                  length_penalty: float = _D.length_penalty, max_length: Optional[int] = _D.max_length,
                  min_length: int = _D.min_length, prefix: Optional[Sequence[str]] = None,
                  return_heads: bool = True, return_tree: bool = False,
                  repeat_guard: bool = _D.repeat_guard) -> Translation:
        """Translate one text. A paragraph is split into sentences; ``sentences`` holds each part and
        ``hypotheses[0]`` their concatenation (attention block-diagonal). ``prefix`` (target pieces)
        forces the start of the output; decoding continues after it (single sentence only).
        A text over ``self.limits`` is refused with a ValueError that says why."""
        if not isinstance(text, str):          # not "the input is empty": a caller's mistake, named
            raise TypeError(f"expected str, got {type(text).__name__}")
        if not text.strip():
            raise ValueError("Please enter some text to translate (the input is empty).")
        settings, notes = DecodeConfig(beam_size, n_best, length_penalty, max_length, min_length,
                                       repeat_guard).validated()
        parts, why = self.checked_segments(text, settings.min_length)
        if why:
            raise ValueError(why)
        prefix_ids = None
        if prefix is not None:
            if len(parts) != 1:
                raise ValueError("a forced prefix needs a single sentence")
            prefix_ids = [self.tokenizer.sp.piece_to_id(p) for p in prefix]
        forms = self.french and (len(parts) > 1 or register.familiar(text))   # one form of address (register.py)
        results = self._translate_segments(parts, settings, prefix_ids, return_heads, return_tree, self.french)
        if self.french:                                  # and one inside each sentence
            _in_one_form(results, settings.n_best, together=forms)
        if len(results) == 1:
            results[0].notes = notes + results[0].notes
            results[0].source = text
            return results[0]
        return self._join(text, results, settings, notes)

    def translate_batch(self, texts: Sequence[str], beam_size: int = _D.beam_size, n_best: int = _D.n_best,
                        length_penalty: float = _D.length_penalty, max_length: Optional[int] = _D.max_length,
                        min_length: int = _D.min_length, return_heads: bool = False, errors: str = "report",
                        repeat_guard: bool = _D.repeat_guard, previous: str = "", one_text: bool = False,
                        form: Optional[str] = None) -> list[Translation]:
        """Translate many lines in length-sorted batches. A bad line (empty, not text, over
        ``self.limits``) gets ``Translation.error`` and no hypotheses (``errors="raise"`` raises instead);
        the rest go on. ``one_text``: the lines are the sentences of one text, in order, translated in parts
        (``translate_iter``, the app's paragraphs): they keep one form of address (register.py), ``form`` being
        that of the sentences before them (``register.form_after``), and ``previous`` is the line before the
        first (a name signed after a closing line there is copied, letters.py)."""
        if isinstance(texts, (str, bytes)) or not hasattr(texts, "__len__"):   # a str would go letter by letter
            raise TypeError(f"expected a list of str, got {type(texts).__name__}")
        settings, notes = DecodeConfig(beam_size, n_best, length_penalty, max_length, min_length,
                                       repeat_guard).validated()
        out: list[Optional[Translation]] = [None] * len(texts)
        segments, owners = [], []
        for i, text in enumerate(texts):
            if not isinstance(text, str) or not text.strip():
                msg = "empty line" if isinstance(text, str) else f"not text ({type(text).__name__})"
                if errors == "raise":
                    raise ValueError(f"line {i + 1}: {msg}")
                out[i] = Translation(source=text if isinstance(text, str) else repr(text), source_tokens=[],
                                     hypotheses=[], error=msg)
                continue
            segs, why = self.checked_segments(text, settings.min_length)
            if why:
                if errors == "raise":
                    raise ValueError(f"line {i + 1}: {why}")
                out[i] = Translation(source=text, source_tokens=[], hypotheses=[], error=why)
                continue
            for seg in segs:
                segments.append(seg)
                owners.append(i)
        # one form of address through a line of several sentences, or a chat message (register.py)
        own_form = {i: self.french and not one_text and (n > 1 or register.familiar(texts[i]))
                    for i, n in Counter(owners).items()}
        # French keeps each sentence's beam for one form inside it too
        done = self._translate_segments(segments, settings, None, return_heads, False, self.french, previous)
        if self.french and one_text:
            _in_one_form(done, settings.n_best, form)
        by_owner: dict[int, list[Translation]] = {}
        for i, tr in zip(owners, done):
            by_owner.setdefault(i, []).append(tr)
        for i, parts in by_owner.items():
            if self.french and not one_text:
                _in_one_form(parts, settings.n_best, together=own_form[i])
            out[i] = parts[0] if len(parts) == 1 else self._join(texts[i], parts, settings, [])
            out[i].source = texts[i]
            out[i].notes = notes + out[i].notes
        return out  # type: ignore[return-value]

    def translate_ids(self, src_ids: Sequence[Sequence[int]], beam_size: int = _D.beam_size,
                      n_best: int = _D.n_best, length_penalty: float = _D.length_penalty,
                      max_length: Optional[int] = _D.max_length, min_length: int = _D.min_length,
                      return_attention: bool = True, repeat_guard: bool = _D.repeat_guard
                      ) -> list[list[SearchHyp]]:
        """Pre-tokenised source ids (no </s>) → raw search results; for benchmarks and tools.
        ``return_attention=False`` decodes without collecting attention (each ``attention`` is an empty
        [len(ids), 0] array); the hypotheses are otherwise the same. No input caps apply here."""
        settings, _ = DecodeConfig(beam_size, n_best, length_penalty, max_length, min_length,
                                   repeat_guard).validated()
        return self._search([list(s) + [EOS] for s in src_ids], settings, None, False, False,
                            need_attention=return_attention)

    def translate_iter(self, text: str, chunk: int = 8, **decode) -> Iterator[Translation]:
        """One Translation per sentence, in order, as soon as it is done (batches of 1, 2, 4 … ``chunk``
        sentences); stop early by leaving the loop. Refuses like ``translate``, before any work; ``decode``
        as in ``translate_batch``. See streaming.py."""
        return streaming.translate_iter(self, text, chunk, **decode)

    def estimate_seconds(self, texts: Sequence[str], beam_size: int = _D.beam_size, batch_lines: int = 128) -> float:
        """Rough seconds ``translate_batch`` over ``texts``, ``batch_lines`` at a time, will take here
        (calibrated on this machine at the first call; see streaming.py)."""
        return streaming.estimate_seconds(self, texts, beam_size, batch_lines)

    def input_problem(self, text: str) -> Optional[str]:
        """Why ``translate(text)`` would be refused before any decoding (empty, or over ``self.limits``),
        as the plain message it would raise; None if it would be translated."""
        if not isinstance(text, str) or not text.strip():
            return "Please enter some text to translate (the input is empty)."
        return self._limited_segments(text)[1]

    def checked_segments(self, text: str, min_length: int = 0) -> tuple[list[str], Optional[str]]:
        """The sentences of ``text`` and, if it is refused (over ``self.limits``, nothing to translate, or a
        ``min_length`` a sentence cannot reach), why."""
        parts, why = self._limited_segments(text)
        return parts, why or self._min_length_problem(parts, min_length)

    # -- internals --------------------------------------------------------------------------------
    def _limited_segments(self, text: str) -> tuple[list[str], Optional[str]]:
        """The sentences of ``text`` and, if it is over ``self.limits``, why it is refused (limits.py)."""
        limits = self.limits
        why = limits.text_problem(text) or (None if any(ch.isalnum() for ch in text) else NOTHING_TO_TRANSLATE)
        if why:
            return [], why
        parts = self._segments(_tokenizable(text))
        return parts, limits.segments_problem(parts, lambda s: len(self.tokenizer.encode(s)) + 1)

    def _segments(self, text: str) -> list[str]:
        """Sentences, with over-long ones cut at word boundaries into chunks the model can take."""
        out = []
        for sent in split_sentences(text) or [text.strip()]:
            words, chunk, n = sent.split(), [], 0
            for w in words:
                k = len(self.tokenizer.encode(w))
                if chunk and n + k > MAX_SOURCE_PIECES:
                    out.append(" ".join(chunk))
                    chunk, n = [], 0
                if k > MAX_SOURCE_PIECES:          # one enormous "word": cut it by characters
                    out.extend(self._cut_word(w))
                    continue
                chunk.append(w)
                n += k
            if chunk:
                out.append(" ".join(chunk))
        return out

    def _min_length_problem(self, segments: Sequence[str], min_length: int) -> Optional[str]:
        """Why ``min_length`` cannot be met (a sentence's length limit, ``limits.target_limit``, is
        lower: the search would find no hypothesis at all), else None. Never quotes the text itself."""
        if min_length <= max_lengths(torch.ones(1, 1, dtype=torch.bool), None)[0]:   # any sentence allows it
            return None
        for k, seg in enumerate(segments):
            n = min(len(self.tokenizer.encode(seg)), MAX_SOURCE_PIECES) + 1
            limit = max_lengths(torch.ones(1, n, dtype=torch.bool), None)[0]
            if min_length > limit:
                where = f"sentence {k + 1} of the input" if len(segments) > 1 else "this input"
                return (f"minimum length {min_length} exceeds the length limit of {where} ({limit} target tokens "
                        f"for {n} source tokens); lower the minimum length")
        return None

    def _cut_word(self, word: str) -> list[str]:
        """Character chunks of a huge space-less token, each within the model's source limit."""
        step = max(1, len(word) * MAX_SOURCE_PIECES // max(len(self.tokenizer.encode(word)), 1))
        while step > 1 and any(len(self.tokenizer.encode(word[j:j + step])) > MAX_SOURCE_PIECES
                               for j in range(0, len(word), step)):
            step //= 2
        return [word[j:j + step] for j in range(0, len(word), step)]

    def _translate_segments(self, segments, settings, prefix_ids, return_heads, return_tree,
                            whole_beams: bool | Sequence[bool] = False, previous: str = "", again: bool = False,
                            links: bool = False) -> list[Translation]:
        """One Translation per segment; a long one is searched clause by clause (clauses.py) and joined, unless
        a forced prefix or a search tree asks for one search of the whole sentence; then those read whole that lost
        the clause after a ";" are searched ``again`` cut there, together. ``whole_beams`` (for all segments, or
        one flag each): with the beam's distinct hypotheses, not only ``settings.n_best`` (``_in_one_form``)."""
        whole = prefix_ids is not None or return_tree
        def count(s: str) -> int:       # called only for sentences with a clause seam
            return len(self.tokenizer.encode(s))

        cut = not (whole or again) and self.french and links   # ", so we…": a clause of its own; "orders"
        clauses = [semicolon_clauses(s) if again else [Clause(s)] if whole else seams.or_split(
            split_clauses(s, count, self.french), cut) for s in segments]
        flat = [c for cs in clauses for c in cs]
        around = ["", previous, *segments, "", ""]           # two lines either side of each ("Hope / Love / Faith")
        formulas = [self._formulas(around[i + 1], s, around[i + 3], around[i], around[i + 4])
                    for i, (s, cs) in enumerate(zip(segments, clauses)) for _ in cs]
        folded = self._folded(flat, formulas, again, settings)
        src_ids = [self.tokenizer.encode(f.text)[:MAX_SOURCE_PIECES] + [EOS] for f in folded]
        whole_beams = [whole_beams] * len(segments) if isinstance(whole_beams, bool) else whole_beams
        greeted = [again or self.french and len(cs) > 1 and letters.written_fr(cs[0].text) is not None
                   for cs in clauses]                  # (or a sentence cut at its ";" again: one form in it)
        whole_beams = [w or g for w, g in zip(whole_beams, greeted)]     # "Dear Mr. Brown, thank you…": one form
        wider = replace(settings, n_best=settings.beam_size) if settings.n_best > 1 or any(whole_beams) else settings
        kept = [settings.beam_size if w else settings.n_best for w, cs in zip(whole_beams, clauses) for _ in cs]
        results = self._search(src_ids, wider, prefix_ids, return_heads, return_tree)
        done = []
        for clause, f, ids, res, n in zip(flat, folded, src_ids, results, kept):
            hyps, tree = res if return_tree else (res, None)
            src_pieces = self.tokenizer.id_to_piece(ids)
            shown = verbatim.labelled(verbatim.labelled(src_pieces, [s for s, _ in f.stand_ins]), f.terms)   # "wasp"
            shown = verbatim.labelled(shown, f.verbs) if f.verbs else shown                               # "snore"
            done.append(Translation(clause.text, shown,
                                    distinct((self._hypothesis(h, f, clause, src_pieces) for h in hyps), n),
                                    tree=tree,
                                    notes=reading_notes(f, self.tokenizer.decode(hyps[0].ids) if hyps else ""),
                                    model_source_tokens=src_pieces if shown != src_pieces else None))
            if not f.written:                  # a formula's text is not the model's: nothing of it to doubt
                trust.annotate(done[-1], target_limit(len(ids), settings.max_length), len(prefix_ids or []),
                               self.french)
        out, k = [], 0
        for seg, cs, g in zip(segments, clauses, greeted):
            parts, k = done[k:k + len(cs)], k + len(cs)
            if g or cs[0].seam:       # the greeting's form for the rest of its line (register.py); one form in a
                                      # sentence cut at its links ("Je t'ai attendu…, mais vous…": «tu»)
                register.keep_consistent(parts)
            note = SEMICOLON_NOTE if again else seams.SEAM_NOTE if cs[0].seam else parts_note(cs)
            out.append(parts[0] if len(parts) == 1 else self._join(seg, parts, settings, [note], g and not again))
        redo = [] if whole or again or not self.french else to_read_again(
            segments, [None if o.sentences or not o.best else o.best.text for o in out])
        for i, t in zip(redo, self._translate_segments([segments[i] for i in redo], settings, None, return_heads,
                                                       False, [whole_beams[i] for i in redo], again=True)
                        if redo else []):
            out[i] = t
        if whole or again or links or not self.french:
            return out
        return _kept_first(segments, self._read_again(segments, out, settings, return_heads, whole_beams))

    def _folded(self, clauses: Sequence[Clause], formulas, again: bool, settings) -> list:
        """What the model reads for each clause (fold.py), each quoted sentence in them translated alone first."""
        read = [seams.as_read(c) if c.seam else as_read(c, again) for c in clauses]
        said = self._quotes_translated(read, settings)
        return [fold(r, self.tokenizer.covers, self.stand_in_names, self.tokenizer, self.stand_in_days, self.labels,
                     formula, self.family, self.colours, self.glossary, self.french and c.first,  # "Gastón"
                     said) for r, c, formula in zip(read, clauses, formulas)]

    def _quotes_translated(self, texts: Sequence[str], settings) -> dict[str, str]:
        """The translation of each sentence quoted as said in ``texts`` ('He texted me "See you soon".'), each on
        its own: read in its sentence, it fell apart (speech.py)."""
        quoted = [] if not self.said_alone else list(dict.fromkeys(
            q for t in texts for q in speech.quoted_sentences(t, self.tokenizer.holds)))
        if not quoted:
            return {}
        parts = [split_sentences(q) or [q] for q in quoted]             # "I'm late. Sorry!": two sentences
        done = iter(self._translate_segments([p for ps in parts for p in ps], replace(settings, n_best=1), None,
                                             False, False))
        french = [[t.best.text if t.best else "" for t in itertools.islice(done, len(ps))] for ps in parts]
        return {q: " ".join(f) for q, f in zip(quoted, french) if all(x.strip() for x in f)}

    def _read_again(self, segments, out: list[Translation], settings, return_heads, whole_beams
                    ) -> list[Translation]:
        """``out`` with the sentences whose French lost a "so", a link or an order's verb read again (in turn)."""
        for again in (self._so_again, self._links_again, self._orders_again):
            out = again(segments, out, settings, return_heads, whole_beams)
        return out

    def _links_again(self, segments, out: list[Translation], settings, return_heads, whole_beams
                     ) -> list[Translation]:
        """``out`` with each long sentence whose French lost a link (seams.py ``link_lost``: "…since Monday, so we
        have been sleeping…" → "…depuis lundi, nous dormons…") read again cut at its links ("…, donc nous
        dormons…"); the first reading kept where the second came out in the literary past and it did not
        (``seams.literary``: "…lorsque nous arrivâmes…" for "…lorsque nous sommes arrivés…"). So too a long sentence
        whose French lost a word of lost_words.py ("…, so I will be about an hour late…" → «…, je serai donc en
        retard…»), kept only where the reading in parts lost fewer (``seams.better_in_parts``)."""
        read = [(i, o.best.text) for i, o in enumerate(out) if not o.sentences and o.best is not None]
        links = [i for i, fr in read if seams.link_lost(segments[i], fr)]
        words = [i for i, fr in read if i not in links and seams.words_lost(segments[i], fr)]
        unsure = [i for i, fr in read if i not in links and i not in words      # a guessed word (long43, s38)
                  and seams.unsure_whole(segments[i], out[i].best.token_log_probs)]
        for redo, cut in ((links, True), (words, "words"), (unsure, "unsure")):  # "words": before "and the hotel…" too
            again = self._translate_segments([segments[i] for i in redo], settings, None, return_heads, False,
                                             [whole_beams[i] for i in redo],
                                             links="words" if cut == "unsure" else cut) if redo else []
            for i, t in zip(redo, again):
                if t.best is None:
                    continue
                whole = out[i].best
                if cut == "unsure":
                    if seams.surer_in_parts(segments[i], whole.text, whole.token_log_probs, t.best.text,
                                            t.best.token_log_probs):
                        out[i] = replace(t, notes=[seams.UNSURE_NOTE if n == seams.SEAM_NOTE else n for n in t.notes])
                elif seams.better_in_parts(segments[i], whole.text, t.best.text):
                    lost = seams.words_lost(segments[i], whole.text) if cut == "words" else []
                    note = seams.WORD_NOTE.format(word=lost[0]) if lost else seams.SEAM_NOTE
                    out[i] = replace(t, notes=[note if n == seams.SEAM_NOTE else n for n in t.notes])
        return out

    def _orders_again(self, segments, out: list[Translation], settings, return_heads, whole_beams
                      ) -> list[Translation]:
        """``out`` with each run of orders whose French lost an order's verb (orders.py ``verbs_lost``: "…turn left,
        walk past the church and take…" → «…tournez à gauche, l'église et prenez…») read again one order at a
        time («…, passez l'église et prenez…»), where that lost fewer verbs."""
        redo = [i for i, (s, o) in enumerate(zip(segments, out))
                if not o.sentences and o.best is not None and orders_turned(s, o.best.text)]
        again = self._translate_segments([segments[i] for i in redo], settings, None, return_heads, False,
                                         [whole_beams[i] for i in redo], links="orders") if redo else []
        for i, t in zip(redo, again):
            if t.best is not None and orders_turned(segments[i], t.best.text) < orders_turned(segments[i],
                                                                                             out[i].best.text):
                out[i] = replace(t, notes=[ORDERS_NOTE if n == seams.SEAM_NOTE else n for n in t.notes])
        return out

    def _so_again(self, segments, out: list[Translation], settings, return_heads, whole_beams) -> list[Translation]:
        """``out`` with each sentence whose French lost its "so" (joins.py ``so_lost``: "…minuit, nous sommes allés
        au lit") translated again with "so" read "therefore" ("…minuit, nous sommes donc allés au lit"), its source
        and a note saying so."""
        redo = [i for i, (s, o) in enumerate(zip(segments, out))
                if not o.sentences and o.best is not None and so_lost(s, o.best.text)]
        again = self._translate_segments([read_so(segments[i]) for i in redo], settings, None, return_heads, False,
                                         [whole_beams[i] for i in redo]) if redo else []
        for i, t in zip(redo, again):
            out[i] = replace(t, source=segments[i], notes=t.notes + [SO_NOTE])
        return out

    def _formulas(self, before: str, segment: str, after: str = "", earlier: Optional[str] = None,
                  later: str = "") -> Callable[[str], Optional[str]]:
        """How ``segment``'s letter formulas are written (letters.py): a name signed after a closing line
        (``before``) as typed (the family in French), a closing alone on its line before a signature or nothing
        (``after``) as French writes it, others as French writes them, none for other targets; the lines
        ``earlier`` than ``before`` and ``later`` than ``after`` tell a closing from a list's or a poem's line."""
        if self.french and letters.signed(segment, before, earlier, later=after):
            return letters.signature
        if self.french and letters.closing_alone(segment, before, after, earlier or "", later):
            return letters.closing_fr
        return self.formulas

    def _search(self, src_ids, settings: DecodeConfig, prefix_ids, need_heads, record_tree, max_tokens=4000,
                need_attention: bool = True):
        """Run search over length-sorted batches; results in input order."""
        order = sorted(range(len(src_ids)), key=lambda i: len(src_ids[i]))
        results: list = [None] * len(src_ids)
        need_heads = need_heads and self.config.arch == "transformer"
        start = 0
        while start < len(order):
            end = start + 1
            while end < len(order) and len(src_ids[order[end]]) * (end - start + 1) * settings.beam_size <= max_tokens:
                end += 1
            batch = [src_ids[i] for i in order[start:end]]
            S = max(map(len, batch))
            src = torch.zeros(len(batch), S, dtype=torch.long)
            for r, ids in enumerate(batch):
                src[r, :len(ids)] = torch.tensor(ids)
            src = src.to(self.device)
            mask = src != self.config.pad_id
            prefixes = [prefix_ids] * len(batch) if prefix_ids else None
            guard = self.guard if settings.repeat_guard else None
            with torch.inference_mode():
                if settings.beam_size == 1 and not record_tree:
                    res = greedy_search(self.model, src, mask, settings.max_length, settings.min_length,
                                        prefixes, settings.length_penalty, need_heads, need_attention, guard)
                else:
                    res = beam_search(self.model, src, mask, settings.beam_size, settings.n_best,
                                      settings.max_length, settings.min_length, settings.length_penalty,
                                      prefixes, need_heads, record_tree, need_attention, guard)
                    res = list(zip(*res)) if record_tree else res
            for i, r in zip(order[start:end], res):
                results[i] = r
            start = end
        return results

    def _hypothesis(self, h: SearchHyp, folded: Optional[Folded] = None, clause: Optional[Clause] = None,
                    src_pieces: Optional[list[str]] = None) -> Hypothesis:
        piece = self.tokenizer.id_to_piece
        alts = [list(zip(piece([i for i, _ in pos]), [lp for _, lp in pos])) for pos in h.alternatives]  # one a step
        text = self.tokenizer.decode(h.ids)
        if folded:     # tags and pictographs set aside go back by the words that looked at their neighbours
            placed = folded.aside or folded.markup.tags or folded.stand_ins
            attended = (attended_words(h.attention, src_pieces, piece(h.ids))
                        if placed and src_pieces and h.attention is not None and np.any(h.attention) else None)
            text = restore(text, folded, attended, shouting=not self.french)
            if self.french:                # a search's output only: a forced target stays as its ids spell it
                text, tags = markup.shield(text)                                      # tags as typed (markup.py)
                text = typography.french(text, folded.text, folded.said_times)
                text = openers.written_back(text) if openers.REWORDED in folded.reworded else text  # «Veuillez…»
                text = casing.copied_capital(text, folded.text, self.tokenizer)       # "Les Cigarettes sont…"
                text = markup.unshield(shout_back(text, folded), tags)         # mended in sentence case, then shouted
                text = without_stop(text) if folded.stop else text            # "we need it": "Nous en avons besoin"
        pieces = piece(h.ids)
        labels = verbatim.labelled_target(pieces, [s for s, _ in folded.stand_ins]) if folded and folded.stand_ins \
            else pieces
        labels = verbatim.labelled_target(labels, folded.terms) if folded and folded.terms else labels   # «guêpe»
        labels = verbatim.labelled_target(labels, verb_glossary.labels(self.tokenizer.decode(h.ids), folded.verbs)) \
            if folded and folded.verbs else labels                                                      # «ronflé»
        return Hypothesis((seams.fit if clause.seam else fit)(text, clause) if clause else text, pieces, h.ids,
                          h.score, h.log_prob, h.token_log_probs, h.attention, h.heads, alts,
                          labels=labels if labels != pieces else None)

    def _join(self, text, parts: list[Translation], settings: DecodeConfig, notes, greeted: bool = False
              ) -> Translation:
        """One Translation for a split paragraph or sentence (results.py; ``greeted``: its greeting written whole,
        the message's alternatives kept)."""
        return joined(text, parts, settings.length_penalty, notes, greeted)
