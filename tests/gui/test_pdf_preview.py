"""The PDF preview: pages, zoom, keys, save as (whole or nothing), print, made off the UI thread."""

from __future__ import annotations

import errno
import io
import os
import re
import subprocess
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, QSize, Qt
from PySide6.QtGui import QImage, QPageRanges, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
)
from pytestqt.qtbot import QtBot

from tests.conftest import clock_at, require_tool
from tests.gui.keyboard import wait_for_dialog
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.pdf_preview import PdfPreviewDialog, preview_pdf
from welfare_desk.gui.print_job import pages_to_print
from welfare_desk.gui.settings import Settings
from welfare_desk.gui.tasks import TaskRunner

PAGES = 3


def three_pages(pages: int = PAGES) -> bytes:
    """A real PDF as the desk writes them: embedded font, accents and the euro sign."""
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from welfare_desk.documents.style import MARGIN, PAGE, styles

    out = io.BytesIO()
    flow: list[Any] = []
    for number in range(1, pages + 1):
        flow += [
            Paragraph(f"Pagina {number} – riepilogo del percorso", styles()["title"]),
            Paragraph(
                "Perché sì: l'attività è già pagata, 1.234,56 € più IVA. Più città, caffè.",
                styles()["body"],
            ),
        ]
        if number < pages:
            flow.append(PageBreak())
    SimpleDocTemplate(out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN).build(flow)
    return out.getvalue()


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return three_pages()


@pytest.fixture
def dialog(qtbot: QtBot, pdf: bytes) -> PdfPreviewDialog:
    shown = PdfPreviewDialog(pdf, "riepilogo-Rossi.pdf", "Riepilogo del percorso")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def light_context(tmp_path: Path) -> Iterator[DeskContext]:
    """A runner without a store: the PDF jobs here read nothing from one."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    runner = TaskRunner()
    yield DeskContext(runner=runner, settings=settings, clock=clock_at())
    runner.shutdown()


def load(content: bytes) -> QPdfDocument:
    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def ink_box(image: QImage) -> tuple[float, float, float, float]:
    """Where the ink is on a page, as fractions of its width and height."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h, stride = gray.width(), gray.height(), gray.bytesPerLine()
    pixels = bytes(gray.constBits())
    dark = [(x, y) for y in range(h) for x in range(w) if pixels[y * stride + x] < 160]
    assert dark, "the page is blank"
    xs, ys = [x for x, _ in dark], [y for _, y in dark]
    return min(xs) / w, min(ys) / h, max(xs) / w, max(ys) / h


def on_white(document: QPdfDocument, page: int, size: QSize) -> QImage:
    image = document.render(page, size)
    flat = QImage(size, QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    from PySide6.QtGui import QPainter

    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # not the locale's, maybe Letter
    return printer


# Showing


def test_it_shows_every_page_and_moves_between_them(dialog: PdfPreviewDialog) -> None:
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.page_count() == PAGES
    assert dialog.page.maximum() == PAGES
    assert dialog.page_count_label.text().endswith(" 3")  # "of 3", "di 3"
    assert dialog.page.value() == 1
    assert not dialog.previous_button.isEnabled()
    dialog.next_button.click()
    assert dialog.page.value() == 2
    assert "2" in dialog.page.accessibleDescription()
    dialog.next_button.click()
    assert dialog.page.value() == 3
    assert not dialog.next_button.isEnabled()
    dialog.previous_button.click()
    assert dialog.page.value() == 2
    dialog.page.setValue(1)
    assert dialog.current_page() == 0


def test_keys_turn_pages_zoom_and_close(dialog: PdfPreviewDialog, qtbot: QtBot) -> None:
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_PageDown)
    assert dialog.page.value() == 2
    dialog.page.setFocus()  # in the page box too, PgDn turns one page, not ten
    qtbot.keyClick(dialog.page, Qt.Key.Key_PageDown)
    assert dialog.page.value() == 3
    qtbot.keyClick(dialog.page, Qt.Key.Key_PageUp)
    assert dialog.page.value() == 2
    fitted = dialog._zoom()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(fitted * 1.25, rel=0.01)
    assert dialog.page.value() == 2  # zooming keeps the page in view
    assert not dialog.fit_button.isChecked()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomFactor() < fitted
    dialog.fit_button.click()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.document.pageCount() == 0  # closed: the document is let go


