"""What the requests read from the store: smart-working and health-fund requests by
status, number and worker, their invoices and scans, the Ministry's communications."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import selectinload

from welfare_desk.store.models import (
    HealthAttachment,
    HealthFundRequest,
    HealthInvoice,
    HouseholdMember,
    MinistryCommunication,
    Organization,
    SmartWorkingRequest,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork

# Smart working


def smart_working_with_status(
    uow: UnitOfWork, statuses: Sequence[str], employer_id: uuid.UUID | None = None
) -> list[SmartWorkingRequest]:
    query = select(SmartWorkingRequest).where(SmartWorkingRequest.status.in_(list(statuses)))
    if employer_id is not None:
        query = query.join(Worker, Worker.id == SmartWorkingRequest.worker_id).where(
            Worker.organization_id == employer_id
        )
    return list(uow.session.scalars(query))


# (id, number, worker id, starts, ends, submitted, received)
PendingRow = tuple[uuid.UUID, str, uuid.UUID, date, date | None, date | None, date | None]


def _pending(statuses: Sequence[str], employer_id: uuid.UUID | None) -> Any:
    r = SmartWorkingRequest
    query = select(r.worker_id).where(r.status.in_(list(statuses)))
    if employer_id is not None:
        query = query.join(Worker, Worker.id == r.worker_id).where(
            Worker.organization_id == employer_id
        )
    return query


def pending_rows(
    uow: UnitOfWork, statuses: Sequence[str], employer_id: uuid.UUID | None = None
) -> list[PendingRow]:
    """The requests a queue ranks, as plain rows: what their priority and order need."""
    r = SmartWorkingRequest
    query = select(
        r.id, r.number, r.worker_id, r.starts_on, r.ends_on, r.submitted_on, r.received_on
    ).where(r.status.in_(list(statuses)))
    if employer_id is not None:
        query = query.join(Worker, Worker.id == r.worker_id).where(
            Worker.organization_id == employer_id
        )
    return [tuple(row) for row in uow.session.execute(query)]  # type: ignore[misc]


def pending_households(
    uow: UnitOfWork, statuses: Sequence[str], employer_id: uuid.UUID | None = None
) -> dict[uuid.UUID, tuple[Any, list[Any]]]:
    """The health and household of every worker with a request in `statuses`, as plain
    rows (`registry.workers.people_from`), in one statement however long the queue is:
    on PostgreSQL each statement sees its own moment, and a worker's household is read
    whole at one of them."""
    m = HouseholdMember
    found: dict[uuid.UUID, tuple[Any, list[Any]]] = {}
    for worker_id, *row in uow.session.execute(
        select(
            Worker.id,
            Worker.disability,
            Worker.illness_invalidity_percent,
            Worker.illness_leave_from,
            Worker.illness_leave_until,
            Worker.l68,
            m.id,
            m.name,
            m.relation,
            m.birth_date,
            m.disability,
            m.sex,
            m.cared_for,
            m.attendance_allowance,
        )
        .outerjoin(m, m.worker_id == Worker.id)
        .where(Worker.id.in_(_pending(statuses, employer_id)))
        .order_by(Worker.id, m.birth_date, m.id)
    ):
        health, (member_id, *member) = tuple(row[:5]), row[5:]
        household = found.setdefault(worker_id, (health, []))[1]
        if member_id is not None:
            household.append(tuple(member))
    return found


def smart_working_by_ids(
    uow: UnitOfWork, request_ids: Sequence[uuid.UUID]
) -> list[SmartWorkingRequest]:
    found: list[SmartWorkingRequest] = []
    for start in range(0, len(request_ids), 500):
        chunk = list(request_ids[start : start + 500])
        found += uow.session.scalars(
            select(SmartWorkingRequest).where(SmartWorkingRequest.id.in_(chunk))
        )
    return found


def worker_names(
    uow: UnitOfWork, worker_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, uuid.UUID]]:
    """Each worker's «surname name» and employer, a statement a 500 workers."""
    wanted = list(dict.fromkeys(worker_ids))
    found: dict[uuid.UUID, tuple[str, uuid.UUID]] = {}
    for start in range(0, len(wanted), 500):
        for worker_id, surname, name, employer in uow.session.execute(
            select(Worker.id, Worker.surname, Worker.name, Worker.organization_id).where(
                Worker.id.in_(wanted[start : start + 500])
            )
        ):
            found[worker_id] = (f"{surname} {name}", employer)
    return found


