"""Demo data: a realistic programme in an empty store, the same for the same seed."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from welfare_desk.catalogue.offer import catalogue_changed
from welfare_desk.demo import names
from welfare_desk.demo.cases import DemoCases, for_workers
from welfare_desk.demo.catalogue import (
    ALLOWANCE_EMPLOYER,
    Child,
    build_catalogue,
    enroll_children,
)
from welfare_desk.demo.queries import operators_with_role, worker_count
from welfare_desk.demo.requests import DemoRequests
from welfare_desk.demo.requests import for_workers as requests_for
from welfare_desk.domain import codice_fiscale as cf
from welfare_desk.domain.household import Disability, Relation
from welfare_desk.domain.search_text import name_key
from welfare_desk.errors import StoreNotEmpty
from welfare_desk.progress import TaskState
from welfare_desk.registry.organizations import OrganizationKind
from welfare_desk.registry.workers import token_rows, worker_sort_key
from welfare_desk.store.counters import counters_starting, raise_counter, set_counter
from welfare_desk.store.ids import new_id
from welfare_desk.store.models import (
    Agreement,
    Attendance,
    Budget,
    Case,
    CaseAction,
    Contact,
    Edition,
    EditionSession,
    Enrollment,
    Goal,
    HealthFundRequest,
    HealthInvoice,
    HouseholdMember,
    LedgerEntry,
    MinistryCommunication,
    Need,
    Operator,
    Organization,
    Service,
    SmartWorkingRequest,
    SocialPoint,
    Voucher,
    Worker,
    WorkerSearchToken,
)
from welfare_desk.store.uow import UnitOfWork

BATCH = 5000


@dataclass(frozen=True)
class DemoResult:
    workers: int
    household_members: int
    organizations: int
    social_points: int
    operators: int


class _People:
    """Draws people with valid, unique codici fiscali, as the revenue agency would."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.codes: set[str] = set()

    def code(self, surname: str, name: str, born: date, sex: str, place: str) -> str:
        base = cf.encode(surname, name, born, sex, place)
        level = 0
        code = base
        while code in self.codes:  # omocodia: the agency's answer to two equal codes
            level += 1
            code = cf.omocode(base, level)
        self.codes.add(code)
        return code

    def name(self, sex: str) -> str:
        return self.rng.choice(names.FEMALE_NAMES if sex == "F" else names.MALE_NAMES)

    def birth(self, min_age: int, max_age: int) -> date:
        start = _years_after(self.today, -max_age - 1) + timedelta(days=1)
        end = _years_after(self.today, -min_age)
        return start + timedelta(days=self.rng.randrange((end - start).days + 1))

    def place(self) -> tuple[str, str]:
        return self.rng.choice(names.MUNICIPALITIES)


def _weighted_employers(employers: list[uuid.UUID], rng: random.Random, n: int) -> list[uuid.UUID]:
    return rng.choices(employers, weights=names.EMPLOYER_WEIGHTS[: len(employers)], k=n)


def _worker(people: _People, employer: uuid.UUID, social_point: uuid.UUID) -> dict[str, Any]:
    rng = people.rng
    if rng.random() < 0.06:
        surname, first, sex, place = rng.choice(names.FOREIGN)
        municipality = people.place()[0]
    else:
        sex = "F" if rng.random() < 0.62 else "M"  # the cooperatives employ mostly women
        surname, first = rng.choice(names.SURNAMES), people.name(sex)
        municipality, place = people.place()
    born = people.birth(20, 64)
    code = people.code(surname, first, born, sex, place)
    age = people.today.year - born.year
    pregnant = sex == "F" and 24 <= age <= 42 and rng.random() < 0.04
    worker_id = new_id()
    return {
        "id": worker_id,
        "codice_fiscale": code,
        "surname": surname,
        "name": first,
        "sort_key": worker_sort_key(worker_id, surname, first),
        "birth_date": born,
        "sex": sex,
        "birth_place_code": place,
        "organization_id": employer,
        "social_point_id": social_point,
        "work_site": rng.choice(names.SITES),
        "email": f"{cf.surname_part(surname).lower()}.{first.split()[0].lower()}"
        f"{rng.randrange(100)}@esempio.it".replace("ò", "o"),
        "phone": f"3{rng.randrange(20, 50)} {rng.randrange(1_000_000, 9_999_999)}",
        "municipality": municipality,
        "pregnancy_due_date": people.today + timedelta(days=rng.randrange(20, 240))
        if pregnant
        else None,
        "disadvantaged": rng.random() < 0.06,
    }


