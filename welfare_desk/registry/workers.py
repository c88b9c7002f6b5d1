"""The registry of workers and households: search, the worker's record, saving, counts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from welfare_desk.domain import codice_fiscale as cf
from welfare_desk.domain.categories import (
    Category,
    MemberFacts,
    WorkerFacts,
    derive,
    sql_limits,
)
from welfare_desk.domain.dates import check_birth_date
from welfare_desk.domain.household import Disability, Relation
from welfare_desk.domain.leave_rights import Right, rights
from welfare_desk.domain.problems import Problem, Severity
from welfare_desk.domain.search_text import name_key, short_prefixes, sort_key, tokens
from welfare_desk.domain.smart_working import L68Basis, Person, WorkerHealth
from welfare_desk.domain.text import check_text
from welfare_desk.errors import DuplicateWorker, InvalidInput, UnknownEmployer
from welfare_desk.reference import belfiore, leave_rules
from welfare_desk.registry import queries
from welfare_desk.registry.organizations import (
    clean_name,
    create_organizations,
    organizations_by_key,
)
from welfare_desk.registry.worker_hits import WorkerHit, hit_from_row
from welfare_desk.store.errors import NotFound
from welfare_desk.store.ids import new_id
from welfare_desk.store.models import (
    HouseholdMember,
    JournalEntry,
    Operator,
    Organization,
    SocialPoint,
    Worker,
    WorkerSearchToken,
)
from welfare_desk.store.search_sql import ORDERS, Filters, count_matches, run_search
from welfare_desk.store.uow import UnitOfWork

DEFAULT_LIMIT = 50


@dataclass(frozen=True, slots=True)
class MemberView:
    id: uuid.UUID
    relation: str
    surname: str
    name: str
    birth_date: date
    codice_fiscale: str | None
    disability: str
    dependent: bool
    entered_on: date | None = None  # adopted or fostered
    version: int = 1
    sex: str | None = None


@dataclass(frozen=True, slots=True)
class CategoryView:
    code: str
    reason: str


@dataclass(frozen=True, slots=True)
class WorkerDetail:
    id: uuid.UUID
    version: int
    codice_fiscale: str
    surname: str
    name: str
    birth_date: date
    sex: str
    organization: str
    work_site: str | None
    email: str | None
    phone: str | None
    municipality: str | None
    pregnancy_due_date: date | None
    disadvantaged: bool
    household: list[MemberView]
    categories: list[CategoryView]
    disability: str = "none"
    illness_invalidity_percent: int | None = None
    illness_leave_from: date | None = None  # L. 106/2025, art. 1 c. 1
    illness_leave_until: date | None = None
    l68: str | None = None  # disabled under art. 1 L. 68/1999 (L68Basis), as certified
    rights: tuple[Right, ...] = ()  # permits and leave to ask the personnel office about


@dataclass(frozen=True)
class WorkerInput:
    """What a form or an import row says about a worker."""

    codice_fiscale: str
    surname: str
    name: str
    birth_date: date | None
    organization: str
    sex: str | None = None
    work_site: str | None = None
    email: str | None = None
    phone: str | None = None
    municipality: str | None = None
    pregnancy_due_date: date | None = None
    disadvantaged: bool = False
    # The worker's own health facts (special-category data); None: not told, kept as is.
    disability: str | None = None
    illness_invalidity_percent: int | None = None  # 0 clears it
    # The leave of L. 106/2025 taken, from and until; None: not told, (None, None) clears it.
    illness_leave: tuple[date | None, date | None] | None = None
    l68: str | None = None  # an L68Basis; None: not told, kept as is; "" clears it


@dataclass(frozen=True)
class SaveResult:
    worker: WorkerDetail
    warnings: list[Problem] = field(default_factory=list)


def _filters(
    uow: UnitOfWork,
    organization_id: uuid.UUID | None,
    category: str | None,
    order: str,
    descending: bool,
    today: date | None,
) -> Filters:
    sqlite = uow.dialect == "sqlite"
    return Filters(
        organization_id=(organization_id.hex if sqlite else organization_id)
        if organization_id is not None
        else None,
        category=category,
        limits=sql_limits(today or uow.clock.today()),
        order=order,
        descending=descending,
        scope_organizations=tuple(o.hex if sqlite else o for o in sorted(uow.scope_organizations)),
        scope_points=tuple(p.hex if sqlite else p for p in sorted(uow.scope_points)),
    )


def search_workers(
    uow: UnitOfWork,
    text: str,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
    organization_id: uuid.UUID | None = None,
    category: str | None = None,
    order: str = "name",
    descending: bool = False,
    today: date | None = None,
) -> list[WorkerHit]:
    """Workers whose surname, name, codice fiscale or employer start with each typed word,
    optionally of one employer and one target category, a page at a time."""
    uow.require_people()
    if order not in ORDERS:
        raise InvalidInput(f"Ordinamento «{order}» sconosciuto.")
    if category is not None and category not in {c.value for c in Category}:
        raise InvalidInput(f"Categoria «{category}» sconosciuta.")

    def execute(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        return queries.run_search_sql(uow, sql, params)

    filters = _filters(uow, organization_id, category, order, descending, today)
    rows = run_search(execute, text, limit, offset, "named", filters)
    return [hit_from_row(row) for row in rows]


def count_workers(
    uow: UnitOfWork,
    text: str,
    organization_id: uuid.UUID | None = None,
    category: str | None = None,
    today: date | None = None,
) -> int:
    """How many workers `search_workers` would list in all, up to COUNT_CAP + 1."""
    uow.require_people()
    if category is not None and category not in {c.value for c in Category}:
        raise InvalidInput(f"Categoria «{category}» sconosciuta.")
    filters = _filters(uow, organization_id, category, "name", False, today)

    def execute(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        return queries.run_search_sql(uow, sql, params)

    return count_matches(execute, text, "named", filters)


def worker_tokens(surname: str, name: str, codice_fiscale: str, employer: str) -> set[str]:
    return tokens(surname, name) | {codice_fiscale.lower()} | tokens(employer)


def worker_sort_key(worker_id: uuid.UUID, surname: str, name: str) -> str:
    return sort_key(surname, name, worker_id.hex)


# What a worker is found by: (id, surname, name, codice fiscale, employer's name).
IndexEntry = tuple[uuid.UUID, str, str, str, str]


def token_rows(
    worker_id: uuid.UUID, surname: str, name: str, codice_fiscale: str, employer: str
) -> list[dict[str, Any]]:
    key = worker_sort_key(worker_id, surname, name)
    # an employer's words' prefixes are not kept per worker: search reads the employer's
    # workers instead (store/search_sql.py)
    own = tokens(surname, name) | {codice_fiscale.lower()}
    return [
        {"token": token, "sort_key": key, "worker_id": worker_id}
        for token in worker_tokens(surname, name, codice_fiscale, employer) | short_prefixes(own)
    ]


def index_workers(uow: UnitOfWork, workers: list[IndexEntry]) -> None:
    """Rebuilds the search tokens of the given workers."""
    queries.drop_search_tokens(uow, [w[0] for w in workers])
    uow.insert_derived(WorkerSearchToken, [row for w in workers for row in token_rows(*w)])


def found_again(uow: UnitOfWork, worker: Worker) -> None:
    """After a worker's names, code or employer changed: the list's order and the search
    index follow."""
    worker.sort_key = worker_sort_key(worker.id, worker.surname, worker.name)
    uow.flush()
    employer = queries.organization_name(uow, worker.organization_id)
    index_workers(uow, [(worker.id, worker.surname, worker.name, worker.codice_fiscale, employer)])


def reindex_organization(uow: UnitOfWork, organization_id: uuid.UUID) -> int:
    """After an employer is renamed, its workers are found by the new name."""
    employer = queries.organization_name(uow, organization_id)
    entries = [(*row, employer) for row in queries.workers_of_organization(uow, organization_id)]
    index_workers(uow, entries)
    return len(entries)


def _member_view(member: HouseholdMember) -> MemberView:
    return MemberView(
        id=member.id,
        relation=member.relation,
        surname=member.surname,
        name=member.name,
        birth_date=member.birth_date,
        codice_fiscale=member.codice_fiscale,
        disability=member.disability,
        dependent=member.dependent,
        entered_on=member.entered_on,
        version=member.version,
        sex=member.sex,
    )


def facts_of(worker: Worker) -> WorkerFacts:
    return WorkerFacts(
        household=tuple(
            MemberFacts(
                relation=Relation(m.relation),
                birth_date=m.birth_date,
                disability=Disability(m.disability),
                sex=m.sex,
                entered_on=m.entered_on,
            )
            for m in worker.household
        ),
        pregnancy_due_date=worker.pregnancy_due_date,
        disadvantaged=worker.disadvantaged,
        sex=worker.sex,
    )


def _detail(worker: Worker, today: date) -> WorkerDetail:
    return WorkerDetail(
        id=worker.id,
        version=worker.version,
        codice_fiscale=worker.codice_fiscale,
        surname=worker.surname,
        name=worker.name,
        birth_date=worker.birth_date,
        sex=worker.sex,
        organization=worker.organization.name,
        work_site=worker.work_site,
        email=worker.email,
        phone=worker.phone,
        municipality=worker.municipality,
        pregnancy_due_date=worker.pregnancy_due_date,
        disadvantaged=worker.disadvantaged,
        household=[_member_view(m) for m in worker.household],
        categories=[
            CategoryView(r.category.value, r.reason) for r in derive(facts_of(worker), today)
        ],
        disability=worker.disability,
        illness_invalidity_percent=worker.illness_invalidity_percent,
        illness_leave_from=worker.illness_leave_from,
        illness_leave_until=worker.illness_leave_until,
        l68=worker.l68,
        rights=tuple(_rights(worker, today)),
    )


def people_of(worker: Worker) -> tuple[list[Person], WorkerHealth]:
    """The worker's household and health as the smart-working and leave rules read them."""
    return people_from(
        (
            worker.disability,
            worker.illness_invalidity_percent,
            worker.illness_leave_from,
            worker.illness_leave_until,
            worker.l68,
        ),
        [
            (
                m.name,
                m.relation,
                m.birth_date,
                m.disability,
                m.sex,
                m.cared_for,
                m.attendance_allowance,
            )
            for m in worker.household
        ],
    )


