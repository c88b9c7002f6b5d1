"""What the desk shows about a worker's path: the case with its plan, its timeline, and
the worker's whole story (household, contacts, needs, cases) read in one go."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from welfare_desk.cases import queries
from welfare_desk.clock import stamp_of
from welfare_desk.domain.cases import (
    ACTION_STATUS_LABELS,
    CLOSING_REASON_LABELS,
    OUTCOME_LABELS,
    STATUS_LABELS,
    TRANSITIONS,
    ActionStatus,
    CaseStatus,
    ClosingReason,
    GoalOutcome,
)
from welfare_desk.domain.needs import CHANNEL_LABELS, NEED_STATUS_LABELS, Channel, NeedStatus
from welfare_desk.reference import need_taxonomy
from welfare_desk.registry.workers import WorkerDetail, get_worker_by_id
from welfare_desk.store.errors import NotFound
from welfare_desk.store.models import (
    Case,
    JournalEntry,
    Need,
    Worker,
)
from welfare_desk.store.uow import REASON_KEY, UnitOfWork


@dataclass(frozen=True, slots=True)
class NeedView:
    id: uuid.UUID
    version: int
    kind: str
    label: str  # "Cura di familiari anziani o disabili · Assistenza domiciliare"
    urgency: str
    status: str
    raised_on: date | None
    case_id: uuid.UUID | None
    note: str | None


@dataclass(frozen=True, slots=True)
class ContactView:
    id: uuid.UUID
    at: datetime
    channel: str
    duration_minutes: int
    social_point: str | None
    operator: str | None
    notes: str | None
    needs: tuple[str, ...]  # the labels of the needs raised
    version: int = 1


@dataclass(frozen=True, slots=True)
class ActionView:
    id: uuid.UUID
    version: int
    kind: str
    title: str
    responsible: str
    due_date: date | None
    status: str


@dataclass(frozen=True, slots=True)
class GoalView:
    id: uuid.UUID
    version: int
    title: str
    target_date: date | None
    outcome: str | None
    need: str | None
    actions: tuple[ActionView, ...]
    need_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class CaseSummary:
    id: uuid.UUID
    number: str
    status: str
    opened_on: date
    closed_on: date | None


@dataclass(frozen=True)
class CaseDetail:
    id: uuid.UUID
    version: int
    number: str
    status: str
    worker_id: uuid.UUID
    worker: str
    owner: str | None
    owner_id: uuid.UUID | None
    social_point: str | None
    opened_on: date
    closed_on: date | None
    closing_reason: str | None
    situation: str | None
    resources: str | None
    next_review: date | None
    needs: list[NeedView]  # every need of the worker; those with case_id == id are taken on
    goals: list[GoalView]

    @property
    def allowed(self) -> list[CaseStatus]:
        """Where the method lets the case go from here, in the method's order."""
        return [s for s in CaseStatus if s in TRANSITIONS[CaseStatus(self.status)]]

    @property
    def taken_on(self) -> list[NeedView]:
        return [n for n in self.needs if n.case_id == self.id]


@dataclass(frozen=True)
class WorkerStory:
    worker: WorkerDetail
    contacts: list[ContactView]  # newest first
    needs: list[NeedView]  # open and in progress first, then the rest, newest first
    case: CaseDetail | None  # the open case, else the latest closed one
    cases: list[CaseSummary]  # every case, newest first


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: datetime
    kind: str  # contact, case, goal, action, need
    text: str  # in Italian, for people
    who: str | None


def need_label(kind: str, short: bool = False) -> str:
    try:
        need = need_taxonomy().get(kind)
    except KeyError:  # a code retired from the reference data still reads as something
        return kind
    return need.label if short else f"{need.category_label} · {need.label}"


def _need_views(rows: list[Need]) -> list[NeedView]:
    views = [
        NeedView(
            n.id,
            n.version,
            n.kind,
            need_label(n.kind),
            n.urgency,
            n.status,
            n.raised_on,
            n.case_id,
            n.note,
        )
        for n in rows
    ]
    still_open = ("open", "in_progress")
    return sorted(
        views,
        key=lambda v: (v.status not in still_open, -(v.raised_on or date.min).toordinal()),
    )


def _names(uow: UnitOfWork) -> tuple[dict[uuid.UUID, str], dict[uuid.UUID, str]]:
    """Operators and social points by id: a few dozen rows, cheaper than joins per row."""
    return queries.operator_names(uow), queries.social_point_names(uow)


