"""Smart working: the legal priority at its age boundaries, the workflow, notices."""

from __future__ import annotations

import itertools
import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.domain.dates import age_on
from welfare_desk.domain.household import Disability, Relation
from welfare_desk.domain.problems import DomainError
from welfare_desk.domain.smart_working import (
    L68_LABELS,
    SW_TRANSITIONS,
    L68Basis,
    Person,
    Priority,
    Rules,
    SwStatus,
    WorkerHealth,
    check_sw_transition,
    communication_due,
    disabled_worker,
    priorities,
    rules_from,
    sw_status_text,
    withdrawal_notice,
    young_child_until,
)
from welfare_desk.reference import reference_dir

RULES = rules_from(json.loads((reference_dir() / "smart_working.json").read_text("utf-8")))


def child(born: date, name: str = "Luca", disability: Disability = Disability.NONE) -> Person:
    return Person(name, Relation.CHILD, born, disability)


def test_the_reference_data_reads_up_to_twelve_as_until_the_thirteenth_birthday() -> None:
    assert Rules(12, True, 74, 30, 90, 5, 46, date(2025, 8, 9)) == RULES
    assert young_child_until(date(2014, 5, 3), RULES) == date(2027, 5, 2)
    exclusive = Rules(inclusive=False)
    assert young_child_until(date(2014, 5, 3), exclusive) == date(2026, 5, 2)


def test_a_child_reaching_the_limit_mid_period_is_said_with_the_last_day() -> None:
    (found,) = priorities([child(date(2014, 5, 3))], WorkerHealth(), date(2027, 1, 1), None, RULES)
    assert found.priority is Priority.PARENT_YOUNG_CHILD
    assert found.until == date(2027, 5, 2)
    assert found.reason == (
        "figlio Luca di 12 anni: compie 13 anni il 03/05/2027, la priorità vale fino al 02/05/2027"
    )
    (whole,) = priorities(
        [child(date(2014, 5, 3))], WorkerHealth(), date(2027, 1, 1), date(2027, 4, 30), RULES
    )
    assert whole.until is None and whole.reason == "figlio Luca di 12 anni"


def test_a_child_of_thirteen_gives_no_priority_unless_disabled() -> None:
    assert (
        priorities([child(date(2014, 5, 3))], WorkerHealth(), date(2027, 5, 3), None, RULES) == []
    )
    (found,) = priorities(
        [child(date(2000, 1, 1), disability=Disability.ART3_C3)],
        WorkerHealth(),
        date(2027, 5, 3),
        None,
        RULES,
    )
    assert found.priority is Priority.PARENT_DISABLED_CHILD and found.until is None


@given(
    born=st.dates(min_value=date(2005, 1, 1), max_value=date(2027, 12, 31)),
    starts=st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31)),
    length=st.one_of(st.none(), st.integers(min_value=0, max_value=800)),
)
def test_the_young_child_priority_holds_exactly_while_the_child_is_twelve_or_less(
    born: date, starts: date, length: int | None
) -> None:
    ends = None if length is None else starts + timedelta(days=length)
    found = priorities([child(born)], WorkerHealth(), starts, ends, RULES)
    holds = born <= starts and age_on(born, starts) <= 12
    assert bool(found) == holds
    if found:
        (reason,) = found
        last = reason.until
        if last is not None:  # the day after, the child is 13
            assert age_on(born, last) == 12 and age_on(born, last + timedelta(days=1)) == 13
            assert ends is None or last < ends


LEAVE = (date(2026, 2, 1), date(2026, 9, 30))  # the L. 106/2025 leave, taken


def test_the_workers_own_facts_and_caregiving_give_priority() -> None:
    mother = Person("Rosa", Relation.PARENT, date(1940, 1, 1), Disability.ART3_C3, "F", True)
    found = priorities(
        [mother],
        WorkerHealth(Disability.ART3_C3, 80, *LEAVE),
        date(2027, 1, 1),
        None,
        RULES,
    )
    assert [r.priority for r in found] == [
        Priority.SERIOUS_DISABILITY,
        Priority.CAREGIVER,
        Priority.ILLNESS,
    ]
    assert found[1].reason == (
        "assiste madre Rosa, con disabilità grave (art. 3 c. 3 L. 104/1992): caregiver "
        "familiare (L. 205/2017 art. 1 c. 255)"
    )
    below = priorities([], WorkerHealth(Disability.NONE, 73, *LEAVE), date(2027, 1, 1), None, RULES)
    assert below == []


def test_the_illness_priority_comes_after_the_leave_of_law_106() -> None:
    """Art. 1 c. 4 L. 106/2025: once the leave of c. 1 has been used, the worker has
    priority for smart working «ove la prestazione lo consenta»; an invalidity alone,
    however high, gives none."""
    (found,) = priorities(
        [], WorkerHealth(Disability.NONE, 80, *LEAVE), date(2026, 10, 5), None, RULES
    )
    assert found.priority is Priority.ILLNESS
    assert found.reason == (
        "rientro dal congedo per malattia oncologica o cronica invalidante (dal 01/02/2026 al "
        "30/09/2026), invalidità 80%: priorità ove la prestazione lo consenta "
        "(art. 1 c. 4 L. 106/2025)"
    )
    assert priorities([], WorkerHealth(Disability.NONE, 100), date(2026, 10, 5), None, RULES) == []
    # still on leave when the period starts: the priority comes after it
    during = WorkerHealth(Disability.NONE, 80, date(2026, 2, 1), date(2026, 12, 31))
    assert priorities([], during, date(2026, 10, 5), None, RULES) == []


