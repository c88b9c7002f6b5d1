"""Matching a worker's household against the catalogue.

The catalogue is read once and kept while its revision stamp (changed by every catalogue
edit, on any desk) stays the same; places are read fresh for what matched, so a match is
never ranked on a stale count.
"""

from __future__ import annotations

import gc
import threading
import uuid
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from welfare_desk.catalogue import queries
from welfare_desk.catalogue.offer import PLACES_KEY, REVISION_KEY, category_label
from welfare_desk.domain.catalogue import Audience, EditionStatus, PriceModel
from welfare_desk.domain.categories import Category
from welfare_desk.domain.eligibility import Household, Person, Rules
from welfare_desk.domain.household import Disability, Relation
from welfare_desk.domain.matching import Match, Offer, match
from welfare_desk.domain.needs import NeedStatus
from welfare_desk.domain.search_text import fold
from welfare_desk.reference import need_taxonomy, places
from welfare_desk.registry.workers import facts_of
from welfare_desk.store.errors import NotFound
from welfare_desk.store.models import Worker
from welfare_desk.store.uow import UnitOfWork

ID_CHUNK = 500


@dataclass(frozen=True, slots=True)
class MatchView:
    """One match as the desk and the command line show it; read from the domain's
    match, so that thousands of them cost little until looked at."""

    match: Match
    edition_id: uuid.UUID
    service_id: uuid.UUID
    person: str  # "Luca (figlio)" or the worker's name
    member_id: uuid.UUID | None  # None: the worker

    @property
    def eligible(self) -> bool:
        return self.match.eligible

    @property
    def edition_title(self) -> str:
        return self.match.offer.edition_title

    @property
    def service_name(self) -> str:
        return self.match.offer.service_name

    @property
    def provider_name(self) -> str:
        return self.match.offer.provider_name

    @property
    def category_label(self) -> str:
        return _category_label(self.match.offer.category)

    @property
    def price_cents(self) -> int:
        return self.match.offer.price_cents

    @property
    def places_left(self) -> int:
        return self.match.offer.places_left

    @property
    def capacity(self) -> int:
        return self.match.offer.capacity

    @property
    def waiting(self) -> int:
        return self.match.offer.waiting

    @property
    def starts_on(self) -> date:
        return self.match.offer.starts_on

    @property
    def ends_on(self) -> date:
        return self.match.offer.ends_on

    @property
    def municipality(self) -> str | None:
        return self.match.offer.municipality

    @property
    def need(self) -> str | None:
        return self.match.need

    @property
    def reasons(self) -> tuple[str, ...]:
        return self.match.reasons(_need_labels())


@cache
def _need_labels() -> dict[str, str]:
    return {k.code: k.label for k in need_taxonomy().kinds}


@cache
def _category_label(code: str) -> str:
    return category_label(code)


class _Snapshot:
    """The catalogue's offers as last read, keyed by the store and its revision stamp;
    places are re-read only when an enrollment somewhere changed them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[str, str, date] | None = None
        self._places: str | None = None
        self._offers: list[Offer] = []
        self._ids: dict[str, uuid.UUID] = {}

    def offers(self, uow: UnitOfWork, today: date) -> tuple[list[Offer], dict[str, uuid.UUID]]:
        stamps = queries.meta_values(uow, [REVISION_KEY, PLACES_KEY])
        revision, places = stamps.get(REVISION_KEY), stamps.get(PLACES_KEY)
        key = (str(uow.store.engine.url), revision, today) if revision else None
        with self._lock:
            known = key is not None and key == self._key
            if known and places == self._places:
                return self._offers, self._ids
            offers, ids = self._offers, self._ids
        if known:
            offers = _with_places(uow, offers, today)
        else:
            offers, ids = _read_offers(uow, today)
            # Tens of thousands of long-lived objects: out of the collector's sight, so
            # that its passes do not stall each match (p95 halves on 10,000 editions).
            gc.freeze()
        with self._lock:
            self._key, self._places, self._offers, self._ids = key, places, offers, ids
        return offers, ids


_SNAPSHOT = _Snapshot()


def _with_places(uow: UnitOfWork, offers: list[Offer], today: date) -> list[Offer]:
    current = queries.places_now(uow, today)
    fresh: list[Offer] = []
    for offer in offers:
        now = current.get(offer.edition_id)
        if now is not None and now != (offer.taken, offer.waiting):
            offer = replace(offer, taken=now[0], waiting=now[1])
        fresh.append(offer)
    return fresh


def _read_offers(uow: UnitOfWork, today: date) -> tuple[list[Offer], dict[str, uuid.UUID]]:
    """Every edition not yet ended, with its service's rules (shared by its editions),
    and the ids as text and as UUIDs."""
    employer_names = queries.organization_names(uow)
    rules: dict[uuid.UUID, Rules] = {}
    offers: list[Offer] = []
    ids: dict[str, uuid.UUID] = {}
    for service, edition, provider in queries.offer_rows(uow, today):
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
        ids[str(edition.id)] = edition.id
        ids[str(service.id)] = service.id
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
    return offers, ids


_RELATION_WORDS = {
    Relation.CHILD: ("figlio", "figlia"),
    Relation.PARTNER: ("coniuge", "coniuge"),
    Relation.PARENT: ("padre", "madre"),
}


def household_of(uow: UnitOfWork, worker_id: uuid.UUID) -> tuple[Household, dict[str, str]]:
    """The worker's household as eligibility reads it, and each person's label."""
    uow.require_people()
    worker = uow.get(Worker, worker_id)
    if worker is None:
        raise NotFound("Il lavoratore non è più in archivio.")
    uow.require_person(worker.organization_id, worker.social_point_id)
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
    needs = queries.open_need_kinds(
        uow, worker_id, [NeedStatus.OPEN.value, NeedStatus.IN_PROGRESS.value]
    )
    household = Household(
        worker=me,
        members=members,
        employer_id=str(worker.organization_id),
        facts=facts_of(worker),
        municipality=worker.municipality,
        open_needs=tuple(dict.fromkeys(needs)),
    )
    return household, labels


def match_worker(
    uow: UnitOfWork, worker_id: uuid.UUID, today: date, near_misses: bool = False
) -> list[MatchView]:
    """The editions the worker or their household may use, best first; with
    `near_misses`, those they may not, after, each with why."""
    household, labels = household_of(uow, worker_id)
    offers, ids = _SNAPSHOT.offers(uow, today)
    matches = match(household, offers, today, places().distance, near_misses)
    members: dict[str, uuid.UUID | None] = {p.key: uuid.UUID(p.key) for p in household.members}
    members["worker"] = None
    return [
        MatchView(
            m,
            ids[m.offer.edition_id],
            ids[m.offer.service_id],
            labels[m.person.key],
            members[m.person.key],
        )
        for m in matches
    ]
