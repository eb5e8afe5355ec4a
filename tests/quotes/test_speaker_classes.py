"""Speaker frames added from the per-class study of speaker misses (issue 16): 'as X put it',
a document that 'reads', a speaker described by a participle ('footage of X asking'), and poll
shares ('63 percent said'). Sentences are written for these tests."""
import pytest

from .conftest import only, speaker_name


def _direct_or_partial(doc):
    return [q for q in doc.quotes if q.kind != "indirect"]


@pytest.mark.parametrize("text, name", [
    ("As Anna Berg, a historian at the museum, put it, the reform is “a quiet revolution.”", "Anna Berg"),
    ("The new advert shows footage of Maria Lopez asking, “Who will pay for this?”", "Maria Lopez"),
])
def test_as_x_put_it_and_a_participle_on_a_name_name_the_speaker(quotes_of, text, name):
    doc = quotes_of(text)
    (q,) = _direct_or_partial(doc)
    assert speaker_name(doc, q) == name


def test_put_without_as_it_is_no_speech(quotes_of):
    doc = quotes_of("Peter Holm put the “emergency kit” in the car.")
    assert all(q.speaker is None for q in doc.quotes)


def test_a_document_that_reads_speaks_for_itself(quotes_of):
    doc = quotes_of("“We ask the board to reconsider its decision,” the letter reads.")
    (q,) = _direct_or_partial(doc)
    assert any("letter" in s.text for s in q.speaker_spans)


def test_a_person_who_reads_is_no_cue(quotes_of):
    doc = quotes_of("John Weller reads “The Old Man and the Sea” every summer.")
    assert all(q.speaker is None for q in doc.quotes)



def test_a_share_of_respondents_speaks(quotes_of):
    doc = quotes_of("In the survey, 63 percent said the new tax was “unfair to families.”")
    q = only(doc, "partial")
    assert any("percent" in s.text for s in q.speaker_spans)


def test_a_quote_opening_the_next_sentence_continues_its_attribution(quotes_of):
    doc = quotes_of("The agency may wait until the talks end, Adam Schiff said. "
                    "\u201cThe other factor is timing. I do not think that ought to decide it.\u201d")
    (q,) = _direct_or_partial(doc)
    assert speaker_name(doc, q) == "Adam Schiff"


def test_no_attribution_is_carried_across_a_paragraph(quotes_of):
    doc = quotes_of("The agency may wait until the talks end, Adam Schiff said.\n\n"
                    "\u201cThe other factor is timing. I do not think that ought to decide it.\u201d")
    (q,) = _direct_or_partial(doc)
    assert q.speaker is None


def test_the_publisher_of_a_statement_speaks_and_the_named_thing_does_not(quotes_of):
    doc = quotes_of("After a meeting, the Security Council issued a statement calling the test "
                    "\u201ca clear violation\u201d of its resolutions.")
    q = only(doc, "partial")
    assert [s.text for s in q.speaker_spans] == ["the Security Council"]


def test_a_relative_pronoun_subject_is_a_speaker_span_not_an_entity_mention(quotes_of):
    doc = quotes_of("Obama met Mitch McConnell, the Senate leader, who in 2010 said his goal was to make "
                    "Obama a \u201cone-term president.\u201d")
    q = only(doc, "partial")
    assert speaker_name(doc, q) == "Mitch McConnell"
    assert "who" in [s.text for s in q.speaker_spans]
    assert "who" not in [s.text for s in doc.entity(q.speaker).spans]


def test_according_to_a_speech_someone_delivered_names_its_author(quotes_of):
    doc = quotes_of("The goal is to curb \u201cactivist\u201d investors, according to a speech Anna Berg "
                    "delivered at the university in July.")
    q = only(doc, "partial")
    assert speaker_name(doc, q) == "Anna Berg"


def test_a_participle_that_is_no_speech_verb_names_no_speaker(quotes_of):
    doc = quotes_of("The credit arrangements, also known as \u201cswap lines,\u201d will help smaller banks.")
    assert all(q.speaker is None for q in doc.quotes)
