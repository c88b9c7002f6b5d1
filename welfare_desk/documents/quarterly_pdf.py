"""The quarterly HR summary as a PDF: the same tables as the workbook, with bar charts
drawn by reportlab. Suppressed cells are written, never drawn."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from welfare_desk.documents.style import (
    ACCENT,
    FONT,
    INK,
    MARGIN,
    PAGE,
    a4_document,
    register_fonts,
    styles,
)

if TYPE_CHECKING:
    from welfare_desk.views.quarterly import QuarterlyReport, Row, Section

PREVIOUS = colors.HexColor("#a9c4d2")
RULE = colors.HexColor("#7f8c95")
BAND = colors.HexColor("#eef3f6")


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Writes "pagina N di M" once the number of pages is known."""

    def __init__(self, *args: Any, footer: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer = footer

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.setFillColor(INK)
            self.drawString(MARGIN, 12 * mm, self._footer)
            self.drawRightString(PAGE[0] - MARGIN, 12 * mm, f"pagina {number} di {total}")
            super().showPage()
        super().save()


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), styles()[style])


def _table(section: Section, now_label: str, before_label: str) -> Table:
    data: list[list[Any]] = [
        list(section.headers or ("Voce", now_label, before_label, "Variazione"))
    ]
    data += [[_p(r.label, "cell"), r.now, r.before, r.change] for r in section.rows]
    if section.total is not None:
        t = section.total
        data.append([_p(t.label, "strong"), t.now, t.before, t.change])
    table = Table(data, colWidths=[86 * mm, 28 * mm, 28 * mm, 28 * mm], repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), "WDSans-Bold", 8.5),
        ("FONT", (1, 1), (-1, -1), FONT, 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if section.total is not None:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.5, RULE),
            ("FONT", (1, -1), (-1, -1), "WDSans-Bold", 9),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _bar_label(row: Row) -> str:
    """A withheld cell keeps its place in the chart and says why it has no bar."""
    if row.value is None and not row.now.isdigit():
        return f"{row.label[:30]} (n.d., non disegnato)"
    return row.label[:48]


def _chart(section: Section, now_label: str, before_label: str) -> Drawing:
    """Bars for the printed numbers only; a suppressed cell shows as an empty row."""
    rows = section.rows
    height = 14 + 13 * len(rows)
    drawing = Drawing(170 * mm, height + 34)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 30
    chart.width, chart.height = 100 * mm, height
    before = [int(r.before) if r.before.isdigit() else 0 for r in rows]
    now = [r.value or 0 for r in rows]
    chart.data = [list(reversed(before)), list(reversed(now))]  # first label on top
    chart.categoryAxis.categoryNames = [_bar_label(r) for r in reversed(rows)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = PREVIOUS
    chart.bars[1].fillColor = ACCENT
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 4
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 62 * mm, 6
    legend.fontName, legend.fontSize = FONT, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 6
    legend.colorNamePairs = [(ACCENT, now_label), (PREVIOUS, before_label)]
    drawing.add(legend)
    return drawing


def write_quarterly_pdf(path: Path | BinaryIO, report: QuarterlyReport) -> Path | BinaryIO:
    """To a file or, for the desk's preview, to a stream."""
    register_fonts()
    now_label, before_label = report.quarter.short_label, report.previous.short_label
    status = (
        "Dati provvisori: il trimestre è in corso"
        if report.provisional
        else f"Dati congelati il {report.frozen_on:%d/%m/%Y}"
        + (f", emissione n. {report.issue}" if report.issue > 1 else "")
    )
    flow: list[Any] = [
        _p("Sintesi trimestrale del programma di welfare", "title"),
        _p(" · ".join(x for x in (report.programme, report.contact) if x), "subtitle"),
        _p(f"{report.quarter.label} · {report.employer}", "subtitle"),
        _p(f"{status} · confronto con il {report.previous.label}", "subtitle"),
        Spacer(1, 6 * mm),
    ]
    for section in report.sections:
        block = [_p(section.title, "heading"), _table(section, now_label, before_label)]
        if section.drawn:  # the chart stays on the page of its table
            block += [Spacer(1, 2 * mm), _chart(section, now_label, before_label)]
        flow.append(KeepTogether(block))
    if report.definitions:
        flow.append(_p("Definizioni", "heading"))
        flow += [
            Paragraph(f"<b>{escape(term)}</b>: {escape(meaning)}", styles()["small"])
            for term, meaning in report.definitions
        ]
    flow += [_p("Note", "heading")] + [_p(note, "small") for note in report.notes]
    document = a4_document(path, f"Sintesi trimestrale – {report.quarter.label}")
    footer = f"Welfare Desk · sintesi trimestrale · {report.quarter.label} · {report.employer}"
    document.build(
        flow,
        canvasmaker=lambda *a, **k: _NumberedCanvas(*a, footer=footer, **k),
    )
    return path
