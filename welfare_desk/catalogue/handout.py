"""The welfare-day handout: the catalogue by category, for one employer, category and period,
as the worker reads it on paper; and the providers' contacts that every printed page shows."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any

from welfare_desk.catalogue import queries
from welfare_desk.catalogue.offer import category_label
from welfare_desk.domain.catalogue import (
    AUDIENCE_LABELS,
    KIND_LABELS,
    Audience,
    PriceModel,
    ServiceKind,
    worker_price,
)
from welfare_desk.domain.search_text import fold, name_key
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import need_taxonomy
from welfare_desk.store.models import Service
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.views.handout import (
    Handout,
    HandoutEdition,
    HandoutFilters,
    HandoutSection,
    HandoutService,
    ProviderContact,
)


def contact_link(contact: ProviderContact, about: str, where: str | None) -> str:
    """What the QR code holds: the provider's web site, else an email to the provider,
    else a phone call, else the contacts as text. The provider's address alone, without a
    subject, keeps the code small enough to scan from a folded sheet, and one code per
    provider costs one encoding however many services and pages show it."""
    if contact.website:
        return contact.website
    if contact.email:
        return f"mailto:{contact.email}"
    if contact.phone:
        return "tel:" + "".join(c for c in contact.phone if c.isdigit() or c == "+")
    return "\n".join(x for x in (about, contact.name, where) if x)


def provider_contacts(
    uow: UnitOfWork, keys: Iterable[tuple[uuid.UUID, uuid.UUID | None]], today: date
) -> dict[tuple[uuid.UUID, uuid.UUID | None], ProviderContact]:
    """Contacts by (provider, agreement) in two queries, whatever the number of services."""
    wanted = set(keys)
    providers = {p for p, _ in wanted}
    if not providers:
        return {}
    orgs = queries.provider_rows_by_id(uow, providers)
    agreements: dict[uuid.UUID, Any] = {}
    latest: dict[uuid.UUID, Any] = {}  # the provider's agreement in force, newest first
    for a in queries.agreement_contacts(uow, providers):
        agreements[a.id] = a
        in_force = a.valid_from <= today and (a.valid_to is None or today <= a.valid_to)
        if in_force and a.provider_id not in latest:
            latest[a.provider_id] = a
    found: dict[tuple[uuid.UUID, uuid.UUID | None], ProviderContact] = {}
    for provider_id, agreement_id in wanted:
        org = orgs.get(provider_id)
        deal = agreements.get(agreement_id) if agreement_id else None
        deal = deal or latest.get(provider_id)
        found[(provider_id, agreement_id)] = ProviderContact(
            name=org.name if org else "",
            person=deal.contact_name if deal else None,
            phone=(org.phone if org else None) or (deal.contact_phone if deal else None),
            email=(org.email if org else None) or (deal.contact_email if deal else None),
            website=org.website if org else None,
        )
    return found


def place_of(address: str | None, municipality: str | None) -> str | None:
    return ", ".join(x for x in (address, municipality) if x) or None


def for_whom(audience: str, min_age: int | None, max_age: int | None) -> str:
    """ "bambini e ragazzi da 6 a 11 anni", "lavoratore e familiari dai 65 anni"."""
    who = {
        Audience.CHILDREN: "bambini e ragazzi",
        Audience.WORKER: "lavoratori e lavoratrici",
    }.get(Audience(audience), AUDIENCE_LABELS[Audience(audience)])
    if audience == Audience.CHILDREN and max_age is not None and max_age <= 5:
        who = "bambini"  # "ragazzi" of three would read oddly on a nursery's card
    if min_age is not None and max_age is not None:
        return f"{who} da {min_age} a {max_age} anni"
    if min_age is not None:
        return f"{who} dai {min_age} anni"
    if max_age is not None:
        return f"{who} fino a {max_age} anni"
    return who


def _employer(uow: UnitOfWork, org_name: str) -> tuple[uuid.UUID, str]:
    employers = queries.employers_by_name(uow)
    key = name_key(org_name)
    for org_id, name, org_key in employers:
        if org_key == key:
            return org_id, name
    known = "; ".join(f"«{e[1]}»" for e in employers) or "nessuna in archivio"
    raise InvalidInput(f"L'azienda «{org_name.strip()}» non è in archivio. Aziende: {known}.")


def _category(code: str) -> str:
    """A whole category or one of its needs; the Italian label is accepted too."""
    taxonomy = need_taxonomy()
    wanted = code.strip()
    for category, label in taxonomy.categories:
        if wanted.lower() in (category, label.lower()):
            return category
    for kind in taxonomy.kinds:
        if wanted.lower() in (kind.code, kind.label.lower()):
            return kind.code
    known = "; ".join(f"{c} ({label.lower()})" for c, label in taxonomy.categories)
    raise InvalidInput(f"La categoria «{wanted}» non esiste. Categorie: {known}.")


def _in_order(service: HandoutService) -> tuple[str, str]:
    """Within a category, the services of one need together, then by name."""
    return fold(service.need_label or ""), fold(service.name)


def _price_unit(editions: list[HandoutEdition]) -> str:
    """A price is for an edition; editions of a week at most are priced by the week."""
    if editions and all((e.ends_on - e.starts_on).days < 7 for e in editions):
        return "a settimana"
    return "per edizione" if editions else ""


def handout(
    uow: UnitOfWork,
    org_name: str | None = None,
    category: str | None = None,
    start: date | None = None,
    end: date | None = None,
    *,
    today: date,
) -> Handout:
    """Active services with open editions not yet over that overlap start–end, that serve
    the employer (a service naming no employer serves all), grouped by category."""
    if start is not None and end is not None and end < start:
        raise InvalidInput(
            f"Il periodo finisce il {end:%d/%m/%Y}, prima di cominciare ({start:%d/%m/%Y})."
        )
    employer = _employer(uow, org_name) if org_name and org_name.strip() else None
    code = _category(category) if category and category.strip() else None
    offer = queries.open_offer(uow, max(today, start or today), end, code)
    services: dict[uuid.UUID, Service] = {}
    editions: dict[uuid.UUID, list[HandoutEdition]] = {}
    for service, edition in offer:
        # The employers a service serves are a JSON list: read here, the catalogue is small.
        if (
            employer is not None
            and service.employer_ids
            and str(employer[0]) not in service.employer_ids
        ):
            continue
        services.setdefault(service.id, service)
        editions.setdefault(service.id, []).append(
            HandoutEdition(
                edition.title,
                edition.starts_on,
                edition.ends_on,
                max(edition.capacity - edition.taken, 0),
                edition.waiting,
            )
        )
    contacts = provider_contacts(
        uow, ((s.provider_id, s.agreement_id) for s in services.values()), today
    )
    by_category: dict[str, list[HandoutService]] = {}
    names: dict[str, str] = {}
    if any(s.employer_ids for s in services.values()):  # a service lists them as text
        names = {str(oid): name for oid, name in queries.organization_names(uow).items()}
    for service in services.values():
        model = PriceModel(service.price_model)
        contact = contacts[(service.provider_id, service.agreement_id)]
        where = place_of(service.address, service.municipality)
        top = service.category.split(".")[0]
        by_category.setdefault(top, []).append(
            HandoutService(
                id=service.id,
                name=service.name,
                need_label=category_label(service.category) if "." in service.category else None,
                kind_label=KIND_LABELS[ServiceKind(service.kind)],
                description=service.description,
                provider=contact,
                where=where,
                for_whom=for_whom(service.audience, service.min_age, service.max_age),
                price_cents=worker_price(
                    model, service.worker_price_cents, service.full_price_cents
                ),
                full_price_cents=service.full_price_cents
                if model is PriceModel.SUBSIDISED
                else None,
                editions=tuple(editions[service.id]),
                link=contact_link(contact, service.name, where),
                price_unit=_price_unit(editions[service.id]),
                reserved_to=tuple(sorted(names[e] for e in service.employer_ids if e in names)),
            )
        )
    order = [c for c, _ in need_taxonomy().categories]
    # A code since retired from the taxonomy still prints, after the known ones.
    order += sorted(set(by_category) - set(order))
    sections = tuple(
        HandoutSection(top, category_label(top), tuple(sorted(by_category[top], key=_in_order)))
        for top in order
        if top in by_category
    )
    return Handout(
        printed_on=today,
        filters=HandoutFilters(
            employer=employer[1] if employer else None,
            category=category_label(code) if code else None,
            start=start,
            end=end,
        ),
        sections=sections,
    )
