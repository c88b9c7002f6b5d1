"""Reports that leave the desk: the quarterly summary for HR (a PDF to preview or an Excel
workbook) and the funder's workbook. Both hold counts only, never a person."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, TypeVar

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from welfare_desk.domain.periods import Quarter
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.formatting import short_date
from welfare_desk.gui.qdates import pydate, qdate
from welfare_desk.progress import TaskState

if TYPE_CHECKING:
    from welfare_desk.store.uow import UnitOfWork
    from welfare_desk.views.quarterly import QuarterlyReport

T = TypeVar("T")
log = logging.getLogger(__name__)


def _slug(name: str) -> str:
    """A file-name part: "Logistica Adda S.r.l." → "logistica-adda-srl"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower().replace(".", "")).strip("-")


class _ReportDialog(QDialog):
    """Runs a report off the UI thread with a cancellable progress dialog; says the outcome,
    or the service's Italian message in red, on a line of its own."""

    # The folder of the last workbook saved, for this session only.
    _last_folder: ClassVar[Path | None] = None

    def __init__(self, context: DeskContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # paths and names may hold "<"
        self.action_buttons: list[QPushButton] = []

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setProperty("problem", "error" if problem else "")
        self.status.setText(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        QTimer.singleShot(0, self._fit)

    def _failed(self, error: Exception) -> None:
        message = getattr(error, "message", None)
        if isinstance(message, str):
            self._say(message, True)
        elif isinstance(error, OSError):
            log.warning("saving a report failed: errno %s", error.errno)  # no path: it may name
            self._say(
                self.tr("The file was not saved (%1). Nothing was written.").replace(
                    "%1", error.strerror or type(error).__name__
                ),
                True,
            )
        else:
            log.error("making a report failed: %s", type(error).__name__)
            self._say(self.tr("The report could not be made because of an unexpected error."), True)

    def _failed_if_open(self, error: Exception) -> None:
        """For work started with the dialog, which may be closed before it ends."""
        if isValid(self):
            self._failed(error)

    def _ask_xlsx(self, title: str, name: str) -> Path | None:
        folder = _ReportDialog._last_folder or Path.home()
        chosen, _ = QFileDialog.getSaveFileName(
            self, title, str(folder / name), self.tr("Excel workbook (*.xlsx)")
        )
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".xlsx") else f"{chosen}.xlsx")
        _ReportDialog._last_folder = path.parent
        return path

    def _long(self, text: str, job: Callable[[TaskState], T], done: Callable[[T], None]) -> None:
        """`job` runs on the store thread and should call `state.check()` before anything
        it cannot take back; a cancel discards whatever it returns."""
        state = TaskState()
        waiting = QProgressDialog(text, self.tr("Cancel"), 0, 0, self)
        waiting.setWindowTitle(self.windowTitle())
        waiting.setWindowModality(Qt.WindowModality.WindowModal)
        waiting.setMinimumDuration(500)
        waiting.setAutoClose(False)
        waiting.setValue(0)  # starts the half-second clock
        self._busy(True)
        self._say("")

        def finish() -> bool:
            if isValid(waiting):
                waiting.hide()  # not close(): closing counts as Cancel
                waiting.deleteLater()
            if not isValid(self) or state.cancelled:
                return False
            self._busy(False)
            return True

        def made(result: T) -> None:
            if finish():
                done(result)

        def failed(error: Exception) -> None:
            if finish():
                self._failed(error)

        def cancelled() -> None:
            state.cancel()
            future.cancel()  # not started yet: it never runs
            if isValid(self):
                self._busy(False)
                self._say(self.tr("Cancelled: nothing was saved."))

        future = self.context.runner.run(lambda: job(state), made, failed)
        waiting.canceled.connect(cancelled)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, lambda: self._fit(shrink=True))  # once the style sheet applies

    def _fit(self, shrink: bool = False) -> None:
        """Qt sizes a window for wrapped text at the narrow width of its size hint, and does
        not grow it when the text gets longer: a blank band, or a clipped message, follows."""
        if not isValid(self):
            return
        needed = self.heightForWidth(self.width())
        if needed > self.height() or (shrink and needed > 0):
            self.resize(self.width(), needed)

    def _busy(self, busy: bool) -> None:
        for button in self.action_buttons:
            button.setEnabled(not busy)


