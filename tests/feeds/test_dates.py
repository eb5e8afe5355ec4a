"""Publication dates: strict for `extract --published`, forgiving for metadata in ingest."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.errors import UsageError
from newsgraph.ingest import documents_from_bytes
from newsgraph.ingest.dates import parse_published, read_published


@pytest.mark.parametrize("value,iso", [
    ("Mon, 27 Jun 2022 10:00:00 +0000", "2022-06-27"),        # RSS pubDate (RFC 2822)
    ("27 Jun 2022 23:10:00 GMT", "2022-06-27"),
    ("2022-09-14T23:30:00-05:00", "2022-09-14"),              # ISO with a zone: the date as written
    ("2022-09-14T08:30:00.250+0200", "2022-09-14"),
    ("2016-12-20 07:58:00", "2016-12-20"),
    ("1663142400", "2022-09-14"), ("1663142400000", "2022-09-14"),   # epoch seconds, milliseconds (UTC)
    ("Sept. 14, 2022", "2022-09-14"), ("14 September 2022", "2022-09-14"), ("Dec. 20, 2016", "2016-12-20"),
    ("September 14th, 2022", "2022-09-14"), ("14/09/2022", "2022-09-14"),
    ("7:58 AM ET, Sat January 3, 2015", "2015-01-03"), ("8:56 AM, Dec 08, 2016 CT", "2016-12-08"),  # page bylines
    ("Wed Nov 23, 2016 | 4:58pm EST", "2016-11-23"), ("2016-12-19 05:40 ET", "2016-12-19"),
    ("2016 Oct 10", "2016-10-10"),
])
def test_common_publication_dates_parse(value, iso):
    assert parse_published(value) == iso
    assert read_published(value) == (iso, None)


@pytest.mark.parametrize("value,why", [
    ("7:58 AM ET", "time of day"), ("Wed Nov 23", "not a date"), ("03/04/2022", "ambiguous"),
    ("2022-02-30", "no such day"),
])
def test_unreadable_or_ambiguous_dates_are_refused_strictly_and_explained_forgivingly(value, why):
    with pytest.raises(UsageError):
        parse_published(value)
    date, reason = read_published(value)
    assert date is None and why in reason


def test_the_date_order_settles_day_and_month():
    assert parse_published("03/04/2022", "dmy") == "2022-04-03"
    assert parse_published("03/04/2022", "mdy") == "2022-03-04"


def _docs(records):
    data = "\n".join(json.dumps(r) for r in records).encode()
    return list(documents_from_bytes(data, "in.jsonl"))


def test_ingest_keeps_documents_whose_date_it_cannot_read():
    items = _docs([
        {"text": "Firefighters fought a blaze in a Porto warehouse on Monday.", "published": "7:58 AM ET"},
        {"text": "LISBON, March 4, 2021 (Reuters) - Ministers met in Lisbon on Thursday.", "published": "Wed Nov 23"},
        {"text": "Farmers blocked a motorway near Ghent with tractors on Friday.", "published": "Sept. 14, 2022"},
    ])
    assert all(i.document is not None for i in items)
    undated, by_dateline, dated = (i.document for i in items)
    assert undated.published is None and "7:58 AM ET" in undated.warnings[-1].message
    assert by_dateline.published == "2021-03-04" and "dateline" in by_dateline.warnings[-1].message
    assert dated.published == "2022-09-14" and not dated.warnings


def test_extract_published_stays_a_usage_error(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Police detained 20 protesters in Tbilisi on Tuesday.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(f), "--published", "7:58 AM ET"])
    assert result.exit_code == 2 and "invalid published date" in result.output
