"""Names behind office titles and nationality words: the person or body is the entity of the phrase."""
from .conftest import by_name


def test_untagged_name_after_a_long_office_title_is_a_person(entities_of):
    doc = entities_of("He spoke with Moldovan Minister of Defence Anatol Nosatii about the border.")
    e = by_name(doc, "Anatol Nosatii")
    assert e and e.type == "PERSON" and e.spans[0].text == "Anatol Nosatii"


def test_office_word_is_not_the_end_of_an_organisation_name(entities_of):
    doc = entities_of("Pentagon Press Secretary John F. Kirby provided the following readout.")
    assert not any(e.name.endswith("Press") for e in doc.entities)
    assert by_name(doc, "John F. Kirby").type == "PERSON"


def test_nationality_with_military_noun_is_the_armed_forces(entities_of):
    doc = entities_of("The town was shelled by Belarusian military forces, and Belarusian units crossed the river.")
    e = by_name(doc, "Armed Forces of Belarus")
    assert e and e.type == "ORG"
    assert [s.text for s in e.spans] == ["Belarusian military forces", "Belarusian units"]


def test_nationality_with_officials_is_the_government(entities_of):
    doc = entities_of("The strike killed two people, said Moldovan officials. Moldovan authorities opened an inquiry.")
    officials, government = by_name(doc, "Officials of Moldova"), by_name(doc, "Government of Moldova")
    assert officials and officials.type == "ORG" and officials.spans[0].text == "Moldovan officials"
    assert government and government.type == "ORG" and government.spans[0].text == "Moldovan authorities"
