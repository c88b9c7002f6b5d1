"""The worker's path summary (il mio percorso) as an A4 Italian PDF, one or many in one file.

A batch pulls summaries one at a time while reportlab lays out the pages, so a thousand
workers never sit in memory at once and progress is real; nothing reaches the disk until
the last page is done, so a cancelled batch leaves no file.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from welfare_desk.documents.output import write_bytes
from welfare_desk.documents.qr import QrCode
from welfare_desk.documents.style import (
    ACCENT,
    BOLD,
    FONT,
    MARGIN,
    MUTED,
    PAGE,
    RULE,
    TINT,
    reader_styles,
    styles,
    table_style,
)
from welfare_desk.domain.numbers import PROVISIONAL_NOTE, is_provisional, printed

if TYPE_CHECKING:
    from welfare_desk.views.path import PathSummary, ServiceLine

FOOTER = 16 * mm  # room kept at the bottom of each page for the desk's contacts
WIDTH = PAGE[0] - 2 * MARGIN
QR_SIZE = 24 * mm


class PrintCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""


class NothingToPrint(ValueError):
    """No summary came: there is no empty PDF to hand anyone."""


@dataclass(frozen=True, slots=True)
class Printed:
    summaries: int
    pages: int


def _d(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else "—"


def _p(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(escape(text), reader_styles()[style])


def _rich(markup: str, style: str = "cell") -> Paragraph:
    """A paragraph whose markup the caller built from escaped pieces."""
    return Paragraph(markup, reader_styles()[style])


def _header(summary: PathSummary) -> list[Flowable]:
    right = [_p("Stampato il", "label"), _p(_d(summary.printed_on), "strong")]
    if summary.case_number:
        right += [
            Spacer(1, 1.5 * mm),
            _p("Percorso n.", "label"),
            _p(printed(summary.case_number), "strong"),
        ]
        if is_provisional(summary.case_number):
            right.append(_p(PROVISIONAL_NOTE, "muted"))
    title = [
        _p("Il mio percorso", "cover"),
        _p("Percorso personalizzato di conciliazione famiglia–lavoro", "muted"),
    ]
    top = Table([[title, right]], colWidths=[WIDTH - 48 * mm, 48 * mm])
    top.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    people = [
        ("Nome e cognome", summary.worker),
        ("Datore di lavoro", summary.employer or "—"),
        ("Social point", summary.desk.social_point or "—"),
    ]
    person = Table(
        [[[_p(label, "label"), _p(value, "strong")] for label, value in people]],
        colWidths=[WIDTH * 0.3, WIDTH * 0.38, WIDTH * 0.32],
    )
    person.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return [top, Spacer(1, 4 * mm), person]


def _grid(head: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
    table = Table([[_p(h, "label") for h in head], *rows], colWidths=widths, repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 1), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
            ]
        )
    )
    return table


def _goals(summary: PathSummary) -> list[Flowable]:
    flow: list[Flowable] = [_p("I tuoi obiettivi", "section")]
    if not summary.goals:
        text = (
            "Non c'è ancora un percorso aperto: lo costruiremo insieme al prossimo incontro."
            if summary.case_number is None
            else "Gli obiettivi si definiscono insieme al prossimo incontro."
        )
        return [*flow, _p(text)]
    rows = [[_p(g.title), _p(_d(g.target_date)), _p(g.state, "strong")] for g in summary.goals]
    return [
        *flow,
        _grid(["Obiettivo", "Entro il", "Stato"], rows, [WIDTH - 68 * mm, 28 * mm, 40 * mm]),
    ]


def _due(day: date | None, today: date) -> str:
    """A step whose day has passed says so: the worker should not read it as to come."""
    if day is not None and day < today:
        return f"{_d(day)} (scaduto)"
    return _d(day)


def _steps(summary: PathSummary) -> list[Flowable]:
    flow: list[Flowable] = [_p("I prossimi passi", "section")]
    if summary.next_steps:
        rows = [
            [_p(s.title), _p(_due(s.due_date, summary.printed_on)), _p(s.who)]
            for s in summary.next_steps
        ]
        flow.append(
            _grid(
                ["Che cosa", "Entro il", "Chi se ne occupa"],
                rows,
                [WIDTH - 68 * mm, 28 * mm, 40 * mm],
            )
        )
    else:
        flow.append(_p("Non ci sono passi in sospeso."))
    if summary.next_review:
        review = Table(
            [[_rich(f"<b>Prossima verifica insieme:</b> {_d(summary.next_review)}", "lead")]],
            colWidths=[WIDTH],
        )
        review.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), TINT),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        flow += [Spacer(1, 3 * mm), review]
    return flow


def _card(line: ServiceLine) -> Flowable:
    when = ""
    if line.starts_on and line.ends_on:
        when = (
            f"il {_d(line.starts_on)}"
            if line.starts_on == line.ends_on
            else f"dal {_d(line.starts_on)} al {_d(line.ends_on)}"
        )
    who = "per te" if line.person == "te" else f"per {line.person}"
    what = " · ".join(x for x in (line.edition, when, who) if x)
    provider = line.provider
    reach = " · ".join(
        escape(x)
        for x in (
            f"tel. {provider.phone}" if provider.phone else None,
            provider.email,
        )
        if x
    )
    text: list[Flowable] = [
        _p(line.service, "strong"),
        _p(what, "muted"),
        _rich(f"<b>Stato:</b> {escape(line.state)}"),
        _rich(
            f"<b>Ente:</b> {escape(provider.name)}"
            + (f" · referente {escape(provider.person)}" if provider.person else "")
        ),
    ]
    if reach:
        text.append(_rich(f"<b>Contatti:</b> {reach}"))
    if line.where:
        text.append(_rich(f"<b>Dove:</b> {escape(line.where)}"))
    hint = (
        "Inquadra per scrivere all'ente"
        if line.link.startswith("mailto:")
        else "Inquadra per chiamare l'ente"
        if line.link.startswith("tel:")
        else "Inquadra per salvare i contatti"
    )
    code = [QrCode(line.link, QR_SIZE), _p(hint, "label")]
    card = Table([[text, code]], colWidths=[WIDTH - QR_SIZE - 10 * mm, QR_SIZE + 10 * mm])
    card.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([card, Spacer(1, 2.5 * mm)])


def _services(summary: PathSummary) -> list[Flowable]:
    flow: list[Flowable] = [_p("I tuoi servizi", "section")]
    if not summary.services:
        return [*flow, _p("Non risultano iscrizioni in corso né voucher da utilizzare.")]
    return flow + [_card(line) for line in summary.services]


def story(summary: PathSummary) -> list[Flowable]:
    """The flowables of one summary, from its header to its last service."""
    return [
        *_header(summary),
        *_goals(summary),
        *_steps(summary),
        *_services(summary),
    ]


class _Begin(Flowable):  # type: ignore[misc]
    """Marks where a summary starts, so that the page footer knows whose page it is."""

    def __init__(self, summary: PathSummary) -> None:
        super().__init__()
        self.summary = summary

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _End(_Begin):
    """Marks where a summary ends: progress is told, the next summary is read."""


class _Batch(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        buffer: BinaryIO,
        summaries: Iterator[PathSummary],
        progress: Callable[[int], bool] | None,
        title: str,
    ) -> None:
        super().__init__(
            buffer,
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + FOOTER,
            title=title,
            author="Welfare Desk",
            invariant=1,
            initialFontName=FONT,  # no unembedded Helvetica in the page preamble
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._footer)])
        self.summaries = summaries
        self.progress = progress
        self.current: PathSummary | None = None
        self.first_page = 1
        self.done = 0
        self.pages = 0
        self.queue: list[Flowable] = []

    def next_story(self, first: bool) -> bool:
        summary = next(self.summaries, None)
        if summary is None:
            return False
        self.queue += [
            *([] if first else [PageBreak()]),
            _Begin(summary),
            *story(summary),
            _End(summary),
        ]
        return True

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _End):
            self.done += 1
            if self.progress is not None and not self.progress(self.done):
                raise PrintCancelled
            self.next_story(first=False)
        elif isinstance(flowable, _Begin):
            self.current = flowable.summary
            self.first_page = self.page

    def _footer(self, canvas: Any, doc: Any) -> None:
        self.pages += 1
        summary = self.current
        if summary is None:
            return
        desk = summary.desk
        where = " · ".join(x for x in (desk.social_point, desk.address, desk.opening_hours) if x)
        manager = desk.manager or "il tuo welfare manager"
        y = MARGIN + FOOTER - 6 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y + 4 * mm, PAGE[0] - MARGIN, y + 4 * mm)
        canvas.setFillColor(ACCENT)
        canvas.setFont(BOLD, 9.5)
        canvas.drawString(MARGIN, y, f"Per ogni domanda: {manager}")
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 9)
        canvas.drawString(
            MARGIN, y - 4 * mm, where or "Rivolgiti al social point della tua azienda."
        )
        canvas.setFont(FONT, 9)
        canvas.drawString(
            MARGIN,
            y - 8 * mm,
            f"Documento personale di {summary.worker}: contiene solo i dati utili al tuo percorso.",
        )
        canvas.drawRightString(PAGE[0] - MARGIN, y, f"pagina {self.page - self.first_page + 1}")
        canvas.restoreState()


def write_paths(
    target: Path | str | BinaryIO,
    summaries: Iterable[PathSummary],
    progress: Callable[[int], bool] | None = None,
) -> Printed:
    """Every summary on pages of its own, in one PDF. `progress` hears how many summaries
    are laid out so far; returning False stops, raising PrintCancelled with no file left."""
    styles()  # fonts registered before the first page
    pending = iter(summaries)
    buffer = io.BytesIO()
    doc = _Batch(buffer, pending, progress, "Il mio percorso")
    if not doc.next_story(first=True):
        raise NothingToPrint("Nessun percorso da stampare.")
    doc.build(doc.queue)
    write_bytes(target, buffer.getvalue())
    return Printed(doc.done, doc.pages)


def write_path(target: Path | str | BinaryIO, summary: PathSummary) -> Printed:
    """One worker's summary."""
    return write_paths(target, [summary])
