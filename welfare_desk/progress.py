"""Progress and cancellation of long work, as a small state object the caller owns."""

from __future__ import annotations

import threading
from collections.abc import Callable

from welfare_desk.errors import Cancelled

ProgressCallback = Callable[[int, int], None]


class TaskState:
    """Shared between the worker doing the job and whoever shows it (a dialog, a terminal)."""

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("Operazione annullata: l'archivio è rimasto com'era.")

    def progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)
        self.check()
