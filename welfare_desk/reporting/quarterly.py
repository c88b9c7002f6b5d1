"""The quarterly summary for HR: no names, codes or free text, small counts suppressed,
the previous quarter beside each figure.

A quarter that has ended is frozen the first time its summary is issued: the figures are
kept in the store and every later issue prints them again, whatever was edited since.
Rebuilding the past from the change journal would also be possible, but the journal holds
no history for records loaded in bulk (imports, demo) and its entries change shape with
the schema: freezing gives HR the very numbers it already received, which is the promise
that matters. A quarter still running is computed afresh each time and said provisional;
an ended quarter with nothing recorded is not frozen. Data typed in late reaches HR only
through an explicit reissue, which counts the quarter again (the journal keeps the
figures issued before)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from welfare_desk.domain.cases import CLOSING_REASON_LABELS, OUTCOME_LABELS
from welfare_desk.domain.categories import CATEGORY_LABELS
from welfare_desk.domain.disclosure import (
    FIRST,
    HIDDEN,
    KEY_SPACE,
    Method,
    blurred,
    cell_key,
    clear_from,
    perturb,
    shown_delta,
)
from welfare_desk.domain.enrollments import STATUS_LABELS as ENROLLMENT_LABELS
from welfare_desk.domain.health_funds import HF_STATUS_LABELS
from welfare_desk.domain.money import format_euro
from welfare_desk.domain.needs import CHANNEL_LABELS
from welfare_desk.domain.periods import Quarter
from welfare_desk.domain.search_text import name_key
from welfare_desk.domain.smart_working import SW_STATUS_LABELS
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import need_taxonomy, programme_identity
from welfare_desk.registry.organizations import OrganizationKind, list_organizations
from welfare_desk.reporting.queries.keys import ensure_secret, method_named, record_keys
from welfare_desk.reporting.queries.quarter import (
    BLUR,
    NO_POINT,
    NO_SITE,
    PROGRAMME,
    compute_all,
    empty_figures,
    freeze_scopes,
    issued_scopes,
    keep_with,
)
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.views.quarterly import QuarterlyReport, Row, Section

KIND = "quarterly"
MIN_FOR_MEDIAN = 5  # a median of fewer cases would describe a handful of people


def _employer(uow: UnitOfWork, name: str | None) -> tuple[uuid.UUID | None, str]:
    if not name:
        return None, "Tutte le aziende"
    employers = [o for o in list_organizations(uow) if o.kind == OrganizationKind.EMPLOYER.value]
    for org in employers:
        if name_key(org.name) == name_key(name):
            return org.id, org.name
    raise InvalidInput(
        f"L'azienda «{name}» non è in archivio. Aziende: "
        + "; ".join(f"«{o.name}»" for o in employers)
        + "."
    )


def _empty(figures: Mapping[str, Any]) -> bool:
    """Nothing happened in the quarter (the registry's size is not something that did)."""
    counts = {k: v for k, v in figures["counts"].items() if k != "headcount"}
    return not any(counts.values()) and not any(
        v for group in figures["groups"].values() for v in group.values()
    )


def _legacy_keys(figures: dict[str, Any], key: Callable[[uuid.UUID], int]) -> dict[str, Any]:
    """Cell keys for figures frozen before counts carried them, whose records are not
    known any more: drawn with the store's secret from the cell and its value alone, so
    that the same figure prints the same for the programme and an employer (one draw,
    not two to average) and at every reprint."""

    def drawn(*path: object) -> int:
        return key(uuid.uuid5(uuid.NAMESPACE_OID, "legacy\x1f" + "\x1f".join(map(str, path))))

    return {
        **figures,
        "keys": {
            "groups": {
                name: {label: drawn("g", name, label, value) for label, value in cells.items()}
                for name, cells in figures["groups"].items()
            },
            "counts": {name: drawn("c", name, value) for name, value in figures["counts"].items()},
        },
    }


@dataclass(frozen=True, slots=True)
class _Quarter:
    """One quarter's counts for the report's scope, printed perturbed by their keys."""

    figures: Mapping[str, Any]

    @property
    def method(self) -> Method:
        """The noise it was issued with: figures frozen before methods had names were
        printed under the first."""
        return method_named(self.figures.get("method", FIRST.name))

    @property
    def clear(self) -> int:
        return clear_from(self.method)

    def group(self, name: str) -> tuple[dict[str, int], dict[str, int], Method]:
        counts = {k: int(v) for k, v in self.figures["groups"].get(name, {}).items()}
        keys = self.figures["keys"]["groups"].get(name, {})
        return counts, {k: int(keys.get(k, 0)) for k in counts}, self.method

    def kept(self, name: str) -> bool:
        """Whether the figure was counted: a quarter frozen by an older desk lacks some."""
        return name in self.figures["counts"] or name in self.figures["groups"]

    def count(self, name: str) -> str:
        if not self.kept(name):
            return HIDDEN  # never counted: not a zero
        value = int(self.figures["counts"][name])
        key = int(self.figures["keys"]["counts"].get(name, 0))
        return str(perturb(value, key, self.method))

    def number(self, name: str) -> int:
        """The printed count, 0 where it was never counted (what hangs on it is withheld)."""
        return int(self.count(name)) if self.kept(name) else 0


Cells = tuple[dict[str, int], dict[str, int], Method]  # counts, keys, how printed


def _printed(cells: Cells, keys: list[str]) -> tuple[dict[str, str], str]:
    counts, cell_keys, method = cells
    printed = {k: str(perturb(counts.get(k, 0), cell_keys.get(k, 0), method)) for k in keys}
    total = perturb(sum(counts.values()), cell_key(cell_keys.values()), method)
    return printed, str(total)


def _rows(
    now: Cells,
    before: Cells,
    order: Iterable[str],
    label: Callable[[str], str],
) -> tuple[tuple[Row, ...], Row]:
    keys = list(dict.fromkeys([*order, *sorted(now[0]), *sorted(before[0])]))
    (cells_now, total_now), (cells_before, total_before) = (
        _printed(now, keys),
        _printed(before, keys),
    )
    rows = tuple(
        Row(label(k), cells_now[k], cells_before[k], shown_delta(cells_now[k], cells_before[k]))
        for k in keys
    )
    return rows, Row("Totale", total_now, total_before, shown_delta(total_now, total_before))


def _unkept(rows: Iterable[Row], now_kept: bool) -> tuple[Row, ...]:
    """Rows of a table one of the two quarters never counted: its column says «n.d.»."""
    return tuple(
        Row(
            r.label,
            r.now if now_kept else HIDDEN,
            HIDDEN if now_kept else r.before,
            HIDDEN,
        )
        for r in rows
    )


def _count_row(label: str, now: str, before: str) -> Row:
    return Row(label, now, before, shown_delta(now, before))


def _median_row(label: str, name: str, now: _Quarter, before: _Quarter) -> Row:
    def value(q: _Quarter) -> float | None:
        """Given where the decisions behind it are printed CLEAR or more, as for amounts;
        a quarter frozen before medians carried a key keeps the rule it was issued with."""
        median, count, *key = q.figures["medians"][name]
        if median is None:
            return None
        if key:
            enough = perturb(int(count), int(key[0]), q.method) >= q.clear
        else:
            enough = count >= MIN_FOR_MEDIAN
        return float(median) if enough else None

    def text(number: float | None) -> str:
        return HIDDEN if number is None else f"{number:g}".replace(".", ",")

    a, b = value(now), value(before)
    change = HIDDEN
    if a is not None and b is not None:
        change = "=" if a == b else f"{a - b:+g}".replace(".", ",")
    return Row(label, text(a), text(b), change)


def _amount(q: _Quarter, name: str) -> int | None:
    """An amount of the vouchers issued, given only where their printed number is one no
    count from 1 to 4 becomes (whether it is given tells nothing the number does not),
    blurred by up to one and a half times their average value with a draw of its own,
    then rounded to the ten euros: dividing it by a voucher's value does not give their
    number back, nor does subtracting another amount of the same vouchers."""
    if name in q.figures.get("behind", {}):  # its own vouchers, its own count and draw
        return _blurred(q, name)
    if q.number("vouchers_issued") < q.clear:
        return None
    if name not in q.figures["money"]:  # frozen before the two were kept apart
        return None
    vouchers = int(q.figures["counts"].get("vouchers_issued", 0))
    cents = int(q.figures["money"][name])
    average = int(q.figures["money"]["vouchers_value"]) // max(vouchers, 1)
    key = int(q.figures["keys"]["counts"].get("vouchers_issued", 0))
    if q.figures.get("blur") != BLUR:
        first = int(q.figures["money"]["vouchers_value"]) / max(vouchers, 1)
        return _first_blur(cents, key, first) if vouchers >= MIN_FOR_MEDIAN else None
    shown = blurred(cents, vouchers, key, average, name, 1000, q.method)
    return 0 if cents == 0 and shown is not None else shown


def _first_blur(cents: int, key: int, largest: float) -> int:
    """Amounts as a quarter frozen before BLUR 2 printed them, so that it reprints the
    same: a second draw beside the first would narrow the amount down."""
    share = ((key * 2654435761) % KEY_SPACE) / KEY_SPACE
    return round((cents + (2 * share - 1) * 1.5 * largest) / 1000) * 1000


def _money_row(label: str, now: int | None, before: int | None) -> Row:
    def text(cents: int | None) -> str:
        return HIDDEN if cents is None else format_euro(cents)

    change = HIDDEN
    if now is not None and before is not None:
        change = "=" if now == before else ("+" if now > before else "") + format_euro(now - before)
    return Row(label, text(now), text(before), change)


def _blurred(q: _Quarter, name: str) -> int | None:
    """An amount standing for records whose printed number is at least CLEAR, blurred by
    up to one and a half times the largest of them and rounded to the ten euros: no one
    record's amount, nor how many there are, can be taken back from it."""
    behind = q.figures.get("behind", {}).get(name)
    if not behind:
        return None
    records, largest, key = (int(v) for v in behind)
    cents = int(q.figures["money"][name])
    if q.figures.get("blur") != BLUR:
        # as the desk before BLUR 2 gave it: from a printed CLEAR
        enough = perturb(records, key, q.method) >= q.clear
        return _first_blur(cents, key, largest) if enough else None
    shown = blurred(cents, records, key, largest, name, 1000, q.method)
    return 0 if cents == 0 and shown is not None else shown


def _per_worker(q: _Quarter) -> int | None:
    spent = [_amount(q, "programme_spent"), _amount(q, "credits_spent")]
    reached = q.number("workers_reached")
    if None in spent or reached < q.clear:
        return None
    return round(sum(a for a in spent if a is not None) / reached / 100) * 100


def _share(q: _Quarter) -> float | None:
    headcount = q.number("headcount")
    return None if not headcount else 100 * q.number("workers_reached") / headcount


def _share_row(label: str, now: _Quarter, before: _Quarter) -> Row:
    def text(share: float | None) -> str:
        return HIDDEN if share is None else f"{share:.1f}%".replace(".", ",")

    a, b = _share(now), _share(before)
    change = HIDDEN
    if a is not None and b is not None:
        points = round(a, 1) - round(b, 1)
        change = "=" if abs(points) < 0.05 else f"{points:+.1f} p.p.".replace(".", ",", 1)
    return Row(label, text(a), text(b), change)


def _without_total(section: Section) -> Section:
    """A table whose rows overlap (a person in two categories) has no total to print."""
    return Section(section.key, section.title, section.rows, None, section.chart)


def _site_label(code: str) -> str:
    return "sede non indicata" if code == NO_SITE else code


def _trend(quarters: list[tuple[Quarter, _Quarter]]) -> Section:
    """The last four quarters side by side: people reached, contacts, participation."""
    rows = []
    for quarter, q in quarters:
        _, contacts = _printed(q.group("contacts_by_channel"), [])
        share = _share(q)
        rows.append(
            Row(
                quarter.short_label,
                q.count("workers_reached"),
                contacts,
                HIDDEN if share is None else f"{share:.1f}%".replace(".", ","),
            )
        )
    return Section(
        "trend",
        "Andamento degli ultimi quattro trimestri",
        tuple(rows),
        headers=("Trimestre", "Lavoratori raggiunti", "Colloqui", "Partecipazione"),
    )


DEFINITIONS = (
    (
        "Lavoratori raggiunti",
        "chi nel trimestre ha avuto almeno un colloquio, un posto confermato in un servizio "
        "in corso o un voucher; ognuno conta una volta. Chi è in lista d'attesa non è "
        "raggiunto.",
    ),
    ("Lavoratori in anagrafica", "i lavoratori registrati nella desk alla data di emissione."),
    ("Partecipazione", "lavoratori raggiunti su lavoratori in anagrafica."),
    ("Colloqui", "gli incontri registrati nel trimestre, per canale e social point."),
    (
        "Percorsi seguiti",
        "i percorsi in corso in qualche giorno del trimestre, anche se aperti prima, con "
        "almeno un colloquio nel trimestre mentre erano aperti.",
    ),
    (
        "Iscrizioni",
        "contate nel trimestre in cui comincia l'edizione (un anno scolastico una volta sola).",
    ),
    (
        "Voucher del programma",
        "il valore dei voucher pagati dal programma, al netto degli annullamenti; i crediti "
        "welfare delle aziende sono una voce a parte.",
    ),
    (
        "Categorie",
        "ricavate dai dati registrati (figli, familiari con L. 104, gravidanza, svantaggio); "
        "una persona può essere in più categorie, perciò la tabella non ha totale.",
    ),
    (
        "Accordi di lavoro agile in vigore",
        "gli accordi firmati che l'ultimo giorno del trimestre erano in corso.",
    ),
)


def _definitions(method: Method) -> tuple[tuple[str, str], ...]:
    amounts = (
        "arrotondati alle decine di euro e alterati di poco, dati solo se il numero dei "
        "voucher, crediti o pratiche che vi stanno dietro, come sarebbe stampato, è almeno "
        f"{clear_from(method)}."
    )
    return (*DEFINITIONS, ("Importi", amounts))


def _category_label(code: str) -> str:
    for category, label in need_taxonomy().categories:
        if category == code:
            return label
    return code


def _sections(now: _Quarter, before: _Quarter) -> tuple[Section, ...]:
    categories = [code for code, _ in need_taxonomy().categories]

    def group(
        key: str, title: str, order: Iterable[str], label: Callable[[str], str], chart: bool
    ) -> Section:
        rows, total = _rows(now.group(key), before.group(key), order, label)
        if not (now.kept(key) and before.kept(key)):  # a quarter frozen without it
            rows, total = _unkept(rows, now.kept(key)), _unkept((total,), now.kept(key))[0]
        return Section(key, title, rows, total, chart)

    people = (
        _count_row(
            "Lavoratori raggiunti (nuclei familiari)",
            now.count("workers_reached"),
            before.count("workers_reached"),
        ),
        _count_row(
            "Familiari che hanno usato un servizio",
            now.count("family_members_served"),
            before.count("family_members_served"),
        ),
    )
    reasons = [r.value for r in CLOSING_REASON_LABELS]
    outcomes = [o.value for o in OUTCOME_LABELS] + ["none"]
    return (
        Section(
            "people",
            "Persone raggiunte",
            people,
            _count_row(
                "Persone raggiunte", now.count("people_reached"), before.count("people_reached")
            ),
        ),
        Section(
            "participation",
            "Partecipazione",
            (
                _count_row(
                    "Lavoratori in anagrafica", now.count("headcount"), before.count("headcount")
                ),
                _count_row(
                    "Lavoratori raggiunti",
                    now.count("workers_reached"),
                    before.count("workers_reached"),
                ),
                _share_row("Partecipazione (raggiunti su anagrafica)", now, before),
            ),
        ),
        group("reached_by_site", "Lavoratori raggiunti per sede di lavoro", [], _site_label, True),
        group(
            "reached_by_sex",
            "Lavoratori raggiunti per sesso",
            ["F", "M"],
            {"F": "donne", "M": "uomini"}.get,  # type: ignore[arg-type]
            False,
        ),
        _without_total(
            group(
                "reached_by_category",
                "Lavoratori raggiunti per categoria (una persona può essere in più categorie)",
                [c.value for c in CATEGORY_LABELS],
                lambda k: CATEGORY_LABELS.get(k, k),  # type: ignore[call-overload]
                True,
            )
        ),
        group(
            "contacts_by_channel",
            "Colloqui per canale",
            [ch.value for ch in CHANNEL_LABELS],
            lambda k: CHANNEL_LABELS.get(k, k),  # type: ignore[call-overload]
            True,
        ),
        group(
            "contacts_by_point",
            "Colloqui per social point",
            [],
            lambda k: "senza social point" if k == NO_POINT else k,
            True,
        ),
        group("needs_by_category", "Bisogni emersi per area", categories, _category_label, True),
        Section(
            "cases",
            "Percorsi personalizzati",
            (
                _count_row(
                    "Aperti nel trimestre", now.count("cases_opened"), before.count("cases_opened")
                ),
                _count_row(
                    "Seguiti nel trimestre (con almeno un colloquio)",
                    now.count("cases_followed"),
                    before.count("cases_followed"),
                ),
                _count_row(
                    "Chiusi nel trimestre", now.count("cases_closed"), before.count("cases_closed")
                ),
            ),
        ),
        group(
            "closing_reasons",
            "Percorsi chiusi, per motivo",
            reasons,
            lambda k: CLOSING_REASON_LABELS.get(k, k),  # type: ignore[call-overload]
            False,
        ),
        group(
            "goal_outcomes",
            "Esiti degli obiettivi dei percorsi chiusi",
            outcomes,
            lambda k: "senza esito" if k == "none" else OUTCOME_LABELS.get(k, k),  # type: ignore[call-overload]
            True,
        ),
        Section(
            "services",
            "Servizi",
            (
                _count_row(
                    "Servizi usati", now.count("services_used"), before.count("services_used")
                ),
            ),
        ),
        group(
            "enrollments_by_status",
            "Iscrizioni ai servizi, per stato",
            [s.value for s in ENROLLMENT_LABELS],
            lambda k: ENROLLMENT_LABELS.get(k, k),  # type: ignore[call-overload]
            False,
        ),
        group(
            "enrollments_by_category",
            "Iscrizioni ai servizi, per area",
            categories,
            _category_label,
            True,
        ),
        Section(
            "vouchers",
            "Voucher e budget",
            (
                _count_row(
                    "Voucher emessi", now.count("vouchers_issued"), before.count("vouchers_issued")
                ),
                _count_row(
                    "Voucher annullati",
                    now.count("vouchers_cancelled"),
                    before.count("vouchers_cancelled"),
                ),
                _money_row(
                    "Voucher del programma: speso (al netto degli annullamenti)",
                    _amount(now, "programme_spent"),
                    _amount(before, "programme_spent"),
                ),
            ),
        ),
        Section(
            "credits",
            "Welfare aziendale e costi",
            (
                _money_row(
                    "Crediti welfare assegnati nel trimestre",
                    _blurred(now, "credits_granted"),
                    _blurred(before, "credits_granted"),
                ),
                _money_row(
                    "Crediti welfare aziendali: spesi dai lavoratori",
                    _amount(now, "credits_spent"),
                    _amount(before, "credits_spent"),
                ),
                _money_row(
                    "Spesa per lavoratore raggiunto (voucher del programma e crediti)",
                    _per_worker(now),
                    _per_worker(before),
                ),
            ),
        ),
        Section(
            "health_money",
            "Fondi sanitari: importi",
            (
                _money_row(
                    "Chiesti a rimborso (pratiche inviate nel trimestre)",
                    _blurred(now, "health_claimed"),
                    _blurred(before, "health_claimed"),
                ),
                _money_row(
                    "Rimborsi pagati nel trimestre",
                    _blurred(now, "health_paid"),
                    _blurred(before, "health_paid"),
                ),
            ),
        ),
        group(
            "health_by_status",
            "Pratiche dei fondi sanitari aperte nel trimestre, per stato attuale",
            [s.value for s in HF_STATUS_LABELS],
            lambda k: HF_STATUS_LABELS.get(k, k),  # type: ignore[call-overload]
            False,
        ),
        group(
            "smartworking_by_status",
            "Richieste di lavoro agile aperte nel trimestre, per stato attuale",
            [s.value for s in SW_STATUS_LABELS],
            lambda k: SW_STATUS_LABELS.get(k, k),  # type: ignore[call-overload]
            False,
        ),
        Section(
            "smartworking_in_force",
            "Lavoro agile",
            (
                _count_row(
                    "Accordi in vigore l'ultimo giorno del trimestre",
                    now.count("smartworking_in_force"),
                    before.count("smartworking_in_force"),
                ),
            ),
        ),
        Section(
            "decision_days",
            "Giorni dalla richiesta alla decisione (mediana)",
            (
                _median_row("Fondi sanitari", "health_decision_days", now, before),
                _median_row("Lavoro agile", "smartworking_decision_days", now, before),
            ),
        ),
    )


@dataclass(frozen=True, slots=True)
class _Issued:
    figures: dict[str, dict[str, Any]]  # by scope: the programme ("") and each employer
    on: date | None = None  # when it was frozen, if it was
    number: int = 1  # the first issue, or which reissue
    fresh: bool = False  # frozen by this very call


def _all_scopes(
    uow: UnitOfWork, quarter: Quarter, today: date, freeze: bool, reissue: bool = False
) -> _Issued:
    """The quarter for the whole programme ("") and for each employer (by id), frozen
    together at the first issue of any of them, so that every summary of the quarter
    prints the same numbers until it is reissued."""
    employers = [o.id for o in list_organizations(uow) if o.kind == OrganizationKind.EMPLOYER.value]
    kept = issued_scopes(uow, KIND, quarter.code)
    number = 1
    if kept and reissue:
        number = int(kept[PROGRAMME].figures.get("issue", 1)) + 1 if PROGRAMME in kept else 1
        for row in kept.values():
            uow.delete(row)  # the journal keeps what was issued before
        uow.flush()
        kept = {}
    if PROGRAMME in kept:
        # an employer frozen with nothing recorded has no row (`_not_kept`)
        first, key = kept[PROGRAMME], record_keys(uow)  # one read of the secret, not one a scope
        figures = {
            scope: _frozen(kept[scope], key)
            if scope in kept
            else _not_kept(quarter, first.issued_on, _Quarter(first.figures).method)
            for scope in [PROGRAMME, *(str(e) for e in employers)]
        }
        return _Issued(figures, first.issued_on, int(first.figures.get("issue", 1)))
    figures = compute_all(uow, quarter, employers, today)
    if not (freeze and quarter.ended(today)) or _empty(figures[PROGRAMME]):
        return _Issued(figures)
    # every scope, even an employer with nothing recorded: its registry and credits are
    # printed, and must print the same at reprint
    kept_now = {scope: {**counted, "issue": number} for scope, counted in figures.items()}
    # another desk may freeze the same quarter now: then its figures are read back
    if not freeze_scopes(uow, KIND, quarter.code, today, kept_now):
        return _all_scopes(uow, quarter, today, freeze=False)
    return _Issued(figures, today, number, fresh=True)


def _compared(
    uow: UnitOfWork, quarter: Quarter, now: _Issued, today: date
) -> dict[str, dict[str, Any]]:
    """The quarter compared with, by scope: as kept with this one, so that a reprint never
    changes, even if that quarter was empty then (and so not frozen) or is reissued since;
    else as issued; else counted now. A frozen quarter that does not keep it yet (frozen
    as another's comparison, or by an older desk) keeps it from this print on."""
    kept = issued_scopes(uow, KIND, quarter.code) if now.on is not None else {}
    if kept and "before" in kept[PROGRAMME].figures:
        return {
            scope: kept[scope].figures["before"]
            if scope in kept and "before" in kept[scope].figures
            else _not_kept(
                quarter.previous(), today, _Quarter(kept[PROGRAMME].figures["before"]).method
            )
            for scope in now.figures
        }
    before = _all_scopes(uow, quarter.previous(), today, freeze=now.on is not None)
    keep_with(
        uow, kept, {scope: {"before": _printed_only(f)} for scope, f in before.figures.items()}
    )
    return before.figures


def _earlier(
    uow: UnitOfWork, quarter: Quarter, now: _Issued, today: date
) -> list[tuple[Quarter, dict[str, dict[str, Any]]]]:
    """The two quarters before the one compared with, for the trend: as kept with this
    quarter when it was frozen, so that a reprint never changes; else as issued when they
    were; else counted now (only what the trend prints); and kept with this quarter if it
    is frozen now."""
    employers = [o.id for o in list_organizations(uow) if o.kind == OrganizationKind.EMPLOYER.value]
    kept = issued_scopes(uow, KIND, quarter.code) if now.on is not None else {}
    second = quarter.previous().previous()
    found = []
    for q in (second.previous(), second):
        if kept and q.code in kept[PROGRAMME].figures.get("trend", {}):
            # as printed when this quarter was first issued, whatever was issued since
            figures = {
                scope: kept[scope].figures["trend"][q.code]
                if scope in kept and q.code in kept[scope].figures.get("trend", {})
                else _not_kept(q, today, _Quarter(kept[PROGRAMME].figures["trend"][q.code]).method)
                for scope in now.figures
            }
        else:
            issued = issued_scopes(uow, KIND, q.code)
            if PROGRAMME in issued:
                key = record_keys(uow)
                figures = {
                    scope: _frozen(issued[scope], key)
                    if scope in issued
                    else _not_kept(q, today, _Quarter(issued[PROGRAMME].figures).method)
                    for scope in now.figures
                }
            else:
                figures = compute_all(uow, q, employers, today, trend_only=True)
            keep_with(
                uow,
                kept,
                {
                    scope: {
                        "trend": {
                            **row.figures.get("trend", {}),
                            q.code: _printed_only(figures[scope]),
                        }
                    }
                    for scope, row in kept.items()
                    if scope in figures
                },
            )
            if kept:  # an employer added since the freeze has nothing in this quarter
                figures = {
                    scope: counted
                    if scope in kept
                    else _not_kept(q, today, _Quarter(figures[PROGRAMME]).method)
                    for scope, counted in figures.items()
                }
        found.append((q, figures))
    return found


def _not_kept(quarter: Quarter, issued_on: date, method: Method) -> dict[str, Any]:
    """An employer with no row in a frozen quarter: nothing was recorded for it (an older
    desk froze only employers with activity) or it came later. Its activity is zero; its
    registry was never counted: «n.d.», not 0."""
    figures = empty_figures(quarter, issued_on, method)
    counts = {k: v for k, v in figures["counts"].items() if k != "headcount"}
    return {**figures, "counts": counts}


def _printed_only(figures: dict[str, Any]) -> dict[str, Any]:
    """A quarter's own figures, without what it keeps of the quarters before it: kept
    with another quarter, copies of copies would grow without end."""
    return {k: v for k, v in figures.items() if k not in ("before", "trend")}


def _frozen(row: Any, key: Callable[[uuid.UUID], int]) -> dict[str, Any]:
    """A frozen scope's figures, with cell keys drawn for them when they were frozen
    before counts carried their own."""
    figures: dict[str, Any] = row.figures
    return figures if "keys" in figures else _legacy_keys(figures, key)


def quarterly_report(
    uow: UnitOfWork,
    quarter: Quarter,
    employer_name: str | None,
    today: date,
    reissue: bool = False,
    write: Callable[[QuarterlyReport], object] | None = None,
) -> QuarterlyReport:
    """The summary of a quarter for one employer or all. An ended quarter is frozen at its
    first issue, with the quarter it is compared with; `reissue` counts it again and
    numbers the new issue.

    `write` makes the document before the freeze is committed: a file that cannot be
    written (a full disk, a folder gone) leaves the quarter as it was, never frozen figures
    without their document."""
    if quarter.first_day > today:
        raise InvalidInput(
            f"Il {quarter.label} non è ancora cominciato: scegli un trimestre passato o in corso."
        )
    ensure_secret(uow)  # should it be missing, made before this writes anything
    employer, employer_label = _employer(uow, employer_name)
    identity = programme_identity()
    me = str(employer) if employer else PROGRAMME
    now = _all_scopes(uow, quarter, today, freeze=True, reissue=reissue)
    compared = _compared(uow, quarter, now, today)
    trend = [(q, _Quarter(figures[me])) for q, figures in _earlier(uow, quarter, now, today)]
    trend += [
        (quarter.previous(), _Quarter(compared[me])),
        (quarter, _Quarter(now.figures[me])),
    ]
    method = _Quarter(now.figures[me]).method  # the store's, or the first for old figures
    notes = [
        method.note,
        "Nessun dato personale: solo conteggi. I nuclei familiari sono contati dal "
        "lavoratore che vi appartiene.",
    ]
    if now.on is not None and now.number > 1:
        notes.append(
            f"Riemissione n. {now.number} del {now.on:%d/%m/%Y}: sostituisce le precedenti, "
            "con i dati registrati dopo. Anche il confronto con un'emissione precedente non "
            "rivela numeri piccoli: ogni conteggio cambiato ha un'alterazione nuova."
        )
    elif now.on is not None:
        notes.append(
            f"Dati congelati alla prima emissione ({now.on:%d/%m/%Y}): ristampando il "
            "trimestre si ottengono gli stessi numeri, finché non viene riemesso con un "
            "numero di emissione."
        )
    elif quarter.ended(today):
        notes.append("Nessun dato registrato per questo trimestre.")
    else:
        notes.append(
            f"Trimestre in corso: dati provvisori al {today:%d/%m/%Y}, cambieranno fino alla "
            "fine del trimestre."
        )
    report = QuarterlyReport(
        quarter,
        employer_label,
        not quarter.ended(today),
        now.on,
        quarter.previous(),
        (
            *_sections(_Quarter(now.figures[me]), _Quarter(compared[me])),
            _trend(trend),
        ),
        tuple(notes),
        today,
        now.number,
        identity.name,
        identity.contact,
        _definitions(method),
    )
    if write is not None:
        write(report)
    uow.commit()
    return report
