"""Correcting a contact typed wrong: the day and time, the channel, how long, the notes.
The history keeps what it said before."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from welfare_desk.domain.needs import Channel
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.fields_dialog import FieldsDialog
from welfare_desk.gui.labels import CHANNEL_NAMES, name_of

if TYPE_CHECKING:
    from welfare_desk.cases.story import ContactView


class ContactDialog(FieldsDialog):
    def __init__(
        self, context: DeskContext, contact: ContactView, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.contact = contact
        self.setWindowTitle(self.tr("Correct the contact"))
        self.when = QLineEdit(f"{contact.at:%d/%m/%Y %H:%M}")
        self.channel = QComboBox()
        for channel in CHANNEL_NAMES:
            self.channel.addItem(name_of(CHANNEL_NAMES, channel), channel.value)
        self.channel.setCurrentIndex(max(0, self.channel.findData(contact.channel)))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setValue(contact.duration_minutes)
        self.notes = QPlainTextEdit(contact.notes or "")
        self.notes.setTabChangesFocus(True)
        self.add_field(self.tr("&Day and time"), self.when, self.tr("Day and time"))
        self.add_field(self.tr("C&hannel"), self.channel, self.tr("Channel"))
        self.add_field(self.tr("D&uration (minutes)"), self.minutes, self.tr("Duration in minutes"))
        self.add_field(self.tr("&Notes"), self.notes, self.tr("Notes"))
        self.finish(self.when)

    def save(self) -> None:
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

        self.run_save(job)
