"""The employer's smart-working decision queue, for an HR analyst: who asked, for what,
and whether the law gives the request priority. The category is named only when it is
not special-category data: a child under 12 is, a disability, a caregiver's care or an
illness is not said, only that the law gives priority (the welfare manager checked it).
Every person listed is a look at their data: one audit row each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from welfare_desk.domain.access import Role, people_refusal
from welfare_desk.domain.smart_working import SW_STATUS_LABELS, Priority, SwStatus, priority_label
from welfare_desk.reference import smart_working_rules
from welfare_desk.requests import queries
from welfare_desk.requests.smart_working import PENDING, request_views
from welfare_desk.store.errors import NotAllowed
from welfare_desk.store.uow import UnitOfWork

# Categories whose ground is not health: the employer may read them.
NAMED = frozenset({Priority.PARENT_YOUNG_CHILD})
RESERVED = "priorità di legge (categoria riservata, verificata dallo sportello welfare)"


@dataclass(frozen=True, slots=True)
class DecisionRow:
    number: str
    person: str
    employer: str
    status_label: str
    days_per_week: int
    weekdays: tuple[int, ...]
    starts_on: date
    ends_on: date | None
    submitted_on: date | None
    priority: bool
    category: str  # what HR may read of the priority; "" without one


def _allowed(uow: UnitOfWork) -> None:
    if uow.role == Role.HR_ANALYST.value:
        return
    refusal = people_refusal(uow.role, uow.also_manager)
    if refusal is not None:
        raise NotAllowed(
            "La coda delle decisioni sul lavoro agile è dell'analista HR e del welfare manager."
        )


def decision_queue(uow: UnitOfWork) -> list[DecisionRow]:
    """Pending requests, those with a legal priority first, then by submission."""
    _allowed(uow)
    pending = queries.smart_working_with_status(uow, [s.value for s in PENDING])
    if uow.role == Role.HR_ANALYST.value:
        employers = uow.scope_organizations
        views = request_views(uow, pending)
        views = [v for v in views if not employers or v.employer_id in employers]
    else:
        seen = uow.visible_workers(r.worker_id for r in pending)
        views = request_views(uow, [r for r in pending if r.worker_id in seen])
    rules = smart_working_rules()
    names = queries.organization_names(uow, {v.employer_id for v in views})
    rows = []
    for view in sorted(views, key=lambda v: (not v.priority, v.submitted_on or date.max, v.number)):
        kinds = dict.fromkeys(p.priority for p in view.priorities)
        said = [priority_label(k, rules) for k in kinds if k in NAMED]
        if any(k not in NAMED for k in kinds):
            said.append(RESERVED)
        rows.append(
            DecisionRow(
                view.number,
                view.worker,
                names.get(view.employer_id, ""),
                SW_STATUS_LABELS[SwStatus(view.status)],
                view.days_per_week,
                view.weekdays,
                view.starts_on,
                view.ends_on,
                view.submitted_on,
                view.priority,
                "; ".join(said),
            )
        )
    uow.audit("view", "worker", [v.worker_id for v in views], "coda decisioni lavoro agile")
    return rows
