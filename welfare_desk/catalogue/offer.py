"""The catalogue: providers and their agreements, services, editions and their sessions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from welfare_desk.catalogue import queries
from welfare_desk.catalogue.waitlist import promote_waiting
from welfare_desk.domain.catalogue import (
    Audience,
    EditionStatus,
    Period,
    PriceModel,
    ServiceKind,
    edition_problems,
    service_problems,
    worker_price,
)
from welfare_desk.domain.categories import Category
from welfare_desk.domain.problems import DomainError, Problem
from welfare_desk.domain.search_text import fold, name_key
from welfare_desk.domain.text import check_text, web_link
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import need_taxonomy, tax_classes
from welfare_desk.registry.organizations import OrganizationKind, clean_name
from welfare_desk.store.counters import stamp
from welfare_desk.store.models import Agreement, Edition, EditionSession, Organization, Service
from welfare_desk.store.uow import UnitOfWork

REVISION_KEY = "catalogue_revision"
PLACES_KEY = "places_revision"  # changed by every enrollment that moves a place
LIST_LIMIT = 1000


def catalogue_changed(uow: UnitOfWork) -> None:
    """Tells every desk's matching to read the catalogue again; the places stamp is made
    here too, so that enrollments only ever update it, never race to create it."""
    stamp(uow, REVISION_KEY)
    stamp(uow, PLACES_KEY)


def category_codes() -> list[str]:
    """What a service's category may be: a need, or a whole category of needs."""
    taxonomy = need_taxonomy()
    return [code for code, _ in taxonomy.categories] + [k.code for k in taxonomy.kinds]


def category_label(code: str) -> str:
    taxonomy = need_taxonomy()
    for category, label in taxonomy.categories:
        if code == category:
            return label
    try:
        return taxonomy.get(code).label
    except KeyError:
        return code


@dataclass(frozen=True)
class ProviderInput:
    name: str
    kind: OrganizationKind = OrganizationKind.PROVIDER
    municipality: str | None = None
    email: str | None = None
    phone: str | None = None
    vat_number: str | None = None
    website: str | None = None


@dataclass(frozen=True)
class AgreementInput:
    provider_id: uuid.UUID
    title: str
    valid_from: date
    valid_to: date | None = None
    rates: str | None = None
    programme: str | None = None
    employer_ids: tuple[uuid.UUID, ...] = ()
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None


@dataclass(frozen=True)
class ServiceInput:
    name: str
    provider_id: uuid.UUID
    category: str
    tax_class: str
    kind: ServiceKind = ServiceKind.SERVICE
    description: str | None = None
    municipality: str | None = None
    address: str | None = None
    audience: Audience = Audience.FAMILY
    min_age: int | None = None
    max_age: int | None = None
    target_categories: tuple[Category, ...] = ()
    employer_ids: tuple[uuid.UUID, ...] = ()
    municipalities: tuple[str, ...] = ()
    inclusion_support: bool = False
    several_goods: bool = False  # one voucher for several goods (DM 25/3/2016 art. 6 c. 3)
    price_model: PriceModel = PriceModel.FREE
    worker_price_cents: int | None = None
    full_price_cents: int | None = None
    voucher_value_cents: int | None = None
    agreement_id: uuid.UUID | None = None
    active: bool = True


@dataclass(frozen=True)
class EditionInput:
    service_id: uuid.UUID
    title: str
    period: Period
    starts_on: date
    ends_on: date
    capacity: int
    status: EditionStatus = EditionStatus.OPEN
    session_days: tuple[date, ...] = ()
    session_minutes: int = 0


@dataclass(frozen=True, slots=True)
class ProviderView:
    id: uuid.UUID
    name: str
    kind: str
    municipality: str | None
    email: str | None
    phone: str | None


@dataclass(frozen=True, slots=True)
class CatalogueRow:
    """One edition as the catalogue page lists it: capacity at a glance."""

    edition_id: uuid.UUID
    service_id: uuid.UUID
    service_name: str
    edition_title: str
    provider_name: str
    category: str
    kind: str
    period: str
    starts_on: date
    ends_on: date
    municipality: str | None
    capacity: int
    taken: int
    waiting: int
    status: str
    price_cents: int

    @property
    def places_left(self) -> int:
        return max(self.capacity - self.taken, 0)


@dataclass(frozen=True)
class CatalogueFilter:
    query: str = ""
    category: str | None = None  # a need code or a whole category
    period: Period | None = None
    provider_id: uuid.UUID | None = None
    only_with_places: bool = False
    from_date: date | None = None  # editions still running on this day


