"""Correcting a need typed wrong: which need, how urgent, the note. The history keeps what
it said before."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.domain.needs import Urgency
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.labels import URGENCY_NAMES, name_of
from welfare_desk.gui.unsaved import form_state, may_close

if TYPE_CHECKING:
    from welfare_desk.cases.story import NeedView


class NeedDialog(QDialog):
    saved = Signal()

    def __init__(self, context: DeskContext, need: NeedView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from welfare_desk.reference import need_taxonomy

        self.context, self.need = context, need
        self.setWindowTitle(self.tr("Correct the need"))
        self.kind = QComboBox()
        for kind in need_taxonomy().kinds:
            self.kind.addItem(f"{kind.category_label} · {kind.label}", kind.code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(need.kind)))
        self.urgency = QComboBox()
        for urgency in URGENCY_NAMES:
            self.urgency.addItem(name_of(URGENCY_NAMES, urgency), urgency.value)
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(need.urgency)))
        self.note = QLineEdit(need.note or "")
        form = QFormLayout()
        for text, field, name in (
            (self.tr("&Need"), self.kind, self.tr("Need")),
            (self.tr("&Urgency"), self.urgency, self.tr("Urgency")),
            (self.tr("N&ote"), self.note, self.tr("Note")),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(name)
            form.addRow(label, field)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("problem", "error")
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAutoDefault(False)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.save_button.clicked.connect(self._save)
        cancel.clicked.connect(self.reject)
        self.resize(560, self.sizeHint().height())
        self.kind.setFocus()
        self._as_opened = form_state(self)

    def reject(self) -> None:
        if may_close(self, self._as_opened):
            super().reject()

    def _save(self) -> None:
        need_id, version = self.need.id, self.need.version
        kind, urgency = str(self.kind.currentData()), Urgency(self.urgency.currentData())
        note = self.note.text()

        def job(uow: Any) -> None:
            from welfare_desk.cases.casework import correct_need

            correct_need(uow, need_id, version, kind, urgency, note)

        def done(_result: object) -> None:
            self.context.changed()
            self.saved.emit()
            self.accept()

        def failed(error: Exception) -> None:
            self.save_button.setEnabled(True)
            self.status.setText(getattr(error, "message", None) or type(error).__name__)

        self.save_button.setEnabled(False)
        self.context.runner.run(self.context.in_store(job), done, failed)
