"""Enrollments: places held under a row lock, the waitlist, attendance.

Two desks enrolling the last place at once on PostgreSQL queue on the edition's row
lock: the first takes the place, the second finds it taken and waits in the list.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from welfare_desk.cases.plan_links import add_to_open_plan
from welfare_desk.catalogue import queries
from welfare_desk.catalogue.matching import household_of
from welfare_desk.catalogue.offer import PLACES_KEY, category_label
from welfare_desk.catalogue.waitlist import promote_waiting
from welfare_desk.domain.cases import ActionStatus, ActionType
from welfare_desk.domain.catalogue import Audience, EditionStatus
from welfare_desk.domain.categories import Category
from welfare_desk.domain.eligibility import (
    Person,
    Rules,
    household_exclusions,
    person_exclusions,
)
from welfare_desk.domain.enrollments import (
    ACTIVE,
    HOLDS_PLACE,
    STATUS_LABELS,
    EnrollmentStatus,
    check_transition,
    completed,
)
from welfare_desk.domain.ledger import VoucherStatus
from welfare_desk.domain.problems import DomainError
from welfare_desk.domain.search_text import fold
from welfare_desk.errors import InvalidInput
from welfare_desk.store.counters import provisional_mark, stamp
from welfare_desk.store.errors import NotFound
from welfare_desk.store.models import (
    Attendance,
    CaseAction,
    Edition,
    EditionSession,
    Enrollment,
    HouseholdMember,
    Service,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class EnrollmentView:
    id: uuid.UUID
    version: int
    edition_id: uuid.UUID
    worker_id: uuid.UUID
    member_id: uuid.UUID | None
    person: str
    status: str
    service_name: str
    edition_title: str
    starts_on: date
    ends_on: date
    present: int
    sessions: int
    action_id: uuid.UUID | None

    @property
    def completed(self) -> bool:
        return completed(self.present, self.sessions)


@dataclass(frozen=True, slots=True)
class Enrolled:
    enrollment: EnrollmentView
    action_id: uuid.UUID | None  # the plan's new action, when the worker has an open case
    message: str


GONE = "L'iscrizione non è più in archivio."
CHANGED = "L'iscrizione è stata modificata da un'altra postazione: ricarica, poi riprova."


def _locked_edition(uow: UnitOfWork, edition_id: uuid.UUID) -> Edition:
    edition = queries.locked_edition(uow, edition_id)
    if edition is None:
        raise NotFound("L'edizione non è più in archivio.")
    return edition


def _rules(uow: UnitOfWork, service: Service) -> Rules:
    employers = frozenset(service.employer_ids)
    names = queries.organization_names_of(uow, [uuid.UUID(e) for e in employers])
    return Rules(
        audience=Audience(service.audience),
        min_age=service.min_age,
        max_age=service.max_age,
        categories=frozenset(Category(c) for c in service.target_categories),
        employers=employers,
        employer_names=tuple(sorted(names)),
        municipalities=frozenset(fold(m) for m in service.municipalities),
        municipality_names=tuple(service.municipalities),
    )


def _person(uow: UnitOfWork, worker: Worker, member_id: uuid.UUID | None) -> tuple[str, str]:
    """The person's key for eligibility and their name for messages."""
    if member_id is None:
        return "worker", f"{worker.name} {worker.surname}"
    member = uow.get(HouseholdMember, member_id)
    if member is None or member.worker_id != worker.id:
        raise InvalidInput("Il familiare scelto non fa parte della famiglia del lavoratore.")
    return str(member.id), f"{member.name} {member.surname}"


def _add_to_plan(
    uow: UnitOfWork, worker_id: uuid.UUID, service: Service, edition: Edition, who: str
) -> uuid.UUID | None:
    """The enrollment as an action of the open case's plan."""
    return add_to_open_plan(
        uow,
        worker_id,
        service.category,
        category_label(service.category),
        edition.ends_on,
        ActionType.REFERRAL.value,
        f"Iscrizione di {who}: {service.name} – {edition.title}",
        edition.starts_on,
    )


