"""The Ministry's communications for smart working: none owed for an agreement that ends
at its agreed term, and a deadline on a Sunday or a holiday said as such."""

from __future__ import annotations

from datetime import date

from tests.helpers import add_worker
from welfare_desk.domain.smart_working import SwStatus
from welfare_desk.requests.smart_working import (
    AgreementTerms,
    SwInput,
    change_status,
    communications,
    create_request,
    save_terms,
)
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

TODAY = date(2027, 12, 1)


def _active(store: Store, starts: date, ends: date | None) -> object:
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        made = create_request(uow, SwInput(worker, 1, (2,), starts, ends), TODAY)
    for status in (SwStatus.SUBMITTED, SwStatus.UNDER_REVIEW, SwStatus.APPROVED):
        with UnitOfWork(store) as uow:
            made = change_status(uow, made.id, made.version, status, TODAY)
    with UnitOfWork(store) as uow:
        made = save_terms(uow, made.id, made.version, AgreementTerms(signed_on=TODAY))
    with UnitOfWork(store) as uow:
        return change_status(uow, made.id, made.version, SwStatus.ACTIVE, TODAY)


def test_an_agreement_ending_at_its_term_owes_no_end_communication(store: Store) -> None:
    made = _active(store, date(2027, 12, 6), date(2028, 3, 31))
    with UnitOfWork(store) as uow:
        change_status(uow, made.id, made.version, SwStatus.ENDED, date(2028, 3, 31))  # type: ignore[attr-defined]
        events = [c.event for c in communications(uow)]
    assert events == ["start"]  # its end was told with its start


def test_a_deadline_on_a_holiday_is_said(store: Store) -> None:
    _active(store, date(2027, 12, 21), None)  # due on 26/12/2027: Sunday and Santo Stefano
    with UnitOfWork(store) as uow:
        (start,) = communications(uow)
    assert start.due_on == date(2027, 12, 26)
    assert start.due_note == "domenica, Santo Stefano: inviala il giorno lavorativo prima"
