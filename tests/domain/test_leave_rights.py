"""Permits and leave told from the recorded facts: L. 104 art. 33, L. 106/2025."""

from __future__ import annotations

import json
from datetime import date

from welfare_desk.domain.household import Disability, Relation
from welfare_desk.domain.leave_rights import leave_rules_from, rights
from welfare_desk.domain.smart_working import Person, WorkerHealth
from welfare_desk.reference import reference_dir

RULES = leave_rules_from(json.loads((reference_dir() / "leave_rights.json").read_text()), 74)
ON = date(2026, 12, 3)


def test_assisting_a_relative_with_serious_disability_gives_three_days_a_month() -> None:
    mother = Person("Rosa", Relation.PARENT, date(1948, 1, 1), Disability.ART3_C3, "F", True)
    uncared = Person("Aldo", Relation.PARENT_IN_LAW, date(1946, 1, 1), Disability.ART3_C3, "M")
    son = Person("Luca", Relation.CHILD, date(2015, 1, 1), Disability.ART3_C3, "M")
    found = [r.full for r in rights([mother, uncared, son], WorkerHealth(), ON, RULES)]
    assert found == [
        "3 giorni al mese di permesso retribuito per assistere madre Rosa (art. 33 c. 3 "
        "L. 104/1992), frazionabili in ore e condivisibili con gli altri familiari che lo "
        "assistono",
        "3 giorni al mese di permesso retribuito per assistere figlio Luca (art. 33 c. 3 "
        "L. 104/1992), frazionabili in ore e condivisibili con gli altri familiari che lo "
        "assistono",
    ]


def test_the_worker_s_own_illness_gives_the_leave_and_the_hours_from_2026() -> None:
    ill = WorkerHealth(Disability.NONE, 80)
    found = [r.short for r in rights([], ill, ON, RULES)]
    assert found == [
        "congedo fino a 24 mesi (art. 1 L. 106/2025)",
        "10 ore all'anno per visite e cure (art. 2 L. 106/2025)",
    ]
    assert rights([], ill, date(2025, 12, 31), RULES)[1:] == []  # the hours start in 2026
    taken = WorkerHealth(Disability.NONE, 80, date(2026, 1, 1), date(2026, 6, 30))
    assert [r.short[:8] for r in rights([], taken, ON, RULES)] == ["10 ore a"]
    assert [r.full for r in rights([], WorkerHealth(Disability.ART3_C3), ON, RULES)] == [
        "per sé, 2 ore al giorno o 3 giorni al mese di permesso retribuito "
        "(art. 33 c. 6 L. 104/1992)"
    ]


def test_a_dependent_s_income_limit_follows_relation_and_age() -> None:
    """Art. 12 c. 2 TUIR: 4.000 € for a child up to 24, 2.840,51 € for anyone else."""
    from welfare_desk.domain.household import dependent_income_limit
    from welfare_desk.reference import dependent_limits

    limits = dependent_limits()
    assert dependent_income_limit(Relation.CHILD, 24, *limits) == 400_000
    assert dependent_income_limit(Relation.CHILD, 25, *limits) == 284_051
    assert dependent_income_limit(Relation.PARENT, 80, *limits) == 284_051
