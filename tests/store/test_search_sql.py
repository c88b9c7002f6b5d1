"""Search as you type (#19): every plan finds exactly the workers whose words begin with
every typed word, in list order, and a short word's workers are read from the index in
that order, at any size of the store."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tests.conftest import TODAY, store_at
from welfare_desk.demo.generate import generate
from welfare_desk.domain.search_text import short_prefixes
from welfare_desk.registry import queries
from welfare_desk.registry.workers import worker_tokens
from welfare_desk.store import migrate
from welfare_desk.store.engine import Store
from welfare_desk.store.search_sql import (
    Filters,
    Plan,
    count_matches,
    count_sql,
    driven_sql,
    make_terms,
    run_search,
    search_page,
    with_employers,
)
from welfare_desk.store.uow import UnitOfWork

Row = tuple[uuid.UUID, str, frozenset[str]]


def _workers(uow: UnitOfWork) -> list[Row]:
    """Each worker's id, sort key and words, as the registry makes them."""
    found = uow.session.execute(
        text(
            "SELECT w.id, w.sort_key, w.surname, w.name, w.codice_fiscale, o.name "
            "FROM worker w JOIN organization o ON o.id = w.organization_id"
        )
    ).all()
    return sorted(
        (
            (uuid.UUID(str(i)), key, frozenset(worker_tokens(surname, name, code, employer)))
            for i, key, surname, name, code, employer in found
        ),
        key=lambda r: r[1],
    )


def _expected(workers: list[Row], query: str) -> list[uuid.UUID]:
    words = [t.prefix for t in make_terms(query)]
    return [
        i for i, _key, mine in workers if all(any(t.startswith(w) for t in mine) for w in words)
    ]


def _runner(uow: UnitOfWork) -> Callable[[str, dict[str, Any]], Sequence[Sequence[Any]]]:
    def execute(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        return queries.run_search_sql(uow, sql, params)

    return execute


def _ids(rows: Sequence[Sequence[Any]]) -> list[uuid.UUID]:
    return [uuid.UUID(str(r[0])) for r in rows]


def test_every_plan_finds_what_the_words_match_in_list_order(store: Store) -> None:
    with UnitOfWork(store) as uow:
        generate(uow, 240, seed=7, today=TODAY)
    with UnitOfWork(store) as uow:
        workers = _workers(uow)
        words = sorted({w for _i, _k, mine in workers for w in mine})
        execute = _runner(uow)

        typed = st.lists(
            st.tuples(st.sampled_from(words), st.integers(min_value=1, max_value=7)),
            min_size=1,
            max_size=3,
        ).map(lambda picked: " ".join(w[:n] for w, n in picked))

        employer_of = {  # ids as the database binds them, as the registry's filters give them
            uuid.UUID(str(w)): o
            for w, o in uow.session.execute(text("SELECT id, organization_id FROM worker"))
        }
        employers = sorted(set(employer_of.values()))

        @settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
        @given(
            typed,
            st.integers(min_value=1, max_value=30),
            st.integers(0, 40),
            st.none() | st.sampled_from(employers),
        )
        def check(query: str, limit: int, offset: int, employer: Any) -> None:
            wanted = _expected(workers, query)
            only = Filters(organization_id=employer)
            if employer is not None:  # the list of one employer: the words' branches joined
                wanted = [w for w in wanted if employer_of[w] == employer]
            terms = with_employers(execute, make_terms(query))
            for driver in range(len(terms)):
                for by_prefix in (True, False):
                    plan = Plan(driver, by_prefix)
                    found = search_page(execute, terms, plan, limit, offset, "named", only)
                    assert _ids(found) == wanted[offset : offset + limit], (
                        query,
                        driver,
                        by_prefix,
                    )
                    counted = count_sql(terms, Plan(driver, by_prefix), "named", only, 9999)
                    assert execute(*counted)[0][0] == len(wanted)
            assert (
                _ids(run_search(execute, query, limit, offset, "named", only))
                == (wanted[offset : offset + limit])
            )
            assert count_matches(execute, query, "named", only) == len(wanted)

        check()


def test_a_short_word_s_workers_are_read_in_list_order_from_the_index(
    sqlite_store: Store,
) -> None:
    """At 200,000 workers a two-letter word («ga», «de a») matched tens of thousands of
    tokens: they were read whole and sorted, or the workers walked one by one. A short
    word's marked prefix holds its workers in list order: the page is the first rows."""
    with UnitOfWork(sqlite_store) as uow:
        generate(uow, 60, seed=3, today=TODAY)
    with UnitOfWork(sqlite_store) as uow:
        for query in ("ga", "de a", "r", "ross mar", "te", "o lo"):
            terms = with_employers(_runner(uow), make_terms(query))
            sql, params = driven_sql(terms, Plan(0, True), 50, 0, "named", Filters())
            plan = uow.session.execute(text(f"EXPLAIN QUERY PLAN {sql}"), params).all()
            steps = [str(step[-1]) for step in plan]
            # each branch reads its first rows from an index in list order; only the
            # page's few rows from the branches are sorted, at the end
            sorts = [s for s in steps if "TEMP B-TREE" in s]
            assert len(sorts) <= 1 and plan[-1][-1] == sorts[0] if sorts else True, steps
            # the subqueries' own rows are scanned; no table and no index is read whole
            tables = ("SCAN t", "SCAN v", "SCAN w", "SCAN o", "SCAN worker")
            assert not [s for s in steps if s.startswith(tables)], steps


def test_an_employer_is_not_walked_for_a_word_its_name_does_not_have(
    sqlite_store: Store,
) -> None:
    """At 200,000 workers «cooperativa sp» took 3.5 s: each cooperative's workers were
    walked in list order for «sp», which only one of them has in its name. For the
    others, the word must be a worker's own, and its marked prefix leads instead."""
    with UnitOfWork(sqlite_store) as uow:
        generate(uow, 60, seed=3, today=TODAY)
    with UnitOfWork(sqlite_store) as uow:
        terms = with_employers(_runner(uow), make_terms("cooperativa sp"))
        lead = next(i for i, t in enumerate(terms) if t.prefix == "cooperativa")
        other = terms[1 - lead]
        both = set(terms[lead].employers) & set(other.employers)
        assert len(terms[lead].employers) > len(both) > 0
        sql, params = driven_sql(terms, Plan(lead, True), 50, 0, "named", Filters())
        plan = uow.session.execute(text(f"EXPLAIN QUERY PLAN {sql}"), params).all()
        walked = [s for _a, _b, _c, s in plan if "ix_worker_employer_order" in str(s)]
        assert len(walked) == len(both), plan  # only the employers whose names have both


def test_a_worker_s_short_prefixes_are_kept_once_each(sqlite_store: Store) -> None:
    from tests.helpers import add_worker

    made = add_worker(sqlite_store, surname="De Angelis", name="Dario").worker
    with UnitOfWork(sqlite_store) as uow:
        kept = uow.session.execute(
            text("SELECT token FROM worker_search_token WHERE worker_id = :w AND token < '0'"),
            {"w": made.id.hex},
        ).scalars()
        marked = sorted(kept)
    own = {"de", "angelis", "deangelis", "dario", made.codice_fiscale.lower()}
    # the employer's words' prefixes are the employer's, read from its workers' index
    assert set(marked) == short_prefixes(own)
    assert {"!d", "!de", "!dea", "!dean", "!a", "!an", "!ang", "!dar"} <= set(marked)


def _downgrade(store: Store, to: str) -> None:
    """The store taken back to an earlier revision by the migrations' own downgrades:
    the data a desk of that release would have written, made by today's code."""
    from alembic import command
    from alembic.config import Config

    from welfare_desk.store.migrate import db_dir

    config = Config()
    config.set_main_option("script_location", str(db_dir()))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, to)


