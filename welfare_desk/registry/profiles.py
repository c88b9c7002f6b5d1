"""Import profiles: how one sender writes its files, confirmed once and offered again.

Employers and providers send the same shape every quarter. The columns a person chose
(`--map`) and the values they settled (`--value`) are kept under the sender's name, and
the next import of that sender starts from them; what the person gives again wins."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from welfare_desk.domain.text import check_text
from welfare_desk.errors import InvalidInput
from welfare_desk.registry import queries
from welfare_desk.registry.organizations import clean_name, name_key
from welfare_desk.spreadsheets.columns import ImportKind
from welfare_desk.store.errors import NotFound
from welfare_desk.store.models import ImportProfile
from welfare_desk.store.uow import UnitOfWork


@dataclass(frozen=True)
class Profile:
    name: str
    kind: ImportKind
    columns: dict[str, str]  # field → the header (or column letter) that holds it
    choices: dict[tuple[str, str], str]  # (field, text as normalised) → value


def _key(name: str) -> str:
    key = name_key(name)
    if not key:
        raise InvalidInput("Scrivi il nome del profilo, ad esempio il nome dell'azienda.")
    return key


def profile(uow: UnitOfWork, name: str) -> Profile:
    found = queries.profile_keyed(uow, _key(name))
    if found is None:
        known = ", ".join(f"«{n}»" for n in queries.profile_names(uow, None)) or "nessuno"
        raise NotFound(f"Non c'è un profilo «{name.strip()}». Profili: {known}.")
    return Profile(
        found.name,
        ImportKind(found.kind),
        {str(k): str(v) for k, v in found.columns.items()},
        {(str(f), str(t)): str(v) for f, t, v in found.choices},
    )


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


def save_profile(
    uow: UnitOfWork,
    name: str,
    kind: ImportKind,
    columns: Mapping[str, str],
    choices: Mapping[tuple[str, str], str],
) -> None:
    """Keeps the sender's columns and values, replacing what the profile held."""
    problems = check_text(name, "name", "Nome del profilo", 120)
    if problems:
        raise InvalidInput(problems[0].message)
    key = _key(name)
    found = queries.profile_keyed(uow, key)
    rows = [[f, t, v] for (f, t), v in sorted(choices.items())]
    if found is None:
        uow.add(
            ImportProfile(
                name=clean_name(name),
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