def _detail(
    uow: UnitOfWork,
    case: Case,
    worker_name: str,
    needs: list[NeedView],
    names: tuple[dict[uuid.UUID, str], dict[uuid.UUID, str]] | None = None,
) -> CaseDetail:
    goals = queries.goals_of(uow, case.id, ordered=True)
    actions: dict[uuid.UUID, list[ActionView]] = defaultdict(list)
    if goals:
        for a in queries.actions_of(uow, [g.id for g in goals]):
            actions[a.goal_id].append(
                ActionView(a.id, a.version, a.kind, a.title, a.responsible, a.due_date, a.status)
            )
    need_labels = {n.id: n.label for n in needs}
    operators, points = names or _names(uow)
    return CaseDetail(
        id=case.id,
        version=case.version,
        number=case.number,
        status=case.status,
        worker_id=case.worker_id,
        worker=worker_name,
        owner=operators.get(case.owner_id) if case.owner_id else None,
        owner_id=case.owner_id,
        social_point=points.get(case.social_point_id) if case.social_point_id else None,
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        closing_reason=case.closing_reason,
        situation=case.situation,
        resources=case.resources,
        next_review=case.next_review,
        needs=needs,
        goals=[
            GoalView(
                g.id,
                g.version,
                g.title,
                g.target_date,
                g.outcome,
                need_labels.get(g.need_id) if g.need_id else None,
                tuple(actions[g.id]),
                g.need_id,
            )
            for g in goals
        ],
    )


def case_by_id(uow: UnitOfWork, case_id: uuid.UUID) -> CaseDetail:
    uow.require_people()
    case = uow.get(Case, case_id)
    if case is None:
        raise NotFound("Il percorso non è più in archivio.")
    worker = uow.get(Worker, case.worker_id)
    if worker is not None:
        uow.require_person(worker.organization_id, worker.social_point_id)
    name = f"{worker.surname} {worker.name}" if worker else ""
    return _detail(uow, case, name, _need_views(queries.needs_of_worker(uow, case.worker_id)))


def worker_story(uow: UnitOfWork, worker_id: uuid.UUID, today: date | None = None) -> WorkerStory:
    """Everything needed to prepare a meeting, in a handful of indexed queries; the look
    is audited once, whoever asks (the desk, the command line)."""
    worker = get_worker_by_id(uow, worker_id, today)
    uow.audit("view", "worker", [worker_id], "scheda del lavoratore")
    rows = queries.needs_of_worker(uow, worker_id)
    needs = _need_views(rows)
    raised: dict[uuid.UUID, list[str]] = defaultdict(list)
    for need in rows:  # what each contact brought up, from the same rows
        if need.contact_id is not None:
            raised[need.contact_id].append(need_label(need.kind, short=True))
    names = _names(uow)
    operators, points = names
    contacts = [
        ContactView(
            c.id,
            c.at,
            c.channel,
            c.duration_minutes,
            points.get(c.social_point_id) if c.social_point_id else None,
            operators.get(c.operator_id) if c.operator_id else None,
            c.notes,
            tuple(raised.get(c.id, ())),
            c.version,
        )
        for c in queries.contacts_of(uow, worker_id)
    ]
    cases = queries.cases_of(uow, worker_id)
    current = next((c for c in cases if c.status != CaseStatus.CLOSED.value), None)
    if current is None and cases:
        current = cases[0]
    return WorkerStory(
        worker=worker,
        contacts=contacts,
        needs=needs,
        case=(
            _detail(uow, current, f"{worker.surname} {worker.name}", needs, names)
            if current
            else None
        ),
        cases=[CaseSummary(c.id, c.number, c.status, c.opened_on, c.closed_on) for c in cases],
    )


# The timeline says in words what changed; these are the fields worth a line.
_CASE_FIELDS = {
    "status": "stato",
    "situation": "situazione",
    "resources": "risorse",
    "next_review": "prossima verifica",
    "closing_reason": "motivo di chiusura",
    "owner_id": "referente",
}


def _when(value: object) -> str:
    if value is None or value == "":
        return "—"
    try:
        return f"{date.fromisoformat(str(value)):%d/%m/%Y}"
    except ValueError:
        return str(value)