# (disability, invalidity %, illness leave from, until, L. 68 basis)
HealthRow = tuple[str, int | None, date | None, date | None, str | None]
# (name, relation, birth date, disability, sex, cared for, attendance allowance)
MemberRow = tuple[str, str, date, str, str | None, bool, bool]


def people_from(health: HealthRow, members: list[MemberRow]) -> tuple[list[Person], WorkerHealth]:
    """The same as `people_of`, from plain rows: a queue reads thousands of households."""
    disability, invalidity, leave_from, leave_until, l68 = health
    household = [
        Person(name, Relation(relation), born, Disability(kind), sex, cared, allowance)
        for name, relation, born, kind, sex, cared, allowance in members
    ]
    return household, WorkerHealth(
        Disability(disability),
        invalidity,
        leave_from,
        leave_until,
        L68Basis(l68) if l68 else None,
    )


def _rights(worker: Worker, today: date) -> list[Right]:
    household, health = people_of(worker)
    return rights(household, health, today, leave_rules())


def _load(uow: UnitOfWork, worker_id: uuid.UUID) -> Worker:
    worker = uow.load(
        Worker,
        worker_id,
        None,
        missing="Il lavoratore non è più in archivio: forse è stato eliminato.",
    )
    uow.require_person(worker.organization_id, worker.social_point_id)
    return worker


