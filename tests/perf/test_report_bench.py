"""The reporting figures issue #7 asks for, on the 50,000-worker demo store: the quarterly
summary as XLSX and as PDF in at most 5 s each, counted from the store (a first issue,
not a frozen copy); the funder report alongside."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from tests.conftest import TODAY, store_at
from tests.perf.conftest import Figures
from welfare_desk.documents.funder_xlsx import write_funder_xlsx
from welfare_desk.documents.quarterly_pdf import write_quarterly_pdf
from welfare_desk.documents.quarterly_xlsx import write_quarterly_xlsx
from welfare_desk.domain.periods import Quarter
from welfare_desk.reporting.funder import funder_report
from welfare_desk.reporting.quarterly import quarterly_report
from welfare_desk.store.uow import UnitOfWork


def test_quarterly_and_funder_reports(demo_sqlite: Path, tmp_path: Path, figures: Figures) -> None:
    today = TODAY
    last = Quarter.of(today).previous()
    store = store_at(str(demo_sqlite))
    try:
        # each a quarter not issued before: the figures are counted, then frozen
        for quarter, kind, write in (
            (last, "xlsx", write_quarterly_xlsx),
            (last.previous().previous(), "pdf", write_quarterly_pdf),
        ):
            started = time.perf_counter()
            with UnitOfWork(store) as uow:
                report = quarterly_report(uow, quarter, None, today)
            counted = time.perf_counter()
            write(tmp_path / f"q.{kind}", report)  # type: ignore[operator]
            done = time.perf_counter()
            print(
                f"\nquarterly {kind}: counted {counted - started:.2f} s, "
                f"written {done - counted:.2f} s"
            )
            figures.record(f"quarterly_{kind}_seconds", done - started, "s", 5)
        # one employer's: every employer's figures are counted, for the protection
        started = time.perf_counter()
        quarter = last.previous().previous().previous()
        with UnitOfWork(store) as uow:
            report = quarterly_report(uow, quarter, "Officine Lodigiane S.p.A.", today)
        write_quarterly_xlsx(tmp_path / "q-officine.xlsx", report)
        figures.record("quarterly_employer_xlsx_seconds", time.perf_counter() - started, "s", 5)
        started = time.perf_counter()
        with UnitOfWork(store) as uow:
            issued = quarterly_report(uow, last, None, today)
        figures.record("quarterly_reissue_seconds", time.perf_counter() - started, "s", 5)
        assert issued.frozen_on is not None
        started = time.perf_counter()
        with UnitOfWork(store) as uow:
            report = funder_report(uow, date(today.year - 1, 1, 1), today)
        write_funder_xlsx(tmp_path / "f.xlsx", report)
        figures.record("funder_xlsx_seconds", time.perf_counter() - started, "s", 10)
    finally:
        store.close()
