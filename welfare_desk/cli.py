"""The command line: subcommands script the store; without one, the desk's window opens.

Exit codes: 0 done, 2 bad input (nothing written), 1 failure. Errors are one Italian
line on stderr, never a traceback. Heavy imports happen inside the commands, so that
`--version` starts without SQLAlchemy or Qt.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from welfare_desk import __version__
from welfare_desk.domain.wording import how_many

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from welfare_desk.clock import Clock
    from welfare_desk.spreadsheets.values import Unsettled
    from welfare_desk.store.engine import Store

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
BULK_ROWS = 1000  # an import this large refreshes the planner's statistics
MAX_LIMIT = 10_000


class CliError(Exception):
    def __init__(self, message: str, exit_code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return str(value)


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


def _ask_password(reason: str, url: URL) -> str | None:
    """Asks on the terminal, never echoing and never writing it anywhere."""
    if not sys.stdin.isatty():
        return None
    import getpass

    print(reason, file=sys.stderr)
    try:
        answer = getpass.getpass(f"Password di {url.username}@{url.host}: ")
    except (EOFError, KeyboardInterrupt):
        return None
    return answer or None


def _ask_passphrase(reason: str, new: bool) -> str | None:
    """The passphrase of an encrypted store whose key is not in the keyring, typed on
    the terminal (twice for a new store); WELFARE_DESK_PASSPHRASE spares it."""
    if not sys.stdin.isatty():
        return None
    import getpass

    print(reason, file=sys.stderr)
    try:
        typed = getpass.getpass("Frase dell'archivio: ")
        if new and typed and getpass.getpass("Ripetila: ") != typed:
            print("Le due frasi non sono uguali.", file=sys.stderr)
            return None
    except (EOFError, KeyboardInterrupt):
        return None
    return typed or None


def _clock(args: argparse.Namespace) -> Clock:
    """The one clock of this run: the real day, or the day given with --today."""
    from welfare_desk.clock import Clock

    return Clock.as_of(args.today) if args.today else Clock.system()


def _day(text: str) -> date:
    """--today's value; argparse turns the ValueError into a usage error."""
    from welfare_desk.domain.dates import DateFormatError, parse_date

    try:
        return parse_date(text)
    except DateFormatError as exc:
        raise argparse.ArgumentTypeError(f"{exc} Scrivila come 2027-01-04 o 04/01/2027") from None


def _open(args: argparse.Namespace, existing: bool = False) -> Store:
    """The store named by --db; commands that only read refuse to create one by mistake."""
    from welfare_desk.store.engine import resolve_target
    from welfare_desk.store.opening import open_store

    if existing:
        path = resolve_target(args.db).sqlite_path
        if path is not None and not path.exists():
            raise CliError(
                f"Nessun archivio in «{path}»: controlla --db, oppure crealo con "
                "«welfare-desk init» (o «welfare-desk demo --workers 1000» per provarlo)."
            )
    store = open_store(
        args.db, clock=_clock(args), ask_password=_ask_password, ask_passphrase=_ask_passphrase
    )
    try:
        _sign_in(args, store)
    except BaseException:
        store.close()
        raise
    return store


def _secret(variable: str, prompt: str, twice: bool = False) -> str | None:
    """A password from its environment variable, else typed on the terminal (twice for a
    new one); None when there is neither."""
    given = os.environ.get(variable)
    if given:
        return given
    if not sys.stdin.isatty():
        return None
    import getpass

    try:
        typed = getpass.getpass(prompt)
        if twice and getpass.getpass("Ripetila: ") != typed:
            raise CliError("Le due password non sono uguali: nessun dato scritto.")
    except (EOFError, KeyboardInterrupt):
        return None
    return typed or None


def _sign_in(args: argparse.Namespace, store: Store) -> None:
    """A store with operators runs every command as one of them, who signs in first; the
    password comes from WELFARE_DESK_PASSWORD, the keyring or the terminal."""
    from welfare_desk.access.operators import accounts_exist, sign_in
    from welfare_desk.store import credentials
    from welfare_desk.store.uow import UnitOfWork

    login = args.operator or os.environ.get("WELFARE_DESK_OPERATOR")
    with UnitOfWork(store) as uow:
        guarded = accounts_exist(uow)
    if not guarded:
        if login:
            raise CliError(
                "In questo archivio non c'è ancora nessun operatore: crea il primo "
                "amministratore con «welfare-desk init --admin NOME»."
            )
        return
    if not login:
        raise CliError(
            "Questo archivio chiede chi sei: aggiungi --operator NOME (o imposta "
            "WELFARE_DESK_OPERATOR)."
        )
    password = os.environ.get("WELFARE_DESK_PASSWORD") or credentials.load_operator_password(
        login, store.target.display
    )
    password = password or _secret("WELFARE_DESK_PASSWORD", f"Password di {login}: ")
    if not password:
        raise CliError(
            f"Serve la password di {login}: scrivila al terminale, conservala nel portachiavi "
            "di sistema o imposta WELFARE_DESK_PASSWORD."
        )
    with UnitOfWork(store) as uow:
        signed = sign_in(uow, login, password)
    store.operator_id, store.role = signed.id, signed.role.value
    store.also_manager = signed.also_manager
    store.scope_organizations, store.scope_points = signed.organization_ids, signed.social_point_ids
    args.signed_in = signed


def cmd_init(args: argparse.Namespace) -> int:
    from welfare_desk.store.engine import resolve_target
    from welfare_desk.store.migrate import SchemaAction, ensure_schema
    from welfare_desk.store.opening import connect

    store = connect(
        resolve_target(args.db),
        clock=_clock(args),
        ask_password=_ask_password,
        ask_passphrase=_ask_passphrase,
    )
    try:
        action = ensure_schema(store)
        if args.admin:
            _first_admin(args, store)
    finally:
        store.close()
    messages = {
        SchemaAction.CREATED: "Archivio creato",
        SchemaAction.UPGRADED: "Archivio aggiornato (copia di sicurezza nella cartella backups)",
        SchemaAction.CURRENT: "Archivio già aggiornato",
    }
    if args.json:
        _print_json({"store": store.target.display, "action": action.value})
    else:
        print(f"{messages[action]}: {store.target.display}")
    return EXIT_OK


def _first_admin(args: argparse.Namespace, store: Store) -> None:
    from welfare_desk.access.operators import create_first_admin
    from welfare_desk.store.uow import UnitOfWork

    password = _secret("WELFARE_DESK_PASSWORD", f"Password per {args.admin}: ", twice=True)
    if not password:
        raise CliError(
            "Serve la password del primo amministratore: scrivila al terminale o imposta "
            "WELFARE_DESK_PASSWORD."
        )
    with UnitOfWork(store) as uow:
        made = create_first_admin(
            uow, args.admin, args.name or args.admin, password, args.also_manager
        )
    print(f"Primo amministratore creato: {made.login} ({made.name}).", file=sys.stderr)


