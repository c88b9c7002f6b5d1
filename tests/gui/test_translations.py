"""Every visible string goes through Qt's translations; Italian is complete; forms match."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from welfare_desk.gui import i18n
from welfare_desk.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
IT = ROOT / "resources" / "translations" / "welfare_desk_it.ts"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_the_italian_catalogue_is_complete() -> None:
    unfinished = [
        source
        for (_, source), message in _messages(IT).items()
        if (translation := message.find("translation")) is not None
        and (
            translation.get("type") in ("unfinished", "obsolete", "vanished")
            or not ("".join(translation.itertext())).strip()
        )
    ]
    assert unfinished == []


def test_the_catalogue_holds_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(
        str(p) for p in (ROOT / "welfare_desk" / "gui").rglob("*.py") if "forms" not in p.parts
    )
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            *sources,
            *map(str, (ROOT / "ui").glob("*.ui")),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    missing = set(_messages(fresh)) - set(_messages(IT))
    assert missing == set(), "run `make translations` and translate the new strings"


@pytest.mark.parametrize("form", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_compiled_forms_are_up_to_date(form: Path, tmp_path: Path) -> None:
    compiled = tmp_path / "out.py"
    subprocess.run([str(TOOLS / "pyside6-uic"), str(form), "-o", str(compiled)], check=True)
    committed = ROOT / "welfare_desk" / "gui" / "forms" / f"{form.stem}_ui.py"

    def body(text: str) -> list[str]:  # the compiler's version line may differ
        return [line for line in text.splitlines() if not line.startswith("## Created by")]

    assert body(committed.read_text()) == body(compiled.read_text()), "run `make forms`"


def test_switching_language_retranslates_the_open_window(window: MainWindow, qtbot: QtBot) -> None:
    assert window.workers_page.title.text() == "Lavoratori"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.workers_page.title.text() == "Workers", timeout=2000)
    assert window.file_menu.title() == "&File"
    window.set_language("it")
    qtbot.waitUntil(lambda: window.workers_page.title.text() == "Lavoratori", timeout=2000)
    assert window.workers_page.search.placeholderText().startswith("Cognome")
    i18n.install("it")


def test_a_story_s_tab_counts_come_back_after_switching_language(
    window: MainWindow, qtbot: QtBot
) -> None:
    """#17: after switching language and back, the story's tabs had lost their counts."""
    worker = window.workers_page.model.rows[0]
    window.open_worker(worker.id)
    page = window.worker_page
    qtbot.waitUntil(lambda: page.story is not None, timeout=5000)
    qtbot.waitUntil(lambda: "(" in page.tabs.tabText(0), timeout=5000)
    before = page.tabs.tabText(0)
    window.set_language("en")
    qtbot.waitUntil(lambda: page.tabs.tabText(0).startswith("Con&tacts ("), timeout=2000)
    window.set_language("it")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == before, timeout=2000)
    i18n.install("it")
