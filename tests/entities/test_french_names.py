"""French reports get the canonical English names English reports get (issue 15, point 2)."""
from newsgraph import extract
from newsgraph.entities.clusters import expand_surname

TEXT = ("Le président ukrainien Volodymyr Zelensky s'est rendu à Izioum, reprise aux Russes, a annoncé Kiev. "
        "Moscou n'a pas réagi et le Kremlin avait démenti toute exaction à Boutcha.")


def test_french_names_are_canonical_english_names():
    doc = extract(TEXT, published="2022-09-14")
    names = {s.text: e.name for e in doc.entities for s in e.spans}
    assert names["Volodymyr Zelensky"] == "Volodymyr Zelensky"
    assert (names["Moscou"], names["Kiev"], names["Izioum"], names["Boutcha"]) == ("Moscow", "Kyiv", "Izium", "Bucha")
    assert names["Kremlin"] == "Kremlin"
    assert names["Russes"] == "Russian"          # as 'the Russians' -> Russian
    types = {e.name: e.type for e in doc.entities}
    assert types["Russian"] == "NORP" and types["Kremlin"] == "ORG" and types["Volodymyr Zelensky"] == "PERSON"


def test_the_same_names_as_an_english_report():
    fr = extract("Les Russes ont quitté Izioum, selon Kiev.", published="2022-09-14")
    en = extract("The Russians left Izium, according to Kyiv.", published="2022-09-14")
    assert {e.name for e in fr.entities} == {e.name for e in en.entities}


def _names(text: str, published: str = "2012-02-03") -> dict[str, tuple[str, str]]:
    doc = extract(text, published=published)
    assert doc.language == "fr"
    return {s.text: (e.name, e.type) for e in doc.entities for s in e.spans}


def test_french_acronyms_and_long_names_of_bodies_get_their_english_names():
    names = _names("Selon l'Observatoire syrien des droits de l'Homme, les bombardements ont continué. "
                   "L'OSDH a ajouté que l'Armée syrienne libre tenait toujours le quartier.")
    assert names["OSDH"] == ("Syrian Observatory for Human Rights", "ORG")
    assert names["Observatoire syrien des droits de l'Homme"][0] == "Syrian Observatory for Human Rights"
    assert names["Armée syrienne libre"][0] == "Free Syrian Army"


def test_a_wire_agency_the_french_model_reads_as_a_place_is_an_organisation():
    names = _names("Le photographe travaillait pour Reuters depuis dix ans à Goma.")
    assert names["Reuters"] == ("Reuters", "ORG")


def test_a_surname_with_a_particle_expands_to_the_office_holder():
    """'Ben Ali' alone, as French reports name him: the Tunisian president of the publication date."""
    names = _names("Dans un discours, Ben Ali a promis des emplois aux jeunes chômeurs du pays.", published="2011-01-10")
    assert names["Ben Ali"] == ("Zine El Abidine Ben Ali", "PERSON")
    assert expand_surname("Ben Ali") == "Zine El Abidine Ben Ali" and expand_surname("Ali") is None
    assert expand_surname("Putin") == "Vladimir Putin"


def test_an_organisation_noun_before_a_name_makes_it_an_organisation():
    """'le mouvement politique X': the small French model reads such names as persons."""
    names = _names("Il dirigeait depuis vingt ans le mouvement politico-religieux Kimpa Vita Unie, interdit en 2008.")
    assert names["Kimpa Vita Unie"][1] == "ORG"