def enroll(
    uow: UnitOfWork,
    edition_id: uuid.UUID,
    worker_id: uuid.UUID,
    member_id: uuid.UUID | None,
    today: date,
    wanted: EnrollmentStatus = EnrollmentStatus.CONFIRMED,
    add_to_plan: bool = True,
) -> Enrolled:
    """Enrolls the worker or a household member: confirmed (or requested) while places
    last, on the waitlist after. Refuses the ineligible with the reason, and the same
    person twice in one edition."""
    uow.require_people()
    edition = _locked_edition(uow, edition_id)
    service = uow.get(Service, edition.service_id)
    worker = uow.get(Worker, worker_id)
    if service is None or worker is None:
        raise NotFound("Il servizio o il lavoratore non sono più in archivio.")
    if EditionStatus(edition.status) is not EditionStatus.OPEN:
        raise InvalidInput(f"Le iscrizioni a «{edition.title}» sono chiuse.")
    if edition.ends_on < today:
        raise InvalidInput(
            f"L'edizione «{edition.title}» è terminata il {edition.ends_on:%d/%m/%Y}."
        )
    key, who = _person(uow, worker, member_id)
    household, _ = household_of(uow, worker_id)
    person: Person = next(p for p in household.people if p.key == key)
    rules = _rules(uow, service)
    refused = household_exclusions(rules, household, edition.starts_on) + person_exclusions(
        rules, person, edition.starts_on
    )
    if refused:
        raise InvalidInput(f"{who} non può essere iscritto/a: {'; '.join(refused)}.")
    twice = queries.active_enrollment_status(
        uow, edition_id, worker_id, member_id, [s.value for s in ACTIVE]
    )
    if twice:
        raise InvalidInput(
            f"{who} è già iscritto/a a «{edition.title}» "
            f"({STATUS_LABELS[EnrollmentStatus(twice)]})."
        )
    if provisional_mark(uow):  # a replica: the hub gives the place (`domain.enrollments`)
        status = EnrollmentStatus.PENDING
        message = (
            f"{who}: iscrizione a «{edition.title}» in attesa di conferma. Il posto, o la "
            "lista d'attesa, lo assegna l'archivio del programma alla prossima "
            "sincronizzazione."
        )
    elif edition.taken < edition.capacity and edition.waiting == 0:  # nobody jumps the queue
        status = wanted if wanted in HOLDS_PLACE else EnrollmentStatus.CONFIRMED
        edition.taken += 1
        message = f"{who}: iscrizione {STATUS_LABELS[status]} a «{edition.title}»."
    else:
        status = EnrollmentStatus.WAITLISTED
        edition.waiting += 1
        message = (
            f"Posti esauriti: {who} è in lista d'attesa per «{edition.title}» "
            f"(posizione {edition.waiting})."
        )
    action_id = _add_to_plan(uow, worker_id, service, edition, who) if add_to_plan else None
    enrollment = Enrollment(
        edition_id=edition_id,
        worker_id=worker_id,
        member_id=member_id,
        status=status.value,
        action_id=action_id,
    )
    uow.add(enrollment)
    stamp(uow, PLACES_KEY)
    uow.flush()
    view = _view(uow, enrollment)
    uow.commit()
    return Enrolled(view, action_id, message)


@dataclass(frozen=True)
class CancelledEnrollment:
    """What an undo needs right after a cancellation: the status it had, and the plan's
    action cancelled with it."""

    enrollment_id: uuid.UUID
    was: str
    action_id: uuid.UUID | None


@dataclass(frozen=True)
class CancelOutcome:
    promoted: EnrollmentView | None  # the first on the waiting list, now confirmed
    vouchers_left: list[str]  # numbers of vouchers still issued for the enrollment
    undo: CancelledEnrollment | None = None


