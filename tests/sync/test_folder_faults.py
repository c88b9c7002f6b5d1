"""What a review of the shared-folder mode found (#20), each a test that failed first:
erasures that left data on other desks, a desk blocked for good, files that crashed the
reader, removals that took more on other desks than on their own, an unauthenticated
reference desk, spurious conflicts from renumbering, and places freed but never given."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import String, cast, select

from tests.conftest import TODAY
from tests.helpers import add_camp, add_member, add_worker
from tests.sync.test_folder import _conflicts, _contents, _edit, _remove, _rounds, _sync
from welfare_desk.store.changesets import DESCRIPTION
from welfare_desk.store.engine import Store
from welfare_desk.store.models import (
    Contact,
    Edition,
    Enrollment,
    HealthFundRequest,
    HealthInvoice,
    HouseholdMember,
    JournalEntry,
    Need,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.sync.hub import SyncRefused


def _health(
    store: Store, worker_id: uuid.UUID, member_id: uuid.UUID | None, number: str
) -> tuple[uuid.UUID, uuid.UUID]:
    with UnitOfWork(store) as uow:
        request = HealthFundRequest(
            number=number,
            worker_id=worker_id,
            member_id=member_id,
            fund_code="F1",
            kind="refund",
            regime="x",
            status="draft",
            received_on=date(2026, 1, 5),
        )
        uow.add(request)
        uow.flush()
        invoice = HealthInvoice(
            request_id=request.id, invoice_date=date(2026, 1, 4), amount_cents=1000, issuer="X"
        )
        uow.add(invoice)
        uow.flush()
        ids = (request.id, invoice.id)
        uow.commit()
    return ids


def _journal_text(store: Store, record_id: uuid.UUID) -> str:
    with store.engine.connect() as connection:
        rows = connection.execute(
            select(cast(JournalEntry.changes, String)).where(JournalEntry.entity_id == record_id)
        ).scalars()
        return " ".join(rows)


def test_an_erasure_leaves_nothing_of_the_person_on_the_other_desks(
    sites: list[Store], folder: Path
) -> None:
    from welfare_desk.registry.erasure import erase_person

    a, b = sites[:2]
    worker_id = add_worker(a, phone="0371 1").worker.id
    _rounds([a, b], folder, 1)
    _edit(b, Worker, worker_id, phone="0371 999", email="mario@example.it")
    _rounds([b, a], folder, 1)

    with UnitOfWork(a) as uow:
        erase_person(uow, worker_id, "richiesta dell'interessato")
    _rounds([a, b], folder, 2)

    for store in (a, b):
        told = " ".join(str(c.lost) + str(c.kept) for c in _conflicts(store))
        assert "0371 999" not in told and "mario@example.it" not in told
        assert "0371 999" not in _journal_text(store, worker_id)
        assert "mario@example.it" not in _journal_text(store, worker_id)
    assert _contents(a) == _contents(b)


def test_a_partial_erasure_is_no_conflict_and_keeps_no_old_value(
    sites: list[Store], folder: Path
) -> None:
    from welfare_desk.registry import queries

    a, b = sites[:2]
    worker_id = add_worker(a, phone="0371 1").worker.id
    _rounds([a, b], folder, 1)
    with UnitOfWork(a) as uow:  # what an erasure does when something must be kept
        uow.forget_values()
        worker = uow.get(Worker, worker_id)
        assert worker is not None
        worker.phone = None
        uow.flush()
        queries.empty_journal(uow, [worker_id])
        uow.commit()
    _rounds([a, b], folder, 2)

    for store in (a, b):
        assert _conflicts(store) == []
        assert "0371 1" not in _journal_text(store, worker_id)
    assert _contents(a) == _contents(b)


def test_a_record_under_one_removed_elsewhere_never_blocks_a_desk(
    sites: list[Store], folder: Path
) -> None:
    a, b = sites[:2]
    worker_id = add_worker(a).worker.id
    member = add_member(a, worker_id, "Giulia", date(2019, 5, 2))
    _rounds([a, b], folder, 1)
    _remove(a, HouseholdMember, member)
    _health(b, worker_id, member, "HF-P0001")  # for her, with an invoice, meanwhile
    _rounds([b, a], folder, 2)

    later = add_worker(b, surname="Verdi").worker.id
    _rounds([b, a], folder, 2)

    with UnitOfWork(a) as uow:
        assert uow.get(Worker, later) is not None
    assert _contents(a) == _contents(b)


def test_an_erased_record_split_over_two_files_does_not_stop_the_reader(
    sites: list[Store], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from welfare_desk.registry.erasure import erase_person
    from welfare_desk.store import folder_sync

    a, b = sites[:2]
    _rounds([a, b], folder, 1)
    worker_id = add_worker(a, phone="0371 1").worker.id
    with UnitOfWork(a) as uow:
        erase_person(uow, worker_id, "richiesta dell'interessato")
    monkeypatch.setattr(folder_sync, "BATCH", 1)  # stands for 2,000 changes between the two
    _sync(a, folder)
    monkeypatch.undo()

    _sync(b, folder)

    assert _contents(a) == _contents(b)


def test_removing_a_contact_keeps_its_needs_on_every_desk_alike(
    sites: list[Store], folder: Path
) -> None:
    from welfare_desk.cases.casework import ContactInput, NeedInput, record_contact, remove_contact
    from welfare_desk.domain.needs import Channel

    a, b = sites[:2]
    worker_id = add_worker(a).worker.id
    with UnitOfWork(a) as uow:
        contact_id = record_contact(
            uow,
            ContactInput(
                worker_id,
                datetime(2026, 7, 6, 10),
                Channel.PHONE,
                20,
                needs=[NeedInput("childcare.holiday_camps")],
            ),
        )
    _rounds([a, b], folder, 1)
    with UnitOfWork(a) as uow:
        contact = uow.get(Contact, contact_id)
        assert contact is not None
        remove_contact(uow, contact_id, contact.version, "per errore")
    _rounds([a, b], folder)

    for store in (a, b):
        with store.engine.connect() as connection:
            needs = connection.execute(select(Need.id, Need.contact_id)).all()
        assert len(needs) == 1 and needs[0][1] is None  # the need stays, its contact gone
    assert _contents(a) == _contents(b)


def test_a_desk_cannot_be_made_the_reference_by_editing_the_folder(
    sites: list[Store], folder: Path
) -> None:
    a, b = sites[:2]
    _rounds([a, b], folder, 1)
    facts = json.loads((folder / DESCRIPTION).read_text())
    facts["reference"] = facts["reference"].replace(facts["reference"][:8], "00000000")
    (folder / DESCRIPTION).write_text(json.dumps(facts))

    with pytest.raises(SyncRefused, match="danneggiato"):
        _sync(b, folder)


def test_renumbering_makes_no_conflict_anywhere(sites: list[Store], folder: Path) -> None:
    from welfare_desk.cases.casework import open_case

    reference, b, c = sites[:3]
    first = add_worker(reference, surname="Rossi").worker.id
    second = add_worker(reference, surname="Bianchi").worker.id
    _rounds([reference, b, c], folder, 1)
    with UnitOfWork(b) as uow:
        open_case(uow, first, TODAY)
    with UnitOfWork(c) as uow:
        open_case(uow, second, TODAY)
    _rounds([b, c, reference], folder)

    for store in (reference, b, c):
        assert _conflicts(store) == []
    assert _contents(reference) == _contents(b) == _contents(c)


def test_a_place_freed_on_a_desk_goes_to_the_longest_waiting(
    sites: list[Store], folder: Path
) -> None:
    from welfare_desk.catalogue.enrollments import cancel, enroll

    reference, b, c = sites[:3]
    starts = TODAY + timedelta(days=30)
    _, edition_id = add_camp(reference, capacity=2, starts=starts, ends=starts + timedelta(days=4))
    made: list[Any] = []
    for surname in ("Rossi", "Bianchi", "Verdi"):
        worker_id = add_worker(reference, surname=surname).worker.id
        member = add_member(reference, worker_id, "Figlio", date(starts.year - 8, 3, 1))
        with UnitOfWork(reference) as uow:
            made.append(enroll(uow, edition_id, worker_id, member, TODAY, add_to_plan=False))
    assert [m.enrollment.status for m in made] == ["confirmed", "confirmed", "waitlisted"]
    _rounds([reference, b, c], folder, 1)
    with UnitOfWork(b) as uow:  # a place freed on a desk that is not the reference
        enrollment = uow.get(Enrollment, made[0].enrollment.id)
        assert enrollment is not None
        cancel(uow, enrollment.id, enrollment.version)
    _rounds([b, c, reference], folder, 2)

    for store in (reference, b, c):
        with UnitOfWork(store) as uow:
            edition = uow.get(Edition, edition_id)
            assert edition is not None and (edition.taken, edition.waiting) == (2, 0)
            statuses = {e.id: e.status for e in uow.session.scalars(select(Enrollment))}
        assert statuses[made[2].enrollment.id] == "confirmed"


def test_a_file_missing_from_the_middle_of_a_run_is_said(sites: list[Store], folder: Path) -> None:
    from welfare_desk.store.changesets import CHANGES

    a, b = sites[:2]
    _rounds([a, b], folder, 1)
    for surname in ("Rossi", "Bianchi"):
        add_worker(a, surname=surname)
        _sync(a, folder)
    run = next(p for p in (folder / CHANGES).iterdir() if list(p.glob("*.wdc")))
    files = sorted(run.glob("*.wdc"))
    files[-2].rename(files[-2].with_name(".away.tmp"))  # not brought by the share (yet)

    report = _sync(b, folder)

    assert any(f"manca il file {files[-2].stem}" in note for note in report.notes)


def test_what_a_removal_set_aside_is_told_alike_whatever_the_order_read(
    sites: list[Store], folder: Path
) -> None:
    a, b, c = sites[:3]
    worker_id = add_worker(a).worker.id
    request_id, invoice_id = _health(a, worker_id, None, "HF-P0001")
    _rounds([a, b, c], folder, 1)
    with UnitOfWork(a) as uow:  # the draft request removed with its invoice
        for model, record_id in ((HealthInvoice, invoice_id), (HealthFundRequest, request_id)):
            record = uow.get(model, record_id)
            assert record is not None
            uow.delete(record)
        uow.commit()
    with UnitOfWork(b) as uow:  # another invoice added to it meanwhile, then corrected
        invoice = HealthInvoice(
            request_id=request_id, invoice_date=date(2026, 1, 4), amount_cents=1000
        )
        uow.add(invoice)
        uow.flush()
        second = invoice.id
        uow.commit()
    _sync(b, folder)
    _sync(c, folder)
    _edit(b, HealthInvoice, second, amount_cents=2000)
    _sync(b, folder)
    _sync(c, folder)
    _rounds([a, b, c], folder, 2)

    told = [{(k.entity, str(k.lost)) for k in _conflicts(store)} for store in (a, b, c)]
    assert told[0] == told[1] == told[2]
    assert _contents(a) == _contents(b) == _contents(c)


def test_a_desk_older_than_another_of_the_folder_is_told_to_update(
    sites: list[Store], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from welfare_desk.store import uow as unit_of_work

    a, b = sites[:2]
    _rounds([a, b], folder, 1)
    monkeypatch.setattr(unit_of_work, "HEAD", "9999")  # a desk of a later version
    worker_id = add_worker(a, surname="Rossi").worker.id
    _sync(a, folder)
    monkeypatch.undo()

    with pytest.raises(SyncRefused, match="versione più recente"):
        _sync(b, folder)
    with UnitOfWork(b) as uow:  # nothing of it applied half
        assert uow.get(Worker, worker_id) is None


def test_a_conflict_decided_on_one_desk_and_made_moot_later_is_gone_everywhere(
    sites: list[Store], folder: Path
) -> None:
    from welfare_desk.sync.conflicts import resolve

    a, b, c = sites[:3]
    worker_id = add_worker(a).worker.id
    _rounds([a, b, c], folder, 1)
    for store, phone in ((a, "1"), (b, "2"), (c, "3")):
        _edit(store, Worker, worker_id, phone=phone)
    _sync(a, folder)
    _sync(c, folder)  # c meets a's edit and decides
    [conflict] = _conflicts(c)
    with UnitOfWork(c) as uow:
        resolve(uow, conflict.id, conflict.version)
    _rounds([c, b, a], folder, 2)

    assert _contents(a) == _contents(b) == _contents(c)


def test_a_desk_copied_or_restored_writes_a_run_of_its_own_that_the_others_read(
    sites: list[Store], folder: Path, tmp_path: Path
) -> None:
    from tests.conftest import copy_store, store_at

    a, b = sites[:2]
    for surname in ("Rossi", "Bianchi"):  # a run of two files
        add_worker(a, surname=surname)
        _rounds([a, b], folder, 1)
    a.close()
    copied = store_at(str(copy_store(Path(str(a.engine.url.database)), tmp_path / "copia.sqlite")))
    try:
        worker_id = add_worker(copied, surname="Verdi").worker.id
        report = _sync(copied, folder)
        assert report.pushed > 0 and report.notes == []

        received = _sync(b, folder)

        assert received.notes == []
        with UnitOfWork(b) as uow:
            assert uow.get(Worker, worker_id) is not None
    finally:
        copied.close()
