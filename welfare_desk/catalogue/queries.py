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

from sqlalchemy import Row, case, func, or_, select

from welfare_desk.domain.catalogue import EditionStatus, Period, ServiceKind
from welfare_desk.domain.enrollments import EnrollmentStatus
from welfare_desk.domain.fringe import FRINGE_KINDS
from welfare_desk.domain.household import Relation
from welfare_desk.domain.ledger import BudgetKind, Movement, VoucherStatus
from welfare_desk.registry.organizations import OrganizationKind
from welfare_desk.store.models import (
    Agreement,
    Attendance,
    Budget,
    Edition,
    EditionSession,
    Enrollment,
    HouseholdMember,
    LedgerEntry,
    Need,
    Organization,
    OtherBenefit,
    Service,
    StoreMeta,
    Voucher,
    Worker,
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


# --- Budgets, ledger and vouchers ------------------------------------------------------


def allowance_of(
    uow: UnitOfWork, worker_id: uuid.UUID | None, year: int | None
) -> uuid.UUID | None:
    """The worker's welfare credit for the year, if one exists."""
    return uow.session.scalar(
        select(Budget.id).where(
            Budget.kind == BudgetKind.ALLOWANCE.value,
            Budget.worker_id == worker_id,
            Budget.year == year,
        )
    )


def locked_budget(uow: UnitOfWork, budget_id: uuid.UUID) -> Budget | None:
    """The budget, held until commit: money moves on it one desk at a time."""
    return uow.session.execute(
        select(Budget).where(Budget.id == budget_id).with_for_update()
    ).scalar_one_or_none()


def balance_of(uow: UnitOfWork, budget_id: uuid.UUID) -> int:
    return int(
        uow.session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.amount_cents), 0)).where(
                LedgerEntry.budget_id == budget_id
            )
        )
        or 0
    )


def dependent_children(uow: UnitOfWork, worker_id: uuid.UUID) -> tuple[int, int]:
    """The worker's dependent children: with a codice fiscale, and without one."""
    with_code = func.count(HouseholdMember.codice_fiscale)
    row = uow.session.execute(
        select(with_code, func.count() - with_code).where(
            HouseholdMember.worker_id == worker_id,
            HouseholdMember.relation == Relation.CHILD.value,
            HouseholdMember.dependent.is_(True),
        )
    ).one()
    return int(row[0] or 0), int(row[1] or 0)


def fringe_used(uow: UnitOfWork, worker_id: uuid.UUID, year: int) -> int:
    """The year's fringe benefits: vouchers not cancelled, and what else the employer
    gives (payroll's other benefits), in one statement."""
    vouchers = (
        select(func.coalesce(func.sum(Voucher.value_cents), 0))
        .where(
            Voucher.worker_id == worker_id,
            Voucher.year == year,
            Voucher.fringe.is_(True),
            Voucher.status != VoucherStatus.CANCELLED.value,
        )
        .scalar_subquery()
    )
    others = (
        select(func.coalesce(func.sum(OtherBenefit.amount_cents), 0))
        .where(
            OtherBenefit.worker_id == worker_id,
            OtherBenefit.year == year,
            OtherBenefit.kind.in_([k.value for k in FRINGE_KINDS]),
        )
        .scalar_subquery()
    )
    return int(uow.session.scalar(select(vouchers + others)) or 0)


def benefits_of_workers(uow: UnitOfWork, worker_ids: Sequence[uuid.UUID]) -> list[OtherBenefit]:
    found: list[OtherBenefit] = []
    for start in range(0, len(worker_ids), 500):  # within every database's bound parameters
        chunk = list(worker_ids[start : start + 500])
        found += uow.session.scalars(select(OtherBenefit).where(OtherBenefit.worker_id.in_(chunk)))
    return found


def other_benefits(uow: UnitOfWork, worker_id: uuid.UUID) -> list[OtherBenefit]:
    return list(
        uow.session.scalars(
            select(OtherBenefit)
            .where(OtherBenefit.worker_id == worker_id)
            .order_by(OtherBenefit.year.desc(), OtherBenefit.kind)
        )
    )


