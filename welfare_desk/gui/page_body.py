"""A page's contents in a scroll area that scrolls only when it must."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QWidget


class PageBody(QWidget):
    """As tall as the window while the contents' floors fit, so that lists share the
    height and scroll inside; taller, and the page scrolls, only when a large font or a
    small window needs it. (Wrapped labels would otherwise ask for their full height.)"""

    def heightForWidth(self, width: int) -> int:
        # The floors at this width: rows that wrap (buttons, a form's long values) at a
        # large font need more height than the one-line floor says.
        floor = self.minimumSizeHint().height()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            floor = max(floor, layout.minimumHeightForWidth(width))
        return floor


def scrolled(body: PageBody) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll
