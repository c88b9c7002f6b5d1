"""A data subject's requests: recorded with the day they came, answered within a month
(three when extended, with the reason), in the agenda until then."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from welfare_desk.domain.subject_rights import RIGHT_LABELS, RightKind, answer_due
from welfare_desk.errors import InvalidInput
from welfare_desk.registry import queries
from welfare_desk.store.models import SubjectRequest
from welfare_desk.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class SubjectRequestView:
    id: uuid.UUID
    version: int
    kind: str
    label: str
    received_on: date
    due_on: date
    extended: bool
    answered_on: date | None


def _view(row: SubjectRequest) -> SubjectRequestView:
    return SubjectRequestView(
        row.id,
        row.version,
        row.kind,
        RIGHT_LABELS[RightKind(row.kind)],
        row.received_on,
        row.due_on,
        row.extended,
        row.answered_on,
    )


def open_request(
    uow: UnitOfWork, worker_id: uuid.UUID, kind: RightKind, received_on: date
) -> SubjectRequestView:
    uow.require_visible(worker_id)
    if received_on > uow.clock.today():
        raise InvalidInput("La richiesta non può arrivare in un giorno che deve ancora venire.")
    row = SubjectRequest(
        worker_id=worker_id,
        kind=kind.value,
        received_on=received_on,
        due_on=answer_due(received_on, False),
        extended=False,
    )
    uow.add(row)
    uow.flush()
    view = _view(row)
    uow.commit()
    return view


def _load(uow: UnitOfWork, request_id: uuid.UUID, version: int) -> SubjectRequest:
    row = uow.load(
        SubjectRequest,
        request_id,
        version,
        missing="La richiesta dell'interessato non è più in archivio.",
        changed="La richiesta è stata modificata da un'altra postazione: ricarica, poi riprova.",
    )
    uow.require_visible(row.worker_id)
    return row


def extend_request(
    uow: UnitOfWork, request_id: uuid.UUID, version: int, reason: str
) -> SubjectRequestView:
    """Two more months (art. 12 par. 3), once, with the reason told to the person."""
    row = _load(uow, request_id, version)
    why = " ".join(reason.split())
    if row.extended:
        raise InvalidInput("La richiesta è già prorogata: la legge concede una sola proroga.")
    if not why:
        raise InvalidInput("Scrivi il motivo della proroga: va comunicato all'interessato.")
    row.extended, row.extension_reason = True, why[:300]
    row.due_on = answer_due(row.received_on, True)
    uow.flush()
    view = _view(row)
    uow.commit()
    return view


def answer_request(uow: UnitOfWork, request_id: uuid.UUID, version: int, on: date) -> None:
    row = _load(uow, request_id, version)
    if on < row.received_on:
        raise InvalidInput("La risposta non può essere datata prima della richiesta.")
    row.answered_on = on
    uow.flush()
    uow.commit()


def requests_of_worker(uow: UnitOfWork, worker_id: uuid.UUID) -> list[SubjectRequestView]:
    uow.require_visible(worker_id)
    return [_view(r) for r in queries.subject_requests(uow, worker_id)]
