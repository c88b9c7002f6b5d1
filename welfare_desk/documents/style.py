"""The documents' look: A4, fonts embedded so that accents and € always print, one set of
paragraph styles for every PDF the desk writes."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, TableStyle

PAGE = A4
MARGIN = 20 * mm
INK = colors.HexColor("#1f2a33")
ACCENT = colors.HexColor("#2f6f8f")
MUTED = colors.HexColor("#5b6770")  # secondary text: labels, footers
RULE = colors.HexColor("#c9d6de")  # hairlines between rows and cards
TINT = colors.HexColor("#eef4f7")  # the light band behind headings and boxes
FONT, BOLD, ITALIC = "WDSans", "WDSans-Bold", "WDSans-Italic"


@cache
def register_fonts() -> None:
    """Bitstream Vera, shipped with reportlab: embedded, with every Italian letter and €."""
    import reportlab

    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    for name, file in ((FONT, "Vera.ttf"), (BOLD, "VeraBd.ttf"), (ITALIC, "VeraIt.ttf")):
        pdfmetrics.registerFont(TTFont(name, os.path.join(folder, file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=INK)
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=16, leading=20, alignment=TA_CENTER
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontName=ITALIC, fontSize=10, alignment=TA_CENTER
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            leading=15,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=2,
        ),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        # The printed sheets for workers and welfare days: compact, left-aligned.
        "cover": ParagraphStyle(
            "cover", parent=body, fontName=BOLD, fontSize=26, leading=31, textColor=ACCENT
        ),
        "lead": ParagraphStyle("lead", parent=body, fontSize=12, leading=16),
        "section": ParagraphStyle(
            "section",
            parent=body,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,  # a heading never ends a page alone
        ),
        "label": ParagraphStyle("label", parent=body, fontSize=7.5, leading=9, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5),
        "strong": ParagraphStyle("strong", parent=body, fontName=BOLD, fontSize=9.5, leading=12),
        "fine": ParagraphStyle("fine", parent=body, fontSize=7.5, leading=9.5),
        "muted": ParagraphStyle("muted", parent=body, fontSize=8, leading=10, textColor=MUTED),
    }


@cache
def reader_styles() -> dict[str, ParagraphStyle]:
    """The same styles for what a worker takes home: body text at 11 points, nothing
    under 9, since it is read at arm's length, often by someone without their glasses."""
    base = styles()
    sizes = {  # name → (size, leading)
        "body": (11, 15),
        "small": (9.5, 12),
        "label": (10, 12),
        "cell": (11, 14),
        "strong": (11.5, 14.5),
        "fine": (11, 14),
        "muted": (11, 14),
        "subtitle": (11, 15),
    }
    found = dict(base)
    for name, (size, leading) in sizes.items():
        found[name] = ParagraphStyle(
            f"reader-{name}", parent=base[name], fontSize=size, leading=leading
        )
    return found


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A table's style in the house font: reportlab's cells default to Helvetica, which
    would sit in the PDF unembedded even when every cell holds a paragraph."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT), *commands])


def a4_document(target: Path | BinaryIO, title: str) -> SimpleDocTemplate:
    """The house page: A4, the house margins, a title and no one's name as author."""
    return SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="Welfare Desk",
        invariant=1,  # the same document twice is the same bytes
    )
