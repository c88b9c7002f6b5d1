"""Matching a worker's household against the catalogue.

The catalogue is read once and kept while its revision stamp (changed by every catalogue
edit, on any desk) stays the same; places are read fresh for what matched, so a match is
never ranked on a stale count.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from welfare_desk.domain.catalogue import Audience, EditionStatus, PriceModel
from welfare_desk.domain.categories import Category
from welfare_desk.domain.eligibility import Household, Person, Rules
from welfare_desk.domain.household import Disability, Relation
from welfare_desk.domain.matching import Match, Offer, match
from welfare_desk.domain.needs import NeedStatus
from welfare_desk.domain.search_text import fold
from welfare_desk.services.catalogue import REVISION_KEY, category_label
from welfare_desk.services.numbers import read_stamp
from welfare_desk.services.reference import need_taxonomy, places
from welfare_desk.services.registry import facts_of
from welfare_desk.store.errors import NotFound
from welfare_desk.store.models import Edition, Need, Organization, Service, Worker
from welfare_desk.store.uow import UnitOfWork

ID_CHUNK = 500


@dataclass(frozen=True, slots=True)
class MatchView:
    edition_id: uuid.UUID
    edition_title: str
    service_id: uuid.UUID
    service_name: str
    provider_name: str
    category_label: str
    person: str  # "Luca (figlio, 9 anni)" or the worker's name
    member_id: uuid.UUID | None  # None: the worker
    eligible: bool
    reasons: tuple[str, ...]
    price_cents: int
    places_left: int
    capacity: int
    waiting: int
    starts_on: date
    ends_on: date
    municipality: str | None
    need: str | None


class _Snapshot:
    """The catalogue's offers as last read, keyed by the store and its revision stamp."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[str, str, date] | None = None
        self._offers: list[Offer] = []

    def offers(self, uow: UnitOfWork, today: date) -> list[Offer]:
        stamp = read_stamp(uow, REVISION_KEY)
        key = (str(uow.store.engine.url), stamp, today) if stamp else None
        with self._lock:
            if key is not None and key == self._key:
                return self._offers
        offers = _read_offers(uow, today)
        with self._lock:
            self._key, self._offers = key, offers
        return offers


_SNAPSHOT = _Snapshot()


def _read_offers(uow: UnitOfWork, today: date) -> list[Offer]:
    """Every edition not yet ended, with its service's rules (shared by its editions)."""
    employer_names = dict(uow.session.execute(select(Organization.id, Organization.name)).all())
    rules: dict[uuid.UUID, Rules] = {}
    offers: list[Offer] = []
    query = (
        select(Service, Edition, Organization.name)
        .join(Edition, Edition.service_id == Service.id)
        .join(Organization, Organization.id == Service.provider_id)
        .where(Service.active.is_(True), Edition.ends_on >= today)
    )
    for service, edition, provider in uow.session.execute(query):
        service_rules = rules.get(service.id)
        if service_rules is None:
            employers = frozenset(service.employer_ids)
            service_rules = Rules(
                audience=Audience(service.audience),
                min_age=service.min_age,
                max_age=service.max_age,
                categories=frozenset(Category(c) for c in service.target_categories),
                employers=employers,
                employer_names=tuple(
                    sorted(employer_names.get(uuid.UUID(e), "?") for e in employers)
                ),
                municipalities=frozenset(fold(m) for m in service.municipalities),
                municipality_names=tuple(service.municipalities),
            )
            rules[service.id] = service_rules
        offers.append(
            Offer(
                edition_id=str(edition.id),
                edition_title=edition.title,
                service_id=str(service.id),
                service_name=service.name,
                provider_name=provider,
                category=service.category,
                rules=service_rules,
                starts_on=edition.starts_on,
                ends_on=edition.ends_on,
                status=EditionStatus(edition.status),
                capacity=edition.capacity,
                taken=edition.taken,
                waiting=edition.waiting,
                price_model=PriceModel(service.price_model),
                worker_price_cents=service.worker_price_cents,
                full_price_cents=service.full_price_cents,
                municipality=service.municipality,
                inclusion_support=service.inclusion_support,
            )
        )
    uow.session.expunge_all()
    return offers


