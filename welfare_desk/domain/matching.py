"""The meeting of demand and offer: which open editions a household may use, ranked.

Editions that answer an open need come first; then those with places, sooner, nearer,
cheaper. Each match carries the Italian reasons it fits, and a near miss the reasons it
does not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from welfare_desk.domain.catalogue import Audience, EditionStatus, PriceModel, worker_price
from welfare_desk.domain.dates import age_on
from welfare_desk.domain.eligibility import (
    Household,
    Person,
    Rules,
    age_range_text,
    candidates,
    household_exclusions,
    person_exclusions,
    years_text,
)
from welfare_desk.domain.household import Disability
from welfare_desk.domain.money import format_euro
from welfare_desk.domain.wording import how_many

EXACT_FIT = 2  # the service's category is the need itself
BROAD_FIT = 1  # the service covers the need's whole category


@dataclass(frozen=True, slots=True)
class Offer:
    """One edition of a service, with what matching reads of both."""

    edition_id: str
    edition_title: str
    service_id: str
    service_name: str
    provider_name: str
    category: str  # a need code ("childcare.holiday_camps") or a whole category ("childcare")
    rules: Rules
    starts_on: date
    ends_on: date
    status: EditionStatus
    capacity: int
    taken: int
    waiting: int
    price_model: PriceModel
    worker_price_cents: int | None
    full_price_cents: int | None
    municipality: str | None
    inclusion_support: bool = False
    # Read for every match when ranking: computed once.
    places_left: int = field(init=False)
    price_cents: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "places_left", max(self.capacity - self.taken, 0))
        price = worker_price(self.price_model, self.worker_price_cents, self.full_price_cents)
        object.__setattr__(self, "price_cents", price)


@dataclass(frozen=True, slots=True)
class Match:
    offer: Offer
    person: Person
    eligible: bool
    exclusions: tuple[str, ...]  # why not, for a near miss
    need: str | None  # the open need it answers
    need_fit: int
    distance_km: float | None

    def rank_key(self, today: date) -> tuple[int, int, int, float, int, date, str, str]:
        """Need fit, then places, the week it starts, distance, price."""
        offer = self.offer
        return (
            -self.need_fit,
            0 if offer.places_left else 1,
            max((offer.starts_on - today).days, 0) // 7,
            self.distance_km if self.distance_km is not None else 1e9,
            offer.price_cents,
            offer.starts_on,
            offer.edition_id,
            self.person.key,
        )

    def reasons(self, need_labels: Mapping[str, str] | None = None) -> tuple[str, ...]:
        """Why it fits (or, for a near miss, why not), in Italian: written when asked,
        since a household may match thousands of editions and a person reads a few."""
        if not self.eligible:
            return self.exclusions
        label = (need_labels or {}).get(self.need or "")
        return _fit_reasons(self.offer, self.person, label, self.distance_km)


Distance = Callable[[str | None, str | None], float | None]


def need_fit(category: str, open_needs: Iterable[str]) -> tuple[int, str | None]:
    """How well a service's category answers the household's open needs, and which one."""
    best: tuple[int, str | None] = (0, None)
    for need in open_needs:
        if category == need:
            return EXACT_FIT, need
        if need.startswith(f"{category}.") and best[0] < BROAD_FIT:
            best = (BROAD_FIT, need)
    return best


def _open_on(offer: Offer, today: date) -> str | None:
    if offer.status is not EditionStatus.OPEN:
        return "iscrizioni chiuse"
    if offer.ends_on < today:
        return f"edizione terminata il {offer.ends_on:%d/%m/%Y}"
    return None


def _fit_reasons(
    offer: Offer,
    person: Person,
    need_label: str | None,
    distance: float | None,
) -> tuple[str, ...]:
    reasons: list[str] = []
    if need_label:
        reasons.append(f"risponde al bisogno aperto «{need_label}»")
    who = "il lavoratore" if person.is_worker else person.first_name
    if offer.rules.min_age is not None or offer.rules.max_age is not None:
        years = age_on(person.birth_date, offer.starts_on)
        reasons.append(
            f"{who}: {years_text(years)} all'inizio, il servizio accetta "
            f"{age_range_text(offer.rules.min_age, offer.rules.max_age)}"
        )
    if offer.inclusion_support and person.disability is not Disability.NONE:
        reasons.append("sostegno all'inclusione disponibile (educatore dedicato)")
    if offer.municipality:
        if distance is not None and distance < 1:
            reasons.append(f"a {offer.municipality}, nel comune di residenza")
        elif distance is not None:
            reasons.append(f"a {offer.municipality}, circa {distance:.0f} km")
        else:
            reasons.append(f"a {offer.municipality}")
    if offer.places_left:
        reasons.append(places_reason(offer.places_left, offer.capacity))
    else:
        reasons.append(f"posti esauriti: lista d'attesa ({offer.waiting} in attesa)")
    if offer.price_model is PriceModel.FREE:
        reasons.append("gratuito")
    elif offer.price_model is PriceModel.SUBSIDISED:
        reasons.append(
            f"prezzo agevolato {format_euro(offer.price_cents)} "
            f"invece di {format_euro(offer.full_price_cents or 0)}"
        )
    else:
        reasons.append(f"prezzo pieno {format_euro(offer.price_cents)}")
    return tuple(reasons)


def match(
    household: Household,
    offers: Iterable[Offer],
    today: date,
    distance: Distance,
    near_misses: bool = False,
) -> list[Match]:
    """Every (edition, person) the household may use, ranked; with `near_misses`, also
    those it may not, after them, each with the reasons it is excluded."""
    eligible: list[Match] = []
    missed: list[Match] = []
    people_for = {a: candidates(Rules(audience=a), household.people) for a in Audience}
    # Services repeat across editions: decide once per service what does not depend on
    # the date (and per date only what does: categories, ages).
    household_memo: dict[object, list[str]] = {}
    where_memo: dict[str | None, float | None] = {}
    fit_memo: dict[str, tuple[int, str | None]] = {}
    for offer in offers:
        open_now = offer.status is EditionStatus.OPEN and offer.ends_on >= today
        if not open_now and not near_misses:
            continue
        closed = None if open_now else _open_on(offer, today)
        rules = offer.rules
        key: object = (id(rules), offer.starts_on) if rules.categories else id(rules)
        blocked = household_memo.get(key)
        if blocked is None:
            blocked = household_exclusions(rules, household, offer.starts_on)
            household_memo[key] = blocked
        if (blocked or closed) and not near_misses:
            continue
        if offer.municipality not in where_memo:
            where_memo[offer.municipality] = distance(household.municipality, offer.municipality)
        km = where_memo[offer.municipality]
        fit_need = fit_memo.get(offer.category)
        if fit_need is None:
            fit_need = need_fit(offer.category, household.open_needs)
            fit_memo[offer.category] = fit_need
        fit, need = fit_need
        people = people_for[rules.audience]
        if not people and near_misses:
            nobody = "il servizio è per i figli: in famiglia non risultano figli"
            missed.append(Match(offer, household.worker, False, (nobody,), need, fit, km))
        low, high = rules.min_age, rules.max_age
        for person in people:
            born, start = person.birth_date, offer.starts_on
            fits = born <= start
            if fits and (low is not None or high is not None):
                # age_on, inlined: this line runs for every edition and person
                years = start.year - born.year - ((start.month, start.day) < (born.month, born.day))
                fits = (low is None or years >= low) and (high is None or years <= high)
            if fits and not blocked and not closed:
                eligible.append(Match(offer, person, True, (), need, fit, km))
            elif near_misses:
                against = person_exclusions(rules, person, offer.starts_on)
                why_not = (*([closed] if closed else []), *blocked, *against)
                missed.append(Match(offer, person, False, why_not, need, fit, km))
    eligible.sort(key=lambda m: m.rank_key(today))
    missed.sort(key=lambda m: m.rank_key(today))
    return eligible + missed


def places_reason(left: int, capacity: int) -> str:
    return f"{how_many(left, 'posto libero', 'posti liberi')} su {capacity}"
