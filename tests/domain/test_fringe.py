"""Fringe-benefit thresholds per year and the warnings before crossing them."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.domain.fringe import FringeLevel, check, threshold_for, thresholds_from
from welfare_desk.reference import reference_dir

TABLE = thresholds_from(
    json.loads((reference_dir() / "fringe_thresholds.json").read_text(encoding="utf-8"))
)


def test_2025_to_2027_are_1000_or_2000_with_dependent_children() -> None:
    for year in (2025, 2026, 2027):
        assert threshold_for(year, TABLE).for_worker(False) == 100_000
        assert threshold_for(year, TABLE).for_worker(True) == 200_000
        assert "L. 207/2024" in TABLE[year].source


def test_a_year_not_in_the_table_takes_the_latest_known_rule() -> None:
    assert threshold_for(2031, TABLE) == TABLE[2028]
    assert threshold_for(2010, TABLE) == TABLE[min(TABLE)]


def test_the_warning_says_the_whole_amount_is_taxed() -> None:
    result = check(2026, 90_000, 20_000, False, TABLE)
    assert result.level is FringeLevel.OVER
    assert result.message == (
        "Fringe benefit 2026: con questo voucher si arriva a 1.100,00 €, oltre la soglia di "
        "1.000,00 €. Oltre la soglia l'intero importo diventa reddito tassato, non solo "
        "l'eccedenza."
    )
    assert check(2026, 90_000, 20_000, True, TABLE).level is FringeLevel.WITHIN
    assert check(2026, 70_000, 10_000, False, TABLE).level is FringeLevel.NEAR
    assert check(2026, 100_000, 0, False, TABLE).level is FringeLevel.NEAR


@given(
    year=st.integers(min_value=2020, max_value=2035),
    used=st.integers(min_value=0, max_value=400_000),
    adding=st.integers(min_value=0, max_value=400_000),
    children=st.booleans(),
)
def test_over_exactly_when_the_total_passes_the_threshold(
    year: int, used: int, adding: int, children: bool
) -> None:
    result = check(year, used, adding, children, TABLE)
    limit = threshold_for(year, TABLE).for_worker(children)
    assert (result.level is FringeLevel.OVER) == (used + adding > limit)
    if result.level is FringeLevel.WITHIN:
        assert (used + adding) < limit * 0.8


@pytest.mark.parametrize(
    ("day", "years"),
    [
        (date(2027, 1, 1), (2027, 2026)),
        (date(2027, 1, 12), (2027, 2026)),
        (date(2027, 1, 13), (2027,)),
        (date(2026, 12, 31), (2026,)),
        (date(2027, 2, 10), (2027,)),
    ],
)
def test_by_12_january_a_benefit_may_count_for_the_year_before(
    day: date, years: tuple[int, ...]
) -> None:
    from welfare_desk.domain.fringe import tax_years

    assert tax_years(day) == years
