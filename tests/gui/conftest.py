"""A desk on a demo store, offscreen, with its own settings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from welfare_desk.gui import i18n
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.gui.resources import style_sheet
from welfare_desk.gui.settings import Settings
from welfare_desk.gui.tasks import TaskRunner
from welfare_desk.services.demo import generate
from welfare_desk.store.engine import Store, open_store
from welfare_desk.store.uow import UnitOfWork

DEMO_WORKERS = 300


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    store = open_store(str(path))
    with UnitOfWork(store) as uow:
        generate(uow, DEMO_WORKERS, seed=4)
    store.close()
    return path


@pytest.fixture
def demo_store(demo_file: Path, tmp_path: Path) -> Iterator[Store]:
    """A fresh copy of the demo store for each test, so that edits do not leak."""
    copy = tmp_path / "desk.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    store = open_store(str(copy))
    yield store
    store.close()


@pytest.fixture
def context(demo_store: Store, tmp_path: Path) -> Iterator[DeskContext]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    runner = TaskRunner()
    yield DeskContext(runner=runner, settings=settings, store=demo_store)
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
