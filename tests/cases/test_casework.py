"""Contacts, needs, cases and the agenda at the service level, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest

from tests.helpers import add_worker
from welfare_desk.cases.agenda import agenda
from welfare_desk.cases.casework import (
    ContactInput,
    NeedInput,
    add_action,
    add_goal,
    change_status,
    counts,
    open_case,
    record_contact,
    set_goal_outcome,
)
from welfare_desk.domain.cases import CaseStatus, ClosingReason, GoalOutcome
from welfare_desk.domain.needs import Channel, Urgency
from welfare_desk.errors import InvalidInput
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import ConflictError
from welfare_desk.store.uow import UnitOfWork

TODAY = date(2026, 11, 30)


def test_a_contact_records_its_needs(store: Store) -> None:
    worker = add_worker(store).worker
    with UnitOfWork(store) as uow:
        record_contact(
            uow,
            ContactInput(
                worker.id,
                datetime(2026, 11, 30, 10, 15),
                Channel.WELFARE_DAY,
                20,
                notes="Chiede un nido per la figlia.",
                needs=[
                    NeedInput("childcare.nursery", Urgency.HIGH),
                    NeedInput("time.smart_working"),
                ],
            ),
        )
    with UnitOfWork(store) as uow:
        assert counts(uow)["contacts"] == 1 and counts(uow)["needs"] == 2
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="catalogo dei bisogni"):
        record_contact(
            uow,
            ContactInput(
                worker.id, datetime(2026, 11, 30), Channel.PHONE, needs=[NeedInput("inventato")]
            ),
        )


def test_cases_are_numbered_per_point_and_year_and_one_is_open_at_a_time(store: Store) -> None:
    first = add_worker(store).worker
    second = add_worker(store, surname="Bianchi", name="Luca", sex="M").worker
    with UnitOfWork(store) as uow:
        a = open_case(uow, first.id, TODAY)
    with UnitOfWork(store) as uow:
        b = open_case(uow, second.id, TODAY)
    assert (a.number, b.number) == ("WD-2026-0001", "WD-2026-0002")
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="già un percorso aperto"):
        open_case(uow, first.id, TODAY)


def test_a_case_walks_the_method_and_closes_with_outcomes(store: Store) -> None:
    worker = add_worker(store).worker
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker.id, TODAY)
    with UnitOfWork(store) as uow:
        goal = add_goal(uow, case.id, "Posto al nido entro gennaio", date(2027, 1, 15))
    with UnitOfWork(store) as uow:
        case = change_status(uow, case.id, case.version, CaseStatus.ASSESSMENT, TODAY)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="non può passare"):
        change_status(uow, case.id, case.version, CaseStatus.MONITORING, TODAY)
    with UnitOfWork(store) as uow:
        case = change_status(uow, case.id, case.version, CaseStatus.PLAN_ACTIVE, TODAY)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="esito di ogni obiettivo"):
        change_status(uow, case.id, case.version, CaseStatus.CLOSED, TODAY, ClosingReason.GOALS_MET)
    with UnitOfWork(store) as uow:
        set_goal_outcome(uow, goal, 1, GoalOutcome.REACHED)
    with UnitOfWork(store) as uow:
        case = change_status(
            uow, case.id, case.version, CaseStatus.CLOSED, TODAY, ClosingReason.GOALS_MET
        )
    with UnitOfWork(store) as uow:
        assert counts(uow)["cases_by_status"] == {
            "open": 0,
            "assessment": 0,
            "plan_active": 0,
            "monitoring": 0,
            "closed": 1,
        }


def test_two_desks_moving_one_case_give_one_conflict(pg_store: Store) -> None:
    worker = add_worker(pg_store).worker
    with UnitOfWork(pg_store) as uow:
        case = open_case(uow, worker.id, TODAY)
    results: list[object] = []

    def move(wanted: CaseStatus) -> None:
        try:
            with UnitOfWork(pg_store) as uow:
                results.append(change_status(uow, case.id, case.version, wanted, TODAY))
        except ConflictError as exc:
            results.append(exc)

    threads = [threading.Thread(target=move, args=(CaseStatus.ASSESSMENT,)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sum(isinstance(r, ConflictError) for r in results) == 1


def test_the_agenda_lists_overdue_first_across_a_month_end(store: Store) -> None:
    worker = add_worker(store).worker
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker.id, TODAY)
    with UnitOfWork(store) as uow:
        goal = add_goal(uow, case.id, "Orario flessibile")
    with UnitOfWork(store) as uow:
        add_action(
            uow,
            goal,
            "meeting",
            "Colloquio con l'ufficio del personale",
            "operator",
            date(2026, 12, 3),
        )
    with UnitOfWork(store) as uow:
        add_action(uow, goal, "referral", "Invio al consultorio", "operator", date(2026, 11, 27))
    with UnitOfWork(store) as uow:
        add_action(
            uow, goal, "course", "Corso di educazione finanziaria", "worker", date(2026, 12, 20)
        )
    with UnitOfWork(store) as uow:
        items = agenda(uow, TODAY, until=date(2026, 12, 6))
    assert [(i.title, i.overdue, i.when.value) for i in items] == [
        ("Invio al consultorio", True, "overdue"),
        ("Colloquio con l'ufficio del personale", False, "this_week"),
    ]
    assert items[0].case_number == case.number and items[0].worker == "Rossi Maria"


def test_a_need_an_action_and_a_goal_changed_by_another_desk_are_not_overwritten(
    store: Store,
) -> None:
    """Two desks show the same plan; one marks it first. The other's change, made on what
    it showed, is refused with a message instead of silently winning."""
    from welfare_desk.cases.casework import set_action_status, set_need_status
    from welfare_desk.cases.story import case_by_id
    from welfare_desk.domain.cases import ActionStatus
    from welfare_desk.domain.needs import NeedStatus

    worker = add_worker(store).worker
    with UnitOfWork(store) as uow:
        record_contact(
            uow,
            ContactInput(
                worker.id,
                datetime(2026, 11, 30, 9),
                Channel.PHONE,
                10,
                needs=[NeedInput("childcare.nursery", Urgency.HIGH)],
            ),
        )
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker.id, TODAY)
    with UnitOfWork(store) as uow:
        goal = add_goal(uow, case.id, "Posto al nido")
    with UnitOfWork(store) as uow:
        add_action(uow, goal, "referral", "Domanda al nido", "worker", TODAY)
    with UnitOfWork(store) as uow:
        shown = case_by_id(uow, case.id)  # what both desks show
    need, plan = shown.needs[0], shown.goals[0]
    action = plan.actions[0]
    with UnitOfWork(store) as uow:  # the first desk
        set_need_status(uow, need.id, need.version, NeedStatus.IN_PROGRESS)
    with UnitOfWork(store) as uow:
        set_action_status(uow, action.id, action.version, ActionStatus.DONE)
    with UnitOfWork(store) as uow:
        set_goal_outcome(uow, plan.id, plan.version, GoalOutcome.REACHED)
    for late in (
        lambda uow: set_need_status(uow, need.id, need.version, NeedStatus.MET),
        lambda uow: set_action_status(uow, action.id, action.version, ActionStatus.CANCELLED),
        lambda uow: set_goal_outcome(uow, plan.id, plan.version, GoalOutcome.NOT_REACHED),
    ):
        with UnitOfWork(store) as uow, pytest.raises(ConflictError) as refused:
            late(uow)
        assert "da un'altra postazione" in refused.value.message
    with UnitOfWork(store) as uow:
        now = case_by_id(uow, case.id)
    assert now.needs[0].status == "in_progress"
    assert now.goals[0].actions[0].status == "done"
    assert now.goals[0].outcome == "reached"
