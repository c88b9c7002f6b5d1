"""#17: a request typed wrong is corrected while it is a draft; one recorded by mistake is
removed with a reason kept in the history, and can be undone right after. Once sent, a
request follows its own course (withdrawn, rejected), never removed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from tests.helpers import add_worker
from welfare_desk.cases.casework import restore_removed
from welfare_desk.domain.health_funds import HfStatus, RequestKind
from welfare_desk.errors import InvalidInput
from welfare_desk.requests import health_funds, smart_working
from welfare_desk.requests.corrections import (
    correct_health_request,
    correct_smart_working,
    remove_request,
)
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import ConflictError
from welfare_desk.store.models import HealthFundRequest, JournalEntry, SmartWorkingRequest
from welfare_desk.store.uow import UnitOfWork

TODAY = date(2026, 12, 1)


def test_a_draft_health_request_is_corrected_and_a_wrong_correction_refused(
    store: Store,
) -> None:
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        made = health_funds.create_request(
            uow, health_funds.HfInput(worker, "fisde", RequestKind.REIMBURSEMENT), TODAY
        )
    fixed = health_funds.HfInput(
        worker, "fisde", RequestKind.REIMBURSEMENT, notes="occhiali della figlia"
    )
    with UnitOfWork(store) as uow:
        correct_health_request(uow, made.id, made.version, fixed)
    with UnitOfWork(store) as uow:
        seen = uow.get(HealthFundRequest, made.id)
        assert seen is not None and seen.notes == "occhiali della figlia"
        assert seen.number == made.number  # its number stays
    with UnitOfWork(store) as uow, pytest.raises(ConflictError):
        correct_health_request(uow, made.id, made.version, fixed)
    wrong = health_funds.HfInput(worker, "fisde", RequestKind.PRE_AUTHORISATION)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="regime diretto"):
        correct_health_request(uow, made.id, made.version + 1, wrong)


def test_a_sent_request_is_neither_corrected_nor_removed(store: Store) -> None:
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        made = health_funds.create_request(
            uow, health_funds.HfInput(worker, "fisde", RequestKind.REIMBURSEMENT), TODAY
        )
    with UnitOfWork(store) as uow:  # sent to the fund, however it got there
        record = uow.get(HealthFundRequest, made.id)
        assert record is not None
        record.status = HfStatus.SUBMITTED.value
        uow.commit()
    sent = replace(made, version=made.version + 1)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="bozza"):
        remove_request(uow, "health_fund", sent.id, sent.version, "errore")
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="bozza"):
        correct_health_request(
            uow,
            sent.id,
            sent.version,
            health_funds.HfInput(worker, "fisde", RequestKind.REIMBURSEMENT),
        )


def test_a_draft_request_is_removed_with_its_plan_action_and_undone(store: Store) -> None:
    from welfare_desk.cases.casework import open_case
    from welfare_desk.cases.story import case_by_id

    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker, TODAY)
    with UnitOfWork(store) as uow:
        made = smart_working.create_request(
            uow, smart_working.SwInput(worker, 1, (2,), date(2027, 1, 11)), TODAY
        )
    with UnitOfWork(store) as uow:
        assert [a.title for g in case_by_id(uow, case.id).goals for a in g.actions] == [
            f"Richiesta di lavoro agile {made.number}"
        ]
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="perché"):
        remove_request(uow, "smart_working", made.id, made.version, "")
    with UnitOfWork(store) as uow:
        removed = remove_request(uow, "smart_working", made.id, made.version, "doppione")
    with UnitOfWork(store) as uow:
        assert uow.get(SmartWorkingRequest, made.id) is None
        assert [a for g in case_by_id(uow, case.id).goals for a in g.actions] == []
        why = uow.session.scalars(
            select(JournalEntry.changes).where(
                JournalEntry.entity_id == made.id, JournalEntry.action == "delete"
            )
        ).one()
    assert why["motivo"] == "doppione"
    with UnitOfWork(store) as uow:
        restore_removed(uow, removed)
    with UnitOfWork(store) as uow:
        back = uow.get(SmartWorkingRequest, made.id)
        assert back is not None and back.number == made.number
        assert len([a for g in case_by_id(uow, case.id).goals for a in g.actions]) == 1


def test_a_draft_smart_working_request_is_corrected(store: Store) -> None:
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        made = smart_working.create_request(
            uow, smart_working.SwInput(worker, 1, (2,), date(2027, 1, 11)), TODAY
        )
    with UnitOfWork(store) as uow:
        correct_smart_working(
            uow,
            made.id,
            made.version,
            smart_working.SwInput(worker, 2, (0, 4), date(2027, 1, 11), reasons="figli piccoli"),
        )
    with UnitOfWork(store) as uow:
        seen = uow.get(SmartWorkingRequest, made.id)
        assert seen is not None and (seen.days_per_week, seen.weekdays) == (2, [0, 4])
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput):
        correct_smart_working(
            uow,
            made.id,
            made.version + 1,
            smart_working.SwInput(worker, 2, (0,), date(2027, 1, 11)),
        )
