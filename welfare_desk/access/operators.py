"""Operators and sign-in. Passwords are hashed with argon2id and never leave this module;
a wrong password slows the next attempts of that login (lockout_delay), and says nothing
of whether the login exists."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from welfare_desk.access import queries
from welfare_desk.domain.access import (
    ROLE_LABELS,
    Role,
    lockout_delay,
    login_key,
    password_problems,
    wait_text,
)
from welfare_desk.domain.search_text import name_key
from welfare_desk.errors import InvalidInput, ServiceError
from welfare_desk.store.errors import NotAllowed
from welfare_desk.store.models import Operator, OperatorScope
from welfare_desk.store.uow import UnitOfWork

_HASHER = PasswordHasher()  # argon2id with the library's current parameters
# Verified against when the login does not exist, so that a stranger's login takes as
# long to refuse as a colleague's.
_DECOY = _HASHER.hash("welfare-desk: nessun operatore con questo nome")
REFUSED = "Nome utente o password non corretti."


class SignInRefused(ServiceError):
    code = "access.refused"


@dataclass(frozen=True)
class OperatorInput:
    login: str
    name: str
    role: Role
    organizations: tuple[str, ...] = ()  # employers' names, for a welfare manager
    social_points: tuple[str, ...] = ()  # social points' codes
    also_manager: bool = False  # an administrator who also follows workers


@dataclass(frozen=True, slots=True)
class OperatorView:
    id: uuid.UUID
    version: int
    login: str
    name: str
    role: Role
    disabled: bool
    organizations: tuple[str, ...] = ()
    social_points: tuple[str, ...] = ()

    also_manager: bool = False

    @property
    def role_label(self) -> str:
        label = ROLE_LABELS[self.role]
        return f"{label} e {ROLE_LABELS[Role.WELFARE_MANAGER]}" if self.also_manager else label


@dataclass(frozen=True, slots=True)
class SignedIn:
    """Who is at the desk for this session, and what they were assigned."""

    id: uuid.UUID
    login: str
    name: str
    role: Role
    organization_ids: frozenset[uuid.UUID] = frozenset()
    social_point_ids: frozenset[uuid.UUID] = frozenset()
    also_manager: bool = False


def accounts_exist(uow: UnitOfWork) -> bool:
    """True once someone can sign in: from then on every session starts with a sign-in."""
    return queries.accounts(uow) > 0


def _checked_password(password: str, login: str) -> str:
    problems = password_problems(password, login)
    if problems:
        raise InvalidInput(problems[0])
    return _HASHER.hash(password)


def _checked_login(uow: UnitOfWork, login: str) -> str:
    key = login_key(login)
    if not key or len(key) > 60 or any(c.isspace() for c in key):
        raise InvalidInput("Scrivi il nome utente senza spazi, ad esempio gferri.")
    if queries.with_login(uow, key) is not None:
        raise InvalidInput(
            f"Il nome utente «{key}» è già di un altro operatore: scegline un altro."
        )
    return key


def _checked_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > 120:
        raise InvalidInput("Scrivi nome e cognome dell'operatore (al massimo 120 caratteri).")
    return cleaned


def _require_admin(uow: UnitOfWork) -> None:
    """Operators are an administrator's; a store nobody signed in to is being set up."""
    if uow.role is not None and uow.role != Role.ADMINISTRATOR.value:
        raise NotAllowed("Solo un amministratore gestisce gli operatori.")


def create_first_admin(
    uow: UnitOfWork, login: str, name: str, password: str, also_manager: bool = False
) -> OperatorView:
    """The store's first account, an administrator (also a welfare manager when the
    programme is small); refused once any account exists."""
    if accounts_exist(uow):
        raise InvalidInput(
            "Un amministratore esiste già: gli altri operatori li crea lui, dopo l'accesso."
        )
    operator = Operator(
        login=_checked_login(uow, login),
        name=_checked_name(name),
        role=Role.ADMINISTRATOR.value,
        password_hash=_checked_password(password, login),
        password_changed_at=uow.clock.stamp(),
        disabled=False,
        failed_attempts=0,
        also_manager=also_manager,
    )
    uow.add(operator)
    uow.flush()
    view = _view(operator)
    uow.commit()
    return view


def add_operator(uow: UnitOfWork, data: OperatorInput, password: str) -> OperatorView:
    """An operator added by an administrator, with a first password to hand over."""
    _require_admin(uow)
    login = _checked_login(uow, data.login)
    operator = Operator(
        login=login,
        name=_checked_name(data.name),
        role=data.role.value,
        password_hash=_checked_password(password, login),
        password_changed_at=uow.clock.stamp(),
        disabled=False,
        failed_attempts=0,
        also_manager=data.also_manager and data.role is Role.ADMINISTRATOR,
    )
    uow.add(operator)
    uow.flush()
    _add_scopes(uow, operator.id, data)
    view = _view(operator, data.organizations, data.social_points)
    uow.commit()
    return view


