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
    removed = Signal(object)  # casework.Removed: the window offers to undo it
    kind = ""  # «health_fund» or «smart_working»: what `remove_draft` removes

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

    def add_draft_actions(self, menu: Any, request: Any) -> None:
        """A draft has not left the desk: the status menu also offers to remove it."""
        if request is None or request.status != "draft":
            return
        menu.addSeparator()
        correct = menu.addAction(self.tr("Correct the draft…"))
        correct.triggered.connect(lambda _c=False: self.correct_draft())
        remove = menu.addAction(self.tr("Remove the draft…"))
        remove.triggered.connect(lambda _c=False: self.remove_draft())

    def correct_draft(self) -> None:
        """A draft typed wrong opens in the dialog that made it, as it was typed."""
        request = self.current()
        if request is None or request.status != "draft":
            return
        kind = self.kind

        def job(uow: Any) -> Any:
            from welfare_desk.registry.workers import get_worker_by_id
            from welfare_desk.requests.corrections import draft_of

            draft = draft_of(uow, kind, request.id)  # type: ignore[arg-type]
            return get_worker_by_id(uow, draft.typed.worker_id), draft

        def loaded(found: Any) -> None:
            from welfare_desk.gui.dialogs.request_dialogs import HfRequestDialog, SwRequestDialog

            worker, draft = found
            dialog: HfRequestDialog | SwRequestDialog
            if kind == "health_fund":
                dialog = HfRequestDialog(self.context, worker, self, draft)
            else:
                dialog = SwRequestDialog(self.context, worker, self, draft)
            dialog.saved.connect(self._corrected(draft.number))
            dialog.open()

        self.context.runner.run(self.context.in_store(job), loaded, self.failed)

    def _corrected(self, number: str) -> Any:
        def said() -> None:
            self.said.emit(self.tr("Draft %1 corrected.").replace("%1", number), False)
            self.changed.emit()

        return said

    def remove_draft(self) -> None:
        """A draft recorded by mistake goes, with the reason, and can be undone right after."""
        from welfare_desk.gui.confirm import ask_reason, confirm

        request = self.current()
        if request is None or request.status != "draft":
            return
        reason = ask_reason(
            self,
            self.tr("Remove the draft"),
            self.tr("Why is %1 removed? It stays in the history.").replace("%1", request.number),
            self.tr("recorded by mistake"),
        )
        if reason is None:
            return
        question = self.tr("Remove the draft %1? You can undo it right after (Ctrl+Z).")
        if not confirm(self, self.tr("Remove the draft"), question.replace("%1", request.number)):
            return
        kind = self.kind

        def job(uow: Any) -> Any:
            from welfare_desk.requests.corrections import remove_request

            return remove_request(uow, kind, request.id, request.version, reason)  # type: ignore[arg-type]

        def done(removed: Any) -> None:
            self.said.emit(self.tr("Draft %1 removed.").replace("%1", request.number), False)
            self.changed.emit()
            self.removed.emit(removed)

        self.context.runner.run(self.context.in_store(job), done, self.failed)
