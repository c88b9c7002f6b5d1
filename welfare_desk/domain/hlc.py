"""Hybrid logical clock: the order of changes made on desks whose clocks disagree (#20).

A stamp is (physical milliseconds, counter, site). Each desk stamps its changes from the
last stamp it made or saw and the wall time it is given: stamps only grow, a change seen
from elsewhere is always older than the next one made here, and while the clocks agree
the physical part stays within their error of real time (Kulkarni et al., «Logical
Physical Clocks», 2014). Ties are broken by the site, so every desk orders every pair
of changes the same way. The wall time is passed in: this module reads no clock.
"""

from __future__ import annotations

from dataclasses import dataclass

# The hub accepts no stamp further than this in its own future (a desk's clock set
# ahead by a year would otherwise win every conflict for a year).
MAX_AHEAD_MS = 5 * 60 * 1000
_WIDTH = 13  # digits of milliseconds since 1970, enough until the year 2286
_COUNTER = 6
_MAX_PHYSICAL = 10**_WIDTH - 1
_MAX_COUNTER = 10**_COUNTER - 1


@dataclass(frozen=True, order=True, slots=True)
class Stamp:
    physical: int  # milliseconds since 1970-01-01 UTC
    counter: int
    site: str

    def __post_init__(self) -> None:
        # outside these bounds the text would no longer sort as the stamps do
        if not 0 <= self.physical <= _MAX_PHYSICAL or not 0 <= self.counter <= _MAX_COUNTER:
            raise ValueError(f"clock stamp out of range: {self.physical}, {self.counter}")

    def text(self) -> str:
        """The stamp as text that sorts as the stamps do (for a database column)."""
        return f"{self.physical:0{_WIDTH}d}.{self.counter:0{_COUNTER}d}.{self.site}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        physical, counter, site = text.split(".", 2)
        if len(physical) != _WIDTH or len(counter) != _COUNTER or not site:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(physical), int(counter), site)


def zero(site: str) -> Stamp:
    return Stamp(0, 0, site)


def _after(physical: int, counter: int, site: str) -> Stamp:
    """(physical, counter + 1), or the next millisecond once the counter is full: a run of
    a million changes within one millisecond moves the clock on rather than overflow."""
    if counter < _MAX_COUNTER:
        return Stamp(physical, counter + 1, site)
    return Stamp(physical + 1, 0, site)


def tick(last: Stamp, wall_ms: int) -> Stamp:
    """The stamp of a change made here, after `last` (the latest made or seen here)."""
    if wall_ms > last.physical:
        return Stamp(wall_ms, 0, last.site)
    return _after(last.physical, last.counter, last.site)


def receive(last: Stamp, seen: Stamp, wall_ms: int) -> Stamp:
    """What this site's clock becomes on seeing `seen` from another site: after both."""
    physical = max(last.physical, seen.physical, wall_ms)
    if physical == last.physical == seen.physical:
        return _after(physical, max(last.counter, seen.counter), last.site)
    if physical == last.physical:
        return _after(physical, last.counter, last.site)
    if physical == seen.physical:
        return _after(physical, seen.counter, last.site)
    return Stamp(physical, 0, last.site)


def clamped(seen: Stamp, hub_wall_ms: int, last: Stamp | None = None) -> Stamp:
    """A stamp as the hub records it: never more than MAX_AHEAD_MS ahead of the hub.

    `last` is the stamp the hub recorded for the same site's previous change. Stamps
    brought back to the limit are counted on from it, so that a desk's changes keep the
    order the desk made them in rather than collapsing onto one stamp."""
    limit = hub_wall_ms + MAX_AHEAD_MS
    if seen.physical <= limit:
        return seen
    if last is not None and last.physical >= limit:
        return _after(last.physical, last.counter, seen.site)
    return Stamp(limit, 0, seen.site)
