"""Smart-working requests to decide, ranked by legal priority then date: the category
shown, never the health details behind it. Moves, the agreement's terms and its print."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.domain.dates import DateFormatError, parse_date
from welfare_desk.domain.smart_working import SW_TRANSITIONS, SwStatus
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.flow_layout import FlowLayout
from welfare_desk.gui.formatting import short_date
from welfare_desk.gui.labels import SW_STATUS_NAMES, name_of, sw_status_name
from welfare_desk.gui.pages.request_panel import RequestPanel
from welfare_desk.gui.small_models import ListTableModel, plain_table

if TYPE_CHECKING:
    from welfare_desk.requests.smart_working import SwView

WEEKDAYS = ("lun", "mar", "mer", "gio", "ven", "sab", "dom")


class SmartWorkingPanel(RequestPanel):
    kind = "smart_working"

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.employer = QComboBox()
        self.employer_label = QLabel()
        self.employer_label.setBuddy(self.employer)
        self.every_status = QCheckBox()
        self.model: ListTableModel[SwView] = ListTableModel(
            [
                lambda r: r.number,
                lambda r: r.worker,
                lambda r: r.priority_text or "—",
                self._days,
                lambda r: f"{short_date(r.starts_on)} – {short_date(r.ends_on) or '…'}",
                lambda r: sw_status_name(
                    r.status, r.withdrawal_effective_on, context.clock.today()
                ),
                lambda r: short_date(r.submitted_on),
            ]
        )
        self.view = plain_table(self.model)
        self.move_button = QPushButton()  # with a menu: drawn like the buttons beside it
        self.menu = QMenu(self)
        self.move_button.setMenu(self.menu)
        self.terms_button = QPushButton()
        self.extend_button = QPushButton()
        self.print_button = QPushButton()
        self.open_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.employer_label)
        top.addWidget(self.employer, 1)
        top.addWidget(self.every_status)
        buttons = FlowLayout()  # wraps rather than widen the window (#17)
        for button in (
            self.move_button,
            self.terms_button,
            self.extend_button,
            self.print_button,
            self.open_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.employer.currentIndexChanged.connect(lambda _i: self.reload.emit())
        self.every_status.toggled.connect(lambda _on: self.reload.emit())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.chosen())
        self.view.activated.connect(
            lambda i: self.open_worker.emit(self.model.rows[i.row()].worker_id)
        )
        self.open_button.clicked.connect(self.open_current)
        self.terms_button.clicked.connect(self._terms)
        self.extend_button.clicked.connect(self._extend)
        self.print_button.clicked.connect(self._print)
        self._employers: list[tuple[str, str]] = []
        self.retranslate()
        self.chosen()

    def retranslate(self) -> None:
        self.employer_label.setText(self.tr("&Employer"))
        self.every_status.setText(self.tr("Also &decided and closed"))
        self.move_button.setText(self.tr("Mo&ve to"))
        self.terms_button.setText(self.tr("A&greement…"))
        self.extend_button.setText(self.tr("E&xtend…"))
        self.extend_button.setToolTip(
            self.tr("Prolong a fixed-term agreement (proroga): the Ministry hears of it")
        )
        self.print_button.setText(self.tr("&Print the agreement…"))
        self.open_button.setText(self.tr("&Open the story"))
        self.view.setAccessibleName(self.tr("Smart-working requests"))
        self.model.set_headers(
            [
                self.tr("Number"),
                self.tr("Worker"),
                self.tr("Legal priority"),
                self.tr("Days"),
                self.tr("Period"),
                self.tr("Status"),
                self.tr("Submitted"),
            ]
        )
        chosen = self.employer.currentData()
        self.employer.blockSignals(True)
        self.employer.clear()
        self.employer.addItem(self.tr("All employers"), None)
        for employer_id, name in self._employers:
            self.employer.addItem(name, employer_id)
        self.employer.setCurrentIndex(max(0, self.employer.findData(chosen)))
        self.employer.blockSignals(False)

    def set_employers(self, employers: list[tuple[str, str]]) -> None:
        if employers != self._employers:
            self._employers = employers
            self.retranslate()

    def show_closed_too(self) -> None:
        """From a worker's story: every employer, decided and closed requests as well."""
        for widget in (self.employer, self.every_status):
            widget.blockSignals(True)
        self.employer.setCurrentIndex(0)
        self.every_status.setChecked(True)
        for widget in (self.employer, self.every_status):
            widget.blockSignals(False)

    def _days(self, r: SwView) -> str:
        if r.weekdays:
            return ", ".join(WEEKDAYS[d] for d in r.weekdays)
        return self.tr("%n a week", "", r.days_per_week)

    def chosen(self) -> None:
        request = self.current()
        self.menu.clear()
        if request is not None:
            for status in sorted(SW_TRANSITIONS[SwStatus(request.status)]):
                action = self.menu.addAction(name_of(SW_STATUS_NAMES, status))
                action.triggered.connect(lambda _c=False, s=status: self._move(s))
        self.add_draft_actions(self.menu, request)
        self.move_button.setEnabled(not self.menu.isEmpty())
        self.terms_button.setEnabled(request is not None and request.can_edit_terms)
        self.extend_button.setEnabled(request is not None and request.can_extend)
        self.print_button.setEnabled(request is not None and request.can_print_agreement)
        self.open_button.setEnabled(request is not None)

    def _move(self, wanted: SwStatus) -> None:
        request = self.current()
        if request is None:
            return
        reason: str | None = None
        by_employer = justified = False
        if wanted is SwStatus.REJECTED:
            reason, ok = QInputDialog.getText(
                self, self.tr("Reject"), self.tr("Why is the request rejected?")
            )
            if not ok:
                return
        if wanted is SwStatus.WITHDRAWN and request.status == SwStatus.ACTIVE.value:
            asked = self._withdrawal()
            if asked is None:
                return
            by_employer, justified, reason = asked

        def job(uow: Any) -> Any:
            from welfare_desk.requests.smart_working import change_status

            return change_status(
                uow,
                request.id,
                request.version,
                wanted,
                uow.clock.today(),
                reason,
                by_employer=by_employer,
                justified=justified,
            )

        self.run(
            job,
            self.tr("%1: %2.")
            .replace("%1", request.number)
            .replace("%2", name_of(SW_STATUS_NAMES, wanted)),
        )

    def _withdrawal(self) -> tuple[bool, bool, str | None] | None:
        """Who withdraws, and whether for a justified reason (then without notice)."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Withdrawal from the agreement"))
        box.setText(self.tr("Who withdraws from the agreement?"))
        worker = box.addButton(self.tr("The &worker"), QMessageBox.ButtonRole.AcceptRole)
        employer = box.addButton(self.tr("The &employer"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() not in (worker, employer):
            return None
        by_employer = box.clickedButton() is employer
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Justified reason"),
            self.tr(
                "A justified reason, if any (it ends the agreement at once; empty: with notice):"
            ),
        )
        if not ok:
            return None
        return by_employer, bool(reason.strip()), reason.strip() or None

    def _extend(self) -> None:
        request = self.current()
        if request is None or request.ends_on is None:
            return
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Extend the agreement"),
            self.tr("The agreement ends on %1. New end (dd/mm/yyyy):").replace(
                "%1", short_date(request.ends_on)
            ),
        )
        if not ok or not typed.strip():
            return
        try:
            new_end = parse_date(typed)
        except DateFormatError as error:
            self.said.emit(str(error), True)
            return

        def job(uow: Any) -> Any:
            from welfare_desk.requests.smart_working import extend_agreement

            return extend_agreement(uow, request.id, request.version, new_end, uow.clock.today())

        self.run(
            job,
            self.tr("%1 extended to %2.")
            .replace("%1", request.number)
            .replace("%2", short_date(new_end)),
        )

    def _terms(self) -> None:
        from welfare_desk.gui.dialogs.request_dialogs import TermsDialog

        request = self.current()
        if request is None:
            return
        dialog = TermsDialog(self.context, request, self)
        dialog.saved.connect(self.changed.emit)
        dialog.open()

    def _print(self) -> None:
        from welfare_desk.gui.dialogs.pdf_preview import preview_pdf

        request = self.current()
        if request is None:
            return
        number = request.number
        # Imported here, on the UI thread: a first import on the store thread runs through
        # PySide's import hook there, which can stall it for seconds.
        from welfare_desk.documents.agreement_pdf import write_agreement
        from welfare_desk.documents.output import as_bytes
        from welfare_desk.requests.smart_working import agreement_document

        def job(uow: Any) -> bytes:
            document = agreement_document(uow, number)
            return as_bytes(lambda out: write_agreement(out, document))

        preview_pdf(
            self.context,
            self,
            self.context.in_store(job),
            self.tr("Agreement %1").replace("%1", number),
            f"accordo-{number}.pdf",
        )