def _household(people: _People, worker: dict[str, Any]) -> list[dict[str, Any]]:
    rng = people.rng
    members: list[dict[str, Any]] = []
    surname = worker["surname"]
    worker_born: date = worker["birth_date"]

    def member(relation: Relation, sex: str, born: date, family_name: str, **extra: Any) -> None:
        first = people.name(sex)
        place = worker["birth_place_code"] if rng.random() < 0.5 else people.place()[1]
        has_code = relation is Relation.CHILD or rng.random() < 0.5
        members.append(
            {
                "id": new_id(),
                "worker_id": worker["id"],
                "relation": relation.value,
                "surname": family_name,
                "name": first,
                "birth_date": born,
                "codice_fiscale": people.code(family_name, first, born, sex, place)
                if has_code
                else None,
                "sex": sex,
                "disability": extra.get("disability", Disability.NONE.value),
                "dependent": extra.get("dependent", False),
                "entered_on": _adopted(relation, born, people.today),
                "cared_for": extra.get("cared_for", False),
                "attendance_allowance": extra.get("attendance_allowance", False),
            }
        )

    if rng.random() < 0.75:
        sex = "M" if worker["sex"] == "F" else "F"
        partner_born = worker_born + timedelta(days=rng.randrange(-2500, 2500))
        member(Relation.PARTNER, sex, partner_born, rng.choice(names.SURNAMES))
    worker_age = people.today.year - worker_born.year
    if worker_age >= 24:
        for _ in range(rng.choices((0, 1, 2, 3), weights=(18, 26, 38, 18))[0]):
            earliest = _years_after(worker_born, 20)
            latest = min(people.today, _years_after(worker_born, 46))
            if latest <= earliest:
                break
            born = earliest + timedelta(days=rng.randrange((latest - earliest).days + 1))
            disability = rng.choices(
                (Disability.NONE, Disability.ART3_C1, Disability.ART3_C3), weights=(95, 3, 2)
            )[0]
            age = people.today.year - born.year
            member(
                Relation.CHILD,
                rng.choice("MF"),
                born,
                surname,
                disability=disability.value,
                dependent=age < 24 and rng.random() < 0.9,
            )
    if worker_age >= 40 and rng.random() < 0.35:
        born = _years_after(worker_born, -rng.randrange(22, 38))
        disability = rng.choices((Disability.NONE, Disability.ART3_C3), weights=(55, 45))[0]
        member(
            Relation.PARENT,
            rng.choice("MF"),
            born,
            surname,
            disability=disability.value,
            dependent=rng.random() < 0.3,
            # who cares, and the allowance, drawn from the birth date: the other draws stay
            cared_for=born.toordinal() % 3 != 0,
            attendance_allowance=born.toordinal() % 5 == 0,
        )
    return members


def _adopted(relation: Relation, born: date, today: date) -> date | None:
    """About one child in sixty joined the family later, by adoption or fostering; drawn
    from the birth date, so that the demo's other draws stay as they were."""
    if relation is not Relation.CHILD or born.toordinal() % 61:
        return None
    return min(today, born + timedelta(days=200 + born.toordinal() % 1700))


CHILDREN_ENROLLED = 0.05  # of the children of school age, enrolled somewhere


def _sample_children(
    rng: random.Random,
    today: date,
    batch: list[dict[str, Any]],
    household: list[dict[str, Any]],
) -> list[Child]:
    employer = {w["id"]: w["organization_id"] for w in batch}
    return [
        Child(m["worker_id"], m["id"], m["birth_date"], employer[m["worker_id"]])
        for m in household
        if m["relation"] == Relation.CHILD.value
        and m["birth_date"] > _years_after(today, -14)
        and rng.random() < CHILDREN_ENROLLED
    ]


def _catalogue(
    uow: UnitOfWork,
    rng: random.Random,
    today: date,
    org_ids: list[uuid.UUID],
    employers: list[uuid.UUID],
    children: list[Child],
    allowance_workers: list[uuid.UUID],
    services: int | None,
    editions_per_service: int | None,
) -> None:
    providers = [
        (oid, org[0], org[2])
        for oid, org in zip(org_ids, names.ORGANIZATIONS, strict=True)
        if org[1] == "provider"
    ]
    made = build_catalogue(
        rng,
        today,
        providers,
        employers,
        [m for m, _ in names.MUNICIPALITIES],
        services,
        editions_per_service,
    )
    enroll_children(made, children, rng, today, [p[0] for p in providers[:3]], allowance_workers)

    def plain(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]

    dated = {r["id"]: r["_at"] for r in made.enrollments + made.attendance}

    def when(row: Mapping[str, Any]) -> datetime:
        return datetime.combine(dated[row["id"]], time(10, 0))

    uow.insert_many(Agreement, made.agreements)
    uow.insert_many(Service, made.services)
    uow.insert_many(Edition, made.editions)
    uow.insert_many(EditionSession, made.sessions)
    uow.insert_many(Enrollment, plain(made.enrollments), when=when)
    uow.insert_many(Attendance, plain(made.attendance), when=when)
    uow.insert_many(Budget, plain(made.budgets))
    uow.insert_many(Voucher, made.vouchers)
    uow.insert_many(LedgerEntry, made.ledger)
    issued = Counter(v["year"] for v in made.vouchers)
    for year, count in issued.items():
        set_counter(uow, f"voucher_counter:{year}", count)
    catalogue_changed(uow)


