"""A small editor of one record: labelled fields, a status line for problems, Save and
Cancel. Neither button is a default (Enter in a field saves nothing by itself); the save
runs on the store thread and a refusal stays in the dialog with what was typed; Esc or
Cancel after typing asks first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.unsaved import form_state, may_close


class FieldsDialog(QDialog):
    saved = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = QFormLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("problem", "error")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self._as_opened: tuple[Any, ...] = ()

    def add_field(self, text: str, field: QWidget, name: str | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        if name is not None:
            field.setAccessibleName(name)
        self.form.addRow(label, field)

    def finish(self, first: QWidget, width: int = 520) -> None:
        """Lays the dialog out once its fields are added, and notes them as opened."""
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.resize(width, self.sizeHint().height())
        first.setFocus()
        self._as_opened = form_state(self)

    def save(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if may_close(self, self._as_opened):
            super().reject()

    def run_save(self, job: Any) -> None:
        def done(_result: object) -> None:
            self.context.changed()
            self.saved.emit()
            self.accept()

        def failed(error: Exception) -> None:
            self.save_button.setEnabled(True)
            self.status.setText(getattr(error, "message", None) or type(error).__name__)

        self.save_button.setEnabled(False)
        self.context.runner.run(self.context.in_store(job), done, failed)
