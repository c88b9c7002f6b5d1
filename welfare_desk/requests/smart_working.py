"""Smart-working requests: the priority derived from the household, the workflow, the
individual agreement, the Ministry's communications, the queue for decisions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from welfare_desk.cases.plan_links import add_to_open_plan
from welfare_desk.domain.agreement import clauses_from, days_text, fill
from welfare_desk.domain.cases import ActionType
from welfare_desk.domain.problems import DomainError
from welfare_desk.domain.smart_working import (
    SW_STATUS_LABELS,
    Person,
    PriorityReason,
    Rules,
    SwStatus,
    WorkerHealth,
    agreement_printable,
    check_sw_transition,
    communication_due,
    disabled_worker,
    priorities,
    priority_label,
    sw_status_text,
    terms_editable,
    withdrawal_notice,
)
from welfare_desk.domain.text import check_text
from welfare_desk.domain.wording import how_many
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import agreement_template, holidays, smart_working_rules
from welfare_desk.registry.workers import people_from, people_of
from welfare_desk.requests import queries
from welfare_desk.store.counters import next_counter, provisional_mark
from welfare_desk.store.errors import NotFound
from welfare_desk.store.models import (
    MinistryCommunication,
    Organization,
    SmartWorkingRequest,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork

if TYPE_CHECKING:  # reportlab loads only when a document is printed
    from welfare_desk.documents.agreement_pdf import AgreementDocument

PENDING = (SwStatus.SUBMITTED, SwStatus.UNDER_REVIEW)


@dataclass(frozen=True)
class SwInput:
    worker_id: uuid.UUID
    days_per_week: int
    weekdays: tuple[int, ...]
    starts_on: date
    ends_on: date | None = None
    reasons: str | None = None


@dataclass(frozen=True)
class AgreementTerms:
    places: str | None = None
    tools: str | None = None
    rest_times: str | None = None
    disconnection: str | None = None
    signed_on: date | None = None
    reachable_hours: str | None = None  # art. 18 c. 1 L. 81/2017


@dataclass(frozen=True, slots=True)
class SwView:
    id: uuid.UUID
    version: int
    number: str
    worker_id: uuid.UUID
    worker: str
    employer_id: uuid.UUID
    status: str
    days_per_week: int
    weekdays: tuple[int, ...]
    starts_on: date
    ends_on: date | None
    submitted_on: date | None
    decision_reason: str | None
    priorities: tuple[PriorityReason, ...]
    notice_days: int | None  # for the worker's withdrawal from an open-ended agreement
    terms: AgreementTerms = AgreementTerms()
    withdrawal_effective_on: date | None = None

    @property
    def priority(self) -> bool:
        return bool(self.priorities)

    def status_text(self, today: date) -> str:
        return sw_status_text(SwStatus(self.status), self.withdrawal_effective_on, today)

    # What may be done with it: the desk asks these, never restates the rules.
    @property
    def can_edit_terms(self) -> bool:
        return terms_editable(SwStatus(self.status))

    @property
    def can_extend(self) -> bool:
        """A fixed-term agreement accepted or running can be prolonged (proroga)."""
        return self.ends_on is not None and self.status in (
            SwStatus.APPROVED.value,
            SwStatus.ACTIVE.value,
        )

    @property
    def can_print_agreement(self) -> bool:
        return agreement_printable(SwStatus(self.status), self.withdrawal_effective_on)

    @property
    def priority_text(self) -> str:
        """The categories only: the health details behind them stay in the story."""
        rules = smart_working_rules()
        return ", ".join(dict.fromkeys(priority_label(p.priority, rules) for p in self.priorities))


def validate(data: SwInput) -> None:
    if not 1 <= data.days_per_week <= 5:
        raise InvalidInput("I giorni di lavoro agile vanno da 1 a 5 alla settimana.")
    if data.weekdays:
        if any(not 0 <= d <= 6 for d in data.weekdays) or len(set(data.weekdays)) != len(
            data.weekdays
        ):
            raise InvalidInput("I giorni della settimana scelti non sono validi.")
        if len(data.weekdays) != data.days_per_week:
            raise InvalidInput(
                f"Sono indicati {how_many(len(data.weekdays), 'giorno', 'giorni')} della "
                f"settimana per {how_many(data.days_per_week, 'giorno', 'giorni')} di lavoro "
                "agile: correggi uno dei due."
            )
    if data.ends_on is not None and data.ends_on < data.starts_on:
        raise InvalidInput("Il periodo finisce prima di cominciare: controlla le date.")
    problems = check_text(data.reasons, "reasons", "Motivi", 2000)
    if problems:
        raise InvalidInput(problems[0].message)


def priority_for(
    uow: UnitOfWork, worker_id: uuid.UUID, starts: date, ends: date | None
) -> list[PriorityReason]:
    worker = uow.get(Worker, worker_id)
    if worker is None:
        raise NotFound("Il lavoratore non è più in archivio.")
    people, health = people_of(worker)
    return priorities(people, health, starts, ends, smart_working_rules())


def _view(uow: UnitOfWork, request: SmartWorkingRequest, worker: Worker | None = None) -> SwView:
    worker = worker or uow.get(Worker, request.worker_id)
    assert worker is not None
    label = f"{worker.surname} {worker.name}"
    return _view_with(request, label, worker.organization_id, *people_of(worker))


def _view_with(
    request: SmartWorkingRequest,
    worker: str,
    employer_id: uuid.UUID,
    people: list[Person],
    health: WorkerHealth,
) -> SwView:
    rules = smart_working_rules()
    asked = request.submitted_on or request.received_on
    found = priorities(people, health, request.starts_on, request.ends_on, rules, asked)
    notice = withdrawal_notice(request.ends_on is None, False, False, rules)
    return SwView(
        request.id,
        request.version,
        request.number,
        request.worker_id,
        worker,
        employer_id,
        request.status,
        request.days_per_week,
        tuple(request.weekdays),
        request.starts_on,
        request.ends_on,
        request.submitted_on,
        request.decision_reason,
        tuple(found),
        notice,
        AgreementTerms(
            request.places,
            request.tools,
            request.rest_times,
            request.disconnection,
            request.signed_on,
            request.reachable_hours,
        ),
        request.withdrawal_effective_on,
    )


def request_view(uow: UnitOfWork, request: SmartWorkingRequest) -> SwView:
    """A request as the services show it; the caller has checked who may see it."""
    return _view(uow, request)


def request_views(uow: UnitOfWork, requests: list[SmartWorkingRequest]) -> list[SwView]:
    """Many requests as the services show them, their workers and households read in a
    few statements; the caller has checked who may see them."""
    workers = queries.workers_with_households(uow, [r.worker_id for r in requests])
    return [_view(uow, r, workers[r.worker_id]) for r in requests]


def create_request(uow: UnitOfWork, data: SwInput, today: date, add_to_plan: bool = True) -> SwView:
    """A draft request; with an open case, its plan gains the action to follow it."""
    validate(data)
    if uow.get(Worker, data.worker_id) is None:
        raise NotFound("Il lavoratore non è più in archivio.")
    counter = next_counter(uow, f"sw_counter:{today.year}")
    number = f"LA-{today.year}-{provisional_mark(uow)}{counter:05d}"
    request = SmartWorkingRequest(
        number=number,
        worker_id=data.worker_id,
        status=SwStatus.DRAFT.value,
        received_on=today,
        days_per_week=data.days_per_week,
        weekdays=list(data.weekdays),
        starts_on=data.starts_on,
        ends_on=data.ends_on,
        reasons=data.reasons or None,
    )
    if add_to_plan:
        request.action_id = add_to_open_plan(
            uow,
            data.worker_id,
            "time.smart_working",
            "Conciliare l'orario di lavoro con la famiglia",
            None,
            ActionType.SMART_WORKING_REQUEST.value,
            f"Richiesta di lavoro agile {number}",
            today,
        )
    uow.add(request)
    uow.flush()
    view = _view(uow, request)
    uow.commit()
    return view


def _load(uow: UnitOfWork, request_id: uuid.UUID, version: int) -> SmartWorkingRequest:
    return uow.load(
        SmartWorkingRequest,
        request_id,
        version,
        missing="La richiesta non è più in archivio.",
        changed=lambda r: (
            f"La richiesta {r.number} è stata modificata da un'altra postazione: "
            "ricarica, poi riprova."
        ),
    )


def _communicate(uow: UnitOfWork, request: SmartWorkingRequest, event: str, on: date) -> None:
    public = queries.employer_is_public(uow, request.worker_id)
    uow.add(
        MinistryCommunication(
            request_id=request.id,
            event=event,
            event_date=on,
            due_on=communication_due(on, smart_working_rules(), public=public),
        )
    )


def change_status(
    uow: UnitOfWork,
    request_id: uuid.UUID,
    version: int,
    wanted: SwStatus,
    today: date,
    reason: str | None = None,
    by_employer: bool = False,
    justified: bool = False,
) -> SwView:
    """Moves a request along; a start or an end of the agreement is owed to the Ministry
    within the days the law sets, and queued for it. Withdrawing from an active agreement
    without a justified reason takes effect after the notice (30 days; 90 when the
    employer withdraws from a disabled worker); a fixed-term one needs the reason."""
    request = _load(uow, request_id, version)
    current = SwStatus(request.status)
    try:
        check_sw_transition(current, wanted, reason)
    except DomainError as refused:
        raise InvalidInput(refused.message) from None
    if wanted is SwStatus.SUBMITTED:
        request.submitted_on = today
    if wanted in (SwStatus.APPROVED, SwStatus.REJECTED):
        request.decided_on = today
        request.decision_reason = (reason or "").strip() or None
    if wanted is SwStatus.ACTIVE and request.signed_on is None:
        raise InvalidInput(
            "L'accordo individuale va firmato prima di cominciare (art. 19 L. 81/2017): "
            "registra la data della firma nell'accordo."
        )
    if wanted is SwStatus.ACTIVE:
        _communicate(uow, request, "start", request.starts_on)  # owed from the agreed start
    if wanted is SwStatus.ENDED and (request.ends_on is None or today < request.ends_on):
        raise InvalidInput(
            "L'accordo finisce alla sua scadenza: prima di allora si chiude con un recesso "
            "(con il preavviso, o per un giustificato motivo)."
        )
    if wanted is SwStatus.WITHDRAWN and justified and not (reason or "").strip():
        raise InvalidInput("Scrivi il giustificato motivo del recesso.")
    if current is SwStatus.ACTIVE and wanted in (SwStatus.ENDED, SwStatus.WITHDRAWN):
        end = request.ends_on if wanted is SwStatus.ENDED and request.ends_on else today
        if wanted is SwStatus.WITHDRAWN and not justified:
            worker = uow.get(Worker, request.worker_id)
            assert worker is not None
            rules = smart_working_rules()
            _household, health = people_of(worker)
            notice = withdrawal_notice(
                request.ends_on is None, by_employer, disabled_worker(health), rules
            )
            if notice is None:
                raise InvalidInput(
                    "L'accordo è a tempo determinato: prima della scadenza si recede solo per "
                    "un giustificato motivo."
                )
            end = today + timedelta(days=notice)
        if wanted is SwStatus.WITHDRAWN:  # an end at the agreed term was told with the start
            _communicate(uow, request, "end", end)
        request.ends_on = end
        if wanted is SwStatus.WITHDRAWN:
            request.withdrawal_effective_on = end
            who = "datore di lavoro" if by_employer else "lavoratore"
            why = f", giustificato motivo: {reason.strip()}" if justified and reason else ""
            request.decision_reason = f"recesso del {who} con effetto dal {end:%d/%m/%Y}{why}"[:500]
    request.status = wanted.value
    uow.flush()
    view = _view(uow, request)
    uow.commit()
    return view


def save_terms(
    uow: UnitOfWork, request_id: uuid.UUID, version: int, terms: AgreementTerms
) -> SwView:
    """The individual agreement's terms (art. 19): places, tools, rest and disconnection."""
    request = _load(uow, request_id, version)
    for value, label, longest in (
        (terms.places, "Luoghi", 500),
        (terms.tools, "Strumenti", 500),
        (terms.rest_times, "Tempi di riposo", 500),
        (terms.disconnection, "Disconnessione", 500),
        (terms.reachable_hours, "Fasce di contattabilità", 300),
    ):
        problems = check_text(value, "terms", label, longest)
        if problems:
            raise InvalidInput(problems[0].message)
    if not terms_editable(SwStatus(request.status)):
        raise InvalidInput("La richiesta è chiusa: l'accordo non si modifica più.")
    request.places = terms.places or None
    request.tools = terms.tools or None
    request.rest_times = terms.rest_times or None
    request.disconnection = terms.disconnection or None
    request.reachable_hours = terms.reachable_hours or None
    request.signed_on = terms.signed_on
    uow.flush()
    view = _view(uow, request)
    uow.commit()
    return view


