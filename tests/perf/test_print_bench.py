"""The printing figures issue #7 asks for, on the 50,000-worker demo store: one path summary
(read and laid out as a PDF) in at most 200 ms, a thousand in one PDF in at most 60 s."""

from __future__ import annotations

import io
import statistics
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from tests.conftest import TODAY, store_at
from tests.perf.conftest import Figures, p95
from welfare_desk.catalogue.handout import handout
from welfare_desk.documents.handout_pdf import write_handout
from welfare_desk.documents.path_pdf import write_path
from welfare_desk.reporting.path_summary import path_summary, print_paths, seen_on
from welfare_desk.store.engine import Store
from welfare_desk.store.models import Case, Contact, Enrollment, Worker
from welfare_desk.store.uow import UnitOfWork

SINGLE = 20
BATCH = 1000


def _workers_with_cases(store: Store, count: int) -> list[uuid.UUID]:
    """Workers with an open case, those with services first: the fullest sheets."""
    with UnitOfWork(store) as uow:
        enrolled = set(uow.session.scalars(select(Enrollment.worker_id).distinct()))
        followed = list(
            uow.session.scalars(
                select(Case.worker_id).where(Case.status != "closed").order_by(Case.number)
            )
        )
        rest = uow.session.scalars(select(Worker.id).order_by(Worker.sort_key).limit(count))
        ordered = [w for w in followed if w in enrolled] + [
            w for w in followed if w not in enrolled
        ]
        ordered += [w for w in rest if w not in set(ordered)]
    return list(dict.fromkeys(ordered))[:count]


def _one(store: Store, worker_id: uuid.UUID, today: date) -> tuple[float, float]:
    """Milliseconds to read the summary, and to read it and lay out its PDF."""
    started = time.perf_counter()
    with UnitOfWork(store) as uow:
        summary = path_summary(uow, worker_id, today)
    read = time.perf_counter()
    write_path(io.BytesIO(), summary)
    done = time.perf_counter()
    return (read - started) * 1000, (done - started) * 1000


def test_path_summaries_single_and_batch(
    demo_sqlite: Path, tmp_path: Path, figures: Figures
) -> None:
    today = TODAY
    store = store_at(str(demo_sqlite))
    try:
        chosen = _workers_with_cases(store, BATCH)
        _one(store, chosen[-1], today)  # the first sheet also loads fonts and code
        samples = [_one(store, worker, today) for worker in chosen[:SINGLE]]
        reads, totals = [s[0] for s in samples], [s[1] for s in samples]
        figures.record("path_summary_read_median_ms", statistics.median(reads), "ms", 200)
        figures.record("path_summary_pdf_median_ms", statistics.median(totals), "ms", 200)
        figures.record("path_summary_pdf_p95_ms", p95(totals), "ms", 200)

        out = tmp_path / "giornata.pdf"
        started = time.perf_counter()
        with UnitOfWork(store) as uow:
            printed = print_paths(uow, chosen, today, out)
        batch = time.perf_counter() - started
        print(
            f"\nbatch: {printed.summaries} summaries, {printed.pages} pages, "
            f"{out.stat().st_size / 1e6:.1f} MB"
        )
        figures.record("path_summaries_1000_batch_s", batch, "s", 60)

        with UnitOfWork(store) as uow:
            busiest = uow.session.execute(
                select(func.date(Contact.at), func.count())
                .group_by(func.date(Contact.at))
                .order_by(func.count().desc())
                .limit(1)
            ).one()
        day = date.fromisoformat(str(busiest[0]))
        started = time.perf_counter()
        with UnitOfWork(store) as uow:
            seen = seen_on(uow, day)
        figures.record("seen_on_busiest_day_ms", (time.perf_counter() - started) * 1000, "ms", 200)
        print(f"seen on {day:%d/%m/%Y}: {len(seen)} workers")

        started = time.perf_counter()
        with UnitOfWork(store) as uow:
            catalogue = handout(uow, today=today)
        pages = write_handout(tmp_path / "catalogo.pdf", catalogue)
        print(f"handout: {catalogue.service_count} services, {pages} pages")
        figures.record("handout_whole_catalogue_s", time.perf_counter() - started, "s", 5)
    finally:
        store.close()
    assert printed.summaries == BATCH and printed.pages >= BATCH
    assert p95(totals) <= 200 and batch <= 60
