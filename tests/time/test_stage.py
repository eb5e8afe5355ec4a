"""The time stage over whole documents: candidates, spans, ids, tense, golden times, warnings."""
import pytest

from newsgraph.model import Document
from newsgraph.time import normalise_times
from newsgraph.time.timex import find_timexes


def _texts(text: str) -> list[str]:
    return [text[c.start:c.end] for c in find_timexes(text)]


def test_spans_leave_the_preposition_out_and_prefer_the_longest():
    text = "On Tuesday, Sept. 13, 2022, troops arrived; since 2014 they had waited for months."
    assert _texts(text) == ["Tuesday, Sept. 13, 2022", "2014", "months"]


def test_modal_may_and_verb_march_are_not_months():
    assert _texts("Officials may march to the square. Talks resume in May.") == ["May"]


@pytest.fixture(scope="module")
def annotate(resources):
    from newsgraph import nlp

    def run(text: str, published=None) -> Document:
        doc = Document(id="t", text=text, published=published)
        return normalise_times(nlp.annotate(doc, resources.nlp))
    return run


def test_tense_decides_the_weekday(annotate):
    doc = annotate("The minister arrived on Tuesday. She will travel to Paris on Friday.", "2022-09-14")
    assert [(t.spans[0].text, t.value) for t in doc.times] == [("Tuesday", "2022-09-13"), ("Friday", "2022-09-16")]


def test_quantities_are_not_years(annotate):
    doc = annotate("The army sent 2000 soldiers and $1998 in 2019.", "2022-09-14")
    assert [t.value for t in doc.times] == ["2019"]


def test_records_ids_and_spans(annotate):
    text = "Last week, 300 people fled. On Monday the governor said the siege lasted 15 days."
    doc = annotate(text, "2022-09-14")
    assert [t.id for t in doc.times] == [f"T{i}" for i in range(1, len(doc.times) + 1)]
    assert all(s.text == text[s.start:s.end] for t in doc.times for s in t.spans)
    assert [(t.value, t.type, t.anchor) for t in doc.times] == [
        ("2022-W36", "DATE", "published"), ("2022-09-12", "DATE", "published"), ("P15D", "DURATION", "none")]


def test_without_published_relative_times_warn(annotate):
    doc = annotate("Troops withdrew on Tuesday, and in May 2021 the town fell.")
    assert [t.value for t in doc.times] == ["XXXX-WXX-2", "2021-05"]
    assert any(w.stage == "time" and "publication date" in w.message for w in doc.warnings)


def test_golden_times_of_the_seed_article(seed_doc, seed_expected):
    for level in ("required", "optional"):
        for exp in seed_expected["times"][level]:
            start = seed_doc.text.find(exp["text"])
            hits = [t for t in seed_doc.times if t.value == exp["value"]
                    and any(s.start < start + len(exp["text"]) and start < s.end for s in t.spans)]
            assert hits, f"{level}: {exp['text']} = {exp['value']}"


def test_every_rule_match_on_real_articles_normalises(free_news):
    """Smoke test over the free corpus: every candidate's handler runs, with and without a date."""
    import datetime as dt

    from newsgraph.time.normalise import HANDLERS, Ctx
    for record in free_news:
        for cand in find_timexes(record["text"]):
            for ctx in (Ctx(dt.date(2022, 9, 14), "past"), Ctx(None, "future")):
                timex = HANDLERS[cand.rule](cand.match, ctx)
                assert timex.type in ("DATE", "DURATION", "SET", "TIME")


def test_text_anchored_expressions_follow_the_last_date(annotate):
    doc = annotate("Troops entered the town on March 3, 2021. The next day they left. That year was hard.",
                   "2022-09-14")
    assert [(t.spans[0].text, t.value, t.anchor) for t in doc.times] == [
        ("March 3, 2021", "2021-03-03", "none"), ("The next day", "2021-03-04", "text"),
        ("That year", "2021", "text")]


