"""A small hand-made corpus for the desk's tests: two reports of one strike that disagree on the
toll (an incident with conflicting figures) and an arrest elsewhere, in an in-memory or file store."""
from __future__ import annotations

from newsgraph.store import open_store
from store.records import make_doc  # tests/ is on sys.path (pytest rootdir conftest)


def strike_report(killed: int = 7, source: str = "Example Wire"):
    return make_doc(
        f"Missiles struck Kharkiv on Thursday, killing {killed} people, the governor said. "
        f"Residents of Kharkiv described a night of explosions ({source}).",
        url=f"https://example.org/{source.split()[0].lower()}", source=source, places=["Kharkiv"],
        events=[dict(type_="ASSAULT", places=["P1"], date="2024-05-09", counts=[("killed", killed)],
                     reporter="the governor", trigger="struck", actors=[("source", "Missiles")])])


def arrest_report():
    return make_doc("Police detained 40 protesters in Suva on Friday, the army claimed. The café owners "
                    "closed early.", source="Pacific Daily", places=["Suva"],
                    events=[dict(type_="COERCE", places=["P1"], date="2024-05-10", counts=[("arrested", 40)],
                                 status="claimed", trigger="detained"),
                            dict(type_="PROTEST", places=["P1"], date="2024-05-10", trigger="protesters")])


def corpus_docs():
    return [strike_report(7, "Example Wire"), strike_report(9, "Other Post"), arrest_report()]


def main_incidents(docs):
    """Every event of these hand-made reports is one of its lede's incidents (`main`, as events/assemble.py
    marks them), so the page's default 'main events only' view shows them all."""
    for doc in docs:
        for event in doc.events:
            event.main = True
    return docs


def make_store(path: str = ":memory:"):
    store = open_store(path)
    store.add_documents(corpus_docs())
    store.rebuild_incidents()
    return store
