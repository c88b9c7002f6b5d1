"""Typing as a person at the keyboard would: into whatever has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def keys(qtbot: QtBot, *typed: object) -> None:
    """Text is typed; a key or a (modifier, key) pair is pressed."""
    for key in typed:
        widget = QApplication.focusWidget()
        assert widget is not None
        if isinstance(key, str):
            qtbot.keyClicks(widget, key)
        else:
            modifier, code = (
                key if isinstance(key, tuple) else (Qt.KeyboardModifier.NoModifier, key)
            )
            qtbot.keyClick(widget, code, modifier)


def wait_for_dialog(qtbot: QtBot, kind: type[QWidget]) -> QWidget:
    """The dialog of that kind once it is shown, active and holding the focus."""
    found: list[QWidget] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)]
        return bool(found) and found[-1].isVisible()

    qtbot.waitUntil(shown, timeout=5000)
    dialog = found[-1]
    dialog.activateWindow()
    qtbot.waitUntil(
        lambda: (focus := QApplication.focusWidget()) is not None and dialog.isAncestorOf(focus),
        timeout=3000,
    )
    return dialog


SAVE = (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Return)
