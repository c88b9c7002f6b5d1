"""#17: a goal or an action typed wrong is corrected; one added by mistake is removed with
a reason kept in the history, and can be undone right after."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.helpers import add_worker
from welfare_desk.cases.casework import (
    ActionEdit,
    GoalEdit,
    add_action,
    add_goal,
    correct_action,
    correct_goal,
    open_case,
    remove_action,
    remove_goal,
    restore_removed,
)
from welfare_desk.cases.story import case_by_id
from welfare_desk.errors import InvalidInput
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import ConflictError
from welfare_desk.store.models import CaseAction, Goal, JournalEntry
from welfare_desk.store.uow import UnitOfWork


def _plan(store: Store) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    today = store.clock.today()
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker, today)
    with UnitOfWork(store) as uow:
        goal = add_goal(uow, case.id, "Posto al nido", today + timedelta(days=60))
    with UnitOfWork(store) as uow:
        action = add_action(uow, goal, "referral", "Domanda al nido", "worker", today)
    return case.id, goal, action


def test_a_goal_and_an_action_are_corrected_and_a_stale_one_refused(store: Store) -> None:
    case, goal, action = _plan(store)
    today = store.clock.today()
    with UnitOfWork(store) as uow:
        correct_goal(uow, goal, 1, GoalEdit("Posto al nido comunale", today + timedelta(days=30)))
    with UnitOfWork(store) as uow:
        correct_action(
            uow,
            action,
            1,
            ActionEdit("meeting", "Chiamare il nido", "operator", today + timedelta(days=2)),
        )
    with UnitOfWork(store) as uow:
        seen = case_by_id(uow, case).goals[0]
    assert (seen.title, seen.target_date) == ("Posto al nido comunale", today + timedelta(days=30))
    done = seen.actions[0]
    assert (done.title, done.kind, done.responsible) == ("Chiamare il nido", "meeting", "operator")
    with UnitOfWork(store) as uow, pytest.raises(ConflictError):
        correct_goal(uow, goal, 1, GoalEdit("Altro", None))
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="Scrivi l'obiettivo"):
        correct_goal(uow, goal, seen.version, GoalEdit("  ", None))
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="200 caratteri"):
        correct_action(
            uow, action, done.version, ActionEdit("meeting", "x" * 201, "operator", None)
        )


def test_removing_a_goal_takes_its_actions_and_undo_brings_both_back(store: Store) -> None:
    case, goal, action = _plan(store)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="perché"):
        remove_goal(uow, goal, 1, " ")
    with UnitOfWork(store) as uow:
        removed = remove_goal(uow, goal, 1, "obiettivo di un altro percorso")
    with UnitOfWork(store) as uow:
        assert case_by_id(uow, case).goals == []
        why = uow.session.scalars(
            select(JournalEntry.changes).where(
                JournalEntry.entity_id == goal, JournalEntry.action == "delete"
            )
        ).one()
    assert why["motivo"] == "obiettivo di un altro percorso"
    with UnitOfWork(store) as uow:
        restore_removed(uow, removed)
    with UnitOfWork(store) as uow:
        back = case_by_id(uow, case).goals
        assert [g.title for g in back] == ["Posto al nido"]
        assert [a.id for a in back[0].actions] == [action]
        assert uow.get(Goal, goal) is not None and uow.get(CaseAction, action) is not None


def test_an_action_is_removed_with_its_reason_and_undone(store: Store) -> None:
    case, _goal, action = _plan(store)
    with UnitOfWork(store) as uow:
        removed = remove_action(uow, action, 1, "doppione")
    with UnitOfWork(store) as uow:
        assert case_by_id(uow, case).goals[0].actions == ()
    with UnitOfWork(store) as uow:
        restore_removed(uow, removed)
    with UnitOfWork(store) as uow:
        assert [a.title for a in case_by_id(uow, case).goals[0].actions] == ["Domanda al nido"]


def test_a_closed_case_plan_is_not_changed(store: Store) -> None:
    from welfare_desk.cases.casework import close_case
    from welfare_desk.domain.cases import ClosingReason, GoalOutcome

    case, goal, _action = _plan(store)
    with UnitOfWork(store) as uow:
        close_case(
            uow,
            case,
            1,
            {goal: GoalOutcome.REACHED},
            ClosingReason.GOALS_MET,
            store.clock.today(),
        )
    with UnitOfWork(store) as uow:
        version = case_by_id(uow, case).goals[0].version
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="chiuso"):
        remove_goal(uow, goal, version, "errore")
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="chiuso"):
        correct_goal(uow, goal, version, GoalEdit("Altro", None))


def test_the_timeline_tells_a_removal_and_its_undo(store: Store) -> None:
    from welfare_desk.cases.story import case_timeline

    case, goal, _action = _plan(store)
    with UnitOfWork(store) as uow:
        removed = remove_goal(uow, goal, 1, "doppione")
    with UnitOfWork(store) as uow:
        restore_removed(uow, removed)
    with UnitOfWork(store) as uow:
        texts = [entry.text for entry in case_timeline(uow, case)]
    assert any("doppione" in text for text in texts), texts


def test_an_action_behind_a_request_is_cancelled_not_removed(store: Store) -> None:
    from welfare_desk.domain.health_funds import RequestKind
    from welfare_desk.requests.health_funds import HfInput, create_request

    case, _goal, _action = _plan(store)
    with UnitOfWork(store) as uow:
        worker = case_by_id(uow, case).worker_id
    with UnitOfWork(store) as uow:
        create_request(
            uow, HfInput(worker, "fisde", RequestKind.REIMBURSEMENT), store.clock.today()
        )
    with UnitOfWork(store) as uow:
        goals = case_by_id(uow, case).goals
    behind = next(a for g in goals for a in g.actions if a.kind == "health_fund_request")
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="fondo sanitario"):
        remove_action(uow, behind.id, behind.version, "errore")
    owner = next(g for g in goals if behind in g.actions)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="si annulla"):
        remove_goal(uow, owner.id, owner.version, "errore")
