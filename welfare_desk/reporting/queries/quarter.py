"""The quarter's raw counts for HR, from the store: codes and numbers only, never a name,
a code or a note. What may be printed of them is decided in `quarterly`.

Every query reads each row with its worker's employer once, and the counts are spread to
the programme (scope "") and to each employer (scope: the employer's id): one pass gives
every scope, which an employer's summary needs to be protected against the others'."""

from __future__ import annotations

import statistics
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from welfare_desk.domain.periods import Quarter
from welfare_desk.store.models import (
    Case,
    Contact,
    Edition,
    Enrollment,
    Goal,
    HealthFundRequest,
    IssuedReport,
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
PROGRAMME = ""


def _scopes(employer: uuid.UUID | None) -> tuple[str, ...]:
    """A row counts for the programme and for its worker's employer."""
    return (PROGRAMME, str(employer)) if employer else (PROGRAMME,)


class _Tally:
    """Counts kept for every scope at once."""

    def __init__(self) -> None:
        self.groups: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.money: dict[str, Counter[str]] = defaultdict(Counter)
        self.days: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.sets: dict[str, dict[str, set[Any]]] = defaultdict(lambda: defaultdict(set))

    def group(
        self, name: str, rows: Iterable[Any], missing: str = NO_POINT, fold: bool = False
    ) -> None:
        """Rows of (employer, key, count); `fold` keeps a need code's category only."""
        for employer, key, count in rows:
            label = missing if key is None else str(key)
            if fold:
                label = label.split(".")[0]
            for scope in _scopes(employer):
                self.groups[scope][name][label] += int(count)

    def count(self, name: str, rows: Iterable[Any]) -> None:
        for employer, count in rows:
            for scope in _scopes(employer):
                self.counts[scope][name] += int(count or 0)

    def figures(self, scope: str, quarter: Quarter, computed_on: date) -> dict[str, Any]:
        groups = {name: dict(found) for name, found in self.groups[scope].items()}
        for name in GROUPS:
            groups.setdefault(name, {})
        counts = {name: int(self.counts[scope][name]) for name in COUNTS}
        sets = self.sets[scope]
        counts["services_used"] = len(sets["services"])
        reached = sets["contacted"] | sets["enrolled"] | sets["vouchered"]
        counts["workers_reached"] = len(reached)
        counts["family_members_served"] = len(sets["members"])
        counts["people_reached"] = len(reached) + len(sets["members"])
        return {
            "period": quarter.code,
            "employer": scope,
            "computed_on": computed_on.isoformat(),
            "groups": groups,
            "counts": counts,
            "money": {name: int(self.money[scope][name]) for name in MONEY},
            "medians": {
                name: [statistics.median(values) if values else None, len(values)]
                for name, values in ((n, sorted(self.days[scope][n])) for n in DAYS)
            },
        }


GROUPS = (
    "contacts_by_channel",
    "contacts_by_point",
    "needs_by_category",
    "closing_reasons",
    "goal_outcomes",
    "enrollments_by_status",
    "enrollments_by_category",
    "health_by_status",
    "smartworking_by_status",
)
COUNTS = ("cases_opened", "cases_followed", "cases_closed", "vouchers_issued", "vouchers_cancelled")
MONEY = ("vouchers_value", "budget_spent")
DAYS = ("health_decision_days", "smartworking_decision_days")


@dataclass
class _Count:
    """The queries of one quarter, each adding its figures to the tally for the programme
    and for each worker's employer."""

    session: Session
    first: date
    last: date
    tally: _Tally = field(default_factory=_Tally)

    @property
    def in_quarter(self) -> Any:
        """A contact's time is Rome wall time, as typed: the quarter's days from midnight."""
        start = datetime.combine(self.first, time.min)
        stop = datetime.combine(self.last + timedelta(1), time.min)
        return and_(Contact.at >= start, Contact.at < stop)

    def rows(self, query: Any) -> list[Any]:
        return list(self.session.execute(query).all())

    def contacts(self) -> None:
        org, tally = Worker.organization_id, self.tally
        tally.group(
            "contacts_by_channel",
            self.rows(
                select(org, Contact.channel, func.count())
                .join(Worker, Worker.id == Contact.worker_id)
                .where(self.in_quarter)
                .group_by(org, Contact.channel)
            ),
        )
        tally.group(
            "contacts_by_point",
            self.rows(
                select(org, SocialPoint.name, func.count())
                .select_from(Contact)
                .join(Worker, Worker.id == Contact.worker_id)
                .outerjoin(SocialPoint, SocialPoint.id == Contact.social_point_id)
                .where(self.in_quarter)
                .group_by(org, SocialPoint.name)
            ),
        )
        for employer, worker_id in self.rows(
            select(org, Contact.worker_id)
            .join(Worker, Worker.id == Contact.worker_id)
            .where(self.in_quarter)
            .distinct()
        ):
            for scope in _scopes(employer):
                tally.sets[scope]["contacted"].add(worker_id)

    def needs(self) -> None:
        org = Worker.organization_id
        self.tally.group(
            "needs_by_category",
            self.rows(
                select(org, Need.kind, func.count())
                .select_from(Need)
                .join(Worker, Worker.id == Need.worker_id)
                .where(Need.raised_on >= self.first, Need.raised_on <= self.last)
                .group_by(org, Need.kind)
            ),
            fold=True,
        )

    def cases(self) -> None:
        org, tally, first, last = Worker.organization_id, self.tally, self.first, self.last

        def counted(*where: Any) -> list[Any]:
            return self.rows(
                select(org, func.count())
                .select_from(Case)
                .join(Worker, Worker.id == Case.worker_id)
                .where(*where)
                .group_by(org)
            )

        tally.count("cases_opened", counted(Case.opened_on >= first, Case.opened_on <= last))
        # Followed: open in the quarter and met at least once in it. Not "open at the end",
        # which is last quarter's figure plus the opened less the closed, and would give
        # back a small count of either by subtraction.
        tally.count(
            "cases_followed",
            counted(
                Case.opened_on <= last,
                or_(Case.closed_on.is_(None), Case.closed_on >= first),
                Case.worker_id.in_(select(Contact.worker_id).where(self.in_quarter)),
            ),
        )
        closed_here = and_(Case.closed_on >= first, Case.closed_on <= last)
        tally.count("cases_closed", counted(closed_here))
        tally.group(
            "closing_reasons",
            self.rows(
                select(org, Case.closing_reason, func.count())
                .select_from(Case)
                .join(Worker, Worker.id == Case.worker_id)
                .where(closed_here)
                .group_by(org, Case.closing_reason)
            ),
            missing="other",
        )
        tally.group(
            "goal_outcomes",
            self.rows(
                select(org, Goal.outcome, func.count())
                .select_from(Goal)
                .join(Case, Case.id == Goal.case_id)
                .join(Worker, Worker.id == Case.worker_id)
                .where(closed_here)
                .group_by(org, Goal.outcome)
            ),
            missing="none",
        )

    def enrollments(self) -> None:
        # Enrollments in the editions that ran, at least in part, in the quarter. Both
        # tables count every enrollment: were the cancelled ones left out of one, the
        # difference of the totals would print them.
        org, tally = Worker.organization_id, self.tally
        running = and_(Edition.starts_on <= self.last, Edition.ends_on >= self.first)
        for employer, status, category, service_id, worker_id, member_id in self.rows(
            select(
                org,
                Enrollment.status,
                Service.category,
                Service.id,
                Enrollment.worker_id,
                Enrollment.member_id,
            )
            .select_from(Enrollment)
            .join(Worker, Worker.id == Enrollment.worker_id)
            .join(Edition, Edition.id == Enrollment.edition_id)
            .join(Service, Service.id == Edition.service_id)
            .where(running)
        ):
            for scope in _scopes(employer):
                tally.groups[scope]["enrollments_by_status"][status] += 1
                tally.groups[scope]["enrollments_by_category"][str(category).split(".")[0]] += 1
                if status != "cancelled":
                    tally.sets[scope]["services"].add(service_id)
                    tally.sets[scope]["enrolled"].add(worker_id)
                    if member_id is not None:
                        tally.sets[scope]["members"].add(member_id)

    def vouchers(self) -> None:
        org, tally, first, last = Worker.organization_id, self.tally, self.first, self.last
        issued_here = and_(Voucher.issued_on >= first, Voucher.issued_on <= last)
        for employer, worker_id, member_id, value in self.rows(
            select(org, Voucher.worker_id, Voucher.member_id, Voucher.value_cents)
            .join(Worker, Worker.id == Voucher.worker_id)
            .where(issued_here)
        ):
            for scope in _scopes(employer):
                tally.counts[scope]["vouchers_issued"] += 1
                tally.money[scope]["vouchers_value"] += int(value)
                tally.sets[scope]["vouchered"].add(worker_id)
                if member_id is not None:
                    tally.sets[scope]["members"].add(member_id)
        tally.count(
            "vouchers_cancelled",
            self.rows(
                select(org, func.count())
                .select_from(Voucher)
                .join(Worker, Worker.id == Voucher.worker_id)
                .where(Voucher.cancelled_on >= first, Voucher.cancelled_on <= last)
                .group_by(org)
            ),
        )
        # Spent: what vouchers drew in the quarter, less what cancellations gave back.
        for employer, amount in self.rows(
            select(org, func.sum(LedgerEntry.amount_cents))
            .select_from(LedgerEntry)
            .join(Voucher, Voucher.id == LedgerEntry.voucher_id)
            .join(Worker, Worker.id == Voucher.worker_id)
            .where(
                LedgerEntry.booked_on >= first,
                LedgerEntry.booked_on <= last,
                LedgerEntry.movement.in_(("voucher_issued", "voucher_cancelled")),
            )
            .group_by(org)
        ):
            for scope in _scopes(employer):
                tally.money[scope]["budget_spent"] -= int(amount or 0)

    def requests(self) -> None:
        org, tally, first, last = Worker.organization_id, self.tally, self.first, self.last
        for name, model in (("health", HealthFundRequest), ("smartworking", SmartWorkingRequest)):
            # Asked on the day it was submitted or, for a draft, taken in at the desk.
            asked_on = func.coalesce(model.submitted_on, model.received_on)
            tally.group(
                f"{name}_by_status",
                self.rows(
                    select(org, model.status, func.count())
                    .join(Worker, Worker.id == model.worker_id)
                    .where(asked_on >= first, asked_on <= last)
                    .group_by(org, model.status)
                ),
            )
            for employer, submitted, decided in self.rows(
                select(org, model.submitted_on, model.decided_on)
                .join(Worker, Worker.id == model.worker_id)
                .where(
                    model.decided_on >= first,
                    model.decided_on <= last,
                    model.submitted_on.is_not(None),
                )
            ):
                for scope in _scopes(employer):
                    tally.days[scope][f"{name}_decision_days"].append(
                        max(0, (decided - submitted).days)
                    )


def compute_all(
    uow: UnitOfWork, quarter: Quarter, employers: Iterable[uuid.UUID], computed_on: date
) -> dict[str, dict[str, Any]]:
    """Every figure of the quarterly summary, as plain JSON (the shape that is frozen),
    for the programme ("") and for each of the employers (by id)."""
    count = _Count(uow.session, quarter.first_day, quarter.last_day)
    for step in (
        count.contacts,
        count.needs,
        count.cases,
        count.enrollments,
        count.vouchers,
        count.requests,
    ):
        step()
    scopes = [PROGRAMME, *(str(e) for e in employers)]
    return {scope: count.tally.figures(scope, quarter, computed_on) for scope in scopes}


def empty_figures(quarter: Quarter, computed_on: date) -> dict[str, Any]:
    """The figures of a scope where nothing was recorded."""
    return _Tally().figures(PROGRAMME, quarter, computed_on)


# The quarter as first issued, kept so that it prints the same numbers after later edits.


def issued_scopes(uow: UnitOfWork, kind: str, period: str) -> dict[str, IssuedReport]:
    issued = select(IssuedReport).where(IssuedReport.kind == kind, IssuedReport.period == period)
    return {r.scope: r for r in uow.session.scalars(issued)}


def freeze_scopes(
    uow: UnitOfWork, kind: str, period: str, issued_on: date, figures: dict[str, dict[str, Any]]
) -> bool:
    """Keeps the figures as issued; False when another desk froze the same quarter first
    (its figures stand, and are read back instead)."""
    try:
        with uow.session.begin_nested():
            for scope, counted in figures.items():
                uow.session.add(
                    IssuedReport(
                        kind=kind, period=period, scope=scope, issued_on=issued_on, figures=counted
                    )
                )
    except IntegrityError:
        return False
    return True