def get_worker(uow: UnitOfWork, codice_fiscale: str, today: date | None = None) -> WorkerDetail:
    uow.require_people()
    code = cf.normalize(codice_fiscale)
    invalid = cf.validate(code)
    if invalid:
        raise InvalidInput(invalid[0].message, tuple(invalid))
    worker = queries.worker_by_code(uow, code)
    if worker is None:
        raise NotFound(f"Nessun lavoratore con codice fiscale {code} in archivio.")
    uow.require_person(worker.organization_id, worker.social_point_id)
    return _detail(worker, today or uow.clock.today())


def get_worker_by_id(
    uow: UnitOfWork, worker_id: uuid.UUID, today: date | None = None
) -> WorkerDetail:
    uow.require_people()
    return _detail(_load(uow, worker_id), today or uow.clock.today())


FIELD_NAMES = {
    "surname": "Cognome",
    "name": "Nome",
    "organization": "Azienda",
    "work_site": "Sede di lavoro",
    "email": "Email",
    "phone": "Telefono",
    "municipality": "Comune",
}


def text_problems(
    model: type[Any], values: dict[str, Any], extra: dict[str, Any] | None = None
) -> list[Problem]:
    """Lengths as the store's columns allow them; no invisible control characters."""
    columns = {c.key: c for c in model.__table__.columns} | (extra or {})
    found: list[Problem] = []
    for key, label in FIELD_NAMES.items():
        value = values.get(key)
        column = columns.get(key)
        if isinstance(value, str) and column is not None:
            found.extend(check_text(value, key, label, column.type.length))
    return found


