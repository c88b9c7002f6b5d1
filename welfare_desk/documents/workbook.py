"""The one way the desk saves a workbook: every text cleaned, text that a spreadsheet would
run kept as text, and the file written whole or not at all.

Names and cells come from files and people the desk does not control; a provider called
«=HYPERLINK(…)» must reach HR as those characters, never as a link or a computation. The
check runs on the cleaned text, since removing a control character can uncover a formula."""

from __future__ import annotations

import gc
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from welfare_desk.documents.output import whole_file

if TYPE_CHECKING:
    from openpyxl import Workbook

# Characters that openpyxl refuses to write (and a spreadsheet would not show).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# What starts a formula in Excel or LibreOffice, or hides one after a blank.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def clean_text(value: str) -> str:
    return _ILLEGAL.sub("", value)


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_START)


def _neutralise(workbook: Workbook) -> None:
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if not isinstance(value, str):
                    continue
                text = clean_text(value)
                if text != value:
                    cell.value = text
                if is_formula_like(text):
                    cell.data_type = "s"  # stored as a string: shown, never computed
                    cell.quotePrefix = True  # and still text once someone edits it


def save_workbook(workbook: Workbook, path: Path) -> Path:
    """Saves `workbook` at `path` with no live text, whole: a full disk leaves the old
    file or none. OSError reaches the caller, who says it in its words."""
    _neutralise(workbook)
    with whole_file(path) as temporary:
        try:
            workbook.save(temporary)
        except OSError as exc:
            _drop_half_written(exc)
            raise
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
    return path


def _drop_half_written(exc: OSError) -> None:
    """openpyxl leaves its sheet writers open when a write fails; closing them writes again
    and fails the same way, which Python would print on the terminal as a second, stray
    traceback. They are closed here, where that failure is already known."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        exc.__traceback__ = None  # its frames hold the writers
        gc.collect()
    finally:
        sys.unraisablehook = hook
