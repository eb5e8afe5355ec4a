"""French temporal expressions (time/french.py): spans, values against the publication date, the
tense of the nearest verb, expressions anchored to a date told before."""
import pytest

from newsgraph.model import Document
from newsgraph.time import normalise_times
from newsgraph.time.french import RULES_FR, anchor_fr
from newsgraph.time.timex import find_timexes


def _texts(text: str) -> list[str]:
    return [text[c.start:c.end] for c in find_timexes(text, RULES_FR)]


def test_spans_leave_prepositions_out_and_prefer_the_longest():
    text = "Le convoi est parti le 3 octobre 2021 et reste bloqué depuis 2019, en mars dernier et il y a deux jours."
    assert _texts(text) == ["3 octobre 2021", "2019", "mars dernier", "il y a deux jours"]


def test_a_month_alone_needs_its_cue_and_numbers_are_not_years():
    assert _texts("Mars brille. Le vote aura lieu en mai. La ville compte 30 000 habitants.") == ["mai"]


def test_english_rules_do_not_read_french_and_french_rules_do_not_read_english():
    assert _texts("The talks resumed on Monday.") == []
    assert [text for text in ("lundi",) if find_timexes(f"Les pourparlers ont repris {text}.")] == []
    assert _texts("Les pourparlers ont repris lundi.") == ["lundi"]


@pytest.mark.parametrize("expression,anchor,value", [
    ("la veille", "2021-03-10", "2021-03-09"),
    ("Le lendemain", "2021-03-10", "2021-03-11"),
    ("l'année suivante", "2019", "2020"),
    ("le mois précédent", "2021-03", "2021-02"),
])
def test_text_anchored_expressions(expression, anchor, value):
    assert anchor_fr(expression, anchor) == value


@pytest.fixture(scope="module")
def annotate():
    from newsgraph import nlp
    french = nlp.load_nlp_for("fr")

    def run(text: str, published="2021-03-10") -> list[tuple[str, str]]:      # a Wednesday
        doc = normalise_times(nlp.annotate(Document(id="t", text=text, published=published, language="fr"), french))
        return [(t.spans[0].text, t.value) for t in doc.times]
    return run


def test_the_tense_of_the_nearest_verb_sets_the_weekday(annotate):
    assert annotate("Le maire a inauguré le pont lundi et il reviendra vendredi.") == \
        [("lundi", "2021-03-08"), ("vendredi", "2021-03-12")]


def test_weekday_with_a_part_of_day_and_relative_words(annotate):
    assert annotate("Jeudi soir, la tempête est arrivée. Samedi dernier, le port a fermé. "
                    "La réunion se tiendra mardi prochain.") == \
        [("Jeudi soir", "2021-03-04"), ("Samedi dernier", "2021-03-06"), ("mardi prochain", "2021-03-16")]


def test_deictic_words_units_and_seasons(annotate):
    assert annotate("Hier matin, le fleuve a débordé. Ce mois-ci, les pluies ont doublé. "
                    "L'an dernier, la digue avait cédé à l'automne.") == \
        [("Hier matin", "2021-03-09"), ("Ce mois-ci", "2021-03"), ("L'an dernier", "2020"), ("l'automne", "2020-FA")]


def test_distances_durations_and_since(annotate):
    assert annotate("Il y a trois semaines, la grève a commencé ; elle dure depuis plus de vingt jours "
                    "et les usines sont fermées depuis 2020.") == \
        [("Il y a trois semaines", "2021-W07"), ("plus de vingt jours", "P20D"), ("2020", "2020")]


def test_la_veille_counts_from_the_date_told_before(annotate):
    assert annotate("Le 2 février, le barrage a cédé. La veille, les habitants avaient été évacués.") == \
        [("2 février", "2021-02-02"), ("La veille", "2021-02-01")]


def test_clock_time_on_the_publication_day(annotate):
    assert annotate("Le train est arrivé vers 11 h 30 en gare.") == [("11 h 30", "2021-03-10T11:30")]


def test_day_ranges_give_both_days(annotate):
    assert annotate("Les crues ont duré du 4 au 6 février.") == [("4", "2021-02-04"), ("6 février", "2021-02-06")]


def test_ages_are_not_durations(annotate):
    assert annotate("Un garçon de 9 ans a été blessé ; le conflit dure depuis sept ans.") == [("sept ans", "P7Y")]


def test_clock_time_with_a_utc_offset_and_after_autour_de(annotate):
    assert annotate("Le convoi est parti vers 8 h 30 UTC-5 de la gare.") == [("8 h 30 UTC-5", "2021-03-10T08:30-05:00")]
    assert annotate("La nouvelle est arrivée autour de 10heures au siège.") == [("10heures", "2021-03-10T10:00")]
    assert annotate("Le vol a décollé à 09 h 35 UTC de Paris.") == [("09 h 35 UTC", "2021-03-10T09:35Z")]
