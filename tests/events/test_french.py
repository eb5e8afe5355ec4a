"""French reports through the English event rules (events/french.py, data/events_triggers_fr.py):
same PLOVER/ACLED typing, counts with French numbers, status from French reporting frames."""
import pytest

from newsgraph import extract
from newsgraph.events.french import sentence_tolls
from newsgraph.model import Document


def events(text: str):
    doc = extract(text, published="2022-09-14")
    assert doc.language == "fr"
    return doc, doc.events


def test_shelling_by_a_named_force_is_typed_like_english():
    doc, (ev,) = events("Les forces russes ont pilonné la ville de Kharkiv mercredi, a indiqué le gouverneur.")
    assert (ev.type, ev.mode, ev.acled.sub_event_type) == ("ASSAULT", "shelling", "Shelling/artillery/missile attack")
    assert [a.text for a in ev.actors if a.role == "source"] == ["Les forces russes"]
    assert [doc.place(p).name for p in ev.places] == ["Kharkiv"]


def test_passive_killing_counts_the_dead():
    _, evs = events("Deux personnes ont été tuées dans un bombardement sur Kharkiv.")
    (ev,) = [e for e in evs if e.type == "ASSAULT"]
    assert [(c.kind, c.value, c.qualifier) for c in ev.counts] == [("killed", 2, "exact")]


def test_a_town_retaken_is_territory_regained_with_its_area():
    _, (ev,) = events("Les forces ukrainiennes ont reconquis près de 4 000 km2 en une semaine.")
    assert (ev.type, ev.mode) == ("ASSAULT", "territory regained")
    assert [(c.kind, c.value, c.qualifier) for c in ev.counts] == [("area_km2", 4000, "about")]


def test_at_least_and_a_location_after_the_object():
    doc, (ev,) = events("Deux attentats à la bombe ont tué au moins 91 personnes à Bagdad.")
    assert [(c.kind, c.value, c.qualifier) for c in ev.counts] == [("killed", 91, "at_least")]
    assert [doc.place(p).name for p in ev.places] == ["Baghdad"]


def test_a_toll_in_the_next_sentence_goes_to_the_attack():
    _, evs = events("Un attentat a frappé un marché de Kano samedi. Le bilan fait état de 30 morts et "
                    "d'une cinquantaine de blessés.")
    (ev,) = [e for e in evs if e.type == "ASSAULT"]
    assert {(c.kind, c.value, c.qualifier) for c in ev.counts} == {("killed", 30, "exact"), ("injured", 50, "about")}


def test_denial_and_according_to():
    _, evs = events("Le Kremlin a nié toute implication dans l'attaque.")
    assert any(e.type == "REJECT" and e.status == "denied" for e in evs)
    _, evs = events("Selon la police, trois manifestants ont été arrêtés à Dakar.")
    (ev,) = [e for e in evs if e.type == "COERCE"]
    assert ev.reported_by.text == "la police"
    assert [(c.kind, c.value) for c in ev.counts] == [("arrested", 3)]


def test_an_assertion_by_a_party_is_claimed():
    _, evs = events("L'armée affirme avoir détruit trois chars russes près de Bakhmout.")
    (ev,) = [e for e in evs if e.type == "ASSAULT"]
    assert ev.status == "claimed"


@pytest.mark.parametrize("text,expected", [
    ("Le bilan est de 12 morts et une vingtaine de blessés.", [("killed", 12, "exact"), ("injured", 20, "about")]),
    ("On compte 4 personnes en état critique.", []),
    ("Au moins 8 civils tués et plus de 200 blessés.", [("killed", 8, "at_least"), ("injured", 200, "more_than")]),
])
def test_sentence_tolls(text, expected):
    doc = Document(id="t", text=text, language="fr")
    assert [(c.kind, c.value, c.qualifier) for c in sentence_tolls(doc, 0, len(text))] == expected


def test_french_weapon_words_set_the_mode():
    _, evs = events("Des tirs d'artillerie ont tué trois civils à Donetsk, selon les autorités locales.")
    (ev,) = [e for e in evs if e.type == "ASSAULT"]
    assert ev.mode == "shelling" and ev.counts[0].of == "civilians"


def test_an_accident_or_a_quake_is_no_assault():
    _, evs = events("L'explosion d'une remorque remplie de feux d'artifice a tué une personne près d'une école.")
    assert not [e for e in evs if e.type == "ASSAULT" and e.counts]
    _, evs = events("Un séisme a tué vingt personnes dans le sud du pays, selon les autorités locales.")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_an_incise_the_parser_made_the_root_still_names_the_reporter():
    _, evs = events("Les forces ukrainiennes ont reconquis près de 8.000 km2 depuis le début du mois, a affirmé "
                    "le commandant en chef de l'armée sur Telegram.")
    (ev,) = [e for e in evs if e.type == "ASSAULT"]
    assert (ev.mode, ev.status) == ("territory regained", "claimed")
    assert ev.reported_by.text.startswith("le commandant")
    assert [(c.kind, c.value, c.qualifier) for c in ev.counts] == [("area_km2", 8000, "about")]


