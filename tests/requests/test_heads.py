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
