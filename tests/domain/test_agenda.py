"""Due dates around week, month and year ends."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.domain.agenda import Due, days_text, due_class, week_end


def test_weeks_end_on_sunday_across_month_and_year_ends() -> None:
    assert week_end(date(2026, 11, 30)) == date(2026, 12, 6)  # Monday 30 November
    assert week_end(date(2026, 12, 31)) == date(2027, 1, 3)  # Thursday 31 December
    assert week_end(date(2028, 2, 28)) == date(2028, 3, 5)  # leap February
    assert week_end(date(2026, 11, 29)) == date(2026, 11, 29)  # a Sunday is its own end


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(min_value=-40, max_value=40),
)
def test_each_due_date_has_exactly_one_place(today: date, offset: int) -> None:
    due = today + timedelta(days=offset)
    kind = due_class(due, today)
    assert (kind is Due.OVERDUE) == (offset < 0)
    assert (kind is Due.TODAY) == (offset == 0)
    assert (kind is Due.THIS_WEEK) == (offset > 0 and due <= week_end(today))
    assert week_end(today).weekday() == 6 and 0 <= (week_end(today) - today).days <= 6


def test_days_are_told_in_italian() -> None:
    today = date(2026, 11, 30)
    assert days_text(today, today) == "scade oggi"
    assert days_text(today + timedelta(days=1), today) == "scade domani"
    assert days_text(today + timedelta(days=5), today) == "scade tra 5 giorni"
    assert days_text(today - timedelta(days=1), today) == "scaduto ieri"
    assert days_text(today - timedelta(days=3), today) == "scaduto da 3 giorni"