def cancel(
    uow: UnitOfWork, enrollment_id: uuid.UUID, expected_version: int, reason: str | None = None
) -> CancelOutcome:
    """Cancels an enrollment: the place goes to the first on the waiting list, the plan's
    action for it is cancelled too; vouchers issued for it are named, not touched (the
    budget's money moves only when a person decides). The reason, when given, stays in
    the history."""
    uow.require_people()
    found = uow.load(Enrollment, enrollment_id, None, missing=GONE)
    edition = _locked_edition(uow, found.edition_id)  # places move under its lock
    found = uow.load(
        Enrollment, enrollment_id, expected_version, missing=GONE, changed=CHANGED, fresh=True
    )
    current = EnrollmentStatus(found.status)
    try:
        check_transition(current, EnrollmentStatus.CANCELLED)
    except DomainError as refused:
        raise InvalidInput(refused.message) from None
    found.status = EnrollmentStatus.CANCELLED.value
    uow.because(found, " ".join((reason or "").split())[:300])
    if current in HOLDS_PLACE:
        edition.taken -= 1
    elif current is EnrollmentStatus.WAITLISTED:
        edition.waiting -= 1
    uow.flush()
    # on a replica the place goes to the waiting list's first when the hub has the change
    promoted = [] if provisional_mark(uow) else promote_waiting(uow, edition)
    cancelled_action = None
    if found.action_id is not None:
        action = uow.get(CaseAction, found.action_id)
        if action is not None and action.status == ActionStatus.PLANNED.value:
            action.status = ActionStatus.CANCELLED.value
            cancelled_action = action.id
    vouchers = queries.voucher_numbers_for(uow, found.id, VoucherStatus.ISSUED.value)
    stamp(uow, PLACES_KEY)
    uow.flush()
    view = _view(uow, promoted[0]) if promoted else None
    uow.commit()
    return CancelOutcome(
        view, vouchers, CancelledEnrollment(found.id, current.value, cancelled_action)
    )


def undo_cancel(uow: UnitOfWork, undo: CancelledEnrollment) -> None:
    """A cancellation taken back right after: the enrollment as it was, while its place is
    still free (once the first on the waiting list has it, it is theirs)."""
    uow.require_people()
    found = uow.load(Enrollment, undo.enrollment_id, None, missing=GONE)
    edition = _locked_edition(uow, found.edition_id)
    found = uow.load(Enrollment, undo.enrollment_id, None, missing=GONE, fresh=True)
    if found.status != EnrollmentStatus.CANCELLED.value:
        raise InvalidInput("L'iscrizione non è più annullata: non c'è niente da ripristinare.")
    was = EnrollmentStatus(undo.was)
    if was in HOLDS_PLACE:
        if edition.taken >= edition.capacity:
            raise InvalidInput(
                "Il posto è già andato a chi era in lista d'attesa: una nuova iscrizione "
                "entra in lista d'attesa."
            )
        edition.taken += 1
    elif was is EnrollmentStatus.WAITLISTED:
        edition.waiting += 1
    found.status = was.value
    uow.because(found, "annullamento revocato")
    if undo.action_id is not None:
        action = uow.get(CaseAction, undo.action_id)
        if action is not None and action.status == ActionStatus.CANCELLED.value:
            action.status = ActionStatus.PLANNED.value
    stamp(uow, PLACES_KEY)
    uow.flush()
    uow.commit()


def record_attendance(
    uow: UnitOfWork, enrollment_id: uuid.UUID, session_id: uuid.UUID, present: bool
) -> None:
    uow.require_people()
    enrollment = uow.get(Enrollment, enrollment_id)
    session = uow.get(EditionSession, session_id)
    if enrollment is None or session is None or session.edition_id != enrollment.edition_id:
        raise NotFound("L'iscrizione o l'incontro non sono più in archivio.")
    if EnrollmentStatus(enrollment.status) not in HOLDS_PLACE:
        raise InvalidInput(
            "Le presenze si segnano per le iscrizioni confermate, non per quelle "
            f"{STATUS_LABELS[EnrollmentStatus(enrollment.status)]}."
        )
    row = queries.attendance_of(uow, enrollment_id, session_id)
    if row is None:
        uow.add(Attendance(enrollment_id=enrollment_id, session_id=session_id, present=present))
    else:
        row.present = present
    uow.flush()
    uow.commit()


