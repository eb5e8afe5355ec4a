"""Pinned floors on the first articles of the geoparsing dev sets (../shared/eval/geo): raise them
as the figures improve, never lower them quietly.

TR-News, first 20 articles, 2026-11-25: detection F1 0.868, exact GeoNames id 0.913 (pipeline) /
0.930 (gold mentions), acc@161 0.734 / 0.775; after the QA fixes F1 0.875, id 0.919 / 0.938,
acc@161 0.742 / 0.783; after region centres and admin1 votes (second session) F1 0.875,
id 0.919 / 0.943, acc@161 0.742 / 0.788.
LGL, first 40 articles, second session: F1 0.747, id 0.831 / 0.854, acc@161 0.786 / 0.815; with the
place inside longer spans ('Henderson County Jail'): F1 0.758, id 0.847 / 0.845, acc@161 0.802 / 0.807;
end of the session: TR-News F1 0.875, id 0.925 / 0.947, acc@161 0.753 / 0.792; LGL F1 0.759,
id 0.850 / 0.849, acc@161 0.796 / 0.803.
Third session (datelines, party tags, places opening organisation names, county votes): TR-News
F1 0.873, id 0.952 / 0.956, acc@161 0.769 / 0.801; LGL F1 0.790, id 0.859 / 0.858, acc@161 0.803 / 0.811.
End of the third session (residences, lists NER joined, names before 'man'/'resident'): LGL F1 0.798,
id 0.856 / 0.858, acc@161 0.801 / 0.811 (the newly found names are harder to place); the LGL pipeline
acc@161 floor stays at 0.79, where the second session left it.
Fourth session (issue 13: containers, cues, romanisations): LGL F1 0.797, id 0.864 / 0.864, acc@161
0.809 / 0.817; floors raised.
Issue 20 (document focus, admin units, datelines): conflict-dev floors added.
Merging issues 13 and 20 (2026-12-03): each branch alone held its floors; together LGL-40 gold-mention exact id
is 0.854 (issue 13 alone 0.864: the focus branch sends three 'D.C.' and one 'Alexandria' elsewhere) and
conflict-dev gold mentions acc@161 0.747, id 0.936 (the focus branch alone 0.752 / 0.942: 'Taiz' becomes the
governorate, 'Soum' is left to its container). The LGL floor goes back to where this session began (0.85),
the conflict-dev floors to the merged figures; both regressions are named in the closing note to fix.
Second focus session (2026-12-03: 'D.C.' the district, the focus lifting every main-name namesake of its country,
provinces filed as admin2, containers resolved as the text resolves them): TR-News F1 0.875, id 0.957 / 0.956,
acc@161 0.769 / 0.801 (unchanged); LGL F1 0.805, id 0.873 / 0.868, acc@161 0.820 / 0.824; floors raised. End of
that session (containers of small units, compass words): LGL F1 0.811, id 0.873 / 0.868, acc@161 0.823 / 0.826.
Issue 13, second round (detection rules: towns before 'police'/'firefighters', places inside organisation
mentions, 'X-based', names before 'counties'): TR-News-20 F1 0.881, id 0.958 / 0.956, acc@161 0.773 / 0.801;
LGL-40 F1 0.820, id 0.869 / 0.854, acc@161 0.824 / 0.815; F1 and LGL acc@161 floors raised. The two were merged with the higher floor of each."""
from pathlib import Path

import pytest
from conftest import shared_path

from newsgraph.evaluate.geo import evaluate

FLOORS = {
    ("tr-news", 20): {"pipeline": {"f1": 0.87, "exact_id": 0.95, "acc161": 0.76},
                      "gold_mentions": {"exact_id": 0.95, "acc161": 0.80}},
    ("lgl", 40): {"pipeline": {"f1": 0.81, "exact_id": 0.87, "acc161": 0.82},
                  "gold_mentions": {"exact_id": 0.86, "acc161": 0.82}},
}


@pytest.fixture(scope="module")
def dev_results(resources):
    return {key: evaluate(shared_path("eval", "geo", f"{key[0]}.xml"), limit=key[1]) for key in FLOORS}


@pytest.mark.parametrize("key, setting", [(k, s) for k in FLOORS for s in sorted(FLOORS[k])])
def test_geo_dev_floors(dev_results, key, setting):
    scores = dev_results[key][setting]
    below = {k: (scores[k], floor) for k, floor in FLOORS[key][setting].items() if scores[k] < floor}
    assert not below, f"{key[0]} {setting} below the pinned floor: {below}"


# conflict-dev.xml (in this repo): 52 excerpts of real conflict reports from 14 countries outside Europe
# and North America, annotated by hand (see data/conflict-dev.json). Before the document focus:
# pipeline F1 0.897, acc@161 0.771, id 0.911, country 0.776; gold mentions acc@161 0.727, id 0.930, country 0.731.
# With the focus, admin-unit words and datelines: pipeline F1 0.899, acc@161 0.797, id 0.925, country 0.802;
# gold mentions acc@161 0.752, id 0.942, country 0.756. Merged with issue 13: pipeline acc@161 0.796, gold mentions
# 0.747 / id 0.936. Second focus session: pipeline F1 0.897, acc@161 0.811, id 0.925, country 0.816; gold mentions
# acc@161 0.773, id 0.948, country 0.777 ('eastern Taiz' and 'Taiz province' share one gold id, the city's: the
# annotation format gives a phrase one id, so the governorate for 'Taiz province' counts as a wrong id, 34 km off).
# With 'X, in Y district', compass words before containers and municipios: pipeline acc@161 0.826, id 0.943,
# country 0.831; gold mentions acc@161 0.790, id 0.965, country 0.794.
CONFLICT_DEV = Path(__file__).parent / "data" / "conflict-dev.xml"
CONFLICT_FLOORS = {"pipeline": {"f1": 0.89, "acc161": 0.82, "exact_id": 0.94, "country_acc": 0.83},
                   "gold_mentions": {"acc161": 0.78, "exact_id": 0.96, "country_acc": 0.79}}


@pytest.fixture(scope="module")
def conflict_results(resources):
    return evaluate(CONFLICT_DEV)


@pytest.mark.parametrize("setting", sorted(CONFLICT_FLOORS))
def test_conflict_dev_floors(conflict_results, setting):
    scores = conflict_results[setting]
    below = {k: (scores[k], f) for k, f in CONFLICT_FLOORS[setting].items() if scores[k] < f}
    assert not below, f"conflict-dev {setting} below the pinned floor: {below}"