def cmd_operator(args: argparse.Namespace) -> int:
    """The operators of a store, looked after by an administrator."""
    from welfare_desk.access.operators import (
        OperatorInput,
        add_operator,
        disable_operator,
        list_operators,
    )
    from welfare_desk.domain.access import Role
    from welfare_desk.store.uow import UnitOfWork

    store = _open(args, existing=True)
    try:
        signed = getattr(args, "signed_in", None)
        if signed is None:
            raise CliError(
                "In questo archivio non c'è ancora nessun operatore: crea il primo "
                "amministratore con «welfare-desk init --admin NOME»."
            )
        if signed.role is not Role.ADMINISTRATOR:
            raise CliError("Solo un amministratore gestisce gli operatori.")
        if args.action == "list":
            with UnitOfWork(store) as uow:
                rows = list_operators(uow)
            if args.json:
                _print_json([{**asdict(r), "role": r.role.value} for r in rows])
            for row in [] if args.json else rows:
                state = "disattivato" if row.disabled else "attivo"
                scope = ", ".join((*row.organizations, *row.social_points))
                print(
                    f"{row.login}\t{row.name}\t{row.role_label}\t{state}"
                    + (f"\t{scope}" if scope else "")
                )
        elif args.action == "add":
            password = _secret(
                "WELFARE_DESK_NEW_PASSWORD", f"Prima password di {args.login}: ", twice=True
            )
            if not password:
                raise CliError(
                    f"Serve la prima password di {args.login}: scrivila al terminale o "
                    "imposta WELFARE_DESK_NEW_PASSWORD."
                )
            data = OperatorInput(
                args.login,
                args.name or args.login,
                Role(args.role),
                tuple(args.org or ()),
                tuple(args.point or ()),
                args.also_manager,
            )
            with UnitOfWork(store) as uow:
                made = add_operator(uow, data, password)
            print(f"Operatore {made.login} ({made.name}, {made.role_label}) creato.")
        else:
            with UnitOfWork(store) as uow:
                gone = disable_operator(uow, args.login)
            print(f"Operatore {gone.login} disattivato: non potrà più accedere.")
    finally:
        store.close()
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    """Who looked at, printed or exported whose data: for an administrator only."""
    from welfare_desk.access.audit import audit_entries, export_audit, worker_for_audit
    from welfare_desk.access.queries import with_login
    from welfare_desk.clock import local, stamp_of
    from welfare_desk.domain.access import Role, login_key
    from welfare_desk.store.uow import UnitOfWork

    store = _open(args, existing=True)
    try:
        signed = getattr(args, "signed_in", None)
        if signed is None or signed.role is not Role.ADMINISTRATOR:
            raise CliError("Solo un amministratore consulta il registro degli accessi.")
        with UnitOfWork(store) as uow:
            worker_id = worker_for_audit(uow, args.worker) if args.worker else None
            operator_id = None
            if args.by:
                found = with_login(uow, login_key(args.by))
                if found is None:
                    raise CliError(f"Nessun operatore ha il nome utente «{login_key(args.by)}».")
                operator_id = found.id
            since = stamp_of(datetime.combine(args.since, time())) if args.since else None
            rows = audit_entries(uow, worker_id, operator_id, since, args.limit)
            if args.out:
                saved = export_audit(uow, rows, Path(args.out), args.reason or "")
                said = how_many(len(rows), "riga", "righe")
                print(f"Registro degli accessi ({said}) salvato in {saved}.")
                return EXIT_OK
    finally:
        store.close()
    if args.json:
        _print_json([asdict(r) for r in rows])
        return EXIT_OK
    for row in rows:
        who = str(row.entity_id) if row.entity_id else ""
        print(
            f"{local(row.at):%d/%m/%Y %H:%M}\t{row.operator}\t{row.action}\t{row.detail}"
            f"\t{who}" + (f"\t{row.reason}" if row.reason else "")
        )
    return EXIT_OK


def cmd_export_person(args: argparse.Namespace) -> int:
    """Everything about one worker as JSON, for their access or portability request."""
    from welfare_desk.registry.subject_access import export_person
    from welfare_desk.store.uow import UnitOfWork

    store = _open(args, existing=True)
    try:
        with UnitOfWork(store) as uow:
            saved = export_person(uow, args.codice_fiscale, Path(args.out), args.reason or "")
    finally:
        store.close()
    print(f"Dati della persona salvati in {saved}.")
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    """Retention: what ran past its period, listed; removed only with --confirm."""
    from welfare_desk.registry.retention import purge, purge_plan
    from welfare_desk.store.uow import UnitOfWork

    store = _open(args, existing=True)
    try:
        with UnitOfWork(store) as uow:
            lines = purge(uow, args.reason or "") if args.confirm else purge_plan(uow)
    finally:
        store.close()
    for line in lines:
        oldest = f", il più vecchio del {line.oldest:%d/%m/%Y}" if line.oldest else ""
        print(
            f"{line.label}: {line.count} oltre {line.years} anni da {line.runs_from} "
            f"(prima del {line.cutoff:%d/%m/%Y}{oldest}). Perché: {line.reason}."
        )
    if args.confirm:
        print("Eliminati e registrati nel registro degli accessi.")
    else:
        print("Nulla è stato eliminato: per eliminare ripeti con --confirm e --reason.")
    return EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    """Erasure (art. 17 GDPR): the plan, and with --confirm the erasure itself."""
    from welfare_desk.registry.erasure import erase_person, plan_erasure
    from welfare_desk.registry.subject_access import SECTION_LABELS
    from welfare_desk.store.uow import UnitOfWork

    store = _open(args, existing=True)
    try:
        with UnitOfWork(store) as uow:
            if not args.confirm:
                plan = plan_erasure(uow, args.codice_fiscale)
            else:
                plan = erase_person(uow, args.codice_fiscale, args.reason or "")
    finally:
        store.close()
    print("\n".join(plan.lines(SECTION_LABELS)))
    if args.confirm:
        print("Cancellazione eseguita e registrata nel registro degli accessi.")
    else:
        print("Nulla è stato cambiato: per cancellare ripeti con --confirm e --reason.")
    return EXIT_OK


