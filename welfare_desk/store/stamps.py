"""The store's hybrid logical clock (#20): each change's journal row carries a stamp that
orders it among the changes of every desk, whatever their clocks say (`domain.hlc`).

One source per open store, shared by its units of work (the desk's store thread, a
command's one thread; a lock for any other). It starts from what the store already
holds, so that a desk restarted with its clock set back still stamps after its last
change: the newest journal row's id, a time-ordered UUID made from the same wall clock
as the stamps. (Stamps brought in from other sites will move it on too, with the pull
that brings them.)"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

from welfare_desk.clock import unix_millis
from welfare_desk.domain.hlc import Stamp, tick

SITE_KEY = "site_id"

# What a source asks the store once, at its first stamp: the site's id and the newest
# journal id (None in a store with no changes yet).
Start = Callable[[], tuple[str, uuid.UUID | None]]


def millis_of(made: uuid.UUID) -> int:
    """The wall time a version 7 UUID was made at (its first 48 bits)."""
    return made.int >> 80


class StampSource:
    def __init__(self, wall_ms: Callable[[], int] = unix_millis) -> None:
        self._wall_ms = wall_ms
        self._last: Stamp | None = None
        self._lock = threading.Lock()

    def next(self, start: Start) -> Stamp:
        """The stamp of a change made now; `start` is asked only the first time."""
        with self._lock:
            if self._last is None:
                self._last = _starting(*start())
            self._last = tick(self._last, self._wall_ms())
            return self._last


def _starting(site: str, newest: uuid.UUID | None) -> Stamp:
    # one millisecond past the newest change: stamps made within it had counters
    return Stamp(millis_of(newest) + 1, 0, site) if newest is not None else Stamp(0, 0, site)
