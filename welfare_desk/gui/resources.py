"""Where the desk's style sheet, icons and translations live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TRANSLATIONS = RESOURCES / "translations"


def icon(name: str) -> QIcon:
    return QIcon(str(RESOURCES / "icons" / f"{name}.svg"))


def style_sheet() -> str:
    return (RESOURCES / "style.qss").read_text(encoding="utf-8")
