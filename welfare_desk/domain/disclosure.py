"""Counts that leave for HR or a funder, made safe to combine: the cell key method.

Hiding small cells table by table does not hold once a reader keeps many tables at once
(every employer's and the programme's summary, every quarter, every reissue): a cell
hidden in one comes back as a total less the others. Statistical offices that publish
freely combinable tables (the Australian Bureau of Statistics' TableBuilder, the German
and the European census of 2021/2022) perturb every count instead, consistently:

- every record (a contact, a case, a worker...) carries a fixed random key, unknown to
  readers: a keyed hash of its id with the store's secret;
- a cell's key is the sum of its records' keys (modulo 2^32): the same people give the
  same key, in any table, in any report, at any time;
- the key picks the cell's noise from a fixed table of probabilities (the "ptable"):
  the same cell always gets the same noise, so asking again or from another table gives
  nothing new, and a cell whose records changed gets noise drawn afresh.

The noise here is almost always 1 or 2, more than 4 for one count in 170, and never more
than 8; from 6 up its mean is zero (an unbiased count); a count from 1 to 4 is never
printed (it becomes 5 or more, so a printed 5 may be anything from 1 to 13), and 0 stays
0. A small count is not turned into 0: a zero that may be up to 4 beside cells that are
at least one each bounds them from above, and the bounds met pin them.

A reader who knows all of this, and holds any set of tables, has for each count a range
of seventeen values at most, and bounds from above only from a printed count plus 8 (or
a zero): tables that add up narrow a count to one value only where one of the counts
involved was printed 8 below its truth, one count in 13,000. The first table (ckm-1,
noise of at most 4) met that edge for one count in 170, and the attacker of
`tests/reporting/test_attacker.py`, solving every table a recipient can hold as one
integer program, pinned a count of 1 in about one store in a hundred.

What it cannot do: totals are perturbed on their own, so a table's cells need not add up
to its printed total; small counts are printed a little larger than they are; a count
printed 8 below its truth can, with the right neighbours, be told; and a zero is a true
zero: a number printed as non-zero says that at least one record is behind it, which no
method that keeps zeros can hide."""

from __future__ import annotations

import hashlib
import math
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

KEY_SPACE = 1 << 32
BLOCKED = 4  # counts 1..4 are never printed
DECAY = 3.0  # each step further from the true count is three times less likely


@dataclass(frozen=True)
class Method:
    """A table of noise, fixed for its name. A store prints with one table for its whole
    life (`reporting.queries.keys.store_method`): the same cell printed under two tables,
    from the same key, gives pairs of numbers that only one small count can make."""

    name: str
    max_noise: int
    five_kept: bool  # a true 5 always printed 5 (ckm-1): a hole in what 6 to 8 allow
    note: str  # what every report says of it


# ckm-1 (#18, first issue): noise of at most 4. A reader's bound is tight only where a
# count was printed 4 below its truth, one count in 170; holding a few thousand counts,
# the attacker pinned a small one in about one store in a hundred.
FIRST = Method(
    "ckm-1",
    max_noise=4,
    five_kept=True,
    note=(
        "Per riservatezza ogni conteggio è alterato di poco (al massimo di 4), sempre allo "
        "stesso modo per le stesse persone: un numero da 1 a 4 non compare mai (è stampato "
        "tra 5 e 8), lo zero è uno zero vero e i totali possono non corrispondere alla "
        "somma delle righe. Così nessun confronto tra prospetti, aziende, trimestri o "
        "riemissioni può rivelare un numero piccolo di persone."
    ),
)
# ckm-2: the same noise near the truth (half the counts printed as they are, 19 in 20
# within 2, beyond 4 one in 170) with a tail to 8, where a count lands one time in 13,000.
SECOND = Method(
    "ckm-2",
    max_noise=8,
    five_kept=False,
    note=(
        "Per riservatezza ogni conteggio può essere alterato di poco (quasi sempre di 2 al "
        "più, mai di oltre 8), sempre allo stesso modo per le stesse persone: un numero da "
        "1 a 4 non compare mai (è stampato come 5 o più), lo zero è uno zero vero e i "
        "totali possono non corrispondere alla somma delle righe. Così nessun confronto "
        "tra prospetti, aziende, trimestri o riemissioni può rivelare un numero piccolo "
        "di persone."
    ),
)
METHODS = {m.name: m for m in (FIRST, SECOND)}
CURRENT = SECOND  # for a new store
METHOD = CURRENT.name
MAX_NOISE = CURRENT.max_noise
NOTE = CURRENT.note
HIDDEN = "n.d."  # an amount or a median standing for too few records to be given


def record_key(secret: bytes, record_id: uuid.UUID | bytes) -> int:
    """A record's fixed key: readers know neither the secret nor the record's id."""
    data = record_id if isinstance(record_id, bytes) else record_id.bytes
    digest = hashlib.blake2b(data, key=secret[:64], digest_size=4).digest()
    return int.from_bytes(digest, "big")


