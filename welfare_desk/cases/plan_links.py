"""Work begun outside the case page (an enrollment, a request) joins the open case's plan."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from welfare_desk.cases.casework import plan_action, plan_goal
from welfare_desk.domain.cases import Responsible, open_statuses
from welfare_desk.domain.matching import need_fit
from welfare_desk.store.models import Case, Goal, Need
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
    case = uow.session.scalar(
        select(Case).where(
            Case.worker_id == worker_id,
            Case.status.in_([s.value for s in open_statuses()]),
        )
    )
    if case is None:
        return None
    goals = list(
        uow.session.execute(
            select(Goal.id, Goal.outcome, Need.kind)
            .outerjoin(Need, Need.id == Goal.need_id)
            .where(Goal.case_id == case.id)
            .order_by(Goal.created_at, Goal.id)
        )
    )
    chosen = next((g[0] for g in goals if g[2] and need_fit(category, [g[2]])[0] > 0), None)
    if chosen is None:
        chosen = next((g[0] for g in goals if g[1] is None), None)
    if chosen is None:
        need_id = next(
            (
                n.id
                for n in uow.session.scalars(
                    select(Need).where(Need.case_id == case.id).order_by(Need.created_at)
                )
                if need_fit(category, [n.kind])[0] > 0
            ),
            None,
        )
        chosen = plan_goal(uow, case.id, goal_title, goal_target, need_id)
    return plan_action(uow, chosen, kind, title[:200], Responsible.OPERATOR.value, due)
