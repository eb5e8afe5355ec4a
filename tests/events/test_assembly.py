"""Incident assembly (events/assemble.py): one incident, one record. Every text here was written
for these tests, in the style of short war reports, ACLED-style notes and wire pages."""
from __future__ import annotations

import pytest

from newsgraph.events.furniture import furniture_ranges, headline_range
from newsgraph.model import Document

TEXTS = {
    "headline_lede": ("Russian shelling kills three in Kharkiv region village\n"
                      "Russian shelling of the village of Vilkhivka killed three people and wounded 14 on Sunday, "
                      "the regional governor said.\nThe attack also damaged a school, he said.\n"
                      "Four of the wounded are in serious condition."),
    "acled_note": "On 3 May 2022, Russian forces shelled Vilkhivka, Kharkiv. A school was damaged. "
                  "Two people died, three were injured.",
    "no_casualties": "A Ukrainian drone strike hit an oil depot in Belgorod on Tuesday, the regional governor said. "
                     "There were no casualties.",
    "no_one_injured": "Police fired tear gas at protesters in Dakar on Saturday. No one was injured.",
    "unknown": "The village of Hryhorivka was shelled by Russian forces overnight. Casualties are unknown.",
    "separate": "Israeli air strikes killed 12 people in Khan Younis on Monday, health officials said. "
                "In a separate strike on Rafah on Tuesday, five people were killed.",
    "two_places": "Russian forces fired artillery at Nikopol on Monday, wounding two people. "
                  "On Wednesday, a missile hit a market in Kramatorsk, killing six.",
    "conflicting": ("Rebel attack on army base in Mali kills 10 soldiers\n"
                    "Jihadist rebels attacked an army base near Gao on Friday, killing 10 soldiers, the army said. "
                    "A local official said 14 soldiers were killed in the attack."),
    "rebel": "A rebel attack on a police post in Kaduna killed five officers on Friday.",
    "killing_alone": "Two men were killed in Marseille on Wednesday, prosecutors said. The mayor opened a new "
                     "library in the city centre. A teenager died in Lyon on Tuesday.",
    "furniture": ("By Maria Lopez\n"
                  "Ukrainian forces shelled the port of Berdiansk on Thursday, the occupation authorities said. "
                  "One person was wounded.\n"
                  "ALSO READ: Russian missile strike kills 12 in Kramatorsk\n"
                  "Related stories\nRussian strike kills five in Odesa\nPolice arrest 40 protesters in Tbilisi\n"
                  "Tags: Ukraine, Russia, war\n(Reporting by John Smith; Editing by Jane Doe)"),
    "passive_by": "The town of Hulyaipole was shelled by Russian forces on Tuesday, killing two civilians.",
    "drone_strike": "A Ukrainian drone strike hit an ammunition depot in Donetsk on Monday.",
    "shelling_by": "Shelling by Russian forces killed four people in Kherson on Friday.",
    "demand": "The German chancellor spoke to the Russian president on Tuesday, calling for a full withdrawal.",
}
PUBLISHED = "2023-03-15"


@pytest.fixture(scope="module")
def docs(resources):
    from newsgraph.ingest import make_document
    from newsgraph.pipeline import process_many

    names = list(TEXTS)
    return dict(zip(names, process_many((make_document(TEXTS[n], published=PUBLISHED) for n in names), resources)))


def assaults(doc):
    return [e for e in doc.events if e.type == "ASSAULT"]


def counts(ev, kind):
    return sorted(c.value for c in ev.counts if c.kind == kind)


def source_names(doc, ev):
    out = []
    for a in ev.actors:
        if a.role == "source":
            ent = doc.entity(a.entity)
            out.append(ent.name if ent else a.text)
    return out


def place_names(doc, ev):
    return [doc.place(p).name for p in ev.places]


def test_headline_lede_anaphora_and_casualties_are_one_incident(docs):
    doc = docs["headline_lede"]
    (ev,) = assaults(doc)
    assert counts(ev, "killed") == [3] and counts(ev, "injured") == [14]
    assert len(ev.spans) >= 3                                 # headline, lede, "the attack"
    assert all(doc.text[s.start:s.end] == s.text for s in ev.spans)
    assert ev.time is not None and ev.time.value == "2023-03-12"      # the headline takes the body's date
    assert place_names(doc, ev)[0] == "Vilkhivka"            # most specific place first
    assert [n[:6] for n in source_names(doc, ev)] == ["Russia"]      # "Russian shelling": Russia or Russian
    assert ev.main


def test_casualty_sentences_attach_to_the_shelling(docs):
    doc = docs["acled_note"]
    (ev,) = assaults(doc)
    assert ev.mode == "shelling" and counts(ev, "killed") == [2] and counts(ev, "injured") == [3]
    assert ev.time.value == "2022-05-03" and "Vilkhivka" in place_names(doc, ev)


