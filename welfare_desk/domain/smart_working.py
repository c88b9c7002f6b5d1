"""Smart working (lavoro agile, L. 81/2017): the legal priority, the workflow, notices.

The priority is derived from the worker and the household, never typed, each with its
reason, over the requested period: a child who passes the age limit in the middle of it
is said, with the day the priority ends. The legal values are reference data
(db/reference/smart_working.json) with their sources.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from welfare_desk.domain.dates import age_on
from welfare_desk.domain.household import Disability, Relation
from welfare_desk.domain.problems import DomainError


class Priority(StrEnum):
    PARENT_YOUNG_CHILD = "parent_young_child"
    PARENT_DISABLED_CHILD = "parent_disabled_child"
    SERIOUS_DISABILITY = "serious_disability"
    CAREGIVER = "caregiver"
    ILLNESS = "illness"


PRIORITY_LABELS = {
    Priority.PARENT_YOUNG_CHILD: "genitore di figli fino a 12 anni",
    Priority.PARENT_DISABLED_CHILD: "genitore di figli con disabilità grave",
    Priority.SERIOUS_DISABILITY: "lavoratore con disabilità grave",
    Priority.CAREGIVER: "caregiver familiare",
    Priority.ILLNESS: "malattia oncologica o cronica invalidante",
}

PRIORITY_SOURCES = {
    Priority.PARENT_YOUNG_CHILD: "art. 18 c. 3-bis L. 81/2017",
    Priority.PARENT_DISABLED_CHILD: "art. 18 c. 3-bis L. 81/2017; art. 3 c. 3 L. 104/1992",
    Priority.SERIOUS_DISABILITY: "art. 18 c. 3-bis L. 81/2017; art. 3 c. 3 L. 104/1992",
    Priority.CAREGIVER: "art. 18 c. 3-bis L. 81/2017; L. 205/2017 art. 1 c. 255",
    Priority.ILLNESS: "art. 1 c. 4 L. 106/2025",
}


@dataclass(frozen=True, slots=True)
class Rules:
    """The legal values, from reference data."""

    child_age_limit: int = 12
    inclusive: bool = True  # "fino a dodici anni": until the day before the 13th birthday
    illness_percent: int = 74
    notice_open_ended: int = 30
    notice_employer_disabled: int = 90
    communication_days: int = 5
    disabled_percent: int = 46  # L. 68/1999: a disabled worker, for the employer's notice
    illness_in_force: date = date(2025, 8, 9)  # L. 106/2025: requests from this day
    public_communication_day: int = 20  # a public administration: the 20th of next month


def rules_from(data: Mapping[str, Any]) -> Rules:
    limit = data["child_age_limit"]
    if limit["reading"] not in ("inclusive", "exclusive"):
        raise ValueError("child_age_limit.reading must be inclusive or exclusive")
    notice = data["withdrawal_notice_days"]
    return Rules(
        child_age_limit=int(limit["years"]),
        inclusive=limit["reading"] == "inclusive",
        illness_percent=int(data["illness_invalidity_percent"]["value"]),
        notice_open_ended=int(notice["open_ended"]),
        notice_employer_disabled=int(notice["employer_from_disabled_worker"]),
        communication_days=int(data["ministry_communication_days"]["value"]),
        public_communication_day=int(data["ministry_communication_public_day"]["value"]),
        disabled_percent=int(data["disabled_worker_invalidity_percent"]["value"]),
        illness_in_force=date.fromisoformat(data["illness_priority"]["in_force_from"]),
    )


class L68Basis(StrEnum):
    """Why a worker is disabled under art. 1 c. 1 L. 68/1999: its own fact, recorded as
    the certificate says it, never inferred from L. 104/1992 or an illness."""

    CIVIL = "civil_over_45"  # lett. a: riduzione della capacità lavorativa oltre il 45%
    WORK = "work_over_33"  # lett. b: invalidi del lavoro (INAIL) oltre il 33%
    BLIND = "blind"  # lett. c: non vedenti
    DEAF = "deaf"  # lett. c: sordi
    WAR = "war_service"  # lett. d: invalidi di guerra, civili di guerra, per servizio


L68_LABELS = {
    L68Basis.CIVIL: "invalidità civile superiore al 45% (art. 1 c. 1 lett. a L. 68/1999)",
    L68Basis.WORK: "invalidità del lavoro superiore al 33% (art. 1 c. 1 lett. b L. 68/1999)",
    L68Basis.BLIND: "non vedente (art. 1 c. 1 lett. c L. 68/1999)",
    L68Basis.DEAF: "sordo (art. 1 c. 1 lett. c L. 68/1999)",
    L68Basis.WAR: "invalido di guerra, civile di guerra o per servizio, categorie 1–8 "
    "(art. 1 c. 1 lett. d L. 68/1999)",
}


@dataclass(frozen=True, slots=True)
class WorkerHealth:
    """What the worker declared about themselves (special-category data, art. 9 GDPR)."""

    disability: Disability = Disability.NONE
    illness_invalidity_percent: int | None = None
    # the leave of art. 1 c. 1 L. 106/2025, once taken: the priority comes after it
    illness_leave_from: date | None = None
    illness_leave_until: date | None = None
    l68: L68Basis | None = None  # disabled under art. 1 L. 68/1999, as certified


@dataclass(frozen=True, slots=True)
class PriorityReason:
    priority: Priority
    reason: str
    until: date | None  # the last day it holds within the period; None: all of it


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    relation: Relation
    birth_date: date
    disability: Disability = Disability.NONE
    sex: str | None = None
    cared_for: bool = False  # the worker assists them: told, never presumed
    attendance_allowance: bool = False  # indennità di accompagnamento (L. 18/1980)


def _birthday(born: date, years: int) -> date:
    try:
        return born.replace(year=born.year + years)
    except ValueError:  # 29 February: comes of age on 1 March
        return date(born.year + years, 3, 1)


def young_child_until(born: date, rules: Rules) -> date:
    """The last day a child counts as "fino a dodici anni", as the reference data reads it."""
    years = rules.child_age_limit + (1 if rules.inclusive else 0)
    return _birthday(born, years) - timedelta(days=1)


CARED_FOR = {
    Relation.PARTNER,
    Relation.PARENT,
    Relation.SIBLING,
    Relation.PARENT_IN_LAW,
    Relation.GRANDPARENT,
    Relation.GRANDCHILD,
}  # within the second degree; the third (a nephew, an uncle) only in the cases of art. 33
# c. 3 L. 104/1992, which the desk does not know: never presumed


def who(person: Person) -> str:
    words = {
        Relation.CHILD: ("figlio", "figlia"),
        Relation.PARTNER: ("coniuge", "coniuge"),
        Relation.PARENT: ("padre", "madre"),
        Relation.SIBLING: ("fratello", "sorella"),
        Relation.PARENT_IN_LAW: ("suocero", "suocera"),
        Relation.GRANDPARENT: ("nonno", "nonna"),
        Relation.GRANDCHILD: ("nipote", "nipote"),
        Relation.NEPHEW: ("nipote", "nipote"),
        Relation.OTHER: ("familiare", "familiare"),
    }[person.relation]
    return f"{words[1] if person.sex == 'F' else words[0]} {person.name}"


def priorities(
    household: Iterable[Person],
    health: WorkerHealth,
    starts: date,
    ends: date | None,
    rules: Rules,
    requested_on: date | None = None,
) -> list[PriorityReason]:
    """Every legal priority that holds at the period's start, with its reason and, when
    it lapses inside the period, the last day it holds. `requested_on`, the day the
    request was made, matters for a priority that a law gave from a day on."""
    found: list[PriorityReason] = []
    people = [p for p in household if p.birth_date <= starts]
    for child in sorted(
        (p for p in people if p.relation is Relation.CHILD), key=lambda p: p.birth_date
    ):
        if child.disability is Disability.ART3_C3:
            found.append(
                PriorityReason(
                    Priority.PARENT_DISABLED_CHILD,
                    f"{who(child)} con disabilità grave (art. 3 c. 3 L. 104/1992), a ogni età",
                    None,
                )
            )
            continue
        last = young_child_until(child.birth_date, rules)
        if last < starts:
            continue
        years = age_on(child.birth_date, starts)
        reason = f"{who(child)} di {years} anni"
        until = None
        if ends is None or last < ends:
            until = last
            reason += (
                f": compie {rules.child_age_limit + (1 if rules.inclusive else 0)} anni il "
                f"{last + timedelta(days=1):%d/%m/%Y}, la priorità vale fino al {last:%d/%m/%Y}"
            )
        found.append(PriorityReason(Priority.PARENT_YOUNG_CHILD, reason, until))
    if health.disability is Disability.ART3_C3:
        found.append(
            PriorityReason(
                Priority.SERIOUS_DISABILITY,
                "disabilità grave riconosciuta (art. 3 c. 3 L. 104/1992)",
                None,
            )
        )
    for person in people:
        basis = _needs_care(person)
        if person.cared_for and person.relation in CARED_FOR and basis:
            found.append(
                PriorityReason(
                    Priority.CAREGIVER,
                    f"assiste {who(person)}, {basis}: caregiver familiare "
                    "(L. 205/2017 art. 1 c. 255)",
                    None,
                )
            )
    illness = _after_illness_leave(health, starts, rules, requested_on)
    if illness is not None:
        found.append(illness)
    return found


def _needs_care(person: Person) -> str | None:
    """What makes the person one a caregiver assists, in the words of c. 255."""
    if person.disability is Disability.ART3_C3:
        return "con disabilità grave (art. 3 c. 3 L. 104/1992)"
    if person.attendance_allowance:
        return "titolare dell'indennità di accompagnamento"
    return None


def _after_illness_leave(
    health: WorkerHealth, starts: date, rules: Rules, requested_on: date | None
) -> PriorityReason | None:
    """Art. 1 c. 4 L. 106/2025: after the leave of c. 1 (an invalidity of at least 74%),
    priority for smart working «ove la prestazione lo consenta», for requests made since
    the law came into force. An invalidity alone gives none."""
    percent = health.illness_invalidity_percent
    leave_from, leave_until = health.illness_leave_from, health.illness_leave_until
    if percent is None or percent < rules.illness_percent or leave_until is None:
        return None
    if leave_until >= starts:  # still on leave when the period starts
        return None
    if requested_on is not None and requested_on < rules.illness_in_force:
        return None
    taken = f"dal {leave_from:%d/%m/%Y} " if leave_from else ""
    return PriorityReason(
        Priority.ILLNESS,
        "rientro dal congedo per malattia oncologica o cronica invalidante "
        f"({taken}al {leave_until:%d/%m/%Y}), invalidità {percent}%: priorità ove la "
        "prestazione lo consenta (art. 1 c. 4 L. 106/2025)",
        None,
    )


def priority_label(priority: Priority, rules: Rules) -> str:
    """The category's name, with the age limit the reference data sets."""
    if priority is Priority.PARENT_YOUNG_CHILD:
        return f"genitore di figli fino a {rules.child_age_limit} anni"
    return PRIORITY_LABELS[priority]


