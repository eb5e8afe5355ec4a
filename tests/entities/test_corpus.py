"""Generalisation on real articles of ../shared/corpus/free-news.jsonl (never used to write rules)."""
import pytest

from newsgraph.data.entities_orgs import DEMONYMS


def _with(corpus_docs, needle):
    hits = [(a, d) for a, d in corpus_docs if needle in a["text"]]
    if not hits:
        pytest.skip(f"no corpus article mentions {needle!r}")
    return hits


def _persons(doc):
    return [e for e in doc.entities if e.type == "PERSON"]


def test_full_name_and_surname_merge_in_real_articles(corpus_docs):
    for art, doc in _with(corpus_docs, "Poroshenko"):
        poro = [e for e in _persons(doc) if "Poroshenko" in e.name]
        assert len(poro) == 1, [e.name for e in poro]
        assert poro[0].name == "Petro Poroshenko"
        assert len(poro[0].spans) == art["text"].count("Poroshenko")


def test_zelenskyy_spelling_gets_the_canonical_name(corpus_docs):
    for _, doc in _with(corpus_docs, "Zelenskyy"):
        assert any(e.name == "Volodymyr Zelensky" for e in _persons(doc))
        assert not any(e.name.endswith("Zelenskyy") for e in doc.entities)


def test_no_person_is_named_after_a_nationality_or_country(corpus_docs):
    countries = {c.casefold() for c in DEMONYMS.values()}
    for _, doc in corpus_docs:
        for e in _persons(doc):
            assert e.name.casefold() not in countries and e.name.casefold() not in DEMONYMS, e.name


def test_every_corpus_article_gets_consistent_entities(corpus_docs):
    for _, doc in corpus_docs:
        assert [e.id for e in doc.entities] == [f"E{i}" for i in range(1, len(doc.entities) + 1)]
        for e in doc.entities:
            assert e.name and e.spans
            assert all(doc.text[s.start:s.end] == s.text for s in e.spans)
