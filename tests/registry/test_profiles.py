"""Import profiles, looked after: listed with what they hold, corrected, renamed, removed."""

from __future__ import annotations

import pytest

from welfare_desk.errors import InvalidInput
from welfare_desk.registry.profiles import (
    delete_profile,
    profile,
    profile_lines,
    rename_profile,
    save_profile,
)
from welfare_desk.spreadsheets.columns import ImportKind
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import NotFound
from welfare_desk.store.uow import UnitOfWork


def _two(store: Store) -> None:
    with UnitOfWork(store) as uow:
        save_profile(
            uow,
            "Officine Lodigiane HR",
            ImportKind.HOUSEHOLD,
            {"disability": "Legge 104", "relation": "Parentela"},
            {("disability", "si grave"): "art3_c3", ("relation", "figlia"): "child"},
        )
        save_profile(uow, "Cooperativa Aurora", ImportKind.CATALOGUE, {"price": "Tariffa"}, {})


def test_the_list_says_what_each_profile_holds(store: Store) -> None:
    _two(store)
    with UnitOfWork(store) as uow:
        lines = profile_lines(uow)
    assert [(p.name, p.kind, p.columns, p.values) for p in lines] == [
        ("Cooperativa Aurora", ImportKind.CATALOGUE, 1, 0),
        ("Officine Lodigiane HR", ImportKind.HOUSEHOLD, 2, 2),
    ]


def test_a_renamed_profile_keeps_its_choices_and_answers_to_its_new_name(store: Store) -> None:
    _two(store)
    with UnitOfWork(store) as uow:
        assert rename_profile(uow, "officine lodigiane hr", "  Officine Lodigiane ") == (
            "Officine Lodigiane"
        )
    with UnitOfWork(store) as uow:
        kept = profile(uow, "Officine Lodigiane")
        assert kept.choices[("disability", "si grave")] == "art3_c3"
        with pytest.raises(NotFound):
            profile(uow, "Officine Lodigiane HR")


def test_a_rename_onto_another_profile_is_refused_and_changes_nothing(store: Store) -> None:
    _two(store)
    with (
        UnitOfWork(store) as uow,
        pytest.raises(InvalidInput, match="C'è già un profilo «Cooperativa Aurora»"),
    ):
        rename_profile(uow, "Officine Lodigiane HR", "COOPERATIVA aurora")
    with UnitOfWork(store) as uow:
        assert [p.name for p in profile_lines(uow)] == [
            "Cooperativa Aurora",
            "Officine Lodigiane HR",
        ]


def test_a_rename_that_only_changes_capitals_is_allowed(store: Store) -> None:
    _two(store)
    with UnitOfWork(store) as uow:
        rename_profile(uow, "Cooperativa Aurora", "COOPERATIVA AURORA")
    with UnitOfWork(store) as uow:
        assert profile(uow, "cooperativa aurora").name == "COOPERATIVA AURORA"


def test_a_removed_profile_is_gone_and_the_others_stay(store: Store) -> None:
    _two(store)
    with UnitOfWork(store) as uow:
        delete_profile(uow, "Cooperativa Aurora")
    with UnitOfWork(store) as uow:
        assert [p.name for p in profile_lines(uow)] == ["Officine Lodigiane HR"]
        with pytest.raises(NotFound, match="Officine Lodigiane HR"):
            delete_profile(uow, "Cooperativa Aurora")


def test_a_corrected_profile_forgets_what_was_taken_out(store: Store) -> None:
    _two(store)
    with UnitOfWork(store) as uow:
        kept = profile(uow, "Officine Lodigiane HR")
        choices = {k: v for k, v in kept.choices.items() if k[0] != "relation"}
        choices[("disability", "si grave")] = "art3_c1"
        save_profile(uow, kept.name, kept.kind, {"disability": "Legge 104"}, choices)
    with UnitOfWork(store) as uow:
        kept = profile(uow, "Officine Lodigiane HR")
    assert kept.columns == {"disability": "Legge 104"}
    assert kept.choices == {("disability", "si grave"): "art3_c1"}
