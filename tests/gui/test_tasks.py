"""The store thread's runner: results and errors come back on the UI thread, and a failure
nobody asked to hear about is still told to the person at the desk."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial

import pytest
import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from welfare_desk.errors import InvalidInput
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.gui.tasks import TaskRunner


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.shutdown()


def _fails(message: str) -> None:
    raise InvalidInput(message)


def test_a_result_and_an_error_reach_their_callbacks(qtbot: QtBot, runner: TaskRunner) -> None:
    results: list[object] = []
    runner.run(lambda: 41 + 1, results.append)
    runner.run(lambda: _fails("Data non valida."), results.append, results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert results[0] == 42
    assert isinstance(results[1], InvalidInput)


class _Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.combo = QComboBox(self)

    def filled(self, names: list[str]) -> None:
        self.combo.addItems(names)


def test_an_answer_for_a_closed_window_is_dropped_not_raised(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """CI saw it: an editor closed while its list of employers was still being read; the
    answer then reached a deleted combo box and raised in the event loop."""
    form = _Form()
    release = threading.Event()
    names = ["Tessitura Olona"]
    done = runner.run(lambda: release.wait(5) and names, form.filled)
    held = runner.run(lambda: names, lambda found: form.filled(found))
    form.deleteLater()
    qtbot.waitUntil(lambda: not _alive(form), timeout=3000)
    release.set()
    done.result(timeout=5)
    held.result(timeout=5)
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)  # drained without raising


def _alive(widget: QWidget) -> bool:
    return bool(shiboken6.isValid(widget))


def test_a_failure_without_a_callback_is_told_not_only_logged(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    with qtbot.waitSignal(runner.failed, timeout=5000) as told:
        runner.run(lambda: _fails("Il lavoratore non è più in archivio."))
    assert told.args == ["Il lavoratore non è più in archivio."]
    # something unexpected: its type, never its text (it may hold personal data)
    with qtbot.waitSignal(runner.failed, timeout=5000) as told:
        runner.run(lambda: {}["RSSMRA80A01H501U"])
    assert "KeyError" in told.args[0] and "RSSMRA" not in told.args[0]


def test_the_desk_shows_a_failure_nobody_else_reported(qtbot: QtBot, window: MainWindow) -> None:
    window.context.runner.run(lambda: _fails("Archivio non raggiungibile: riprova."))
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() and w.objectName() == "taskFailed"
            for w in QApplication.topLevelWidgets()
        ),
        timeout=5000,
    )
    (box,) = [w for w in QApplication.topLevelWidgets() if w.objectName() == "taskFailed"]
    assert isinstance(box, QMessageBox)
    assert box.text() == "Archivio non raggiungibile: riprova."
    assert box.windowTitle() == "L'operazione non è riuscita"
    assert window.statusBar().currentMessage() == "Archivio non raggiungibile: riprova."
    box.close()


def test_a_failure_for_a_closed_window_is_still_told(qtbot: QtBot, runner: TaskRunner) -> None:
    """Review: a save that failed after its window closed was dropped without a word, so
    the person would believe it saved."""
    form = _Form()
    release = threading.Event()

    def fails() -> None:
        release.wait(5)
        _fails("Salvato da un'altra postazione nel frattempo: ricarica.")

    runner.run(fails, form.filled, lambda error: form.filled([str(error)]))
    form.deleteLater()
    qtbot.waitUntil(lambda: not _alive(form), timeout=3000)
    with qtbot.waitSignal(runner.failed, timeout=5000) as told:
        release.set()
    assert told.args == ["Salvato da un'altra postazione nel frattempo: ricarica."]


def test_answers_for_a_closed_window_through_partial_or_a_signal_are_dropped(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """Review: a functools.partial of a closed window's method, or its signal's emit,
    still reached the deleted window and raised in the event loop."""
    form = _Signalling()
    release = threading.Event()
    waited = runner.run(lambda: release.wait(5) and ["Tessitura Olona"], partial(form.filled))
    runner.run(lambda: ["Tessitura Olona"], form.loaded.emit)
    form.deleteLater()
    qtbot.waitUntil(lambda: not _alive(form), timeout=3000)
    release.set()
    waited.result(timeout=5)
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)


def test_an_answer_whose_closure_holds_a_closed_dialog_still_reaches_the_open_window(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """Review: any deleted object held by the callback made it be dropped, even when the
    window it fills is open."""
    live, progress = _Form(), QWidget()
    progress.deleteLater()
    qtbot.waitUntil(lambda: not _alive(progress), timeout=3000)

    def shown(names: list[str]) -> None:
        if _alive(progress):
            progress.close()
        live.filled(names)

    runner.run(lambda: ["Tessitura Olona"], shown)
    qtbot.waitUntil(lambda: live.combo.count() == 1, timeout=3000)


def test_a_callback_with_an_empty_closure_cell_is_called(qtbot: QtBot, runner: TaskRunner) -> None:
    """Review: a closure over a name not bound yet (an empty cell) made the check raise."""
    results: list[object] = []

    def answered(value: object) -> None:
        results.append(value)
        if not results:
            results.append(later)  # never reached: `later` stays unbound

    runner.run(lambda: 1, answered)
    qtbot.waitUntil(lambda: results == [1], timeout=3000)
    if not results:
        later = "mai"
        results.append(later)


class _Signalling(_Form):
    loaded = Signal(list)
