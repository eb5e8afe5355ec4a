"""Loads the spaCy pipeline once per process and turns spaCy Docs into newsgraph records.

No spaCy object leaves this module: later stages read Document.tokens, .sentences and
.mentions. Rule patterns for what the statistical model misses (lower-case "kyiv",
French ordinals of units, ...) are data in `data/ner_patterns.jsonl`; each pattern carries an "id" so that
mentions from rules are marked source="rule".
"""
from __future__ import annotations

import importlib
import json
from functools import lru_cache
from importlib import resources
from typing import Iterable, Iterator

from newsgraph.data.entities_fr import NER_LABELS_FR
from newsgraph.errors import ResourceError
from newsgraph.ingest.dates import dateline_end
from newsgraph.model import Document, Mention, Sentence, Token
from newsgraph.settings import get_settings

PATTERNS_FILE = "ner_patterns.jsonl"
NER_LABELS = {"fr": NER_LABELS_FR}
# Rule patterns per pipeline language; French ones are kept apart (data/ner_patterns_fr.jsonl).
PATTERNS_FILES = {"en": PATTERNS_FILE, "fr": "ner_patterns_fr.jsonl"}


@lru_cache(maxsize=4)
def load_nlp(model_name: str | None = None, with_rules: bool = True):
    """The spaCy Language for `model_name` (default from settings: English), loaded once."""
    import spacy

    name = model_name or get_settings().model_name
    try:
        module = importlib.import_module(name)
        nlp = module.load()
    except ImportError:
        try:
            nlp = spacy.load(name)
        except OSError as exc:
            raise ResourceError(f"spaCy model {name!r} is not installed: pip install {name.replace('_', '-')}") from exc
    nlp.max_length = get_settings().nlp_max_length
    if with_rules:
        patterns = _rule_patterns(PATTERNS_FILES.get(nlp.lang, PATTERNS_FILE))
        if patterns:
            ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True,
                                                                       "phrase_matcher_attr": "ORTH"})
            ruler.add_patterns(patterns)
    return nlp


def load_nlp_for(language: str | None):
    """The pipeline for a document in `language`: English (also for an unknown language, None),
    French (loaded on the first French document only), or, for a language newsgraph has no
    pipeline for, a blank multilingual tokenizer with sentence splitting and no NER."""
    name = get_settings().model_for(language)
    return load_nlp(name) if name else _blank_nlp()


@lru_cache(maxsize=1)
def _blank_nlp():
    import spacy

    nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    nlp.max_length = get_settings().nlp_max_length
    return nlp


def _rule_patterns(filename: str = PATTERNS_FILE) -> list[dict]:
    path = resources.files("newsgraph.data").joinpath(filename)
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]


def annotate(doc: Document, nlp) -> Document:
    """Fill doc.tokens, doc.sentences and doc.mentions from one spaCy parse."""
    return _convert(doc, nlp(_tokenised(doc.text, nlp)))


def annotate_many(docs: Iterable[Document], nlp, batch_size: int = 32) -> Iterator[Document]:
    """Like `annotate` over many documents, batched through nlp.pipe."""
    docs = list(docs)
    for doc, sdoc in zip(docs, nlp.pipe((_tokenised(d.text, nlp) for d in docs), batch_size=batch_size)):
        yield _convert(doc, sdoc)


def _tokenised(text: str, nlp):
    """The tokenised spaCy Doc with sentence boundaries preset where news layout gives them:
    after a wire dateline ("BRUSSELS, June 29 (AFP) - The EU ..."), so that the dateline is never
    a clause's subject, and at every line break (paragraphs, headlines, "the following readout:\n")."""
    sdoc = nlp.make_doc(text)
    end = dateline_end(text)
    body = next((t.i for t in sdoc if t.idx >= end), None) if end else None
    after_break = False
    for t in sdoc:
        if t.is_space and "\n" in t.text:
            after_break = True
            continue
        if t.i > 0 and (after_break or t.i == body):
            t.is_sent_start = True
        after_break = False
    return sdoc


def _capitalised_names(sdoc) -> list[Mention]:
    """Without a NER for the language: each capitalised word that does not open a sentence, as a
    candidate place name for the gazetteer (the geo stage keeps only those it resolves)."""
    return [Mention(t.idx, t.idx + len(t.text), t.text, "GPE", "rule") for t in sdoc
            if t.text[:1].isupper() and not t.is_sent_start and t.is_alpha]


def _convert(doc: Document, sdoc) -> Document:
    labels = NER_LABELS.get(sdoc.lang_, {})      # the pipeline's NER labels -> newsgraph's (English) ones
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for si, sent in enumerate(sdoc.sents):
        end_char = sent.start_char + len(sent.text.rstrip())     # no trailing line breaks
        sentences.append(Sentence(sent.start_char, max(end_char, sent.start_char), sent.start, sent.end))
        for t in sent:
            tokens.append(Token(
                i=t.i, start=t.idx, end=t.idx + len(t.text), text=t.text, lemma=t.lemma_,
                pos=t.pos_, tag=t.tag_, dep=t.dep_, head=t.head.i, sent=si,
                ent_type=labels.get(t.ent_type_, t.ent_type_), ent_iob=t.ent_iob_ or "O",
            ))
    mentions = [
        Mention(e.start_char, e.end_char, e.text, labels.get(e.label_, e.label_), "rule" if e.ent_id_ else "ner")
        for e in sdoc.ents
    ] if sdoc.lang_ != "xx" else _capitalised_names(sdoc)
    doc.tokens, doc.sentences, doc.mentions = tokens, sentences, mentions
    return doc
