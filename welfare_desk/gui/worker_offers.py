"""A worker's enrollments and vouchers, in the story: what was booked, what was paid."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.domain.money import format_euro
from welfare_desk.gui.confirm import ask_reason, cancelled_text, confirm
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.flow_layout import FlowLayout
from welfare_desk.gui.formatting import short_date
from welfare_desk.gui.labels import ENROLLMENT_STATUS_NAMES, VOUCHER_STATUS_NAMES, name_of
from welfare_desk.gui.small_models import ListTableModel, plain_table

if TYPE_CHECKING:
    from welfare_desk.catalogue.enrollments import EnrollmentView
    from welfare_desk.catalogue.vouchers import VoucherView


class WorkerOffers(QWidget):
    counted = Signal(int, int)  # enrollments, vouchers
    cancelled = Signal(object)  # what an undo needs: the window offers it (#17)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.worker_id: uuid.UUID | None = None
        self.who = ""  # the worker's name, for the dialogs' titles
        self.enrollments_label = QLabel()
        self.enrollments: ListTableModel[EnrollmentView] = ListTableModel(
            [
                lambda e: e.person,
                lambda e: e.service_name,
                lambda e: e.edition_title,
                lambda e: f"{short_date(e.starts_on)} – {short_date(e.ends_on)}",
                lambda e: name_of(ENROLLMENT_STATUS_NAMES, e.status),
                self._attendance,
            ]
        )
        self.enrollments_view = plain_table(self.enrollments)
        self.enrollments_label.setBuddy(self.enrollments_view)
        self.vouchers_label = QLabel()
        self.vouchers: ListTableModel[VoucherView] = ListTableModel(
            [
                lambda v: v.number,
                lambda v: short_date(v.issued_on),
                lambda v: v.beneficiary,
                lambda v: v.service_name,
                lambda v: format_euro(v.value_cents),
                lambda v: name_of(VOUCHER_STATUS_NAMES, v.status),
                lambda v: v.budget_name,
            ]
        )
        self.vouchers_view = plain_table(self.vouchers)
        self.vouchers_label.setBuddy(self.vouchers_view)
        self.cancel_enrollment = QPushButton()
        self.cancel_voucher = QPushButton()
        self.other_benefits = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        # Each label and its buttons wrap at a large font rather than widen the story (#17).
        top = FlowLayout()
        top.addWidget(self.enrollments_label)
        top.addWidget(self.cancel_enrollment)
        middle = FlowLayout()
        middle.addWidget(self.vouchers_label)
        middle.addWidget(self.other_benefits)
        middle.addWidget(self.cancel_voucher)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.enrollments_view, 1)
        layout.addLayout(middle)
        layout.addWidget(self.vouchers_view, 1)
        layout.addWidget(self.message)
        self.cancel_enrollment.clicked.connect(self._cancel_enrollment)
        self.cancel_voucher.clicked.connect(self._cancel_voucher)
        self.other_benefits.clicked.connect(self._other_benefits)
        self._retranslate()

    def _retranslate(self) -> None:
        self.enrollments_label.setText(self.tr("Enrollment&s"))
        self.vouchers_label.setText(self.tr("Vouc&hers"))
        self.cancel_enrollment.setText(self.tr("Cancel the enrollment"))
        self.cancel_voucher.setText(self.tr("Cancel the voucher"))
        self.other_benefits.setText(self.tr("Other benefits from the employer…"))
        self.other_benefits.setToolTip(
            self.tr("Utilities, rent, the company car…: they fill the fringe-benefit threshold")
        )
        self.enrollments_view.setAccessibleName(self.tr("Enrollments"))
        self.vouchers_view.setAccessibleName(self.tr("Vouchers"))
        self.enrollments.set_headers(
            [
                self.tr("For"),
                self.tr("Service"),
                self.tr("Edition"),
                self.tr("Dates"),
                self.tr("Status"),
                self.tr("Attendance"),
            ]
        )
        self.vouchers.set_headers(
            [
                self.tr("Number"),
                self.tr("Issued"),
                self.tr("For"),
                self.tr("Service"),
                self.tr("Value"),
                self.tr("Status"),
                self.tr("Budget"),
            ]
        )

    def _other_benefits(self) -> None:
        from welfare_desk.gui.dialogs.benefits_dialog import BenefitsDialog

        if self.worker_id is None:
            return
        BenefitsDialog(self.context, self.worker_id, self.who, self).open()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _attendance(self, e: EnrollmentView) -> str:
        if not e.sessions:
            return ""
        return self.tr("%1 of %2").replace("%1", str(e.present)).replace("%2", str(e.sessions))

    def show_for(self, worker_id: uuid.UUID, who: str = "") -> None:
        if worker_id != self.worker_id:
            self.message.clear()
        self.worker_id = worker_id
        self.who = who or self.who

        def job(uow: Any) -> tuple[list[EnrollmentView], list[VoucherView]]:
            from welfare_desk.catalogue.enrollments import worker_enrollments
            from welfare_desk.catalogue.vouchers import worker_vouchers

            return worker_enrollments(uow, worker_id), worker_vouchers(uow, worker_id)

        def loaded(found: tuple[list[EnrollmentView], list[VoucherView]]) -> None:
            if worker_id != self.worker_id:
                return
            self.enrollments.set_rows(found[0])
            self.vouchers.set_rows(found[1])
            self.counted.emit(len(found[0]), len(found[1]))

        self.context.runner.run(self.context.in_store(job), loaded, self._failed)

    def _chosen(self, view: QTableView, model: ListTableModel[Any]) -> Any:
        row = view.currentIndex().row()
        return model.rows[row] if 0 <= row < len(model.rows) else None

    def _cancel_enrollment(self) -> None:
        chosen = self._chosen(self.enrollments_view, self.enrollments)
        if chosen is None or self.worker_id is None:
            self._say(self.tr("Choose the enrollment to cancel."), True)
            return
        question = self.tr("Cancel the enrollment of %1 in «%2»?")
        question = question.replace("%1", chosen.person).replace("%2", chosen.edition_title)
        if not confirm(self, self.tr("Cancel the enrollment"), question):
            return
        reason = ask_reason(
            self,
            self.tr("Cancel the enrollment"),
            self.tr("Why is the enrollment cancelled? The history keeps it."),
        )
        if reason is None:
            return

        def job(uow: Any) -> Any:
            from welfare_desk.catalogue.enrollments import cancel

            return cancel(uow, chosen.id, chosen.version, reason)

        def done(outcome: Any) -> None:
            self._say(cancelled_text(outcome, self.tr("Enrollment cancelled.")), False)
            self.cancelled.emit(outcome.undo)
            self.context.changed()
            if self.worker_id is not None:
                self.show_for(self.worker_id)

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _cancel_voucher(self) -> None:
        chosen = self._chosen(self.vouchers_view, self.vouchers)
        if chosen is None or self.worker_id is None:
            self._say(self.tr("Choose the voucher to cancel."), True)
            return
        question = self.tr("Cancel voucher %1? Its value goes back to the budget.")
        if not confirm(self, self.tr("Cancel the voucher"), question.replace("%1", chosen.number)):
            return
        reason = ask_reason(
            self,
            self.tr("Cancel the voucher"),
            self.tr("Why is voucher %1 cancelled? The history keeps it.").replace(
                "%1", chosen.number
            ),
        )
        if reason is None:
            return

        def job(uow: Any) -> Any:
            from welfare_desk.catalogue.vouchers import cancel_voucher

            return cancel_voucher(uow, chosen.id, chosen.version, uow.clock.today(), reason)

        def done(undo: Any) -> None:
            self.cancelled.emit(undo)
            self._say(
                self.tr("Voucher %1 cancelled: %2 back to its budget.")
                .replace("%1", chosen.number)
                .replace("%2", format_euro(chosen.value_cents)),
                False,
            )
            self.context.changed()
            if self.worker_id is not None:
                self.show_for(self.worker_id)

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _failed(self, error: Exception) -> None:
        self._say(getattr(error, "message", type(error).__name__), True)

    def _say(self, text: str, problem: bool) -> None:
        self.message.setProperty("problem", "error" if problem else "")
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft)
