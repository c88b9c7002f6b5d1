"""What the case work reads from the store: a worker's contacts, needs and cases, a
case's goals and actions, the journal of a case, and the agenda's due rows.

The agenda reads rows in Core, without ORM objects, because a programme's week can hold
thousands; the story reads each list in one indexed statement."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    case,
    func,
    inspect,
    literal,
    or_,
    select,
    type_coerce,
)

from welfare_desk.domain.cases import ActionStatus
from welfare_desk.store.models import (
    Case,
    CaseAction,
    Contact,
    Enrollment,
    Goal,
    HealthFundRequest,
    JournalEntry,
    Need,
    Operator,
    SmartWorkingRequest,
    SocialPoint,
    SubjectRequest,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork

# A row of the agenda: kind, due day, title, case number, case id as stored, surname, name.
AgendaRow = tuple[str, date, str, str, str, str, str]

# The agenda


def operator_id_named(uow: UnitOfWork, name: str) -> uuid.UUID | None:
    return uow.session.scalar(select(Operator.id).where(Operator.name == name))


def _agenda_conditions(
    open_statuses: Sequence[str],
    owner_id: uuid.UUID | None,
    social_point_id: uuid.UUID | None,
    scope: tuple[frozenset[uuid.UUID], frozenset[uuid.UUID]],
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Case.status.in_(list(open_statuses))]
    if owner_id is not None:
        conditions.append(Case.owner_id == owner_id)
    if social_point_id is not None:
        conditions.append(Case.social_point_id == social_point_id)
    organizations, points = scope
    if organizations or points:  # a manager's assignment
        conditions.append(
            or_(Worker.organization_id.in_(organizations), Worker.social_point_id.in_(points))
        )
    return conditions


def _due_actions(until: date, conditions: list[ColumnElement[bool]], *columns: Any) -> Any:
    return (
        select(*columns)
        .select_from(CaseAction)
        .join(Goal, Goal.id == CaseAction.goal_id)
        .join(Case, Case.id == Goal.case_id)
        .join(Worker, Worker.id == Case.worker_id)
        .where(
            CaseAction.status == ActionStatus.PLANNED.value,
            CaseAction.due_date <= until,
            *conditions,
        )
    )


def _due_reviews(until: date, conditions: list[ColumnElement[bool]], *columns: Any) -> Any:
    return (
        select(*columns)
        .select_from(Case)
        .join(Worker, Worker.id == Case.worker_id)
        .where(Case.next_review <= until, *conditions)
    )


def agenda_rows(
    uow: UnitOfWork,
    until: date,
    open_statuses: Sequence[str],
    review: str,
    owner_id: uuid.UUID | None,
    social_point_id: uuid.UUID | None,
    scope: tuple[frozenset[uuid.UUID], frozenset[uuid.UUID]] = (frozenset(), frozenset()),
    limit: int | None = None,
) -> list[AgendaRow]:
    """Planned actions and reviews due by `until` on open cases, from what is due (the
    actions' status-and-date index, the cases' review dates), not from the cases. With
    `limit`, the nearest that many of each, by day and number."""
    conditions = _agenda_conditions(open_statuses, owner_id, social_point_id, scope)
    connection = uow.session.connection()
    # Thousands of rows: the id stays as stored (text on SQLite) until a row is opened.
    case_key = type_coerce(Case.id, String())
    actions = _due_actions(
        until,
        conditions,
        literal("action"),
        CaseAction.due_date,
        CaseAction.title,
        Case.number,
        case_key,
        Worker.surname,
        Worker.name,
    )
    reviews = _due_reviews(
        until,
        conditions,
        literal("review"),
        Case.next_review,
        literal(review),
        Case.number,
        case_key,
        Worker.surname,
        Worker.name,
    )
    if limit is not None:
        actions = actions.order_by(CaseAction.due_date, Case.number).limit(limit)
        reviews = reviews.order_by(Case.next_review, Case.number).limit(limit)
    rows: list[AgendaRow] = [tuple(r) for r in connection.execute(actions).all()]
    rows += [tuple(r) for r in connection.execute(reviews).all()]
    return rows


def agenda_counts(
    uow: UnitOfWork,
    today: date,
    until: date,
    open_statuses: Sequence[str],
    owner_id: uuid.UUID | None,
    social_point_id: uuid.UUID | None,
    scope: tuple[frozenset[uuid.UUID], frozenset[uuid.UUID]] = (frozenset(), frozenset()),
) -> tuple[int, int]:
    """How many actions and reviews `agenda_rows` finds, and how many of them are overdue
    (due before `today`), counted by the database."""
    conditions = _agenda_conditions(open_statuses, owner_id, social_point_id, scope)
    total = overdue = 0
    for query, due in (
        (_due_actions, CaseAction.due_date),
        (_due_reviews, Case.next_review),
    ):
        counted = uow.session.execute(
            query(until, conditions, func.count(), func.sum(case((due < today, 1), else_=0)))
        ).one()
        total += int(counted[0] or 0)
        overdue += int(counted[1] or 0)
    return total, overdue


def returning_from_illness_leave(
    uow: UnitOfWork, first: date, last: date, social_point_id: uuid.UUID | None
) -> list[tuple[uuid.UUID, str, str, date]]:
    """Workers whose L. 106/2025 leave ends so that they are back between `first` and
    `last`: (id, surname, name, last day of leave), in one statement."""
    query = select(Worker.id, Worker.surname, Worker.name, Worker.illness_leave_until).where(
        Worker.illness_leave_until >= first - timedelta(days=1),
        Worker.illness_leave_until <= last - timedelta(days=1),
    )
    if social_point_id is not None:
        query = query.where(Worker.social_point_id == social_point_id)
    return [(w, s, n, d) for w, s, n, d in uow.session.execute(query) if d is not None]


def workers_at_point(
    uow: UnitOfWork, worker_ids: Sequence[uuid.UUID], social_point_id: uuid.UUID
) -> set[uuid.UUID]:
    return set(
        uow.session.scalars(
            select(Worker.id).where(
                Worker.id.in_(list(worker_ids)), Worker.social_point_id == social_point_id
            )
        )
    )


# Cases


def worker_locked(uow: UnitOfWork, worker_id: uuid.UUID) -> Worker | None:
    """The worker, held until commit: two desks opening a case for them wait in turn."""
    return uow.session.execute(
        select(Worker).where(Worker.id == worker_id).with_for_update()
    ).scalar_one_or_none()


def open_case_number(
    uow: UnitOfWork,
    worker_id: uuid.UUID,
    open_statuses: Sequence[str],
    other_than: uuid.UUID | None = None,
) -> str | None:
    """The number of the worker's open case (other than `other_than`), if any."""
    query = select(Case.number).where(
        Case.worker_id == worker_id, Case.status.in_(list(open_statuses))
    )
    if other_than is not None:
        query = query.where(Case.id != other_than)
    return uow.session.scalar(query)


