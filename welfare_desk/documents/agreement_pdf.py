"""The individual agreement of agile work (art. 19 L. 81/2017), as a printable Italian PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from welfare_desk.documents.style import INK, a4_document, styles
from welfare_desk.domain.agreement import Clause
from welfare_desk.domain.numbers import printed


@dataclass(frozen=True)
class AgreementDocument:
    """The agreement as it prints: its clauses already come from the programme's template
    with the request's data in place (domain.agreement.fill)."""

    number: str
    employer: str
    worker: str
    codice_fiscale: str
    title: str
    subtitle: str
    clauses: tuple[Clause, ...]
    signed_on: date | None = None


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), styles()[style])


def write_agreement(path: Path | BinaryIO, doc: AgreementDocument) -> Path | BinaryIO:
    """To a file or, for the desk's preview, to a stream."""
    parties = Table(
        [
            [_p("Datore di lavoro"), _p(doc.employer)],
            [_p("Lavoratore/lavoratrice"), _p(f"{doc.worker} – C.F. {doc.codice_fiscale}")],
            [_p("Riferimento"), _p(printed(doc.number))],
        ],
        colWidths=[45 * mm, None],
    )
    parties.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    flow: list[object] = [
        _p(doc.title, "title"),
        _p(doc.subtitle, "subtitle"),
        Spacer(1, 8 * mm),
        parties,
        Spacer(1, 4 * mm),
    ]
    for number, clause in enumerate(doc.clauses, start=1):
        flow.append(_p(f"Art. {number} – {clause.heading} ({clause.law})", "heading"))
        flow += [_p(paragraph) for paragraph in clause.text]
    signatures = Table(
        [
            [
                _p("Per il datore di lavoro, il legale rappresentante o un suo delegato"),
                "",
                _p("Il lavoratore / la lavoratrice"),
            ],
            [_p("Nome e cognome ____________________"), "", ""],
            ["", "", ""],
        ],
        colWidths=[75 * mm, 20 * mm, 75 * mm],
        rowHeights=[None, None, 16 * mm],
    )
    signatures.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 2), (0, 2), 0.5, INK),
                ("LINEBELOW", (2, 2), (2, 2), 0.5, INK),
            ]
        )
    )
    signed = (
        f"Luogo ____________________, sottoscritto il {doc.signed_on:%d/%m/%Y}"
        if doc.signed_on
        else "Luogo ____________________, data di sottoscrizione ____________________"
    )
    flow += [Spacer(1, 10 * mm), _p(signed), Spacer(1, 6 * mm)]
    flow.append(signatures)
    flow += [
        Spacer(1, 6 * mm),
        _p(
            "L'accordo è conservato dal datore di lavoro per cinque anni (DM 149/2022).",
            "small",
        ),
    ]
    document = a4_document(path, f"Accordo di lavoro agile {doc.number}")
    document.build(flow)
    return path
