"""#19: the quarter is counted by the database, a count and a sum of record keys per cell.
These tests count the same quarter record by record in Python, from the domain's own
rules, and ask for the same numbers and the same keys: a key that differed would give a
cell new noise, and a reader holding both prints would learn what changed."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest

from welfare_desk.demo.generate import generate
from welfare_desk.domain.categories import MemberFacts, WorkerFacts, derive
from welfare_desk.domain.disclosure import KEY_SPACE
from welfare_desk.domain.household import Disability, Relation
from welfare_desk.domain.periods import Quarter
from welfare_desk.reporting.queries.keys import record_keys
from welfare_desk.reporting.queries.quarter import PROGRAMME, TAKING_PART, compute_all
from welfare_desk.store.engine import Store
from welfare_desk.store.models import (
    Case,
    Contact,
    Edition,
    Enrollment,
    HouseholdMember,
    Need,
    Voucher,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork

DEMO_DAY = date(2026, 11, 21)


@pytest.fixture
def demo(store: Store) -> Store:
    with UnitOfWork(store) as uow:
        generate(uow, 300, seed=5, today=DEMO_DAY)
    return store


@pytest.mark.parametrize("quarter", [Quarter(2026, 3), Quarter(2026, 2), Quarter(2025, 4)])
def test_the_database_counts_and_keys_each_cell_as_python_would(
    demo: Store, quarter: Quarter
) -> None:
    first, last = quarter.first_day, quarter.last_day
    with UnitOfWork(demo) as uow:
        figures = compute_all(uow, quarter, [], DEMO_DAY)[PROGRAMME]
        key = record_keys(uow)
        session = uow.session
        contacts = [
            c
            for c in session.query(Contact)
            if datetime.combine(first, time.min)
            <= c.at
            < datetime.combine(last + timedelta(1), time.min)
        ]
        enrolled = [
            e
            for e, edition in session.query(Enrollment, Edition).join(
                Edition, Edition.id == Enrollment.edition_id
            )
            if edition.starts_on <= last and edition.ends_on >= first and e.status in TAKING_PART
        ]
        vouchered = [v for v in session.query(Voucher) if first <= v.issued_on <= last]
        reached = (
            {c.worker_id for c in contacts}
            | {e.worker_id for e in enrolled}
            | {v.worker_id for v in vouchered}
        )
        members = {e.member_id for e in enrolled if e.member_id} | {
            v.member_id for v in vouchered if v.member_id
        }
        categories: Counter[str] = Counter()
        category_keys: Counter[str] = Counter()
        for worker in session.query(Worker).filter(Worker.id.in_(reached)):
            household = tuple(
                MemberFacts(
                    Relation(m.relation),
                    m.birth_date,
                    Disability(m.disability),
                    m.sex,
                    m.entered_on,
                )
                for m in session.query(HouseholdMember).filter_by(worker_id=worker.id)
            )
            facts = WorkerFacts(
                household, worker.pregnancy_due_date, bool(worker.disadvantaged), worker.sex
            )
            for category in {found.category.value for found in derive(facts, last)}:
                categories[category] += 1
                category_keys[category] += key(worker.id)
        needs: Counter[str] = Counter()
        for need in session.query(Need).filter(Need.raised_on.between(first, last)):
            needs[need.kind.split(".")[0]] += 1
        met = {}
        for c in contacts:
            met.setdefault(c.worker_id, []).append(c.at.date())
        followed = [
            case
            for case in session.query(Case)
            if case.opened_on <= last
            and (case.closed_on is None or case.closed_on >= first)
            and any(
                case.opened_on <= d <= (case.closed_on or last) for d in met.get(case.worker_id, [])
            )
        ]
        followed_key = sum(key(c.id) for c in followed) % KEY_SPACE
        channels = Counter(str(c.channel) for c in contacts)
        channel_keys: Counter[str] = Counter()
        for c in contacts:
            channel_keys[str(c.channel)] += key(c.id)

    def keyed(found: Counter[str]) -> dict[str, int]:
        return {name: value % KEY_SPACE for name, value in found.items()}

    assert contacts and reached and categories  # the demo has each in these quarters
    assert figures["groups"]["contacts_by_channel"] == dict(channels)
    assert figures["keys"]["groups"]["contacts_by_channel"] == keyed(channel_keys)
    assert figures["groups"]["reached_by_category"] == dict(categories)
    assert figures["keys"]["groups"]["reached_by_category"] == keyed(category_keys)
    assert figures["groups"]["needs_by_category"] == dict(needs)
    assert figures["counts"]["workers_reached"] == len(reached)
    assert figures["keys"]["counts"]["workers_reached"] == sum(map(key, reached)) % KEY_SPACE
    assert figures["counts"]["family_members_served"] == len(members)
    assert figures["counts"]["people_reached"] == len(reached) + len(members)
    assert figures["keys"]["counts"]["people_reached"] == (
        sum(map(key, reached | members)) % KEY_SPACE
    )
    assert figures["counts"]["cases_followed"] == len(followed)
    assert figures["keys"]["counts"]["cases_followed"] == followed_key
