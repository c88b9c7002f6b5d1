"""The quarterly summary for HR, as printed: sections of rows of counts already perturbed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from welfare_desk.domain.periods import Quarter


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    now: str
    before: str
    change: str

    @property
    def value(self) -> int | None:
        """The figure as a number when it is printed as one: charts draw only these."""
        return int(self.now) if self.now.isdigit() else None


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    rows: tuple[Row, ...]
    total: Row | None = None
    chart: bool = False  # worth a bar chart: a distribution over several labels
    headers: tuple[str, str, str, str] | None = None  # the columns, when not the usual

    @property
    def drawn(self) -> bool:
        """A chart is drawn where it shows a distribution: one bar says no more than the
        table beside it."""
        return self.chart and sum(1 for r in self.rows if r.value) >= 2


@dataclass(frozen=True, slots=True)
class QuarterlyReport:
    quarter: Quarter
    employer: str  # the employer's name, or "Tutte le aziende"
    provisional: bool  # the quarter is still running: figures will change
    frozen_on: date | None  # when the figures were first issued
    previous: Quarter
    sections: tuple[Section, ...]
    notes: tuple[str, ...]
    as_of: date  # the day it was asked as of: a provisional summary's figures are of it
    issue: int = 1  # 2 and on: a reissue, which replaces the earlier ones
    programme: str = ""  # its name, and who to ask
    contact: str = ""
    definitions: tuple[tuple[str, str], ...] = ()  # (term, what it counts)
