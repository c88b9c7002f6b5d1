"""What the catalogue reads from the store, and the row locks it takes.

The catalogue's use cases hold no SQL: every statement they cost is here, so a page's
price in queries, and which rows are locked before places or money move, can be read in
one module. The use cases add, get, load and delete records through the unit of work.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Row, func, or_, select

from welfare_desk.domain.catalogue import Period, ServiceKind
from welfare_desk.domain.enrollments import EnrollmentStatus
from welfare_desk.registry.organizations import OrganizationKind
from welfare_desk.store.models import (
    Agreement,
    Attendance,
    Edition,
    EditionSession,
    Enrollment,
    Organization,
    Service,
)
from welfare_desk.store.uow import UnitOfWork

# --- Editions and their places -------------------------------------------------------


def locked_edition(uow: UnitOfWork, edition_id: uuid.UUID) -> Edition | None:
    """The edition under its row lock, held until commit: places move only under it."""
    return uow.session.execute(
        select(Edition).where(Edition.id == edition_id).with_for_update()
    ).scalar_one_or_none()


def relocked_edition(uow: UnitOfWork, edition_id: uuid.UUID) -> Edition:
    """An edition just loaded, read again under its row lock (one that vanished in
    between is an error, not a case to handle)."""
    return uow.session.execute(
        select(Edition).where(Edition.id == edition_id).with_for_update()
    ).scalar_one()


def first_waiting(uow: UnitOfWork, edition_id: uuid.UUID) -> Enrollment | None:
    """The edition's longest-waiting enrollment on the waiting list."""
    return uow.session.scalar(
        select(Enrollment)
        .where(
            Enrollment.edition_id == edition_id,
            Enrollment.status == EnrollmentStatus.WAITLISTED.value,
        )
        .order_by(Enrollment.created_at, Enrollment.id)
        .limit(1)
    )


# --- Providers and agreements ---------------------------------------------------------


def organization_with_key(uow: UnitOfWork, key: str) -> Organization | None:
    return uow.session.scalar(select(Organization).where(Organization.name_key == key))


def provider_rows(
    uow: UnitOfWork,
) -> Sequence[Row[uuid.UUID, str, str, str | None, str | None, str | None]]:
    """Organizations that provide services (every one but the employers-only), by name:
    id, name, kind, municipality, email, phone."""
    return uow.session.execute(
        select(
            Organization.id,
            Organization.name,
            Organization.kind,
            Organization.municipality,
            Organization.email,
            Organization.phone,
        )
        .where(Organization.kind != OrganizationKind.EMPLOYER.value)
        .order_by(Organization.name)
    ).all()


def agreements_of_provider(uow: UnitOfWork, provider_id: uuid.UUID) -> list[Agreement]:
    """The provider's agreements, the newest first."""
    return list(
        uow.session.scalars(
            select(Agreement)
            .where(Agreement.provider_id == provider_id)
            .order_by(Agreement.valid_from.desc())
        )
    )


# --- Services and editions ------------------------------------------------------------


def service_id_named(uow: UnitOfWork, provider_id: uuid.UUID, key: str) -> uuid.UUID | None:
    """The provider's service of that name key, if any."""
    return uow.session.scalar(
        select(Service.id).where(Service.provider_id == provider_id, Service.name_key == key)
    )


def sessions_of_edition(uow: UnitOfWork, edition_id: uuid.UUID) -> list[EditionSession]:
    """The edition's meetings, in no order."""
    return list(
        uow.session.scalars(select(EditionSession).where(EditionSession.edition_id == edition_id))
    )


def sessions_with_attendance(uow: UnitOfWork, session_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these meetings have attendance recorded."""
    return set(
        uow.session.scalars(
            select(Attendance.session_id).where(Attendance.session_id.in_(session_ids))
        )
    )


def catalogue_rows(
    uow: UnitOfWork,
    *,
    category: str | None,
    period: Period | None,
    provider_id: uuid.UUID | None,
    only_with_places: bool,
    from_date: date | None,
) -> Sequence[Row[*tuple[Any, ...]]]:
    """The editions of active services the filter lets through, soonest first: edition id,
    service id, service name, edition title, provider name, category, kind, period, start,
    end, municipality, capacity, taken, waiting, status, price model, worker price, full
    price. `category` is a need code or a whole category."""
    query = (
        select(
            Edition.id,
            Service.id,
            Service.name,
            Edition.title,
            Organization.name,
            Service.category,
            Service.kind,
            Edition.period,
            Edition.starts_on,
            Edition.ends_on,
            Service.municipality,
            Edition.capacity,
            Edition.taken,
            Edition.waiting,
            Edition.status,
            Service.price_model,
            Service.worker_price_cents,
            Service.full_price_cents,
        )
        .select_from(Edition)
        .join(Service, Service.id == Edition.service_id)
        .join(Organization, Organization.id == Service.provider_id)
    )
    query = query.where(Service.active.is_(True))
    if category:
        query = query.where(
            or_(
                Service.category == category,
                Service.category.startswith(f"{category}."),
            )
        )
    if period is not None:
        query = query.where(Edition.period == period.value)
    if provider_id is not None:
        query = query.where(Service.provider_id == provider_id)
    if only_with_places:
        query = query.where(Edition.taken < Edition.capacity)
    if from_date is not None:
        query = query.where(Edition.ends_on >= from_date)
    query = query.order_by(Edition.starts_on, Service.name, Edition.id)
    return uow.session.execute(query).all()


def editions_of_service(uow: UnitOfWork, service_id: uuid.UUID) -> list[Edition]:
    """The service's editions, the first to start first."""
    return list(
        uow.session.scalars(
            select(Edition).where(Edition.service_id == service_id).order_by(Edition.starts_on)
        )
    )


def session_days_of_service(
    uow: UnitOfWork, service_id: uuid.UUID
) -> Sequence[Row[uuid.UUID, date]]:
    """Every meeting of the service's editions, by day: edition id and day."""
    return uow.session.execute(
        select(EditionSession.edition_id, EditionSession.day)
        .join(Edition, Edition.id == EditionSession.edition_id)
        .where(Edition.service_id == service_id)
        .order_by(EditionSession.day)
    ).all()


def service_and_edition_counts(uow: UnitOfWork) -> tuple[int, int]:
    services = uow.session.scalar(select(func.count()).select_from(Service)) or 0
    editions = uow.session.scalar(select(func.count()).select_from(Edition)) or 0
    return services, editions


def event_rows(uow: UnitOfWork, since: date) -> Sequence[Row[uuid.UUID, str, str, date, str]]:
    """Editions of anything but a plain service (welfare days, workshops, courses) still
    running on `since`, the nearest first: id, name, title, starts_on, kind."""
    return uow.session.execute(
        select(Edition.id, Service.name, Edition.title, Edition.starts_on, Service.kind)
        .join(Service, Service.id == Edition.service_id)
        .where(Service.kind != ServiceKind.SERVICE.value, Edition.ends_on >= since)
        .order_by(Edition.starts_on, Service.name)
    ).all()
