"""#17: a contact can be corrected, and removed with a reason kept in the history; a
removal can be undone right after."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from tests.helpers import add_worker
from welfare_desk.cases.casework import (
    ContactEdit,
    ContactInput,
    NeedInput,
    correct_contact,
    record_contact,
    remove_contact,
    restore_removed,
)
from welfare_desk.cases.story import worker_story
from welfare_desk.domain.needs import Channel
from welfare_desk.errors import InvalidInput
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import ConflictError
from welfare_desk.store.models import Contact, JournalEntry, Need
from welfare_desk.store.uow import UnitOfWork


def _contact(store: Store) -> tuple[object, object]:
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        contact = record_contact(
            uow,
            ContactInput(
                worker,
                datetime(2026, 11, 30, 9, 0),
                Channel.WELFARE_DAY,
                15,
                needs=[NeedInput("care.elderly")],
            ),
        )
    return worker, contact


def test_a_contact_is_corrected_and_a_stale_correction_is_refused(store: Store) -> None:
    worker, contact = _contact(store)
    with UnitOfWork(store) as uow:
        correct_contact(
            uow,
            contact,  # type: ignore[arg-type]
            1,
            ContactEdit(datetime(2026, 11, 30, 10, 30), Channel.PHONE, 25, "richiamata"),
        )
    with UnitOfWork(store) as uow:
        seen = worker_story(uow, worker).contacts[0]  # type: ignore[arg-type]
    assert (seen.channel, seen.duration_minutes, seen.notes) == ("phone", 25, "richiamata")
    with UnitOfWork(store) as uow, pytest.raises(ConflictError):
        correct_contact(
            uow,
            contact,
            1,
            ContactEdit(datetime(2026, 11, 30), Channel.PHONE, 5, None),  # type: ignore[arg-type]
        )
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="600 minuti"):
        correct_contact(
            uow,
            contact,
            seen.version,
            ContactEdit(seen.at, Channel.PHONE, 900, None),  # type: ignore[arg-type]
        )


def test_a_removal_needs_a_reason_is_in_the_history_and_can_be_undone(store: Store) -> None:
    worker, contact = _contact(store)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="perché"):
        remove_contact(uow, contact, 1, "  ")  # type: ignore[arg-type]
    with UnitOfWork(store) as uow:
        removed = remove_contact(uow, contact, 1, "registrato per errore")  # type: ignore[arg-type]
    assert removed.needs_kept == 1
    with UnitOfWork(store) as uow:
        assert uow.session.scalars(select(Contact)).all() == []
        assert len(uow.session.scalars(select(Need)).all()) == 1  # the need stays
        gone = uow.session.scalars(
            select(JournalEntry).where(
                JournalEntry.entity == "contact", JournalEntry.action == "delete"
            )
        ).one()
        assert gone.changes["motivo"] == "registrato per errore"
    with UnitOfWork(store) as uow:
        restore_removed(uow, removed)
    with UnitOfWork(store) as uow:
        back = worker_story(uow, worker).contacts  # type: ignore[arg-type]
    assert [c.id for c in back] == [contact]


def test_a_need_is_removed_with_a_reason_and_put_back(store: Store) -> None:
    """#17: a need recorded by mistake can be removed, with the reason, and undone."""
    from welfare_desk.cases.casework import open_case, remove_need, save_assessment
    from welfare_desk.cases.story import case_by_id

    worker, _contact_id = _contact(store)
    with UnitOfWork(store) as uow:
        need = uow.session.scalars(select(Need)).one()
        need_id, version = need.id, need.version
    with UnitOfWork(store) as uow:
        removed = remove_need(uow, need_id, version, "era per la collega")  # type: ignore[arg-type]
    with UnitOfWork(store) as uow:
        assert uow.session.scalars(select(Need)).all() == []
        said = uow.session.scalars(
            select(JournalEntry.changes).where(
                JournalEntry.entity == "need", JournalEntry.action == "delete"
            )
        ).one()
    assert said["motivo"] == "era per la collega"
    with UnitOfWork(store) as uow:
        restore_removed(uow, removed)
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker, datetime(2026, 11, 30).date())  # type: ignore[arg-type]
    with UnitOfWork(store) as uow:
        save_assessment(uow, case.id, case.version, "", "", {need_id})  # type: ignore[arg-type]
    with UnitOfWork(store) as uow:
        taken = case_by_id(uow, case.id).needs[0]
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="preso in carico"):
        remove_need(uow, need_id, taken.version, "errore")  # type: ignore[arg-type]


def test_a_need_typed_wrong_is_corrected_and_a_stale_correction_refused(store: Store) -> None:
    """#17: any record a person typed can be corrected; here a need."""
    from welfare_desk.cases.casework import correct_need
    from welfare_desk.domain.needs import Urgency

    _worker, _contact_id = _contact(store)
    with UnitOfWork(store) as uow:
        need = uow.session.scalars(select(Need)).one()
        need_id, version = need.id, need.version
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="catalogo"):
        correct_need(uow, need_id, version, "nessuno.così", Urgency.HIGH, None)  # type: ignore[arg-type]
    with UnitOfWork(store) as uow:
        correct_need(uow, need_id, version, "time.smart_working", Urgency.HIGH, " turni ")  # type: ignore[arg-type]
    with UnitOfWork(store) as uow:
        need = uow.session.scalars(select(Need)).one()
        assert (need.kind, need.urgency, need.note) == ("time.smart_working", "high", "turni")
    with UnitOfWork(store) as uow, pytest.raises(ConflictError):
        correct_need(uow, need_id, version, "care.elderly", Urgency.LOW, None)  # type: ignore[arg-type]
