"""The worker's path summary on a real store: the plan, the services, nothing sensitive."""

from __future__ import annotations

import io
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, select

from tests.helpers import MOSAICO, add_camp, add_course, add_member, add_worker, worker_input
from welfare_desk.cases.casework import (
    ContactInput,
    NeedInput,
    add_action,
    add_goal,
    open_case,
    set_action_status,
    set_goal_outcome,
    set_review,
)
from welfare_desk.cases.story import case_by_id
from welfare_desk.catalogue.enrollments import cancel, enroll
from welfare_desk.catalogue.offer import ProviderInput, save_provider
from welfare_desk.catalogue.vouchers import BudgetInput, VoucherInput, create_budget, issue_voucher
from welfare_desk.domain.cases import ActionType, GoalOutcome, Responsible
from welfare_desk.domain.catalogue import Audience
from welfare_desk.domain.ledger import BudgetKind
from welfare_desk.domain.needs import Channel
from welfare_desk.errors import Cancelled, InvalidInput
from welfare_desk.progress import TaskState
from welfare_desk.reporting.path_summary import (
    path_summaries,
    path_summary,
    print_paths,
    seen_at_event,
    seen_on,
)
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import NotFound
from welfare_desk.store.models import Edition, Operator, SocialPoint, Worker
from welfare_desk.store.uow import UnitOfWork

TODAY = date(2026, 5, 4)
SECRET_NOTE = "Gravidanza a rischio, terapia per il diabete: riferito in colloquio."
TOTEM = "Cooperativa Totem"


@dataclass(frozen=True)
class Scenario:
    worker: uuid.UUID
    codice_fiscale: str
    camp_edition: uuid.UUID
    course_edition: uuid.UUID


def _contact(store: Store, worker: uuid.UUID, at: datetime, **extra: object) -> None:
    from welfare_desk.cases.casework import record_contact

    with UnitOfWork(store) as uow:
        record_contact(uow, ContactInput(worker, at, Channel.SOCIAL_POINT, 30, **extra))  # type: ignore[arg-type]


