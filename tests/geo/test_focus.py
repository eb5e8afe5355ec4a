"""The document focus (geo/focus.py), admin-unit words worldwide and datelines as the filing place.
Sentences written for these tests, in the style of wire reports."""
import json

import pytest

import newsgraph
from newsgraph.geo.focus import confident, record_focus, shares
from newsgraph.model import Document, Place


@pytest.fixture(scope="module")
def extract(resources):
    return lambda text: newsgraph.extract(text, published="2023-04-12")


def _places_named(doc, mention):
    at = doc.text.index(mention)
    return [p for p in doc.places if any(s.start <= at < s.end for s in p.spans)]


def _focus(doc):
    return {f.country: f.weight for f in doc.focus}


# --- the focus on the document ------------------------------------------------------------

def test_focus_is_recorded_from_dateline_country_names_and_demonyms(extract):
    doc = extract("OUAGADOUGOU - Burkinabe soldiers repelled an attack on an army post near Djibo on Sunday, "
                  "the army said.")
    assert doc.focus and doc.focus[0].country == "BF" and doc.focus[0].weight > 0.8
    data = json.loads(doc.to_json())
    assert data["focus"][0] == {"country": "BF", "weight": doc.focus[0].weight}
    assert Document.from_json(doc.to_json()).focus == doc.focus


def test_a_story_without_places_has_no_focus(extract):
    assert extract("The committee met on Tuesday and adopted the report.").focus == []


def test_shares_keep_weak_evidence_weak():
    assert shares({"BF": 2.0, "ML": 2.0}) == {"BF": 0.5, "ML": 0.5}
    weak = shares({"AU": 0.5}, pseudo=1.0)
    assert weak["AU"] == pytest.approx(1 / 3) and not confident(weak)
    assert confident(shares({"MM": 4.0}, pseudo=1.0))


def test_recorded_focus_adds_resolved_places_and_drops_tiny_shares():
    places = [Place("P1", "Kaya", geonameid=2359608, country="BF", confidence=1.0, spans=[]),
              Place("P2", "Seytenga", country=None, confidence=0.0)]
    got = record_focus({"BF": 0.6, "NE": 0.02}, places)
    assert [f.country for f in got] == ["BF"]


# --- ambiguous names prefer readings inside the focus ----------------------------------------

def test_a_name_with_no_reading_in_the_focus_stays_unresolved_rather_than_jump_abroad(extract):
    # 'Kalugo' is an alternate name of Kaluga, Russia; the story is about Mozambique
    doc = extract("Insurgents attacked the village of Kalugo in Cabo Delgado province, Mozambique, on Sunday, "
                  "killing a woman, residents of Mocimboa da Praia said.")
    assert all(p.country in (None, "MZ") for p in _places_named(doc, "Kalugo"))
    assert _focus(doc).get("MZ", 0) > 0.5


def test_a_reading_outside_the_focus_is_kept_with_its_own_container(extract):
    doc = extract("MOGADISHU - Somali forces retook two villages on Monday. The commander later flew to "
                  "Ankara, Turkey, for talks.")
    assert _places_named(doc, "Ankara")[0].country == "TR"


def test_congo_in_a_story_about_north_kivu_is_the_democratic_republic(extract):
    doc = extract("GOMA - Rebels attacked army positions in Rutshuru territory, in North Kivu province, on "
                  "Saturday. Congo's army said it repelled the attack.")
    assert _places_named(doc, "Congo's")[0].country == "CD"


# --- admin units worldwide ----------------------------------------------------------------

def test_region_word_selects_an_admin_reading_under_its_full_name(extract):
    doc = extract("Militants attacked the town of Beledweyne in the Hiran province of Somalia on Wednesday.")
    hiran = _places_named(doc, "Hiran")[0]
    assert hiran.country == "SO" and hiran.precision == "admin1"


def test_east_region_of_burkina_faso_and_of_cameroon_are_told_apart_by_the_focus(extract):
    bf = extract("Jihadists killed 12 soldiers in Burkina Faso's East Region, near Fada N'Gourma, the army said.")
    cm = extract("Separatists attacked a police post in Cameroon's East Region, near Bertoua, officials said.")
    assert _places_named(bf, "East Region")[0].country == "BF"
    assert _places_named(cm, "East Region")[0].country == "CM"


def test_local_admin_words_do_not_make_a_name_a_region(extract):
    doc = extract("Fighting spread to Kaura local government area and to Gusau township in Nigeria.")
    gusau = _places_named(doc, "Gusau")[0]
    assert gusau.country == "NG" and gusau.precision != "admin1"


# --- datelines are the filing place ------------------------------------------------------------

@pytest.mark.parametrize("text, city", [
    ("SITTWE - Air strikes killed 12 people in a village on Tuesday, residents said.", "SITTWE"),
    ("Lagos, June 3 (IANS) Police said gunmen killed 15 people in a village in Zamfara state.", "Lagos"),
    ("KABUL [Afghanistan], March 3 (ANI): Taliban fighters attacked a police post in Kunduz province, "
     "killing four officers, officials said.", "KABUL"),
])
def test_the_dateline_is_no_event_place_nor_actor(extract, text, city):
    doc = extract(text)
    dateline = _places_named(doc, city)[0]
    assert dateline.dateline
    assert doc.events
    for ev in doc.events:
        assert dateline.id not in ev.places
        assert all(city.lower() not in a.text.lower() for a in ev.actors)
        assert ev.reported_by is None or city.lower() not in ev.reported_by.text.lower()


def test_the_dateline_city_is_the_event_place_when_the_text_says_so(extract):
    doc = extract("MANDALAY, Feb 5 (Reuters) - Police arrested 20 protesters in Mandalay on Sunday, a rights "
                  "group said.")
    city = _places_named(doc, "MANDALAY")[0]
    assert any(city.id in ev.places for ev in doc.events)


def test_arrests_across_the_country_are_not_placed_in_the_dateline_city(extract):
    doc = extract("MANDALAY, Feb 5 (Reuters) - Police arrested more than 200 protesters in 39 cities across "
                  "the country on Sunday, a rights group said.")
    city = _places_named(doc, "MANDALAY")[0]
    arrests = [ev for ev in doc.events if ev.type == "COERCE"]
    assert arrests and all(city.id not in ev.places for ev in arrests)


def test_the_attackers_nationality_is_not_the_scene(extract):
    """'Russian artillery' names who fired, not where: it tells the focus only weakly, so the village
    (found by its 'community' cue) is not screened out as lying outside a Russian focus."""
    doc = extract("Russian artillery shelled the Hryhorivka community overnight.")
    assert any(p.country == "UA" for p in _places_named(doc, "Hryhorivka"))
