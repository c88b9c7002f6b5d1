"""Importing workers and household members from HR files: plan, then run.

`plan_import` reads and checks every row without writing anything; the desk's wizard
shows its preview. `run_import` writes the valid rows in one transaction, reporting
progress and honouring cancellation; a cancelled or failed run leaves the store as it was.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from welfare_desk.domain import codice_fiscale as cf
from welfare_desk.domain.dates import DateFormatError, check_birth_date, parse_date
from welfare_desk.domain.household import (
    Disability,
    Relation,
    birth_from_code,
    sex_in_words,
)
from welfare_desk.domain.problems import Problem, Severity
from welfare_desk.domain.search_text import fold, name_key
from welfare_desk.domain.wording import how_many
from welfare_desk.errors import InvalidInput
from welfare_desk.progress import TaskState
from welfare_desk.reference import belfiore
from welfare_desk.registry import queries
from welfare_desk.registry.organizations import (
    OrganizationKind,
    clean_name,
    create_organizations,
    organizations_by_key,
)
from welfare_desk.registry.workers import IndexEntry, index_workers, text_errors, worker_sort_key
from welfare_desk.spreadsheets.columns import FIELDS, ImportKind, guess_columns, header_score, spec
from welfare_desk.spreadsheets.tabular import Cell, Sheet
from welfare_desk.spreadsheets.values import Choices, Unsettled, ValueReader
from welfare_desk.store.ids import new_id
from welfare_desk.store.models import HouseholdMember, Organization, Worker
from welfare_desk.store.uow import UnitOfWork

__all__ = ["ImportKind", "ImportPlan", "ImportResult", "plan_import", "run_import"]

HEADER_SEARCH_ROWS = 30
PROGRESS_EVERY = 500

_WORKER_FIELDS = ("work_site", "email", "phone", "municipality")


@dataclass(frozen=True)
class RowProblem:
    row: int
    message: str
    severity: Severity = Severity.ERROR

    def line(self) -> str:
        return f"Riga {self.row}: {self.message}"


@dataclass
class ParsedRow:
    row: int
    values: dict[str, Any]


@dataclass
class ImportPlan:
    kind: ImportKind
    sheet: Sheet
    header_row: int
    headers: list[str]
    mapping: dict[str, int]
    valid: list[ParsedRow] = field(default_factory=list)
    refused: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    new_organizations: list[str] = field(default_factory=list)
    # values no vocabulary could read, each once with its rows: for the person to settle
    unsettled: list[Unsettled] = field(default_factory=list)
    _cells: dict[int, list[Cell]] | None = field(default=None, repr=False)

    @property
    def unused_columns(self) -> list[str]:
        """The file's headed columns that no field reads: said, never dropped silently."""
        used = set(self.mapping.values())
        return [h for i, h in enumerate(self.headers) if h.strip() and i not in used]

    @property
    def total_rows(self) -> int:
        return len(self.valid) + len(self.refused)

    def cells_of(self, row: int) -> list[Cell]:
        if self._cells is None:
            self._cells = dict(self.sheet.rows)
        return self._cells.get(row, [])


@dataclass
class ImportResult:
    kind: ImportKind
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0
    organizations_created: list[str] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    refused_rows: list[RowProblem] = field(default_factory=list)
    unused_columns: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "refused": self.refused,
            "organizations_created": self.organizations_created,
            "warnings": [w.line() for w in self.warnings],
            "refused_rows": [p.line() for p in self.refused_rows],
            "unused_columns": self.unused_columns,
        }

    def summary(self, errors_file: str | None = None) -> str:
        what = {
            ImportKind.WORKERS: "lavoratori",
            ImportKind.HOUSEHOLD: "familiari",
            ImportKind.CATALOGUE: "edizioni del catalogo",
        }[self.kind]
        text = (
            f"Importazione completata ({what}): {self.created} nuovi, {self.updated} aggiornati, "
            f"{self.unchanged} invariati."
        )
        if self.organizations_created:
            who = "Nuovi enti erogatori" if self.kind is ImportKind.CATALOGUE else "Nuove aziende"
            text += f" {who}: " + ", ".join(self.organizations_created) + "."
        if self.refused:
            text += f" {how_many(self.refused, 'riga scartata', 'righe scartate')}"
            text += f" (elenco in {errors_file})." if errors_file else "."
        if self.warnings:
            text += f" {len(self.warnings)} avvisi da verificare."
        if self.unused_columns:
            text += " Colonne non usate: " + ", ".join(f"«{c}»" for c in self.unused_columns)
            text += "."
        return text


