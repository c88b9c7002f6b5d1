"""Demo contacts, needs and cases: most workers seen once or twice, a few followed for months."""

from __future__ import annotations

import itertools
import random
import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from welfare_desk.clock import stamp_of
from welfare_desk.domain.cases import (
    ActionStatus,
    ActionType,
    CaseStatus,
    ClosingReason,
    GoalOutcome,
    Responsible,
    case_number,
)
from welfare_desk.domain.needs import Channel, NeedStatus, Urgency
from welfare_desk.reference import need_taxonomy
from welfare_desk.store.ids import new_id

SEEN_ONCE_OR_TWICE = 0.35
FOLLOWED = 0.08  # of those seen: a case (percorso)
# The programme at its stated proportions (`demo --full`, PRODUCT.md): about ten contacts
# and two paths a worker over three years, the older paths closed.
FULL_YEARS = 3
FULL_VISITS = (2, 19)  # contacts a worker: from 2 to 18, ten on average
FULL_CASES = (0, 1, 2, 2, 3, 4)  # paths a worker: two on average
STILL_OPEN_DAYS = 120  # a path opened earlier is closed: about 8,000 open at 50,000 workers
# Assessments as operators write them: short, factual, no diagnoses (those stay in the notes).
SITUATIONS = (
    "Nucleo monoreddito, turni su tre fasce: difficile conciliare gli orari del nido.",
    "Genitore solo con due figli in età scolare; rete familiare lontana.",
    "Si occupa della madre anziana non autosufficiente; orari rigidi in reparto.",
    "Rate del mutuo in aumento, spese scolastiche impreviste a settembre.",
    "Figlio con certificazione DSA: servono supporto ai compiti e contatti con la scuola.",
    "Rientro dalla maternità a gennaio; chiede flessibilità in entrata.",
)
RESOURCES = (
    "Nonni disponibili il sabato; buona conoscenza dei servizi del comune.",
    "Motivazione alta; il partner lavora su turni opposti.",
    "Rete di vicinato; l'azienda ha un accordo con una cooperativa del territorio.",
    "Piano welfare aziendale ancora da utilizzare per quest'anno.",
)

GOAL_TITLES = {
    "childcare": "Trovare un servizio per i figli compatibile con l'orario",
    "care": "Organizzare l'assistenza al familiare",
    "health": "Usare il fondo sanitario per le spese della famiglia",
    "time": "Conciliare l'orario di lavoro con la famiglia",
    "money": "Rimettere in ordine il bilancio familiare",
    "school": "Sostenere il percorso scolastico del figlio",
    "mobility": "Ridurre il tempo degli spostamenti",
    "housing": "Trovare una soluzione abitativa",
    "psychological": "Ritrovare equilibrio e sostegno",
    "public_services": "Ottenere le prestazioni a cui la famiglia ha diritto",
    "inclusion": "Favorire l'inclusione al lavoro",
}
ACTION_FOR = {
    "childcare": (ActionType.REFERRAL, "Invio al servizio per l'infanzia"),
    "care": (ActionType.PUBLIC_SERVICE, "Orientamento ai servizi sociali del Comune"),
    "health": (ActionType.HEALTH_FUND_REQUEST, "Pratica con il fondo sanitario"),
    "time": (ActionType.SMART_WORKING_REQUEST, "Richiesta di lavoro agile"),
    "money": (ActionType.COURSE, "Corso di educazione finanziaria"),
}
CHANNELS = list(Channel)
URGENCIES = list(Urgency)


@dataclass
class DemoCases:
    # The clock's stamp when the demo is made: no record came to be after it.
    now: datetime
    contacts: list[dict[str, Any]] = field(default_factory=list)
    needs: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    goals: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    counters: Counter[tuple[str, int]] = field(default_factory=Counter)
    # When each record came to be, so that timelines and histories read as lived.
    created: dict[uuid.UUID, datetime] = field(default_factory=dict)

    def when(self, row: Mapping[str, Any]) -> datetime:
        return self.created[row["id"]]


def _stamp(local: datetime, today: date, now: datetime) -> datetime:
    """A Rome wall time as the journal keeps it (naive UTC), never in the future."""
    if local.date() > today:
        local = datetime.combine(today, time(8))
    return min(stamp_of(local), now)


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randrange(9, 18), rng.choice((0, 15, 30, 45))))


