"""The agenda: actions and reviews due, for an operator, up to a day."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from welfare_desk.domain.agenda import Due, due_class
from welfare_desk.domain.cases import ActionStatus, open_statuses
from welfare_desk.store.models import Case, CaseAction, Goal, Operator, Worker
from welfare_desk.store.uow import UnitOfWork


@dataclass(frozen=True)
class AgendaItem:
    kind: str  # "action" or "review"
    due: date
    overdue: bool
    when: Due
    worker: str
    case_number: str
    title: str
    case_id: uuid.UUID


def agenda(
    uow: UnitOfWork,
    today: date,
    until: date,
    operator: str | None = None,
    social_point_id: uuid.UUID | None = None,
) -> list[AgendaItem]:
    """Everything due up to `until` on open cases, overdue first, then by date."""
    open_cases = [s.value for s in open_statuses()]
    cases = select(Case.id).where(Case.status.in_(open_cases))
    if operator:
        cases = cases.join(Operator, Operator.id == Case.owner_id).where(Operator.name == operator)
    if social_point_id is not None:
        cases = cases.where(Case.social_point_id == social_point_id)
    case_ids = cases.scalar_subquery()
    items: list[AgendaItem] = []
    actions = uow.session.execute(
        select(
            CaseAction.due_date, CaseAction.title, Case.number, Case.id, Worker.surname, Worker.name
        )
        .join(Goal, Goal.id == CaseAction.goal_id)
        .join(Case, Case.id == Goal.case_id)
        .join(Worker, Worker.id == Case.worker_id)
        .where(
            CaseAction.status == ActionStatus.PLANNED.value,
            CaseAction.due_date.is_not(None),
            CaseAction.due_date <= until,
            Case.id.in_(case_ids),
        )
    )
    for due, title, number, case_id, surname, name in actions:
        if due is not None:  # the query asks for dated actions only
            items.append(_item("action", due, today, f"{surname} {name}", number, title, case_id))
    reviews = uow.session.execute(
        select(Case.next_review, Case.number, Case.id, Worker.surname, Worker.name)
        .join(Worker, Worker.id == Case.worker_id)
        .where(Case.next_review.is_not(None), Case.next_review <= until, Case.id.in_(case_ids))
    )
    for due, number, case_id, surname, name in reviews:
        if due is None:
            continue
        items.append(
            _item(
                "review", due, today, f"{surname} {name}", number, "Verifica del percorso", case_id
            )
        )
    return sorted(items, key=lambda i: (not i.overdue, i.due, i.case_number))


def _item(
    kind: str, due: date, today: date, worker: str, number: str, title: str, case_id: uuid.UUID
) -> AgendaItem:
    when = due_class(due, today)
    return AgendaItem(kind, due, when is Due.OVERDUE, when, worker, number, title, case_id)
