"""The search-as-you-type query, written once as SQL.

The services run it through SQLAlchemy; the command line's quick path runs it through
the bare DBAPI, because importing SQLAlchemy takes longer than the whole answer.
This module imports neither.

Every worker has tokens for the words of their surname, name, codice fiscale and
employer's name. Results come in `sort_key` order (folded surname, name, then id), a
byte-ordered unique key kept on the worker and on each of its search tokens. Two plans,
chosen by how many tokens the most selective typed word matches:
- a rare word drives the query: its tokens are read in `sort_key` order from one
  covering index, filtered by the other words, and only the page's workers are read;
- when every word is common ("r", "ma"), the query walks the workers in `sort_key`
  order, checking each word per worker, and stops at the page's end. The walk is bounded
  to a window: if the matches cluster late in the alphabet and the window holds less
  than a page, the most selective word drives the query after all.
A list sorted by another column (birth date, employer) reads every match and sorts it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

# Beyond this many matching tokens, walking the sorted workers is the faster plan.
DENSE_TERM = 3000
# Workers looked at, in order, before a walk gives up.
WALK_WINDOW = 1000
# How many workers a walk may expect to look at, judging by the window, before the
# rarest typed word had better lead instead.
WALK_REACH = 15_000

Execute = Callable[[str, dict[str, Any]], Sequence[Sequence[Any]]]

# Columns a list may be sorted by, besides the name order.
ORDERS = {
    "name": "w.sort_key",
    "codice_fiscale": "w.codice_fiscale",
    "birth_date": "w.birth_date",
    "organization": "o.name",
}


@dataclass(frozen=True)
class Term:
    """A typed word: the range of tokens it matches."""

    prefix: str
    upper: str


@dataclass(frozen=True)
class Filters:
    """What narrows a list besides the typed words.

    `category` is a target category code; `limits` are the birth dates its rules turn on,
    from `domain.categories.sql_limits`, so the SQL and the domain agree by construction.
    """

    organization_id: Any | None = None
    category: str | None = None
    limits: dict[str, date] | None = None
    order: str = "name"
    descending: bool = False
    # A welfare manager's assignment: workers of these employers or social points only.
    scope_organizations: tuple[Any, ...] = ()
    scope_points: tuple[Any, ...] = ()

    @property
    def scoped(self) -> bool:
        return bool(self.scope_organizations or self.scope_points)

    @property
    def on_worker(self) -> bool:
        return self.organization_id is not None or self.category is not None or self.scoped


def make_terms(query: str) -> list[Term]:
    from welfare_desk.domain.search_text import prefix_upper_bound, query_terms

    return [Term(word, prefix_upper_bound(word)) for word in query_terms(query)]


class _Query:
    """Builds one statement's text and parameters in the driver's placeholder style."""

    def __init__(self, style: str) -> None:
        self.style = style
        self.params: dict[str, Any] = {}

    def bind(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}" if self.style == "named" else f"%({name})s"

    def token_match(self, term: Term, worker: str) -> str:
        """The worker has a token in the term's range."""
        return (
            "EXISTS (SELECT 1 FROM worker_search_token x "
            f"WHERE x.worker_id = {worker} AND x.token >= {self.bind(term.prefix)} "
            f"AND x.token < {self.bind(term.upper)})"
        )

    def child_born_after(self, worker: str, after: date, today: date) -> str:
        return (
            "EXISTS (SELECT 1 FROM household_member m WHERE m.worker_id = "
            f"{worker} AND m.relation = 'child' AND m.birth_date > {self.bind(after)} "
            f"AND m.birth_date <= {self.bind(today)})"
        )

    def child_in_first_year(self, worker: str, after: date, today: date) -> str:
        """Born, or adopted, after `after`: the year runs from the entry into the family."""
        start = "coalesce(m.entered_on, m.birth_date)"
        return (
            "EXISTS (SELECT 1 FROM household_member m WHERE m.worker_id = "
            f"{worker} AND m.relation = 'child' AND {start} > {self.bind(after)} "
            f"AND {start} <= {self.bind(today)} AND m.birth_date <= {self.bind(today)})"
        )

    def filters(self, filters: Filters, worker: str) -> list[str]:
        """Conditions on a worker row aliased `worker` (its id is `worker`.id)."""
        found: list[str] = []
        if filters.organization_id is not None:
            found.append(f"{worker}.organization_id = {self.bind(filters.organization_id)}")
        if filters.scoped:
            either = [
                f"{worker}.{column} IN ({', '.join(self.bind(v) for v in values)})"
                for column, values in (
                    ("organization_id", filters.scope_organizations),
                    ("social_point_id", filters.scope_points),
                )
                if values
            ]
            found.append("(" + " OR ".join(either) + ")")
        if filters.category is None:
            return found
        limits = filters.limits or {}
        today = limits["today"]
        wid = f"{worker}.id"
        if filters.category == "children_under_14":
            found.append(self.child_born_after(wid, limits["under_14_after"], today))
        elif filters.category == "pregnancy_maternity":
            found.append(  # a woman worker's category: see domain.categories
                f"{worker}.sex = 'F' AND ({worker}.pregnancy_due_date >= {self.bind(today)} OR "
                f"{self.child_in_first_year(wid, limits['under_1_after'], today)})"
            )
        elif filters.category == "family_law_104":
            found.append(
                "EXISTS (SELECT 1 FROM household_member m WHERE m.worker_id = "
                f"{wid} AND m.disability <> 'none' AND m.birth_date <= {self.bind(today)})"
            )
        elif filters.category == "disadvantaged":
            found.append(f"{worker}.disadvantaged = {self.bind(True)}")
        else:
            raise ValueError(f"unknown category {filters.category!r}")
        return found