@dataclass(frozen=True)
class CataloguePage:
    rows: list[CatalogueRow]
    total: int  # how many match the filter; rows stop at LIST_LIMIT


@dataclass(frozen=True, slots=True)
class EditionView:
    id: uuid.UUID
    version: int
    title: str
    period: str
    starts_on: date
    ends_on: date
    status: str
    capacity: int
    taken: int
    waiting: int
    session_days: tuple[date, ...]


@dataclass(frozen=True)
class ServiceDetail:
    id: uuid.UUID
    version: int
    data: ServiceInput
    provider: ProviderView
    editions: list[EditionView] = field(default_factory=list)
    agreements: list[AgreementView] = field(default_factory=list)


def _refuse(problems: list[Problem]) -> None:
    blocking = [p for p in problems if p.is_error]
    if blocking:
        raise InvalidInput(blocking[0].message, tuple(blocking))


def save_provider(
    uow: UnitOfWork,
    data: ProviderInput,
    provider_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> uuid.UUID:
    problems = check_text(data.name, "name", "Nome dell'ente", 200)
    for value, key, label, size in (
        (data.municipality, "municipality", "Comune", 80),
        (data.email, "email", "Email", 200),
        (data.phone, "phone", "Telefono", 40),
    ):
        problems += check_text(value, key, label, size)
    if not data.name.strip():
        problems.append(Problem("provider.name", "name", "Scrivi il nome dell'ente."))
    _refuse(problems)
    key = name_key(data.name)
    other = queries.organization_with_key(uow, key)
    if other is not None and other.id != provider_id:
        raise InvalidInput(f"L'ente «{other.name}» è già in archivio: aprilo e modificalo.")
    if provider_id is None:
        org = Organization(name=clean_name(data.name), name_key=key, kind=data.kind.value)
        uow.add(org)
    else:
        org = uow.load(Organization, provider_id, expected_version)
        org.name, org.name_key, org.kind = clean_name(data.name), key, data.kind.value
    org.municipality = data.municipality or None
    org.email = data.email or None
    org.phone = data.phone or None
    org.vat_number = data.vat_number or None
    try:
        org.website = web_link(data.website)
    except DomainError as refused:
        raise InvalidInput(f"Sito web: {refused.message}") from None
    catalogue_changed(uow)  # matching shows providers' names
    uow.flush()
    uow.commit()
    return org.id


def providers(uow: UnitOfWork) -> list[ProviderView]:
    """Organizations that provide services: every one but the employers-only."""
    return [ProviderView(*r) for r in queries.provider_rows(uow)]


def save_agreement(uow: UnitOfWork, data: AgreementInput) -> uuid.UUID:
    problems = check_text(data.title, "title", "Titolo della convenzione", 200)
    problems += check_text(data.rates, "rates", "Tariffe", 5000)
    if data.valid_to is not None and data.valid_to < data.valid_from:
        problems.append(
            Problem("agreement.dates", "valid_to", "La convenzione scade prima di cominciare.")
        )
    _refuse(problems)
    uow.load(Organization, data.provider_id, None)
    agreement = Agreement(
        provider_id=data.provider_id,
        title=data.title.strip(),
        valid_from=data.valid_from,
        valid_to=data.valid_to,
        rates=data.rates or None,
        programme=data.programme or None,
        employer_ids=[str(e) for e in data.employer_ids],
        contact_name=data.contact_name or None,
        contact_email=data.contact_email or None,
        contact_phone=data.contact_phone or None,
    )
    uow.add(agreement)
    uow.flush()
    uow.commit()
    return agreement.id


def validate_service(data: ServiceInput) -> list[Problem]:
    problems = service_problems(
        data.name,
        data.category,
        category_codes(),
        data.min_age,
        data.max_age,
        data.price_model,
        data.worker_price_cents,
        data.full_price_cents,
        data.tax_class,
        tax_classes(),
    )
    problems += check_text(data.description, "description", "Descrizione", 5000)
    problems += check_text(data.address, "address", "Indirizzo", 200)
    problems += check_text(data.municipality, "municipality", "Comune", 80)
    return problems


def _service_values(data: ServiceInput) -> dict[str, object]:
    return {
        "name": data.name.strip(),
        "name_key": name_key(data.name),
        "kind": ServiceKind(data.kind).value,
        "category": data.category,
        "description": data.description or None,
        "provider_id": data.provider_id,
        "agreement_id": data.agreement_id,
        "municipality": data.municipality or None,
        "address": data.address or None,
        "audience": Audience(data.audience).value,
        "min_age": data.min_age,
        "max_age": data.max_age,
        "target_categories": [Category(c).value for c in data.target_categories],
        "employer_ids": [str(e) for e in data.employer_ids],
        "municipalities": [m.strip() for m in data.municipalities if m.strip()],
        "inclusion_support": data.inclusion_support,
        "several_goods": data.several_goods,
        "price_model": PriceModel(data.price_model).value,
        "worker_price_cents": data.worker_price_cents,
        "full_price_cents": data.full_price_cents,
        "voucher_value_cents": data.voucher_value_cents,
        "tax_class": data.tax_class,
        "active": data.active,
    }


def save_service(
    uow: UnitOfWork,
    data: ServiceInput,
    service_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> uuid.UUID:
    _refuse(validate_service(data))
    provider = uow.load(Organization, data.provider_id, None)
    values = _service_values(data)
    other = queries.service_id_named(uow, data.provider_id, name_key(data.name))
    if other is not None and other != service_id:
        raise InvalidInput(
            f"{provider.name} ha già un servizio «{data.name.strip()}»: aprilo e aggiungi "
            "un'edizione invece di crearne un altro."
        )
    if service_id is None:
        service = Service(**values)
        uow.add(service)
    else:
        service = uow.load(Service, service_id, expected_version)
        for key, value in values.items():
            setattr(service, key, value)
    catalogue_changed(uow)
    uow.flush()
    uow.commit()
    return service.id


def save_edition(
    uow: UnitOfWork,
    data: EditionInput,
    edition_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> uuid.UUID:
    problems = edition_problems(
        data.title, data.starts_on, data.ends_on, data.capacity, data.session_days
    )
    if not 0 <= data.session_minutes <= 24 * 60:
        problems.append(
            Problem("edition.minutes", "minutes", "Un incontro dura da 0 a 1440 minuti.")
        )
    _refuse(problems)
    uow.load(Service, data.service_id, None)
    if edition_id is None:
        edition = Edition(service_id=data.service_id, taken=0, waiting=0)
        uow.add(edition)
    else:
        uow.load(Edition, edition_id, expected_version)
        edition = queries.relocked_edition(uow, edition_id)
        if data.capacity < edition.taken:
            raise InvalidInput(
                f"L'edizione ha già {edition.taken} posti occupati: non si possono ridurre i "
                f"posti a {data.capacity}. Annulla prima qualche iscrizione."
            )
    edition.title = data.title.strip()
    edition.period = Period(data.period).value
    edition.starts_on, edition.ends_on = data.starts_on, data.ends_on
    edition.capacity = data.capacity
    edition.status = EditionStatus(data.status).value
    uow.flush()
    days = sorted(set(data.session_days))
    known = {s.day: s for s in queries.sessions_of_edition(uow, edition.id)}
    dropped = [meeting for day, meeting in known.items() if day not in days]
    if dropped:
        kept = queries.sessions_with_attendance(uow, [s.id for s in dropped])
        for meeting in sorted(dropped, key=lambda s: s.day):
            if meeting.id in kept:
                raise InvalidInput(
                    f"L'incontro del {meeting.day:%d/%m/%Y} ha già presenze registrate: "
                    "non si può togliere. Lascia le date degli incontri come sono."
                )
            uow.delete(meeting)
    for day in days:
        if day not in known:
            uow.add(EditionSession(edition_id=edition.id, day=day, minutes=data.session_minutes))
    promote_waiting(uow, edition)  # places added go to those waiting, in order
    catalogue_changed(uow)
    uow.flush()
    uow.commit()
    return edition.id


def list_catalogue(uow: UnitOfWork, filters: CatalogueFilter) -> CataloguePage:
    """Editions matching the filter, soonest first; the words of the query must each be
    found in the service, the edition, the provider or the place."""
    words = fold(filters.query).split()
    rows: list[CatalogueRow] = []
    total = 0
    found = queries.catalogue_rows(
        uow,
        category=filters.category,
        period=filters.period,
        provider_id=filters.provider_id,
        only_with_places=filters.only_with_places,
        from_date=filters.from_date,
    )
    for row in found:
        r: tuple[Any, ...] = tuple(row)
        if words:
            haystack = fold(f"{r[2]} {r[3]} {r[4]} {r[10] or ''} {category_label(r[5])}")
            if not all(w in haystack for w in words):
                continue
        total += 1
        if len(rows) < LIST_LIMIT:
            price = worker_price(PriceModel(r[15]), r[16], r[17])
            rows.append(CatalogueRow(*[*r[:15], price]))
    return CataloguePage(rows, total)


def service_detail(uow: UnitOfWork, service_id: uuid.UUID) -> ServiceDetail:
    service = uow.load(Service, service_id, None)
    provider = uow.get(Organization, service.provider_id)
    assert provider is not None
    sessions: dict[uuid.UUID, list[date]] = {}
    editions = queries.editions_of_service(uow, service_id)
    for edition_id, day in queries.session_days_of_service(uow, service_id):
        sessions.setdefault(edition_id, []).append(day)
    data = ServiceInput(
        name=service.name,
        provider_id=service.provider_id,
        category=service.category,
        tax_class=service.tax_class,
        kind=ServiceKind(service.kind),
        description=service.description,
        municipality=service.municipality,
        address=service.address,
        audience=Audience(service.audience),
        min_age=service.min_age,
        max_age=service.max_age,
        target_categories=tuple(Category(c) for c in service.target_categories),
        employer_ids=tuple(uuid.UUID(e) for e in service.employer_ids),
        municipalities=tuple(service.municipalities),
        inclusion_support=service.inclusion_support,
        several_goods=service.several_goods,
        price_model=PriceModel(service.price_model),
        worker_price_cents=service.worker_price_cents,
        full_price_cents=service.full_price_cents,
        voucher_value_cents=service.voucher_value_cents,
        agreement_id=service.agreement_id,
        active=service.active,
    )
    return ServiceDetail(
        service.id,
        service.version,
        data,
        ProviderView(
            provider.id,
            provider.name,
            provider.kind,
            provider.municipality,
            provider.email,
            provider.phone,
        ),
        [
            EditionView(
                e.id,
                e.version,
                e.title,
                e.period,
                e.starts_on,
                e.ends_on,
                e.status,
                e.capacity,
                e.taken,
                e.waiting,
                tuple(sessions.get(e.id, ())),
            )
            for e in editions
        ],
        agreements_of(uow, service.provider_id),
    )


def catalogue_counts(uow: UnitOfWork) -> tuple[int, int]:
    return queries.service_and_edition_counts(uow)


def delete_edition(uow: UnitOfWork, edition_id: uuid.UUID, expected_version: int) -> None:
    edition = uow.load(Edition, edition_id, expected_version)
    if edition.taken or edition.waiting:
        raise InvalidInput(
            "L'edizione ha iscrizioni: chiudila alle nuove iscrizioni invece di eliminarla."
        )
    # One by one through the session, so that the journal keeps each meeting deleted.
    for meeting in queries.sessions_of_edition(uow, edition_id):
        uow.delete(meeting)
    uow.flush()  # before the edition: its foreign key would take them first, unjournalled
    uow.delete(edition)
    catalogue_changed(uow)
    uow.flush()
    uow.commit()


@dataclass(frozen=True, slots=True)
class AgreementView:
    id: uuid.UUID
    title: str
    valid_from: date
    valid_to: date | None
    rates: str | None
    programme: str | None
    contact: str  # name, email, phone, as far as known

    def in_force(self, on: date) -> bool:
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)


def agreements_of(uow: UnitOfWork, provider_id: uuid.UUID) -> list[AgreementView]:
    rows = queries.agreements_of_provider(uow, provider_id)
    return [
        AgreementView(
            a.id,
            a.title,
            a.valid_from,
            a.valid_to,
            a.rates,
            a.programme,
            ", ".join(x for x in (a.contact_name, a.contact_email, a.contact_phone) if x),
        )
        for a in rows
    ]


def provider_detail(uow: UnitOfWork, provider_id: uuid.UUID) -> tuple[ProviderInput, int]:
    """A provider as its dialog edits it, with the version it was read at."""
    org = uow.load(Organization, provider_id, None)
    kinds = {k.value: k for k in OrganizationKind}
    data = ProviderInput(
        org.name,
        kinds.get(org.kind, OrganizationKind.OTHER),
        org.municipality,
        org.email,
        org.phone,
        org.vat_number,
        org.website,
    )
    return data, org.version


@dataclass(frozen=True, slots=True)
class EventView:
    edition_id: uuid.UUID
    title: str  # "Welfare day · Officine, 12/03/2026"
    starts_on: date


def events(uow: UnitOfWork, since: date) -> list[EventView]:
    """Welfare days, workshops and courses from a day on, the nearest first: the events
    whose participants may take their path summaries home."""
    rows = queries.event_rows(uow, since)
    return [
        EventView(r.id, f"{r.name} · {r.title}, {r.starts_on:%d/%m/%Y}", r.starts_on) for r in rows
    ]
