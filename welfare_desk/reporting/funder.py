"""The funder's report (rendicontazione) for a period and a programme: families reached,
activities with their sessions, hours and participants, vouchers and the budget spent by
action and partner. Counts only, never a person; how it is laid out is reference data
(`db/reference/funder_report.json`), because the funder's template may change.

Every count of people (families, children, participants, vouchers) goes through the
same wall as HR's summaries, the cell key method of `domain.disclosure`: one child in a
centre for children with a diagnosis is never printed as 1. Hours, meetings and money
are printed as they are: they are what the funder pays for and audits."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from welfare_desk.catalogue.offer import category_label
from welfare_desk.domain.disclosure import cell_key, perturb
from welfare_desk.domain.enrollments import EnrollmentStatus, completed
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import funder_layout
from welfare_desk.reporting.queries import funder as queries
from welfare_desk.reporting.queries.keys import record_keys
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
    """The period's last day as reported: what reaches past today stops at today, since
    what is only planned is not yet delivered; a period wholly ahead is refused."""
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
    return min(end, today)


Keys = Callable[[uuid.UUID], int]


def _printed(records: Iterable[uuid.UUID], key: Keys) -> int:
    """How many records, as the wall prints it."""
    found = set(records)
    return perturb(len(found), cell_key(key(r) for r in found))


@dataclass
class _Activities:
    rows: list[dict[str, Any]]
    enrolled: list[Any]  # who took part in them: (id, edition, status, worker, member)
    sessions: int = 0
    minutes: int = 0
    done: list[uuid.UUID] = field(default_factory=list)  # enrollments completed


def _activities(
    uow: UnitOfWork, paid_editions: set[uuid.UUID] | None, start: date, end: date, key: Keys
) -> _Activities:
    """The editions that ran in the period (for a programme, only those its vouchers paid
    for), each with its meetings, hours, participants and those who completed it."""
    editions = queries.editions_running(uow, start, end, paid_editions)  # end ≤ today
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
    for edition, service_name, category, provider in editions:
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
    found.rows.sort(key=lambda a: (a["category"], a["service"], a["from"]))
    return found


def _budget_rows(
    uow: UnitOfWork,
    budgets: list[Budget],
    vouchers: list[Voucher],
    start: date,
    end: date,
    key: Keys,
) -> list[dict[str, Any]]:
    """Each budget line: allocated up to the period's end, vouchers issued in it, what they
    drew in the period and up to its end, what is left."""
    ledger = queries.ledger_until(uow, [b.id for b in budgets], end)
    partners = queries.organization_names(uow)
    rows: list[dict[str, Any]] = []
    drawn = ("voucher_issued", "voucher_cancelled")
    for budget in budgets:
        moves = [m for m in ledger if m.budget_id == budget.id]
        rows.append(
            {
                "action": budget.action or budget.name,
                "partner": partners.get(budget.partner_id, "") if budget.partner_id else "",
                "allocated": sum(
                    m.amount_cents for m in moves if m.movement in ("allocation", "reduction")
                ),
                "vouchers": _printed((v.id for v in vouchers if v.budget_id == budget.id), key),
                "spent": -sum(
                    m.amount_cents for m in moves if m.movement in drawn and m.booked_on >= start
                ),
                "spent_to_date": -sum(m.amount_cents for m in moves if m.movement in drawn),
                "available": sum(m.amount_cents for m in moves),
            }
        )
    return rows


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
    vouchers = queries.vouchers_issued(uow, start, end, [b.id for b in budgets])
    paid = {v.edition_id for v in vouchers if v.edition_id is not None} if programme else None
    key = record_keys(uow)
    activities = _activities(uow, paid, start, end, key)

    # Families: the workers the programme's vouchers went to; without a programme, anyone
    # met, enrolled or given a voucher in the period.
    reached: set[uuid.UUID] = {v.worker_id for v in vouchers}
    members: set[uuid.UUID] = {v.member_id for v in vouchers if v.member_id}
    if not programme:
        reached |= {e.worker_id for e in activities.enrolled}
        members |= {e.member_id for e in activities.enrolled if e.member_id}
        since = datetime.combine(start, time.min)
        until = datetime.combine(end + timedelta(1), time.min)
        reached |= queries.workers_met(uow, since, until)
    employers = queries.employers_of(uow, list(reached)) if reached else set()
    budget_rows = _budget_rows(uow, budgets, vouchers, start, end, key)

    layout = layout or funder_layout()
    name = budgets[0].programme if programme and budgets else None
    summary = {
        "families_reached": _printed(reached, key),
        "workers_reached": _printed(reached, key),
        "members_served": _printed(members, key),
        "employers": len(employers),
        "activities": len(activities.rows),
        "sessions": activities.sessions,
        "hours": round(activities.minutes / 60, 1),
        "participants": _printed((e.id for e in activities.enrolled), key),
        "completed": _printed(activities.done, key),
        "vouchers_issued": _printed((v.id for v in vouchers), key),
        "budget_allocated": sum(r["allocated"] for r in budget_rows),
        "budget_spent": sum(r["spent"] for r in budget_rows),
        "satisfaction": NOT_SURVEYED,
    }
    return FunderReport(
        layout.get("title", "Rendicontazione"),
        name or "Tutti i programmi",
        start,
        end,
        summary,
        {"activities": activities.rows, "budgets": budget_rows},
        layout,
    )
