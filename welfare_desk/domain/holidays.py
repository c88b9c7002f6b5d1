"""Sundays and the national holidays (reference data: db/reference/holidays.json), so that
a deadline that falls on one is said."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


@dataclass(frozen=True)
class Holidays:
    fixed: Sequence[tuple[int, int, str, int]]  # month, day, name, first year
    easter_monday: str

    def name_of(self, day: date) -> str | None:
        """What makes `day` a day off: «domenica», a holiday's name, or both."""
        names = ["domenica"] if day.weekday() == 6 else []
        names += [
            name
            for month, dom, name, since in self.fixed
            if (day.month, day.day) == (month, dom) and day.year >= since
        ]
        if day == easter(day.year) + timedelta(days=1):
            names.append(self.easter_monday)
        return ", ".join(names) or None


def holidays_from(data: Mapping[str, Any]) -> Holidays:
    fixed = []
    for row in data["fixed"]:
        month, day = (int(part) for part in str(row["date"]).split("-"))
        fixed.append((month, day, str(row["name"]), int(row.get("from", 1))))
    return Holidays(tuple(fixed), str(data["easter_monday"]))
