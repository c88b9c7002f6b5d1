"""Printing for many: the welfare-day handout of the catalogue, and the path summaries of
everyone seen on a day or at an event, as one PDF, with progress and cancel."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.pdf_preview import PdfPreviewDialog, preview_pdf
from welfare_desk.gui.qdates import pydate, qdate


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def _message(error: Exception) -> str:
    return getattr(error, "message", None) or type(error).__name__


class HandoutDialog(QDialog):
    """The catalogue for a welfare day: for one employer's workers, one area, a period."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.employer = QComboBox()
        self.category = QComboBox()
        self.limit = QCheckBox()
        today = context.clock.today()
        self.start = _date_edit(today)
        self.end = _date_edit(
            date(today.year, 12, 31) if today.month < 9 else date(today.year + 1, 8, 31)
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("problem", "error")
        self.employer_label, self.category_label = QLabel(), QLabel()
        self.start_label, self.end_label = QLabel(), QLabel()
        for label, field in (
            (self.employer_label, self.employer),
            (self.category_label, self.category),
            (self.start_label, self.start),
            (self.end_label, self.end),
        ):
            label.setBuddy(field)
        form = QFormLayout()
        form.addRow(self.employer_label, self.employer)
        form.addRow(self.category_label, self.category)
        form.addRow("", self.limit)
        form.addRow(self.start_label, self.start)
        form.addRow(self.end_label, self.end)
        self.buttons = QDialogButtonBox()
        self.preview_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.preview_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.buttons.accepted.connect(self.preview)
        self.buttons.rejected.connect(self.reject)
        self.limit.toggled.connect(self._limited)
        self._retranslate()
        self._limited(False)
        self._load()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welfare-day handout"))
        self.employer_label.setText(self.tr("For the workers &of"))
        self.category_label.setText(self.tr("&Area"))
        self.limit.setText(self.tr("Only the editions of a &period"))
        self.start_label.setText(self.tr("&From"))
        self.end_label.setText(self.tr("&To"))
        self.preview_button.setText(self.tr("&Preview…"))
        self.close_button.setText(self.tr("&Close"))

    def _limited(self, on: bool) -> None:
        for widget in (self.start, self.end, self.start_label, self.end_label):
            widget.setEnabled(on)

    def _load(self) -> None:
        def job(uow: Any) -> tuple[list[str], list[tuple[str, str]]]:
            from welfare_desk.reference import need_taxonomy
            from welfare_desk.registry.organizations import OrganizationKind, list_organizations

            employers = [
                o.name for o in list_organizations(uow) if o.kind == OrganizationKind.EMPLOYER.value
            ]
            return employers, list(need_taxonomy().categories)

        def loaded(found: tuple[list[str], list[tuple[str, str]]]) -> None:
            employers, categories = found
            self.employer.addItem(self.tr("every employer"), None)
            for name in employers:
                self.employer.addItem(name, name)
            self.category.addItem(self.tr("every area"), None)
            for code, label in categories:
                self.category.addItem(label, code)

        self.context.runner.run(self.context.in_store(job), loaded, self._failed)

    def preview(self) -> None:
        employer, category = self.employer.currentData(), self.category.currentData()
        start = pydate(self.start.date()) if self.limit.isChecked() else None
        end = pydate(self.end.date()) if self.limit.isChecked() else None
        today = self.context.clock.today()
        from welfare_desk.catalogue.handout import handout
        from welfare_desk.documents.handout_pdf import write_handout
        from welfare_desk.documents.output import as_bytes

        def job(uow: Any) -> bytes:
            sheet = handout(uow, employer, category, start, end, today=today)
            return as_bytes(lambda out: write_handout(out, sheet))

        self.status.clear()
        preview_pdf(
            self.context,
            self,
            self.context.in_store(job),
            self.tr("Welfare-day handout"),
            f"catalogo-welfare-day-{today:%Y%m%d}.pdf",
        )

    def _failed(self, error: Exception) -> None:
        self.status.setText(_message(error))


class _Progress(QObject):
    """Carries the printing's progress from the store thread to the dialog."""

    advanced = Signal(int, int)


class PathBatchDialog(QDialog):
    """The path summaries of everyone seen on a day (at a social point) or registered to an
    event, in one PDF to print at once."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.by_day = QRadioButton()
        self.by_event = QRadioButton()
        self.by_day.setChecked(True)
        self.day = _date_edit(context.clock.today())
        self.point = QComboBox()
        self.event_choice = QComboBox()
        self.day_label, self.point_label, self.event_label = QLabel(), QLabel(), QLabel()
        self.day_label.setBuddy(self.day)
        self.point_label.setBuddy(self.point)
        self.event_label.setBuddy(self.event_choice)
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("problem", "error")
        form = QFormLayout()
        form.addRow(self.by_day)
        form.addRow(self.day_label, self.day)
        form.addRow(self.point_label, self.point)
        form.addRow(self.by_event)
        form.addRow(self.event_label, self.event_choice)
        self.buttons = QDialogButtonBox()
        self.print_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.print_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # as wide as sixty letters of the current font: a larger font keeps every label whole
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 66)
        for combo in (self.point, self.event_choice):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(30)
        self.buttons.accepted.connect(self.print_all)
        self.buttons.rejected.connect(self.reject)
        self.by_day.toggled.connect(lambda _on: self._chosen())
        self.day.dateChanged.connect(lambda _d: self._count())
        self.point.currentIndexChanged.connect(lambda _i: self._count())
        self.event_choice.currentIndexChanged.connect(lambda _i: self._count())
        self.people: list[uuid.UUID] = []
        self.printed: bytes | None = None
        self._progress = _Progress()
        self._progress.advanced.connect(self._advanced, Qt.ConnectionType.QueuedConnection)
        self._waiting: QProgressDialog | None = None
        self._state: Any = None
        self._retranslate()
        self._load()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Path summaries of a day or an event"))
        self.by_day.setText(self.tr("Everyone seen on a &day"))
        self.day_label.setText(self.tr("Da&y"))
        self.point_label.setText(self.tr("At the &social point"))
        self.by_event.setText(self.tr("Everyone registered to an &event"))
        self.event_label.setText(self.tr("E&vent"))
        self.print_button.setText(self.tr("&Print all…"))
        self.close_button.setText(self.tr("&Close"))

    def _load(self) -> None:
        today = self.context.clock.today()
        since = today.replace(day=1)

        def job(uow: Any) -> tuple[list[tuple[uuid.UUID, str]], list[Any]]:
            from welfare_desk.catalogue.offer import events
            from welfare_desk.registry.organizations import social_points

            return social_points(uow), events(uow, since.replace(year=since.year - 1))

        def loaded(found: tuple[list[tuple[uuid.UUID, str]], list[Any]]) -> None:
            points, found_events = found
            self.point.blockSignals(True)
            self.point.addItem(self.tr("every social point"), None)
            for point_id, name in points:
                self.point.addItem(name, point_id)
            self.point.blockSignals(False)
            self.event_choice.blockSignals(True)
            for event in found_events:
                self.event_choice.addItem(event.title, event.edition_id)
            # the nearest event from today on is the likeliest
            upcoming = next(
                (i for i, e in enumerate(found_events) if e.starts_on >= today),
                len(found_events) - 1,
            )
            self.event_choice.setCurrentIndex(max(0, upcoming))
            self.event_choice.blockSignals(False)
            self.by_event.setEnabled(bool(found_events))
            self._chosen()

        self.context.runner.run(self.context.in_store(job), loaded, self._failed)

    def _chosen(self) -> None:
        day = self.by_day.isChecked()
        for widget in (self.day, self.day_label, self.point, self.point_label):
            widget.setEnabled(day)
        self.event_choice.setEnabled(not day)
        self.event_label.setEnabled(not day)
        self._count()

    def _count(self) -> None:
        by_day, day = self.by_day.isChecked(), pydate(self.day.date())
        point = self.point.currentData()
        event = self.event_choice.currentData()

        def job(uow: Any) -> list[uuid.UUID]:
            from welfare_desk.reporting.path_summary import seen_at_event, seen_on

            if by_day:
                return seen_on(uow, day, point)
            return seen_at_event(uow, event) if event else []

        def counted(people: list[uuid.UUID]) -> None:
            self.people = people
            self.count.setText(self.tr("%n path summary(ies) to print.", "", len(people)))
            self.print_button.setEnabled(bool(people))

        self.context.runner.run(self.context.in_store(job), counted, self._failed)

    def print_all(self) -> None:
        from welfare_desk.documents.output import as_bytes
        from welfare_desk.progress import TaskState
        from welfare_desk.reporting.path_summary import print_paths

        people, today = list(self.people), self.context.clock.today()
        if not people:
            return
        self.status.clear()
        waiting = QProgressDialog(
            self.tr("Preparing the path summaries…"), self.tr("Cancel"), 0, len(people), self
        )
        waiting.setWindowTitle(self.windowTitle())
        waiting.setWindowModality(Qt.WindowModality.WindowModal)
        waiting.setMinimumDuration(500)
        waiting.setAutoClose(False)
        waiting.setValue(0)
        self._waiting = waiting
        state = TaskState(lambda done, total: self._progress.advanced.emit(done, total))
        self._state = state
        waiting.canceled.connect(state.cancel)
        self.print_button.setEnabled(False)

        def job(uow: Any) -> bytes:
            return as_bytes(lambda out: print_paths(uow, people, today, out, state))

        self.context.runner.run(self.context.in_store(job), self._printed, self._print_failed)

    def _advanced(self, done: int, total: int) -> None:
        if self._waiting is not None:
            self._waiting.setMaximum(total)
            self._waiting.setValue(done)

    def _close_waiting(self) -> None:
        self.print_button.setEnabled(bool(self.people))
        if self._waiting is not None:
            self._waiting.hide()  # not close(): that would count as Cancel
            self._waiting.deleteLater()
            self._waiting = None

    def _printed(self, pdf: bytes) -> None:
        self._close_waiting()
        self.printed = pdf
        day = pydate(self.day.date())
        name = f"percorsi-{day:%Y%m%d}.pdf" if self.by_day.isChecked() else "percorsi-evento.pdf"
        preview = PdfPreviewDialog(pdf, name, self.windowTitle(), self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()

    def _print_failed(self, error: Exception) -> None:
        self._close_waiting()
        self._failed(error)

    def _failed(self, error: Exception) -> None:
        self.status.setText(_message(error))
