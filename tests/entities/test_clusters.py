"""Name merging on hand-made candidates (no NLP)."""
from newsgraph.entities.clusters import build_clusters, expand_surname
from newsgraph.entities.mentions import Candidate


def cand(text, etype, start):
    return Candidate(start, start + len(text), text, etype)


def test_untyped_name_joins_the_typed_entity_of_that_name():
    clusters = build_clusters([cand("Coco", "PERSON", 0), cand("Coco", "OTHER", 20)], translated=False)
    assert [(cl.type, cl.name, len(cl.members)) for cl in clusters] == [("PERSON", "Coco", 2)]


def test_surname_joins_full_name_whatever_the_order():
    clusters = build_clusters([cand("Scholz", "PERSON", 0), cand("Olaf Scholz", "PERSON", 30)], translated=False)
    assert [(cl.name, len(cl.members)) for cl in clusters] == [("Olaf Scholz", 2)]


def test_known_place_is_never_taken_for_a_surname():
    clusters = build_clusters([cand("Garuda Indonesia", "PERSON", 0), cand("Indonesia", "GPE", 40)], translated=False)
    assert sorted(cl.type for cl in clusters) == ["GPE", "PERSON"]


def test_lone_surname_of_a_known_office_holder_gets_the_full_name():
    assert expand_surname("Poroshenko") == "Petro Poroshenko"
    assert expand_surname("Smith") is None
