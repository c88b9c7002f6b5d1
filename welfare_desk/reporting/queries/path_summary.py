"""What the path summaries read, for many workers at once: their cases, goals and
planned steps, the services they use, who met them last. Each list is one statement per
chunk of workers, whatever the chunk's size."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from welfare_desk.store.models import (
    Case,
    CaseAction,
    Contact,
    Edition,
    Enrollment,
    Goal,
    HouseholdMember,
    Operator,
    Organization,
    Service,
    SocialPoint,
    Voucher,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork


def worker_id_by_code(uow: UnitOfWork, code: str) -> uuid.UUID | None:
    return uow.session.scalar(select(Worker.id).where(Worker.codice_fiscale == code))


def worker_exists(uow: UnitOfWork, worker_id: uuid.UUID) -> bool:
    return uow.session.scalar(select(Worker.id).where(Worker.id == worker_id)) is not None


def names(
    uow: UnitOfWork,
) -> tuple[dict[uuid.UUID, str], dict[uuid.UUID, SocialPoint], dict[uuid.UUID, str]]:
    """Organizations, social points and operators: a few dozen rows, read once."""
    orgs = {i: n for i, n in uow.session.execute(select(Organization.id, Organization.name))}
    points = {p.id: p for p in uow.session.execute(select(SocialPoint)).scalars()}
    operators = {i: n for i, n in uow.session.execute(select(Operator.id, Operator.name))}
    return orgs, points, operators


def workers(uow: UnitOfWork, ids: Sequence[uuid.UUID]) -> list[Any]:
    """Rows (id, name, surname, organization_id, social_point_id)."""
    return list(
        uow.session.execute(
            select(
                Worker.id,
                Worker.name,
                Worker.surname,
                Worker.organization_id,
                Worker.social_point_id,
            ).where(Worker.id.in_(list(ids)))
        )
    )


def cases_of(uow: UnitOfWork, ids: Sequence[uuid.UUID]) -> list[Case]:
    return list(
        uow.session.scalars(
            select(Case)
            .where(Case.worker_id.in_(list(ids)))
            .order_by(Case.opened_on.desc(), Case.id)
        )
    )


def goals_of(uow: UnitOfWork, case_ids: Sequence[uuid.UUID]) -> list[Goal]:
    return list(
        uow.session.scalars(
            select(Goal).where(Goal.case_id.in_(list(case_ids))).order_by(Goal.created_at, Goal.id)
        )
    )


def actions_with_status(
    uow: UnitOfWork, goal_ids: Sequence[uuid.UUID], status: str
) -> list[CaseAction]:
    return list(
        uow.session.scalars(
            select(CaseAction)
            .where(CaseAction.goal_id.in_(list(goal_ids)), CaseAction.status == status)
            .order_by(CaseAction.due_date, CaseAction.id)
        )
    )


def enrollments_running(
    uow: UnitOfWork, ids: Sequence[uuid.UUID], statuses: Sequence[str], today: date
) -> list[tuple[Enrollment, Service, Edition, str | None]]:
    """(enrollment, service, edition, member's name) of editions not yet ended."""
    rows = uow.session.execute(
        select(Enrollment, Service, Edition, HouseholdMember.name)
        .join(Edition, Edition.id == Enrollment.edition_id)
        .join(Service, Service.id == Edition.service_id)
        .outerjoin(HouseholdMember, HouseholdMember.id == Enrollment.member_id)
        .where(
            Enrollment.worker_id.in_(list(ids)),
            Enrollment.status.in_(list(statuses)),
            Edition.ends_on >= today,
        )
        .order_by(Edition.starts_on, Enrollment.id)
    )
    return [(e, service, edition, member) for e, service, edition, member in rows]


def vouchers_with_status(
    uow: UnitOfWork, ids: Sequence[uuid.UUID], status: str
) -> list[tuple[Voucher, Service, Edition | None, str | None]]:
    """(voucher, service, edition if any, member's name) by the day they were issued."""
    rows = uow.session.execute(
        select(Voucher, Service, Edition, HouseholdMember.name)
        .join(Service, Service.id == Voucher.service_id)
        .outerjoin(Edition, Edition.id == Voucher.edition_id)
        .outerjoin(HouseholdMember, HouseholdMember.id == Voucher.member_id)
        .where(Voucher.worker_id.in_(list(ids)), Voucher.status == status)
        .order_by(Voucher.issued_on, Voucher.number)
    )
    return [(v, service, edition, member) for v, service, edition, member in rows]


def operators_met(uow: UnitOfWork, ids: Sequence[uuid.UUID]) -> list[tuple[uuid.UUID, uuid.UUID]]:
    """(worker, operator) of each contact with an operator, the latest first."""
    rows = uow.session.execute(
        select(Contact.worker_id, Contact.operator_id)
        .where(Contact.worker_id.in_(list(ids)), Contact.operator_id.is_not(None))
        .order_by(Contact.at.desc())
    )
    return [(worker, operator) for worker, operator in rows if operator is not None]


def workers_met_on(
    uow: UnitOfWork, start: datetime, social_point_id: uuid.UUID | None
) -> list[uuid.UUID]:
    """Workers with a contact in the day from `start`, by name."""
    met = select(Contact.worker_id).where(
        Contact.at >= start, Contact.at < start + timedelta(days=1)
    )
    if social_point_id is not None:
        met = met.where(Contact.social_point_id == social_point_id)
    return list(
        uow.session.scalars(select(Worker.id).where(Worker.id.in_(met)).order_by(Worker.sort_key))
    )


def workers_registered(uow: UnitOfWork, edition_id: uuid.UUID, cancelled: str) -> list[uuid.UUID]:
    registered = select(Enrollment.worker_id).where(
        Enrollment.edition_id == edition_id, Enrollment.status != cancelled
    )
    return list(
        uow.session.scalars(
            select(Worker.id).where(Worker.id.in_(registered)).order_by(Worker.sort_key)
        )
    )
