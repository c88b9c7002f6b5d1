"""Reporting periods: quarters as HR names them ("2026Q3"), and their days."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from welfare_desk.domain.problems import DomainError

_QUARTER = re.compile(r"^\s*(\d{4})\s*[-/ ]?\s*[Qq]([1-4])\s*$")
ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True, slots=True, order=True)
class Quarter:
    year: int
    number: int  # 1..4

    @property
    def code(self) -> str:
        return f"{self.year}Q{self.number}"

    @property
    def label(self) -> str:
        return f"{ROMAN[self.number - 1]} trimestre {self.year}"

    @property
    def short_label(self) -> str:
        return f"{ROMAN[self.number - 1]} trim. {self.year}"

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def next(self) -> Quarter:
        return (
            Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)
        )

    def previous(self) -> Quarter:
        return (
            Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)
        )

    def ended(self, today: date) -> bool:
        return today > self.last_day

    @staticmethod
    def of(day: date) -> Quarter:
        return Quarter(day.year, (day.month - 1) // 3 + 1)


def parse_quarter(text: str) -> Quarter:
    """ "2026Q3", "2026-Q3", "2026 q3"; anything else is refused with the expected form."""
    match = _QUARTER.match(text or "")
    if not match or not 1900 < int(match.group(1)) < 3000:
        raise DomainError(
            "quarter", f"Trimestre «{text}» non valido: scrivilo come 2026Q3 (anno, Q, da 1 a 4)."
        )
    return Quarter(int(match.group(1)), int(match.group(2)))
