"""The other benefits an employer gives, as payroll states them: they fill the same
fringe-benefit threshold as the desk's vouchers, and crossing it taxes the whole amount,
so the meter must see them. Typed at the desk, or given on the command line."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from welfare_desk.catalogue import queries
from welfare_desk.domain.fringe import BENEFIT_LABELS, BenefitKind
from welfare_desk.domain.health_funds import contribution_note
from welfare_desk.domain.money import MAX_EUROS
from welfare_desk.domain.text import check_text
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import health_contribution_cap
from welfare_desk.store.errors import NotFound
from welfare_desk.store.models import OtherBenefit, Worker
from welfare_desk.store.uow import UnitOfWork


@dataclass(frozen=True)
class BenefitInput:
    worker_id: uuid.UUID
    year: int
    kind: BenefitKind
    amount_cents: int
    description: str | None = None


@dataclass(frozen=True, slots=True)
class BenefitView:
    id: uuid.UUID
    version: int
    year: int
    kind: str
    label: str
    amount_cents: int
    description: str | None


def _view(row: OtherBenefit) -> BenefitView:
    kind = BenefitKind(row.kind)
    return BenefitView(
        row.id,
        row.version,
        row.year,
        kind.value,
        BENEFIT_LABELS[kind],
        row.amount_cents,
        row.description,
    )


def record_benefit(uow: UnitOfWork, data: BenefitInput) -> BenefitView:
    if uow.get(Worker, data.worker_id) is None:
        raise NotFound("Il lavoratore non è più in archivio.")
    if not 2000 <= data.year <= 2100:
        raise InvalidInput(f"L'anno {data.year} non è un periodo d'imposta plausibile.")
    if not 0 < data.amount_cents <= MAX_EUROS * 100:
        raise InvalidInput("Indica l'importo del beneficio, maggiore di zero.")
    problems = check_text(data.description, "description", "Descrizione", 200)
    if problems:
        raise InvalidInput(problems[0].message)
    row = OtherBenefit(
        worker_id=data.worker_id,
        year=data.year,
        kind=data.kind.value,
        amount_cents=data.amount_cents,
        description=(data.description or "").strip() or None,
    )
    uow.add(row)
    uow.flush()
    view = _view(row)
    uow.commit()
    return view


def remove_benefit(uow: UnitOfWork, benefit_id: uuid.UUID, version: int) -> None:
    """Removes a benefit typed by mistake; the journal keeps what it held."""
    row = uow.load(
        OtherBenefit,
        benefit_id,
        version,
        missing="Il beneficio non è più in archivio.",
        changed="Il beneficio è stato modificato da un'altra postazione: ricarica, poi riprova.",
    )
    uow.delete(row)
    uow.flush()
    uow.commit()


def benefits_of(uow: UnitOfWork, worker_id: uuid.UUID) -> list[BenefitView]:
    return [_view(row) for row in queries.other_benefits(uow, worker_id)]


def health_contribution_notes(uow: UnitOfWork, worker_id: uuid.UUID) -> list[str]:
    """Each year's health-fund contributions against their own cap, latest year first."""
    paid: dict[int, int] = {}
    for row in queries.other_benefits(uow, worker_id):
        if row.kind == BenefitKind.HEALTH_FUND.value:
            paid[row.year] = paid.get(row.year, 0) + row.amount_cents
    cap = health_contribution_cap()
    return [contribution_note(year, paid[year], cap) for year in sorted(paid, reverse=True)]
