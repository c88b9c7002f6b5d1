"""Both kinds of request together, as the command line and a worker's story list them:
one place that knows which statuses belong to which kind."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from welfare_desk.domain.health_funds import HfStatus
from welfare_desk.domain.smart_working import SwStatus
from welfare_desk.errors import InvalidInput
from welfare_desk.requests import health_funds, smart_working
from welfare_desk.requests.health_funds import HfView
from welfare_desk.requests.smart_working import SwView
from welfare_desk.store.uow import UnitOfWork

KINDS = ("health", "smartworking")


@dataclass(frozen=True, slots=True)
class Requests:
    smart_working: list[SwView]
    health: list[HfView]


def requests_of(
    uow: UnitOfWork,
    kind: str | None = None,
    status: str | None = None,
    worker_id: uuid.UUID | None = None,
) -> Requests:
    """The requests of one kind or both, in a status or any, of one worker or everyone,
    each kind by number. A status names the kinds it belongs to ("draft" both)."""
    uow.require_people()  # names, and the reasons of a priority: health, disability
    health_statuses = {s.value for s in HfStatus}
    sw_statuses = {s.value for s in SwStatus}
    if kind is not None and kind not in KINDS:
        raise InvalidInput(f"Il tipo «{kind}» non esiste: i tipi sono {', '.join(KINDS)}.")
    if status and status not in health_statuses | sw_statuses:
        raise InvalidInput(
            f"Lo stato «{status}» non esiste: gli stati sono "
            + ", ".join(sorted(health_statuses | sw_statuses))
        )
    health: list[HfView] = []
    smart: list[SwView] = []
    if kind in (None, "health") and (not status or status in health_statuses):
        wanted = HfStatus(status) if status else None
        health = health_funds.all_requests(uow, wanted, worker_id)
    if kind in (None, "smartworking") and (not status or status in sw_statuses):
        wanted_sw = SwStatus(status) if status else None
        smart = smart_working.all_requests(uow, wanted_sw, worker_id)
    seen = uow.visible_workers([r.worker_id for r in smart] + [r.worker_id for r in health])
    return Requests(
        [r for r in smart if r.worker_id in seen], [r for r in health if r.worker_id in seen]
    )