def build_path(store: Store, surname: str = "Nicolò", name: str = "Aurora") -> Scenario:
    """A worker met today at her social point: an open case with goals and steps, her son
    enrolled in a summer camp with a voucher, herself in a course; and, on record, the
    special-category facts the summary must never print."""
    saved = add_worker(
        store,
        surname=surname,
        name=name,
        pregnancy_due_date=date(2026, 9, 1),
        disability="art3_c3",
        phone="333 1234567",
    ).worker
    worker = saved.id
    luca = add_member(store, worker, "Luca", date(2017, 9, 1), disability="art3_c3")
    with UnitOfWork(store) as uow:
        record = uow.session.get(Worker, worker)
        assert record is not None
        manager = Operator(name="Giulia Ferri", role="welfare_manager")
        point = SocialPoint(
            code="SP01",
            name="Social point Officine – Lodi",
            organization_id=record.organization_id,
            municipality="Lodi",
            address="Via Roma 13",
            opening_hours="martedì e giovedì 9-13",
        )
        uow.session.add_all([manager, point])
        uow.flush()
        record.social_point_id = point.id
        manager_id, point_id = manager.id, point.id
        uow.commit()
    _contact(
        store,
        worker,
        datetime.combine(TODAY, datetime.min.time()) + timedelta(hours=10),
        social_point_id=point_id,
        operator_id=manager_id,
        notes=SECRET_NOTE,
        needs=[NeedInput("childcare.holiday_camps")],
    )
    with UnitOfWork(store) as uow:
        save_provider(uow, ProviderInput(MOSAICO, email="info@ilmosaico.it", phone="0377 123456"))
        totem = save_provider(uow, ProviderInput(TOTEM, phone="0331 987654"))
    _, camp = add_camp(store)
    _, course_edition = add_course(
        store, totem, date(2026, 5, 20), address="Piazza della Vittoria 1", municipality="Lodi"
    )
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker, TODAY, owner_id=manager_id, social_point_id=point_id)
    with UnitOfWork(store) as uow:
        camp_goal = add_goal(uow, case.id, "Trovare un centro estivo per Luca", date(2026, 6, 1))
    with UnitOfWork(store) as uow:
        time_goal = add_goal(uow, case.id, "Più tempo per sé e per la famiglia", date(2026, 9, 30))
    with UnitOfWork(store) as uow:
        done = add_goal(
            uow, case.id, "Conoscere le opportunità del credito welfare", date(2026, 4, 30)
        )
    with UnitOfWork(store) as uow:
        set_goal_outcome(uow, done, 1, GoalOutcome.REACHED)
    steps = (
        (camp_goal, "Portare il modulo ISEE al social point", Responsible.WORKER, 20),
        (camp_goal, "Confermare il posto a Luca", Responsible.PROVIDER, 25),
        (
            time_goal,
            "Chiedere all'azienda se è possibile il lavoro agile",
            Responsible.OPERATOR,
            12,
        ),
        (time_goal, "Primo colloquio già fatto", Responsible.OPERATOR, 2),
    )
    for goal, title, who, day in steps:
        with UnitOfWork(store) as uow:
            action = add_action(
                uow, goal, ActionType.OTHER.value, title, who.value, date(2026, 5, day)
            )
    with UnitOfWork(store) as uow:
        set_action_status(uow, action, 1, "done")  # the last one: done, no longer a next step
    with UnitOfWork(store) as uow:
        version = case_by_id(uow, case.id).version
    with UnitOfWork(store) as uow:
        set_review(uow, case.id, version, date(2026, 6, 3))
    with UnitOfWork(store) as uow:
        enrolled = enroll(uow, camp, worker, luca, TODAY, add_to_plan=False).enrollment
    with UnitOfWork(store) as uow:
        enroll(uow, course_edition, worker, None, TODAY, add_to_plan=False)
    with UnitOfWork(store) as uow:
        budget = create_budget(
            uow,
            BudgetInput(
                BudgetKind.PROGRAMME,
                "Lodigiano Welfare – azione 2",
                date(2026, 1, 1),
                date(2026, 12, 31),
                100000,
            ),
        )
    with UnitOfWork(store) as uow:
        service_id = uow.session.get(Edition, camp).service_id  # type: ignore[union-attr]
        issue_voucher(
            uow,
            VoucherInput(
                worker,
                service_id,
                budget,
                member_id=luca,
                edition_id=camp,
                enrollment_id=enrolled.id,
            ),
            TODAY,
        )
    return Scenario(worker, saved.codice_fiscale, camp, course_edition)


def test_the_summary_holds_the_plan_the_services_and_the_desk(store: Store) -> None:
    path = build_path(store)
    with UnitOfWork(store) as uow:
        summary = path_summary(uow, path.codice_fiscale, TODAY)
    assert (summary.worker, summary.employer) == ("Aurora Nicolò", "Officine Lodigiane S.p.A.")
    assert summary.printed_on == TODAY and summary.case_state == "in corso"
    assert re.fullmatch(r"SP01-2026-\d{4}", summary.case_number or "")  # PG shares its counter
    assert [(g.title, g.target_date, g.state) for g in summary.goals] == [
        ("Trovare un centro estivo per Luca", date(2026, 6, 1), "in corso"),
        ("Più tempo per sé e per la famiglia", date(2026, 9, 30), "in corso"),
        ("Conoscere le opportunità del credito welfare", date(2026, 4, 30), "raggiunto"),
    ]
    assert [(s.title, s.due_date, s.who) for s in summary.next_steps] == [
        (
            "Chiedere all'azienda se è possibile il lavoro agile",
            date(2026, 5, 12),
            "il welfare manager",
        ),
        ("Portare il modulo ISEE al social point", date(2026, 5, 20), "tu"),
        ("Confermare il posto a Luca", date(2026, 5, 25), "il servizio"),
    ]
    assert summary.next_review == date(2026, 6, 3)
    course, camp = summary.services  # soonest first
    assert (camp.service, camp.person, camp.starts_on, camp.ends_on) == (
        "Campus estivo Il Mosaico",
        "Luca",
        date(2026, 6, 15),
        date(2026, 6, 19),
    )
    assert re.fullmatch(r"iscrizione confermata, voucher n\. V-2026-\d{5} da 120,00 €", camp.state)
    assert camp.provider.email == "info@ilmosaico.it" and camp.provider.phone == "0377 123456"
    assert camp.link == "mailto:info@ilmosaico.it"
    assert (course.person, course.where, course.link) == (
        "te",
        "Piazza della Vittoria 1, Lodi",
        "tel:0331987654",
    )
    desk = summary.desk
    assert (desk.manager, desk.social_point, desk.address, desk.opening_hours) == (
        "Giulia Ferri",
        "Social point Officine – Lodi",
        "Via Roma 13, Lodi",
        "martedì e giovedì 9-13",
    )
    # Nothing of the special-category data or the codice fiscale travels with it.
    printed = repr(summary)
    for secret in (path.codice_fiscale, SECRET_NOTE, "art3", "2026-09-01", "333 1234567"):
        assert secret not in printed


