"""normalise_timex on its own: expression text + publication date + tense -> TIMEX3 value."""
import pytest

from newsgraph.time.normalise import normalise_timex, resolve_timex

PUB = "2022-09-14"   # a Wednesday


@pytest.mark.parametrize("text, tense, value", [
    ("Wednesday", "past", "2022-09-14"),          # the publication day itself
    ("Tuesday", "past", "2022-09-13"),
    ("Monday", None, "2022-09-12"),
    ("Thursday", "past", "2022-09-08"),
    ("Thursday", "future", "2022-09-15"),
    ("Sunday", "future", "2022-09-18"),
    ("last Wednesday", None, "2022-09-07"),
    ("next Monday", None, "2022-09-19"),
    ("on Tuesday", "past", "2022-09-13"),
])
def test_weekdays_resolve_by_tense(text, tense, value):
    assert normalise_timex(text, PUB, tense) == (value, "DATE", "day")


@pytest.mark.parametrize("text, tense, value, granularity", [
    ("this month", None, "2022-09", "month"),
    ("last month", None, "2022-08", "month"),
    ("last week", None, "2022-W36", "week"),
    ("next year", None, "2023", "year"),
    ("last year", None, "2021", "year"),
    ("Earlier this year", None, "2022", "year"),
    ("in September", "past", "2022-09", "month"),
    ("November", "past", "2021-11", "month"),
    ("November", "future", "2022-11", "month"),
    ("in March", "future", "2023-03", "month"),
    ("since 2014", None, "2014", "year"),
    ("in the spring", "past", "2022-SP", "season"),
    ("last winter", None, "2021-WI", "season"),
    ("next summer", None, "2023-SU", "season"),
    ("yesterday", None, "2022-09-13", "day"),
    ("tomorrow", None, "2022-09-15", "day"),
    ("two years ago", None, "2020", "year"),
    ("three days ago", None, "2022-09-11", "day"),
    ("a year earlier", None, "2021", "year"),
    ("the third quarter", "past", "2022-Q3", "quarter"),
    ("the fourth quarter", "past", "2021-Q4", "quarter"),
    ("the 1990s", None, "199", "decade"),
    ("the 20th century", None, "19", "century"),
    ("the twentieth century", None, "19", "century"),
    ("the eighties", None, "198", "decade"),
    ("the '80s", None, "198", "decade"),        # not yet begun in this century: the last one's
    ("the '10s", None, "201", "decade"),
    ("the current quarter", None, "2022-Q3", "quarter"),
    ("the first half of 1990", None, "1990-H1", "half"),
    ("Easter 2000", None, "2000-04-23", "day"),
    ("Easter Sunday 2024", None, "2024-03-31", "day"),
    ("the second half of next year", None, "2023-H2", "half"),
    ("the week of Oct. 5", "future", "2022-W40", "week"),
    ("the quarter", None, "2022-Q2", "quarter"),  # the last complete quarter, as results report it
])
def test_relative_dates(text, tense, value, granularity):
    assert normalise_timex(text, PUB, tense) == (value, "DATE", granularity)


@pytest.mark.parametrize("text, value", [
    ("September 14, 2022", "2022-09-14"),
    ("Sept. 11, 2001", "2001-09-11"),
    ("14 September 2022", "2022-09-14"),
    ("the 3rd of March 2021", "2021-03-03"),
    ("Wednesday, Sept. 14, 2022", "2022-09-14"),
    ("2022-09-14", "2022-09-14"),
    ("9/14/2022", "2022-09-14"),
    ("14/09/2022", "2022-09-14"),
    ("14.09.2022", "2022-09-14"),
    ("Sept. 11", "2022-09-11"),
    ("Dec. 24", "2021-12-24"),     # past tense: the last one, not the one ahead
])
def test_explicit_day_formats(text, value):
    assert normalise_timex(text, PUB, "past") == (value, "DATE", "day")


def test_month_year_and_year():
    assert normalise_timex("February 1947", PUB) == ("1947-02", "DATE", "month")
    assert normalise_timex("mid-November", PUB, "past")[0] == "2021-11"
    assert normalise_timex("the end of 1989", PUB) == ("1989", "DATE", "year")


@pytest.mark.parametrize("text, value", [
    ("in barely 15 days", "P15D"),
    ("for months", "PXM"),
    ("the past two months", "P2M"),
    ("two and a half years", "P2Y6M"),
    ("5 1/2 hours", "PT5H30M"),
    ("a couple of years", "P2Y"),
    ("several weeks", "PXW"),
    ("the last twenty-four hours", "PT24H"),
    ("a decade", "P10Y"),
    ("five-year", "P5Y"),
])
def test_durations(text, value):
    assert normalise_timex(text, PUB)[:2] == (value, "DURATION")


def test_sets_times_and_references():
    assert normalise_timex("daily", PUB)[:2] == ("P1D", "SET")
    assert normalise_timex("every week", PUB)[:2] == ("P1W", "SET")
    assert normalise_timex("every Friday", PUB)[:2] == ("XXXX-WXX-5", "SET")
    assert normalise_timex("10:35 a.m.", PUB)[:2] == ("2022-09-14T10:35", "TIME")
    assert normalise_timex("10 p.m. Tuesday", PUB, "past")[0] == "2022-09-13T22:00"
    assert normalise_timex("this morning", PUB)[:2] == ("2022-09-14TMO", "TIME")
    assert normalise_timex("now", PUB)[0] == "PRESENT_REF"
    assert normalise_timex("recently", PUB)[0] == "PAST_REF"
    assert normalise_timex("Christmas", PUB, "future")[0] == "2022-12-25"


