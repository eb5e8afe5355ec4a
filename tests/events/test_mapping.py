"""The PLOVER + mode -> ACLED / CAMEO table."""
from newsgraph.data.events_triggers import NOUNS, PHRASAL, VERBS
from newsgraph.events.mapping import MAPPING, lookup
from newsgraph.model import PLOVER_TYPES


def test_every_plover_type_has_a_default_row():
    for t in PLOVER_TYPES:
        assert (t, None) in MAPPING, t
        _, cameo = lookup(t, None)
        assert cameo and cameo.isdigit() and len(cameo) == 2


def test_spec_examples():
    acled, cameo = lookup("ASSAULT", "air strike")
    assert (acled.event_type, acled.sub_event_type, cameo) == ("Explosions/Remote violence", "Air/drone strike", "18")
    acled, cameo = lookup("COERCE", "arrest")
    assert (acled.event_type, acled.sub_event_type, cameo) == ("Strategic developments", "Arrests", "17")


def test_unknown_mode_falls_back_to_type_default():
    assert lookup("PROTEST", "no such mode") == lookup("PROTEST", None)
    assert lookup("NOT_A_TYPE", None) == (None, None)


def test_lexicon_types_are_plover():
    for typ, _ in list(VERBS.values()) + list(NOUNS.values()) + list(PHRASAL.values()):
        assert typ in PLOVER_TYPES
