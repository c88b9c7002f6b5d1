"""The f-ter beneficiary at its age boundary, and the welfare-credit top-up, for every day."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.domain.dates import age_on
from welfare_desk.domain.household import Disability
from welfare_desk.domain.voucher_rules import FTER_AGE, fter_problem, top_up_problem


@given(
    born=st.dates(date(1900, 1, 1), date(2020, 12, 31)),
    on=st.dates(date(2020, 1, 1), date(2035, 12, 31)),
    disability=st.sampled_from(list(Disability)),
    allowance=st.booleans(),
)
def test_f_ter_holds_from_the_75th_birthday_or_when_not_self_sufficient(
    born: date, on: date, disability: Disability, allowance: bool
) -> None:
    allowed = fter_problem("Ida", born, disability, allowance, on) is None
    expected = age_on(born, on) >= FTER_AGE or disability is Disability.ART3_C3 or allowance
    assert allowed == expected


@given(pays=st.integers(0, 10**7), value=st.integers(1, 10**7))
def test_a_top_up_is_refused_exactly_when_the_voucher_is_short(pays: int, value: int) -> None:
    assert (top_up_problem("Campus", pays, value) is None) == (value >= pays)
