"""Demo catalogue, enrollments, budgets and vouchers, as the programmes' networks offer them.

Campus and summer centres (some with inclusion support), pre and post school, holiday
workshops at Christmas, Carnival and Easter, tagesmutter, parent counselling, financial
education, a welfare day: editions around the demo's today, past ones attended.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from welfare_desk.domain.catalogue import (
    Audience,
    EditionStatus,
    Period,
    PriceModel,
    ServiceKind,
)
from welfare_desk.domain.dates import age_on
from welfare_desk.domain.enrollments import EnrollmentStatus
from welfare_desk.domain.ledger import BudgetKind, Movement, VoucherStatus
from welfare_desk.domain.search_text import name_key
from welfare_desk.store.ids import new_id


@dataclass(frozen=True)
class Template:
    name: str
    category: str
    audience: Audience
    ages: tuple[int | None, int | None]
    price: tuple[PriceModel, int | None, int | None, int | None]  # model, worker, full, voucher €
    tax_class: str
    periods: tuple[Period, ...]
    capacity: tuple[int, int]
    description: str
    kind: ServiceKind = ServiceKind.SERVICE
    inclusion: bool = False
    sessions: int = 5  # per edition; weekly for courses, daily for camps
    yearly: bool = False  # one edition per calendar year (a purchase card, not a course)


TEMPLATES = (
    Template(
        "Campus estivo",
        "childcare.holiday_camps",
        Audience.CHILDREN,
        (6, 11),
        (PriceModel.SUBSIDISED, 80, 200, 120),
        "c2_fbis",
        (Period.SUMMER,),
        (20, 40),
        "Settimane di gioco, sport e laboratori all'aperto, 8:30-16:30 con pranzo.",
    ),
    Template(
        "Centro estivo con sostegno all'inclusione",
        "childcare.holiday_camps",
        Audience.CHILDREN,
        (3, 14),
        (PriceModel.SUBSIDISED, 60, 180, 120),
        "c2_fbis",
        (Period.SUMMER,),
        (15, 30),
        "Centro estivo con educatore dedicato per bambini con diagnosi funzionale.",
        inclusion=True,
    ),
    Template(
        "Pre e post scuola",
        "childcare.pre_post_school",
        Audience.CHILDREN,
        (6, 11),
        (PriceModel.SUBSIDISED, 150, 400, 250),
        "c2_fbis",
        (Period.SCHOOL_YEAR,),
        (20, 50),
        "Accoglienza dalle 7:30 e dopo le lezioni fino alle 18:00, nei plessi della primaria.",
        sessions=0,
    ),
    Template(
        "Laboratori nelle vacanze di Natale",
        "childcare.holiday_camps",
        Audience.CHILDREN,
        (6, 13),
        (PriceModel.SUBSIDISED, 40, 90, 50),
        "c2_fbis",
        (Period.CHRISTMAS,),
        (15, 25),
        "Laboratori creativi e di lettura nei giorni di chiusura delle scuole.",
    ),
    Template(
        "Laboratori di Carnevale",
        "childcare.holiday_camps",
        Audience.CHILDREN,
        (5, 11),
        (PriceModel.SUBSIDISED, 20, 45, 25),
        "c2_fbis",
        (Period.CARNIVAL,),
        (15, 25),
        "Due giornate di maschere, musica e giochi.",
        sessions=2,
    ),
    Template(
        "Campus di Pasqua",
        "childcare.holiday_camps",
        Audience.CHILDREN,
        (6, 13),
        (PriceModel.SUBSIDISED, 35, 80, 45),
        "c2_fbis",
        (Period.EASTER,),
        (15, 30),
        "Attività motorie e all'aperto nella settimana di Pasqua.",
        sessions=3,
    ),
    Template(
        "Tagesmutter – nido in famiglia",
        "childcare.babysitting",
        Audience.CHILDREN,
        (0, 3),
        (PriceModel.SUBSIDISED, 300, 600, 300),
        "c2_fbis",
        (Period.SCHOOL_YEAR,),
        (3, 5),
        "Piccoli gruppi di bambini accolti da un'educatrice formata, nella sua casa.",
        sessions=0,
    ),
    Template(
        "Consulenza educativa per genitori",
        "psychological",
        Audience.WORKER,
        (None, None),
        (PriceModel.FREE, None, None, None),
        "c2_f",
        (Period.OTHER,),
        (8, 12),
        "Quattro incontri con una pedagogista su tempi, regole e crescita dei figli.",
        kind=ServiceKind.WORKSHOP,
        sessions=4,
    ),
    Template(
        "Corso di educazione finanziaria",
        "money.financial_education",
        Audience.WORKER,
        (None, None),
        (PriceModel.FREE, None, None, None),
        "c2_f",
        (Period.OTHER,),
        (15, 25),
        "Bilancio familiare, risparmio, credito e come evitare il sovraindebitamento.",
        kind=ServiceKind.COURSE,
        sessions=4,
    ),
    Template(
        "Spazio compiti e supporto DSA",
        "school.special_needs",
        Audience.CHILDREN,
        (8, 14),
        (PriceModel.SUBSIDISED, 90, 220, 130),
        "c2_fbis",
        (Period.SCHOOL_YEAR,),
        (8, 15),
        "Aiuto nei compiti con strumenti compensativi, in accordo con la scuola.",
        inclusion=True,
        sessions=0,
    ),
    Template(
        "Assistenza domiciliare per familiari anziani",
        "care.elderly",
        Audience.FAMILY,
        (65, None),
        (PriceModel.SUBSIDISED, 200, 450, 250),
        "c2_fter",
        (Period.OTHER,),
        (5, 10),
        "Operatrici socio-sanitarie a domicilio, fino a 10 ore la settimana.",
        sessions=0,
    ),
    Template(
        "Welfare day",
        "public_services",
        Audience.WORKER,
        (None, None),
        (PriceModel.FREE, None, None, None),
        "outside",
        (Period.OTHER,),
        (80, 150),
        "Una giornata in azienda con gli sportelli del territorio e i servizi del catalogo.",
        kind=ServiceKind.EVENT,
        sessions=1,
    ),
    Template(
        "Carta acquisti welfare",
        "money.budget",
        Audience.WORKER,
        (None, None),
        (PriceModel.FULL, None, 200, 200),
        "c3_fringe",
        (Period.OTHER,),
        (200, 400),
        "Buono acquisto nominativo per beni e servizi, entro la soglia dei fringe benefit.",
        sessions=0,
        yearly=True,
    ),
)


# Programme lines by action and partner: the € 169.952 of the demo programme.
@dataclass(frozen=True, slots=True)
class Cycle:
    """A three-year work–life balance plan, as the region funds them (2025–2027, …)."""

    name: str
    starts_on: date
    ends_on: date


def programme_cycle(today: date) -> Cycle:
    """The plan running on the demo's day: the demo always has money to spend."""
    first = today.year - (today.year - 2025) % 3
    return Cycle(
        f"Piano di conciliazione {first}–{first + 2}", date(first, 1, 1), date(first + 2, 12, 31)
    )


