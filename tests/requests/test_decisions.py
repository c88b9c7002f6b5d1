"""The HR analyst's smart-working decision queue: who asked and whether the law gives
priority, with the category named only when it is no special-category data."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.helpers import add_member, add_worker
from welfare_desk.domain.access import Role
from welfare_desk.domain.smart_working import SwStatus
from welfare_desk.requests import smart_working
from welfare_desk.requests.decisions import RESERVED, decision_queue
from welfare_desk.requests.smart_working import SwInput, change_status, create_request
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import NotAllowed
from welfare_desk.store.models import AuditEntry, Worker
from welfare_desk.store.uow import UnitOfWork

DAY = date(2026, 11, 30)


def _submitted(store: Store, worker_id: object, reasons: str) -> None:
    with UnitOfWork(store) as uow:
        made = create_request(
            uow,
            SwInput(worker_id, 2, (0, 3), DAY, None, reasons=reasons),
            DAY,  # type: ignore[arg-type]
        )
    with UnitOfWork(store) as uow:
        change_status(uow, made.id, made.version, SwStatus.SUBMITTED, DAY)


@pytest.fixture
def requests(store: Store) -> Store:
    mother = add_worker(store, surname="Galli", name="Irene").worker.id
    add_member(store, mother, "Pietro", date(2020, 4, 1))
    disabled = add_worker(store, surname="Bassi", name="Carlo", sex="M").worker.id
    with UnitOfWork(store) as uow:
        worker = uow.session.get(Worker, disabled)
        assert worker is not None
        worker.disability = "art3_c3"
        uow.commit()
    nobody = add_worker(store, surname="Conti", name="Laura").worker.id
    _submitted(store, mother, "il nido chiude alle 16")
    _submitted(store, disabled, "terapie in ospedale due volte a settimana")
    _submitted(store, nobody, "pendolare da Milano")
    return store


def test_hr_sees_the_queue_with_priority_first_and_no_health_ground(requests: Store) -> None:
    requests.role = Role.HR_ANALYST.value
    try:
        with UnitOfWork(requests) as uow:
            rows = decision_queue(uow)
        with UnitOfWork(requests) as uow, pytest.raises(NotAllowed):
            smart_working.queue(uow)  # the welfare manager's queue, with the reasons
    finally:
        requests.role = None
    assert [r.person for r in rows] == ["Galli Irene", "Bassi Carlo", "Conti Laura"]
    assert rows[0].category == "genitore di figli fino a 12 anni"
    assert rows[1].priority and rows[1].category == RESERVED
    assert not rows[2].priority and rows[2].category == ""
    shown = repr(rows)
    for detail in ("disabilità", "art. 3 c. 3", "terapie", "ospedale", "nido chiude"):
        assert detail not in shown
    assert rows[0].employer and rows[0].status_label == "presentata"
    with UnitOfWork(requests) as uow:
        looked = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.detail == "coda decisioni lavoro agile")
        ).all()
    assert len(looked) == 3


def test_hr_of_one_employer_sees_only_its_requests(requests: Store) -> None:
    add_worker(requests, surname="Riva", name="Marta", organization="Logistica Adda S.r.l.")
    with UnitOfWork(requests) as uow:
        riva, employer = uow.session.execute(
            select(Worker.id, Worker.organization_id).where(Worker.surname == "Riva")
        ).one()
    _submitted(requests, riva, "")
    requests.role = Role.HR_ANALYST.value
    requests.scope_organizations = frozenset({employer})
    try:
        with UnitOfWork(requests) as uow:
            rows = decision_queue(uow)
    finally:
        requests.role, requests.scope_organizations = None, frozenset()
    assert [r.person for r in rows] == ["Riva Marta"]


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.ADMINISTRATOR])
def test_other_roles_get_no_queue(requests: Store, role: Role) -> None:
    requests.role = role.value
    try:
        with UnitOfWork(requests) as uow, pytest.raises(NotAllowed):
            decision_queue(uow)
    finally:
        requests.role = None
