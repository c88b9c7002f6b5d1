"""The workers list: search as you type, filters, sortable columns, keyboard first."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.labels import CATEGORY_NAMES, category_name
from welfare_desk.gui.styled import styled
from welfare_desk.gui.worker_list_model import ListQuery, WorkerListModel

if TYPE_CHECKING:
    from welfare_desk.registry.organizations import OrganizationView


class WorkersPage(QWidget):
    open_worker = Signal(uuid.UUID)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = WorkerListModel(context)
        self.title = styled(QLabel(), "PageTitle")
        self.search = styled(QLineEdit(), "SearchBox")
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.organization = QComboBox()
        self.organization_label = QLabel()
        self.organization_label.setBuddy(self.organization)
        self.category = QComboBox()
        self.category_label = QLabel()
        self.category_label.setBuddy(self.category)
        self.count = styled(QLabel(), "Muted")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        # Rows of one height: the view lays out a new page without measuring each row.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 150, 170, 120)):
            self.table.setColumnWidth(column, width)
        self.table.installEventFilter(self)

        # The search on a row of its own, the two filters under it: in one row they made
        # the window 1,076 px wide at 14 points (#17). The choices show a short width and
        # their whole text when opened.
        for combo in (self.organization, self.category):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        filters = QGridLayout()
        filters.addWidget(self.search_label, 0, 0)
        filters.addWidget(self.search, 0, 1, 1, 3)
        filters.addWidget(self.organization_label, 1, 0)
        filters.addWidget(self.organization, 1, 1)
        filters.addWidget(self.category_label, 1, 2)
        filters.addWidget(self.category, 1, 3)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        filters.setHorizontalSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self.search.textChanged.connect(self._requery)
        self.search.returnPressed.connect(self._open_first)
        self.organization.currentIndexChanged.connect(self._requery)
        self.category.currentIndexChanged.connect(self._requery)
        self.table.activated.connect(self._open_index)
        self.model.page_loaded.connect(self._show_count)
        self.model.counted.connect(lambda: self._show_count(self.model.rowCount()))
        self.model.rowsInserted.connect(lambda *_: self._show_count(self.model.rowCount()))
        self.model.failed.connect(self.count.setText)
        self._organizations: list[OrganizationView] = []
        self._retranslate()

    # Texts

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Workers"))
        self.search_label.setText(self.tr("&Search"))
        self.search.setPlaceholderText(self.tr("Surname, name, codice fiscale or employer"))
        self.search.setAccessibleName(self.tr("Search workers"))
        self.organization_label.setText(self.tr("&Employer"))
        self.organization.setAccessibleName(self.tr("Filter by employer"))
        self.category_label.setText(self.tr("&Category"))
        self.category.setAccessibleName(self.tr("Filter by target category"))
        self.table.setAccessibleName(self.tr("Workers found"))
        self.model.set_headers(
            (
                self.tr("Surname"),
                self.tr("Name"),
                self.tr("Codice fiscale"),
                self.tr("Date of birth"),
                self.tr("Employer"),
            )
        )
        self._fill_categories()
        self._fill_organizations()
        self._show_count(self.model.rowCount())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _fill_categories(self) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for category in CATEGORY_NAMES:
            self.category.addItem(category_name(category.value), category.value)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)

    def _fill_organizations(self) -> None:
        current = self.organization.currentData()
        self.organization.blockSignals(True)
        self.organization.clear()
        self.organization.addItem(self.tr("All employers"), None)
        for org in self._organizations:
            if org.kind == "employer":
                self.organization.addItem(org.name, str(org.id))  # Qt matches text by value
        self.organization.setCurrentIndex(max(0, self.organization.findData(current)))
        self.organization.blockSignals(False)

    # Data

    def refresh(self) -> None:
        """Reloads the employers and the list (after an import or a save)."""
        self.context.runner.run(self.context.in_store(_organizations), self._organizations_loaded)
        self.model.reload()

    def start(self) -> None:
        self.context.runner.run(self.context.in_store(_organizations), self._organizations_loaded)
        self._requery()

    def _organizations_loaded(self, organizations: list[OrganizationView]) -> None:
        self._organizations = organizations
        self._fill_organizations()

    def _requery(self, *_: Any) -> None:
        self.model.load(
            ListQuery(
                text=self.search.text(),
                organization_id=_uuid_or_none(self.organization.currentData()),
                category=self.category.currentData(),
                order=self.model.query.order,
                descending=self.model.query.descending,
            )
        )

    def _show_count(self, rows: int) -> None:
        from welfare_desk.store.search_sql import COUNT_CAP

        total = self.model.total
        if total is not None and total > COUNT_CAP:
            self.count.setText(
                self.tr("More than %1 workers: narrow the search").replace(
                    "%1", QLocale().toString(COUNT_CAP)
                )
            )
        elif total is not None and total > 0:
            self.count.setText(self.tr("%Ln worker(s)", "", total))
        elif self.model.has_more:
            self.count.setText(self.tr("First %n workers shown: scroll for more", "", rows))
        elif rows == 0 and (self.search.text() or self.category.currentData()):
            self.count.setText(self.tr("No worker matches the search."))
        else:
            self.count.setText(self.tr("%n worker(s)", "", rows))
        if rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    # Keyboard: typing anywhere in the list searches; Enter opens

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event if isinstance(event, QKeyEvent) else None
            if (
                key is not None
                and key.text()
                and key.text().isprintable()
                and not (
                    key.modifiers()
                    & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
                )
            ):
                self.search.setFocus()
                self.search.insert(key.text())
                return True
            if key is not None and key.key() == Qt.Key.Key_Backspace:
                self.search.setFocus()
                self.search.backspace()
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _open_first(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        worker_id = self.model.worker_id(index.row())
        if worker_id is not None:
            self.open_worker.emit(worker_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Down from the search box moves into the list, as in a combo's popup.
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self.table.setFocus()
            return
        # Esc clears the search, from the box or the list, and goes back to typing.
        if event.key() == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            self.search.setFocus()
            return
        super().keyPressEvent(event)


def _organizations(uow: Any) -> list[OrganizationView]:
    from welfare_desk.registry.organizations import list_organizations

    return list_organizations(uow)


def _uuid_or_none(value: object) -> uuid.UUID | None:
    return uuid.UUID(str(value)) if value else None
