"""The replica's synchronisation in the status bar (#20): when it last synchronised, what
waits to go out, the conflicts to resolve, and «Synchronise now». It also synchronises by
itself every few minutes; a failure then only shows in the bar, never as a dialog over
someone's work. Only a store that is a replica shows any of it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QStatusBar

from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.eliding import ElidingLabel
from welfare_desk.gui.formatting import date_time, thousands

if TYPE_CHECKING:
    from welfare_desk.store.hub_sync import SyncReport
    from welfare_desk.sync.status import SyncState

EVERY_MS = 10 * 60 * 1000


class SyncBar(QObject):
    conflicts_counted = Signal(int)  # the sidebar's «Conflicts» follows it
    said = Signal(str)
    # from the store's thread while a synchronisation runs: ("push" | "pull", how many)
    progressed = Signal(str, int)

    def __init__(self, context: DeskContext, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.context = context
        self.label = ElidingLabel()
        self.label.setObjectName("syncState")
        self.button = QPushButton()
        self.button.clicked.connect(lambda: self.synchronise(quiet=False))
        for widget in (self.label, self.button):
            widget.setVisible(False)
            bar.addPermanentWidget(widget)
        self.progressed.connect(self._progress)
        self.done_so_far: tuple[str, int] | None = None
        self.timer = QTimer(self, interval=EVERY_MS)
        self.timer.timeout.connect(lambda: self.synchronise(quiet=True))
        self.running = False
        self.state: SyncState | None = None
        self.failure: str | None = None
        self.notes: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("S&ynchronise now"))
        self.button.setAccessibleName(self.tr("Synchronise with the programme's server now"))
        self._show()

    def refresh(self) -> None:
        def job(uow: Any) -> SyncState:
            from welfare_desk.sync.status import sync_state

            return sync_state(uow)

        self.context.runner.run(self.context.in_store(job), self._got, lambda _e: None)

    def _got(self, state: SyncState) -> None:
        self.state = state
        if state.replica and not self.timer.isActive():
            self.timer.start()
        self._show()
        self.conflicts_counted.emit(state.conflicts if state.replica else -1)

    def synchronise(self, quiet: bool) -> None:
        store = self.context.store
        if self.running or store is None or self.state is None or not self.state.replica:
            return
        self.running = True
        self._show()

        def job() -> SyncReport:
            from welfare_desk.store.engine import resolve_target
            from welfare_desk.store.opening import connect
            from welfare_desk.sync.folder import folder_of, sync_with_folder
            from welfare_desk.sync.hub import known_hub, sync_with_hub

            address = known_hub(store)
            assert address is not None
            folder = folder_of(address)
            if folder is not None:  # the desk keeps the folder's key: no phrase to ask
                return sync_with_folder(store, folder, progress=self.progressed.emit)
            hub = connect(resolve_target(address), clock=store.clock)
            try:
                return sync_with_hub(store, hub, progress=self.progressed.emit, address=address)
            finally:
                hub.close()

        def done(report: SyncReport) -> None:
            self.running = False
            self.done_so_far = None
            self.failure = None
            # what could not be read yet (a damaged file of another desk): said, not hidden
            self.notes = list(report.notes)
            if report.pulled or report.pushed:
                self.context.changed()
            if not quiet or self.notes:
                self.said.emit(
                    " ".join(
                        [
                            self.tr("Synchronised: %1 sent, %2 received.")
                            .replace("%1", str(report.pushed))
                            .replace("%2", str(report.pulled)),
                            *self.notes,
                        ]
                    )
                )
            self.refresh()

        def failed(error: Exception) -> None:
            self.running = False
            self.done_so_far = None
            self.failure = getattr(error, "message", None) or str(error) or type(error).__name__
            if not quiet:
                self.said.emit(self.failure)
            self.refresh()

        self.context.runner.run(job, done, failed)

    def _progress(self, phase: str, count: int) -> None:
        self.done_so_far = (phase, count)
        self._show()

    def _show(self) -> None:
        state = self.state
        shown = state is not None and state.replica
        self.label.setVisible(shown)
        self.button.setVisible(shown)
        if not shown or state is None:
            return
        self.button.setEnabled(not self.running)
        parts: list[str] = []
        if self.running and self.done_so_far is not None:
            phase, count = self.done_so_far
            parts.append(
                (self.tr("Sending: %1…") if phase == "push" else self.tr("Receiving: %1…")).replace(
                    "%1", thousands(count)
                )
            )
        elif self.running:
            parts.append(self.tr("Synchronising…"))
        elif self.failure:
            parts.append(self.tr("Not synchronised"))
        elif state.last is not None:
            parts.append(self.tr("Synchronised %1").replace("%1", date_time(state.last)[-5:]))
        else:
            parts.append(self.tr("Never synchronised"))
        if state.pending:
            parts.append(self.tr("%n to send", "", state.pending))
        # the whole story in the tooltip: the bar is shared with the store and the day
        details = [
            self.tr("Shared folder: %1").replace("%1", state.folder)
            if state.folder
            else self.tr("Server: %1").replace("%1", state.hub or "")
        ]
        if state.last is not None:
            details.append(self.tr("Last synchronised %1").replace("%1", date_time(state.last)))
        if state.pending:
            details.append(self.tr("%n change(s) to send", "", state.pending))
        if state.conflicts:
            details.append(self.tr("%n conflict(s) to resolve", "", state.conflicts))
        if self.failure:
            details.append(self.failure)
        details += self.notes
        self.label.setText(" · ".join(parts))
        self.label.setToolTip("\n".join(details))
        self.label.setAccessibleName("; ".join(details))