def for_workers(
    workers: list[dict[str, Any]],
    points: dict[uuid.UUID, str],
    operators: list[uuid.UUID],
    rng: random.Random,
    today: date,
    out: DemoCases,
    full: bool = False,
) -> None:
    if full:
        for worker in workers:
            _lived(worker, points, operators, rng, today, out)
        return
    for worker in workers:
        if rng.random() >= SEEN_ONCE_OR_TWICE:
            continue
        followed = rng.random() < FOLLOWED
        visits = rng.randrange(3, 9) if followed else rng.choice((1, 1, 1, 2))
        first = today - timedelta(days=rng.randrange(30 if followed else 1, 420))
        days = sorted(
            first + timedelta(days=rng.randrange(0, max(1, (today - first).days)))
            for _ in range(visits - 1)
        )
        worker_needs: list[dict[str, Any]] = []
        operator = rng.choice(operators)
        for index, day in enumerate([first, *days]):
            contact_id = _contact(worker, day, operator, rng, today, out)
            if index == 0 or rng.random() < 0.3:
                worker_needs += _needs(worker, contact_id, day, rng, out)
        if not followed:
            for need in worker_needs:
                need["status"] = rng.choices(list(NeedStatus), weights=(35, 10, 40, 10, 5))[0].value
            continue
        _case(worker, worker_needs, first, points, operator, rng, today, out)


def _contact(
    worker: dict[str, Any],
    day: date,
    operator: uuid.UUID,
    rng: random.Random,
    today: date,
    out: DemoCases,
) -> uuid.UUID:
    contact_id = new_id()
    contact_at = _at(day, rng)
    out.created[contact_id] = _stamp(contact_at, today, out.now)
    out.contacts.append(
        {
            "id": contact_id,
            "worker_id": worker["id"],
            "at": contact_at,
            "duration_minutes": rng.choice((15, 20, 30, 45, 60)),
            "channel": rng.choices(CHANNELS, weights=(50, 25, 15, 5, 5))[0].value,
            "social_point_id": worker["social_point_id"],
            "operator_id": operator,
            "notes": None,
        }
    )
    return contact_id


def _needs(
    worker: dict[str, Any],
    contact_id: uuid.UUID,
    day: date,
    rng: random.Random,
    out: DemoCases,
) -> list[dict[str, Any]]:
    """The needs raised at a contact: one to three, open until a path takes them."""
    made = []
    for kind in rng.sample(need_taxonomy().kinds, rng.choice((1, 1, 2, 3))):
        need = {
            "id": new_id(),
            "worker_id": worker["id"],
            "contact_id": contact_id,
            "kind": kind.code,
            "raised_on": day,
            "urgency": rng.choices(URGENCIES, weights=(30, 50, 20))[0].value,
            "status": NeedStatus.OPEN.value,
            "note": None,
            "case_id": None,
        }
        made.append(need)
        out.needs.append(need)
        out.created[need["id"]] = out.created[contact_id]
    return made


def _lived(
    worker: dict[str, Any],
    points: dict[uuid.UUID, str],
    operators: list[uuid.UUID],
    rng: random.Random,
    today: date,
    out: DemoCases,
) -> None:
    """Three years of a worker at the programme's full pace: contacts spread over them,
    some raising needs, a path opened at some of them and closed if it is old."""
    span = FULL_YEARS * 365
    days = sorted(  # up to yesterday: a contact today could be later than now
        today - timedelta(days=rng.randrange(1, span + 1))
        for _ in range(rng.randrange(*FULL_VISITS))
    )
    operator = rng.choice(operators)
    opening = sorted(rng.sample(range(len(days)), min(len(days), rng.choice(FULL_CASES))))
    # one path at a time, as the desk allows: each closes by the day the next one opens
    next_opened = {index: days[after] for index, after in itertools.pairwise(opening)}
    for index, day in enumerate(days):
        contact_id = _contact(worker, day, operator, rng, today, out)
        if index not in opening and rng.random() >= 0.15:
            continue
        needs = _needs(worker, contact_id, day, rng, out)
        if index not in opening:
            for need in needs:
                need["status"] = rng.choices(list(NeedStatus), weights=(35, 10, 40, 10, 5))[0].value
            continue
        recent = (today - day).days < STILL_OPEN_DAYS and index not in next_opened
        status = (
            rng.choices(list(CaseStatus), weights=(10, 15, 30, 20, 25))[0]
            if recent
            else (CaseStatus.CLOSED)
        )
        _case(worker, needs, day, points, operator, rng, today, out, status, next_opened.get(index))


