"""Enrollments: places, the waitlist, the race for the last place, attendance, the plan."""

from __future__ import annotations

import multiprocessing
import uuid
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from tests.conftest import store_at
from tests.helpers import add_camp, add_member, add_worker
from welfare_desk.cases.casework import ContactInput, NeedInput, open_case, record_contact
from welfare_desk.cases.story import case_by_id
from welfare_desk.catalogue.enrollments import (
    cancel,
    edition_enrollments,
    enroll,
    mark_attended,
    record_attendance,
)
from welfare_desk.domain.cases import CaseStatus
from welfare_desk.errors import InvalidInput
from welfare_desk.store.engine import Store
from welfare_desk.store.models import Edition, EditionSession, Enrollment
from welfare_desk.store.uow import UnitOfWork

TODAY = date(2026, 5, 4)


def family(
    store: Store, surname: str, child_born: date = date(2017, 2, 1), born: date = date(1985, 3, 7)
) -> tuple[uuid.UUID, uuid.UUID]:
    worker = add_worker(store, surname=surname, born=born).worker.id
    return worker, add_member(store, worker, "Luca", child_born)


def test_places_then_the_waitlist_then_a_cancellation_promotes_the_first(store: Store) -> None:
    _, edition = add_camp(store, capacity=2)
    kids = [family(store, s) for s in ("Rossi", "Bianchi", "Verdi", "Neri")]
    results = []
    for worker, child in kids:
        with UnitOfWork(store) as uow:
            results.append(enroll(uow, edition, worker, child, TODAY))
    assert [r.enrollment.status for r in results] == [
        "confirmed",
        "confirmed",
        "waitlisted",
        "waitlisted",
    ]
    assert results[2].message == (
        "Posti esauriti: Luca Verdi è in lista d'attesa per «Settimana 1» (posizione 1)."
    )
    first = results[0].enrollment
    with UnitOfWork(store) as uow:
        promoted = cancel(uow, first.id, first.version).promoted
    assert promoted is not None and promoted.person == "Luca Verdi"
    assert promoted.status == "confirmed"
    with UnitOfWork(store) as uow:
        edition_row = uow.session.get(Edition, edition)
        assert edition_row is not None
        assert (edition_row.taken, edition_row.waiting) == (2, 1)
        statuses = [e.status for e in edition_enrollments(uow, edition)]
    assert statuses == ["cancelled", "confirmed", "confirmed", "waitlisted"]


def test_ineligible_people_and_double_enrollments_are_refused_with_the_reason(
    store: Store,
) -> None:
    _, edition = add_camp(store)
    worker, _ = family(store, "Rossi")
    teen = add_member(store, worker, "Sara", date(2011, 1, 10), sex="F")
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput) as refused:
        enroll(uow, edition, worker, teen, TODAY)
    assert refused.value.message == (
        "Sara Rossi non può essere iscritto/a: età 15 il 15/06/2026: il servizio accetta 6–11 anni."
    )
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="è per i figli"):
        enroll(uow, edition, worker, None, TODAY)
    luca = family(store, "Bianchi")
    with UnitOfWork(store) as uow:
        enroll(uow, edition, *luca, TODAY)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="è già iscritto/a"):
        enroll(uow, edition, *luca, TODAY)


def test_enrolling_from_a_case_adds_the_action_under_the_goal_of_the_need(store: Store) -> None:
    _, edition = add_camp(store)
    worker, child = family(store, "Rossi")
    with UnitOfWork(store) as uow:
        record_contact(
            uow,
            ContactInput(
                worker,
                datetime(2026, 5, 1, 9),
                "social_point",
                needs=[NeedInput("childcare.holiday_camps")],
            ),
        )
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker, TODAY)
    with UnitOfWork(store) as uow:
        done = enroll(uow, edition, worker, child, TODAY)
    assert done.action_id is not None
    with UnitOfWork(store) as uow:
        detail = case_by_id(uow, case.id)
    assert [g.title for g in detail.goals] == ["Centri estivi e campus nelle chiusure scolastiche"]
    action = detail.goals[0].actions[0]
    assert action.title == "Iscrizione di Luca Rossi: Campus estivo Il Mosaico – Settimana 1"
    assert action.due_date == date(2026, 6, 15)
    assert CaseStatus(detail.status) is CaseStatus.OPEN