# Reading the file's layout


@dataclass(frozen=True)
class Layout:
    """Where the header is and what its columns seem to hold, before any choice."""

    header_row: int
    headers: list[str]
    mapping: dict[str, int]
    ambiguous: dict[str, list[int]]


def read_layout(sheet: Sheet, kind: ImportKind) -> Layout:
    header_row, headers = _find_header(kind, sheet)
    guess = guess_columns(kind, list(headers))
    return Layout(header_row, headers, guess.mapping, guess.ambiguous)


def _find_header(kind: ImportKind, sheet: Sheet) -> tuple[int, list[str]]:
    best: tuple[int, int, list[Cell]] | None = None
    for number, cells in sheet.rows[:HEADER_SEARCH_ROWS]:
        score = header_score(kind, list(cells))
        if score >= 2 and (best is None or score > best[0]):
            best = (score, number, cells)
    if best is None:
        labels = ", ".join(f"«{f.label}»" for f in FIELDS[kind] if f.required)
        others = [n for n in sheet.sheet_names if n != sheet.name]
        where = (
            f" Il file ha anche i fogli {', '.join(f'«{n}»' for n in others)}: sceglilo con "
            "--sheet NOME."
            if others
            else ""
        )
        raise InvalidInput(
            f"Non trovo la riga di intestazione nel foglio «{sheet.name}» di "
            f"«{sheet.path.name}»: tra le prime {HEADER_SEARCH_ROWS} righe ne serve una con "
            f"le colonne {labels}.{where}"
        )
    return best[1], [str(c) if c is not None else "" for c in best[2]]


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _check_ambiguous(
    kind: ImportKind, headers: list[str], ambiguous: dict[str, list[int]], chosen: set[str]
) -> None:
    for key, columns in ambiguous.items():
        if key in chosen:
            continue
        named = " e ".join(f"«{headers[i]}» (colonna {column_letter(i)})" for i in columns)
        raise InvalidInput(
            f"Le colonne {named} potrebbero contenere entrambe il campo «{spec(kind, key).label}»: "
            f"indica quale usare, ad esempio --map {key}={column_letter(columns[0])}."
        )


def _apply_overrides(
    kind: ImportKind, headers: list[str], mapping: dict[str, int], overrides: dict[str, str]
) -> set[str]:
    """Applies the user's choices (a header's name or its column letter); returns the
    fields they settled."""
    by_name = {fold(h): i for i, h in enumerate(headers) if h}
    by_letter = {column_letter(i): i for i in range(len(headers))}
    keys = {f.key: f.key for f in FIELDS[kind]} | {fold(f.label): f.key for f in FIELDS[kind]}
    chosen: set[str] = set()
    for wanted, column in overrides.items():
        key = keys.get(wanted) or keys.get(fold(wanted))
        if key is None:
            raise InvalidInput(
                f"Il campo «{wanted}» non esiste: i campi sono "
                + ", ".join(f.key for f in FIELDS[kind])
                + "."
            )
        # A header's name first; a column letter ("F") when no header has that name.
        index = by_name.get(fold(column))
        if index is None:
            index = by_letter.get(column.strip().upper())
        if index is None:
            raise InvalidInput(
                f"Nel file non c'è la colonna «{column}»: le colonne sono "
                + ", ".join(f"«{h}»" for h in headers if h)
                + "."
            )
        for other, other_index in list(mapping.items()):
            if other_index == index:
                del mapping[other]
        mapping[key] = index
        chosen.add(key)
    return chosen


