"""The `newsgraph` command line. Thin: each command parses options, calls one library function, prints.

Exit codes: 0 ok, 1 runtime failure, 2 usage error. Errors are one line on stderr;
`--debug` shows the traceback.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import click

from newsgraph.errors import NewsgraphError


class _Fail(click.ClickException):
    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file=None) -> None:
        click.echo(f"Error: {self.format_message()}", err=True)


class _Group(click.Group):
    """Turns library errors into one-line messages with the right exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except NewsgraphError as exc:
            if ctx.find_root().params.get("debug"):
                raise
            raise _Fail(str(exc), exc.exit_code) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            raise _Fail("interrupted", 130) from None
        except Exception as exc:  # a bug, not a user error: still one line unless --debug
            if ctx.find_root().params.get("debug"):
                raise
            raise _Fail(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)") from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.version_option(package_name="newsgraph")
def cli(debug: bool) -> None:
    """newsgraph: news articles -> structured, geolocated, source-attributed event data."""


def _published_option(f):
    return click.option("--published", metavar="DATE",
                        help="Publication date (YYYY-MM-DD) that relative dates are resolved against.")(f)


def _language_option(f):
    return click.option("--language", type=click.Choice(["auto", "en", "fr"]), default="auto", show_default=True,
                        expose_value=False, callback=_force_language,
                        help="Language of the documents: detected per document (auto), or forced for all.")(f)


def _force_language(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """--language en|fr: every document of this command runs that language's pipeline (worker
    processes inherit it through NEWSGRAPH_LANGUAGE); the setting is restored when the command ends."""
    from newsgraph.settings import get_settings

    if value != "auto":
        before = os.environ.get("NEWSGRAPH_LANGUAGE")
        os.environ["NEWSGRAPH_LANGUAGE"] = value
        get_settings.cache_clear()
        ctx.call_on_close(lambda: _restore_language(before))
    return value


def _restore_language(before: Optional[str]) -> None:
    from newsgraph.settings import get_settings

    if before is None:
        os.environ.pop("NEWSGRAPH_LANGUAGE", None)
    else:
        os.environ["NEWSGRAPH_LANGUAGE"] = before
    get_settings.cache_clear()


def _check_published(value: Optional[str]) -> Optional[str]:
    from newsgraph.ingest.dates import parse_published
    return parse_published(value) if value else None


# --- extract -------------------------------------------------------------------

@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...|-")
@_published_option
@_language_option
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True,
              help="json: newsgraph/1 JSON (JSON lines for several documents); table: a readable summary.")
@click.option("--out-dir", type=click.Path(file_okay=False), help="Also write <name>.json for each document here.")
@click.option("--include-nlp", is_flag=True, help="Include tokens, sentences and NER mentions in the JSON.")
def extract(files: tuple[str, ...], published: Optional[str], fmt: str, out_dir: Optional[str],
            include_nlp: bool) -> None:
    """Extract entities, places, times, quotes and events from articles (text, HTML or JSONL)."""
    from newsgraph.ingest import documents_from_bytes, iter_files
    from newsgraph.pipeline import process_many
    from newsgraph.report import document_table

    published = _check_published(published)
    items = []
    if files == ("-",):
        items.extend(documents_from_bytes(sys.stdin.buffer.read(), "<stdin>", published))
    else:
        for f in iter_files(list(files)):
            items.extend(documents_from_bytes(f.read_bytes(), str(f), published))
    errors = [i.error for i in items if i.error]
    if errors:
        raise NewsgraphError(errors[0] + (f" (and {len(errors) - 1} more errors)" if len(errors) > 1 else ""))
    docs = list(process_many(i.document for i in items))
    names = [Path(i.origin.replace(":", "-")).stem or "stdin" for i in items]
    if out_dir:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        for name, doc in zip(names, docs):
            (Path(out_dir) / f"{name}.json").write_text(doc.to_json(include_nlp), encoding="utf-8")
    if fmt == "table":
        for name, doc in zip(names, docs):
            document_table(doc, name)
    elif len(docs) == 1:
        click.echo(docs[0].to_json(include_nlp))
    else:
        for doc in docs:
            click.echo(doc.to_json(include_nlp, indent=None))


# --- ingest / export / serve (corpus and web) ---------------------------------------

@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="DuckDB file (created if missing).")
@_published_option
@_language_option
@click.option("--published-field", metavar="FIELD", help="JSONL field holding the publication date.")
@click.option("--date-order", type=click.Choice(["dmy", "mdy"]),
              help="How to read numeric dates such as 03/04/2022 in the inputs (else they are ambiguous).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes (local engine) or Ray actors (ray engine).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: this machine's processes; ray: a Ray actor pool (pip install 'newsgraph[ray]').")
