"""Context cues that type names (entities/cues.py): places and organisations NER took for persons."""
from .conftest import by_name


def types_of(doc, name):
    e = by_name(doc, name)
    return e.type if e else None


def test_object_of_a_visit_is_a_place(entities_of):
    doc = entities_of("The prime minister visited Osmaniye on Thursday and met local officials.")
    assert types_of(doc, "Osmaniye") in ("GPE", "LOC")


def test_object_of_travel_to_is_a_place(entities_of):
    doc = entities_of("Thousands of families fled to Barumbeni after the attack, aid workers said.")
    assert types_of(doc, "Barumbeni") in ("GPE", "LOC")


def test_a_visited_person_with_a_full_name_stays_a_person(entities_of):
    doc = entities_of("Marta Kowalczyk met the envoy. On Friday he visited Kowalczyk again.")
    assert types_of(doc, "Marta Kowalczyk") == "PERSON"
    assert not any(e.type in ("GPE", "LOC", "FAC") for e in doc.entities)


def test_name_before_a_facility_noun_is_a_place(entities_of):
    doc = entities_of("Drones struck positions near the Tandira bridge late on Sunday.")
    assert types_of(doc, "Tandira") in ("FAC", "GPE")


def test_name_before_a_settlement_noun_or_after_city_of_is_a_place(entities_of):
    doc = entities_of("Shells hit a market in the Kalundu suburb of Mbeka, and fighting reached the city of Ossoro.")
    for name in ("Kalundu", "Mbeka", "Ossoro"):
        assert types_of(doc, name) in ("GPE", "LOC"), name


def test_name_before_party_is_an_organisation_in_every_mention(entities_of):
    doc = entities_of("Voters gave the ruling Tamuzo party a large majority. Tamuzo has governed since 1990, "
                      "and critics say Tamuzo controls the courts.")
    e = by_name(doc, "Tamuzo")
    assert e and e.type == "ORG" and len(e.spans) == 3


def test_news_agency_before_a_name_makes_it_an_organisation(entities_of):
    doc = entities_of("The figures were reported by the news agency Rovena Press on Monday.")
    assert any(e.type == "ORG" and "Rovena" in e.name for e in doc.entities)


def test_person_name_cut_in_two_by_ner_is_one_person(entities_of):
    doc = entities_of("Police arrested three men accused of killing Paulo Brizola Nunes. Mr. Nunes was 51.")
    e = by_name(doc, "Paulo Brizola Nunes")
    assert e and e.type == "PERSON" and [s.text for s in e.spans] == ["Paulo Brizola Nunes", "Mr. Nunes"]


def test_name_after_a_place_and_comma_closing_the_phrase_is_a_place(entities_of):
    doc = entities_of("A device was found by police in Málaga, Andalucía.")
    assert types_of(doc, "Andalucía") in ("GPE", "LOC")


def test_person_after_a_place_and_comma_who_acts_stays_a_person(entities_of):
    doc = entities_of("In London, Marta Kowalczyk said the talks had failed.")
    assert types_of(doc, "Marta Kowalczyk") == "PERSON"


def test_adjectives_and_place_pairs_before_facility_nouns_are_not_places(entities_of):
    doc = entities_of("Patrols on the Crimean border and the U.S.-Canada border were reinforced.")
    assert not any(e.type == "FAC" for e in doc.entities)


def test_group_words_typed_as_organisations_are_groups(entities_of):
    doc = entities_of("The Amharic press said the elders answered in a Semitic dialect.")
    assert types_of(doc, "Semitic") in ("NORP", None)
    assert types_of(doc, "Amharic") in ("NORP", None)


def test_group_word_before_an_armed_noun_is_an_organisation(entities_of):
    doc = entities_of("Kurdish fighters advanced on the town while Amhara militias withdrew.")
    e = by_name(doc, "Kurdish fighters")
    assert e and e.type == "ORG" and e.spans[0].text == "Kurdish fighters"


def test_two_names_of_a_world_war_are_one_entity(entities_of):
    doc = entities_of("The treaty dates from the Second World War. Historians of World War II disagree.")
    wars = [e for e in doc.entities if "War" in e.name]
    assert len(wars) == 1 and wars[0].name == "World War II"
