"""Contacts, needs and cases (percorsi): the welfare manager's daily work."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from welfare_desk.cases import queries
from welfare_desk.domain.cases import (
    CaseStatus,
    ClosingReason,
    GoalAtClosure,
    GoalOutcome,
    case_number,
    check_closure,
    check_transition,
    open_statuses,
)
from welfare_desk.domain.needs import Channel, NeedStatus, Urgency
from welfare_desk.domain.problems import DomainError
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import need_taxonomy
from welfare_desk.store.counters import next_counter, provisional_mark
from welfare_desk.store.errors import NotFound
from welfare_desk.store.models import (
    Case,
    CaseAction,
    Contact,
    Goal,
    HealthAttachment,
    HealthFundRequest,
    HealthInvoice,
    MinistryCommunication,
    Need,
    SmartWorkingRequest,
    SocialPoint,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork

DEFAULT_POINT = "WD"  # case numbers of cases opened outside any social point


@dataclass(frozen=True)
class NeedInput:
    kind: str
    urgency: Urgency = Urgency.MEDIUM
    note: str | None = None


@dataclass(frozen=True)
class ContactInput:
    worker_id: uuid.UUID
    at: datetime
    channel: Channel
    duration_minutes: int = 0
    social_point_id: uuid.UUID | None = None
    operator_id: uuid.UUID | None = None
    notes: str | None = None
    needs: list[NeedInput] = field(default_factory=list)


@dataclass(frozen=True)
class CaseView:
    id: uuid.UUID
    version: int
    number: str
    status: str
    worker_id: uuid.UUID
    opened_on: date


@dataclass(frozen=True)
class ContactEdit:
    """A contact corrected: when, how, how long, and the notes."""

    at: datetime
    channel: Channel
    duration_minutes: int
    notes: str | None


def _checked_contact(uow: UnitOfWork, at: datetime, minutes: int) -> None:
    if not 0 <= minutes <= 600:
        raise InvalidInput("La durata del colloquio va da 0 a 600 minuti.")
    if at.date() > uow.clock.today():
        raise InvalidInput("Il colloquio non può essere in un giorno che deve ancora venire.")


def correct_contact(
    uow: UnitOfWork, contact_id: uuid.UUID, expected_version: int, edit: ContactEdit
) -> None:
    """A contact typed wrong, corrected; the history keeps what it said before."""
    contact = uow.load(
        Contact,
        contact_id,
        expected_version,
        missing="Il colloquio non è più in archivio: qualcuno l'ha eliminato.",
        changed="Il colloquio è stato modificato da un'altra postazione: ricarica, poi riprova.",
    )
    uow.require_visible(contact.worker_id)
    _checked_contact(uow, edit.at, edit.duration_minutes)
    contact.at = edit.at
    contact.channel = Channel(edit.channel).value
    contact.duration_minutes = edit.duration_minutes
    contact.notes = (edit.notes or "").strip() or None
    uow.flush()
    uow.commit()


@dataclass(frozen=True)
class Removed:
    """What a removal took away, enough to put it back right after (undo)."""

    kind: str  # "contact", "need", "goal" or "action"
    values: dict[str, Any]
    needs_kept: int = 0  # a contact's: the needs raised in it stay with the worker
    also: tuple[Removed, ...] = ()  # what went with it: a goal's actions, a request's invoices
    before: tuple[Removed, ...] = ()  # what it points to, put back first: a request's action


REMOVABLE: dict[str, type[Any]] = {
    "contact": Contact,
    "need": Need,
    "goal": Goal,
    "action": CaseAction,
    "health_fund": HealthFundRequest,
    "health_invoice": HealthInvoice,
    "health_attachment": HealthAttachment,
    "smart_working": SmartWorkingRequest,
    "communication": MinistryCommunication,
}


def reason_for(reason: str, what: str) -> str:
    why = " ".join(reason.split())
    if not why:
        raise InvalidInput(f"Scrivi perché elimini {what} (ad esempio «registrato per errore»).")
    return why[:300]


def values_of(record: Any) -> dict[str, Any]:
    skipped = ("version", "created_at", "updated_at", "created_by", "updated_by")
    return {k: getattr(record, k) for k in queries.column_keys(record) if k not in skipped}


def remove_contact(
    uow: UnitOfWork, contact_id: uuid.UUID, expected_version: int, reason: str
) -> Removed:
    """A contact recorded by mistake, removed with the reason; the history keeps both.
    The needs raised in it stay with the worker (removed or closed on their own)."""
    why = reason_for(reason, "il colloquio")
    contact = uow.load(
        Contact,
        contact_id,
        expected_version,
        missing="Il colloquio non è più in archivio: qualcuno l'ha già eliminato.",
        changed="Il colloquio è stato modificato da un'altra postazione: ricarica, poi riprova.",
    )
    uow.require_visible(contact.worker_id)
    raised = queries.needs_of_worker(uow, contact.worker_id)
    kept = sum(1 for n in raised if n.contact_id == contact.id)
    removed = Removed("contact", values_of(contact), kept)
    uow.delete(contact, reason=why)
    uow.flush()
    uow.commit()
    return removed


def correct_need(
    uow: UnitOfWork,
    need_id: uuid.UUID,
    expected_version: int,
    kind: str,
    urgency: Urgency,
    note: str | None,
) -> None:
    """A need typed wrong, corrected: which need, how urgent, the note; the history keeps
    what it said before."""
    try:
        need_taxonomy().get(kind)
    except KeyError:
        raise InvalidInput(f"Il bisogno «{kind}» non è nel catalogo dei bisogni.") from None
    text = " ".join((note or "").split()) or None
    if text is not None and len(text) > 500:
        raise InvalidInput("La nota del bisogno supera i 500 caratteri: accorciala.")
    need = _as_shown(uow, Need, need_id, expected_version)
    uow.require_visible(need.worker_id)
    need.kind, need.urgency, need.note = kind, Urgency(urgency).value, text
    uow.flush()
    uow.commit()


def remove_need(uow: UnitOfWork, need_id: uuid.UUID, expected_version: int, reason: str) -> Removed:
    """A need recorded by mistake, removed with the reason; the history keeps both. One a
    case took on is not: the case lets it go first (its assessment)."""
    why = reason_for(reason, "il bisogno")
    need = _as_shown(uow, Need, need_id, expected_version)
    uow.require_visible(need.worker_id)
    if need.case_id is not None:
        raise InvalidInput(
            "Il bisogno è preso in carico da un percorso: toglilo prima dalla valutazione "
            "del percorso, poi eliminalo."
        )
    removed = Removed("need", values_of(need))
    uow.delete(need, reason=why)
    uow.flush()
    uow.commit()
    return removed


def restore_removed(uow: UnitOfWork, removed: Removed) -> None:
    """Undo of a removal, right after it: the record back as it was, a goal with its
    actions, a request with its plan action and invoices (a contact's needs were kept,
    their link to it is not restored)."""
    values = removed.values
    for part in removed.before:
        uow.add(REMOVABLE[part.kind](**part.values))
    uow.flush()
    if removed.kind == "goal":
        _open_case_of(uow, values["case_id"])
    elif removed.kind == "action":
        _goal_in_open_case(uow, values["goal_id"])
    else:
        uow.require_visible(values["worker_id"])
    uow.add(REMOVABLE[removed.kind](**values))
    uow.flush()
    for part in removed.also:
        uow.add(REMOVABLE[part.kind](**part.values))
    uow.flush()
    uow.commit()


@dataclass(frozen=True)
class GoalEdit:
    """A goal corrected: its words, its target day and the need it answers."""

    title: str
    target_date: date | None
    need_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ActionEdit:
    """An action corrected: its kind, its words, who does it and by when."""

    kind: str
    title: str
    responsible: str
    due_date: date | None


def _open_case_of(uow: UnitOfWork, case_id: uuid.UUID) -> Case:
    case = uow.get(Case, case_id)
    if case is None:
        raise NotFound("Il percorso non è più in archivio.")
    uow.require_visible(case.worker_id)
    if CaseStatus(case.status) is CaseStatus.CLOSED:
        raise InvalidInput("Il percorso è chiuso: riaprilo per cambiarne il piano.")
    return case


def _goal_in_open_case(uow: UnitOfWork, goal_id: uuid.UUID) -> Goal:
    goal = uow.get(Goal, goal_id)
    if goal is None:
        raise NotFound("L'obiettivo non è più in archivio: qualcuno l'ha eliminato.")
    _open_case_of(uow, goal.case_id)
    return goal


def _goal_title(title: str) -> str:
    text = " ".join(title.split())
    if not text:
        raise InvalidInput("Scrivi l'obiettivo.")
    if len(text) > 200:
        raise InvalidInput("L'obiettivo supera i 200 caratteri: accorcialo.")
    return text


def _action_title(title: str) -> str:
    text = " ".join(title.split())
    if not text:
        raise InvalidInput("Scrivi che cosa va fatto.")
    if len(text) > 200:
        raise InvalidInput("L'azione supera i 200 caratteri: accorciala.")
    return text


def correct_goal(
    uow: UnitOfWork, goal_id: uuid.UUID, expected_version: int, edit: GoalEdit
) -> None:
    """A goal typed wrong, corrected; the history keeps what it said before."""
    goal = _as_shown(uow, Goal, goal_id, expected_version)
    _open_case_of(uow, goal.case_id)
    goal.title = _goal_title(edit.title)
    goal.target_date = edit.target_date
    goal.need_id = edit.need_id
    uow.flush()
    uow.commit()


def correct_action(
    uow: UnitOfWork, action_id: uuid.UUID, expected_version: int, edit: ActionEdit
) -> None:
    """An action typed wrong, corrected; the history keeps what it said before."""
    from welfare_desk.domain.cases import ActionType, Responsible

    action = _as_shown(uow, CaseAction, action_id, expected_version)
    _goal_in_open_case(uow, action.goal_id)
    action.kind = ActionType(edit.kind).value
    action.title = _action_title(edit.title)
    action.responsible = Responsible(edit.responsible).value
    action.due_date = edit.due_date
    uow.flush()
    uow.commit()


_LINKED = {
    "enrollment": "un'iscrizione (annullala dalla storia del lavoratore)",
    "health_fund": "una pratica del fondo sanitario",
    "smart_working": "una richiesta di lavoro agile",
}


def _refuse_linked(uow: UnitOfWork, action_ids: list[uuid.UUID]) -> None:
    linked = queries.linked_to_actions(uow, action_ids)
    if linked:
        raise InvalidInput(
            f"L'azione segue {_LINKED[linked[0]]}: non si elimina, si annulla "
            "(«Annulla l'azione»), così il piano dice che cosa è successo."
        )


def remove_goal(uow: UnitOfWork, goal_id: uuid.UUID, expected_version: int, reason: str) -> Removed:
    """A goal added by mistake, removed with its actions and the reason; the history keeps
    all of them."""
    why = reason_for(reason, "l'obiettivo")
    goal = _as_shown(uow, Goal, goal_id, expected_version)
    _open_case_of(uow, goal.case_id)
    actions = queries.actions_of(uow, [goal.id])
    _refuse_linked(uow, [a.id for a in actions])
    parts = tuple(Removed("action", values_of(a)) for a in actions)
    removed = Removed("goal", values_of(goal), also=parts)
    for action in actions:
        uow.delete(action, reason=why)
    uow.delete(goal, reason=why)
    uow.flush()
    uow.commit()
    return removed


def remove_action(
    uow: UnitOfWork, action_id: uuid.UUID, expected_version: int, reason: str
) -> Removed:
    """An action added by mistake, removed with the reason; the history keeps both."""
    why = reason_for(reason, "l'azione")
    action = _as_shown(uow, CaseAction, action_id, expected_version)
    _goal_in_open_case(uow, action.goal_id)
    _refuse_linked(uow, [action.id])
    removed = Removed("action", values_of(action))
    uow.delete(action, reason=why)
    uow.flush()
    uow.commit()
    return removed


def record_contact(uow: UnitOfWork, data: ContactInput) -> uuid.UUID:
    """A contact and the needs raised in it, in one transaction."""
    uow.require_visible(data.worker_id)
    taxonomy = need_taxonomy()
    for need in data.needs:
        try:
            taxonomy.get(need.kind)
        except KeyError:
            raise InvalidInput(
                f"Il bisogno «{need.kind}» non è nel catalogo dei bisogni."
            ) from None
    if uow.get(Worker, data.worker_id) is None:
        raise NotFound("Il lavoratore non è più in archivio.")
    if not 0 <= data.duration_minutes <= 600:
        raise InvalidInput("La durata del colloquio va da 0 a 600 minuti.")
    contact = Contact(
        worker_id=data.worker_id,
        at=data.at,
        channel=Channel(data.channel).value,
        duration_minutes=data.duration_minutes,
        # the session's, when the caller does not name them: who met the worker, where
        social_point_id=data.social_point_id or uow.social_point_id,
        operator_id=data.operator_id or uow.operator_id,
        notes=data.notes or None,
    )
    uow.add(contact)
    uow.flush()
    for need in data.needs:
        uow.add(
            Need(
                worker_id=data.worker_id,
                contact_id=contact.id,
                kind=need.kind,
                raised_on=data.at.date(),
                urgency=Urgency(need.urgency).value,
                status=NeedStatus.OPEN.value,
                note=need.note,
            )
        )
    uow.commit()
    return contact.id


def _next_number(uow: UnitOfWork, point: str, year: int) -> str:
    counter = next_counter(uow, f"case_counter:{point}:{year}")
    return case_number(point, year, counter, provisional_mark(uow))


def open_case(
    uow: UnitOfWork,
    worker_id: uuid.UUID,
    today: date,
    owner_id: uuid.UUID | None = None,
    social_point_id: uuid.UUID | None = None,
) -> CaseView:
    """Opens a case, numbered per social point and year; refuses a second open case."""
    uow.require_visible(worker_id)
    worker = queries.worker_locked(uow, worker_id)
    if worker is None:
        raise NotFound("Il lavoratore non è più in archivio.")
    already = queries.open_case_number(uow, worker_id, [s.value for s in open_statuses()])
    if already:
        raise InvalidInput(
            f"{worker.surname} {worker.name} ha già un percorso aperto ({already}): "
            "continua quello, o chiudilo prima di aprirne un altro."
        )
    point_id = social_point_id or worker.social_point_id
    point = uow.get(SocialPoint, point_id) if point_id else None
    number = _next_number(uow, point.code if point else DEFAULT_POINT, today.year)
    case = Case(
        number=number,
        worker_id=worker_id,
        owner_id=owner_id,
        social_point_id=point_id,
        status=CaseStatus.OPEN.value,
        opened_on=today,
    )
    uow.add(case)
    uow.flush()
    view = _view(case)
    uow.commit()
    return view


def _view(case: Case) -> CaseView:
    return CaseView(case.id, case.version, case.number, case.status, case.worker_id, case.opened_on)


# What each record is called when it is gone or changed by another desk, and the ending
# of the words that agree with it.
_NAMES: dict[type[Any], tuple[str, str]] = {
    Case: ("Il percorso", "o"),
    Need: ("Il bisogno", "o"),
    Goal: ("L'obiettivo", "o"),
    CaseAction: ("L'azione", "a"),
}

R = TypeVar("R", Case, Need, Goal, CaseAction)


def _as_shown(uow: UnitOfWork, model: type[R], record_id: uuid.UUID, version: int) -> R:
    """The record as the desk showed it, or why not: gone, or changed since."""
    name, end = _NAMES[model]
    return uow.load(
        model,
        record_id,
        version,
        missing=f"{name} non è più in archivio.",
        changed=f"{name} è stat{end} modificat{end} da un'altra postazione: ricarica, poi riprova.",
    )


def _load(uow: UnitOfWork, case_id: uuid.UUID, expected_version: int) -> Case:
    return _as_shown(uow, Case, case_id, expected_version)


def change_status(
    uow: UnitOfWork,
    case_id: uuid.UUID,
    expected_version: int,
    wanted: CaseStatus,
    today: date,
    closing_reason: ClosingReason | None = None,
) -> CaseView:
    """Moves a case along the method; closing needs every goal's outcome and a reason."""
    case = _load(uow, case_id, expected_version)
    try:
        check_transition(CaseStatus(case.status), wanted)
        if wanted is CaseStatus.CLOSED:
            goals = queries.goals_of(uow, case_id)
            check_closure(
                [
                    GoalAtClosure(g.title, GoalOutcome(g.outcome) if g.outcome else None)
                    for g in goals
                ],
                closing_reason,
            )
    except DomainError as refused:
        raise InvalidInput(refused.message) from None
    if wanted is CaseStatus.OPEN:  # reopening: still at most one open case per worker
        other = queries.open_case_number(
            uow, case.worker_id, [s.value for s in open_statuses()], other_than=case.id
        )
        if other:
            raise InvalidInput(f"Il lavoratore ha già un altro percorso aperto ({other}).")
    case.status = wanted.value
    case.closed_on = today if wanted is CaseStatus.CLOSED else None
    case.closing_reason = (
        closing_reason.value if wanted is CaseStatus.CLOSED and closing_reason else None
    )
    uow.flush()
    view = _view(case)
    uow.commit()
    return view