def lock_worker(uow: UnitOfWork, worker_id: uuid.UUID) -> None:
    """The worker's row lock: two desks drawing from different budgets for the same
    worker must not both read the year's total before either adds to it."""
    uow.session.execute(select(Worker.id).where(Worker.id == worker_id).with_for_update())


def budget_rows(
    uow: UnitOfWork, kind: str | None = None, worker_id: uuid.UUID | None = None
) -> list[tuple[Budget, str | None, int, int, str | None, str | None]]:
    """(budget, partner, balance, allocated, worker's surname, worker's name)."""
    sums = (
        select(
            LedgerEntry.budget_id,
            func.sum(LedgerEntry.amount_cents).label("balance"),
            func.sum(
                case(
                    (LedgerEntry.movement == Movement.ALLOCATION.value, LedgerEntry.amount_cents),
                    (LedgerEntry.movement == Movement.REDUCTION.value, LedgerEntry.amount_cents),
                    else_=0,
                )
            ).label("allocated"),
        )
        .group_by(LedgerEntry.budget_id)
        .subquery()
    )
    query = (
        select(
            Budget,
            Organization.name,
            func.coalesce(sums.c.balance, 0),
            func.coalesce(sums.c.allocated, 0),
            Worker.surname,
            Worker.name,
        )
        .outerjoin(sums, sums.c.budget_id == Budget.id)
        .outerjoin(Organization, Organization.id == Budget.partner_id)
        .outerjoin(Worker, Worker.id == Budget.worker_id)
        .order_by(Budget.kind.desc(), Budget.programme, Budget.name, Worker.sort_key)
    )
    if kind is not None:
        query = query.where(Budget.kind == kind)
    if worker_id is not None:
        query = query.where(Budget.worker_id == worker_id)
    return [
        (b, partner, int(balance), int(allocated), surname, name)
        for b, partner, balance, allocated, surname, name in uow.session.execute(query)
    ]


def ledger_rows(
    uow: UnitOfWork, budget_id: uuid.UUID
) -> list[tuple[date, str, int, str | None, str | None]]:
    """(day, movement, amount, voucher number, note) in the order they were booked."""
    rows = uow.session.execute(
        select(
            LedgerEntry.booked_on,
            LedgerEntry.movement,
            LedgerEntry.amount_cents,
            Voucher.number,
            LedgerEntry.note,
        )
        .outerjoin(Voucher, Voucher.id == LedgerEntry.voucher_id)
        .where(LedgerEntry.budget_id == budget_id)
        .order_by(LedgerEntry.booked_on, LedgerEntry.created_at, LedgerEntry.id)
    )
    return [(on, movement, amount, number, note) for on, movement, amount, number, note in rows]


def voucher_rows(
    uow: UnitOfWork,
    voucher_id: uuid.UUID | None = None,
    worker_id: uuid.UUID | None = None,
    budget_id: uuid.UUID | None = None,
) -> list[Any]:
    """Vouchers (one, a worker's or a budget's) with (worker's name and surname, member's
    name and surname, service, edition, budget), the latest first."""
    query = (
        select(
            Voucher,
            Worker.name,
            Worker.surname,
            HouseholdMember.name,
            HouseholdMember.surname,
            Service.name,
            Edition.title,
            Budget.name,
        )
        .join(Worker, Worker.id == Voucher.worker_id)
        .outerjoin(HouseholdMember, HouseholdMember.id == Voucher.member_id)
        .join(Service, Service.id == Voucher.service_id)
        .outerjoin(Edition, Edition.id == Voucher.edition_id)
        .join(Budget, Budget.id == Voucher.budget_id)
        .order_by(Voucher.issued_on.desc(), Voucher.number.desc())
    )
    if voucher_id is not None:
        query = query.where(Voucher.id == voucher_id)
    if worker_id is not None:
        query = query.where(Voucher.worker_id == worker_id)
    if budget_id is not None:
        query = query.where(Voucher.budget_id == budget_id)
    return list(uow.session.execute(query))


