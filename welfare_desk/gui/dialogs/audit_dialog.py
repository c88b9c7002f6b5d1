"""The audit, for an administrator: who looked at, printed or exported whose data,
filtered by person and operator, and exported with a reason (itself audited)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.access.audit import AuditView
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.formatting import short_date
from welfare_desk.gui.small_models import ListTableModel, plain_table


def _when(row: AuditView) -> str:
    from welfare_desk.clock import local

    at = local(row.at)
    return f"{short_date(at.date())} {at:%H:%M}"


class AuditDialog(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model: ListTableModel[AuditView] = ListTableModel(
            [
                _when,
                lambda r: r.operator,
                lambda r: r.action,
                lambda r: r.detail,
                lambda r: str(r.entity_id) if r.entity_id else "",
                lambda r: r.reason,
            ]
        )
        self.view = plain_table(self.model)
        self.person = QLineEdit()
        self.operator = QComboBox()
        self.since = QLineEdit()
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        fields = (self.person, self.operator, self.since)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.search = QPushButton()
        self.export = QPushButton()
        self.close_button = QPushButton()
        for button in (self.export, self.close_button):
            button.setAutoDefault(False)
        self.search.setDefault(True)  # Enter in a filter looks: it writes nothing
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.search)
        row.addWidget(self.export)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.search.clicked.connect(lambda: self.reload())
        self.export.clicked.connect(self._export)
        self.close_button.clicked.connect(self.accept)
        self.setWindowTitle(self.tr("Access register"))
        self.labels[0].setText(self.tr("&Person (codice fiscale)"))
        self.labels[1].setText(self.tr("&Operator"))
        self.labels[2].setText(self.tr("&From the day"))
        self.since.setPlaceholderText(self.tr("dd/mm/yyyy, empty: every day"))
        self.person.setPlaceholderText(self.tr("everyone"))
        self.operator.addItem(self.tr("every operator"), "")
        self.search.setText(self.tr("&Show"))
        self.export.setText(self.tr("&Export…"))
        self.close_button.setText(self.tr("&Close"))
        self.view.setAccessibleName(self.tr("Access register"))
        self.model.set_headers(
            [
                self.tr("When"),
                self.tr("Operator"),
                self.tr("Action"),
                self.tr("What"),
                self.tr("Person (id)"),
                self.tr("Reason"),
            ]
        )
        self.resize(1000, 560)
        self._load_operators()
        self.reload()

    def _load_operators(self) -> None:
        def job(uow: Any) -> list[Any]:
            from welfare_desk.access.operators import list_operators

            return list_operators(uow)

        def shown(operators: list[Any]) -> None:
            for operator in operators:
                self.operator.addItem(f"{operator.name} ({operator.login})", operator.id.hex)

        self.context.runner.run(self.context.in_store(job), shown, self._failed)

    def reload(self, note: str = "") -> None:
        from datetime import datetime, time

        from welfare_desk.clock import stamp_of
        from welfare_desk.domain.dates import DateFormatError, parse_date

        code = self.person.text().strip()
        chosen = self.operator.currentData()
        operator_id = uuid.UUID(chosen) if chosen else None
        since = None
        if self.since.text().strip():
            try:
                day = parse_date(self.since.text())
            except DateFormatError as exc:
                self.status.setProperty("problem", "error")
                self.status.setText(str(exc))
                self.since.setFocus()
                return
            since = stamp_of(datetime.combine(day, time()))

        def job(uow: Any) -> list[AuditView]:
            from welfare_desk.access.audit import audit_entries, worker_for_audit

            worker_id = worker_for_audit(uow, code) if code else None
            return audit_entries(uow, worker_id, operator_id, since)

        def shown(rows: list[AuditView]) -> None:
            self.model.set_rows(rows)
            self.status.setProperty("problem", None)
            counted = self.tr("%n rows, the newest first.", "", len(rows))
            self.status.setText(f"{note} {counted}" if note else counted)

        self.context.runner.run(self.context.in_store(job), shown, self._failed)

    def _export(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Export the register"), self.tr("Why is it exported?")
        )
        if not ok:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the register"),
            str(Path.home() / "registro-accessi.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return
        rows, path = list(self.model.rows), Path(chosen)

        def job(uow: Any) -> Path:
            from welfare_desk.access.audit import export_audit

            return export_audit(uow, rows, path, reason)

        def done(saved: Path) -> None:
            self.reload(self.tr("Saved in %1.").replace("%1", str(saved)))

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.status.setProperty("problem", "error")
        self.status.setText(getattr(error, "message", None) or type(error).__name__)
