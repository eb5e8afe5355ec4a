"""What an attack noun hits is its target, and an entity inside the noun phrase does not make the event
noun an actor (events/links.py: drop_event_sources, event_noun_targets). Sentences written for these tests."""
from __future__ import annotations

import pytest

PUBLISHED = "2023-03-15"
TEXTS = {
    "of_place": "Russian shelling of Vilkhivka killed three people on Sunday, the governor said.",
    "on_place": "A Ukrainian drone strike on Belgorod wounded two civilians on Monday.",
    "on_unit": "The attack on the 14th brigade killed four soldiers near Bakhmut.",
    "on_population": "Israeli air strikes on displaced civilians killed 12 people in Rafah, officials said.",
    "no_target": "An attack in the morning killed two people in Kherson, officials said.",
    "agent": "Drone attacks by Russian forces killed two people in Odesa on Monday.",
    "means": "SITTWE - Air strikes killed 12 people in a village on Tuesday, residents said.",
}


@pytest.fixture(scope="module")
def docs(resources):
    from newsgraph.ingest import make_document
    from newsgraph.pipeline import process_many

    names = list(TEXTS)
    return dict(zip(names, process_many((make_document(TEXTS[n], published=PUBLISHED) for n in names), resources)))


def roles(doc, role):
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    return [a.text for a in ev.actors if a.role == role]


@pytest.mark.parametrize("name, source, target", [
    ("of_place", "Russian", "Vilkhivka"),
    ("on_place", "Ukrainian", "Belgorod"),
    ("on_population", "Israeli", "displaced civilians"),
])
def test_the_attacker_is_the_modifier_and_the_object_of_the_noun_is_a_target(docs, name, source, target):
    assert roles(docs[name], "source") == [source]
    assert target in roles(docs[name], "target")


def test_a_unit_hit_by_an_unattributed_attack_is_its_target(docs):
    assert roles(docs["on_unit"], "source") == []
    assert "the 14th brigade" in roles(docs["on_unit"], "target")


def test_a_time_after_the_preposition_is_no_target(docs):
    assert not any("morning" in t for t in roles(docs["no_target"], "target"))


def test_the_agent_of_the_noun_is_the_source_and_the_means_is_not(docs):
    assert roles(docs["agent"], "source") == ["Russian forces"]
    assert roles(docs["means"], "source") == []          # 'Air' names the means; 'SITTWE' the filing place


def test_the_matter_of_talks_is_no_party_to_them(resources):
    """'Topics discussed included ...': the topics are what is talked about, not who talks."""
    from newsgraph.ingest import make_document
    from newsgraph.pipeline import process_many

    text = ("The two ministers met in Vienna on Monday. Topics discussed included border security and the "
            "fight against smuggling on the northern frontier.")
    (doc,) = process_many([make_document(text, published=PUBLISHED)], resources)
    sources = [a.text.lower() for e in doc.events for a in e.actors if a.role == "source"]
    assert sources and not any("topic" in s for s in sources), [(e.type, [(a.role, a.text) for a in e.actors])
                                                                for e in doc.events]
