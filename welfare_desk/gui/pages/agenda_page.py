"""The agenda: the actions and reviews due this week, overdue first, by social point."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.domain.agenda import week_end
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.formatting import short_date, thousands
from welfare_desk.gui.small_models import ListTableModel
from welfare_desk.gui.styled import styled

if TYPE_CHECKING:
    from welfare_desk.cases.agenda import AgendaItem, AgendaView

OVERDUE = QColor("#b3261e")
THIS_WEEK = -1
SHOWN = 500  # a programme's week holds thousands: the nearest, and how many in all


class AgendaModel(ListTableModel["AgendaItem"]):
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return QBrush(OVERDUE) if self.rows[index.row()].overdue else None
        return super().data(index, role)


class AgendaPage(QWidget):
    open_case = Signal(uuid.UUID)
    open_worker = Signal(uuid.UUID)  # back from an illness leave: the worker's story
    open_request = Signal(str, str)  # a request's deadline opens the request: kind, number
    overdue_counted = Signal(int)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = styled(QLabel(), "PageTitle")
        self.point = QComboBox()
        self.point_label = QLabel()
        self.point_label.setBuddy(self.point)
        self.operator = QComboBox()
        self.operator_label = QLabel()
        self.operator_label.setBuddy(self.operator)
        self._operators: list[str] = []
        self.period = QComboBox()
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period)
        # Long social point and operator names must not widen the window: the list shows
        # them in full when it opens.
        for combo in (self.point, self.operator, self.period):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.summary = styled(QLabel(), "Muted")
        self.summary.setWordWrap(True)  # a long period says how to see the rest
        self.model = AgendaModel(
            [
                lambda i: short_date(i.due),
                self._when,
                lambda i: i.case_number,
                lambda i: i.worker,
                self._kind,
                lambda i: i.title,
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # columns as wide as the rows in sight, not as the week's thousand: measuring them
        # all was most of the time the page took to open
        header.setResizeContentsPrecision(0)
        header.setStretchLastSection(True)
        # Two rows of filters, so that a narrow window keeps them all.
        filters = QGridLayout()
        filters.addWidget(self.period_label, 0, 0)
        filters.addWidget(self.period, 0, 1)
        filters.addWidget(self.point_label, 0, 2)
        filters.addWidget(self.point, 0, 3)
        filters.addWidget(self.operator_label, 1, 2)
        filters.addWidget(self.operator, 1, 3)
        filters.setColumnStretch(4, 1)
        filters.setHorizontalSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.point.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.operator.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.activated.connect(self._open)
        self._points: list[tuple[uuid.UUID, str]] = []
        self._retranslate()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Agenda"))
        self.point_label.setText(self.tr("Social &point"))
        self.operator_label.setText(self.tr("&Owner"))
        self.operator.setAccessibleName(self.tr("Filter by the owner of the case"))
        chosen = self.operator.currentData()
        self.operator.blockSignals(True)
        self.operator.clear()
        self.operator.addItem(self.tr("All operators"), None)
        for name in self._operators:
            self.operator.addItem(name, name)
        self.operator.setCurrentIndex(max(0, self.operator.findData(chosen)))
        self.operator.blockSignals(False)
        self.period_label.setText(self.tr("&Due"))
        self.period.setAccessibleName(self.tr("Period"))
        period = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        # Days ahead; THIS_WEEK reaches the Sunday that ends today's week.
        self.period.addItem(self.tr("today"), 0)
        self.period.addItem(self.tr("this week"), THIS_WEEK)
        self.period.addItem(self.tr("in the next 14 days"), 14)
        self.period.setCurrentIndex(max(0, self.period.findData(period or THIS_WEEK)))
        self.period.blockSignals(False)
        self.point.setAccessibleName(self.tr("Filter by social point"))
        self.table.setAccessibleName(self.tr("Actions and reviews due"))
        self.model.set_headers(
            [
                self.tr("Due"),
                self.tr("When"),
                self.tr("Case or request"),
                self.tr("Worker"),
                self.tr("Kind"),
                self.tr("What"),
            ]
        )
        current = self.point.currentData()
        self.point.blockSignals(True)
        self.point.clear()
        self.point.addItem(self.tr("All social points"), None)
        for point_id, name in self._points:
            self.point.addItem(name, str(point_id))  # Qt matches text by value, not UUIDs
        self.point.setCurrentIndex(max(0, self.point.findData(current)))
        self.point.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _when(self, item: AgendaItem) -> str:
        from welfare_desk.domain.agenda import days_text

        return days_text(item.due, self.context.clock.today())

    def _kind(self, item: AgendaItem) -> str:
        return {
            "action": self.tr("action"),
            "review": self.tr("review"),
            "health": self.tr("health fund"),
            "ministry": self.tr("smart working"),
            "leave": self.tr("back from leave"),
            "gdpr": self.tr("privacy request"),
        }.get(item.kind, item.kind)

    def refresh(self) -> None:
        chosen = self.point.currentData()
        point = uuid.UUID(chosen) if chosen else None
        operator = self.operator.currentData()
        today = self.context.clock.today()
        days = self.period.currentData()
        until = week_end(today) if days in (None, THIS_WEEK) else today + timedelta(days=days)

        def job(uow: Any) -> tuple[AgendaView, list[tuple[uuid.UUID, str]], list[str]]:
            from welfare_desk.cases.agenda import agenda_view
            from welfare_desk.cases.casework import operators
            from welfare_desk.registry.organizations import social_points

            view = agenda_view(
                uow, today, until, operator=operator, social_point_id=point, limit=SHOWN
            )
            return view, social_points(uow), [name for _id, name in operators(uow)]

        self.context.runner.run(self.context.in_store(job), self._loaded)

    def _loaded(self, loaded: tuple[AgendaView, list[tuple[uuid.UUID, str]], list[str]]) -> None:
        view, points, names = loaded
        if points != self._points or names != self._operators:
            self._points, self._operators = points, names
            self._retranslate()
        self.model.set_rows(view.items)
        overdue = view.overdue
        summary = (
            self.tr("%1 due in the period, %2 overdue.")
            .replace("%1", thousands(view.total))
            .replace("%2", thousands(overdue))
        )
        if not view.complete:
            summary += " " + self.tr(
                "Shown: the nearest %1; choose a social point or an owner to see the rest."
            ).replace("%1", thousands(len(view.items)))
        self.summary.setText(summary)
        if self.point.currentData() is None and self.operator.currentData() is None:
            self.overdue_counted.emit(overdue)

    def _open(self, index: Any) -> None:
        item = self.model.rows[index.row()]
        if item.kind == "health":
            self.open_request.emit("health", item.case_number)
        elif item.kind == "ministry":
            self.open_request.emit("smartworking", item.case_number)
        elif item.about_request and item.worker_id is not None:
            self.open_worker.emit(item.worker_id)
        else:
            self.open_case.emit(item.case_id)
