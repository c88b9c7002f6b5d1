"""The permits and leave a worker may be entitled to, told from the recorded facts for
the welfare manager to check with the personnel office: L. 104/1992 art. 33 and
L. 106/2025. The desk grants none of them; it says which ones to ask about."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from welfare_desk.domain.household import Disability, Relation
from welfare_desk.domain.smart_working import CARED_FOR, Person, WorkerHealth, who


@dataclass(frozen=True, slots=True)
class Right:
    short: str  # as the story lists it
    full: str  # with the conditions, for its tooltip and the printed word


@dataclass(frozen=True, slots=True)
class LeaveRules:
    permit_days: int = 3
    illness_leave_months: int = 24
    illness_hours: int = 10
    illness_hours_from: date = date(2026, 1, 1)
    illness_percent: int = 74


def leave_rules_from(data: Mapping[str, Any], illness_percent: int) -> LeaveRules:
    return LeaveRules(
        permit_days=int(data["permit_days_per_month"]["value"]),
        illness_leave_months=int(data["illness_leave_months"]["value"]),
        illness_hours=int(data["illness_hours_per_year"]["value"]),
        illness_hours_from=date.fromisoformat(data["illness_hours_per_year"]["from"]),
        illness_percent=illness_percent,
    )


def rights(
    household: Iterable[Person], health: WorkerHealth, on: date, rules: LeaveRules
) -> list[Right]:
    found: list[Right] = []
    days = rules.permit_days
    for person in household:
        if person.birth_date > on or person.disability is not Disability.ART3_C3:
            continue
        if person.relation is Relation.CHILD or (person.cared_for and person.relation in CARED_FOR):
            found.append(
                Right(
                    f"{days} giorni al mese per assistere {who(person)} (art. 33 c. 3 L. 104)",
                    f"{days} giorni al mese di permesso retribuito per assistere {who(person)} "
                    "(art. 33 c. 3 L. 104/1992), frazionabili in ore e condivisibili con gli "
                    "altri familiari che lo assistono",
                )
            )
    if health.disability is Disability.ART3_C3:
        found.append(
            Right(
                f"per sé, 2 ore al giorno o {days} giorni al mese (art. 33 c. 6 L. 104)",
                f"per sé, 2 ore al giorno o {days} giorni al mese di permesso retribuito "
                "(art. 33 c. 6 L. 104/1992)",
            )
        )
    percent = health.illness_invalidity_percent or 0
    if percent >= rules.illness_percent:
        if health.illness_leave_until is None:
            found.append(
                Right(
                    f"congedo fino a {rules.illness_leave_months} mesi (art. 1 L. 106/2025)",
                    f"congedo fino a {rules.illness_leave_months} mesi, non retribuito, con "
                    "conservazione del posto (art. 1 c. 1 L. 106/2025); al rientro, priorità "
                    "al lavoro agile",
                )
            )
        if on >= rules.illness_hours_from:
            found.append(
                Right(
                    f"{rules.illness_hours} ore all'anno per visite e cure (art. 2 L. 106/2025)",
                    f"{rules.illness_hours} ore all'anno in più di permesso retribuito per "
                    "visite, esami e cure (art. 2 L. 106/2025), dal "
                    f"{rules.illness_hours_from:%d/%m/%Y}",
                )
            )
    return found