def has_priority(reasons: Iterable[PriorityReason]) -> bool:
    return any(True for _ in reasons)


class SwStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    REJECTED = "rejected"
    ACTIVE = "active"
    ENDED = "ended"
    WITHDRAWN = "withdrawn"


SW_STATUS_LABELS = {
    SwStatus.DRAFT: "bozza",
    SwStatus.SUBMITTED: "presentata",
    SwStatus.UNDER_REVIEW: "in valutazione",
    SwStatus.APPROVED: "accolta",
    SwStatus.REJECTED: "respinta",
    SwStatus.ACTIVE: "attiva",
    SwStatus.ENDED: "conclusa",
    SwStatus.WITHDRAWN: "ritirata",
}


CLOSED = frozenset({SwStatus.REJECTED, SwStatus.WITHDRAWN, SwStatus.ENDED})


def terms_editable(status: SwStatus) -> bool:
    """The agreement's terms are written until the request is closed: ready to sign when
    it is accepted, and changed while it runs."""
    return status not in CLOSED


def agreement_printable(status: SwStatus, withdrawal_effective_on: date | None) -> bool:
    """An agreement exists once a request is accepted: it prints while accepted, running
    or ended, and after the worker's withdrawal from it (which it governs until the day
    the withdrawal takes effect); a request withdrawn before that has none."""
    if status is SwStatus.WITHDRAWN:
        return withdrawal_effective_on is not None
    return status in (SwStatus.APPROVED, SwStatus.ACTIVE, SwStatus.ENDED)