@click.option("--ray-address", metavar="ADDR", help="Ray cluster to join (e.g. 10.0.0.5:6379 or auto); "
              "default: start a local Ray instance.")
@click.option("--parquet-dir", type=click.Path(file_okay=False),
              help="Also write every table as partitioned Parquet under this folder at the end.")
def ingest(paths: tuple[str, ...], db: str, published: Optional[str], published_field: Optional[str],
           date_order: Optional[str], workers: int, engine: str, ray_address: Optional[str],
           parquet_dir: Optional[str]) -> None:
    """Process folders, globs, JSONL, RSS/Atom feeds, WARC crawls (plain or gzip), HTML and text files
    into a DuckDB database."""
    from newsgraph.store.ingest import ingest_paths

    summary = ingest_paths(list(paths), db, published=_check_published(published),
                           published_field=published_field, workers=workers, date_order=date_order,
                           engine=engine, ray_address=ray_address, parquet_dir=parquet_dir)
    click.echo(summary.describe())
    if summary.interrupted:
        sys.exit(130)
    if summary.failed and not summary.done and not summary.skipped:
        sys.exit(1)


@cli.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False, exists=True), help="DuckDB file.")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["csv", "plover", "geojson", "jsonl", "parquet"]),
              help="csv: ACLED-style columns; plover: POLECAT-named JSON lines; geojson; jsonl; parquet.")
@click.option("--type", "event_type", help="Only events of this PLOVER type (comma-separated for several).")
@click.option("--since", metavar="DATE", help="Only events on or after this date.")
@click.option("--until", metavar="DATE", help="Only events on or before this date.")
@click.option("--bbox", metavar="W,S,E,N", help="Only events with a place inside this box.")
@click.option("--machine", is_flag=True,
              help="The machine's records as extracted: no reviewed values, rejected events kept.")
@click.option("--drop-duplicates", is_flag=True,
              help="Leave out events of documents stored as near-duplicates of another (wire copies).")
@click.option("--incidents", is_flag=True, help="One row per incident (csv or jsonl) instead of one per event.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Output file ('-' for stdout).")
def export(db: str, fmt: str, event_type: Optional[str], since: Optional[str], until: Optional[str],
           bbox: Optional[str], machine: bool, drop_duplicates: bool, incidents: bool, output: str) -> None:
    """Export events (reviewed values, rejected ones left out) or incidents from a database."""
    from newsgraph.errors import UsageError
    from newsgraph.export import export_events, export_incidents, unmatched_reviews

    if incidents:
        if event_type or since or until or bbox or machine:
            raise UsageError("--incidents takes no event filters and no --machine")
        n = export_incidents(db, fmt, output)
        click.echo(f"wrote {n} incidents to {output}", err=True)
        return
    n = export_events(db, fmt, output, event_type=event_type, since=_check_published(since),
                      until=_check_published(until), bbox=bbox, machine=machine,
                      drop_duplicates=drop_duplicates)
    click.echo(f"wrote {n} events to {output}", err=True)
    lost = 0 if machine else unmatched_reviews(db)
    if lost:
        click.echo(f"warning: {lost} review(s) no longer match a stored event (re-extracted documents): "
                   "see GET /reviews?unmatched=true", err=True)


@cli.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False, exists=True), help="DuckDB file.")
def check(db: str) -> None:
    """Check a database: every record key held once, every reference (event -> document, mention ->
    entity, event place -> place, incident -> event) pointing at a stored row. Exits 1 on a breach."""
    from newsgraph.store import open_store

    with open_store(db, read_only=True) as store:
        found = store.problems()
        counts = {t: store.count(t) for t in ("documents", "events", "incident_events")}
    for line in found:
        click.echo(line)
    if found:
        sys.exit(1)
    click.echo(f"{db}: sound ({counts['documents']} documents, {counts['events']} events, "
               f"{counts['incident_events']} linked to incidents)")


@cli.command()
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file to serve (created if missing).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
@click.option("--token-file", type=click.Path(dir_okay=False, exists=True),
              help="File holding the bearer token writes need (default: $NEWSGRAPH_TOKEN); "
                   "required to bind a non-loopback address.")
@click.option("--private", is_flag=True, help="Reads need the token too (the page itself stays open).")
def serve(db: Optional[str], host: str, port: int, token_file: Optional[str], private: bool) -> None:
    """Serve the HTTP API and the analyst's page."""
    from newsgraph.api import serve as run_server

    run_server(db=db, host=host, port=port, token_file=token_file, private=private)


# --- eval ----------------------------------------------------------------------

@cli.group("eval", cls=_Group)
def eval_() -> None:
    """Score newsgraph against golden files and gold datasets."""


