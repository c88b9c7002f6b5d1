"""Bulk writes: what the ORM would write, on both databases, journal included."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from sqlalchemy import select

from tests.helpers import add_worker, worker_input
from welfare_desk.registry.workers import worker_sort_key
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import ConflictError
from welfare_desk.store.ids import new_id
from welfare_desk.store.models import JournalEntry, Organization, Worker
from welfare_desk.store.uow import UnitOfWork


def _employer(uow: UnitOfWork) -> uuid.UUID:
    """An employer added through the session, not yet flushed."""
    employer = Organization(id=new_id(), name="Tessitura", name_key="tessitura", kind="employer")
    uow.session.add(employer)
    return employer.id


def _row(employer: object, **extra: object) -> dict[str, object]:
    data = worker_input()
    made = extra.pop("id", None) or new_id()
    return {
        "id": made,
        "organization_id": employer,
        "sort_key": worker_sort_key(made, "D'Angelo", "Zoë"),  # type: ignore[arg-type]
        "codice_fiscale": data.codice_fiscale,
        "surname": "D'Angelo",
        "name": "Zoë",
        "birth_date": date(1980, 2, 29),
        "sex": "F",
        "birth_place_code": "E648",
        "disadvantaged": False,
        **extra,
    }


def test_rows_written_in_bulk_read_back_as_saved_with_their_journal(store: Store) -> None:
    made = new_id()
    with UnitOfWork(store) as uow:
        ids = uow.insert_many(
            Worker,
            [_row(_employer(uow), id=made)],
            when=lambda _row: datetime(2026, 3, 1, 9, 30, 15, 250),
        )
        uow.commit()
    assert ids == [made]
    with UnitOfWork(store) as uow:
        worker = uow.session.get(Worker, made)
        assert worker is not None
        assert (worker.surname, worker.name, worker.birth_date) == (
            "D'Angelo",
            "Zoë",
            date(1980, 2, 29),
        )
        assert worker.created_at == datetime(2026, 3, 1, 9, 30, 15, 250)
        assert worker.version == 1
        entry = uow.session.scalars(
            select(JournalEntry).where(JournalEntry.entity_id == made)
        ).one()
        assert entry.action == "insert"
        assert entry.at == datetime(2026, 3, 1, 9, 30, 15, 250)
        assert entry.changes["surname"] == "D'Angelo"
        assert entry.changes["birth_date"] == "1980-02-29"
        assert entry.changes["social_point_id"] is None


def test_a_row_that_leaves_out_a_column_the_first_names_is_refused(store: Store) -> None:
    with UnitOfWork(store) as uow, pytest.raises(KeyError, match="sex"):
        employer = _employer(uow)
        second = _row(employer)
        del second["sex"]
        uow.insert_many(Worker, [_row(employer), second])


def test_a_bulk_write_sees_records_added_before_it(store: Store) -> None:
    """An employer added through the session and its workers written in bulk after it, in
    one unit of work: the employer is written first, as a query would flush it."""
    with UnitOfWork(store) as uow:
        employer = _employer(uow)
        uow.insert_many(Worker, [_row(employer)])
        uow.commit()
    with UnitOfWork(store) as uow:
        assert uow.session.scalar(select(Worker.organization_id)) == employer


def test_a_column_left_out_of_every_row_gets_its_default_in_the_row_and_the_journal(
    store: Store,
) -> None:
    made = new_id()
    with UnitOfWork(store) as uow:
        row = _row(_employer(uow), id=made)
        del row["disadvantaged"]
        uow.insert_many(Worker, [row])
        uow.commit()
    with UnitOfWork(store) as uow:
        worker = uow.session.get(Worker, made)
        assert worker is not None and worker.disadvantaged is False
        entry = uow.session.scalars(
            select(JournalEntry).where(JournalEntry.entity_id == made)
        ).one()
        assert entry.changes["disadvantaged"] is False


def test_a_record_changed_elsewhere_meanwhile_is_a_conflict_not_a_crash(
    pg_store: Store,
) -> None:
    """#19 review: a bulk write flushed the session's pending changes itself, so a record
    another desk had saved meanwhile raised the database layer's error, not the desk's
    «changed by another desk» message. (SQLite holds its write lock from the start of a
    unit of work: two desks cannot interleave there.)"""
    store = pg_store
    saved = add_worker(store)
    with UnitOfWork(store) as uow:
        mine = uow.session.get(Worker, saved.worker.id)
        assert mine is not None
        mine.phone = "111"
        with UnitOfWork(store) as other:
            theirs = other.session.get(Worker, saved.worker.id)
            assert theirs is not None
            theirs.phone = "222"
            other.commit()
        with pytest.raises(ConflictError):
            uow.insert_many(Worker, [_row(_employer(uow))])


def test_days_and_stamps_are_stored_as_the_orm_stores_them(sqlite_store: Store) -> None:
    """A faster path writes SQLite's stamps and days: the text must be the ORM's, or the
    two would sort apart and compare unequal."""
    from welfare_desk.store.models import Contact

    at = datetime(2026, 3, 1, 9, 30, 15, 250)
    worker = add_worker(sqlite_store, surname="Bassi").worker.id
    with UnitOfWork(sqlite_store) as uow:
        uow.session.add(Contact(worker_id=worker, at=at, channel="phone", duration_minutes=5))
        uow.commit()
    with UnitOfWork(sqlite_store) as uow:
        row = {"worker_id": worker, "at": at, "channel": "email", "duration_minutes": 5}
        uow.insert_many(Contact, [row])
        uow.insert_many(Worker, [_row(_employer(uow))])
        uow.commit()
    with UnitOfWork(sqlite_store) as uow:
        raw = uow.session.connection().exec_driver_sql
        stamps = {r[0] for r in raw("SELECT at FROM contact")}
        assert stamps == {"2026-03-01 09:30:15.000250"}
        days = {r[0] for r in raw("SELECT birth_date FROM worker")}
        assert all(len(d) == 10 and d[4] == "-" for d in days) and "1980-02-29" in days


def test_a_row_another_desk_wrote_meanwhile_is_the_desks_conflict(store: Store) -> None:
    """#19 review: rows streamed by COPY on PostgreSQL raised the driver's own error,
    which the unit of work does not translate: a duplicate crashed the import instead
    of saying that another desk had just saved the same data."""
    same = {"name": "Tessitura", "name_key": "tessitura", "kind": "employer"}
    with pytest.raises(ConflictError), UnitOfWork(store) as uow:
        uow.insert_many(Organization, [dict(same), dict(same)])
        uow.commit()
