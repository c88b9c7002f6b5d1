"""Free text from forms and files: what a field may hold."""

from __future__ import annotations

import unicodedata

from welfare_desk.domain.problems import Problem


def has_control_characters(value: str) -> bool:
    """Invisible characters (NUL, ESC, BEL…) that a hostile or broken file may carry."""
    return any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\t" for c in value)


def check_text(value: str | None, field: str, label: str, max_length: int) -> list[Problem]:
    if not value:
        return []
    if has_control_characters(value):
        return [
            Problem(
                "text.control",
                field,
                f"{label}: contiene caratteri invisibili di controllo; riscrivi il valore.",
            )
        ]
    if len(value) > max_length:
        return [
            Problem(
                "text.length",
                field,
                f"{label}: è lungo {len(value)} caratteri, il massimo è {max_length}.",
            )
        ]
    return []
