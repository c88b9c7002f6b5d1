"""What the three queues of the requests page share: a table with the request chosen in
it, and the signals by which a queue asks the page to reload, to speak or to open a story."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTableView, QWidget

from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.small_models import ListTableModel


class RequestPanel(QWidget):
    open_worker = Signal(uuid.UUID)
    said = Signal(str, bool)  # the text and whether it is a problem
    reload = Signal()  # a filter changed: the page loads the queues again
    changed = Signal()  # the store changed: the page tells the desk and reloads

    view: QTableView
    model: ListTableModel[Any]

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def current(self) -> Any:
        row = self.view.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def select_number(self, number: str, focus: bool = True) -> None:
        numbers = [r.number for r in self.model.rows]
        if number in numbers:
            row = numbers.index(number)
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        if focus:
            self.view.setFocus()

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_current(self) -> None:
        request = self.current()
        if request is not None:
            self.open_worker.emit(request.worker_id)

    def run(self, job: Any, done_text: str) -> None:
        def done(_result: object) -> None:
            self.said.emit(done_text, False)
            self.changed.emit()

        self.context.runner.run(self.context.in_store(job), done, self.failed)

    def failed(self, error: Exception) -> None:
        self.said.emit(getattr(error, "message", type(error).__name__), True)
