"""Work begun outside the case page (an enrollment, a request) joins the open case's plan."""

from __future__ import annotations

import uuid
from datetime import date

from welfare_desk.cases import queries
from welfare_desk.cases.casework import plan_action, plan_goal
from welfare_desk.domain.cases import Responsible, open_statuses
from welfare_desk.domain.matching import need_fit
from welfare_desk.store.uow import UnitOfWork


def add_to_open_plan(
    uow: UnitOfWork,
    worker_id: uuid.UUID,
    category: str,
    goal_title: str,
    goal_target: date | None,
    kind: str,
    title: str,
    due: date | None,
) -> uuid.UUID | None:
    """An action in the worker's open case, under the goal of the need `category` answers,
    or the first goal still open, or a new goal; None when no case is open."""
    case = queries.open_case_of(uow, worker_id, [s.value for s in open_statuses()])
    if case is None:
        return None
    goals = queries.goals_with_need_kind(uow, case.id)
    chosen = next((g[0] for g in goals if g[2] and need_fit(category, [g[2]])[0] > 0), None)
    if chosen is None:
        chosen = next((g[0] for g in goals if g[1] is None), None)
    if chosen is None:
        need_id = next(
            (
                n.id
                for n in queries.needs_of_case(uow, case.id)
                if need_fit(category, [n.kind])[0] > 0
            ),
            None,
        )
        chosen = plan_goal(uow, case.id, goal_title, goal_target, need_id)
    return plan_action(uow, chosen, kind, title[:200], Responsible.OPERATOR.value, due)