@eval_.command("golden")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_golden(directory: str, as_json: bool) -> None:
    """Recall of required and optional items of every *.expected.json in DIRECTORY."""
    from newsgraph.evaluate.golden import format_report, score_golden_dir

    reports = score_golden_dir(Path(directory))
    click.echo(format_report(reports, as_json))


def _eval_dataset_command(name: str, module: str, doc: str):
    @eval_.command(name, help=doc)
    @click.argument("dataset", type=click.Path(exists=True))
    @click.option("--limit", type=int, help="Only the first N documents.")
    @click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
    def _command(dataset: str, limit: Optional[int], as_json: bool) -> None:
        import importlib
        import json

        scorer = importlib.import_module(f"newsgraph.evaluate.{module}")
        result = scorer.evaluate(Path(dataset), limit=limit)
        click.echo(json.dumps(result, indent=2) if as_json else scorer.format_result(result))
    return _command


_eval_dataset_command("geo", "geo", "Toponym detection P/R/F1, accuracy@161km, error km, AUC, exact GeoNames id.")
_eval_dataset_command("time", "time", "TempEval-3 style extraction F1 (strict, relaxed) and value accuracy.")
_eval_dataset_command("quotes", "quotes", "Quote span F1 and speaker accuracy on PolNeAR-style brat data.")
_eval_dataset_command("events", "events", "Event type accuracy and macro-F1 (CASE 2021 or PLOVER gold).")
_eval_dataset_command("entities", "entities", "Entity mention F1 by type on MEANTIME.")
_eval_dataset_command("incidents-across", "incidents_across",
                      "Reports of one happening in one incident: share, pieces, purity, latest toll (DIR: reports.jsonl, truth.json).")
_eval_dataset_command("incidents", "incidents",
                      "Incident precision, recall and main death-toll accuracy on hand-written *.incidents.json.")


# --- gazetteer -------------------------------------------------------------------

@cli.group(cls=_Group)
def gazetteer() -> None:
    """Build or inspect the embedded gazetteer."""


@gazetteer.command("build")
@click.option("--geonames", type=click.Path(exists=True, dir_okay=False),
              help="A GeoNames dump (allCountries.txt, cities500.txt, ...); default: the bundled data.")
@click.option("--alternate-names", type=click.Path(exists=True, dir_okay=False),
              help="alternateNamesV2.txt, for more name variants.")
@click.option("--output", type=click.Path(dir_okay=False), help="Index file (default: the user cache).")
def gazetteer_build(geonames: Optional[str], alternate_names: Optional[str], output: Optional[str]) -> None:
    """Compile the gazetteer index."""
    from newsgraph.geo.gazetteer import build_index

    path = build_index(geonames=geonames, alternate_names=alternate_names, output=output)
    click.echo(f"gazetteer index written to {path}")


@gazetteer.command("add")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
def gazetteer_add(files: tuple[str, ...]) -> None:
    """Add GeoNames country extracts (XX.txt or XX.zip, 19 columns) to the bundled world index."""
    from newsgraph.geo.extracts import add_extracts

    _echo_sources(add_extracts(files))


@gazetteer.command("download")
@click.argument("codes", nargs=-1, required=True, metavar="CC...")
@click.option("--url", default=None, help="URL pattern with {cc} (default: GeoNames' export/dump/{cc}.zip).")
def gazetteer_download(codes: tuple[str, ...], url: Optional[str]) -> None:
    """Download GeoNames country extracts (e.g. UA) and add them (needs network access)."""
    from newsgraph.geo.extracts import DOWNLOAD_URL, download_extracts

    _echo_sources(download_extracts(codes, url or DOWNLOAD_URL))


@gazetteer.command("info")
def gazetteer_info() -> None:
    """The index in use and the sources it was built from, with row counts."""
    from newsgraph.geo.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    click.echo(f"index: {gaz.path}")
    for s in gaz.sources():
        click.echo(_source_line(s))


@gazetteer.command("reset")
def gazetteer_reset() -> None:
    """Forget the added country extracts: back to the bundled index."""
    from newsgraph.geo.extracts import reset_extracts

    n = reset_extracts()
    click.echo(f"removed {n} added extract(s); the bundled index is in use")


def _source_line(s: dict) -> str:
    rows = f"{s['rows']:,} rows" if "rows" in s else ""
    added = f", {s['added']:,} new entries" if "added" in s else ""
    credit = f" (credit: {s['attribution']}, {s['licence']})" if s.get("attribution") else ""
    return f"  {s['name']}: {rows}{added}{credit}"


def _echo_sources(sources: list[dict]) -> None:
    click.echo("added extracts:")
    for s in sources:
        click.echo(_source_line(s))


def main(argv: Optional[list[str]] = None) -> None:
    cli.main(args=argv, prog_name="newsgraph")


if __name__ == "__main__":
    main()
