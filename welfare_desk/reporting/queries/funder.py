"""What the funder's report reads: the programme's budgets and vouchers, the editions
that ran in the period with their meetings, participants and attendance, the ledger."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, or_, select

from welfare_desk.domain.ledger import BudgetKind
from welfare_desk.store.models import (
    Attendance,
    Budget,
    Contact,
    Edition,
    EditionSession,
    Enrollment,
    HouseholdMember,
    LedgerEntry,
    Organization,
    Service,
    Voucher,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork

CHUNK = 5000
NOBODY = uuid.UUID(int=0)  # an IN () that matches nothing, on every database


def programme_names(uow: UnitOfWork) -> list[str | None]:
    return list(
        uow.session.scalars(select(Budget.programme).where(Budget.kind == "programme").distinct())
    )


def programme_budgets(uow: UnitOfWork, programme: str | None) -> list[Budget]:
    query = select(Budget).where(Budget.kind == "programme")
    if programme is not None:
        query = query.where(Budget.programme == programme)
    return list(uow.session.scalars(query.order_by(Budget.action, Budget.name)))


def vouchers_until(
    uow: UnitOfWork, end: date, budget_ids: Sequence[uuid.UUID]
) -> list[tuple[Voucher, date | None]]:
    """(voucher, its edition's first day) of the vouchers issued by `end` on these budgets."""
    return [
        (voucher, starts_on)
        for voucher, starts_on in uow.session.execute(
            select(Voucher, Edition.starts_on)
            .outerjoin(Edition, Edition.id == Voucher.edition_id)
            .where(
                Voucher.issued_on <= end,
                Voucher.budget_id.in_(list(budget_ids) or [NOBODY]),
            )
        )
    ]


def household_codes(
    uow: UnitOfWork, worker_ids: Sequence[uuid.UUID]
) -> list[tuple[uuid.UUID, str]]:
    """(worker, a codice fiscale of their household: their own and their members')."""
    found: list[tuple[uuid.UUID, str]] = []
    for chunk in _chunks(worker_ids):
        own = select(Worker.id, Worker.codice_fiscale).where(Worker.id.in_(chunk))
        members = select(HouseholdMember.worker_id, HouseholdMember.codice_fiscale).where(
            HouseholdMember.worker_id.in_(chunk), HouseholdMember.codice_fiscale.is_not(None)
        )
        found += [(w, code) for w, code in uow.session.execute(own.union_all(members)) if code]
    return found


def _chunks(ids: Sequence[uuid.UUID]) -> list[list[uuid.UUID]]:
    """A programme reaches more people than one statement may name (SQLite's limit)."""
    return [list(ids[i : i + CHUNK]) for i in range(0, len(ids), CHUNK)]


def editions_running(
    uow: UnitOfWork,
    start: date,
    end: date,
    only: set[uuid.UUID] | None,
    leaving: Sequence[uuid.UUID] = (),
) -> list[tuple[Edition, str, str, str, str | None]]:
    """(edition, service, category, provider, municipality) of the editions running in
    the period, only those in `only` when it is given, none of those in `leaving`."""
    running = and_(Edition.starts_on <= end, Edition.ends_on >= start)
    query = (
        select(Edition, Service.name, Service.category, Organization.name, Service.municipality)
        .join(Service, Service.id == Edition.service_id)
        .join(Organization, Organization.id == Service.provider_id)
        .where(running)
    )
    if only is not None:
        query = query.where(Edition.id.in_(only or [NOBODY]))
    if leaving:
        query = query.where(Edition.id.not_in(leaving))
    return [
        (e, service, category, provider, place)
        for e, service, category, provider, place in uow.session.execute(query)
    ]


def meetings_of(
    uow: UnitOfWork, edition_ids: Sequence[uuid.UUID]
) -> list[tuple[uuid.UUID, uuid.UUID, date, int]]:
    """(edition, meeting, day, minutes) of the editions' meetings."""
    rows = uow.session.execute(
        select(
            EditionSession.edition_id, EditionSession.id, EditionSession.day, EditionSession.minutes
        ).where(EditionSession.edition_id.in_(list(edition_ids)))
    )
    return [(edition, meeting, day, minutes) for edition, meeting, day, minutes in rows]


def taking_part(
    uow: UnitOfWork, edition_ids: Sequence[uuid.UUID], statuses: Sequence[str]
) -> list[Any]:
    """Enrollment rows (id, edition_id, status, worker_id, member_id) in these statuses."""
    return list(
        uow.session.execute(
            select(
                Enrollment.id,
                Enrollment.edition_id,
                Enrollment.status,
                Enrollment.worker_id,
                Enrollment.member_id,
            ).where(
                Enrollment.edition_id.in_(list(edition_ids)), Enrollment.status.in_(list(statuses))
            )
        ).all()
    )


def presences(uow: UnitOfWork, enrollment_ids: Sequence[uuid.UUID]) -> Counter[uuid.UUID]:
    return Counter(
        uow.session.scalars(
            select(Attendance.enrollment_id).where(
                Attendance.enrollment_id.in_(list(enrollment_ids)), Attendance.present
            )
        )
    )


def ledger_until(uow: UnitOfWork, budget_ids: Sequence[uuid.UUID], end: date) -> list[Any]:
    """Movements (budget_id, movement, booked_on, amount_cents) booked by `end`."""
    return list(
        uow.session.execute(
            select(
                LedgerEntry.budget_id,
                LedgerEntry.movement,
                LedgerEntry.booked_on,
                LedgerEntry.amount_cents,
            ).where(LedgerEntry.budget_id.in_(list(budget_ids)), LedgerEntry.booked_on <= end)
        ).all()
    )


def organization_names(uow: UnitOfWork) -> dict[uuid.UUID, str]:
    return {
        row[0]: row[1] for row in uow.session.execute(select(Organization.id, Organization.name))
    }


def workers_met(uow: UnitOfWork, since: datetime, until: datetime) -> tuple[int, int]:
    """How many workers had a contact in the period, and the sum of their keys."""
    met = select(Contact.worker_id).where(Contact.at >= since, Contact.at < until)
    found = uow.session.execute(
        select(func.count(), func.coalesce(func.sum(Worker.cell_key), 0)).where(Worker.id.in_(met))
    ).one()
    return int(found[0]), int(found[1])


def employers_of(uow: UnitOfWork, worker_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for chunk in _chunks(worker_ids):
        found |= set(
            uow.session.scalars(
                select(Worker.organization_id).where(Worker.id.in_(chunk)).distinct()
            )
        )
    return found


def contacts_by_channel(
    uow: UnitOfWork, since: datetime, until: datetime
) -> list[tuple[str, int, int, int, int]]:
    """(channel, contacts, sum of their keys, minutes, longest) for the period's
    contacts, counted by the database from the index on their day."""
    minutes = func.coalesce(Contact.duration_minutes, 0)
    return [
        (str(channel), int(records), int(key), int(total or 0), int(longest or 0))
        for channel, records, key, total, longest in uow.session.execute(
            select(
                Contact.channel,
                func.count(),
                func.sum(Contact.cell_key),
                func.sum(minutes),
                func.max(minutes),
            )
            .where(Contact.at >= since, Contact.at < until)
            .group_by(Contact.channel)
        )
    ]


def members_facts(
    uow: UnitOfWork, member_ids: Sequence[uuid.UUID]
) -> list[tuple[uuid.UUID, date, str]]:
    """(member, birth date, disability) of the family members served."""
    found: list[tuple[uuid.UUID, date, str]] = []
    for chunk in _chunks(member_ids):
        found += [
            (member, born, disability)
            for member, born, disability in uow.session.execute(
                select(
                    HouseholdMember.id, HouseholdMember.birth_date, HouseholdMember.disability
                ).where(HouseholdMember.id.in_(chunk))
            )
        ]
    return found


def voucher_services(
    uow: UnitOfWork, service_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, str]]:
    """service → (its name, its provider's name)."""
    rows = uow.session.execute(
        select(Service.id, Service.name, Organization.name)
        .join(Organization, Organization.id == Service.provider_id)
        .where(Service.id.in_(list(service_ids) or [NOBODY]))
    )
    return {service: (name, provider) for service, name, provider in rows}


def paid_by_credits_alone(uow: UnitOfWork, start: date, end: date) -> list[uuid.UUID]:
    """The editions running in the period that only employers' welfare credits paid for:
    vouchers on allowances, none on a programme's line (cancelled ones not counted)."""
    standing = and_(  # as they stood at the period's end, whatever came after
        Voucher.edition_id.is_not(None),
        Voucher.issued_on <= end,
        or_(Voucher.cancelled_on.is_(None), Voucher.cancelled_on > end),
    )
    by_kind = (
        select(Voucher.edition_id, Budget.kind)
        .join(Budget, Budget.id == Voucher.budget_id)
        .join(Edition, Edition.id == Voucher.edition_id)
        .where(standing, Edition.starts_on <= end, Edition.ends_on >= start)
        .distinct()
    )
    kinds: dict[uuid.UUID, set[str]] = {}
    for edition, kind in uow.session.execute(by_kind):
        if edition is not None:
            kinds.setdefault(edition, set()).add(kind)
    return [e for e, found in kinds.items() if found == {BudgetKind.ALLOWANCE.value}]
