"""The store's hybrid logical clock (#20): each change's journal row carries a stamp that
orders it among the changes of every desk, whatever their clocks say (`domain.hlc`).

One source per open store, shared by its units of work (a lock for threads). Each
stamp comes after the newest stamp the store holds, whoever made it: another desk on
the same PostgreSQL store, a command on the same file, this desk before a restart with
its clock set back (read from an index, one statement a flush). Stamps follow the
order changes were made in, not the order they were committed in: what a desk has to
send is found by the journal's own order, never by stamps."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

from welfare_desk.clock import unix_millis
from welfare_desk.domain.hlc import Stamp, receive, tick

SITE_KEY = "site_id"


def millis_of(made: uuid.UUID) -> int:
    """The wall time a version 7 UUID was made at (its first 48 bits)."""
    return made.int >> 80


class StampSource:
    def __init__(self, wall_ms: Callable[[], int] = unix_millis) -> None:
        self._wall_ms = wall_ms
        self._last: Stamp | None = None
        self._lock = threading.Lock()

    def next(self, site: str, newest: Stamp | None) -> Stamp:
        """The stamp of a change made now, after `newest`, the store's newest stamp (made
        by any desk on it, before or after this one started)."""
        with self._lock:
            last = self._last or Stamp(0, 0, site)
            wall = self._wall_ms()
            self._last = receive(last, newest, wall) if newest is not None else tick(last, wall)
            return self._last


def floor_of(site: str, newest_id: uuid.UUID) -> Stamp:
    """Where a store whose changes predate stamps starts: one millisecond past its newest
    change, whose id is a time-ordered UUID made from the same wall clock."""
    return Stamp(millis_of(newest_id) + 1, 0, site)