@pytest.mark.parametrize("text, expected", [
    ("Talks on Mar 3 and Sep 14th, 2022 failed.", ["Mar 3", "Sep 14th, 2022"]),
    ("Filed 2022/09/14 and on Wednesday 14 September 2022.", ["2022/09/14", "Wednesday 14 September 2022"]),
    ("Held on the 14th of September and Sept. 14-15.", ["the 14th of September", "Sept. 14"]),
    ("In spring 2021, after the Arab Spring, and in the fall.", ["spring 2021", "the fall"]),
    ("The fall of Kabul and the fall in prices shocked markets.", []),
    ("The March on Rome and the Mar-a-Lago club.", []),
    ("A five-year plan, adopted twice a year for the past two months.",
     ["five-year", "twice a year", "the past two months"]),
])
def test_candidate_spans(text, expected):
    assert _texts(text) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a day after the publication day in a past clause: the month before
    ("Activists held a rally on the 27th against the new law.", "2021-06-12", [("the 27th", "2021-05-27")]),
    # a day before it: the publication month
    ("Farmers blocked the highway near Lyon on the 8th.", "2021-06-12", [("the 8th", "2021-06-08")]),
    # future clause, day already past this month: the month after
    ("The council will vote on the 3rd.", "2021-06-12", [("the 3rd", "2021-07-03")]),
    ("The strike lasted from the 2nd until the 4th.", "2021-06-12",
     [("the 2nd", "2021-06-02"), ("the 4th", "2021-06-04")]),
    # a weekday picks the month whose day falls on it (2021-05-21 is a Friday)
    ("Police arrived on Friday, the 21st, at the camp.", "2021-06-12", [("Friday, the 21st", "2021-05-21")]),
    ("Without a date they met on the 14th.", None, [("the 14th", "XXXX-XX-14")]),
])
def test_day_of_month_ordinals_alone(annotate, text, published, expected):
    doc = annotate(text, published)
    assert [(t.spans[0].text, t.value) for t in doc.times] == expected


@pytest.mark.parametrize("text", [
    "She lives on the 12th floor of the tower.",
    "The case went to the 9th Circuit on appeal.",
    "The team finished on the 32nd lap, after the 21th attempt.",
    "It was one of the 14th century churches.",
])
def test_ordinals_that_are_not_days(annotate, text):
    assert [t.value for t in annotate(text, "2021-06-12").times if "-" in (t.value or "")] == []


@pytest.mark.parametrize("text, value", [
    ("the 19th of April", "2021-04-19"), ("April 19th", "2021-04-19"), ("19th April", "2021-04-19"),
])
def test_ordinal_days_with_a_month(annotate, text, value):
    doc = annotate(f"Thousands marched in the capital on {text}.", "2021-06-12")
    assert [(t.spans[0].text, t.value) for t in doc.times] == [(text, value)]


def test_a_holiday_modifying_a_noun_is_the_nearest_one(annotate):
    """'Christmas lights' days before Christmas are this year's, even in a past-tense clause."""
    doc = annotate("Vandals damaged the Christmas lights that the town put up last year.", "2019-12-20")
    assert [(t.spans[0].text, t.value) for t in doc.times][0] == ("Christmas", "2019-12-25")
    doc = annotate("The shop was robbed on Christmas.", "2019-12-20")
    assert [t.value for t in doc.times] == ["2018-12-25"]


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_before(annotate):
    text = ("Acme posted a second-quarter loss of $4 million, against a profit of $2 million a year "
            "earlier. Year-ago sales were higher. Acme was founded a year ago in Ohio.")
    doc = annotate(text, "2021-08-03")
    values = [(t.spans[0].text, t.value) for t in doc.times]
    assert values[:3] == [("second-quarter", "2021-Q2"), ("a year earlier", "2020-Q2"), ("Year-ago", "2020-Q2")]
    # far from any quarter (here: past the reach) it is the year again
    far = annotate("Acme posted a second-quarter loss. " + "Its staff went on strike in May. " * 30 +
                   "Acme was founded a year ago.", "2021-08-03")
    assert far.times[-1].value == "2020"


def test_a_quarter_at_the_start_of_a_sentence():
    assert _texts("Second-quarter sales fell. Fourth quarter profit rose.") == ["Second-quarter", "Fourth quarter"]


@pytest.mark.parametrize("text, value", [
    # an infinitive of purpose under a past verb happened then (2021-06-12 is a Saturday)
    ("The government held parades to celebrate the anniversary on Thursday.", "2021-06-10"),
    # an infinitive under a verb that looks ahead (plan) or asks someone to act lies ahead
    ("The union planned to strike on Thursday.", "2021-06-17"),
    ("The court ordered him to appear on Thursday.", "2021-06-17"),
])
def test_the_tense_of_an_infinitive_follows_its_governor(annotate, text, value):
    assert [t.value for t in annotate(text, "2021-06-12").times] == [value]


def test_a_fraction_of_something_is_not_a_duration(annotate):
    doc = annotate("The country imports about three-quarters of its grain, and a quarter of its oil "
                   "came over the past three quarters.", "2021-06-12")
    assert [(t.spans[0].text, t.value) for t in doc.times] == [("the past three quarters", "P9M")]


