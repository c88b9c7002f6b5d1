"""Widgets named for the style sheet (resources/style.qss styles them by object name)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def styled(widget: W, name: str) -> W:
    """The widget, named: `styled(QLabel(text), "Muted")`. Qt also takes objectName= in
    the constructor, but its published type hints do not say so."""
    widget.setObjectName(name)
    return widget
