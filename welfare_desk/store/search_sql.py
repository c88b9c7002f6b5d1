"""The search-as-you-type query, written once as SQL.

The services run it through SQLAlchemy; the command line's quick path runs it through
the bare DBAPI, because importing SQLAlchemy takes longer than the whole answer.
This module imports neither.

Every worker has tokens for the words of their surname, name, codice fiscale and
employer's name, and marked tokens for the prefixes of one to four letters of the words
of their own names and code (`domain.search_text.short_prefixes`). Results come in
`sort_key` order (folded surname, name, then id), a byte-ordered unique key kept on the
worker and on each of its tokens, so one index of (token, sort_key) holds each token's
workers in list order. An employer's words are shared by thousands of workers: their
prefixes are not kept per worker; a short word that begins an employer's word reads
that employer's workers in list order from the workers' (employer, sort_key) index.
Two plans, chosen per query from how many rows each typed word matches in the store
(counted, up to a cap, in the query's first round trip):
- a word's short prefix leads: its marked token's workers, and its employers' workers,
  are read in list order, each checked against the other words, until the page is full;
- a longer word that few workers match leads: all its tokens are read and sorted.
A list sorted by another column (birth date, employer) reads every match and sorts it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from welfare_desk.domain.search_text import PREFIX_MARK, SHORT_PREFIX

# Counting a word's rows stops here: past it a plan's cost is known to be high enough.
COUNT_ROWS = 2000

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
    """A typed word: the range of tokens it matches, and its marked short prefix."""

    prefix: str
    upper: str
    # the employers with a word that begins with this one: their workers all match it
    employers: tuple[Any, ...] = ()

    @property
    def short(self) -> str:
        return PREFIX_MARK + self.prefix[:SHORT_PREFIX]

    @property
    def is_short(self) -> bool:
        """The word is its own short prefix: the marked token's workers are its matches."""
        return len(self.prefix) <= SHORT_PREFIX


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


EMPLOYERS_SQL = "SELECT id, name FROM organization"


def with_employers(execute: Execute, terms: list[Term]) -> list[Term]:
    """The terms, each with the employers one of whose words it begins (one statement:
    a programme has tens of employers, not thousands)."""
    from welfare_desk.domain.search_text import tokens

    if not terms:
        return terms
    employers = [(made, tokens(name)) for made, name in execute(EMPLOYERS_SQL, {})]
    return [
        Term(
            t.prefix,
            t.upper,
            tuple(made for made, words in employers if any(w.startswith(t.prefix) for w in words)),
        )
        for t in terms
    ]


class _Query:
    """Builds one statement's text and parameters in the driver's placeholder style."""

    def __init__(self, style: str) -> None:
        self.style = style
        self.params: dict[str, Any] = {}

    def bind(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}" if self.style == "named" else f"%({name})s"

    def among(self, term: Term, worker: str = "worker") -> str:
        """The worker is employed by one of the term's employers."""
        return f"{worker}.organization_id IN ({', '.join(self.bind(e) for e in term.employers)})"

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
    """Each word's rows, up to COUNT_ROWS + 1, in one round trip: its marked short
    prefix's (one per worker), its employers' workers, and, for a longer word, its own
    range's tokens."""
    q = _Query(style)
    cap = q.bind(COUNT_ROWS + 1)
    counts = []
    for i, term in enumerate(terms):
        counts.append(
            "(SELECT count(*) FROM (SELECT 1 FROM worker_search_token "
            f"WHERE token = {q.bind(term.short)} LIMIT {cap}) AS s{i})"
        )
        if term.employers:
            counts.append(
                f"(SELECT count(*) FROM (SELECT 1 FROM worker WHERE {q.among(term)} "
                f"LIMIT {cap}) AS e{i})"
            )
        if not term.is_short:
            counts.append(
                "(SELECT count(*) FROM (SELECT 1 FROM worker_search_token "
                f"WHERE token >= {q.bind(term.prefix)} AND token < {q.bind(term.upper)} "
                f"LIMIT {cap}) AS r{i})"
            )
    return f"SELECT {', '.join(counts)}", q.params


@dataclass(frozen=True)
class Plan:
    """Which word leads, and how: by its short prefix in list order, or by its range."""

    driver: int
    by_prefix: bool