def test_the_day_being_told(annotate):
    doc = annotate("Shares rose on Monday but fell later in the day. The index ended the day down 2%. "
                   "The day before the vote, and the day-long talks, were calm.", "2021-06-12")
    assert [(t.spans[0].text, t.value, t.anchor) for t in doc.times] == [
        ("Monday", "2021-06-07", "published"), ("the day", "2021-06-07", "text"), ("the day", "2021-06-07", "text"),
        ("day-long", "P1D", "none")]     # a duration (TimeML), not the day being told
    alone = annotate("Markets closed the day higher.", "2021-06-11")
    assert [(t.spans[0].text, t.value) for t in alone.times] == [("the day", "2021-06-11")]


def test_a_past_participle_modifying_a_noun_is_past(annotate):
    doc = annotate("The cuts come on top of the closures announced in November.", "2021-06-12")
    assert [t.value for t in doc.times] == ["2020-11"]


def test_hyphenated_idioms_are_not_times(annotate):
    doc = annotate("A last-minute deal promised next-day delivery from next week.", "2021-06-12")
    assert [t.spans[0].text for t in doc.times] == ["next week"]


def test_verbs_that_move_a_date_look_ahead_in_the_past_tense(annotate):
    doc = annotate("The court postponed the hearing to Tuesday. The mayor extended the curfew until Friday. "
                   "The mayor visited the school on Monday.", "2022-09-14")
    assert [(t.spans[0].text, t.value) for t in doc.times] == [
        ("Tuesday", "2022-09-20"), ("Friday", "2022-09-16"), ("Monday", "2022-09-12")]


def test_a_year_named_quarter_takes_the_quarter_in_focus(annotate):
    doc = annotate("Third-quarter profit rose 5% to $10 million from $9 million in the 2021 quarter. "
                   "Sales in the 2019 period were lower.", "2022-10-20")
    assert [(t.spans[0].text, t.value) for t in doc.times] == [
        ("Third-quarter", "2022-Q3"), ("the 2021 quarter", "2021-Q3"), ("the 2019 period", "2019-Q3")]


def test_payable_and_effective_dates_lie_ahead(annotate):
    doc = annotate("The board declared a dividend, payable Dec. 5 to holders of record. The firm opened an office, "
                   "effective Jan. 2. The bank extended the loans through March. The mill closed on Aug. 3.",
                   "2021-10-20")
    assert [(t.spans[0].text, t.value) for t in doc.times] == [
        ("Dec. 5", "2021-12-05"), ("Jan. 2", "2022-01-02"), ("March", "2022-03"), ("Aug. 3", "2021-08-03")]


def test_a_present_perfect_progressive_looks_back(annotate):
    doc = annotate("Police have been hunting the gunman since the Nov. 4 raid.", "2021-06-12")
    assert [t.value for t in doc.times] == ["2020-11-04"]


def test_a_year_ended_on_a_day_is_a_year_long_period(annotate):
    doc = annotate("Revenue for the year ended March 31 rose. Profit for the year was flat.", "2021-10-20")
    assert [(t.spans[0].text, t.value, t.type) for t in doc.times if t.spans[0].text == "the year"] == [
        ("the year", "P1Y", "DURATION"), ("the year", "2021", "DATE")]


def test_the_quarter_in_focus_through_year_ago_periods_and_nine_months(annotate):
    doc = annotate("Acme's fiscal-first quarter profit rose. The latest quarter had a gain; the year-ago period "
                   "had a loss. In the 2021 period sales also rose. For the nine months, net fell from $3 million "
                   "a year earlier.", "2022-10-20")
    assert [(t.spans[0].text, t.value) for t in doc.times] == [
        ("fiscal-first quarter", "2022-Q1"), ("The latest quarter", "2022-Q3"), ("the year-ago period", "2021-Q3"),
        ("the 2021 period", "2021-Q3"), ("the nine months", "P9M"), ("a year earlier", "2021")]


def test_a_month_modifying_a_noun_is_the_nearest_and_a_participle_clause_takes_its_verbs_tense(annotate):
    doc = annotate("The firm is trying to sell itself under a June agreement. The shares jumped, rising to $40 in "
                   "July from $30 in March.", "2021-10-27")
    assert [(t.spans[0].text, t.value) for t in doc.times] == [("June", "2021-06"), ("July", "2021-07"), ("March", "2021-03")]