PROGRAMME_LINES = (
    ("Voucher servizi per l'infanzia", 0, 48_000),
    ("Centri estivi e campus", 1, 52_000),
    ("Centri estivi e campus", 2, 21_952),
    ("Sportello welfare e orientamento", 0, 26_000),
    ("Educazione finanziaria", 2, 12_000),
    ("Sostegno ai caregiver", 1, 10_000),
)
ACTION_OF = {
    "childcare.pre_post_school": "Voucher servizi per l'infanzia",
    "childcare.babysitting": "Voucher servizi per l'infanzia",
    "childcare.holiday_camps": "Centri estivi e campus",
    "school.special_needs": "Voucher servizi per l'infanzia",
    "care.elderly": "Sostegno ai caregiver",
}
ALLOWANCE_EMPLOYER = "Officine Lodigiane S.p.A."
ALLOWANCE_EUR = 500


CONTACTS = ("Chiara Bassi", "Marco Ferrara", "Laura Galli", "Simone Rinaldi", "Paola Villa")


@dataclass
class DemoCatalogue:
    services: list[dict[str, Any]] = field(default_factory=list)
    editions: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    agreements: list[dict[str, Any]] = field(default_factory=list)
    enrollments: list[dict[str, Any]] = field(default_factory=list)
    attendance: list[dict[str, Any]] = field(default_factory=list)
    budgets: list[dict[str, Any]] = field(default_factory=list)
    vouchers: list[dict[str, Any]] = field(default_factory=list)
    ledger: list[dict[str, Any]] = field(default_factory=list)


