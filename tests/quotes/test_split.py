"""Quotes cut by their speech frame are one quote with two spans (issue 16); a frame with a
second clause ('adding', a new sentence) starts another attribution. Sentences written for these tests."""
from .conftest import speaker_name


def _quoted(doc):
    return [q for q in doc.quotes if q.kind != "indirect"]


def test_a_quote_cut_by_its_frame_is_one_quote(quotes_of):
    text = '\u201cWe will rebuild the bridge,\u201d the mayor, Anna Berg, said on Monday, \u201cand we will do it before winter.\u201d'
    doc = quotes_of(text)
    (q,) = _quoted(doc)
    assert [s.text for s in q.spans] == ["We will rebuild the bridge", "and we will do it before winter."]
    assert q.text == "We will rebuild the bridge and we will do it before winter."
    assert speaker_name(doc, q) == "Anna Berg"


def test_a_second_clause_in_the_frame_keeps_two_quotes(quotes_of):
    text = '\u201cWe will rebuild,\u201d Anna Berg said, adding, \u201cand we will do it before winter.\u201d'
    assert len(_quoted(quotes_of(text))) == 2


def test_quotes_in_two_sentences_stay_two(quotes_of):
    text = '\u201cWe will rebuild.\u201d Anna Berg said so on Monday. \u201cAnd we will do it before winter.\u201d'
    assert len(_quoted(quotes_of(text))) == 2


def test_a_multi_paragraph_quote_without_closing_mark_is_one_quote(quotes_of):
    text = ("Anna Berg spoke at length. \u201cThe first thing is the bridge. We lost it in the flood.\n\n"
            "\u201cThe second thing is the school. It has no roof,\u201d she said.")
    (q,) = _quoted(quotes_of(text))
    assert len(q.spans) == 2 and q.spans[1].text.startswith("The second thing")
