"""The queue for decisions: smart-working requests ranked by legal priority then date
(the category shown, never the health details behind it), health-fund requests by
deadline. Every row opens the worker's story."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.clock import Clock
from welfare_desk.domain.health_funds import (
    HF_TRANSITIONS,
    HfStatus,
    days_left_text,
)
from welfare_desk.domain.money import format_euro, parse_euro
from welfare_desk.domain.problems import DomainError
from welfare_desk.domain.smart_working import SW_TRANSITIONS, SwStatus
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.formatting import short_date
from welfare_desk.gui.labels import (
    HF_KIND_NAMES,
    HF_STATUS_NAMES,
    SW_STATUS_NAMES,
    name_of,
    sw_status_name,
)
from welfare_desk.gui.small_models import ListTableModel, plain_table
from welfare_desk.gui.styled import styled

if TYPE_CHECKING:
    from welfare_desk.requests.health_funds import HfView
    from welfare_desk.requests.smart_working import CommunicationView, SwView

LATE = QColor("#b3261e")
WEEKDAYS = ("lun", "mar", "mer", "gio", "ven", "sab", "dom")
Loaded = tuple[list["SwView"], list["HfView"], list[tuple[str, str]], list["CommunicationView"]]


class HealthModel(ListTableModel["HfView"]):
    """Health-fund requests; one past its deadline on the clock's day shows in red."""

    def __init__(self, columns: Sequence[Callable[[HfView], str]], clock: Clock) -> None:
        super().__init__(columns)
        self.clock = clock

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            due = self.rows[index.row()].due
            return QBrush(LATE) if due is not None and due < self.clock.today() else None
        return super().data(index, role)


class MinistryModel(ListTableModel["CommunicationView"]):
    """Communications to the Ministry; one late on the clock's day shows in red."""

    def __init__(self, columns: Sequence[Callable[[CommunicationView], str]], clock: Clock) -> None:
        super().__init__(columns)
        self.clock = clock

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            late = self.rows[index.row()].overdue(self.clock.today())
            return QBrush(LATE) if late else None
        return super().data(index, role)


