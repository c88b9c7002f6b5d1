"""The workers list: a lazy table model that fetches pages in the background.

Rows arrive a page at a time as the view scrolls; a new query bumps a generation number
so that answers to queries typed over are dropped, never shown.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.formatting import short_date
from welfare_desk.registry.worker_hits import WorkerHit

PAGE = 50  # two screens of rows: more come as the list scrolls
# The total is counted once typing pauses: a count on every keystroke would hold the
# store thread while the next keystroke's page waits.
COUNT_DELAY_MS = 300
Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("surname", "name", "codice_fiscale", "birth_date", "organization")
SORT_KEYS = {0: "name", 1: "name", 2: "codice_fiscale", 3: "birth_date", 4: "organization"}


@dataclass(frozen=True)
class ListQuery:
    text: str = ""
    organization_id: uuid.UUID | None = None
    category: str | None = None
    order: str = "name"
    descending: bool = False


def _page(query: ListQuery, offset: int) -> Callable[[Any], list[WorkerHit]]:
    """A page of the list, as a job for the store thread."""

    def job(uow: Any) -> list[WorkerHit]:
        from welfare_desk.registry.workers import search_workers

        return search_workers(
            uow,
            query.text,
            PAGE,
            offset,
            query.organization_id,
            query.category,
            query.order,
            query.descending,
        )

    return job


def _count(query: ListQuery) -> Callable[[Any], int]:
    """How many workers the query finds in all, as a job for the store thread."""

    def job(uow: Any) -> int:
        from welfare_desk.registry.workers import count_workers

        return count_workers(uow, query.text, query.organization_id, query.category)

    return job


class WorkerListModel(QAbstractTableModel):
    page_loaded = Signal(int)  # rows now shown, after a new query's first page
    counted = Signal()  # `total` is known for the query shown
    failed = Signal(str)

    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self.context = context
        self.query = ListQuery()
        self.rows: list[WorkerHit] = []
        self.has_more = False
        self.loading = False
        self.generation = 0
        self.total: int | None = None  # how many match in all, once counted
        self._headers = ("", "", "", "", "")
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_total)

    def set_headers(self, headers: tuple[str, str, str, str, str]) -> None:
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    # Loading

    def load(self, query: ListQuery) -> None:
        self.query = query
        self.generation += 1
        generation = self.generation
        self.loading = True

        self.context.runner.run(
            self.context.in_store(_page(query, 0)),
            lambda rows: self._first_page(generation, rows),
            lambda error: self._failed(generation, error),
        )

    def reload(self) -> None:
        self.load(self.query)

    def show_first_page(self, rows: list[WorkerHit]) -> None:
        """A first page read before the store finished opening (see app.DeskStarter)."""
        if self.rows or self.query != ListQuery():
            return
        self._first_page(self.generation, rows)

    def _first_page(self, generation: int, rows: list[WorkerHit]) -> None:
        if generation != self.generation:
            return  # typed over: a newer query is on its way
        self.beginResetModel()
        self.rows = rows
        self.has_more = len(rows) == PAGE
        self.loading = False
        self.total = None if self.has_more else len(rows)
        self.endResetModel()
        self.page_loaded.emit(len(rows))
        if self.has_more:
            self._count_timer.start()

    def _count_total(self) -> None:
        generation, query = self.generation, self.query

        def counted(total: int) -> None:
            if generation == self.generation:
                self.total = total
                self.counted.emit()

        # A count that fails leaves the list as it is: the rows are what matters.
        self.context.runner.run(self.context.in_store(_count(query)), counted, lambda _e: None)

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self.generation:
            return
        self.loading = False
        self.failed.emit(getattr(error, "message", type(error).__name__))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.has_more and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self.loading = True
        generation, query, offset = self.generation, self.query, len(self.rows)

        self.context.runner.run(
            self.context.in_store(_page(query, offset)),
            lambda rows: self._next_page(generation, rows),
            lambda error: self._failed(generation, error),
        )

    def _next_page(self, generation: int, rows: list[WorkerHit]) -> None:
        if generation != self.generation:
            return
        self.loading = False
        self.has_more = len(rows) == PAGE
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    # The model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        hit = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = COLUMNS[index.column()]
            if column == "birth_date":
                return short_date(hit.birth_date)
            return getattr(hit, column)
        if role == Qt.ItemDataRole.UserRole:
            return hit.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        key = SORT_KEYS.get(column, "name")
        if (key, descending) != (self.query.order, self.query.descending):
            self.load(
                ListQuery(
                    self.query.text,
                    self.query.organization_id,
                    self.query.category,
                    key,
                    descending,
                )
            )

    def worker_id(self, row: int) -> uuid.UUID | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None