def _check_required(kind: ImportKind, mapping: dict[str, int], sheet: Sheet) -> None:
    missing = [f for f in FIELDS[kind] if f.required and f.key not in mapping]
    if missing:
        names = ", ".join(f"«{f.label}»" for f in missing)
        raise InvalidInput(
            f"In «{sheet.path.name}» manca la colonna {names}: rinomina l'intestazione "
            f"oppure indica quale colonna usare (--map {missing[0].key}=NomeColonna)."
        )


# Reading values


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _person_name(value: Cell) -> str:
    text = _text(value)
    # All capitals or all lower case, as payroll systems export them: "D'ANGELO" → "D'Angelo".
    if text and (text.isupper() or text.islower()):
        return text.title()
    return text


def _date(value: Cell, label: str, problems: list[str]) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_date(value)
    except DateFormatError as exc:
        problems.append(f"{label}: {exc}")
        return None


def _read_yes_no(reader: ValueReader, value: Cell, row: int, problems: list[str]) -> bool | None:
    if isinstance(value, bool):
        return value
    found = reader.read("yes_no", _text(value), row, problems)
    return None if found is None else found == "yes"


def _cell(cells: list[Cell], mapping: dict[str, int], key: str) -> Cell:
    index = mapping.get(key)
    if index is None or index >= len(cells):
        return None
    return cells[index]


def _messages(found: list[Problem]) -> tuple[list[str], list[str]]:
    return [p.message for p in found if p.is_error], [p.message for p in found if not p.is_error]


def _code_checks(code: str, birth: date | None) -> list[Problem]:
    """The place of birth against the Belfiore list, and the omocodia's order."""
    return cf.place_problems(code, belfiore(), birth) + cf.omocode_order_problems(code)


