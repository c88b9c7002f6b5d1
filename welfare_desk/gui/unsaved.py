"""Typed work is never lost silently: an editor closed with changes not saved asks first
(No by default keeps the editor open, with what was typed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from welfare_desk.gui.confirm import confirm


def form_state(form: QWidget) -> tuple[Any, ...]:
    """What the person can change in a form, as one comparable value."""
    state: list[Any] = []
    for widget in form.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QComboBox):
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append(widget.currentText())
        elif isinstance(widget, QSpinBox):
            state.append(widget.value())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
    return tuple(state)


def may_close(form: QWidget, saved_state: tuple[Any, ...]) -> bool:
    """True when nothing was typed since `saved_state`, or the person chose to drop it."""
    if form_state(form) == saved_state:
        return True
    return confirm(
        form,
        QCoreApplication.translate("Unsaved", "Changes not saved"),
        QCoreApplication.translate("Unsaved", "What you typed is not saved. Close and lose it?"),
    )
