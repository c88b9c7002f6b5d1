"""Retention, for an administrator: each kind of record's period and reason, what ran past
it today, and its removal, with a reason and asked once more."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.gui.confirm import confirm
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.screen_fit import fit_screen
from welfare_desk.gui.formatting import short_date
from welfare_desk.gui.small_models import ListTableModel, plain_table
from welfare_desk.registry.retention import PurgeLine


class RetentionDialog(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model: ListTableModel[PurgeLine] = ListTableModel(
            [
                lambda r: r.label,
                lambda r: str(r.count),
                lambda r: short_date(r.oldest) if r.oldest else "",
                lambda r: self.tr("%n year(s)", "", r.years),
                lambda r: r.runs_from,
                lambda r: r.reason,
            ]
        )
        self.view = plain_table(self.model)
        self.view.setAccessibleName(self.tr("Retention periods"))
        intro = QLabel(
            self.tr(
                "Each kind of record is kept for the period below, then removed. The list "
                "says how many ran past it today: nothing is removed until you ask."
            )
        )
        intro.setWordWrap(True)
        self.why = QLabel()  # the chosen row's reason in full: the column cuts it
        self.why.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason of the removal"))
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(reason_label, self.reason)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.remove = QPushButton(self.tr("&Remove what expired…"))
        self.remove.setAutoDefault(False)  # Enter never removes
        self.remove.setEnabled(False)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.view.selectionModel().currentRowChanged.connect(lambda i, _p: self._explain(i.row()))
        self.remove.clicked.connect(self._remove)
        self.close_button.clicked.connect(self.accept)
        self.setWindowTitle(self.tr("Data retention"))
        self.model.set_headers(
            [
                self.tr("Records"),
                self.tr("Expired"),
                self.tr("Oldest"),
                self.tr("Kept for"),
                self.tr("From"),
                self.tr("Why"),
            ]
        )
        self.resize(1100, 520)
        fit_screen(self, parent)  # on a 1024-pixel screen, no wider than it (#17)
        self.reload()

    def _explain(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            line = self.model.rows[row]
            self.why.setText(f"{line.label}: {line.reason}.")

    def reload(self) -> None:
        def job(uow: Any) -> list[PurgeLine]:
            from welfare_desk.registry.retention import purge_plan

            return purge_plan(uow)

        def shown(lines: list[PurgeLine]) -> None:
            self.model.set_rows(lines)
            if lines:
                self.view.selectRow(0)
                self._explain(0)
            self.remove.setEnabled(any(line.count for line in lines))

        self.context.runner.run(self.context.in_store(job), shown, self._failed)

    def _remove(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.status.setProperty("problem", "error")
            self.status.setText(self.tr("Write the reason of the removal first."))
            self.reason.setFocus()
            return
        total = sum(line.count for line in self.model.rows)
        question = self.tr(
            "Remove %n expired record(s)? It cannot be undone: not even the history will "
            "hold their values.",
            "",
            total,
        )
        if not confirm(self, self.tr("Remove expired records"), question):
            return

        def job(uow: Any) -> list[PurgeLine]:
            from welfare_desk.registry.retention import purge

            return purge(uow, reason)

        def done(lines: list[PurgeLine]) -> None:
            self.status.setProperty("problem", None)
            removed = sum(line.count for line in lines)
            self.status.setText(self.tr("%n record(s) removed.", "", removed))
            self.context.changed()
            self.reload()

        self.remove.setEnabled(False)
        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.status.setProperty("problem", "error")
        self.status.setText(getattr(error, "message", None) or type(error).__name__)
