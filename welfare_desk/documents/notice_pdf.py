"""The information notice (art. 13 GDPR) as a printable Italian PDF, with the purposes
and their legal bases, and the person's name when it is handed to someone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from welfare_desk.documents.style import INK, a4_document, styles, table_style


@dataclass(frozen=True)
class NoticeDocument:
    version: str
    dated: date
    title: str
    subtitle: str
    controller: str
    sections: tuple[tuple[str, tuple[str, ...]], ...]
    purposes: tuple[tuple[str, str], ...]  # (purpose, its admitted legal bases)
    person: str | None = None  # «Nome Cognome – C.F. …», or a blank form


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), styles()[style])


def write_notice(path: Path | BinaryIO, doc: NoticeDocument) -> Path | BinaryIO:
    purposes = Table(
        [[_p("Finalità", "strong"), _p("Base giuridica", "strong")]]
        + [[_p(purpose, "cell"), _p(bases, "cell")] for purpose, bases in doc.purposes],
        colWidths=[85 * mm, None],
    )
    purposes.setStyle(
        table_style(
            [("LINEBELOW", (0, 0), (-1, -1), 0.3, INK), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    flow: list[object] = [
        _p(doc.title, "title"),
        _p(doc.subtitle, "subtitle"),
        Spacer(1, 4 * mm),
        _p(f"Versione {doc.version} del {doc.dated:%d/%m/%Y}", "muted"),
        Spacer(1, 4 * mm),
        _p(doc.controller),
        _p("Finalità e basi giuridiche", "heading"),
        purposes,
    ]
    for heading, paragraphs in doc.sections:
        flow.append(_p(heading, "heading"))
        flow += [_p(text) for text in paragraphs]
    received = doc.person or "Nome e cognome ____________________________________"
    flow += [
        Spacer(1, 10 * mm),
        _p(f"Ho ricevuto l'informativa: {received}"),
        Spacer(1, 6 * mm),
        _p("Data ____________________        Firma ____________________________________"),
    ]
    a4_document(path, f"Informativa privacy {doc.version}").build(flow)
    return path