def voucher_totals(uow: UnitOfWork) -> tuple[int, int]:
    """Vouchers not cancelled: how many, and their value in cents."""
    count, value = uow.session.execute(
        select(func.count(), func.coalesce(func.sum(Voucher.value_cents), 0)).where(
            Voucher.status != VoucherStatus.CANCELLED.value
        )
    ).one()
    return int(count), int(value)


def locked_organization(uow: UnitOfWork, organization_id: uuid.UUID) -> Organization | None:
    return uow.session.execute(
        select(Organization).where(Organization.id == organization_id).with_for_update()
    ).scalar_one_or_none()


def workers_of_employer(uow: UnitOfWork, employer_id: uuid.UUID) -> list[uuid.UUID]:
    return list(uow.session.scalars(select(Worker.id).where(Worker.organization_id == employer_id)))


def allowances_held(uow: UnitOfWork, employer_id: uuid.UUID, year: int) -> set[uuid.UUID]:
    """The employer's workers who have a welfare credit for the year."""
    return {
        worker
        for worker in uow.session.scalars(
            select(Budget.worker_id)
            .join(Worker, Worker.id == Budget.worker_id)
            .where(
                Budget.kind == BudgetKind.ALLOWANCE.value,
                Budget.year == year,
                Worker.organization_id == employer_id,
            )
        )
        if worker is not None
    }


# --- The handout ----------------------------------------------------------------------


