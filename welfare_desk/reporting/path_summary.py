"""The worker's path summary (il mio percorso): what is handed over at the end of a meeting.

Only what the worker needs to carry home: name, employer, social point, goals, next steps,
services with their contacts. Never the codice fiscale, health, disability, pregnancy or
the notes of the meetings: the sheet may be left on a desk or a kitchen table.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from welfare_desk.catalogue.handout import contact_link, place_of, provider_contacts
from welfare_desk.documents.path_pdf import NothingToPrint, PrintCancelled, Printed, write_paths
from welfare_desk.domain import codice_fiscale as cf
from welfare_desk.domain.cases import OUTCOME_LABELS, ActionStatus, CaseStatus, GoalOutcome
from welfare_desk.domain.cases import Responsible as R
from welfare_desk.domain.enrollments import EnrollmentStatus as E
from welfare_desk.domain.ledger import VoucherStatus
from welfare_desk.domain.money import format_euro
from welfare_desk.errors import Cancelled, InvalidInput
from welfare_desk.progress import TaskState
from welfare_desk.reporting.queries import path_summary as queries
from welfare_desk.store.errors import NotFound
from welfare_desk.store.models import (
    Case,
    Edition,
)
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.views.path import DeskContact, GoalLine, PathSummary, ServiceLine, StepLine

CHUNK = 200  # workers read together in a batch: a few queries per chunk, not per worker

WHO = {R.WORKER: "tu", R.OPERATOR: "il welfare manager", R.PROVIDER: "il servizio"}
ENROLLMENT_WORDS = {
    E.REQUESTED: "iscrizione richiesta",
    E.CONFIRMED: "iscrizione confermata",
    E.WAITLISTED: "in lista d'attesa",
    E.ATTENDED: "frequentato",
}


def _worker_id(uow: UnitOfWork, key: str | uuid.UUID) -> uuid.UUID:
    if isinstance(key, str):
        text = key.strip()
        try:
            key = uuid.UUID(text)
        except ValueError:
            code = cf.normalize(text)
            if not code:
                raise InvalidInput("Scrivi il codice fiscale del lavoratore.") from None
            invalid = cf.validate(code)
            if invalid:
                raise InvalidInput(invalid[0].message, tuple(invalid)) from None
            found = queries.worker_id_by_code(uow, code)
            if found is None:
                raise NotFound(
                    f"Nessun lavoratore con codice fiscale {code} in archivio."
                ) from None
            return found
    if not queries.worker_exists(uow, key):
        raise NotFound("Il lavoratore non è più in archivio: forse è stato eliminato.")
    return key


def path_summary(
    uow: UnitOfWork, codice_fiscale_or_worker_id: str | uuid.UUID, today: date
) -> PathSummary:
    """One worker's summary, by codice fiscale or id."""
    uow.require_people()
    worker_id = _worker_id(uow, codice_fiscale_or_worker_id)
    uow.require_visible(worker_id)
    return next(path_summaries(uow, [worker_id], today))


def path_summaries(
    uow: UnitOfWork, worker_ids: Sequence[uuid.UUID], today: date
) -> Iterator[PathSummary]:
    """Summaries in the order asked, read a chunk at a time; a worker erased meanwhile is
    left out rather than stopping a batch."""
    uow.require_people()
    seen = uow.visible_workers(worker_ids)  # a batch leaves out who is not assigned
    worker_ids = [w for w in worker_ids if w in seen]
    names = _Names(uow)
    for start in range(0, len(worker_ids), CHUNK):
        for summary in _chunk(uow, list(worker_ids[start : start + CHUNK]), today, names):
            uow.audit("print", "worker", [summary.worker_id], "riepilogo del percorso")
            yield summary


class _Names:
    """Organizations, social points and operators: a few dozen rows, read once."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.orgs, self.points, self.operators = queries.names(uow)


def _chosen_cases(uow: UnitOfWork, ids: list[uuid.UUID]) -> dict[uuid.UUID, Case]:
    """Each worker's open case, else the latest closed one."""
    chosen: dict[uuid.UUID, Case] = {}
    for case in queries.cases_of(uow, ids):
        current = chosen.get(case.worker_id)
        if current is None or (
            current.status == CaseStatus.CLOSED.value and case.status != CaseStatus.CLOSED.value
        ):
            chosen[case.worker_id] = case
    return chosen


def _plans(
    uow: UnitOfWork, cases: Iterable[Case], today: date
) -> tuple[dict[uuid.UUID, list[GoalLine]], dict[uuid.UUID, list[StepLine]]]:
    by_id = {c.id: c for c in cases}
    goals: dict[uuid.UUID, list[GoalLine]] = defaultdict(list)
    steps: dict[uuid.UUID, list[StepLine]] = defaultdict(list)
    if not by_id:
        return goals, steps
    goal_case: dict[uuid.UUID, uuid.UUID] = {}
    for g in queries.goals_of(uow, list(by_id)):
        goal_case[g.id] = g.case_id
        state = OUTCOME_LABELS[GoalOutcome(g.outcome)] if g.outcome else "in corso"
        goals[g.case_id].append(GoalLine(g.title, g.target_date, state))
    open_goals = [g for g, c in goal_case.items() if by_id[c].status != CaseStatus.CLOSED.value]
    if open_goals:
        for a in queries.actions_with_status(uow, open_goals, ActionStatus.PLANNED.value):
            steps[goal_case[a.goal_id]].append(StepLine(a.title, a.due_date, WHO[R(a.responsible)]))
    for found in steps.values():  # undated steps after the dated ones, on every dialect
        found.sort(key=lambda s: (s.due_date is None, s.due_date or today))
    return goals, steps


