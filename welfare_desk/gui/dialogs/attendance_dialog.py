"""An edition's register: one row a person, one column a meeting, a tick for who came."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.saving import SavingDialog

if TYPE_CHECKING:
    from welfare_desk.catalogue.enrollments import AttendanceSheet

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class AttendanceDialog(SavingDialog):
    """A small grid (an edition's places by its meetings): Space ticks the current cell."""

    def __init__(
        self, context: DeskContext, edition_id: uuid.UUID, title: str, parent: QWidget | None
    ) -> None:
        super().__init__(context, parent)
        self.edition_id = edition_id
        self.sheet: AttendanceSheet | None = None
        self.setWindowTitle(self.tr("Attendance – %1").replace("%1", title))
        self.hint = QLabel(
            self.tr(
                "Tick who came to each meeting (Space ticks the chosen cell), then save. With "
                "at least 80% of the meetings, «Mark as attended» closes the enrollment."
            )
        )
        self.hint.setWordWrap(True)
        self.grid = QTableWidget()
        self.grid.setAccessibleName(self.tr("Attendance by person and meeting"))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._setup_buttons(buttons, self.status)
        self.resize(760, 420)

        def job(uow: Any) -> AttendanceSheet:
            from welfare_desk.catalogue.enrollments import attendance_sheet

            return attendance_sheet(uow, edition_id)

        context.runner.run(context.in_store(job), self._loaded, self._failed)

    def _loaded(self, sheet: AttendanceSheet) -> None:
        self.sheet = sheet
        self.grid.setRowCount(len(sheet.people))
        self.grid.setColumnCount(len(sheet.sessions))
        self.grid.setHorizontalHeaderLabels([f"{day:%d/%m}" for _id, day in sheet.sessions])
        self.grid.setVerticalHeaderLabels([p.person for p in sheet.people])
        for row, person in enumerate(sheet.people):
            for column, (session_id, day) in enumerate(sheet.sessions):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                came = (person.id, session_id) in sheet.present
                item.setCheckState(CHECKED if came else UNCHECKED)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("%1 on %2")
                    .replace("%1", person.person)
                    .replace("%2", f"{day:%d/%m/%Y}"),
                )
                self.grid.setItem(row, column, item)
        self.grid.resizeColumnsToContents()
        if not sheet.sessions:
            self.status.setText(self.tr("This edition has no meetings to record."))
        elif not sheet.people:
            self.status.setText(self.tr("Nobody holds a place in this edition yet."))
        self.grid.setFocus()
        self.grid.setCurrentCell(0, 0)

    def marks(self) -> dict[tuple[uuid.UUID, uuid.UUID], bool]:
        sheet = self.sheet
        if sheet is None:
            return {}
        found: dict[tuple[uuid.UUID, uuid.UUID], bool] = {}
        for row, person in enumerate(sheet.people):
            for column, (session_id, _day) in enumerate(sheet.sessions):
                item = self.grid.item(row, column)
                found[(person.id, session_id)] = item is not None and item.checkState() == CHECKED
        return found

    def save(self) -> None:
        marks, edition_id = self.marks(), self.edition_id

        def job(uow: Any) -> None:
            from welfare_desk.catalogue.enrollments import save_attendance

            save_attendance(uow, edition_id, marks)

        self._run(job)
