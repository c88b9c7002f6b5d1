"""The individual agreement of agile work from the programme's template: the clauses the
law requires (artt. 18–23 L. 81/2017), checked before a word is printed, and the request's
data put in their places."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from string import Formatter
from typing import Any

from welfare_desk.domain.problems import DomainError
from welfare_desk.domain.wording import how_many

# What the law requires the agreement to say, as the template's «law» cites it.
REQUIRED = {
    "art. 18 c. 1": "l'orario, i suoi limiti e le fasce di contattabilità",
    "art. 19 c. 1": "i tempi di riposo e la disconnessione",
    "art. 19 c. 2": "il recesso",
    "art. 20": "la parità di trattamento e l'apprendimento",
    "art. 21 c. 1": "l'esercizio del potere di controllo",
    "art. 21 c. 2": "le condotte disciplinarmente rilevanti",
    "art. 22": "la salute e la sicurezza",
    "art. 23": "l'assicurazione contro gli infortuni",
    "2016/679": "la riservatezza e la protezione dei dati",
}
FIELDS = frozenset(
    {
        "days_text",
        "weekdays",
        "period",
        "places",
        "tools",
        "rest_times",
        "disconnection",
        "reachable_hours",
        "withdrawal",
        "communication_days",
    }
)


@dataclass(frozen=True, slots=True)
class Clause:
    heading: str
    law: str
    text: tuple[str, ...]


def clauses_from(data: Mapping[str, Any]) -> list[Clause]:
    return [
        Clause(str(c["heading"]), str(c["law"]), tuple(str(t) for t in c["text"]))
        for c in data["clauses"]
    ]


def missing(clauses: Sequence[Clause]) -> list[str]:
    """The law's required contents that no clause cites."""
    cited = " ".join(c.law for c in clauses)
    return [f"{law} ({what})" for law, what in REQUIRED.items() if law not in cited]


def fill(clauses: Sequence[Clause], values: Mapping[str, str]) -> list[Clause]:
    """The clauses with the request's data; a template that names a datum the desk does
    not have, or lacks a required clause, is refused with what to correct."""
    lacking = missing(clauses)
    if lacking:
        raise DomainError(
            "agreement_template",
            "Il modello dell'accordo (db/reference/agreement_template.json) non ha le "
            f"clausole richieste dalla legge: {'; '.join(lacking)}. Ripristinale.",
        )
    for clause in clauses:
        for paragraph in clause.text:
            names = {name for _, name, _, _ in Formatter().parse(paragraph) if name}
            unknown = names - FIELDS
            if unknown:
                raise DomainError(
                    "agreement_template",
                    f"Il modello dell'accordo usa {{{sorted(unknown)[0]}}} nella clausola "
                    f"«{clause.heading}», che la desk non conosce: i dati sono "
                    + ", ".join(f"{{{f}}}" for f in sorted(FIELDS))
                    + ".",
                )
    return [
        Clause(c.heading, c.law, tuple(p.format_map(values) for p in c.text if p)) for c in clauses
    ]


def days_text(days: int) -> str:
    return how_many(days, "giorno", "giorni")
