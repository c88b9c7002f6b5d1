"""The figures issue #4 asks for: a worker's story with 200 contacts, the agenda over
100,000 cases, and a contact with three needs from save to the list updated."""

from __future__ import annotations

import gc
import os
import random
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from tests.conftest import TODAY, clock_at, copy_store, store_at
from tests.perf.conftest import Figures, p95
from welfare_desk.cases.agenda import agenda, agenda_view
from welfare_desk.domain.agenda import week_end
from welfare_desk.domain.cases import ActionStatus, ActionType, CaseStatus, Responsible
from welfare_desk.domain.needs import Channel, NeedStatus, Urgency
from welfare_desk.gui.pages.agenda_page import SHOWN
from welfare_desk.reference import need_taxonomy
from welfare_desk.store.cell_keys import key_of, session_secret
from welfare_desk.store.engine import Store
from welfare_desk.store.ids import new_id
from welfare_desk.store.models import (
    Case,
    CaseAction,
    Contact,
    Goal,
    Need,
    Operator,
    SocialPoint,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork

CASES = 100_000
CONTACTS = 200


def _stamped(row: dict[str, Any]) -> dict[str, Any]:
    now = clock_at().stamp()
    return {"version": 1, "created_at": now, "updated_at": now, **row}


def _bulk(store: Store, model: type[Any], rows: list[dict[str, Any]]) -> None:
    # Plain inserts, no journal: this builds the scale to measure, not history to read.
    with UnitOfWork(store) as uow:
        if "cell_key" in model.__table__.columns:  # what the unit of work gives a record
            secret = session_secret(uow.session)
            rows = [{**row, "cell_key": key_of(secret, row["id"])} for row in rows]
        for start in range(0, len(rows), 5000):
            uow.session.execute(insert(model.__table__), rows[start : start + 5000])
        uow.commit()


OPERATORS = 40  # a programme of 100,000 cases over the years, each operator with ~200 open
OPEN_SHARE = 0.16  # of workers: about 8,000 open cases, the rest closed in earlier years


def _add_cases(store: Store, wanted: int, today: date) -> int:
    """Tops the demo up to `wanted` cases: every worker gets closed cases from earlier years
    and some an open one, each with goals and actions as the demo makes them, owned by
    one of OPERATORS operators."""
    rng = random.Random(5)
    operators = [
        _stamped({"id": new_id(), "name": f"Operatore {n:02d}", "role": "operatore"})
        for n in range(OPERATORS)
    ]
    _bulk(store, Operator, operators)
    with UnitOfWork(store) as uow:
        existing = uow.session.scalar(select(Case.id).limit(1)) is not None
        have = len(uow.session.scalars(select(Case.id)).all()) if existing else 0
        busy = set(uow.session.scalars(select(Case.worker_id)))
        workers = list(uow.session.execute(select(Worker.id, Worker.social_point_id)).all())
        points = {p.id: p.code for p in uow.session.scalars(select(SocialPoint))}
    cases: list[dict[str, Any]] = []
    goals: list[dict[str, Any]] = []
    actions: list[dict[str, Any]] = []
    counter = 0
    year = 2015
    while have + len(cases) < wanted:
        for worker_id, point_id in workers:
            if have + len(cases) >= wanted:
                break
            counter += 1
            is_open = worker_id not in busy and rng.random() < OPEN_SHARE
            if is_open:
                busy.add(worker_id)
            status = (
                rng.choice([s for s in CaseStatus if s is not CaseStatus.CLOSED])
                if is_open
                else CaseStatus.CLOSED
            )
            case_id = new_id()
            opened = today - timedelta(days=rng.randrange(20, 400)) if is_open else date(year, 3, 1)
            cases.append(
                _stamped(
                    {
                        "id": case_id,
                        "number": f"{points.get(point_id, 'WD')}-B{year}-{counter:07d}",
                        "worker_id": worker_id,
                        "owner_id": rng.choice(operators)["id"],
                        "social_point_id": point_id,
                        "status": status.value,
                        "opened_on": opened,
                        "closed_on": None if is_open else date(year, 11, 30),
                        "closing_reason": None if is_open else "goals_met",
                        "next_review": today + timedelta(days=rng.randrange(-15, 60))
                        if is_open
                        else None,
                    }
                )
            )
            for _ in range(rng.randrange(1, 4)):
                goal_id = new_id()
                goals.append(
                    _stamped(
                        {
                            "id": goal_id,
                            "case_id": case_id,
                            "title": "Conciliare tempi di vita e di lavoro",
                            "target_date": opened + timedelta(days=120),
                            "outcome": None if is_open else "reached",
                        }
                    )
                )
                for _ in range(rng.randrange(1, 4)):
                    due = (
                        today + timedelta(days=rng.randrange(-14, 90))
                        if is_open
                        else date(year, rng.randrange(3, 12), 10)
                    )
                    # Most past actions were done; a few linger, overdue.
                    planned = is_open and (due >= today - timedelta(days=3) or rng.random() < 0.15)
                    actions.append(
                        _stamped(
                            {
                                "id": new_id(),
                                "goal_id": goal_id,
                                "kind": ActionType.MEETING.value,
                                "title": "Colloquio di verifica",
                                "responsible": Responsible.OPERATOR.value,
                                "due_date": due,
                                "status": (
                                    ActionStatus.PLANNED if planned else ActionStatus.DONE
                                ).value,
                            }
                        )
                    )
        year += 1
    _bulk(store, Case, cases)
    _bulk(store, Goal, goals)
    _bulk(store, CaseAction, actions)
    from welfare_desk.store.maintenance import after_bulk_load

    after_bulk_load(store)
    return have + len(cases)


@pytest.fixture(scope="module")
def busy_sqlite(demo_sqlite: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo store topped up to 100,000 cases, on its own copy."""
    path = tmp_path_factory.mktemp("cases") / "cases.sqlite"
    copy_store(demo_sqlite, path)
    store = store_at(str(path))
    try:
        assert _add_cases(store, CASES, TODAY) >= CASES  # the full demo has about as many
    finally:
        store.close()
    return path


def _timed(run: Callable[[], object], times: int = 30) -> list[float]:
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _agenda_p95(store: Store) -> tuple[float, float, int, float]:
    """The whole programme's week as the desk's page reads it (its nearest items and the
    period's totals: what the desk shows without a login, and counts at start) and by
    social point; one operator's week, as the issue defines it; and the whole list of the
    programme's week, as the command line prints it."""
    today = TODAY
    until = week_end(today)
    with UnitOfWork(store) as uow:
        points = list(uow.session.scalars(select(SocialPoint.id)))
        names = list(uow.session.scalars(select(Operator.name)))
        items = len(agenda(uow, today, until))
    # as in the desk, which takes what start-up loaded out of the collector's sight once
    # its first page shows (main_window._first_page): a full collection over SQLAlchemy's
    # and Qt's objects would otherwise land on one agenda in ten
    gc.freeze()

    def everyone() -> None:
        with UnitOfWork(store) as uow:
            agenda_view(uow, today, until, limit=SHOWN)

    def one_point() -> None:
        with UnitOfWork(store) as uow:
            agenda_view(uow, today, until, social_point_id=random.choice(points), limit=SHOWN)

    def whole_list() -> None:
        with UnitOfWork(store) as uow:
            agenda(uow, today, until)

    def one_operator() -> None:
        with UnitOfWork(store) as uow:
            agenda(uow, today, until, operator=random.choice(names))

    try:
        programme = p95(_timed(everyone, 15) + _timed(one_point, 15))
        whole = p95(_timed(whole_list, 20))
        return programme, p95(_timed(one_operator, 30)), items, whole
    finally:
        gc.unfreeze()


def test_agenda_over_100k_cases_sqlite(busy_sqlite: Path, figures: Figures) -> None:
    store = store_at(str(busy_sqlite))
    try:
        programme, operator, items, whole = _agenda_p95(store)
    finally:
        store.close()
    print(f"\nagenda this week: {items} items over {CASES} cases")
    figures.record("agenda_100k_cases_whole_list_p95_ms_sqlite", whole, "ms", 200)
    figures.record("agenda_100k_cases_p95_ms_sqlite", programme, "ms", 50)  # #19
    figures.record("agenda_100k_cases_operator_p95_ms_sqlite", operator, "ms", 200)
    assert programme <= 200 and operator <= 200


@pytest.fixture(scope="module")
def busy_postgresql() -> Iterator[Store]:
    import psycopg
    from sqlalchemy.engine import make_url

    from welfare_desk.demo.generate import generate
    from welfare_desk.store.maintenance import after_bulk_load

    url = os.environ.get("WELFARE_DESK_TEST_PG_URL")
    if not url:
        pytest.skip("WELFARE_DESK_TEST_PG_URL is not set")
    name = f"welfare_desk_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    store = store_at(make_url(url).set(database=name).render_as_string(False))
    try:
        from tests.perf.conftest import WORKERS

        with UnitOfWork(store) as uow:
            generate(uow, WORKERS, seed=1, full=True)
            uow.commit()
        after_bulk_load(store)
        _add_cases(store, CASES, TODAY)
        yield store
    finally:
        store.close()
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]


def test_agenda_over_100k_cases_postgresql(busy_postgresql: Store, figures: Figures) -> None:
    programme, operator, _items, whole = _agenda_p95(busy_postgresql)
    figures.record("agenda_100k_cases_whole_list_p95_ms_postgresql", whole, "ms", 200)
    figures.record("agenda_100k_cases_p95_ms_postgresql", programme, "ms", 80)  # #19
    figures.record("agenda_100k_cases_operator_p95_ms_postgresql", operator, "ms", 200)
    assert programme <= 200 and operator <= 200


def _worker_with_200_contacts(store: Store) -> uuid.UUID:
    """A worker followed for years: 200 contacts, needs raised in a third of them, a case
    with a plan, on top of the 50,000."""
    rng = random.Random(9)
    kinds = [k.code for k in need_taxonomy().kinds]
    with UnitOfWork(store) as uow:
        worker_id = uow.session.scalars(select(Worker.id).order_by(Worker.sort_key)).first()
        assert worker_id is not None
    contacts: list[dict[str, Any]] = []
    needs: list[dict[str, Any]] = []
    start = datetime(TODAY.year, TODAY.month, TODAY.day, 10) - timedelta(days=3 * 365)
    for index in range(CONTACTS):
        contact_id = new_id()
        met = start + timedelta(days=index * 5, hours=rng.randrange(9, 17))
        contacts.append(
            {
                "id": contact_id,
                "worker_id": worker_id,
                "at": met,
                "duration_minutes": 30,
                "channel": rng.choice(list(Channel)).value,
                "notes": "Colloquio di aggiornamento sul percorso e sui servizi attivati.",
            }
        )
        if index % 3 == 0:
            needs.append(
                {
                    "worker_id": worker_id,
                    "contact_id": contact_id,
                    "raised_on": met.date(),
                    "kind": rng.choice(kinds),
                    "urgency": Urgency.MEDIUM.value,
                    "status": rng.choice(list(NeedStatus)).value,
                }
            )
    with UnitOfWork(store) as uow:
        uow.insert_many(Contact, contacts)
        uow.insert_many(Need, needs)
        uow.commit()
    from welfare_desk.cases.casework import add_action, add_goal, open_case

    with UnitOfWork(store) as uow:
        open_statuses = [s.value for s in CaseStatus if s is not CaseStatus.CLOSED]
        already = uow.session.scalar(
            select(Case.id).where(Case.worker_id == worker_id, Case.status.in_(open_statuses))
        )
        case_id = already or open_case(uow, worker_id, TODAY).id
    for goal_number in range(4):
        with UnitOfWork(store) as uow:
            goal = add_goal(uow, case_id, f"Obiettivo {goal_number + 1}", TODAY)
        for step in range(3):
            with UnitOfWork(store) as uow:
                add_action(
                    uow,
                    goal,
                    ActionType.MEETING.value,
                    f"Azione {step + 1}",
                    Responsible.OPERATOR.value,
                    TODAY + timedelta(days=step),
                )
    return worker_id


def _desk(path: Path, tmp_path: Path) -> tuple[Any, Any, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from welfare_desk.gui.context import DeskContext
    from welfare_desk.gui.main_window import MainWindow
    from welfare_desk.gui.settings import Settings
    from welfare_desk.gui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    context = DeskContext(TaskRunner(), settings, clock_at(), store_at(str(path)))
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    ready: list[bool] = []
    window.first_page_ready.connect(lambda: ready.append(True))
    window.start()  # as the desk starts: the list, the agenda's count
    _until(app, lambda: bool(ready) and not context.runner.busy, time.perf_counter())
    return app, context, window


def _until(
    app: Any, done: Callable[[], bool], started: float, why: Callable[[], str] = str
) -> None:
    while not done():
        app.processEvents()
        if time.perf_counter() - started > 10:
            pytest.fail(f"the desk did not answer in 10 s: {why()}")


def test_story_with_200_contacts_and_contact_to_list(
    busy_sqlite: Path, tmp_path: Path, figures: Figures
) -> None:
    store = store_at(str(busy_sqlite))
    try:
        worker_id = _worker_with_200_contacts(store)
        with UnitOfWork(store) as uow:  # the full demo had met them already
            met = uow.session.scalar(
                select(func.count()).select_from(Contact).where(Contact.worker_id == worker_id)
            )
        assert met is not None and met >= CONTACTS
    finally:
        store.close()
    app, context, window = _desk(busy_sqlite, tmp_path)
    page = window.worker_page
    started = time.perf_counter()
    window.open_worker(worker_id)  # the first opening also loads the story's code
    _until(app, lambda: page.story is not None, started)
    page.repaint()
    figures.record("story_200_contacts_first_ms", (time.perf_counter() - started) * 1000, "ms", 500)
    stories = []
    for _ in range(15):
        page.story = None
        started = time.perf_counter()
        window.open_worker(worker_id)
        _until(app, lambda: page.story is not None, started)
        page.repaint()  # on screen, not only loaded
        stories.append((time.perf_counter() - started) * 1000)
    assert page.contacts_model.rowCount() == met

    recorded = []
    label = f"{page.worker.surname} {page.worker.name}"
    wanted = ["childcare.nursery", "time.smart_working", "money.budget"]
    rounds = 21  # the first also loads the dialog's code: reported apart
    for round_number in range(rounds):
        dialog = window.quick_intake()
        dialog.for_worker(worker_id, label)
        for row in range(dialog.ui.needsList.count()):
            item = dialog.ui.needsList.item(row)
            if item.data(256) in wanted:  # Qt.ItemDataRole.UserRole
                item.setCheckState(item.checkState().Checked)
        assert len(dialog.chosen_needs()) == 3
        # An idle desk, as between two people at the stand: the previous round's reloads
        # (the story, the list behind it) are done.
        _until(app, lambda: not context.runner.busy, time.perf_counter())
        before = page.contacts_model.rowCount()
        started = time.perf_counter()
        dialog.save()
        _until(
            app,
            lambda b=before: page.contacts_model.rowCount() == b + 1,
            started,
            lambda d=dialog: d.ui.statusText.text(),
        )
        page.repaint()
        recorded.append((time.perf_counter() - started) * 1000)
        assert round_number + met + 1 == page.contacts_model.rowCount()
    context.runner.shutdown()
    window.close()
    figures.record("story_200_contacts_median_ms", statistics.median(stories), "ms", 150)
    figures.record("story_200_contacts_p95_ms", p95(stories), "ms", 150)
    figures.record("contact_3_needs_to_list_first_ms", recorded[0], "ms", 200)
    figures.record("contact_3_needs_to_list_median_ms", statistics.median(recorded[1:]), "ms", 50)
    figures.record("contact_3_needs_to_list_p95_ms", p95(recorded[1:]), "ms", 50)
    assert p95(stories) <= 150
    assert p95(recorded[1:]) <= 50


def test_a_story_read_is_audited_once_in_a_fixed_number_of_statements(
    busy_sqlite: Path, figures: Figures
) -> None:
    """Reading a followed worker's story: its statements do not grow with the contacts,
    and it writes one audit row (not one per query)."""
    from sqlalchemy import event, func

    from welfare_desk.cases.story import worker_story
    from welfare_desk.store.models import AuditEntry

    store = store_at(str(busy_sqlite))
    try:
        worker_id = _worker_with_200_contacts(store)
        with UnitOfWork(store) as uow:
            before = uow.session.scalar(select(func.count()).select_from(AuditEntry))
        seen: list[str] = []

        def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            seen.append(statement)

        event.listen(store.engine, "before_cursor_execute", count)
        try:
            with UnitOfWork(store) as uow:
                worker_story(uow, worker_id)
        finally:
            event.remove(store.engine, "before_cursor_execute", count)
        with UnitOfWork(store) as uow:
            after = uow.session.scalar(select(func.count()).select_from(AuditEntry))
    finally:
        store.close()
    figures.record("story_statements", len(seen), "statements", 25)
    figures.record("story_audit_rows", (after or 0) - (before or 0), "rows", 1)