def close_case(
    uow: UnitOfWork,
    case_id: uuid.UUID,
    expected_version: int,
    outcomes: dict[uuid.UUID, GoalOutcome],
    reason: ClosingReason | None,
    today: date,
    needs: dict[uuid.UUID, NeedStatus] | None = None,
) -> CaseView:
    """Closure in one step, as the closing dialog asks it: each goal's outcome, the
    reason and, for the needs the case took on, whether each was met; all saved or none.
    A need is never left «in lavorazione» by a closed case: the operator says how it
    ended (met, not met, withdrawn)."""
    case = _load(uow, case_id, expected_version)
    for goal in queries.goals_of(uow, case.id):
        if goal.id in outcomes:
            goal.outcome = GoalOutcome(outcomes[goal.id]).value
    if needs is not None:
        ended = (NeedStatus.MET, NeedStatus.NOT_MET, NeedStatus.WITHDRAWN)
        for need in queries.needs_of_worker(uow, case.worker_id):
            if need.case_id != case.id:
                continue
            said = needs.get(need.id)
            if said is None or NeedStatus(said) not in ended:
                kinds = {k.code: k.label for k in need_taxonomy().kinds}
                raise InvalidInput(
                    f"Di' com'è finito il bisogno «{kinds.get(need.kind, need.kind)}»: "
                    "soddisfatto, non soddisfatto o ritirato."
                )
            need.status = NeedStatus(said).value
    uow.flush()
    return change_status(uow, case_id, expected_version, CaseStatus.CLOSED, today, reason)


