"""Event detection on short sentences through the real pipeline: types, modes, roles, counts,
places, times, reporting source and status."""
from __future__ import annotations

from newsgraph.model import PLOVER_TYPES


def events_of(doc, typ):
    return [v for v in doc.events if v.type == typ]


def place_names(doc, event):
    return {doc.place(p).name for p in event.places if doc.place(p)}


def actor_texts(event, role):
    return [a.text for a in event.actors if a.role == role]


def test_arrest_with_count_place_date_and_own_report(event_docs):
    doc = event_docs["arrest"]
    (ev,) = events_of(doc, "COERCE")
    assert ev.mode == "arrest"
    assert ev.acled.sub_event_type == "Arrests" and ev.cameo_root == "17"
    assert [(c.kind, c.value, c.qualifier, c.of) for c in ev.counts] == [("arrested", 25, "exact", "protesters")]
    assert "Lagos" in place_names(doc, ev)
    assert ev.time.value == "2023-03-13" and ev.time.precision == "day"
    assert "police spokesman" in ev.reported_by.text
    assert ev.status == "claimed"                       # the police reporting its own arrests
    assert ev.assertions and ev.assertions[0].stance == "asserts"


def test_protest_with_vague_count(event_docs):
    doc = event_docs["protest"]
    (ev,) = events_of(doc, "PROTEST")
    assert "Santiago" in place_names(doc, ev)
    assert ev.time.value == "2023-03-11"
    assert any(c.value == 1000 and c.qualifier == "more_than" for c in ev.counts)
    assert ev.acled.event_type == "Protests"


def test_sanction_actors_and_no_actor_as_place(event_docs):
    doc = event_docs["sanction"]
    (ev,) = events_of(doc, "SANCTION")
    assert "European Union" in actor_texts(ev, "source")[0]
    assert actor_texts(ev, "target") == ["Iran"]
    assert "Iran" not in place_names(doc, ev)          # the target of sanctions is not where they happen


def test_air_strike_killing_is_one_event_with_reporter(event_docs):
    doc = event_docs["airstrike"]
    (ev,) = events_of(doc, "ASSAULT")
    assert ev.mode == "air strike" and ev.acled.sub_event_type == "Air/drone strike"
    assert ("killed", 12, "at_least", "civilians") in [(c.kind, c.value, c.qualifier, c.of) for c in ev.counts]
    assert "Syrian Observatory" in ev.reported_by.text
    assert ev.status == "reported"
    assert "Saraqib" in place_names(doc, ev)


def test_party_reporting_its_own_strike_is_claimed(event_docs):
    doc = event_docs["own_claim"]
    (ev,) = events_of(doc, "ASSAULT")
    assert ev.status == "claimed"
    assert "army" in ev.reported_by.text
    assert "Gaza" in place_names(doc, ev)


def test_denial_links_to_denied_event(event_docs):
    doc = event_docs["denial"]
    (denial,) = events_of(doc, "REJECT")
    (shelling,) = events_of(doc, "ASSAULT")
    assert denial.status == "denied" and shelling.status == "denied"
    assert shelling.mode == "shelling"
    assert any(a.stance == "denies" and "Kremlin" in a.by.text for a in shelling.assertions)


def test_future_visit_is_planned_at_its_destination(event_docs):
    doc = event_docs["visit"]
    (ev,) = events_of(doc, "CONSULT")
    assert ev.mode == "visit" and ev.status == "planned"
    assert "Macron" in actor_texts(ev, "source")[0]
    assert "Berlin" in place_names(doc, ev)


def test_aid_through_light_verb(event_docs):
    (ev,) = events_of(event_docs["aid"], "AID")
    assert actor_texts(ev, "source") == ["Japan"]
    assert actor_texts(ev, "target") == ["Turkey"]


def test_territory_capture_and_fighting(event_docs):
    doc = event_docs["capture"]
    capture = [v for v in doc.events if v.mode == "territory captured"]
    assert capture and "Kunduz" in place_names(doc, capture[0])
    assert "Taliban" in actor_texts(capture[0], "source")[0]
    assert capture[0].time.value == "2023-03-12"


