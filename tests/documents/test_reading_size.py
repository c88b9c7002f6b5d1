"""#18: what a worker takes home is read without glasses: body text at 11 points at
least, nothing under 9. Measured on the printed page, as pdftotext lays out its words
(a word's box is as tall as its font size)."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

from tests.catalogue.test_handout import TODAY as HANDOUT_DAY
from tests.catalogue.test_handout import build_catalogue
from tests.conftest import require_tool
from tests.reporting.test_path_summary import TODAY, build_path
from welfare_desk.catalogue.handout import handout
from welfare_desk.documents.handout_pdf import write_handout
from welfare_desk.documents.path_pdf import write_path
from welfare_desk.reporting.path_summary import path_summary
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

WORD = re.compile(
    r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
)


def sizes(pdf: Path) -> Counter[float]:
    """Characters by font size, in points."""
    pdftotext = require_tool("pdftotext")
    layout = subprocess.run(
        [pdftotext, "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    found: Counter[float] = Counter()
    for top, bottom, word in WORD.findall(layout):
        found[round(float(bottom) - float(top), 1)] += len(word)
    return found


def assert_readable(pdf: Path) -> None:
    """Most of the text at 11 points or more; labels over values and the page's header
    and footer may be smaller, never under 9."""
    found = sizes(pdf)
    total = sum(found.values())
    body = sum(n for size, n in found.items() if size >= 10.9)
    assert body / total >= 0.7, sorted(found.items())
    assert found.most_common(1)[0][0] >= 10.9, sorted(found.items())
    assert min(found) >= 8.9, sorted(found.items())


def test_the_path_summary_is_printed_large_enough(sqlite_store: Store, tmp_path: Path) -> None:
    path = build_path(sqlite_store)
    with UnitOfWork(sqlite_store) as uow:
        summary = path_summary(uow, path.worker, TODAY)
    write_path(tmp_path / "percorso.pdf", summary)
    assert_readable(tmp_path / "percorso.pdf")


def test_the_welfare_day_catalogue_is_printed_large_enough(
    sqlite_store: Store, tmp_path: Path
) -> None:
    build_catalogue(sqlite_store)
    with UnitOfWork(sqlite_store) as uow:
        found = handout(uow, today=HANDOUT_DAY)
    write_handout(tmp_path / "catalogo.pdf", found)
    assert_readable(tmp_path / "catalogo.pdf")
