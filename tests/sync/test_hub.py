"""Desks with their own replica, synchronised with a PostgreSQL hub (#20): real stores on
both sides, faults injected where the network or the process would fail."""

from __future__ import annotations

import threading
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from tests.helpers import add_member, add_worker
from welfare_desk.registry.workers import search_workers
from welfare_desk.store import hub_sync
from welfare_desk.store.engine import Store
from welfare_desk.store.models import (
    HouseholdMember,
    JournalEntry,
    SyncConflict,
    Worker,
    WorkerSearchToken,
)
from welfare_desk.store.stamps import StampSource
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.sync.hub import SyncRefused, sync_with_hub

YEAR_MS = 365 * 24 * 3600 * 1000


def _edit(store: Store, model: type[Any], record_id: uuid.UUID, **values: Any) -> None:
    with UnitOfWork(store) as uow:
        record = uow.get(model, record_id)
        assert record is not None
        for key, value in values.items():
            setattr(record, key, value)
        uow.commit()


def _worker(store: Store, worker_id: uuid.UUID) -> Worker | None:
    with UnitOfWork(store) as uow:
        found = uow.get(Worker, worker_id)
        if found is not None:
            uow.session.expunge(found)
        return found


def _contents(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """What a welfare manager would see of each record, whatever desk it is read on."""
    seen: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as connection:
        for model, keys in (
            (Worker, ("id", "surname", "name", "phone", "email", "municipality", "sort_key")),
            (HouseholdMember, ("id", "worker_id", "name", "birth_date", "disability")),
            (SyncConflict, ("id", "entity_id", "kind", "field", "kept", "lost")),
        ):
            table = model.__table__
            columns = [table.c[k] for k in keys]
            rows = connection.execute(select(*columns).order_by(table.c.id))
            seen[table.name] = [tuple(str(v) for v in row) for row in rows]
        table = WorkerSearchToken.__table__
        tokens = connection.execute(
            select(table.c.token, table.c.worker_id).order_by(table.c.token, table.c.worker_id)
        )
        seen["worker_search_token"] = [tuple(str(v) for v in row) for row in tokens]
    return seen


def _conflicts(store: Store) -> list[SyncConflict]:
    with UnitOfWork(store) as uow:
        found = list(uow.session.scalars(select(SyncConflict)))
        uow.session.expunge_all()
        return found


def _journal_ids(store: Store) -> list[uuid.UUID]:
    with store.engine.connect() as connection:
        return list(connection.execute(select(JournalEntry.id)).scalars())


def _copies(hub: Store, desks: list[Store], count: int) -> list[Store]:
    """The first `count` desks, each made a copy of the hub as it is now."""
    for desk in desks[:count]:
        sync_with_hub(desk, hub)
    return desks[:count]


def test_a_new_desk_copies_the_hub_and_finds_its_workers(hub: Store, desks: list[Store]) -> None:
    saved = add_worker(hub, surname="Bianchi", name="Luca")
    add_member(hub, saved.worker.id, "Giulia", date(2019, 5, 2))
    desk = desks[0]

    report = sync_with_hub(desk, hub)

    assert report.first and report.cursor > 0
    with UnitOfWork(desk) as uow:
        found = search_workers(uow, "bian")
    assert [w.surname for w in found] == ["Bianchi"]
    assert _contents(desk) == _contents(hub)


def test_a_desk_change_reaches_the_hub_and_the_other_desks(hub: Store, desks: list[Store]) -> None:
    worker_id = add_worker(hub).worker.id
    a, b = _copies(hub, desks, 2)

    _edit(a, Worker, worker_id, phone="0371 111111")
    pushed = sync_with_hub(a, hub)
    sync_with_hub(b, hub)

    assert (pushed.pushed, pushed.pending) == (1, 0)
    for store in (hub, a, b):
        found = _worker(store, worker_id)
        assert found is not None and found.phone == "0371 111111"


def test_a_worker_made_on_a_desk_is_found_by_search_everywhere(
    hub: Store, desks: list[Store]
) -> None:
    a, b = _copies(hub, desks, 2)
    made = add_worker(a, surname="Colombo", name="Sara")
    add_member(a, made.worker.id, "Pietro", date(2020, 1, 9))

    sync_with_hub(a, hub)
    sync_with_hub(b, hub)

    for store in (hub, b):
        with UnitOfWork(store) as uow:
            assert [w.surname for w in search_workers(uow, "colo")] == ["Colombo"]
    assert _contents(a) == _contents(b) == _contents(hub)


def test_edits_of_different_fields_on_two_desks_both_survive(
    hub: Store, desks: list[Store]
) -> None:
    worker_id = add_worker(hub).worker.id
    a, b = _copies(hub, desks, 2)

    _edit(a, Worker, worker_id, phone="0371 111111")
    _edit(b, Worker, worker_id, email="maria.rossi@example.it")
    for desk in (a, b, a):
        sync_with_hub(desk, hub)

    for store in (hub, a, b):
        found = _worker(store, worker_id)
        assert found is not None
        assert (found.phone, found.email) == ("0371 111111", "maria.rossi@example.it")
    assert _conflicts(hub) == []


def test_the_same_field_edited_on_two_desks_converges_with_a_conflict_to_resolve(
    hub: Store, desks: list[Store]
) -> None:
    worker_id = add_worker(hub).worker.id
    a, b = _copies(hub, desks, 2)

    _edit(a, Worker, worker_id, phone="0371 111111")
    _edit(b, Worker, worker_id, phone="0371 222222")  # the later of the two
    for desk in (b, a, b):
        sync_with_hub(desk, hub)

    for store in (hub, a, b):
        found = _worker(store, worker_id)
        assert found is not None and found.phone == "0371 222222"
        [conflict] = _conflicts(store)
        assert (conflict.field, conflict.kept, conflict.lost) == (
            "phone",
            "0371 222222",
            "0371 111111",
        )
        assert conflict.resolved_at is None
    assert _contents(a) == _contents(b) == _contents(hub)


def test_a_record_removed_on_one_desk_and_edited_on_another_stays_removed(
    hub: Store, desks: list[Store]
) -> None:
    worker_id = add_worker(hub).worker.id
    member_id = add_member(hub, worker_id, "Giulia", date(2019, 5, 2))
    a, b = _copies(hub, desks, 2)

    with UnitOfWork(a) as uow:
        member = uow.get(HouseholdMember, member_id)
        assert member is not None
        uow.delete(member, reason="inserita per errore")
        uow.commit()
    _edit(b, HouseholdMember, member_id, disability="art3c3")
    for desk in (a, b, a):
        sync_with_hub(desk, hub)

    for store in (hub, a, b):
        with UnitOfWork(store) as uow:
            assert uow.get(HouseholdMember, member_id) is None  # never brought back
        [conflict] = _conflicts(store)
        assert conflict.kind == "edit_on_deleted"
        assert conflict.lost == {"disability": "art3c3"}
    assert _contents(a) == _contents(b) == _contents(hub)


def test_an_edit_already_on_the_hub_when_a_removal_arrives_is_set_aside(
    hub: Store, desks: list[Store]
) -> None:
    worker_id = add_worker(hub).worker.id
    member_id = add_member(hub, worker_id, "Giulia", date(2019, 5, 2))
    a, b = _copies(hub, desks, 2)

    _edit(b, HouseholdMember, member_id, disability="art3c3")
    sync_with_hub(b, hub)
    with UnitOfWork(a) as uow:
        member = uow.get(HouseholdMember, member_id)
        assert member is not None
        uow.delete(member)
        uow.commit()
    for desk in (a, b):
        sync_with_hub(desk, hub)

    for store in (hub, a, b):
        with UnitOfWork(store) as uow:
            assert uow.get(HouseholdMember, member_id) is None
        [conflict] = _conflicts(store)
        assert (conflict.kind, conflict.lost) == ("deleted", {"disability": "art3c3"})


def test_a_push_whose_acknowledgement_was_lost_is_not_applied_twice(
    hub: Store, desks: list[Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    worker_id = add_worker(hub).worker.id
    a = desks[0]
    sync_with_hub(a, hub)
    _edit(a, Worker, worker_id, phone="0371 111111")
    _edit(a, Worker, worker_id, phone="0371 333333")

    def lost(*_args: object) -> None:  # the hub committed; the desk died before the ack
        raise ConnectionResetError("connessione persa")

    monkeypatch.setattr(hub_sync, "acknowledge", lost)
    with pytest.raises(ConnectionResetError):
        sync_with_hub(a, hub)
    monkeypatch.undo()
    before = sorted(_journal_ids(hub))

    again = sync_with_hub(a, hub)

    assert (again.pushed, again.replayed, again.pending) == (0, 2, 0)
    assert sorted(_journal_ids(hub)) == before  # no operation applied twice
    found = _worker(hub, worker_id)
    assert found is not None and found.phone == "0371 333333"


def test_a_connection_reset_in_the_middle_of_a_push_loses_nothing(
    hub: Store, desks: list[Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    worker_id = add_worker(hub).worker.id
    a = desks[0]
    sync_with_hub(a, hub)
    _edit(a, Worker, worker_id, phone="0371 111111", municipality="Lodi")
    applying = hub_sync.apply_merging

    def reset(connection: Any, *args: Any, **kwargs: Any) -> Any:
        outcome = applying(connection, *args, **kwargs)
        pid = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with hub.engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        return outcome

    monkeypatch.setattr(hub_sync, "apply_merging", reset)
    with pytest.raises(SyncRefused, match="si è interrotto"):  # in Italian, not the driver's
        sync_with_hub(a, hub)
    monkeypatch.undo()
    found = _worker(hub, worker_id)
    assert found is not None and found.phone is None  # the batch rolled back whole

    again = sync_with_hub(a, hub)

    assert (again.pushed, again.pending) == (1, 0)
    found = _worker(hub, worker_id)
    assert found is not None and (found.phone, found.municipality) == ("0371 111111", "Lodi")


def test_a_pull_cut_short_resumes_where_it_stopped(
    hub: Store, desks: list[Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    worker_id = add_worker(hub).worker.id
    a = desks[0]
    sync_with_hub(a, hub)
    _edit(hub, Worker, worker_id, municipality="Codogno")
    real = hub_sync.apply_as_written

    def dies(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)
        raise KeyboardInterrupt  # the desk closed in the middle of the pull

    monkeypatch.setattr(hub_sync, "apply_as_written", dies)
    with pytest.raises(KeyboardInterrupt):
        sync_with_hub(a, hub)
    monkeypatch.undo()
    found = _worker(a, worker_id)
    assert found is not None and found.municipality is None  # nothing half applied

    again = sync_with_hub(a, hub)

    assert again.pulled == 1
    found = _worker(a, worker_id)
    assert found is not None and found.municipality == "Codogno"
    assert _contents(a) == _contents(hub)


def test_a_desk_whose_clock_is_two_years_ahead_does_not_stamp_the_hub_in_the_future(
    hub: Store, desks: list[Store]
) -> None:
    worker_id = add_worker(hub).worker.id
    a, b = _copies(hub, desks, 2)
    real = a.stamps._wall_ms
    a.stamps = StampSource(lambda: real() + 2 * YEAR_MS)
    b.stamps = StampSource(lambda: real() - 2 * YEAR_MS)

    _edit(a, Worker, worker_id, phone="0371 111111")
    _edit(b, Worker, worker_id, phone="0371 222222")
    for desk in (a, b, a, b):
        sync_with_hub(desk, hub)

    with hub.engine.connect() as connection:
        newest = connection.execute(select(func.max(JournalEntry.stamp))).scalar_one()
        hub_ms = connection.execute(
            text("SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)")
        ).scalar_one()
    assert int(newest.split(".")[0]) <= hub_ms + 5 * 60 * 1000
    assert _contents(a) == _contents(b) == _contents(hub)
    assert len(_conflicts(hub)) == 1


def test_an_old_desk_meets_an_upgraded_hub_and_keeps_its_changes(
    hub: Store, desks: list[Store]
) -> None:
    worker_id = add_worker(hub).worker.id
    a = desks[0]
    sync_with_hub(a, hub)
    _edit(a, Worker, worker_id, phone="0371 111111")
    with hub.engine.begin() as connection:
        head = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    try:
        with pytest.raises(SyncRefused, match="versione più recente"):
            sync_with_hub(a, hub)
    finally:
        with hub.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": head})

    assert sync_with_hub(a, hub).pushed == 1


def test_a_store_with_records_of_its_own_is_not_turned_into_a_replica(
    hub: Store, desks: list[Store]
) -> None:
    add_worker(desks[0], surname="Verdi")

    with pytest.raises(SyncRefused, match="contiene già dati"):
        sync_with_hub(desks[0], hub)

    with UnitOfWork(desks[0]) as uow:
        assert [w.surname for w in search_workers(uow, "verdi")] == ["Verdi"]


def test_three_desks_pushing_at_once_end_equal(hub: Store, desks: list[Store]) -> None:
    workers = [add_worker(hub, surname=s).worker.id for s in ("Rossi", "Bianchi", "Verdi")]
    for desk in desks:
        sync_with_hub(desk, hub)
    for round_ in range(3):
        for index, desk in enumerate(desks):
            # each desk the phone of one worker and the town of every worker
            _edit(desk, Worker, workers[index], phone=f"0371 {index}{round_}0000")
            for worker_id in workers:
                _edit(desk, Worker, worker_id, municipality=f"Comune {index}-{round_}")
    failures: list[BaseException] = []

    def run(desk: Store) -> None:
        try:
            sync_with_hub(desk, hub)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(desk,)) for desk in desks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    for _ in range(2):
        for desk in desks:
            sync_with_hub(desk, hub)

    assert _contents(desks[0]) == _contents(desks[1]) == _contents(desks[2]) == _contents(hub)
    for index, worker_id in enumerate(workers):
        found = _worker(hub, worker_id)
        assert found is not None and found.phone == f"0371 {index}20000"
    ids = _journal_ids(hub)
    assert len(ids) == len(set(ids))


def _workers_by_code(store: Store) -> dict[str, list[uuid.UUID]]:
    found: dict[str, list[uuid.UUID]] = {}
    with store.engine.connect() as connection:
        for code, worker_id in connection.execute(select(Worker.codice_fiscale, Worker.id)):
            found.setdefault(code, []).append(worker_id)
    return found


def test_the_same_person_registered_on_two_desks_becomes_one_worker_and_a_proposal(
    hub: Store, desks: list[Store]
) -> None:
    a, b = _copies(hub, desks, 2)
    # the same worker, and her employer, registered at two welfare days with no network
    on_a = add_worker(a, phone="0371 111111").worker.id
    add_member(a, on_a, "Giulia", date(2019, 5, 2))
    on_b = add_worker(b, phone="0371 222222").worker.id
    add_member(b, on_b, "Pietro", date(2021, 2, 3))

    for desk in (a, b, a):
        sync_with_hub(desk, hub)

    for store in (hub, a, b):
        assert list(_workers_by_code(store).values()) == [[on_a]]
        with UnitOfWork(store) as uow:
            worker = uow.get(Worker, on_a)
            assert worker is not None and worker.phone == "0371 111111"
            assert sorted(m.name for m in worker.household) == ["Giulia", "Pietro"]
        proposals = [c for c in _conflicts(store) if c.kind == "same_record"]
        assert [(p.entity, p.entity_id) for p in proposals] == [("worker", on_a)]
        assert proposals[0].lost == {"phone": "0371 222222"}
    assert _contents(a) == _contents(b) == _contents(hub)
    with UnitOfWork(b) as uow:
        assert [w.id for w in search_workers(uow, "rossi")] == [on_a]


def test_numbers_given_offline_are_provisional_until_the_hub_confirms_them(
    hub: Store, desks: list[Store]
) -> None:
    from tests.conftest import TODAY
    from welfare_desk.cases.casework import open_case
    from welfare_desk.store.models import Case

    first = add_worker(hub, surname="Rossi").worker.id
    second = add_worker(hub, surname="Bianchi").worker.id
    a, b = _copies(hub, desks, 2)
    with UnitOfWork(a) as uow:
        on_a = open_case(uow, first, TODAY)
    with UnitOfWork(b) as uow:
        on_b = open_case(uow, second, TODAY)
    assert on_a.number.endswith("-P0001") and on_b.number.endswith("-P0001")

    for desk in (a, b, a):
        sync_with_hub(desk, hub)

    for store in (hub, a, b):
        with UnitOfWork(store) as uow:
            numbers = {c.worker_id: c.number for c in uow.session.scalars(select(Case))}
        assert numbers == {
            first: on_a.number.replace("-P0001", "-0001"),
            second: on_b.number.replace("-P0001", "-0002"),
        }
    assert _conflicts(hub) == []


def test_a_worker_renamed_on_one_desk_is_found_by_the_new_name_on_the_others(
    hub: Store, desks: list[Store]
) -> None:
    worker_id = add_worker(hub, surname="Ferrari", name="Paola").worker.id
    a, b = _copies(hub, desks, 2)

    _edit(a, Worker, worker_id, surname="Marchetti", phone="0371 444444")
    with UnitOfWork(a) as uow:  # as the desk's editor keeps the list's order
        from welfare_desk.registry.workers import index_workers, worker_sort_key

        worker = uow.get(Worker, worker_id)
        assert worker is not None
        worker.sort_key = worker_sort_key(worker_id, worker.surname, worker.name)
        uow.flush()
        index_workers(uow, [(worker_id, "Marchetti", "Paola", worker.codice_fiscale, "x")])
        uow.commit()
    for desk in (a, b):
        sync_with_hub(desk, hub)

    for store in (hub, b):
        with UnitOfWork(store) as uow:
            assert [w.id for w in search_workers(uow, "marchetti")] == [worker_id]
            assert search_workers(uow, "ferrari") == []


def test_the_first_copy_reads_one_snapshot_of_the_hub(
    hub: Store, desks: list[Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    add_worker(hub)
    copying = hub_sync._copy_table
    seen: list[str] = []

    def looking(source: Any, local: Any, table: Any, where: Any = None) -> None:
        with source.cursor() as cursor:
            cursor.execute("SHOW transaction_isolation")
            seen.append(cursor.fetchone()[0])
        copying(source, local, table, where)

    monkeypatch.setattr(hub_sync, "_copy_table", looking)
    sync_with_hub(desks[0], hub)

    assert set(seen) == {"repeatable read"}


def test_enrollments_made_offline_beyond_the_places_go_to_the_waiting_list(
    hub: Store, desks: list[Store]
) -> None:
    from datetime import timedelta

    from tests.conftest import TODAY
    from tests.helpers import add_camp
    from welfare_desk.catalogue.enrollments import enroll
    from welfare_desk.store.models import Edition, Enrollment

    starts = TODAY + timedelta(days=30)
    _, edition_id = add_camp(hub, capacity=2, starts=starts, ends=starts + timedelta(days=4))
    children = []
    for surname in ("Rossi", "Bianchi", "Verdi", "Neri"):
        worker_id = add_worker(hub, surname=surname).worker.id
        born = date(starts.year - 8, 3, 1)
        children.append((worker_id, add_member(hub, worker_id, "Figlio", born)))
    a, b = _copies(hub, desks, 2)
    for desk, pair in ((a, children[:2]), (b, children[2:])):
        for worker_id, member_id in pair:
            with UnitOfWork(desk) as uow:
                made = enroll(uow, edition_id, worker_id, member_id, TODAY, add_to_plan=False)
            assert made.enrollment.status == "pending"
            assert "in attesa di conferma" in made.message

    for desk in (a, b, a):
        sync_with_hub(desk, hub)

    for store in (hub, a, b):
        with UnitOfWork(store) as uow:
            edition = uow.get(Edition, edition_id)
            assert edition is not None and (edition.taken, edition.waiting) == (2, 2)
            statuses = {e.worker_id: e.status for e in uow.session.scalars(select(Enrollment))}
        assert statuses == {
            children[0][0]: "confirmed",
            children[1][0]: "confirmed",
            children[2][0]: "waitlisted",
            children[3][0]: "waitlisted",
        }


def test_a_laptop_restored_from_an_old_backup_catches_up_without_duplicates(
    hub: Store, desks: list[Store], tmp_path: Path
) -> None:
    from tests.conftest import copy_store, store_at

    worker_id = add_worker(hub).worker.id
    a = desks[0]
    sync_with_hub(a, hub)
    _edit(a, Worker, worker_id, phone="0371 111111")  # waiting to go out when copied
    path = a.target.sqlite_path
    assert path is not None
    with a.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backup = copy_store(path, tmp_path / "backup.sqlite")
    _edit(a, Worker, worker_id, email="dopo@example.it")
    sync_with_hub(a, hub)
    a.close()

    copy_store(backup, path)  # the laptop's disk replaced, the backup put back
    restored = store_at(str(path))
    try:
        report = sync_with_hub(restored, hub)

        assert (report.pushed, report.replayed) == (0, 1)  # already on the hub
        assert _contents(restored) == _contents(hub)
        found = _worker(restored, worker_id)
        assert found is not None
        assert (found.phone, found.email) == ("0371 111111", "dopo@example.it")
        ids = _journal_ids(hub)
        assert len(ids) == len(set(ids))
    finally:
        restored.close()


def test_a_place_freed_offline_goes_to_the_longest_waiting(hub: Store, desks: list[Store]) -> None:
    from datetime import timedelta

    from tests.conftest import TODAY
    from tests.helpers import add_camp
    from welfare_desk.catalogue.enrollments import cancel, enroll
    from welfare_desk.store.models import Edition, Enrollment

    starts = TODAY + timedelta(days=30)
    _, edition_id = add_camp(hub, capacity=1, starts=starts, ends=starts + timedelta(days=4))
    made = []
    for surname in ("Rossi", "Bianchi"):
        worker_id = add_worker(hub, surname=surname).worker.id
        member_id = add_member(hub, worker_id, "Figlio", date(starts.year - 8, 3, 1))
        with UnitOfWork(hub) as uow:
            made.append(enroll(uow, edition_id, worker_id, member_id, TODAY, add_to_plan=False))
    assert [m.enrollment.status for m in made] == ["confirmed", "waitlisted"]
    a, b = _copies(hub, desks, 2)

    with UnitOfWork(a) as uow:  # offline: the desk frees the place, gives it to no one
        outcome = cancel(uow, made[0].enrollment.id, made[0].enrollment.version, "rinuncia")
    assert outcome.promoted is None
    for desk in (a, b):
        sync_with_hub(desk, hub)

    for store in (hub, a, b):
        with UnitOfWork(store) as uow:
            edition = uow.get(Edition, edition_id)
            assert edition is not None and (edition.taken, edition.waiting) == (1, 0)
            second = uow.get(Enrollment, made[1].enrollment.id)
            assert second is not None and second.status == "confirmed"


def _remove_worker(store: Store, worker_id: uuid.UUID) -> None:
    with UnitOfWork(store) as uow:
        worker = uow.get(Worker, worker_id)
        assert worker is not None
        uow.delete(worker, reason="registrato per errore")
        uow.commit()


def test_a_family_member_added_offline_to_a_worker_removed_elsewhere_is_set_aside(
    hub: Store, desks: list[Store]
) -> None:
    worker_id = add_worker(hub).worker.id
    a, b = _copies(hub, desks, 2)
    added = add_member(a, worker_id, "Giulia", date(2019, 5, 2))
    _remove_worker(b, worker_id)

    for desk in (b, a, b, a):
        sync_with_hub(desk, hub)  # never stuck on the member whose worker is gone

    for store in (hub, a, b):
        assert _worker(store, worker_id) is None
        with UnitOfWork(store) as uow:
            assert uow.get(HouseholdMember, added) is None
        kept = [c for c in _conflicts(store) if c.entity_id == added]
        assert [c.lost["name"] for c in kept] == ["Giulia"]  # the edit is not lost
    assert _contents(a) == _contents(b) == _contents(hub)


def test_a_worker_removed_offline_takes_the_family_added_meanwhile_elsewhere_along(
    hub: Store, desks: list[Store]
) -> None:
    worker_id = add_worker(hub).worker.id
    a, b = _copies(hub, desks, 2)
    added = add_member(b, worker_id, "Pietro", date(2020, 1, 9))
    sync_with_hub(b, hub)  # on the hub before the removal arrives
    _remove_worker(a, worker_id)

    for desk in (a, b, a):
        sync_with_hub(desk, hub)

    for store in (hub, a, b):
        assert _worker(store, worker_id) is None
        kept = [c for c in _conflicts(store) if c.entity_id == added]
        assert [c.lost["name"] for c in kept] == ["Pietro"]
    assert _contents(a) == _contents(b) == _contents(hub)


def test_a_code_corrected_to_one_another_desk_took_is_set_aside_and_sync_goes_on(
    hub: Store, desks: list[Store]
) -> None:
    first = add_worker(hub, surname="Rossi", name="Maria").worker.id
    a, b = _copies(hub, desks, 2)
    taken = add_worker(b, surname="Verdi", name="Anna").worker  # registered on b
    _edit(a, Worker, first, codice_fiscale=taken.codice_fiscale, phone="0371 555555")
    later = add_worker(a, surname="Neri", name="Luca").worker.id  # after the bad change
    sync_with_hub(b, hub)

    for desk in (a, b, a):
        sync_with_hub(desk, hub)  # never stuck on the refused change

    for store in (hub, a, b):
        with UnitOfWork(store) as uow:
            kept = uow.get(Worker, first)
            assert kept is not None and kept.codice_fiscale != taken.codice_fiscale
            assert uow.get(Worker, later) is not None  # what came after went through
        refused = [c for c in _conflicts(store) if c.kind == "refused"]
        assert [c.lost["codice_fiscale"] for c in refused] == [taken.codice_fiscale]
    assert _contents(a) == _contents(b) == _contents(hub)


def test_a_person_removed_and_registered_again_before_a_push_arrives_as_one(
    hub: Store, desks: list[Store]
) -> None:
    """Found by the state machine: the second registration was taken for the same
    person as the first, whose removal the hub had not written yet."""
    a = desks[0]
    sync_with_hub(a, hub)
    first = add_worker(a, surname="Ricci", name="Paolo").worker.id
    _remove_worker(a, first)
    again = add_worker(a, surname="Ricci", name="Paolo").worker.id

    sync_with_hub(a, hub)

    assert list(_workers_by_code(hub).values()) == [[again]]
    assert _contents(a) == _contents(hub)


def test_a_password_changed_on_the_hub_or_on_a_desk_is_the_one_everywhere(
    hub: Store, desks: list[Store]
) -> None:
    from welfare_desk.access.operators import (
        SignInRefused,
        change_password,
        create_first_admin,
        sign_in,
    )

    with UnitOfWork(hub) as uow:
        admin = create_first_admin(uow, "ebrambilla", "Elena Brambilla", "prima-password-lunga")
    a, b = _copies(hub, desks, 2)

    with UnitOfWork(hub) as uow:  # changed at the office
        change_password(uow, admin.id, "prima-password-lunga", "seconda-password-lunga")
    sync_with_hub(a, hub)
    with UnitOfWork(a) as uow:
        assert sign_in(uow, "ebrambilla", "seconda-password-lunga").id == admin.id
    with UnitOfWork(a) as uow, pytest.raises(SignInRefused):
        sign_in(uow, "ebrambilla", "prima-password-lunga")

    with UnitOfWork(b) as uow:  # then on a laptop, which had not heard of the first change
        change_password(uow, admin.id, "prima-password-lunga", "terza-password-lunga")
    for desk in (b, a):
        sync_with_hub(desk, hub)
    for store in (hub, a, b):
        with UnitOfWork(store) as uow:
            assert sign_in(uow, "ebrambilla", "terza-password-lunga").id == admin.id
