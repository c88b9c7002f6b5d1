"""The codice fiscale against the Belfiore list and the Agenzia's omocodia order, and a
birth year read from the code alone: two digits, a century chosen by the relation."""

from __future__ import annotations

from datetime import date

import pytest

from welfare_desk.domain.codice_fiscale import (
    encode,
    omocode,
    omocode_order_problems,
    place_problems,
)
from welfare_desk.domain.household import Relation, birth_from_code
from welfare_desk.domain.problems import Severity
from welfare_desk.reference import belfiore

WORKER_BORN = date(1980, 1, 1)


@pytest.mark.parametrize("place", ["Z999", "A000"])
def test_a_place_that_is_no_municipality_or_state_is_refused(place: str) -> None:
    code = encode("Rossi", "Mario", date(1980, 1, 1), "M", place)
    (problem,) = place_problems(code, belfiore(), None)
    assert problem.severity is Severity.ERROR
    assert f"«{place}»" in problem.message
    assert "aggiornato al 08/05/2026" in problem.message


@pytest.mark.parametrize(
    ("place", "born"),
    [("F205", date(1980, 1, 1)), ("Z110", date(1990, 5, 5)), ("A001", date(1920, 3, 3))],
)
def test_municipalities_and_states_of_the_list_are_accepted(place: str, born: date) -> None:
    code = encode("Rossi", "Mario", born, "M", place)
    assert place_problems(code, belfiore(), born) == []


def test_a_municipality_that_did_not_exist_on_the_birth_day_is_a_warning() -> None:
    # A001 was «Abano» until 13/11/1924 and «Abano Terme» since: always a municipality;
    # Z105, Czechoslovakia, ceased on 1/1/1993
    code = encode("Novak", "Jan", date(1998, 4, 4), "M", "Z105")
    (problem,) = place_problems(code, belfiore(), date(1998, 4, 4))
    assert problem.severity is Severity.WARNING
    assert "Cecoslovacchia" in problem.message and "31/12/1992" in problem.message


def test_omocodia_out_of_the_agenzia_s_order_is_a_warning() -> None:
    code = encode("Rossi", "Mario", date(1980, 1, 1), "M", "F205")
    for level in range(8):
        assert omocode_order_problems(omocode(code, level)) == []
    # the year's last digit replaced while the place's digits were not: not the Agenzia's
    chars = list(code)
    chars[7] = "M"  # 0 → L, 1 → M … the year 80 becomes 8M
    first15 = "".join(chars[:15])
    from welfare_desk.domain.codice_fiscale import check_character

    odd = first15 + check_character(first15)
    (problem,) = omocode_order_problems(odd)
    assert problem.severity is Severity.WARNING
    assert "ordine" in problem.message


@pytest.mark.parametrize(
    ("relation", "decoded", "expected", "words"),
    [
        (Relation.GRANDPARENT, date(2025, 6, 10), date(1925, 6, 10), "per nonno/a vale il 1925"),
        (Relation.PARENT, date(2010, 2, 2), date(1910, 2, 2), "per genitore vale il 1910"),
        (Relation.CHILD, date(2015, 5, 4), date(2015, 5, 4), "ricavata dal codice fiscale"),
        (Relation.PARTNER, date(1982, 7, 7), date(1982, 7, 7), "ricavata dal codice fiscale"),
    ],
)
def test_the_century_of_a_birth_from_the_code_alone_follows_the_relation(
    relation: Relation, decoded: date, expected: date, words: str
) -> None:
    born, warning = birth_from_code(decoded, relation, WORKER_BORN)
    assert born == expected
    assert words in warning and f"{expected:%d/%m/%Y}" in warning
