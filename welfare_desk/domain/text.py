"""Free text from forms and files: what a field may hold."""

from __future__ import annotations

import unicodedata

from welfare_desk.domain.problems import DomainError, Problem


def has_control_characters(value: str) -> bool:
    """Invisible characters (NUL, ESC, BEL…) that a hostile or broken file may carry."""
    return any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\t" for c in value)


def web_link(written: str | None) -> str | None:
    """A site as a link a phone opens: «www.x.it» gains its https://; what is no web
    address is refused with how to write it."""
    written = (written or "").strip()
    if not written:
        return None
    link = written if "://" in written else f"https://{written}"
    host = link.split("://", 1)[1].split("/", 1)[0]
    if not link.startswith(("http://", "https://")) or "." not in host or " " in link:
        raise DomainError(
            "website",
            f"«{written}» non è un indirizzo web: scrivilo come www.ente.it o https://www.ente.it.",
        )
    return link


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
