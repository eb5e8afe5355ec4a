"""The seed article's quotes (../shared/golden): every required quote with its speaker and
channel, and no forbidden one. Names compare case- and accent-insensitively."""
import unicodedata


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def matches(doc, quote, item) -> bool:
    if fold(item["contains"]) not in fold(quote.text):
        return False
    entity = doc.entity(quote.speaker)
    if "speaker" in item and (entity is None or fold(entity.name) != fold(item["speaker"])):
        return False
    return "channel" not in item or fold(quote.channel or "") == fold(item["channel"])


def test_required_quotes(seed_doc, seed_expected):
    missing = [i["contains"] for i in seed_expected["quotes"]["required"]
               if not any(matches(seed_doc, q, i) for q in seed_doc.quotes)]
    assert missing == []


def test_optional_quotes(seed_doc, seed_expected):
    missing = [i["contains"] for i in seed_expected["quotes"]["optional"]
               if not any(matches(seed_doc, q, i) for q in seed_doc.quotes)]
    assert missing == []


def test_forbidden_quotes(seed_doc, seed_expected):
    found = [i["contains"] for i in seed_expected["quotes"]["forbidden"]
             if any(fold(i["contains"]) in fold(q.text) for q in seed_doc.quotes)]
    assert found == []


def test_pronoun_speakers_keep_the_pronoun_span(seed_doc):
    pronoun_spans = [s.text for q in seed_doc.quotes for s in q.speaker_spans if s.text.lower() in ("he", "she")]
    assert len(pronoun_spans) >= 2