def sw_status_text(status: SwStatus, effective_on: date | None, today: date) -> str:
    """The status as the desk says it: a withdrawal given with notice leaves the agreement
    running until the day it takes effect, and the manager must see that it still runs."""
    if status is SwStatus.WITHDRAWN and effective_on is not None and effective_on > today:
        return f"recesso dal {effective_on:%d/%m/%Y}: in vigore fino ad allora"
    return SW_STATUS_LABELS[status]


SW_TRANSITIONS: dict[SwStatus, frozenset[SwStatus]] = {
    SwStatus.DRAFT: frozenset({SwStatus.SUBMITTED, SwStatus.WITHDRAWN}),
    SwStatus.SUBMITTED: frozenset({SwStatus.UNDER_REVIEW, SwStatus.WITHDRAWN}),
    SwStatus.UNDER_REVIEW: frozenset({SwStatus.APPROVED, SwStatus.REJECTED, SwStatus.WITHDRAWN}),
    SwStatus.APPROVED: frozenset({SwStatus.ACTIVE, SwStatus.WITHDRAWN}),
    SwStatus.ACTIVE: frozenset({SwStatus.ENDED, SwStatus.WITHDRAWN}),
    SwStatus.REJECTED: frozenset(),
    SwStatus.ENDED: frozenset(),
    SwStatus.WITHDRAWN: frozenset(),
}