def case_timeline(uow: UnitOfWork, case_id: uuid.UUID) -> list[TimelineEntry]:
    """Everything on the case in order: its changes from the journal (the case, its goals
    and actions, the needs it took on) and the worker's contacts while it was open."""
    uow.require_people()
    case = uow.get(Case, case_id)
    if case is None:
        raise NotFound("Il percorso non è più in archivio.")
    goals = {g.id: g.title for g in queries.goals_of(uow, case_id)}
    actions = (
        {a.id: a.title for a in queries.actions_of(uow, list(goals), ordered=False)}
        if goals
        else {}
    )
    worker_needs = queries.needs_of_worker(uow, case.worker_id)
    needs = {n.id: need_label(n.kind) for n in worker_needs}
    taken = {n.id for n in worker_needs if n.case_id == case_id}
    operators, _points = _names(uow)
    journal = queries.case_journal(uow, case_id, list(goals), list(actions), list(needs))
    # Contacts keep Rome wall time, the journal naive UTC: the timeline is in stamps.
    start = datetime.combine(case.opened_on, time.min)
    entries: list[TimelineEntry] = []
    for entry in journal:
        who = operators.get(entry.operator_id) if entry.operator_id else None
        if entry.entity == "need" and entry.at < stamp_of(start):  # before the case took it on
            continue
        text = _journal_text(entry, case.id, goals, actions, needs, taken, operators)
        if text:
            entries.append(TimelineEntry(entry.at, entry.entity, text, who))
    end = datetime.combine(case.closed_on, time.max) if case.closed_on else None
    for c in queries.contacts_of(uow, case.worker_id, since=start, until=end):
        minutes = f", {c.duration_minutes} min" if c.duration_minutes else ""
        entries.append(
            TimelineEntry(
                stamp_of(c.at),
                "contact",
                f"Colloquio ({_label(CHANNEL_LABELS, Channel, c.channel)}{minutes})",
                operators.get(c.operator_id) if c.operator_id else None,
            )
        )
    return sorted(entries, key=lambda e: e.at)


def _why(changes: Mapping[str, Any]) -> str:
    why = changes.get(REASON_KEY)
    return f" (motivo: {why})" if why else ""


def _journal_text(
    entry: JournalEntry,
    case_id: uuid.UUID,
    goals: dict[uuid.UUID, str],
    actions: dict[uuid.UUID, str],
    needs: dict[uuid.UUID, str],
    taken: set[uuid.UUID],
    operators: dict[uuid.UUID, str],
) -> str | None:
    changes = entry.changes
    if entry.entity == "case_file":
        if entry.action == "insert":
            return f"Percorso {changes.get('number', '')} aperto"
        parts: list[str] = []
        for key, label in _CASE_FIELDS.items():
            if key not in changes:
                continue
            old, new = changes[key]
            if key == "status":
                parts.append(
                    f"stato: {_label(STATUS_LABELS, CaseStatus, old)} → "
                    f"{_label(STATUS_LABELS, CaseStatus, new)}"
                )
            elif key in ("situation", "resources"):
                parts.append(f"{label} aggiornata" if key == "situation" else f"{label} aggiornate")
            elif key == "next_review":
                parts.append(f"{label}: {_when(old)} → {_when(new)}")
            elif key == "closing_reason":
                if new:
                    parts.append(f"{label}: {_label(CLOSING_REASON_LABELS, ClosingReason, new)}")
            elif key == "owner_id":
                owner = operators.get(uuid.UUID(str(new))) if new else None
                parts.append(f"{label}: {owner or '—'}")
        return "Percorso: " + "; ".join(parts) if parts else None
    if entry.entity == "goal":
        title = goals.get(entry.entity_id, changes.get("title", ""))
        if entry.action == "insert":
            return f"Obiettivo aggiunto: «{title}»"
        if entry.action == "delete":
            return f"Obiettivo eliminato: «{title}»{_why(changes)}"
        if "outcome" in changes:
            outcome = _label(OUTCOME_LABELS, GoalOutcome, changes["outcome"][1])
            return f"Obiettivo «{title}»: esito {outcome}"
        return f"Obiettivo «{title}» modificato"
    if entry.entity == "case_action":
        title = actions.get(entry.entity_id, changes.get("title", ""))
        if entry.action == "insert":
            return f"Azione pianificata: «{title}» entro {_when(changes.get('due_date'))}"
        if entry.action == "delete":
            return f"Azione eliminata: «{title}»{_why(changes)}"
        if "status" in changes:
            status = _label(ACTION_STATUS_LABELS, ActionStatus, changes["status"][1])
            return f"Azione «{title}»: {status}"
        return f"Azione «{title}» modificata"
    if entry.entity == "need":
        label = needs.get(entry.entity_id, "")
        if entry.action == "update" and "case_id" in changes:
            old, new = changes["case_id"]
            if new and uuid.UUID(str(new)) == case_id:
                return f"Bisogno preso in carico: {label}"
            if old and uuid.UUID(str(old)) == case_id:
                return f"Bisogno non più seguito dal percorso: {label}"
        if entry.action == "update" and "status" in changes and entry.entity_id in taken:
            status = _label(NEED_STATUS_LABELS, NeedStatus, changes["status"][1])
            return f"Bisogno {label}: {status}"
        return None
    return None


def _label(labels: Mapping[Any, str], enum: type[StrEnum], value: object) -> str:
    """A stored code in words; a code this version does not know reads as itself."""
    if value is None or value == "":
        return "—"
    try:
        return labels[enum(str(value))]
    except (KeyError, ValueError):
        return str(value)
