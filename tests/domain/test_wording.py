"""#17: a count is said as Italian says it: «1 giorno», «2 giorni», «1.234 lavoratori»."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.domain.wording import how_many


def test_one_is_singular_and_the_rest_plural() -> None:
    assert how_many(1, "posto libero", "posti liberi") == "1 posto libero"
    assert how_many(0, "posto libero", "posti liberi") == "0 posti liberi"
    assert how_many(2, "giorno", "giorni") == "2 giorni"
    assert how_many(1234, "lavoratore", "lavoratori") == "1.234 lavoratori"
    assert how_many(1_000_000, "riga", "righe") == "1.000.000 righe"


@given(st.integers(min_value=0, max_value=10**9))
def test_the_digits_read_back_as_the_number(n: int) -> None:
    said = how_many(n, "riga", "righe")
    digits, word = said.split(" ")
    assert int(digits.replace(".", "")) == n
    assert word == ("riga" if n == 1 else "righe")


def test_a_single_free_place_is_said_in_the_singular() -> None:
    """«1 posti liberi su 10» was in the reasons a service fits."""
    from welfare_desk.domain.matching import places_reason

    assert places_reason(1, 10) == "1 posto libero su 10"
    assert places_reason(4, 10) == "4 posti liberi su 10"


def test_one_smart_working_day_is_said_in_the_singular() -> None:
    import uuid
    from datetime import date

    import pytest

    from welfare_desk.errors import InvalidInput
    from welfare_desk.requests.smart_working import SwInput, validate

    with pytest.raises(InvalidInput) as refused:
        validate(SwInput(uuid.uuid4(), 1, (0, 2), date(2027, 1, 4)))
    assert "per 1 giorno di lavoro agile" in refused.value.message
