"""Smart-working requests through the store: priority, the queue, the Ministry's deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import add_member, add_worker, sign
from welfare_desk.domain.smart_working import Priority, SwStatus
from welfare_desk.errors import InvalidInput
from welfare_desk.requests.smart_working import (
    AgreementTerms,
    SwInput,
    change_status,
    communications,
    counts_by_status,
    create_request,
    queue,
    save_terms,
)
from welfare_desk.store.engine import Store
from welfare_desk.store.models import Worker
from welfare_desk.store.uow import UnitOfWork

TODAY = date(2026, 12, 28)


def submit(store: Store, worker: object, starts: date = date(2027, 1, 11)) -> object:
    with UnitOfWork(store) as uow:
        made = create_request(uow, SwInput(worker, 2, (0, 4), starts), TODAY)  # type: ignore[arg-type]
    with UnitOfWork(store) as uow:
        return change_status(uow, made.id, made.version, SwStatus.SUBMITTED, TODAY)


def test_the_queue_puts_the_legal_priority_first_without_health_details(store: Store) -> None:
    first = add_worker(store, name="Anna").worker.id
    second = add_worker(store, name="Bea").worker.id
    add_member(store, second, "Luca", date(2016, 9, 1))
    early = submit(store, first)
    late = submit(store, second)
    with UnitOfWork(store) as uow:
        ranked = queue(uow)
    assert [v.number for v in ranked] == [late.number, early.number]  # type: ignore[attr-defined]
    assert ranked[0].priority_text == "genitore di figli fino a 12 anni"
    assert [p.priority for p in ranked[0].priorities] == [Priority.PARENT_YOUNG_CHILD]
    assert ranked[1].priority_text == ""


def test_the_workflow_a_rejection_needs_a_reason_and_the_ministry_hears_of_start_and_end(
    store: Store,
) -> None:
    worker = add_worker(store).worker.id
    request = submit(store, worker)
    with UnitOfWork(store) as uow:
        request = change_status(uow, request.id, request.version, SwStatus.UNDER_REVIEW, TODAY)  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="scrivi il motivo"):
        change_status(uow, request.id, request.version, SwStatus.REJECTED, TODAY, " ")
    with UnitOfWork(store) as uow:
        request = change_status(uow, request.id, request.version, SwStatus.APPROVED, TODAY)
    with UnitOfWork(store) as uow:
        request = save_terms(
            uow,
            request.id,
            request.version,
            AgreementTerms(
                "domicilio",
                "portatile aziendale",
                "11 ore tra due giornate",
                "dalle 19 alle 8",
                date(2026, 12, 30),
            ),
        )
    with UnitOfWork(store) as uow:
        request = change_status(uow, request.id, request.version, SwStatus.ACTIVE, TODAY)
    with UnitOfWork(store) as uow:
        (start,) = communications(uow, pending_only=True)
    assert (start.event, start.event_date, start.due_on) == (
        "start",
        date(2027, 1, 11),
        date(2027, 1, 16),
    )
    assert not start.overdue(date(2027, 1, 16)) and start.overdue(date(2027, 1, 17))
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="con un recesso"):
        change_status(uow, request.id, request.version, SwStatus.ENDED, date(2027, 12, 30))
    with UnitOfWork(store) as uow:
        change_status(
            uow,
            request.id,
            request.version,
            SwStatus.WITHDRAWN,
            date(2027, 12, 30),
            "trasferimento",
            justified=True,
        )
    with UnitOfWork(store) as uow:
        events = [(c.event, c.due_on) for c in communications(uow)]
        counted = counts_by_status(uow)
    assert events == [("start", date(2027, 1, 16)), ("end", date(2028, 1, 4))]
    with UnitOfWork(store) as uow:
        asked = create_request(uow, SwInput(worker, 1, (2,), date(2027, 1, 11)), TODAY)  # type: ignore[arg-type]
        withdrawn = change_status(uow, asked.id, asked.version, SwStatus.WITHDRAWN, TODAY)
    assert withdrawn.withdrawal_effective_on is None  # never began: nothing runs on
    assert withdrawn.status_text(TODAY) == "ritirata"
    assert counted["withdrawn"] == 1 and counted["draft"] == 0


def test_wrong_days_are_refused_in_italian(store: Store) -> None:
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="da 1 a 5"):
        create_request(uow, SwInput(worker, 6, (), date(2027, 1, 1)), TODAY)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="correggi uno dei due"):
        create_request(uow, SwInput(worker, 2, (0,), date(2027, 1, 1)), TODAY)


def test_a_request_made_during_a_case_joins_its_plan(store: Store) -> None:
    from welfare_desk.cases.casework import open_case
    from welfare_desk.cases.story import case_by_id

    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker, TODAY)
    with UnitOfWork(store) as uow:
        made = create_request(uow, SwInput(worker, 2, (0, 4), date(2027, 1, 11)), TODAY)
    with UnitOfWork(store) as uow:
        detail = case_by_id(uow, case.id)
    (goal,) = detail.goals
    assert goal.title == "Conciliare l'orario di lavoro con la famiglia"
    assert [(a.kind, a.title) for a in goal.actions] == [
        ("smart_working_request", f"Richiesta di lavoro agile {made.number}")
    ]


def test_the_workers_own_facts_recorded_in_the_registry_give_priority(store: Store) -> None:
    from dataclasses import replace

    from tests.helpers import worker_input
    from welfare_desk.registry.workers import save_worker

    saved = add_worker(store)
    worker = saved.worker
    with UnitOfWork(store) as uow:
        data = replace(
            worker_input(),
            disability="art3_c3",
            illness_invalidity_percent=80,
            illness_leave=(date(2025, 9, 1), date(2026, 1, 31)),  # L. 106/2025: after it
        )
        save_worker(uow, data, worker.id, uow.session.get(Worker, worker.id).version)  # type: ignore[union-attr]
    request = submit(store, worker.id)
    assert request.priority_text == (  # type: ignore[attr-defined]
        "lavoratore con disabilità grave, malattia oncologica o cronica invalidante"
    )
    with UnitOfWork(store) as uow:
        data = replace(worker_input(), disability="none", illness_invalidity_percent=0)
        save_worker(uow, data, worker.id, uow.session.get(Worker, worker.id).version)  # type: ignore[union-attr]
        stored = uow.session.get(Worker, worker.id)
        assert stored is not None
        assert (stored.disability, stored.illness_invalidity_percent) == ("none", None)


def test_withdrawing_from_an_active_agreement_takes_the_notice(store: Store) -> None:
    from dataclasses import replace

    from tests.helpers import worker_input
    from welfare_desk.registry.workers import save_worker

    def active(name: str, ends: date | None = None) -> object:
        worker = add_worker(store, name=name).worker.id
        with UnitOfWork(store) as uow:
            made = create_request(uow, SwInput(worker, 1, (2,), date(2027, 1, 11), ends), TODAY)
        for status in (
            SwStatus.SUBMITTED,
            SwStatus.UNDER_REVIEW,
            SwStatus.APPROVED,
            SwStatus.ACTIVE,
        ):
            if status is SwStatus.ACTIVE:
                made = sign(store, made)
            with UnitOfWork(store) as uow:
                made = change_status(uow, made.id, made.version, status, TODAY)
        return made

    plain = active("Anna")
    with UnitOfWork(store) as uow:
        done = change_status(
            uow,
            plain.id,
            plain.version,
            SwStatus.WITHDRAWN,
            date(2027, 3, 1),  # type: ignore[attr-defined]
        )
    assert done.ends_on == date(2027, 3, 31)
    assert done.decision_reason == "recesso del lavoratore con effetto dal 31/03/2027"
    # in its notice the agreement still runs, and the desk says so until the day it ends
    assert done.status_text(date(2027, 3, 30)) == "recesso dal 31/03/2027: in vigore fino ad allora"
    assert done.status_text(date(2027, 3, 31)) == "ritirata"
    # an L. 104 recognition and an illness are not art. 1 L. 68/1999: 30 days
    recognised = active("Dora")
    with UnitOfWork(store) as uow:
        worker = uow.session.get(Worker, recognised.worker_id)  # type: ignore[attr-defined]
        assert worker is not None
        data = replace(
            worker_input(name="Dora"), disability="art3_c3", illness_invalidity_percent=60
        )
        save_worker(uow, data, worker.id, worker.version)
    with UnitOfWork(store) as uow:
        done = change_status(
            uow,
            recognised.id,  # type: ignore[attr-defined]
            recognised.version,  # type: ignore[attr-defined]
            SwStatus.WITHDRAWN,
            date(2027, 3, 1),
            by_employer=True,
        )
    assert done.ends_on == date(2027, 3, 31)
    disabled = active("Bruna")
    with UnitOfWork(store) as uow:
        worker = uow.session.get(Worker, disabled.worker_id)  # type: ignore[attr-defined]
        assert worker is not None
        data = replace(worker_input(name="Bruna"), l68="work_over_33")
        save_worker(uow, data, worker.id, worker.version)
    with UnitOfWork(store) as uow:
        done = change_status(
            uow,
            disabled.id,
            disabled.version,
            SwStatus.WITHDRAWN,
            date(2027, 3, 1),
            by_employer=True,  # type: ignore[attr-defined]
        )
    assert done.ends_on == date(2027, 5, 30)  # 90 days
    fixed = active("Carla", date(2027, 12, 31))
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="giustificato motivo"):
        change_status(uow, fixed.id, fixed.version, SwStatus.WITHDRAWN, date(2027, 3, 1))  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow:
        done = change_status(
            uow,
            fixed.id,  # type: ignore[attr-defined]
            fixed.version,  # type: ignore[attr-defined]
            SwStatus.WITHDRAWN,
            date(2027, 3, 1),
            "trasferimento ad altra sede",
            justified=True,
        )
    assert done.ends_on == date(2027, 3, 1)
    with UnitOfWork(store) as uow:
        ends = [
            (c.event, c.event_date) for c in communications(uow) if c.request_number == done.number
        ]
    assert ends == [("start", date(2027, 1, 11)), ("end", date(2027, 3, 1))]


def test_no_agile_work_begins_without_the_signed_agreement(store: Store) -> None:
    worker = add_worker(store).worker.id
    request = submit(store, worker)
    for status in (SwStatus.UNDER_REVIEW, SwStatus.APPROVED):
        with UnitOfWork(store) as uow:
            request = change_status(uow, request.id, request.version, status, TODAY)  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="va firmato prima"):
        change_status(uow, request.id, request.version, SwStatus.ACTIVE, TODAY)  # type: ignore[attr-defined]


def test_an_agreement_prints_while_it_exists_even_after_a_withdrawal_from_it(
    store: Store,
) -> None:
    """One rule, asked by the desk and applied by the service: a request withdrawn before
    it was accepted has no agreement; one withdrawn from an agreement in force has one,
    which governs until the withdrawal takes effect."""
    from welfare_desk.requests.smart_working import agreement_document

    early = add_worker(store, name="Dora").worker.id
    with UnitOfWork(store) as uow:
        made = create_request(uow, SwInput(early, 1, (2,), date(2027, 1, 11)), TODAY)
    with UnitOfWork(store) as uow:
        gone = change_status(uow, made.id, made.version, SwStatus.WITHDRAWN, TODAY)
    assert not gone.can_print_agreement and not gone.can_edit_terms
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="si stampa"):
        agreement_document(uow, gone.number)

    running = add_worker(store, name="Elsa").worker.id
    with UnitOfWork(store) as uow:
        made = create_request(uow, SwInput(running, 1, (2,), date(2027, 1, 11)), TODAY)
    assert made.can_edit_terms and not made.can_print_agreement  # terms prepared early
    for status in (SwStatus.SUBMITTED, SwStatus.UNDER_REVIEW, SwStatus.APPROVED):
        with UnitOfWork(store) as uow:
            made = change_status(uow, made.id, made.version, status, TODAY)
    assert made.can_print_agreement
    made = sign(store, made)
    with UnitOfWork(store) as uow:
        made = change_status(uow, made.id, made.version, SwStatus.ACTIVE, TODAY)
    with UnitOfWork(store) as uow:
        left = change_status(uow, made.id, made.version, SwStatus.WITHDRAWN, date(2027, 3, 1))
    assert left.withdrawal_effective_on == date(2027, 3, 31)
    assert left.can_print_agreement and not left.can_edit_terms
    with UnitOfWork(store) as uow:
        printed = agreement_document(uow, left.number)
    assert printed.number == left.number
