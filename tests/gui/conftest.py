"""A desk on a demo store, offscreen, with its own settings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.conftest import copy_store, store_at
from welfare_desk.demo.generate import generate
from welfare_desk.gui import i18n
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.gui.resources import style_sheet
from welfare_desk.gui.settings import Settings
from welfare_desk.gui.tasks import TaskRunner
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

DEMO_WORKERS = 300


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    store = store_at(str(path))
    with UnitOfWork(store) as uow:
        generate(uow, DEMO_WORKERS, seed=4)
    store.close()
    return path


@pytest.fixture
def demo_store(demo_file: Path, tmp_path: Path) -> Iterator[Store]:
    """A fresh copy of the demo store for each test, so that edits do not leak."""
    copy = tmp_path / "desk.sqlite"
    copy_store(demo_file, copy)
    store = store_at(str(copy))
    yield store
    store.close()


@pytest.fixture
def context(demo_store: Store, tmp_path: Path) -> Iterator[DeskContext]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    runner = TaskRunner()
    yield DeskContext(
        runner=runner,
        settings=settings,
        clock=demo_store.clock,
        store=demo_store,
        opened_folder=tmp_path / "opened",
    )
    runner.shutdown()


@pytest.fixture
def window(qtbot: QtBot, context: DeskContext, qapp: object) -> MainWindow:
    qapp.setStyleSheet(style_sheet())  # type: ignore[attr-defined]
    i18n.install("it")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.first_page_ready, timeout=10_000):
        window.start()
    return window


@pytest.fixture
def followed(demo_store: Store) -> dict[str, object]:
    """A worker with two needs and a case whose plan has an action overdue since yesterday;
    list it before `window` so the desk starts with it in the agenda."""
    from datetime import timedelta

    from tests.helpers import add_worker
    from welfare_desk.cases.casework import (
        ContactInput,
        NeedInput,
        add_action,
        add_goal,
        open_case,
        record_contact,
    )
    from welfare_desk.domain.needs import Channel

    today = demo_store.clock.today()
    worker = add_worker(demo_store, surname="Zanetti", name="Giulia").worker
    with UnitOfWork(demo_store) as uow:
        record_contact(
            uow,
            ContactInput(
                worker.id,
                demo_store.clock.wall_time() - timedelta(days=10),
                Channel.SOCIAL_POINT,
                30,
                notes="Turni variabili, figlia al nido da gennaio.",
                needs=[NeedInput("childcare.nursery"), NeedInput("time.smart_working")],
            ),
        )
    with UnitOfWork(demo_store) as uow:
        case = open_case(uow, worker.id, today - timedelta(days=7))
    with UnitOfWork(demo_store) as uow:
        goal = add_goal(uow, case.id, "Posto al nido entro gennaio", today + timedelta(days=60))
    with UnitOfWork(demo_store) as uow:
        add_action(
            uow, goal, "referral", "Domanda al nido comunale", "worker", today - timedelta(days=1)
        )
    return {"worker": worker, "case": case, "goal": goal}
