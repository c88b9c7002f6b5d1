"""Dialogs that save through the task runner and keep what was typed when saving fails."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.unsaved import EditWatch


class SavingDialog(QDialog):
    """Saves through the task runner; an error stays in the dialog with what was typed."""

    saved = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self._edits = EditWatch(self)

    def showEvent(self, event: QShowEvent) -> None:
        self._edits.watch()
        super().showEvent(event)
        # Enter in a field never saves what is half typed: Ctrl+Enter or Alt+S does. The
        # button box makes Save the default as it is shown, so this comes after.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

    def reject(self) -> None:
        """Esc or Cancel after typing asks before the typed work is dropped (#17)."""
        if self._edits.may_close():
            super().reject()

    def _setup_buttons(self, buttons: QDialogButtonBox, status: QLabel) -> None:
        self._buttons, self._status = buttons, status
        status.setProperty("problem", "error")
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

    def save(self) -> None:
        raise NotImplementedError

    def _run(self, job: Any) -> None:
        self._buttons.setEnabled(False)
        self.context.runner.run(self.context.in_store(job), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self._buttons.setEnabled(True)
        self.saved.emit()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._buttons.setEnabled(True)
        self._status.setText(getattr(error, "message", type(error).__name__))
        QTimer.singleShot(0, self._status.setFocus)

    def _refuse(self, message: str, field: QWidget) -> None:
        self._status.setText(message)
        field.setFocus()
