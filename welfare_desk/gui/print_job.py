"""Printing a PDF the desk made: Qt PDF renders each page, the printer's painter draws it.

Qt PDF has no vector path to a printer, so pages go as images. They are painted on the UI
thread: the native print engines (Windows GDI, CUPS) expect their painter there, and the
store thread is for the database. A progress dialog appears after half a second and its
Cancel stops between pages.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

# Printers report 600 or 1200 dpi. At 300 dpi text prints clean and an A4 page is a 35 MB
# image painted in about 0.25 s; at 600 it is 140 MB and over 1 s a page (measured), which a
# 40-page report feels. Bands would save memory, but QPdfDocument's clip rectangle skews them.
MAX_DPI = 300
# What the print queue shows, which colleagues on a shared printer see: never a name.
QUEUE_NAME = "Welfare Desk"


class PrinterUnavailable(RuntimeError):
    """The printer refused to start the job (offline, removed, no permission)."""


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The pages (from 0) in the order they go to the printer, copies included.

    Copies are repeated here only where the printer cannot make them itself (a PDF file,
    a printer without CUPS); otherwise the driver does, from `copyCount`.
    """
    chosen = printer.printRange()
    if chosen == QPrinter.PrintRange.CurrentPage:
        pages = [current_page]
    elif chosen == QPrinter.PrintRange.PageRange and not printer.pageRanges().isEmpty():
        ranges = printer.pageRanges()
        pages = [page for page in range(page_count) if ranges.contains(page + 1)]
    else:
        pages = list(range(page_count))
    pages = [page for page in pages if 0 <= page < page_count]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def print_pdf(
    document: QPdfDocument,
    printer: QPrinter,
    parent: QWidget | None = None,
    current_page: int = 0,
) -> bool:
    """Prints on a printer already configured (by QPrintDialog, or a test's PDF file).

    True when every page went out, False when the user cancelled; PrinterUnavailable when
    the printer would not start. The printer is switched to full page: the PDF's own
    margins are the document's margins.
    """
    pages = pages_to_print(printer, document.pageCount(), current_page)
    if not pages:
        return True
    printer.setFullPage(True)
    if not printer.docName():
        printer.setDocName(QUEUE_NAME)
    progress = QProgressDialog(
        QCoreApplication.translate("PrintJob", "Printing…"),
        QCoreApplication.translate("PrintJob", "Cancel"),
        0,
        len(pages),
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("PrintJob", "Printing"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    progress.setAutoClose(False)
    painter = QPainter()
    if not painter.begin(printer):
        progress.deleteLater()
        raise PrinterUnavailable(printer.printerName())
    try:
        for done, page in enumerate(pages):
            progress.setValue(done)  # window-modal: this also lets Cancel be clicked
            if progress.wasCanceled():
                printer.abort()
                return False
            if done:
                printer.newPage()
            _paint_page(document, page, painter, printer)
        progress.setValue(len(pages))
        return True
    finally:
        if painter.isActive():
            painter.end()
        progress.hide()  # not close(): closing a progress dialog emits canceled
        progress.deleteLater()


def _paint_page(document: QPdfDocument, page: int, painter: QPainter, printer: QPrinter) -> None:
    """The page at its actual size, centred on the paper; shrunk only if it does not fit."""
    dpi = printer.resolution()
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    points = document.pagePointSize(page)
    width, height = points.width() * dpi / 72, points.height() * dpi / 72
    scale = min(1.0, paper.width() / width, paper.height() / height)
    width, height = width * scale, height * scale
    target = QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)
    sharpness = min(1.0, MAX_DPI / dpi)
    size = QSize(math.ceil(width * sharpness), math.ceil(height * sharpness))
    options = QPdfDocumentRenderOptions()
    flags = QPdfDocumentRenderOptions.RenderFlag.Annotations
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        flags |= QPdfDocumentRenderOptions.RenderFlag.Grayscale
    options.setRenderFlags(flags)
    image = document.render(page, size, options)
    painter.drawImage(target, _on_white(image))


def _on_white(image: QImage) -> QImage:
    """Qt PDF leaves the paper transparent; print engines would then carry an alpha mask
    (a larger job, and black paper on some drivers). Flattened in place, no second copy."""
    flat = QPainter(image)
    flat.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    flat.fillRect(image.rect(), Qt.GlobalColor.white)
    flat.end()
    image.convertTo(QImage.Format.Format_RGB32)
    return image
