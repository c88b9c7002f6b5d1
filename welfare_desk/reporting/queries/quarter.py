"""The quarter's raw counts for HR, from the store: codes and numbers only, never a name,
a code or a note. What may be printed of them is decided in `quarterly`.

Every query reads each row with its worker's employer once, and the counts are spread to
the programme (scope "") and to each employer (scope: the employer's id): one pass gives
every scope, which an employer's summary needs to be protected against the others'."""

from __future__ import annotations

import statistics
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import String, and_, func, or_, select, type_coerce, union
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from welfare_desk.domain.categories import MemberFacts, WorkerFacts, derive
from welfare_desk.domain.disclosure import KEY_SPACE, Method, cell_key
from welfare_desk.domain.household import Disability, Relation
from welfare_desk.domain.periods import Quarter
from welfare_desk.reporting.queries.keys import record_keys
from welfare_desk.store.models import (
    Budget,
    Case,
    Contact,
    Edition,
    Enrollment,
    Goal,
    HealthFundRequest,
    HouseholdMember,
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
NO_SITE = "-"  # a worker whose work site is not recorded
TAKING_PART = ("confirmed", "attended")  # a place given: not asked, waiting or cancelled
PROGRAMME = ""


@lru_cache(maxsize=256)
def _scopes(employer: uuid.UUID | str | None) -> tuple[str, ...]:
    """A row counts for the programme and for its worker's employer (read as a UUID or
    as the database's own text: the scope is named the same)."""
    return (PROGRAMME, str(uuid.UUID(str(employer)))) if employer else (PROGRAMME,)


def _raw(column: Any) -> Any:
    """A record's id as the database holds it: only its key is wanted, and turning tens
    of thousands of them into UUID objects is most of a quarter's counting."""
    return type_coerce(column, String)


# The employer as the database holds it: `_scopes` names it, once per employer.
ORG = _raw(Worker.organization_id)


class _Tally:
    """Counts kept for every scope at once, each with its cell key: the sum of the keys
    of the records behind it (`disclosure`), so that it is printed with its own noise."""

    def __init__(self, key: Callable[[uuid.UUID], int], method: Method) -> None:
        self.key = key
        self.method = method  # the store's: kept with the figures, which print under it
        self.groups: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        self.group_keys: dict[str, dict[str, Counter[str]]] = defaultdict(
            lambda: defaultdict(Counter)
        )
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.count_keys: dict[str, Counter[str]] = defaultdict(Counter)
        self.money: dict[str, Counter[str]] = defaultdict(Counter)
        # name → [records, largest, key] behind an amount
        self.behind: dict[str, dict[str, list[int]]] = defaultdict(
            lambda: defaultdict(lambda: [0, 0, 0])
        )
        self.days: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.day_keys: dict[str, Counter[str]] = defaultdict(Counter)  # of the records behind
        self.sets: dict[str, dict[str, set[Any]]] = defaultdict(lambda: defaultdict(set))

    def add(self, name: str, label: str, employer: uuid.UUID | None, record: uuid.UUID) -> None:
        key = self.key(record)
        for scope in _scopes(employer):
            self.groups[scope][name][label] += 1
            self.group_keys[scope][name][label] += key

    def group(
        self, name: str, rows: Iterable[Any], missing: str = NO_POINT, fold: bool = False
    ) -> None:
        """Rows of (employer, label, record id); `fold` keeps a need code's category only."""
        for employer, label, record in rows:
            text = missing if label is None else str(label)
            self.add(name, text.split(".")[0] if fold else text, employer, record)

    def amount(self, name: str, employer: uuid.UUID | None, record: uuid.UUID, cents: int) -> None:
        key = self.key(record)
        for scope in _scopes(employer):
            self.money[scope][name] += cents
            behind = self.behind[scope][name]
            behind[0] += 1
            behind[1] = max(behind[1], abs(cents))
            behind[2] = (behind[2] + key) % KEY_SPACE

    def count(self, name: str, rows: Iterable[Any]) -> None:
        """Rows of (employer, record id)."""
        for employer, record in rows:
            key = self.key(record)
            for scope in _scopes(employer):
                self.counts[scope][name] += 1
                self.count_keys[scope][name] += key

    def figures(self, scope: str, quarter: Quarter, computed_on: date) -> dict[str, Any]:
        groups = {name: dict(found) for name, found in self.groups[scope].items()}
        keys = {
            name: {label: key % KEY_SPACE for label, key in found.items()}
            for name, found in self.group_keys[scope].items()
        }
        for name in GROUPS:
            groups.setdefault(name, {})
            keys.setdefault(name, {})
        counts = {name: int(self.counts[scope][name]) for name in COUNTS}
        count_keys = {name: int(self.count_keys[scope][name]) % KEY_SPACE for name in COUNTS}
        # The registry's size, keyed by the size alone: the same records counted in two
        # scopes (a programme of one employer) must not get two draws to average, and
        # summing 200,000 record keys for one number would cost more than the count.
        count_keys["headcount"] = self.key(
            uuid.uuid5(uuid.NAMESPACE_OID, f"headcount/{counts['headcount']}")
        )
        sets = self.sets[scope]
        reached = sets["contacted"] | sets["enrolled"] | sets["vouchered"]
        for name, members in (
            ("services_used", sets["services"]),
            ("workers_reached", reached),
            ("family_members_served", sets["members"]),
            ("people_reached", reached | sets["members"]),
        ):
            counts[name] = len(members)
            count_keys[name] = cell_key(self.key(m) for m in members)
        return {
            "period": quarter.code,
            "employer": scope,
            "computed_on": computed_on.isoformat(),
            "method": self.method.name,
            "blur": BLUR,
            "groups": groups,
            "counts": counts,
            "keys": {"groups": keys, "counts": count_keys},
            "money": {name: int(self.money[scope][name]) for name in (*MONEY, *AMOUNTS)},
            "behind": {name: list(self.behind[scope][name]) for name in (*AMOUNTS, *SPENT)},
            "medians": {
                name: [
                    statistics.median(values) if values else None,
                    len(values),
                    int(self.day_keys[scope][name]) % KEY_SPACE,
                ]
                for name, values in ((n, sorted(self.days[scope][n])) for n in DAYS)
            },
        }


# How amounts are blurred: 2 draws each amount on its own; a quarter frozen without it
# prints its amounts as first issued (`reporting.quarterly._first_blur`).
BLUR = 2

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
    "reached_by_site",
    "reached_by_sex",
    "reached_by_category",
)
COUNTS = (
    "cases_opened",
    "cases_followed",
    "cases_closed",
    "vouchers_issued",
    "vouchers_cancelled",
    "headcount",
    "smartworking_in_force",
)
AMOUNTS = ("credits_granted", "health_claimed", "health_paid")
MONEY = ("vouchers_value", "programme_spent", "credits_spent")
SPENT = ("programme_spent", "credits_spent")  # kept with the vouchers behind them
DAYS = ("health_decision_days", "smartworking_decision_days")


