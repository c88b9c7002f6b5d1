"""Correcting a need typed wrong: which need, how urgent, the note. The history keeps what
it said before."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from welfare_desk.domain.needs import Urgency
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.fields_dialog import FieldsDialog
from welfare_desk.gui.labels import URGENCY_NAMES, name_of

if TYPE_CHECKING:
    from welfare_desk.cases.story import NeedView


class NeedDialog(FieldsDialog):
    def __init__(self, context: DeskContext, need: NeedView, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        from welfare_desk.reference import need_taxonomy

        self.need = need
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
        self.add_field(self.tr("&Need"), self.kind, self.tr("Need"))
        self.add_field(self.tr("&Urgency"), self.urgency, self.tr("Urgency"))
        self.add_field(self.tr("N&ote"), self.note, self.tr("Note"))
        self.finish(self.kind, width=560)

    def save(self) -> None:
        need_id, version = self.need.id, self.need.version
        kind, urgency = str(self.kind.currentData()), Urgency(self.urgency.currentData())
        note = self.note.text()

        def job(uow: Any) -> None:
            from welfare_desk.cases.casework import correct_need

            correct_need(uow, need_id, version, kind, urgency, note)

        self.run_save(job)
