"""The worker's path summary as a PDF, read back with pdftotext as the worker would read it."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import require_tool
from tests.helpers import add_worker
from tests.reporting.test_path_summary import SECRET_NOTE, TODAY, build_path
from welfare_desk.documents import path_pdf
from welfare_desk.documents.path_pdf import PrintCancelled, write_path, write_paths
from welfare_desk.documents.qr import QrCode
from welfare_desk.reporting.path_summary import path_summaries, path_summary
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.views.path import PathSummary


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, as pdftotext lays it out, with spaces folded."""
    pdftotext = require_tool("pdftotext")
    text = subprocess.run(
        [pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def decoded_qr(path: Path, page: int) -> set[str]:
    """What a phone reads from the page's QR codes, printed at 300 dpi with anti-aliasing
    (#18: codes drawn a hair off the pixel grid did not decode at 300 dpi)."""
    import zxingcpp
    from PIL import Image

    pdftoppm = require_tool("pdftoppm")
    stem = path.with_name(f"{path.stem}-{page}")
    pages = ["-f", str(page), "-l", str(page)]
    smooth = ["-aa", "yes", "-aaVector", "yes"]
    subprocess.run(
        [pdftoppm, "-png", "-singlefile", "-r", "300", *smooth, *pages, str(path), str(stem)],
        check=True,
    )
    with Image.open(stem.with_suffix(".png")) as picture:
        return {code.text for code in zxingcpp.read_barcodes(picture)}


def test_the_summary_prints_the_plan_services_and_desk_and_nothing_sensitive(
    sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = build_path(sqlite_store)
    with UnitOfWork(sqlite_store) as uow:
        summary = path_summary(uow, path.worker, TODAY)
    encoded: list[str] = []

    class Recording(QrCode):
        def __init__(self, value: str, size: float, level: str = "M") -> None:
            encoded.append(value)
            super().__init__(value, size, level)

    monkeypatch.setattr(path_pdf, "QrCode", Recording)
    out = tmp_path / "percorso.pdf"
    printed = write_path(out, summary)
    assert (printed.summaries, printed.pages) == (1, 1)
    (page,) = pdf_pages(out)
    for words in (
        "Il mio percorso",
        "Stampato il",  # label over value: read apart in the layout
        "04/05/2026",
        "SP01-2026-0001",
        "Aurora Nicolò",
        "Officine Lodigiane S.p.A.",
        "Social point Officine – Lodi",
        "Trovare un centro estivo per Luca 01/06/2026 in corso",
        "Più tempo per sé e per la famiglia 30/09/2026 in corso",
        "Conoscere le opportunità del credito welfare 30/04/2026 raggiunto",
        "Chiedere all'azienda se è possibile il lavoro agile 12/05/2026 il welfare manager",
        "Portare il modulo ISEE al social point 20/05/2026 tu",
        "Confermare il posto a Luca 25/05/2026 il servizio",
        "Prossima verifica insieme: 03/06/2026",
        "Campus estivo Il Mosaico",
        "dal 15/06/2026 al 19/06/2026 · per Luca",
        "iscrizione confermata, voucher n. V-2026-00001 da 120,00 €",
        "Il Mosaico Servizi Cooperativa Sociale",
        "tel. 0377 123456 · info@ilmosaico.it",
        "Corso di educazione finanziaria",
        "il 20/05/2026 · per te",
        "tel. 0331 987654",
        "Piazza della Vittoria 1, Lodi",
        "Per ogni domanda: Giulia Ferri",
        "Via Roma 13, Lodi · martedì e giovedì 9-13",
        "pagina 1",
    ):
        assert words in page, words
    # A sheet left on a table says nothing of health, pregnancy, disability or the code.
    for secret in (path.codice_fiscale, "Gravidanza", "diabete", "104", "disabilit", "333 123"):
        assert secret not in page, secret
    assert SECRET_NOTE not in page and "Primo colloquio già fatto" not in page
    assert encoded == ["tel:0331987654", "mailto:info@ilmosaico.it"]
    assert decoded_qr(out, 1) == {"tel:0331987654", "mailto:info@ilmosaico.it"}


def test_the_fonts_are_embedded(sqlite_store: Store, tmp_path: Path) -> None:
    pdffonts = require_tool("pdffonts")
    worker = add_worker(sqlite_store, surname="Pellè", name="Niccolò").worker.id
    with UnitOfWork(sqlite_store) as uow:
        summary = path_summary(uow, worker, TODAY)
    out = tmp_path / "p.pdf"
    write_path(out, summary)
    listing = subprocess.run([pdffonts, str(out)], capture_output=True, text=True, check=True)
    fonts = listing.stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts), listing.stdout
    assert "Niccolò Pellè" in pdf_pages(out)[0]
    assert "Non c'è ancora un percorso aperto" in pdf_pages(out)[0]


def _three(store: Store) -> list[PathSummary]:
    path = build_path(store)
    others = [
        add_worker(store, surname=surname, name=name).worker.id
        for surname, name in (("Bassi", "Ugo"), ("Conti", "Ilaria"))
    ]
    with UnitOfWork(store) as uow:
        return list(path_summaries(uow, [path.worker, *others], TODAY))


def test_a_batch_puts_each_worker_on_pages_of_their_own(
    sqlite_store: Store, tmp_path: Path
) -> None:
    summaries = _three(sqlite_store)
    heard: list[int] = []
    out = tmp_path / "giornata.pdf"
    printed = write_paths(out, iter(summaries), lambda done: heard.append(done) is None)
    pages = pdf_pages(out)
    assert printed.summaries == 3 and printed.pages == len(pages) >= 3
    assert heard == [1, 2, 3]
    names = ["Aurora Nicolò", "Ugo Bassi", "Ilaria Conti"]
    owners = [[n for n in names if n in page] for page in pages]
    assert owners == [[n] for n in names]  # each name on its page, no other on it
    assert all(page.count("pagina 1") == 1 for page in pages)


def test_cancelling_a_batch_leaves_no_file(sqlite_store: Store, tmp_path: Path) -> None:
    summaries = _three(sqlite_store)
    folder = tmp_path / "stampe"
    out = folder / "giornata.pdf"
    with pytest.raises(PrintCancelled):
        write_paths(out, summaries, lambda done: done < 2)
    assert not folder.exists() or list(folder.iterdir()) == []
    out.parent.mkdir()
    out.write_bytes(b"%PDF the good one")
    with pytest.raises(PrintCancelled):
        write_paths(out, summaries, lambda done: False)
    assert out.read_bytes() == b"%PDF the good one" and list(folder.iterdir()) == [out]


def test_a_summary_goes_to_a_stream_and_an_empty_batch_is_refused(sqlite_store: Store) -> None:
    worker = add_worker(sqlite_store).worker.id
    with UnitOfWork(sqlite_store) as uow:
        summary = path_summary(uow, worker, date(2026, 5, 4))
    stream = io.BytesIO()
    write_path(stream, summary)
    assert stream.getvalue().startswith(b"%PDF")
    with pytest.raises(ValueError, match="Nessun percorso"):
        write_paths(io.BytesIO(), [])


def test_a_provisional_case_number_is_printed_as_such(sqlite_store: Store, tmp_path: Path) -> None:
    from dataclasses import replace

    path = build_path(sqlite_store)
    with UnitOfWork(sqlite_store) as uow:
        summary = path_summary(uow, path.worker, TODAY)
    assert summary.case_number
    out = tmp_path / "p.pdf"
    write_path(out, replace(summary, case_number="SP01-2026-P0007"))

    first = pdf_pages(out)[0]
    assert "SP01-2026-P0007 (provvisorio)" in first
    assert "diventa definitivo alla sua prossima sincronizzazione" in first