def _windows(period: Period, today: date, rng: random.Random) -> list[tuple[date, date, str]]:
    """Edition dates of a period around today: one past run and the coming ones."""
    year = today.year
    found: list[tuple[date, date, str]] = []
    if period is Period.SUMMER:
        for y in (year - 1, year if today < date(year, 8, 31) else year + 1):
            monday = date(y, 6, 15) - timedelta(days=date(y, 6, 15).weekday())
            for week in sorted(rng.sample(range(10), rng.randint(2, 4))):
                start = monday + timedelta(weeks=week)
                title = f"Estate {y}, settimana dal {start:%d/%m}"
                found.append((start, start + timedelta(days=4), title))
    elif period is Period.CHRISTMAS:
        for y in (year - 1, year):
            found.append((date(y, 12, 27), date(y, 12, 31), f"Natale {y}"))
    elif period is Period.CARNIVAL:
        for y in (year, year + 1):
            start = date(y, 2, 12) + timedelta(days=rng.randrange(0, 10))
            found.append((start, start + timedelta(days=1), f"Carnevale {y}"))
    elif period is Period.EASTER:
        for y in (year, year + 1):
            start = date(y, 4, 2) + timedelta(days=rng.randrange(0, 14))
            found.append((start, start + timedelta(days=2), f"Pasqua {y}"))
    elif period is Period.SCHOOL_YEAR:
        first = year - 1 if today.month < 9 else year
        for y in (first - 1, first):
            found.append(
                (date(y, 9, 12), date(y + 1, 6, 6), f"Anno scolastico {y}/{(y + 1) % 100:02d}")
            )
    else:
        for _ in range(rng.randint(2, 3)):
            start = today + timedelta(days=rng.randrange(-200, 150))
            title = f"Edizione di {MONTHS[start.month - 1]} {start.year}"
            found.append((start, start + timedelta(weeks=3), title))
    return found


MONTHS = (
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
    "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
)  # fmt: skip


