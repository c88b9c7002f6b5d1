"""Import profiles: how one sender writes its files, confirmed once and offered again.

Employers and providers send the same shape every quarter. The columns a person chose
(`--map`) and the values they settled (`--value`) are kept under the sender's name, and
the next import of that sender starts from them; what the person gives again wins."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime

from welfare_desk.domain.search_text import name_key
from welfare_desk.domain.text import check_text
from welfare_desk.errors import InvalidInput
from welfare_desk.registry import queries
from welfare_desk.registry.organizations import clean_name
from welfare_desk.spreadsheets.columns import FIELDS, ImportKind
from welfare_desk.store.errors import NotFound
from welfare_desk.store.models import ImportProfile
from welfare_desk.store.uow import UnitOfWork


@dataclass(frozen=True)
class Profile:
    name: str
    kind: ImportKind
    columns: dict[str, str]  # field → the header (or column letter) that holds it
    choices: dict[tuple[str, str], str]  # (field, text as normalised) → value


@dataclass(frozen=True)
class ProfileLine:
    """A profile as the list of profiles shows it."""

    name: str
    kind: ImportKind
    columns: int
    values: int
    saved: datetime


def _key(name: str) -> str:
    key = name_key(name)
    if not key:
        raise InvalidInput("Scrivi il nome del profilo, ad esempio il nome dell'azienda.")
    return key


def _stored(uow: UnitOfWork, name: str) -> ImportProfile:
    found = queries.profile_keyed(uow, _key(name))
    if found is None:
        known = ", ".join(f"«{n}»" for n in queries.profile_names(uow, None)) or "nessuno"
        raise NotFound(f"Non c'è un profilo «{name.strip()}». Profili: {known}.")
    return found


def _profile_of(found: ImportProfile) -> Profile:
    return Profile(
        found.name,
        ImportKind(found.kind),
        {str(k): str(v) for k, v in found.columns.items()},
        {(str(f), str(t)): str(v) for f, t, v in found.choices},
    )


def profile(uow: UnitOfWork, name: str) -> Profile:
    return _profile_of(_stored(uow, name))


def every_profile(uow: UnitOfWork) -> list[Profile]:
    """Every profile with what it holds, in one statement, for the desk's list."""
    return [_profile_of(found) for found in queries.all_profiles(uow)]


def profile_for(uow: UnitOfWork, name: str, kind: ImportKind) -> Profile | None:
    """The sender's profile for this kind of file; None for a sender without one yet
    (it is kept after a good import); a profile for another kind is refused."""
    if not name.strip():
        return None
    try:
        found = profile(uow, name)
    except NotFound:
        return None
    if found.kind is not kind:
        raise InvalidInput(
            f"Il profilo «{found.name}» è per un altro tipo di file: scegli un altro nome."
        )
    return found


def profiles(uow: UnitOfWork, kind: ImportKind | None = None) -> list[str]:
    return queries.profile_names(uow, kind.value if kind else None)


def profile_lines(uow: UnitOfWork) -> list[ProfileLine]:
    return [
        ProfileLine(p.name, ImportKind(p.kind), len(p.columns), len(p.choices), p.updated_at)
        for p in queries.all_profiles(uow)
    ]


def _checked_name(name: str) -> str:
    problems = check_text(name, "name", "Nome del profilo", 120)
    if problems:
        raise InvalidInput(problems[0].message)
    return clean_name(name)


def rename_profile(uow: UnitOfWork, name: str, new_name: str) -> str:
    """The profile under its new name, with its choices; a name another profile has is
    refused, since the next file would not know which one to follow."""
    found = _stored(uow, name)
    cleaned, key = _checked_name(new_name), _key(new_name)
    other = queries.profile_keyed(uow, key)
    if other is not None and other.id != found.id:
        raise InvalidInput(f"C'è già un profilo «{other.name}»: scegli un altro nome.")
    found.name, found.name_key = cleaned, key
    uow.flush()
    uow.commit()
    return cleaned


def delete_profile(uow: UnitOfWork, name: str) -> None:
    """Removes the profile; the files it read stay imported as they were."""
    uow.delete(_stored(uow, name))
    uow.flush()
    uow.commit()


def save_profile(
    uow: UnitOfWork,
    name: str,
    kind: ImportKind,
    columns: Mapping[str, str],
    choices: Mapping[tuple[str, str], str],
) -> None:
    """Keeps the sender's columns and values, replacing what the profile held."""
    cleaned, key = _checked_name(name), _key(name)
    found = queries.profile_keyed(uow, key)
    rows = [[f, t, v] for (f, t), v in sorted(choices.items())]
    if found is None:
        uow.add(
            ImportProfile(
                name=cleaned,
                name_key=key,
                kind=kind.value,
                columns=dict(columns),
                choices=rows,
            )
        )
    elif found.kind != kind.value:
        raise InvalidInput(
            f"Il profilo «{found.name}» è per un altro tipo di file: scegli un altro nome."
        )
    else:
        found.columns, found.choices = dict(columns), rows
    uow.flush()
    uow.commit()


def edit_profile(
    uow: UnitOfWork,
    name: str,
    *,
    columns: Mapping[str, str] | None = None,
    choices: Mapping[tuple[str, str], str] | None = None,
    forget_columns: Collection[str] = (),
    forget_values: Collection[tuple[str, str]] = (),
) -> Profile:
    """Corrects a profile without an import: columns and values set or forgotten; what is
    forgotten is asked again at the next file. A field or value the profile does not hold
    is refused, so that a typo does not pass for a correction."""
    kept = profile(uow, name)
    known = {f.key for f in FIELDS[kept.kind]}
    for field in [*(columns or {}), *forget_columns]:
        if field not in known:
            raise InvalidInput(
                f"«{field}» non è un campo di questo tipo di file: i campi sono "
                + ", ".join(sorted(known))
                + "."
            )
    for field in forget_columns:
        if field not in kept.columns:
            raise InvalidInput(f"Il profilo «{kept.name}» non indica una colonna per «{field}».")
    for field, text in forget_values:
        if (field, text) not in kept.choices:
            raise InvalidInput(f"Il profilo «{kept.name}» non ha una scelta per {field} «{text}».")
    new_columns = {k: v for k, v in kept.columns.items() if k not in forget_columns}
    new_columns.update(columns or {})
    new_choices = {k: v for k, v in kept.choices.items() if k not in forget_values}
    new_choices.update(choices or {})
    save_profile(uow, kept.name, kept.kind, new_columns, new_choices)
    return Profile(kept.name, kept.kind, new_columns, new_choices)
