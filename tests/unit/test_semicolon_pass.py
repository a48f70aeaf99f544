"""A sentence read whole that lost the clause after its ";" is translated again in halves (clauses.py, translator.py).

On the untrained tiny checkpoint a ``max_length`` of 3 makes a reading far shorter than its source (a lost clause)
and a ``min_length`` of 25 one longer than it."""
from __future__ import annotations

import numpy as np
import pytest

from s2s_core import Translator, trust
from s2s_core.clauses import (SEMICOLON_NOTE, Clause, as_read, fit, lost_after_semicolon, semicolon_clauses,
                              to_read_again)

CUT = "i b c d e; we f g h i"        # two clauses ("i b…", "we f…") around a ";"
OTHER = "we b c d e; it f g h i j"
LIST = "a b c d e; f g h i j"        # no subject either side: a list's items, never cut


@pytest.fixture(scope="module")
def tiny(tiny_checkpoint) -> Translator:
    return Translator.from_checkpoint(tiny_checkpoint)


@pytest.fixture
def fr(tiny, monkeypatch) -> Translator:
    monkeypatch.setattr(tiny, "french", True)       # the rule is measured for French only
    return tiny


def test_only_a_shorter_french_without_a_semicolon_lost_a_clause():
    en = "I asked the bank to fix the error on my account; they promised to correct it, but nothing happened."
    assert [c.text for c in semicolon_clauses(en)] == ["I asked the bank to fix the error on my account;",
                                                       "they promised to correct it, but nothing happened."]
    assert lost_after_semicolon(en, "J'ai demandé à la banque de réparer l'erreur de mon compte, mais rien.")
    assert not lost_after_semicolon(en, "J'ai demandé à la banque de réparer l'erreur ; ils ont promis de la "
                                        "corriger, mais rien ne s'est passé.")                 # the ";" is there
    assert not lost_after_semicolon(en, "J'ai demandé à la banque de corriger l'erreur de mon compte, ils ont "
                                        "promis de la corriger, mais rien ne s'est passé.")    # as long: all there
    listed = "We bought apples for the kids, bread for the picnic; two bottles of juice for the trip."
    assert semicolon_clauses(listed) == semicolon_clauses(listed)[:1] and not lost_after_semicolon(listed, "En fait.")
    assert not lost_after_semicolon("I was there; he was not.", "J'y étais.")          # three words: no clause
    assert to_read_again([en, en, listed], [None, "Non.", "Non."]) == [1]      # None: read in parts already


def test_a_half_is_read_with_a_full_stop_for_its_semicolon_and_a_relative_clause_is_no_half():
    """Read with its ";", a half came out as its own clause twice ("X ; X.")."""
    half = Clause("I am not the one who broke the vase;", True, False)
    assert as_read(half) == half.text                                   # a long sentence's clause: as before
    assert as_read(half, stop=True) == "I am not the one who broke the vase."
    assert fit("Je n'ai pas cassé le vase.", half) == "Je n'ai pas cassé le vase ;"      # the ";" written back
    assert as_read(Clause("it is a fact;", False, False), stop=True) == "It is a fact."
    quoted = Clause('the guide said it was closed."', False, True)       # 'She said, "We tried it once; the guide…'
    assert fit("Le guide a dit que c'était fermé.", quoted) == "le guide a dit que c'était fermé. »"   # quote closed
    assert fit("Il a dit « oui ».", Clause('he said "yes".', False, True)) == "il a dit « oui »."
    assert fit("Il a dit oui.", Clause('he said "yes".', False, True)) == "il a dit oui."   # no quote left open
    relative = "We booked the hotel near the beach; which I think is perfect for the kids."
    assert len(semicolon_clauses(relative)) == 1                        # "which …" needs the clause before it


def test_a_reading_that_lost_the_clause_is_searched_again_in_halves_and_joined(fr):
    t = fr.translate(CUT, beam_size=3, n_best=3, max_length=3)
    assert [s.source for s in t.sentences] == ["i b c d e;", "we f g h i"]
    assert t.notes.count(SEMICOLON_NOTE) == 1 and not any("long sentence" in n for n in t.notes)
    assert len(t.hypotheses) == 1                             # alternatives are not shown, as for a long sentence
    first, second = (s.best for s in t.sentences)
    assert first.text.endswith(" ;") and t.best.text == f"{first.text} {second.text}"
    assert t.best.ids == first.ids + second.ids
    assert t.best.warnings == trust.merged([first.warnings, second.warnings])     # each half's, once
    # attention block-diagonal: each half looked only at its own source
    rows, cols = len(first.tokens), len(t.sentences[0].source_tokens)
    assert t.best.attention.shape == (rows + len(second.tokens), cols + len(t.sentences[1].source_tokens))
    np.testing.assert_allclose(t.best.attention[:rows, :cols], first.attention)
    assert t.best.attention[:rows, cols:].sum() == 0 and t.best.attention[rows:, :cols].sum() == 0


def test_no_second_search_unless_the_reading_lost_a_clause_after_a_semicolon_between_clauses(fr, monkeypatch):
    assert fr.translate(CUT, beam_size=3, min_length=25).sentences == []      # longer than the source
    assert fr.translate(LIST, beam_size=3, max_length=3).sentences == []      # a list's ";"
    assert fr.translate(CUT, beam_size=3, max_length=3, return_tree=True).sentences == []   # one search asked for
    monkeypatch.setattr(fr, "french", False)
    assert fr.translate(CUT, beam_size=3, max_length=3).sentences == []       # not measured for other targets


def test_a_batch_searches_all_its_second_halves_at_once(fr, monkeypatch):
    searched = []
    search = fr._search

    def spy(src_ids, *a, **kw):
        searched.append(len(src_ids))
        return search(src_ids, *a, **kw)
    monkeypatch.setattr(fr, "_search", spy)
    done = fr.translate_batch([CUT, LIST, OTHER], beam_size=3, max_length=3)
    assert searched == [3, 4]                      # the three lines, then both cut lines' halves together
    assert [len(t.sentences) for t in done] == [2, 0, 2]
    assert done[2].best.text.count(" ;") == 1 and done[2].source == OTHER
