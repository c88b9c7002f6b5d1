"""Correcting a contact typed wrong: the day and time, the channel, how long, the notes.
The history keeps what it said before."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.domain.needs import Channel
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.labels import CHANNEL_NAMES, name_of
from welfare_desk.gui.unsaved import form_state, may_close

if TYPE_CHECKING:
    from welfare_desk.cases.story import ContactView


class ContactDialog(QDialog):
    saved = Signal()

    def __init__(
        self, context: DeskContext, contact: ContactView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.contact = context, contact
        self.setWindowTitle(self.tr("Correct the contact"))
        self.when = QLineEdit(f"{contact.at:%d/%m/%Y %H:%M}")
        self.when.setAccessibleName(self.tr("Day and time"))
        self.channel = QComboBox()
        for channel in CHANNEL_NAMES:
            self.channel.addItem(name_of(CHANNEL_NAMES, channel), channel.value)
        self.channel.setCurrentIndex(max(0, self.channel.findData(contact.channel)))
        self.channel.setAccessibleName(self.tr("Channel"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setValue(contact.duration_minutes)
        self.minutes.setAccessibleName(self.tr("Duration in minutes"))
        self.notes = QPlainTextEdit(contact.notes or "")
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        form = QFormLayout()
        for text, field in (
            (self.tr("&Day and time"), self.when),
            (self.tr("C&hannel"), self.channel),
            (self.tr("D&uration (minutes)"), self.minutes),
            (self.tr("&Notes"), self.notes),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("problem", "error")
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAutoDefault(False)  # Enter in a field saves nothing by itself
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
        self.resize(520, self.sizeHint().height())
        self.when.setFocus()
        self._as_opened = form_state(self)

    def reject(self) -> None:
        if may_close(self, self._as_opened):
            super().reject()

    def _save(self) -> None:
        from welfare_desk.domain.dates import DateFormatError, parse_date

        day_text, _, time_text = self.when.text().strip().partition(" ")
        hours, _, minutes = time_text.strip().partition(":")
        try:
            at = datetime.combine(parse_date(day_text), time(int(hours), int(minutes)))
        except (DateFormatError, ValueError):
            self.status.setText(self.tr("Write the day and time as 30/11/2026 09:30."))
            self.when.setFocus()
            return
        from welfare_desk.cases.casework import ContactEdit

        edit = ContactEdit(
            at,
            Channel(self.channel.currentData()),
            self.minutes.value(),
            self.notes.toPlainText(),
        )
        contact_id, version = self.contact.id, self.contact.version

        def job(uow: Any) -> None:
            from welfare_desk.cases.casework import correct_contact

            correct_contact(uow, contact_id, version, edit)

        def done(_result: object) -> None:
            self.context.changed()
            self.saved.emit()
            self.accept()

        def failed(error: Exception) -> None:
            self.save_button.setEnabled(True)
            self.status.setText(getattr(error, "message", None) or type(error).__name__)

        self.save_button.setEnabled(False)
        self.context.runner.run(self.context.in_store(job), done, failed)
