"""The HR analyst's page: the smart-working requests waiting for the employer's decision,
those with a legal priority first. A priority's ground is named only when it is no
health data; the request's reasons and the person's record stay with the welfare desk."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.formatting import short_date
from welfare_desk.gui.pages.smart_working_panel import WEEKDAYS
from welfare_desk.gui.small_models import ListTableModel, plain_table
from welfare_desk.gui.styled import styled

if TYPE_CHECKING:
    from welfare_desk.requests.decisions import DecisionRow


class DecisionsPage(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = styled(QLabel(), "PageTitle")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.model: ListTableModel[DecisionRow] = ListTableModel(
            [
                lambda r: self.tr("Yes") if r.priority else "",
                lambda r: r.category,
                lambda r: r.person,
                lambda r: r.employer,
                lambda r: r.number,
                lambda r: (
                    self.tr("%n day(s) a week", "", r.days_per_week)
                    + (
                        " (" + ", ".join(WEEKDAYS[d] for d in r.weekdays) + ")"
                        if r.weekdays
                        else ""
                    )
                ),
                lambda r: (
                    short_date(r.starts_on) + (" – " + short_date(r.ends_on) if r.ends_on else "")
                ),
                lambda r: short_date(r.submitted_on) if r.submitted_on else "",
                lambda r: r.status_label,
            ]
        )
        self.view = plain_table(self.model)
        self.count = styled(QLabel(), "Muted")
        self.refresh_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.refresh_button.clicked.connect(self.refresh)
        self.title.setText(self.tr("Smart-working decisions"))
        self.note.setText(
            self.tr(
                "The requests waiting for the employer's decision, those the law gives "
                "priority first (art. 18 c. 3-bis L. 81/2017). When the priority comes from "
                "health, disability or care, the ground is not shown: the welfare desk "
                "checked it, and keeps the documents."
            )
        )
        self.refresh_button.setText(self.tr("&Refresh"))
        self.view.setAccessibleName(self.tr("Requests waiting for a decision"))
        self.model.set_headers(
            [
                self.tr("Priority"),
                self.tr("Category"),
                self.tr("Person"),
                self.tr("Employer"),
                self.tr("Request"),
                self.tr("Days"),
                self.tr("Period"),
                self.tr("Submitted"),
                self.tr("Status"),
            ]
        )

    def refresh(self) -> None:
        def job(uow: Any) -> list[DecisionRow]:
            from welfare_desk.requests.decisions import decision_queue

            return decision_queue(uow)

        def shown(rows: list[DecisionRow]) -> None:
            self.model.set_rows(rows)
            self.count.setText(self.tr("%n request(s) waiting", "", len(rows)))

        self.context.runner.run(self.context.in_store(job), shown)
