"""Quote records from short news-style texts: kinds, speakers, pronouns, channels, non-quotes."""
import pytest

from newsgraph.model import iter_spans

from .conftest import only, speaker_name


@pytest.mark.parametrize("text", [
    "“We will rebuild every school,” Mayor John Carter said on Monday.",
    "“We will rebuild every school,” said Mayor John Carter.",
    "Mayor John Carter said: “We will rebuild every school.”",
])
def test_verb_frames_give_the_speaker(quotes_of, text):
    doc = quotes_of(text)
    q = only(doc, "direct")
    assert q.text.startswith("We will rebuild every school")
    assert "Carter" in speaker_name(doc, q)
    assert all(s.text == doc.text[s.start:s.end] for s in q.spans + q.speaker_spans)


def test_quote_split_by_the_speech_verb(quotes_of):
    # issue 16: a quote cut by its speech verb is one quote with one span a piece
    doc = quotes_of("“The bridge is gone,” John Carter said, “and the road is flooded.”")
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [[s.text for s in q.spans] for q in direct] == [["The bridge is gone", "and the road is flooded."]]
    assert direct[0].text == "The bridge is gone and the road is flooded."
    assert "Carter" in speaker_name(doc, direct[0])


def test_pronoun_speakers_follow_gender(quotes_of):
    text = ("Anna Berg met Peter Lund in Oslo on Friday. "
            "“The talks went well,” she said. “We disagree on everything,” he said.")
    doc = quotes_of(text)
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [speaker_name(doc, q) for q in direct] == ["Anna Berg", "Peter Lund"]
    assert [s.text for q in direct for s in q.speaker_spans] == ["she", "he"]


def test_he_prefers_the_subject_of_the_last_sentence(quotes_of):
    text = ("Peter Lund visited the town of Garmisch. In a video, he compared it to Maria Stone's village. "
            "“It is the same,” he said in English.")
    doc = quotes_of(text)
    q = only(doc, "direct")
    assert speaker_name(doc, q) == "Peter Lund"
    assert q.language == "en"
    assert q.channel == "video"


def test_partial_quote_keeps_the_sentence_speaker_and_audience_channel(quotes_of):
    text = "The border police told local agencies that they had “detained 40 smugglers” this week."
    doc = quotes_of(text)
    q = only(doc, "partial")
    assert q.text == "detained 40 smugglers"
    assert "police" in speaker_name(doc, q).lower()
    assert q.channel == "local agencies"


@pytest.mark.parametrize("text, channel", [
    ("“We hold the line,” the governor wrote on Telegram.", "Telegram"),
    ("“Fifty targets were hit,” the defence ministry said in its daily briefing.", "daily briefing"),
    ("“Fifty targets were hit,” the army tweeted.", "Twitter"),
])
def test_channels(quotes_of, text, channel):
    doc = quotes_of(text)
    assert only(doc, "direct").channel == channel


def test_title_or_organisation_speaker_without_entity_becomes_an_entity(quotes_of):
    doc = quotes_of("“Three houses burned,” the regional governor said.")
    q = only(doc, "direct")
    entity = doc.entity(q.speaker)
    assert entity is not None and "governor" in entity.name
    assert entity.type in ("PERSON", "ORG")
    assert [s.text for s in q.speaker_spans] == ["regional governor"]


def test_according_to_frame(quotes_of):
    doc = quotes_of("Two people died in the fire, according to local authorities.")
    q = only(doc, "indirect")
    assert q.text == "Two people died in the fire"
    assert speaker_name(doc, q) == "local authorities"


def test_indirect_speech_is_the_clause_after_that(quotes_of):
    doc = quotes_of("John Carter said on Tuesday that the plant would close next year.")
    q = only(doc, "indirect")
    assert q.text == "the plant would close next year"
    assert "Carter" in speaker_name(doc, q)


@pytest.mark.parametrize("text", [
    "Surrounded by guards, the commander wore a “Victory or nothing” patch on his sleeve.",
    "Protesters carried a banner reading “Stop the war now” through the square.",
    "The series “The Long Night of Winter” was filmed in Riga.",
    "They watched the so-called “peace convoy” leave the city.",
    "The decision was described in the press as a “reset”.",
])
def test_slogans_titles_and_scare_quotes_are_not_quotes(quotes_of, text):
    doc = quotes_of(text)
    assert [q.text for q in doc.quotes if q.kind != "indirect"] == []


def test_one_word_quote_is_kept_when_attributed(quotes_of):
    doc = quotes_of("The president promised “victory” to the crowd in Lviv.")
    q = only(doc, "partial")
    assert q.text == "victory" and q.speaker is not None


