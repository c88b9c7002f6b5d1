"""The quarterly summary for HR and the funder report, driven from the keyboard."""

from __future__ import annotations

import re
import threading
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.gui.keyboard import keys, wait_for_dialog
from welfare_desk.demo.catalogue import programme_cycle
from welfare_desk.domain.periods import Quarter
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.pdf_preview import PdfPreviewDialog
from welfare_desk.gui.dialogs.report_dialogs import (
    FunderDialog,
    QuarterlyDialog,
    open_funder,
    open_quarterly,
)
from welfare_desk.gui.main_window import MainWindow

MNEMONIC = re.compile(r"&([^&\s])")
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
EMPLOYER = "Logistica Adda S.r.l."
PROGRAMME = programme_cycle(TODAY).name  # the demo store is made on the suite's day


def _letter(text: str) -> str | None:
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _texts(dialog: QWidget) -> list[str]:
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    return texts + [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(dialog)
    ]


def alt(qtbot: QtBot, dialog: QWidget, widget: QWidget) -> None:
    """Alt and the letter the widget (or its label) shows, in whatever language is on."""
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    else:
        text = next(lb.text() for lb in dialog.findChildren(QLabel) if lb.buddy() is widget)
    letter = _letter(text)
    assert letter is not None, f"no Alt key in {text!r}"
    keys(qtbot, (ALT, getattr(Qt.Key, f"Key_{letter.upper()}")))


