"""The conflict inbox (#20): what two desks changed at once, the value the desks now hold
beside the one set aside, who made it and when. The welfare manager confirms what was
kept or takes the other value; either way every desk learns it at its next
synchronisation."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from welfare_desk.gui.confirm import confirm
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.flow_layout import FlowLayout
from welfare_desk.gui.formatting import date_time
from welfare_desk.gui.small_models import ListTableModel, plain_table
from welfare_desk.gui.styled import styled

if TYPE_CHECKING:
    from welfare_desk.sync.conflicts import ConflictView


def _values(pairs: list[tuple[str, str]]) -> str:
    return "; ".join(f"{label}: {value}" for label, value in pairs) or "—"


class ConflictsPage(QWidget):
    open_worker = Signal(uuid.UUID)
    resolved = Signal(int)  # how many are left
    said = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = styled(QLabel(), "PageTitle")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.model: ListTableModel[ConflictView] = ListTableModel(
            [
                lambda c: c.record,
                lambda c: c.what,
                lambda c: _values(c.kept),
                lambda c: _values(c.other),
                lambda c: c.by,
                lambda c: date_time(c.at) if c.at else "",
            ]
        )
        self.view = plain_table(self.model)
        self.count = styled(QLabel(), "Muted")
        self.keep_button = QPushButton()
        self.other_button = QPushButton()
        self.merge_button = QPushButton()
        self.person_button = QPushButton()
        self.refresh_button = QPushButton()
        # the buttons wrap as the window narrows or the font grows (#17)
        row = FlowLayout()
        for button in (
            self.person_button,
            self.keep_button,
            self.other_button,
            self.merge_button,
            self.refresh_button,
        ):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addLayout(row)
        self.keep_button.clicked.connect(lambda: self._resolve(take_other=False))
        self.other_button.clicked.connect(lambda: self._resolve(take_other=True))
        self.merge_button.clicked.connect(self._merge)
        self.person_button.clicked.connect(self._open_person)
        self.refresh_button.clicked.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.view.doubleClicked.connect(lambda _i: self._open_person())
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Synchronisation conflicts"))
        self.note.setText(
            self.tr(
                "Two desks changed the same thing before they could synchronise. Every desk "
                "now holds the later change; the other is set aside here. Confirm what was "
                "kept, or take the other value: the choice reaches every desk at its next "
                "synchronisation. A record removed on one desk stays removed."
            )
        )
        self.keep_button.setText(self.tr("&Confirm what was kept"))
        self.other_button.setText(self.tr("&Take the other value"))
        self.merge_button.setText(self.tr("&Merge the two records"))
        self.merge_button.setToolTip(
            self.tr(
                "The same person (or employer) was registered on two desks: what the second "
                "record holds moves onto the first, and the second is removed."
            )
        )
        self.person_button.setText(self.tr("&Open the person"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.view.setAccessibleName(self.tr("Conflicts to resolve"))
        self.model.set_headers(
            [
                self.tr("Record"),
                self.tr("What happened"),
                self.tr("Kept on every desk"),
                self.tr("Set aside"),
                self.tr("Set aside by"),
                self.tr("Changed on"),
            ]
        )

    def _chosen(self) -> ConflictView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _enable(self) -> None:
        chosen = self._chosen()
        self.keep_button.setEnabled(chosen is not None)
        self.other_button.setEnabled(chosen is not None and chosen.can_take_other)
        # a shared folder keeps both records of one person: they can be made one
        self.merge_button.setVisible(any(row.double_id for row in self.model.rows))
        self.merge_button.setEnabled(chosen is not None and chosen.double_id is not None)
        self.person_button.setEnabled(chosen is not None and chosen.worker_id is not None)
        if chosen is not None and chosen.kind in ("deleted", "edit_on_deleted", "refused"):
            self.keep_button.setText(self.tr("&Seen"))
        else:
            self.keep_button.setText(self.tr("&Confirm what was kept"))

    def refresh(self) -> None:
        def job(uow: Any) -> list[ConflictView]:
            from welfare_desk.sync.conflicts import open_conflicts

            return open_conflicts(uow)

        def shown(rows: list[ConflictView]) -> None:
            self.model.set_rows(rows)
            self.count.setText(self.tr("%n conflict(s) to resolve", "", len(rows)))
            if rows:
                self.view.selectRow(0)
            self._enable()
            self.resolved.emit(len(rows))

        self.context.runner.run(self.context.in_store(job), shown)

    def _resolve(self, take_other: bool) -> None:
        chosen = self._chosen()
        if chosen is None:
            return

        def job(uow: Any) -> None:
            from welfare_desk.sync.conflicts import resolve

            resolve(uow, chosen.id, chosen.version, take_other=take_other)

        def done(_none: None) -> None:
            self.context.changed()
            self.refresh()

        self.context.runner.run(self.context.in_store(job), done)

    def _merge(self) -> None:
        chosen = self._chosen()
        if chosen is None or chosen.double_id is None:
            return
        if chosen.worker_id is None:  # an employer registered on two desks
            question = self.tr(
                "Merge the two records of this employer? Its workers, social points and "
                "budgets move onto the first, and the second is removed on every desk. This "
                "cannot be undone."
            )
        else:
            question = self.tr(
                "Merge the two records of %1? Family, contacts, paths, requests and vouchers "
                "of the second move onto the first, and the second is removed on every desk. "
                "This cannot be undone."
            ).replace("%1", chosen.record.split(" — ")[-1])
        if not confirm(self, self.tr("Merge the two records"), question):
            return

        def job(uow: Any) -> int:
            from welfare_desk.sync.conflicts import merge

            return merge(uow, chosen.id, chosen.version)

        def done(moved: int) -> None:
            self.said.emit(self.tr("Records merged: %n record(s) moved.", "", moved))
            self.context.changed()
            self.refresh()

        self.context.runner.run(self.context.in_store(job), done)

    def _open_person(self) -> None:
        chosen = self._chosen()
        if chosen is not None and chosen.worker_id is not None:
            self.open_worker.emit(chosen.worker_id)
