"""Quoted regions straight from the text: marks, pairing, malformed and multi-paragraph quotes."""
from hypothesis import given, settings, strategies as st

from newsgraph.model import Document
from newsgraph.quotes import attribute_quotes
from newsgraph.quotes.marks import find_quoted_regions, region_text


def texts(text: str) -> list[str]:
    return [region_text(text, r) for r in find_quoted_regions(text)]


def test_curly_and_straight_marks_give_the_words_inside():
    text = 'She said “we will stay” and he said "we will go," loudly.'
    assert texts(text) == ["we will stay", "we will go"]


def test_spans_cover_exactly_the_words():
    text = '“We are here, ” the mayor said.'
    (region,) = find_quoted_regions(text)
    (a, b), = region.spans
    assert text[a:b] == "We are here"


def test_opening_mark_used_as_closing_mark_at_paragraph_end():
    text = "She praised their “courage in resisting the siege “.\nNext paragraph."
    (region,) = find_quoted_regions(text)
    assert region_text(text, region) == "courage in resisting the siege"
    assert region.malformed


def test_unclosed_quote_ends_with_its_paragraph():
    text = "He said “this never ends\nA new paragraph without marks."
    assert texts(text) == ["this never ends"]


def test_multi_paragraph_quote_continues_when_next_paragraph_opens_a_mark():
    text = "“First part of the speech.\n“Second part,” she said."
    (region,) = find_quoted_regions(text)
    assert len(region.spans) == 2
    assert region_text(text, region) == "First part of the speech. Second part"


def test_single_marks_but_not_apostrophes():
    text = "The soldiers' rations and a 'Ukraine or death' patch, it's said."
    assert texts(text) == ["Ukraine or death"]


def test_single_marks_inside_double_quotes_belong_to_the_outer_quote():
    text = "“They shouted ‘go home’ at us,” he said."
    assert texts(text) == ["They shouted ‘go home’ at us"]


def test_empty_marks_and_marks_alone_make_no_region():
    assert texts('He wrote "" and then “') == []


MARKY = st.lists(st.sampled_from(list("ab ,.\n\"'“”‘’«»—") + ["word", "He said"]), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(MARKY)
def test_regions_are_trimmed_ordered_spans_inside_the_text(text):
    last = -1
    for region in find_quoted_regions(text):
        for a, b in region.spans:
            assert 0 <= a < b <= len(text)
            assert text[a:b] == text[a:b].strip()
            assert a > last
            last = a


def test_stage_without_nlp_annotations_finds_no_speakers_and_does_not_fail():
    doc = Document(id="x", text="“We are here,” she said.")
    assert attribute_quotes(doc, name_gender=lambda name: None).quotes == []


def test_typewriter_double_marks():
    text = "It tells of ''suffering and delight,'' he said. He added: ``We will win.''"
    assert texts(text) == ["suffering and delight", "We will win."]


def test_closing_mark_used_as_opening_before_an_ellipsis():
    text = "He spoke at length.\n” … what I learned is that words matter,” he said."
    assert [region_text(text, r) for r in find_quoted_regions(text)] == ["… what I learned is that words matter"]
