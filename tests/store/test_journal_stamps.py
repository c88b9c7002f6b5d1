"""#20's outbox starts in the journal: each change carries its operation id (the journal
row's id), a hybrid logical clock stamp naming this store's site, the version of the
record it was made on and the schema it was written under, in the same transaction."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.conftest import store_at
from tests.helpers import add_worker, worker_input
from welfare_desk.domain.hlc import Stamp
from welfare_desk.registry.workers import save_worker
from welfare_desk.store import stamps as stamps_module
from welfare_desk.store.engine import Store
from welfare_desk.store.models import JournalEntry, StoreMeta
from welfare_desk.store.revisions import HEAD
from welfare_desk.store.stamps import millis_of
from welfare_desk.store.uow import UnitOfWork


def _journal(store: Store, entity: str = "worker") -> list[JournalEntry]:
    with UnitOfWork(store) as uow:
        found = list(uow.session.scalars(select(JournalEntry).where(JournalEntry.entity == entity)))
        uow.session.expunge_all()
    return sorted(found, key=lambda e: Stamp.parse(e.stamp or ""))


def _site(store: Store) -> str:
    with UnitOfWork(store) as uow:
        return uow.session.get_one(StoreMeta, "site_id").value


def test_each_change_carries_its_stamp_base_version_and_schema(store: Store) -> None:
    saved = add_worker(store)
    with UnitOfWork(store) as uow:
        data = worker_input(name="Giulia")
        save_worker(uow, data, saved.worker.id, saved.worker.version)  # type: ignore[arg-type]
    inserted, updated = _journal(store)
    site = _site(store)
    assert (inserted.action, updated.action) == ("insert", "update")
    assert Stamp.parse(inserted.stamp or "").site == site
    assert Stamp.parse(updated.stamp or "") > Stamp.parse(inserted.stamp or "")
    assert (inserted.base_version, updated.base_version) == (None, 1)
    assert inserted.schema_version == updated.schema_version == HEAD


def test_stamps_keep_growing_when_the_clock_goes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desk whose clock was set back a year, or restarted with it so, still orders its
    own changes as it made them."""
    location = str(tmp_path / "s.sqlite")
    store = store_at(location)
    add_worker(store, surname="Rossi")
    before = _journal(store)[-1]
    store.close()
    year = 365 * 24 * 3600 * 1000
    wall = Stamp.parse(before.stamp or "").physical - year
    from welfare_desk.store import ids

    # the whole machine's clock, which its ids are made from too
    monkeypatch.setattr(ids, "unix_millis", lambda: wall)
    for surnames in (("Bianchi", "Verdi"), ("Neri", "Galli")):  # restarted every day so
        restarted = store_at(location)  # its first stamp reads the store, not the clock
        monkeypatch.setattr(restarted.stamps, "_wall_ms", lambda: wall)
        for surname in surnames:
            add_worker(restarted, surname=surname)
        restarted.close()
    monkeypatch.undo()
    store = store_at(location)
    with UnitOfWork(store) as uow:  # in the order they were written
        written = list(
            uow.session.scalars(
                select(JournalEntry.stamp)
                .where(JournalEntry.entity == "worker")
                .order_by(text("rowid"))  # SQLite's own order of insertion
            )
        )
    store.close()
    stamps = [Stamp.parse(s or "") for s in written]
    assert len(stamps) == 5 and len(set(stamps)) == 5
    assert stamps == sorted(stamps)
    assert stamps[0] == Stamp.parse(before.stamp or "")


def test_an_update_made_on_a_desk_whose_clock_is_behind_stamps_after_what_it_changed(
    pg_store: Store, pg_database_url: str
) -> None:
    """Two desks on one PostgreSQL store, one a minute ahead: the other's later change
    must still come after the change it was made on."""
    saved = add_worker(pg_store)
    wall = Stamp.parse(_journal(pg_store)[0].stamp or "").physical
    ahead = store_at(pg_database_url)
    try:
        ahead.stamps._wall_ms = lambda: wall + 60_000  # type: ignore[method-assign]
        with UnitOfWork(ahead) as uow:
            save_worker(uow, worker_input(name="Giulia"), saved.worker.id, 1)  # type: ignore[arg-type]
        pg_store.stamps._wall_ms = lambda: wall + 1  # type: ignore[method-assign]
        with UnitOfWork(pg_store) as uow:
            save_worker(uow, worker_input(name="Anna"), saved.worker.id, 2)  # type: ignore[arg-type]
    finally:
        ahead.close()
    with UnitOfWork(pg_store) as uow:
        rows = list(
            uow.session.execute(
                select(JournalEntry.base_version, JournalEntry.stamp)
                .where(JournalEntry.entity == "worker")
                .order_by(JournalEntry.base_version.nulls_first())
            )
        )
    stamps = [Stamp.parse(stamp or "") for _version, stamp in rows]
    assert [version for version, _stamp in rows] == [None, 1, 2]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3


def test_a_change_rolled_back_leaves_no_journal_row(store: Store) -> None:
    from welfare_desk.store.models import Organization

    with pytest.raises(RuntimeError), UnitOfWork(store) as uow:
        uow.add(Organization(name="Azienda", name_key="azienda", kind="employer"))
        uow.flush()  # journaled and stamped, not committed
        raise RuntimeError("the desk was closed midway")
    assert _journal(store, "organization") == []


def test_records_written_in_bulk_share_one_stamp_each_with_its_own_operation_id(
    store: Store,
) -> None:
    from welfare_desk.store.models import Organization

    with UnitOfWork(store) as uow:
        uow.insert_many(
            Organization,
            [
                {"name": f"Azienda {n}", "name_key": f"azienda {n}", "kind": "employer"}
                for n in range(3)
            ],
        )
        uow.commit()
    rows = _journal(store, "organization")
    assert len({r.id for r in rows}) == 3
    assert len({r.stamp for r in rows}) == 1
    assert all(r.base_version is None and r.schema_version == HEAD for r in rows)


def test_an_operation_id_tells_when_it_was_made() -> None:
    from welfare_desk.store.ids import new_id

    made = new_id()
    assert abs(millis_of(made) - stamps_module.unix_millis()) < 60_000
    assert millis_of(uuid.UUID(int=5 << 80)) == 5
