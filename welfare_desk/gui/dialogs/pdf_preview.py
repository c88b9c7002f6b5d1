"""A PDF the desk made, shown inside the desk: read, print, save as, close.

The document stays in memory (a QBuffer over the bytes): summaries and agreements carry
personal data, which must not linger in a temporary folder that other programs read.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QPointF, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from welfare_desk.documents.output import write_bytes
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.screen_fit import fit_screen
from welfare_desk.gui.print_job import PrinterUnavailable, print_pdf

log = logging.getLogger(__name__)

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0


class PdfPreviewDialog(QDialog):
    """One document, one showing: closing the dialog releases the document and its bytes."""

    # The folder of the last "Save as", for this session only (paths may name a worker).
    _last_folder: ClassVar[Path | None] = None

    def __init__(
        self, pdf: bytes, file_name: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pdf = bytes(pdf)
        self.file_name = _pdf_name(file_name)
        self._printing = False
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)

        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(self.pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows scroll it
        self.view.setDocument(self.document)
        self.navigator = self.view.pageNavigator()

        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.page_label = QLabel()
        self.page = QSpinBox()
        self.page.setKeyboardTracking(False)  # typing "12" goes to 12, not through 1
        self.page_label.setBuddy(self.page)
        self.page_count_label = QLabel()
        self.zoom_out_button = QPushButton()
        self.zoom_in_button = QPushButton()
        self.fit_button = QPushButton()
        self.fit_button.setCheckable(True)
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.close_button = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # file paths may hold "<"
        for button in self._buttons():
            button.setAutoDefault(False)  # Enter in the page box must not close the dialog

        top = QHBoxLayout()
        for widget in (
            self.previous_button,
            self.page_label,
            self.page,
            self.page_count_label,
            self.next_button,
        ):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            top.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        self.navigator.currentPageChanged.connect(self._show_page)
        self.document.statusChanged.connect(self._loaded)
        shortcuts: list[tuple[QKeySequence | str, Callable[[], object]]] = [
            (QKeySequence(QKeySequence.StandardKey.Print), self.print_document),
            (QKeySequence(QKeySequence.StandardKey.Save), self.save_as),
            ("PgDown", lambda: self.go_to(self.current_page() + 1)),
            ("PgUp", lambda: self.go_to(self.current_page() - 1)),
            ("Ctrl++", lambda: self.zoom_by(ZOOM_STEP)),
            ("Ctrl+=", lambda: self.zoom_by(ZOOM_STEP)),  # "+" without Shift on many keyboards
            ("Ctrl+-", lambda: self.zoom_by(1 / ZOOM_STEP)),
            ("Ctrl+0", self.fit_width),
        ]
        for keys, act in shortcuts:
            QShortcut(QKeySequence(keys), self, act)

        self._retranslate()
        self.document.load(self.buffer)
        self._loaded()
        self.resize(1000, 800)
        fit_screen(self, parent)  # never taller than a 768-pixel screen (#17)
        self.view.setFocus()

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.previous_button,
            self.next_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.print_button,
            self.save_button,
            self.close_button,
        )

    def _retranslate(self) -> None:
        self.previous_button.setText(self.tr("P&revious"))
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button.setText(self.tr("&Next"))
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.page_label.setText(self.tr("P&age"))
        self.page.setAccessibleName(self.tr("Page"))
        self.zoom_out_button.setText(self.tr("Zoom &out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button.setText(self.tr("Zoom &in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.fit_button.setText(self.tr("Fit &width"))
        self.fit_button.setToolTip(self.tr("Fit the page to the width of the window (Ctrl+0)"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        self.save_button.setText(self.tr("&Save as…"))
        self.save_button.setToolTip(self.tr("Save a copy as a PDF file (Ctrl+S)"))
        self.close_button.setText(self.tr("&Close"))
        self.view.setAccessibleName(self.tr("Preview of the document"))
        self._show_page(self.current_page())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # Pages and zoom

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """From 0, as Qt PDF counts; people read it from 1."""
        return self.navigator.currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count() and page != self.current_page():
            self.navigator.jump(page, QPointF(), self.navigator.currentZoom())

    def zoom_by(self, factor: float) -> None:
        zoom = min(ZOOM_MAX, max(ZOOM_MIN, self._zoom() * factor))
        # QPdfView keeps the scroll offset in pixels, which at another zoom is another
        # page: keep the middle of the view where it was, as a share of the document.
        bars = (self.view.verticalScrollBar(), self.view.horizontalScrollBar())
        middles = [
            (bar.value() + bar.pageStep() / 2) / (bar.maximum() + bar.pageStep()) for bar in bars
        ]
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)
        for bar, middle in zip(bars, middles, strict=True):
            bar.setValue(round(middle * (bar.maximum() + bar.pageStep()) - bar.pageStep() / 2))
        self.fit_button.setChecked(False)
        self.zoom_in_button.setEnabled(zoom < ZOOM_MAX)
        self.zoom_out_button.setEnabled(zoom > ZOOM_MIN)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_button.setChecked(True)
        self.zoom_in_button.setEnabled(True)
        self.zoom_out_button.setEnabled(True)

    def _zoom(self) -> float:
        """The zoom shown; fitting the width, QPdfView keeps its own and reports 1."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        page = self.document.pagePointSize(self.current_page()).width()
        return room / (page * self.view.logicalDpiX() / 72) if page else 1.0

    def _loaded(self, *_status: object) -> None:
        pages = self.page_count()
        ready = self.document.status() == QPdfDocument.Status.Ready and pages > 0
        self.page.blockSignals(True)
        self.page.setRange(1, max(1, pages))
        self.page.blockSignals(False)
        for widget in (self.page, self.zoom_in_button, self.zoom_out_button, self.fit_button):
            widget.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.fit_button.setChecked(self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth)
        if self.document.status() == QPdfDocument.Status.Error:
            self._say(self.tr("The document cannot be shown: it is not a readable PDF."), True)
        self._show_page(self.current_page())

    def _show_page(self, page: int) -> None:
        pages = self.page_count()
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)
        self.page_count_label.setText(self.tr("of %1").replace("%1", str(pages)))
        self.page.setAccessibleDescription(
            self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(pages))
        )
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < pages)

    # Print

    def print_document(self) -> None:
        """The system's print dialog, then the pages to the printer chosen there."""
        if self._printing or not self.print_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        chooser = QPrintDialog(printer, self)
        chooser.setWindowTitle(self.tr("Print the document"))
        chooser.setMinMax(1, self.page_count())
        for option in (
            QPrintDialog.PrintDialogOption.PrintPageRange,
            QPrintDialog.PrintDialogOption.PrintCurrentPage,
            QPrintDialog.PrintDialogOption.PrintCollateCopies,
            QPrintDialog.PrintDialogOption.PrintToFile,
        ):
            chooser.setOption(option, True)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Prints on a configured printer; the outcome is said in the dialog."""
        self._printing = True
        for button in self._buttons():
            button.setEnabled(False)  # the progress dialog lets events through
        try:
            done = print_pdf(self.document, printer, self, self.current_page())
        except PrinterUnavailable:
            self._say(
                self.tr(
                    "The printer did not accept the document. Check that it is on and "
                    "connected, or choose another one."
                ),
                True,
            )
            return False
        finally:
            self._printing = False
            self.close_button.setEnabled(True)
            self.save_button.setEnabled(True)
            self._loaded()
        self._say(self.tr("Sent to the printer.") if done else self.tr("Printing cancelled."))
        return done

    # Save

    def save_as(self) -> None:
        if self._printing:
            return
        path = self._ask_path()
        if path is not None:
            self.save_to(path)

    def _ask_path(self) -> Path | None:
        folder = PdfPreviewDialog._last_folder or Path.home()
        chooser = QFileDialog(self, self.tr("Save the document"), str(folder / self.file_name))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setFileMode(QFileDialog.FileMode.AnyFile)
        chooser.setNameFilter(self.tr("PDF documents (*.pdf)"))
        chooser.setDefaultSuffix("pdf")  # added before the overwrite question, not after
        if chooser.exec() != QDialog.DialogCode.Accepted or not chooser.selectedFiles():
            return None
        return Path(chooser.selectedFiles()[0])

    def save_to(self, path: Path) -> bool:
        """Writes the bytes whole or not at all; a problem is said in the dialog."""
        try:
            write_bytes(path, self.pdf)
        except OSError as error:
            log.warning("saving a PDF failed: errno %s", error.errno)  # no path: it may name
            self._say(self._save_problem(error), True)
            return False
        PdfPreviewDialog._last_folder = path.parent
        self._say(self.tr("Saved as %1.").replace("%1", str(path)))
        return True

    def _save_problem(self, error: OSError) -> str:
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return self.tr(
                "The document was not saved: this folder cannot be written to. "
                "Choose another folder."
            )
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return self.tr(
                "The document was not saved: the disk is full. "
                "Free some space or choose another disk."
            )
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return self.tr("The document was not saved: the folder no longer exists.")
        return self.tr("The document was not saved (%1). Nothing was written.").replace(
            "%1", error.strerror or type(error).__name__
        )

    # Closing

    def reject(self) -> None:
        if not self._printing:  # Esc while printing: the progress dialog's Cancel stops it
            super().reject()

    def done(self, result: int) -> None:
        if self._printing:
            return
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray())
        super().done(result)

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setProperty("problem", "error" if problem else "")
        self.status.setText(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)


def _pdf_name(name: str) -> str:
    """A bare file name ending in .pdf: the caller's name, without any folder in it."""
    base = Path(name).name.strip() or "documento.pdf"
    return base if base.lower().endswith(".pdf") else f"{base}.pdf"


