"""Everything the desk holds about one person, as a PDF they can read (art. 15 GDPR):
each section's records as label and value, the history of changes and who looked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from welfare_desk.documents.style import INK, MUTED, a4_document, styles, table_style


@dataclass(frozen=True)
class PersonSection:
    title: str
    records: tuple[tuple[tuple[str, str], ...], ...]  # each record: (label, value) pairs


@dataclass(frozen=True)
class PersonDocument:
    person: str  # «Nome Cognome – C.F. …»
    made_on: date
    sections: tuple[PersonSection, ...]
    history: tuple[tuple[str, str, str, str], ...]  # when, record, what, fields
    looks: tuple[tuple[str, str, str], ...]  # when, what, detail


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), styles()[style])


def _record(pairs: tuple[tuple[str, str], ...]) -> Table:
    table = Table(
        [[_p(label, "label"), _p(value, "cell")] for label, value in pairs],
        colWidths=[48 * mm, None],
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, -1), (-1, -1), 0.3, MUTED),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _rows(
    header: tuple[str, ...], rows: tuple[tuple[str, ...], ...], widths: list[float | None]
) -> Table:
    table = Table(
        [[_p(h, "strong") for h in header]] + [[_p(c, "cell") for c in row] for row in rows],
        colWidths=widths,
        repeatRows=1,
    )
    table.setStyle(
        table_style(
            [("LINEBELOW", (0, 0), (-1, -1), 0.3, INK), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    return table


def write_person(path: Path | BinaryIO, doc: PersonDocument) -> Path | BinaryIO:
    flow: list[object] = [
        _p("I tuoi dati presso lo sportello welfare", "title"),
        _p(doc.person, "subtitle"),
        Spacer(1, 3 * mm),
        _p(
            f"Documento preparato il {doc.made_on:%d/%m/%Y} in risposta alla richiesta di "
            "accesso (art. 15 del Regolamento UE 2016/679). Contiene tutti i dati che "
            "l'archivio conserva su di te e sui familiari che hai indicato, la cronologia "
            "delle modifiche e chi li ha consultati. Gli allegati sanitari sono indicati con "
            "nome e dimensione: il file si chiede a parte.",
            "muted",
        ),
    ]
    for section in doc.sections:
        flow.append(_p(section.title, "heading"))
        if not section.records:
            flow.append(_p("Nessun dato.", "muted"))
        for record in section.records:
            flow += [KeepTogether([_record(record)]), Spacer(1, 2 * mm)]
    flow.append(_p("Cronologia delle modifiche", "heading"))
    if doc.history:
        flow.append(
            _rows(
                ("Quando", "Dato", "Che cosa", "Campi"),
                doc.history,
                [30 * mm, 40 * mm, 25 * mm, None],
            )
        )
    else:
        flow.append(_p("Nessuna modifica registrata.", "muted"))
    flow.append(_p("Chi ha consultato, stampato o esportato i tuoi dati", "heading"))
    if doc.looks:
        flow.append(_rows(("Quando", "Che cosa", "Dettaglio"), doc.looks, [30 * mm, 30 * mm, None]))
    else:
        flow.append(_p("Nessuna consultazione registrata.", "muted"))
    a4_document(path, "Dati personali").build(flow)
    return path