def save_assessment(
    uow: UnitOfWork,
    case_id: uuid.UUID,
    expected_version: int,
    situation: str,
    resources: str,
    need_ids: set[uuid.UUID],
) -> CaseView:
    """The assessment: the situation, the resources, and which of the worker's needs the
    case takes on (those become "in progress"; needs let go return to the worker)."""
    case = _load(uow, case_id, expected_version)
    if CaseStatus(case.status) is CaseStatus.CLOSED:
        raise InvalidInput("Il percorso è chiuso: riaprilo per cambiare la valutazione.")
    for label, text in (("situazione", situation), ("risorse", resources)):
        if len(text) > 5000:
            raise InvalidInput(f"Il testo «{label}» supera i 5000 caratteri: accorcialo.")
    case.situation = situation.strip() or None
    case.resources = resources.strip() or None
    needs = queries.needs_of_worker(uow, case.worker_id)
    unknown = need_ids - {n.id for n in needs}
    if unknown:
        raise InvalidInput("Uno dei bisogni scelti non è di questo lavoratore.")
    for need in needs:
        if need.id in need_ids and need.case_id != case.id:
            need.case_id = case.id
            if need.status == NeedStatus.OPEN.value:
                need.status = NeedStatus.IN_PROGRESS.value
        elif need.id not in need_ids and need.case_id == case.id:
            need.case_id = None
            if need.status == NeedStatus.IN_PROGRESS.value:
                need.status = NeedStatus.OPEN.value
    uow.flush()
    view = _view(case)
    uow.commit()
    return view