def _written(uow: UnitOfWork, history: DemoCases) -> None:
    """A batch's history written and let go: a full programme's would not fit in memory."""
    for model, rows in (
        (Contact, history.contacts),
        (Case, history.cases),
        (Need, history.needs),
        (Goal, history.goals),
        (CaseAction, history.actions),
    ):
        uow.insert_many(model, rows, when=history.when)
        rows.clear()
    history.created.clear()


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def generate(
    uow: UnitOfWork,
    workers: int,
    seed: int = 1,
    today: date | None = None,
    state: TaskState | None = None,
    services: int | None = None,
    editions_per_service: int | None = None,
    full: bool = False,
) -> DemoResult:
    """Fills an empty store; refuses one that already holds workers. `services` and
    `editions_per_service` size the catalogue (the benchmark's is large); `full` gives
    the programme's stated proportions (three years, ten contacts and two paths a
    worker) instead of the lighter demo a newcomer sees."""
    today = today or uow.clock.today()
    existing = worker_count(uow)
    if existing:
        raise StoreNotEmpty(
            f"L'archivio contiene già {existing} lavoratori: i dati dimostrativi si caricano "
            "solo in un archivio vuoto."
        )
    rng = random.Random(seed)
    people = _People(rng, today)
    uow.insert_many(Operator, [{"name": n, "role": r} for n, r in names.OPERATORS])
    org_ids = uow.insert_many(
        Organization,
        [
            {
                "name": n,
                "name_key": name_key(n),
                "kind": OrganizationKind(k).value,
                "municipality": m,
            }
            for n, k, m in names.ORGANIZATIONS
        ],
    )
    org_names = {oid: org[0] for oid, org in zip(org_ids, names.ORGANIZATIONS, strict=True)}
    employers = [
        oid
        for oid, (_, kind, _) in zip(org_ids, names.ORGANIZATIONS, strict=True)
        if kind == "employer"
    ]
    social_points: dict[uuid.UUID, uuid.UUID] = {}
    points: list[dict[str, Any]] = []
    for index, (oid, (org_name, kind, municipality)) in enumerate(
        zip(org_ids, names.ORGANIZATIONS, strict=True)
    ):
        if kind != "employer":
            continue
        points.append(
            {
                "code": f"SP{len(points) + 1:02d}",
                "name": f"Social point {org_name.split()[0]} – {municipality}",
                "organization_id": oid,
                "municipality": municipality,
                "address": f"Via Roma {10 + index}",
                "opening_hours": "martedì e giovedì 9-13",
            }
        )
    codes: dict[uuid.UUID, str] = {}
    for point_id, point in zip(uow.insert_many(SocialPoint, points), points, strict=True):
        social_points[point["organization_id"]] = point_id
        codes[point_id] = point["code"]

    members_total = 0
    children: list[Child] = []
    allowance_workers: list[uuid.UUID] = []
    history = DemoCases(now=uow.clock.stamp())
    requests = DemoRequests()
    # Numbers are never given twice, even in a store emptied of its workers: go on.
    for key, value in counters_starting(uow, "case_counter:").items():
        _, point_code, year_text = key.split(":")
        history.counters[(point_code, int(year_text))] = value
    requests.counters.update(counters_starting(uow, "hf_counter:", "sw_counter:"))
    operator_ids = operators_with_role(uow, "welfare_manager")
    chosen = _weighted_employers(employers, rng, workers)
    for start in range(0, workers, BATCH):
        batch = [
            _worker(people, employer, social_points[employer])
            for employer in chosen[start : start + BATCH]
        ]
        household = [m for w in batch for m in _household(people, w)]
        uow.insert_many(Worker, batch)
        uow.insert_many(HouseholdMember, household)
        uow.insert_derived(
            WorkerSearchToken,
            [
                row
                for w in batch
                for row in token_rows(
                    w["id"],
                    w["surname"],
                    w["name"],
                    w["codice_fiscale"],
                    org_names[w["organization_id"]],
                )
            ],
        )
        members_total += len(household)
        children += _sample_children(rng, today, batch, household)
        allowance_workers += [
            w["id"] for w in batch if org_names[w["organization_id"]] == ALLOWANCE_EMPLOYER
        ]
        for_workers(batch, codes, operator_ids, rng, today, history, full)
        _written(uow, history)
        requests_for(batch, rng, today, requests, 3 if full else 1)
        if state is not None:
            state.progress(min(start + BATCH, workers), workers)
    _catalogue(
        uow,
        rng,
        today,
        org_ids,
        employers,
        children,
        allowance_workers,
        services,
        editions_per_service,
    )
    uow.insert_many(HealthFundRequest, requests.health)
    uow.insert_many(HealthInvoice, requests.invoices)
    uow.insert_many(SmartWorkingRequest, requests.smart_working)
    uow.insert_many(MinistryCommunication, requests.communications)
    for key, count in requests.counters.items():
        raise_counter(uow, key, count)
    for (code, year), count in history.counters.items():
        set_counter(uow, f"case_counter:{code}:{year}", count)
    uow.commit()
    return DemoResult(
        workers=workers,
        household_members=members_total,
        organizations=len(org_ids),
        social_points=len(points),
        operators=len(names.OPERATORS),
    )