def test_attendance_of_80_percent_completes_and_less_says_how_many_are_missing(
    store: Store,
) -> None:
    _, edition = add_camp(store, sessions=5)
    worker, child = family(store, "Rossi")
    with UnitOfWork(store) as uow:
        enrolled = enroll(uow, edition, worker, child, TODAY).enrollment
        sessions = list(
            uow.session.scalars(
                select(EditionSession.id)
                .where(EditionSession.edition_id == edition)
                .order_by(EditionSession.day)
            )
        )
    for session in sessions[:3]:
        with UnitOfWork(store) as uow:
            record_attendance(uow, enrolled.id, session, True)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput) as refused:
        mark_attended(uow, enrolled.id, enrolled.version, date(2026, 6, 19))
    assert refused.value.message == (
        "Luca Rossi ha frequentato 3 incontri su 5: per risultare frequentata l'iscrizione "
        "ne richiede almeno 4 (80%)."
    )
    with UnitOfWork(store) as uow:
        record_attendance(uow, enrolled.id, sessions[3], True)
    with UnitOfWork(store) as uow:
        mark_attended(uow, enrolled.id, enrolled.version, date(2026, 6, 19))
        (view,) = edition_enrollments(uow, edition)
    assert (view.status, view.present, view.sessions, view.completed) == ("attended", 4, 5, True)


def _enroll_many(url: str, edition: str, pairs: list[tuple[str, str]], out: object) -> None:
    store = store_at(url)
    statuses = []
    for worker, child in pairs:
        with UnitOfWork(store) as uow:
            done = enroll(uow, uuid.UUID(edition), uuid.UUID(worker), uuid.UUID(child), TODAY)
            statuses.append(done.enrollment.status)
    store.close()
    out.put(statuses)  # type: ignore[attr-defined]


def test_two_desks_racing_for_the_last_places_never_overbook(
    pg_store: Store, pg_database_url: str
) -> None:
    """Two processes enroll 40 children into 25 places at once: 25 confirmed, 15 waiting."""
    _, edition = add_camp(pg_store, capacity=25)
    kids = [
        family(pg_store, "Ferrari", born=date(1980, 1, 1) + timedelta(days=i)) for i in range(40)
    ]
    pairs = [(str(w), str(c)) for w, c in kids]
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    desks = [
        context.Process(target=_enroll_many, args=(pg_database_url, str(edition), half, out))
        for half in (pairs[0::2], pairs[1::2])
    ]
    for desk in desks:
        desk.start()
    statuses = out.get(timeout=120) + out.get(timeout=120)
    for desk in desks:
        desk.join(timeout=30)
    assert statuses.count("confirmed") == 25
    assert statuses.count("waitlisted") == 15
    with UnitOfWork(pg_store) as uow:
        held = uow.session.scalar(
            select(func.count()).where(
                Enrollment.edition_id == edition, Enrollment.status == "confirmed"
            )
        )
        row = uow.session.get(Edition, edition)
        assert row is not None
        assert (held, row.taken, row.waiting) == (25, 25, 15)


def test_more_places_go_to_those_waiting_and_nobody_jumps_the_queue(store: Store) -> None:
    from welfare_desk.catalogue.offer import EditionInput, save_edition, service_detail
    from welfare_desk.domain.catalogue import Period

    service, edition = add_camp(store, capacity=1)
    kids = [family(store, s) for s in ("Rossi", "Bianchi", "Verdi")]
    for worker, child in kids:
        with UnitOfWork(store) as uow:
            enroll(uow, edition, worker, child, TODAY)
    with UnitOfWork(store) as uow:
        current = next(e for e in service_detail(uow, service).editions if e.id == edition)
        save_edition(
            uow,
            EditionInput(
                service,
                current.title,
                Period.SUMMER,
                current.starts_on,
                current.ends_on,
                2,
                session_days=current.session_days,
            ),
            edition,
            current.version,
        )
    with UnitOfWork(store) as uow:
        statuses = [e.status for e in edition_enrollments(uow, edition)]
        row = uow.session.get(Edition, edition)
        assert row is not None and (row.taken, row.waiting) == (2, 1)
    assert statuses == ["confirmed", "confirmed", "waitlisted"]