def test_without_published_relative_values_stay_unresolved():
    assert normalise_timex("Tuesday", None, "past")[0] == "XXXX-WXX-2"
    assert normalise_timex("in September")[0] == "XXXX-09"
    assert normalise_timex("the spring")[0] == "XXXX-SP"
    assert normalise_timex("this month")[0] is None
    assert normalise_timex("yesterday")[0] is None
    assert normalise_timex("September 14, 2022")[0] == "2022-09-14"   # absolute stays absolute


def test_anchor_says_what_the_value_depends_on():
    assert resolve_timex("Tuesday", PUB, "past").anchor == "published"
    assert resolve_timex("since 2014", PUB).anchor == "none"
    assert resolve_timex("Tuesday", None).anchor == "none"


def test_not_a_time_expression():
    assert normalise_timex("the president", PUB) == (None, "DATE", None)


def test_overnight_is_the_night_before_publication():
    assert normalise_timex("overnight", PUB, "past") == ("2022-09-13TNI", "TIME", "part_of_day")
    assert normalise_timex("late yesterday", PUB, "past")[0] == "2022-09-13"


@pytest.mark.parametrize("text, published, tense, value", [
    ("Thanksgiving", "2021-01-10", "past", "2020-11-26"),     # the last one, not this year's
    ("Thanksgiving Day", "2021-10-01", "future", "2021-11-25"),
    ("last Thanksgiving", "2021-03-02", None, "2020-11-26"),
    ("last Christmas", "2021-12-20", None, "2020-12-25"),
    ("next Christmas", "2021-12-28", "past", "2022-12-25"),
    ("this Christmas", "2021-12-20", "past", "2021-12-25"),
])
def test_holidays_follow_tense_and_relative_words(text, published, tense, value):
    assert normalise_timex(text, published, tense) == (value, "DATE", "day")


@pytest.mark.parametrize("text, tense, value", [
    ("the third quarter", "future", "2022-Q3"),
    ("the second quarter", "future", "2022-Q2"),    # results of the quarter just ended, still to come
    ("the first quarter", "future", "2023-Q1"),
    ("the fourth quarter", "future", "2022-Q4"),
    ("next third quarter", None, "2023-Q3"),
])
def test_a_future_quarter_just_ended_is_this_year(text, tense, value):
    assert normalise_timex(text, PUB, tense) == (value, "DATE", "quarter")


@pytest.mark.parametrize("text, tense, value", [
    ("Oct. 3", "past", "2022-10-03"),       # "set Oct. 3 as the deadline": a date to come
    ("October 20", "past", "2021-10-20"),   # more than a month ahead: last year's
    ("Sept. 20", "past", "2022-09-20"),
    ("Aug. 30", "future", "2023-08-30"),
])
def test_a_past_clause_may_name_a_date_of_the_coming_month(text, tense, value):
    assert normalise_timex(text, PUB, tense) == (value, "DATE", "day")


@pytest.mark.parametrize("text, tense, value, granularity", [
    ("October of next year", None, "2023-10", "month"),
    ("November of last year", "past", "2021-11", "month"),
    ("the fourth quarter", None, "2022-Q4", "quarter"),     # no tense: the nearer one
    ("the first quarter", None, "2022-Q1", "quarter"),
])
def test_months_with_a_relative_year_and_untensed_quarters(text, tense, value, granularity):
    assert normalise_timex(text, PUB, tense) == (value, "DATE", granularity)


@pytest.mark.parametrize("text, value", [
    ("six straight days", "P6D"),
    ("the past five trading days", "P5D"),
    ("two consecutive quarters", "P6M"),
])
def test_an_adjective_between_count_and_unit_keeps_the_length(text, value):
    assert normalise_timex(text, PUB)[:2] == (value, "DURATION")


def test_the_last_quarter_is_the_quarter_before_publication():
    assert normalise_timex("the last quarter", "2007-01-18") == ("2006-Q4", "DATE", "quarter")
    assert normalise_timex("the past two quarters", "2007-01-18")[:2] == ("P6M", "DURATION")


def test_the_past_year_is_the_year_before_and_the_past_week_a_length():
    assert normalise_timex("the past year", "2022-09-14") == ("2021", "DATE", "year")
    assert normalise_timex("the past week", "2022-09-14")[:2] == ("P1W", "DURATION")
    assert normalise_timex("the coming year", "2022-09-14")[:2] == ("P1Y", "DURATION")


@pytest.mark.parametrize("text, value", [
    ("nineteen ninety-six", "1996"),
    ("nineteen seventy nine", "1979"),
    ("nineteen hundred", "1900"),
    ("January nineteen ninety-seven", "1997-01"),
    ("the winter of nineteen ninety-four", "1994-WI"),
    ("the year two thousand", "2000"),
    ("the year two thousand and one", "2001"),
    ("two thousand", None),                        # a count, not a year
])
def test_years_read_out_in_words(text, value):
    assert normalise_timex(text, PUB)[0] == value
