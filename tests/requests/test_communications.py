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


def _active(store: Store, starts: date, ends: date | None, name: str = "Maria") -> object:
    worker = add_worker(store, name=name).worker.id
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


def test_a_proroga_moves_the_end_and_is_told_as_a_change(store: Store) -> None:
    import pytest

    from welfare_desk.errors import InvalidInput
    from welfare_desk.requests.smart_working import extend_agreement

    made = _active(store, date(2027, 12, 6), date(2028, 3, 31))
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="dopo il 31/03/2028"):
        extend_agreement(uow, made.id, made.version, date(2028, 3, 1), date(2028, 3, 1))  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow:
        longer = extend_agreement(
            uow,
            made.id,  # type: ignore[attr-defined]
            made.version,  # type: ignore[attr-defined]
            date(2028, 9, 30),
            date(2028, 3, 20),
        )
        told = [(c.event, c.event_date, c.due_on) for c in communications(uow)]
    assert longer.ends_on == date(2028, 9, 30)
    assert told[-1] == ("change", date(2028, 3, 20), date(2028, 3, 25))
    forever = _active(store, date(2027, 12, 6), None, name="Anna")
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="tempo indeterminato"):
        extend_agreement(uow, forever.id, forever.version, date(2029, 1, 1), date(2028, 1, 1))  # type: ignore[attr-defined]


def test_a_public_employer_tells_the_ministry_by_the_20th_of_the_next_month(
    store: Store,
) -> None:
    from welfare_desk.registry.organizations import employers, mark_public_administration

    private = _active(store, date(2027, 12, 6), None, name="Anna")
    worker = add_worker(store, name="Lucia", organization="Comune di Lodi").worker.id
    with UnitOfWork(store) as uow:
        (lodi,) = [e for e in employers(uow) if e.name == "Comune di Lodi"]
        assert not lodi.public_administration
        mark_public_administration(uow, lodi.id, lodi.version, True)
    with UnitOfWork(store) as uow:
        made = create_request(uow, SwInput(worker, 1, (2,), date(2027, 12, 6), None), TODAY)
    for status in (SwStatus.SUBMITTED, SwStatus.UNDER_REVIEW, SwStatus.APPROVED):
        with UnitOfWork(store) as uow:
            made = change_status(uow, made.id, made.version, status, TODAY)
    with UnitOfWork(store) as uow:
        made = save_terms(uow, made.id, made.version, AgreementTerms(signed_on=TODAY))
    with UnitOfWork(store) as uow:
        change_status(uow, made.id, made.version, SwStatus.ACTIVE, TODAY)
        due = {c.request_number: c.due_on for c in communications(uow)}
    assert due[private.number] == date(2027, 12, 11)  # type: ignore[attr-defined]
    assert due[made.number] == date(2028, 1, 20)  # circ. Ministero del Lavoro 6/2025