def _terminal_progress(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{label}: {done}/{total}", end="" if done < total else "\n", file=sys.stderr)

    return show


def cmd_demo(args: argparse.Namespace) -> int:
    from welfare_desk.demo.generate import generate
    from welfare_desk.progress import TaskState
    from welfare_desk.store.uow import UnitOfWork

    if args.workers < 1:
        raise CliError("Indica quanti lavoratori generare: --workers deve essere almeno 1.")
    store = _open(args)
    try:
        with UnitOfWork(store) as uow:
            result = generate(
                uow,
                args.workers,
                seed=args.seed,
                state=TaskState(_terminal_progress("Demo")),
                full=args.full,
            )
        _upkeep(store)
    finally:
        store.close()
    if args.json:
        _print_json(result)
    else:
        print(
            f"Dati dimostrativi creati: {result.workers} lavoratori, "
            f"{result.household_members} familiari, {result.organizations} enti, "
            f"{result.social_points} social point."
        )
    return EXIT_OK


def _parse_mapping(pairs: Sequence[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise CliError(f"«{pair}» non è un'associazione valida: scrivi --map campo=Colonna.")
        mapping[field.strip()] = column.strip()
    return mapping


def _check_errors_target(args: argparse.Namespace) -> None:
    """Before anything is read or written: the refused rows never replace the store, a
    backup or the file being imported."""
    from welfare_desk.documents.error_report import check_report_target
    from welfare_desk.store.engine import resolve_target
    from welfare_desk.store.locations import store_files

    database = resolve_target(args.db).sqlite_path
    protected = store_files(database) if database is not None else ()
    check_report_target(Path(args.errors), Path(args.file), protected)


def cmd_import(args: argparse.Namespace) -> int:
    from welfare_desk.documents.error_report import write_error_report
    from welfare_desk.progress import TaskState
    from welfare_desk.registry.importing import ImportKind, plan_import, run_import
    from welfare_desk.spreadsheets.tabular import read_sheet
    from welfare_desk.spreadsheets.values import parse_choice
    from welfare_desk.store.uow import UnitOfWork

    kind = ImportKind(args.kind)
    if args.errors:
        _check_errors_target(args)
    choices = dict(parse_choice(option) for option in args.value or [])
    sheet = read_sheet(Path(args.file), args.sheet)
    mapping = _parse_mapping(args.map or [])
    store = _open(args)
    try:
        if args.profile:  # the sender's columns and values, under what is given now
            from welfare_desk.registry.profiles import profile_for

            with UnitOfWork(store) as uow:
                kept = profile_for(uow, args.profile, kind)
            if kept is not None:
                mapping, choices = {**kept.columns, **mapping}, {**kept.choices, **choices}
        with UnitOfWork(store) as uow:
            plan = plan_import(uow, sheet, kind, mapping, choices=choices)
            if args.errors and plan.refused:
                write_error_report(Path(args.errors), plan)
            if plan.refused and not args.skip_invalid:
                for problem in plan.refused:
                    print(_printable(problem.line()), file=sys.stderr)
                _print_unsettled(plan.unsettled)
                if plan.unused_columns:
                    unused = ", ".join(f"«{c}»" for c in plan.unused_columns)
                    print(_printable(f"Colonne non usate: {unused}."), file=sys.stderr)
                raise CliError(
                    f"Importazione annullata: "
                    f"{how_many(len(plan.refused), 'riga non valida', 'righe non valide')} su "
                    f"{plan.total_rows}, nessun dato scritto. Correggile, oppure usa "
                    "--skip-invalid per importare le altre"
                    + (f" (elenco in {args.errors})." if args.errors else ".")
                )
            result = run_import(uow, plan, TaskState(_terminal_progress("Importazione")))
        if args.profile:
            from welfare_desk.registry.profiles import save_profile

            with UnitOfWork(store) as uow:
                save_profile(uow, args.profile, kind, mapping, choices)
        if result.created + result.updated >= BULK_ROWS:
            _upkeep(store)
    finally:
        store.close()
    if args.json:
        _print_json(result.as_dict())
    else:
        print(result.summary(args.errors))
        for problem in result.refused_rows:
            print(f"Scartata — {_printable(problem.line())}")
        for warning in result.warnings:
            print(f"Avviso — {_printable(warning.line())}")
    return EXIT_OK


def _print_unsettled(unsettled: Sequence[Unsettled]) -> None:
    """Each value no vocabulary read, once, with how to settle it for all its rows."""
    from welfare_desk.reference import vocabularies

    for value in unsettled:
        rows = ", ".join(str(r) for r in value.rows[:10]) + ("…" if len(value.rows) > 10 else "")
        options = value.proposals or vocabularies()[value.field].values
        choose = " oppure ".join(value.option(o) for o in options if o)
        print(
            _printable(
                f"Da scegliere — {value.label} «{value.text}» (righe {rows}): "
                + ("proposta: " if value.proposals else "aggiungi ")
                + choose
            ),
            file=sys.stderr,
        )


def _printable(text: str) -> str:
    """Never lets a hostile file's escape codes reach the terminal."""
    return "".join(c if c.isprintable() else "?" for c in text)


def _upkeep(store: Store) -> None:
    """Statistics after a large write; the data are already saved, whatever happens here."""
    from welfare_desk.store.maintenance import after_bulk_load

    try:
        after_bulk_load(store)
    except Exception:  # the commit is done: say so rather than "nothing written"
        print(
            "Dati salvati; l'aggiornamento delle statistiche dell'archivio non è riuscito "
            "e verrà rifatto alla prossima importazione.",
            file=sys.stderr,
        )


def cmd_search(args: argparse.Namespace) -> int:
    from welfare_desk.registry.worker_hits import quick_search

    if not 1 <= args.limit <= MAX_LIMIT:
        raise CliError(f"--limit deve essere tra 1 e {MAX_LIMIT:,}.".replace(",", "."))
    hits = quick_search(args.db, args.text, args.limit)
    if hits is None:  # a store to create or upgrade, a password to ask
        from welfare_desk.registry.workers import search_workers
        from welfare_desk.store.uow import UnitOfWork

        store = _open(args, existing=True)
        try:
            with UnitOfWork(store) as uow:
                hits = search_workers(uow, args.text, limit=args.limit)
        finally:
            store.close()
    if args.json:
        _print_json(
            [
                {
                    "id": str(h.id),
                    "codice_fiscale": h.codice_fiscale,
                    "surname": h.surname,
                    "name": h.name,
                    "organization": h.organization,
                }
                for h in hits
            ]
        )
    elif not hits:
        print(f"Nessun lavoratore trovato per «{args.text}».")
    else:
        for h in hits:
            print(_printable(f"{h.codice_fiscale}  {h.surname} {h.name}  ({h.organization})"))
    return EXIT_OK


def cmd_worker(args: argparse.Namespace) -> int:
    from welfare_desk.domain.categories import CATEGORY_LABELS, Category
    from welfare_desk.domain.household import (
        DISABILITY_LABELS,
        RELATION_LABELS,
        Disability,
        Relation,
    )
    from welfare_desk.registry.workers import get_worker
    from welfare_desk.store.uow import UnitOfWork

    store = _open(args, existing=True)
    try:
        with UnitOfWork(store) as uow:
            w = get_worker(uow, args.codice_fiscale)
    finally:
        store.close()
    if args.json:
        _print_json(
            {
                "codice_fiscale": w.codice_fiscale,
                "surname": w.surname,
                "name": w.name,
                "birth_date": w.birth_date,
                "sex": w.sex,
                "organization": w.organization,
                "household": [
                    {
                        "relation": m.relation,
                        "name": f"{m.name} {m.surname}",
                        "birth_date": m.birth_date,
                        "disability": m.disability,
                        "dependent": m.dependent,
                    }
                    for m in w.household
                ],
                "categories": [{"code": c.code, "reason": c.reason} for c in w.categories],
            }
        )
        return EXIT_OK
    print(f"{w.surname} {w.name} — {w.codice_fiscale}")
    print(f"Nato/a il {w.birth_date:%d/%m/%Y}, sesso {w.sex}; {w.organization}")
    print("Nucleo familiare:" if w.household else "Nucleo familiare: nessun familiare registrato")
    for m in w.household:
        extra = [RELATION_LABELS[Relation(m.relation)], f"nato/a il {m.birth_date:%d/%m/%Y}"]
        if m.disability != Disability.NONE:
            extra.append(DISABILITY_LABELS[Disability(m.disability)])
        if m.dependent:
            extra.append("a carico")
        print(f"  - {m.name} {m.surname} ({', '.join(extra)})")
    if w.categories:
        print("Categorie destinatarie:")
        for c in w.categories:
            print(f"  - {CATEGORY_LABELS[Category(c.code)]}: {c.reason}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from welfare_desk.cases.casework import counts as case_counts
    from welfare_desk.catalogue.offer_counts import counts as catalogue_counts
    from welfare_desk.registry.workers import stats
    from welfare_desk.requests.health_funds import counts_by_status as health_counts
    from welfare_desk.requests.smart_working import counts_by_status as sw_counts
    from welfare_desk.store.uow import UnitOfWork

    store = _open(args, existing=True)
    try:
        with UnitOfWork(store) as uow:
            counts: dict[str, Any] = {
                **stats(uow),
                **case_counts(uow),
                **catalogue_counts(uow),
                "health_requests_by_status": health_counts(uow),
                "smartworking_requests_by_status": sw_counts(uow),
            }
    finally:
        store.close()
    if args.json:
        _print_json(counts)
        return EXIT_OK
    labels = {
        "workers": "Lavoratori",
        "household_members": "Familiari",
        "organizations": "Enti",
        "social_points": "Social point",
        "operators": "Operatori",
        "journal_entries": "Modifiche registrate",
    }
    labels |= {"contacts": "Colloqui", "needs": "Bisogni"}
    print(f"Archivio: {store.target.display}")
    labels |= {
        "services": "Servizi del catalogo",
        "editions": "Edizioni",
        "vouchers_issued": "Voucher emessi (non annullati)",
    }
    for key, value in counts.items():
        if key == "cases_by_status":
            from welfare_desk.domain.cases import STATUS_LABELS, CaseStatus

            text = ", ".join(f"{STATUS_LABELS[CaseStatus(k)]} {v}" for k, v in value.items())
            print(f"Percorsi: {text}")
        elif key == "enrollments_by_status":
            from welfare_desk.domain.enrollments import STATUS_LABELS as ENROLLED
            from welfare_desk.domain.enrollments import EnrollmentStatus

            text = ", ".join(f"{ENROLLED[EnrollmentStatus(k)]} {v}" for k, v in value.items())
            print(f"Iscrizioni: {text}")
        elif key in ("health_requests_by_status", "smartworking_requests_by_status"):
            from welfare_desk.domain.health_funds import HF_STATUS_LABELS
            from welfare_desk.domain.smart_working import SW_STATUS_LABELS

            health = key.startswith("health")
            what = "Pratiche fondi sanitari" if health else "Lavoro agile"
            names: dict[Any, str] = dict(HF_STATUS_LABELS if health else SW_STATUS_LABELS)
            text = ", ".join(f"{names.get(k, k)} {v}" for k, v in value.items() if v) or "nessuna"
            print(f"{what}: {text}")
        elif key == "vouchers_value":
            from welfare_desk.domain.money import format_euro

            print(f"Valore dei voucher: {format_euro(round(value * 100))}")
        else:
            print(f"{labels.get(key, key)}: {value:,}".replace(",", "."))
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    """Pushes this desk's changes to the programme's server and takes the others'; the
    first time, makes this store the server's local copy. With --folder, the same through
    a shared folder, for a programme with no server."""
    from welfare_desk.store.engine import resolve_target
    from welfare_desk.store.opening import connect
    from welfare_desk.sync.folder import folder_of, sync_with_folder
    from welfare_desk.sync.hub import hub_address, known_hub, sync_with_hub

    store = _open(args)
    try:
        known = known_hub(store)
        folder = Path(args.folder) if args.folder else folder_of(known)
        if folder is not None and not args.hub:
            where = f"Cartella condivisa: {folder}"
            report = sync_with_folder(store, folder, _folder_phrase(store, known))
        else:
            address = args.hub or known
            if not address:
                raise CliError(
                    "Indica il server con --hub, ad esempio --hub postgresql://utente@server/"
                    "welfare (la password resta nel portachiavi), oppure la cartella condivisa "
                    "con --folder PERCORSO."
                )
            hub = connect(resolve_target(address), clock=_clock(args), ask_password=_ask_password)
            try:
                points = [p.strip() for p in (args.points or "").split(",") if p.strip()]
                report = sync_with_hub(store, hub, address=hub_address(hub), points=points or None)
            finally:
                hub.close()
            where = f"Server: {hub.target.display}"
    finally:
        store.close()
    if args.json:
        _print_json(
            {
                "hub": None if folder is not None and not args.hub else where.split(": ", 1)[1],
                "folder": str(folder) if folder is not None and not args.hub else None,
                "first": report.first,
                "pushed": report.pushed,
                "replayed": report.replayed,
                "pulled": report.pulled,
                "conflicts": report.conflicts,
                "open_conflicts": report.open_conflicts,
                "pending": report.pending,
                "cursor": report.cursor,
                "notes": report.notes,
                "seconds": round(report.seconds, 3),
            }
        )
        return EXIT_OK
    print(where)
    if report.first and folder is not None and not args.hub:
        print("Questa postazione ora condivide i dati del programma attraverso la cartella.")
    elif report.first:
        print("Questa postazione ha ora la copia locale dell'archivio del programma.")
    print(f"Modifiche inviate: {report.pushed}")
    if report.replayed:
        print(f"Già arrivate in un invio interrotto: {report.replayed}")
    print(f"Modifiche ricevute: {report.pulled}")
    if report.conflicts:
        print(f"Nuovi conflitti in questa sincronizzazione: {report.conflicts}")
    if report.open_conflicts:
        print(
            f"Conflitti da risolvere: {report.open_conflicts} (nel programma, «Conflitti "
            "di sincronizzazione»)"
        )
    if report.pending:
        print(f"Modifiche fatte nel frattempo, da inviare: {report.pending}")
    for note in report.notes:
        print(f"Attenzione: {note}")
    return EXIT_OK


def _folder_phrase(store: Any, known: str | None) -> str | None:
    """The shared folder's phrase, asked only when this desk does not know the folder yet
    (it keeps its key after): WELFARE_DESK_FOLDER_PASSPHRASE, else the terminal."""
    if known is not None:
        return None
    given = os.environ.get("WELFARE_DESK_FOLDER_PASSPHRASE")
    if given:
        return given
    if not sys.stdin.isatty():
        raise CliError(
            "Serve la frase della cartella condivisa: senza terminale, dalla con la variabile "
            "WELFARE_DESK_FOLDER_PASSPHRASE."
        )
    import getpass

    try:
        typed = getpass.getpass("Frase della cartella condivisa: ")
    except (EOFError, KeyboardInterrupt):
        typed = ""
    if not typed:
        raise CliError("Senza la frase della cartella condivisa non si sincronizza.")
    return typed


def cmd_agenda(args: argparse.Namespace) -> int:
    from welfare_desk.cases.agenda import agenda
    from welfare_desk.domain.dates import DateFormatError, parse_date
    from welfare_desk.store.uow import UnitOfWork

    today = _clock(args).today()
    try:
        until = (
            parse_date(args.until) if args.until else today + timedelta(days=6 - today.weekday())
        )
    except DateFormatError as exc:
        raise CliError(f"--until: {exc}") from None
    store = _open(args, existing=True)
    try:
        with UnitOfWork(store) as uow:
            items = agenda(uow, today, until, args.owner)
    finally:
        store.close()
    if args.json:
        _print_json(
            [
                {
                    "kind": i.kind,
                    "due": i.due,
                    "overdue": i.overdue,
                    "worker": i.worker,
                    "case_number": i.case_number,
                    "title": i.title,
                }
                for i in items
            ]
        )
    elif not items:
        print(f"Niente in scadenza fino al {until:%d/%m/%Y}.")
    else:
        from welfare_desk.domain.agenda import days_text

        for i in items:
            kind = {
                "action": "azione",
                "review": "verifica",
                "health": "fondo sanitario",
                "ministry": "lavoro agile",
            }.get(i.kind, i.kind)
            print(
                _printable(
                    f"{i.due:%d/%m/%Y} ({days_text(i.due, today)})  {i.case_number}  "
                    f"{i.worker}  {kind}: {i.title}"
                )
            )
    return EXIT_OK


def cmd_case(args: argparse.Namespace) -> int:
    from welfare_desk.cases.casework import case_detail
    from welfare_desk.store.uow import UnitOfWork

    store = _open(args, existing=True)
    try:
        with UnitOfWork(store) as uow:
            detail = case_detail(uow, args.number)
    finally:
        store.close()
    if args.json:
        _print_json(detail)
        return EXIT_OK
    print(_printable(f"{detail['number']} — {detail['worker']} — {detail['status']}"))
    print(_printable(f"Responsabile: {detail['owner'] or '—'}"))
    for goal in detail["goals"]:
        target = f", entro il {goal['target_date']:%d/%m/%Y}" if goal["target_date"] else ""
        print(_printable(f"  Obiettivo: {goal['title']}{target} — esito: {goal['outcome'] or '—'}"))
        for action in goal["actions"]:
            due = f"{action['due']:%d/%m/%Y}" if action["due"] else "senza data"
            print(_printable(f"    - {action['type']} ({due}): {action['status']}"))
    return EXIT_OK


def cmd_match(args: argparse.Namespace) -> int:
    from welfare_desk.catalogue.matching import match_worker
    from welfare_desk.domain.money import format_euro
    from welfare_desk.registry.workers import get_worker
    from welfare_desk.store.uow import UnitOfWork

    store = _open(args, existing=True)
    try:
        with UnitOfWork(store) as uow:
            worker = get_worker(uow, args.codice_fiscale)
            found = match_worker(uow, worker.id, uow.clock.today(), args.near_misses)
    finally:
        store.close()
    if args.json:
        _print_json(
            [
                {
                    "edition": m.edition_title,
                    "service": m.service_name,
                    "provider": m.provider_name,
                    "person": m.person,
                    "eligible": m.eligible,
                    "reasons": list(m.reasons),
                    "price": m.price_cents / 100,
                    "places_left": m.places_left,
                    "starts_on": m.starts_on,
                    "ends_on": m.ends_on,
                }
                for m in found
            ]
        )
        return EXIT_OK
    if not found:
        print(_printable(f"Nessun servizio aperto adatto a {worker.name} {worker.surname}."))
    for m in found:
        mark = "✓" if m.eligible else "✗"
        print(
            _printable(
                f"{mark} {m.service_name} – {m.edition_title} ({m.provider_name}), "
                f"{m.starts_on:%d/%m/%Y}–{m.ends_on:%d/%m/%Y}, per {m.person}: "
                f"{format_euro(m.price_cents)}, posti liberi {m.places_left}"
            )
        )
        for reason in m.reasons:
            print(_printable(f"    · {reason}"))
    return EXIT_OK


def cmd_decisions(args: argparse.Namespace) -> int:
    """The smart-working requests waiting for the employer's decision (HR analysts)."""
    from welfare_desk.requests.decisions import decision_queue
    from welfare_desk.store.uow import UnitOfWork

    store = _open(args, existing=True)
    try:
        with UnitOfWork(store) as uow:
            rows = decision_queue(uow)
    finally:
        store.close()
    if args.json:
        _print_json(rows)
        return EXIT_OK
    if not rows:
        print("Nessuna richiesta di lavoro agile in attesa di decisione.")
    for row in rows:
        period = f"dal {row.starts_on:%d/%m/%Y}" + (
            f" al {row.ends_on:%d/%m/%Y}" if row.ends_on else ""
        )
        print(
            f"{row.number}  {row.person} ({row.employer})  {row.days_per_week} gg/sett. "
            f"{period}  {row.status_label}"
            + (f"  PRIORITÀ: {row.category}" if row.priority else "")
        )
    return EXIT_OK


def cmd_requests(args: argparse.Namespace) -> int:
    from welfare_desk.domain.health_funds import HF_STATUS_LABELS
    from welfare_desk.requests.both import requests_of
    from welfare_desk.store.uow import UnitOfWork

    rows: list[dict[str, Any]] = []
    spoken: dict[str, str] = {}  # a withdrawal still in its notice says so
    store = _open(args, existing=True)
    try:
        with UnitOfWork(store) as uow:
            found = requests_of(uow, args.kind, args.status)
            for h in found.health:
                rows.append(
                    {
                        "number": h.number,
                        "kind": "health",
                        "worker": h.worker,
                        "status": h.status,
                        "priority": None,
                        "due": h.due,
                        "amount_claimed": h.claimed_cents / 100,
                    }
                )
            for r in found.smart_working:
                spoken[r.number] = r.status_text(uow.clock.today())
                rows.append(
                    {
                        "number": r.number,
                        "kind": "smartworking",
                        "worker": r.worker,
                        "status": r.status,
                        "priority": r.priority_text or None,
                        "due": None,
                        "amount_claimed": None,
                    }
                )
    finally:
        store.close()
    if args.json:
        _print_json(rows)
        return EXIT_OK
    if not rows:
        print("Nessuna pratica.")
    for row in rows:
        extra = []
        if row["priority"]:
            extra.append(f"priorità: {row['priority']}")
        if row["due"]:
            extra.append(f"scadenza {row['due']:%d/%m/%Y}")
        if row["amount_claimed"]:
            from welfare_desk.domain.money import format_euro

            extra.append(f"richiesti {format_euro(round(row['amount_claimed'] * 100))}")
        tail = f" ({'; '.join(extra)})" if extra else ""
        status = spoken.get(row["number"]) or HF_STATUS_LABELS.get(row["status"], row["status"])
        print(_printable(f"{row['number']}  {row['worker']}  {status}{tail}"))
    return EXIT_OK


def cmd_print(args: argparse.Namespace) -> int:
    from welfare_desk.store.uow import UnitOfWork

    out = _out(args.out, (".pdf",))
    if args.document == "agreement":
        from welfare_desk.documents.agreement_pdf import write_agreement
        from welfare_desk.requests.smart_working import agreement_document

        store = _open(args, existing=True)
        try:
            with UnitOfWork(store) as uow:
                document = agreement_document(uow, args.number)
        finally:
            store.close()
        _save(out, lambda path: write_agreement(path, document))
        return _saved(
            args,
            f"Accordo {document.number} salvato in {out}.",
            file=str(out),
            number=document.number,
        )
    if args.document == "notice":
        from welfare_desk.documents.notice_pdf import write_notice
        from welfare_desk.registry.privacy import notice_document
        from welfare_desk.registry.workers import get_worker

        store = _open(args, existing=True)
        try:
            with UnitOfWork(store) as uow:
                person = get_worker(uow, args.codice_fiscale).id if args.codice_fiscale else None
                notice = notice_document(uow, person)
        finally:
            store.close()
        _save(out, lambda path: write_notice(path, notice))
        return _saved(args, f"Informativa {notice.version} salvata in {out}.", file=str(out))
    if args.document == "person":
        from welfare_desk.documents.person_pdf import write_person
        from welfare_desk.registry.subject_access import person_document

        store = _open(args, existing=True)
        try:
            with UnitOfWork(store) as uow:
                data = person_document(uow, args.codice_fiscale, args.reason or "")
        finally:
            store.close()
        _save(out, lambda path: write_person(path, data))
        return _saved(args, f"I dati della persona salvati in {out}.", file=str(out))
    if args.document == "path":
        from welfare_desk.documents.path_pdf import write_path
        from welfare_desk.reporting.path_summary import path_summary

        store = _open(args, existing=True)
        try:
            with UnitOfWork(store) as uow:
                summary = path_summary(uow, args.codice_fiscale, uow.clock.today())
        finally:
            store.close()
        _save(out, lambda path: write_path(path, summary))
        return _saved(args, f"Il percorso di {summary.worker} salvato in {out}.", file=str(out))
    from welfare_desk.catalogue.handout import handout
    from welfare_desk.documents.handout_pdf import write_handout
    from welfare_desk.domain.dates import DateFormatError, parse_date

    bounds: list[date | None] = []
    for flag, text in (("--from", args.start), ("--to", args.end)):
        try:
            bounds.append(parse_date(text) if text else None)
        except DateFormatError as exc:
            raise CliError(f"{flag}: {exc} Scrivila come 2026-06-01 o 01/06/2026.") from None
    store = _open(args, existing=True)
    try:
        with UnitOfWork(store) as uow:
            sheet = handout(
                uow, args.org, args.category, bounds[0], bounds[1], today=uow.clock.today()
            )
    finally:
        store.close()
    pages: list[int] = []
    _save(out, lambda path: pages.append(write_handout(path, sheet)))
    services = f"{sheet.service_count} serviz{'io' if sheet.service_count == 1 else 'i'}"
    sheets = f"{pages[0]} pagin{'a' if pages[0] == 1 else 'e'}"
    return _saved(
        args,
        f"Catalogo per il welfare day ({services}, {sheets}) salvato in {out}.",
        file=str(out),
        services=sheet.service_count,
        pages=pages[0],
    )


def _saved(args: argparse.Namespace, message: str, **facts: Any) -> int:
    """What a saved document was: one Italian line, or with --json the facts alone."""
    if args.json:
        _print_json(facts)
    else:
        print(message)
    return EXIT_OK


def _out(text: str, suffixes: tuple[str, ...]) -> Path:
    out = Path(text)
    if out.suffix.lower() not in suffixes:
        raise CliError(
            f"«{out.name}»: il documento si salva con estensione " + " o ".join(suffixes) + "."
        )
    if out.is_dir():
        raise CliError(f"«{out}» è una cartella: scrivi il nome del file da creare.")
    if not out.parent.is_dir():
        raise CliError(f"La cartella «{out.parent}» non esiste: creala o scegline un'altra.")
    return out


def _save(out: Path, write: Any) -> None:
    from welfare_desk.documents.output import whole_file, why_not_written

    try:
        with whole_file(out) as temporary:
            write(temporary)
    except OSError as exc:
        raise CliError(
            f"«{out}» non salvato: {why_not_written(exc)}. Non è stato scritto nulla.",
            EXIT_FAILURE,
        ) from None


def cmd_report(args: argparse.Namespace) -> int:
    from welfare_desk.domain.periods import parse_quarter
    from welfare_desk.domain.problems import DomainError
    from welfare_desk.store.uow import UnitOfWork

    if args.report == "quarterly":
        from welfare_desk.reporting.quarterly import quarterly_report

        out = _out(args.out, (".xlsx", ".pdf"))
        try:
            quarter = parse_quarter(args.quarter)
        except DomainError as exc:
            raise CliError(exc.message) from None
        from welfare_desk.documents.quarterly_pdf import write_quarterly_pdf
        from welfare_desk.documents.quarterly_xlsx import write_quarterly_xlsx

        pdf = out.suffix.lower() == ".pdf"

        def written(made: Any) -> None:
            if pdf:
                _save(out, lambda path: write_quarterly_pdf(path, made))
            else:
                _save(out, lambda path: write_quarterly_xlsx(path, made))

        # The file is written before the freeze is committed: both, or neither (#18).
        store = _open(args, existing=True)
        try:
            with UnitOfWork(store) as uow:
                report = quarterly_report(
                    uow, quarter, args.org, uow.clock.today(), args.reissue, write=written
                )
        finally:
            store.close()
        state = "provvisoria" if report.provisional else "definitiva"
        return _saved(
            args,
            f"Sintesi {state} del {report.quarter.label} ({report.employer}) salvata in {out}.",
            file=str(out),
            quarter=report.quarter.code,
            employer=report.employer,
            provisional=report.provisional,
            frozen_on=report.frozen_on,
        )
    if args.report == "funder":
        return _funder(args)
    raise CliError(f"Report sconosciuto: {args.report}.")


def _funder(args: argparse.Namespace) -> int:
    import json

    from welfare_desk.documents.funder_xlsx import write_funder_xlsx
    from welfare_desk.domain.dates import DateFormatError, parse_date
    from welfare_desk.reporting.funder import funder_report
    from welfare_desk.store.uow import UnitOfWork

    out = _out(args.out, (".xlsx",))
    bounds = []
    for flag, text in (("--from", args.start), ("--to", args.end)):
        try:
            bounds.append(parse_date(text))
        except DateFormatError as exc:
            raise CliError(f"{flag}: {exc} Scrivila come 2026-01-31 o 31/01/2026.") from None
    layout = None
    if args.layout:
        try:
            layout = json.loads(Path(args.layout).read_text(encoding="utf-8"))
        except OSError as exc:
            raise CliError(
                f"--layout: impossibile leggere «{args.layout}» ({exc.strerror})."
            ) from None
        except ValueError as exc:
            raise CliError(f"--layout: «{args.layout}» non è un JSON valido ({exc}).") from None
        except RecursionError:
            raise CliError(
                f"--layout: «{args.layout}» è annidato troppo in profondità per essere "
                "un'impaginazione: parti da db/reference/funder_report.json."
            ) from None
        if not isinstance(layout, dict) or not isinstance(layout.get("sheets"), list):
            raise CliError(f"--layout: «{args.layout}» deve avere un elenco «sheets».")
    store = _open(args, existing=True)
    try:
        with UnitOfWork(store) as uow:
            report = funder_report(uow, bounds[0], bounds[1], args.programme, layout)
    finally:
        store.close()
    _save(out, lambda path: write_funder_xlsx(path, report))
    return _saved(
        args,
        f"Rendicontazione {report.programme} dal {report.start:%d/%m/%Y} al "
        f"{report.end:%d/%m/%Y} salvata in {out}.",
        file=str(out),
        programme=report.programme,
        start=report.start,
        end=report.end,
    )


def cmd_benefits(args: argparse.Namespace) -> int:
    """The employer's other benefits from a payroll file, whole or not at all."""
    from welfare_desk.catalogue.benefits_import import import_benefits, plan_benefits
    from welfare_desk.spreadsheets.tabular import read_sheet
    from welfare_desk.store.uow import UnitOfWork

    sheet = read_sheet(Path(args.file), args.sheet)
    store = _open(args, existing=True)
    try:
        with UnitOfWork(store) as uow:
            plan = plan_benefits(uow, sheet)
            if plan.refused:
                for refused in plan.refused:
                    print(_printable(refused.line()), file=sys.stderr)
                raise CliError(
                    f"Importazione annullata: "
                    f"{how_many(len(plan.refused), 'riga', 'righe')} da correggere, "
                    "nessun dato scritto."
                )
            result = import_benefits(uow, plan)
    finally:
        store.close()
    print(_printable(result.summary()))
    return EXIT_OK


_KIND_NAMES = {"workers": "lavoratori", "household": "familiari", "catalogue": "catalogo"}


def cmd_profile(args: argparse.Namespace) -> int:
    """The senders' import profiles: listed, shown, corrected, renamed, removed."""
    from welfare_desk.registry import profiles
    from welfare_desk.store.uow import UnitOfWork

    store = _open(args, existing=True)
    try:
        with UnitOfWork(store) as uow:
            if args.action == "list":
                return _list_profiles(args, profiles.profile_lines(uow))
            if args.action == "rename":
                name = profiles.rename_profile(uow, args.name, args.new_name)
                print(f"Profilo rinominato: ora si chiama «{name}».")
                return EXIT_OK
            if args.action == "delete":
                kept = profiles.profile(uow, args.name)
                _confirm(args, f"Eliminare il profilo «{kept.name}»? Non si può annullare.")
                profiles.delete_profile(uow, kept.name)
                print(f"Profilo «{kept.name}» eliminato; i dati già importati restano.")
                return EXIT_OK
            if args.action == "edit":
                kept = profiles.edit_profile(
                    uow,
                    args.name,
                    columns=_parse_mapping(args.map or []),
                    choices=dict(_choice(option) for option in args.value or []),
                    forget_columns=args.forget_column or [],
                    forget_values=[_value_key(option) for option in args.forget_value or []],
                )
            else:
                kept = profiles.profile(uow, args.name)
    finally:
        store.close()
    return _show_profile(args, kept)


def _choice(option: str) -> tuple[tuple[str, str], str]:
    from welfare_desk.spreadsheets.values import parse_choice

    return parse_choice(option)


def _value_key(option: str) -> tuple[str, str]:
    """`FIELD:"testo"` as the profile keeps it."""
    from welfare_desk.domain.vocabulary import normalise

    field, colon, text = option.partition(":")
    if not colon or not field.strip() or not text.strip():
        raise CliError(f'«{option}» non è valido: scrivi --forget-value CAMPO:"testo".')
    return field.strip(), normalise(text.strip().strip('"').strip("«»"))


def _confirm(args: argparse.Namespace, question: str) -> None:
    """What cannot be undone is asked first: on the terminal, or with --yes in a script."""
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise CliError(f"{question} Conferma con --yes.")
    print(f"{question} [s/N] ", end="", file=sys.stderr, flush=True)
    if sys.stdin.readline().strip().lower() not in ("s", "si", "sì", "y", "yes"):
        raise CliError("Nulla è cambiato.")


def _list_profiles(args: argparse.Namespace, lines: Sequence[Any]) -> int:
    if args.json:
        _print_json([{**asdict(p), "kind": p.kind.value} for p in lines])
        return EXIT_OK
    if not lines:
        print("Nessun profilo: se ne crea uno importando un file con --profile NOME.")
    for p in lines:
        print(
            f"{_printable(p.name)} — {_KIND_NAMES[p.kind.value]}: {p.columns} colonne, "
            f"{p.values} valori; salvato il {p.saved:%d/%m/%Y}"
        )
    return EXIT_OK


def _show_profile(args: argparse.Namespace, kept: Any) -> int:
    from welfare_desk.reference import vocabularies
    from welfare_desk.spreadsheets.columns import spec

    if args.json:
        values = [{"field": f, "text": t, "value": v} for (f, t), v in kept.choices.items()]
        _print_json(
            {
                "name": kept.name,
                "kind": kept.kind.value,
                "columns": kept.columns,
                "values": values,
            }
        )
        return EXIT_OK
    print(f"Profilo «{_printable(kept.name)}» — {_KIND_NAMES[kept.kind.value]}")
    for field, column in sorted(kept.columns.items()):
        print(f"  Colonna — {spec(kept.kind, field).label} ({field}): «{_printable(column)}»")
    known = vocabularies()
    for (field, text), value in sorted(kept.choices.items()):
        vocabulary = known[field]
        print(
            f"  Valore — {vocabulary.label} ({field}) «{_printable(text)}» = "
            f"{vocabulary.label_of(value) or value} ({value})"
        )
    if not kept.columns and not kept.choices:
        print("  (vuoto: le colonne e i valori si riconoscono da soli)")
    return EXIT_OK


def cmd_recovery_key(args: argparse.Namespace) -> int:
    """Prints the store's recovery key for an administrator to keep in a safe place."""
    from welfare_desk.access.store_key import recovery_key
    from welfare_desk.store.uow import UnitOfWork

    store = _open(args, existing=True)
    try:
        with UnitOfWork(store) as uow:
            key = recovery_key(uow, args.reason or "")
    finally:
        store.close()
    print(key)
    print(
        "Chiave di recupero dell'archivio: conservala stampata in un luogo chiuso, lontano "
        "dal PC. Chi la ha legge l'archivio e le sue copie.",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_remember_password(args: argparse.Namespace) -> int:
    from welfare_desk.store import credentials
    from welfare_desk.store.engine import resolve_target

    target = resolve_target(args.db)
    if target.is_sqlite:
        raise CliError("Un archivio SQLite non ha password: serve solo per PostgreSQL.")
    if not credentials.keyring_available():
        raise CliError(
            "Su questo computer non c'è un portachiavi di sistema utilizzabile: la password "
            "verrà chiesta a ogni sessione e non sarà mai salvata su file.",
            EXIT_FAILURE,
        )
    password = _ask_password("Password da conservare nel portachiavi di sistema.", target.url)
    if not password:
        raise CliError("Nessuna password inserita: non ho salvato nulla.")
    from welfare_desk.store.engine import Target, create_pg_engine

    # A wrong password is refused here rather than remembered.
    create_pg_engine(Target(target.url.set(password=password)), None).dispose()
    credentials.save_password(target.url, password)
    print(f"Password salvata nel portachiavi per {credentials.account(target.url)}.")
    return EXIT_OK


def _desk(args: argparse.Namespace) -> int:
    """No command: the desk's window (Qt is imported only here)."""
    try:
        from welfare_desk.gui.app import run_desk
    except ImportError as exc:
        raise CliError(
            f"Le finestre non si aprono: manca una libreria di sistema di Qt ({exc.name or exc}). "
            "Vedi il README, sezione «Requisiti su Linux».",
            EXIT_FAILURE,
        ) from None
    return run_desk(args.db, Path(args.smoke) if args.smoke else None, args.lang, args.today)


class _Parser(argparse.ArgumentParser):
    """argparse in Italian, exiting 2 with one line on a usage error."""

    def error(self, message: str) -> Any:
        head, found, rest = message.partition("unrecognized arguments: ")
        if found:  # a password typed as an argument must not be printed back
            names = [word if word.startswith("-") else "…" for word in rest.split()]
            message = head + found + " ".join(names)
        for english, italian in _ARGPARSE_WORDS:
            message = message.replace(english, italian)
        raise CliError(f"Comando non valido: {message}. Vedi welfare-desk --help.")


# argparse's own messages, as an Italian office would read them.
_ARGPARSE_WORDS = (
    ("the following arguments are required:", "mancano gli argomenti"),
    ("unrecognized arguments:", "argomenti non riconosciuti:"),
    ("invalid choice:", "scelta non valida:"),
    ("choose from", "scegli tra"),
    ("expected one argument", "serve un valore"),
    ("argument ", "argomento "),
)


def _roles() -> list[Any]:
    from welfare_desk.domain.access import Role

    return list(Role)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="welfare-desk",
        description="Welfare Desk: archivio di lavoratori e famiglie per i programmi di welfare.",
    )
    parser.add_argument("--version", action="version", version=f"welfare-desk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="archivio da usare: percorso di un file SQLite o postgresql://utente@server/db "
        "(predefinito: il file nella cartella dati dell'utente)",
    )
    parser.add_argument("--json", action="store_true", help="stampa solo JSON")
    parser.add_argument(
        "--operator",
        metavar="NOME",
        help="chi esegue il comando, in un archivio con operatori (o WELFARE_DESK_OPERATOR); "
        "la password si scrive al terminale, o viene dal portachiavi o da "
        "WELFARE_DESK_PASSWORD, mai come argomento",
    )
    parser.add_argument(
        "--smoke",
        metavar="OUT.png",
        help="apre il programma, attende la prima pagina, ne salva l'immagine ed esce",
    )
    parser.add_argument("--lang", choices=["it", "en"], help="lingua delle finestre")
    parser.add_argument(
        "--today",
        type=_day,
        metavar="AAAA-MM-GG",
        help="lavora come se oggi fosse questo giorno (prove, assistenza); la barra di stato "
        "del programma lo ricorda",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMANDO", parser_class=_Parser)

    p = sub.add_parser("init", help="crea o aggiorna l'archivio")
    p.add_argument(
        "--admin",
        metavar="NOME",
        help="crea anche il primo amministratore (la password si scrive al terminale o in "
        "WELFARE_DESK_PASSWORD)",
    )
    p.add_argument("--name", metavar="NOME_COGNOME", help="nome e cognome dell'amministratore")
    p.add_argument(
        "--also-manager",
        action="store_true",
        help="l'amministratore segue anche i lavoratori (un programma piccolo)",
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("operator", help="gli operatori dell'archivio (solo amministratori)")
    actions = p.add_subparsers(dest="action", required=True, metavar="AZIONE")
    a = actions.add_parser("list", help="elenca gli operatori")
    a = actions.add_parser(
        "add",
        help="crea un operatore (la prima password al terminale o in WELFARE_DESK_NEW_PASSWORD)",
    )
    a.add_argument("login", metavar="NOME")
    a.add_argument("--role", required=True, choices=[r.value for r in _roles()])
    a.add_argument("--name", metavar="NOME_COGNOME")
    a.add_argument("--org", action="append", metavar="AZIENDA", help="ripetibile")
    a.add_argument("--point", action="append", metavar="SOCIAL_POINT", help="ripetibile")
    a.add_argument(
        "--also-manager", action="store_true", help="un amministratore che segue anche i lavoratori"
    )
    a = actions.add_parser("disable", help="disattiva un operatore")
    a.add_argument("login", metavar="NOME")
    p.set_defaults(func=cmd_operator)

    p = sub.add_parser("demo", help="riempie un archivio vuoto con dati dimostrativi")
    p.add_argument("--workers", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument(
        "--full",
        action="store_true",
        help="un programma alle sue proporzioni reali: tre anni, circa dieci contatti e due "
        "percorsi per lavoratore (per le prove di velocità)",
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "import", help="importa lavoratori, familiari o il catalogo di un ente da .xlsx o .csv"
    )
    p.add_argument("kind", choices=["workers", "household", "catalogue"])
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sheet", help="nome del foglio (predefinito: il primo)")
    p.add_argument(
        "--map",
        action="append",
        metavar="CAMPO=COLONNA",
        help="associa un campo a una colonna dal nome diverso (ripetibile)",
    )
    p.add_argument(
        "--value",
        action="append",
        metavar='CAMPO:"testo"=valore',
        help='un valore scritto nel file a modo suo, ad esempio disability:"Sì"=art3_c3',
    )
    p.add_argument(
        "--profile",
        metavar="NOME",
        help="il profilo del mittente: riprende colonne e valori già scelti e li ricorda",
    )
    p.add_argument("--skip-invalid", action="store_true", help="importa le righe valide")
    p.add_argument("--errors", metavar="OUT.xlsx", help="salva le righe scartate con il motivo")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("search", help="cerca lavoratori per cognome, nome, codice o azienda")
    p.add_argument("text", metavar="TESTO")
    p.add_argument("--limit", type=int, default=20, metavar="N")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("worker", help="mostra la scheda di un lavoratore")
    p.add_argument("codice_fiscale", metavar="CODICE_FISCALE")
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("agenda", help="azioni e verifiche in scadenza")
    p.add_argument(
        "--owner", metavar="NOME", help="solo i percorsi di questo referente (nome e cognome)"
    )
    p.add_argument(
        "--until", metavar="AAAA-MM-GG", help="fino a questo giorno (predefinito: domenica)"
    )
    p.set_defaults(func=cmd_agenda)

    p = sub.add_parser("case", help="mostra un percorso personalizzato")
    p.add_argument("number", metavar="NUMERO", help="ad esempio SP01-2026-0042")
    p.set_defaults(func=cmd_case)

    p = sub.add_parser("match", help="i servizi del catalogo adatti a un lavoratore e famiglia")
    p.add_argument("codice_fiscale", metavar="CODICE_FISCALE")
    p.add_argument(
        "--near-misses", action="store_true", help="mostra anche i servizi esclusi e perché"
    )
    p.set_defaults(func=cmd_match)

    p = sub.add_parser("requests", help="pratiche dei fondi sanitari e richieste di lavoro agile")
    p.add_argument("--kind", choices=["health", "smartworking"])
    p.add_argument("--status", metavar="STATO")
    p.set_defaults(func=cmd_requests)

    p = sub.add_parser("print", help="stampa un documento in PDF")
    documents = p.add_subparsers(dest="document", required=True, metavar="DOCUMENTO")
    d = documents.add_parser("agreement", help="l'accordo individuale di lavoro agile")
    d.add_argument("number", metavar="NUMERO", help="ad esempio LA-2026-00001")
    d.add_argument("--out", required=True, metavar="FILE.pdf")
    d = documents.add_parser("notice", help="l'informativa privacy (art. 13 GDPR)")
    d.add_argument(
        "codice_fiscale", nargs="?", metavar="CODICE_FISCALE", help="con il nome della persona"
    )
    d.add_argument("--out", required=True, metavar="FILE.pdf")
    d = documents.add_parser(
        "person", help="tutti i dati di una persona, da leggere (accesso, art. 15 GDPR)"
    )
    d.add_argument("codice_fiscale", metavar="CODICE_FISCALE")
    d.add_argument("--out", required=True, metavar="FILE.pdf")
    d.add_argument("--reason", metavar="MOTIVO", help="perché (obbligatorio)")
    d = documents.add_parser("path", help="il riepilogo del percorso, da dare al lavoratore")
    d.add_argument("codice_fiscale", metavar="CODICE_FISCALE")
    d.add_argument("--out", required=True, metavar="FILE.pdf")
    d = documents.add_parser("handout", help="il catalogo dei servizi per un welfare day")
    d.add_argument("--org", metavar="AZIENDA", help="i servizi aperti ai suoi lavoratori")
    d.add_argument("--category", metavar="AREA", help="ad esempio childcare")
    d.add_argument("--from", dest="start", metavar="AAAA-MM-GG")
    d.add_argument("--to", dest="end", metavar="AAAA-MM-GG")
    d.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_print)

    p = sub.add_parser("report", help="sintesi per HR e rendicontazione, senza dati personali")
    reports = p.add_subparsers(dest="report", required=True, metavar="REPORT")
    q = reports.add_parser("quarterly", help="sintesi trimestrale per HR (XLSX o PDF)")
    q.add_argument("--quarter", required=True, metavar="AAAAQn", help="ad esempio 2026Q3")
    q.add_argument("--org", metavar="AZIENDA", help="una sola azienda; senza, tutte")
    q.add_argument("--out", required=True, metavar="FILE.xlsx|FILE.pdf")
    q.add_argument(
        "--reissue",
        action="store_true",
        help="conta di nuovo un trimestre già emesso (dati inseriti in ritardo)",
    )
    f = reports.add_parser("funder", help="rendicontazione per l'ente finanziatore (XLSX)")
    f.add_argument("--from", dest="start", required=True, metavar="AAAA-MM-GG")
    f.add_argument("--to", dest="end", required=True, metavar="AAAA-MM-GG")
    f.add_argument("--programme", metavar="PROGRAMMA", help="un solo programma; senza, tutti")
    f.add_argument("--layout", metavar="FILE.json", help="un'impaginazione diversa da quella data")
    f.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser(
        "sync", help="sincronizza questa postazione con l'archivio del programma sul server"
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--hub",
        metavar="INDIRIZZO",
        help="il server PostgreSQL del programma (la prima volta; poi è ricordato)",
    )
    p.add_argument(
        "--points",
        metavar="SP01,SP02",
        help="con --hub, la prima volta: la copia locale tiene solo le persone di questi punti "
        "sociali (un portatile che porta con sé solo chi segue)",
    )
    where.add_argument(
        "--folder",
        metavar="PERCORSO",
        help="una cartella condivisa (di rete o sincronizzata), per un programma senza server "
        "(la prima volta; poi è ricordata)",
    )
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("stats", help="conta lavoratori, familiari, enti…")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser(
        "benefits",
        help="importa gli altri benefit dell'azienda da un file del cedolino (fringe benefit)",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sheet", help="nome del foglio (predefinito: il primo)")
    p.set_defaults(func=cmd_benefits)

    p = sub.add_parser("profile", help="i profili dei mittenti: colonne e valori già scelti")
    actions = p.add_subparsers(dest="action", required=True, metavar="AZIONE")
    a = actions.add_parser("list", help="elenca i profili")
    a = actions.add_parser("show", help="mostra colonne e valori di un profilo")
    a.add_argument("name", metavar="NOME")
    a = actions.add_parser("edit", help="corregge un profilo senza importare")
    a.add_argument("name", metavar="NOME")
    a.add_argument("--map", action="append", metavar="CAMPO=COLONNA", help="ripetibile")
    a.add_argument("--value", action="append", metavar='CAMPO:"testo"=valore')
    a.add_argument("--forget-column", action="append", metavar="CAMPO")
    a.add_argument("--forget-value", action="append", metavar='CAMPO:"testo"')
    a = actions.add_parser("rename", help="cambia il nome di un profilo")
    a.add_argument("name", metavar="NOME")
    a.add_argument("new_name", metavar="NUOVO_NOME")
    a = actions.add_parser("delete", help="elimina un profilo (i dati importati restano)")
    a.add_argument("name", metavar="NOME")
    a.add_argument("--yes", action="store_true", help="non chiedere conferma")
    p.set_defaults(func=cmd_profile)

    p = sub.add_parser(
        "export-person",
        help="tutti i dati di una persona in un file JSON (accesso e portabilità, GDPR)",
    )
    p.add_argument("codice_fiscale", metavar="CODICE_FISCALE")
    p.add_argument("--out", required=True, metavar="FILE.json")
    p.add_argument("--reason", metavar="MOTIVO", help="perché (ad esempio la richiesta del...)")
    p.set_defaults(func=cmd_export_person)

    p = sub.add_parser(
        "decisions",
        help="le richieste di lavoro agile in attesa della decisione del datore di lavoro, "
        "con la priorità di legge ma senza dati sanitari (analisti HR)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_decisions)

    p = sub.add_parser(
        "purge",
        help="conservazione dei dati: elenca ciò che ha superato il periodo di conservazione; "
        "con --confirm lo elimina (amministratori)",
    )
    p.add_argument("--confirm", action="store_true", help="elimina ciò che è elencato")
    p.add_argument("--reason", metavar="MOTIVO", help="perché (obbligatorio con --confirm)")
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser(
        "erase",
        help="cancella i dati di una persona (art. 17 GDPR); senza --confirm mostra solo "
        "che cosa si cancellerebbe e che cosa si conserva per obbligo",
    )
    p.add_argument("codice_fiscale", metavar="CODICE_FISCALE")
    p.add_argument("--confirm", action="store_true", help="esegui la cancellazione")
    p.add_argument("--reason", metavar="MOTIVO", help="perché (obbligatorio con --confirm)")
    p.set_defaults(func=cmd_erase)

    p = sub.add_parser(
        "audit", help="chi ha consultato, stampato o esportato i dati di chi (amministratori)"
    )
    p.add_argument("--worker", metavar="CODICE_FISCALE", help="solo i dati di questa persona")
    p.add_argument("--by", metavar="OPERATORE", help="solo ciò che ha fatto questo operatore")
    p.add_argument("--since", type=_day, metavar="AAAA-MM-GG", help="da questo giorno")
    p.add_argument("--limit", type=int, default=1000, metavar="N")
    p.add_argument("--out", metavar="FILE.xlsx", help="salva le righe in una cartella Excel")
    p.add_argument("--reason", metavar="MOTIVO", help="perché si esporta (obbligatorio con --out)")
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser(
        "recovery-key",
        help="mostra la chiave di recupero di un archivio SQLite cifrato (amministratori)",
    )
    p.add_argument("--reason", metavar="MOTIVO", help="perché serve (obbligatorio)")
    p.set_defaults(func=cmd_recovery_key)

    p = sub.add_parser(
        "remember-password", help="conserva la password PostgreSQL nel portachiavi di sistema"
    )
    p.set_defaults(func=cmd_remember_password)
    return parser


def _move_global_flags(argv: list[str]) -> list[str]:
    """Lets --json, --today and --operator follow the subcommand, as in `welfare-desk
    search rossi --json` or `welfare-desk agenda --today 2027-01-04`."""
    if "--json" in argv:
        argv = ["--json", *[a for a in argv if a != "--json"]]
    for flag in ("--today", "--operator"):
        argv = _flag_first(argv, flag)
    return argv


def _flag_first(argv: list[str], flag: str) -> list[str]:
    for at, arg in enumerate(argv):
        if arg.startswith(f"{flag}="):
            return [arg, *argv[:at], *argv[at + 1 :]]
        if arg == flag:  # with its value, if it has one
            return [*argv[at : at + 2], *argv[:at], *argv[at + 2 :]]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    args_list = _move_global_flags(list(sys.argv[1:] if argv is None else argv))
    try:
        args = build_parser().parse_args(args_list)
        if not getattr(args, "func", None):
            return _desk(args)
        return int(args.func(args))
    except CliError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Interrotto: nessun dato scritto.", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:  # `welfare-desk agenda | head`: the reader has had enough
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # the only place that turns any failure into one line
        return _report(exc)


def _report(exc: Exception) -> int:
    from welfare_desk.errors import ServiceError
    from welfare_desk.store.cipher import KeyRequired
    from welfare_desk.store.errors import StoreError

    if isinstance(exc, ServiceError | StoreError):
        hint = ""
        if isinstance(exc, KeyRequired) and not sys.stdin.isatty():
            hint = " Senza terminale, la frase si dà con la variabile WELFARE_DESK_PASSPHRASE."
        print(exc.message + hint, file=sys.stderr)
        return EXIT_BAD_INPUT if exc.bad_input else EXIT_FAILURE
    if os.environ.get("WELFARE_DESK_DEBUG"):
        import traceback

        traceback.print_exc()
    # No message text: it may hold personal data. The type says enough to report it.
    print(
        f"Errore imprevisto ({type(exc).__name__}): nessun dato scritto. "
        "Segnalalo all'assistenza con il comando che hai usato.",
        file=sys.stderr,
    )
    return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
