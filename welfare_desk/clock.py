"""The desk's one clock: the day and the time in Europe/Rome, the programme's time zone.

Nothing else in the package reads the wall clock (a test enforces it). The application
builds one `Clock` at start and hands it to the store, whose units of work pass it to
every service; pages and documents ask the same clock. A clock can be moved to another
day (`--today`), for a welfare day tried in advance, for support and for tests, and a
test can start one at a fixed instant.

The store keeps technical stamps (created/updated, the journal) as naive UTC to the
millisecond, the same on SQLite and PostgreSQL; `stamp` writes them and `local` reads
them back as Rome time. Business dates (a voucher's day, a need's day, the day a report
was issued) are plain dates given by the caller, never derived from a stamp.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("Europe/Rome")


def _wall() -> datetime:
    return datetime.now(ZONE)


class Clock:
    """Today and now in Rome. `Clock.system()` follows the wall clock, `Clock.as_of(day)`
    follows it moved to another day, `Clock.starting(at)` starts at an instant and runs on
    with the machine's monotonic time (so two stamps still differ)."""

    def __init__(self, origin: datetime, *, ticking_from: float | None, shift: timedelta) -> None:
        if origin.tzinfo is None:
            raise ValueError("a clock starts at an aware instant")
        self._origin = origin.astimezone(ZONE)
        self._ticking_from = ticking_from
        self._shift = shift

    @classmethod
    def system(cls) -> Clock:
        return cls(_wall(), ticking_from=None, shift=timedelta(0))

    @classmethod
    def as_of(cls, day: date) -> Clock:
        """The wall clock moved by whole days so that today is `day`; time runs on."""
        wall = _wall()  # read once: a second read could fall on the next day
        return cls(wall, ticking_from=None, shift=timedelta(days=(day - wall.date()).days))

    @classmethod
    def starting(cls, at: datetime | date) -> Clock:
        """A clock that starts at `at` (a day means 10:00 in Rome) whatever the machine's
        clock says: for tests and for replaying a day."""
        if not isinstance(at, datetime):
            at = datetime(at.year, at.month, at.day, 10, 0, tzinfo=ZONE)
        elif at.tzinfo is None:
            at = at.replace(tzinfo=ZONE)
        return cls(at, ticking_from=time.monotonic(), shift=timedelta(0))

    def advance(self, by: timedelta) -> None:
        """Moves the clock on: a wait (a lockout, a deadline) is tried without waiting."""
        if self._ticking_from is not None:
            self._origin += by
        else:
            self._shift += by

    def now(self) -> datetime:
        """The time in Rome, aware."""
        if self._ticking_from is not None:
            elapsed = timedelta(seconds=time.monotonic() - self._ticking_from)
            return (self._origin.astimezone(UTC) + elapsed).astimezone(ZONE)
        # Shift by calendar days in Rome: 10:00 stays 10:00 across a change of summer time.
        wall = _wall()
        return (wall.replace(tzinfo=None) + self._shift).replace(tzinfo=ZONE).astimezone(ZONE)

    def today(self) -> date:
        return self.now().date()

    def wall_time(self) -> datetime:
        """Now as a naive Rome wall time, the way a contact's time is typed and kept."""
        return self.now().replace(tzinfo=None, microsecond=0)

    def stamp(self) -> datetime:
        """Now as the store keeps technical stamps: naive UTC to the millisecond."""
        now = self.now().astimezone(UTC).replace(tzinfo=None)
        return now.replace(microsecond=now.microsecond // 1000 * 1000)

    @property
    def moved(self) -> bool:
        """True when the clock does not say the real day (`--today`, a test, a replay)."""
        return self.today() != _wall().date()


def local(stamp: datetime) -> datetime:
    """A stored stamp (naive UTC, or aware) as an aware Rome time."""
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.astimezone(ZONE)


def stamp_of(wall_time: datetime) -> datetime:
    """A naive Rome wall time (a contact's) as a stored stamp, naive UTC: so that the two
    sort together in a timeline."""
    aware = wall_time if wall_time.tzinfo is not None else wall_time.replace(tzinfo=ZONE)
    return aware.astimezone(UTC).replace(tzinfo=None)


def unix_millis() -> int:
    """The real wall clock in milliseconds, for identifiers only: ids order by when they
    were made on any desk, so they never follow a moved day."""
    return time.time_ns() // 1_000_000
