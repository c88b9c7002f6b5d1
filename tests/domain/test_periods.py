"""Quarters as HR names them, across year ends."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.domain.periods import Quarter, parse_quarter
from welfare_desk.domain.problems import DomainError


@given(st.dates(date(1990, 1, 1), date(2100, 12, 31)))
def test_every_day_falls_in_its_quarter_and_quarters_tile_the_year(day: date) -> None:
    quarter = Quarter.of(day)
    assert quarter.first_day <= day <= quarter.last_day
    assert quarter.next().first_day == quarter.last_day + timedelta(days=1)
    assert quarter.next().previous() == quarter
    assert quarter.ended(quarter.last_day + timedelta(days=1))
    assert not quarter.ended(quarter.last_day)


def test_names_and_edges() -> None:
    q = parse_quarter("2026Q1")
    assert (q.first_day, q.last_day) == (date(2026, 1, 1), date(2026, 3, 31))
    assert q.previous() == Quarter(2025, 4) and q.previous().last_day == date(2025, 12, 31)
    assert q.label == "I trimestre 2026" and q.short_label == "I trim. 2026"
    assert parse_quarter(" 2024-q4 ").code == "2024Q4"
    assert Quarter(2024, 1).last_day == date(2024, 3, 31)


@pytest.mark.parametrize("text", ["2026Q5", "2026", "Q3", "26Q3", "", "2026Q3x"])
def test_a_wrong_quarter_says_how_to_write_it(text: str) -> None:
    with pytest.raises(DomainError, match="scrivilo come 2026Q3"):
        parse_quarter(text)
