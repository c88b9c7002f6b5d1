"""Art. 12 par. 3 GDPR: one month from receipt, three with the extension."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.domain.subject_rights import add_months, answer_due


def test_a_month_from_receipt_and_three_when_extended() -> None:
    assert answer_due(date(2026, 12, 4), False) == date(2027, 1, 4)
    assert answer_due(date(2026, 12, 4), True) == date(2027, 3, 4)
    assert answer_due(date(2027, 1, 31), False) == date(2027, 2, 28)
    assert answer_due(date(2028, 1, 31), False) == date(2028, 2, 29)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 24))
def test_months_later_is_never_earlier_and_never_past_the_month(day: date, months: int) -> None:
    later = add_months(day, months)
    assert later >= day
    assert (later.year - day.year) * 12 + later.month - day.month == months
    assert later.day <= day.day
    if later.day < day.day:  # clipped to the month's last day
        assert (later + timedelta(days=1)).day == 1
