"""The search-as-you-type query, written once as SQL.

The services run it through SQLAlchemy; the command line's quick path runs it through
the bare DBAPI, because importing SQLAlchemy takes longer than the whole answer.
This module imports neither.

Two shapes, chosen by how many workers the most selective typed word matches:
- a rare word (a code, a full surname) drives the query from the token index;
- when every word is common ("r", "ma"), the query first walks a window of workers in
  surname order, checking each word per worker: common words fill a page quickly. Only
  if the window holds less than a page (the matches cluster late in the alphabet) does
  the most selective word drive the query after all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# Beyond this many matching tokens, walking the sorted workers is the faster plan.
DENSE_TERM = 2000
# Workers looked at, in surname order, before giving up on the walk.
WALK_WINDOW = 2000

_WORKER_ORDER = "w.surname, w.name, w.id"


@dataclass(frozen=True)
class Term:
    """A typed word: the token range it matches, and the employers whose name it matches."""

    prefix: str
    upper: str
    org_ids: tuple[Any, ...] = ()


def placeholder(name: str, style: str) -> str:
    return f":{name}" if style == "named" else f"%({name})s"


def count_sql(style: str) -> str:
    lo, hi, cap = (placeholder(n, style) for n in ("lo", "hi", "cap"))
    return (
        "SELECT count(*) FROM (SELECT 1 FROM worker_search_token "
        f"WHERE token >= {lo} AND token < {hi} LIMIT {cap}) AS matching"
    )


def count_params(term: Term) -> dict[str, Any]:
    return {"lo": term.prefix, "hi": term.upper, "cap": DENSE_TERM + 1}


def org_condition(term: Term, index: int, style: str, params: dict[str, Any]) -> str:
    names = []
    for position, org_id in enumerate(term.org_ids):
        key = f"o{index}_{position}"
        params[key] = org_id
        names.append(placeholder(key, style))
    return f"w.organization_id IN ({', '.join(names)})"


def search_sql(
    terms: Sequence[Term],
    driver: int | None,
    limit: int,
    offset: int,
    style: str,
    organization_id: Any | None = None,
    window_end: tuple[Any, Any, Any] | None = None,
) -> tuple[str, dict[str, Any]]:
    """The query and its parameters; `driver` is the index of the rare word, if any;
    `window_end` (surname, name, id) stops a walk at that worker."""
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    conditions: list[str] = []
    for index, term in enumerate(terms):
        lo, hi = f"lo{index}", f"hi{index}"
        params[lo], params[hi] = term.prefix, term.upper
        lo_p, hi_p = placeholder(lo, style), placeholder(hi, style)
        if index == driver:
            conditions.append(
                "w.id IN (SELECT worker_id FROM worker_search_token "
                f"WHERE token >= {lo_p} AND token < {hi_p})"
            )
            continue
        by_name = (
            "EXISTS (SELECT 1 FROM worker_search_token t WHERE t.worker_id = w.id "
            f"AND t.token >= {lo_p} AND t.token < {hi_p})"
        )
        if term.org_ids:
            conditions.append(f"({by_name} OR {org_condition(term, index, style, params)})")
        else:
            conditions.append(by_name)
    if organization_id is not None:
        params["org"] = organization_id
        conditions.append(f"w.organization_id = {placeholder('org', style)}")
    if window_end is not None:
        params["ws"], params["wn"], params["wi"] = window_end
        ws, wn, wi = (placeholder(n, style) for n in ("ws", "wn", "wi"))
        conditions.append(
            f"(w.surname < {ws} OR (w.surname = {ws} AND (w.name < {wn} "
            f"OR (w.name = {wn} AND w.id <= {wi}))))"
        )
    where = f"WHERE {' AND '.join(conditions)} " if conditions else ""
    sql = (
        "SELECT w.id, w.codice_fiscale, w.surname, w.name, o.name FROM worker w "
        f"JOIN organization o ON o.id = w.organization_id {where}"
        f"ORDER BY {_WORKER_ORDER} "
        f"LIMIT {placeholder('limit', style)} OFFSET {placeholder('offset', style)}"
    )
    return sql, params


def choose_driver(
    counts: Iterable[int], terms: Sequence[Term], dense: int = DENSE_TERM
) -> int | None:
    """The most selective word that matches no employer, if it is rare enough to lead."""
    best: tuple[int, int] | None = None
    for index, (count, term) in enumerate(zip(counts, terms, strict=True)):
        if term.org_ids or count > dense:
            continue
        if best is None or count < best[0]:
            best = (count, index)
    return None if best is None else best[1]


ORGANIZATIONS_SQL = "SELECT id, name FROM organization"
WINDOW_END_SQL = (
    "SELECT surname, name, id FROM worker ORDER BY surname, name, id LIMIT 1 OFFSET {skip}"
)


def make_terms(query: str, organizations: Iterable[tuple[Any, str]]) -> list[Term]:
    """The typed words as token ranges, each with the employers whose name it matches."""
    from welfare_desk.domain.search_text import prefix_upper_bound, query_terms, tokens

    org_tokens = [(org_id, tokens(name)) for org_id, name in organizations]
    return [
        Term(
            prefix=word,
            upper=prefix_upper_bound(word),
            org_ids=tuple(oid for oid, toks in org_tokens if any(t.startswith(word) for t in toks)),
        )
        for word in query_terms(query)
    ]


Execute = Any  # (sql, params) -> list of row tuples


def run_search(
    execute: Execute,
    query: str,
    limit: int,
    offset: int,
    style: str,
    organization_id: Any | None = None,
) -> list[tuple[Any, ...]]:
    """Rows of (id, codice fiscale, surname, name, employer), in surname order."""
    terms = make_terms(query, execute(ORGANIZATIONS_SQL, {})) if query.strip() else []
    counts = [
        0 if term.org_ids else execute(count_sql(style), count_params(term))[0][0] for term in terms
    ]
    driver = choose_driver(counts, terms)
    if driver is None and terms:
        skip = max(WALK_WINDOW, (offset + limit) * 10) - 1
        end = execute(WINDOW_END_SQL.format(skip=placeholder("skip", style)), {"skip": skip})
        if not end:  # fewer workers than the window: the walk is short anyway
            return list(execute(*search_sql(terms, None, limit, offset, style, organization_id)))
        window_end = tuple(end[0])
        sql, params = search_sql(terms, None, limit, offset, style, organization_id, window_end)
        rows = list(execute(sql, params))
        if len(rows) == limit:  # a full page inside the window is the true first page
            return rows
        driver = choose_driver(counts, terms, dense=max(counts))
    sql, params = search_sql(terms, driver, limit, offset, style, organization_id)
    return list(execute(sql, params))
