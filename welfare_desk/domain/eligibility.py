"""Who may use a service: the rules of an edition against a worker and their household.

Every check answers in Italian, so a near miss says exactly why ("età 15: il servizio
accetta 6–11 anni"). Ages and categories are taken at the edition's start date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from welfare_desk.domain.catalogue import Audience
from welfare_desk.domain.categories import (
    CATEGORY_LABELS,
    Category,
    WorkerFacts,
    codes,
    derive,
)
from welfare_desk.domain.dates import age_on
from welfare_desk.domain.household import Disability, Relation
from welfare_desk.domain.search_text import fold


@dataclass(frozen=True, slots=True)
class Person:
    """The worker (relation None) or one household member."""

    key: str
    first_name: str
    birth_date: date
    relation: Relation | None = None
    disability: Disability = Disability.NONE
    sex: str | None = None

    @property
    def is_worker(self) -> bool:
        return self.relation is None


@dataclass(frozen=True, slots=True)
class Household:
    """What eligibility reads of a worker: the people, the employer, where they live,
    the facts categories are derived from and the needs still open."""

    worker: Person
    members: tuple[Person, ...]
    employer_id: str
    facts: WorkerFacts
    municipality: str | None = None
    open_needs: tuple[str, ...] = ()

    @property
    def people(self) -> tuple[Person, ...]:
        return (self.worker, *self.members)


@dataclass(frozen=True, slots=True)
class Rules:
    """A service's eligibility. Empty sets mean "anyone"; categories are "any of"."""

    audience: Audience = Audience.FAMILY
    min_age: int | None = None
    max_age: int | None = None
    categories: frozenset[Category] = field(default_factory=frozenset)
    employers: frozenset[str] = field(default_factory=frozenset)
    employer_names: tuple[str, ...] = ()  # for the reason only
    municipalities: frozenset[str] = field(default_factory=frozenset)  # folded names
    municipality_names: tuple[str, ...] = ()  # for the reason only


def age_range_text(min_age: int | None, max_age: int | None) -> str:
    if min_age is not None and max_age is not None:
        return f"{min_age}–{max_age} anni"
    if min_age is not None:
        return f"dai {min_age} anni in su"
    if max_age is not None:
        return f"fino a {max_age} anni"
    return "ogni età"


def years_text(years: int) -> str:
    return "1 anno" if years == 1 else f"{years} anni"


def household_exclusions(rules: Rules, household: Household, on: date) -> list[str]:
    """Why the worker's household cannot use the service at all (empty: it can)."""
    found: list[str] = []
    if rules.employers and household.employer_id not in rules.employers:
        names = ", ".join(rules.employer_names) or "altri datori di lavoro"
        found.append(f"riservato ai dipendenti di {names}")
    if rules.municipalities:
        where = fold(household.municipality or "")
        if where not in rules.municipalities:
            places = ", ".join(rules.municipality_names) or "altri comuni"
            lives = household.municipality or "comune di residenza non indicato"
            found.append(f"riservato ai residenti di {places} ({lives})")
    if rules.categories:
        held = codes(derive(household.facts, on))
        if not held & rules.categories:
            wanted = " o ".join(f"«{CATEGORY_LABELS[c]}»" for c in sorted(rules.categories))
            found.append(f"richiede la categoria {wanted} al {on:%d/%m/%Y}")
    return found


def person_exclusions(rules: Rules, person: Person, on: date) -> list[str]:
    """Why this person cannot be the one served (empty: they can)."""
    if rules.audience is Audience.CHILDREN and person.relation is not Relation.CHILD:
        return ["il servizio è per i figli"]
    if rules.audience is Audience.WORKER and not person.is_worker:
        return ["il servizio è per il lavoratore"]
    if person.birth_date > on:
        return [f"non ancora nato/a il {on:%d/%m/%Y}"]
    years = age_on(person.birth_date, on)
    too_young = rules.min_age is not None and years < rules.min_age
    too_old = rules.max_age is not None and years > rules.max_age
    if too_young or too_old:
        return [
            f"età {years} il {on:%d/%m/%Y}: il servizio accetta "
            f"{age_range_text(rules.min_age, rules.max_age)}"
        ]
    return []


def candidates(rules: Rules, people: Iterable[Person]) -> list[Person]:
    """The people whose eligibility is worth telling: those the audience is about."""
    if rules.audience is Audience.CHILDREN:
        return [p for p in people if p.relation is Relation.CHILD]
    if rules.audience is Audience.WORKER:
        return [p for p in people if p.is_worker]
    return list(people)