def test_spoken_years_in_a_transcript_and_two_thousand_as_a_count():
    assert _texts("In nineteen ninety-one he was convicted. Two thousand people marched toward the year two thousand.") \
        == ["nineteen ninety-one", "the year two thousand"]


def test_a_plan_in_the_past_perfect_and_a_record_set_on_a_day_look_back(annotate):
    doc = annotate("The offer had been scheduled to expire Friday. The bid had been due to lapse on Thursday. "
                   "The index closed near its record high set on Aug. 6.", "2021-02-08")
    assert [(t.spans[0].text, t.value) for t in doc.times] == [
        ("Friday", "2021-02-05"), ("Thursday", "2021-02-04"), ("Aug. 6", "2020-08-06")]


def test_an_infinitive_under_an_adjective_takes_the_tense_of_its_verb(annotate):
    doc = annotate("Supply problems made it hard for the firm to meet demand into the summer. "
                   "The envoy is due to arrive on Friday.", "2021-10-20")
    assert [(t.spans[0].text, t.value) for t in doc.times] == [("the summer", "2021-SU"), ("Friday", "2021-10-22")]


def test_centuries_in_words_and_before_a_noun_but_not_a_studio_name():
    assert _texts("A 20th century democrat visited the fabled 11th-century temple, "
                  "then watched a 20th Century Fox film.") == ["20th century", "11th-century"]


def test_a_quarter_ended_on_a_day_is_the_calendar_quarter_holding_most_of_it(annotate):
    doc = annotate("In the quarter ended July 31, sales rose. In the quarter ended Sept. 30, they fell.", "2021-10-20")
    assert [(t.spans[0].text, t.value) for t in doc.times if t.spans[0].text == "the quarter"] == [
        ("the quarter", "2021-Q2"), ("the quarter", "2021-Q3")]


def test_half_a_unit_after_the_unit_and_a_year_earlier_span_of_months(annotate):
    doc = annotate("The ad ran for a minute and a half. Net rose from the year-earlier nine months.", "2021-10-20")
    assert [(t.spans[0].text, t.value) for t in doc.times] == [
        ("a minute and a half", "PT1M30S"), ("the year-earlier nine months", "P9M")]


def test_a_clock_time_takes_the_day_written_after_it(annotate):
    doc = annotate("The offer expires at 5 p.m. EST, Nov. 9. Trading halted at 10 a.m. today.", "2021-11-02")
    assert [(t.spans[0].text, t.value) for t in doc.times] == [
        ("5 p.m. EST", "2021-11-09T17:00"), ("Nov. 9", "2021-11-09"), ("10 a.m. today", "2021-11-02T10:00")]


def test_the_period_in_focus_a_year_before(annotate):
    doc = annotate("Third-quarter net rose from the corresponding period last year. Sales in March were up from "
                   "the same month a year ago. Acme expects a gain in next year's first quarter.", "2021-10-20")
    assert [(t.spans[0].text, t.value) for t in doc.times] == [
        ("Third-quarter", "2021-Q3"), ("the corresponding period last year", "2020-Q3"),
        ("March", "2021-03"), ("the same month a year ago", "2020-03"), ("next year's first quarter", "2022-Q1")]


def test_more_units_unit_long_adjectives_and_a_hundred():
    assert _texts("The strike, the day-long protest in a decades-long feud, may last two more weeks, "
                  "an additional year or almost a hundred years.") == [
        "day-long", "decades-long", "two more weeks", "an additional year", "almost a hundred years"]


def test_values_of_more_units_and_unit_long(annotate):
    doc = annotate("The day-long strike ended a decades-long feud; talks need two more weeks.", "2021-10-20")
    assert [t.value for t in doc.times] == ["P1D", "PXY", "P2W"]


def test_sets_of_months_seasons_and_plural_weekdays(annotate):
    doc = annotate("They march each July and every summer, and meet on Mondays and Tuesday nights.", "2021-10-20")
    assert [(t.spans[0].text, t.value, t.type) for t in doc.times] == [
        ("each July", "XXXX-07", "SET"), ("every summer", "XXXX-SU", "SET"),
        ("Mondays", "XXXX-WXX-1", "SET"), ("Tuesday nights", "XXXX-WXX-2TNI", "SET")]


def test_easter_week_told_during_it_is_this_week(annotate):
    doc = annotate("Pilgrims crowded the city during Easter week.", "2000-04-17")
    assert [(t.spans[0].text, t.value) for t in doc.times] == [("Easter week", "2000-W16")]
