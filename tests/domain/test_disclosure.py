"""Small counts never printed, and never recoverable by subtraction from a printed total."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from welfare_desk.domain.disclosure import (
    HIDDEN,
    SMALL,
    protect,
    shown_count,
    shown_delta,
)

counts = st.dictionaries(
    st.sampled_from("abcdefg"),
    st.one_of(st.integers(0, 6), st.integers(0, 60)),
    min_size=1,
    max_size=6,
)


def _range(text: str, total_bound: int) -> range:
    """What a reader knows of a printed cell."""
    if text == SMALL:
        return range(1, 5)
    if text == HIDDEN:
        return range(0, total_bound + 1)
    return range(int(text), int(text) + 1)


def _feasible(cells: list[range], totals: range) -> list[set[int]]:
    """For each cell, every value it can take in some assignment whose sum is a total."""
    found: list[set[int]] = []
    for i, cell in enumerate(cells):
        rest = [c for j, c in enumerate(cells) if j != i]
        sums = {0}
        for other in rest:
            sums = {s + v for s in sums for v in other if s + v <= totals.stop}
        found.append({v for v in cell if any(t - v in sums for t in totals)})
    return found


@settings(max_examples=500, deadline=None)
@given(counts, st.booleans(), st.sets(st.sampled_from("abcdefg")), st.booleans())
def test_no_small_count_is_printed_nor_recoverable(
    group: dict[str, int], elsewhere: bool, hidden: set[str], hide_total: bool
) -> None:
    # a one-cell group's total is the cell: hiding it means hiding that total everywhere
    assume(len(group) > 1 or not (hidden & set(group)) or hide_total or not elsewhere)
    protected = protect(group, elsewhere, frozenset(hidden), hide_total)
    if elsewhere and not hide_total:  # a total printed in another table is printed alike
        assert protected.total == shown_count(sum(group.values()))
    for key in hidden & set(group):
        assert protected.cells[key] == HIDDEN
    printed = [*protected.cells.values(), protected.total]
    assert not any(text.isdigit() and 0 < int(text) < 5 for text in printed)
    # every printed number is the true one
    for key, text in protected.cells.items():
        if text.isdigit():
            assert int(text) == group[key]
    true_total = sum(group.values())
    # a hidden total could be anything: bound it well above the truth
    bound = {SMALL: 4, HIDDEN: 2 * true_total + 10}.get(protected.total, true_total)
    totals = _range(protected.total, bound)
    keys = list(group)
    ranges = [_range(protected.cells[k], max(bound, 4)) for k in keys]
    # A reader who knows the rules also knows that a cell hidden to blur small ones, and
    # not for another report, is at least 5 and at most the smallest count still printed.
    everything_hidden = all(text == HIDDEN for text in protected.cells.values())
    shown = [int(t) for t in protected.cells.values() if t.isdigit() and int(t) >= 5]
    ceiling = min(shown) if shown else max(bound, 4)
    for i, key in enumerate(keys):
        if protected.cells[key] == HIDDEN and key not in hidden and not everything_hidden:
            ranges[i] = range(5, max(5, ceiling) + 1)
    feasible = _feasible(ranges, totals)
    for key, values in zip(keys, feasible, strict=True):
        assert group[key] in values  # the truth is one of the readings
        if protected.cells[key] in (SMALL, HIDDEN) and group[key]:
            assert len(values) > 1, (group, protected)


def test_a_lone_small_cell_takes_the_smallest_other_with_it() -> None:
    protected = protect({"telefono": 3, "email": 40, "social point": 12, "video": 0})
    assert protected.cells == {
        "telefono": SMALL,
        "email": "40",
        "social point": HIDDEN,
        "video": "0",
    }
    assert protected.total == "55"


def test_two_small_cells_that_can_be_split_two_ways_need_no_company() -> None:
    protected = protect({"a": 1, "b": 3, "c": 9})
    assert protected.cells == {"a": SMALL, "b": SMALL, "c": "9"} and protected.total == "13"


def test_small_cells_that_could_only_be_all_fours_hide_the_group() -> None:
    protected = protect({"a": 4, "b": 4, "c": 0})
    assert set(protected.cells.values()) == {HIDDEN} and protected.total == "8"


def test_a_small_total_gives_only_the_total() -> None:
    # «all of the few closed for one reason» would be said by the zeros beside it
    protected = protect({"left the company": 3, "goals met": 0})
    assert set(protected.cells.values()) == {HIDDEN} and protected.total == SMALL


def test_cells_another_report_would_give_back_are_hidden() -> None:
    protected = protect({"a": 40, "b": 2, "c": 9}, hidden=frozenset({"c"}))
    assert protected.cells == {"a": "40", "b": SMALL, "c": HIDDEN} and protected.total == "51"


def test_a_total_printed_nowhere_else_is_the_one_hidden() -> None:
    protected = protect({"workers": 120, "members": 3}, total_printed_elsewhere=False)
    assert protected.cells == {"workers": "120", "members": SMALL}
    assert protected.total == HIDDEN


def test_headline_counts_and_changes() -> None:
    assert shown_count(0) == "0" and shown_count(4) == SMALL and shown_count(5) == "5"
    assert shown_delta("12", "9") == "+3" and shown_delta("9", "9") == "="
    assert shown_delta(SMALL, "9") == HIDDEN and shown_delta("9", HIDDEN) == HIDDEN


def test_a_reader_who_knows_the_rules_cannot_pin_a_lone_small_count() -> None:
    # the second review's case: "n.d." beside "<5" is at least five, so 6 = 5 + 1
    assert set(protect({"attended": 5, "cancelled": 1, "requested": 0}).cells.values()) == {HIDDEN}
    # and a partner is at most the smallest count still printed: 16 = 4 + 6 + 6
    assert protect({"a": 4, "b": 6, "c": 6}).cells == {"a": SMALL, "b": HIDDEN, "c": HIDDEN}
    # a partner for a cell hidden for another report is never a zero
    assert protect({"a": 7, "b": 0, "c": 9}, hidden=frozenset({"a"})).cells["b"] == "0"
