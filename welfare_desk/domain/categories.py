"""Target categories of the programmes, derived from recorded facts, never typed in.

Each category comes with the Italian reason that earned it, so the desk can show why a
worker is counted where they are.

«Gravidanza e maternità» is the programmes' category of women workers: pregnancy, and
maternity until the child's first birthday, as the ban on dismissal runs (art. 54 c. 1
D.Lgs. 151/2001); for an adopted or fostered child, a year from its entry into the family
(art. 54 c. 9). A father's first year is his own reason, told under «Figli under 14»
(congedo di paternità, art. 27-bis), never counted as maternity.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from welfare_desk.domain.dates import age_on, months_on
from welfare_desk.domain.household import DISABILITY_LABELS, Disability, Relation

CHILD_AGE_LIMIT = 14  # "figli minori di 14 anni" in the programmes' target groups


class Category(StrEnum):
    PREGNANCY_MATERNITY = "pregnancy_maternity"
    CHILDREN_UNDER_14 = "children_under_14"
    FAMILY_LAW_104 = "family_law_104"
    DISADVANTAGED = "disadvantaged"


CATEGORY_LABELS: dict[Category, str] = {
    Category.PREGNANCY_MATERNITY: "Gravidanza e maternità",
    Category.CHILDREN_UNDER_14: "Figli under 14",
    Category.FAMILY_LAW_104: "Familiari con L. 104/1992",
    Category.DISADVANTAGED: "Lavoratori svantaggiati",
}


@dataclass(frozen=True, slots=True)
class MemberFacts:
    relation: Relation
    birth_date: date
    disability: Disability = Disability.NONE
    sex: str | None = None  # "M" / "F" when known, for the wording only
    entered_on: date | None = None  # adopted or fostered: the day it joined the family


@dataclass(frozen=True, slots=True)
class WorkerFacts:
    household: tuple[MemberFacts, ...] = ()
    pregnancy_due_date: date | None = None
    disadvantaged: bool = False  # recorded status under L. 381/1991 art. 4
    sex: str | None = None  # the worker's: maternity is a woman worker's category


@dataclass(frozen=True, slots=True)
class CategoryReason:
    category: Category
    reason: str


_RELATION_WORD = {
    Relation.CHILD: ("figlio", "figlia"),
    Relation.PARTNER: ("coniuge", "coniuge"),
    Relation.PARENT: ("padre", "madre"),
    Relation.SIBLING: ("fratello", "sorella"),
    Relation.PARENT_IN_LAW: ("suocero", "suocera"),
    Relation.GRANDPARENT: ("nonno", "nonna"),
    Relation.GRANDCHILD: ("nipote", "nipote"),
    Relation.NEPHEW: ("nipote", "nipote"),
    Relation.OTHER: ("familiare", "familiare"),
}


def _who(member: MemberFacts) -> str:
    male, female = _RELATION_WORD[member.relation]
    return female if member.sex == "F" else male


def _age_text(birth_date: date, on: date) -> str:
    years = age_on(birth_date, on)
    if years >= 1:
        return "1 anno" if years == 1 else f"{years} anni"
    months = months_on(birth_date, on)
    if months >= 1:
        return "1 mese" if months == 1 else f"{months} mesi"
    return "pochi giorni"


def derive(facts: WorkerFacts, on: date) -> list[CategoryReason]:
    """The categories that apply on `on`, in a fixed order, one reason per fact."""
    found: list[CategoryReason] = []
    born = [m for m in facts.household if m.birth_date <= on]
    children = sorted(
        (m for m in born if m.relation is Relation.CHILD),
        key=lambda m: m.birth_date,
        reverse=True,
    )
    mother = facts.sex == "F"
    due = facts.pregnancy_due_date
    if mother and due is not None and due >= on:
        found.append(
            CategoryReason(
                Category.PREGNANCY_MATERNITY,
                f"gravidanza in corso, parto previsto il {due:%d/%m/%Y}",
            )
        )
    for child in children:
        if mother and _first_year(child, on):
            reason = f"{_who(child)} di {_age_text(child.birth_date, on)}"
            if child.entered_on is not None:
                reason += f", in famiglia dal {child.entered_on:%d/%m/%Y} (adozione o affidamento)"
            found.append(CategoryReason(Category.PREGNANCY_MATERNITY, reason))
    for child in children:
        if age_on(child.birth_date, on) < CHILD_AGE_LIMIT:
            reason = f"{_who(child)} di {_age_text(child.birth_date, on)}"
            if facts.sex == "M" and _first_year(child, on):
                reason += f", {FATHER_REASON}"
            found.append(CategoryReason(Category.CHILDREN_UNDER_14, reason))
    for member in _with_disability(born):
        found.append(
            CategoryReason(
                Category.FAMILY_LAW_104,
                f"{_who(member)} con disabilità riconosciuta ai sensi dell'"
                f"{DISABILITY_LABELS[member.disability]}",
            )
        )
    if facts.disadvantaged:
        found.append(
            CategoryReason(
                Category.DISADVANTAGED,
                ("lavoratrice svantaggiata" if facts.sex == "F" else "lavoratore svantaggiato")
                + " (L. 381/1991, art. 4)",
            )
        )
    return found


FATHER_REASON = "primo anno di vita: congedo di paternità (art. 27-bis D.Lgs. 151/2001)"


def _first_year(child: MemberFacts, on: date) -> bool:
    """In the year from its birth, or from its entry into the family when adopted."""
    start = child.entered_on or child.birth_date
    return start <= on and age_on(start, on) < 1


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


def sql_limits(on: date) -> dict[str, date]:
    """The birth dates the rules above turn on, for stores that filter lists by category:
    a child is under 14 on `on` exactly when born after `under_14_after`."""
    return {
        "today": on,
        "under_14_after": years_before(on, CHILD_AGE_LIMIT),
        "under_1_after": years_before(on, 1),
    }


def _with_disability(members: Iterable[MemberFacts]) -> list[MemberFacts]:
    return [m for m in members if m.disability is not Disability.NONE]


def codes(reasons: Iterable[CategoryReason]) -> set[Category]:
    return {r.category for r in reasons}
