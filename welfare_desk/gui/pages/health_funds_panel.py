"""Health-fund requests by deadline, one past it in red; its documents, invoices and scans."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.clock import Clock
from welfare_desk.domain.health_funds import HF_TRANSITIONS, HfStatus, days_left_text
from welfare_desk.domain.money import format_euro, parse_euro
from welfare_desk.domain.problems import DomainError
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.flow_layout import FlowLayout
from welfare_desk.gui.formatting import short_date
from welfare_desk.gui.labels import HF_KIND_NAMES, HF_STATUS_NAMES, name_of
from welfare_desk.gui.pages.request_panel import RequestPanel
from welfare_desk.gui.small_models import ListTableModel, plain_table

if TYPE_CHECKING:
    from welfare_desk.requests.health_funds import HfView

LATE = QColor("#b3261e")


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


class HealthFundsPanel(RequestPanel):
    kind = "health_fund"

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = HealthModel(
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
        self.view = plain_table(self.model)
        self.move_button = QPushButton()  # with a menu: drawn like the buttons beside it
        self.menu = QMenu(self)
        self.move_button.setMenu(self.menu)
        self.documents_button = QPushButton()  # with a menu: drawn like the buttons beside it
        self.documents_menu = QMenu(self)
        self.documents_button.setMenu(self.documents_menu)
        self.invoice_button = QPushButton()
        self.attach_button = QPushButton()
        self.open_button = QPushButton()
        self.every = QCheckBox()
        buttons = FlowLayout()  # wraps rather than widen the window (#17)
        for button in (
            self.move_button,
            self.documents_button,
            self.invoice_button,
            self.attach_button,
            self.open_button,
        ):
            buttons.addWidget(button)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.every, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addLayout(files_row)
        layout.addWidget(self.files_view)

        self.every.toggled.connect(lambda _on: self.reload.emit())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.chosen())
        self.view.activated.connect(
            lambda i: self.open_worker.emit(self.model.rows[i.row()].worker_id)
        )
        self.open_button.clicked.connect(self.open_current)
        self.invoice_button.clicked.connect(self._invoice)
        self.attach_button.clicked.connect(self._attach)
        self.open_file_button.clicked.connect(self._open_file)
        self.files_view.activated.connect(lambda _i: self._open_file())
        self.retranslate()
        self.chosen()

    def retranslate(self) -> None:
        self.every.setText(self.tr("Also decided and &paid"))
        self.move_button.setText(self.tr("Mov&e to"))
        self.open_button.setText(self.tr("Open the stor&y"))
        self.documents_button.setText(self.tr("Doc&uments"))
        self.invoice_button.setText(self.tr("Add an &invoice…"))
        self.attach_button.setText(self.tr("A&ttach a scan…"))
        self.files_label.setText(self.tr("In&voices and scans of the chosen request"))
        self.open_file_button.setText(self.tr("Open the sca&n"))
        self.files_view.setAccessibleName(self.tr("Invoices and scans of the chosen request"))
        self.files.set_headers(
            [self.tr("What"), self.tr("Date or file"), self.tr("Amount or size")]
        )
        self.view.setAccessibleName(self.tr("Health-fund requests"))
        self.model.set_headers(
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

    def show_closed_too(self) -> None:
        self.every.blockSignals(True)
        self.every.setChecked(True)
        self.every.blockSignals(False)

    def chosen(self) -> None:
        from welfare_desk.reference import health_documents

        request = self.current()
        self.menu.clear()
        self.documents_menu.clear()
        if request is not None:
            for status in sorted(HF_TRANSITIONS[HfStatus(request.status)]):
                action = self.menu.addAction(name_of(HF_STATUS_NAMES, status))
                action.triggered.connect(lambda _c=False, s=status: self._move(s))
            for code, label in health_documents().items():
                action = self.documents_menu.addAction(label)
                action.setCheckable(True)
                action.setChecked(code in request.provided)
                action.triggered.connect(lambda _c=False: self._save_documents())
        self.add_draft_actions(self.menu, request)
        self.move_button.setEnabled(not self.menu.isEmpty())
        self._load_files(request)
        self.documents_button.setEnabled(request is not None)
        self.invoice_button.setEnabled(request is not None and request.can_add_invoice)
        self.attach_button.setEnabled(request is not None)
        self.open_button.setEnabled(request is not None)

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
            current = self.current()
            if current is None or current.id != request_id:
                return
            scans = [
                (a.document or self.tr("scan"), a.filename, f"{a.size / 1024:.0f} KB", a.id)
                for a in found
            ]
            self.files.set_rows(invoices + scans)
            self.open_file_button.setEnabled(bool(scans))

        self.context.runner.run(self.context.in_store(job), loaded, self.failed)

    def _open_file(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        row = self.files_view.currentIndex().row()
        if not 0 <= row < len(self.files.rows) or len(self.files.rows[row]) < 4:
            self.said.emit(self.tr("Choose a scan in the list."), True)
            return
        attachment_id = self.files.rows[row][3]

        folder = self.context.opened_folder

        def job(uow: Any) -> Path:
            from welfare_desk.gui.opened import default_opened_folder, write_opened
            from welfare_desk.requests.health_funds import attachment_content

            name, content = attachment_content(uow, attachment_id)
            return write_opened(folder or default_opened_folder(), name, content)

        def opened(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self.said.emit(self.tr("No program opens %1 here.").replace("%1", path.name), True)

        self.context.runner.run(self.context.in_store(job), opened, self.failed)

    def _move(self, wanted: HfStatus) -> None:
        request = self.current()
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
                self.said.emit(wrong.message, True)
                return

        def job(uow: Any) -> Any:
            from welfare_desk.requests.health_funds import change_status

            return change_status(
                uow, request.id, request.version, wanted, uow.clock.today(), approved
            )

        self.run(
            job,
            self.tr("%1: %2.")
            .replace("%1", request.number)
            .replace("%2", name_of(HF_STATUS_NAMES, wanted)),
        )

    def _save_documents(self) -> None:
        from welfare_desk.reference import health_documents

        request = self.current()
        if request is None:
            return
        codes = list(health_documents())
        provided = {
            codes[i] for i, action in enumerate(self.documents_menu.actions()) if action.isChecked()
        }

        def job(uow: Any) -> Any:
            from welfare_desk.requests.health_funds import set_documents

            return set_documents(uow, request.id, request.version, provided)

        self.run(job, self.tr("Documents of %1 updated.").replace("%1", request.number))

    def _invoice(self) -> None:
        from welfare_desk.gui.dialogs.request_dialogs import InvoiceDialog

        request = self.current()
        if request is None:
            return
        dialog = InvoiceDialog(self.context, request.id, request.version, self)
        dialog.saved.connect(self.changed.emit)
        dialog.open()

    def _attach(self) -> None:
        request = self.current()
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

        self.run(job, self.tr("%1 attached.").replace("%1", path.name))
