"""French quotes (quotes/french.py): incises, frames, 'selon', pronoun speakers, channels,
indirect speech and terms that are not speech. Sentences written for these tests."""
from typing import Optional

import pytest

from newsgraph.model import Document

from .conftest import fake_name_gender, speaker_name


@pytest.fixture(scope="module")
def quotes_fr():
    from newsgraph import nlp
    from newsgraph.entities import link_entities
    from newsgraph.quotes import attribute_quotes
    french = nlp.load_nlp_for("fr")

    def run(text: str) -> Document:
        doc = link_entities(nlp.annotate(Document(id="t", text=text, language="fr"), french))
        return attribute_quotes(doc, name_gender=fake_name_gender)
    return run


def _one(doc: Document, kind: Optional[str] = None):
    found = [q for q in doc.quotes if kind is None or q.kind == kind]
    assert len(found) == 1, [(q.kind, q.text) for q in doc.quotes]
    return found[0]


@pytest.mark.parametrize("frame", ["« {} », a déclaré Pierre Dumont mercredi.", "Pierre Dumont a déclaré : « {} »",
                                   "« {} », selon Pierre Dumont."])
def test_incises_frames_and_selon_name_the_speaker(quotes_fr, frame):
    doc = quotes_fr(frame.format("Nous reconstruirons chaque école."))
    q = _one(doc)
    assert (q.text.rstrip("."), speaker_name(doc, q)) == ("Nous reconstruirons chaque école", "Pierre Dumont")
    assert all(s.text == doc.text[s.start:s.end] for s in q.spans + q.speaker_spans)


def test_no_break_spaces_inside_the_marks_are_not_quoted_words(quotes_fr):
    doc = quotes_fr("«\u202fLe pont est coupé\u00a0», a déclaré Pierre Dumont.")
    assert _one(doc).text == "Le pont est coupé"


def test_inverted_pronoun_goes_to_the_person_named_before(quotes_fr):
    doc = quotes_fr("Anna Keller est arrivée à Lyon mardi. « La route est coupée », a-t-elle ajouté.")
    q = _one(doc)
    assert speaker_name(doc, q) == "Anna Keller"
    assert [s.text for s in q.speaker_spans] == ["-elle"]


def test_a_named_person_in_apposition_is_the_speaker(quotes_fr):
    doc = quotes_fr("Le directeur du port, Pierre Dumont, qualifie la grève de « catastrophe annoncée ».")
    assert [(q.kind, speaker_name(doc, q)) for q in doc.quotes] == [("partial", "Pierre Dumont")]


def test_channel_of_a_platform_and_of_a_statement(quotes_fr):
    doc = quotes_fr("« Les digues tiendront », a écrit Pierre Dumont sur Telegram.")
    assert _one(doc).channel == "Telegram"
    doc = quotes_fr("Dans un communiqué, le ministère a affirmé que les digues avaient tenu.")
    q = _one(doc, "indirect")
    assert q.text == "les digues avaient tenu" and q.channel == "statement"


def test_indirect_speech_with_selon_and_an_incise(quotes_fr):
    doc = quotes_fr("Selon la police, trois camions ont été incendiés dans la nuit.")
    q = _one(doc, "indirect")
    assert q.text == "trois camions ont été incendiés dans la nuit" and speaker_name(doc, q)
    doc = quotes_fr("Les secours sont arrivés trop tard, a déclaré le maire du village.")
    q = _one(doc, "indirect")
    assert q.text == "Les secours sont arrivés trop tard" and "maire" in speaker_name(doc, q)


def test_a_short_term_without_speaker_is_not_a_quote(quotes_fr):
    doc = quotes_fr("Le bilan compte douze blessés « en état grave » et vingt autres.")
    assert doc.quotes == []


def test_a_direct_quote_without_cue_continues_the_previous_speaker(quotes_fr):
    doc = quotes_fr("« Le pont est coupé », a déclaré Pierre Dumont. « Les camions attendront. »")
    first, second = doc.quotes
    assert first.speaker == second.speaker and "Dumont" in speaker_name(doc, second)


def test_inverted_speaker_after_adverbials_and_the_first_piece_of_a_cut_quote(quotes_fr):
    doc = quotes_fr("« Le pont » de la vallée « ne rouvrira pas », a déclaré dans la soirée de lundi "
                    "la ministre Anna Keller, en dénonçant une « négligence ».")
    assert [(q.text, q.kind, speaker_name(doc, q)) for q in doc.quotes] == [
        ("Le pont", "partial", "Anna Keller"), ("ne rouvrira pas", "partial", "Anna Keller"),
        ("négligence", "partial", "Anna Keller")]


@pytest.mark.parametrize("text,channel", [
    ("« Le barrage tiendra », a déclaré le porte-parole de la mairie, Pierre Dumont.", None),
    ("« Le barrage tiendra », a expliqué à l'AFP un habitant, Pierre Dumont.", "AFP"),
])
def test_the_person_apposed_to_an_inverted_title_speaks_past_the_audience(quotes_fr, text, channel):
    doc = quotes_fr(text)
    assert [(speaker_name(doc, q), q.channel) for q in doc.quotes] == [("Pierre Dumont", channel)]


def test_straight_and_curly_marks_work_as_guillemets(quotes_fr):
    doc = quotes_fr('"Le barrage tiendra", a déclaré Pierre Dumont. “La digue” du port “a cédé”, a-t-il ajouté.')
    assert [(q.text, speaker_name(doc, q)) for q in doc.quotes] == [
        ("Le barrage tiendra", "Pierre Dumont"), ("La digue", "Pierre Dumont"), ("a cédé", "Pierre Dumont")]


def test_the_channel_before_an_inverted_speaker_is_skipped(quotes_fr):
    doc = quotes_fr("« Les digues tiendront », a déclaré lors d'une conférence de presse le ministre Pierre Dumont.")
    assert [(speaker_name(doc, q), q.channel) for q in doc.quotes] == [("Pierre Dumont", "press conference")]


def test_a_present_tense_verb_of_saying_and_a_report_of_a_named_outlet(quotes_fr):
    """'indique' that the small model leaves unlemmatised; 'Un rapport du Monde indique que': the outlet."""
    doc = quotes_fr("Un rapport de Human Rights Watch indique que des civils ont été exécutés près de Goma.")
    q = _one(doc, "indirect")
    assert q.text == "des civils ont été exécutés près de Goma" and speaker_name(doc, q) == "Human Rights Watch"
