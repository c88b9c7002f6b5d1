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

WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")


@dataclass(frozen=True)
class AgreementDocument:
    number: str
    employer: str
    worker: str
    codice_fiscale: str
    days_per_week: int
    weekdays: tuple[int, ...]
    starts_on: date
    ends_on: date | None
    places: str | None
    tools: str | None
    rest_times: str | None
    disconnection: str | None
    notice_days: int | None  # open-ended: notice to withdraw; None: fixed-term
    notice_employer_disabled: int
    communication_days: int = 5


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), styles()[style])


def _article(number: int, title: str, *lines: str) -> list[object]:
    flow: list[object] = [_p(f"Art. {number} – {title}", "heading")]
    flow += [_p(line) for line in lines if line]
    return flow


def write_agreement(path: Path | BinaryIO, doc: AgreementDocument) -> Path | BinaryIO:
    """To a file or, for the desk's preview, to a stream."""
    days = (
        ", ".join(WEEKDAYS[d] for d in sorted(doc.weekdays))
        if doc.weekdays
        else "da concordare settimana per settimana"
    )
    period = (
        f"dal {doc.starts_on:%d/%m/%Y} al {doc.ends_on:%d/%m/%Y} (a tempo determinato)"
        if doc.ends_on
        else f"dal {doc.starts_on:%d/%m/%Y}, a tempo indeterminato"
    )
    if doc.notice_days is None:
        withdrawal = (
            "L'accordo è a tempo determinato: cessa alla scadenza. Prima della scadenza "
            "ciascuna parte può recedere solo in presenza di un giustificato motivo."
        )
    else:
        withdrawal = (
            f"L'accordo è a tempo indeterminato: ciascuna parte può recedere con un preavviso "
            f"di almeno {doc.notice_days} giorni. Nel caso di lavoratori disabili ai sensi "
            f"della L. 68/1999, il preavviso del recesso del datore di lavoro è di almeno "
            f"{doc.notice_employer_disabled} giorni. In presenza di un giustificato motivo "
            "ciascuna parte può recedere prima della scadenza del termine o senza preavviso."
        )
    parties = Table(
        [
            [_p("Datore di lavoro"), _p(doc.employer)],
            [_p("Lavoratore/lavoratrice"), _p(f"{doc.worker} – C.F. {doc.codice_fiscale}")],
            [_p("Riferimento"), _p(doc.number)],
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
        _p("Accordo individuale di lavoro agile", "title"),
        _p("ai sensi degli artt. 18–23 della Legge 22 maggio 2017, n. 81", "subtitle"),
        Spacer(1, 8 * mm),
        parties,
        Spacer(1, 4 * mm),
    ]
    flow += _article(
        1,
        "Oggetto e durata",
        f"La prestazione lavorativa è resa in modalità agile per {doc.days_per_week} "
        f"giorni alla settimana ({days}), {period}; nei restanti giorni presso la sede "
        "aziendale.",
    )
    flow += _article(
        2,
        "Luoghi della prestazione",
        doc.places
        or "Luoghi scelti dal lavoratore, idonei alla riservatezza e alla sicurezza della "
        "prestazione.",
    )
    flow += _article(
        3,
        "Strumenti di lavoro e potere direttivo",
        doc.tools
        or "Strumenti forniti dal datore di lavoro, che ne cura la sicurezza e il buon "
        "funzionamento.",
        "Il potere direttivo e di controllo è esercitato nel rispetto dell'art. 4 della "
        "L. 300/1970.",
    )
    flow += _article(
        4,
        "Tempi di riposo e diritto alla disconnessione",
        doc.rest_times
        or "Sono garantiti i riposi previsti dalla legge e dal contratto collettivo.",
        doc.disconnection
        or "Fuori dall'orario concordato il lavoratore non è tenuto a rispondere a "
        "comunicazioni di lavoro.",
    )
    flow += _article(5, "Recesso", withdrawal)
    flow += _article(
        6,
        "Comunicazione obbligatoria",
        "Il datore di lavoro comunica al Ministero del Lavoro e delle Politiche Sociali "
        f"l'inizio, le modifiche e la cessazione dell'accordo entro {doc.communication_days} "
        "giorni.",
    )
    signatures = Table(
        [[_p("Il datore di lavoro"), "", _p("Il lavoratore / la lavoratrice")], ["", "", ""]],
        colWidths=[75 * mm, 20 * mm, 75 * mm],
        rowHeights=[None, 16 * mm],
    )
    signatures.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 1), (0, 1), 0.5, INK),
                ("LINEBELOW", (2, 1), (2, 1), 0.5, INK),
            ]
        )
    )
    flow += [Spacer(1, 10 * mm), _p("Luogo e data ____________________"), Spacer(1, 6 * mm)]
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