class QuarterlyDialog(_ReportDialog):
    """The quarter, the employer, then a PDF to preview or a workbook to save."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Quarterly summary for HR"))
        today = context.clock.today()
        last_ended = Quarter.of(today).previous()

        self.quarter = QComboBox()
        for number, months in enumerate(
            (
                self.tr("I – January to March"),
                self.tr("II – April to June"),
                self.tr("III – July to September"),
                self.tr("IV – October to December"),
            ),
            start=1,
        ):
            self.quarter.addItem(months, number)
        self.quarter.setCurrentIndex(last_ended.number - 1)
        self.quarter.setAccessibleName(self.tr("Quarter"))
        self.year = QSpinBox()
        self.year.setRange(2000, today.year + 1)
        self.year.setValue(last_ended.year)
        self.year.setAccessibleName(self.tr("Year"))
        self.employer = QComboBox()
        self.employer.addItem(self.tr("All employers"), None)
        self.employer.setAccessibleName(self.tr("Employer"))
        self.period = QLabel()
        self.period.setWordWrap(True)
        privacy = QLabel(
            self.tr(
                "The summary holds no personal data: counts only. Each count is changed a "
                "little, always the same way for the same people: a count from 1 to 4 never "
                "appears, and no comparison of summaries can work one out."
            )
        )
        privacy.setWordWrap(True)
        privacy.setTextFormat(Qt.TextFormat.PlainText)

        quarter_label = QLabel(self.tr("&Quarter:"))
        quarter_label.setBuddy(self.quarter)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        employer_label = QLabel(self.tr("&Employer:"))
        employer_label.setBuddy(self.employer)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        form = QFormLayout()
        form.addRow(year_label, year_row)
        form.addRow(quarter_label, self.quarter)
        form.addRow(employer_label, self.employer)
        about = QGroupBox(self.tr("About the figures"))
        about_layout = QVBoxLayout(about)
        about_layout.addWidget(self.period)
        about_layout.addWidget(privacy)
        self.reissue = QCheckBox(self.tr("Count an issued quarter a&gain"))
        self.reissue.setToolTip(
            self.tr(
                "For data typed in late: the figures frozen at the first issue are replaced "
                "by a new count"
            )
        )
        about_layout.addWidget(self.reissue)

        self.preview_button = QPushButton(self.tr("&Preview PDF…"))
        self.preview_button.setToolTip(self.tr("Make the summary as a PDF and show it here"))
        self.excel_button = QPushButton(self.tr("Save as E&xcel…"))
        self.excel_button.setToolTip(self.tr("Save the summary as an Excel workbook with charts"))
        self.action_buttons = [self.preview_button, self.excel_button]
        buttons = QDialogButtonBox()
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.excel_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.preview_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(about)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

        self.quarter.currentIndexChanged.connect(self._describe)
        self.year.valueChanged.connect(self._describe)
        self.employer.currentIndexChanged.connect(self._describe)
        self.preview_button.clicked.connect(self.preview)
        self.excel_button.clicked.connect(self.save_excel)
        self._describe()
        self.year.setFocus()

        def job(uow: UnitOfWork) -> list[str]:
            from welfare_desk.registry.organizations import OrganizationKind, list_organizations

            kind = OrganizationKind.EMPLOYER.value
            return [o.name for o in list_organizations(uow) if o.kind == kind]

        context.runner.run(context.in_store(job), self._employers, self._failed_if_open)

    def _employers(self, names: list[str]) -> None:
        if isValid(self):
            for name in names:
                self.employer.addItem(name, name)

    def chosen(self) -> Quarter:
        return Quarter(self.year.value(), int(self.quarter.currentData()))

    def _describe(self, *_changed: object) -> None:
        """What the figures of the chosen quarter will be, before asking for them."""
        quarter, today = self.chosen(), self.context.clock.today()
        days = (
            self.tr("From %1 to %2.")
            .replace("%1", short_date(quarter.first_day))
            .replace("%2", short_date(quarter.last_day))
        )
        if quarter.first_day > today:
            state = self.tr("This quarter has not begun yet.")
        elif not quarter.ended(today):
            state = self.tr("The quarter is still running: its figures are provisional.")
        else:
            state = self.tr(
                "The quarter has ended: its figures are frozen the first time the summary is "
                "made, and every later summary repeats them."
            )
        self.period.setText(f"{days} {state}")
        QTimer.singleShot(0, self._fit)

    def _tell(self, report: QuarterlyReport) -> None:
        if report.provisional:
            state = self.tr("Provisional figures as of %1: the quarter is still running.").replace(
                "%1", short_date(report.as_of)
            )
        elif report.frozen_on is None:
            state = self.tr("Nothing was recorded in this quarter: there is nothing to freeze.")
        else:
            state = self.tr(
                "Figures frozen on %1: making the summary again gives the same numbers."
            ).replace("%1", short_date(report.frozen_on))
        self.period.setText(state)
        QTimer.singleShot(0, self._fit)

    def _file_name(self, quarter: Quarter, suffix: str) -> str:
        employer = self.employer.currentData()
        return f"sintesi-{quarter.code}{'-' + _slug(employer) if employer else ''}.{suffix}"

    def _report_job(
        self, write: Callable[[QuarterlyReport], object] | None = None
    ) -> Callable[[TaskState], QuarterlyReport]:
        # Imported here, on the UI thread: a first import on the store thread can stall it.
        from welfare_desk.reporting.quarterly import quarterly_report

        quarter, employer = self.chosen(), self.employer.currentData()
        reissue = self.reissue.isChecked()
        self.reissue.setChecked(False)  # once: the next summary repeats the new count

        def job(uow: UnitOfWork) -> QuarterlyReport:
            return quarterly_report(uow, quarter, employer, uow.clock.today(), reissue, write)

        in_store = self.context.in_store(job)
        return lambda _state: in_store()

    def preview(self) -> None:
        from welfare_desk.documents.output import as_bytes
        from welfare_desk.documents.quarterly_pdf import write_quarterly_pdf
        from welfare_desk.gui.dialogs.pdf_preview import preview_pdf

        name = self._file_name(self.chosen(), "pdf")

        def show(report: QuarterlyReport) -> None:
            self._tell(report)
            self._say("")

            def make_pdf() -> bytes:
                return as_bytes(lambda out: write_quarterly_pdf(out, report))

            title = (
                self.tr("Quarterly summary %1 – %2")
                .replace("%1", report.quarter.code)
                .replace("%2", report.employer)
            )
            preview_pdf(self.context, self, make_pdf, title, name)

        self._long(self.tr("Preparing the summary…"), self._report_job(), show)

    def save_excel(self) -> None:
        from welfare_desk.documents.output import whole_file
        from welfare_desk.documents.quarterly_xlsx import write_quarterly_xlsx

        path = self._ask_xlsx(
            self.tr("Save the quarterly summary"), self._file_name(self.chosen(), "xlsx")
        )
        if path is None:
            return
        states: list[TaskState] = []

        def write(report: QuarterlyReport) -> None:
            # Written before the freeze is committed: both, or neither (#18).
            with whole_file(path) as temporary:
                write_quarterly_xlsx(temporary, report)
                states[0].check()  # a cancel now leaves the old file, or none

        make = self._report_job(write)

        def job(state: TaskState) -> QuarterlyReport:
            states.append(state)
            state.check()
            return make(state)

        def saved(report: QuarterlyReport) -> None:
            self._tell(report)
            self._say(self.tr("Saved in %1.").replace("%1", str(path)))

        self._long(self.tr("Saving the summary…"), job, saved)


class FunderDialog(_ReportDialog):
    """A period and a programme, then the funder's workbook."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Funder report"))
        from welfare_desk.reporting.funder import last_period

        first, last = last_period(context.clock.today())  # the last quarter ended
        self.start = QDateEdit(qdate(first))
        self.end = QDateEdit(qdate(last))
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        self.programme = QComboBox()
        self.programme.addItem(self.tr("All programmes"), None)
        self.programme.setAccessibleName(self.tr("Programme"))
        about = QLabel(
            self.tr(
                "The report for the funder: families reached, activities with their meetings, "
                "hours and participants, vouchers and budget spent by action and partner. "
                "Counts only, no personal data. The period is one quarter or one calendar "
                "year, ended; small counts and amounts are protected as in HR's summaries."
            )
        )
        about.setWordWrap(True)

        start_label = QLabel(self.tr("&From:"))
        start_label.setBuddy(self.start)
        end_label = QLabel(self.tr("&To:"))
        end_label.setBuddy(self.end)
        programme_label = QLabel(self.tr("P&rogramme:"))
        programme_label.setBuddy(self.programme)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addSpacing(12)
        period.addWidget(end_label)
        period.addWidget(self.end)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(start_label, period)
        form.addRow(programme_label, self.programme)

        self.excel_button = QPushButton(self.tr("Save as E&xcel…"))
        self.folder_button = QPushButton(self.tr("&Open the folder"))
        self.action_buttons = [self.excel_button]
        buttons = QDialogButtonBox()
        buttons.addButton(self.excel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.hide()  # once there is a saved file to show; after addButton shows it
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.excel_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

        self.saved_path: Path | None = None
        self.excel_button.clicked.connect(self.save_excel)
        self.folder_button.clicked.connect(self.open_folder)
        self.start.setFocus()

        from welfare_desk.reporting.funder import programmes

        context.runner.run(context.in_store(programmes), self._programmes, self._failed_if_open)

    def _programmes(self, names: list[str]) -> None:
        if isValid(self):
            for name in names:
                self.programme.addItem(name, name)

    def save_excel(self) -> None:
        from welfare_desk.documents.funder_xlsx import write_funder_xlsx
        from welfare_desk.documents.output import whole_file
        from welfare_desk.reporting.funder import funder_report
        from welfare_desk.views.funder import FunderReport

        start, end = pydate(self.start.date()), pydate(self.end.date())
        programme: str | None = self.programme.currentData()
        name = f"rendicontazione-{start:%Y%m%d}-{end:%Y%m%d}"
        path = self._ask_xlsx(
            self.tr("Save the funder report"),
            f"{name}{'-' + _slug(programme) if programme else ''}.xlsx",
        )
        if path is None:
            return

        def report(uow: UnitOfWork) -> FunderReport:
            return funder_report(uow, start, end, programme)

        in_store = self.context.in_store(report)

        def job(state: TaskState) -> Path:
            made = in_store()
            state.check()
            with whole_file(path) as temporary:
                write_funder_xlsx(temporary, made)
                state.check()
            return path

        def saved(path: Path) -> None:
            self.saved_path = path
            self.folder_button.setVisible(True)
            self._say(self.tr("Funder report saved in %1.").replace("%1", str(path)))

        self._long(self.tr("Saving the funder report…"), job, saved)

    def open_folder(self) -> None:
        if self.saved_path is not None and not QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.saved_path.parent))
        ):
            self._say(self.tr("No program opens folders here."), True)


def open_quarterly(context: DeskContext, parent: QWidget | None) -> QuarterlyDialog:
    dialog = QuarterlyDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_funder(context: DeskContext, parent: QWidget | None) -> FunderDialog:
    dialog = FunderDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
