"""#19: the requests page reads the head of each queue and how many it holds. The head is
exactly the first requests of the whole queue, ranked as before: priority and date for
smart working, the deadline for health funds."""

from __future__ import annotations

from datetime import date

from tests.conftest import TODAY
from tests.helpers import add_worker
from welfare_desk.demo.generate import generate
from welfare_desk.domain.smart_working import SwStatus
from welfare_desk.requests import health_funds, queries, smart_working
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork


def test_the_heads_are_the_first_of_the_whole_queues(store: Store) -> None:
    with UnitOfWork(store) as uow:
        generate(uow, 400, seed=4, today=TODAY, full=True)
    # a request without priority, whatever day the demo was made for
    alone = add_worker(store, surname="Zanetti", name="Giulia").worker.id
    with UnitOfWork(store) as uow:
        made = smart_working.create_request(
            uow, smart_working.SwInput(alone, 1, (2,), TODAY, None), TODAY
        )
    with UnitOfWork(store) as uow:
        smart_working.change_status(uow, made.id, made.version, SwStatus.SUBMITTED, TODAY)
    with UnitOfWork(store) as uow:
        pending = queries.smart_working_with_status(uow, [s.value for s in smart_working.PENDING])
        views = smart_working.request_views(uow, pending)
        queue = sorted(views, key=lambda v: (not v.priority, v.submitted_on or date.max, v.number))
        open_ones = [
            v
            for v in health_funds.all_requests(uow)
            if v.status in {s.value for s in health_funds.OPEN}
        ]
        deadlines = sorted(open_ones, key=lambda v: (v.due is None, v.due or date.max, v.number))
        assert len(queue) > 5 and {v.priority for v in queue} == {True, False}
        assert len(deadlines) > 10 and any(v.due is None for v in deadlines)
        for limit in (1, 3, 6, None):
            assert smart_working.queue_head(uow, None, limit) == (queue[:limit], len(queue))
            head, total = health_funds.by_deadline_head(uow, TODAY, limit)
            for mine, whole in zip(head, deadlines[:limit], strict=True):
                assert mine == whole, [
                    (f, getattr(mine, f), getattr(whole, f))
                    for f in mine.__dataclass_fields__
                    if getattr(mine, f) != getattr(whole, f)
                ]
            assert total == len(deadlines)


def test_ranking_the_queue_takes_the_same_statements_however_long_it_is(store: Store) -> None:
    """Every pending request's household is weighed: read in one pass, not 500 at a time."""
    from sqlalchemy import event, select

    from welfare_desk.store.models import SmartWorkingRequest, Worker

    with UnitOfWork(store) as uow:
        generate(uow, 1200, seed=5, today=TODAY)
    with UnitOfWork(store) as uow:
        workers = list(uow.session.scalars(select(Worker.id).order_by(Worker.id)))
        done = set(uow.session.scalars(select(SmartWorkingRequest.worker_id)))

    def ask(number: int) -> None:
        wanted = [w for w in workers if w not in done][:number]
        done.update(wanted)
        with UnitOfWork(store) as uow:
            uow.insert_many(
                SmartWorkingRequest,
                [
                    {
                        "number": f"LA-2026-T{len(done)}-{n:05d}",
                        "worker_id": worker,
                        "status": SwStatus.SUBMITTED.value,
                        "received_on": TODAY,
                        "submitted_on": TODAY,
                        "days_per_week": 1,
                        "weekdays": [2],
                        "starts_on": TODAY,
                    }
                    for n, worker in enumerate(wanted)
                ],
            )
            uow.commit()

    def statements() -> int:
        counted = [0]

        def one(*_args: object) -> None:
            counted[0] += 1

        event.listen(store.engine, "before_cursor_execute", one)
        try:
            with UnitOfWork(store) as uow:
                smart_working.queue_head(uow, None, 5)
        finally:
            event.remove(store.engine, "before_cursor_execute", one)
        return counted[0]

    ask(3)
    few = statements()
    ask(1100)
    assert statements() == few


def test_a_request_decided_elsewhere_while_the_queue_is_read_does_not_break_it(
    pg_store: Store, pg_database_url: str
) -> None:
    """On PostgreSQL each statement sees what is committed when it starts: a request
    another desk approves, or adds, between the queue's reads is left out or in whole."""
    import psycopg
    from sqlalchemy import event

    for surname in ("Rossi", "Bianchi"):
        worker = add_worker(pg_store, surname=surname).worker.id
        with UnitOfWork(pg_store) as uow:
            made = smart_working.create_request(
                uow, smart_working.SwInput(worker, 1, (2,), TODAY, None), TODAY
            )
        with UnitOfWork(pg_store) as uow:
            smart_working.change_status(uow, made.id, made.version, SwStatus.SUBMITTED, TODAY)
    url = pg_database_url.replace("postgresql+psycopg://", "postgresql://")
    seen = [0]

    def meanwhile(*_args: object) -> None:
        seen[0] += 1
        if seen[0] == 1:  # the pending requests are read: another desk approves one
            with psycopg.connect(url, autocommit=True) as other:
                other.execute(
                    "UPDATE smart_working_request SET status = 'approved' "
                    "WHERE number = (SELECT min(number) FROM smart_working_request)"
                )

    event.listen(pg_store.engine, "after_cursor_execute", meanwhile)
    try:
        with UnitOfWork(pg_store) as uow:
            head, total = smart_working.queue_head(uow, None, 5)
    finally:
        event.remove(pg_store.engine, "after_cursor_execute", meanwhile)
    assert len(head) == total == 1