def choose_plan(terms: Sequence[Term], counts: Sequence[int], wanted: int) -> Plan:
    """The plan that reads the fewest rows for the first `wanted` matches, by the counts.

    A prefix's workers are read in list order until `wanted` of them match every word:
    about `wanted` × its rows ÷ the matches, the matches being at most the rarest word's
    rows. A range is read whole, and sorted."""
    prefix_rows: list[int] = []
    range_rows: list[int | None] = []
    found = iter(counts)
    for term in terms:
        rows = next(found)
        if term.employers:
            rows += next(found)
        prefix_rows.append(rows)
        range_rows.append(None if term.is_short else next(found))
    # a word's matches are at most its prefix's workers and its range's tokens
    bounds = [p if r is None else min(p, r) for p, r in zip(prefix_rows, range_rows, strict=True)]
    matches = max(1, min(bounds))
    best = Plan(0, True)
    cost = float("inf")
    for i, rows in enumerate(prefix_rows):
        walked = min(rows, wanted * rows / matches)
        if walked < cost:
            best, cost = Plan(i, True), walked
    for i, ranged in enumerate(range_rows):
        # sorting costs about as much again as reading
        if ranged is not None and ranged <= COUNT_ROWS and 2 * ranged < cost:
            best, cost = Plan(i, False), 2 * ranged
    return best


_COLUMNS = "w.id, w.codice_fiscale, w.surname, w.name, o.name, w.birth_date"
_FROM = "FROM worker w JOIN organization o ON o.id = w.organization_id"


def _where(conditions: list[str]) -> str:
    return f"WHERE {' AND '.join(conditions)} " if conditions else ""


def walk_sql(
    terms: Sequence[Term], limit: int, offset: int, style: str, filters: Filters
) -> tuple[str, dict[str, Any]]:
    """The workers in list order, each checked against the words and filters: the plan
    for a list with no word typed."""
    q = _Query(style)
    conditions = [q.token_match(term, "w.id") for term in terms]
    conditions += q.filters(filters, "w")
    sql = (
        f"SELECT {_COLUMNS} {_FROM} {_where(conditions)}"
        f"ORDER BY w.sort_key LIMIT {q.bind(limit)} OFFSET {q.bind(offset)}"
    )
    return sql, q.params


def driven_sql(
    terms: Sequence[Term],
    plan: Plan,
    limit: int,
    offset: int,
    style: str,
    filters: Filters,
) -> tuple[str, dict[str, Any]]:
    """The page's rows, in list order. Led by a short prefix, each branch (the marked
    token's workers, each employer's workers) gives its first `offset + limit` in list
    order and `page_of` merges them: a worker may come from two branches."""
    q = _Query(style)
    if plan.by_prefix:
        wanted = q.bind(offset + limit)
        branches = [
            f"SELECT * FROM ({branch} ORDER BY sort_key LIMIT {wanted}) AS b{i}"
            for i, branch in enumerate(_branches(q, terms, plan, filters))
        ]
        page = " UNION ALL ".join(branches)
    else:
        page = (
            f"SELECT DISTINCT t.sort_key, t.worker_id {_ranged(q, terms, plan, filters)}"
            f"ORDER BY t.sort_key LIMIT {q.bind(limit)} OFFSET {q.bind(offset)}"
        )
    sql = (
        f"SELECT {_COLUMNS} FROM ({page}) page JOIN worker w ON w.id = page.worker_id "
        "JOIN organization o ON o.id = w.organization_id ORDER BY page.sort_key"
    )
    return sql, q.params


def _ranged(q: _Query, terms: Sequence[Term], plan: Plan, filters: Filters) -> str:
    """FROM and WHERE of the leading word's range of tokens, the other words checked."""
    join = "JOIN worker v ON v.id = t.worker_id " if filters.on_worker else ""
    lead = terms[plan.driver]
    conditions = [f"t.token >= {q.bind(lead.prefix)}", f"t.token < {q.bind(lead.upper)}"]
    conditions += [q.token_match(t, "t.worker_id") for i, t in enumerate(terms) if i != plan.driver]
    conditions += q.filters(filters, "v")
    return f"FROM worker_search_token t {join}{_where(conditions)}"


def _branches(
    q: _Query,
    terms: Sequence[Term],
    plan: Plan,
    filters: Filters,
    keyed: bool = True,
    apart: bool = False,
) -> list[str]:
    """(sort_key, worker_id), or only worker_id, of the leading word's workers: one
    SELECT per source. `apart`: an employer's branch leaves out the workers the marked
    prefix already gives, so that the branches can be counted without a sort."""
    lead = terms[plan.driver]
    others = [i for i in range(len(terms)) if i != plan.driver]
    key = "t.sort_key AS sort_key, " if keyed else ""
    found = [_marked_branch(q, terms, plan.driver, others, filters, key, filters.on_worker, [])]
    for employer in lead.employers:
        at = [f"v.organization_id = {q.bind(employer)}"]
        if apart:
            at.append(
                "NOT EXISTS (SELECT 1 FROM worker_search_token m WHERE m.token = "
                f"{q.bind(lead.short)} AND m.sort_key = v.sort_key AND m.worker_id = v.id)"
            )
        at += q.filters(filters, "v")
        # Every worker of the employer has the leading word. A word the employer's name
        # does not begin must be one of the worker's own: its marked prefix leads, or the
        # walk would read the whole employer for a word few of them have.
        own = [i for i in others if employer not in terms[i].employers]
        if own:
            rest = [i for i in others if i != own[0]]
            found.append(_marked_branch(q, terms, own[0], rest, filters, key, True, at))
        else:
            vkey = "v.sort_key AS sort_key, " if keyed else ""
            found.append(f"SELECT {vkey}v.id AS worker_id FROM worker v {_where(at)}")
    return found