def set_review(
    uow: UnitOfWork, case_id: uuid.UUID, expected_version: int, review: date | None
) -> CaseView:
    """The next review (verifica) of the case; the journal keeps the earlier ones."""
    case = _load(uow, case_id, expected_version)
    if review is not None and review < case.opened_on:
        raise InvalidInput(
            f"La verifica non può precedere l'apertura del percorso ({case.opened_on:%d/%m/%Y})."
        )
    case.next_review = review
    uow.flush()
    view = _view(case)
    uow.commit()
    return view


def set_owner(
    uow: UnitOfWork, case_id: uuid.UUID, expected_version: int, owner_id: uuid.UUID | None
) -> CaseView:
    """The operator who follows the case (referente)."""
    from welfare_desk.store.models import Operator

    case = _load(uow, case_id, expected_version)
    if owner_id is not None and uow.get(Operator, owner_id) is None:
        raise NotFound("L'operatore scelto non è più in archivio.")
    case.owner_id = owner_id
    uow.flush()
    view = _view(case)
    uow.commit()
    return view


def operators(uow: UnitOfWork) -> list[tuple[uuid.UUID, str]]:
    """The operators, by name, for the choices of owner and agenda."""

    return queries.operators_by_name(uow)


def set_need_status(
    uow: UnitOfWork, need_id: uuid.UUID, expected_version: int, status: NeedStatus
) -> None:
    need = _as_shown(uow, Need, need_id, expected_version)
    need.status = NeedStatus(status).value
    uow.commit()