def test_agreement(event_docs):
    (ev,) = events_of(event_docs["agreement"], "AGREE")
    assert ev.acled.sub_event_type == "Agreement"
    assert "Doha" in place_names(event_docs["agreement"], ev)


def test_attack_on_soldiers_is_armed_clash(event_docs):
    doc = event_docs["clash"]
    attacks = events_of(doc, "ASSAULT")
    assert attacks and all(v.mode == "armed clash" for v in attacks)
    assert any(c.kind == "killed" and c.value == 2 for v in attacks for c in v.counts)


def test_violent_protesters_make_a_riot(event_docs):
    riots = [v for v in event_docs["riot"].events if v.type == "PROTEST" and v.mode == "riot"]
    assert riots and riots[0].acled.sub_event_type == "Violent demonstration"


def test_accidental_explosion_is_not_an_assault(event_docs):
    assert not events_of(event_docs["accident"], "ASSAULT")


def test_conditional_attack_is_hypothetical(event_docs):
    (ev,) = events_of(event_docs["hypothetical"], "ASSAULT")
    assert ev.status == "hypothetical"


def test_claim_and_rejection_are_both_recorded(event_docs):
    doc = event_docs["claim_rejected"]
    claimed = next(v for v in doc.events if v.status == "claimed")
    assert claimed.type == "ASSAULT" and "ministry" in claimed.reported_by.text
    stances = {(a.stance, a.by.text) for a in claimed.assertions}
    assert ("denies", "Kyiv") in stances and any(s == "asserts" for s, _ in stances)
    rejection = next(v for v in doc.events if v.type == "REJECT")
    assert rejection.status == "denied"


def test_consequence_merges_and_denied_responsibility(event_docs):
    doc = event_docs["responsibility_denied"]
    (shelling,) = [v for v in doc.events if v.type == "ASSAULT"]        # "the attack" is the same event
    assert shelling.mode == "shelling"
    assert [(c.kind, c.value, c.qualifier) for c in shelling.counts] == [("killed", 7, "at_least")]
    assert "Goma" in place_names(doc, shelling) and shelling.time.value == "2023-03-12"
    assert any(a.stance == "denies" and "M23" in a.by.text for a in shelling.assertions)


def test_claim_of_responsibility_names_the_source(event_docs):
    attacks = events_of(event_docs["responsibility"], "ASSAULT")
    assert attacks and all(v.status == "claimed" for v in attacks)
    assert all("Islamic State" in v.actors[0].text and v.actors[0].role == "source" for v in attacks)
    assert any(v.mode == "suicide bombing" for v in attacks)


def test_markets_and_metaphors_are_not_events(event_docs):
    assert event_docs["market"].events == []
    assert event_docs["metaphor"].events == []


def test_must_in_a_report_is_a_demand(event_docs):
    (ev,) = events_of(event_docs["obligation"], "REQUEST")
    assert "United States" in actor_texts(ev, "source")[0]
    assert actor_texts(ev, "target") == ["Iran"]


def test_lifting_sanctions_is_a_concession_not_a_sanction(event_docs):
    doc = event_docs["lifted"]
    assert [v.type for v in doc.events] == ["CONCEDE"]


def test_record_invariants(event_docs):
    for doc in event_docs.values():
        for n, ev in enumerate(doc.events, 1):
            assert ev.id == f"V{n}"
            assert ev.type in PLOVER_TYPES
            assert ev.status in ("reported", "claimed", "denied", "planned", "hypothetical")
            assert ev.cameo_root is not None
            for s in ev.spans + [s for c in ev.counts for s in c.spans]:
                assert doc.text[s.start:s.end] == s.text
            assert ev.sentence.start <= ev.spans[0].start < ev.sentence.end
            assert all(doc.place(p) is not None for p in ev.places)
            assert all(a.entity is None or doc.entity(a.entity) is not None for a in ev.actors)
        starts = [ev.spans[0].start for ev in doc.events]
        assert starts == sorted(starts)


def test_empty_document_has_no_events():
    from newsgraph.events import detect_events
    from newsgraph.model import Document
    assert detect_events(Document(id="x", text="")).events == []
