"""Demo health-fund and smart-working requests, in every state, dated as lived."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from welfare_desk.domain.health_funds import HfStatus, RequestKind, claim_deadline
from welfare_desk.domain.smart_working import SwStatus, communication_due
from welfare_desk.reference import health_funds, smart_working_rules
from welfare_desk.store.ids import new_id

HEALTH_SHARE = 0.02
SMART_WORKING_SHARE = 0.015
PLACES = (
    "domicilio",
    "domicilio e sedi di coworking della provincia",
    "domicilio o casa dei genitori",
)
TOOLS = ("portatile aziendale", "portatile e telefono aziendali", "portatile aziendale con VPN")


@dataclass
class DemoRequests:
    health: list[dict[str, Any]] = field(default_factory=list)
    invoices: list[dict[str, Any]] = field(default_factory=list)
    smart_working: list[dict[str, Any]] = field(default_factory=list)
    communications: list[dict[str, Any]] = field(default_factory=list)
    counters: Counter[str] = field(default_factory=Counter)

    def number(self, prefix: str, year: int) -> str:
        self.counters[f"{prefix}:{year}"] += 1
        code = "FS" if prefix == "hf_counter" else "LA"
        return f"{code}-{year}-{self.counters[f'{prefix}:{year}']:05d}"


def for_workers(
    batch: Sequence[dict[str, Any]],
    rng: random.Random,
    today: date,
    made: DemoRequests,
    pace: int = 1,
) -> None:
    """`pace` times the demo's share of workers with a request (the full programme's)."""
    for worker in batch:
        if rng.random() < HEALTH_SHARE * pace:
            _health(worker["id"], rng, today, made)
        if rng.random() < SMART_WORKING_SHARE * pace:
            _smart_working(worker["id"], rng, today, made)


def _health(worker_id: uuid.UUID, rng: random.Random, today: date, made: DemoRequests) -> None:
    fund = rng.choice(list(health_funds().values()))
    status = rng.choice(list(HfStatus))
    kind = RequestKind.REIMBURSEMENT if rng.random() < 0.8 else RequestKind.FAMILY_EXTENSION
    regime = "indirect"
    started = today - timedelta(days=rng.randrange(5, 160))
    request_id = new_id()
    invoices = []
    if kind is RequestKind.REIMBURSEMENT:
        for _ in range(rng.randint(1, 3)):
            day = started - timedelta(days=rng.randrange(0, 30))
            cents = rng.randrange(40, 900) * 100
            invoices.append((day, cents))
            made.invoices.append(
                {
                    "id": new_id(),
                    "request_id": request_id,
                    "invoice_date": day,
                    "amount_cents": cents,
                    "issuer": None,
                }
            )
    claimed = sum(c for _, c in invoices)
    if status is HfStatus.DRAFT and invoices:
        # a draft still in time, so the agenda has deadlines ahead of it
        deadline = claim_deadline(fund, [d for d, _ in invoices])
        if deadline is not None and deadline < today:
            shift = (today - deadline).days + rng.randrange(2, 20)
            moved = [(d + timedelta(days=shift), c) for d, c in invoices]
            for row, (day, _c) in zip(made.invoices[-len(moved) :], moved, strict=True):
                row["invoice_date"] = day
    documents = list(fund.required(kind)) if status is not HfStatus.DRAFT else []
    submitted = started if status is not HfStatus.DRAFT else None
    suspended = None
    if status is HfStatus.SUSPENDED:  # still inside its window to complete
        suspended = today - timedelta(days=rng.randrange(0, max(fund.completion_days - 2, 1)))
    decided = None
    approved = paid = None
    if status in (HfStatus.APPROVED, HfStatus.PARTLY_APPROVED, HfStatus.REJECTED, HfStatus.PAID):
        decided = min(started + timedelta(days=rng.randrange(10, 45)), today)
        approved = claimed if status in (HfStatus.APPROVED, HfStatus.PAID) else claimed * 7 // 10
        if status is HfStatus.REJECTED:
            approved = 0
    if status is HfStatus.PAID:
        paid = approved
    year = (submitted or today).year
    made.health.append(
        {
            "id": request_id,
            "number": made.number("hf_counter", year),
            "worker_id": worker_id,
            "member_id": None,
            "fund_code": fund.code,
            "kind": kind.value,
            "regime": regime,
            "status": status.value,
            "received_on": started,
            "submitted_on": submitted,
            "suspended_on": suspended,
            "decided_on": decided,
            "paid_on": decided + timedelta(days=30) if paid is not None and decided else None,
            "amount_claimed_cents": claimed,
            "amount_approved_cents": approved,
            "amount_paid_cents": paid,
            "documents": documents,
            "notes": None,
            "decision_note": "documentazione incompleta" if status is HfStatus.SUSPENDED else None,
            "action_id": None,
        }
    )


def _smart_working(
    worker_id: uuid.UUID, rng: random.Random, today: date, made: DemoRequests
) -> None:
    status = rng.choice(list(SwStatus))
    days = rng.randint(1, 3)
    weekdays = sorted(rng.sample(range(5), days))
    term_days = None if rng.random() < 0.6 else rng.choice((180, 365))
    # Half the withdrawals come from an agreement in force: after the notice, some still in it.
    in_force = status is SwStatus.WITHDRAWN and term_days is None and rng.random() < 0.5
    begun = status in (SwStatus.ACTIVE, SwStatus.ENDED) or in_force
    # what has begun was asked for long enough ago to have been decided and started
    submitted = today - timedelta(days=rng.randrange(80, 200) if begun else rng.randrange(3, 200))
    starts = submitted + timedelta(days=rng.randrange(15, 45))
    ends = None if term_days is None else starts + timedelta(days=term_days)
    request_id = new_id()
    decided = (
        submitted + timedelta(days=rng.randrange(5, 20))
        if status not in (SwStatus.DRAFT, SwStatus.SUBMITTED, SwStatus.UNDER_REVIEW)
        else None
    )
    effective = today + timedelta(days=rng.randrange(-30, 30)) if in_force else None
    if status is SwStatus.ENDED:
        ends = max(starts, min(ends or today, today - timedelta(days=rng.randrange(0, 10))))
    if effective is not None:
        ends = effective
    with_terms = status in (SwStatus.APPROVED, SwStatus.ACTIVE, SwStatus.ENDED) or in_force
    made.smart_working.append(
        {
            "id": request_id,
            "number": made.number("sw_counter", submitted.year),
            "worker_id": worker_id,
            "status": status.value,
            "days_per_week": days,
            "weekdays": weekdays,
            "starts_on": starts,
            "ends_on": ends,
            "reasons": None,
            "received_on": submitted,
            "submitted_on": None if status is SwStatus.DRAFT else submitted,
            "decided_on": decided,
            "decision_reason": "esigenze organizzative del reparto"
            if status is SwStatus.REJECTED
            else f"recesso del lavoratore con effetto dal {effective:%d/%m/%Y}"
            if effective
            else None,
            "places": rng.choice(PLACES) if with_terms else None,
            "tools": rng.choice(TOOLS) if with_terms else None,
            "rest_times": "11 ore consecutive tra due giornate" if with_terms else None,
            "disconnection": "dalle 19 alle 8 e nei giorni festivi" if with_terms else None,
            "signed_on": decided if with_terms else None,
            "withdrawal_effective_on": effective,
            "action_id": None,
        }
    )
    rules = smart_working_rules()
    events = []
    if status in (SwStatus.ACTIVE, SwStatus.ENDED) or in_force:
        events.append(("start", starts))
    if (status is SwStatus.ENDED or in_force) and ends is not None:
        events.append(("end", ends))
    for event, day in events:
        due = communication_due(day, rules)
        # Still in its days: not yet sent; older ones mostly sent, a few forgotten.
        late = due < today and rng.random() < 0.15
        sent = None if due >= today or late else due - timedelta(days=rng.randrange(0, 5))
        made.communications.append(
            {
                "id": new_id(),
                "request_id": request_id,
                "event": event,
                "event_date": day,
                "due_on": due,
                "sent_on": sent if sent is None or sent <= today else today,
                "reference": None if sent is None else f"UNILAV-{rng.randrange(10**7, 10**8)}",
            }
        )
