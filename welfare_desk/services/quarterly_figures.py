"""The quarter's raw counts for HR, from the store: codes and numbers only, never a name,
a code or a note. What may be printed of them is decided in `quarterly`."""

from __future__ import annotations

import statistics
import uuid
from collections import Counter
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select

from welfare_desk.domain.periods import Quarter
from welfare_desk.store.models import (
    Case,
    Contact,
    Edition,
    Enrollment,
    Goal,
    HealthFundRequest,
    LedgerEntry,
    Need,
    Service,
    SmartWorkingRequest,
    SocialPoint,
    Voucher,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork

NO_POINT = "-"  # a contact recorded without a social point


def _scoped(query: Any, worker_column: Any, employer: uuid.UUID | None) -> Any:
    if employer is None:
        return query
    return query.where(
        worker_column.in_(select(Worker.id).where(Worker.organization_id == employer))
    )


def _grouped(uow: UnitOfWork, query: Any, missing: str = NO_POINT) -> dict[str, int]:
    """Counts by key; rows without a key count under `missing`."""
    found: Counter[str] = Counter()
    for key, count in uow.session.execute(query).all():
        found[missing if key is None else str(key)] += int(count)
    return dict(found)


def compute(uow: UnitOfWork, quarter: Quarter, employer: uuid.UUID | None) -> dict[str, Any]:
    """Every figure of the quarterly summary, as plain JSON: the shape that is frozen."""
    first, last = quarter.first_day, quarter.last_day
    start, stop = datetime.combine(first, time.min), datetime.combine(last + timedelta(1), time.min)
    session = uow.session
    groups: dict[str, dict[str, int]] = {}
    counts: dict[str, int] = {}
    money: dict[str, int] = {}
    days: dict[str, list[int]] = {}

    in_quarter = and_(Contact.at >= start, Contact.at < stop)
    groups["contacts_by_channel"] = _grouped(
        uow,
        _scoped(
            select(Contact.channel, func.count()).where(in_quarter), Contact.worker_id, employer
        ).group_by(Contact.channel),
    )
    by_point: Counter[str] = Counter()
    points = _scoped(
        select(SocialPoint.name, func.count())
        .select_from(Contact)
        .outerjoin(SocialPoint, SocialPoint.id == Contact.social_point_id)
        .where(in_quarter),
        Contact.worker_id,
        employer,
    ).group_by(SocialPoint.name)
    for name, count in session.execute(points).all():
        by_point[name or NO_POINT] += int(count)
    groups["contacts_by_point"] = dict(by_point)

    # Needs are dated by the contact that raised them, or by when they were recorded.
    raised = func.coalesce(Contact.at, Need.created_at)
    needs = _scoped(
        select(Need.kind, func.count())
        .select_from(Need)
        .outerjoin(Contact, Contact.id == Need.contact_id)
        .where(raised >= start, raised < stop),
        Need.worker_id,
        employer,
    ).group_by(Need.kind)
    by_category: Counter[str] = Counter()
    for kind, count in session.execute(needs).all():
        by_category[str(kind).split(".")[0]] += int(count)
    groups["needs_by_category"] = dict(by_category)

    def case_count(*where: Any) -> int:
        query = _scoped(
            select(func.count()).select_from(Case).where(*where), Case.worker_id, employer
        )
        return int(session.scalar(query) or 0)

    counts["cases_opened"] = case_count(Case.opened_on >= first, Case.opened_on <= last)
    # Followed: open in the quarter and met at least once in it. Not "open at the end",
    # which is last quarter's figure plus the opened less the closed, and would give back
    # a small count of either by subtraction.
    counts["cases_followed"] = case_count(
        Case.opened_on <= last,
        or_(Case.closed_on.is_(None), Case.closed_on >= first),
        Case.worker_id.in_(select(Contact.worker_id).where(in_quarter)),
    )
    closed_here = and_(Case.closed_on >= first, Case.closed_on <= last)
    counts["cases_closed"] = case_count(closed_here)
    groups["closing_reasons"] = _grouped(
        uow,
        _scoped(
            select(Case.closing_reason, func.count()).where(closed_here),
            Case.worker_id,
            employer,
        ).group_by(Case.closing_reason),
        missing="other",
    )
    groups["goal_outcomes"] = _grouped(
        uow,
        _scoped(
            select(Goal.outcome, func.count())
            .select_from(Goal)
            .join(Case, Case.id == Goal.case_id)
            .where(closed_here),
            Case.worker_id,
            employer,
        ).group_by(Goal.outcome),
        missing="none",
    )

    # Enrollments in the editions that ran, at least in part, in the quarter.
    running = and_(Edition.starts_on <= last, Edition.ends_on >= first)
    enrollments = _scoped(
        select(Enrollment.status, Service.category, Service.id, Enrollment.worker_id)
        .select_from(Enrollment)
        .join(Edition, Edition.id == Enrollment.edition_id)
        .join(Service, Service.id == Edition.service_id)
        .where(running),
        Enrollment.worker_id,
        employer,
    )
    by_status: Counter[str] = Counter()
    by_service_category: Counter[str] = Counter()
    services: set[uuid.UUID] = set()
    enrolled_workers: set[uuid.UUID] = set()
    for status, category, service_id, worker_id in session.execute(enrollments).all():
        # Both tables count every enrollment: were the cancelled ones left out of one, the
        # difference of the totals would print them.
        by_status[status] += 1
        by_service_category[str(category).split(".")[0]] += 1
        if status != "cancelled":
            services.add(service_id)
            enrolled_workers.add(worker_id)
    groups["enrollments_by_status"] = dict(by_status)
    groups["enrollments_by_category"] = dict(by_service_category)
    counts["services_used"] = len(services)

    issued_here = and_(Voucher.issued_on >= first, Voucher.issued_on <= last)
    vouchers = session.execute(
        _scoped(
            select(func.count(), func.coalesce(func.sum(Voucher.value_cents), 0)).where(
                issued_here
            ),
            Voucher.worker_id,
            employer,
        )
    ).one()
    counts["vouchers_issued"] = int(vouchers[0])
    money["vouchers_value"] = int(vouchers[1])
    counts["vouchers_cancelled"] = int(
        session.scalar(
            _scoped(
                select(func.count()).where(
                    Voucher.cancelled_on >= first, Voucher.cancelled_on <= last
                ),
                Voucher.worker_id,
                employer,
            )
        )
        or 0
    )
    # Spent: what vouchers drew in the quarter, less what cancellations gave back.
    spent = _scoped(
        select(func.coalesce(func.sum(LedgerEntry.amount_cents), 0))
        .select_from(LedgerEntry)
        .join(Voucher, Voucher.id == LedgerEntry.voucher_id)
        .where(
            LedgerEntry.at >= start,
            LedgerEntry.at < stop,
            LedgerEntry.movement.in_(("voucher_issued", "voucher_cancelled")),
        ),
        Voucher.worker_id,
        employer,
    )
    money["budget_spent"] = -int(session.scalar(spent) or 0)

    for name, model in (("health", HealthFundRequest), ("smartworking", SmartWorkingRequest)):
        asked = or_(
            and_(model.submitted_on >= first, model.submitted_on <= last),
            and_(model.submitted_on.is_(None), model.created_at >= start, model.created_at < stop),
        )
        groups[f"{name}_by_status"] = _grouped(
            uow,
            _scoped(
                select(model.status, func.count()).where(asked), model.worker_id, employer
            ).group_by(model.status),
        )
        decided = _scoped(
            select(model.submitted_on, model.decided_on).where(
                model.decided_on >= first,
                model.decided_on <= last,
                model.submitted_on.is_not(None),
            ),
            model.worker_id,
            employer,
        )
        days[f"{name}_decision_days"] = sorted(
            max(0, (d - s).days) for s, d in session.execute(decided).all()
        )

    contacted = _scoped(
        select(Contact.worker_id).where(in_quarter).distinct(), Contact.worker_id, employer
    )
    vouchered = _scoped(
        select(Voucher.worker_id, Voucher.member_id).where(issued_here), Voucher.worker_id, employer
    )
    members = _scoped(
        select(Enrollment.member_id)
        .join(Edition, Edition.id == Enrollment.edition_id)
        .where(running, Enrollment.status != "cancelled", Enrollment.member_id.is_not(None))
        .distinct(),
        Enrollment.worker_id,
        employer,
    )
    reached = set(session.scalars(contacted)) | enrolled_workers
    served_members = {m for m in session.scalars(members)}
    for worker_id, member_id in session.execute(vouchered).all():
        reached.add(worker_id)
        if member_id is not None:
            served_members.add(member_id)
    counts["workers_reached"] = len(reached)
    counts["family_members_served"] = len(served_members)
    counts["people_reached"] = len(reached) + len(served_members)

    return {
        "period": quarter.code,
        "employer": str(employer) if employer else "",
        "computed_on": date.today().isoformat(),
        "groups": groups,
        "counts": counts,
        "money": money,
        "medians": {
            name: [statistics.median(values) if values else None, len(values)]
            for name, values in days.items()
        },
    }
