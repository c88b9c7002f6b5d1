"""Table models for the lists of a worker's and a case's pages, and how their rows fit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel, Generic[T]):
    """A few rows of plain values, each column a function of the row."""

    def __init__(self, columns: Sequence[Callable[[T], str]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows: list[T] = []
        self.headers: list[str] = [""] * len(columns)
        # Views ask for a cell many times (text, tooltip, size); each is made once.
        self._texts: dict[tuple[int, int], str] = {}

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._texts.clear()
        self.endResetModel()

    def insert_first(self, row: T) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.rows.insert(0, row)
        self._texts.clear()
        self.endInsertRows()

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self._texts.clear()  # the language changed: the cells' words too
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self.columns[key[1]](self.rows[key[0]])
            return text
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


def fit_rows_in_view(view: QTableView) -> None:
    """Wrapped rows as tall as their text, computed for the rows in sight only (and as
    they scroll into it): measuring 200 wrapped rows at once would cost a tenth of a
    second each time the page opens."""

    def fit() -> None:
        model = view.model()
        if model is None or model.rowCount() == 0:
            return
        first = max(view.rowAt(0), 0)
        last = view.rowAt(view.viewport().height())
        last = model.rowCount() - 1 if last < 0 else last
        for row in range(first, min(last + 2, model.rowCount())):
            view.resizeRowToContents(row)

    view.verticalScrollBar().valueChanged.connect(lambda _value: fit())
    view.horizontalHeader().sectionResized.connect(lambda *_: fit())
    model = view.model()
    if model is not None:
        model.modelReset.connect(fit)
    view.installEventFilter(_ResizeFitter(view, fit))


class _ResizeFitter(QObject):
    def __init__(self, view: QTableView, fit: Callable[[], None]) -> None:
        super().__init__(view)
        self._fit = fit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit()
        return False


def plain_table(model: ListTableModel[Any]) -> QTableView:
    """A list of rows: every column as wide as its text, the last taking what is left.
    (A stretched middle column would shrink to nothing when the texts overflow.)"""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)  # one line a row: long names are elided, in full in the tooltip
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(40)
    header.setStretchLastSection(True)
    view.setMinimumHeight(70)
    return view