@given(
    asked=st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)),
    percent=st.integers(0, 100),
    leave_ends=st.one_of(st.none(), st.dates(date(2024, 1, 1), date(2028, 12, 31))),
)
def test_the_illness_priority_holds_exactly_when_the_law_s_conditions_do(
    asked: date, percent: int, leave_ends: date | None
) -> None:
    starts = asked + timedelta(days=30)
    leave = (leave_ends - timedelta(days=60), leave_ends) if leave_ends else (None, None)
    health = WorkerHealth(Disability.NONE, percent, *leave)
    found = priorities([], health, starts, None, RULES, requested_on=asked)
    expected = (
        percent >= 74
        and leave_ends is not None
        and leave_ends < starts
        and asked >= date(2025, 8, 9)  # the law's entry into force
    )
    assert bool(found) == expected


ALLOWED = {(a, b) for a, targets in SW_TRANSITIONS.items() for b in targets}


@pytest.mark.parametrize(("current", "wanted"), list(itertools.product(SwStatus, SwStatus)))
def test_every_move_of_a_request_is_allowed_or_refused(current: SwStatus, wanted: SwStatus) -> None:
    if (current, wanted) in ALLOWED:
        check_sw_transition(current, wanted, "motivo" if wanted is SwStatus.REJECTED else None)
        return
    with pytest.raises(DomainError):
        check_sw_transition(current, wanted)


def test_a_rejection_needs_its_reason() -> None:
    with pytest.raises(DomainError, match="scrivi il motivo"):
        check_sw_transition(SwStatus.UNDER_REVIEW, SwStatus.REJECTED, "  ")


def test_notices_and_the_ministry_deadline_across_a_year_end() -> None:
    assert withdrawal_notice(True, False, False, RULES) == 30
    assert withdrawal_notice(True, True, True, RULES) == 90
    assert withdrawal_notice(True, False, True, RULES) == 30
    assert withdrawal_notice(False, True, True, RULES) is None
    assert communication_due(date(2026, 12, 29), RULES) == date(2027, 1, 3)
    assert communication_due(date(2028, 2, 26), RULES) == date(2028, 3, 2)


def test_a_public_administration_has_until_the_20th_of_the_next_month() -> None:
    """Circ. Ministero del Lavoro 27/3/2025 n. 6: public employers keep the 20th of the
    month after the event; a December start is told by 20 January."""
    assert communication_due(date(2027, 12, 6), RULES, public=True) == date(2028, 1, 20)
    assert communication_due(date(2028, 1, 31), RULES, public=True) == date(2028, 2, 20)
    assert communication_due(date(2028, 1, 1), RULES, public=True) == date(2028, 2, 20)


def test_a_caregiver_is_who_cares_not_who_is_related() -> None:
    """L. 205/2017 art. 1 c. 255: the worker assists the relative, within the second
    degree, who has art. 3 c. 3 or the attendance allowance: none of it is presumed."""
    father = Person("Aldo", Relation.PARENT, date(1940, 1, 1), Disability.ART3_C3, "M")
    assert priorities([father], WorkerHealth(), date(2027, 1, 1), None, RULES) == []
    grandmother = Person(
        "Ida",
        Relation.GRANDPARENT,
        date(1930, 1, 1),
        sex="F",
        cared_for=True,
        attendance_allowance=True,
    )
    (found,) = priorities([grandmother], WorkerHealth(), date(2027, 1, 1), None, RULES)
    assert found.reason == (
        "assiste nonna Ida, titolare dell'indennità di accompagnamento: caregiver familiare "
        "(L. 205/2017 art. 1 c. 255)"
    )
    # a nephew is of the third degree: only in the cases of art. 33 c. 3 L. 104/1992
    nephew = Person("Leo", Relation.NEPHEW, date(2000, 1, 1), Disability.ART3_C3, "M", True)
    assert priorities([nephew], WorkerHealth(), date(2027, 1, 1), None, RULES) == []


@pytest.mark.parametrize("basis", list(L68Basis))
def test_the_ninety_days_follow_art_1_of_law_68_not_law_104(basis: L68Basis) -> None:
    assert disabled_worker(WorkerHealth(l68=basis))
    assert not disabled_worker(WorkerHealth(Disability.ART3_C3, 90))
    assert L68_LABELS[basis].startswith(
        ("invalidità civile", "invalidità del lavoro", "non vedente", "sordo", "invalido")
    )


def test_another_relative_is_not_presumed_a_caregivers_charge() -> None:
    cousin = Person("Rita", Relation.OTHER, date(1950, 1, 1), Disability.ART3_C3, "F")
    assert priorities([cousin], WorkerHealth(), date(2027, 1, 1), None, RULES) == []


def test_a_withdrawal_in_its_notice_says_the_agreement_still_runs() -> None:
    today = date(2026, 12, 30)
    effective = date(2027, 1, 29)
    assert (
        sw_status_text(SwStatus.WITHDRAWN, effective, today)
        == "recesso dal 29/01/2027: in vigore fino ad allora"
    )
    assert sw_status_text(SwStatus.WITHDRAWN, effective, effective) == "ritirata"
    assert sw_status_text(SwStatus.WITHDRAWN, None, today) == "ritirata"  # a draft withdrawn
    assert sw_status_text(SwStatus.ACTIVE, effective, today) == "attiva"