def text_errors(
    model: type[Any], values: dict[str, Any], extra: dict[str, Any] | None = None
) -> list[str]:
    return [p.message for p in text_problems(model, values, extra)]


def validate_worker(data: WorkerInput, today: date) -> list[Problem]:
    """Errors block saving; warnings (name and code disagreeing) are shown and let it save."""
    problems = list(cf.validate(data.codice_fiscale))
    if not data.surname.strip():
        problems.append(Problem("worker.surname", "surname", "Il cognome è obbligatorio."))
    if not data.name.strip():
        problems.append(Problem("worker.name", "name", "Il nome è obbligatorio."))
    if not data.organization.strip():
        problems.append(
            Problem("worker.organization", "organization", "Indica l'azienda (datore di lavoro).")
        )
    elif not name_key(data.organization):
        problems.append(
            Problem(
                "worker.organization",
                "organization",
                "Il nome dell'azienda deve contenere lettere o cifre.",
            )
        )
    problems.extend(
        text_problems(Worker, data.__dict__, {"organization": Organization.__table__.c.name})
    )
    birth = data.birth_date
    if birth is None and cf.is_valid(data.codice_fiscale):
        birth = cf.decode(data.codice_fiscale, today).birth_date
    if birth is not None:
        problems.extend(check_birth_date(birth, today, worker=True))
    sex = data.sex or (
        cf.decode(data.codice_fiscale, today).sex if cf.is_valid(data.codice_fiscale) else None
    )
    if data.pregnancy_due_date is not None and sex == "M":
        problems.append(
            Problem(
                "worker.pregnancy",
                "pregnancy_due_date",
                "La gravidanza si registra per una lavoratrice: per un padre in attesa annota "
                "il bisogno in un colloquio (congedo di paternità, art. 27-bis D.Lgs. 151/2001).",
            )
        )
    problems.extend(_leave_problems(data))
    if data.email and ("@" not in data.email or " " in data.email.strip()):
        problems.append(
            Problem("worker.email", "email", f"L'indirizzo email «{data.email}» non è valido.")
        )
    if not any(p.field == "codice_fiscale" for p in problems):
        problems.extend(
            cf.consistency(data.codice_fiscale, data.surname, data.name, data.birth_date, data.sex)
        )
        problems.extend(cf.place_problems(data.codice_fiscale, belfiore(), birth))
        problems.extend(cf.omocode_order_problems(data.codice_fiscale))
    return problems


LEAVE_MONTHS = 24  # art. 1 c. 1 L. 106/2025: «non superiore a ventiquattro mesi»


def _leave_problems(data: WorkerInput) -> list[Problem]:
    if data.illness_leave is None:
        return []
    starts, ends = data.illness_leave
    field = "illness_leave_until"
    if starts is not None and ends is None:
        return [Problem("worker.leave", field, "Indica fino a quando è durato il congedo.")]
    if starts is not None and ends is not None and ends < starts:
        return [Problem("worker.leave", field, "Il congedo finisce prima di cominciare.")]
    found: list[Problem] = []
    percent = data.illness_invalidity_percent or 0
    if ends is not None and percent < 74:
        found.append(
            Problem(
                "worker.leave_percent",
                field,
                "Il congedo della L. 106/2025 spetta con un'invalidità pari o superiore al 74%: "
                "indica la percentuale, altrimenti non dà priorità al lavoro agile.",
                Severity.WARNING,
            )
        )
    if starts is not None and ends is not None and (ends - starts).days > LEAVE_MONTHS * 31:
        found.append(
            Problem(
                "worker.leave_length",
                field,
                "Il congedo della L. 106/2025 dura al massimo 24 mesi: controlla le date.",
                Severity.WARNING,
            )
        )
    return found


