"""The welfare-day handout as a PDF, read back with pdftotext as a worker at the stand would."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.catalogue.test_handout import LOGISTICA, OFFICINE, TODAY, build_catalogue
from tests.conftest import require_tool
from tests.documents.test_path_pdf import decoded_qr, pdf_pages
from welfare_desk.catalogue.handout import handout
from welfare_desk.documents import handout_pdf
from welfare_desk.documents.handout_pdf import write_handout
from welfare_desk.documents.qr import QrCode
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork


def _reading_order(pdf: Path) -> str:
    """The pages after the cover, column by column, lines joined: a card's words read
    as a person reads them, however the larger print wraps them."""
    text = subprocess.run(
        [require_tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(" ".join(text.split("\f")[1:]).split())


def test_the_whole_catalogue_prints_by_category_with_prices_and_page_numbers(
    sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_catalogue(sqlite_store)
    with UnitOfWork(sqlite_store) as uow:
        found = handout(uow, today=TODAY)
    encoded: list[str] = []

    class Recording(QrCode):
        def __init__(self, value: str, size: float, level: str = "M") -> None:
            encoded.append(value)
            super().__init__(value, size, level)

    monkeypatch.setattr(handout_pdf, "QrCode", Recording)
    out = tmp_path / "catalogo.pdf"
    pages = write_handout(out, found)
    text = pdf_pages(out)
    assert len(text) == pages >= 2
    cover = text[0]
    for words in (
        "Welfare day",
        "Catalogo dei servizi",
        "Azienda tutte le aziende del programma",
        "Categoria tutte le categorie",
        "Periodo dal 04/05/2026 in poi",
        "Aggiornato al 04/05/2026",
        "Cura dei figli 2 servizi",
        "Cura di familiari anziani o con disabilità 1 servizio",
        "Economia familiare 1 servizio",
        "Il prezzo in evidenza è quello a tuo carico",
    ):
        assert words in cover, words
    body = _reading_order(out)
    for words in (
        "Cura dei figli · 2 servizi",
        "Campus estivo Il Mosaico",
        "80,00 € a settimana",
        "invece di 200,00 €",
        "Per: bambini e ragazzi da 6 a 11 anni",
        "dal 15/06/2026 al 19/06/2026 · 1 posto libero",
        "dal 03/08/2026 al 07/08/2026 · 25 posti liberi",
        "tel. 0377 123456 · info@ilmosaico.it",
        "Nido aziendale Logistica",
        "1.234,56 €",
        "anche più volte al giorno: è il servizio",
        "Fondazione Santa Chiara Lodi (Marta Riva)",
        "anziani@santachiara.it",
        "Dove: Via Cavour 5, Lodi",
        "Gratuito",
        "il 20/05/2026 · 20 posti liberi",
    ):
        assert words in body, words
    for gone in ("Servizio sospeso", "06/07/2026", "06/04/2026"):  # inactive, closed, past
        assert gone not in body, gone
    for number, page in enumerate(text, start=1):
        assert re.search(
            rf"Catalogo dei servizi di welfare · aggiornato al 04/05/2026 "
            rf"pagina {number} di {pages}$",
            page,
        ), page[-120:]
    assert sorted(encoded) == [
        "mailto:anziani@santachiara.it",
        "mailto:info@ilmosaico.it",
        "mailto:info@ilmosaico.it",
        "tel:0331987654",
    ]
    assert "mailto:info@ilmosaico.it" in decoded_qr(out, 2)


def test_the_filters_show_on_the_cover_and_keep_out_what_does_not_fit(
    sqlite_store: Store, tmp_path: Path
) -> None:
    build_catalogue(sqlite_store)
    with UnitOfWork(sqlite_store) as uow:
        found = handout(
            uow, OFFICINE, "childcare", date(2026, 8, 1), date(2026, 8, 31), today=TODAY
        )
    out = tmp_path / "officine.pdf"
    write_handout(out, found)
    cover, *inside = pdf_pages(out)
    for words in (
        f"Azienda {OFFICINE}",
        "Categoria Cura dei figli",
        "Periodo dal 01/08/2026 al 31/08/2026",
        "Cura dei figli 1 servizio",
    ):
        assert words in cover, words
    body = " ".join(inside)
    assert "Campus estivo Il Mosaico" in body and "dal 03/08/2026 al 07/08/2026" in body
    for gone in (
        "Nido aziendale Logistica",  # another employer's
        LOGISTICA,
        "Corso di educazione finanziaria",  # another category
        "Assistenza domiciliare",
        "15/06/2026",  # an edition outside the period
    ):
        assert gone not in body, gone


def test_an_empty_handout_is_a_cover_that_says_so(sqlite_store: Store, tmp_path: Path) -> None:
    with UnitOfWork(sqlite_store) as uow:
        found = handout(uow, today=TODAY)
    stream = io.BytesIO()
    assert write_handout(stream, found) == 1
    path = tmp_path / "vuoto.pdf"
    path.write_bytes(stream.getvalue())
    (cover,) = pdf_pages(path)
    assert "Nessun servizio con edizioni aperte per i filtri scelti." in cover
    assert cover.endswith("pagina 1 di 1")


def test_each_card_says_what_the_price_is_for_whom_it_is_reserved_and_how_to_enrol(
    sqlite_store: Store, tmp_path: Path
) -> None:
    """#18: a price with no unit («80,00 €»: a day? a week?), a service for one
    employer's workers printed as if for anyone, and no word on how to enrol."""
    build_catalogue(sqlite_store)
    with UnitOfWork(sqlite_store) as uow:
        found = handout(uow, today=TODAY)
    out = tmp_path / "catalogo.pdf"
    write_handout(out, found)
    body = _reading_order(out)
    assert "80,00 € a settimana" in body  # the camp's weeks
    assert "per edizione" in body  # the nursery's school year
    assert "Riservato ai lavoratori di Logistica Adda S.r.l." in body
    assert body.count("Per iscriverti:") == sum(len(s.services) for s in found.sections)
