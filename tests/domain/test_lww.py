"""One record made again from its changes, in whatever order a desk read them (#20)."""

from __future__ import annotations

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from welfare_desk.domain.lww import Change, Folded, fold

FIELDS = ("phone", "email", "town")
VALUES = ("A", "B", "C", None)


def _stamp(tick: int, site: str) -> str:
    return f"{1_700_000_000_000 + tick:013d}.000000.{site}"


@st.composite
def histories(draw: st.DrawFn) -> list[Change]:
    """A record made on one desk, then changed on three: each desk edits from what it had
    seen of the others (often not everything), now and then removes it."""
    made = Change(uuid.uuid4(), "insert", _stamp(0, "a"), values=dict.fromkeys(FIELDS, "A"))
    changes = [made]
    seen = {site: [made] for site in "abc"}
    for tick in range(1, draw(st.integers(1, 12)) + 1):
        site = draw(st.sampled_from("abc"))
        if draw(st.booleans()):  # hears from another desk first
            other = draw(st.sampled_from("abc"))
            seen[site] = list({c.id: c for c in seen[site] + seen[other]}.values())
        view = fold(seen[site])
        if view.values is None:
            continue
        if draw(st.integers(0, 9)) == 0:
            change = Change(uuid.uuid4(), "delete", _stamp(tick, site), values=dict(view.values))
        else:
            key = draw(st.sampled_from(FIELDS))
            after = draw(st.sampled_from(VALUES))
            pair = (view.values[key], after)
            change = Change(uuid.uuid4(), "update", _stamp(tick, site), pairs={key: pair})
        changes.append(change)
        seen[site].append(change)
    return changes


def _summary(folded: Folded) -> tuple[object, ...]:
    return (
        folded.values,
        folded.removed_by.id if folded.removed_by else None,
        sorted(str(m.id) for m in folded.met),
    )


@settings(max_examples=300)
@given(histories(), st.randoms(use_true_random=False))
def test_the_order_changes_are_read_in_does_not_matter(changes: list[Change], rnd: object) -> None:
    shuffled = list(changes)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert _summary(fold(shuffled)) == _summary(fold(changes))


@settings(max_examples=300)
@given(histories())
def test_a_field_holds_the_latest_value_written_unless_the_record_was_removed(
    changes: list[Change],
) -> None:
    folded = fold(changes)
    removed = [c for c in changes if c.action == "delete"]
    if removed:
        assert folded.values is None
        return
    assert folded.values is not None
    for key in FIELDS:
        writers = [c for c in changes if key in c.pairs or key in c.values]
        last = max(writers, key=lambda c: c.order)
        expected = last.values[key] if last.action == "insert" else last.pairs[key][1]
        assert folded.values[key] == expected


def test_two_desks_editing_one_field_unaware_of_each_other_meet() -> None:
    made = Change(uuid.uuid4(), "insert", _stamp(0, "a"), values={"phone": "1"})
    mine = Change(uuid.uuid4(), "update", _stamp(1, "a"), pairs={"phone": ("1", "2")})
    theirs = Change(uuid.uuid4(), "update", _stamp(2, "b"), pairs={"phone": ("1", "3")})
    after = Change(uuid.uuid4(), "update", _stamp(3, "a"), pairs={"phone": ("3", "4")})

    folded = fold([theirs, after, made, mine])

    assert folded.values == {"phone": "4"}
    [met] = folded.met
    assert (met.kind, met.field, met.kept, met.lost) == ("field", "phone", "3", "2")
    assert (met.kept_by, met.lost_by) == (theirs, mine)


def test_a_removal_is_never_undone_by_an_edit_it_had_not_seen() -> None:
    made = Change(uuid.uuid4(), "insert", _stamp(0, "a"), values={"phone": "1"})
    edit = Change(uuid.uuid4(), "update", _stamp(1, "b"), pairs={"phone": ("1", "2")})
    gone = Change(uuid.uuid4(), "delete", _stamp(2, "a"), values={"phone": "1"})
    late = Change(uuid.uuid4(), "update", _stamp(3, "c"), pairs={"phone": ("1", "5")})

    folded = fold([late, gone, edit, made])

    assert folded.values is None and folded.removed_by == gone
    assert sorted(m.kind for m in folded.met) == ["deleted", "edit_on_deleted"]
