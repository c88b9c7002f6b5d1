"""Dates as HR files write them, ages, and plausible birth dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from welfare_desk.domain.dates import (
    DateFormatError,
    age_on,
    check_birth_date,
    months_on,
    parse_date,
)

FAST = settings(max_examples=200, deadline=None, database=None)

four_digit_year_dates = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))
birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31))


def birthday(birth: date, years: int) -> date:
    """The day `birth` turns `years` old: 1 March for a 29 February in a common year."""
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:
        return date(birth.year + years, 3, 1)


def day_before(day: date) -> date:
    return day - timedelta(days=1)


# --- parse_date ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "07/03/1985",
        "7/3/1985",
        "07.03.1985",
        "07-03-1985",
        "1985-03-07",
        "1985-3-7",
        "1985-03-07T00:00:00",
        "1985-03-07 14:30",
        "  07/03/1985 ",
    ],
)
def test_parse_date_text_formats(text: str) -> None:
    assert parse_date(text) == date(1985, 3, 7)


def test_day_comes_before_month() -> None:
    assert parse_date("01/02/2020") == date(2020, 2, 1)


def test_parse_date_objects() -> None:
    assert parse_date(date(1985, 3, 7)) == date(1985, 3, 7)
    assert parse_date(datetime(1985, 3, 7, 23, 59)) == date(1985, 3, 7)


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        # Hand count: 30/12/1899 + 2 days = 01/01/1900; + 80 years of 365 days and
        # 19 leap days (1904..1976) = 29 219 days more.
        (29221, date(1980, 1, 1)),
        (29221.75, date(1980, 1, 1)),  # a time of day does not move the date
        (36526, date(2000, 1, 1)),  # 29 221 + 20 * 365 + 5 leap days (1980..1996)
        (45658, date(2025, 1, 1)),  # 36 526 + 25 * 365 + 7 leap days (2000..2024)
        (61, date(1900, 3, 1)),  # first day after Excel's phantom 29/02/1900
        (59, date(1900, 2, 28)),
        (1, date(1900, 1, 1)),
        (2958465, date(9999, 12, 31)),  # Excel's last day
    ],
)
def test_parse_excel_serial(serial: float, expected: date) -> None:
    assert parse_date(serial) == expected


@pytest.mark.parametrize("serial", [0, -1, 0.5, 60, 2958466, float("nan"), float("inf")])
def test_excel_serials_that_are_not_dates(serial: float) -> None:
    with pytest.raises(DateFormatError, match=r"non è una data|non esiste"):
        parse_date(serial)


def test_booleans_are_not_serials() -> None:
    with pytest.raises(DateFormatError, match="non è una data"):
        parse_date(True)


@pytest.mark.parametrize("text", ["07/03/85", "7/3/85", "07.03.85", "07-03-985"])
def test_short_years_are_refused(text: str) -> None:
    with pytest.raises(DateFormatError, match="cifre") as refused:
        parse_date(text)
    assert "gg/mm/aaaa" in refused.value.args[0]


@pytest.mark.parametrize(
    "text", ["31/02/2020", "29/02/2019", "2019-02-29", "00/01/2020", "01/13/2020", "31/04/2021"]
)
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(DateFormatError, match="non è una data esistente"):
        parse_date(text)


def test_29_february_of_a_leap_year_is_accepted() -> None:
    assert parse_date("29/02/2020") == date(2020, 2, 29)


@pytest.mark.parametrize("text", ["ieri", "07/03", "1985/03/07", "7 marzo 1985", "07/03/19855"])
def test_unreadable_text_shows_the_expected_format(text: str) -> None:
    with pytest.raises(DateFormatError, match="gg/mm/aaaa"):
        parse_date(text)


def test_empty_date() -> None:
    with pytest.raises(DateFormatError, match="vuota"):
        parse_date("   ")


@FAST
@given(day=four_digit_year_dates)
def test_round_trip_through_italian_text(day: date) -> None:
    assert parse_date(day.strftime("%d/%m/%Y")) == day
    assert parse_date(f"{day.day}/{day.month}/{day.year}") == day
    assert parse_date(day.strftime("%d.%m.%Y")) == day
    assert parse_date(day.strftime("%d-%m-%Y")) == day
    assert parse_date(day.isoformat()) == day


@FAST
@given(day=st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_excel_serials_count_days(day: date) -> None:
    serial = (day - date(1900, 3, 1)).days + 61
    assert parse_date(serial) == day


# --- ages ----------------------------------------------------------------------------


@FAST
@given(birth=birth_dates, years=st.integers(1, 120))
def test_age_goes_up_on_the_birthday_not_the_day_before(birth: date, years: int) -> None:
    turns = birthday(birth, years)
    assert age_on(birth, turns) == years
    assert age_on(birth, day_before(turns)) == years - 1


@pytest.mark.parametrize(
    ("on", "age"),
    [
        (date(2001, 2, 28), 0),
        (date(2001, 3, 1), 1),  # common year: 1 March
        (date(2003, 2, 28), 2),
        (date(2003, 3, 1), 3),
        (date(2004, 2, 28), 3),
        (date(2004, 2, 29), 4),  # leap year: the birthday itself
    ],
)
def test_29_february_birthdays(on: date, age: int) -> None:
    assert age_on(date(2000, 2, 29), on) == age


@pytest.mark.parametrize(
    ("birth", "on", "months"),
    [
        (date(2024, 1, 15), date(2024, 6, 14), 4),
        (date(2024, 1, 15), date(2024, 6, 15), 5),
        (date(2024, 12, 1), date(2025, 1, 1), 1),
        (date(2024, 1, 15), date(2024, 1, 20), 0),
    ],
)
def test_months_on(birth: date, on: date, months: int) -> None:
    assert months_on(birth, on) == months


# --- plausible birth dates -----------------------------------------------------------


@FAST
@given(today=st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)))
def test_birth_in_the_future_is_refused(today: date) -> None:
    tomorrow = today + timedelta(days=1)
    for worker in (True, False):
        problems = check_birth_date(tomorrow, today, worker=worker)
        assert [p.code for p in problems] == ["date.future"]
        assert problems[0].message == f"La data di nascita {tomorrow:%d/%m/%Y} è nel futuro."
    assert check_birth_date(today, today, worker=False) == []


@FAST
@given(birth=birth_dates)
def test_worker_aged_15_to_90_is_accepted(birth: date) -> None:
    turns_15 = birthday(birth, 15)
    last_day_at_90 = day_before(birthday(birth, 91))
    assert check_birth_date(birth, turns_15, worker=True) == []
    assert check_birth_date(birth, last_day_at_90, worker=True) == []


@FAST
@given(birth=birth_dates)
def test_worker_aged_14_or_91_is_refused(birth: date) -> None:
    for today, age in ((day_before(birthday(birth, 15)), 14), (birthday(birth, 91), 91)):
        problems = check_birth_date(birth, today, worker=True, field="data_nascita")
        assert [(p.code, p.field) for p in problems] == [("date.worker_age", "data_nascita")]
        message = problems[0].message
        assert f"La data di nascita {birth:%d/%m/%Y}" in message
        assert f"avrebbe {age} anni" in message
        assert "da 15 a 90" in message
        # Not a worker (a family member): the same age is fine.
        assert check_birth_date(birth, today, worker=False) == []


def test_person_older_than_120_is_refused() -> None:
    birth = date(1900, 5, 10)
    assert check_birth_date(birth, date(2021, 5, 9), worker=False) == []  # 120
    problems = check_birth_date(birth, date(2021, 5, 10), worker=False)  # 121
    assert [p.code for p in problems] == ["date.too_old"]
    assert "10/05/1900" in problems[0].message
    assert "avrebbe 121 anni" in problems[0].message
