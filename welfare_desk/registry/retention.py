"""Retention (art. 5 par. 1 lett. e GDPR): each kind of record is kept for the period
db/reference/retention.json gives, with its reason; a purge removes what ran past it.
The dry run lists what would go and changes nothing; the purge itself needs a reason,
empties the history's copies of what it removes and is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from welfare_desk.domain.access import Role
from welfare_desk.domain.subject_rights import add_months
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import retention_rules
from welfare_desk.registry import queries
from welfare_desk.registry.subject_access import SECTION_LABELS
from welfare_desk.store.errors import NotAllowed
from welfare_desk.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class PurgeLine:
    record: str
    label: str
    years: int
    runs_from: str  # the day the period runs from, as the reference data says it
    reason: str
    cutoff: date  # records whose day is before it ran past their period
    count: int
    oldest: date | None


def _allowed(uow: UnitOfWork) -> None:
    if uow.role is not None and uow.role != Role.ADMINISTRATOR.value:
        raise NotAllowed(
            "La conservazione dei dati e la loro eliminazione alla scadenza sono compiti "
            "dell'amministratore del programma."
        )


def _day(value: Any) -> date | None:
    if value is None:
        return None
    return value.date() if hasattr(value, "date") else value  # type: ignore[no-any-return]


def purge_plan(uow: UnitOfWork) -> list[PurgeLine]:
    """What a purge would remove today, kind by kind; nothing is changed."""
    _allowed(uow)
    today = uow.clock.today()
    lines = []
    for period in retention_rules()["periods"]:
        record, years = period["record"], int(period["years"])
        cutoff = add_months(today, -12 * years)
        count, oldest = queries.expired_summary(uow, record, cutoff)
        lines.append(
            PurgeLine(
                record,
                SECTION_LABELS.get(record, record),
                years,
                period["from"],
                period["reason"],
                cutoff,
                count,
                _day(oldest) if count else None,
            )
        )
    return lines


def purge(uow: UnitOfWork, reason: str) -> list[PurgeLine]:
    """Removes what ran past its period, in one transaction."""
    why = " ".join(reason.split())
    if not why:
        raise InvalidInput(
            "Scrivi il motivo dell'eliminazione (ad esempio «revisione annuale della "
            "conservazione»)."
        )
    lines = purge_plan(uow)
    uow.forget_values()
    removed: list[Any] = []
    for line in lines:
        if not line.count:
            continue
        for group in queries.expired_records(uow, line.record, line.cutoff):
            for record in group:
                uow.delete(record)
            uow.flush()
            removed += [r.id for r in group]
    queries.empty_journal(uow, removed)
    detail = ", ".join(f"{line.label} {line.count}" for line in lines if line.count)
    uow.audit("purge", "retention", [None], f"eliminati: {detail or 'nulla'}"[:200], why[:300])
    uow.commit()
    return lines