def test_an_upgraded_store_finds_by_short_prefix(old_location: str) -> None:
    """Revision 0032 gives an existing store's workers their marked prefixes, the same
    as the registry writes for a new worker."""
    from tests.conftest import clock_at
    from welfare_desk.store.engine import resolve_target
    from welfare_desk.store.opening import connect

    old = connect(resolve_target(old_location), clock=clock_at())
    migrate.upgrade(old)
    with UnitOfWork(old) as uow:
        generate(uow, 30, seed=2, today=TODAY)
    _downgrade(old, "0031")  # as 0031 kept them: no marked prefixes
    with old.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM worker_search_token")).scalar()
        marked = "SELECT count(*) FROM worker_search_token WHERE token < '0'"
        assert connection.execute(text(marked)).scalar() == 0
    old.close()
    store = store_at(old_location)
    try:
        with UnitOfWork(store) as uow:
            workers = _workers(uow)
            assert _marked(uow) == {
                (i, p) for i, _k, mine in workers for p in short_prefixes(set(mine))
            }
            for word in sorted({w for _i, _k, mine in workers for w in mine})[::7]:
                for typed in (word[:1], word[:2], word[:4], word):
                    found = run_search(_runner(uow), typed, 50, 0, "named")
                    assert _ids(found) == _expected(workers, typed)[:50], typed
                    assert count_matches(_runner(uow), typed, "named") == len(
                        _expected(workers, typed)
                    )
    finally:
        store.close()


def _marked(uow: UnitOfWork) -> set[tuple[uuid.UUID, str]]:
    rows = uow.session.execute(
        text("SELECT worker_id, token FROM worker_search_token WHERE substr(token, 1, 1) = '!'")
    ).all()
    return {(uuid.UUID(str(w)), t) for w, t in rows}
