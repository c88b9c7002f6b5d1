"""Reference data kept in db/reference: read once, checked, shared."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from welfare_desk.domain.needs import Taxonomy, taxonomy_from


def reference_dir() -> Path:
    import welfare_desk.db

    return Path(welfare_desk.db.__file__).resolve().parent / "reference"


@cache
def need_taxonomy() -> Taxonomy:
    data = json.loads((reference_dir() / "needs.json").read_text(encoding="utf-8"))
    return taxonomy_from(data)