def _add_scopes(uow: UnitOfWork, operator_id: uuid.UUID, data: OperatorInput) -> None:
    if not (data.organizations or data.social_points):
        return
    employers = queries.organization_ids_by_key(uow)
    points = queries.social_point_ids_by_code(uow)
    for name in data.organizations:
        found = employers.get(name_key(name))
        if found is None:
            raise InvalidInput(f"Nessuna azienda si chiama «{name}»: controlla il nome.")
        uow.add(OperatorScope(operator_id=operator_id, organization_id=found))
    for code in data.social_points:
        point = points.get(code.strip().upper())
        if point is None:
            raise InvalidInput(f"Nessun social point ha il codice «{code}»: controlla il codice.")
        uow.add(OperatorScope(operator_id=operator_id, social_point_id=point))
    uow.flush()


def list_operators(uow: UnitOfWork) -> list[OperatorView]:
    _require_admin(uow)
    employers: dict[uuid.UUID, list[str]] = {}
    points: dict[uuid.UUID, list[str]] = {}
    for operator_id, employer, point in queries.scopes(uow):
        if employer:
            employers.setdefault(operator_id, []).append(employer)
        if point:
            points.setdefault(operator_id, []).append(point)
    return [
        _view(o, tuple(sorted(employers.get(o.id, ()))), tuple(sorted(points.get(o.id, ()))))
        for o in queries.operators_with_login(uow)
    ]


def disable_operator(uow: UnitOfWork, login: str) -> OperatorView:
    """An operator who left: can no longer sign in; the history keeps the name."""
    _require_admin(uow)
    operator = queries.with_login(uow, login_key(login))
    if operator is None:
        raise InvalidInput(f"Nessun operatore ha il nome utente «{login_key(login)}».")
    if operator.role == Role.ADMINISTRATOR.value and queries.active_admins(uow) <= 1:
        raise InvalidInput(
            "È l'ultimo amministratore attivo: crea prima un altro amministratore, "
            "altrimenti nessuno potrebbe più gestire gli operatori."
        )
    operator.disabled = True
    uow.flush()
    view = _view(operator)
    uow.commit()
    return view


def sign_in(uow: UnitOfWork, login: str, password: str) -> SignedIn:
    """The operator, when the password is right, the account active and not waiting out
    a lockout; a failure is counted (and committed) before it is said."""
    now = uow.clock.stamp()
    operator = queries.with_login(uow, login_key(login))
    if operator is None or operator.password_hash is None:
        _verify(_DECOY, password)
        raise SignInRefused(REFUSED)
    if operator.locked_until is not None and now < operator.locked_until:
        raise SignInRefused(_locked(operator.locked_until, now))
    if not _verify(operator.password_hash, password):
        operator.failed_attempts += 1
        delay = lockout_delay(operator.failed_attempts)
        operator.locked_until = now + delay if delay else None
        uow.flush()
        uow.commit()
        message = REFUSED + (" " + _locked(operator.locked_until, now) if delay else "")
        raise SignInRefused(message)
    if operator.disabled:
        raise SignInRefused(
            "Questo operatore è stato disattivato: chiedi all'amministratore della desk."
        )
    if operator.failed_attempts or operator.locked_until is not None:
        operator.failed_attempts, operator.locked_until = 0, None
    if _HASHER.check_needs_rehash(operator.password_hash):
        operator.password_hash = _HASHER.hash(password)
    uow.flush()
    signed = SignedIn(
        operator.id,
        operator.login or "",
        operator.name,
        Role(operator.role),
        frozenset(o for o, _p in queries.scope_ids(uow, operator.id) if o),
        frozenset(p for _o, p in queries.scope_ids(uow, operator.id) if p),
        operator.also_manager,
    )
    uow.commit()
    return signed


def change_password(
    uow: UnitOfWork, operator_id: uuid.UUID, old_password: str, new_password: str
) -> None:
    """The operator's own change: the old password first, then the new one's rules."""
    operator = uow.get(Operator, operator_id)
    if operator is None or operator.password_hash is None:
        raise SignInRefused(REFUSED)
    if not _verify(operator.password_hash, old_password):
        raise SignInRefused("La password attuale non è corretta.")
    if new_password == old_password:
        raise InvalidInput("La nuova password deve essere diversa da quella attuale.")
    operator.password_hash = _checked_password(new_password, operator.login or "")
    operator.password_changed_at = uow.clock.stamp()
    uow.flush()
    uow.commit()


def _verify(hashed: str, password: str) -> bool:
    try:
        return _HASHER.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def _locked(until: datetime | None, now: datetime) -> str:
    left = (until - now) if until else lockout_delay(0)
    return f"Troppi tentativi: riprova tra {wait_text(left)}."


def _view(
    operator: Operator, organizations: tuple[str, ...] = (), points: tuple[str, ...] = ()
) -> OperatorView:
    return OperatorView(
        operator.id,
        operator.version,
        operator.login or "",
        operator.name,
        Role(operator.role),
        operator.disabled,
        organizations,
        points,
        operator.also_manager,
    )
