"""Erasure (art. 17 GDPR): what no legal hold keeps goes, the history's copies included;
what a hold keeps stays, with its reason; the audit says it was done."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY
from tests.helpers import add_member, add_worker, sign
from welfare_desk.cases.casework import ContactInput, NeedInput, record_contact
from welfare_desk.domain.needs import Channel
from welfare_desk.domain.smart_working import SwStatus
from welfare_desk.errors import InvalidInput
from welfare_desk.registry.erasure import erase_person, plan_erasure
from welfare_desk.requests.smart_working import SwInput, change_status, create_request
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import NotFound
from welfare_desk.store.models import (
    AuditEntry,
    Contact,
    HouseholdMember,
    JournalEntry,
    Need,
    SmartWorkingRequest,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork

NOTE = "Madre con morbo di Parkinson, segue la terapia a Lodi"


def _walk_in(store: Store) -> tuple[str, str]:
    made = add_worker(store, surname="Sforzini", name="Ottavia", email="o.sforzini@example.it")
    worker = made.worker
    add_member(store, worker.id, "Tobia", date(2019, 5, 2))
    with UnitOfWork(store) as uow:
        record_contact(
            uow,
            ContactInput(
                worker.id,
                datetime(TODAY.year, TODAY.month, TODAY.day, 9, 30),
                Channel.SOCIAL_POINT,
                30,
                notes=NOTE,
                needs=[NeedInput("care.elderly", note="assistenza alla madre")],
            ),
        )
    return worker.codice_fiscale, str(worker.id)


def _journal_text(store: Store) -> str:
    with UnitOfWork(store) as uow:
        rows = uow.session.scalars(select(JournalEntry)).all()
        return json.dumps([r.changes for r in rows], ensure_ascii=False)


def test_a_person_with_nothing_held_goes_whole_with_the_history_s_copies(store: Store) -> None:
    code, worker_id = _walk_in(store)
    assert "Sforzini" in _journal_text(store) and NOTE in _journal_text(store)
    with UnitOfWork(store) as uow:
        plan = plan_erasure(uow, code)
    assert plan.whole and plan.holds == []
    assert plan.removed == {"familiari": 1, "colloqui": 1, "bisogni": 1}
    assert plan.history_rows >= 4
    with UnitOfWork(store) as uow:  # the plan changed nothing
        assert uow.session.scalar(select(func.count()).select_from(Contact)) == 1

    with UnitOfWork(store) as uow:
        erase_person(uow, code, "richiesta dell'interessata del 2 dicembre")
    with UnitOfWork(store) as uow:
        for model in (Worker, HouseholdMember, Contact, Need):
            assert uow.session.scalar(select(func.count()).select_from(model)) == 0
        audit = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "erase")).one()
        assert str(audit.entity_id) == worker_id
        assert audit.reason == "richiesta dell'interessata del 2 dicembre"
        assert "cancellazione completa" in (audit.detail or "")
        assert "Sforzini" not in (audit.detail or "")
    history = _journal_text(store)
    for personal in ("Sforzini", "Ottavia", "Tobia", code, NOTE, "madre", "o.sforzini"):
        assert personal not in history
    assert "[cancellato]" in history


def test_a_signed_agreement_is_held_and_the_rest_goes(store: Store) -> None:
    code, _ = _walk_in(store)
    with UnitOfWork(store) as uow:
        worker = uow.session.scalars(select(Worker)).one()
        worker.disability = "art3_c3"
        uow.commit()
    with UnitOfWork(store) as uow:
        made = create_request(
            uow, SwInput(worker.id, 1, (2,), TODAY, None, reasons="figlio piccolo"), TODAY
        )
    for status in (SwStatus.SUBMITTED, SwStatus.UNDER_REVIEW, SwStatus.APPROVED, SwStatus.ACTIVE):
        if status is SwStatus.ACTIVE:
            made = sign(store, made)
        with UnitOfWork(store) as uow:
            made = change_status(uow, made.id, made.version, status, TODAY)

    with UnitOfWork(store) as uow:
        plan = plan_erasure(uow, code)
    assert not plan.whole
    assert [h.label for h in plan.holds] == [
        "accordi di lavoro agile firmati o in vigore e le loro comunicazioni al Ministero"
    ]
    assert "L. 81/2017" in plan.holds[0].reason
    assert plan.removed == {"familiari": 1, "colloqui": 1, "bisogni": 1}

    with UnitOfWork(store) as uow:
        erase_person(uow, code, "richiesta dell'interessata")
    with UnitOfWork(store) as uow:
        kept = uow.session.scalars(select(Worker)).one()
        assert kept.codice_fiscale == code  # the agreement names its worker
        assert kept.disability == "none" and kept.email is None
        assert uow.session.scalar(select(func.count()).select_from(SmartWorkingRequest)) == 1
        assert uow.session.scalar(select(func.count()).select_from(Contact)) == 0
        detail = uow.session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "erase"))
        assert "trattenuti lavoro_agile 2" in detail.one()
    history = _journal_text(store)
    assert NOTE not in history and "Tobia" not in history and "o.sforzini" not in history
    assert "art3_c3" not in history


def test_an_erasure_needs_a_reason_and_a_known_person(store: Store) -> None:
    code, _ = _walk_in(store)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput) as refused:
        erase_person(uow, code, "   ")
    assert "motivo" in refused.value.message
    with UnitOfWork(store) as uow, pytest.raises(NotFound):
        plan_erasure(uow, "RSSMRA85C47E648U")