def mark_attended(
    uow: UnitOfWork, enrollment_id: uuid.UUID, expected_version: int, today: date | None = None
) -> None:
    """Closes an enrollment as attended: at least 80% of the sessions, or it says why not;
    never before the edition has begun."""
    uow.require_people()
    enrollment = uow.load(Enrollment, enrollment_id, None, missing=GONE)
    edition = uow.get(Edition, enrollment.edition_id)
    today = today or uow.clock.today()
    if edition is not None and edition.starts_on > today:
        raise InvalidInput(
            f"L'edizione «{edition.title}» comincia il {edition.starts_on:%d/%m/%Y}: "
            "la frequenza si segna dopo."
        )
    uow.load(Enrollment, enrollment_id, expected_version, missing=GONE, changed=CHANGED)
    view = _view(uow, enrollment)
    try:
        check_transition(EnrollmentStatus(enrollment.status), EnrollmentStatus.ATTENDED)
    except DomainError as refused:
        raise InvalidInput(refused.message) from None
    if not view.completed:
        needed = -(-view.sessions * 8 // 10)
        raise InvalidInput(
            f"{view.person} ha frequentato {view.present} incontri su {view.sessions}: "
            f"per risultare frequentata l'iscrizione ne richiede almeno {needed} (80%)."
        )
    enrollment.status = EnrollmentStatus.ATTENDED.value
    uow.flush()
    uow.commit()


def _views(
    uow: UnitOfWork,
    enrollment_id: uuid.UUID | None = None,
    edition_id: uuid.UUID | None = None,
    worker_id: uuid.UUID | None = None,
) -> list[EnrollmentView]:
    rows = queries.enrollment_rows(uow, enrollment_id, edition_id, worker_id)
    return [
        EnrollmentView(
            e.id,
            e.version,
            e.edition_id,
            e.worker_id,
            e.member_id,
            f"{mn} {ms}" if mn else f"{wn} {ws}",
            e.status,
            service,
            title,
            starts,
            ends,
            n_present,
            n_sessions,
            e.action_id,
        )
        for e, wn, ws, mn, ms, service, title, starts, ends, n_present, n_sessions in rows
    ]


def _view(uow: UnitOfWork, enrollment: Enrollment) -> EnrollmentView:
    return _views(uow, enrollment_id=enrollment.id)[0]


def edition_enrollments(uow: UnitOfWork, edition_id: uuid.UUID) -> list[EnrollmentView]:
    uow.require_people()
    return _views(uow, edition_id=edition_id)


def worker_enrollments(uow: UnitOfWork, worker_id: uuid.UUID) -> list[EnrollmentView]:
    uow.require_people()
    return _views(uow, worker_id=worker_id)


def counts_by_status(uow: UnitOfWork) -> dict[str, int]:
    found = queries.enrollment_counts(uow)
    return {s.value: found.get(s.value, 0) for s in EnrollmentStatus}


@dataclass(frozen=True)
class AttendanceSheet:
    """An edition's register: its meetings, the people holding a place, who came."""

    sessions: list[tuple[uuid.UUID, date]]
    people: list[EnrollmentView]
    present: set[tuple[uuid.UUID, uuid.UUID]]  # (enrollment, session)


def attendance_sheet(uow: UnitOfWork, edition_id: uuid.UUID) -> AttendanceSheet:
    uow.require_people()
    sessions = queries.meetings_by_day(uow, edition_id)
    people = [
        e for e in edition_enrollments(uow, edition_id) if EnrollmentStatus(e.status) in HOLDS_PLACE
    ]
    present = queries.presences_in_edition(uow, edition_id)
    return AttendanceSheet(sessions, people, present)


def save_attendance(
    uow: UnitOfWork,
    edition_id: uuid.UUID,
    marks: dict[tuple[uuid.UUID, uuid.UUID], bool],
) -> None:
    """The whole register at once: every mark saved, or none."""
    uow.require_people()
    sessions = queries.meeting_ids(uow, edition_id)
    holding = {e.id: e.status for e in queries.enrollments_in(uow, edition_id)}
    existing = queries.attendances_of(uow, list(holding))
    for (enrollment_id, session_id), present in marks.items():
        if session_id not in sessions or enrollment_id not in holding:
            raise NotFound("Un incontro o un'iscrizione non sono più in archivio: ricarica.")
        if EnrollmentStatus(holding[enrollment_id]) not in HOLDS_PLACE:
            raise InvalidInput("Le presenze si segnano solo per chi ha un posto nell'edizione.")
        row = existing.get((enrollment_id, session_id))
        if row is None:
            uow.add(Attendance(enrollment_id=enrollment_id, session_id=session_id, present=present))
        elif row.present != present:
            row.present = present
    uow.flush()
    uow.commit()
