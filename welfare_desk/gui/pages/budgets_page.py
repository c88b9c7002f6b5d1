"""Budgets and vouchers: each budget's balance, the ledger it is the sum of, its vouchers."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.domain.ledger import BudgetKind
from welfare_desk.domain.money import format_euro, parse_euro
from welfare_desk.domain.problems import DomainError
from welfare_desk.gui.confirm import ask_reason, confirm
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.flow_layout import FlowLayout
from welfare_desk.gui.formatting import short_date
from welfare_desk.gui.labels import MOVEMENT_NAMES, VOUCHER_STATUS_NAMES, name_of
from welfare_desk.gui.small_models import ListTableModel, plain_table
from welfare_desk.gui.styled import styled

if TYPE_CHECKING:
    from welfare_desk.catalogue.vouchers import BudgetView, LedgerLine, VoucherView


class BudgetsPage(QWidget):
    cancelled = Signal(object)  # what an undo needs: the window offers it (#17)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = styled(QLabel(), "PageTitle")
        self.kind = QComboBox()
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        self.kind.addItem("", BudgetKind.PROGRAMME.value)
        self.kind.addItem("", BudgetKind.ALLOWANCE.value)
        self.new_button = QPushButton()
        self.allowances_button = QPushButton()
        self.allocate_button = QPushButton()
        self.cancel_voucher_button = QPushButton()
        self.used_button = QPushButton()
        self.summary = styled(QLabel(), "Muted")
        self.summary.setWordWrap(True)  # a long total wraps rather than widen the window
        self.budgets: ListTableModel[BudgetView] = ListTableModel(
            [
                lambda b: f"{b.name} – {b.holder}" if b.holder else b.name,
                lambda b: format_euro(b.balance_cents),
                lambda b: format_euro(b.allocated_cents),
                lambda b: format_euro(b.spent_cents),
                lambda b: f"{short_date(b.valid_from)} – {short_date(b.valid_to)}",
                lambda b: b.partner or "",
                lambda b: b.action or "",
                lambda b: b.programme or "",
            ]
        )
        self.budgets_view = plain_table(self.budgets)
        self.ledger_box = QGroupBox()
        self.ledger: ListTableModel[LedgerLine] = ListTableModel(
            [
                lambda line: short_date(line.on),
                lambda line: name_of(MOVEMENT_NAMES, line.movement),
                lambda line: format_euro(line.amount_cents),
                lambda line: format_euro(line.balance_cents),
                lambda line: line.voucher_number or line.note or "",
            ]
        )
        self.ledger_view = plain_table(self.ledger)
        QVBoxLayout(self.ledger_box).addWidget(self.ledger_view)
        self.vouchers_box = QGroupBox()
        self.vouchers: ListTableModel[VoucherView] = ListTableModel(
            [
                lambda v: v.number,
                lambda v: short_date(v.issued_on),
                lambda v: v.beneficiary,
                lambda v: v.service_name,
                lambda v: format_euro(v.value_cents),
                lambda v: name_of(VOUCHER_STATUS_NAMES, v.status),
            ]
        )
        self.vouchers_view = plain_table(self.vouchers)
        self.message = QLabel()
        self.message.setWordWrap(True)
        vouchers_layout = QVBoxLayout(self.vouchers_box)
        vouchers_layout.addWidget(self.vouchers_view, 1)
        row = FlowLayout()
        row.addWidget(self.used_button)
        row.addWidget(self.cancel_voucher_button)
        vouchers_layout.addLayout(row)
        vouchers_layout.addWidget(self.message)

        # The choice and the buttons wrap as the window narrows or the font grows (#17).
        shown = QWidget()
        shown_row = QHBoxLayout(shown)
        shown_row.setContentsMargins(0, 0, 0, 0)
        shown_row.addWidget(self.kind_label)
        shown_row.addWidget(self.kind)
        top = FlowLayout()
        for widget in (shown, self.allocate_button, self.allowances_button, self.new_button):
            top.addWidget(widget)
        lower = QSplitter()
        lower.addWidget(self.ledger_box)
        lower.addWidget(self.vouchers_box)
        lower.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.budgets_view)
        split.addWidget(lower)
        split.setChildrenCollapsible(False)
        split.setSizes([300, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.budgets_view.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.new_button.clicked.connect(self._new)
        self.allowances_button.clicked.connect(self._allowances)
        self.allocate_button.clicked.connect(self._allocate)
        self.cancel_voucher_button.clicked.connect(self._cancel_voucher)
        self.used_button.clicked.connect(self._used)
        self._retranslate()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Budgets and vouchers"))
        self.kind_label.setText(self.tr("&Show"))
        self.kind.setItemText(0, self.tr("programme budgets, by action and partner"))
        self.kind.setItemText(1, self.tr("workers' welfare allowances"))
        self.new_button.setText(self.tr("&New budget…"))
        self.allowances_button.setText(self.tr("&Welfare allowances…"))
        self.allowances_button.setToolTip(
            self.tr("An employer's plan: the same yearly allowance for each of its workers")
        )
        self.allocate_button.setText(self.tr("&Allocate…"))
        self.allocate_button.setToolTip(self.tr("Put more money in the chosen budget"))
        self.cancel_voucher_button.setText(self.tr("&Cancel the voucher"))
        self.used_button.setText(self.tr("Mark as &used"))
        self.used_button.setToolTip(self.tr("The provider has delivered the service for it"))
        self.cancel_voucher_button.setToolTip(
            self.tr("An unused voucher only: its value goes back to the budget")
        )
        # A short title: a group box is never narrower than its title (#17).
        self.ledger_box.setTitle(self.tr("Movements"))
        self.ledger_box.setToolTip(self.tr("Ledger: every movement, the balance after it"))
        self.vouchers_box.setTitle(self.tr("Vouchers drawn from the budget"))
        self.budgets_view.setAccessibleName(self.tr("Budgets"))
        self.ledger_view.setAccessibleName(self.tr("Ledger of the chosen budget"))
        self.vouchers_view.setAccessibleName(self.tr("Vouchers of the chosen budget"))
        self.budgets.set_headers(
            [
                self.tr("Budget"),
                self.tr("Balance"),
                self.tr("Allocated"),
                self.tr("Spent"),
                self.tr("Valid"),
                self.tr("Partner"),
                self.tr("Action"),
                self.tr("Programme"),
            ]
        )
        self.ledger.set_headers(
            [self.tr("When"), self.tr("Movement"), self.tr("Amount"), self.tr("Balance"), ""]
        )
        self.vouchers.set_headers(
            [
                self.tr("Number"),
                self.tr("Issued"),
                self.tr("For"),
                self.tr("Service"),
                self.tr("Value"),
                self.tr("Status"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        kind = BudgetKind(self.kind.currentData())
        chosen = self._current()
        keep = chosen.id if chosen else None

        def job(uow: Any) -> list[BudgetView]:
            from welfare_desk.catalogue.vouchers import budgets

            return budgets(uow, kind)

        def loaded(found: list[BudgetView]) -> None:
            self.budgets.set_rows(found)
            ids = [b.id for b in found]
            self.budgets_view.selectRow(ids.index(keep) if keep in ids else 0)
            allocated = sum(b.allocated_cents for b in found)
            balance = sum(b.balance_cents for b in found)
            self.summary.setText(
                self.tr("%1 budgets: %2 allocated, %3 spent, %4 available.")
                .replace("%1", str(len(found)))
                .replace("%2", format_euro(allocated))
                .replace("%3", format_euro(allocated - balance))
                .replace("%4", format_euro(balance))
            )
            self._chosen()

        self.context.runner.run(self.context.in_store(job), loaded, self._failed)

    def _current(self) -> BudgetView | None:
        row = self.budgets_view.currentIndex().row()
        return self.budgets.rows[row] if 0 <= row < len(self.budgets.rows) else None

    def _chosen(self) -> None:
        budget = self._current()
        self.allocate_button.setEnabled(budget is not None)
        if budget is None:
            self.ledger.set_rows([])
            self.vouchers.set_rows([])
            return
        budget_id = budget.id

        def job(uow: Any) -> tuple[list[LedgerLine], list[VoucherView]]:
            from welfare_desk.catalogue.vouchers import budget_vouchers, ledger

            return ledger(uow, budget_id), budget_vouchers(uow, budget_id)

        def loaded(found: tuple[list[LedgerLine], list[VoucherView]]) -> None:
            current = self._current()
            if current is None or current.id != budget_id:
                return
            self.ledger.set_rows(found[0])
            self.vouchers.set_rows(found[1])

        self.context.runner.run(self.context.in_store(job), loaded, self._failed)

    def _new(self) -> None:
        from welfare_desk.gui.dialogs.offer_dialogs import BudgetDialog

        dialog = BudgetDialog(self.context, self)
        dialog.saved.connect(self.refresh)
        dialog.open()

    def _allowances(self) -> None:
        from welfare_desk.gui.dialogs.offer_dialogs import AllowancesDialog

        dialog = AllowancesDialog(self.context, self)

        def granted() -> None:
            if dialog.granted is not None:
                made, had = dialog.granted
                self._say(
                    self.tr("%Ln allowance(s) granted", "", made)
                    + "; "
                    + self.tr("%Ln worker(s) already had one.", "", had),
                    False,
                )
            self.kind.setCurrentIndex(1)
            self.refresh()

        dialog.saved.connect(granted)
        dialog.open()

    def _allocate(self) -> None:
        budget = self._current()
        if budget is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Allocate"),
            self.tr("Euro to add to «%1»:").replace("%1", budget.name),
        )
        if not ok or not text.strip():
            return
        try:
            cents = parse_euro(text)
        except DomainError as wrong:
            self._say(wrong.message, True)
            return
        budget_id = budget.id

        def job(uow: Any) -> None:
            from welfare_desk.catalogue.vouchers import allocate

            allocate(uow, budget_id, cents, "stanziamento")

        def done(_none: None) -> None:
            self._say(
                self.tr("%1 allocated to «%2».")
                .replace("%1", format_euro(cents))
                .replace("%2", budget.name),
                False,
            )
            self.refresh()

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _cancel_voucher(self) -> None:
        row = self.vouchers_view.currentIndex().row()
        if not 0 <= row < len(self.vouchers.rows):
            self._say(self.tr("Choose the voucher to cancel."), True)
            return
        voucher = self.vouchers.rows[row]
        voucher_id: uuid.UUID = voucher.id
        question = self.tr("Cancel voucher %1? Its value goes back to the budget.")
        if not confirm(self, self.tr("Cancel the voucher"), question.replace("%1", voucher.number)):
            return
        reason = ask_reason(
            self,
            self.tr("Cancel the voucher"),
            self.tr("Why is voucher %1 cancelled? The history keeps it.").replace(
                "%1", voucher.number
            ),
        )
        if reason is None:
            return

        def job(uow: Any) -> Any:
            from welfare_desk.catalogue.vouchers import cancel_voucher

            return cancel_voucher(uow, voucher_id, voucher.version, uow.clock.today(), reason)

        def done(undo: Any) -> None:
            self.cancelled.emit(undo)
            self._say(
                self.tr("Voucher %1 cancelled: %2 back to its budget.")
                .replace("%1", voucher.number)
                .replace("%2", format_euro(voucher.value_cents)),
                False,
            )
            self.context.changed()
            self.refresh()

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _used(self) -> None:
        row = self.vouchers_view.currentIndex().row()
        if not 0 <= row < len(self.vouchers.rows):
            self._say(self.tr("Choose the voucher used."), True)
            return
        voucher = self.vouchers.rows[row]

        def job(uow: Any) -> None:
            from welfare_desk.catalogue.vouchers import mark_used

            mark_used(uow, voucher.id, voucher.version)

        def done(_none: None) -> None:
            self._say(self.tr("Voucher %1 used.").replace("%1", voucher.number), False)
            self._chosen()

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _failed(self, error: Exception) -> None:
        self._say(getattr(error, "message", type(error).__name__), True)

    def _say(self, text: str, problem: bool) -> None:
        self.message.setProperty("problem", "error" if problem else "")
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
