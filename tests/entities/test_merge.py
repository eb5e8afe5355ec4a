"""One referent, one entity: datelines, nationality-prefixed names, syllable acronyms, long state forms,
'the army' after a national army."""
from newsgraph.entities.coref import syllabic_fit

from .conftest import by_name


def places(doc):
    return [e for e in doc.entities if e.type in ("GPE", "LOC", "FAC")]


def test_upper_case_dateline_joins_the_title_case_place(entities_of):
    doc = entities_of("MÁLAGA, Spain. - Police found a device in Málaga on Monday, officials said.")
    e = by_name(doc, "Málaga")
    assert e and [s.text for s in e.spans] == ["MÁLAGA", "Málaga"]
    assert sum(1 for p in places(doc) if "laga" in p.name.casefold()) == 1


def test_nationality_prefixed_organisation_joins_the_plain_name(entities_of):
    doc = entities_of("The Iranian Islamic Revolutionary Guard Corps said on Monday it had seized a tanker. "
                      "The Islamic Revolutionary Guard Corps has done so before.")
    orgs = [e for e in doc.entities if "Revolutionary Guard" in e.name]
    assert len(orgs) == 1 and len(orgs[0].spans) == 2


def test_syllable_acronym_joins_the_full_name(entities_of):
    doc = entities_of("The North American Aerospace Defense Command tracked the balloon. "
                      "NORAD said it posed no threat.")
    orgs = [e for e in doc.entities if e.type == "ORG"]
    assert len(orgs) == 1 and {s.text for s in orgs[0].spans} >= {"NORAD"}


def test_syllabic_fit_needs_most_words():
    assert syllabic_fit("NORAD", "North American Aerospace Defense Command")
    assert not syllabic_fit("MOSCOW", "Ministry of State Commerce")
    assert not syllabic_fit("RSF", "Rapid Support Forces")   # three letters: plain initials only


def test_long_state_form_and_short_name_are_one_place(entities_of):
    doc = entities_of("The Democratic Republic of the Congo said rebels attacked Goma. Congo has asked for help.")
    congo = [e for e in places(doc) if "Congo" in e.name]
    assert len(congo) == 1 and congo[0].name == "Democratic Republic of the Congo"


def test_official_abbreviation_of_a_country(entities_of):
    doc = entities_of("The DPRK fired a missile on Monday, and North Korea said it would fire more.")
    e = by_name(doc, "North Korea")
    assert e and e.type == "GPE" and len(e.spans) == 2


def test_the_army_refers_to_the_national_army_named_before(entities_of):
    doc = entities_of("Fighting between the Malian army and rebels spread. The rebels accused the army of "
                      "shelling homes. The army denied it.")
    e = by_name(doc, "Armed Forces of Mali")
    assert e and [s.text for s in e.spans] == ["Malian army", "the army", "The army"]


def test_the_army_without_a_named_army_stays_unlinked(entities_of):
    doc = entities_of("The army denied the report, said Paolo Ferri.")
    assert not any("Armed Forces" in e.name for e in doc.entities)


def test_place_typed_as_a_group_once_is_still_one_place(entities_of):
    doc = entities_of("Shells hit the suburb of Kerari on Monday. Many Kerari families fled.")
    kerari = [e for e in doc.entities if e.name == "Kerari"]
    assert len(kerari) == 1 and kerari[0].type in ("GPE", "LOC") and len(kerari[0].spans) == 2


def test_dateline_before_an_agency_or_a_dash_is_a_place(entities_of):
    for text in ("KIDAL (AFP) - Gunmen attacked a convoy near the town on Sunday.",
                 "KIDAL — Gunmen attacked a convoy near the town on Sunday."):
        doc = entities_of(text)
        e = next((e for e in doc.entities if e.spans[0].text == "KIDAL"), None)
        assert e and e.type == "GPE" and e.name == "Kidal", text
