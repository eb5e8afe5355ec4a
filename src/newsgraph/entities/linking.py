"""The entities stage: NER/rule mentions -> canonical Entity records with every mention's span.

Order: repair mentions (mentions.py), add military units (units.py), merge by name
(clusters.py), find surnames NER missed and acronyms of organisations, extend names over a
courtesy title ("Mr. Zelensky"), join definite descriptions ("the president") to persons
(coref.py), fold nationality-prefixed and long-form duplicates and join "the army"-style
descriptions to national bodies (merge.py), then number entities E1, E2, ... by first mention.
"""
from __future__ import annotations

from newsgraph.data.entities_names import HONORIFICS
from newsgraph.entities.canonical import clean_surface
from newsgraph.entities.clusters import Cluster, build_clusters
from newsgraph.entities.coref import link_acronyms, link_bare_surnames, link_descriptions
from newsgraph.entities.mentions import Candidate, TokenIndex, collect_candidates
from newsgraph.entities.merge import link_body_descriptions, merge_variants
from newsgraph.entities.units import find_units
from newsgraph.model import Document, Entity

TRANSLATED_FLAG = "machine_translated"


def _french_spellings(doc: Document) -> bool:
    """Names may be French transcriptions ('Izioum', 'Boutcha'): a French document, or an English one
    machine-translated from French."""
    return TRANSLATED_FLAG in doc.flags or doc.language == "fr"


def link_entities(doc: Document) -> Document:
    """Fill doc.entities from doc.mentions and doc.tokens (written by nlp.py)."""
    index = TokenIndex(doc.tokens)
    cands = collect_candidates(doc, index)
    units = find_units(doc)
    cands = [c for c in cands if not _overlaps_any(c, units)] + units
    clusters = build_clusters(sorted(cands, key=lambda c: c.start), _french_spellings(doc))
    link_bare_surnames(doc, clusters, index)
    clusters = merge_variants(link_acronyms(doc, clusters, index))
    for c in (c for cl in clusters for c in cl.members):
        _extend_over_honorific(doc, c, index)
    link_descriptions(doc, clusters, index)
    link_body_descriptions(doc, clusters, index)
    doc.entities = [_to_entity(doc, f"E{i}", cl)
                    for i, cl in enumerate(sorted(clusters, key=lambda cl: cl.first), start=1)]
    return doc


def _overlaps_any(c: Candidate, others: list[Candidate]) -> bool:
    return any(o.start < c.end and c.start < o.end for o in others)


def _extend_over_honorific(doc: Document, c: Candidate, index: TokenIndex) -> None:
    """'Mr. Zelensky': the courtesy title belongs to the person mention."""
    if c.type != "PERSON":
        return
    before = index.before(c.start, 1)
    if before and before[0].text.casefold() in HONORIFICS and c.start - before[0].end <= 1:
        c.start, c.text = before[0].start, doc.text[before[0].start:c.end]


def _to_entity(doc: Document, eid: str, cl: Cluster) -> Entity:
    members = sorted(cl.members, key=lambda c: (c.start, c.end))
    spans, seen = [], set()
    for c in members:
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            spans.append(doc.span(c.start, c.end))
    aliases = list(dict.fromkeys(clean_surface(c.text) for c in members if not c.descriptive))
    return Entity(id=eid, type=cl.type, name=cl.name, aliases=aliases, spans=spans)
