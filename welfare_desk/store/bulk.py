"""Many rows written with one prepared statement: the types' conversions looked up once per
table, not once per value. SQLAlchemy's own executemany spends more time building each
row's parameters than the database spends writing them, which at a full programme's
size (a million and a half rows with their journal) is minutes."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import date, datetime
from functools import partial
from typing import Any

from sqlalchemy import Connection, Dialect, Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import TypeEngine

BULK_CHUNK = 2000

Converter = Callable[[Any], Any] | None


def defaults(table: Table, given: Collection[str]) -> dict[str, Callable[[], Any]]:
    """The Python-side defaults of the columns a row leaves out (the database's own are
    left to it)."""
    found: dict[str, Callable[[], Any]] = {}
    for column in table.columns:
        default = column.default
        if column.key in given or default is None or not hasattr(default, "arg"):
            continue
        arg: Any = default.arg
        if getattr(default, "is_callable", False):
            found[column.key] = partial(arg, None)
        elif getattr(default, "is_scalar", False):
            found[column.key] = partial(_same, arg)
    return found


def _same(value: Any) -> Any:
    return value


def _copied(connection: Connection, copy: str, rows: list[tuple[Any, ...]]) -> None:
    """Rows streamed by COPY, with the driver's errors wrapped as SQLAlchemy wraps a
    statement's: the unit of work turns them into the desk's messages, and a connection
    lost midway is thrown away, not reused."""
    dialect = connection.dialect
    driver: Any = connection.connection.dbapi_connection  # psycopg's: COPY is its own
    try:
        with driver.cursor() as cursor, cursor.copy(copy) as stream:
            for row in rows:
                stream.write_row(row)
    except dialect.loaded_dbapi.Error as error:
        lost = dialect.is_disconnect(error, driver, None)
        if lost:
            connection.invalidate(error)
        raise DBAPIError.instance(
            copy,
            None,
            error,
            dialect.loaded_dbapi.Error,
            connection_invalidated=lost,
            dialect=dialect,
        ) from error


def _converter(kind: TypeEngine[Any], dialect: Dialect) -> Converter:
    """The type's own conversion, but for SQLite's stamps and days in their default
    form: its formatting by a mapping of parts costs more than the rest of the row."""
    general = kind._cached_bind_processor(dialect)
    impl = kind.dialect_impl(dialect)
    default = isinstance(impl, sqlite.DATETIME | sqlite.DATE) and (
        impl._storage_format == type(impl)._storage_format
    )
    if general is None or not default:
        return general
    if isinstance(impl, sqlite.DATETIME):
        return partial(_stamp_text, general)
    return partial(_day_text, general)


def _stamp_text(general: Callable[[Any], Any], value: Any) -> Any:
    if type(value) is datetime and value.tzinfo is None:
        return value.isoformat(" ", "microseconds")
    return general(value)


def _day_text(general: Callable[[Any], Any], value: Any) -> Any:
    if type(value) is date:
        return value.isoformat()
    return general(value)


def write(
    connection: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    ready: Collection[str] = (),
) -> None:
    """Inserts `rows`, which all name the same columns (a missing one raises KeyError,
    never a silent NULL), in chunks. The columns in `ready` hold what the database is
    given as it is (a JSON text already written)."""
    if not rows:
        return
    given = list(rows[0])
    _write(connection, table, given, rows, ready, lambda row: [row[key] for key in given])


def write_tuples(
    connection: Connection,
    table: Table,
    given: Sequence[str],
    rows: Sequence[Sequence[Any]],
    ready: Collection[str] = (),
) -> None:
    """As `write`, the rows given as tuples of the columns named in `given`."""
    _write(connection, table, given, rows, ready, list)


def _write(
    connection: Connection,
    table: Table,
    given: Sequence[str],
    rows: Sequence[Any],
    ready: Collection[str],
    pick: Callable[[Any], list[Any]],
) -> None:
    if not rows:
        return
    dialect = connection.dialect
    given = list(given)
    filled = defaults(table, given)
    keys = given + list(filled)
    columns = [table.columns[key] for key in keys]
    converters: list[Converter] = [
        None if c.key in ready else _converter(c.type, dialect) for c in columns
    ]
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join([mark] * len(columns))})"
    )
    convert = [(i, c) for i, c in enumerate(converters) if c is not None]
    made = list(filled.values())
    copy = None
    if dialect.name == "postgresql":
        # COPY: one stream, not a round of the pipeline per row (a third of the time)
        names = ", ".join(quote(c.name) for c in columns)
        copy = f"COPY {quote(table.name)} ({names}) FROM STDIN"
    for start in range(0, len(rows), BULK_CHUNK):
        tuples = []
        for row in rows[start : start + BULK_CHUNK]:
            values = pick(row)
            values += [d() for d in made]
            for i, converter in convert:
                values[i] = converter(values[i])
            tuples.append(tuple(values))
        if copy is None:
            connection.exec_driver_sql(statement, tuples)
            continue
        _copied(connection, copy, tuples)
