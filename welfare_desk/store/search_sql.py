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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

# Beyond this many matching tokens, walking the sorted workers is the faster plan.
DENSE_TERM = 3000
# Workers looked at, in order, before a walk gives up.
WALK_WINDOW = 1000

Execute = Callable[[str, dict[str, Any]], Sequence[Sequence[Any]]]


@dataclass(frozen=True)
class Term:
    """A typed word: the range of tokens it matches."""

    prefix: str
    upper: str


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


_COLUMNS = "w.id, w.codice_fiscale, w.surname, w.name, o.name"


def walk_sql(
    terms: Sequence[Term],
    limit: int,
    offset: int,
    style: str,
    organization_id: Any | None = None,
    window: int | None = None,
) -> tuple[str, dict[str, Any]]:
    q = _Query(style)
    conditions = [q.token_match(term, "w.id") for term in terms]
    if organization_id is not None:
        conditions.append(f"w.organization_id = {q.bind(organization_id)}")
    if window is not None:
        conditions.append(
            "w.sort_key <= (SELECT sort_key FROM worker ORDER BY sort_key "
            f"LIMIT 1 OFFSET {q.bind(window - 1)})"
        )
    where = f"WHERE {' AND '.join(conditions)} " if conditions else ""
    sql = (
        f"SELECT {_COLUMNS} FROM worker w JOIN organization o ON o.id = w.organization_id "
        f"{where}ORDER BY w.sort_key LIMIT {q.bind(limit)} OFFSET {q.bind(offset)}"
    )
    return sql, q.params


def driven_sql(
    terms: Sequence[Term],
    driver: int,
    limit: int,
    offset: int,
    style: str,
    organization_id: Any | None = None,
) -> tuple[str, dict[str, Any]]:
    q = _Query(style)
    lead = terms[driver]
    others = [t for i, t in enumerate(terms) if i != driver]
    join = "JOIN worker v ON v.id = t.worker_id " if organization_id is not None else ""
    conditions = [f"t.token >= {q.bind(lead.prefix)}", f"t.token < {q.bind(lead.upper)}"]
    conditions.extend(q.token_match(term, "t.worker_id") for term in others)
    if organization_id is not None:
        conditions.append(f"v.organization_id = {q.bind(organization_id)}")
    page = (
        f"SELECT DISTINCT t.sort_key, t.worker_id FROM worker_search_token t {join}"
        f"WHERE {' AND '.join(conditions)} "
        f"ORDER BY t.sort_key LIMIT {q.bind(limit)} OFFSET {q.bind(offset)}"
    )
    sql = (
        f"SELECT {_COLUMNS} FROM ({page}) page JOIN worker w ON w.id = page.worker_id "
        "JOIN organization o ON o.id = w.organization_id ORDER BY page.sort_key"
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
    organization_id: Any | None = None,
) -> list[Sequence[Any]]:
    """Rows of (id, codice fiscale, surname, name, employer), in `sort_key` order."""
    terms = make_terms(query)
    counts = list(execute(*counts_sql(terms, style))[0]) if terms else []
    driver = choose_driver(counts, DENSE_TERM)
    if driver is None and terms:
        window = max(WALK_WINDOW, (offset + limit) * 10)
        rows = list(execute(*walk_sql(terms, limit, offset, style, organization_id, window)))
        # A full page inside the window is the true first page; a short one may only mean
        # that the matches lie further on.
        if len(rows) == limit:
            return rows
        driver = choose_driver(counts, dense=max(counts))
    if driver is not None:
        return list(execute(*driven_sql(terms, driver, limit, offset, style, organization_id)))
    return list(execute(*walk_sql(terms, limit, offset, style, organization_id)))
