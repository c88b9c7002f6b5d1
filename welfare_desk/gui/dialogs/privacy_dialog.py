"""A worker's information notice and the legal basis of each purpose: what was given,
when, under which version of the notice, and what is missing."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.gui.confirm import confirm
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.formatting import short_date
from welfare_desk.gui.small_models import ListTableModel, plain_table
from welfare_desk.reference import privacy_rules
from welfare_desk.registry.privacy import BasisView, PrivacyView
from welfare_desk.registry.subject_requests import SubjectRequestView


class PrivacyDialog(QDialog):
    erased = Signal(bool)  # the person's data erased; True: the person is gone too

    def __init__(
        self, context: DeskContext, worker_id: uuid.UUID, who: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.context, self.worker_id, self.who = context, worker_id, who
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setProperty("problem", "warning")
        self.model: ListTableModel[BasisView] = ListTableModel(
            [
                lambda b: b.purpose_label,
                lambda b: b.basis_label,
                lambda b: short_date(b.on),
                lambda b: short_date(b.withdrawn_on) if b.withdrawn_on else "",
            ]
        )
        self.view = plain_table(self.model)
        self.requests: ListTableModel[SubjectRequestView] = ListTableModel(
            [
                lambda r: r.label,
                lambda r: short_date(r.received_on),
                lambda r: short_date(r.due_on) + (self.tr(" (extended)") if r.extended else ""),
                lambda r: short_date(r.answered_on) if r.answered_on else "",
            ]
        )
        self.requests_view = plain_table(self.requests)
        self.requests_view.setMaximumHeight(140)
        self.requests_label = QLabel()
        self.requests_label.setBuddy(self.requests_view)
        self.new_request = QPushButton()
        self.extend_request = QPushButton()
        self.answer_request = QPushButton()
        self.erase = QPushButton()
        self.purpose = QComboBox()
        self.basis = QComboBox()
        for purpose in privacy_rules()["purposes"]:  # the notice's Italian words
            self.purpose.addItem(str(purpose["label"]), purpose["code"])
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.purpose, self.basis), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.give_notice = QPushButton()
        self.print_notice = QPushButton()
        self.add = QPushButton()
        self.withdraw = QPushButton()
        self.close_button = QPushButton()
        for button in (
            self.give_notice,
            self.print_notice,
            self.add,
            self.withdraw,
            self.close_button,
            self.new_request,
            self.extend_request,
            self.answer_request,
            self.erase,
        ):
            button.setAutoDefault(False)  # Enter records nothing
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        for button in (self.give_notice, self.print_notice, self.add, self.withdraw):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.warning)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addWidget(self.requests_label)
        layout.addWidget(self.requests_view)
        request_row = QHBoxLayout()
        for button in (self.new_request, self.extend_request, self.answer_request):
            request_row.addWidget(button)
        request_row.addStretch(1)
        request_row.addWidget(self.erase)
        layout.addLayout(request_row)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.purpose.currentIndexChanged.connect(lambda _i: self._fill_bases())
        self.give_notice.clicked.connect(self._give_notice)
        self.print_notice.clicked.connect(self._print_notice)
        self.add.clicked.connect(self._add)
        self.withdraw.clicked.connect(self._withdraw)
        self.close_button.clicked.connect(self.accept)
        self.new_request.clicked.connect(self._new_request)
        self.extend_request.clicked.connect(self._extend_request)
        self.answer_request.clicked.connect(self._answer_request)
        self.erase.clicked.connect(self._erase)
        self.setWindowTitle(self.tr("Privacy – %1").replace("%1", who))
        self.labels[0].setText(self.tr("&Purpose"))
        self.labels[1].setText(self.tr("Legal &basis"))
        self.give_notice.setText(self.tr("The &notice was given today"))
        self.print_notice.setText(self.tr("&Print the notice…"))
        self.add.setText(self.tr("&Record the basis"))
        self.withdraw.setText(self.tr("&Withdraw…"))
        self.close_button.setText(self.tr("&Close"))
        self.requests_label.setText(self.tr("The person's &requests (answer within a month)"))
        self.new_request.setText(self.tr("New re&quest…"))
        self.extend_request.setText(self.tr("E&xtend by two months…"))
        self.answer_request.setText(self.tr("Ans&wered today"))
        self.erase.setText(self.tr("Era&se the data…"))
        self.requests_view.setAccessibleName(self.tr("The person's requests"))
        self.requests.set_headers(
            [self.tr("Request"), self.tr("Received"), self.tr("Due"), self.tr("Answered")]
        )
        self.view.setAccessibleName(self.tr("Legal bases"))
        self.model.set_headers(
            [self.tr("Purpose"), self.tr("Legal basis"), self.tr("From"), self.tr("Withdrawn")]
        )
        self._fill_bases()
        self.resize(1000, 680)
        self.reload()

    def _fill_bases(self) -> None:
        rules = privacy_rules()
        chosen = next(
            (p for p in rules["purposes"] if p["code"] == self.purpose.currentData()), None
        )
        self.basis.clear()
        for code in chosen["bases"] if chosen else ():
            self.basis.addItem(rules["bases"][code], code)

    def reload(self) -> None:
        worker_id = self.worker_id

        def job(uow: Any) -> tuple[PrivacyView, list[SubjectRequestView]]:
            from welfare_desk.registry.privacy import privacy_of
            from welfare_desk.registry.subject_requests import requests_of_worker

            return privacy_of(uow, worker_id), requests_of_worker(uow, worker_id)

        self.context.runner.run(self.context.in_store(job), self._shown, self._failed)

    def _shown(self, found: tuple[PrivacyView, list[SubjectRequestView]]) -> None:
        view, requests = found
        self.requests.set_rows(requests)
        self.model.set_rows(view.bases)
        if view.notice_version is None:
            text = self.tr("The information notice (version %1) has not been given yet.")
            self.notice.setText(text.replace("%1", view.current_notice))
        else:
            text = self.tr("Information notice version %1 given on %2.")
            text = text.replace("%1", view.notice_version)
            text = text.replace("%2", short_date(view.notice_on)) if view.notice_on else text
            if view.notice_version != view.current_notice:
                text += " " + self.tr("The notice changed since (now %1): give it again.").replace(
                    "%1", view.current_notice
                )
            self.notice.setText(text)
        self.warning.setText(view.warning)  # the law's words, Italian in both languages
        self.warning.setVisible(bool(view.warning))

    def _run(self, job: Any, said: str) -> None:
        def done(_result: object) -> None:
            self.status.setProperty("problem", None)
            self.status.setText(said)
            self.context.changed()
            self.reload()

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _give_notice(self) -> None:
        worker_id, today = self.worker_id, self.context.clock.today()

        def job(uow: Any) -> None:
            from welfare_desk.registry.privacy import record_notice

            record_notice(uow, worker_id, today)

        self._run(job, self.tr("Notice recorded."))

    def _print_notice(self) -> None:
        """The notice with the person's name, previewed before it is printed."""
        # Imported here, on the UI thread: see preview_pdf.
        from welfare_desk.documents.notice_pdf import write_notice
        from welfare_desk.documents.output import as_bytes
        from welfare_desk.gui.dialogs.pdf_preview import preview_pdf

        worker_id = self.worker_id

        def job(uow: Any) -> bytes:
            from welfare_desk.registry.privacy import notice_document

            notice = notice_document(uow, worker_id)
            return as_bytes(lambda out: write_notice(out, notice))

        preview_pdf(
            self.context,
            self,
            self.context.in_store(job),
            self.tr("Privacy notice"),
            "informativa-privacy.pdf",
        )

    def _add(self) -> None:
        worker_id, today = self.worker_id, self.context.clock.today()
        purpose, basis = self.purpose.currentData(), self.basis.currentData()

        def job(uow: Any) -> None:
            from welfare_desk.registry.privacy import record_basis

            record_basis(uow, worker_id, purpose, basis, today)

        self._run(job, self.tr("Basis recorded."))

    def _withdraw(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.status.setText(self.tr("Choose the basis to withdraw."))
            return
        chosen = self.model.rows[index.row()]
        question = self.tr("Withdraw «%1» for «%2» from today?")
        question = question.replace("%1", chosen.basis_label).replace("%2", chosen.purpose_label)
        if not confirm(self, self.tr("Withdraw the basis"), question):
            return
        today = self.context.clock.today()

        def job(uow: Any) -> None:
            from welfare_desk.registry.privacy import withdraw_basis

            withdraw_basis(uow, chosen.id, chosen.version, today)

        self._run(job, self.tr("Withdrawn."))

    def _new_request(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from welfare_desk.domain.subject_rights import RIGHT_LABELS, RightKind

        labels = list(RIGHT_LABELS.values())  # the law's words, Italian in both languages
        chosen, ok = QInputDialog.getItem(
            self, self.tr("New request"), self.tr("What does the person ask?"), labels, 0, False
        )
        if not ok:
            return
        kind = next(k for k, label in RIGHT_LABELS.items() if label == chosen)
        worker_id, today = self.worker_id, self.context.clock.today()

        def job(uow: Any) -> None:
            from welfare_desk.registry.subject_requests import open_request

            open_request(uow, worker_id, RightKind(kind), today)

        self._run(job, self.tr("Request recorded: it is in the agenda until answered."))

    def _chosen_request(self) -> SubjectRequestView | None:
        index = self.requests_view.currentIndex()
        if not index.isValid():
            self.status.setText(self.tr("Choose the request."))
            return None
        return self.requests.rows[index.row()]

    def _extend_request(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        chosen = self._chosen_request()
        if chosen is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Extend the request"), self.tr("Why (it is told to the person)?")
        )
        if not ok:
            return

        def job(uow: Any) -> None:
            from welfare_desk.registry.subject_requests import extend_request

            extend_request(uow, chosen.id, chosen.version, reason)

        self._run(job, self.tr("Extended."))

    def _answer_request(self) -> None:
        chosen = self._chosen_request()
        if chosen is None:
            return
        today = self.context.clock.today()

        def job(uow: Any) -> None:
            from welfare_desk.registry.subject_requests import answer_request

            answer_request(uow, chosen.id, chosen.version, today)

        self._run(job, self.tr("Answered."))

    def _erase(self) -> None:
        from welfare_desk.gui.dialogs.erasure_dialog import ErasureDialog

        dialog = ErasureDialog(self.context, self.worker_id, self.who, self)
        dialog.erased.connect(self._erased)
        dialog.open()

    def _erased(self, whole: bool) -> None:
        self.erased.emit(whole)
        if whole:
            return  # nothing left to show here: the window closes this dialog
        self.reload()

    def _failed(self, error: Exception) -> None:
        self.status.setProperty("problem", "error")
        self.status.setText(getattr(error, "message", None) or type(error).__name__)
