"""Importing an HR file: file and sheet, columns, preview, import with progress, result.

Nothing is written until the user confirms on the preview; a cancelled import leaves
the store as it was (the services roll the whole transaction back).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from welfare_desk.documents.error_report import check_report_target, write_error_report
from welfare_desk.errors import Cancelled
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.value_choices import ValueChoices
from welfare_desk.gui.small_models import ListTableModel
from welfare_desk.progress import TaskState
from welfare_desk.registry.importing import (
    ImportPlan,
    ImportResult,
    Layout,
    RowProblem,
    column_letter,
    plan_import,
    read_layout,
    run_import,
)
from welfare_desk.registry.profiles import profile_for, profiles, save_profile
from welfare_desk.spreadsheets.columns import FIELDS, ImportKind
from welfare_desk.spreadsheets.tabular import Sheet, read_sheet
from welfare_desk.store.locations import store_files
from welfare_desk.store.uow import UnitOfWork


class _Progress(QObject):
    """Carries progress from the store thread to the UI thread as a queued signal."""

    advanced = Signal(int, int)


def _names(names: list[str]) -> str:
    """ "A, B S.r.l" without a doubled full stop when a name ends with one."""
    text = ", ".join(names)
    return text[:-1] if text.endswith(".") else text


def _message(error: Exception) -> str:
    return getattr(error, "message", None) or type(error).__name__


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.workers = QRadioButton()
        self.household = QRadioButton()
        self.catalogue = QRadioButton()
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.workers)
        self.kind.addButton(self.household)
        self.kind.addButton(self.catalogue)
        {
            ImportKind.WORKERS: self.workers,
            ImportKind.HOUSEHOLD: self.household,
            ImportKind.CATALOGUE: self.catalogue,
        }[wizard.kind].setChecked(True)
        self.path = QLineEdit()
        self.path_label = QLabel()
        self.path_label.setBuddy(self.path)
        self.browse = QPushButton()
        self.sheet = QComboBox()
        self.sheet_label = QLabel()
        self.sheet_label.setBuddy(self.sheet)
        self.profile = QComboBox()
        self.profile.setEditable(True)
        self.profile.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.profile_label = QLabel()
        self.profile_label.setBuddy(self.profile)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("problem", "error")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow(self.workers)
        form.addRow(self.household)
        form.addRow(self.catalogue)
        form.addRow(self.path_label, row)
        form.addRow(self.sheet_label, self.sheet)
        form.addRow(self.profile_label, self.profile)
        form.addRow(self.status)
        self.browse.clicked.connect(self._browse)
        self.path.editingFinished.connect(self._read)
        self.sheet.currentIndexChanged.connect(self._sheet_chosen)
        self.setTitle(self.tr("Which file?"))
        self.setSubTitle(
            self.tr("An Excel (.xlsx) or CSV file from the HR office or from a provider.")
        )
        self.workers.setText(self.tr("&Workers"))
        self.household.setText(self.tr("&Household members (of workers already in the store)"))
        self.catalogue.setText(self.tr("A provider's &catalogue: services and their editions"))
        self.path_label.setText(self.tr("&File"))
        self.browse.setText(self.tr("&Browse…"))
        self.sheet_label.setText(self.tr("S&heet"))
        self.path.setAccessibleName(self.tr("File to import"))
        self.sheet.setAccessibleName(self.tr("Sheet to import"))
        self.profile_label.setText(self.tr("Sender's &profile"))
        self.profile.setAccessibleName(self.tr("Sender's profile"))
        self.profile.setToolTip(
            self.tr(
                "The employer or provider who sent the file: the columns and values chosen "
                "for it are offered again, and kept after the import. Leave empty for none."
            )
        )
        wizard.context.runner.run(
            wizard.context.in_store(profiles), self._profiles, lambda _error: None
        )

    def _profiles(self, names: list[str]) -> None:
        typed = self.profile.currentText()
        self.profile.clear()
        self.profile.addItems(["", *names])
        self.profile.setCurrentText(typed)

    def profile_name(self) -> str:
        return self.profile.currentText().strip()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file"),
            str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.csv)"),
        )
        if name:
            self.path.setText(name)
            self._read()

    def _read(self, sheet: str | None = None) -> None:
        path = Path(self.path.text().strip())
        if not self.path.text().strip():
            return
        self.status.setText(self.tr("Reading the file…"))
        self.wiz.sheet = None
        self.completeChanged.emit()
        self.wiz.context.runner.run(lambda: read_sheet(path, sheet), self._loaded, self._failed)

    def _loaded(self, sheet: Sheet) -> None:
        self.wiz.sheet = sheet
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(sheet.sheet_names)
        self.sheet.setCurrentText(sheet.name)
        self.sheet.blockSignals(False)
        self.status.setText("")
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.status.setText(_message(error))
        self.completeChanged.emit()

    def _sheet_chosen(self, _index: int) -> None:
        if self.wiz.sheet is not None and self.sheet.currentText() != self.wiz.sheet.name:
            self._read(self.sheet.currentText())

    def isComplete(self) -> bool:
        return self.wiz.sheet is not None

    def validatePage(self) -> bool:
        if self.catalogue.isChecked():
            self.wiz.kind = ImportKind.CATALOGUE
        else:
            self.wiz.kind = ImportKind.WORKERS if self.workers.isChecked() else ImportKind.HOUSEHOLD
        return True


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.form = QFormLayout(self)
        self.combos: dict[str, QComboBox] = {}
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("problem", "error")
        self.setTitle(self.tr("Which column holds what?"))
        self.setSubTitle(
            self.tr(
                "Welfare Desk has recognised the columns it could; check them and choose "
                "the others. Fields marked * are required."
            )
        )

    def initializePage(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setText(self.tr("Finding the header row…"))
        self.form.addRow(self.status)
        sheet, kind = self.wiz.sheet, self.wiz.kind
        assert sheet is not None
        self.wiz.context.runner.run(lambda: read_layout(sheet, kind), self._guessed, self._failed)

    def _failed(self, error: Exception) -> None:
        self.status.setProperty("problem", "error")
        self.status.style().polish(self.status)
        self.status.setText(_message(error))

    def _guessed(self, layout: Layout) -> None:
        self.status.setText(
            self.tr("Header found on row %1.").replace("%1", str(layout.header_row))
        )
        for spec in FIELDS[self.wiz.kind]:
            combo = QComboBox()
            combo.addItem(self.tr("(not in the file)"), None)
            for index, header in enumerate(layout.headers):
                if header:
                    letter = column_letter(index)
                    combo.addItem(f"{header} ({letter})", letter)
            if spec.key in layout.mapping:
                combo.setCurrentIndex(combo.findData(column_letter(layout.mapping[spec.key])))
            combo.setAccessibleName(spec.label)
            label = QLabel(spec.label + (" *" if spec.required else ""))
            label.setBuddy(combo)
            self.form.addRow(label, combo)
            self.combos[spec.key] = combo
            combo.currentIndexChanged.connect(self.completeChanged)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        required = [f.key for f in FIELDS[self.wiz.kind] if f.required]
        return bool(self.combos) and all(self.combos[k].currentData() for k in required)

    def overrides(self) -> dict[str, str]:
        return {
            key: combo.currentData() for key, combo in self.combos.items() if combo.currentData()
        }


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = ListTableModel[RowProblem](
            [lambda p: str(p.row), lambda p: self._kind(p), lambda p: p.message]
        )
        self.table = QTableView()
        self.table.setModel(self.problems)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.skip = QCheckBox()
        self.unused = QLabel()
        self.unused.setWordWrap(True)
        self.values = ValueChoices()
        self.values.hide()
        # The person's answers for values no vocabulary reads: kept while the page lives;
        # those of the sender's profile come first.
        self.chosen: dict[tuple[str, str], str] = {}
        self.kept_choices: dict[tuple[str, str], str] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.unused)
        layout.addWidget(self.values)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip)
        self.skip.toggled.connect(self.completeChanged)
        self.values.applied.connect(self._apply_choices)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        self.skip.setText(self.tr("Import the valid rows and leave out the ones with errors"))
        self.table.setAccessibleName(self.tr("Rows with problems"))
        self.problems.set_headers([self.tr("Row"), self.tr("Kind"), self.tr("Problem")])

    def _kind(self, problem: RowProblem) -> str:
        return self.tr("error") if problem.severity.value == "error" else self.tr("warning")

    def initializePage(self) -> None:
        self.chosen = {}
        self._plan()

    def _apply_choices(self) -> None:
        self.chosen.update(dict(self.values.choices()))
        self._plan()

    def _plan(self) -> None:
        self.summary.setText(self.tr("Checking every row…"))
        self.problems.set_rows([])
        self.wiz.plan = None
        self.completeChanged.emit()
        sheet, kind = self.wiz.sheet, self.wiz.kind
        overrides = self.wiz.columns.overrides()
        chosen = dict(self.chosen)
        name = self.wiz.file.profile_name()
        assert sheet is not None

        def job(uow: UnitOfWork) -> tuple[ImportPlan, dict[tuple[str, str], str]]:
            kept = profile_for(uow, name, kind)
            columns = {**kept.columns, **overrides} if kept else overrides
            values = {**kept.choices, **chosen} if kept else chosen
            plan = plan_import(uow, sheet, kind, columns, choices=values)
            return plan, dict(kept.choices) if kept else {}

        self.wiz.context.runner.run(
            self.wiz.context.in_store(job),
            self._planned,
            lambda error: self.summary.setText(_message(error)),
        )

    def _planned(self, planned: tuple[ImportPlan, dict[tuple[str, str], str]]) -> None:
        plan, self.kept_choices = planned
        self.wiz.plan = plan
        text = self.tr("%1 rows ready to import, %2 with errors, %3 warnings.")
        text = (
            text.replace("%1", str(len(plan.valid)))
            .replace("%2", str(len(plan.refused)))
            .replace("%3", str(len(plan.warnings)))
        )
        if plan.new_organizations:
            text += " " + self._new_organizations().replace("%1", _names(plan.new_organizations))
        self.summary.setText(text)
        self.unused.setText(
            self.tr("Columns not imported: %1.").replace("%1", _names(plan.unused_columns))
            if plan.unused_columns
            else ""
        )
        self.unused.setVisible(bool(plan.unused_columns))
        self.values.show_values(plan.unsettled)
        self.problems.set_rows(sorted(plan.refused + plan.warnings, key=lambda p: p.row))
        self.table.resizeRowsToContents()
        self.skip.setVisible(bool(plan.refused))
        self.skip.setChecked(False)
        self.completeChanged.emit()

    def _new_organizations(self) -> str:
        if self.wiz.kind is ImportKind.CATALOGUE:
            return self.tr("New providers: %1.")
        return self.tr("New employers: %1.")

    def isComplete(self) -> bool:
        plan = self.wiz.plan
        return plan is not None and bool(plan.valid) and (not plan.refused or self.skip.isChecked())


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.bar = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cancel = QPushButton()
        self.save_errors = QPushButton()
        self.save_errors.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        row = QHBoxLayout()
        row.addWidget(self.cancel)
        row.addWidget(self.save_errors)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.done = False
        self.state: TaskState | None = None
        self.result: ImportResult | None = None
        self.progress = _Progress()
        self.progress.advanced.connect(self._advanced, Qt.ConnectionType.QueuedConnection)
        self.cancel.clicked.connect(self._cancel)
        self.save_errors.clicked.connect(self._save_errors)
        self.setTitle(self.tr("Import"))
        self.cancel.setText(self.tr("&Stop the import"))
        self.save_errors.setText(self.tr("Save the &list of refused rows…"))
        self.bar.setAccessibleName(self.tr("Import progress"))

    def initializePage(self) -> None:
        plan = self.wiz.plan
        assert plan is not None
        self.done = False
        self.state = TaskState(lambda done, total: self.progress.advanced.emit(done, total))
        state = self.state
        self.bar.setRange(0, max(1, len(plan.valid)))
        self.bar.setValue(0)
        self.status.setText(self.tr("Importing %Ln row(s)…", "", len(plan.valid)))
        self.cancel.setEnabled(True)
        self.wiz.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.wiz.context.runner.run(
            self.wiz.context.in_store(lambda uow: run_import(uow, plan, state)),
            self._finished,
            self._failed,
        )

    def _advanced(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(1, total))
        self.bar.setValue(done)

    def _cancel(self) -> None:
        if self.state is not None:
            self.state.cancel()
            self.cancel.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def _finished(self, result: ImportResult) -> None:
        self.result = result
        self.done = True
        self.cancel.setVisible(False)
        self.bar.setValue(self.bar.maximum())
        text = self.tr("Done: %1 new, %2 updated, %3 unchanged.")
        text = (
            text.replace("%1", str(result.created))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged))
        )
        if result.organizations_created:
            new = self.tr("New providers: %1.")
            if self.wiz.kind is not ImportKind.CATALOGUE:
                new = self.tr("New employers: %1.")
            text += " " + new.replace("%1", _names(result.organizations_created))
        if result.refused:
            text += " " + self.tr("%1 rows were left out.").replace("%1", str(result.refused))
            self.save_errors.setVisible(True)
        self.status.setText(text)
        self.wiz.imported = True
        self.completeChanged.emit()
        self._keep_profile()

    def _keep_profile(self) -> None:
        name = self.wiz.file.profile_name()
        if not name:
            return
        kind, columns = self.wiz.kind, self.wiz.columns.overrides()
        choices = {**self.wiz.preview.kept_choices, **self.wiz.preview.chosen}
        self.wiz.context.runner.run(
            self.wiz.context.in_store(lambda uow: save_profile(uow, name, kind, columns, choices)),
            lambda _none: self.status.setText(
                self.status.text()
                + " "
                + self.tr("Profile «%1» kept for the next file.").replace("%1", name)
            ),
            lambda error: self.status.setText(self.status.text() + " " + _message(error)),
        )

    def _failed(self, error: Exception) -> None:
        self.done = True
        self.cancel.setVisible(False)
        if isinstance(error, Cancelled):
            self.status.setText(
                self.tr("Import stopped: the store is as it was, nothing was written.")
            )
        else:
            self.status.setText(_message(error))
        self.completeChanged.emit()

    def _save_errors(self) -> None:
        plan = self.wiz.plan
        if plan is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the refused rows"),
            str(Path.home() / "righe-scartate.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        plan = self.wiz.plan
        if plan is None:
            return
        try:
            store = self.wiz.context.store
            database = store.target.sqlite_path if store is not None else None
            protected = store_files(database) if database is not None else ()
            if self.wiz.sheet is not None:
                check_report_target(path, self.wiz.sheet.path, protected)
            write_error_report(path, plan)
        except Exception as error:  # the service's message says what to do
            self.status.setText(_message(error))
        else:
            self.status.setText(
                self.status.text() + " " + self.tr("List saved in %1.").replace("%1", str(path))
            )

    def isComplete(self) -> bool:
        return self.done


class ImportWizard(QWizard):
    def __init__(self, context: DeskContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = ImportKind(kind)
        self.sheet: Sheet | None = None
        self.plan: ImportPlan | None = None
        self.imported = False
        self.setWindowTitle(self.tr("Import from an HR file"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(900, 640)
        self.file = FilePage(self)
        self.columns = ColumnsPage(self)
        self.preview = PreviewPage(self)
        self.run_page = RunPage(self)
        for page in (self.file, self.columns, self.preview, self.run_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

    def open_file(self, path: Path) -> None:
        """Starts from a file already chosen (tests, drag and drop)."""
        self.file.path.setText(str(path))
        self.file._read()
