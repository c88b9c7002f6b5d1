"""The services that fit a worker's household, ranked, with why; enroll in one step."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.domain.money import format_euro
from welfare_desk.gui.confirm import confirm
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.flow_layout import FlowLayout
from welfare_desk.gui.formatting import short_date
from welfare_desk.gui.small_models import ListTableModel
from welfare_desk.gui.styled import styled

if TYPE_CHECKING:
    from welfare_desk.catalogue.enrollments import Enrolled
    from welfare_desk.catalogue.matching import MatchView

EXCLUDED = QColor("#6b6b6b")
SHOWN = 500  # a household may fit thousands of editions: the best ones are enough to read


class MatchModel(ListTableModel["MatchView"]):
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return None if self.rows[index.row()].eligible else QBrush(EXCLUDED)
        return super().data(index, role)


class MatchPanel(QWidget):
    """Inside the worker's story and the case plan. `enrolled` says what happened."""

    enrolled = Signal(str)
    issue_voucher = Signal(object)  # MatchView

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.worker_id: uuid.UUID | None = None
        self._keep: tuple[uuid.UUID, uuid.UUID | None] | None = None  # the row acted on
        self.all_matches: list[MatchView] = []
        self.near_misses = QCheckBox()
        self.summary = styled(QLabel(), "Muted")
        self.summary.setWordWrap(True)  # a long count wraps rather than widen the story
        self.model = MatchModel(
            [
                lambda m: m.person,
                lambda m: m.service_name,
                lambda m: m.edition_title,
                lambda m: f"{short_date(m.starts_on)} – {short_date(m.ends_on)}",
                lambda m: m.municipality or "",
                self._places,
                lambda m: format_euro(m.price_cents),
                lambda m: m.provider_name,
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(40)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)  # one line a row; the whole text is in the tooltip
        self.table.setMinimumHeight(90)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.enroll_button = QPushButton()
        self.voucher_button = QPushButton()
        buttons = FlowLayout()  # wraps at a large font rather than widen the story (#17)
        buttons.addWidget(self.near_misses)
        buttons.addWidget(self.voucher_button)
        buttons.addWidget(self.enroll_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.reasons, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.near_misses.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.table.activated.connect(lambda _i: self._enroll(ask=True))
        self.enroll_button.clicked.connect(lambda: self._enroll())
        self.voucher_button.clicked.connect(self._voucher)
        self._retranslate()
        self._chosen()

    def _retranslate(self) -> None:
        self.near_misses.setText(self.tr("Show the e&xcluded too, with why"))
        self.enroll_button.setText(self.tr("E&nroll"))
        self.enroll_button.setToolTip(
            self.tr("Enrolls the person; with an open case, the plan gains the action.")
        )
        self.voucher_button.setText(self.tr("Issue a &voucher…"))
        self.table.setAccessibleName(self.tr("Services that fit, best first"))
        self.reasons.setAccessibleName(self.tr("Why it fits"))
        self.model.set_headers(
            [
                self.tr("For"),
                self.tr("Service"),
                self.tr("Edition"),
                self.tr("Dates"),
                self.tr("Where"),
                self.tr("Places"),
                self.tr("Price"),
                self.tr("Provider"),
            ]
        )
        self._summarise()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _places(self, m: MatchView) -> str:
        if m.places_left:
            return (
                self.tr("%1 of %2 free")
                .replace("%1", str(m.places_left))
                .replace("%2", str(m.capacity))
            )
        return self.tr("full, %n waiting", "", m.waiting)

    def show_for(self, worker_id: uuid.UUID) -> None:
        if worker_id != self.worker_id:
            self.worker_id = worker_id
            self._keep = None
            self.model.set_rows([])
            self.message.clear()
        self.reload()

    def reload(self) -> None:
        worker_id = self.worker_id
        if worker_id is None:
            return
        near = self.near_misses.isChecked()

        def job(uow: Any) -> list[MatchView]:
            from welfare_desk.catalogue.matching import match_worker

            return match_worker(uow, worker_id, uow.clock.today(), near)

        def loaded(found: list[MatchView]) -> None:
            if worker_id != self.worker_id:
                return  # another worker was opened meanwhile
            self.all_matches = found
            eligible = [m for m in found if m.eligible][:SHOWN]
            excluded = [m for m in found if not m.eligible][:SHOWN]
            self.model.set_rows(eligible + excluded)
            self._summarise()
            if self.model.rows:
                # The row acted on stays chosen: the message and the reasons agree.
                kept = [
                    i
                    for i, m in enumerate(self.model.rows)
                    if (m.edition_id, m.member_id) == self._keep
                ]
                self.table.selectRow(kept[0] if kept else 0)
            self._chosen()

        self.context.runner.run(self.context.in_store(job), loaded, self._failed)

    def _summarise(self) -> None:
        eligible = sum(1 for m in self.all_matches if m.eligible)
        if self.worker_id is None:
            self.summary.clear()
        elif not eligible:
            self.summary.setText(self.tr("No open edition fits this household."))
        elif eligible > SHOWN:
            self.summary.setText(
                self.tr(
                    "%1 editions fit: the best %2 are listed, those answering an open need first."
                )
                .replace("%1", str(eligible))
                .replace("%2", str(SHOWN))
            )
        else:
            self.summary.setText(
                self.tr("%n editions fit, those answering an open need first.", "", eligible)
            )

    def current(self) -> MatchView | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _chosen(self) -> None:
        match = self.current()
        can = match is not None and match.eligible
        self.enroll_button.setEnabled(can)
        self.voucher_button.setEnabled(can)
        if match is None:
            self.reasons.clear()
            return
        title = self.tr("Why it fits:") if match.eligible else self.tr("Why it is excluded:")
        self.reasons.setText(title + "\n• " + "\n• ".join(match.reasons))

    def _enroll(self, ask: bool = False) -> None:
        """The button enrolls; Enter on a row asks first (No by default), since a row is
        also where one reads the reasons."""
        match = self.current()
        worker_id = self.worker_id
        if match is None or not match.eligible or worker_id is None:
            return
        if ask:
            question = (
                self.tr("Enroll %1 in «%2 – %3»?")
                .replace("%1", match.person)
                .replace("%2", match.service_name)
                .replace("%3", match.edition_title)
            )
            if not confirm(self, self.tr("Enroll"), question):
                return
        self._keep = (match.edition_id, match.member_id)
        self.enroll_button.setEnabled(False)

        def job(uow: Any) -> Enrolled:
            from welfare_desk.catalogue.enrollments import enroll

            return enroll(uow, match.edition_id, worker_id, match.member_id, uow.clock.today())

        def done(result: Enrolled) -> None:
            text = result.message
            if result.action_id is not None:
                text += " " + self.tr("The action is in the plan of the case.")
            self.message.setProperty("problem", "")
            self.message.setText(text)
            self._restyle()
            self.context.changed()
            self.enrolled.emit(text)
            self.reload()

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _voucher(self) -> None:
        match = self.current()
        if match is not None and match.eligible:
            self.issue_voucher.emit(match)

    def _failed(self, error: Exception) -> None:
        self.message.setProperty("problem", "error")
        self.message.setText(getattr(error, "message", type(error).__name__))
        self._restyle()
        self._chosen()

    def _restyle(self) -> None:
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