def test_dash_attribution(quotes_of):
    doc = quotes_of("“I will vote for the first time this year.” ― Maria Lopez\nAnother paragraph.")
    q = only(doc, "direct")
    assert speaker_name(doc, q) == "Maria Lopez"


def test_quote_continuing_the_previous_speaker(quotes_of):
    doc = quotes_of("“We are ready,” Peter Lund said. “The trucks leave tomorrow.”")
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert len(direct) == 2
    assert direct[1].speaker == direct[0].speaker


def test_ids_in_text_order_and_spans_valid(quotes_of):
    text = ("Officials said the dam was intact. “We are safe,” Anna Berg said. "
            "“Nobody should panic,” she added, according to a statement.")
    doc = quotes_of(text)
    assert [q.id for q in doc.quotes] == [f"Q{i}" for i in range(1, len(doc.quotes) + 1)]
    starts = [q.spans[0].start for q in doc.quotes]
    assert starts == sorted(starts)
    assert all(s.text == doc.text[s.start:s.end] for s in iter_spans(doc))
    speaker_ids = {e.id for e in doc.entities}
    assert all(q.speaker in speaker_ids for q in doc.quotes if q.speaker)


def test_works_without_the_entities_stage(quotes_of):
    doc = quotes_of("“We are ready,” Peter Lund said. Then he left. “Go,” he said later.", entities=False)
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert direct and all(speaker_name(doc, q) == "Peter Lund" for q in direct)


def test_bare_title_speaker_is_the_person_who_had_that_title(quotes_of):
    text = ("Foreign Minister Peter Lund met Anna Berg in Oslo. "
            "The Minister said that the border would stay open.")
    doc = quotes_of(text)
    q = only(doc, "indirect")
    assert speaker_name(doc, q) == "Peter Lund"
    assert [s.text for s in q.speaker_spans] == ["Minister"]


def test_a_report_as_source_is_not_a_person(quotes_of):
    doc = quotes_of("Dozens of civilians were killed, according to early reports.")
    q = only(doc, "indirect")
    assert doc.entity(q.speaker).type == "OTHER"


def test_inverted_frame_whose_parse_makes_the_quote_the_subject(quotes_of):
    doc = quotes_of("“The campaign is in panic mode. Full panic mode,” said Anna Berg, a local party official.")
    q = only(doc, "direct")
    assert speaker_name(doc, q) == "Anna Berg"


def test_relative_clause_speaker_is_the_noun_it_describes(quotes_of):
    doc = quotes_of("The firm hired Peter Lund, an architect who said the roof was unsafe.")
    q = only(doc, "indirect")
    assert q.text == "the roof was unsafe"
    assert speaker_name(doc, q) == "Peter Lund"


def test_reported_stance_is_an_indirect_attribution(quotes_of):
    doc = quotes_of("Local officials believe that the dam will hold until spring.")
    q = only(doc, "indirect")
    assert q.text == "the dam will hold until spring"
    assert "officials" in speaker_name(doc, q)


@pytest.mark.parametrize("text", [
    "In a statement, the minister condemned the test as “reckless and dangerous”.",
    "The senator has long attacked the governor as a “career politician”.",
])
def test_as_frame_attributes_the_quoted_words_to_the_subject(quotes_of, text):
    doc = quotes_of(text)
    q = only(doc, "partial")
    assert q.speaker is not None
    assert doc.entity(q.speaker).name.split()[-1] in ("minister", "senator")


def test_nickname_inside_a_name_is_not_a_quote(quotes_of):
    doc = quotes_of("Deputy Beauregard “Bud” Torres said the fire started at night.")
    assert [q.kind for q in doc.quotes] == ["indirect"]


def test_transcript_turns_are_separate_quotes_with_their_speakers(quotes_of):
    text = ('The debate went on.\n"HOLT: Governor, your answer?\n'
            '"LUND: Well, the question really is why Peter Lund was there.')
    doc = quotes_of(text)
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [q.text.split(":")[0] for q in direct] == ["HOLT", "LUND"]
    assert [s.text for q in direct for s in q.speaker_spans] == ["HOLT", "LUND"]
    assert speaker_name(doc, direct[1]) == "Peter Lund"


def test_quote_opening_a_sentence_continues_the_previous_speaker(quotes_of):
    text = ("“This is wrong,” Anna Berg said. “You went on television to blame thousands of” workers.")
    doc = quotes_of(text)
    assert [speaker_name(doc, q) for q in doc.quotes] == ["Anna Berg", "Anna Berg"]
