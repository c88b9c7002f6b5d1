"""A replica's desk: the synchronisation in the status bar and the conflict inbox."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.sync.test_conflicts import _conflicted
from tests.sync.test_hub import _edit, _worker
from welfare_desk.gui import i18n
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.gui.resources import style_sheet
from welfare_desk.gui.settings import Settings
from welfare_desk.gui.tasks import TaskRunner
from welfare_desk.store.engine import Store
from welfare_desk.store.models import Worker

SHOTS = os.environ.get("WELFARE_DESK_SHOTS")


@pytest.fixture
def replica_window(
    qtbot: QtBot, qapp: object, hub: Store, desks: list[Store], tmp_path: Path
) -> Iterator[tuple[MainWindow, Store, object]]:
    a, _b, worker_id = _conflicted(hub, desks)
    _edit(a, Worker, worker_id, email="anna.galli@example.it")  # waiting to go out
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    runner = TaskRunner()
    context = DeskContext(runner=runner, settings=settings, clock=a.clock, store=a)
    qapp.setStyleSheet(style_sheet())  # type: ignore[attr-defined]
    i18n.install("it")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.first_page_ready, timeout=10_000):
        window.start()
    qtbot.waitUntil(lambda: window.sync_bar.label.isVisible(), timeout=10_000)
    yield window, hub, worker_id
    runner.shutdown()


def test_the_status_bar_says_what_waits_and_the_sidebar_offers_the_conflicts(
    replica_window: tuple[MainWindow, Store, object],
) -> None:
    window, _hub, _ = replica_window

    text = window.sync_bar.label.text()
    assert text == "Sincronizzato 10:00 · 1 da inviare"
    told = window.sync_bar.label.toolTip()
    assert "Ultima sincronizzazione 30/11/2026 10:00" in told or "Ultima sincronizzazione" in told
    assert "1 modifica da inviare" in told and "1 conflitto da risolvere" in told
    assert window.sync_bar.button.isVisible()
    assert not window.conflicts_item.isHidden()
    assert window.conflicts_item.text() == "Conflitti (1)"
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "sync_status_bar.png"))


def test_synchronise_now_sends_what_waits(
    qtbot: QtBot, replica_window: tuple[MainWindow, Store, object]
) -> None:
    window, hub, worker_id = replica_window

    window.sync_bar.button.click()

    qtbot.waitUntil(lambda: "da inviare" not in window.sync_bar.label.text(), timeout=20_000)
    found = _worker(hub, worker_id)  # type: ignore[arg-type]
    assert found is not None and found.email == "anna.galli@example.it"


def test_the_inbox_takes_the_other_value(
    qtbot: QtBot, replica_window: tuple[MainWindow, Store, object]
) -> None:
    window, _hub, worker_id = replica_window
    window.sidebar.setCurrentRow(6)
    page = window.conflicts_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert "Galli Anna" in page.model.rows[0].record
    assert page.other_button.isEnabled()
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "sync_conflicts_page.png"))

    page.other_button.click()

    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    found = _worker(window.context.store, worker_id)  # type: ignore[arg-type]
    assert found is not None and found.phone == "0371 111111"
    qtbot.waitUntil(lambda: window.conflicts_item.text() == "Conflitti", timeout=10_000)


@pytest.mark.parametrize("points", [None, 14])
def test_the_inbox_and_the_status_bar_fit_a_small_screen_at_a_large_font(
    qtbot: QtBot, replica_window: tuple[MainWindow, Store, object], points: int | None
) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.gui.test_page_sizes import SCREEN, _cut

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    if points is not None:
        larger = app.font()
        larger.setPointSize(points)
        app.setFont(larger)
    try:
        window, _hub, _ = replica_window
        window.sidebar.setCurrentRow(6)
        page = window.conflicts_page
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        window.resize(*SCREEN)
        qtbot.wait(200)
        least = window.minimumSizeHint()
        assert least.width() <= SCREEN[0] and least.height() <= SCREEN[1]
        assert _cut(page) == []
        assert _cut(window.statusBar()) == []
        if SHOTS:
            window.grab().save(str(Path(SHOTS) / f"sync_conflicts_{points or 'normal'}.png"))
    finally:
        app.setFont(before)


def test_the_bar_tells_how_far_a_synchronisation_has_gone(
    replica_window: tuple[MainWindow, Store, object],
) -> None:
    window, _hub, _ = replica_window
    bar = window.sync_bar
    bar.running = True

    bar.progressed.emit("push", 2000)

    assert bar.label.text().startswith("Invio: 2.000…")
    bar.progressed.emit("pull", 12500)
    assert bar.label.text().startswith("Ricezione: 12.500…")


@pytest.mark.parametrize("points", [None, 14])
def test_a_desk_sharing_a_folder_synchronises_from_the_bar(
    qtbot: QtBot,
    qapp: object,
    tmp_path: Path,
    blank_store: Path,
    monkeypatch: pytest.MonkeyPatch,
    points: int | None,
) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.conftest import copy_store, store_at
    from tests.gui.test_page_sizes import SCREEN, _cut
    from tests.helpers import add_worker
    from welfare_desk.sync.folder import sync_with_folder

    folder = tmp_path / "condivisa"
    folder.mkdir()
    mine = store_at(str(copy_store(blank_store, tmp_path / "mine.sqlite")))
    other = store_at(str(copy_store(blank_store, tmp_path / "other.sqlite")))
    for store in (mine, other):
        sync_with_folder(store, folder, "la frase della cartella")
    worker_id = add_worker(mine, surname="Galli").worker.id  # waiting to go out
    add_worker(other, surname="Galli", phone="0371 999999")  # the same person, made after
    sync_with_folder(other, folder)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    runner = TaskRunner()
    context = DeskContext(runner=runner, settings=settings, clock=mine.clock, store=mine)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    if points is not None:  # set before the desk is built, as a system font is
        larger = app.font()
        larger.setPointSize(points)
        app.setFont(larger)
    qapp.setStyleSheet(style_sheet())  # type: ignore[attr-defined]
    i18n.install("it")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(*(SCREEN if points else (1280, 800)))
    window.show()
    try:
        with qtbot.waitSignal(window.first_page_ready, timeout=10_000):
            window.start()
        qtbot.waitUntil(lambda: window.sync_bar.label.isVisible(), timeout=10_000)
        assert "da inviare" in window.sync_bar.label.text()
        assert f"Cartella condivisa: {folder.resolve()}" in window.sync_bar.label.toolTip()
        if SHOTS:
            qtbot.wait(200)  # the bar laid out again for the label's new text
            window.grab().save(str(Path(SHOTS) / f"sync_folder_bar_{points or 'normal'}.png"))

        window.sync_bar.button.click()  # the desk keeps the folder's key: nothing asked

        qtbot.waitUntil(lambda: "da inviare" not in window.sync_bar.label.text(), timeout=20_000)
        sync_with_folder(other, folder)
        assert _worker(other, worker_id) is not None  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: window.conflicts_item.text() == "Conflitti (2)", timeout=10_000)
        window.sidebar.setCurrentRow(6)  # the person and the employer, made on both desks
        page = window.conflicts_page
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
        assert page.merge_button.isVisible()
        page.view.selectRow(
            next(n for n, row in enumerate(page.model.rows) if row.double_id and row.worker_id)
        )
        assert page.merge_button.isEnabled()
        qtbot.wait(200)
        assert _cut(page) == [] and _cut(window.statusBar()) == []
        if SHOTS:
            shot = f"sync_folder_conflicts_{points or 'normal'}.png"
            window.grab().save(str(Path(SHOTS) / shot))
        asked: list[str] = []
        monkeypatch.setattr(
            "welfare_desk.gui.pages.conflicts_page.confirm",
            lambda _p, _t, text: asked.append(text) or True,
        )

        page.merge_button.click()

        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        assert "non si può annullare" in asked[0] and "Galli Maria" in asked[0]
        assert "Schede unite" in window.statusBar().currentMessage()
        assert page.merge_button.isVisible()  # the employer, made on both desks too
    finally:
        app.setFont(before)
        runner.shutdown()
        other.close()
