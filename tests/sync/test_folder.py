"""Desks with no server, synchronised through a shared folder of changeset files (#20):
real stores, a real folder, files cut short, copied, read twice and read out of order."""

from __future__ import annotations

import shutil
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.helpers import add_member, add_worker
from tests.sync.test_hub import _edit, _worker
from welfare_desk.registry.workers import search_workers
from welfare_desk.store.changesets import CHANGES, DESCRIPTION
from welfare_desk.store.engine import Store
from welfare_desk.store.models import (
    HouseholdMember,
    SyncConflict,
    Worker,
    WorkerSearchToken,
)
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.sync.folder import sync_with_folder
from welfare_desk.sync.hub import SyncRefused

PHRASE = "la frase della cartella di prova"


def _sync(store: Store, folder: Path) -> Any:
    return sync_with_folder(store, folder, PHRASE)


def _rounds(stores: list[Store], folder: Path, rounds: int = 2) -> None:
    for _ in range(rounds):
        for store in stores:
            _sync(store, folder)


def _remove(store: Store, model: type[Any], record_id: uuid.UUID) -> None:
    with UnitOfWork(store) as uow:
        record = uow.get(model, record_id)
        assert record is not None
        uow.session.delete(record)
        uow.commit()


def _contents(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """What a welfare manager would see of each record, whatever desk it is read on."""
    seen: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as connection:
        for model, keys in (
            (
                Worker,
                ("id", "surname", "name", "codice_fiscale", "phone", "email", "municipality"),
            ),
            (HouseholdMember, ("id", "worker_id", "name", "birth_date", "disability")),
            (SyncConflict, ("id", "entity_id", "kind", "field", "kept", "lost", "resolution")),
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
        found = list(uow.session.scalars(select(SyncConflict).order_by(SyncConflict.id)))
        uow.session.expunge_all()
        return found


def test_a_worker_registered_on_one_desk_is_found_on_the_others(
    sites: list[Store], folder: Path
) -> None:
    a, b, c = sites[:3]
    made = add_worker(a, surname="Colombo", name="Sara")
    add_member(a, made.worker.id, "Pietro", date(2020, 1, 9))

    first = _sync(a, folder)
    _sync(b, folder)
    _sync(c, folder)

    assert first.first and first.pushed > 0 and first.pending == 0
    for store in (b, c):
        with UnitOfWork(store) as uow:
            assert [w.surname for w in search_workers(uow, "colo")] == ["Colombo"]
    assert _contents(a) == _contents(b) == _contents(c)
    # nothing in the folder can be read without the folder's phrase
    files = list((folder / CHANGES).rglob("*.wdc"))
    assert files and all(b"Colombo" not in f.read_bytes() for f in files)
    assert b"Colombo" not in (folder / DESCRIPTION).read_bytes()


def test_edits_of_different_fields_on_two_desks_both_survive(
    sites: list[Store], folder: Path
) -> None:
    a, b = sites[:2]
    worker_id = add_worker(a).worker.id
    _rounds([a, b], folder, 1)

    _edit(a, Worker, worker_id, phone="0371 111111")
    _edit(b, Worker, worker_id, email="nuova@example.it")
    _rounds([a, b], folder)

    for store in (a, b):
        found = _worker(store, worker_id)
        assert found is not None
        assert (found.phone, found.email) == ("0371 111111", "nuova@example.it")
    assert _conflicts(a) == [] and _contents(a) == _contents(b)


def test_the_same_field_edited_on_two_desks_converges_and_shows_the_conflict(
    sites: list[Store], folder: Path
) -> None:
    a, b, c = sites[:3]
    worker_id = add_worker(a).worker.id
    _rounds([a, b, c], folder, 1)

    _edit(a, Worker, worker_id, phone="0371 111111")
    _edit(b, Worker, worker_id, phone="0371 222222")  # made later: it is kept
    _sync(b, folder)
    _sync(c, folder)  # reads b's before a's
    _rounds([a, b, c], folder)

    phones = {_worker(s, worker_id).phone for s in (a, b, c)}  # type: ignore[union-attr]
    assert phones == {"0371 222222"}
    for store in (a, b, c):
        [conflict] = _conflicts(store)
        assert (conflict.kind, conflict.field) == ("field", "phone")
        assert (conflict.kept, conflict.lost) == ("0371 222222", "0371 111111")
    assert _contents(a) == _contents(b) == _contents(c)


def test_a_removal_stands_against_an_edit_made_elsewhere_and_says_so(
    sites: list[Store], folder: Path
) -> None:
    a, b = sites[:2]
    worker_id = add_worker(a).worker.id
    member = add_member(a, worker_id, "Giulia", date(2019, 5, 2))
    _rounds([a, b], folder, 1)

    _remove(a, Worker, worker_id)
    _edit(b, Worker, worker_id, phone="0371 333333")
    add_member(b, worker_id, "Marco", date(2021, 3, 4))  # added under it meanwhile
    _rounds([b, a], folder)

    for store in (a, b):
        assert _worker(store, worker_id) is None
        with UnitOfWork(store) as uow:
            assert uow.get(HouseholdMember, member) is None
            assert uow.session.scalars(select(HouseholdMember)).all() == []
        kinds = sorted(c.kind for c in _conflicts(store))
        assert kinds == ["deleted", "edit_on_deleted"] or kinds == ["deleted", "deleted"]
    left, right = _contents(a)["sync_conflict"], _contents(b)["sync_conflict"]
    assert [r for r in left if r not in right] == [r for r in right if r not in left]
    assert _contents(a) == _contents(b)


def test_the_same_person_registered_on_two_desks_becomes_a_proposal(
    sites: list[Store], folder: Path
) -> None:
    a, b = sites[:2]
    _rounds([a, b], folder, 1)
    first = add_worker(a, surname="Rossi", name="Mario", phone="0371 1")
    second = add_worker(b, surname="Rossi", name="Mario", phone="0371 2")
    code = _worker(a, first.worker.id).codice_fiscale  # type: ignore[union-attr]
    _rounds([b, a], folder)

    for store in (a, b):
        kept = _worker(store, first.worker.id)
        other = _worker(store, second.worker.id)
        assert kept is not None and kept.codice_fiscale == code
        assert other is not None and other.codice_fiscale.startswith("~")
        proposals = {c.entity: c for c in _conflicts(store)}
        assert set(proposals) == {"worker", "organization"}  # the employer was made twice too
        proposal = proposals["worker"]
        assert (proposal.kind, proposal.entity_id) == ("same_record", first.worker.id)
        assert (proposal.kept["phone"], proposal.lost["phone"]) == ("0371 1", "0371 2")
        assert proposal.kept["codice_fiscale"] == proposal.lost["codice_fiscale"] == code
        assert "id" not in proposal.lost  # taking the other's values never takes its id
    assert _contents(a) == _contents(b)

    # the one registered first removed on a desk: the other takes its code everywhere
    _remove(b, Worker, first.worker.id)
    _rounds([a, b], folder)
    for store in (a, b):
        assert _worker(store, second.worker.id).codice_fiscale == code  # type: ignore[union-attr]
        assert {c.entity for c in _conflicts(store)} == {"organization"}
    assert _contents(a) == _contents(b)


def test_a_wrong_phrase_is_refused_before_anything_is_read(
    sites: list[Store], folder: Path
) -> None:
    a, b = sites[:2]
    add_worker(a)
    _sync(a, folder)

    with pytest.raises(SyncRefused, match="frase della cartella"):
        sync_with_folder(b, folder, "un'altra frase sbagliata")
    assert _worker_count(b) == 0


def _worker_count(store: Store) -> int:
    with store.engine.connect() as connection:
        return len(connection.execute(select(Worker.id)).all())


def test_half_written_and_repeated_files_change_nothing(sites: list[Store], folder: Path) -> None:
    a, b = sites[:2]
    worker_id = add_worker(a).worker.id
    _sync(a, folder)
    run = folder / CHANGES / next(p.name for p in (folder / CHANGES).iterdir())
    [written] = list(run.glob("*.wdc"))
    # a copy cut short by a crash keeps its temporary name; a copy under the next number
    # is a file the desk did not write there
    (run / ".00000002.wdc.0badc0ffee00.tmp").write_bytes(written.read_bytes()[:50])

    report = _sync(b, folder)

    assert report.pulled > 0 and report.notes == []
    shutil.copyfile(written, run / "00000002.wdc")
    again = _sync(b, folder)
    assert again.pulled == 0 and len(again.notes) == 1 and "00000002.wdc" in again.notes[0]
    assert _worker(b, worker_id) is not None


def test_a_file_written_before_a_crash_is_not_lost_nor_applied_twice(
    sites: list[Store], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = sites[:2]
    _rounds([a, b], folder, 1)
    worker_id = add_worker(a).worker.id
    from welfare_desk.store import folder_sync

    def crash(*_args: Any) -> None:
        raise KeyboardInterrupt  # the process dies after the file, before its mark

    monkeypatch.setattr(folder_sync, "acknowledge", crash)
    with pytest.raises(KeyboardInterrupt):
        _sync(a, folder)
    monkeypatch.undo()

    resent = _sync(a, folder)
    received = _sync(b, folder)

    assert resent.pushed > 0  # sent again, in the next file
    assert received.pulled > 0 and received.replayed == resent.pushed
    assert _worker(b, worker_id) is not None and _contents(a) == _contents(b)


def test_five_desks_converge_whatever_order_they_read_in(sites: list[Store], folder: Path) -> None:
    first = sites[0]
    surnames = ("Rossi", "Bianchi", "Colombo", "Ferrari", "Esposito")
    workers = [add_worker(first, surname=surname).worker.id for surname in surnames]
    _rounds(sites, folder, 1)
    for n, store in enumerate(sites):
        for m, worker_id in enumerate(workers):
            _edit(store, Worker, worker_id, phone=f"0371 {n}{m}0000", municipality=f"Lodi {n}")
        add_member(store, workers[n], f"Figlio{n}", date(2018, 1, 1 + n))
    for store in reversed(sites):
        _sync(store, folder)
    _rounds(sites, folder)

    contents = [_contents(store) for store in sites]
    assert all(c == contents[0] for c in contents)
    assert len(contents[0]["household_member"]) == 5


def test_numbers_given_on_two_desks_are_made_definitive_by_the_reference_desk(
    sites: list[Store], folder: Path
) -> None:
    from tests.conftest import TODAY
    from welfare_desk.cases.casework import open_case
    from welfare_desk.domain.numbers import printed
    from welfare_desk.store.models import Case

    reference, b, c = sites[:3]
    first = add_worker(reference, surname="Rossi").worker.id
    second = add_worker(reference, surname="Bianchi").worker.id
    _rounds([reference, b, c], folder, 1)
    with UnitOfWork(b) as uow:
        on_b = open_case(uow, first, TODAY)
    with UnitOfWork(c) as uow:
        on_c = open_case(uow, second, TODAY)
    # the same provisional number on both, printed as provisional
    assert on_b.number.endswith("-P0001") and on_c.number.endswith("-P0001")
    assert printed(on_b.number).endswith("(provvisorio)")

    _rounds([b, c, reference], folder)

    expected = {
        first: on_b.number.replace("-P0001", "-0001"),
        second: on_c.number.replace("-P0001", "-0002"),
    }
    for store in (reference, b, c):
        with UnitOfWork(store) as uow:
            numbers = {k.worker_id: k.number for k in uow.session.scalars(select(Case))}
        assert numbers == expected
    third = add_worker(reference, surname="Verdi").worker.id
    with UnitOfWork(reference) as uow:  # the reference desk numbers its own for good
        assert open_case(uow, third, TODAY).number.endswith("-0003")


def test_enrollments_made_on_two_desks_never_overbook(sites: list[Store], folder: Path) -> None:
    from datetime import timedelta

    from tests.conftest import TODAY
    from tests.helpers import add_camp
    from welfare_desk.catalogue.enrollments import enroll
    from welfare_desk.store.models import Edition, Enrollment

    reference, b, c = sites[:3]
    starts = TODAY + timedelta(days=30)
    _, edition_id = add_camp(reference, capacity=2, starts=starts, ends=starts + timedelta(days=4))
    children = []
    for surname in ("Rossi", "Bianchi", "Verdi", "Neri"):
        worker_id = add_worker(reference, surname=surname).worker.id
        born = date(starts.year - 8, 3, 1)
        children.append((worker_id, add_member(reference, worker_id, "Figlio", born)))
    _rounds([reference, b, c], folder, 1)
    for desk, pair in ((b, children[:2]), (c, children[2:])):
        for worker_id, member_id in pair:
            with UnitOfWork(desk) as uow:
                made = enroll(uow, edition_id, worker_id, member_id, TODAY, add_to_plan=False)
            assert made.enrollment.status == "pending"

    _rounds([b, c, reference], folder)

    for store in (reference, b, c):
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


def test_a_conflict_decided_on_one_desk_is_decided_on_every_desk(
    sites: list[Store], folder: Path
) -> None:
    from welfare_desk.sync.conflicts import resolve

    a, b, c = sites[:3]
    worker_id = add_worker(a).worker.id
    _rounds([a, b, c], folder, 1)
    _edit(a, Worker, worker_id, phone="0371 111111")
    _edit(b, Worker, worker_id, phone="0371 222222")
    _rounds([a, b], folder)  # c has not met it yet
    [conflict] = _conflicts(a)

    with UnitOfWork(a) as uow:
        resolve(uow, conflict.id, conflict.version, take_other=True)
    _rounds([a, b, c], folder)

    for store in (a, b, c):
        [seen] = _conflicts(store)
        assert (seen.id, seen.resolution) == (conflict.id, "other")
        assert _worker(store, worker_id).phone == "0371 111111"  # type: ignore[union-attr]
    assert _contents(a) == _contents(b) == _contents(c)


def test_a_store_with_data_of_its_own_does_not_join_a_folder_in_use(
    sites: list[Store], folder: Path
) -> None:
    a, b = sites[:2]
    add_worker(a, surname="Rossi")
    _sync(a, folder)
    add_worker(b, surname="Bianchi")

    with pytest.raises(SyncRefused, match="archivio nuovo"):
        _sync(b, folder)

    with UnitOfWork(b) as uow:  # nothing taken, nothing lost
        assert [w.surname for w in search_workers(uow, "")] in (["Bianchi"], [])
    assert _worker_count(b) == 1


def test_the_welfare_manager_makes_the_two_records_of_one_person_one(
    sites: list[Store], folder: Path
) -> None:
    from welfare_desk.sync.conflicts import merge, open_conflicts

    a, b = sites[:2]
    _rounds([a, b], folder, 1)
    first = add_worker(a, surname="Rossi", name="Mario").worker.id
    second = add_worker(b, surname="Rossi", name="Mario", phone="0371 2").worker.id
    add_member(b, second, "Giulia", date(2019, 5, 2))  # known only to the second record
    _rounds([b, a], folder)
    with UnitOfWork(a) as uow:
        [proposal] = [c for c in open_conflicts(uow) if c.worker_id == first]
    assert proposal.double_id == second

    with UnitOfWork(a) as uow:
        moved = merge(uow, proposal.id, proposal.version)
    _rounds([a, b], folder)

    assert moved == 1
    for store in (a, b):
        assert _worker(store, second) is None
        with UnitOfWork(store) as uow:
            [member] = uow.session.scalars(select(HouseholdMember)).all()
            assert member.worker_id == first
            assert [w.id for w in search_workers(uow, "rossi")] == [first]
        decided = {c.id: c.resolution for c in _conflicts(store)}
        assert decided[proposal.id] == "merged"
    assert _contents(a) == _contents(b)


def test_a_password_set_on_one_desk_opens_the_others(sites: list[Store], folder: Path) -> None:
    from welfare_desk.access.operators import (
        SignInRefused,
        change_password,
        create_first_admin,
        sign_in,
    )

    a, b, c = sites[:3]
    with UnitOfWork(a) as uow:
        admin = create_first_admin(uow, "ebrambilla", "Elena Brambilla", "prima-password-lunga")
    _rounds([a, b, c], folder, 1)
    with UnitOfWork(c) as uow:  # the account came with its password
        assert sign_in(uow, "ebrambilla", "prima-password-lunga").id == admin.id

    with UnitOfWork(b) as uow:
        change_password(uow, admin.id, "prima-password-lunga", "seconda-password-lunga")
    _rounds([b, c, a], folder)

    for store in (a, b, c):
        with UnitOfWork(store) as uow:
            assert sign_in(uow, "ebrambilla", "seconda-password-lunga").id == admin.id
        with UnitOfWork(store) as uow, pytest.raises(SignInRefused):
            sign_in(uow, "ebrambilla", "prima-password-lunga")


def test_the_two_records_of_one_employer_made_on_two_desks_become_one(
    sites: list[Store], folder: Path
) -> None:
    from welfare_desk.store.models import Organization
    from welfare_desk.sync.conflicts import merge, open_conflicts

    a, b = sites[:2]
    _rounds([a, b], folder, 1)
    first = add_worker(a, surname="Rossi").worker.id  # each desk registers the employer
    second = add_worker(b, surname="Bianchi").worker.id
    _rounds([b, a], folder)
    with UnitOfWork(a) as uow:
        [proposal] = [c for c in open_conflicts(uow) if c.record == "Ente"]
        assert proposal.double_id is not None

    with UnitOfWork(a) as uow:
        merge(uow, proposal.id, proposal.version)
    _rounds([a, b], folder)

    for store in (a, b):
        with UnitOfWork(store) as uow:
            [employer] = uow.session.scalars(select(Organization)).all()
            assert not employer.name_key.startswith("~")
            workers = {w.id: w.organization_id for w in uow.session.scalars(select(Worker))}
            assert workers == {first: employer.id, second: employer.id}
            # found by the employer's name, both
            assert {w.id for w in search_workers(uow, "officine")} == {first, second}
    assert _contents(a) == _contents(b)


def test_only_the_desk_that_prepares_the_folder_brings_its_records(
    sites: list[Store], folder: Path
) -> None:
    a, b = sites[:2]
    _sync(a, folder)  # prepares it, with nothing of its own
    add_worker(b, surname="Bianchi")

    with pytest.raises(SyncRefused, match="archivio nuovo"):
        _sync(b, folder)

    assert _worker_count(b) == 1 and list((folder / CHANGES).glob("*/*.wdc")) == []
