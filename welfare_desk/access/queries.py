"""The SQL of operators and their scopes."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, select

from welfare_desk.store.models import (
    AuditEntry,
    Operator,
    OperatorScope,
    Organization,
    SocialPoint,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork


def with_login(uow: UnitOfWork, login: str) -> Operator | None:
    return uow.session.scalar(select(Operator).where(Operator.login == login))


def accounts(uow: UnitOfWork) -> int:
    """How many operators can sign in (a login and a password)."""
    statement = select(func.count()).where(
        Operator.login.is_not(None), Operator.password_hash.is_not(None)
    )
    return int(uow.session.scalar(statement) or 0)


def active_admins(uow: UnitOfWork) -> int:
    statement = select(func.count()).where(
        Operator.role == "administrator",
        Operator.login.is_not(None),
        Operator.disabled.is_(False),
    )
    return int(uow.session.scalar(statement) or 0)


def operators_with_login(uow: UnitOfWork) -> list[Operator]:
    return list(
        uow.session.scalars(
            select(Operator).where(Operator.login.is_not(None)).order_by(Operator.login)
        )
    )


def scopes(uow: UnitOfWork) -> list[tuple[uuid.UUID, str | None, str | None]]:
    """Every scope as (operator, employer's name, social point's code), in one statement."""
    rows = uow.session.execute(
        select(OperatorScope.operator_id, Organization.name, SocialPoint.code)
        .outerjoin(Organization, Organization.id == OperatorScope.organization_id)
        .outerjoin(SocialPoint, SocialPoint.id == OperatorScope.social_point_id)
    )
    return [(r.operator_id, r.name, r.code) for r in rows]


def scope_ids(
    uow: UnitOfWork, operator_id: uuid.UUID
) -> list[tuple[uuid.UUID | None, uuid.UUID | None]]:
    rows = uow.session.execute(
        select(OperatorScope.organization_id, OperatorScope.social_point_id).where(
            OperatorScope.operator_id == operator_id
        )
    )
    return [(r.organization_id, r.social_point_id) for r in rows]


def organization_ids_by_key(uow: UnitOfWork) -> dict[str, uuid.UUID]:
    return {
        key: id_ for id_, key in uow.session.execute(select(Organization.id, Organization.name_key))
    }


def social_point_ids_by_code(uow: UnitOfWork) -> dict[str, uuid.UUID]:
    return {
        code.upper(): id_
        for id_, code in uow.session.execute(select(SocialPoint.id, SocialPoint.code))
    }


def operator_names(uow: UnitOfWork) -> dict[uuid.UUID, str]:
    return {r.id: r.name for r in uow.session.execute(select(Operator.id, Operator.name))}


def audit_rows(
    uow: UnitOfWork,
    worker_id: uuid.UUID | None,
    operator_id: uuid.UUID | None,
    since: datetime | None,
    limit: int,
) -> list[AuditEntry]:
    statement = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if worker_id is not None:
        statement = statement.where(
            AuditEntry.entity == "worker", AuditEntry.entity_id == worker_id
        )
    if operator_id is not None:
        statement = statement.where(AuditEntry.operator_id == operator_id)
    if since is not None:
        statement = statement.where(AuditEntry.at >= since)
    return list(uow.session.scalars(statement.limit(limit)))


def worker_id_by_code(uow: UnitOfWork, code: str) -> uuid.UUID | None:
    """Only the id, for the audit's filter: the administrator reads no record."""
    return uow.session.scalar(select(Worker.id).where(Worker.codice_fiscale == code))
