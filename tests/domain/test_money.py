"""Amounts as an Italian office writes them, exact to the cent."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.domain.money import MAX_CENTS, format_euro, parse_euro
from welfare_desk.domain.problems import DomainError


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1.234,56", 123456),
        ("1234,56", 123456),
        ("1234.56", 123456),
        ("€ 80", 8000),
        ("80 €", 8000),
        ("169.952", 16995200),
        ("12,5", 1250),
        ("0", 0),
        (80, 8000),
        (12.5, 1250),
    ],
)
def test_amounts_people_write_are_read(text: object, cents: int) -> None:
    assert parse_euro(text) == cents


@pytest.mark.parametrize("text", ["", "dodici", "1,2,3", "-5", "12,345", True])
def test_nonsense_is_refused_in_italian(text: object) -> None:
    with pytest.raises(DomainError) as refused:
        parse_euro(text)
    assert "importo" in refused.value.message


def test_amounts_print_with_dots_commas_and_the_euro_sign() -> None:
    assert format_euro(16995200) == "169.952,00 €"
    assert format_euro(5) == "0,05 €"
    assert format_euro(-123456) == "-1.234,56 €"


@given(st.integers(min_value=0, max_value=MAX_CENTS))
def test_what_is_printed_reads_back_the_same(cents: int) -> None:
    assert parse_euro(format_euro(cents)) == cents