def set_action_status(
    uow: UnitOfWork, action_id: uuid.UUID, expected_version: int, status: str
) -> None:
    from welfare_desk.domain.cases import ActionStatus

    action = _as_shown(uow, CaseAction, action_id, expected_version)
    action.status = ActionStatus(status).value
    uow.commit()


def add_goal(
    uow: UnitOfWork,
    case_id: uuid.UUID,
    title: str,
    target_date: date | None = None,
    need_id: uuid.UUID | None = None,
) -> uuid.UUID:
    goal_id = plan_goal(uow, case_id, title, target_date, need_id)
    uow.commit()
    return goal_id


def plan_goal(
    uow: UnitOfWork,
    case_id: uuid.UUID,
    title: str,
    target_date: date | None = None,
    need_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A goal added inside the caller's transaction."""
    if not title.strip():
        raise InvalidInput("Scrivi l'obiettivo.")
    if len(title) > 200:
        raise InvalidInput("L'obiettivo supera i 200 caratteri: accorcialo.")
    case = uow.get(Case, case_id)
    if case is None:
        raise NotFound("Il percorso non è più in archivio.")
    if CaseStatus(case.status) is CaseStatus.CLOSED:
        raise InvalidInput("Il percorso è chiuso: riaprilo per aggiungere obiettivi.")
    goal = Goal(
        case_id=case_id, title=" ".join(title.split()), target_date=target_date, need_id=need_id
    )
    uow.add(goal)
    uow.flush()
    return goal.id


def set_goal_outcome(
    uow: UnitOfWork, goal_id: uuid.UUID, expected_version: int, outcome: GoalOutcome
) -> None:
    goal = _as_shown(uow, Goal, goal_id, expected_version)
    goal.outcome = GoalOutcome(outcome).value
    uow.commit()


def add_action(
    uow: UnitOfWork,
    goal_id: uuid.UUID,
    kind: str,
    title: str,
    responsible: str,
    due_date: date | None,
) -> uuid.UUID:
    action_id = plan_action(uow, goal_id, kind, title, responsible, due_date)
    uow.commit()
    return action_id


def plan_action(
    uow: UnitOfWork,
    goal_id: uuid.UUID,
    kind: str,
    title: str,
    responsible: str,
    due_date: date | None,
) -> uuid.UUID:
    """An action added inside the caller's transaction."""
    from welfare_desk.domain.cases import ActionStatus, ActionType, Responsible

    if not title.strip():
        raise InvalidInput("Scrivi che cosa va fatto.")
    if len(title) > 200:
        raise InvalidInput("L'azione supera i 200 caratteri: accorciala.")
    goal = uow.get(Goal, goal_id)
    if goal is None:
        raise NotFound("L'obiettivo non è più in archivio.")
    case = uow.get(Case, goal.case_id)
    if case is not None and CaseStatus(case.status) is CaseStatus.CLOSED:
        raise InvalidInput("Il percorso è chiuso: riaprilo per aggiungere azioni.")
    action = CaseAction(
        goal_id=goal_id,
        kind=ActionType(kind).value,
        title=" ".join(title.split()),
        responsible=Responsible(responsible).value,
        due_date=due_date,
        status=ActionStatus.PLANNED.value,
    )
    uow.add(action)
    uow.flush()
    return action.id


def counts(uow: UnitOfWork) -> dict[str, object]:
    """For `stats`: contacts, needs, and cases by status (every status listed)."""
    counted = queries.case_counts(uow)
    by_status = counted["by_status"]
    return {
        "contacts": counted["contacts"],
        "needs": counted["needs"],
        "cases_by_status": {s.value: int(by_status.get(s.value, 0)) for s in CaseStatus},
    }


def case_detail(uow: UnitOfWork, number: str) -> dict[str, Any]:
    """A case as the command line prints it: goals with their actions."""
    from welfare_desk.store.models import Operator

    case = queries.case_numbered(uow, number.strip().upper())
    if case is None:
        raise NotFound(f"Nessun percorso con numero {number.strip().upper()} in archivio.")
    worker = uow.get(Worker, case.worker_id)
    owner = uow.get(Operator, case.owner_id) if case.owner_id else None
    goals = queries.goals_of(uow, case.id, ordered=True)
    return {
        "number": case.number,
        "status": case.status,
        "owner": owner.name if owner else None,
        "worker": f"{worker.surname} {worker.name}" if worker else None,
        "goals": [
            {
                "title": goal.title,
                "target_date": goal.target_date,
                "outcome": goal.outcome,
                "actions": [
                    {"type": a.kind, "due": a.due_date, "status": a.status}
                    for a in queries.actions_of(uow, [goal.id])
                ],
            }
            for goal in goals
        ],
    }
