"""The agenda: actions and reviews due, for an operator, up to a day."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter

from welfare_desk.cases import queries
from welfare_desk.domain.agenda import Due, due_class
from welfare_desk.domain.cases import open_statuses
from welfare_desk.store.uow import UnitOfWork


@dataclass(slots=True)  # not frozen: thousands a week, and frozen ones cost twice to make
class AgendaItem:
    kind: str  # "action", "review"; "health" (a fund's deadline), "ministry" (smart working),
    # "leave" (back from the L. 106/2025 leave: the smart-working priority to offer)
    due: date
    overdue: bool
    when: Due
    worker: str
    case_number: str  # for a request, its number
    title: str
    case_key: object  # the case's id as the driver gave it: made a UUID only when opened
    worker_id: uuid.UUID | None = None  # for a request: its worker's story opens

    @property
    def about_request(self) -> bool:
        return self.kind in ("health", "ministry", "leave")

    @property
    def case_id(self) -> uuid.UUID:
        key = self.case_key
        return key if isinstance(key, uuid.UUID) else uuid.UUID(str(key))


@dataclass(frozen=True, slots=True)
class AgendaView:
    """The nearest items of a period, and how many the period holds in all."""

    items: list[AgendaItem]
    total: int
    overdue: int

    @property
    def complete(self) -> bool:
        return len(self.items) == self.total


def agenda(
    uow: UnitOfWork,
    today: date,
    until: date,
    operator: str | None = None,
    social_point_id: uuid.UUID | None = None,
) -> list[AgendaItem]:
    """Everything due up to `until` on open cases, overdue first, then by date.

    Both queries start from what is due (the action's status and date, the case's review
    date), so the work grows with the agenda, not with the cases in the store; rows are
    read in Core, without ORM objects, because a programme's week can hold thousands."""
    return _collect(uow, today, until, operator, social_point_id, None)[0]


def agenda_view(
    uow: UnitOfWork,
    today: date,
    until: date,
    operator: str | None = None,
    social_point_id: uuid.UUID | None = None,
    limit: int = 500,
) -> AgendaView:
    """The nearest `limit` items of `agenda`, overdue first, with the period's totals: a
    programme's week holds thousands of actions and reviews, more than a page is read
    for, and its cost would grow with them (the desk shows these and says how many more
    a social point or an owner would show)."""
    items, extra, capped = _collect(uow, today, until, operator, social_point_id, limit)
    if not capped:  # every action and review came: nothing to count apart
        return AgendaView(items[:limit], len(items), sum(1 for i in items if i.overdue))
    owner = queries.operator_id_named(uow, operator) if operator else None
    scope = (uow.scope_organizations, uow.scope_points)
    open_cases = [s.value for s in open_statuses()]
    total, overdue = queries.agenda_counts(
        uow, today, until, open_cases, owner, social_point_id, scope
    )
    total += len(extra)
    overdue += sum(1 for i in extra if i.overdue)
    return AgendaView(items[:limit], total, overdue)


def _collect(
    uow: UnitOfWork,
    today: date,
    until: date,
    operator: str | None,
    social_point_id: uuid.UUID | None,
    limit: int | None,
) -> tuple[list[AgendaItem], list[AgendaItem], bool]:
    """The items in order, the nearest `limit` actions and reviews if given; the items
    that are not actions or reviews (requests, returns, data subjects' requests), all of
    them: few, and counted by hand; and whether the limit may have left some out."""
    uow.require_people()
    open_cases = [s.value for s in open_statuses()]
    owner: uuid.UUID | None = None
    if operator:
        owner = queries.operator_id_named(uow, operator)
        if owner is None:
            return [], [], False
    scope = (uow.scope_organizations, uow.scope_points)
    rows = queries.agenda_rows(uow, until, open_cases, REVIEW, owner, social_point_id, scope, limit)
    capped = limit is not None and len(rows) >= limit
    classes: dict[date, Due] = {}
    items = []
    for kind, due, title, number, case_key, surname, name in rows:  # thousands a week
        when = classes.get(due)
        if when is None:
            when = classes[due] = due_class(due, today)
        overdue = when is Due.OVERDUE
        items.append(
            AgendaItem(kind, due, overdue, when, f"{surname} {name}", number, title, case_key)
        )
    extra: list[AgendaItem] = []
    if not operator:  # requests have no owner yet: the whole programme's list shows them
        extra = _request_items(uow, today, until, social_point_id, classes)
        extra += _returns_from_leave(uow, today, until, social_point_id, classes)
        extra += _subject_requests(uow, today, until, classes)
        seen = uow.visible_workers(i.worker_id for i in extra if i.worker_id)
        extra = [i for i in extra if i.worker_id in seen]
        items += extra
    # overdue first, then by date: what is overdue is what falls before today
    items.sort(key=attrgetter("due", "case_number"))
    return items, extra, capped


