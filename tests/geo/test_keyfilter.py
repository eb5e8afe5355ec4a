"""The in-memory key filter of the gazetteer: it skips queries for names the index lacks, never changes a result."""
import pickle
import sqlite3

from newsgraph.geo import keyfilter
from newsgraph.geo.gazetteer import Gazetteer, load_gazetteer
from newsgraph.geo.names import name_key, skeleton

NAMES = ["Kharkiv", "Newfoundland", "Tatarstan", "Ohio", "Ky.", "Loudon Co.", "Zaporozhye", "Bakhmout",
         "Qwzxv Plorb", "the Jones family", "Springfield", "Georgia", "Nueva Qwzx"]


def test_filter_answers_absent_only_for_names_the_index_lacks():
    gaz = load_gazetteer()
    keys = keyfilter.build_filter(sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True))
    assert keys is not None
    assert keys.may_hold("key", name_key("Kharkiv")) and keys.may_hold("skel", skeleton("Kharkov"))
    assert not keys.may_hold("key", name_key("Qwzxv Plorb")) and not keys.may_hold("skel", "qwzxvplorb")
    assert keys.may_hold_admin1("newfoundland and ", "newfoundland and \x7f", ())
    assert not keys.may_hold_admin1("qwzxv and ", "qwzxv and \x7f", ("qwzxv republic",))


def test_lookups_equal_with_and_without_the_filter(monkeypatch):
    with_filter = [Gazetteer(load_gazetteer().path).lookup(n) for n in NAMES]
    monkeypatch.setattr(keyfilter, "MAX_ROWS", -1)         # no filter: every lookup queries SQLite
    plain = Gazetteer(load_gazetteer().path)
    assert [plain.lookup(n) for n in NAMES] == with_filter
    assert plain._may_hold() is None
    assert any(with_filter) and not all(with_filter)


def test_filter_is_rebuilt_in_another_process_not_pickled():
    gaz = Gazetteer(load_gazetteer().path)
    gaz.lookup("Ohio")
    copy = pickle.loads(pickle.dumps(gaz))
    assert copy._filter is None and copy.lookup("Ohio") == gaz.lookup("Ohio")