def cell_key(keys: Iterable[int]) -> int:
    return sum(keys) % KEY_SPACE


def _support(value: int, method: Method) -> list[int]:
    reach = method.max_noise
    return [j for j in range(value - reach, value + reach + 1) if j > BLOCKED]


@lru_cache(maxsize=128)
def _thresholds(value: int, method: Method) -> tuple[tuple[int, int], ...]:
    """(published, upper key bound) for a true count above zero. A count from 1 to 4 is
    printed as 5 or more, nearer ones likelier; a larger one gets the distribution nearest
    the geometric one around it (in relative entropy) whose mean is the count itself."""
    support = _support(value, method)
    base = [DECAY ** -abs(j - value) for j in support]
    if min(support) == value and method.five_kept:
        probabilities = [1.0 if j == value else 0.0 for j in support]
    elif min(support) >= value:  # nothing printable below it: its mean cannot be kept
        probabilities = [w / sum(base) for w in base]
    else:

        def weights(tilt: float) -> list[float]:
            return [w * math.exp(tilt * (j - value)) for w, j in zip(base, support, strict=True)]

        def mean(tilt: float) -> float:
            found = weights(tilt)
            return sum(w * j for w, j in zip(found, support, strict=True)) / sum(found)

        low, high = -60.0, 60.0
        for _ in range(200):
            middle = (low + high) / 2
            low, high = (middle, high) if mean(middle) < value else (low, middle)
        found = weights((low + high) / 2)
        probabilities = [w / sum(found) for w in found]
    bounds, cumulative = [], 0.0
    for j, p in zip(support, probabilities, strict=True):
        cumulative += p
        if p > 0:
            bounds.append((j, min(KEY_SPACE, round(cumulative * KEY_SPACE))))
    return tuple((j, KEY_SPACE if i == len(bounds) - 1 else b) for i, (j, b) in enumerate(bounds))


def _shape(value: int, method: Method) -> int:
    """Counts far enough from the blocked ones share one distribution, shifted."""
    return min(value, BLOCKED + 1 + 2 * method.max_noise)


def transitions(value: int, method: Method = CURRENT) -> tuple[tuple[int, float], ...]:
    """(published, probability) for a true count: the table a reader may know."""
    if value <= 0:
        return ((0, 1.0),) if value == 0 else ()
    shift = value - _shape(value, method)
    found, before = [], 0
    for j, bound in _thresholds(_shape(value, method), method):
        found.append((j + shift, (bound - before) / KEY_SPACE))
        before = bound
    return tuple(found)


def perturb(value: int, key: int, method: Method = CURRENT) -> int:
    """The count as printed."""
    if value <= 0:
        return 0
    shift = value - _shape(value, method)
    for j, bound in _thresholds(_shape(value, method), method):
        if key % KEY_SPACE < bound:
            return j + shift
    raise AssertionError("the last bound is the whole key space")


def possible_counts(published: int, method: Method = CURRENT) -> list[int]:
    """Every true count that can be printed as `published`: what a reader can infer."""
    if published == 0:
        return [0]
    reach = method.max_noise
    return [
        value
        for value in range(max(1, published - reach), published + reach + 1)
        if any(j == published and p > 0 for j, p in transitions(value, method))
    ]


def shown_delta(now: str, before: str) -> str:
    """The change between two printed numbers (both already perturbed)."""
    if now.isdigit() and before.isdigit():
        delta = int(now) - int(before)
        return f"{delta:+d}" if delta else "="
    return HIDDEN


@lru_cache(maxsize=8)
def clear_from(method: Method) -> int:
    """The least printed count that no true count from 1 to BLOCKED can become. A figure
    tied to a group of people (its money, or an average) is shown only when the group's
    printed count reaches it: decided on what the reader sees, so that hiding tells
    nothing more."""
    return min(
        p
        for p in range(1, 4 * (BLOCKED + method.max_noise))
        if min(possible_counts(p, method) or [0]) > BLOCKED
    )


CLEAR = clear_from(CURRENT)


def blurred(
    value: int,
    records: int,
    key: int,
    largest: int,
    name: str,
    step: int,
    method: Method = CURRENT,
) -> int | None:
    """An amount (money, minutes) standing for `records` records whose cell key is `key`.
    Given only where their printed count reaches CLEAR; moved by up to one and a half
    times the largest of them, by a draw of its own from the key and the amount's name
    (two amounts of the same records never share a draw, or their difference would be
    exact); rounded to `step`. Nothing behind it is a true 0."""
    if records == 0:
        return 0
    if perturb(records, key, method) < clear_from(method):
        return None
    digest = hashlib.blake2b(f"{key}\x1f{name}".encode(), digest_size=4).digest()
    share = int.from_bytes(digest, "big") / KEY_SPACE
    return round((value + (2 * share - 1) * 1.5 * largest) / step) * step
