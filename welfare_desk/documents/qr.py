"""A QR code as a flowable of a given size, drawn once per document and reused.

reportlab's encoder is pure Python: a code costs milliseconds. A handout or a batch of path
summaries repeats the same few providers hundreds of times, so the modules are computed
once per payload and each code becomes one PDF form, stamped wherever it appears.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.platypus import Flowable

QUIET = 2  # modules of white around the code; the card's padding adds more


@lru_cache(maxsize=2048)
def modules(value: str, level: str = "M") -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The code's side in modules and its dark runs as (row, column, length)."""
    code = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    code.addData(value)
    code.make()
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(code.modules):
        start = None
        for c, dark in enumerate([*row, False]):
            if dark and start is None:
                start = c
            elif not dark and start is not None:
                runs.append((r, start, c - start))
                start = None
    return code.getModuleCount(), tuple(runs)


class QrCode(Flowable):  # type: ignore[misc]
    """A square QR code `size` points wide holding `value`."""

    def __init__(self, value: str, size: float, level: str = "M") -> None:
        super().__init__()
        self.value = value
        self.size = size
        self.level = level
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        digest = hashlib.sha1(f"{self.level}{self.size}{self.value}".encode()).hexdigest()
        name = f"qr{digest[:16]}"
        if not canvas.hasForm(name):
            canvas.beginForm(name, 0, 0, self.size, self.size)
            count, runs = modules(self.value, self.level)
            box = self.size / (count + 2 * QUIET)
            canvas.setFillColor(colors.black)
            path = canvas.beginPath()
            for r, c, length in runs:
                # A hair taller than a module, so that no white line shows between rows.
                y = self.size - (r + QUIET + 1) * box
                path.rect((c + QUIET) * box, y - box * 0.03, length * box, box * 1.06)
            canvas.drawPath(path, stroke=0, fill=1)
            canvas.endForm()
        canvas.doForm(name)
