"""Enrollments: every allowed and refused move, and completion at 80% attendance."""

from __future__ import annotations

import itertools

import pytest

from welfare_desk.domain.enrollments import (
    HOLDS_PLACE,
    EnrollmentStatus,
    check_transition,
    completed,
)
from welfare_desk.domain.problems import DomainError

ALLOWED = {
    ("requested", "confirmed"),
    ("requested", "waitlisted"),
    ("requested", "cancelled"),
    ("waitlisted", "confirmed"),
    ("waitlisted", "cancelled"),
    ("confirmed", "attended"),
    ("confirmed", "cancelled"),
    # made offline: the hub gives the place; the desk may only cancel it meanwhile
    ("pending", "cancelled"),
}


@pytest.mark.parametrize(
    ("current", "wanted"), list(itertools.product(EnrollmentStatus, EnrollmentStatus))
)
def test_each_move_is_allowed_or_refused_with_a_reason(current: str, wanted: str) -> None:
    if (current, wanted) in ALLOWED:
        check_transition(EnrollmentStatus(current), EnrollmentStatus(wanted))
        return
    with pytest.raises(DomainError) as refused:
        check_transition(EnrollmentStatus(current), EnrollmentStatus(wanted))
    assert refused.value.message.startswith(("L'iscrizione è già", "Un'iscrizione"))


def test_a_waitlisted_enrollment_holds_no_place() -> None:
    assert EnrollmentStatus.WAITLISTED not in HOLDS_PLACE
    assert EnrollmentStatus.CANCELLED not in HOLDS_PLACE


@pytest.mark.parametrize(
    ("present", "sessions", "done"),
    [(8, 10, True), (7, 10, False), (4, 5, True), (3, 5, False), (10, 10, True), (0, 0, True)],
)
def test_at_least_80_percent_of_sessions_completes(present: int, sessions: int, done: bool) -> None:
    assert completed(present, sessions) is done
