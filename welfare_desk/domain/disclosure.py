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


def _pinned(ranges: Mapping[str, tuple[int, int]], truth: Mapping[str, int], rest: int) -> bool:
    """Would a reader who knows each unknown cell's range and their sum (`rest`) pin one
    that is not zero? Sums of integer ranges fill the interval between their ends, so a
    cell can be whatever lies between what the others can and cannot take."""
    for key, (lo, hi) in ranges.items():
        others = [r for k, r in ranges.items() if k != key]
        least = max(lo, rest - sum(h for _, h in others))
        most = min(hi, rest - sum(low for low, _ in others))
        if truth[key] and least >= most:
            return True
    return False


def protect(
    counts: Mapping[str, int],
    total_printed_elsewhere: bool = True,
    hidden: frozenset[str] = frozenset(),
    hide_total: bool = False,
) -> ProtectedGroup:
    """Counts that add up to the group's total, as they may be printed. A total that
    appears nowhere else may be the one hidden, so that every part stays readable.
    `hidden` cells and the total (`hide_total`) are hidden whatever their size: another
    report would otherwise give them back (an employer's, beside the programme's).

    The reader is assumed to know these rules: "<5" is 1 to 4; a cell hidden for another
    report is anything; a cell hidden here to blur the small ones is at least 5 and, being
    the smallest such, at most the smallest count still printed. Cells are hidden until no
    small or hidden count can be worked out from the total under those assumptions."""
    total = sum(counts.values())
    if small(total):
        # Every part is small too, and which parts are zero would say what the few had in
        # common (all closed for one reason): only the total is given.
        return ProtectedGroup({k: HIDDEN for k in counts}, SMALL)
    cells = {k: HIDDEN if k in hidden else SMALL if small(v) else str(v) for k, v in counts.items()}
    if hide_total:  # no sum to subtract from: each hidden or small cell stays unknown
        return ProtectedGroup(cells, HIDDEN)
    forced = [k for k in counts if k in hidden]
    primaries = [k for k, v in counts.items() if small(v) and k not in hidden]
    if not forced and not primaries:
        return ProtectedGroup(cells, str(total))
    partners: list[str] = []
    # Partners are hidden smallest first, and never a zero: the programme's report, which
    # prints the same cell, would say it is one.
    candidates = sorted((v, k) for k, v in counts.items() if k not in hidden and v >= THRESHOLD)
    while True:
        printed = [v for v, k in candidates if k not in partners]
        ceiling = min(printed) if printed else total
        ranges = {k: (0, total) for k in forced}
        ranges |= {k: (1, THRESHOLD - 1) for k in primaries}
        ranges |= {k: (THRESHOLD, ceiling) for k in partners}
        rest = sum(counts[k] for k in ranges)
        if not _pinned(ranges, counts, rest):
            for k in partners:
                cells[k] = HIDDEN
            return ProtectedGroup(cells, str(total))
        if not total_printed_elsewhere:
            return ProtectedGroup(cells, HIDDEN)
        if not printed:  # nothing left to hide with them: the group is withheld
            return ProtectedGroup({k: HIDDEN for k in counts}, str(total))
        partners.append(next(k for v, k in candidates if k not in partners))


def shown_delta(now: str, before: str) -> str:
    """The change from the previous period, only between two printed numbers: a change to
    or from "<5" would give the small count back."""
    if now.isdigit() and before.isdigit():
        delta = int(now) - int(before)
        return f"{delta:+d}" if delta else "="
    return HIDDEN