def test_a_group_claiming_the_attack_is_its_source():
    _, evs = events("Une voiture piégée a explosé samedi près d'une base militaire à Kidal, tuant quatre soldats. "
                    "Le groupe a revendiqué l'attaque.")
    (ev,) = [e for e in evs if e.type == "ASSAULT"]
    assert ev.status == "claimed" and [a.text for a in ev.actors if a.role == "source"] == ["Le groupe"]
    _, evs = events("Trois explosions ont visé un marché de Maiduguri samedi. Les attaques ont été revendiquées "
                    "par Boko Haram, selon la police locale.")
    (ev,) = [e for e in evs if e.type == "ASSAULT"]
    assert [a.text for a in ev.actors if a.role == "source"] == ["Boko Haram"]


def test_an_earlier_incident_dated_long_before_the_report_stays_apart():
    """'déjà incendié en mars 2019' in a 2023 report: the fire is not the attack the report is about;
    the attack gets the toll and the day of the toll sentence ('Mardi soir, on comptait huit morts')."""
    doc = extract("Le siège du parti, déjà incendié en mars 2019, a été visé par une attaque armée. "
                  "Mardi soir, on comptait huit morts et une dizaine de blessés, selon un bilan provisoire.",
                  published="2023-05-10")
    fire, attack = sorted((e for e in doc.events if e.type == "ASSAULT"), key=lambda e: bool(e.counts))
    assert fire.time.value == "2019-03" and not fire.counts
    assert attack.time is not None and attack.time.value == "2023-05-09"
    assert [(c.kind, c.value) for c in attack.counts] == [("killed", 8), ("injured", 10)]


def test_detention_and_a_participle_the_model_left_unlemmatised_are_arrests():
    """'mis en détention' names the arrest; 'arrêtés' that the small model lemmatises as itself is 'arrêter'."""
    _, evs = events("Le journaliste a été mis en détention à Goma depuis septembre, selon son avocat.")
    assert [(e.type, e.mode) for e in evs] == [("COERCE", "arrest")]
    from newsgraph.events.french import _participle_infinitive
    assert _participle_infinitive("arrêtés") == "arrêter" and _participle_infinitive("tué") == "tuer"
    assert _participle_infinitive("pilonner") == "pilonner"


def test_reprendre_is_retake_only_with_a_place_for_object():
    _, evs = events("Les forces ukrainiennes ont repris la ville de Koupiansk mercredi, selon l'état-major.")
    assert [(e.type, e.mode) for e in evs if e.type == "ASSAULT"] == [("ASSAULT", "territory regained")]
    _, evs = events("Les recherches ont repris mercredi matin dans le village, a indiqué le maire.")
    assert not [e for e in evs if e.type == "ASSAULT"]
    _, evs = events("Les négociations ont été reprises à Genève mercredi, selon les deux délégations.")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_a_natural_death_and_a_name_opening_with_ne_are_no_denied_killing():
    _, evs = events("L'ancien député Ne Kongo Mbala est mort à l'âge de 81 ans à Matadi, mardi.")
    assert not [e for e in evs if e.type == "ASSAULT"]
    _, evs = events("Un soldat est mort à l'âge de 20 ans dans un bombardement de l'artillerie, mardi.")
    assert [e.type for e in evs] == ["ASSAULT"]
    _, evs = events("Ne Kongo Mbala a été tué par des hommes armés à Matadi, mardi, selon la police.")
    assert [e.status for e in evs if e.type == "ASSAULT"] == ["reported"]


def test_tolls_of_a_derailment_or_an_accident_are_no_assault():
    _, evs = events("Quarante personnes sont mortes et 200 ont été blessées lorsque deux trains ont déraillé "
                    "près de Lyon, vendredi soir.")
    assert not [e for e in evs if e.type == "ASSAULT"]
    _, evs = events("Un wagon est sorti des rails. L'incident a blessé deux employés de la compagnie, samedi.")
    assert not [e for e in evs if e.type == "ASSAULT"]
    _, evs = events("Quarante personnes sont mortes dans l'effondrement d'un immeuble visé par des frappes de "
                    "missiles russes, vendredi soir.")
    assert [e.type for e in evs if e.type == "ASSAULT"]
