"""Typed work is never lost silently: an editor closed with changes not saved asks first
(No by default keeps the editor open, with what was typed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QListWidget,
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


def may_close(form: QWidget, saved_state: tuple[Any, ...] | None) -> bool:
    """True when nothing was typed since `saved_state`, or the person chose to drop it;
    None: ask in any case."""
    if saved_state is not None and form_state(form) == saved_state:
        return True
    return confirm(
        form,
        QCoreApplication.translate("Unsaved", "Changes not saved"),
        QCoreApplication.translate("Unsaved", "What you typed is not saved. Close and lose it?"),
    )


class EditWatch(QObject):
    """Notes the form as it was just before the person first typed or clicked in one of
    its fields, so that lists a dialog fills in the background after it opens count as
    no change. Watches the fields themselves, once the form is shown."""

    QUIET_KEYS = frozenset({Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab})
    FIELDS = (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QAbstractButton, QListWidget)

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self.form = form
        self.before: tuple[Any, ...] | None = None
        self._watching = False

    def watch(self) -> None:
        """Called when the form is first shown: its fields exist by then."""
        if self._watching:
            return
        self._watching = True
        for field in self.form.findChildren(QWidget):
            if isinstance(field, self.FIELDS):
                field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.before is None:
            kind = event.type()
            if kind == QEvent.Type.MouseButtonPress or (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() not in self.QUIET_KEYS
            ):
                self.before = form_state(self.form)
        return False

    def changed(self) -> bool:
        return self.before is not None and form_state(self.form) != self.before

    def may_close(self) -> bool:
        """True when nothing was changed by hand, or the person chose to drop it."""
        return not self.changed() or may_close(self.form, None)