def open_case_of(
    uow: UnitOfWork, worker_id: uuid.UUID, open_statuses: Sequence[str]
) -> Case | None:
    return uow.session.scalar(
        select(Case).where(Case.worker_id == worker_id, Case.status.in_(list(open_statuses)))
    )


def case_numbered(uow: UnitOfWork, number: str) -> Case | None:
    return uow.session.scalar(select(Case).where(Case.number == number))


def cases_of(uow: UnitOfWork, worker_id: uuid.UUID) -> list[Case]:
    """The worker's cases, the latest opened first."""
    return list(
        uow.session.scalars(
            select(Case)
            .where(Case.worker_id == worker_id)
            .order_by(Case.opened_on.desc(), Case.number.desc())
        ).all()
    )


def goals_of(uow: UnitOfWork, case_id: uuid.UUID, ordered: bool = False) -> list[Goal]:
    query = select(Goal).where(Goal.case_id == case_id)
    if ordered:
        query = query.order_by(Goal.created_at, Goal.id)
    return list(uow.session.scalars(query).all())


def goals_with_need_kind(
    uow: UnitOfWork, case_id: uuid.UUID
) -> list[tuple[uuid.UUID, str | None, str | None]]:
    """(goal id, outcome, kind of the need it answers), in the order they were set."""
    rows = uow.session.execute(
        select(Goal.id, Goal.outcome, Need.kind)
        .outerjoin(Need, Need.id == Goal.need_id)
        .where(Goal.case_id == case_id)
        .order_by(Goal.created_at, Goal.id)
    )
    return [(goal, outcome, kind) for goal, outcome, kind in rows]


def actions_of(
    uow: UnitOfWork, goal_ids: Sequence[uuid.UUID], ordered: bool = True
) -> list[CaseAction]:
    query = select(CaseAction).where(CaseAction.goal_id.in_(list(goal_ids)))
    if ordered:
        query = query.order_by(CaseAction.due_date, CaseAction.id)
    return list(uow.session.scalars(query))


