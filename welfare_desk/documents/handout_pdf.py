"""The welfare-day handout as an A4 Italian PDF: a cover with the filters, then the services
in two columns by category, each with its price after the subsidy and a QR code.

Printed in hundreds, so it is compact: one card per service, editions one line each.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
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
from welfare_desk.domain.money import format_euro

if TYPE_CHECKING:
    from welfare_desk.views.handout import Handout, HandoutEdition, HandoutService

GAP = 6 * mm  # between the two columns
COLUMN = (PAGE[0] - 2 * MARGIN - GAP) / 2
QR_SIZE = 19 * mm
FOOTER = 8 * mm
DESCRIPTION_LIMIT = 160  # characters: a card stays a card


def _d(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def _p(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(escape(text), reader_styles()[style])


def _rich(markup: str, style: str = "cell") -> Paragraph:
    """A paragraph whose markup the caller built from escaped pieces."""
    return Paragraph(markup, reader_styles()[style])


def period_text(start: date | None, end: date | None, today: date) -> str:
    if start and end:
        return f"dal {_d(start)} al {_d(end)}"
    if end:
        return f"dal {_d(today)} al {_d(end)}"
    return f"dal {_d(start or today)} in poi"


def price_text(service: HandoutService) -> str:
    if service.price_cents == 0:
        return "Gratuito"
    price = format_euro(service.price_cents)
    if service.price_unit:
        price += f" {service.price_unit}"
    if service.full_price_cents:
        return (
            f"{price} <font size=10 color='#5b6770'>"
            f"invece di {format_euro(service.full_price_cents)}</font>"
        )
    return price


def _edition(edition: HandoutEdition) -> str:
    when = (
        f"il {_d(edition.starts_on)}"
        if edition.starts_on == edition.ends_on
        else f"dal {_d(edition.starts_on)} al {_d(edition.ends_on)}"
    )
    if edition.places_left == 1:
        places = "1 posto libero"
    elif edition.places_left:
        places = f"{edition.places_left} posti liberi"
    else:
        places = "<font color='#a04a2a'>completo, lista d'attesa</font>"
    return f"{when} · {places}"


def _card(service: HandoutService) -> Flowable:
    provider = service.provider
    reach = " · ".join(
        escape(x)
        for x in (f"tel. {provider.phone}" if provider.phone else None, provider.email)
        if x
    )
    kind = service.need_label or service.kind_label
    head: list[Flowable] = [
        _p(kind[0].upper() + kind[1:], "label"),
        Spacer(1, 1.2 * mm),
        _rich(f"<font size=12><b>{price_text(service)}</b></font>", "cell"),
        Spacer(1, 1 * mm),
        _rich(f"<b>Per:</b> {escape(service.for_whom)}"),
    ]
    top = Table(
        [[head, QrCode(service.link, QR_SIZE)]],
        colWidths=[COLUMN - QR_SIZE - 6 * mm, QR_SIZE + 2 * mm],
    )
    top.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    body: list[Flowable] = [_p(service.name, "strong"), top]
    if service.description:
        text = service.description.strip()
        if len(text) > DESCRIPTION_LIMIT:
            text = text[: DESCRIPTION_LIMIT - 1].rsplit(" ", 1)[0] + "…"
        body.append(_p(text, "fine"))
    body.append(
        _rich(
            f"<b>Ente:</b> {escape(provider.name)}"
            + (f" ({escape(provider.person)})" if provider.person else ""),
            "fine",
        )
    )
    if reach:
        body.append(_rich(f"<b>Contatti:</b> {reach}", "fine"))
    if service.where:
        body.append(_rich(f"<b>Dove:</b> {escape(service.where)}", "fine"))
    if service.reserved_to:
        body.append(
            _rich(
                f"<b>Riservato ai lavoratori di {escape(', '.join(service.reserved_to))}</b>",
                "fine",
            )
        )
    body.append(
        _rich(
            "<b>Per iscriverti:</b> al social point o al welfare day, dal welfare manager.",
            "fine",
        )
    )
    body.append(Spacer(1, 1 * mm))
    body += [_rich(_edition(e), "fine") for e in service.editions]
    card = Table([[body]], colWidths=[COLUMN])
    card.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return KeepTogether([card, Spacer(1, 3 * mm)])


def _heading(label: str, count: int) -> Flowable:
    words = "1 servizio" if count == 1 else f"{count} servizi"
    band = Table(
        [[_rich(f"{escape(label)} <font size=10 color='#5b6770'>· {words}</font>", "section")]],
        colWidths=[COLUMN],
    )
    band.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    band.keepWithNext = 1
    return band


def _cover(handout: Handout) -> list[Flowable]:
    f = handout.filters
    rows = [
        ("Azienda", f.employer or "tutte le aziende del programma"),
        ("Categoria", f.category or "tutte le categorie"),
        ("Periodo", period_text(f.start, f.end, handout.printed_on)),
        ("Aggiornato al", _d(handout.printed_on)),
    ]
    filters = Table(
        [[_p(label, "label"), _p(value, "strong")] for label, value in rows],
        colWidths=[35 * mm, PAGE[0] - 2 * MARGIN - 35 * mm],
    )
    filters.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    flow: list[Flowable] = [
        Spacer(1, 30 * mm),
        _p("Welfare day", "section"),
        _p("Catalogo dei servizi", "cover"),
        Spacer(1, 3 * mm),
        _p(
            "I servizi di conciliazione famiglia–lavoro per te e per la tua famiglia: "
            "dove sono, per chi, quando e quanto costano.",
            "lead",
        ),
        Spacer(1, 10 * mm),
        filters,
        Spacer(1, 10 * mm),
        _p("In questo catalogo", "section"),
    ]
    if handout.sections:
        index = [
            [
                _p(s.label),
                _p("1 servizio" if len(s.services) == 1 else f"{len(s.services)} servizi"),
            ]
            for s in handout.sections
        ]
        table = Table(index, colWidths=[120 * mm, 40 * mm], hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ]
            )
        )
        flow.append(table)
    else:
        flow.append(_p("Nessun servizio con edizioni aperte per i filtri scelti."))
    flow += [
        Spacer(1, 10 * mm),
        _p("Come leggere le schede", "section"),
        _p(
            "Il prezzo in evidenza è quello a tuo carico, già al netto del contributo "
            "dell'azienda o del programma; accanto, in piccolo, il prezzo pieno. "
            "Per ogni edizione trovi le date e i posti ancora liberi: quando un'edizione è "
            "completa puoi iscriverti in lista d'attesa.",
        ),
        Spacer(1, 2 * mm),
        _p(
            "Inquadra il codice QR con la fotocamera del telefono per scrivere all'ente che "
            "offre il servizio. Per iscriverti o chiedere un voucher rivolgiti al social point "
            "o al welfare manager.",
        ),
    ]
    return flow


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds the pages until the end, so each footer can say "pagina N di M"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self.footer_text = ""

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self.saveState()
            self.setFont(FONT, 9)
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            y = MARGIN - 2 * mm
            self.line(MARGIN, y + 4 * mm, PAGE[0] - MARGIN, y + 4 * mm)
            self.drawString(MARGIN, y, self.footer_text)
            self.drawRightString(PAGE[0] - MARGIN, y, f"pagina {self._pageNumber} di {total}")
            self.restoreState()
            super().showPage()
        super().save()


def write_handout(target: Path | str | BinaryIO, handout: Handout) -> int:
    """Writes the handout whole or not at all; returns its number of pages."""
    styles()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER,
        title="Catalogo dei servizi – Welfare day",
        author="Welfare Desk",
        invariant=1,
        initialFontName=FONT,  # no unembedded Helvetica in the page preamble
    )
    pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    whole = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="whole", **pad)
    left = Frame(doc.leftMargin, doc.bottomMargin, COLUMN, doc.height, id="left", **pad)
    right = Frame(
        doc.leftMargin + COLUMN + GAP, doc.bottomMargin, COLUMN, doc.height, id="right", **pad
    )
    doc.addPageTemplates([PageTemplate("cover", [whole]), PageTemplate("columns", [left, right])])
    flow: list[Flowable] = _cover(handout)
    if handout.sections:
        flow += [NextPageTemplate("columns"), PageBreak()]
    for section in handout.sections:
        cards = [_card(s) for s in section.services]
        # a heading never stands alone at a column's foot: it goes with its first card
        heading = [_heading(section.label, len(section.services)), Spacer(1, 2.5 * mm)]
        flow.append(KeepTogether(heading + cards[:1]))
        flow += cards[1:]
        flow.append(Spacer(1, 3 * mm))

    def canvas_maker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        canvas = _NumberedCanvas(*args, **kwargs)
        canvas.footer_text = (
            f"Catalogo dei servizi di welfare · aggiornato al {_d(handout.printed_on)}"
        )
        return canvas

    doc.build(flow, canvasmaker=canvas_maker)
    write_bytes(target, buffer.getvalue())
    return int(doc.page)