def build_catalogue(
    rng: random.Random,
    today: date,
    providers: Sequence[tuple[uuid.UUID, str, str]],
    employers: Sequence[uuid.UUID],
    municipalities: Sequence[str],
    services: int | None = None,
    editions_per_service: int | None = None,
) -> DemoCatalogue:
    """Services from the templates, spread over providers and places; `services` and
    `editions_per_service` make the benchmark's large catalogue from the same templates."""
    made = DemoCatalogue()
    cycle = programme_cycle(today)
    for oid, provider, _ in providers:
        made.agreements.append(
            {
                "id": new_id(),
                "provider_id": oid,
                "title": f"Convenzione {provider} – {cycle.name}",
                "valid_from": cycle.starts_on,
                "valid_to": cycle.ends_on,
                "rates": "Tariffe agevolate per i dipendenti delle aziende aderenti; "
                "quota a carico del programma fino al valore del voucher.",
                "programme": cycle.name,
                "employer_ids": [str(e) for e in employers],
                "contact_name": rng.choice(CONTACTS),
                "contact_email": f"servizi@{name_key(provider)[:20]}.it",
                "contact_phone": f"0371 {rng.randrange(100000, 999999)}",
            }
        )
    agreement_of = {a["provider_id"]: a["id"] for a in made.agreements}
    count = services or len(TEMPLATES) * len(providers)
    for index in range(count):
        template = TEMPLATES[index % len(TEMPLATES)]
        oid, provider, home = providers[(index // len(TEMPLATES)) % len(providers)]
        where = home if rng.random() < 0.6 else rng.choice(municipalities)
        model, worker_eur, full_eur, voucher_eur = template.price
        suffix = "" if index < len(TEMPLATES) * len(providers) else f" {index + 1}"
        service_id = new_id()
        made.services.append(
            {
                "id": service_id,
                "name": f"{template.name} a {where}{suffix}",
                "name_key": name_key(f"{template.name} a {where}{suffix}"),
                "kind": template.kind.value,
                "category": template.category,
                "description": template.description,
                "provider_id": oid,
                "agreement_id": agreement_of[oid],
                "municipality": where,
                "address": f"Via {rng.choice(('Garibaldi', 'Mazzini', 'Dante', 'Verdi'))} "
                f"{rng.randrange(1, 80)}",
                "audience": template.audience.value,
                "min_age": template.ages[0],
                "max_age": template.ages[1],
                "target_categories": [],
                "employer_ids": [str(rng.choice(employers))] if rng.random() < 0.12 else [],
                "municipalities": [],
                "inclusion_support": template.inclusion,
                "price_model": model.value,
                "worker_price_cents": worker_eur * 100 if worker_eur is not None else None,
                "full_price_cents": full_eur * 100 if full_eur is not None else None,
                "voucher_value_cents": voucher_eur * 100 if voucher_eur is not None else None,
                "tax_class": template.tax_class,
                "active": True,
            }
        )
        if template.yearly:
            year = today.year
            windows = [(date(year, 1, 1), date(year, 12, 31), f"Anno {year}")]
        else:
            windows = [w for p in template.periods for w in _windows(p, today, rng)]
        if editions_per_service:
            while len(windows) < editions_per_service:
                windows += [w for p in template.periods for w in _windows(p, today, rng)]
            windows = windows[:editions_per_service]
        if template.kind is ServiceKind.EVENT:  # a welfare day lasts a day
            windows = [(s, s, f"Welfare day del {s:%d/%m/%Y}") for s, _e, _t in windows]
        for start, end, title in windows:
            edition_id = new_id()
            made.editions.append(
                {
                    "id": edition_id,
                    "service_id": service_id,
                    "title": title,
                    "period": template.periods[0].value,
                    "starts_on": start,
                    "ends_on": end,
                    "status": EditionStatus.OPEN.value
                    if end >= today
                    else EditionStatus.CLOSED.value,
                    "capacity": rng.randint(*template.capacity),
                    "taken": 0,
                    "waiting": 0,
                }
            )
            step = 7 if template.kind in (ServiceKind.COURSE, ServiceKind.WORKSHOP) else 1
            for n in range(template.sessions):
                day = start + timedelta(days=n * step)
                if day <= end or step == 7:
                    made.sessions.append(
                        {"id": new_id(), "edition_id": edition_id, "day": day, "minutes": 180}
                    )
                    if day > end:
                        made.editions[-1]["ends_on"] = day
    return made


@dataclass(frozen=True)
class Child:
    worker_id: uuid.UUID
    member_id: uuid.UUID
    birth_date: date
    employer_id: uuid.UUID


def enroll_children(
    made: DemoCatalogue,
    children: Sequence[Child],
    rng: random.Random,
    today: date,
    partners: Sequence[uuid.UUID],
    allowance_workers: Sequence[uuid.UUID],
) -> None:
    """Children into editions they fit, in the order families came; the past ones
    attended, a few cancelled; vouchers from the programme's lines and allowances."""
    by_service = {s["id"]: s for s in made.services}
    sessions: dict[uuid.UUID, list[uuid.UUID]] = {}
    for session in made.sessions:
        sessions.setdefault(session["edition_id"], []).append(session["id"])
    for_children = [
        e
        for e in made.editions
        if by_service[e["service_id"]]["audience"] == Audience.CHILDREN.value
        and not by_service[e["service_id"]]["employer_ids"]
    ]
    cycle = programme_cycle(today)
    lines = _programme_budgets(made, partners, cycle)
    balance = {b["id"]: b["_cents"] for b in lines}
    line_of_action: dict[str, list[uuid.UUID]] = {}
    for b in lines:
        line_of_action.setdefault(b["action"], []).append(b["id"])
    counters: Counter[int] = Counter()
    _allowances(made, allowance_workers, today, rng, counters)
    for child in children:
        tries = rng.sample(for_children, min(12, len(for_children)))
        for edition in tries:
            service = by_service[edition["service_id"]]
            years = age_on(child.birth_date, edition["starts_on"])
            if not (service["min_age"] or 0) <= years <= (service["max_age"] or 99):
                continue
            past = edition["ends_on"] < today
            if edition["taken"] < edition["capacity"]:
                status = EnrollmentStatus.ATTENDED if past else EnrollmentStatus.CONFIRMED
                if rng.random() < 0.06:
                    status = EnrollmentStatus.CANCELLED
                else:
                    edition["taken"] += 1
            elif past:
                continue
            else:
                status = EnrollmentStatus.WAITLISTED
                edition["waiting"] += 1
            enrollment_id = new_id()
            made.enrollments.append(
                {
                    "id": enrollment_id,
                    "edition_id": edition["id"],
                    "worker_id": child.worker_id,
                    "member_id": child.member_id,
                    "status": status.value,
                    "action_id": None,
                    "_at": edition["starts_on"] - timedelta(days=rng.randrange(10, 40)),
                }
            )
            if status is EnrollmentStatus.ATTENDED:
                for session_id in sessions.get(edition["id"], []):
                    made.attendance.append(
                        {
                            "id": new_id(),
                            "enrollment_id": enrollment_id,
                            "session_id": session_id,
                            "present": rng.random() < 0.93,
                            "_at": edition["ends_on"],
                        }
                    )
            value = service["voucher_value_cents"]
            action = ACTION_OF.get(service["category"])
            if (
                value
                and action in line_of_action
                and status in (EnrollmentStatus.ATTENDED, EnrollmentStatus.CONFIRMED)
                and rng.random() < 0.6
            ):
                budget = rng.choice(line_of_action[action])
                if balance[budget] >= value:
                    balance[budget] -= value
                    # Issued before the edition starts, never after the demo's today.
                    issued = edition["starts_on"] - timedelta(days=rng.randrange(7, 30))
                    if issued > today:  # booked ahead: issued in the last weeks
                        issued = today - timedelta(days=rng.randrange(0, 45))
                    issued = max(issued, cycle.starts_on + timedelta(days=1))
                    counters[issued.year] += 1  # numbered per year, as the desk numbers them
                    number = f"V-{issued.year}-{counters[issued.year]:05d}"
                    _voucher(
                        made,
                        number,
                        child.worker_id,
                        child.member_id,
                        service,
                        edition,
                        enrollment_id,
                        budget,
                        issued,
                        today,
                    )
            break


def _programme_budgets(
    made: DemoCatalogue, partners: Sequence[uuid.UUID], cycle: Cycle
) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    for action, partner, euro in PROGRAMME_LINES:
        budget_id = new_id()
        cents = euro * 100
        line = {
            "id": budget_id,
            "kind": BudgetKind.PROGRAMME.value,
            "name": f"{action} – partner {partner + 1}",
            "programme": cycle.name,
            "action": action,
            "partner_id": partners[partner % len(partners)],
            "employer_id": None,
            "worker_id": None,
            "year": None,
            "valid_from": cycle.starts_on,
            "valid_to": cycle.ends_on,
            "_cents": cents,
        }
        lines.append(line)
        made.budgets.append(line)
        allocated = cycle.starts_on + timedelta(days=1)
        made.ledger.append(_entry(budget_id, Movement.ALLOCATION, cents, None, allocated))
    return lines


CARD_SPENDERS = 0.3  # of the workers with an allowance, those who took a purchase card


def _allowances(
    made: DemoCatalogue,
    workers: Sequence[uuid.UUID],
    today: date,
    rng: random.Random,
    counters: Counter[int],
) -> None:
    """Each worker's yearly allowance; some spent on a nominal purchase card, a fringe
    benefit (art. 51 c. 3 TUIR), issued in the year so far."""
    by_id = {s["id"]: s for s in made.services}
    cards = [
        e
        for e in made.editions
        if by_id[e["service_id"]]["tax_class"] == "c3_fringe"
        and e["starts_on"] <= today <= e["ends_on"]
    ]
    for worker_id in workers:
        budget_id = new_id()
        made.budgets.append(
            {
                "id": budget_id,
                "kind": BudgetKind.ALLOWANCE.value,
                "name": f"Credito welfare {today.year}",
                "programme": None,
                "action": None,
                "partner_id": None,
                "employer_id": None,
                "worker_id": worker_id,
                "year": today.year,
                "valid_from": date(today.year, 1, 1),
                "valid_to": date(today.year, 12, 31),
            }
        )
        made.ledger.append(
            _entry(
                budget_id,
                Movement.ALLOCATION,
                ALLOWANCE_EUR * 100,
                None,
                date(today.year, 1, 2),
            )
        )
        if cards and rng.random() < CARD_SPENDERS and today > date(today.year, 1, 10):
            edition = rng.choice(cards)
            service = by_id[edition["service_id"]]
            issued = date(today.year, 1, 10) + timedelta(
                days=rng.randrange((today - date(today.year, 1, 10)).days + 1)
            )
            counters[issued.year] += 1
            number = f"V-{issued.year}-{counters[issued.year]:05d}"
            _voucher(
                made, number, worker_id, None, service, edition, None, budget_id, issued, today
            )


def _entry(
    budget_id: uuid.UUID, movement: Movement, cents: int, voucher_id: uuid.UUID | None, on: date
) -> dict[str, Any]:
    return {
        "budget_id": budget_id,
        "booked_on": on,
        "movement": movement.value,
        "amount_cents": cents,
        "voucher_id": voucher_id,
        "note": None,
    }


def _voucher(
    made: DemoCatalogue,
    number: str,
    worker_id: uuid.UUID,
    member_id: uuid.UUID | None,
    service: dict[str, Any],
    edition: dict[str, Any],
    enrollment_id: uuid.UUID | None,
    budget_id: uuid.UUID,
    issued: date,
    today: date,
) -> None:
    voucher_id = new_id()
    made.vouchers.append(
        {
            "id": voucher_id,
            "number": number,
            "worker_id": worker_id,
            "member_id": member_id,
            "service_id": service["id"],
            "edition_id": edition["id"],
            "enrollment_id": enrollment_id,
            "budget_id": budget_id,
            "value_cents": service["voucher_value_cents"],
            "status": VoucherStatus.USED.value
            if edition["ends_on"] < today
            else VoucherStatus.ISSUED.value,
            "issued_on": issued,
            "year": issued.year,
            "tax_class": service["tax_class"],
            "fringe": service["tax_class"] == "c3_fringe",
            "cancelled_on": None,
        }
    )
    entry = _entry(
        budget_id, Movement.VOUCHER_ISSUED, -service["voucher_value_cents"], voucher_id, issued
    )
    entry["note"] = number
    made.ledger.append(entry)
