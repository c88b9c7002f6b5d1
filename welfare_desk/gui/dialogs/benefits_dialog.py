"""The other benefits a worker's employer gives (utilities, rent, the company car…), typed
from payroll: they fill the fringe-benefit threshold the desk's vouchers fill too."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.catalogue.benefits import BenefitView
from welfare_desk.domain.fringe import BENEFIT_LABELS, BenefitKind
from welfare_desk.domain.money import format_euro, parse_euro
from welfare_desk.domain.problems import DomainError
from welfare_desk.gui.confirm import confirm
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.small_models import ListTableModel, plain_table


class BenefitsDialog(QDialog):
    def __init__(
        self, context: DeskContext, worker_id: uuid.UUID, who: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.worker_id = context, worker_id
        self.model: ListTableModel[BenefitView] = ListTableModel(
            [
                lambda b: str(b.year),
                lambda b: b.label,
                lambda b: format_euro(b.amount_cents),
                lambda b: b.description or "",
            ]
        )
        self.view = plain_table(self.model)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.health = QLabel()  # health-fund contributions against their own cap
        self.health.setWordWrap(True)
        self.health.hide()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(context.clock.today().year)
        self.kind = QComboBox()
        for kind, words in BENEFIT_LABELS.items():  # the law's words, Italian in both languages
            self.kind.addItem(words, kind.value)
        self.amount = QLineEdit()
        self.description = QLineEdit()
        self.description.setMaxLength(200)
        self.add = QPushButton()
        self.remove = QPushButton()
        self.close_button = QPushButton()
        for button in (self.add, self.remove, self.close_button):
            button.setAutoDefault(False)  # Enter never records nor removes
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.labels, (self.year, self.kind, self.amount, self.description), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addWidget(self.remove)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.health)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.close_button.clicked.connect(self.accept)
        self.setWindowTitle(self.tr("Other benefits from the employer – %1").replace("%1", who))
        self.hint.setText(
            self.tr(
                "What the employer gives outside the desk, as payroll states it: it counts "
                "toward the same fringe-benefit threshold as the vouchers, and over the "
                "threshold the whole amount is taxed."
            )
        )
        self.labels[0].setText(self.tr("Tax &year"))
        self.labels[1].setText(self.tr("&Kind"))
        self.labels[2].setText(self.tr("A&mount (€)"))
        self.labels[3].setText(self.tr("&Description"))
        self.amount.setPlaceholderText(self.tr("e.g. 350,00"))
        self.add.setText(self.tr("&Record"))
        self.remove.setText(self.tr("Re&move…"))
        self.close_button.setText(self.tr("&Close"))
        self.view.setAccessibleName(self.tr("Other benefits from the employer"))
        self.model.set_headers(
            [self.tr("Year"), self.tr("Kind"), self.tr("Amount"), self.tr("Description")]
        )
        self.resize(760, 460)
        self.reload()

    def reload(self) -> None:
        worker_id = self.worker_id

        def job(uow: Any) -> tuple[list[BenefitView], list[str]]:
            from welfare_desk.catalogue.benefits import benefits_of, health_contribution_notes

            return benefits_of(uow, worker_id), health_contribution_notes(uow, worker_id)

        def done(found: tuple[list[BenefitView], list[str]]) -> None:
            rows, notes = found
            self.model.set_rows(rows)
            self.health.setText("\n".join(notes))  # the law's words, Italian in both languages
            self.health.setVisible(bool(notes))

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _add(self) -> None:
        try:
            cents = parse_euro(self.amount.text()) if self.amount.text().strip() else 0
        except DomainError as wrong:
            self._failed(wrong)
            self.amount.setFocus()
            return
        from welfare_desk.catalogue.benefits import BenefitInput

        data = BenefitInput(
            self.worker_id,
            self.year.value(),
            BenefitKind(self.kind.currentData()),
            cents,
            self.description.text(),
        )

        def job(uow: Any) -> Any:
            from welfare_desk.catalogue.benefits import record_benefit

            return record_benefit(uow, data)

        def done(view: BenefitView) -> None:
            self.status.setProperty("problem", None)
            self.status.setText(
                self.tr("Recorded: %1, %2.")
                .replace("%1", view.label)
                .replace("%2", format_euro(view.amount_cents))
            )
            self.amount.clear()
            self.description.clear()
            self.context.changed()
            self.reload()

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.status.setText(self.tr("Choose the benefit to remove."))
            return
        chosen = self.model.rows[index.row()]
        question = self.tr("Remove %1 of %2, %3?").replace("%1", chosen.label)
        question = question.replace("%2", str(chosen.year)).replace(
            "%3", format_euro(chosen.amount_cents)
        )
        if not confirm(self, self.tr("Remove the benefit"), question):
            return

        def job(uow: Any) -> None:
            from welfare_desk.catalogue.benefits import remove_benefit

            remove_benefit(uow, chosen.id, chosen.version)

        def done(_none: None) -> None:
            self.status.setText(self.tr("Removed."))
            self.context.changed()
            self.reload()

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.status.setProperty("problem", "error")
        self.status.setText(getattr(error, "message", None) or type(error).__name__)