def counts_sql(terms: Sequence[Term], style: str) -> tuple[str, dict[str, Any]]:
    """How many tokens each word matches, capped at DENSE_TERM + 1, in one round trip."""
    q = _Query(style)
    counts = [
        "(SELECT count(*) FROM (SELECT 1 FROM worker_search_token "
        f"WHERE token >= {q.bind(t.prefix)} AND token < {q.bind(t.upper)} "
        f"LIMIT {q.bind(DENSE_TERM + 1)}) AS c{i})"
        for i, t in enumerate(terms)
    ]
    return f"SELECT {', '.join(counts)}", q.params


_COLUMNS = "w.id, w.codice_fiscale, w.surname, w.name, o.name, w.birth_date"
_FROM = "FROM worker w JOIN organization o ON o.id = w.organization_id"


def _where(conditions: list[str]) -> str:
    return f"WHERE {' AND '.join(conditions)} " if conditions else ""


def walk_sql(
    terms: Sequence[Term],
    limit: int,
    offset: int,
    style: str,
    filters: Filters,
    window: int | None = None,
) -> tuple[str, dict[str, Any]]:
    q = _Query(style)
    conditions = [q.token_match(term, "w.id") for term in terms]
    conditions += q.filters(filters, "w")
    if window is not None:
        conditions.append(
            "w.sort_key <= (SELECT sort_key FROM worker ORDER BY sort_key "
            f"LIMIT 1 OFFSET {q.bind(window - 1)})"
        )
    sql = (
        f"SELECT {_COLUMNS} {_FROM} {_where(conditions)}"
        f"ORDER BY w.sort_key LIMIT {q.bind(limit)} OFFSET {q.bind(offset)}"
    )
    return sql, q.params


def driven_sql(
    terms: Sequence[Term],
    driver: int,
    limit: int,
    offset: int,
    style: str,
    filters: Filters,
) -> tuple[str, dict[str, Any]]:
    q = _Query(style)
    lead = terms[driver]
    join = "JOIN worker v ON v.id = t.worker_id " if filters.on_worker else ""
    conditions = [f"t.token >= {q.bind(lead.prefix)}", f"t.token < {q.bind(lead.upper)}"]
    conditions += [q.token_match(t, "t.worker_id") for i, t in enumerate(terms) if i != driver]
    conditions += q.filters(filters, "v")
    page = (
        f"SELECT DISTINCT t.sort_key, t.worker_id FROM worker_search_token t {join}"
        f"{_where(conditions)}"
        f"ORDER BY t.sort_key LIMIT {q.bind(limit)} OFFSET {q.bind(offset)}"
    )
    sql = (
        f"SELECT {_COLUMNS} FROM ({page}) page JOIN worker w ON w.id = page.worker_id "
        "JOIN organization o ON o.id = w.organization_id ORDER BY page.sort_key"
    )
    return sql, q.params


