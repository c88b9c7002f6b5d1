"""A worker's path summary, as printed for them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from welfare_desk.views.handout import ProviderContact


@dataclass(frozen=True, slots=True)
class GoalLine:
    title: str
    target_date: date | None
    state: str  # "in corso", "raggiunto"…


@dataclass(frozen=True, slots=True)
class StepLine:
    title: str
    due_date: date | None
    who: str  # "tu", "il welfare manager", "il servizio"


@dataclass(frozen=True, slots=True)
class ServiceLine:
    service: str
    edition: str | None
    starts_on: date | None
    ends_on: date | None
    person: str  # "te" or the family member's first name
    state: str  # "iscrizione confermata", "voucher n. … da 120,00 €"…
    provider: ProviderContact
    where: str | None
    link: str  # what the QR code holds


@dataclass(frozen=True, slots=True)
class DeskContact:
    """Where the worker finds their welfare manager again."""

    manager: str | None
    social_point: str | None
    address: str | None
    opening_hours: str | None


@dataclass(frozen=True)
class PathSummary:
    worker_id: uuid.UUID
    worker: str  # "Maria Rossi"
    employer: str
    printed_on: date
    case_number: str | None
    case_state: str | None  # "in corso", "concluso il 30/11/2026"
    goals: tuple[GoalLine, ...]
    next_steps: tuple[StepLine, ...]
    next_review: date | None
    services: tuple[ServiceLine, ...]
    desk: DeskContact