def test_the_worker_is_found_by_code_or_id_and_refused_in_italian(store: Store) -> None:
    path = build_path(store)
    spaced = " ".join(path.codice_fiscale.lower()[i : i + 4] for i in range(0, 16, 4))
    with UnitOfWork(store) as uow:
        by_code = path_summary(uow, spaced, TODAY)
        by_text = path_summary(uow, str(path.worker), TODAY)
        by_id = path_summary(uow, path.worker, TODAY)
    assert by_code == by_text == by_id
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput):
        path_summary(uow, "RSSMRA85C47E64", TODAY)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="codice fiscale"):
        path_summary(uow, "   ", TODAY)
    other = worker_input(surname="Bianchi", name="Carla").codice_fiscale  # never registered
    with (
        UnitOfWork(store) as uow,
        pytest.raises(NotFound, match=f"Nessun lavoratore con codice fiscale {other}"),
    ):
        path_summary(uow, other, TODAY)
    with UnitOfWork(store) as uow, pytest.raises(NotFound, match="non è più in archivio"):
        path_summary(uow, uuid.uuid4(), TODAY)


def test_a_worker_without_a_case_still_gets_services_and_a_desk(store: Store) -> None:
    worker = add_worker(store, surname="Bianchi", name="Carla").worker.id
    _, edition = add_camp(store, audience=Audience.FAMILY, min_age=None, max_age=None)
    with UnitOfWork(store) as uow:
        enroll(uow, edition, worker, None, TODAY, add_to_plan=False)
    with UnitOfWork(store) as uow:
        summary = path_summary(uow, worker, TODAY)
    assert (summary.case_number, summary.case_state, summary.goals, summary.next_steps) == (
        None,
        None,
        (),
        (),
    )
    assert summary.next_review is None and summary.desk.manager is None
    (line,) = summary.services
    assert line.person == "te" and line.provider.name == MOSAICO


def test_a_closed_case_shows_outcomes_and_no_next_steps(store: Store) -> None:
    from welfare_desk.cases.casework import close_case
    from welfare_desk.domain.cases import ClosingReason

    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker, date(2026, 1, 10))
    with UnitOfWork(store) as uow:
        goal = add_goal(uow, case.id, "Orientarsi tra i servizi", date(2026, 3, 1))
    with UnitOfWork(store) as uow:
        add_action(uow, goal, "meeting", "Colloquio finale", "operator", date(2026, 6, 1))
    with UnitOfWork(store) as uow:
        version = case_by_id(uow, case.id).version
    with UnitOfWork(store) as uow:
        close_case(
            uow,
            case.id,
            version,
            {goal: GoalOutcome.PARTLY},
            ClosingReason.GOALS_MET,
            date(2026, 4, 2),
        )
    with UnitOfWork(store) as uow:
        summary = path_summary(uow, worker, TODAY)
    assert summary.case_state == "concluso il 02/04/2026"
    assert [(g.title, g.state) for g in summary.goals] == [
        ("Orientarsi tra i servizi", "raggiunto in parte")
    ]
    assert summary.next_steps == () and summary.next_review is None


