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
from welfare_desk.domain.disclosure import (
    HIDDEN,
    NOTE,
    ProtectedGroup,
    protect,
    shown_count,
    shown_delta,
    small,
)
from welfare_desk.domain.enrollments import STATUS_LABELS as ENROLLMENT_LABELS
from welfare_desk.domain.health_funds import HF_STATUS_LABELS
from welfare_desk.domain.money import format_euro
from welfare_desk.domain.needs import CHANNEL_LABELS
from welfare_desk.domain.periods import Quarter
from welfare_desk.domain.search_text import name_key
from welfare_desk.domain.smart_working import SW_STATUS_LABELS
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import need_taxonomy
from welfare_desk.registry.organizations import OrganizationKind, list_organizations
from welfare_desk.reporting.queries.quarter import (
    NO_POINT,
    PROGRAMME,
    compute_all,
    empty_figures,
    freeze_scopes,
    issued_scopes,
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
    return not any(figures["counts"].values()) and not any(
        v for group in figures["groups"].values() for v in group.values()
    )


Cells = tuple[dict[str, int], frozenset[str], bool]  # counts, cells to hide, hide the total


@dataclass(frozen=True, slots=True)
class _Quarter:
    """One quarter's counts for the report's scope. For one employer's report, the
    programme's and every other employer's are beside them: a count that differs from the
    programme's by 1 to 4 is the other employers' own small count, and a count that would
    be the only one hidden among the employers' reports would come back as the programme's
    total less theirs. Both are not printed."""

    mine: Mapping[str, Any]
    programme: Mapping[str, Any] | None = None
    employers: Mapping[str, Mapping[str, Any]] | None = None  # by employer's id
    me: str = ""

    def _hides(self, value_of: Callable[[Mapping[str, Any]], int]) -> bool:
        if self.programme is None:
            return False
        mine, everyone = value_of(self.mine), value_of(self.programme)
        if small(everyone - mine):
            return True
        if not self.employers:
            return False
        parts = {scope: value_of(figures) for scope, figures in self.employers.items()}
        parts[self.me] = mine
        rest = everyone - sum(parts.values())
        if rest > 0:  # workers with no employer recorded
            parts["-"] = rest
        return protect(parts).cells[self.me] == HIDDEN

    def group(self, key: str) -> Cells:
        def cells(figures: Mapping[str, Any]) -> dict[str, int]:
            return {k: int(v) for k, v in figures["groups"].get(key, {}).items()}

        mine = cells(self.mine)
        keys = set(mine) | (set(cells(self.programme)) if self.programme else set())

        def cell(name: str) -> Callable[[Mapping[str, Any]], int]:
            return lambda figures: cells(figures).get(name, 0)

        hidden = frozenset(k for k in keys if self._hides(cell(k)))
        return mine, hidden, self._hides(lambda f: sum(cells(f).values()))

    def count(self, key: str) -> tuple[int, bool]:
        return int(self.mine["counts"].get(key, 0)), self._hides(
            lambda f: int(f["counts"].get(key, 0))
        )

    def people(self) -> Cells:
        names = {"workers": "workers_reached", "members": "family_members_served"}
        mine = {k: int(self.mine["counts"].get(v, 0)) for k, v in names.items()}
        hidden = frozenset(k for k, v in names.items() if self.count(v)[1])
        return (
            mine,
            hidden,
            self._hides(lambda f: sum(int(f["counts"].get(v, 0)) for v in names.values())),
        )


def _rows(
    now: Cells,
    before: Cells,
    order: Iterable[str],
    label: Callable[[str], str],
    total_printed_elsewhere: bool = True,
) -> tuple[tuple[Row, ...], Row]:
    keys = list(dict.fromkeys([*order, *sorted(now[0]), *sorted(before[0])]))

    def shown(cells: Cells) -> ProtectedGroup:
        counts, hidden, hide_total = cells
        return protect(
            {k: counts.get(k, 0) for k in keys}, total_printed_elsewhere, hidden, hide_total
        )

    shown_now, shown_before = shown(now), shown(before)
    rows = tuple(
        Row(
            label(k),
            shown_now.cells[k],
            shown_before.cells[k],
            shown_delta(shown_now.cells[k], shown_before.cells[k]),
        )
        for k in keys
    )
    total = Row(
        "Totale",
        shown_now.total,
        shown_before.total,
        shown_delta(shown_now.total, shown_before.total),
    )
    return rows, total


def _one(value: tuple[int, bool]) -> str:
    mine, hidden = value
    return HIDDEN if hidden else shown_count(mine)


def _count_row(label: str, now: tuple[int, bool], before: tuple[int, bool]) -> Row:
    a, b = _one(now), _one(before)
    return Row(label, a, b, shown_delta(a, b))


def _median_row(label: str, now: list[Any], before: list[Any]) -> Row:
    def value(pair: list[Any]) -> float | None:
        median, count = pair
        return None if median is None or count < MIN_FOR_MEDIAN else float(median)

    def text(number: float | None) -> str:
        return HIDDEN if number is None else f"{number:g}".replace(".", ",")

    a, b = value(now), value(before)
    change = HIDDEN
    if a is not None and b is not None:
        change = "=" if a == b else f"{a - b:+g}".replace(".", ",")
    return Row(label, text(a), text(b), change)


def _spendable(q: _Quarter) -> tuple[int, bool]:
    """The vouchers behind the budget spent, and whether the amount must be hidden: with
    a few cancelled, issued × face value less the amount spent would count them."""
    issued, hidden = q.count("vouchers_issued")
    cancelled, cancelled_hidden = q.count("vouchers_cancelled")
    return issued, hidden or cancelled_hidden or small(cancelled)


def _money_row(
    label: str, cents: int, before_cents: int, count: tuple[int, bool], before: tuple[int, bool]
) -> Row:
    """An amount is printed only where it stands for at least five vouchers whose count
    is printed, and gives no small count back."""

    def shown(amount: int, vouchers: tuple[int, bool]) -> str:
        mine, hidden = vouchers
        return HIDDEN if hidden or mine < MIN_FOR_MEDIAN else format_euro(amount)

    a, b = shown(cents, count), shown(before_cents, before)
    change = HIDDEN
    if a != HIDDEN and b != HIDDEN:
        change = format_euro(cents - before_cents) if cents != before_cents else "="
        if cents > before_cents:
            change = "+" + change
    return Row(label, a, b, change)


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
        return Section(key, title, rows, total, chart)

    people_rows, people_total = _rows(
        now.people(),
        before.people(),
        ["workers", "members"],
        {
            "workers": "Lavoratori raggiunti (nuclei familiari)",
            "members": "Familiari che hanno usato un servizio",
        }.get,  # type: ignore[arg-type]
        total_printed_elsewhere=False,  # people reached: this table alone prints it
    )
    reasons = [r.value for r in CLOSING_REASON_LABELS]
    outcomes = [o.value for o in OUTCOME_LABELS] + ["none"]
    return (
        Section(
            "people",
            "Persone raggiunte",
            people_rows,
            Row("Persone raggiunte", people_total.now, people_total.before, people_total.change),
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
                    "Budget speso (al netto degli annullamenti)",
                    int(now.mine["money"]["budget_spent"]),
                    int(before.mine["money"]["budget_spent"]),
                    _spendable(now),
                    _spendable(before),
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
            "decision_days",
            "Giorni dalla richiesta alla decisione (mediana)",
            (
                _median_row(
                    "Fondi sanitari",
                    now.mine["medians"]["health_decision_days"],
                    before.mine["medians"]["health_decision_days"],
                ),
                _median_row(
                    "Lavoro agile",
                    now.mine["medians"]["smartworking_decision_days"],
                    before.mine["medians"]["smartworking_decision_days"],
                ),
            ),
        ),
    )


def _all_scopes(
    uow: UnitOfWork, quarter: Quarter, today: date, freeze: bool, reissue: bool = False
) -> tuple[dict[str, dict[str, Any]], date | None]:
    """The quarter for the whole programme ("") and for each employer (by id), frozen
    together at the first issue of any of them: an employer's summary is protected
    against the others', which must not move after. Returns when it was frozen, if it was."""
    employers = [o.id for o in list_organizations(uow) if o.kind == OrganizationKind.EMPLOYER.value]
    kept = issued_scopes(uow, KIND, quarter.code)
    if kept and reissue:
        for row in kept.values():
            uow.delete(row)  # the journal keeps what was issued before
        uow.flush()
        kept = {}
    if PROGRAMME in kept:
        # an employer frozen with nothing recorded has no row: every count zero
        issued_on = kept[PROGRAMME].issued_on
        figures = {
            scope: kept[scope].figures if scope in kept else empty_figures(quarter, issued_on)
            for scope in [PROGRAMME, *(str(e) for e in employers)]
        }
        return figures, issued_on
    figures = compute_all(uow, quarter, employers, today)
    if not (freeze and quarter.ended(today)) or _empty(figures[PROGRAMME]):
        return figures, None
    kept_now = {
        scope: counted
        for scope, counted in figures.items()
        if scope == PROGRAMME or not _empty(counted)
    }
    # another desk may freeze the same quarter now: then its figures are read back
    if not freeze_scopes(uow, KIND, quarter.code, today, kept_now):
        return _all_scopes(uow, quarter, today, freeze=False)
    return figures, today


def _scoped_quarter(scopes: Mapping[str, dict[str, Any]], me: str) -> _Quarter:
    if not me:
        return _Quarter(scopes[""])
    others = {scope: figures for scope, figures in scopes.items() if scope and scope != me}
    return _Quarter(scopes[me], scopes[PROGRAMME], others, me)


def quarterly_report(
    uow: UnitOfWork,
    quarter: Quarter,
    employer_name: str | None,
    today: date,
    reissue: bool = False,
    write: Callable[[QuarterlyReport], object] | None = None,
) -> QuarterlyReport:
    """The summary of a quarter for one employer or all. An ended quarter is frozen at its
    first issue, with the quarter it is compared with and, for an employer, the
    programme's figures it is protected against; `reissue` counts it again.

    `write` makes the document before the freeze is committed: a file that cannot be
    written (a full disk, a folder gone) leaves the quarter as it was, never frozen figures
    without their document."""
    if quarter.first_day > today:
        raise InvalidInput(
            f"Il {quarter.label} non è ancora cominciato: scegli un trimestre passato o in corso."
        )
    employer, employer_label = _employer(uow, employer_name)
    me = str(employer) if employer else ""
    now, frozen_on = _all_scopes(uow, quarter, today, freeze=True, reissue=reissue)
    before, _ = _all_scopes(uow, quarter.previous(), today, freeze=frozen_on is not None)
    notes = [
        NOTE,
        "Nessun dato personale: solo conteggi. I nuclei familiari sono contati dal "
        "lavoratore che vi appartiene.",
    ]
    if employer is not None:
        notes.append(
            "I conteggi che differiscono da quelli dell'intero programma per meno di cinque "
            "sono «n.d.»: la differenza direbbe i numeri piccoli delle altre aziende."
        )
    if frozen_on is not None:
        notes.append(
            f"Dati congelati alla prima emissione ({frozen_on:%d/%m/%Y}): ristampando il "
            "trimestre si ottengono gli stessi numeri."
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
        frozen_on,
        quarter.previous(),
        _sections(_scoped_quarter(now, me), _scoped_quarter(before, me)),
        tuple(notes),
        today,
    )
    if write is not None:
        write(report)
    uow.commit()
    return report