def provider_rows_by_id(uow: UnitOfWork, provider_ids: set[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """Rows (id, name, email, phone, website) of these providers."""
    return {
        o.id: o
        for o in uow.session.execute(
            select(
                Organization.id,
                Organization.name,
                Organization.email,
                Organization.phone,
                Organization.website,
            ).where(Organization.id.in_(provider_ids))
        )
    }


def agreement_contacts(uow: UnitOfWork, provider_ids: set[uuid.UUID]) -> list[Any]:
    """The providers' agreements with their contacts, the newest first."""
    return list(
        uow.session.execute(
            select(
                Agreement.id,
                Agreement.provider_id,
                Agreement.valid_from,
                Agreement.valid_to,
                Agreement.contact_name,
                Agreement.contact_email,
                Agreement.contact_phone,
            )
            .where(Agreement.provider_id.in_(provider_ids))
            .order_by(Agreement.valid_from.desc(), Agreement.id)
        )
    )


def employers_by_name(uow: UnitOfWork) -> list[tuple[uuid.UUID, str, str]]:
    rows = uow.session.execute(
        select(Organization.id, Organization.name, Organization.name_key)
        .where(Organization.kind == OrganizationKind.EMPLOYER.value)
        .order_by(Organization.name)
    )
    return [(i, name, key) for i, name, key in rows]


def open_offer(
    uow: UnitOfWork, from_day: date, until: date | None, category: str | None
) -> list[tuple[Service, Edition]]:
    """Active services with open editions ending on `from_day` or later (starting by
    `until`), in one category and its kinds if given."""
    query = (
        select(Service, Edition)
        .join(Edition, Edition.service_id == Service.id)
        .where(
            Service.active.is_(True),
            Edition.status == EditionStatus.OPEN.value,
            Edition.ends_on >= from_day,
        )
        .order_by(Service.name, Service.id, Edition.starts_on, Edition.id)
    )
    if until is not None:
        query = query.where(Edition.starts_on <= until)
    if category is not None:
        query = query.where(
            or_(Service.category == category, Service.category.startswith(f"{category}."))
        )
    return [(service, edition) for service, edition in uow.session.execute(query)]


# --- Matching -------------------------------------------------------------------------


def meta_values(uow: UnitOfWork, keys: Sequence[str]) -> dict[str, str]:
    rows = uow.session.execute(
        select(StoreMeta.key, StoreMeta.value).where(StoreMeta.key.in_(list(keys)))
    )
    return {key: value for key, value in rows}


def places_now(uow: UnitOfWork, today: date) -> dict[str, tuple[int, int]]:
    """Places taken and waiting of every edition not yet ended, by id as text."""
    rows = uow.session.execute(
        select(Edition.id, Edition.taken, Edition.waiting).where(Edition.ends_on >= today)
    )
    return {str(edition_id): (taken, waiting) for edition_id, taken, waiting in rows}


def organization_names(uow: UnitOfWork) -> dict[uuid.UUID, str]:
    return {i: name for i, name in uow.session.execute(select(Organization.id, Organization.name))}


def offer_rows(uow: UnitOfWork, today: date) -> list[tuple[Service, Edition, str]]:
    """(service, edition, provider) of every active service's edition not yet ended,
    detached from the session: the matching keeps them for as long as the catalogue
    holds, and a session must not hold tens of thousands of records meanwhile."""
    query = (
        select(Service, Edition, Organization.name)
        .join(Edition, Edition.service_id == Service.id)
        .join(Organization, Organization.id == Service.provider_id)
        .where(Service.active.is_(True), Edition.ends_on >= today)
    )
    rows = [
        (service, edition, provider) for service, edition, provider in uow.session.execute(query)
    ]
    uow.session.expunge_all()
    return rows


def open_need_kinds(uow: UnitOfWork, worker_id: uuid.UUID, statuses: Sequence[str]) -> list[str]:
    return list(
        uow.session.scalars(
            select(Need.kind).where(Need.worker_id == worker_id, Need.status.in_(list(statuses)))
        ).all()
    )


# --- A provider's list imported -------------------------------------------------------


def places_taken(
    uow: UnitOfWork, provider_id: uuid.UUID, service_key: str, title: str, starts_on: date
) -> int | None:
    """Places held in an edition named in a provider's file, if it exists."""
    return uow.session.scalar(
        select(Edition.taken)
        .join(Service, Service.id == Edition.service_id)
        .where(
            Service.provider_id == provider_id,
            Service.name_key == service_key,
            Edition.title == title,
            Edition.starts_on == starts_on,
        )
    )


def service_keyed(uow: UnitOfWork, provider_id: uuid.UUID, key: str) -> Service | None:
    return uow.session.scalar(
        select(Service).where(Service.provider_id == provider_id, Service.name_key == key)
    )


def locked_edition_named(
    uow: UnitOfWork, service_id: uuid.UUID, title: str, starts_on: date
) -> Edition | None:
    """The service's edition of that title and start, held until commit."""
    return uow.session.scalar(
        select(Edition)
        .where(
            Edition.service_id == service_id,
            Edition.title == title,
            Edition.starts_on == starts_on,
        )
        .with_for_update()
    )


# --- Enrollments and attendance -------------------------------------------------------


def organization_names_of(uow: UnitOfWork, ids: Sequence[uuid.UUID]) -> list[str]:
    return list(
        uow.session.scalars(select(Organization.name).where(Organization.id.in_(list(ids)))).all()
    )


def active_enrollment_status(
    uow: UnitOfWork,
    edition_id: uuid.UUID,
    worker_id: uuid.UUID,
    member_id: uuid.UUID | None,
    statuses: Sequence[str],
) -> str | None:
    """The status of the person's enrollment in the edition, if one is active."""
    same_person = (
        Enrollment.member_id.is_(None) if member_id is None else Enrollment.member_id == member_id
    )
    return uow.session.scalar(
        select(Enrollment.status).where(
            Enrollment.edition_id == edition_id,
            Enrollment.worker_id == worker_id,
            same_person,
            Enrollment.status.in_(list(statuses)),
        )
    )


def voucher_numbers_for(uow: UnitOfWork, enrollment_id: uuid.UUID, status: str) -> list[str]:
    return list(
        uow.session.scalars(
            select(Voucher.number).where(
                Voucher.enrollment_id == enrollment_id, Voucher.status == status
            )
        )
    )


def attendance_of(
    uow: UnitOfWork, enrollment_id: uuid.UUID, session_id: uuid.UUID
) -> Attendance | None:
    return uow.session.scalar(
        select(Attendance).where(
            Attendance.enrollment_id == enrollment_id, Attendance.session_id == session_id
        )
    )


def enrollment_rows(
    uow: UnitOfWork,
    enrollment_id: uuid.UUID | None = None,
    edition_id: uuid.UUID | None = None,
    worker_id: uuid.UUID | None = None,
) -> list[Any]:
    """Enrollments (one, an edition's or a worker's) with the worker's and the member's
    names, the service, the edition's title and dates, presences and meetings counted."""
    present = (
        select(Attendance.enrollment_id, func.count().label("n"))
        .where(Attendance.present.is_(True))
        .group_by(Attendance.enrollment_id)
        .subquery()
    )
    sessions = (
        select(EditionSession.edition_id, func.count().label("n"))
        .group_by(EditionSession.edition_id)
        .subquery()
    )
    query = (
        select(
            Enrollment,
            Worker.name,
            Worker.surname,
            HouseholdMember.name,
            HouseholdMember.surname,
            Service.name,
            Edition.title,
            Edition.starts_on,
            Edition.ends_on,
            func.coalesce(present.c.n, 0),
            func.coalesce(sessions.c.n, 0),
        )
        .join(Worker, Worker.id == Enrollment.worker_id)
        .outerjoin(HouseholdMember, HouseholdMember.id == Enrollment.member_id)
        .join(Edition, Edition.id == Enrollment.edition_id)
        .join(Service, Service.id == Edition.service_id)
        .outerjoin(present, present.c.enrollment_id == Enrollment.id)
        .outerjoin(sessions, sessions.c.edition_id == Edition.id)
        .order_by(Edition.starts_on, Enrollment.created_at, Enrollment.id)
    )
    if enrollment_id is not None:
        query = query.where(Enrollment.id == enrollment_id)
    if edition_id is not None:
        query = query.where(Enrollment.edition_id == edition_id)
    if worker_id is not None:
        query = query.where(Enrollment.worker_id == worker_id)
    return list(uow.session.execute(query))


def enrollment_counts(uow: UnitOfWork) -> dict[str, int]:
    rows = uow.session.execute(select(Enrollment.status, func.count()).group_by(Enrollment.status))
    return {status: int(count) for status, count in rows}


def meetings_by_day(uow: UnitOfWork, edition_id: uuid.UUID) -> list[tuple[uuid.UUID, date]]:
    return [
        (s.id, s.day)
        for s in uow.session.scalars(
            select(EditionSession)
            .where(EditionSession.edition_id == edition_id)
            .order_by(EditionSession.day)
        )
    ]


def presences_in_edition(
    uow: UnitOfWork, edition_id: uuid.UUID
) -> set[tuple[uuid.UUID, uuid.UUID]]:
    """(enrollment, meeting) of every presence recorded in the edition."""
    return {
        (row.enrollment_id, row.session_id)
        for row in uow.session.execute(
            select(Attendance.enrollment_id, Attendance.session_id)
            .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
            .where(Enrollment.edition_id == edition_id, Attendance.present.is_(True))
        )
    }


def meeting_ids(uow: UnitOfWork, edition_id: uuid.UUID) -> set[uuid.UUID]:
    return set(
        uow.session.scalars(
            select(EditionSession.id).where(EditionSession.edition_id == edition_id)
        )
    )


def enrollments_in(uow: UnitOfWork, edition_id: uuid.UUID) -> list[Enrollment]:
    return list(uow.session.scalars(select(Enrollment).where(Enrollment.edition_id == edition_id)))


def attendances_of(
    uow: UnitOfWork, enrollment_ids: Sequence[uuid.UUID]
) -> dict[tuple[uuid.UUID, uuid.UUID], Attendance]:
    return {
        (a.enrollment_id, a.session_id): a
        for a in uow.session.scalars(
            select(Attendance).where(Attendance.enrollment_id.in_(list(enrollment_ids)))
        )
    }
