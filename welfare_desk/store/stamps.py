"""The store's hybrid logical clock (#20): each change's journal row carries a stamp that
orders it among the changes of every desk, whatever their clocks say (`domain.hlc`).

One source per open store, shared by its units of work (the desk's store thread, a
command's one thread; a lock for any other). It starts from what the store already
holds, so that a desk restarted with its clock set back still stamps after its last
change: the newest journal row's id, a time-ordered UUID made from the same wall clock
as the stamps, and the newest stamp seen from another site (`SEEN_KEY`)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

from welfare_desk.clock import unix_millis
from welfare_desk.domain.hlc import Stamp, receive, tick

SITE_KEY = "site_id"
SEEN_KEY = "hlc_seen"  # the newest stamp brought in from another site, when ahead of ours

# What a source asks the store once, at its first stamp: (the site's id, the newest
# journal id or None, the text of the newest stamp seen from elsewhere or None).
Start = Callable[[], tuple[str, uuid.UUID | None, str | None]]


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


def _starting(site: str, newest: uuid.UUID | None, seen: str | None) -> Stamp:
    # one millisecond past the newest change: stamps made within it had counters
    last = Stamp(millis_of(newest) + 1, 0, site) if newest is not None else Stamp(0, 0, site)
    if seen:
        last = receive(last, Stamp.parse(seen), 0)
    return last