def _services(
    uow: UnitOfWork, ids: list[uuid.UUID], today: date
) -> dict[uuid.UUID, list[ServiceLine]]:
    """Enrollments still running and vouchers not yet used, with their providers."""
    rows: list[tuple[uuid.UUID, Any, Any, str | None, str, uuid.UUID | None]] = []
    vouchers: dict[uuid.UUID, str] = {}  # enrollment → voucher words, shown on one line
    taking_part = [s.value for s in ENROLLMENT_WORDS]
    for e, service, edition, member in queries.enrollments_running(uow, ids, taking_part, today):
        rows.append((e.worker_id, service, edition, member, ENROLLMENT_WORDS[E(e.status)], e.id))
    listed = {r[5] for r in rows}
    issued = VoucherStatus.ISSUED.value
    for v, service, paid_for, member in queries.vouchers_with_status(uow, ids, issued):
        if paid_for is not None and paid_for.ends_on < today:
            continue
        words = f"voucher n. {v.number} da {format_euro(v.value_cents)}"
        if v.enrollment_id is not None and v.enrollment_id in listed:
            vouchers[v.enrollment_id] = words
        else:
            rows.append((v.worker_id, service, paid_for, member, words, None))
    contacts = provider_contacts(uow, ((r[1].provider_id, r[1].agreement_id) for r in rows), today)
    found: dict[uuid.UUID, list[ServiceLine]] = defaultdict(list)
    for worker_id, service, edition, person, words, enrollment_id in rows:
        contact = contacts[(service.provider_id, service.agreement_id)]
        where = place_of(service.address, service.municipality)
        if enrollment_id in vouchers:
            words = f"{words}, {vouchers[enrollment_id]}"
        found[worker_id].append(
            ServiceLine(
                service=service.name,
                edition=edition.title if edition else None,
                starts_on=edition.starts_on if edition else None,
                ends_on=edition.ends_on if edition else None,
                person=person or "te",
                state=words,
                provider=contact,
                where=where,
                link=contact_link(contact, service.name, where),
            )
        )
    return found


def _last_operators(uow: UnitOfWork, ids: list[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """Who met each worker last: their welfare manager when no case names one."""
    last: dict[uuid.UUID, uuid.UUID] = {}
    for worker_id, operator_id in queries.operators_met(uow, ids):
        last.setdefault(worker_id, operator_id)
    return last


def _chunk(
    uow: UnitOfWork, ids: list[uuid.UUID], today: date, names: _Names
) -> Iterator[PathSummary]:
    workers = {w.id: w for w in queries.workers(uow, ids)}
    cases = _chosen_cases(uow, ids)
    goals, steps = _plans(uow, cases.values(), today)
    services = _services(uow, ids, today)
    unowned = [w for w in ids if w not in cases or cases[w].owner_id is None]
    last = _last_operators(uow, unowned) if unowned else {}
    for worker_id in ids:
        w = workers.get(worker_id)
        if w is None:
            continue
        case = cases.get(worker_id)
        owner = case.owner_id if case and case.owner_id else last.get(worker_id)
        point = names.points.get((case.social_point_id if case else None) or w.social_point_id)
        closed = case is not None and case.status == CaseStatus.CLOSED.value
        if case is None:
            state = None
        elif closed:
            state = f"concluso il {case.closed_on:%d/%m/%Y}" if case.closed_on else "concluso"
        else:
            state = "in corso"
        review = case.next_review if case and not closed else None
        yield PathSummary(
            worker_id=worker_id,
            worker=f"{w.name} {w.surname}",
            employer=names.orgs.get(w.organization_id, ""),
            printed_on=today,
            case_number=case.number if case else None,
            case_state=state,
            goals=tuple(goals.get(case.id, ())) if case else (),
            next_steps=tuple(steps.get(case.id, ())) if case else (),
            # A review date already past was not updated: better none than a wrong one.
            next_review=review if review and review >= today else None,
            services=tuple(services.get(worker_id, ())),
            desk=DeskContact(
                manager=names.operators.get(owner) if owner else None,
                social_point=point.name if point else None,
                address=place_of(point.address, point.municipality) if point else None,
                opening_hours=point.opening_hours if point else None,
            ),
        )


def seen_on(
    uow: UnitOfWork, day: date, social_point_id: uuid.UUID | None = None
) -> list[uuid.UUID]:
    """Workers with a contact on the day (at one social point, if given), by name."""
    start = datetime.combine(day, datetime.min.time())
    return queries.workers_met_on(uow, start, social_point_id)


def seen_at_event(uow: UnitOfWork, edition_id: uuid.UUID) -> list[uuid.UUID]:
    """Workers registered to an edition (a welfare day, a course), themselves or for a
    family member, by name; cancelled registrations are left out."""
    if uow.get(Edition, edition_id) is None:
        raise NotFound("L'evento non è più in archivio.")
    return queries.workers_registered(uow, edition_id, E.CANCELLED.value)


def print_paths(
    uow: UnitOfWork,
    worker_ids: Sequence[uuid.UUID],
    today: date,
    out: Path | BinaryIO,
    state: TaskState | None = None,
) -> Printed:
    """Many summaries in one PDF, with progress; cancelled, it leaves no file behind."""
    total = len(worker_ids)

    def progress(done: int) -> bool:
        if state is None:
            return True
        try:
            state.progress(done, total)
        except Cancelled:
            return False
        return True

    try:
        return write_paths(out, path_summaries(uow, worker_ids, today), progress)
    except PrintCancelled:
        raise Cancelled("Stampa annullata: non è stato salvato nessun file.") from None
    except NothingToPrint:
        raise InvalidInput(
            "Nessun lavoratore da stampare: scegli un altro giorno o un altro evento."
        ) from None