def assert_mnemonics_unique(dialog: QWidget) -> None:
    letters = [x for x in map(_letter, _texts(dialog)) if x]
    repeated = {x: n for x, n in Counter(letters).items() if n > 1}
    assert not repeated, f"{repeated} in {_texts(dialog)}"


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The file chooser answers `path`; the returned list collects what it proposed."""
    proposed: list[str] = []

    def answer(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        proposed.append(Path(suggested).name)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return proposed


def quarterly(window: MainWindow, qtbot: QtBot) -> QuarterlyDialog:
    open_quarterly(window.context, window)
    dialog = wait_for_dialog(qtbot, QuarterlyDialog)
    assert isinstance(dialog, QuarterlyDialog)
    qtbot.waitUntil(lambda: dialog.employer.count() > 1, timeout=5000)
    return dialog


def choose_quarter(qtbot: QtBot, dialog: QuarterlyDialog, quarter: Quarter) -> None:
    alt(qtbot, dialog, dialog.year)
    keys(qtbot, (CTRL, Qt.Key.Key_A), str(quarter.year))
    alt(qtbot, dialog, dialog.quarter)
    keys(qtbot, Qt.Key.Key_Home, *[Qt.Key.Key_Down] * (quarter.number - 1))
    assert dialog.chosen() == quarter


def close_previews() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, PdfPreviewDialog):
            widget.close()


def test_quarterly_excel_for_one_employer(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = quarterly(window, qtbot)
    assert dialog.chosen() == Quarter.of(TODAY).previous()  # the last ended quarter
    assert_mnemonics_unique(dialog)
    last = Quarter.of(TODAY).previous()  # the demo has something in every employer's
    choose_quarter(qtbot, dialog, last.previous())
    choose_quarter(qtbot, dialog, last)
    alt(qtbot, dialog, dialog.employer)
    keys(qtbot, "Logistica")
    assert dialog.employer.currentText() == EMPLOYER
    out = tmp_path / "sintesi.xlsx"
    proposed = save_to(monkeypatch, out)
    alt(qtbot, dialog, dialog.excel_button)
    qtbot.waitUntil(lambda: str(out) in dialog.status.text(), timeout=10_000)
    assert proposed == [f"sintesi-{last.code}-logistica-adda-srl.xlsx"]
    sheet = load_workbook(out).active
    assert sheet["A1"].value == "Sintesi trimestrale del programma di welfare"
    assert sheet["A2"].value == f"{last.label} · {EMPLOYER}"
    assert TODAY.strftime("%d/%m/%Y") in dialog.period.text()  # frozen today
    assert not list(tmp_path.glob(".wd-*"))  # no temporary file left beside it


def test_quarterly_pdf_preview(window: MainWindow, qtbot: QtBot) -> None:
    dialog = quarterly(window, qtbot)
    alt(qtbot, dialog, dialog.preview_button)
    preview = wait_for_dialog(qtbot, PdfPreviewDialog)
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=10_000)
    assert preview.file_name.startswith("sintesi-")
    close_previews()


def test_a_running_quarter_says_the_day_its_figures_are_of(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = quarterly(window, qtbot)
    choose_quarter(qtbot, dialog, Quarter.of(TODAY))
    save_to(monkeypatch, tmp_path / "in-corso.xlsx")
    alt(qtbot, dialog, dialog.excel_button)
    qtbot.waitUntil(lambda: "in-corso.xlsx" in dialog.status.text(), timeout=10_000)
    assert dialog.period.text() == (
        f"Dati provvisori al {TODAY:%d/%m/%Y}: il trimestre è in corso."
    )


def test_a_quarter_not_begun_is_refused_in_the_dialog(window: MainWindow, qtbot: QtBot) -> None:
    dialog = quarterly(window, qtbot)
    choose_quarter(qtbot, dialog, Quarter.of(TODAY).next())
    alt(qtbot, dialog, dialog.preview_button)
    qtbot.waitUntil(lambda: "non è ancora cominciato" in dialog.status.text(), timeout=5000)
    assert dialog.status.property("problem") == "error"
    assert dialog.preview_button.isEnabled()
    assert not any(isinstance(w, PdfPreviewDialog) for w in QApplication.topLevelWidgets())


def test_cancel_before_the_work_starts_writes_nothing(
    window: MainWindow,
    context: DeskContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = quarterly(window, qtbot)
    out = tmp_path / "sintesi.xlsx"
    save_to(monkeypatch, out)
    hold = threading.Event()
    context.runner.run(hold.wait)  # the store thread is busy: the report waits its turn
    dialog.excel_button.click()
    (waiting,) = dialog.findChildren(QProgressDialog)
    waiting.findChild(QPushButton).click()  # its Cancel button
    hold.set()
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=10_000)
    assert not out.exists()
    assert dialog.excel_button.isEnabled()
    assert dialog.status.text()


def test_funder_excel_for_the_programme(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_funder(window.context, window)
    dialog = wait_for_dialog(qtbot, FunderDialog)
    assert isinstance(dialog, FunderDialog)
    qtbot.waitUntil(lambda: dialog.programme.count() > 1, timeout=5000)
    assert not dialog.folder_button.isVisibleTo(dialog)
    assert_mnemonics_unique(dialog)
    alt(qtbot, dialog, dialog.start)
    keys(qtbot, "01012025")
    dialog.end.setDate(QDate(2025, 12, 31))  # a calendar year (typed, 31 would meet September)
    alt(qtbot, dialog, dialog.programme)
    keys(qtbot, "Piano")
    assert dialog.programme.currentData() == PROGRAMME
    out = tmp_path / "rendicontazione.xlsx"
    save_to(monkeypatch, out)
    alt(qtbot, dialog, dialog.excel_button)
    qtbot.waitUntil(lambda: dialog.folder_button.isVisibleTo(dialog), timeout=10_000)
    workbook = load_workbook(out)
    assert workbook.sheetnames[:4] == ["Frontespizio", "Sintesi", "Attività", "Budget"]
    assert "01/01/2025" in workbook["Sintesi"]["A2"].value
    assert str(out) in dialog.status.text()
    assert_mnemonics_unique(dialog)


def test_funder_period_backwards_is_refused(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_funder(window.context, window)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.end.setDate(dialog.start.date().addDays(-1))
    out = tmp_path / "rendicontazione.xlsx"
    save_to(monkeypatch, out)
    dialog.excel_button.click()
    qtbot.waitUntil(lambda: "controlla le date" in dialog.status.text(), timeout=5000)
    assert not out.exists()


def test_funder_period_of_a_few_days_is_refused_and_says_what_to_choose(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#18: a period of any days would let two workbooks differ by one voucher."""
    dialog = open_funder(window.context, window)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    first, last = dialog.start.date(), dialog.end.date()
    assert first.day() == 1 and first.month() in (1, 4, 7, 10) and last.day() in (30, 31)
    dialog.start.setDate(first.addDays(5))
    out = tmp_path / "rendicontazione.xlsx"
    save_to(monkeypatch, out)
    dialog.excel_button.click()
    qtbot.waitUntil(lambda: "anno intero" in dialog.status.text(), timeout=5000)
    assert not out.exists()


def test_a_quarter_issued_can_be_counted_again_once(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = quarterly(window, qtbot)
    dialog.reissue.setChecked(True)
    out = tmp_path / "sintesi.xlsx"
    save_to(monkeypatch, out)
    alt(qtbot, dialog, dialog.excel_button)
    qtbot.waitUntil(lambda: str(out) in dialog.status.text(), timeout=10_000)
    assert not dialog.reissue.isChecked()  # the next summary repeats the new count


def test_the_dialog_tells_how_small_counts_are_protected_as_they_are(
    window: MainWindow, qtbot: QtBot
) -> None:
    """#18: the dialog still said that counts from 1 to 4 are shown as «<5», which the
    summary no longer does."""
    from PySide6.QtWidgets import QLabel

    dialog = quarterly(window, qtbot)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "«<5»" not in texts
    assert "da 1 a 4 non compare mai" in texts
