"""Eligibility at its edges: ages at the edition's start, employers, places, categories."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.domain.catalogue import Audience
from welfare_desk.domain.categories import Category, MemberFacts, WorkerFacts
from welfare_desk.domain.dates import age_on
from welfare_desk.domain.eligibility import (
    Household,
    Person,
    Rules,
    household_exclusions,
    person_exclusions,
)
from welfare_desk.domain.household import Relation
from welfare_desk.domain.search_text import fold

START = date(2026, 6, 15)


def child(born: date, name: str = "Luca") -> Person:
    return Person(key=name, first_name=name, birth_date=born, relation=Relation.CHILD)


def household(*children: Person, employer: str = "E1", where: str | None = "Codogno") -> Household:
    worker = Person("worker", "Anna", date(1985, 3, 2))
    facts = WorkerFacts(
        household=tuple(MemberFacts(Relation.CHILD, c.birth_date) for c in children)
    )
    return Household(worker, tuple(children), employer, facts, where)


CAMP = Rules(audience=Audience.CHILDREN, min_age=6, max_age=13)


def test_a_child_turning_14_the_day_before_the_edition_is_out() -> None:
    turned = child(date(2012, 6, 14))
    assert person_exclusions(CAMP, turned, START) == [
        "età 14 il 15/06/2026: il servizio accetta 6–13 anni"
    ]


def test_a_child_turning_14_on_the_day_after_is_still_in() -> None:
    assert person_exclusions(CAMP, child(date(2012, 6, 16)), START) == []


def test_a_child_turning_6_on_the_first_day_is_in() -> None:
    assert person_exclusions(CAMP, child(date(2020, 6, 15)), START) == []
    assert person_exclusions(CAMP, child(date(2020, 6, 16)), START) != []


@given(
    born=st.dates(min_value=date(1990, 1, 1), max_value=date(2026, 12, 31)),
    starts=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    low=st.integers(min_value=0, max_value=17),
    span=st.integers(min_value=0, max_value=10),
)
def test_the_age_range_is_inclusive_at_the_start_date(
    born: date, starts: date, low: int, span: int
) -> None:
    rules = Rules(audience=Audience.CHILDREN, min_age=low, max_age=low + span)
    found = person_exclusions(rules, child(born), starts)
    if born > starts:
        assert found and "non ancora nato" in found[0]
        return
    years = age_on(born, starts)
    assert (found == []) == (low <= years <= low + span)
    if found:
        assert found[0].startswith(f"età {years} ")


def test_a_service_for_children_is_not_for_the_worker() -> None:
    worker = Person("worker", "Anna", date(1985, 3, 2))
    assert person_exclusions(CAMP, worker, START) == ["il servizio è per i figli"]


def test_employers_municipalities_and_categories_are_checked_with_their_reason() -> None:
    rules = Rules(
        employers=frozenset({"E2"}),
        employer_names=("Logistica Adda S.r.l.",),
        municipalities=frozenset({fold("Lodi")}),
        municipality_names=("Lodi",),
        categories=frozenset({Category.CHILDREN_UNDER_14}),
    )
    found = household_exclusions(rules, household(), START)
    assert found == [
        "riservato ai dipendenti di Logistica Adda S.r.l.",
        "riservato ai residenti di Lodi (Codogno)",
        "richiede la categoria «Figli under 14» al 15/06/2026",
    ]
    young = household(child(date(2018, 1, 1)), employer="E2", where="LODI")
    assert household_exclusions(rules, young, START) == []


def test_categories_are_taken_at_the_start_date() -> None:
    rules = Rules(categories=frozenset({Category.CHILDREN_UNDER_14}))
    born = START - timedelta(days=14 * 365 + 3)  # turns 14 a few days before the start
    assert household_exclusions(rules, household(child(born)), START) != []
    assert household_exclusions(rules, household(child(born)), START - timedelta(days=10)) == []
