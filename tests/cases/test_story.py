"""The worker's story, a case's detail and its timeline, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.conftest import TODAY
from tests.helpers import add_worker
from welfare_desk.cases.casework import (
    ContactInput,
    NeedInput,
    add_action,
    add_goal,
    change_status,
    close_case,
    open_case,
    record_contact,
    save_assessment,
    set_action_status,
    set_review,
)
from welfare_desk.cases.story import case_by_id, case_timeline, worker_story
from welfare_desk.domain.cases import ActionStatus, CaseStatus, ClosingReason, GoalOutcome
from welfare_desk.domain.needs import Channel, NeedStatus, Urgency
from welfare_desk.errors import InvalidInput
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import ConflictError
from welfare_desk.store.uow import UnitOfWork


def _contact(store: Store, worker_id: object, days_ago: int, *needs: str) -> None:
    with UnitOfWork(store) as uow:
        record_contact(
            uow,
            ContactInput(
                worker_id,  # type: ignore[arg-type]
                datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time())
                + timedelta(hours=10),
                Channel.SOCIAL_POINT,
                30,
                notes="Colloquio di accoglienza.",
                needs=[NeedInput(kind, Urgency.HIGH) for kind in needs],
            ),
        )


def test_the_story_holds_contacts_needs_and_the_open_case(store: Store) -> None:
    worker = add_worker(store).worker
    _contact(store, worker.id, 20, "childcare.nursery", "time.smart_working")
    _contact(store, worker.id, 2)
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker.id, TODAY)
    with UnitOfWork(store) as uow:
        story = worker_story(uow, worker.id)
    assert [c.at.date() for c in story.contacts] == [
        TODAY - timedelta(days=2),
        TODAY - timedelta(days=20),
    ]
    assert story.contacts[1].needs and "Nido" in " ".join(story.contacts[1].needs)
    assert {n.kind for n in story.needs} == {"childcare.nursery", "time.smart_working"}
    assert all(n.raised_on == TODAY - timedelta(days=20) for n in story.needs)
    assert story.case is not None and story.case.number == case.number
    assert story.case.allowed == [CaseStatus.ASSESSMENT, CaseStatus.CLOSED]
    assert [c.number for c in story.cases] == [case.number]


def test_the_assessment_takes_needs_on_and_lets_them_go(store: Store) -> None:
    worker = add_worker(store).worker
    _contact(store, worker.id, 5, "childcare.nursery", "money.budget")
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker.id, TODAY)
        needs = {n.kind: n.id for n in case_by_id(uow, case.id).needs}
    with UnitOfWork(store) as uow:
        case = save_assessment(
            uow,
            case.id,
            case.version,
            "Madre sola, turni variabili.",
            "Nonna disponibile il sabato.",
            {needs["childcare.nursery"]},
        )
    with UnitOfWork(store) as uow:
        detail = case_by_id(uow, case.id)
    assert detail.situation == "Madre sola, turni variabili."
    assert [n.kind for n in detail.taken_on] == ["childcare.nursery"]
    assert detail.taken_on[0].status == NeedStatus.IN_PROGRESS
    with UnitOfWork(store) as uow:
        save_assessment(uow, case.id, case.version, "", "", set())
    with UnitOfWork(store) as uow:
        detail = case_by_id(uow, case.id)
    assert detail.taken_on == [] and detail.situation is None
    assert {n.status for n in detail.needs} == {NeedStatus.OPEN}


def test_a_stale_assessment_is_a_conflict(store: Store) -> None:
    worker = add_worker(store).worker
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker.id, TODAY)
    with UnitOfWork(store) as uow:
        set_review(uow, case.id, case.version, TODAY + timedelta(days=30))
    with UnitOfWork(store) as uow, pytest.raises(ConflictError, match="altra postazione"):
        save_assessment(uow, case.id, case.version, "Nuova situazione", "", set())


def test_closing_in_one_step_saves_every_outcome_or_none(store: Store) -> None:
    worker = add_worker(store).worker
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker.id, TODAY)
    with UnitOfWork(store) as uow:
        first = add_goal(uow, case.id, "Posto al nido", TODAY + timedelta(days=60))
    with UnitOfWork(store) as uow:
        second = add_goal(uow, case.id, "Orario ridotto", None)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="Orario ridotto"):
        close_case(
            uow, case.id, case.version, {first: GoalOutcome.REACHED}, ClosingReason.GOALS_MET, TODAY
        )
    with UnitOfWork(store) as uow:
        assert [g.outcome for g in case_by_id(uow, case.id).goals] == [None, None]
    with UnitOfWork(store) as uow:
        closed = close_case(
            uow,
            case.id,
            case.version,
            {first: GoalOutcome.REACHED, second: GoalOutcome.PARTLY},
            ClosingReason.GOALS_MET,
            TODAY,
        )
    assert closed.status == CaseStatus.CLOSED
    with UnitOfWork(store) as uow:
        detail = case_by_id(uow, case.id)
    assert [g.outcome for g in detail.goals] == ["reached", "partly"]
    assert detail.closed_on == TODAY and detail.closing_reason == "goals_met"
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="riaprilo"):
        add_goal(uow, case.id, "Un altro obiettivo")


def test_closing_says_how_each_need_taken_on_ended(store: Store) -> None:
    """#17: a closed case left its needs «in lavorazione»."""
    from datetime import datetime

    from welfare_desk.cases.casework import ContactInput, NeedInput, record_contact
    from welfare_desk.domain.needs import Channel, NeedStatus

    worker = add_worker(store).worker
    with UnitOfWork(store) as uow:
        record_contact(
            uow,
            ContactInput(
                worker.id,
                datetime(2026, 11, 30, 9, 0),
                Channel.PHONE,
                10,
                needs=[NeedInput("care.elderly"), NeedInput("time.smart_working")],
            ),
        )
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker.id, TODAY)
    with UnitOfWork(store) as uow:
        needs = [n.id for n in case_by_id(uow, case.id).needs]
        case = save_assessment(uow, case.id, case.version, "", "", set(needs))
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="com'è finito il bisogno"):
        close_case(
            uow,
            case.id,
            case.version,
            {},
            ClosingReason.GOALS_MET,
            TODAY,
            {needs[0]: NeedStatus.MET},
        )
    with UnitOfWork(store) as uow:
        close_case(
            uow,
            case.id,
            case.version,
            {},
            ClosingReason.GOALS_MET,
            TODAY,
            {needs[0]: NeedStatus.MET, needs[1]: NeedStatus.NOT_MET},
        )
    with UnitOfWork(store) as uow:
        statuses = {n.id: n.status for n in case_by_id(uow, case.id).needs}
    assert statuses == {needs[0]: "met", needs[1]: "not_met"}