@dataclass
class _Count:
    """The queries of one quarter, each adding its figures to the tally for the programme
    and for each worker's employer."""

    session: Session
    first: date
    last: date
    tally: _Tally
    met: dict[Any, list[date]] = field(default_factory=lambda: defaultdict(list))

    @property
    def in_quarter(self) -> Any:
        """A contact's time is Rome wall time, as typed: the quarter's days from midnight."""
        start = datetime.combine(self.first, time.min)
        stop = datetime.combine(self.last + timedelta(1), time.min)
        return and_(Contact.at >= start, Contact.at < stop)

    def rows(self, query: Any) -> list[Any]:
        return list(self.session.connection().execute(query).all())

    def contacts(self) -> None:
        tally = self.tally
        for employer, channel, point, contact_id, worker_id, at in self.rows(
            select(
                ORG,
                Contact.channel,
                SocialPoint.name,
                _raw(Contact.id),
                _raw(Worker.id),
                Contact.at,
            )
            .select_from(Contact)
            .join(Worker, Worker.id == Contact.worker_id)
            .outerjoin(SocialPoint, SocialPoint.id == Contact.social_point_id)
            .where(self.in_quarter)
        ):
            tally.add("contacts_by_channel", str(channel), employer, contact_id)
            tally.add("contacts_by_point", point or NO_POINT, employer, contact_id)
            self.met[worker_id].append(at.date())
            for scope in _scopes(employer):
                tally.sets[scope]["contacted"].add(worker_id)

    def needs(self) -> None:
        self.tally.group(
            "needs_by_category",
            self.rows(
                select(ORG, Need.kind, _raw(Need.id))
                .select_from(Need)
                .join(Worker, Worker.id == Need.worker_id)
                .where(Need.raised_on >= self.first, Need.raised_on <= self.last)
            ),
            fold=True,
        )

    def cases(self) -> None:
        org, tally, first, last = ORG, self.tally, self.first, self.last

        def counted(*where: Any) -> list[Any]:
            return self.rows(
                select(org, _raw(Case.id))
                .select_from(Case)
                .join(Worker, Worker.id == Case.worker_id)
                .where(*where)
            )

        tally.count("cases_opened", counted(Case.opened_on >= first, Case.opened_on <= last))
        # Followed: open in the quarter and met at least once in it. Not "open at the end",
        # which is last quarter's figure plus the opened less the closed.
        # a contact before the case was opened or after it closed did not follow it
        tally.count(
            "cases_followed",
            [
                (employer, case_id)
                for employer, case_id, worker_id, opened, closed in self.rows(
                    select(org, _raw(Case.id), _raw(Case.worker_id), Case.opened_on, Case.closed_on)
                    .select_from(Case)
                    .join(Worker, Worker.id == Case.worker_id)
                    .where(
                        Case.opened_on <= last,
                        or_(Case.closed_on.is_(None), Case.closed_on >= first),
                        Case.worker_id.in_(select(Contact.worker_id).where(self.in_quarter)),
                    )
                )
                if any(opened <= day <= (closed or last) for day in self.met[worker_id])
            ],
        )
        closed_here = and_(Case.closed_on >= first, Case.closed_on <= last)
        closed = self.rows(
            select(org, Case.closing_reason, _raw(Case.id))
            .select_from(Case)
            .join(Worker, Worker.id == Case.worker_id)
            .where(closed_here)
        )
        tally.count("cases_closed", [(employer, case_id) for employer, _, case_id in closed])
        tally.group("closing_reasons", closed, missing="other")
        tally.group(
            "goal_outcomes",
            self.rows(
                select(org, Goal.outcome, _raw(Goal.id))
                .select_from(Goal)
                .join(Case, Case.id == Goal.case_id)
                .join(Worker, Worker.id == Case.worker_id)
                .where(closed_here)
            ),
            missing="none",
        )

    def enrollments(self) -> None:
        # An enrollment is counted in the quarter its edition starts (a school year once,
        # not in each of its quarters); the family is reached, and the service used, in
        # every quarter the edition runs, unless it only waits for a place.
        org, tally = ORG, self.tally
        running = and_(Edition.starts_on <= self.last, Edition.ends_on >= self.first)
        for (
            employer,
            enrollment_id,
            status,
            category,
            service_id,
            worker_id,
            member_id,
            starts_on,
        ) in self.rows(
            select(
                org,
                _raw(Enrollment.id),
                Enrollment.status,
                Service.category,
                Service.id,
                _raw(Enrollment.worker_id),
                Enrollment.member_id,
                Edition.starts_on,
            )
            .select_from(Enrollment)
            .join(Worker, Worker.id == Enrollment.worker_id)
            .join(Edition, Edition.id == Enrollment.edition_id)
            .join(Service, Service.id == Edition.service_id)
            .where(running)
        ):
            if starts_on >= self.first:
                tally.add("enrollments_by_status", str(status), employer, enrollment_id)
                tally.add(
                    "enrollments_by_category", str(category).split(".")[0], employer, enrollment_id
                )
            for scope in _scopes(employer):
                if status in TAKING_PART:
                    tally.sets[scope]["services"].add(service_id)
                    tally.sets[scope]["enrolled"].add(worker_id)
                    if member_id is not None:
                        tally.sets[scope]["members"].add(member_id)

    def vouchers(self) -> None:
        org, tally, first, last = ORG, self.tally, self.first, self.last
        issued_here = and_(Voucher.issued_on >= first, Voucher.issued_on <= last)
        issued = self.rows(
            select(
                org,
                _raw(Voucher.id),
                _raw(Voucher.worker_id),
                Voucher.member_id,
                Voucher.value_cents,
            )
            .join(Worker, Worker.id == Voucher.worker_id)
            .where(issued_here)
        )
        tally.count("vouchers_issued", [(row[0], row[1]) for row in issued])
        for employer, _, worker_id, member_id, value in issued:
            for scope in _scopes(employer):
                tally.money[scope]["vouchers_value"] += int(value)
                tally.sets[scope]["vouchered"].add(worker_id)
                if member_id is not None:
                    tally.sets[scope]["members"].add(member_id)
        tally.count(
            "vouchers_cancelled",
            self.rows(
                select(org, _raw(Voucher.id))
                .select_from(Voucher)
                .join(Worker, Worker.id == Voucher.worker_id)
                .where(Voucher.cancelled_on >= first, Voucher.cancelled_on <= last)
            ),
        )
        # Spent: what vouchers drew in the quarter, less what cancellations gave back, the
        # programme's money apart from the employers' welfare credits.
        # Voucher by voucher, so that each amount keeps the vouchers behind it: given on
        # their own printed count, with the same draw in every scope.
        for employer, kind, voucher, amount in self.rows(
            select(org, Budget.kind, _raw(Voucher.id), func.sum(LedgerEntry.amount_cents))
            .select_from(LedgerEntry)
            .join(Budget, Budget.id == LedgerEntry.budget_id)
            .join(Voucher, Voucher.id == LedgerEntry.voucher_id)
            .join(Worker, Worker.id == Voucher.worker_id)
            .where(
                LedgerEntry.booked_on >= first,
                LedgerEntry.booked_on <= last,
                LedgerEntry.movement.in_(("voucher_issued", "voucher_cancelled")),
            )
            .group_by(org, Budget.kind, Voucher.id)
        ):
            name = "programme_spent" if kind == "programme" else "credits_spent"
            tally.amount(name, employer, voucher, -int(amount or 0))

    def requests(self) -> None:
        org, tally, first, last = ORG, self.tally, self.first, self.last
        for name, model in (("health", HealthFundRequest), ("smartworking", SmartWorkingRequest)):
            # Asked on the day it was submitted or, for a draft, taken in at the desk.
            asked_on = func.coalesce(model.submitted_on, model.received_on)
            tally.group(
                f"{name}_by_status",
                self.rows(
                    select(org, model.status, _raw(model.id))
                    .join(Worker, Worker.id == model.worker_id)
                    .where(asked_on >= first, asked_on <= last)
                ),
            )
            for employer, submitted, decided, record in self.rows(
                select(org, model.submitted_on, model.decided_on, _raw(model.id))
                .join(Worker, Worker.id == model.worker_id)
                .where(
                    model.decided_on >= first,
                    model.decided_on <= last,
                    model.submitted_on.is_not(None),
                )
            ):
                key = tally.key(record)
                for scope in _scopes(employer):
                    tally.days[scope][f"{name}_decision_days"].append(
                        max(0, (decided - submitted).days)
                    )
                    tally.day_keys[scope][f"{name}_decision_days"] += key

    def amounts(self) -> None:
        """Money that is not the vouchers': the employers' welfare credits granted, and
        what workers claimed from their health funds and were paid back. Each amount
        keeps how many records are behind it, its largest one and its key, for the
        blur that `quarterly` gives it."""
        org, first, last = ORG, self.first, self.last
        asked_on = func.coalesce(HealthFundRequest.submitted_on, HealthFundRequest.received_on)
        for name, query in (
            (
                "credits_granted",
                select(org, _raw(LedgerEntry.id), LedgerEntry.amount_cents)
                .select_from(LedgerEntry)
                .join(Budget, Budget.id == LedgerEntry.budget_id)
                .join(Worker, Worker.id == Budget.worker_id)
                .where(
                    Budget.kind == "allowance",
                    LedgerEntry.movement.in_(("allocation", "reduction")),
                    LedgerEntry.booked_on >= first,
                    LedgerEntry.booked_on <= last,
                ),
            ),
            (
                "health_claimed",
                select(org, _raw(HealthFundRequest.id), HealthFundRequest.amount_claimed_cents)
                .join(Worker, Worker.id == HealthFundRequest.worker_id)
                .where(asked_on >= first, asked_on <= last, HealthFundRequest.status != "draft"),
            ),
            (
                "health_paid",
                select(org, _raw(HealthFundRequest.id), HealthFundRequest.amount_paid_cents)
                .join(Worker, Worker.id == HealthFundRequest.worker_id)
                .where(HealthFundRequest.paid_on >= first, HealthFundRequest.paid_on <= last),
            ),
        ):
            for employer, record, cents in self.rows(query):
                self.tally.amount(name, employer, record, int(cents or 0))

    def _reached(self) -> Any:
        """Everyone reached in the quarter, as a query: asked of the database, not listed
        to it, so that one read serves whatever the store's size."""
        running = and_(Edition.starts_on <= self.last, Edition.ends_on >= self.first)
        return union(
            select(Contact.worker_id).where(self.in_quarter),
            select(Enrollment.worker_id)
            .join(Edition, Edition.id == Enrollment.edition_id)
            .where(running, Enrollment.status.in_(TAKING_PART)),
            select(Voucher.worker_id).where(
                Voucher.issued_on >= self.first, Voucher.issued_on <= self.last
            ),
        )

    def _households(self) -> dict[Any, list[MemberFacts]]:
        """The family members of everyone reached in the quarter."""
        reached = self._reached().subquery()
        found: dict[Any, list[MemberFacts]] = defaultdict(list)
        for worker, relation, born, disability, sex, entered in self.rows(
            select(
                _raw(HouseholdMember.worker_id),
                HouseholdMember.relation,
                HouseholdMember.birth_date,
                HouseholdMember.disability,
                HouseholdMember.sex,
                HouseholdMember.entered_on,
            ).join(reached, reached.c.worker_id == HouseholdMember.worker_id)
        ):
            found[worker].append(
                MemberFacts(Relation(relation), born, Disability(disability), sex, entered)
            )
        return found

    def headcount(self) -> None:
        """The registry as it stands when the quarter is issued: a worker's record carries
        no day of hiring, and its creation is the day it was typed or imported. Counted
        by the database; its key is drawn from the count itself."""
        org = ORG
        for employer, headcount in self.rows(select(org, func.count()).group_by(org)):
            for scope in _scopes(employer):
                self.tally.counts[scope]["headcount"] += int(headcount)

    def people(self) -> None:
        """Who was reached, by work site, sex and target category, against everyone on
        the registry; and the smart-working agreements in force on the quarter's last
        day."""
        org, tally, last = ORG, self.tally, self.last
        self.headcount()
        household = self._households()
        reached = self._reached().subquery()
        for employer, worker, site, sex, due, disadvantaged in self.rows(
            select(
                org,
                _raw(Worker.id),
                Worker.work_site,
                Worker.sex,
                Worker.pregnancy_due_date,
                Worker.disadvantaged,
            ).join(reached, reached.c.worker_id == Worker.id)
        ):
            tally.add("reached_by_site", site or NO_SITE, employer, worker)
            tally.add("reached_by_sex", sex or "-", employer, worker)
            facts = WorkerFacts(tuple(household[worker]), due, bool(disadvantaged), sex)
            # workers, not facts: a parent of two small children is one worker
            for category in sorted({found.category.value for found in derive(facts, last)}):
                tally.add("reached_by_category", category, employer, worker)
        signed = ("approved", "active", "ended", "withdrawn")
        tally.count(
            "smartworking_in_force",
            self.rows(
                select(org, _raw(SmartWorkingRequest.id))
                .join(Worker, Worker.id == SmartWorkingRequest.worker_id)
                .where(
                    SmartWorkingRequest.status.in_(signed),
                    SmartWorkingRequest.starts_on <= last,
                    or_(SmartWorkingRequest.ends_on.is_(None), SmartWorkingRequest.ends_on >= last),
                    or_(
                        SmartWorkingRequest.withdrawal_effective_on.is_(None),
                        SmartWorkingRequest.withdrawal_effective_on > last,
                    ),
                )
            ),
        )


