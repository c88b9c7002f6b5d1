"""The store's secret for the cell key method: made once, kept whatever the caller does
with its transaction."""

from __future__ import annotations

import uuid

from sqlalchemy import delete

from welfare_desk.reporting.queries.keys import SECRET, record_keys
from welfare_desk.store.counters import read_stamp
from welfare_desk.store.engine import Store
from welfare_desk.store.models import StoreMeta
from welfare_desk.store.uow import UnitOfWork


def test_the_secret_exists_as_soon_as_the_store_does(store: Store) -> None:
    with UnitOfWork(store) as uow:
        assert read_stamp(uow, SECRET)


def test_a_report_that_is_never_committed_draws_the_same_noise_every_time(store: Store) -> None:
    """#18 review: the secret was made inside the caller's transaction, and the funder's
    report never commits: every export drew fresh noise, and averaging gave the counts."""
    record = uuid.uuid4()
    keys = []
    for _ in range(2):
        with UnitOfWork(store) as uow:  # rolled back on leaving: nothing committed
            keys.append(record_keys(uow)(record))
    assert keys[0] == keys[1]


def test_a_store_whose_secret_was_removed_gets_one_that_stays(store: Store) -> None:
    with UnitOfWork(store) as uow:
        uow.session.execute(delete(StoreMeta).where(StoreMeta.key == SECRET))
        uow.commit()
    record = uuid.uuid4()
    keys = []
    for _ in range(2):
        with UnitOfWork(store) as uow:
            keys.append(record_keys(uow)(record))
    assert keys[0] == keys[1]
    with UnitOfWork(store) as uow:
        assert read_stamp(uow, SECRET)


def test_a_reissue_on_a_store_without_its_secret_makes_one_and_does_not_lock(
    sqlite_store: Store,
) -> None:
    """#18 review: a reissue deletes the frozen rows before counting; the secret, made
    then on a connection of its own, found the file locked by them (StoreBusy)."""
    from datetime import date, datetime

    from tests.helpers import add_worker
    from welfare_desk.cases.casework import ContactInput, record_contact
    from welfare_desk.domain.needs import Channel
    from welfare_desk.domain.periods import Quarter
    from welfare_desk.reporting.quarterly import quarterly_report

    worker = add_worker(sqlite_store).worker.id
    with UnitOfWork(sqlite_store) as uow:
        record_contact(uow, ContactInput(worker, datetime(2026, 7, 6, 10), Channel.PHONE, 20))
    quarter = Quarter(2026, 3)
    with UnitOfWork(sqlite_store) as uow:
        quarterly_report(uow, quarter, None, date(2026, 11, 30))
    with UnitOfWork(sqlite_store) as uow:
        uow.session.execute(delete(StoreMeta).where(StoreMeta.key == SECRET))
        uow.commit()
    with UnitOfWork(sqlite_store) as uow:
        again = quarterly_report(uow, quarter, None, date(2027, 1, 5), reissue=True)
    assert again.sections