def case_counts(uow: UnitOfWork) -> dict[str, Any]:
    """Cases by status, contacts and needs: for `stats`."""
    by_status = {
        row[0]: row[1]
        for row in uow.session.execute(select(Case.status, func.count()).group_by(Case.status))
    }
    return {
        "by_status": by_status,
        "contacts": uow.session.scalar(select(func.count()).select_from(Contact)) or 0,
        "needs": uow.session.scalar(select(func.count()).select_from(Need)) or 0,
    }


# Needs and contacts


def needs_of_worker(uow: UnitOfWork, worker_id: uuid.UUID) -> list[Need]:
    return list(uow.session.scalars(select(Need).where(Need.worker_id == worker_id)).all())


def needs_of_case(uow: UnitOfWork, case_id: uuid.UUID) -> list[Need]:
    return list(
        uow.session.scalars(select(Need).where(Need.case_id == case_id).order_by(Need.created_at))
    )


def contacts_of(
    uow: UnitOfWork,
    worker_id: uuid.UUID,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[Contact]:
    """The worker's contacts, the latest first, optionally between two wall times."""
    query = select(Contact).where(Contact.worker_id == worker_id)
    if since is None and until is None:
        query = query.order_by(Contact.at.desc())
    if since is not None:
        query = query.where(Contact.at >= since)
    if until is not None:
        query = query.where(Contact.at <= until)
    return list(uow.session.scalars(query))


def operator_names(uow: UnitOfWork) -> dict[uuid.UUID, str]:
    return {o.id: o.name for o in uow.session.scalars(select(Operator))}


def social_point_names(uow: UnitOfWork) -> dict[uuid.UUID, str]:
    return {p.id: p.name for p in uow.session.scalars(select(SocialPoint))}


def operators_by_name(uow: UnitOfWork) -> list[tuple[uuid.UUID, str]]:
    return [(o.id, o.name) for o in uow.session.scalars(select(Operator).order_by(Operator.name))]


def case_journal(
    uow: UnitOfWork,
    case_id: uuid.UUID,
    goal_ids: Sequence[uuid.UUID],
    action_ids: Sequence[uuid.UUID],
    need_ids: Sequence[uuid.UUID],
) -> list[JournalEntry]:
    """The changes to a case, its goals and actions and the worker's needs, in order."""
    return list(
        uow.session.scalars(
            select(JournalEntry)
            .where(
                or_(
                    (JournalEntry.entity == "case_file") & (JournalEntry.entity_id == case_id),
                    (JournalEntry.entity == "goal") & JournalEntry.entity_id.in_(list(goal_ids)),
                    (JournalEntry.entity == "case_action")
                    & JournalEntry.entity_id.in_(list(action_ids)),
                    (JournalEntry.entity == "need") & JournalEntry.entity_id.in_(list(need_ids)),
                )
            )
            .order_by(JournalEntry.at, JournalEntry.id)
        ).all()
    )


def subject_requests_due(
    uow: UnitOfWork, until: date
) -> list[tuple[uuid.UUID, str, str, str, date, bool]]:
    """Unanswered data subjects' requests due by `until`, with their worker's name."""
    rows = uow.session.execute(
        select(
            SubjectRequest.worker_id,
            Worker.surname,
            Worker.name,
            SubjectRequest.kind,
            SubjectRequest.due_on,
            SubjectRequest.extended,
        )
        .join(Worker, Worker.id == SubjectRequest.worker_id)
        .where(SubjectRequest.answered_on.is_(None), SubjectRequest.due_on <= until)
    )
    return [tuple(r) for r in rows]  # type: ignore[misc]


def column_keys(record: Any) -> list[str]:
    """The mapped columns of a record, in the table's order."""
    return [attr.key for attr in inspect(record).mapper.column_attrs]


def linked_to_actions(uow: UnitOfWork, action_ids: Sequence[uuid.UUID]) -> list[str]:
    """What stands behind plan actions: the enrollments and requests they follow, as
    «enrollment», «health_fund» or «smart_working», one per link."""
    ids = list(action_ids)
    if not ids:
        return []
    kinds = (
        ("enrollment", Enrollment),
        ("health_fund", HealthFundRequest),
        ("smart_working", SmartWorkingRequest),
    )
    found: list[str] = []
    for kind, model in kinds:
        linked = uow.session.scalar(
            select(func.count()).select_from(model).where(model.action_id.in_(ids))
        )
        found += [kind] * int(linked or 0)
    return found