def compute_all(
    uow: UnitOfWork,
    quarter: Quarter,
    employers: Iterable[uuid.UUID],
    computed_on: date,
    trend_only: bool = False,
) -> dict[str, dict[str, Any]]:
    """Every figure of the quarterly summary, as plain JSON (the shape that is frozen),
    for the programme ("") and for each of the employers (by id). `trend_only` counts
    only what the trend of the last four quarters prints: people reached, contacts and
    the registry."""
    keys = record_keys(uow)
    count = _Count(uow.session, quarter.first_day, quarter.last_day, _Tally(keys, keys.method))
    steps = (
        (count.contacts, count.enrollments, count.vouchers, count.headcount)
        if trend_only
        else (
            count.contacts,
            count.needs,
            count.cases,
            count.enrollments,
            count.vouchers,
            count.requests,
            count.amounts,
            count.people,
        )
    )
    for step in steps:
        step()
    scopes = [PROGRAMME, *(str(e) for e in employers)]
    return {scope: count.tally.figures(scope, quarter, computed_on) for scope in scopes}


def empty_figures(quarter: Quarter, computed_on: date, method: Method) -> dict[str, Any]:
    """The figures of a scope where nothing was recorded."""
    return _Tally(lambda _: 0, method).figures(PROGRAMME, quarter, computed_on)


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


def keep_with(uow: UnitOfWork, kept: dict[str, IssuedReport], added: dict[str, Any]) -> None:
    """Adds to a frozen quarter's rows what they print with them (the quarter compared
    with, the trend); a store this desk may only read prints them as counted, and keeps
    nothing."""
    if not kept:
        return
    try:
        with uow.session.begin_nested():
            for scope, row in kept.items():
                if scope in added:
                    row.figures = {**row.figures, **added[scope]}
            uow.session.flush()
    except DBAPIError:
        for row in kept.values():
            uow.session.expire(row)  # as they are in the store
