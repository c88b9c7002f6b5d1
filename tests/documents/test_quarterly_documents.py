"""The quarterly summary as HR opens it: the workbook in LibreOffice, the PDF read back."""

from __future__ import annotations

import itertools
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import calc_sheets, require_tool
from welfare_desk.demo.generate import generate
from welfare_desk.documents.quarterly_pdf import write_quarterly_pdf
from welfare_desk.documents.quarterly_xlsx import write_quarterly_xlsx
from welfare_desk.domain.disclosure import possible_counts
from welfare_desk.domain.periods import Quarter
from welfare_desk.reporting.quarterly import quarterly_report
from welfare_desk.store.engine import Store
from welfare_desk.store.models import Case, Contact, Worker
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.views.quarterly import QuarterlyReport

TODAY = date(2026, 11, 30)


@pytest.fixture
def demo(sqlite_store: Store) -> tuple[QuarterlyReport, list[tuple[str, str, str]], Store]:
    with UnitOfWork(sqlite_store) as uow:
        generate(uow, 400, seed=11, today=date(2026, 11, 21))
    with UnitOfWork(sqlite_store) as uow:
        report = quarterly_report(uow, Quarter(2026, 3), None, TODAY)
        people = [
            (w.surname, w.name, w.codice_fiscale) for w in uow.session.scalars(select(Worker))
        ]
    return report, people, sqlite_store


def _printed(report: QuarterlyReport) -> list[tuple[str, str, str, str]]:
    lines = []
    for section in report.sections:
        for row in (*section.rows, *([section.total] if section.total else [])):
            lines.append((row.label, row.now, row.before, row.change))
    return lines


def _from_calc(cell: str) -> float | str:
    """A cell as LibreOffice writes it to CSV in its default (English) locale."""
    try:
        return float(cell.replace("€", "").replace(",", "").strip())
    except ValueError:
        return cell


def _from_report(text: str) -> float | str:
    """A figure as the report prints it, in Italian."""
    try:
        return float(text.replace("€", "").replace(".", "").replace(",", ".").strip())
    except ValueError:
        return text


def test_libreoffice_reads_the_numbers_of_the_report(
    demo: tuple[QuarterlyReport, list[tuple[str, str, str]], Store], tmp_path: Path
) -> None:
    report, people, store = demo
    book = write_quarterly_xlsx(tmp_path / "sintesi.xlsx", report)
    rows = calc_sheets(book, tmp_path)["Sintesi"]
    assert rows[0][0] == "Sintesi trimestrale del programma di welfare"
    by_label: dict[str, list[list[str]]] = {}
    for row in rows:
        by_label.setdefault(row[0], []).append(row[1:4])
    for label, now, before, _change in _printed(report):
        assert label in by_label, label
        seen = by_label[label]
        wanted = [now, before]
        # numbers come back as numbers, suppressed cells as their words
        assert any(
            [_from_calc(cell) for cell in found[:2]] == [_from_report(w) for w in wanted]
            for found in seen
        ), (label, seen, wanted)
    # and the store agrees with what HR reads
    sections: dict[str, dict[str, list[str]]] = {}
    for previous, row in itertools.pairwise(rows):
        if row[0] == "Voce":
            current = sections.setdefault(previous[0], {})
        elif sections:
            current[row[0]] = row[1:4]
    with UnitOfWork(store) as uow:
        contacts = uow.session.scalar(
            select(func.count()).where(
                Contact.at >= datetime(2026, 7, 1), Contact.at < datetime(2026, 10, 1)
            )
        )
        opened = uow.session.scalar(
            select(func.count()).where(
                Case.opened_on >= date(2026, 7, 1), Case.opened_on <= date(2026, 9, 30)
            )
        )
    channels_total = sections["Colloqui per canale"]["Totale"][0]
    assert contacts in possible_counts(int(channels_total))
    assert sections["Colloqui per social point"]["Totale"][0] == channels_total
    assert opened in possible_counts(
        int(sections["Percorsi personalizzati"]["Aperti nel trimestre"][0])
    )
    text = "\n".join(",".join(r) for r in rows)
    for surname, name, code in people:
        assert code not in text
        assert f"{surname} {name}" not in text and f"{name} {surname}" not in text
    with zipfile.ZipFile(book) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
    drawn = [s for s in report.sections if s.drawn]
    assert len(drawn) >= 3 and len(charts) == len(drawn)  # native, drawn by the spreadsheet


def test_the_pdf_reads_back_with_its_figures_and_no_one_named(
    demo: tuple[QuarterlyReport, list[tuple[str, str, str]], Store], tmp_path: Path
) -> None:
    pdftotext = require_tool("pdftotext")
    report, people, _store = demo
    pdf = write_quarterly_pdf(tmp_path / "sintesi.pdf", report)
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Sintesi trimestrale del programma di welfare" in text
    assert "III trimestre 2026 · Tutte le aziende" in text
    assert "Cura di familiari anziani o con disabilità" in text  # accents embedded
    assert "pagina 1 di" in text
    flat = " ".join(text.split())
    for label, now, before, _change in _printed(report):
        if label not in ("Totale",) and len(label) < 45:
            assert f"{label} {now} {before}" in flat, label
    for surname, name, code in people:
        assert code not in text and f"{surname} {name}" not in text


def test_a_chart_never_drops_a_withheld_cell_silently(tmp_path: Path) -> None:
    """#18: a cell printed «n.d.» was left out of its chart with nothing said."""
    from welfare_desk.views.quarterly import Row, Section

    rows = (
        Row("social point", "40", "35", "+5"),
        Row("telefono", "n.d.", "12", "n.d."),
        Row("email", "9", "7", "+2"),
    )
    section = Section("contacts_by_channel", "Colloqui per canale", rows, None, True)
    report = QuarterlyReport(
        Quarter(2026, 3), "Tutte le aziende", False, TODAY, Quarter(2026, 2), (section,), (), TODAY
    )
    pdf = write_quarterly_pdf(tmp_path / "q.pdf", report)
    text = subprocess.run(
        [require_tool("pdftotext"), str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "telefono (n.d., non disegnato)" in text
    book = write_quarterly_xlsx(tmp_path / "q.xlsx", report)
    from openpyxl import load_workbook

    texts = {c.value for s in load_workbook(book).worksheets for r in s.iter_rows() for c in r}
    assert "Nel grafico «Colloqui per canale» le voci «n.d.» non sono disegnate: telefono." in texts
