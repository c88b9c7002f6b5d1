"""The operations a desk runs all day, timed on a store: the same list on SQLite and on
PostgreSQL in one run, so that #19's «each operation on PostgreSQL within 1.5× of
SQLite» is a ratio measured side by side, not two figures from different hours."""

from __future__ import annotations

import gc
import itertools
import random
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import date

from sqlalchemy import select

from tests.conftest import TODAY
from tests.perf.conftest import p95
from welfare_desk.cases.agenda import agenda_view
from welfare_desk.cases.story import worker_story
from welfare_desk.domain.agenda import week_end
from welfare_desk.domain.periods import Quarter
from welfare_desk.registry.organizations import OrganizationKind, list_organizations
from welfare_desk.registry.workers import count_workers, get_worker_by_id, search_workers
from welfare_desk.reporting.funder import funder_report
from welfare_desk.reporting.queries.quarter import compute_all
from welfare_desk.requests.health_funds import by_deadline_head
from welfare_desk.requests.smart_working import queue_head
from welfare_desk.store.engine import Store
from welfare_desk.store.models import Case
from welfare_desk.store.uow import UnitOfWork

SHOWN = 500  # what the agenda's and the requests' pages read at once
Operation = Callable[[], object]


def _typed(store: Store, count: int) -> list[str]:
    """Prefixes of real surnames, names, codes and employers, as a manager types them."""
    rng = random.Random(11)
    with UnitOfWork(store) as uow:
        sample = search_workers(uow, "", limit=2000)
    typed: list[str] = []
    while len(typed) < count:
        hit = rng.choice(sample)
        word = rng.choice(
            (hit.surname, f"{hit.surname} {hit.name}", hit.codice_fiscale, hit.organization)
        )
        typed.append(word[: rng.randrange(1, min(len(word), 12) + 1)])
    return typed


def operations(store: Store, today: date = TODAY) -> dict[str, tuple[Operation, int]]:
    """Each operation and how many times it is run: the same inputs on either store (the
    demo made with the same seed holds the same people, not the same ids)."""
    rng = random.Random(5)
    with UnitOfWork(store) as uow:
        employers = [
            o.id for o in list_organizations(uow) if o.kind == OrganizationKind.EMPLOYER.value
        ]
        followed = sorted(
            str(w) for w in uow.session.scalars(select(Case.worker_id).distinct().limit(2000))
        )
    people = [uuid.UUID(w) for w in rng.sample(followed, 20)]
    typed = itertools.cycle(_typed(store, 100))
    last = Quarter.of(today).previous()

    def run(work: Callable[[UnitOfWork], object]) -> Operation:
        def once() -> object:
            with UnitOfWork(store) as uow:
                return work(uow)

        return once

    def person() -> uuid.UUID:
        return rng.choice(people)

    return {
        "search": (run(lambda uow: search_workers(uow, next(typed), limit=50)), 100),
        "search_count": (run(lambda uow: count_workers(uow, next(typed))), 100),
        "worker_record": (run(lambda uow: get_worker_by_id(uow, person(), today)), 20),
        "story": (run(lambda uow: worker_story(uow, person(), today)), 20),
        "agenda_week": (
            run(lambda uow: agenda_view(uow, today, week_end(today), limit=SHOWN)),
            10,
        ),
        "requests_queues": (
            run(lambda uow: (queue_head(uow, None, SHOWN), by_deadline_head(uow, today, SHOWN))),
            5,
        ),
        "quarter_counting": (run(lambda uow: compute_all(uow, last, employers, today)), 3),
        "funder_year": (
            run(
                lambda uow: funder_report(
                    uow, date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
                )
            ),
            3,
        ),
    }


def timed(operation: Operation, times: int) -> list[float]:
    """Milliseconds of each run, after as many runs that fill the caches (as a desk's
    are, at work)."""
    for _ in range(times):
        operation()
    found = []
    for _ in range(times):
        started = time.perf_counter()
        operation()
        found.append((time.perf_counter() - started) * 1000)
    return found


def typical(samples: list[float]) -> float:
    """p95 where there are enough runs to have one, the median otherwise."""
    return p95(samples) if len(samples) >= 20 else statistics.median(samples)


def measure(stores: dict[str, Store]) -> dict[str, dict[str, float]]:
    """Each operation on each store, the stores taking turns operation by operation (so
    that a slow minute of the machine falls on both)."""
    listed = {name: operations(store) for name, store in stores.items()}
    found: dict[str, dict[str, float]] = {}
    gc.freeze()  # as the desk does once its first page shows
    try:
        for operation in next(iter(listed.values())):
            found[operation] = {}
            for name, ops in listed.items():
                work, times = ops[operation]
                found[operation][name] = typical(timed(work, times))
    finally:
        gc.unfreeze()
    return found