def test_no_casualties_is_killed_zero_and_no_event(docs):
    (ev,) = assaults(docs["no_casualties"])
    assert [(c.kind, c.value, c.qualifier) for c in ev.counts] == [("killed", 0, "exact")]
    (coerce,) = docs["no_one_injured"].events
    assert [(c.kind, c.value) for c in coerce.counts] == [("injured", 0)]


def test_unknown_casualties_give_no_count(docs):
    (ev,) = assaults(docs["unknown"])
    assert not ev.counts


def test_a_separate_strike_stays_separate(docs):
    evs = assaults(docs["separate"])
    assert len(evs) == 2
    assert sorted(counts(e, "killed")[0] for e in evs) == [5, 12]


def test_another_place_and_day_stay_separate(docs):
    doc = docs["two_places"]
    evs = assaults(doc)
    assert len(evs) == 2
    assert [counts(e, "injured") + counts(e, "killed") for e in evs] == [[2], [6]]


def test_conflicting_figures_are_both_kept_never_summed(docs):
    doc = docs["conflicting"]
    (ev,) = assaults(doc)
    assert counts(ev, "killed") == [10, 14]
    assert all(c.spans for c in ev.counts)                   # each figure keeps where it was said


@pytest.mark.parametrize("name,attacker", [("rebel", "rebel"), ("passive_by", "Russia"),
                                           ("drone_strike", "Ukrain"), ("shelling_by", "Russia")])
def test_attacker_from_modifier_or_agent(docs, name, attacker):
    (ev,) = assaults(docs[name])
    assert any(attacker.lower() in n.lower() for n in source_names(docs[name], ev)), ev.actors


def test_a_killing_with_no_attack_nearby_stays_its_own_event(docs):
    doc = docs["killing_alone"]
    evs = assaults(doc)
    assert len(evs) == 2
    assert place_names(doc, evs[0]) == ["Marseille"] and place_names(doc, evs[1]) == ["Lyon"]


def test_furniture_yields_no_events(docs):
    doc = docs["furniture"]
    (ev,) = doc.events
    assert "Berdyansk" in place_names(doc, ev) and counts(ev, "injured") == [1]


def test_demanded_action_is_the_content_of_the_demand(docs):
    types = sorted(e.type for e in docs["demand"].events)
    assert types == ["CONSULT", "REQUEST"]


def test_exactly_the_main_incidents_are_main(docs):
    doc = docs["two_places"]
    assert [e.main for e in doc.events] == [True, False]


def test_furniture_ranges_on_plain_text():
    text = ("Troops shelled the town.\nREAD MORE\nRebels seize airport\nArmy retakes bridge\n\n"
            "Tags: war, Sahel\nBy John Smith\nBy Sunday, the rebels had fled.")
    lines = [text[a:b] for a, b in furniture_ranges(text)]
    assert lines == ["READ MORE", "Rebels seize airport", "Army retakes bridge", "Tags: war, Sahel", "By John Smith"]


def test_headline_is_a_short_first_line_or_the_title():
    doc = Document(id="x", text="Troops shell border town\nTroops shelled the town on Monday.")
    assert headline_range(doc) == (0, 24)
    doc = Document(id="y", text="Troops shelled the town on Monday.\nTwo people died.")
    assert headline_range(doc) is None


def test_html_page_furniture_yields_no_events(resources):
    """A page written for the test: headline, byline, story, READ MORE line, related links, credit."""
    from pathlib import Path

    from newsgraph.ingest import document_from_html
    from newsgraph.pipeline import process

    html = (Path(__file__).parent / "data" / "furniture_page.html").read_text(encoding="utf-8")
    doc = process(document_from_html(html))
    (ev,) = doc.events
    assert ev.type == "ASSAULT" and counts(ev, "killed") == [3] and ev.main
    headline_end = doc.text.index("\n")
    assert ev.spans[0].end <= headline_end < ev.spans[-1].start          # the headline's mention merged


def test_an_undated_act_is_not_of_an_incident_dated_long_before_the_report():
    from newsgraph import extract
    from newsgraph.events.assemble import _long_before

    assert _long_before("2011-11", "2015-01-07") and _long_before("2014", "2015-06-01")
    assert not _long_before("2014-12-20", "2015-01-07") and not _long_before("2015-01", "2015-01-07")
    assert not _long_before("2011-11", None) and not _long_before("P3D", "2015-01-07")
    # an old date with the casualties told later still joins (ACLED notes report old incidents)
    doc = extract("On 3 May 2022, Russian forces shelled Vilkhivka. Two people died.", published="2023-03-12")
    (ev,) = assaults(doc)
    assert counts(ev, "killed") == [2] and ev.time.value == "2022-05-03"
