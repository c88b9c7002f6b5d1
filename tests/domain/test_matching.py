"""Matching: eligible editions ranked, open needs first, near misses with their reasons."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from tests.domain.test_eligibility import child, household
from welfare_desk.domain.catalogue import Audience, EditionStatus, PriceModel
from welfare_desk.domain.eligibility import Rules, person_exclusions
from welfare_desk.domain.household import Disability
from welfare_desk.domain.matching import Offer, match, need_fit
from welfare_desk.domain.places import Places

TODAY = date(2026, 5, 4)
PLACES = Places({"Codogno": (45.160, 9.705), "Lodi": (45.314, 9.503), "Milano": (45.464, 9.19)})
CAMP_RULES = Rules(audience=Audience.CHILDREN, min_age=6, max_age=11)


def offer(edition: str, **changes: object) -> Offer:
    base = Offer(
        edition_id=edition,
        edition_title=f"Estate {edition}",
        service_id=f"S-{edition}",
        service_name="Campus estivo",
        provider_name="Il Mosaico",
        category="childcare.holiday_camps",
        rules=CAMP_RULES,
        starts_on=date(2026, 6, 15),
        ends_on=date(2026, 6, 19),
        status=EditionStatus.OPEN,
        capacity=20,
        taken=17,
        waiting=0,
        price_model=PriceModel.SUBSIDISED,
        worker_price_cents=8000,
        full_price_cents=20000,
        municipality="Codogno",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_child_with_adhd_finds_the_camp_with_places_near_home_first() -> None:
    luca = replace(child(date(2017, 2, 1)), disability=Disability.ART3_C1)
    family = replace(household(luca), open_needs=("childcare.holiday_camps",))
    found = match(
        family,
        [
            offer("far", municipality="Milano"),
            offer("full", taken=20, waiting=2),
            offer("near", inclusion_support=True),
            offer("other", category="money.budget"),
        ],
        TODAY,
        PLACES.distance,
    )
    assert [m.offer.edition_id for m in found] == ["near", "far", "full", "other"]
    best = found[0]
    assert best.person.first_name == "Luca"
    assert best.reasons({"childcare.holiday_camps": "Centri estivi"}) == (
        "risponde al bisogno aperto «Centri estivi»",
        "Luca: 9 anni all'inizio, il servizio accetta 6–11 anni",
        "sostegno all'inclusione disponibile (educatore dedicato)",
        "a Codogno, nel comune di residenza",
        "3 posti liberi su 20",
        "prezzo agevolato 80,00 € invece di 200,00 €",
    )
    assert "posti esauriti: lista d'attesa (2 in attesa)" in found[2].reasons()


def test_near_misses_come_after_with_why_they_are_excluded() -> None:
    teen = child(date(2011, 1, 10), "Sara")
    family = household(teen)
    found = match(
        family,
        [offer("camp"), offer("closed", status=EditionStatus.CLOSED)],
        TODAY,
        PLACES.distance,
        near_misses=True,
    )
    assert [m.eligible for m in found] == [False, False]
    reasons = {m.offer.edition_id: m.reasons() for m in found}
    assert reasons["camp"] == ("età 15 il 15/06/2026: il servizio accetta 6–11 anni",)
    assert reasons["closed"][0] == "iscrizioni chiuse"
    assert match(family, [offer("camp")], TODAY, PLACES.distance) == []


def test_a_family_without_children_hears_why_a_camp_is_not_for_them() -> None:
    found = match(household(), [offer("camp")], TODAY, PLACES.distance, near_misses=True)
    assert found[0].reasons() == ("il servizio è per i figli: in famiglia non risultano figli",)


def test_two_children_in_range_are_two_matches() -> None:
    family = household(child(date(2016, 1, 1), "Ada"), child(date(2018, 1, 1), "Bea"))
    found = match(family, [offer("camp")], TODAY, PLACES.distance)
    assert sorted(m.person.first_name for m in found) == ["Ada", "Bea"]


def test_need_fit_prefers_the_exact_need_to_the_whole_category() -> None:
    assert need_fit("childcare.nursery", ["childcare.nursery"]) == (2, "childcare.nursery")
    assert need_fit("childcare", ["money.debt", "childcare.nursery"]) == (1, "childcare.nursery")
    assert need_fit("childcare.nursery", ["childcare.babysitting"]) == (0, None)


def test_an_ended_edition_is_not_offered() -> None:
    ended = offer("old", starts_on=date(2026, 4, 1), ends_on=date(2026, 4, 30))
    assert match(household(child(date(2017, 1, 1))), [ended], TODAY, PLACES.distance) == []


def test_unknown_municipalities_rank_after_known_ones() -> None:
    family = household(child(date(2017, 1, 1)))
    found = match(
        family,
        [offer("nowhere", municipality="Atlantide"), offer("lodi", municipality="Lodi")],
        TODAY,
        PLACES.distance,
    )
    assert [m.offer.edition_id for m in found] == ["lodi", "nowhere"]
    assert "a Lodi, circa 23 km" in found[0].reasons()


@given(
    born=st.dates(min_value=date(1990, 1, 1), max_value=date(2028, 12, 31)),
    starts=st.dates(min_value=date(2026, 5, 4), max_value=date(2030, 12, 31)),
    low=st.one_of(st.none(), st.integers(0, 17)),
    span=st.integers(0, 10),
)
def test_matching_agrees_with_the_eligibility_rule_at_every_age(
    born: date, starts: date, low: int | None, span: int
) -> None:
    """Matching checks ages its own fast way; it must say what person_exclusions says."""
    rules = Rules(
        audience=Audience.CHILDREN, min_age=low, max_age=None if low is None else low + span
    )
    kid = child(born)
    found = match(
        household(kid),
        [offer("e", rules=rules, starts_on=starts, ends_on=starts)],
        TODAY,
        PLACES.distance,
        near_misses=True,
    )
    assert [m.eligible for m in found] == [person_exclusions(rules, kid, starts) == []]