def test_cancelling_cancels_the_plans_action_and_names_the_voucher_left(store: Store) -> None:
    from welfare_desk.catalogue.vouchers import (
        BudgetInput,
        VoucherInput,
        create_budget,
        issue_voucher,
    )
    from welfare_desk.domain.ledger import BudgetKind

    service, edition = add_camp(store)
    worker, child = family(store, "Rossi")
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker, TODAY)
    with UnitOfWork(store) as uow:
        done = enroll(uow, edition, worker, child, TODAY)
    with UnitOfWork(store) as uow:
        budget = create_budget(
            uow,
            BudgetInput(
                BudgetKind.PROGRAMME, "Campus", date(2026, 1, 1), date(2026, 12, 31), 50000
            ),
        )
    with UnitOfWork(store) as uow:
        voucher = issue_voucher(
            uow,
            VoucherInput(
                worker, service, budget, enrollment_id=done.enrollment.id, member_id=child
            ),
            TODAY,
        ).voucher
    with UnitOfWork(store) as uow:
        outcome = cancel(uow, done.enrollment.id, done.enrollment.version)
    assert outcome.vouchers_left == [voucher.number]
    with UnitOfWork(store) as uow:
        detail = case_by_id(uow, case.id)
    assert [a.status for g in detail.goals for a in g.actions] == ["cancelled"]


def test_a_cancellation_keeps_its_reason_in_the_history(store: Store) -> None:
    """#17: an enrollment made by mistake is taken back with a reason the history keeps."""
    from welfare_desk.store.models import JournalEntry

    _, edition = add_camp(store, capacity=2)
    worker, child = family(store, "Rossi")
    with UnitOfWork(store) as uow:
        made = enroll(uow, edition, worker, child, TODAY).enrollment
    with UnitOfWork(store) as uow:
        cancel(uow, made.id, made.version, reason="iscritto il fratello per errore")
    with UnitOfWork(store) as uow:
        rows = uow.session.scalars(
            select(JournalEntry.changes).where(
                JournalEntry.entity == "enrollment",
                JournalEntry.entity_id == made.id,
                JournalEntry.action == "update",
            )
        ).all()
    assert any(r.get("motivo") == "iscritto il fratello per errore" for r in rows)


def test_a_cancellation_is_undone_while_the_place_is_still_free(store: Store) -> None:
    """#17: a removal can be undone right after; for an enrollment, while nobody has taken
    its place."""
    from welfare_desk.catalogue.enrollments import undo_cancel

    _, edition = add_camp(store, capacity=2)
    kids = [family(store, s) for s in ("Rossi", "Bianchi", "Verdi")]
    made = []
    for worker, child in kids:
        with UnitOfWork(store) as uow:
            made.append(enroll(uow, edition, worker, child, TODAY).enrollment)
    with UnitOfWork(store) as uow:  # the waiting Verdi goes: nobody moves
        undo = cancel(uow, made[2].id, made[2].version, reason="doppione").undo
    with UnitOfWork(store) as uow:
        undo_cancel(uow, undo)
    with UnitOfWork(store) as uow:
        back = uow.get(Enrollment, made[2].id)
        assert back is not None and back.status == "waitlisted"
        assert uow.get(Edition, edition).waiting == 1  # type: ignore[union-attr]
    with UnitOfWork(store) as uow:  # Rossi goes: Verdi moves up and takes the place
        undo = cancel(uow, made[0].id, made[0].version, reason="errore").undo
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="già andato"):
        undo_cancel(uow, undo)
    with UnitOfWork(store) as uow:
        assert uow.get(Enrollment, made[0].id).status == "cancelled"  # type: ignore[union-attr]
        assert uow.get(Edition, edition).taken == 2  # type: ignore[union-attr]