def test_cancelled_and_ended_services_are_left_out(store: Store) -> None:
    path = build_path(store)
    with UnitOfWork(store) as uow:
        enrolled = path_summary(uow, path.worker, TODAY)
    assert len(enrolled.services) == 2
    from welfare_desk.catalogue.enrollments import worker_enrollments

    with UnitOfWork(store) as uow:
        course = next(
            e for e in worker_enrollments(uow, path.worker) if e.edition_id == path.course_edition
        )
    with UnitOfWork(store) as uow:
        cancel(uow, course.id, course.version)
    with UnitOfWork(store) as uow:
        now = path_summary(uow, path.worker, TODAY)
        later = path_summary(uow, path.worker, date(2026, 6, 20))  # the camp is over
    assert [s.service for s in now.services] == ["Campus estivo Il Mosaico"]
    assert later.services == ()


def test_seen_on_a_day_or_at_an_event_in_name_order(store: Store) -> None:
    path = build_path(store)
    early = add_worker(store, surname="Abbiati", name="Carlo").worker.id
    yesterday = add_worker(store, surname="Zanetti", name="Elena").worker.id
    midnight = datetime.combine(TODAY, datetime.min.time())
    _contact(store, early, midnight)  # the first minute of the day counts
    _contact(store, yesterday, midnight - timedelta(seconds=1))
    with UnitOfWork(store) as uow:
        assert seen_on(uow, TODAY) == [early, path.worker]
        assert seen_on(uow, TODAY - timedelta(days=1)) == [yesterday]
        assert seen_on(uow, TODAY + timedelta(days=1)) == []
        assert seen_at_event(uow, path.course_edition) == [path.worker]
        with pytest.raises(NotFound):
            seen_at_event(uow, uuid.uuid4())


def test_a_batch_keeps_the_order_skips_the_erased_and_reads_in_few_queries(
    store: Store,
) -> None:
    path = build_path(store)
    others = [
        add_worker(store, surname=s, name="Anna").worker.id
        for s in ("Bassi", "Conti", "Ferri", "Galli", "Longo", "Marino")
    ]
    wanted = [others[0], path.worker, uuid.uuid4(), *others[1:]]
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    with UnitOfWork(store) as uow:
        uow.session.execute(select(1))  # the connection's own set-up is not counted
        event.listen(store.engine, "before_cursor_execute", count)
        try:
            two = list(path_summaries(uow, wanted[:2], TODAY))
            few = len(statements)
            statements.clear()
            many = list(path_summaries(uow, wanted, TODAY))
        finally:
            event.remove(store.engine, "before_cursor_execute", count)
    assert [s.worker_id for s in many] == [w for w in wanted if w != wanted[2]]
    assert many[:2] == two
    # The same dozen queries for 2 workers or 8: nothing is read worker by worker.
    assert len(statements) == few <= 12


def test_print_paths_writes_one_pdf_or_nothing_when_cancelled(store: Store, tmp_path: Path) -> None:
    path = build_path(store)
    others = [add_worker(store, surname=s, name="Anna").worker.id for s in ("Bassi", "Conti")]
    heard: list[tuple[int, int]] = []
    folder = tmp_path / "stampe"
    folder.mkdir()
    out = folder / "giornata.pdf"
    with UnitOfWork(store) as uow:
        printed = print_paths(
            uow, [path.worker, *others], TODAY, out, TaskState(lambda d, t: heard.append((d, t)))
        )
    assert (printed.summaries, printed.pages) == (3, 3) and out.read_bytes().startswith(b"%PDF")
    assert heard == [(1, 3), (2, 3), (3, 3)]
    state = TaskState(lambda done, _total: state.cancel() if done == 1 else None)
    cancelled = folder / "annullata.pdf"
    with UnitOfWork(store) as uow, pytest.raises(Cancelled, match="annullata"):
        print_paths(uow, [path.worker, *others], TODAY, cancelled, state)
    assert list(folder.iterdir()) == [out]  # no partial file either
    stream = io.BytesIO()
    with UnitOfWork(store) as uow:
        print_paths(uow, others, TODAY, stream)
    assert stream.getvalue().startswith(b"%PDF")
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="Nessun lavoratore"):
        print_paths(uow, [uuid.uuid4()], TODAY, folder / "nessuno.pdf")
    assert list(folder.iterdir()) == [out]
