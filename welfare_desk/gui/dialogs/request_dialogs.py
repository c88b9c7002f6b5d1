"""The requests' dialogs: a smart-working request, a health-fund request, an invoice, the
individual agreement's terms."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from welfare_desk.domain.health_funds import RequestKind
from welfare_desk.domain.money import parse_euro
from welfare_desk.domain.problems import DomainError
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.saving import SavingDialog
from welfare_desk.gui.dialogs.screen_fit import fit_screen
from welfare_desk.gui.forms.hf_request_dialog_ui import Ui_HfRequestDialog
from welfare_desk.gui.forms.invoice_dialog_ui import Ui_InvoiceDialog
from welfare_desk.gui.forms.sw_request_dialog_ui import Ui_SwRequestDialog
from welfare_desk.gui.forms.terms_dialog_ui import Ui_TermsDialog
from welfare_desk.gui.labels import HF_KIND_NAMES, name_of
from welfare_desk.gui.qdates import pydate, qdate

if TYPE_CHECKING:
    from welfare_desk.registry.workers import WorkerDetail
    from welfare_desk.requests.corrections import Draft
    from welfare_desk.requests.smart_working import SwView


class SwRequestDialog(SavingDialog):
    """A smart-working request for a worker: days, which days, the period, the reasons.
    The legal priority is not asked: it is derived from the household."""

    def __init__(
        self,
        context: DeskContext,
        worker: WorkerDetail,
        parent: QWidget | None,
        draft: Draft | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.worker_id = worker.id
        self.draft = draft
        self.ui = Ui_SwRequestDialog()
        self.ui.setupUi(self)
        self._setup_buttons(self.ui.buttons, self.ui.statusText)
        self.setWindowTitle(
            self.tr("Smart-working request – %1").replace("%1", f"{worker.surname} {worker.name}")
        )
        start = context.clock.today() + timedelta(days=30)
        self.ui.fromEdit.setDate(qdate(start))
        self.ui.toEdit.setDate(qdate(start + timedelta(days=365)))
        self.ui.toEdit.setEnabled(False)
        self.ui.openCheck.toggled.connect(lambda on: self.ui.toEdit.setEnabled(not on))
        row = QHBoxLayout()
        self.weekdays: list[QCheckBox] = []
        for name in (
            self.tr("&Mon"),
            self.tr("T&ue"),
            self.tr("&Wed"),
            self.tr("T&hu"),
            self.tr("Fr&i"),
        ):
            box = QCheckBox(name)
            self.weekdays.append(box)
            row.addWidget(box)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        label = QLabel(self.tr("Which days"))
        label.setBuddy(self.weekdays[0])
        self.ui.form.insertRow(1, label, holder)
        if draft is not None:
            self._show_draft(draft)
        self.ui.daysSpin.setFocus()
        fit_screen(self, parent)

    def _show_draft(self, draft: Draft) -> None:
        from welfare_desk.requests.smart_working import SwInput

        typed = draft.typed
        assert isinstance(typed, SwInput)
        self.setWindowTitle(self.tr("Correct the draft %1").replace("%1", draft.number))
        self.ui.daysSpin.setValue(typed.days_per_week)
        for day, box in enumerate(self.weekdays):
            box.setChecked(day in typed.weekdays)
        self.ui.fromEdit.setDate(qdate(typed.starts_on))
        self.ui.openCheck.setChecked(typed.ends_on is None)
        if typed.ends_on is not None:
            self.ui.toEdit.setDate(qdate(typed.ends_on))
        self.ui.reasonsEdit.setPlainText(typed.reasons or "")

    def save(self) -> None:
        from welfare_desk.requests.smart_working import SwInput

        chosen = tuple(i for i, box in enumerate(self.weekdays) if box.isChecked())
        data = SwInput(
            self.worker_id,
            self.ui.daysSpin.value(),
            chosen,
            pydate(self.ui.fromEdit.date()),
            None if self.ui.openCheck.isChecked() else pydate(self.ui.toEdit.date()),
            self.ui.reasonsEdit.toPlainText().strip() or None,
        )

        draft = self.draft

        def job(uow: Any) -> SwView | None:
            from welfare_desk.requests.corrections import correct_smart_working
            from welfare_desk.requests.smart_working import create_request

            if draft is not None:
                correct_smart_working(uow, draft.id, draft.version, data)
                return None
            return create_request(uow, data, uow.clock.today())

        self._run(job)


class HfRequestDialog(SavingDialog):
    """A health-fund request for a worker or a relative; or a draft typed wrong, corrected
    (`draft` given)."""

    def __init__(
        self,
        context: DeskContext,
        worker: WorkerDetail,
        parent: QWidget | None,
        draft: Draft | None = None,
    ) -> None:
        super().__init__(context, parent)
        from welfare_desk.reference import health_funds

        self.worker_id = worker.id
        self.draft = draft
        self.ui = Ui_HfRequestDialog()
        self.ui.setupUi(self)
        self._setup_buttons(self.ui.buttons, self.ui.statusText)
        self.setWindowTitle(
            self.tr("Health-fund request – %1").replace("%1", f"{worker.surname} {worker.name}")
        )
        for fund in health_funds().values():
            self.ui.fundCombo.addItem(fund.name, fund.code)
        for kind in (
            RequestKind.REIMBURSEMENT,
            RequestKind.PRE_AUTHORISATION,
            RequestKind.ENROLMENT,
            RequestKind.FAMILY_EXTENSION,
        ):
            self.ui.kindCombo.addItem(name_of(HF_KIND_NAMES, kind), kind.value)
        self.ui.regimeCombo.addItem(self.tr("indirect: the member pays and claims"), "indirect")
        self.ui.regimeCombo.addItem(self.tr("direct: contracted providers"), "direct")
        self.ui.forCombo.addItem(f"{worker.name} {worker.surname}", None)
        for member in worker.household:
            self.ui.forCombo.addItem(f"{member.name} {member.surname}", str(member.id))
        self.ui.kindCombo.currentIndexChanged.connect(lambda _i: self._regime_for_kind())
        # Contributions to a fund outside the Anagrafe are not exempt: said as it is chosen.
        self.fund_note = QLabel()
        self.fund_note.setWordWrap(True)
        self.fund_note.setProperty("problem", "warning")
        self.ui.form.insertRow(1, self.fund_note)
        self.ui.fundCombo.currentIndexChanged.connect(lambda _i: self._fund_note())
        self._fund_note()
        if draft is not None:
            self._show_draft(draft)
        self.ui.fundCombo.setFocus()
        fit_screen(self, parent)  # the fund's warning wraps, as tall as the font needs

    def _show_draft(self, draft: Draft) -> None:
        from welfare_desk.requests.health_funds import HfInput

        typed = draft.typed
        assert isinstance(typed, HfInput)
        self.setWindowTitle(self.tr("Correct the draft %1").replace("%1", draft.number))
        self.ui.fundCombo.setCurrentIndex(max(0, self.ui.fundCombo.findData(typed.fund_code)))
        self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData(typed.kind.value)))
        self.ui.regimeCombo.setCurrentIndex(max(0, self.ui.regimeCombo.findData(typed.regime)))
        member = str(typed.member_id) if typed.member_id else None
        self.ui.forCombo.setCurrentIndex(max(0, self.ui.forCombo.findData(member)))
        self.ui.notesEdit.setPlainText(typed.notes or "")

    def _fund_note(self) -> None:
        from welfare_desk.domain.health_funds import anagrafe_note
        from welfare_desk.reference import health_funds

        fund = health_funds().get(self.ui.fundCombo.currentData())
        note = anagrafe_note(fund) if fund else None
        self.fund_note.setText(note or "")  # the law's words, Italian in both languages
        self.fund_note.setVisible(note is not None)

    def _regime_for_kind(self) -> None:
        kind = self.ui.kindCombo.currentData()
        if kind == RequestKind.PRE_AUTHORISATION.value:
            self.ui.regimeCombo.setCurrentIndex(self.ui.regimeCombo.findData("direct"))
        elif kind == RequestKind.REIMBURSEMENT.value:
            self.ui.regimeCombo.setCurrentIndex(self.ui.regimeCombo.findData("indirect"))

    def save(self) -> None:
        from welfare_desk.requests.health_funds import HfInput

        member = self.ui.forCombo.currentData()
        data = HfInput(
            self.worker_id,
            self.ui.fundCombo.currentData(),
            RequestKind(self.ui.kindCombo.currentData()),
            self.ui.regimeCombo.currentData(),
            uuid.UUID(member) if member else None,
            self.ui.notesEdit.toPlainText().strip() or None,
            self.ui.networkCheck.isChecked(),
        )

        draft = self.draft

        def job(uow: Any) -> Any:
            from welfare_desk.requests.corrections import correct_health_request
            from welfare_desk.requests.health_funds import create_request

            if draft is not None:
                return correct_health_request(uow, draft.id, draft.version, data)
            return create_request(uow, data, uow.clock.today())

        self._run(job)


class InvoiceDialog(SavingDialog):
    def __init__(
        self, context: DeskContext, request_id: uuid.UUID, version: int, parent: QWidget | None
    ) -> None:
        super().__init__(context, parent)
        self.request_id, self.version = request_id, version
        self.ui = Ui_InvoiceDialog()
        self.ui.setupUi(self)
        self._setup_buttons(self.ui.buttons, self.ui.statusText)
        today = context.clock.today()
        self.ui.dateEdit.setDate(qdate(today))
        self.ui.dateEdit.setMaximumDate(qdate(today))
        self.ui.amountEdit.setFocus()

    def save(self) -> None:
        try:
            cents = parse_euro(self.ui.amountEdit.text())
        except DomainError as wrong:
            self._refuse(wrong.message, self.ui.amountEdit)
            return
        day, request_id, version = pydate(self.ui.dateEdit.date()), self.request_id, self.version

        def job(uow: Any) -> Any:
            from welfare_desk.requests.health_funds import add_invoice

            return add_invoice(uow, request_id, version, day, cents, uow.clock.today())

        self._run(job)


class TermsDialog(SavingDialog):
    """The individual agreement (art. 19 L. 81/2017): places, tools, rest, disconnection,
    the hours the worker can be reached (art. 18 c. 1) and the day it was signed."""

    def __init__(self, context: DeskContext, request: SwView, parent: QWidget | None) -> None:
        super().__init__(context, parent)
        self.request = request
        self.ui = Ui_TermsDialog()
        self.ui.setupUi(self)
        self._setup_buttons(self.ui.buttons, self.ui.statusText)
        self.setWindowTitle(self.tr("Individual agreement %1").replace("%1", request.number))
        kept = request.terms
        self.ui.placesEdit.setText(kept.places or "")
        self.ui.toolsEdit.setText(kept.tools or "")
        self.ui.restEdit.setText(kept.rest_times or "")
        self.ui.disconnectionEdit.setText(kept.disconnection or "")
        self.ui.reachableEdit.setText(kept.reachable_hours or "")
        self.ui.signedEdit.setDate(qdate(kept.signed_on or context.clock.today()))
        self.ui.placesEdit.setFocus()

    def save(self) -> None:
        from welfare_desk.requests.smart_working import AgreementTerms

        terms = AgreementTerms(
            self.ui.placesEdit.text().strip() or None,
            self.ui.toolsEdit.text().strip() or None,
            self.ui.restEdit.text().strip() or None,
            self.ui.disconnectionEdit.text().strip() or None,
            pydate(self.ui.signedEdit.date()),
            self.ui.reachableEdit.text().strip() or None,
        )
        request_id, version = self.request.id, self.request.version

        def job(uow: Any) -> Any:
            from welfare_desk.requests.smart_working import save_terms

            return save_terms(uow, request_id, version, terms)

        self._run(job)
