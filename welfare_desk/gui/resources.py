"""Where the desk's style sheet, icons and translations live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

import welfare_desk.resources

# resources/ in a source tree, welfare_desk/resources in an installed desk.
RESOURCES = Path(welfare_desk.resources.__file__).resolve().parent
TRANSLATIONS = RESOURCES / "translations"


def icon(name: str) -> QIcon:
    return QIcon(str(RESOURCES / "icons" / f"{name}.svg"))


def style_sheet() -> str:
    return (RESOURCES / "style.qss").read_text(encoding="utf-8")