def _values(data: WorkerInput, today: date) -> dict[str, object]:
    code = cf.normalize(data.codice_fiscale)
    decoded = cf.decode(code, today)
    values: dict[str, object] = {
        "codice_fiscale": code,
        "surname": " ".join(data.surname.split()),
        "name": " ".join(data.name.split()),
        "birth_date": data.birth_date or decoded.birth_date,
        "sex": (data.sex or decoded.sex).upper(),
        "birth_place_code": decoded.place_code,
        "work_site": data.work_site or None,
        "email": data.email.strip() if data.email else None,
        "phone": data.phone.strip() if data.phone else None,
        "municipality": data.municipality or None,
        "pregnancy_due_date": data.pregnancy_due_date,
        "disadvantaged": data.disadvantaged,
    }
    if data.disability is not None:
        values["disability"] = Disability(data.disability).value
    if data.illness_invalidity_percent is not None:
        if not 0 <= data.illness_invalidity_percent <= 100:
            raise InvalidInput("La percentuale di invalidità va da 0 a 100.")
        values["illness_invalidity_percent"] = data.illness_invalidity_percent or None
    if data.illness_leave is not None:
        values["illness_leave_from"], values["illness_leave_until"] = data.illness_leave
    if data.l68 is not None:
        values["l68"] = L68Basis(data.l68).value if data.l68 else None
    return values


def _known_employer(uow: UnitOfWork, name: str) -> None:
    known = organizations_by_key(uow)
    key = name_key(name)
    if not key or key in known:
        return
    words = key.split()
    similar = tuple(
        sorted(
            view.name
            for other, view in known.items()
            if view.kind == "employer" and any(w in other for w in words if len(w) >= 3)
        )
    )[:5]
    said = f" Forse intendevi: {', '.join(similar)}." if similar else ""
    raise UnknownEmployer(
        f"«{clean_name(name)}» non è tra i datori di lavoro dell'archivio.{said} Sceglilo "
        "dall'elenco, o conferma che è un datore di lavoro nuovo.",
        clean_name(name),
        similar,
    )


def save_worker(
    uow: UnitOfWork,
    data: WorkerInput,
    worker_id: uuid.UUID | None = None,
    expected_version: int | None = None,
    today: date | None = None,
    new_employer: bool = True,
) -> SaveResult:
    """Creates a worker, or updates one that nobody changed since `expected_version`.
    With `new_employer` False (the desk's forms) an employer not yet in the store is
    refused with the names it may have meant: it is created only on purpose."""
    uow.require_people()
    today = today or uow.clock.today()
    problems = validate_worker(data, today)
    blocking = [p for p in problems if p.is_error]
    if blocking:
        raise InvalidInput(blocking[0].message, tuple(blocking))
    values = _values(data, today)
    other = queries.worker_by_code(uow, str(values["codice_fiscale"]))
    if other is not None and other.id != worker_id:
        raise DuplicateWorker(
            f"Il codice fiscale {values['codice_fiscale']} è già di {other.surname} "
            f"{other.name}: apri la sua scheda invece di crearne una nuova.",
            str(other.id),
        )
    if not new_employer:
        _known_employer(uow, data.organization)
    org_id = create_organizations(uow, [data.organization])[name_key(data.organization)]
    if worker_id is None:
        new = new_id()
        worker = Worker(id=new, organization_id=org_id, **values)
        uow.add(worker)
    else:
        if expected_version is None:
            raise ValueError("an update needs the version the form was read at")
        worker = uow.load(
            Worker,
            worker_id,
            expected_version,
            missing="Il lavoratore non è più in archivio: forse è stato eliminato.",
            changed=lambda w: (
                f"La scheda di {w.surname} {w.name} è stata modificata da un'altra "
                "postazione dopo che l'hai aperta: ricaricala, poi salva di nuovo."
            ),
        )
        worker.organization_id = org_id
        for key, value in values.items():
            setattr(worker, key, value)
    found_again(uow, worker)
    uow.refresh(worker)
    detail = _detail(worker, today)
    uow.commit()
    return SaveResult(detail, [p for p in problems if not p.is_error])


def stats(uow: UnitOfWork) -> dict[str, int]:
    """How many of each thing the store holds."""
    counted = {
        "workers": Worker,
        "household_members": HouseholdMember,
        "organizations": Organization,
        "social_points": SocialPoint,
        "operators": Operator,
        "journal_entries": JournalEntry,
    }
    return {key: queries.count_of(uow, model) for key, model in counted.items()}