def extend_agreement(
    uow: UnitOfWork, request_id: uuid.UUID, version: int, new_end: date, today: date
) -> SwView:
    """A fixed-term agreement's proroga: a new, later end; while it runs, the Ministry
    hears of it as a change within the days the law sets."""
    request = _load(uow, request_id, version)
    status = SwStatus(request.status)
    if status not in (SwStatus.APPROVED, SwStatus.ACTIVE) or request.ends_on is None:
        raise InvalidInput(
            "Si proroga un accordo a tempo determinato accolto o in corso: questo "
            + ("è a tempo indeterminato." if request.ends_on is None else "non lo è.")
        )
    if new_end <= request.ends_on:
        raise InvalidInput(
            f"La proroga porta la fine dopo il {request.ends_on:%d/%m/%Y}: indica una data "
            "successiva."
        )
    if request.ends_on < today:
        raise InvalidInput(
            f"L'accordo è scaduto il {request.ends_on:%d/%m/%Y}: non si proroga, se ne fa "
            "uno nuovo."
        )
    request.ends_on = new_end
    if status is SwStatus.ACTIVE:
        _communicate(uow, request, "change", today)
    uow.flush()
    view = _view(uow, request)
    uow.commit()
    return view


def queue(uow: UnitOfWork, employer_id: uuid.UUID | None = None) -> list[SwView]:
    """Pending requests, those with a legal priority first, then by date of submission."""
    return queue_head(uow, employer_id)[0]


