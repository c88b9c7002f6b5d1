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
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import String, and_, case, func, or_, select, type_coerce, union
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from welfare_desk.domain.categories import Category, sql_limits
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


class _Unindexed(FunctionElement[Any]):
    """A column the planner may not reach a table's rows through. SQLite, told how many
    contacts a worker has (ANALYZE), went worker by worker through all 50,000 for a
    quarter's 42,000 contacts, five times slower than reading the quarter from its days;
    SQLite's unary + takes the index on the column out of its choices. PostgreSQL plans
    its joins whole and is given the column as it is."""

    inherit_cache = True
    name = "unindexed"


@compiles(_Unindexed)
def _as_it_is(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(_Unindexed, "sqlite")
def _unary_plus(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))


def _worker_of(column: Any) -> Any:
    """A record's worker, found from the record: the record is read by its day."""
    return _by(Worker.id, column)


def _by(looked_up: Any, read: Any) -> Any:
    """A join that reads `read`'s side and looks the other up by its index, never the
    other way round."""
    return looked_up == _Unindexed(read)


class _Tally:
    """Counts kept for every scope at once, each with its cell key: the sum of the keys
    of the records behind it (`disclosure`), so that it is printed with its own noise.
    The database gives them by employer, a count and a sum of keys per cell; an
    employer's rows add up to the programme's."""

    def __init__(self, key: Callable[[uuid.UUID], int], method: Method) -> None:
        self.key = key  # for what no row keeps a key of: a service, the registry's size
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
        self.services: dict[str, set[Any]] = defaultdict(set)

    def add(self, name: str, label: str, employer: Any, records: int, key: int) -> None:
        for scope in _scopes(employer):
            self.groups[scope][name][label] += records
            self.group_keys[scope][name][label] += key

    def group(
        self, name: str, rows: Iterable[Any], missing: str = NO_POINT, fold: bool = False
    ) -> None:
        """Rows of (employer, label, records, sum of their keys); `fold` keeps a need
        code's category only."""
        for employer, label, records, key in rows:
            text = missing if label is None else str(label)
            self.add(name, text.split(".")[0] if fold else text, employer, records, int(key))

    def amount(self, name: str, employer: Any, key: int, cents: int) -> None:
        for scope in _scopes(employer):
            self.money[scope][name] += cents
            behind = self.behind[scope][name]
            behind[0] += 1
            behind[1] = max(behind[1], abs(cents))
            behind[2] = (behind[2] + key) % KEY_SPACE

    def count(self, name: str, rows: Iterable[Any]) -> None:
        """Rows of (employer, records, sum of their keys)."""
        for employer, records, key in rows:
            for scope in _scopes(employer):
                self.counts[scope][name] += records
                self.count_keys[scope][name] += int(key or 0)

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
        services = self.services[scope]
        counts["services_used"] = len(services)
        count_keys["services_used"] = cell_key(self.key(s) for s in services)
        # workers and family members are records apart: together, their counts and keys add
        for name, parts in (
            ("workers_reached", ("workers_reached",)),
            ("family_members_served", ("family_members_served",)),
            ("people_reached", ("workers_reached", "family_members_served")),
        ):
            counts[name] = sum(int(self.counts[scope][part]) for part in parts)
            count_keys[name] = sum(int(self.count_keys[scope][part]) for part in parts) % KEY_SPACE
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
    and for each worker's employer. Each asks the database for counts and sums of keys
    by employer and label: what comes back grows with the labels, not with the store."""

    session: Session
    first: date
    last: date
    tally: _Tally

    @property
    def in_quarter(self) -> Any:
        """A contact's time is Rome wall time, as typed: the quarter's days from midnight."""
        start = datetime.combine(self.first, time.min)
        stop = datetime.combine(self.last + timedelta(1), time.min)
        return and_(Contact.at >= start, Contact.at < stop)

    @property
    def running(self) -> Any:
        """An edition that runs in the quarter, for some of its days."""
        return and_(Edition.starts_on <= self.last, Edition.ends_on >= self.first)

    def rows(self, query: Any) -> list[Any]:
        return list(self.session.connection().execute(query).all())

    def counted(self, key: Any, *labels: Any) -> Any:
        """A query of (employer, *labels, records, sum of their keys) grouped by them;
        joins and conditions are added to it."""
        return select(ORG, *labels, func.count(), func.sum(key)).group_by(ORG, *labels)

    def contacts(self) -> None:
        tally = self.tally
        for employer, channel, point, records, key in self.rows(
            self.counted(Contact.cell_key, Contact.channel, SocialPoint.name)
            .select_from(Contact)
            .join(Worker, _worker_of(Contact.worker_id))
            .outerjoin(SocialPoint, SocialPoint.id == Contact.social_point_id)
            .where(self.in_quarter)
        ):
            tally.add("contacts_by_channel", str(channel), employer, records, int(key))
            tally.add("contacts_by_point", point or NO_POINT, employer, records, int(key))

    def needs(self) -> None:
        self.tally.group(
            "needs_by_category",
            self.rows(
                self.counted(Need.cell_key, Need.kind)
                .select_from(Need)
                .join(Worker, _worker_of(Need.worker_id))
                .where(Need.raised_on >= self.first, Need.raised_on <= self.last)
            ),
            fold=True,
        )

    def cases(self) -> None:
        tally, first, last = self.tally, self.first, self.last
        tally.count(
            "cases_opened",
            self.rows(
                self.counted(Case.cell_key)
                .select_from(Case)
                .join(Worker, _worker_of(Case.worker_id))
                .where(Case.opened_on >= first, Case.opened_on <= last)
            ),
        )
        # Followed: open in the quarter and met at least once in it, while it was open.
        # Not "open at the end", which is last quarter's figure plus the opened less the
        # closed.
        met_while_open = (
            select(Contact.worker_id)  # in the index: no row read to know it exists
            .where(
                Contact.worker_id == Case.worker_id,
                self.in_quarter,
                Contact.at >= Case.opened_on,  # from the day's midnight
                or_(Case.closed_on.is_(None), func.date(Contact.at) <= Case.closed_on),
            )
            .exists()
        )
        tally.count(
            "cases_followed",
            self.rows(
                self.counted(Case.cell_key)
                .select_from(Case)
                .join(Worker, _worker_of(Case.worker_id))
                .where(
                    Case.opened_on <= last,
                    or_(Case.closed_on.is_(None), Case.closed_on >= first),
                    met_while_open,
                )
            ),
        )
        closed_here = and_(Case.closed_on >= first, Case.closed_on <= last)
        closed = self.rows(
            self.counted(Case.cell_key, Case.closing_reason)
            .select_from(Case)
            .join(Worker, _worker_of(Case.worker_id))
            .where(closed_here)
        )
        tally.count("cases_closed", [(org, records, key) for org, _, records, key in closed])
        tally.group("closing_reasons", closed, missing="other")
        tally.group(
            "goal_outcomes",
            self.rows(
                self.counted(Goal.cell_key, Goal.outcome)
                .select_from(Goal)
                .join(Case, Case.id == Goal.case_id)
                .join(Worker, _worker_of(Case.worker_id))
                .where(closed_here)
            ),
            missing="none",
        )

    def enrollments(self) -> None:
        # An enrollment is counted in the quarter its edition starts (a school year once,
        # not in each of its quarters); the service is used in every quarter the edition
        # runs, unless its families only wait for a place.
        tally = self.tally
        for employer, status, category, starts, records, key in self.rows(
            self.counted(
                Enrollment.cell_key,
                Enrollment.status,
                Service.category,
                Edition.starts_on >= self.first,
            )
            .select_from(Enrollment)
            .join(Worker, _worker_of(Enrollment.worker_id))
            .join(Edition, Edition.id == Enrollment.edition_id)
            .join(Service, Service.id == Edition.service_id)
            .where(self.running)
        ):
            if starts:
                tally.add("enrollments_by_status", str(status), employer, records, int(key))
                category = str(category).split(".")[0]
                tally.add("enrollments_by_category", category, employer, records, int(key))
        for employer, service in self.rows(
            select(ORG, Service.id)
            .select_from(Enrollment)
            .join(Worker, _worker_of(Enrollment.worker_id))
            .join(Edition, Edition.id == Enrollment.edition_id)
            .join(Service, Service.id == Edition.service_id)
            .where(self.running, Enrollment.status.in_(TAKING_PART))
            .distinct()
        ):
            for scope in _scopes(employer):
                tally.services[scope].add(service)

    def vouchers(self) -> None:
        tally, first, last = self.tally, self.first, self.last
        issued_here = and_(Voucher.issued_on >= first, Voucher.issued_on <= last)
        issued = self.rows(
            self.counted(Voucher.cell_key)
            .add_columns(func.sum(Voucher.value_cents))
            .join(Worker, _worker_of(Voucher.worker_id))
            .where(issued_here)
        )
        tally.count("vouchers_issued", [(org, records, key) for org, records, key, _ in issued])
        for employer, _, _, value in issued:
            for scope in _scopes(employer):
                tally.money[scope]["vouchers_value"] += int(value or 0)
        tally.count(
            "vouchers_cancelled",
            self.rows(
                self.counted(Voucher.cell_key)
                .select_from(Voucher)
                .join(Worker, _worker_of(Voucher.worker_id))
                .where(Voucher.cancelled_on >= first, Voucher.cancelled_on <= last)
            ),
        )
        # Spent: what vouchers drew in the quarter, less what cancellations gave back, the
        # programme's money apart from the employers' welfare credits.
        # Voucher by voucher, so that each amount keeps the vouchers behind it: given on
        # their own printed count, with the same draw in every scope.
        for employer, kind, key, amount in self.rows(
            select(ORG, Budget.kind, Voucher.cell_key, func.sum(LedgerEntry.amount_cents))
            .select_from(LedgerEntry)
            .join(Budget, Budget.id == LedgerEntry.budget_id)
            .join(Voucher, _by(Voucher.id, LedgerEntry.voucher_id))
            .join(Worker, _worker_of(Voucher.worker_id))
            .where(
                LedgerEntry.booked_on >= first,
                LedgerEntry.booked_on <= last,
                LedgerEntry.movement.in_(("voucher_issued", "voucher_cancelled")),
            )
            .group_by(ORG, Budget.kind, Voucher.id, Voucher.cell_key)
        ):
            name = "programme_spent" if kind == "programme" else "credits_spent"
            tally.amount(name, employer, int(key), -int(amount or 0))

    def requests(self) -> None:
        tally, first, last = self.tally, self.first, self.last
        for name, model in (("health", HealthFundRequest), ("smartworking", SmartWorkingRequest)):
            # Asked on the day it was submitted or, for a draft, taken in at the desk.
            asked_on = func.coalesce(model.submitted_on, model.received_on)
            tally.group(
                f"{name}_by_status",
                self.rows(
                    self.counted(model.cell_key, model.status)
                    .join(Worker, _worker_of(model.worker_id))
                    .where(asked_on >= first, asked_on <= last)
                ),
            )
            for employer, submitted, decided, key in self.rows(
                select(ORG, model.submitted_on, model.decided_on, model.cell_key)
                .join(Worker, _worker_of(model.worker_id))
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
                    tally.day_keys[scope][f"{name}_decision_days"] += int(key)

    def amounts(self) -> None:
        """Money that is not the vouchers': the employers' welfare credits granted, and
        what workers claimed from their health funds and were paid back. Each amount
        keeps how many records are behind it, its largest one and its key, for the
        blur that `quarterly` gives it."""
        first, last = self.first, self.last
        asked_on = func.coalesce(HealthFundRequest.submitted_on, HealthFundRequest.received_on)
        for name, query in (
            (
                "credits_granted",
                select(ORG, LedgerEntry.cell_key, LedgerEntry.amount_cents)
                .select_from(LedgerEntry)
                .join(Budget, Budget.id == LedgerEntry.budget_id)
                .join(Worker, _worker_of(Budget.worker_id))
                .where(
                    Budget.kind == "allowance",
                    LedgerEntry.movement.in_(("allocation", "reduction")),
                    LedgerEntry.booked_on >= first,
                    LedgerEntry.booked_on <= last,
                ),
            ),
            (
                "health_claimed",
                select(ORG, HealthFundRequest.cell_key, HealthFundRequest.amount_claimed_cents)
                .join(Worker, _worker_of(HealthFundRequest.worker_id))
                .where(asked_on >= first, asked_on <= last, HealthFundRequest.status != "draft"),
            ),
            (
                "health_paid",
                select(ORG, HealthFundRequest.cell_key, HealthFundRequest.amount_paid_cents)
                .join(Worker, _worker_of(HealthFundRequest.worker_id))
                .where(HealthFundRequest.paid_on >= first, HealthFundRequest.paid_on <= last),
            ),
        ):
            for employer, key, cents in self.rows(query):
                self.tally.amount(name, employer, int(key), int(cents or 0))

    def _reached(self) -> Any:
        """Everyone reached in the quarter, as a query: asked of the database, not listed
        to it, so that one read serves whatever the store's size. Each part is read from
        its days: offered the worker's index, SQLite walked every contact of three years
        in workers' order to merge the parts without sorting them (1.5 s at 200,000
        workers, 0.8 s read by day). A common table, so that it is made once however
        many times a query joins it."""
        worker = "worker_id"
        return union(
            select(_Unindexed(Contact.worker_id).label(worker)).where(self.in_quarter),
            select(_Unindexed(Enrollment.worker_id).label(worker))
            .join(Edition, Edition.id == Enrollment.edition_id)
            .where(self.running, Enrollment.status.in_(TAKING_PART)),
            select(_Unindexed(Voucher.worker_id).label(worker)).where(
                Voucher.issued_on >= self.first, Voucher.issued_on <= self.last
            ),
        ).cte("reached")

    def _served(self) -> Any:
        """The family members a place or a voucher of the quarter was for."""
        member = "member_id"
        return union(
            select(_Unindexed(Enrollment.member_id).label(member))
            .join(Edition, Edition.id == Enrollment.edition_id)
            .where(
                self.running,
                Enrollment.status.in_(TAKING_PART),
                Enrollment.member_id.is_not(None),
            ),
            select(_Unindexed(Voucher.member_id).label(member)).where(
                Voucher.issued_on >= self.first,
                Voucher.issued_on <= self.last,
                Voucher.member_id.is_not(None),
            ),
        ).subquery()

    def reached(self) -> None:
        """How many workers and family members the quarter reached, by employer (`people`
        counts the workers with the rest of what it tells of them)."""
        reached = self._reached()
        self.tally.count(
            "workers_reached",
            self.rows(
                self.counted(Worker.cell_key)
                .select_from(Worker)
                .join(reached, _by(Worker.id, reached.c.worker_id))
            ),
        )
        self.served()

    def served(self) -> None:
        served, member = self._served(), HouseholdMember
        self.tally.count(
            "family_members_served",
            self.rows(
                self.counted(member.cell_key)
                .select_from(member)
                .join(served, _by(member.id, served.c.member_id))
                .join(Worker, _worker_of(member.worker_id))
            ),
        )

    def headcount(self) -> None:
        """The registry as it stands when the quarter is issued: a worker's record carries
        no day of hiring, and its creation is the day it was typed or imported. Counted
        by the database; its key is drawn from the count itself."""
        for employer, headcount in self.rows(select(ORG, func.count()).group_by(ORG)):
            for scope in _scopes(employer):
                self.tally.counts[scope]["headcount"] += int(headcount)

    def people(self) -> None:
        """Who was reached, by work site, sex and target category, against everyone on
        the registry; and the smart-working agreements in force on the quarter's last
        day."""
        tally, last = self.tally, self.last
        self.headcount()
        reached = self._reached()
        household = _household(last, reached)
        categories = _categories(last, household)
        # one read of everyone reached: each category a count and a sum of keys beside
        # the site and the sex (workers, not facts: a parent of two children is one)
        by_category = []
        for condition in categories.values():
            by_category += [
                func.sum(case((condition, 1), else_=0)),
                func.sum(case((condition, Worker.cell_key), else_=0)),
            ]
        for employer, site, sex, records, key, *found in self.rows(
            self.counted(Worker.cell_key, Worker.work_site, Worker.sex)
            .add_columns(*by_category)
            .select_from(Worker)
            .join(reached, _by(Worker.id, reached.c.worker_id))
            .outerjoin(household, household.c.worker_id == Worker.id)
        ):
            tally.count("workers_reached", [(employer, records, key)])
            tally.add("reached_by_site", site or NO_SITE, employer, records, int(key))
            tally.add("reached_by_sex", sex or "-", employer, records, int(key))
            for category, with_it, keys in zip(categories, found[::2], found[1::2], strict=True):
                if with_it:
                    tally.add("reached_by_category", category, employer, int(with_it), int(keys))
        signed = ("approved", "active", "ended", "withdrawn")
        tally.count(
            "smartworking_in_force",
            self.rows(
                self.counted(SmartWorkingRequest.cell_key)
                .join(Worker, _worker_of(SmartWorkingRequest.worker_id))
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


def _household(on: date, reached: Any) -> Any:
    """For each worker reached, what their family members make of them on `on`, read in
    one pass over the members: a child in its first year (from birth, or from entering
    the family when adopted), a child under 14, a member with a recognised disability.
    The rules of `domain.categories.derive`, on the birth dates `sql_limits` gives for
    them (`tests/reporting/test_quarter_sql.py` checks that the two agree)."""
    limits, member = sql_limits(on), HouseholdMember
    entered = func.coalesce(member.entered_on, member.birth_date)
    child = and_(member.relation == Relation.CHILD.value, member.birth_date <= on)

    def any_member(*where: Any) -> Any:
        return func.max(case((and_(*where), 1), else_=0))

    return (
        select(
            member.worker_id,
            any_member(child, entered > limits["under_1_after"], entered <= on).label("infant"),
            any_member(child, member.birth_date > limits["under_14_after"]).label("child"),
            any_member(member.disability != Disability.NONE.value, member.birth_date <= on).label(
                "disability"
            ),
        )
        .join(reached, _by(member.worker_id, reached.c.worker_id))
        .group_by(member.worker_id)
        .subquery()
    )


def _categories(on: date, household: Any) -> dict[str, Any]:
    """Each target category as a condition on a worker and their `_household`."""
    return {
        Category.PREGNANCY_MATERNITY.value: and_(
            Worker.sex == "F",
            or_(Worker.pregnancy_due_date >= on, household.c.infant == 1),
        ),
        Category.CHILDREN_UNDER_14.value: household.c.child == 1,
        Category.FAMILY_LAW_104.value: household.c.disability == 1,
        Category.DISADVANTAGED.value: Worker.disadvantaged.is_(True),
    }


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
        (count.contacts, count.enrollments, count.vouchers, count.reached, count.headcount)
        if trend_only
        else (
            count.contacts,
            count.needs,
            count.cases,
            count.enrollments,
            count.vouchers,
            count.requests,
            count.amounts,
            count.served,
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
