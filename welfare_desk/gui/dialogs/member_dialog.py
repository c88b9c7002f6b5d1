"""A household member typed at the desk: relation, names, birth date, the codice fiscale
when known, L. 104, dependent, and for an adopted or fostered child the day they came."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from welfare_desk.domain.household import Disability, Relation
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.fields_dialog import FieldsDialog
from welfare_desk.gui.labels import DISABILITY_NAMES, RELATION_NAMES, name_of

if TYPE_CHECKING:
    from welfare_desk.registry.workers import MemberView


class MemberDialog(FieldsDialog):
    def __init__(
        self,
        context: DeskContext,
        worker_id: uuid.UUID,
        member: MemberView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.worker_id, self.member = worker_id, member
        self.setWindowTitle(
            self.tr("Add a household member") if member is None else self.tr("Household member")
        )
        self.relation = QComboBox()
        for relation in Relation:
            self.relation.addItem(name_of(RELATION_NAMES, relation), relation.value)
        self.surname = QLineEdit()
        self.name = QLineEdit()
        self.birth = QLineEdit()
        self.birth.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("optional"))
        self.disability = QComboBox()
        for disability in Disability:
            self.disability.addItem(name_of(DISABILITY_NAMES, disability), disability.value)
        self.dependent = QCheckBox(self.tr("&Dependent for tax purposes"))
        self.entered = QLineEdit()
        self.entered.setPlaceholderText(self.tr("only for an adopted or fostered child"))
        for text, field, name in (
            (self.tr("&Relation"), self.relation, self.tr("Relation")),
            (self.tr("&Surname"), self.surname, self.tr("Surname")),
            (self.tr("&Name"), self.name, self.tr("Name")),
            (self.tr("&Born on"), self.birth, self.tr("Birth date")),
            (self.tr("Codice &fiscale"), self.code, self.tr("Codice fiscale")),
            (self.tr("L. &104"), self.disability, self.tr("Recognition under L. 104/1992")),
            (self.tr("In the famil&y since"), self.entered, self.tr("In the family since")),
        ):
            self.add_field(text, field, name)
        self.form.addRow(self.dependent)
        if member is not None:
            self.relation.setCurrentIndex(max(0, self.relation.findData(member.relation)))
            self.surname.setText(member.surname)
            self.name.setText(member.name)
            self.birth.setText(f"{member.birth_date:%d/%m/%Y}")
            self.code.setText(member.codice_fiscale or "")
            self.disability.setCurrentIndex(max(0, self.disability.findData(member.disability)))
            self.dependent.setChecked(member.dependent)
            self.entered.setText(f"{member.entered_on:%d/%m/%Y}" if member.entered_on else "")
        self.finish(self.relation)

    def save(self) -> None:
        from welfare_desk.domain.dates import DateFormatError, parse_date
        from welfare_desk.registry.household import MemberInput

        try:
            birth = parse_date(self.birth.text())
        except DateFormatError as exc:
            self.status.setText(self.tr("Born on: %1").replace("%1", str(exc)))
            self.birth.setFocus()
            return
        entered = None
        if self.entered.text().strip():
            try:
                entered = parse_date(self.entered.text())
            except DateFormatError as exc:
                self.status.setText(self.tr("In the family since: %1").replace("%1", str(exc)))
                self.entered.setFocus()
                return
        data = MemberInput(
            Relation(self.relation.currentData()),
            self.surname.text(),
            self.name.text(),
            birth,
            self.code.text() or None,
            None,
            Disability(self.disability.currentData()),
            self.dependent.isChecked(),
            entered,
        )
        worker_id, member = self.worker_id, self.member

        def job(uow: Any) -> None:
            from welfare_desk.registry.household import save_member

            save_member(
                uow,
                worker_id,
                data,
                member.id if member else None,
                member.version if member else None,
            )

        self.run_save(job)