def queue_head(
    uow: UnitOfWork, employer_id: uuid.UUID | None = None, limit: int | None = None
) -> tuple[list[SwView], int]:
    """The first `limit` requests of the queue (all when None), and how many it holds.

    Every pending request's priority is weighed, from plain rows, to rank the queue; only
    the head is read as records and shown."""
    uow.require_people()  # names and the reasons of a priority: health, disability
    statuses = [s.value for s in PENDING]
    pending = queries.pending_rows(uow, statuses, employer_id)
    seen = uow.visible_workers(row[2] for row in pending)
    pending = [row for row in pending if row[2] in seen]
    households = queries.pending_households(uow, statuses, employer_id)
    rules = smart_working_rules()
    ranked = []
    for made, number, worker_id, starts, ends, submitted, received in pending:
        if worker_id not in households:
            continue  # decided on another desk between the two reads
        people, health = people_from(*households[worker_id])
        urgent = bool(priorities(people, health, starts, ends, rules, submitted or received))
        ranked.append((not urgent, submitted or date.max, number, made))
    ranked.sort()
    head = [made for *_key, made in ranked[:limit]]
    order = {made: place for place, made in enumerate(head)}
    requests = queries.smart_working_by_ids(uow, head)
    # the head's households are those just read: only the names are asked for
    names = queries.worker_names(uow, [r.worker_id for r in requests])
    views = [
        _view_with(r, *names[r.worker_id], *people_from(*households[r.worker_id])) for r in requests
    ]
    return sorted(views, key=lambda v: order[v.id]), len(ranked)