class RequestsPage(QWidget):
    open_worker = Signal(uuid.UUID)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = styled(QLabel(), "PageTitle")
        self.tabs = QTabWidget()
        # Smart working
        self.employer = QComboBox()
        self.employer_label = QLabel()
        self.employer_label.setBuddy(self.employer)
        self.every_status = QCheckBox()
        self.sw_model: ListTableModel[SwView] = ListTableModel(
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
        self.sw_view = plain_table(self.sw_model)
        self.sw_move = QToolButton()
        self.sw_move.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sw_menu = QMenu(self)
        self.sw_move.setMenu(self.sw_menu)
        self.terms_button = QPushButton()
        self.print_button = QPushButton()
        self.sw_open = QPushButton()
        sw = QWidget()
        sw_top = QHBoxLayout()
        sw_top.addWidget(self.employer_label)
        sw_top.addWidget(self.employer, 1)
        sw_top.addWidget(self.every_status)
        sw_buttons = QHBoxLayout()
        for button in (self.sw_move, self.terms_button, self.print_button):
            sw_buttons.addWidget(button)
        sw_buttons.addStretch(1)
        sw_buttons.addWidget(self.sw_open)
        sw_layout = QVBoxLayout(sw)
        sw_layout.addLayout(sw_top)
        sw_layout.addWidget(self.sw_view, 1)
        sw_layout.addLayout(sw_buttons)
        # Health funds
        self.hf_model = HealthModel(
            [
                lambda r: r.number,
                lambda r: r.worker,
                lambda r: r.fund,
                lambda r: name_of(HF_KIND_NAMES, r.kind),
                lambda r: name_of(HF_STATUS_NAMES, r.status),
                lambda r: days_left_text(r.due, context.clock.today()) if r.due else "",
                lambda r: format_euro(r.claimed_cents) if r.claimed_cents else "",
                lambda r: "; ".join(r.missing),
            ],
            context.clock,
        )
        self.hf_view = plain_table(self.hf_model)
        self.hf_move = QToolButton()
        self.hf_move.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.hf_menu = QMenu(self)
        self.hf_move.setMenu(self.hf_menu)
        self.documents_button = QToolButton()
        self.documents_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.documents_menu = QMenu(self)
        self.documents_button.setMenu(self.documents_menu)
        self.invoice_button = QPushButton()
        self.attach_button = QPushButton()
        self.hf_open = QPushButton()
        self.hf_every = QCheckBox()
        hf = QWidget()
        hf_buttons = QHBoxLayout()
        for button in (
            self.hf_move,
            self.documents_button,
            self.invoice_button,
            self.attach_button,
        ):
            hf_buttons.addWidget(button)
        hf_buttons.addStretch(1)
        hf_buttons.addWidget(self.hf_open)
        self.files_label = QLabel()
        self.files: ListTableModel[Any] = ListTableModel(
            [lambda f: f[0], lambda f: f[1], lambda f: f[2]]
        )
        self.files_view = plain_table(self.files)
        self.files_view.setMaximumHeight(140)
        self.files_label.setBuddy(self.files_view)
        self.open_file_button = QPushButton()
        files_row = QHBoxLayout()
        files_row.addWidget(self.files_label, 1)
        files_row.addWidget(self.open_file_button)
        hf_layout = QVBoxLayout(hf)
        hf_layout.addWidget(self.hf_every, 0, Qt.AlignmentFlag.AlignRight)
        hf_layout.addWidget(self.hf_view, 1)
        hf_layout.addLayout(hf_buttons)
        hf_layout.addLayout(files_row)
        hf_layout.addWidget(self.files_view)
        # The Ministry's communications
        self.ministry_model = MinistryModel(
            [
                lambda c: short_date(c.due_on),
                self._due_text,
                lambda c: c.request_number,
                lambda c: c.worker,
                self._event,
                lambda c: short_date(c.event_date),
                lambda c: short_date(c.sent_on) if c.sent_on else "",
            ],
            context.clock,
        )
        self.ministry_view = plain_table(self.ministry_model)
        self.sent_button = QPushButton()
        self.all_communications = QCheckBox()
        ministry = QWidget()
        ministry_buttons = QHBoxLayout()
        ministry_buttons.addWidget(self.all_communications)
        ministry_buttons.addStretch(1)
        ministry_buttons.addWidget(self.sent_button)
        ministry_layout = QVBoxLayout(ministry)
        ministry_layout.addWidget(self.ministry_view, 1)
        ministry_layout.addLayout(ministry_buttons)
        self.tabs.addTab(sw, "")
        self.tabs.addTab(hf, "")
        self.tabs.addTab(ministry, "")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

        self.employer.currentIndexChanged.connect(lambda _i: self.refresh())
        self.every_status.toggled.connect(lambda _on: self.refresh())
        self.hf_every.toggled.connect(lambda _on: self.refresh())
        self.sw_view.selectionModel().currentRowChanged.connect(lambda *_: self._sw_chosen())
        self.hf_view.selectionModel().currentRowChanged.connect(lambda *_: self._hf_chosen())
        self.sw_view.activated.connect(lambda i: self._open(self.sw_model.rows[i.row()].worker_id))
        self.hf_view.activated.connect(lambda i: self._open(self.hf_model.rows[i.row()].worker_id))
        self.sw_open.clicked.connect(lambda: self._open_current(self.sw_view, self.sw_model))
        self.hf_open.clicked.connect(lambda: self._open_current(self.hf_view, self.hf_model))
        self.terms_button.clicked.connect(self._terms)
        self.print_button.clicked.connect(self._print)
        self.invoice_button.clicked.connect(self._invoice)
        self.attach_button.clicked.connect(self._attach)
        self.sent_button.clicked.connect(self._sent)
        self.open_file_button.clicked.connect(self._open_file)
        self.files_view.activated.connect(lambda _i: self._open_file())
        self.all_communications.toggled.connect(lambda _on: self.refresh())
        self._employers: list[tuple[str, str]] = []
        self._wanted: tuple[str, str] | None = None
        self._retranslate()
        self._sw_chosen()
        self._hf_chosen()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Requests"))
        self.tabs.setTabText(0, self.tr("S&mart working, to decide"))
        self.tabs.setTabText(1, self.tr("&Health funds, by deadline"))
        self.employer_label.setText(self.tr("&Employer"))
        self.every_status.setText(self.tr("Also &decided and closed"))
        self.hf_every.setText(self.tr("Also decided and &paid"))
        self.sw_move.setText(self.tr("Mo&ve to"))
        self.hf_move.setText(self.tr("Mov&e to"))
        self.terms_button.setText(self.tr("A&greement…"))
        self.print_button.setText(self.tr("&Print the agreement…"))
        self.sw_open.setText(self.tr("&Open the story"))
        self.hf_open.setText(self.tr("Open the stor&y"))
        self.documents_button.setText(self.tr("Doc&uments"))
        self.invoice_button.setText(self.tr("Add an &invoice…"))
        self.attach_button.setText(self.tr("A&ttach a scan…"))
        self.tabs.setTabText(2, self.tr("Co&mmunications to the Ministry"))
        self.files_label.setText(self.tr("In&voices and scans of the chosen request"))
        self.open_file_button.setText(self.tr("Open the sca&n"))
        self.files_view.setAccessibleName(self.tr("Invoices and scans of the chosen request"))
        self.files.set_headers(
            [self.tr("What"), self.tr("Date or file"), self.tr("Amount or size")]
        )
        self.sent_button.setText(self.tr("Mark as &sent…"))
        self.all_communications.setText(self.tr("Also those already se&nt"))
        self.ministry_view.setAccessibleName(self.tr("Communications to the Ministry of Labour"))
        self.ministry_model.set_headers(
            [
                self.tr("Due"),
                self.tr("When"),
                self.tr("Request"),
                self.tr("Worker"),
                self.tr("Event"),
                self.tr("Of"),
                self.tr("Sent"),
            ]
        )
        self.sw_view.setAccessibleName(self.tr("Smart-working requests"))
        self.hf_view.setAccessibleName(self.tr("Health-fund requests"))
        self.sw_model.set_headers(
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
        self.hf_model.set_headers(
            [
                self.tr("Number"),
                self.tr("Worker"),
                self.tr("Fund"),
                self.tr("Request"),
                self.tr("Status"),
                self.tr("Deadline"),
                self.tr("Claimed"),
                self.tr("Documents missing"),
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _due_text(self, c: CommunicationView) -> str:
        if c.sent_on is not None:
            return self.tr("sent")
        return days_left_text(c.due_on, self.context.clock.today())

    def _event(self, c: CommunicationView) -> str:
        return {
            "start": self.tr("start of agile work"),
            "change": self.tr("change of the agreement"),
            "end": self.tr("end of agile work"),
        }.get(c.event, c.event)

    def _days(self, r: SwView) -> str:
        if r.weekdays:
            return ", ".join(WEEKDAYS[d] for d in r.weekdays)
        return self.tr("%n a week", "", r.days_per_week)

    # Data

    def refresh(self) -> None:
        employer = self.employer.currentData()
        every = self.every_status.isChecked()
        hf_every = self.hf_every.isChecked()
        today = self.context.clock.today()

        pending_only = not self.all_communications.isChecked()

        def job(uow: Any) -> Loaded:
            from welfare_desk.registry.organizations import OrganizationKind, list_organizations
            from welfare_desk.requests import health_funds as health_requests
            from welfare_desk.requests import smart_working

            if every:
                requests = smart_working.all_requests(uow)
                if employer:
                    requests = [r for r in requests if str(r.employer_id) == employer]
            else:
                requests = smart_working.queue(uow, uuid.UUID(employer) if employer else None)
            employers = [
                (str(o.id), o.name)
                for o in list_organizations(uow)
                if o.kind == OrganizationKind.EMPLOYER.value
            ]
            owed = smart_working.communications(uow, pending_only)
            health = health_requests.by_deadline(uow, today)
            if hf_every:
                open_ones = {h.id for h in health}
                closed = [h for h in health_requests.all_requests(uow) if h.id not in open_ones]
                health += sorted(closed, key=lambda h: h.number, reverse=True)
            return requests, health, employers, owed

        def loaded(
            found: tuple[
                list[SwView], list[HfView], list[tuple[str, str]], list[CommunicationView]
            ],
        ) -> None:
            requests, health, employers, owed = found
            self.ministry_model.set_rows(owed)
            if employers != self._employers:
                self._employers = employers
                self._retranslate()
            self.sw_model.set_rows(requests)
            self.hf_model.set_rows(health)
            self.tabs.setTabText(
                0, self.tr("S&mart working, to decide (%1)").replace("%1", str(len(requests)))
            )
            self.tabs.setTabText(
                1, self.tr("&Health funds, by deadline (%1)").replace("%1", str(len(health)))
            )
            late = sum(1 for c in owed if c.overdue(self.context.clock.today()))
            self.tabs.setTabText(
                2,
                self.tr("Co&mmunications to the Ministry (%1, %2 late)")
                .replace("%1", str(sum(1 for c in owed if c.sent_on is None)))
                .replace("%2", str(late)),
            )
            self._sw_chosen()
            self._hf_chosen()
            self._select_wanted()

        self.context.runner.run(self.context.in_store(job), loaded, self._failed)

    def show_request(self, kind: str, number: str) -> None:
        """Opens on one request, from the worker's story: closed ones are listed too."""
        self._wanted = (kind, number)
        smart = kind == "smartworking"
        self.tabs.setCurrentIndex(0 if smart else 1)
        box = self.every_status if smart else self.hf_every
        for widget, value in ((self.employer, 0), (box, True)):
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(value)
            else:
                widget.setChecked(bool(value))
            widget.blockSignals(False)
        self.refresh()

    def _select_wanted(self) -> None:
        if self._wanted is None:
            return
        kind, number = self._wanted
        self._wanted = None
        smart = kind == "smartworking"
        view = self.sw_view if smart else self.hf_view
        numbers = [r.number for r in (self.sw_model.rows if smart else self.hf_model.rows)]
        if number in numbers:
            row = numbers.index(number)
            view.selectRow(row)
            view.scrollTo(view.model().index(row, 0))
        view.setFocus()

    def _current(self, view: Any, model: ListTableModel[Any]) -> Any:
        row = view.currentIndex().row()
        return model.rows[row] if 0 <= row < len(model.rows) else None

    def _sw_chosen(self) -> None:
        request = self._current(self.sw_view, self.sw_model)
        self.sw_menu.clear()
        if request is not None:
            for status in sorted(SW_TRANSITIONS[SwStatus(request.status)]):
                action = self.sw_menu.addAction(name_of(SW_STATUS_NAMES, status))
                action.triggered.connect(lambda _c=False, s=status: self._move_sw(s))
        self.sw_move.setEnabled(not self.sw_menu.isEmpty())
        self.terms_button.setEnabled(request is not None and request.can_edit_terms)
        self.print_button.setEnabled(request is not None and request.can_print_agreement)
        self.sw_open.setEnabled(request is not None)

    def _hf_chosen(self) -> None:
        from welfare_desk.reference import health_documents

        request = self._current(self.hf_view, self.hf_model)
        self.hf_menu.clear()
        self.documents_menu.clear()
        if request is not None:
            for status in sorted(HF_TRANSITIONS[HfStatus(request.status)]):
                action = self.hf_menu.addAction(name_of(HF_STATUS_NAMES, status))
                action.triggered.connect(lambda _c=False, s=status: self._move_hf(s))
            for code, label in health_documents().items():
                action = self.documents_menu.addAction(label)
                action.setCheckable(True)
                action.setChecked(code in request.provided)
                action.triggered.connect(lambda _c=False: self._save_documents())
        self.hf_move.setEnabled(not self.hf_menu.isEmpty())
        self._load_files(request)
        self.documents_button.setEnabled(request is not None)
        self.invoice_button.setEnabled(request is not None and request.can_add_invoice)
        self.attach_button.setEnabled(request is not None)
        self.hf_open.setEnabled(request is not None)

    def _load_files(self, request: HfView | None) -> None:
        self.files.set_rows([])
        self.open_file_button.setEnabled(False)
        if request is None:
            return
        invoices = [
            (self.tr("invoice"), short_date(day), format_euro(cents))
            for day, cents in request.invoices
        ]
        request_id = request.id

        def job(uow: Any) -> Any:
            from welfare_desk.requests.health_funds import attachments_of

            return attachments_of(uow, request_id)

        def loaded(found: Any) -> None:
            current = self._current(self.hf_view, self.hf_model)
            if current is None or current.id != request_id:
                return
            scans = [
                (a.document or self.tr("scan"), a.filename, f"{a.size / 1024:.0f} KB", a.id)
                for a in found
            ]
            self.files.set_rows(invoices + scans)
            self.open_file_button.setEnabled(bool(scans))

        self.context.runner.run(self.context.in_store(job), loaded, self._failed)

    def _open_file(self) -> None:
        import atexit
        import shutil
        import tempfile

        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        row = self.files_view.currentIndex().row()
        if not 0 <= row < len(self.files.rows) or len(self.files.rows[row]) < 4:
            self._say(self.tr("Choose a scan in the list."), True)
            return
        attachment_id = self.files.rows[row][3]

        def job(uow: Any) -> Path:
            from welfare_desk.requests.health_funds import attachment_content

            name, content = attachment_content(uow, attachment_id)
            # A private folder of this session: health data never lands in a shared place.
            folder = Path(tempfile.mkdtemp(prefix="welfare-desk-"))
            atexit.register(shutil.rmtree, folder, True)  # gone when the desk closes
            path = folder / Path(name).name
            path.write_bytes(content)
            return path

        def opened(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self._say(self.tr("No program opens %1 here.").replace("%1", path.name), True)

        self.context.runner.run(self.context.in_store(job), opened, self._failed)

    # Changes

    def _move_sw(self, wanted: SwStatus) -> None:
        request = self._current(self.sw_view, self.sw_model)
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

        self._run(
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

    def _move_hf(self, wanted: HfStatus) -> None:
        request = self._current(self.hf_view, self.hf_model)
        if request is None:
            return
        approved: int | None = None
        if wanted is HfStatus.PARTLY_APPROVED:
            text, ok = QInputDialog.getText(
                self, self.tr("Partly approved"), self.tr("Euro approved by the fund:")
            )
            if not ok:
                return
            try:
                approved = parse_euro(text)
            except DomainError as wrong:
                self._say(wrong.message, True)
                return

        def job(uow: Any) -> Any:
            from welfare_desk.requests.health_funds import change_status

            return change_status(
                uow, request.id, request.version, wanted, uow.clock.today(), approved
            )

        self._run(
            job,
            self.tr("%1: %2.")
            .replace("%1", request.number)
            .replace("%2", name_of(HF_STATUS_NAMES, wanted)),
        )

    def _save_documents(self) -> None:
        from welfare_desk.reference import health_documents

        request = self._current(self.hf_view, self.hf_model)
        if request is None:
            return
        codes = list(health_documents())
        provided = {
            codes[i] for i, action in enumerate(self.documents_menu.actions()) if action.isChecked()
        }

        def job(uow: Any) -> Any:
            from welfare_desk.requests.health_funds import set_documents

            return set_documents(uow, request.id, request.version, provided)

        self._run(job, self.tr("Documents of %1 updated.").replace("%1", request.number))

    def _terms(self) -> None:
        from welfare_desk.gui.dialogs.request_dialogs import TermsDialog

        request = self._current(self.sw_view, self.sw_model)
        if request is None:
            return
        dialog = TermsDialog(self.context, request, self)
        dialog.saved.connect(self.refresh)
        dialog.open()

    def _print(self) -> None:
        from welfare_desk.gui.dialogs.pdf_preview import preview_pdf

        request = self._current(self.sw_view, self.sw_model)
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

    def _invoice(self) -> None:
        from welfare_desk.gui.dialogs.request_dialogs import InvoiceDialog

        request = self._current(self.hf_view, self.hf_model)
        if request is None:
            return
        dialog = InvoiceDialog(self.context, request.id, request.version, self)
        dialog.saved.connect(self.refresh)
        dialog.open()

    def _attach(self) -> None:
        request = self._current(self.hf_view, self.hf_model)
        if request is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a scan"),
            str(Path.home()),
            self.tr("PDF or images (*.pdf *.jpg *.jpeg *.png)"),
        )
        if not name:
            return
        path = Path(name)

        def job(uow: Any) -> str:
            from welfare_desk.requests.health_funds import attach

            try:
                if path.stat().st_size > 64 * 1024 * 1024:  # never read a huge file whole
                    from welfare_desk.errors import InvalidInput

                    raise InvalidInput(f"«{path.name}» è troppo grande per una scansione.")
                content = path.read_bytes()
            except OSError as exc:
                from welfare_desk.errors import InvalidInput

                raise InvalidInput(f"«{path.name}» non si legge: {exc.strerror}.") from None
            return attach(uow, request.id, path.name, content)

        self.context.runner.run(
            self.context.in_store(job),
            lambda _digest: self._say(self.tr("%1 attached.").replace("%1", path.name), False),
            self._failed,
        )

    def _sent(self) -> None:
        chosen = self._current(self.ministry_view, self.ministry_model)
        if chosen is None or chosen.sent_on is not None:
            self._say(self.tr("Choose a communication still to send."), True)
            return
        reference, ok = QInputDialog.getText(
            self,
            self.tr("Communication sent"),
            self.tr("Protocol number given by the Servizi Lavoro portal:"),
        )
        if not ok:
            return

        def job(uow: Any) -> None:
            from welfare_desk.requests.smart_working import record_communication

            record_communication(uow, chosen.id, chosen.version, uow.clock.today(), reference)

        self._run(
            job, self.tr("Communication of %1 recorded.").replace("%1", chosen.request_number)
        )

    def _run(self, job: Any, done_text: str) -> None:
        def done(_result: object) -> None:
            self._say(done_text, False)
            self.context.changed()
            self.refresh()

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _open(self, worker_id: uuid.UUID) -> None:
        self.open_worker.emit(worker_id)

    def _open_current(self, view: Any, model: ListTableModel[Any]) -> None:
        request = self._current(view, model)
        if request is not None:
            self._open(request.worker_id)

    def _failed(self, error: Exception) -> None:
        self._say(getattr(error, "message", type(error).__name__), True)

    def _say(self, text: str, problem: bool) -> None:
        self.message.setProperty("problem", "error" if problem else "")
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