def preview_pdf(
    context: DeskContext,
    parent: QWidget,
    make_pdf: Callable[[], bytes],
    title: str,
    file_name: str,
) -> Future[bytes]:
    """Makes the PDF on the task runner, then shows it in a PdfPreviewDialog.

    `make_pdf` runs on the store thread; to read the store wrap it: `context.in_store(job)`.
    Import the document's writer module before calling (as here for reportlab): a first
    import on the store thread goes through PySide's import hook and can stall it.
    Errors with a `.message` (the services' Italian messages) are shown in a message box.
    """
    _load_reportlab()
    waiting = QProgressDialog(
        QCoreApplication.translate("PdfPreview", "Preparing the document…"),
        QCoreApplication.translate("PdfPreview", "Cancel"),
        0,
        0,
        parent,
    )
    waiting.setWindowTitle(title)
    waiting.setWindowModality(Qt.WindowModality.WindowModal)
    waiting.setMinimumDuration(500)
    waiting.setAutoClose(False)
    waiting.setValue(0)  # starts the half-second clock; without it the dialog never shows

    def finish() -> bool:
        """Whether the result is still wanted: not cancelled, the page still there."""
        wanted = isValid(waiting) and not waiting.wasCanceled() and isValid(parent)
        if isValid(waiting):
            waiting.hide()  # not close(): closing it would count as Cancel
            waiting.deleteLater()
        return wanted

    def made(pdf: bytes) -> None:
        if finish():
            dialog = PdfPreviewDialog(pdf, file_name, title, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def failed(error: Exception) -> None:
        if not finish():
            return
        message = getattr(error, "message", None)
        if not isinstance(message, str):
            log.error("making a PDF failed: %s", type(error).__name__)  # no personal data
            message = QCoreApplication.translate(
                "PdfPreview", "The document could not be prepared because of an unexpected error."
            )
        QMessageBox.warning(
            parent, QCoreApplication.translate("PdfPreview", "Document not prepared"), message
        )

    future = context.runner.run(make_pdf, made, failed)
    waiting.canceled.connect(future.cancel)  # not started yet: it never runs
    return future


def _load_reportlab() -> None:
    """Imported here, on the UI thread: see preview_pdf."""
    import reportlab.pdfgen.canvas
    import reportlab.platypus  # noqa: F401

    import welfare_desk.documents.style  # noqa: F401
