"""Sundays and national holidays, for deadlines that fall on one."""

from __future__ import annotations

from datetime import date

import pytest

from welfare_desk.domain.holidays import easter
from welfare_desk.reference import holidays


@pytest.mark.parametrize(
    ("year", "sunday"),
    [
        (2024, date(2024, 3, 31)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2028, date(2028, 4, 16)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter_sunday(year: int, sunday: date) -> None:
    assert easter(year) == sunday


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2027, 12, 26), "domenica, Santo Stefano"),
        (date(2027, 3, 29), "Lunedì dell'Angelo"),
        (date(2027, 10, 4), "San Francesco d'Assisi"),
        (date(2025, 10, 4), None),  # a Saturday, and before L. 151/2025
        (date(2027, 6, 2), "Festa della Repubblica"),
        (date(2027, 1, 16), None),  # a Saturday is a working day for the portal
    ],
)
def test_days_off_are_named(day: date, name: str | None) -> None:
    assert holidays().name_of(day) == name