def _closing_day(opened: date, today: date, rng: random.Random) -> date:
    """Closed after a month at least, when there was one, on any day since: the past
    quarters have their closed paths too."""
    span = max(0, (today - opened).days)
    return opened + timedelta(days=rng.randrange(min(span, 30), span + 1))


def _case(
    worker: dict[str, Any],
    needs: list[dict[str, Any]],
    opened: date,
    points: dict[uuid.UUID, str],
    operator: uuid.UUID,
    rng: random.Random,
    today: date,
    out: DemoCases,
    status: CaseStatus | None = None,
    closing_by: date | None = None,
) -> None:
    status = status or rng.choices(list(CaseStatus), weights=(10, 15, 30, 20, 25))[0]
    point = points.get(worker["social_point_id"], "WD")
    out.counters[(point, opened.year)] += 1
    case_id = new_id()
    closed = status is CaseStatus.CLOSED
    case_at = _stamp(datetime.combine(opened, time(17, 30)), today, out.now)
    closed_on = _closing_day(opened, closing_by or today, rng) if closed else None
    # a path's goals are set within its life: by the evening it closed, if it did
    last_goal = _stamp(datetime.combine(closed_on or today, time(18)), today, out.now)
    out.created[case_id] = case_at
    out.cases.append(
        {
            "id": case_id,
            "number": case_number(point, opened.year, out.counters[(point, opened.year)]),
            "worker_id": worker["id"],
            "owner_id": operator,
            "social_point_id": worker["social_point_id"],
            "status": status.value,
            "opened_on": opened,
            "closed_on": closed_on,
            "closing_reason": rng.choice(list(ClosingReason)).value if closed else None,
            "situation": None if status is CaseStatus.OPEN else rng.choice(SITUATIONS),
            "resources": None if status is CaseStatus.OPEN else rng.choice(RESOURCES),
            "next_review": None if closed else today + timedelta(days=rng.randrange(-10, 45)),
        }
    )
    if status is CaseStatus.OPEN:
        return
    for need in needs[:3]:
        need["case_id"] = case_id
        need["status"] = (
            NeedStatus.IN_PROGRESS.value
            if not closed
            else rng.choice((NeedStatus.MET.value, NeedStatus.NOT_MET.value))
        )
        category = need["kind"].split(".")[0]
        goal_id = new_id()
        goal_at = min(
            _stamp(case_at + timedelta(days=7 + len(out.goals) % 7), today, out.now), last_goal
        )
        out.created[goal_id] = goal_at
        out.goals.append(
            {
                "id": goal_id,
                "case_id": case_id,
                "need_id": need["id"],
                "title": GOAL_TITLES[category],
                "target_date": opened + timedelta(days=rng.randrange(30, 180)),
                "outcome": rng.choice(list(GoalOutcome)).value if closed else None,
            }
        )
        kind, title = ACTION_FOR.get(category, (ActionType.MEETING, "Colloquio di verifica"))
        for step in range(rng.randrange(1, 4)):
            due = today + timedelta(days=rng.randrange(-20, 40))
            done = closed or due < today - timedelta(days=5) or rng.random() < 0.3
            action_id = new_id()
            out.created[action_id] = _stamp(goal_at + timedelta(days=14 * step), today, out.now)
            out.actions.append(
                {
                    "id": action_id,
                    "goal_id": goal_id,
                    "kind": (kind if step == 0 else ActionType.MEETING).value,
                    "title": title if step == 0 else "Colloquio di verifica",
                    "responsible": rng.choice(list(Responsible)).value,
                    "due_date": due,
                    "status": (ActionStatus.DONE if done else ActionStatus.PLANNED).value,
                }
            )
