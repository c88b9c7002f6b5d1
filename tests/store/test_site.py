"""#20: a SQLite store copied to another file or laptop is another replica: it gets a
site id of its own at its first opening, so that its changes and the original's are
never taken for one desk's. Opening a store again keeps its id. (A backup copied back
over the store keeps the file, so it is not seen here: the desk's restore, #22, is to
give it a new id.)"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import copy_store, store_at
from tests.helpers import add_worker
from welfare_desk.domain.hlc import Stamp
from welfare_desk.store.engine import Store
from welfare_desk.store.models import JournalEntry, StoreMeta
from welfare_desk.store.uow import UnitOfWork


def _site(store: Store) -> str:
    with UnitOfWork(store) as uow:
        return uow.session.get_one(StoreMeta, "site_id").value


def _opened(path: Path) -> str:
    store = store_at(str(path))
    try:
        return _site(store)
    finally:
        store.close()


def test_a_copied_store_gets_a_site_of_its_own_and_keeps_it(tmp_path: Path) -> None:
    original = tmp_path / "sportello.sqlite"
    first = _opened(original)
    assert _opened(original) == first  # opened again: the same desk
    copy = copy_store(original, tmp_path / "portatile.sqlite")
    second = _opened(copy)
    assert second != first
    assert _opened(copy) == second
    assert _opened(original) == first


def test_a_copy_stamps_its_changes_with_its_new_site(tmp_path: Path) -> None:
    original = tmp_path / "sportello.sqlite"
    store = store_at(str(original))
    add_worker(store, surname="Rossi")
    store.close()
    copy = copy_store(original, tmp_path / "portatile.sqlite")
    store = store_at(str(copy))
    try:
        add_worker(store, surname="Bianchi")
        site = _site(store)
        with UnitOfWork(store) as uow:
            rows = {
                e.changes["surname"]: Stamp.parse(e.stamp or "").site
                for e in uow.session.query(JournalEntry).filter(JournalEntry.entity == "worker")
            }
    finally:
        store.close()
    assert rows["Bianchi"] == site != rows["Rossi"]
