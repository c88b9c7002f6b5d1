"""Requests typed wrong: corrected, or removed with the reason, while they are drafts.

A draft has not left the desk: nobody else has read it, so what it said can change and it
can go. Once sent to the fund or to HR, a request follows its own course (withdrawn,
rejected) and the record of what was sent stays as it was."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Literal, TypeVar

from welfare_desk.cases.casework import Removed, reason_for, values_of
from welfare_desk.domain.cases import ActionStatus
from welfare_desk.domain.health_funds import HfStatus, RequestKind
from welfare_desk.domain.smart_working import SwStatus
from welfare_desk.errors import InvalidInput
from welfare_desk.requests import health_funds, queries, smart_working
from welfare_desk.store.models import CaseAction, HealthFundRequest, SmartWorkingRequest
from welfare_desk.store.uow import UnitOfWork

RequestType = Literal["health_fund", "smart_working"]
R = TypeVar("R", HealthFundRequest, SmartWorkingRequest)

_PARTS = {
    "health_invoice": "health_invoice",
    "health_attachment": "health_attachment",
    "ministry_communication": "communication",
}


def _draft(status: str, number: str) -> None:
    if status not in (HfStatus.DRAFT.value, SwStatus.DRAFT.value):
        raise InvalidInput(
            f"La pratica {number} non è più una bozza: è già partita, quindi non si corregge "
            "né si elimina. Cambiane lo stato (ritirata, respinta) se non va avanti."
        )


def correct_health_request(
    uow: UnitOfWork, request_id: uuid.UUID, version: int, data: health_funds.HfInput
) -> None:
    """A draft health-fund request typed wrong, corrected: fund, regime, kind, who it is
    for, the notes. Its number stays; the history keeps what it said."""
    request = _loaded(uow, HealthFundRequest, request_id, version)
    _draft(request.status, request.number)
    if data.worker_id != request.worker_id:
        raise InvalidInput("Una pratica non passa a un altro lavoratore: eliminala e rifalla.")
    health_funds.checked(uow, data)
    request.fund_code = data.fund_code
    request.kind = RequestKind(data.kind).value
    request.regime = data.regime
    request.member_id = data.member_id
    request.notes = data.notes or None
    uow.flush()
    uow.commit()


def correct_smart_working(
    uow: UnitOfWork, request_id: uuid.UUID, version: int, data: smart_working.SwInput
) -> None:
    """A draft smart-working request typed wrong, corrected: days, weekdays, period and
    reasons. Its number stays; the history keeps what it said."""
    request = _loaded(uow, SmartWorkingRequest, request_id, version)
    _draft(request.status, request.number)
    if data.worker_id != request.worker_id:
        raise InvalidInput("Una richiesta non passa a un altro lavoratore: eliminala e rifalla.")
    smart_working.validate(data)
    request.days_per_week = data.days_per_week
    request.weekdays = list(data.weekdays)
    request.starts_on = data.starts_on
    request.ends_on = data.ends_on
    request.reasons = data.reasons or None
    uow.flush()
    uow.commit()


def remove_request(
    uow: UnitOfWork, kind: RequestType, request_id: uuid.UUID, version: int, reason: str
) -> Removed:
    """A draft request recorded by mistake, removed with the reason, together with what
    hangs on it (invoices, scans) and the plan's action that followed it, if nobody acted
    on it yet. The history keeps all of it; undo puts it back."""
    why = reason_for(reason, "la pratica")
    request: HealthFundRequest | SmartWorkingRequest
    if kind == "health_fund":
        request = _loaded(uow, HealthFundRequest, request_id, version)
    else:
        request = _loaded(uow, SmartWorkingRequest, request_id, version)
    _draft(request.status, request.number)
    parts = queries.parts_of_request(uow, request.id)
    also = tuple(Removed(_PARTS[p.__tablename__], values_of(p)) for p in parts)
    before: tuple[Removed, ...] = ()
    action = uow.get(CaseAction, request.action_id) if request.action_id else None
    if action is not None and action.status == ActionStatus.PLANNED.value:
        before = (Removed("action", values_of(action)),)
    removed = Removed(kind, values_of(request), also=also, before=before)
    for part in parts:
        uow.delete(part, reason=why)
    uow.delete(request, reason=why)
    uow.flush()
    if before and action is not None:
        uow.delete(action, reason=why)
        uow.flush()
    uow.commit()
    return removed


def _loaded(uow: UnitOfWork, model: type[R], request_id: uuid.UUID, version: int | None) -> R:
    record = uow.load(
        model,
        request_id,
        version,
        missing="La pratica non è più in archivio: qualcuno l'ha eliminata.",
        changed=lambda r: (
            f"La pratica {r.number} è stata modificata da un'altra postazione: "
            "ricarica, poi riprova."
        ),
    )
    uow.require_visible(record.worker_id)
    return record


@dataclass(frozen=True)
class Draft:
    """A draft as it was typed, to correct it in the dialog that made it."""

    id: uuid.UUID
    version: int
    number: str
    typed: health_funds.HfInput | smart_working.SwInput


def draft_of(uow: UnitOfWork, kind: RequestType, request_id: uuid.UUID) -> Draft:
    if kind == "health_fund":
        hf = _loaded(uow, HealthFundRequest, request_id, None)
        _draft(hf.status, hf.number)
        typed: health_funds.HfInput | smart_working.SwInput = health_funds.HfInput(
            hf.worker_id,
            hf.fund_code,
            RequestKind(hf.kind),
            hf.regime,
            hf.member_id,
            hf.notes,
        )
        return Draft(hf.id, hf.version, hf.number, typed)
    sw = _loaded(uow, SmartWorkingRequest, request_id, None)
    _draft(sw.status, sw.number)
    typed = smart_working.SwInput(
        sw.worker_id,
        sw.days_per_week,
        tuple(sw.weekdays or ()),
        sw.starts_on,
        sw.ends_on,
        sw.reasons,
    )
    return Draft(sw.id, sw.version, sw.number, typed)
