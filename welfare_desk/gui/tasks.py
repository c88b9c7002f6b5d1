"""One background thread for all database work; results come back to the UI as signals.

SQLite has one writer, and a UI thread that waits on a disk or a network is a frozen
desk: every service call goes through `TaskRunner.run`, which executes it on the store's
own thread and delivers the result, or the error, on the UI thread.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

T = TypeVar("T")
log = logging.getLogger(__name__)


class TaskRunner(QObject):
    """Runs callables on the store thread, in order; callbacks run on the UI thread.

    Finished work waits in a plain thread-safe queue; the store thread only rings a bell
    (a signal without arguments), so no Python object crosses threads inside Qt.
    """

    _wake = Signal()
    busy_changed = Signal(bool)
    # A job whose caller gave no error callback failed: what to tell the person. The main
    # window shows it, so that no failure reaches only the log.
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._pending = 0
        self._done: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._closed = False
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> Future[T]:
        if self._closed:
            # The desk is closing: a page's last callback may still ask for more work.
            refused: Future[T] = Future()
            refused.cancel()
            return refused
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        future = self._executor.submit(job)

        def finished(done: Future[T]) -> None:
            # Runs on the store thread: hand over to the UI thread.
            self._done.put(lambda: self._complete(done, on_done, on_error))
            self._wake.emit()

        future.add_done_callback(finished)
        return future

    def _complete(
        self,
        done: Future[T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[Exception], None] | None,
    ) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if done.cancelled():
            return
        error = done.exception()
        if error is None:
            if on_done is not None:
                _deliver(on_done, done.result())
            return
        if on_error is not None and isinstance(error, Exception) and _deliver(on_error, error):
            return
        # nobody asked, or the window that asked has closed: the person is still told
        # No personal data in the log: the type, not the message.
        log.error("background task failed: %s", type(error).__name__)
        self.failed.emit(self.describe(error))

    def describe(self, error: BaseException) -> str:
        """The message of a service's or the store's error (Italian, written for people),
        or, for anything unexpected, its type alone: its text may hold personal data."""
        message = getattr(error, "message", None)
        if isinstance(message, str) and message:
            return message
        return self.tr("The operation did not succeed (%1): nothing was saved.").replace(
            "%1", type(error).__name__
        )

    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                callback = self._done.get_nowait()
            except queue.Empty:
                return
            callback()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)


def _deliver(callback: Callable[[T], None], value: T) -> bool:
    """Calls `callback`; False when the window it answers closed while the work ran.

    A method, a partial of one or a signal of a closed window is not called at all.
    Any other callback (a lambda, a closure) is called, and the error Qt raises when it
    reaches a deleted widget ends it: the answer has nobody left to show it to. Judging
    a closure by every object it holds would drop answers for open windows too."""
    if not _receiver_alive(callback):
        return False
    try:
        callback(value)
    except RuntimeError as error:
        if not _deleted(error):
            raise
        log.debug("answer for a closed window dropped")
        return False
    return True


def _receiver_alive(callback: Callable[..., object]) -> bool:
    while isinstance(callback, partial):
        callback = callback.func
    receiver = getattr(callback, "__self__", None)
    if isinstance(receiver, QObject):
        return bool(shiboken6.isValid(receiver))
    return True


def _deleted(error: RuntimeError) -> bool:
    # shiboken's words for a wrapper whose C++ object is gone, or a signal whose sender is
    text = str(error)
    return "already deleted" in text or "has been deleted" in text
