"""Target categories derived from household facts, with their Italian reasons."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from welfare_desk.domain.categories import (
    CATEGORY_LABELS,
    Category,
    CategoryReason,
    MemberFacts,
    WorkerFacts,
    codes,
    derive,
)
from welfare_desk.domain.household import Disability, Relation

FAST = settings(max_examples=200, deadline=None, database=None)
ON = date(2025, 6, 15)

birth_dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
reference_dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2110, 12, 31))


def birthday(birth: date, years: int) -> date:
    """The day `birth` turns `years` old: 1 March for a 29 February in a common year."""
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:
        return date(birth.year + years, 3, 1)


def child(
    birth: date,
    sex: str | None = None,
    disability: Disability = Disability.NONE,
    entered: date | None = None,
) -> MemberFacts:
    return MemberFacts(Relation.CHILD, birth, disability, sex, entered)


def worker_with(*members: MemberFacts, sex: str = "F") -> WorkerFacts:
    return WorkerFacts(household=members, sex=sex)


def reasons_for(facts: WorkerFacts, on: date, category: Category) -> list[str]:
    return [r.reason for r in derive(facts, on) if r.category is category]


# --- children under 14 -----------------------------------------------------------------


@FAST
@given(birth=birth_dates)
def test_child_turning_14_today_is_no_longer_under_14(birth: date) -> None:
    facts = worker_with(child(birth))
    fourteenth = birthday(birth, 14)

    assert Category.CHILDREN_UNDER_14 not in codes(derive(facts, fourteenth))
    assert reasons_for(facts, fourteenth - timedelta(days=1), Category.CHILDREN_UNDER_14) == [
        "figlio di 13 anni"
    ]


@FAST
@given(birth=birth_dates, on=reference_dates)
def test_under_14_exactly_from_birth_to_the_day_before_the_14th_birthday(
    birth: date, on: date
) -> None:
    under_14 = Category.CHILDREN_UNDER_14 in codes(derive(worker_with(child(birth)), on))
    assert under_14 == (birth <= on < birthday(birth, 14))


def test_child_born_29_february_turns_14_on_1_march() -> None:
    facts = worker_with(child(date(2012, 2, 29), "F"))
    assert reasons_for(facts, date(2026, 2, 28), Category.CHILDREN_UNDER_14) == [
        "figlia di 13 anni"
    ]
    assert reasons_for(facts, date(2026, 3, 1), Category.CHILDREN_UNDER_14) == []


def test_nine_year_old_son() -> None:
    facts = worker_with(child(date(2016, 3, 1), "M"))
    assert derive(facts, ON) == [CategoryReason(Category.CHILDREN_UNDER_14, "figlio di 9 anni")]


def test_each_child_gives_a_reason_youngest_first() -> None:
    facts = worker_with(
        child(date(2016, 3, 1)), child(date(2023, 1, 10), "F"), child(date(2000, 1, 1))
    )
    assert reasons_for(facts, ON, Category.CHILDREN_UNDER_14) == [
        "figlia di 2 anni",
        "figlio di 9 anni",
    ]


# --- pregnancy and maternity -------------------------------------------------------------


@pytest.mark.parametrize(
    ("member", "reason"),
    [
        (child(date(2025, 1, 15), "M"), "figlio di 5 mesi"),
        (child(date(2025, 3, 10), "F"), "figlia di 3 mesi"),
        (child(date(2025, 5, 15)), "figlio di 1 mese"),
        (child(date(2025, 6, 1), "F"), "figlia di pochi giorni"),
        (child(ON, "F"), "figlia di pochi giorni"),  # born today
    ],
)
def test_baby_under_one_year(member: MemberFacts, reason: str) -> None:
    found = derive(worker_with(member), ON)
    assert found == [
        CategoryReason(Category.PREGNANCY_MATERNITY, reason),
        CategoryReason(Category.CHILDREN_UNDER_14, reason),
    ]


@FAST
@given(birth=birth_dates, on=reference_dates)
def test_maternity_lasts_until_the_first_birthday(birth: date, on: date) -> None:
    maternity = Category.PREGNANCY_MATERNITY in codes(derive(worker_with(child(birth)), on))
    assert maternity == (birth <= on < birthday(birth, 1))


def test_one_year_old_is_no_longer_maternity() -> None:
    facts = worker_with(child(date(2024, 6, 15)))
    assert derive(facts, ON) == [CategoryReason(Category.CHILDREN_UNDER_14, "figlio di 1 anno")]


@pytest.mark.parametrize("days_from_on", [0, 1, 200])
def test_pregnancy_due_today_or_later_counts(days_from_on: int) -> None:
    due = ON + timedelta(days=days_from_on)
    found = derive(WorkerFacts(pregnancy_due_date=due, sex="F"), ON)
    assert found == [
        CategoryReason(
            Category.PREGNANCY_MATERNITY,
            f"gravidanza in corso, parto previsto il {due:%d/%m/%Y}",
        )
    ]


FATHER = "primo anno di vita: congedo di paternità (art. 27-bis D.Lgs. 151/2001)"


def test_a_father_s_baby_is_his_own_reason_not_maternity() -> None:
    found = derive(worker_with(child(date(2025, 1, 15), "F"), sex="M"), ON)
    assert found == [CategoryReason(Category.CHILDREN_UNDER_14, f"figlia di 5 mesi, {FATHER}")]


def test_a_pregnancy_recorded_for_a_man_is_not_his_maternity() -> None:
    assert derive(WorkerFacts(pregnancy_due_date=ON, sex="M"), ON) == []


def test_an_adopted_child_counts_from_the_entry_into_the_family() -> None:
    adopted = child(date(2019, 4, 2), "F", entered=date(2025, 3, 1))
    assert reasons_for(worker_with(adopted), ON, Category.PREGNANCY_MATERNITY) == [
        "figlia di 6 anni, in famiglia dal 01/03/2025 (adozione o affidamento)"
    ]
    assert derive(worker_with(adopted), date(2026, 3, 1)) == [
        CategoryReason(Category.CHILDREN_UNDER_14, "figlia di 6 anni")
    ]


@FAST
@given(birth=birth_dates, wait=st.integers(0, 4000), on=reference_dates)
def test_maternity_of_an_adopted_child_lasts_a_year_from_the_entry(
    birth: date, wait: int, on: date
) -> None:
    entered = birth + timedelta(days=wait)
    facts = worker_with(child(birth, entered=entered))
    maternity = Category.PREGNANCY_MATERNITY in codes(derive(facts, on))
    assert maternity == (entered <= on < birthday(entered, 1))


def test_pregnancy_with_a_past_due_date_does_not_count() -> None:
    facts = WorkerFacts(pregnancy_due_date=ON - timedelta(days=1), sex="F")
    assert derive(facts, ON) == []


# --- members not yet born ----------------------------------------------------------------


@pytest.mark.parametrize("disability", list(Disability))
def test_member_not_yet_born_is_ignored(disability: Disability) -> None:
    unborn = child(ON + timedelta(days=1), "F", disability)
    assert derive(worker_with(unborn), ON) == []


# --- Legge 104/1992 -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("disability", "article"),
    [(Disability.ART3_C1, "art. 3 c. 1 L. 104/1992"), (Disability.ART3_C3, "art. 3 c. 3")],
)
def test_family_member_with_law_104_recognition(disability: Disability, article: str) -> None:
    mother = MemberFacts(Relation.PARENT, date(1950, 4, 2), disability, "F")
    reasons = reasons_for(worker_with(mother), ON, Category.FAMILY_LAW_104)
    assert len(reasons) == 1
    assert reasons[0].startswith("madre con disabilità riconosciuta")
    assert article in reasons[0]


def test_disabled_child_counts_twice() -> None:
    son = child(date(2015, 9, 1), "M", Disability.ART3_C3)
    assert codes(derive(worker_with(son), ON)) == {
        Category.CHILDREN_UNDER_14,
        Category.FAMILY_LAW_104,
    }


def test_adult_disabled_child_is_only_law_104() -> None:
    daughter = child(date(1995, 9, 1), "F", Disability.ART3_C3)
    found = derive(worker_with(daughter), ON)
    assert codes(found) == {Category.FAMILY_LAW_104}
    assert found[0].reason.startswith("figlia con disabilità")
    assert "situazione di gravità" in found[0].reason


@pytest.mark.parametrize("relation", list(Relation))
def test_no_recognition_gives_no_law_104(relation: Relation) -> None:
    member = MemberFacts(relation, date(1960, 1, 1), Disability.NONE)
    assert Category.FAMILY_LAW_104 not in codes(derive(worker_with(member), ON))


# --- disadvantaged workers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sex", "reason"),
    [
        ("M", "lavoratore svantaggiato (L. 381/1991, art. 4)"),
        (None, "lavoratore svantaggiato (L. 381/1991, art. 4)"),
        ("F", "lavoratrice svantaggiata (L. 381/1991, art. 4)"),
    ],
)
def test_disadvantaged_worker(sex: str | None, reason: str) -> None:
    found = derive(WorkerFacts(disadvantaged=True, sex=sex), ON)
    assert found == [CategoryReason(Category.DISADVANTAGED, reason)]


def test_no_facts_no_categories() -> None:
    partner = MemberFacts(Relation.PARTNER, date(1980, 1, 1))
    assert derive(worker_with(partner), ON) == []


# --- everything at once -------------------------------------------------------------------


def test_categories_come_in_a_fixed_order() -> None:
    facts = WorkerFacts(
        household=(
            MemberFacts(Relation.PARENT, date(1945, 1, 1), Disability.ART3_C3, "M"),
            child(date(2016, 3, 1), "M"),
            child(date(2025, 1, 15), "F"),
        ),
        pregnancy_due_date=None,
        disadvantaged=True,
        sex="F",
    )
    assert [(r.category, r.reason) for r in derive(facts, ON)] == [
        (Category.PREGNANCY_MATERNITY, "figlia di 5 mesi"),
        (Category.CHILDREN_UNDER_14, "figlia di 5 mesi"),
        (Category.CHILDREN_UNDER_14, "figlio di 9 anni"),
        (
            Category.FAMILY_LAW_104,
            "padre con disabilità riconosciuta ai sensi dell'art. 3 c. 3 L. 104/1992 "
            "(situazione di gravità)",
        ),
        (Category.DISADVANTAGED, "lavoratrice svantaggiata (L. 381/1991, art. 4)"),
    ]


def test_every_category_has_an_italian_label() -> None:
    assert set(CATEGORY_LABELS) == set(Category)
    assert CATEGORY_LABELS[Category.CHILDREN_UNDER_14] == "Figli under 14"
