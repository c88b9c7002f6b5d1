"""The waiting list of an edition: who moves up when a place frees or places are added.

Called with the edition's row already locked, inside the caller's transaction.
"""

from __future__ import annotations

from welfare_desk.catalogue import queries
from welfare_desk.domain.enrollments import EnrollmentStatus
from welfare_desk.store.models import Edition, Enrollment
from welfare_desk.store.uow import UnitOfWork


def promote_waiting(uow: UnitOfWork, edition: Edition) -> list[Enrollment]:
    """First come, first served, while places last."""
    promoted: list[Enrollment] = []
    while edition.taken < edition.capacity and edition.waiting > 0:
        first = queries.first_waiting(uow, edition.id)
        if first is None:  # the counters had drifted: trust the enrollments
            edition.waiting = 0
            break
        first.status = EnrollmentStatus.CONFIRMED.value
        edition.waiting -= 1
        edition.taken += 1
        uow.flush()
        promoted.append(first)
    return promoted
