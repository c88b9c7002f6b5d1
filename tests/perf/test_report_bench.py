"""The reporting figures issue #18 asks for, on the 50,000-worker demo store: the quarterly
summary of the programme and of every employer, as XLSX and PDF, in at most 5 s all
together (a first issue, counted from the store, then frozen); the funder's workbook in
at most 5 s. Statements are counted: they must not grow with the store."""

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
from welfare_desk.reporting.queries.quarter import compute_all
from welfare_desk.store.uow import UnitOfWork


def test_quarterly_and_funder_reports(demo_sqlite: Path, tmp_path: Path, figures: Figures) -> None:
    from sqlalchemy import event

    from welfare_desk.registry.organizations import OrganizationKind, list_organizations

    today = TODAY
    last = Quarter.of(today).previous()
    store = store_at(str(demo_sqlite))
    statements = [0]

    def counted(*_args: object) -> None:
        statements[0] += 1

    event.listen(store.engine, "before_cursor_execute", counted)
    try:
        with UnitOfWork(store) as uow:
            found = [
                o for o in list_organizations(uow) if o.kind == OrganizationKind.EMPLOYER.value
            ]
            employers = [o.name for o in found]
            employer_ids = [o.id for o in found]
        # #18: the quarter's first issue for the programme, then every employer's, each
        # as XLSX and PDF: counted once (four quarters, for the trend), then frozen
        started = time.perf_counter()
        for number, scope in enumerate([None, *employers]):
            before = statements[0]
            with UnitOfWork(store) as uow:
                report = quarterly_report(uow, last, scope, today)
            if number == 0:
                figures.record("quarterly_first_issue_statements", statements[0] - before, "", 200)
                print(f"\nquarterly first issue counted in {time.perf_counter() - started:.2f} s")
            write_quarterly_xlsx(tmp_path / f"q{number}.xlsx", report)
            write_quarterly_pdf(tmp_path / f"q{number}.pdf", report)
        figures.record(
            "quarterly_all_employers_xlsx_pdf_seconds", time.perf_counter() - started, "s", 5
        )
        # #19: one quarter counted for the programme and every employer, twice (the
        # second with the pages the first read in the cache, as a desk at work has them)
        for run in ("cold", "warm"):
            started, before = time.perf_counter(), statements[0]
            with UnitOfWork(store) as uow:
                compute_all(uow, last, employer_ids, today)
            figures.record(f"quarter_counting_{run}_seconds", time.perf_counter() - started, "s", 1)
        figures.record("quarter_counting_statements", statements[0] - before, "", 40)
        started = time.perf_counter()
        with UnitOfWork(store) as uow:
            issued = quarterly_report(uow, last, None, today)
        figures.record("quarterly_reprint_seconds", time.perf_counter() - started, "s", 5)
        assert issued.frozen_on is not None
        started, before = time.perf_counter(), statements[0]
        with UnitOfWork(store) as uow:
            # last year, a calendar year: a period the wall allows
            report = funder_report(uow, date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
        write_funder_xlsx(tmp_path / "f.xlsx", report)
        figures.record("funder_xlsx_seconds", time.perf_counter() - started, "s", 5)
        figures.record("funder_statements", statements[0] - before, "", 60)
    finally:
        event.remove(store.engine, "before_cursor_execute", counted)
        store.close()
