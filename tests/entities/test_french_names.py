"""French reports get the canonical English names English reports get (issue 15, point 2)."""
from newsgraph import extract

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