def test_every_control_is_named_and_each_alt_key_is_used_once(dialog: PdfPreviewDialog) -> None:
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]
    assert len(letters) == len(texts), texts  # every button and tied label has one
    assert not [letter for letter, n in Counter(letters).items() if n > 1], texts
    assert dialog.view.accessibleName()
    assert dialog.page.accessibleName()
    assert dialog.page_label.buddy() is dialog.page


def test_a_broken_file_is_said_and_not_printable(qtbot: QtBot) -> None:
    broken = PdfPreviewDialog(b"%PDF-1.4 not really", "x.pdf", "Rotto")
    qtbot.addWidget(broken)
    assert broken.status.property("problem") == "error"
    assert broken.status.text()
    assert not broken.print_button.isEnabled()


# Saving


def test_save_as_writes_the_same_bytes_with_the_suggested_name(
    dialog: PdfPreviewDialog, pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(self: Any, *args: Any) -> int:
        asked.append(self.selectedFiles()[0])
        self.selectFile(str(tmp_path / "copia"))  # typed without .pdf
        return 1

    monkeypatch.setattr(QFileDialog, "exec", choose)
    dialog.save_button.click()
    assert asked and asked[0].endswith("riepilogo-Rossi.pdf")
    assert (tmp_path / "copia.pdf").read_bytes() == pdf
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copia.pdf"]  # no .part left
    assert dialog.status.property("problem") == ""
    # Saving again over it replaces it whole.
    assert dialog.save_to(tmp_path / "copia.pdf")
    assert (tmp_path / "copia.pdf").read_bytes() == pdf


def test_a_folder_that_cannot_be_written_is_said_and_nothing_is_left(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # root ignores the mode: the system's answer instead

            def refused(*_args: Any, **_kwargs: Any) -> Any:
                raise PermissionError(errno.EACCES, "Permission denied")

            monkeypatch.setattr(tempfile, "mkstemp", refused)
        assert not dialog.save_to(locked / "riepilogo.pdf")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)
    assert dialog.status.property("problem") == "error"
    assert dialog.status.text() == dialog.tr(
        "The document was not saved: this folder cannot be written to. Choose another folder."
    )


def test_a_full_disk_keeps_the_old_file_and_leaves_no_part(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "riepilogo.pdf"
    target.write_bytes(b"the old one")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert not dialog.save_to(target)
    assert target.read_bytes() == b"the old one"
    assert [p.name for p in tmp_path.iterdir()] == ["riepilogo.pdf"]
    assert "full" in dialog.status.text() or "pieno" in dialog.status.text()


# Printing


def test_it_prints_every_page_at_its_place(
    dialog: PdfPreviewDialog, pdf: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    assert dialog.print_to(pdf_printer(out))
    printed = load(out.read_bytes())
    assert printed.pageCount() == PAGES
    original = load(pdf)
    size = QSize(420, 594)  # A4 on both sides: the same place on the paper, within 1%
    for page in range(PAGES):
        got = ink_box(on_white(printed, page, size))
        wanted = ink_box(on_white(original, page, size))
        assert got == pytest.approx(wanted, abs=0.01)
    assert dialog.print_button.isEnabled()


def test_pdfinfo_reads_the_printed_file(dialog: PdfPreviewDialog, tmp_path: Path) -> None:
    pdfinfo = require_tool("pdfinfo")
    out = tmp_path / "printed.pdf"
    assert dialog.print_to(pdf_printer(out))
    info = subprocess.run([pdfinfo, str(out)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+3$", info.stdout, re.MULTILINE)
    assert "Rossi" not in info.stdout  # the print queue's name holds no one's name


def test_page_range_and_copies_are_respected(dialog: PdfPreviewDialog, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    printer.setPageRanges(ranges)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setCopyCount(2)  # a PDF file cannot make copies: the desk repeats the pages
    assert dialog.print_to(printer)
    assert load(out.read_bytes()).pageCount() == 4


def test_pages_to_print_follows_the_print_dialog() -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    assert pages_to_print(printer, 3) == [0, 1, 2]
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert pages_to_print(printer, 3, current_page=1) == [1]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 9)
    printer.setCopyCount(2)
    assert pages_to_print(printer, 3) == [1, 2, 1, 2]
    printer.setCollateCopies(False)
    assert pages_to_print(printer, 3) == [1, 1, 2, 2]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert pages_to_print(printer, 3) == [2, 2, 1, 1]


def test_cancelling_the_print_says_so(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _self: True)
    assert not dialog.print_to(pdf_printer(tmp_path / "printed.pdf"))
    assert dialog.status.text() == dialog.tr("Printing cancelled.")
    assert dialog.print_button.isEnabled() and dialog.close_button.isEnabled()


# Made off the UI thread


def test_preview_pdf_makes_the_document_on_the_runner_and_shows_it(
    light_context: DeskContext, qtbot: QtBot
) -> None:
    import threading

    from PySide6.QtWidgets import QWidget

    page = QWidget()
    qtbot.addWidget(page)
    threads: list[str] = []

    def make() -> bytes:
        threads.append(threading.current_thread().name)
        return three_pages()

    preview_pdf(light_context, page, make, "Riepilogo del percorso", "riepilogo.pdf")
    shown = wait_for_dialog(qtbot, PdfPreviewDialog)
    assert isinstance(shown, PdfPreviewDialog)
    assert shown.page_count() == PAGES
    assert shown.windowTitle() == "Riepilogo del percorso"
    assert threads and threads[0].startswith("store")
    shown.reject()


def test_preview_pdf_shows_the_italian_message_of_a_failure(
    light_context: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    from welfare_desk.errors import InvalidInput

    page = QWidget()
    qtbot.addWidget(page)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))

    def make() -> bytes:
        raise InvalidInput("L'accordo non è ancora firmato.")

    preview_pdf(light_context, page, make, "Accordo", "accordo.pdf")
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said == ["L'accordo non è ancora firmato."]


def test_ctrl_p_and_ctrl_s_open_the_system_dialogs(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    out = tmp_path / "printed.pdf"
    limits: list[tuple[int, int]] = []

    def print_to_file(self: Any) -> int:
        limits.append((self.minPage(), self.maxPage()))
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(out))
        self.printer().setPrintRange(QPrinter.PrintRange.CurrentPage)
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    dialog.next_button.click()
    qtbot.keyClick(dialog.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert limits == [(1, PAGES)]
    assert load(out.read_bytes()).pageCount() == 1  # "current page": the second one
    asked: list[str] = []

    def cancelled(self: QFileDialog) -> int:
        asked.append(self.windowTitle())
        return 0

    monkeypatch.setattr(QFileDialog, "exec", cancelled)
    qtbot.keyClick(dialog.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert list(tmp_path.iterdir()) == [out]  # cancelled: nothing saved


def test_a_slow_document_shows_progress_and_cancel_drops_it(
    light_context: DeskContext, qtbot: QtBot
) -> None:
    import threading

    from PySide6.QtWidgets import QApplication, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    page.show()
    release = threading.Event()
    made: list[bool] = []

    def slow() -> bytes:
        release.wait(5)
        made.append(True)
        return three_pages()

    future = preview_pdf(light_context, page, slow, "Relazione trimestrale", "relazione.pdf")

    def waiting() -> list[QProgressDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]

    qtbot.waitUntil(lambda: bool(waiting()), timeout=3000)  # after about half a second
    waiting()[0].cancel()
    release.set()
    qtbot.waitUntil(future.done, timeout=5000)
    # the runner's callback comes on a later turn of the event loop: done when not busy
    qtbot.waitUntil(lambda: not light_context.runner.busy, timeout=5000)
    assert made and not waiting()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]
    assert not [w for w in shown if w.isVisible()]
