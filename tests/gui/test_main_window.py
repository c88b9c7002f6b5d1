"""The main window says when the desk runs as of another day than the real one."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from welfare_desk.clock import Clock
from welfare_desk.gui import i18n
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.main_window import MainWindow


def _window(qtbot: QtBot, context: DeskContext) -> MainWindow:
    i18n.install("it")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_a_desk_started_with_today_says_so_in_the_status_bar(
    qtbot: QtBot, context: DeskContext
) -> None:
    ahead = Clock.system().today() + timedelta(days=35)
    context.clock = Clock.as_of(ahead)
    window = _window(qtbot, context)
    assert window.day_label.isVisible()
    assert window.day_label.text() == (
        f"Si lavora come se fosse il {ahead:%d/%m/%Y}: non è la data di oggi"
    )
    assert "--today" in window.day_label.toolTip()
    assert window.day_label.accessibleName() == window.day_label.text()


def test_a_desk_on_the_real_day_says_nothing_of_it(qtbot: QtBot, context: DeskContext) -> None:
    context.clock = Clock.system()
    window = _window(qtbot, context)
    assert not window.day_label.isVisible()
