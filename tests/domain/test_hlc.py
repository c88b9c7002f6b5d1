"""The hybrid logical clock (#20): stamps only grow, a change seen from elsewhere comes
before the next made here, whatever the desks' clocks say, and all sites order alike."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.domain.hlc import MAX_AHEAD_MS, Stamp, clamped, receive, tick, zero

YEAR_MS = 365 * 24 * 3600 * 1000
NOW = 1_796_000_000_000  # 2026-12
walls = st.integers(min_value=NOW - 2 * YEAR_MS, max_value=NOW + 2 * YEAR_MS)  # ± 2 years
sites = st.sampled_from(["A", "B", "C"])


@given(st.lists(st.tuples(sites, st.booleans(), walls), max_size=60))
def test_stamps_grow_and_every_change_seen_comes_before_the_next(
    steps: list[tuple[str, bool, int]],
) -> None:
    """Sites make changes and read each other's, each with a clock off by up to two
    years either way: causality is kept and no two changes share a stamp."""
    clocks = {s: zero(s) for s in "ABC"}
    made: list[Stamp] = []
    for site, hears, wall in steps:
        if hears and made:
            seen = made[-1]
            clocks[site] = receive(clocks[site], seen, wall)
            assert (clocks[site].physical, clocks[site].counter) > (seen.physical, seen.counter)
        before = clocks[site]
        clocks[site] = tick(before, wall)
        assert clocks[site] > before
        made.append(clocks[site])
    assert len(set(made)) == len(made)


@given(st.lists(st.tuples(sites, walls), min_size=2, max_size=30))
def test_the_text_sorts_as_the_stamps_do(changes: list[tuple[str, int]]) -> None:
    stamps = [tick(zero(site), wall) for site, wall in changes]
    assert sorted(stamps) == sorted(stamps, key=Stamp.text)
    assert all(Stamp.parse(s.text()) == s for s in stamps)


def test_a_stamp_of_a_clock_far_ahead_is_clamped_by_the_hub() -> None:
    ahead = Stamp(NOW + YEAR_MS, 3, "B")
    assert clamped(ahead, NOW) == Stamp(NOW + MAX_AHEAD_MS, 0, "B")
    near = Stamp(NOW + 60_000, 0, "B")
    assert clamped(near, NOW) is near


def test_the_physical_part_follows_a_correct_clock() -> None:
    clock = tick(zero("A"), NOW)
    assert tick(clock, NOW + 10) == Stamp(NOW + 10, 0, "A")
    assert tick(clock, NOW - 1_000) == Stamp(NOW, 1, "A")  # the wall went back: count on


@pytest.mark.parametrize("text", ["", "12.3.A", "0000000000001.000001.", "x.y.z"])
def test_a_broken_stamp_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Stamp.parse(text)


def test_a_full_counter_moves_the_clock_on_a_millisecond_and_keeps_the_text_order() -> None:
    """A burst of a million changes in one millisecond (or a clock stuck behind) would
    write a seven-digit counter, and its text would sort before a six-digit one."""
    full = Stamp(NOW, 999_999, "A")
    after = tick(full, NOW)
    assert after > full and after.text() > full.text()
    seen = receive(zero("B"), full, NOW - 5)
    assert seen > Stamp(NOW, 999_999, "B") and seen.text() > full.text().replace(".A", ".B")


@pytest.mark.parametrize(
    ("physical", "counter"), [(-1, 0), (10**13, 0), (NOW, -1), (NOW, 1_000_000)]
)
def test_a_stamp_whose_text_would_not_sort_is_refused(physical: int, counter: int) -> None:
    with pytest.raises(ValueError):
        Stamp(physical, counter, "A")


@given(st.lists(st.integers(min_value=0, max_value=3 * YEAR_MS), min_size=2, max_size=20))
def test_a_site_s_changes_keep_their_order_when_the_hub_clamps_them(aheads: list[int]) -> None:
    """A desk whose clock is months ahead makes changes in order; the hub brings each back
    to its limit, and they still come in the order the desk made them."""
    clock, made = zero("B"), []
    for ahead in sorted(aheads):
        clock = tick(clock, NOW + ahead)
        made.append(clock)
    recorded: list[Stamp] = []
    for stamp in made:
        recorded.append(clamped(stamp, NOW, recorded[-1] if recorded else None))
    assert recorded == sorted(recorded) and len(set(recorded)) == len(recorded)
    assert all(s.physical <= NOW + MAX_AHEAD_MS for s in recorded)
