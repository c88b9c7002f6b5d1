"""Roles enforced in the services, not by hiding buttons: an HR analyst, a coordinator
and an administrator who is not also a welfare manager reach no one's record by any
route (search, the story, the history, a request, a printed document); a welfare manager
does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

from tests.helpers import add_worker, worker_input
from welfare_desk.cases.agenda import agenda
from welfare_desk.cases.casework import ContactInput, open_case, record_contact
from welfare_desk.cases.story import case_by_id, worker_story
from welfare_desk.catalogue.enrollments import worker_enrollments
from welfare_desk.catalogue.matching import match_worker
from welfare_desk.catalogue.vouchers import worker_vouchers
from welfare_desk.domain.access import Role
from welfare_desk.domain.needs import Channel
from welfare_desk.registry.history import worker_history
from welfare_desk.registry.workers import (
    get_worker,
    get_worker_by_id,
    save_worker,
    search_workers,
)
from welfare_desk.reporting.path_summary import path_summaries, path_summary
from welfare_desk.requests import health_funds, smart_working
from welfare_desk.requests.both import requests_of
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import NotAllowed
from welfare_desk.store.models import Case
from welfare_desk.store.uow import UnitOfWork

DAY = date(2026, 11, 30)


def _routes(worker: Any) -> dict[str, Callable[[UnitOfWork], object]]:
    code = worker_input().codice_fiscale
    return {
        "search": lambda uow: search_workers(uow, "rossi"),
        "worker by code": lambda uow: get_worker(uow, code),
        "worker by id": lambda uow: get_worker_by_id(uow, worker),
        "story": lambda uow: worker_story(uow, worker),
        "history": lambda uow: worker_history(uow, worker),
        "requests": lambda uow: requests_of(uow, worker_id=worker),
        "matching": lambda uow: match_worker(uow, worker, DAY),
        "path summary": lambda uow: path_summary(uow, worker, DAY),
        "case": lambda uow: case_by_id(uow, worker),
        "agenda": lambda uow: agenda(uow, DAY, DAY),
        "smart-working queue": lambda uow: smart_working.queue(uow),
        "smart-working requests": lambda uow: smart_working.all_requests(uow),
        "Ministry communications": lambda uow: smart_working.communications(uow),
        "health requests by deadline": lambda uow: health_funds.by_deadline(uow, DAY),
        "health requests": lambda uow: health_funds.all_requests(uow),
        "vouchers": lambda uow: worker_vouchers(uow, worker),
        "enrollments": lambda uow: worker_enrollments(uow, worker),
        "a contact recorded": lambda uow: record_contact(
            uow, ContactInput(worker, datetime(2026, 11, 30, 10), Channel.PHONE, 10)
        ),
        "a worker saved": lambda uow: save_worker(uow, worker_input(name="Anna")),
    }


@pytest.mark.parametrize("role", [Role.HR_ANALYST, Role.COORDINATOR, Role.ADMINISTRATOR])
def test_a_role_without_people_reaches_no_one(store: Store, role: Role) -> None:
    worker = add_worker(store).worker.id
    store.role = role.value
    try:
        for route, call in _routes(worker).items():
            with UnitOfWork(store) as uow, pytest.raises(NotAllowed) as refused:
                call(uow)
            assert "non consulta i dati delle singole persone" in refused.value.message, route
    finally:
        store.role = None


def test_a_welfare_manager_reaches_the_people(store: Store) -> None:
    worker = add_worker(store).worker.id
    store.role = Role.WELFARE_MANAGER.value
    try:
        for route, call in _routes(worker).items():
            if route == "case":
                continue  # no case here: the refusal above is what it shows
            with UnitOfWork(store) as uow:
                assert call(uow) is not None
    finally:
        store.role = None


def test_an_administrator_who_is_also_a_welfare_manager_reaches_the_people(
    store: Store,
) -> None:
    """A small programme's first account looks after the operators and the workers."""
    from welfare_desk.access.operators import create_first_admin, sign_in

    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        create_first_admin(uow, "ebrambilla", "Elena Brambilla", "Cortile di via Roma 12", True)
    with UnitOfWork(store) as uow:
        signed = sign_in(uow, "ebrambilla", "Cortile di via Roma 12")
    assert signed.role is Role.ADMINISTRATOR and signed.also_manager
    store.role, store.also_manager = signed.role.value, signed.also_manager
    try:
        with UnitOfWork(store) as uow:
            assert worker_story(uow, worker).worker.id == worker
    finally:
        store.role, store.also_manager = None, False


def test_a_welfare_manager_reaches_only_the_employers_assigned(store: Store) -> None:
    """A manager assigned to one employer finds and opens that employer's workers only;
    one with nothing assigned follows the whole programme."""
    from welfare_desk.registry.organizations import employers

    mine = add_worker(store).worker.id  # Officine Lodigiane
    other = add_worker(store, name="Lucia", organization="Tessitura Olona S.p.A.").worker.id
    with UnitOfWork(store) as uow:
        officine = next(e.id for e in employers(uow) if e.name.startswith("Officine"))
    store.role = Role.WELFARE_MANAGER.value
    store.scope_organizations = frozenset({officine})
    try:
        with UnitOfWork(store) as uow:
            assert [h.id for h in search_workers(uow, "rossi")] == [mine]
            assert worker_story(uow, mine).worker.id == mine
        for call in (
            lambda uow: worker_story(uow, other),
            lambda uow: get_worker(uow, worker_input(name="Lucia").codice_fiscale),
            lambda uow: worker_history(uow, other),
            lambda uow: match_worker(uow, other, DAY),
            lambda uow: path_summary(uow, other, DAY),
        ):
            with UnitOfWork(store) as uow, pytest.raises(NotAllowed) as refused:
                call(uow)
            assert "non è tra le aziende e i social point assegnati" in refused.value.message
        with UnitOfWork(store) as uow, pytest.raises(NotAllowed):
            open_case(uow, other, DAY)
        store.scope_organizations = frozenset()  # the whole programme's manager opens both
        for someone in (mine, other):
            with UnitOfWork(store) as uow:
                case = open_case(uow, someone, DAY)
                uow.session.get_one(Case, case.id).next_review = DAY
                uow.commit()
        store.scope_organizations = frozenset({officine})
        with UnitOfWork(store) as uow:
            assert [i.worker for i in agenda(uow, DAY, DAY)] == ["Rossi Maria"]
        with UnitOfWork(store) as uow:  # a batch leaves out who is not assigned
            printed = [s.worker_id for s in path_summaries(uow, [mine, other], DAY)]
        assert printed == [mine]
        store.scope_organizations = frozenset()
        with UnitOfWork(store) as uow:
            assert len(search_workers(uow, "rossi")) == 2
    finally:
        store.role, store.scope_organizations = None, frozenset()


def test_only_an_administrator_looks_after_the_operators(store: Store) -> None:
    from welfare_desk.access.operators import OperatorInput, add_operator, list_operators

    store.role = Role.WELFARE_MANAGER.value
    try:
        with UnitOfWork(store) as uow, pytest.raises(NotAllowed, match="Solo un amministratore"):
            add_operator(uow, OperatorInput("x", "X", Role.ADMINISTRATOR), "Piazza Duomo 2027")
        with UnitOfWork(store) as uow, pytest.raises(NotAllowed):
            list_operators(uow)
    finally:
        store.role = None
