"""Small counts in what leaves for HR: a count from 1 to 4 could point at a person, so it
is shown as "<5"; and a suppressed cell must not come back by subtracting the others from
the total, so a second cell is hidden ("n.d.") where the first would be alone.

A reader knows that "<5" is 1 to 4 and that "n.d." is any count. Within a group whose
total is shown, the suppressed cells' sum is known; they stay safe as long as that sum can
be split among them in more than one way."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

THRESHOLD = 5
SMALL = "<5"
HIDDEN = "n.d."
NOTE = (
    "«<5»: da 1 a 4, non mostrato per riservatezza; «n.d.»: non diffuso, perché da esso "
    "si potrebbe ricavare una cella «<5»."
)


def small(value: int) -> bool:
    return 0 < value < THRESHOLD


def shown_count(value: int) -> str:
    """A count standing alone (a headline figure)."""
    return SMALL if small(value) else str(value)


@dataclass(frozen=True, slots=True)
class ProtectedGroup:
    cells: dict[str, str]  # key → what is printed
    total: str

    def number(self, key: str) -> int | None:
        """The cell as a number when it is printed as one (charts draw only these)."""
        text = self.cells[key]
        return int(text) if text.isdigit() else None


def _ambiguous(primaries: list[int]) -> bool:
    """Do these small cells (each 1..4), whose sum is known, admit another split?"""
    k, total = len(primaries), sum(primaries)
    return k >= 2 and k < total < 4 * k


def protect(
    counts: Mapping[str, int],
    total_printed_elsewhere: bool = True,
    hidden: frozenset[str] = frozenset(),
    hide_total: bool = False,
) -> ProtectedGroup:
    """Counts that add up to the group's total, as they may be printed. A total that
    appears nowhere else may be the one hidden, so that every part stays readable.
    `hidden` cells and the total (`hide_total`) are hidden whatever their size: another
    report would otherwise give them back (an employer's, beside the programme's)."""
    total = sum(counts.values())
    if small(total):
        # Every part is small too, and which parts are zero would say what the few had in
        # common (all closed for one reason): only the total is given.
        return ProtectedGroup({k: HIDDEN for k in counts}, SMALL)
    cells = {k: HIDDEN if k in hidden else SMALL if small(v) else str(v) for k, v in counts.items()}
    if hide_total:  # no sum to subtract from: each hidden or small cell stays unknown
        return ProtectedGroup(cells, HIDDEN)
    primaries = [v for k, v in counts.items() if small(v) and k not in hidden]
    forced = [k for k in counts if k in hidden]
    if not primaries and not forced:
        return ProtectedGroup(cells, str(total))
    if primaries and not any(counts[k] for k in forced) and _ambiguous(primaries):
        return ProtectedGroup(cells, str(total))
    if primaries and any(counts[k] for k in forced):
        return ProtectedGroup(cells, str(total))  # a hidden part of one or more blurs them
    if not primaries and len(forced) >= 2:
        return ProtectedGroup(cells, str(total))  # their sum splits many ways
    if not total_printed_elsewhere:
        return ProtectedGroup(cells, HIDDEN)
    # One more cell must hide with them: the smallest not yet hidden; for small cells,
    # one of at least five, since a zero beside them would blur nothing.
    floor = THRESHOLD if primaries else 0
    others = sorted(
        (v, k) for k, v in counts.items() if k not in hidden and not small(v) and v >= floor
    )
    if others:
        cells[others[0][1]] = HIDDEN
        return ProtectedGroup(cells, str(total))
    # Nothing else to hide with them: the whole group is withheld, its total kept.
    return ProtectedGroup({k: HIDDEN for k in counts}, str(total))


def shown_delta(now: str, before: str) -> str:
    """The change from the previous period, only between two printed numbers: a change to
    or from "<5" would give the small count back."""
    if now.isdigit() and before.isdigit():
        delta = int(now) - int(before)
        return f"{delta:+d}" if delta else "="
    return HIDDEN