def _marked_branch(
    q: _Query,
    terms: Sequence[Term],
    led: int,
    others: list[int],
    filters: Filters,
    key: str,
    joined: bool,
    conditions: list[str],
) -> str:
    """The workers of word `led`'s marked prefix (and the word itself, when longer),
    with the other words and the given conditions on the worker `v`."""
    word = terms[led]
    where = [f"t.token = {q.bind(word.short)}"]
    if not word.is_short:
        where.append(q.token_match(word, "t.worker_id"))
    where += [q.token_match(terms[i], "t.worker_id") for i in others]
    where += conditions or q.filters(filters, "v")
    join = "JOIN worker v ON v.id = t.worker_id " if joined else ""
    return f"SELECT {key}t.worker_id AS worker_id FROM worker_search_token t {join}{_where(where)}"


def page_of(rows: Sequence[Sequence[Any]], limit: int, offset: int) -> list[Sequence[Any]]:
    """A prefix-led page: its branches' rows in list order, each worker once."""
    seen: set[Any] = set()
    once = []
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            once.append(row)
    return once[offset : offset + limit]


def ordered_sql(
    terms: Sequence[Term],
    plan: Plan | None,
    limit: int,
    offset: int,
    style: str,
    filters: Filters,
) -> tuple[str, dict[str, Any]]:
    """Every match, sorted by another column, then by name."""
    q = _Query(style)
    conditions = []
    for index, term in enumerate(terms):
        if plan is not None and plan.by_prefix and index == plan.driver and term.is_short:
            # the same matches as its range, read from its marked prefix and employers
            marked = (
                "w.id IN (SELECT worker_id FROM worker_search_token "
                f"WHERE token = {q.bind(term.short)})"
            )
            conditions.append(f"({marked} OR {q.among(term, 'w')})" if term.employers else marked)
        elif plan is not None and not plan.by_prefix and index == plan.driver:
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
    terms = with_employers(execute, make_terms(query))
    if not terms:
        if filters.order != "name" or filters.descending:
            return list(execute(*ordered_sql(terms, None, limit, offset, style, filters)))
        return list(execute(*walk_sql(terms, limit, offset, style, filters)))
    if len(terms) == 1 and terms[0].is_short:
        plan = Plan(0, True)  # nothing to weigh: its workers, in list order
    else:
        counts = list(execute(*counts_sql(terms, style))[0])
        plan = choose_plan(terms, counts, offset + limit)
    return search_page(execute, terms, plan, limit, offset, style, filters)


def search_page(
    execute: Execute,
    terms: Sequence[Term],
    plan: Plan,
    limit: int,
    offset: int,
    style: str,
    filters: Filters,
) -> list[Sequence[Any]]:
    """A page of the search by the given plan."""
    if filters.order != "name" or filters.descending:
        return list(execute(*ordered_sql(terms, plan, limit, offset, style, filters)))
    rows = execute(*driven_sql(terms, plan, limit, offset, style, filters))
    return page_of(rows, limit, offset) if plan.by_prefix else list(rows)


COUNT_CAP = 10_000  # beyond it the list says «more than 10.000»: counting on is no help


def count_sql(
    terms: Sequence[Term], plan: Plan | None, style: str, filters: Filters, cap: int
) -> tuple[str, dict[str, Any]]:
    """How many workers match, counted up to `cap` + 1: the word with the fewest rows
    leads, the others and the filters are checked on its workers."""
    q = _Query(style)
    if plan is None:
        conditions = q.filters(filters, "w")
        inner = f"SELECT 1 FROM worker w {_where(conditions)}LIMIT {q.bind(cap + 1)}"
    elif plan.by_prefix:
        branches = _branches(q, terms, plan, filters, keyed=False, apart=True)
        inner = (
            f"SELECT worker_id FROM ({' UNION ALL '.join(branches)}) AS u LIMIT {q.bind(cap + 1)}"
        )
    else:
        inner = (
            f"SELECT DISTINCT t.worker_id {_ranged(q, terms, plan, filters)}LIMIT {q.bind(cap + 1)}"
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
    terms = with_employers(execute, make_terms(query))
    plan = None
    if len(terms) == 1 and terms[0].is_short:
        plan = Plan(0, True)
    elif terms:
        plan = choose_plan(terms, list(execute(*counts_sql(terms, style))[0]), cap + 1)
    return int(execute(*count_sql(terms, plan, style, filters, cap))[0][0])
