"""A dialog never taller or wider than the screen it opens on (#17): at a large font a long
form scrolls inside the dialog, with its buttons kept below, always in reach."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

MARGIN = 60  # the window's frame and title bar


def fit_screen(dialog: QDialog, parent: QWidget | None) -> None:
    screen = parent.screen() if parent is not None else dialog.screen()
    room = screen.availableGeometry()
    wanted = dialog.sizeHint()
    if wanted.height() > room.height() - MARGIN:
        first = dialog.focusWidget()  # moving the fields loses the focus: it comes back
        _scroll_the_form(dialog)
        if first is not None:
            first.setFocus()
    size = dialog.size().expandedTo(wanted)
    dialog.resize(
        min(size.width(), room.width() - MARGIN), min(size.height(), room.height() - MARGIN)
    )


def _scroll_the_form(dialog: QDialog) -> None:
    layout = dialog.layout()
    if layout is None:
        return
    buttons: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QDialogButtonBox):
            buttons.append(widget)
    for box in buttons:
        layout.removeWidget(box)
    body = QWidget()
    body.setLayout(layout)  # Qt hands the layout and its widgets over to the body
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    outer = QVBoxLayout(dialog)
    outer.addWidget(scroll, 1)
    for box in buttons:
        outer.addWidget(box)
