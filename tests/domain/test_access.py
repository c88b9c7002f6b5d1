"""Who may sign in: the roles, a password good enough for special-category data, and a
lockout that grows with each failure after the first few."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.domain.access import (
    FREE_ATTEMPTS,
    MAX_DELAY,
    Role,
    lockout_delay,
    login_key,
    password_problems,
)


def test_the_first_failures_cost_nothing_then_the_wait_grows() -> None:
    assert [lockout_delay(n) for n in range(FREE_ATTEMPTS)] == [timedelta(0)] * FREE_ATTEMPTS
    assert lockout_delay(FREE_ATTEMPTS) == timedelta(seconds=30)
    assert lockout_delay(FREE_ATTEMPTS + 1) == timedelta(seconds=60)
    assert lockout_delay(100) == MAX_DELAY


@given(st.integers(min_value=0, max_value=10_000))
def test_the_wait_never_shrinks_and_never_passes_its_cap(failures: int) -> None:
    assert lockout_delay(failures) <= lockout_delay(failures + 1) <= MAX_DELAY


def test_a_password_says_what_to_fix() -> None:
    assert password_problems("corta", "gferri") == ["La password deve avere almeno 10 caratteri."]
    assert password_problems("gferri2026!!", "gferri") == [
        "La password non deve contenere il nome utente."
    ]
    assert password_problems("aaaaaaaaaaaa", "gferri") == [
        "La password non deve ripetere un solo carattere."
    ]
    assert password_problems("Nido d'infanzia 2026", "gferri") == []


def test_logins_are_compared_as_typed_without_case_or_spaces() -> None:
    assert login_key("  GFerri ") == "gferri"
    assert Role("hr_analyst") is Role.HR_ANALYST