def check_sw_transition(current: SwStatus, wanted: SwStatus, reason: str | None = None) -> None:
    if wanted not in SW_TRANSITIONS[current]:
        if not SW_TRANSITIONS[current]:
            raise DomainError(
                "sw_final",
                f"La richiesta è {SW_STATUS_LABELS[current]}: non si può più cambiare. Se "
                "serve, fanne una nuova.",
            )
        raise DomainError(
            "sw_transition",
            f"Una richiesta {SW_STATUS_LABELS[current]} non può diventare "
            f"«{SW_STATUS_LABELS[wanted]}».",
        )
    if wanted is SwStatus.REJECTED and not (reason or "").strip():
        raise DomainError(
            "sw_reason",
            "Per respingere la richiesta scrivi il motivo: va comunicato al lavoratore.",
        )


def withdrawal_notice(
    open_ended: bool, by_employer: bool, worker_disabled: bool, rules: Rules
) -> int | None:
    """Days of notice to withdraw from an agreement without a justified reason; None when
    the agreement is fixed-term (it ends at its term, or early only for a justified one)."""
    if not open_ended:
        return None
    if by_employer and worker_disabled:
        return rules.notice_employer_disabled
    return rules.notice_open_ended


def disabled_worker(health: WorkerHealth) -> bool:
    """Disabled under art. 1 L. 68/1999, for the employer's 90 days of notice (art. 19
    c. 1 L. 81/2017): as recorded, never inferred from L. 104/1992 or an illness."""
    return health.l68 is not None


def communication_due(event: date, rules: Rules, public: bool = False) -> date:
    """The Ministry must hear of a start, a change or an end within the days set by law;
    a public administration keeps the older term, a day of the following month."""
    if public:
        year, month = (event.year + 1, 1) if event.month == 12 else (event.year, event.month + 1)
        return date(year, month, rules.public_communication_day)
    return event + timedelta(days=rules.communication_days)
