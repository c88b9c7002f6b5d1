"""The queue for decisions, in three tabs: smart-working requests ranked by legal priority
then date, health-fund requests by deadline, the communications owed to the Ministry.
The page loads the three in one call to the store; every row opens the worker's story."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.formatting import thousands
from welfare_desk.gui.pages.health_funds_panel import HealthFundsPanel
from welfare_desk.gui.pages.ministry_panel import MinistryPanel
from welfare_desk.gui.pages.request_panel import RequestPanel
from welfare_desk.gui.pages.smart_working_panel import SmartWorkingPanel
from welfare_desk.gui.styled import styled

if TYPE_CHECKING:
    from welfare_desk.requests.health_funds import HfView
    from welfare_desk.requests.smart_working import CommunicationView, SwView

Loaded = tuple[
    list["SwView"], int, list["HfView"], int, list[tuple[str, str]], list["CommunicationView"]
]
# A programme of 200,000 workers has thousands of open requests: the first ones, and how many.
SHOWN = 500


class RequestsPage(QWidget):
    open_worker = Signal(uuid.UUID)
    back = Signal()  # Esc: back to where a request was opened from (the agenda)
    removed = Signal(object)  # a draft removed: the window offers to undo it

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = styled(QLabel(), "PageTitle")
        self.smart = SmartWorkingPanel(context)
        self.health = HealthFundsPanel(context)
        self.ministry = MinistryPanel(context)
        self.tabs = QTabWidget()
        panels: tuple[RequestPanel, ...] = (self.smart, self.health, self.ministry)
        for panel in panels:
            self.tabs.addTab(panel, "")
            panel.open_worker.connect(self.open_worker)
            panel.said.connect(self._say)
            panel.reload.connect(self.refresh)
            panel.changed.connect(self._changed)
            panel.removed.connect(self.removed)
        self.shown = styled(QLabel(), "Muted")
        self.shown.setWordWrap(True)  # a long queue says how to see the rest
        self.shown.hide()
        self._totals = (0, 0)
        self.tabs.currentChanged.connect(lambda _i: self._say_shown())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.shown)
        layout.addWidget(self.message)
        self._wanted: tuple[str, str] | None = None
        self._retranslate()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Requests"))
        if not self.smart.model.rows and not self.health.model.rows:
            self.tabs.setTabText(0, self.tr("S&mart working, to decide"))
            self.tabs.setTabText(1, self.tr("&Health funds, by deadline"))
            self.tabs.setTabText(2, self.tr("Co&mmunications to the Ministry"))
        else:
            self._count_tabs()
        self._say_shown()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _count_tabs(self) -> None:
        self.tabs.setTabText(
            0,
            self.tr("S&mart working, to decide (%1)").replace("%1", thousands(self._totals[0])),
        )
        self.tabs.setTabText(
            1,
            self.tr("&Health funds, by deadline (%1)").replace("%1", thousands(self._totals[1])),
        )
        self.tabs.setTabText(
            2,
            self.tr("Co&mmunications to the Ministry (%1, %2 late)")
            .replace("%1", thousands(self.ministry.pending()))
            .replace("%2", thousands(self.ministry.late())),
        )

    def refresh(self) -> None:
        employer = self.smart.employer.currentData()
        every = self.smart.every_status.isChecked()
        hf_every = self.health.every.isChecked()
        pending_only = not self.ministry.all_communications.isChecked()
        today = self.context.clock.today()

        def job(uow: Any) -> Loaded:
            from welfare_desk.registry.organizations import OrganizationKind, list_organizations
            from welfare_desk.requests import health_funds as health_requests
            from welfare_desk.requests import smart_working

            if every:
                requests = smart_working.all_requests(uow)
                if employer:
                    requests = [r for r in requests if str(r.employer_id) == employer]
                waiting = len(requests)
            else:
                chosen = uuid.UUID(employer) if employer else None
                requests, waiting = smart_working.queue_head(uow, chosen, SHOWN)
            employers = [
                (str(o.id), o.name)
                for o in list_organizations(uow)
                if o.kind == OrganizationKind.EMPLOYER.value
            ]
            owed = smart_working.communications(uow, pending_only)
            if hf_every:
                health, _open = health_requests.by_deadline_head(uow, today)
                open_ones = {h.id for h in health}
                closed = [h for h in health_requests.all_requests(uow) if h.id not in open_ones]
                health += sorted(closed, key=lambda h: h.number, reverse=True)
                pending = len(health)
            else:
                health, pending = health_requests.by_deadline_head(uow, today, SHOWN)
            return requests, waiting, health, pending, employers, owed

        # The request acted on stays chosen after the list reloads (#17).
        kept = {
            panel: chosen.number
            for panel in (self.smart, self.health)
            if (chosen := panel.current()) is not None
        }

        def loaded(found: Loaded) -> None:
            requests, waiting, health, pending, employers, owed = found
            self._totals = (waiting, pending)
            self.ministry.model.set_rows(owed)
            self.smart.set_employers(employers)
            self.smart.model.set_rows(requests)
            self.health.model.set_rows(health)
            self._count_tabs()
            self._say_shown()
            for panel, number in kept.items():
                panel.select_number(number, focus=False)
            self.smart.chosen()
            self.health.chosen()
            self._select_wanted()

        self.context.runner.run(self.context.in_store(job), loaded, self._failed)

    def _say_shown(self) -> None:
        """Under a list cut to its head: how many there are, and how to see the others."""
        tab = self.tabs.currentIndex()
        shown = (len(self.smart.model.rows), len(self.health.model.rows))
        if tab not in (0, 1) or shown[tab] >= self._totals[tab]:
            self.shown.hide()
            return
        if tab == 0:
            text = self.tr(
                "Here the first %1 of the %2 requests to decide, priorities first: choose an "
                "employer to see the others."
            )
        else:
            text = self.tr(
                "Here the first %1 of the %2 open requests, by deadline: the others come up "
                "as these are closed."
            )
        self.shown.setText(
            text.replace("%1", thousands(shown[tab])).replace("%2", thousands(self._totals[tab]))
        )
        self.shown.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
            return
        super().keyPressEvent(event)

    def current_number(self) -> str | None:
        panel = self.smart if self.tabs.currentIndex() == 0 else self.health
        chosen = panel.current()
        return chosen.number if chosen is not None else None

    def show_request(self, kind: str, number: str) -> None:
        """Opens on one request, from the worker's story: closed ones are listed too."""
        self._wanted = (kind, number)
        smart = kind == "smartworking"
        self.tabs.setCurrentIndex(0 if smart else 1)
        (self.smart if smart else self.health).show_closed_too()
        self.refresh()

    def _select_wanted(self) -> None:
        if self._wanted is None:
            return
        kind, number = self._wanted
        self._wanted = None
        (self.smart if kind == "smartworking" else self.health).select_number(number)

    def _changed(self) -> None:
        self.context.changed()
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self._say(getattr(error, "message", type(error).__name__), True)

    def _say(self, text: str, problem: bool) -> None:
        self.message.setProperty("problem", "error" if problem else "")
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
