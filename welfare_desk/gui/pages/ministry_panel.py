"""The communications owed to the Ministry of Labour for agile work, due in five days:
one late on the clock's day in red; marked sent with the portal's protocol number."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.clock import Clock
from welfare_desk.domain.health_funds import days_left_text
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.formatting import short_date
from welfare_desk.gui.pages.health_funds_panel import LATE
from welfare_desk.gui.pages.request_panel import RequestPanel
from welfare_desk.gui.small_models import ListTableModel, plain_table

if TYPE_CHECKING:
    from welfare_desk.requests.smart_working import CommunicationView


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


class MinistryPanel(RequestPanel):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = MinistryModel(
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
        self.view = plain_table(self.model)
        self.sent_button = QPushButton()
        self.all_communications = QCheckBox()
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_communications)
        buttons.addStretch(1)
        buttons.addWidget(self.sent_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.sent_button.clicked.connect(self._sent)
        self.all_communications.toggled.connect(lambda _on: self.reload.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.sent_button.setText(self.tr("Mark as &sent…"))
        self.all_communications.setText(self.tr("Also those already se&nt"))
        self.view.setAccessibleName(self.tr("Communications to the Ministry of Labour"))
        self.model.set_headers(
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

    def pending(self) -> int:
        return sum(1 for c in self.model.rows if c.sent_on is None)

    def late(self) -> int:
        return sum(1 for c in self.model.rows if c.overdue(self.context.clock.today()))

    def _due_text(self, c: CommunicationView) -> str:
        if c.sent_on is not None:
            return self.tr("sent")
        left = days_left_text(c.due_on, self.context.clock.today())
        return f"{left} ({c.due_note})" if c.due_note else left

    def _event(self, c: CommunicationView) -> str:
        return {
            "start": self.tr("start of agile work"),
            "change": self.tr("change of the agreement"),
            "end": self.tr("end of agile work"),
        }.get(c.event, c.event)

    def _sent(self) -> None:
        chosen = self.current()
        if chosen is None or chosen.sent_on is not None:
            self.said.emit(self.tr("Choose a communication still to send."), True)
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

        self.run(job, self.tr("Communication of %1 recorded.").replace("%1", chosen.request_number))