def _request_items(
    uow: UnitOfWork,
    today: date,
    until: date,
    social_point_id: uuid.UUID | None,
    classes: dict[date, Due],
) -> list[AgendaItem]:
    """Health-fund deadlines before they lapse, and the Ministry's communications owed."""
    from welfare_desk.domain.health_funds import HfStatus, days_left_text
    from welfare_desk.requests.health_funds import deadlines
    from welfare_desk.requests.smart_working import communications

    health = deadlines(uow, until)
    owed = communications(uow, pending_only=True)
    at_point: set[uuid.UUID] = set()
    if social_point_id is not None:  # only the few workers these requests are about
        about = list({r.worker_id for r in health} | {c.worker_id for c in owed})
        at_point = queries.workers_at_point(uow, about, social_point_id)

    def here(worker_id: uuid.UUID) -> bool:
        return social_point_id is None or worker_id in at_point

    items: list[AgendaItem] = []
    for request in health:
        if not here(request.worker_id):
            continue
        what = (
            "completare la pratica sospesa"
            if request.status == HfStatus.SUSPENDED.value
            else "rimborso"
        )
        title = f"{request.fund}, {what}: {days_left_text(request.due, today)}"
        item = _item(
            "health", request.due, today, request.worker, request.number, title, None, classes
        )
        item.worker_id = request.worker_id
        items.append(item)
    events = {"start": "inizio", "change": "modifica", "end": "cessazione"}
    for sent in owed:
        if sent.due_on > until or not here(sent.worker_id):
            continue
        title = (
            f"comunicazione al Ministero ({events.get(sent.event, sent.event)} del lavoro agile)"
        )
        item = _item(
            "ministry", sent.due_on, today, sent.worker, sent.request_number, title, None, classes
        )
        item.worker_id = sent.worker_id
        items.append(item)
    return items


def _returns_from_leave(
    uow: UnitOfWork,
    today: date,
    until: date,
    social_point_id: uuid.UUID | None,
    classes: dict[date, Due],
) -> list[AgendaItem]:
    """Workers back from the L. 106/2025 leave this week: the day to offer the priority
    for smart working (art. 1 c. 4), where the work allows it."""
    items: list[AgendaItem] = []
    for worker_id, surname, name, last in queries.returning_from_illness_leave(
        uow, today, until, social_point_id
    ):
        back = last + timedelta(days=1)
        title = (
            "rientro dal congedo per malattia (L. 106/2025): proporre il lavoro agile, "
            "con priorità se la prestazione lo consente"
        )
        item = _item("leave", back, today, f"{surname} {name}", "", title, None, classes)
        item.worker_id = worker_id
        items.append(item)
    return items


def _subject_requests(
    uow: UnitOfWork, today: date, until: date, classes: dict[date, Due]
) -> list[AgendaItem]:
    """Data subjects' requests not yet answered, by the day the law gives (art. 12)."""
    from welfare_desk.domain.subject_rights import RIGHT_LABELS, RightKind

    items: list[AgendaItem] = []
    for worker_id, surname, name, kind, due, extended in queries.subject_requests_due(uow, until):
        title = f"richiesta dell'interessato: {RIGHT_LABELS[RightKind(kind)]}" + (
            ", prorogata" if extended else ""
        )
        item = _item("gdpr", due, today, f"{surname} {name}", "", title, None, classes)
        item.worker_id = worker_id
        items.append(item)
    return items


REVIEW = "Verifica del percorso"


def _item(
    kind: str,
    due: date,
    today: date,
    worker: str,
    number: str,
    title: str,
    case_key: object,
    classes: dict[date, Due],
) -> AgendaItem:
    when = classes.get(due)
    if when is None:
        when = classes[due] = due_class(due, today)
    return AgendaItem(kind, due, when is Due.OVERDUE, when, worker, number, title, case_key)