def all_requests(
    uow: UnitOfWork, status: SwStatus | None = None, worker_id: uuid.UUID | None = None
) -> list[SwView]:
    uow.require_people()
    found = queries.smart_working_requests(uow, status.value if status else None, worker_id)
    seen = uow.visible_workers(r.worker_id for r in found)
    return request_views(uow, [r for r in found if r.worker_id in seen])


@dataclass(frozen=True, slots=True)
class CommunicationView:
    id: uuid.UUID
    version: int
    request_number: str
    worker_id: uuid.UUID
    worker: str
    event: str
    event_date: date
    due_on: date
    sent_on: date | None
    due_note: str | None = None  # the deadline falls on a Sunday or a holiday

    def overdue(self, today: date) -> bool:
        return self.sent_on is None and self.due_on < today


def communications(uow: UnitOfWork, pending_only: bool = False) -> list[CommunicationView]:
    uow.require_people()
    days_off = holidays()
    owed = queries.communications(uow, pending_only)
    seen = uow.visible_workers(row[7] for row in owed)
    return [
        CommunicationView(
            made,
            version,
            number,
            worker_id,
            f"{surname} {name}",
            event,
            event_date,
            due_on,
            sent_on,
            _due_note(days_off.name_of(due_on)),
        )
        for (
            made,
            version,
            event,
            event_date,
            due_on,
            sent_on,
            number,
            worker_id,
            surname,
            name,
        ) in owed
        if worker_id in seen
    ]