def test_the_timeline_tells_the_case_in_order(store: Store) -> None:
    worker = add_worker(store).worker
    _contact(store, worker.id, 40, "childcare.nursery")  # before the case: not on it
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker.id, TODAY - timedelta(days=1))
        need = case_by_id(uow, case.id).needs[0].id
    with UnitOfWork(store) as uow:
        case = change_status(uow, case.id, case.version, CaseStatus.ASSESSMENT, TODAY)
    with UnitOfWork(store) as uow:
        case = save_assessment(uow, case.id, case.version, "Turni", "", {need})
    with UnitOfWork(store) as uow:
        goal = add_goal(uow, case.id, "Posto al nido", TODAY + timedelta(days=60), need)
    with UnitOfWork(store) as uow:
        action = add_action(
            uow, goal, "referral", "Domanda al nido comunale", "worker", TODAY + timedelta(days=7)
        )
    with UnitOfWork(store) as uow:
        set_action_status(uow, action, 1, ActionStatus.DONE)
    _contact(store, worker.id, 0)
    with UnitOfWork(store) as uow:
        lines = [e.text for e in case_timeline(uow, case.id)]
    # the contact is dated by the meeting and the changes by when they were recorded: only
    # the changes have a fixed order against each other whatever the hour the test runs
    changes = [line for line in lines if not line.startswith("Colloquio")]
    assert changes[0] == f"Percorso {case.number} aperto"
    assert changes.index("Obiettivo aggiunto: «Posto al nido»") < changes.index(
        "Azione «Domanda al nido comunale»: fatta"
    )
    assert "Percorso: stato: aperto → in valutazione" in lines
    assert "Bisogno preso in carico: Cura dei figli · Nido e prima infanzia" in lines
    assert "Obiettivo aggiunto: «Posto al nido»" in lines
    assert any(
        line.startswith("Azione pianificata: «Domanda al nido comunale» entro ") for line in lines
    )
    assert "Azione «Domanda al nido comunale»: fatta" in lines
    assert lines.count("Colloquio (social point, 30 min)") == 1  # only the one during the case


def test_a_review_cannot_precede_the_opening(store: Store) -> None:
    worker = add_worker(store).worker
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker.id, TODAY)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="non può precedere"):
        set_review(uow, case.id, case.version, TODAY - timedelta(days=1))


def test_the_agenda_is_the_operators_own_and_opens_its_case(store: Store) -> None:
    from welfare_desk.cases.agenda import agenda
    from welfare_desk.store.models import Operator

    with UnitOfWork(store) as uow:
        uow.session.add_all(
            [
                Operator(name="Giulia Ferri", role="operatore"),
                Operator(name="Davide Sala", role="operatore"),
            ]
        )
        uow.commit()
    with UnitOfWork(store) as uow:
        owners = {o.name: o.id for o in uow.session.query(Operator)}
    cases = {}
    for name, surname in (("Giulia Ferri", "Rossi"), ("Davide Sala", "Bianchi")):
        worker = add_worker(store, surname=surname).worker
        with UnitOfWork(store) as uow:
            case = open_case(uow, worker.id, TODAY, owner_id=owners[name])
        with UnitOfWork(store) as uow:
            set_review(uow, case.id, case.version, TODAY)
        cases[name] = case
    with UnitOfWork(store) as uow:
        mine = agenda(uow, TODAY, TODAY, operator="Giulia Ferri")
        nobody = agenda(uow, TODAY, TODAY, operator="Chi non c'è")
        everyone = agenda(uow, TODAY, TODAY)
    assert [i.case_number for i in mine] == [cases["Giulia Ferri"].number]
    assert mine[0].case_id == cases["Giulia Ferri"].id and mine[0].kind == "review"
    assert nobody == [] and len(everyone) == 2


def test_a_meeting_before_the_case_was_opened_comes_first_whatever_the_machine_zone(
    store: Store,
) -> None:
    # The clock reads 10:00 in Rome; the meeting was at 09:45 Rome time and the case was
    # opened after it. Meetings keep Rome wall time, changes UTC stamps: both in one order.
    worker = add_worker(store).worker
    met = datetime.combine(TODAY, datetime.min.time()) + timedelta(hours=9, minutes=45)
    with UnitOfWork(store) as uow:
        record_contact(uow, ContactInput(worker.id, met, Channel.SOCIAL_POINT, 30))
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker.id, TODAY)
    with UnitOfWork(store) as uow:
        lines = [e.text for e in case_timeline(uow, case.id)]
    assert lines == ["Colloquio (social point, 30 min)", f"Percorso {case.number} aperto"]
