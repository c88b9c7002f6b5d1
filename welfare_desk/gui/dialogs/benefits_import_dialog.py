"""The employer's other benefits from a payroll file, imported from the desk: the file is
read and shown first, a row that cannot be read refuses it with what to fix, and the
import writes it whole (per worker, year and kind, the payroll's figure replaces the one
before, so the same file twice changes nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.catalogue.benefits_import import BenefitsPlan, BenefitsResult, Refused
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.small_models import ListTableModel, plain_table


class BenefitsImportDialog(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.path = QLineEdit()
        self.browse = QPushButton()
        self.sheet = QComboBox()
        self.read = QPushButton()
        self.refused: ListTableModel[Refused] = ListTableModel(
            [lambda r: f"Riga {r.row}", lambda r: r.message]
        )
        self.view = plain_table(self.refused)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # a wrapped label beside a stretching table is otherwise squeezed to one line
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.import_button = QPushButton()
        self.close_button = QPushButton()
        for button in (self.browse, self.read, self.import_button, self.close_button):
            button.setAutoDefault(False)  # Enter never imports
        self.import_button.setEnabled(False)
        self.labels = [QLabel(), QLabel()]
        self.labels[0].setBuddy(self.path)
        self.labels[1].setBuddy(self.sheet)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        file_row.addWidget(self.read)
        form = QFormLayout()
        form.addRow(self.labels[0], file_row)
        form.addRow(self.labels[1], self.sheet)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.browse.clicked.connect(self._browse)
        self.read.clicked.connect(lambda: self._read(keep_sheet=True))
        self.path.returnPressed.connect(lambda: self._read(keep_sheet=False))
        self.path.textEdited.connect(lambda _t: self._forget())
        self.sheet.activated.connect(lambda _i: self._read(keep_sheet=True))
        self.import_button.clicked.connect(self._import)
        self.close_button.clicked.connect(self.accept)
        self.setWindowTitle(self.tr("Import the other benefits from payroll"))
        self.hint.setText(
            self.tr(
                "A payroll file with one row per worker, year and kind: codice fiscale, "
                "anno, voce (utenze, affitto, mutuo, auto, piattaforma, altro, fondo "
                "sanitario), importo, and optional note. The file is read and shown first; "
                "nothing is written until you import it."
            )
        )
        self.labels[0].setText(self.tr("&File"))
        self.labels[1].setText(self.tr("S&heet"))
        self.browse.setText(self.tr("&Browse…"))
        self.read.setText(self.tr("&Read"))
        self.import_button.setText(self.tr("&Import"))
        self.close_button.setText(self.tr("&Close"))
        self.path.setAccessibleName(self.tr("Payroll file"))
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.view.setAccessibleName(self.tr("Rows to correct"))
        self.refused.set_headers([self.tr("Row"), self.tr("What to correct")])
        self.sheet.setEnabled(False)
        self.resize(900, 520)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the payroll file"),
            str(Path(self.path.text()).parent) if self.path.text() else str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.csv)"),
        )
        if chosen:
            self.path.setText(chosen)
            self._read(keep_sheet=False)

    def _forget(self) -> None:
        """Another file is being typed: what was read belongs to the one before."""
        self.import_button.setEnabled(False)
        self.sheet.clear()
        self.sheet.setEnabled(False)

    def _job(self, write: bool, keep_sheet: bool) -> Any:
        path = Path(self.path.text().strip())
        sheet = self.sheet.currentText() if keep_sheet and self.sheet.count() else None

        def job(uow: Any) -> tuple[list[str], str, BenefitsPlan, BenefitsResult | None]:
            from welfare_desk.catalogue.benefits_import import import_benefits, plan_benefits
            from welfare_desk.spreadsheets.tabular import read_sheet

            read = read_sheet(path, sheet)
            plan = plan_benefits(uow, read)  # read again: the file may have changed
            result = import_benefits(uow, plan) if write and not plan.refused else None
            return read.sheet_names, read.name, plan, result

        return self.context.in_store(job)

    def _read(self, keep_sheet: bool) -> None:
        if not self.path.text().strip():
            self._failed_text(self.tr("Choose the payroll file."))
            return
        self.import_button.setEnabled(False)
        self.context.runner.run(self._job(False, keep_sheet), self._shown, self._failed)

    def _shown(self, found: tuple[list[str], str, BenefitsPlan, BenefitsResult | None]) -> None:
        names, name, plan, result = found
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(names)
        self.sheet.setCurrentText(name)
        self.sheet.setEnabled(len(names) > 1)
        self.sheet.blockSignals(False)
        self.refused.set_rows(list(plan.refused))
        self.summary.setProperty("problem", "error" if plan.refused else None)
        self._restyle()
        if result is not None:
            self.summary.setText(result.summary())  # the service's Italian, as on the CLI
            self.context.changed()
            return
        self.summary.setText(plan.summary())
        self.import_button.setEnabled(bool(plan.rows) and not plan.refused)

    def _import(self) -> None:
        self.import_button.setEnabled(False)
        self.context.runner.run(self._job(True, True), self._shown, self._failed)

    def _failed(self, error: Exception) -> None:
        self._failed_text(getattr(error, "message", None) or type(error).__name__)

    def _failed_text(self, text: str) -> None:
        self.summary.setProperty("problem", "error")
        self._restyle()
        self.summary.setText(text)

    def _restyle(self) -> None:
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