_RELATION_WORDS = {
    Relation.CHILD: ("figlio", "figlia"),
    Relation.PARTNER: ("coniuge", "coniuge"),
    Relation.PARENT: ("padre", "madre"),
}


def household_of(uow: UnitOfWork, worker_id: uuid.UUID) -> tuple[Household, dict[str, str]]:
    """The worker's household as eligibility reads it, and each person's label."""
    worker = uow.session.get(Worker, worker_id)
    if worker is None:
        raise NotFound("Il lavoratore non è più in archivio.")
    me = Person("worker", worker.name, worker.birth_date, sex=worker.sex)
    members = tuple(
        Person(
            str(m.id),
            m.name,
            m.birth_date,
            Relation(m.relation),
            Disability(m.disability),
            m.sex,
        )
        for m in worker.household
    )
    labels = {"worker": f"{worker.name} {worker.surname}"}
    for member, person in zip(worker.household, members, strict=True):
        male, female = _RELATION_WORDS.get(person.relation or Relation.OTHER, ("familiare",) * 2)
        labels[person.key] = f"{member.name} ({female if member.sex == 'F' else male})"
    needs = uow.session.scalars(
        select(Need.kind).where(
            Need.worker_id == worker_id,
            Need.status.in_([NeedStatus.OPEN.value, NeedStatus.IN_PROGRESS.value]),
        )
    ).all()
    household = Household(
        worker=me,
        members=members,
        employer_id=str(worker.organization_id),
        facts=facts_of(worker),
        municipality=worker.municipality,
        open_needs=tuple(dict.fromkeys(needs)),
    )
    return household, labels


def _fresh_places(uow: UnitOfWork, matches: list[Match]) -> dict[str, tuple[int, int, str]]:
    ids = list({uuid.UUID(m.offer.edition_id) for m in matches})
    found: dict[str, tuple[int, int, str]] = {}
    for start in range(0, len(ids), ID_CHUNK):
        rows = uow.session.execute(
            select(Edition.id, Edition.taken, Edition.waiting, Edition.status).where(
                Edition.id.in_(ids[start : start + ID_CHUNK])
            )
        )
        for edition_id, taken, waiting, status in rows:
            found[str(edition_id)] = (taken, waiting, status)
    return found


def match_worker(
    uow: UnitOfWork, worker_id: uuid.UUID, today: date, near_misses: bool = False
) -> list[MatchView]:
    """The editions the worker or their household may use, best first; with
    `near_misses`, those they may not, after, each with why."""
    household, labels = household_of(uow, worker_id)
    offers = _SNAPSHOT.offers(uow, today)
    need_labels = {k.code: k.label for k in need_taxonomy().kinds}
    matches = match(household, offers, today, places().distance, need_labels, near_misses)
    fresh = _fresh_places(uow, matches)
    if any(
        (m.offer.taken, m.offer.waiting, m.offer.status.value) != fresh.get(m.offer.edition_id)
        for m in matches
    ):
        # Places or statuses moved since the snapshot: match again on the fresh counts.
        current = {
            m.offer.edition_id: replace(
                m.offer,
                taken=fresh[m.offer.edition_id][0],
                waiting=fresh[m.offer.edition_id][1],
                status=EditionStatus(fresh[m.offer.edition_id][2]),
            )
            for m in matches
            if m.offer.edition_id in fresh
        }
        matches = match(
            household, current.values(), today, places().distance, need_labels, near_misses
        )
    return [
        MatchView(
            edition_id=uuid.UUID(m.offer.edition_id),
            edition_title=m.offer.edition_title,
            service_id=uuid.UUID(m.offer.service_id),
            service_name=m.offer.service_name,
            provider_name=m.offer.provider_name,
            category_label=category_label(m.offer.category),
            person=labels[m.person.key],
            member_id=None if m.person.is_worker else uuid.UUID(m.person.key),
            eligible=m.eligible,
            reasons=m.reasons,
            price_cents=m.offer.price_cents,
            places_left=m.offer.places_left,
            capacity=m.offer.capacity,
            waiting=m.offer.waiting,
            starts_on=m.offer.starts_on,
            ends_on=m.offer.ends_on,
            municipality=m.offer.municipality,
            need=m.need,
        )
        for m in matches
    ]
