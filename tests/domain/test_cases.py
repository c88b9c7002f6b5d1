"""The case workflow: every allowed and every refused transition, closure, numbers."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.domain.cases import (
    TRANSITIONS,
    CaseStatus,
    ClosingReason,
    GoalAtClosure,
    GoalOutcome,
    case_number,
    check_closure,
    check_transition,
    open_statuses,
)
from welfare_desk.domain.problems import DomainError

ALLOWED = {
    ("open", "assessment"),
    ("open", "closed"),
    ("assessment", "plan_active"),
    ("assessment", "closed"),
    ("plan_active", "monitoring"),
    ("plan_active", "assessment"),
    ("plan_active", "closed"),
    ("monitoring", "plan_active"),
    ("monitoring", "closed"),
    ("closed", "open"),
}


@pytest.mark.parametrize(
    ("current", "wanted"),
    list(itertools.product(CaseStatus, CaseStatus)),
    ids=lambda s: s.value,
)
def test_every_transition_is_allowed_or_refused_with_a_reason(
    current: CaseStatus, wanted: CaseStatus
) -> None:
    if (current.value, wanted.value) in ALLOWED:
        check_transition(current, wanted)
        return
    with pytest.raises(DomainError) as refused:
        check_transition(current, wanted)
    message = refused.value.message
    assert message.endswith(".")
    assert "percorso" in message.lower()


def test_the_method_can_be_walked_from_opening_to_closing_and_back() -> None:
    path = [
        CaseStatus.OPEN,
        CaseStatus.ASSESSMENT,
        CaseStatus.PLAN_ACTIVE,
        CaseStatus.MONITORING,
        CaseStatus.CLOSED,
        CaseStatus.OPEN,
    ]
    for current, wanted in itertools.pairwise(path):
        check_transition(current, wanted)


def test_a_refusal_says_what_to_do_instead() -> None:
    with pytest.raises(DomainError) as refused:
        check_transition(CaseStatus.OPEN, CaseStatus.MONITORING)
    assert refused.value.message == (
        "Un percorso «aperto» non può passare a «in monitoraggio»: avvia prima la valutazione."
    )


@given(st.lists(st.integers(min_value=0, max_value=10), max_size=40))
def test_any_walk_along_allowed_moves_is_accepted(choices: list[int]) -> None:
    """Whatever a case lives through, each allowed step is accepted, and a closed case is
    the only one not counted as open."""
    status = CaseStatus.OPEN
    for choice in choices:
        options = sorted(TRANSITIONS[status])
        wanted = options[choice % len(options)]
        check_transition(status, wanted)
        status = wanted
        assert (status in open_statuses()) == (status is not CaseStatus.CLOSED)


def test_closure_needs_a_reason_and_every_goal_outcome() -> None:
    goals = [
        GoalAtClosure("Nido per Giulia", GoalOutcome.REACHED),
        GoalAtClosure("Orario flessibile", None),
    ]
    with pytest.raises(DomainError, match="motivo della chiusura"):
        check_closure(goals, None)
    with pytest.raises(DomainError, match="«Orario flessibile»"):
        check_closure(goals, ClosingReason.GOALS_MET)
    check_closure([GoalAtClosure("Nido per Giulia", GoalOutcome.PARTLY)], ClosingReason.OTHER)


def test_case_numbers_read_as_the_programme_writes_them() -> None:
    assert case_number("SP01", 2026, 42) == "SP01-2026-0042"
    assert case_number("SP12", 2027, 12345) == "SP12-2027-12345"
