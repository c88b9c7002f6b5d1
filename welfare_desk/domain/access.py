"""Who works at the desk: the roles, what makes a password good enough for special-
category data, and the lockout after repeated failures."""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum


class Role(StrEnum):
    ADMINISTRATOR = "administrator"  # operators and settings; records only if also a manager
    WELFARE_MANAGER = "welfare_manager"  # the workers of the employers and points assigned
    HR_ANALYST = "hr_analyst"  # aggregates, and the smart-working queue without health
    COORDINATOR = "coordinator"  # reports, catalogue, budgets


ROLE_LABELS = {
    Role.ADMINISTRATOR: "amministratore",
    Role.WELFARE_MANAGER: "welfare manager",
    Role.HR_ANALYST: "analista HR",
    Role.COORDINATOR: "coordinatore del programma",
}

# Who reads a single person's record: the welfare manager. An administrator does only
# if also a manager (a second account); HR and the coordinator see aggregates.
READS_PEOPLE = frozenset({Role.WELFARE_MANAGER})

MIN_PASSWORD = 10
FREE_ATTEMPTS = 3  # a typo or two costs nothing
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(minutes=15)


def login_key(login: str) -> str:
    """A login as it is compared: «GFerri » is gferri."""
    return login.strip().lower()


def password_problems(password: str, login: str) -> list[str]:
    """What to fix in a new password, in Italian; empty when it will do."""
    if len(password) < MIN_PASSWORD:
        return [f"La password deve avere almeno {MIN_PASSWORD} caratteri."]
    if login_key(login) and login_key(login) in password.lower():
        return ["La password non deve contenere il nome utente."]
    if len(set(password)) == 1:
        return ["La password non deve ripetere un solo carattere."]
    return []


def lockout_delay(failures: int) -> timedelta:
    """The wait before the next attempt after `failures` in a row: none for the first
    few, then 30 seconds doubling each time, up to 15 minutes."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    steps = min(failures - FREE_ATTEMPTS, 10)  # 2**10 × 30 s is well past the cap
    return min(FIRST_DELAY * (1 << steps), MAX_DELAY)


def wait_text(left: timedelta) -> str:
    seconds = max(1, int(left.total_seconds() + 0.999))
    if seconds < 60:
        return f"{seconds} secondi" if seconds != 1 else "1 secondo"
    minutes = (seconds + 59) // 60
    return f"{minutes} minuti" if minutes != 1 else "1 minuto"


def people_refusal(role: str | None, also_manager: bool = False) -> str | None:
    """Why this role may not read a person's record; None when it may (or when nobody
    signed in: a store without operators). An administrator may when also a manager."""
    if role is None or Role(role) in READS_PEOPLE:
        return None
    if also_manager and Role(role) is Role.ADMINISTRATOR:
        return None
    return (
        f"Il ruolo {ROLE_LABELS[Role(role)]} non consulta i dati delle singole persone: "
        "solo i riepiloghi senza dati personali. Se ti serve, chiedi all'amministratore "
        "un accesso da welfare manager."
    )
