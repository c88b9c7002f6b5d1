"""The case-management method as rules: a case's status workflow, goals, actions, closure.

open → assessment → plan active → monitoring → closed, with reopening. Every refusal
says, in Italian, why and what to do instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from welfare_desk.domain.problems import DomainError


class CaseStatus(StrEnum):
    OPEN = "open"
    ASSESSMENT = "assessment"
    PLAN_ACTIVE = "plan_active"
    MONITORING = "monitoring"
    CLOSED = "closed"


STATUS_LABELS = {
    CaseStatus.OPEN: "aperto",
    CaseStatus.ASSESSMENT: "in valutazione",
    CaseStatus.PLAN_ACTIVE: "piano attivo",
    CaseStatus.MONITORING: "in monitoraggio",
    CaseStatus.CLOSED: "chiuso",
}

# Forward through the method, one step back where practice needs it (a plan that does not
# work goes back to assessment; monitoring may show the plan must change), closing from
# any open stage (a worker may leave the company), reopening a closed case.
TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.OPEN: frozenset({CaseStatus.ASSESSMENT, CaseStatus.CLOSED}),
    CaseStatus.ASSESSMENT: frozenset({CaseStatus.PLAN_ACTIVE, CaseStatus.CLOSED}),
    CaseStatus.PLAN_ACTIVE: frozenset(
        {CaseStatus.MONITORING, CaseStatus.ASSESSMENT, CaseStatus.CLOSED}
    ),
    CaseStatus.MONITORING: frozenset({CaseStatus.PLAN_ACTIVE, CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset({CaseStatus.OPEN}),
}

_NEXT_STEP = {
    CaseStatus.OPEN: "avvia prima la valutazione",
    CaseStatus.ASSESSMENT: "completa prima la valutazione e attiva il piano",
    CaseStatus.PLAN_ACTIVE: "il piano è attivo: passa al monitoraggio o chiudi il percorso",
    CaseStatus.MONITORING: "riattiva il piano o chiudi il percorso",
    CaseStatus.CLOSED: "riapri prima il percorso",
}


class GoalOutcome(StrEnum):
    REACHED = "reached"
    PARTLY = "partly"
    NOT_REACHED = "not_reached"


class ActionType(StrEnum):
    MEETING = "meeting"
    REFERRAL = "referral"
    HEALTH_FUND_REQUEST = "health_fund_request"
    SMART_WORKING_REQUEST = "smart_working_request"
    COURSE = "course"
    PUBLIC_SERVICE = "public_service"
    OTHER = "other"


class Responsible(StrEnum):
    OPERATOR = "operator"
    WORKER = "worker"
    PROVIDER = "provider"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class ClosingReason(StrEnum):
    GOALS_MET = "goals_met"
    WORKER_WITHDREW = "worker_withdrew"
    LEFT_COMPANY = "left_company"
    REFERRED_ELSEWHERE = "referred_elsewhere"
    NO_CONTACT = "no_contact"
    OTHER = "other"


# The Italian words the office writes on paper and in the timeline.
OUTCOME_LABELS = {
    GoalOutcome.REACHED: "raggiunto",
    GoalOutcome.PARTLY: "raggiunto in parte",
    GoalOutcome.NOT_REACHED: "non raggiunto",
}
ACTION_TYPE_LABELS = {
    ActionType.MEETING: "colloquio",
    ActionType.REFERRAL: "invio a un servizio",
    ActionType.HEALTH_FUND_REQUEST: "richiesta al fondo sanitario",
    ActionType.SMART_WORKING_REQUEST: "richiesta di lavoro agile",
    ActionType.COURSE: "corso",
    ActionType.PUBLIC_SERVICE: "orientamento ai servizi pubblici",
    ActionType.OTHER: "altro",
}
RESPONSIBLE_LABELS = {
    Responsible.OPERATOR: "operatore",
    Responsible.WORKER: "lavoratore",
    Responsible.PROVIDER: "ente erogatore",
}
ACTION_STATUS_LABELS = {
    ActionStatus.PLANNED: "da fare",
    ActionStatus.DONE: "fatta",
    ActionStatus.CANCELLED: "annullata",
}
CLOSING_REASON_LABELS = {
    ClosingReason.GOALS_MET: "obiettivi raggiunti",
    ClosingReason.WORKER_WITHDREW: "rinuncia del lavoratore",
    ClosingReason.LEFT_COMPANY: "uscita dall'azienda",
    ClosingReason.REFERRED_ELSEWHERE: "inviato ad altro servizio",
    ClosingReason.NO_CONTACT: "nessun contatto",
    ClosingReason.OTHER: "altro",
}


@dataclass(frozen=True, slots=True)
class GoalAtClosure:
    title: str
    outcome: GoalOutcome | None


def check_transition(current: CaseStatus, wanted: CaseStatus) -> None:
    """Refuses a move the method does not allow, saying why and what to do instead."""
    if wanted == current:
        raise DomainError("case.same_status", f"Il percorso è già «{STATUS_LABELS[current]}».")
    if wanted not in TRANSITIONS[current]:
        raise DomainError(
            "case.transition",
            f"Un percorso «{STATUS_LABELS[current]}» non può passare a "
            f"«{STATUS_LABELS[wanted]}»: {_NEXT_STEP[current]}.",
        )


def check_closure(goals: Sequence[GoalAtClosure], reason: ClosingReason | None) -> None:
    """Closing asks for an outcome per goal and a closing reason."""
    if reason is None:
        raise DomainError("case.closing_reason", "Indica il motivo della chiusura.")
    missing = [g.title for g in goals if g.outcome is None]
    if missing:
        names = ", ".join(f"«{title}»" for title in missing)
        raise DomainError(
            "case.goal_outcome",
            f"Prima di chiudere indica l'esito di ogni obiettivo: manca per {names}.",
        )


def open_statuses() -> frozenset[CaseStatus]:
    """The statuses that count as an open case (at most one per worker)."""
    return frozenset(CaseStatus) - {CaseStatus.CLOSED}


def case_number(point_code: str, year: int, counter: int, mark: str = "") -> str:
    """The human-readable number, e.g. SP01-2026-0042: social point, year, progressive;
    `mark` "P" on a desk's replica, whose numbers the hub confirms (`domain.numbers`)."""
    return f"{point_code}-{year}-{mark}{counter:04d}"
