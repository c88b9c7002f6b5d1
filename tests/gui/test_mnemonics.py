"""Every Alt key on a page does one thing: two controls sharing a letter, or a control
sharing one with the menu bar, make Alt+letter cycle instead of act."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from welfare_desk.gui.main_window import MainWindow

MNEMONIC = re.compile(r"&([^&\s])")


def _letters(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        match = MNEMONIC.search(text.replace("&&", ""))
        if match:
            found.append(match.group(1).lower())
    return found


def _page_texts(page: QWidget) -> list[str]:
    texts = [b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]
    texts += [
        label.text()
        for label in page.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(page)
    ]
    for tabs in page.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return texts


@pytest.mark.parametrize(
    "page_name",
    [
        "workers_page",
        "worker_page",
        "case_page",
        "agenda_page",
        "catalogue_page",
        "budgets_page",
        "requests_page",
    ],
)
def test_each_alt_key_is_used_once_per_page(
    followed: dict[str, object], window: MainWindow, qtbot: QtBot, page_name: str
) -> None:
    if page_name == "worker_page":
        window.open_worker(followed["worker"].id)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: window.worker_page.story is not None, timeout=5000)
    if page_name == "case_page":
        window.open_case(followed["case"].id)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: window.case_page.case is not None, timeout=5000)
    page = getattr(window, page_name)
    menus = _letters([action.text() for action in window.menuBar().actions()])
    # What a tab holds is reachable only while the tab is shown: each tab in turn.
    for tabs in [None, *page.findChildren(QTabWidget)]:
        for index in range(tabs.count()) if tabs is not None else [None]:
            if tabs is not None:
                tabs.setCurrentIndex(index)
            letters = _letters(_page_texts(page)) + menus
            repeated = {letter: n for letter, n in Counter(letters).items() if n > 1}
            assert not repeated, f"{page_name}: {repeated} in {_page_texts(page)}, menus {menus}"


def _dialog_clashes(dialog: QWidget) -> dict[str, int]:
    letters = _letters(_page_texts(dialog))
    return {letter: n for letter, n in Counter(letters).items() if n > 1}


def test_each_alt_key_is_used_once_per_dialog(
    followed: dict[str, object], window: MainWindow, qtbot: QtBot
) -> None:
    """#17: «Ca&nale»/«Un &nuovo lavoratore» in the intake, «&lun»/«A&l» and
    «&mar»/«&Motivi» in the smart-working dialog."""
    from tests.gui.daily_dialogs import daily_dialogs, open_followed

    made = daily_dialogs(window, *open_followed(window, followed, qtbot))
    dialogs = {name: make() for name, make in made.items()}
    found = {}
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        if name == "quick intake":
            dialog.ui.newWorkerCheck.setChecked(True)  # type: ignore[attr-defined]
        clashes = _dialog_clashes(dialog)
        if clashes:
            found[name] = (clashes, _page_texts(dialog))
        dialog.close()
    assert not found, "\n".join(f"{name}: {c} in {texts}" for name, (c, texts) in found.items())
