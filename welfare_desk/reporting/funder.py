"""The funder's report (rendicontazione) for a period and a programme: families reached,
activities with their sessions, hours and participants, vouchers and the budget spent by
action and partner. Counts only, never a person; how it is laid out is reference data
(`db/reference/funder_report.json`), because the funder's template may change.

Every count of people (families, children, participants, vouchers) goes through the
same wall as HR's summaries, the cell key method of `domain.disclosure`: one child in a
centre for children with a diagnosis is never printed as 1. Money and the welfare
managers' hours go through it as amounts do: a voucher's value is fixed by its service
and contacts often last the same half hour, so an exact sum would be a count. The
activities' meetings and hours are the services' calendar, not people: given as they
are. The period is one quarter or one calendar year, ended: no two reports differ by a
single day, and no record is in more than two periods' totals. The exact accounts,
voucher by voucher, stay at the desk."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from welfare_desk.catalogue.offer import category_label
from welfare_desk.domain.catalogue import PERIOD_LABELS, Period
from welfare_desk.domain.dates import age_on
from welfare_desk.domain.disclosure import KEY_SPACE, blurred, cell_key, clear_from, perturb
from welfare_desk.domain.enrollments import EnrollmentStatus, completed
from welfare_desk.domain.needs import CHANNEL_LABELS, Channel
from welfare_desk.domain.periods import Quarter
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import ProgrammeIdentity, funder_layout, programme_identity
from welfare_desk.reporting.queries import funder as queries
from welfare_desk.reporting.queries.keys import RecordKeys, record_keys
from welfare_desk.store.models import (
    Budget,
    Voucher,
)
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.views.funder import FunderReport

TAKING_PART = (EnrollmentStatus.CONFIRMED.value, EnrollmentStatus.ATTENDED.value)
NOT_SURVEYED = "nessun questionario di gradimento registrato nel periodo"


def programmes(uow: UnitOfWork) -> list[str]:
    """The names of the programmes that have budgets, in order."""
    return sorted(p for p in queries.programme_names(uow) if p)


def _plain(name: str) -> str:
    """ "Piano 2025–2027" typed with a hyphen, or in capitals, is the same programme."""
    for dash in "‐‑‒–—−":
        name = name.replace(dash, "-")
    return " ".join(name.casefold().split())


def _budgets(uow: UnitOfWork, programme: str | None) -> list[Budget]:
    if programme:
        known = programmes(uow)
        match = [p for p in known if _plain(p) == _plain(programme)]
        if not match:
            raise InvalidInput(
                f"Il programma «{programme}» non ha budget in archivio. Programmi: "
                + (", ".join(known) or "nessuno")
                + "."
            )
        return queries.programme_budgets(uow, match[0])
    return queries.programme_budgets(uow, None)


def _period(start: date, end: date, today: date) -> date:
    """The period: one quarter or one calendar year, ended by today. Periods of any days
    would let one report less another isolate a single day's voucher; nested periods of
    many quarters would give the same records in many totals, each with noise of its
    own, to average; one reaching past today would change with every day it is made.
    A record is in two periods at most: its quarter and its year."""
    if end < start:
        raise InvalidInput(
            f"Il periodo finisce il {end:%d/%m/%Y}, prima di cominciare il {start:%d/%m/%Y}: "
            "controlla le date."
        )
    if start > today:
        raise InvalidInput(
            f"Il periodo comincia il {start:%d/%m/%Y}, nel futuro: si rendiconta ciò che è già "
            "stato fatto."
        )
    quarter = Quarter.of(start)
    one_quarter = (start, end) == (quarter.first_day, quarter.last_day)
    whole_year = (start, end) == (date(start.year, 1, 1), date(start.year, 12, 31))
    if not (one_quarter or whole_year):
        raise InvalidInput(
            "Si rendiconta per un trimestre o per un anno intero: ad esempio dal "
            f"{quarter.first_day:%d/%m/%Y} al {quarter.last_day:%d/%m/%Y}, oppure dal "
            f"01/01/{start.year} al 31/12/{start.year}."
        )
    if end >= today:
        raise InvalidInput(
            f"Il periodo che finisce il {end:%d/%m/%Y} non è ancora concluso: si rendiconta "
            f"a periodo chiuso, al più tardi fino al "
            f"{Quarter.of(today).previous().last_day:%d/%m/%Y}."
        )
    return end


def last_period(today: date) -> tuple[date, date]:
    """The period offered first: the last quarter that has ended."""
    last = Quarter.of(today).previous()
    return last.first_day, last.last_day


Keys = RecordKeys  # each record's key, and the table the store prints with


def _money(found: list[Voucher], key: Keys, name: str) -> int | None:
    """What vouchers cost, as the wall gives an amount (`disclosure.blurred`): None when
    too few are behind it. A voucher's value is fixed by its service, so an exact sum
    divided by it would be their count. The same vouchers give the same amount wherever
    it is printed (a provider that is all of them, the summary), as a count does."""
    return blurred(
        sum(v.value_cents for v in found),
        len(found),
        cell_key(key(v.id) for v in found),
        max((v.value_cents for v in found), default=0),
        name,
        1000,
        key.method,
    )


def _minutes(total: int, records: int, cell: int, longest: int, key: Keys) -> int | None:
    """The minutes of contacts, as the wall gives an amount, in whole hours: durations
    are often the same half hour, and an exact sum would count the contacts."""
    return blurred(total, records, cell % KEY_SPACE, longest, "contact_minutes", 60, key.method)


def _hours(minutes: int | None) -> float | None:
    return None if minutes is None else round(minutes / 60, 1)


def _printed(records: Iterable[uuid.UUID], key: Keys) -> int:
    """How many records, as the wall prints it."""
    found = set(records)
    return perturb(len(found), cell_key(key(r) for r in found), key.method)


@dataclass
class _Activities:
    rows: list[dict[str, Any]]
    enrolled: list[Any]  # who took part in them: (id, edition, status, worker, member)
    sessions: int = 0
    minutes: int = 0
    done: list[uuid.UUID] = field(default_factory=list)  # enrollments completed
    # (closure period, municipality, enrollments, minutes) of each edition reported
    groups: list[tuple[str, str, list[uuid.UUID], int]] = field(default_factory=list)


def _activities(
    uow: UnitOfWork, paid_editions: set[uuid.UUID] | None, start: date, end: date, key: Keys
) -> _Activities:
    """The editions that ran in the period (for a programme, only those its vouchers paid
    for), each with its meetings, hours, participants and those who completed it."""
    # for all programmes, every edition but those only employers' credits paid for
    leaving = queries.paid_by_credits_alone(uow, start, end) if paid_editions is None else []
    editions = queries.editions_running(uow, start, end, paid_editions, leaving)  # end ≤ today
    edition_ids = [row[0].id for row in editions]
    sessions: dict[uuid.UUID, list[tuple[uuid.UUID, date, int]]] = defaultdict(list)
    for edition_id, meeting, day, minutes in queries.meetings_of(uow, edition_ids):
        sessions[edition_id].append((meeting, day, minutes))
    enrolled = queries.taking_part(uow, edition_ids, TAKING_PART)
    present = queries.presences(uow, [e.id for e in enrolled])
    per_edition: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for e in enrolled:
        per_edition[e.edition_id].append(e)

    found = _Activities([], enrolled)
    for edition, service_name, category, provider, place in editions:
        people = per_edition.get(edition.id, [])
        if not people:
            continue  # nothing delivered to anyone: not an activity to report
        held = [s for s in sessions.get(edition.id, []) if start <= s[1] <= end]
        minutes = sum(s[2] for s in held)
        all_sessions = len(sessions.get(edition.id, []))
        done = [
            e.id
            for e in people
            if e.status == EnrollmentStatus.ATTENDED.value
            or (all_sessions and completed(present[e.id], all_sessions))
        ]
        found.rows.append(
            {
                "category": category_label(category.split(".")[0]),
                "service": service_name,
                "provider": provider,
                "edition": edition.title,
                "period": _period_label(edition.period),
                "municipality": place or NO_PLACE,
                "from": edition.starts_on,
                "to": edition.ends_on,
                "sessions": len(held),
                "hours": round(minutes / 60, 1),
                "participants": _printed((e.id for e in people), key),
                "completed": _printed(done, key),
            }
        )
        found.sessions += len(held)
        found.minutes += minutes
        found.done += done
        found.groups.append(
            (_period_label(edition.period), place or NO_PLACE, [e.id for e in people], minutes)
        )
    found.rows.sort(key=lambda a: (a["category"], a["service"], a["from"]))
    return found


NO_PLACE = "comune non indicato"


def _period_label(code: str) -> str:
    if code == Period.SCHOOL_YEAR.value:
        return "anno scolastico (pre e post scuola)"
    return PERIOD_LABELS.get(Period(code), code) if code in set(Period) else code


def _by(activities: _Activities, index: int, name: str, key: Keys) -> list[dict[str, Any]]:
    """Activities grouped by closure period (index 0) or municipality (index 1)."""
    grouped: dict[str, list[tuple[str, str, list[uuid.UUID], int]]] = defaultdict(list)
    for group in activities.groups:
        grouped[group[0] if index == 0 else group[1]].append(group)
    return [
        {
            name: label,
            "activities": len(found),
            "participants": _printed((e for g in found for e in g[2]), key),
            "hours": round(sum(g[3] for g in found) / 60, 1),
        }
        for label, found in sorted(grouped.items())
    ]


def _contacts(
    uow: UnitOfWork, start: date, end: date, key: Keys
) -> tuple[list[dict[str, Any]], int, int | None]:
    """Contacts and hours by channel, their number and the minutes of all, the minutes
    through the wall as amounts are."""
    since = datetime.combine(start, time.min)
    until = datetime.combine(end + timedelta(1), time.min)
    by_channel = sorted(queries.contacts_by_channel(uow, since, until))
    rows = [
        {
            "channel": CHANNEL_LABELS.get(Channel(channel), channel)
            if channel in set(Channel)
            else channel,
            "contacts": perturb(records, cell % KEY_SPACE, key.method),
            "hours": _hours(_minutes(total, records, cell, longest, key)),
        }
        for channel, records, cell, total, longest in by_channel
    ]
    records = sum(found[1] for found in by_channel)
    cell = sum(found[2] for found in by_channel)
    total = sum(found[3] for found in by_channel)
    longest = max((found[4] for found in by_channel), default=0)
    return (
        rows,
        perturb(records, cell % KEY_SPACE, key.method),
        _minutes(total, records, cell, longest, key),
    )


def _providers(uow: UnitOfWork, vouchers: list[Voucher], key: Keys) -> list[dict[str, Any]]:
    """Spending by provider. A provider's exact spending divided by its voucher's value
    would give its count: a provider is named with its money only when its vouchers are at
    least five by their printed count; the others are pooled, and a pool as small as that
    joins the smallest named provider. Voucher by voucher stays at the desk."""
    services = queries.voucher_services(uow, list({v.service_id for v in vouchers}))
    by_provider: dict[str, list[Voucher]] = defaultdict(list)
    for v in vouchers:
        by_provider[services[v.service_id][1]].append(v)
    named: dict[str, list[Voucher]] = {}
    pooled: list[Voucher] = []
    for name, found in sorted(by_provider.items()):
        if _printed((v.id for v in found), key) >= clear_from(key.method):
            named[name] = found
        else:
            pooled += found
    if pooled and _printed((v.id for v in pooled), key) < clear_from(key.method):
        if named:
            smallest = min(named, key=lambda n: (sum(v.value_cents for v in named[n]), n))
            named[f"{smallest} e altri enti erogatori"] = named.pop(smallest) + pooled
        else:
            named[ALL_PROVIDERS] = pooled
    elif pooled:
        named[OTHER_PROVIDERS if named else ALL_PROVIDERS] = pooled
    return [
        {
            "provider": name,
            "vouchers": _printed((v.id for v in found), key),
            "spent": _money(found, key, SPENT),
        }
        for name, found in named.items()
    ]


OTHER_PROVIDERS = "Altri enti erogatori (pochi voucher ciascuno)"
ALL_PROVIDERS = "Tutti gli enti erogatori (pochi voucher ciascuno)"
SPENT = "voucher_value"  # the draw of every sum of vouchers' values


def _costs(
    spent: int | None, minutes: int | None, identity: ProgrammeIdentity
) -> list[dict[str, Any]]:
    """What the programme cost: the vouchers for services delivered and the welfare
    managers' hours at the desks, each with the funder's share and the co-financing."""
    staff = None if minutes is None else round(minutes * identity.staff_hourly_cost_cents / 60)
    rows = []
    for item, hours, cost in (
        ("Voucher per servizi erogati", "", spent),  # no hours: blank, not «n.d.»
        ("Ore dei welfare manager (colloqui)", _hours(minutes), staff),
    ):
        funded = None if cost is None else round(cost * identity.funded_share_percent / 100)
        rows.append(
            {
                "item": item,
                "hours": hours,
                "cost": cost,
                "funded": funded,
                "co_financing": None if cost is None or funded is None else cost - funded,
            }
        )
    return rows


def _total(values: Iterable[int | None]) -> int | None:
    found = list(values)
    return None if None in found else sum(v for v in found if v is not None)


def _children(uow: UnitOfWork, members: set[uuid.UUID], end: date, key: Keys) -> tuple[int, int]:
    """Children (under 18 at the period's end) served, and those with a disability."""
    children, disabled = [], []
    for member, born, disability in queries.members_facts(uow, list(members)):
        if age_on(born, end) < ADULT:
            children.append(member)
            if disability != "none":
                disabled.append(member)
    return _printed(children, key), _printed(disabled, key)


ADULT = 18


@dataclass(frozen=True, slots=True)
class _Vouchers:
    """The programme's vouchers by what their service was by the period's end: delivered
    in the period, delivered before it, or still to come (committed, not spent). A voucher
    cancelled by the period's end is none of these."""

    delivered: list[Voucher]
    before: list[Voucher]
    committed: list[Voucher]

    @staticmethod
    def of(uow: UnitOfWork, budgets: list[Budget], start: date, end: date) -> _Vouchers:
        found: dict[str, list[Voucher]] = defaultdict(list)
        for voucher, starts_on in queries.vouchers_until(uow, end, [b.id for b in budgets]):
            if voucher.cancelled_on is not None and voucher.cancelled_on <= end:
                continue
            served_on = starts_on or voucher.issued_on  # a service with no edition: at once
            when = "committed" if served_on > end else "before" if served_on < start else "now"
            found[when].append(voucher)
        return _Vouchers(found["now"], found["before"], found["committed"])


def _budget_rows(
    uow: UnitOfWork, budgets: list[Budget], vouchers: _Vouchers, end: date, key: Keys
) -> list[dict[str, Any]]:
    """Each budget line: allocated up to the period's end, the vouchers for services
    delivered in the period and what they cost, what was spent since the start, what is
    committed to services still to come, what is left."""
    ledger = queries.ledger_until(uow, [b.id for b in budgets], end)
    partners = queries.organization_names(uow)
    rows: list[dict[str, Any]] = []

    def of(found: list[Voucher], budget: Budget) -> list[Voucher]:
        return [v for v in found if v.budget_id == budget.id]

    for budget in budgets:
        moves = [m for m in ledger if m.budget_id == budget.id]
        now = of(vouchers.delivered, budget)
        rows.append(
            {
                "action": budget.action or budget.name,
                "partner": partners.get(budget.partner_id, "") if budget.partner_id else "",
                "allocated": sum(
                    m.amount_cents for m in moves if m.movement in ("allocation", "reduction")
                ),
                "vouchers": _printed((v.id for v in now), key),
                "spent": _money(now, key, SPENT),
                "spent_to_date": _money(now + of(vouchers.before, budget), key, SPENT),
                "committed": _money(of(vouchers.committed, budget), key, SPENT),
            }
        )
        row = rows[-1]
        used = (row["spent_to_date"], row["committed"])
        row["available"] = None if None in used else row["allocated"] - sum(used)
    return rows


def _families(uow: UnitOfWork, workers: set[uuid.UUID], key: Keys) -> int:
    """Households, not workers: two workers are one family when one is in the other's
    household, or both have the same child (by codice fiscale)."""
    if not workers:
        return 0
    parent = {w: w for w in workers}

    def root(w: uuid.UUID) -> uuid.UUID:
        while parent[w] != w:
            parent[w] = parent[parent[w]]
            w = parent[w]
        return w

    first_with: dict[str, uuid.UUID] = {}
    for worker, code in queries.household_codes(uow, list(workers)):
        if code in first_with:
            parent[root(worker)] = root(first_with[code])
        else:
            first_with[code] = worker
    households: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for worker in workers:
        households[root(worker)].append(worker)
    keys = cell_key(key(min(h)) for h in households.values())
    return perturb(len(households), keys, key.method)


def funder_report(
    uow: UnitOfWork,
    start: date,
    end: date,
    programme: str | None = None,
    layout: dict[str, Any] | None = None,
    today: date | None = None,
) -> FunderReport:
    """What was delivered and spent in a period, for one programme or all."""
    end = _period(start, end, today or uow.clock.today())
    budgets = _budgets(uow, programme)
    # The programme's money only: vouchers on an employer's welfare credits are not the
    # funder's to account for.
    vouchers = _Vouchers.of(uow, budgets, start, end)
    paid = (
        {v.edition_id for v in vouchers.delivered + vouchers.before if v.edition_id}
        if programme
        else None
    )
    key = record_keys(uow)
    activities = _activities(uow, paid, start, end, key)

    # Reached: the households that received a service in the period (the programme's,
    # when one is asked), the same with a programme or without; met: whoever talked to
    # a welfare manager, counted apart.
    reached = {v.worker_id for v in vouchers.delivered} | {e.worker_id for e in activities.enrolled}
    members = {v.member_id for v in vouchers.delivered if v.member_id} | {
        e.member_id for e in activities.enrolled if e.member_id
    }
    since = datetime.combine(start, time.min)
    until = datetime.combine(end + timedelta(1), time.min)
    met = queries.workers_met(uow, since, until)
    employers = queries.employers_of(uow, list(reached)) if reached else set()
    budget_rows = _budget_rows(uow, budgets, vouchers, end, key)

    layout = layout or funder_layout()
    name = budgets[0].programme if programme and budgets else None
    identity = programme_identity()
    contact_rows, contacts, minutes = _contacts(uow, start, end, key)
    providers = _providers(uow, vouchers.delivered, key)
    spent = _money(vouchers.delivered, key, SPENT)
    costs = _costs(spent, minutes, identity)
    children, disabled = _children(uow, members, end, key)
    summary = {
        "families_reached": _families(uow, reached, key),
        "workers_reached": _printed(reached, key),
        "workers_met": perturb(met[0], met[1] % KEY_SPACE, key.method),
        "members_served": _printed(members, key),
        "employers": len(employers),
        "activities": len(activities.rows),
        "sessions": activities.sessions,
        "hours": round(activities.minutes / 60, 1),
        "participants": _printed((e.id for e in activities.enrolled), key),
        "completed": _printed(activities.done, key),
        "vouchers_issued": _printed((v.id for v in vouchers.delivered), key),
        "budget_allocated": sum(r["allocated"] for r in budget_rows),
        "budget_spent": spent,
        "budget_committed": _money(vouchers.committed, key, SPENT),
        "children_served": children,
        "children_with_disability": disabled,
        "contacts": contacts,
        "contact_hours": _hours(minutes),
        "staff_cost": costs[1]["cost"],
        "total_cost": _total(r["cost"] for r in costs),
        "funded_share": f"{identity.funded_share_percent}%",
        "funded_amount": _total(r["funded"] for r in costs),
        "co_financing": _total(r["co_financing"] for r in costs),
        "satisfaction": NOT_SURVEYED,
    }
    return FunderReport(
        layout.get("title", "Rendicontazione"),
        name or "Tutti i programmi",
        start,
        end,
        summary,
        {
            "activities": activities.rows,
            "budgets": budget_rows,
            "by_period": _by(activities, 0, "period", key),
            "by_municipality": _by(activities, 1, "municipality", key),
            "contacts": contact_rows,
            "by_provider": providers,
            "costs": costs,
        },
        layout,
        {
            "programme": name or identity.name,
            "lead_body": identity.lead_body,
            "project_code": identity.project_code,
            "funder": identity.funder,
            "period": f"dal {start:%d/%m/%Y} al {end:%d/%m/%Y}",
            "contact": identity.contact,
            "signatory": identity.signatory,
        },
    )
