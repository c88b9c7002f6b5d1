"""The employer's other benefits from a payroll file: per worker, tax year and kind, the
year's figure as payroll states it. Read whole before anything is written: a row that
cannot be read refuses the file with what to fix; columns not used are named."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from welfare_desk.catalogue import queries
from welfare_desk.domain import codice_fiscale as cf
from welfare_desk.domain.fringe import BENEFIT_LABELS, BenefitKind
from welfare_desk.domain.money import parse_euro
from welfare_desk.domain.problems import DomainError
from welfare_desk.domain.search_text import fold
from welfare_desk.domain.wording import how_many
from welfare_desk.errors import InvalidInput
from welfare_desk.registry.queries import worker_ids_by_code
from welfare_desk.spreadsheets.columns import canonical
from welfare_desk.spreadsheets.tabular import Sheet
from welfare_desk.store.models import OtherBenefit
from welfare_desk.store.uow import UnitOfWork

HEADERS = {
    "codice_fiscale": (
        "codice fiscale",
        "cf",
        "cod fiscale",
        "cf dipendente",
        "codice fiscale dipendente",
    ),
    "year": ("anno", "anno d imposta", "periodo d imposta", "anno fiscale", "year"),
    "kind": ("voce", "tipo", "tipo di benefit", "benefit", "kind"),
    "amount": ("importo", "valore", "importo euro", "amount"),
    "description": ("note", "descrizione", "description"),
}
KIND_WORDS = {
    BenefitKind.UTILITIES: ("utenze", "utenze domestiche", "luce", "gas", "acqua", "bollette"),
    BenefitKind.RENT: ("affitto", "canone di locazione", "locazione", "affitto prima casa"),
    BenefitKind.MORTGAGE_INTEREST: ("mutuo", "interessi mutuo", "interessi del mutuo"),
    BenefitKind.COMPANY_CAR: ("auto", "auto aziendale", "autovettura", "fringe auto"),
    BenefitKind.OTHER_PLATFORM: ("piattaforma", "altra piattaforma", "piattaforma welfare"),
    BenefitKind.OTHER: ("altro", "altro fringe benefit", "fringe benefit"),
    BenefitKind.HEALTH_FUND: (
        "fondo sanitario",
        "contributi fondo sanitario",
        "cassa sanitaria",
        "assistenza sanitaria integrativa",
    ),
}
_KINDS = {fold(w): k for k, words in KIND_WORDS.items() for w in (*words, BENEFIT_LABELS[k])}


@dataclass(frozen=True)
class Refused:
    row: int
    message: str

    def line(self) -> str:
        return f"Riga {self.row}: {self.message}"


@dataclass
class BenefitsPlan:
    rows: list[dict[str, Any]] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    unused_columns: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """What the file holds, said before anything is written."""
        workers = len({r["worker_id"] for r in self.rows})
        rows = "1 riga" if len(self.rows) == 1 else f"{len(self.rows)} righe"
        who = "1 lavoratore" if workers == 1 else f"{workers} lavoratori"
        text = f"{rows} da importare per {who}."
        if self.refused:
            wrong = "1 riga" if len(self.refused) == 1 else f"{len(self.refused)} righe"
            text += (
                f" {wrong} da correggere: correggi il file e rileggilo, finché ci sono righe "
                "da correggere non si scrive niente."
            )
        if self.unused_columns:
            text += " Colonne non usate: " + ", ".join(f"«{c}»" for c in self.unused_columns) + "."
        return text


@dataclass
class BenefitsResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    unused_columns: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"Benefit dal cedolino: {self.created} nuovi, {self.updated} aggiornati, "
            f"{self.unchanged} invariati."
        )
        if self.unused_columns:
            text += " Colonne non usate: " + ", ".join(f"«{c}»" for c in self.unused_columns) + "."
        return text


def plan_benefits(uow: UnitOfWork, sheet: Sheet) -> BenefitsPlan:
    if not sheet.rows:
        raise InvalidInput(f"«{sheet.path.name}» è vuoto: non c'è niente da importare.")
    _, headers = sheet.rows[0]
    names = {canonical(str(h)): i for i, h in enumerate(headers) if h is not None}
    mapping = {
        key: next((names[n] for n in words if n in names), -1) for key, words in HEADERS.items()
    }
    missing = [k for k in ("codice_fiscale", "year", "kind", "amount") if mapping[k] < 0]
    if missing:
        raise InvalidInput(
            f"In «{sheet.path.name}» mancano le colonne: "
            + ", ".join(f"«{HEADERS[k][0]}»" for k in missing)
            + "."
        )
    used = {i for i in mapping.values() if i >= 0}
    plan = BenefitsPlan(
        unused_columns=[str(h) for i, h in enumerate(headers) if h is not None and i not in used]
    )
    parsed: list[tuple[int, dict[str, Any]]] = []
    for row, cells in sheet.rows[1:]:
        cell = _reader(cells, mapping)

        problems: list[str] = []
        code = cf.normalize(str(cell("codice_fiscale") or ""))
        problems += [p.message for p in cf.validate(code)]
        year_text = str(cell("year") or "").strip()
        year = int(year_text) if year_text.isdigit() else None
        if year is None or not 2000 <= year <= 2100:
            problems.append(f"anno «{year_text}» non valido: scrivi l'anno, ad esempio 2026.")
        kind_text = str(cell("kind") or "").strip()
        kind = _KINDS.get(fold(kind_text))
        if kind is None:
            known = ", ".join(f"«{words[0]}»" for words in KIND_WORDS.values())
            problems.append(f"voce «{kind_text}» non riconosciuta: scrivi {known}.")
        amount = 0
        try:
            amount = parse_euro(cell("amount"))
        except DomainError as wrong:
            problems.append(f"importo: {wrong.message}")
        if not problems and amount <= 0:
            problems.append("l'importo deve essere maggiore di zero.")
        if problems:
            plan.refused.append(Refused(row, " ".join(problems)))
            continue
        description = str(cell("description") or "").strip()[:200] or None
        parsed.append(
            (
                row,
                {
                    "code": code,
                    "year": year,
                    "kind": kind,
                    "amount": amount,
                    "description": description,
                },
            )
        )
    ids = worker_ids_by_code(uow, sorted({v["code"] for _row, v in parsed}))
    for row, values in parsed:
        worker_id = ids.get(values["code"])
        if worker_id is None:
            plan.refused.append(
                Refused(row, f"il lavoratore {values['code']} non è in archivio: importalo prima.")
            )
            continue
        plan.rows.append({**values, "worker_id": worker_id})
    plan.refused.sort(key=lambda r: r.row)
    return plan


def _reader(cells: list[Any], mapping: dict[str, int]) -> Any:
    def cell(key: str) -> Any:
        at = mapping[key]
        return cells[at] if 0 <= at < len(cells) else None

    return cell


def import_benefits(uow: UnitOfWork, plan: BenefitsPlan) -> BenefitsResult:
    """Writes the plan whole; per worker, year and kind the payroll's figure replaces the
    one before, so the same file twice changes nothing."""
    if plan.refused:
        raise InvalidInput(
            f"Importazione annullata: {how_many(len(plan.refused), 'riga', 'righe')} da "
            "correggere, nessun dato scritto."
        )
    result = BenefitsResult(unused_columns=list(plan.unused_columns))
    workers: list[uuid.UUID] = sorted({r["worker_id"] for r in plan.rows})
    existing = {(b.worker_id, b.year, b.kind): b for b in queries.benefits_of_workers(uow, workers)}
    new_rows: list[dict[str, Any]] = []
    for values in plan.rows:
        key = (values["worker_id"], values["year"], values["kind"].value)
        found = existing.get(key)
        if found is None:
            new_rows.append(
                {
                    "worker_id": values["worker_id"],
                    "year": values["year"],
                    "kind": values["kind"].value,
                    "amount_cents": values["amount"],
                    "description": values["description"],
                }
            )
        elif (found.amount_cents, found.description) != (values["amount"], values["description"]):
            found.amount_cents, found.description = values["amount"], values["description"]
            result.updated += 1
        else:
            result.unchanged += 1
    result.created = len(uow.insert_many(OtherBenefit, new_rows))
    uow.flush()
    uow.commit()
    return result