def _parse_worker(
    cells: list[Cell], mapping: dict[str, int], today: date, reader: ValueReader, row: int
) -> tuple[dict[str, Any], list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    code = cf.normalize(_text(_cell(cells, mapping, "codice_fiscale")))
    code_errors, _ = _messages(cf.validate(code))
    errors.extend(code_errors)
    surname = _person_name(_cell(cells, mapping, "surname"))
    name = _person_name(_cell(cells, mapping, "name"))
    if not surname:
        errors.append("il cognome è vuoto.")
    if not name:
        errors.append("il nome è vuoto.")
    birth = _date(_cell(cells, mapping, "birth_date"), "Data di nascita", errors)
    if birth is None and not code_errors and _cell(cells, mapping, "birth_date") is None:
        birth = cf.decode(code, today).birth_date
    if birth is not None:
        errors.extend(_messages(check_birth_date(birth, today, worker=True))[0])
    sex_text = _text(_cell(cells, mapping, "sex"))
    sex = reader.read("sex", sex_text, row, errors) if sex_text else None
    if not code_errors:
        checks = cf.consistency(code, surname, name, birth, sex) + _code_checks(code, birth)
        found_errors, found_warnings = _messages(checks)
        errors.extend(found_errors)
        warnings.extend(found_warnings)
        sex = sex or cf.decode(code, today).sex
    organization = _text(_cell(cells, mapping, "organization"))
    if not organization:
        errors.append("manca l'azienda (datore di lavoro).")
    elif not name_key(organization):
        errors.append(
            f"l'azienda «{organization}» non contiene lettere né cifre: scrivi il nome del "
            "datore di lavoro."
        )
    email = _text(_cell(cells, mapping, "email"))
    if email and ("@" not in email or " " in email):
        errors.append(f"l'indirizzo email «{email}» non è valido.")
    values: dict[str, Any] = {
        "codice_fiscale": code,
        "surname": surname,
        "name": name,
        "birth_date": birth,
        "sex": sex,
        "organization": organization,
    }
    for key in _WORKER_FIELDS:
        if key in mapping:
            values[key] = _text(_cell(cells, mapping, key)) or None
    errors.extend(text_errors(Worker, values, {"organization": Organization.__table__.c.name}))
    return values, errors, warnings


def _parse_member(
    cells: list[Cell], mapping: dict[str, int], today: date, reader: ValueReader, row: int
) -> tuple[dict[str, Any], list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    worker_code = cf.normalize(_text(_cell(cells, mapping, "worker_codice_fiscale")))
    for problem in cf.validate(worker_code):
        errors.append(f"codice fiscale del lavoratore: {problem.message}")
    relation_text = _text(_cell(cells, mapping, "relation"))
    relation = reader.read("relation", relation_text, row, errors) if relation_text else None
    if not relation_text:
        errors.append("manca la relazione con il lavoratore (figlio/a, coniuge, genitore…).")
    surname = _person_name(_cell(cells, mapping, "surname"))
    name = _person_name(_cell(cells, mapping, "name"))
    if not surname:
        errors.append("il cognome del familiare è vuoto.")
    if not name:
        errors.append("il nome del familiare è vuoto.")
    code = cf.normalize(_text(_cell(cells, mapping, "codice_fiscale"))) or None
    code_errors: list[str] = []
    if code:
        code_errors = [
            f"codice fiscale del familiare: {m}" for m in _messages(cf.validate(code))[0]
        ]
        errors.extend(code_errors)
    birth = _date(_cell(cells, mapping, "birth_date"), "Data di nascita", errors)
    if birth is None and _cell(cells, mapping, "birth_date") is None:
        if code and not code_errors:
            worker_birth = None if cf.validate(worker_code) else cf.decode(worker_code, today)
            birth, said = birth_from_code(
                cf.decode(code, today).birth_date,
                Relation(relation) if relation else None,
                worker_birth.birth_date if worker_birth else None,
            )
            warnings.append(said)
        else:
            errors.append("manca la data di nascita del familiare.")
    if birth is not None:
        errors.extend(_messages(check_birth_date(birth, today, worker=False))[0])
    sex = None
    if code and not code_errors:
        checks = cf.consistency(code, surname, name, birth, None) + _code_checks(code, birth)
        found_errors, found_warnings = _messages(checks)
        errors.extend(f"codice fiscale del familiare: {m}" for m in found_errors)
        warnings.extend(found_warnings)
        sex = cf.decode(code, today).sex
    if sex is None and relation_text:
        sex = sex_in_words(relation_text)
    disability = reader.read("disability", _text(_cell(cells, mapping, "disability")), row, errors)
    dependent = _read_yes_no(reader, _cell(cells, mapping, "dependent"), row, errors)
    values: dict[str, Any] = {
        "worker_codice_fiscale": worker_code,
        "relation": relation,
        "surname": surname,
        "name": name,
        "birth_date": birth,
        "codice_fiscale": code,
        "sex": sex,
        "disability": disability or Disability.NONE.value,
        "dependent": bool(dependent),
    }
    if "entered_on" in mapping:  # a file without the column leaves what the store holds
        values["entered_on"] = _entry(cells, mapping, relation, birth, today, errors)
    for key in ("cared_for", "attendance_allowance"):  # L. 205/2017 c. 255, when told
        if key in mapping:
            values[key] = bool(_read_yes_no(reader, _cell(cells, mapping, key), row, errors))
    errors.extend(text_errors(HouseholdMember, values))
    return values, errors, warnings


def _entry(
    cells: list[Cell],
    mapping: dict[str, int],
    relation: str | None,
    birth: date | None,
    today: date,
    errors: list[str],
) -> date | None:
    """An adopted or fostered child's entry into the family: maternity counts from it."""
    entered = _date(_cell(cells, mapping, "entered_on"), "Ingresso in famiglia", errors)
    if entered is None:
        return None
    if relation != "child":
        errors.append(
            "l'ingresso in famiglia si indica solo per un figlio o una figlia adottati o "
            "in affidamento: lascia vuota la cella."
        )
    elif birth is not None and entered < birth:
        errors.append(
            f"l'ingresso in famiglia ({entered:%d/%m/%Y}) viene prima della nascita "
            f"({birth:%d/%m/%Y}): controlla le due date."
        )
    elif entered > today:
        errors.append(
            f"l'ingresso in famiglia ({entered:%d/%m/%Y}) è nel futuro: si registra quando "
            "il bambino è entrato in famiglia."
        )
    return entered


def _member_key(values: dict[str, Any]) -> tuple[Any, ...]:
    if values["codice_fiscale"]:
        return (values["worker_codice_fiscale"], values["codice_fiscale"])
    return (
        values["worker_codice_fiscale"],
        fold(values["surname"]),
        fold(values["name"]),
        values["birth_date"],
    )


def _workers_by_code(uow: UnitOfWork, codes: list[str]) -> dict[str, uuid.UUID]:
    return queries.worker_ids_by_code(uow, sorted(set(codes)))


def plan_import(
    uow: UnitOfWork,
    sheet: Sheet,
    kind: ImportKind,
    overrides: dict[str, str] | None = None,
    today: date | None = None,
    choices: Choices | None = None,
) -> ImportPlan:
    """Reads every row and says what is wrong with each; writes nothing. `choices` are
    the person's answers for values the file writes in a way no vocabulary reads."""
    today = today or uow.clock.today()
    layout = read_layout(sheet, kind)
    header_row, headers, mapping = layout.header_row, layout.headers, dict(layout.mapping)
    chosen = _apply_overrides(kind, headers, mapping, overrides or {})
    _check_ambiguous(kind, headers, layout.ambiguous, chosen)
    _check_required(kind, mapping, sheet)
    plan = ImportPlan(kind, sheet, header_row, headers, mapping)
    reader = ValueReader(choices)
    if kind is ImportKind.CATALOGUE:
        _plan_catalogue(uow, plan, header_row, reader)
        plan.unsettled = reader.unsettled_values()
        return plan
    parse = _parse_worker if kind is ImportKind.WORKERS else _parse_member
    seen: dict[tuple[Any, ...], int] = {}
    parsed: list[tuple[int, dict[str, Any], list[str], list[str]]] = []
    for number, cells in sheet.rows:
        if number <= header_row:
            continue
        values, errors, warnings = parse(cells, mapping, today, reader, number)
        if not errors:
            key = (values["codice_fiscale"],) if kind is ImportKind.WORKERS else _member_key(values)
            if key in seen:
                errors.append(f"è già presente alla riga {seen[key]} del file.")
            else:
                seen[key] = number
        parsed.append((number, values, errors, warnings))
    if kind is ImportKind.HOUSEHOLD:
        known = _workers_by_code(
            uow, [v["worker_codice_fiscale"] for _, v, e, _ in parsed if not e]
        )
        for _number, values, errors, _warnings in parsed:
            if errors:
                continue
            worker_id = known.get(values["worker_codice_fiscale"])
            if worker_id is None:
                errors.append(
                    f"il lavoratore con codice fiscale {values['worker_codice_fiscale']} non è "
                    "in archivio: importa prima il file dei lavoratori."
                )
            values["worker_id"] = worker_id
    for number, values, errors, warnings in parsed:
        if errors:
            plan.refused.append(RowProblem(number, " ".join(_sentence(e) for e in errors)))
        else:
            plan.valid.append(ParsedRow(number, values))
        plan.warnings.extend(RowProblem(number, w, Severity.WARNING) for w in warnings)
    plan.unsettled = reader.unsettled_values()
    if kind is ImportKind.WORKERS:
        known_orgs = organizations_by_key(uow)
        new: dict[str, str] = {}
        for row in plan.valid:
            org_key = name_key(row.values["organization"])
            if org_key not in known_orgs:
                new.setdefault(org_key, clean_name(row.values["organization"]))
        plan.new_organizations = list(new.values())
    return plan


def _plan_catalogue(
    uow: UnitOfWork, plan: ImportPlan, header_row: int, reader: ValueReader
) -> None:
    from welfare_desk.catalogue import importing as catalogue

    editions: dict[tuple[Any, ...], int] = {}
    services: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}
    parsed: list[tuple[int, dict[str, Any], list[str]]] = []
    known = organizations_by_key(uow)
    employers = {
        key: (org.id, org.name)
        for key, org in known.items()
        if org.kind == OrganizationKind.EMPLOYER.value
    }
    warned: set[str] = set()
    for number, cells in plan.sheet.rows:
        if number <= header_row:
            continue
        values, errors, warnings = catalogue.parse_row(
            cells, plan.mapping, _text, _date, reader, number, employers
        )
        if not errors:
            plan.warnings.extend(RowProblem(number, w, Severity.WARNING) for w in warnings)
            found = known.get(name_key(values["provider"]))
            if found is not None and found.kind == "employer" and found.name not in warned:
                warned.add(found.name)
                plan.warnings.append(
                    RowProblem(
                        number,
                        f"«{found.name}» è in archivio come datore di lavoro: i servizi della "
                        "riga saranno registrati a suo nome.",
                        Severity.WARNING,
                    )
                )
        if not errors:
            key = catalogue.edition_key(values)
            if key in editions:
                errors.append(f"l'edizione è già presente alla riga {editions[key]} del file.")
            else:
                editions[key] = number
            first = services.setdefault(catalogue.group_key(values), (number, values))
            differs = catalogue.check_same_service(values, first[1], first[0])
            if differs:
                errors.append(differs)
        parsed.append((number, values, errors))
    taken = catalogue.taken_places(uow, [v for _, v, e in parsed if not e])
    for number, values, errors in parsed:
        held = taken.get(catalogue.edition_key(values)) if not errors else None
        if held and held > values["capacity"]:
            errors.append(
                f"l'edizione «{values['edition']}» ha già {held} posti occupati: i posti non "
                f"possono scendere a {values['capacity']}."
            )
        if errors:
            plan.refused.append(RowProblem(number, " ".join(_sentence(e) for e in errors)))
        else:
            plan.valid.append(ParsedRow(number, values))
    new: dict[str, str] = {}
    for parsed_row in plan.valid:
        provider_key = name_key(parsed_row.values["provider"])
        if provider_key not in known:
            new.setdefault(provider_key, parsed_row.values["provider"])
    plan.new_organizations = list(new.values())


def _sentence(message: str) -> str:
    message = message.strip()
    return message[:1].upper() + message[1:]


# Writing


def run_import(uow: UnitOfWork, plan: ImportPlan, state: TaskState | None = None) -> ImportResult:
    """Writes the plan's valid rows in one transaction, or nothing if cancelled or failing."""
    state = state or TaskState()
    result = ImportResult(
        plan.kind,
        refused=len(plan.refused),
        warnings=list(plan.warnings),
        refused_rows=list(plan.refused),
        unused_columns=plan.unused_columns,
    )
    if plan.kind is ImportKind.WORKERS:
        _run_workers(uow, plan, state, result)
    elif plan.kind is ImportKind.CATALOGUE:
        from welfare_desk.catalogue.importing import write

        rows = [r.values for r in plan.valid]
        created, updated, unchanged, providers = write(uow, rows, set(plan.mapping))
        result.created, result.updated, result.unchanged = created, updated, unchanged
        result.organizations_created = providers
    else:
        _run_household(uow, plan, state, result)
    state.check()
    uow.commit()
    return result


def _run_workers(uow: UnitOfWork, plan: ImportPlan, state: TaskState, result: ImportResult) -> None:
    known_before = set(organizations_by_key(uow))
    org_ids = create_organizations(uow, [r.values["organization"] for r in plan.valid])
    org_names = {view.name: view.id for view in organizations_by_key(uow).values()}
    created: dict[str, str] = {}
    for r in plan.valid:
        key = name_key(r.values["organization"])
        if key not in known_before:
            created.setdefault(key, clean_name(r.values["organization"]))
    result.organizations_created = list(created.values())
    existing = queries.workers_by_code(uow, [r.values["codice_fiscale"] for r in plan.valid])
    new_rows: list[dict[str, Any]] = []
    reindex: list[IndexEntry] = []
    employers = {org_id: name for name, org_id in org_names.items()}
    total = len(plan.valid)
    # Two halves: comparing rows with the store, then writing the new ones.
    steps = 2 * total
    for done, row in enumerate(plan.valid, start=1):
        values = dict(row.values)
        values["organization_id"] = org_ids[name_key(values.pop("organization"))]
        code = values["codice_fiscale"]
        values["birth_place_code"] = cf.decode(code, uow.clock.today()).place_code
        found = existing.get(values["codice_fiscale"])
        if found is None:
            values.setdefault("disadvantaged", False)
            values["id"] = new_id()
            values["sort_key"] = worker_sort_key(values["id"], values["surname"], values["name"])
            new_rows.append(values)
        else:
            changed = {k: v for k, v in values.items() if getattr(found, k) != v}
            if changed:
                for key, value in changed.items():
                    setattr(found, key, value)
                result.updated += 1
                if {"surname", "name", "organization_id"} & changed.keys():
                    found.sort_key = worker_sort_key(found.id, found.surname, found.name)
                    reindex.append(
                        (
                            found.id,
                            found.surname,
                            found.name,
                            found.codice_fiscale,
                            employers[found.organization_id],
                        )
                    )
            else:
                result.unchanged += 1
        if done % PROGRESS_EVERY == 0:
            state.progress(done, steps)
    ids = uow.insert_many(
        Worker, new_rows, progress=lambda written: state.progress(total + written, steps)
    )
    result.created = len(ids)
    reindex.extend(
        (wid, r["surname"], r["name"], r["codice_fiscale"], employers[r["organization_id"]])
        for wid, r in zip(ids, new_rows, strict=True)
    )
    uow.flush()
    index_workers(uow, reindex)
    state.progress(steps, steps)


def _run_household(
    uow: UnitOfWork, plan: ImportPlan, state: TaskState, result: ImportResult
) -> None:
    worker_ids = list({r.values["worker_id"] for r in plan.valid})
    existing: dict[tuple[Any, ...], HouseholdMember] = {}
    for known in queries.households_locked(uow, worker_ids):
        by_name = (known.worker_id, fold(known.surname), fold(known.name), known.birth_date)
        if known.codice_fiscale:
            existing[(known.worker_id, known.codice_fiscale)] = known
        existing[by_name] = known
    new_rows: list[dict[str, Any]] = []
    total = len(plan.valid)
    steps = 2 * total
    for done, row in enumerate(plan.valid, start=1):
        if done % PROGRESS_EVERY == 0:
            state.progress(done, steps)
        values = dict(row.values)
        del values["worker_codice_fiscale"]
        worker_id = values["worker_id"]
        member: HouseholdMember | None = None
        if values["codice_fiscale"]:
            member = existing.get((worker_id, values["codice_fiscale"]))
        if member is None:
            member = existing.get(
                (worker_id, fold(values["surname"]), fold(values["name"]), values["birth_date"])
            )
        if member is None:
            new_rows.append(values)
            continue
        if not values["codice_fiscale"]:
            values["codice_fiscale"] = member.codice_fiscale
            values["sex"] = values["sex"] or member.sex
        changed = {k: v for k, v in values.items() if getattr(member, k) != v}
        if changed:
            for key, value in changed.items():
                setattr(member, key, value)
            result.updated += 1
        else:
            result.unchanged += 1
    written = uow.insert_many(
        HouseholdMember, new_rows, progress=lambda count: state.progress(total + count, steps)
    )
    result.created = len(written)
    uow.flush()
    state.progress(steps, steps)


def field_label(kind: ImportKind, key: str) -> str:
    return spec(kind, key).label