def workers_with_households(
    uow: UnitOfWork, worker_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Worker]:
    """The workers with their households loaded, a few statements for any number of
    requests: a queue's priorities read every household."""
    wanted = list(dict.fromkeys(worker_ids))
    found: dict[uuid.UUID, Worker] = {}
    for start in range(0, len(wanted), 500):
        for worker in uow.session.scalars(
            select(Worker)
            .options(selectinload(Worker.household))
            .where(Worker.id.in_(wanted[start : start + 500]))
        ):
            found[worker.id] = worker
    return found


def organization_names(uow: UnitOfWork, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    rows = uow.session.execute(
        select(Organization.id, Organization.name).where(Organization.id.in_(list(ids)))
    )
    return {row.id: row.name for row in rows}


def smart_working_requests(
    uow: UnitOfWork, status: str | None = None, worker_id: uuid.UUID | None = None
) -> list[SmartWorkingRequest]:
    query = select(SmartWorkingRequest).order_by(SmartWorkingRequest.number)
    if status is not None:
        query = query.where(SmartWorkingRequest.status == status)
    if worker_id is not None:
        query = query.where(SmartWorkingRequest.worker_id == worker_id)
    return list(uow.session.scalars(query))


def smart_working_by_number(uow: UnitOfWork, number: str) -> SmartWorkingRequest | None:
    return uow.session.scalar(
        select(SmartWorkingRequest).where(SmartWorkingRequest.number == number)
    )


def smart_working_counts(uow: UnitOfWork) -> dict[str, int]:
    rows = uow.session.execute(
        select(SmartWorkingRequest.status, func.count()).group_by(SmartWorkingRequest.status)
    )
    return {status: int(count) for status, count in rows}


def communications(uow: UnitOfWork, pending_only: bool) -> list[CommunicationRow]:
    """Each communication with its request's number and its worker (id, surname, name),
    the nearest day first: plain rows, since the agenda reads them all every time."""
    sent = MinistryCommunication
    query = (
        select(
            sent.id,
            sent.version,
            sent.event,
            sent.event_date,
            sent.due_on,
            sent.sent_on,
            SmartWorkingRequest.number,
            Worker.id,
            Worker.surname,
            Worker.name,
        )
        .join(SmartWorkingRequest, SmartWorkingRequest.id == sent.request_id)
        .join(Worker, Worker.id == SmartWorkingRequest.worker_id)
        .order_by(sent.due_on, SmartWorkingRequest.number)
    )
    if pending_only:
        query = query.where(sent.sent_on.is_(None))
    return [tuple(row) for row in uow.session.execute(query).all()]


# Health funds


def invoices_of(uow: UnitOfWork, request_id: uuid.UUID) -> list[HealthInvoice]:
    return list(
        uow.session.scalars(
            select(HealthInvoice)
            .where(HealthInvoice.request_id == request_id)
            .order_by(HealthInvoice.invoice_date, HealthInvoice.id)
        )
    )


def invoice_dates(uow: UnitOfWork, request_id: uuid.UUID) -> list[date]:
    return list(
        uow.session.scalars(
            select(HealthInvoice.invoice_date).where(HealthInvoice.request_id == request_id)
        )
    )


# id, version, event, event day, due, sent, request number, worker id, surname, name
CommunicationRow = tuple[uuid.UUID, int, str, date, date, date | None, str, uuid.UUID, str, str]
HealthRow = tuple[HealthFundRequest, str, list[tuple[date, int]]]
# number, worker, "surname name", fund code, status, kind, suspended on, invoice days
DeadlineRow = tuple[str, uuid.UUID, str, str, str, str, date | None, list[date]]


def deadline_rows(uow: UnitOfWork, statuses: Sequence[str]) -> list[DeadlineRow]:
    """The requests in `statuses` (those that may run against a deadline), as plain rows
    with their worker's name and their invoices' days: two statements, and no record
    made an object (the agenda reads them every time it opens): a request's id stays as
    stored, since it only pairs the request with its invoices."""
    where = [HealthFundRequest.status.in_(list(statuses))]
    made_id = type_coerce(HealthFundRequest.id, String())
    rows = uow.session.execute(
        select(
            made_id,
            HealthFundRequest.number,
            HealthFundRequest.worker_id,
            Worker.surname,
            Worker.name,
            HealthFundRequest.fund_code,
            HealthFundRequest.status,
            HealthFundRequest.kind,
            HealthFundRequest.suspended_on,
        )
        .join(Worker, Worker.id == HealthFundRequest.worker_id)
        .where(*where)
    ).all()
    days: dict[str, list[date]] = {}
    if rows:
        for request_id, day in uow.session.execute(
            select(type_coerce(HealthInvoice.request_id, String()), HealthInvoice.invoice_date)
            .join(HealthFundRequest, HealthFundRequest.id == HealthInvoice.request_id)
            .where(*where)
        ):
            days.setdefault(request_id, []).append(day)
    return [
        (number, worker, f"{surname} {name}", fund, status, kind, on, days.get(made, []))
        for made, number, worker, surname, name, fund, status, kind, on in rows
    ]


def health_rows(
    uow: UnitOfWork,
    statuses: Sequence[str] | None = None,
    worker_id: uuid.UUID | None = None,
    numbers: Sequence[str] | None = None,
) -> list[HealthRow]:
    """Health-fund requests with their worker's name and their invoices (day, cents) in
    date order: two statements, whatever the number of requests."""
    where: list[Any] = []
    if statuses is not None:
        where.append(HealthFundRequest.status.in_(list(statuses)))
    if worker_id is not None:
        where.append(HealthFundRequest.worker_id == worker_id)
    if numbers is not None:  # a page's head: the caller keeps it within a statement's reach
        where.append(HealthFundRequest.number.in_(list(numbers)))
    rows = uow.session.execute(
        select(HealthFundRequest, Worker.surname, Worker.name)
        .join(Worker, Worker.id == HealthFundRequest.worker_id)
        .where(*where)
        .order_by(HealthFundRequest.number)
    ).all()
    invoices: dict[uuid.UUID, list[tuple[date, int]]] = {}
    if rows:
        found = uow.session.execute(
            select(HealthInvoice.request_id, HealthInvoice.invoice_date, HealthInvoice.amount_cents)
            .join(HealthFundRequest, HealthFundRequest.id == HealthInvoice.request_id)
            .where(*where)
            .order_by(HealthInvoice.invoice_date, HealthInvoice.id)
        )
        for request_id, day, cents in found:
            invoices.setdefault(request_id, []).append((day, cents))
    return [(r, f"{surname} {name}", invoices.get(r.id, [])) for r, surname, name in rows]


def health_counts(uow: UnitOfWork) -> dict[str, int]:
    rows = uow.session.execute(
        select(HealthFundRequest.status, func.count()).group_by(HealthFundRequest.status)
    )
    return {status: int(count) for status, count in rows}


def attachments_of(
    uow: UnitOfWork, request_id: uuid.UUID
) -> list[tuple[uuid.UUID, str, str | None, int, str]]:
    """A request's scans as (id, file name, document, size, hash), without their bytes."""
    rows = uow.session.execute(
        select(
            HealthAttachment.id,
            HealthAttachment.filename,
            HealthAttachment.document,
            HealthAttachment.size,
            HealthAttachment.sha256,
        )
        .where(HealthAttachment.request_id == request_id)
        .order_by(HealthAttachment.created_at)
    )
    return [(i, name, doc, size, digest) for i, name, doc, size, digest in rows]


def employer_is_public(uow: UnitOfWork, worker_id: uuid.UUID) -> bool:
    """Whether the worker's employer is a public administration (its Ministry term)."""
    statement = (
        select(Organization.public_administration)
        .join(Worker, Worker.organization_id == Organization.id)
        .where(Worker.id == worker_id)
    )
    return bool(uow.session.scalar(statement))


def parts_of_request(uow: UnitOfWork, request_id: uuid.UUID) -> list[Any]:
    """What hangs on a request and goes with it when it is removed: a health-fund
    request's invoices and scans, a smart-working request's communications."""
    found: list[Any] = []
    models: tuple[type[Any], ...] = (HealthInvoice, HealthAttachment, MinistryCommunication)
    for model in models:
        found += uow.session.scalars(select(model).where(model.request_id == request_id)).all()
    return found
