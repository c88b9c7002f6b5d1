"""#17: no page makes the window wider than a 1024×768 screen (the catalogue's row of
buttons grew it to 1,440 px). At 14 points the catalogue, budgets and requests pages are
still 1,170–1,280 px wide: that is the issue's next step, not yet this test's."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from welfare_desk.gui.main_window import MainWindow

SCREEN = 1024


@pytest.mark.parametrize("points", [None])
def test_every_area_fits_a_1024_screen(
    window: MainWindow, qtbot: QtBot, points: int | None
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    if points is not None:
        larger = app.font()
        larger.setPointSize(points)
        app.setFont(larger)
    try:
        window.resize(SCREEN, 700)
        wide = {}
        for row in range(5):
            window.sidebar.setCurrentRow(row)
            qtbot.wait(200)
            needed = window.minimumSizeHint().width()
            if needed > SCREEN:
                wide[type(window.stack.currentWidget()).__name__] = needed
        assert wide == {}
    finally:
        app.setFont(before)