def _due_note(day_off: str | None) -> str | None:
    return f"{day_off}: inviala il giorno lavorativo prima" if day_off else None


def record_communication(
    uow: UnitOfWork, communication_id: uuid.UUID, version: int, sent_on: date, reference: str
) -> None:
    row = uow.load(
        MinistryCommunication,
        communication_id,
        version,
        missing="La comunicazione non è più in archivio.",
        changed="La comunicazione è stata aggiornata da un'altra postazione.",
    )
    problems = check_text(reference, "reference", "Protocollo", 60)
    if problems:
        raise InvalidInput(problems[0].message)
    row.sent_on = sent_on
    row.reference = reference.strip() or None
    uow.flush()
    uow.commit()


def counts_by_status(uow: UnitOfWork) -> dict[str, int]:
    found = queries.smart_working_counts(uow)
    return {s.value: found.get(s.value, 0) for s in SwStatus}


def agreement_document(uow: UnitOfWork, number: str) -> AgreementDocument:
    """The agreement of a request, ready to print: once accepted, while it runs, after it
    ended and after a withdrawal from it (domain.smart_working.agreement_printable)."""
    from welfare_desk.documents.agreement_pdf import AgreementDocument

    uow.require_people()
    request = queries.smart_working_by_number(uow, number.strip().upper())
    if request is None:
        raise NotFound(f"Non trovo la richiesta di lavoro agile {number}.")
    if not agreement_printable(SwStatus(request.status), request.withdrawal_effective_on):
        raise InvalidInput(
            f"La richiesta {request.number} è {SW_STATUS_LABELS[SwStatus(request.status)]}: "
            "l'accordo si stampa quando è accolta."
        )
    view = _view(uow, request)
    uow.require_visible(request.worker_id)
    uow.audit("print", "worker", [request.worker_id], f"accordo di lavoro agile {request.number}")
    worker = uow.get(Worker, request.worker_id)
    employer = uow.get(Organization, worker.organization_id) if worker else None
    assert worker is not None and employer is not None
    rules = smart_working_rules()
    template = agreement_template()
    defaults = template["defaults"]
    days = (
        ", ".join(WEEKDAYS[d] for d in sorted(request.weekdays))
        if request.weekdays
        else "da concordare settimana per settimana"
    )
    period = (
        f"dal {request.starts_on:%d/%m/%Y} al {request.ends_on:%d/%m/%Y} (a tempo determinato)"
        if request.ends_on
        else f"dal {request.starts_on:%d/%m/%Y}, a tempo indeterminato"
    )
    try:
        clauses = fill(
            clauses_from(template),
            {
                "days_text": days_text(request.days_per_week),
                "weekdays": days,
                "period": period,
                "places": request.places or defaults["places"],
                "tools": request.tools or defaults["tools"],
                "rest_times": request.rest_times or defaults["rest_times"],
                "disconnection": request.disconnection or defaults["disconnection"],
                "reachable_hours": request.reachable_hours or defaults["reachable_hours"],
                "withdrawal": _withdrawal_text(view.notice_days, rules),
                "communication_days": str(rules.communication_days),
            },
        )
    except DomainError as exc:
        raise InvalidInput(exc.message) from None
    return AgreementDocument(
        number=request.number,
        employer=employer.name,
        worker=f"{worker.name} {worker.surname}",
        codice_fiscale=worker.codice_fiscale,
        title=str(template["title"]),
        subtitle=str(template["subtitle"]),
        clauses=tuple(clauses),
        signed_on=request.signed_on,
    )


WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")


def _withdrawal_text(notice_days: int | None, rules: Rules) -> str:
    if notice_days is None:
        return (
            "L'accordo è a tempo determinato: cessa alla scadenza. Prima della scadenza "
            "ciascuna parte può recedere solo in presenza di un giustificato motivo."
        )
    return (
        f"L'accordo è a tempo indeterminato: ciascuna parte può recedere con un preavviso "
        f"di almeno {notice_days} giorni. Nel caso di lavoratori disabili ai sensi "
        f"dell'art. 1 della L. 68/1999, il preavviso del recesso del datore di lavoro è di "
        f"almeno {rules.notice_employer_disabled} giorni. In presenza di un giustificato "
        "motivo ciascuna parte può recedere prima della scadenza del termine o senza preavviso."
    )
