"""Enrollments in an edition: a place held, a waitlist, attendance that completes.

requested → confirmed / waitlisted / cancelled; waitlisted → confirmed (promoted) /
cancelled; confirmed → attended / cancelled. A requested, confirmed or attended
enrollment holds a place; a waitlisted one waits for one.
"""

from __future__ import annotations

from enum import StrEnum

from welfare_desk.domain.problems import DomainError

COMPLETION_SHARE = 0.8  # "almeno l'80% delle presenze" counts as completed


class EnrollmentStatus(StrEnum):
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    ATTENDED = "attended"
    CANCELLED = "cancelled"
    # made on a desk's replica: the programme's hub gives the place, or the waiting list,
    # when it arrives there (#20), so that two desks offline never overbook an edition
    PENDING = "pending"


STATUS_LABELS = {
    EnrollmentStatus.REQUESTED: "richiesta",
    EnrollmentStatus.CONFIRMED: "confermata",
    EnrollmentStatus.WAITLISTED: "in lista d'attesa",
    EnrollmentStatus.ATTENDED: "frequentata",
    EnrollmentStatus.CANCELLED: "annullata",
    EnrollmentStatus.PENDING: "in attesa di conferma",
}

TRANSITIONS: dict[EnrollmentStatus, frozenset[EnrollmentStatus]] = {
    EnrollmentStatus.REQUESTED: frozenset(
        {EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED, EnrollmentStatus.CANCELLED}
    ),
    EnrollmentStatus.WAITLISTED: frozenset(
        {EnrollmentStatus.CONFIRMED, EnrollmentStatus.CANCELLED}
    ),
    EnrollmentStatus.CONFIRMED: frozenset({EnrollmentStatus.ATTENDED, EnrollmentStatus.CANCELLED}),
    EnrollmentStatus.ATTENDED: frozenset(),
    EnrollmentStatus.CANCELLED: frozenset(),
    EnrollmentStatus.PENDING: frozenset({EnrollmentStatus.CANCELLED}),
}

HOLDS_PLACE = frozenset(
    {EnrollmentStatus.REQUESTED, EnrollmentStatus.CONFIRMED, EnrollmentStatus.ATTENDED}
)
ACTIVE = HOLDS_PLACE | {EnrollmentStatus.WAITLISTED, EnrollmentStatus.PENDING}


def check_transition(current: EnrollmentStatus, wanted: EnrollmentStatus) -> None:
    if wanted in TRANSITIONS[current]:
        return
    if current in (EnrollmentStatus.ATTENDED, EnrollmentStatus.CANCELLED):
        raise DomainError(
            "enrollment_final",
            f"L'iscrizione è già {STATUS_LABELS[current]}: non si può più cambiare. "
            "Se serve, fai una nuova iscrizione.",
        )
    raise DomainError(
        "enrollment_transition",
        f"Un'iscrizione {STATUS_LABELS[current]} non può passare a «{STATUS_LABELS[wanted]}».",
    )


def completed(present: int, sessions: int) -> bool:
    """At least 80% of the sessions attended. An edition without a register of meetings
    (a school-year service, a purchase card) is completed on the operator's word."""
    if sessions <= 0:
        return True
    return present * 10 >= sessions * int(COMPLETION_SHARE * 10)