def ordered_sql(
    terms: Sequence[Term],
    driver: int | None,
    limit: int,
    offset: int,
    style: str,
    filters: Filters,
) -> tuple[str, dict[str, Any]]:
    """Every match, sorted by another column, then by name."""
    q = _Query(style)
    conditions = []
    for index, term in enumerate(terms):
        if index == driver:
            conditions.append(
                "w.id IN (SELECT worker_id FROM worker_search_token "
                f"WHERE token >= {q.bind(term.prefix)} AND token < {q.bind(term.upper)})"
            )
        else:
            conditions.append(q.token_match(term, "w.id"))
    conditions += q.filters(filters, "w")
    direction = " DESC" if filters.descending else ""
    sql = (
        f"SELECT {_COLUMNS} {_FROM} {_where(conditions)}"
        f"ORDER BY {ORDERS[filters.order]}{direction}, w.sort_key{direction} "
        f"LIMIT {q.bind(limit)} OFFSET {q.bind(offset)}"
    )
    return sql, q.params


def choose_driver(counts: Sequence[int], dense: int) -> int | None:
    """The most selective word, if it matches at most `dense` tokens."""
    candidates = [(count, index) for index, count in enumerate(counts) if count <= dense]
    return min(candidates)[1] if candidates else None


def run_search(
    execute: Execute,
    query: str,
    limit: int,
    offset: int,
    style: str,
    filters: Filters | None = None,
) -> list[Sequence[Any]]:
    """Rows of (id, codice fiscale, surname, name, employer, birth date), in list order."""
    filters = filters or Filters()
    terms = make_terms(query)
    counts = list(execute(*counts_sql(terms, style))[0]) if terms else []
    driver = choose_driver(counts, DENSE_TERM)
    if filters.order != "name" or filters.descending:
        return list(execute(*ordered_sql(terms, driver, limit, offset, style, filters)))
    if driver is None and terms:
        window = max(WALK_WINDOW, (offset + limit) * 10)
        rows = list(execute(*walk_sql(terms, limit, offset, style, filters, window)))
        # A full page inside the window is the true first page; a short one may only mean
        # that the matches lie further on. How far, the window's share of matches tells:
        # walk on when the page is likely within reach, else let the rarest word lead.
        if len(rows) == limit:
            return rows
        found = len(rows) + offset
        reach = (offset + limit) * window / found if found else float("inf")
        if reach > WALK_REACH:
            driver = choose_driver(counts, dense=max(counts))
    if driver is not None:
        return list(execute(*driven_sql(terms, driver, limit, offset, style, filters)))
    return list(execute(*walk_sql(terms, limit, offset, style, filters)))


COUNT_CAP = 10_000  # beyond it the list says «more than 10.000»: counting on is no help


def count_sql(
    terms: Sequence[Term], driver: int | None, style: str, filters: Filters, cap: int
) -> tuple[str, dict[str, Any]]:
    """How many workers match, counted up to `cap` + 1: the rarest word leads, the others
    and the filters are checked on its workers."""
    q = _Query(style)
    if driver is None:
        conditions = [q.token_match(term, "w.id") for term in terms]
        conditions += q.filters(filters, "w")
        inner = f"SELECT 1 FROM worker w {_where(conditions)}LIMIT {q.bind(cap + 1)}"
    else:
        lead = terms[driver]
        join = "JOIN worker v ON v.id = t.worker_id " if filters.on_worker else ""
        conditions = [f"t.token >= {q.bind(lead.prefix)}", f"t.token < {q.bind(lead.upper)}"]
        conditions += [q.token_match(t, "t.worker_id") for i, t in enumerate(terms) if i != driver]
        conditions += q.filters(filters, "v")
        inner = (
            f"SELECT DISTINCT t.worker_id FROM worker_search_token t {join}"
            f"{_where(conditions)}LIMIT {q.bind(cap + 1)}"
        )
    return f"SELECT count(*) FROM ({inner}) AS matched", q.params


def count_matches(
    execute: Execute,
    query: str,
    style: str,
    filters: Filters | None = None,
    cap: int = COUNT_CAP,
) -> int:
    """How many workers the search finds, at most `cap` + 1 (meaning «more than cap»)."""
    filters = filters or Filters()
    terms = make_terms(query)
    counts = list(execute(*counts_sql(terms, style))[0]) if terms else []
    driver = choose_driver(counts, dense=max(counts)) if counts else None
    return int(execute(*count_sql(terms, driver, style, filters, cap))[0][0])
