"""Operators and sign-in: the first administrator, operators added by an administrator,
a wrong password that slows the next attempts, a disabled operator, a changed password;
the journal names who did it and never holds a password's hash."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from welfare_desk.access.operators import (
    OperatorInput,
    SignInRefused,
    accounts_exist,
    add_operator,
    change_password,
    create_first_admin,
    disable_operator,
    list_operators,
    sign_in,
)
from welfare_desk.domain.access import Role
from welfare_desk.errors import InvalidInput
from welfare_desk.store.engine import Store
from welfare_desk.store.models import JournalEntry
from welfare_desk.store.uow import UnitOfWork

ADMIN_PASSWORD = "Cortile di via Roma 12"


def _admin(store: Store) -> object:
    with UnitOfWork(store) as uow:
        return create_first_admin(uow, "ebrambilla", "Elena Brambilla", ADMIN_PASSWORD)


def test_the_first_administrator_signs_in_and_is_the_only_first(store: Store) -> None:
    with UnitOfWork(store) as uow:
        assert not accounts_exist(uow)
    admin = _admin(store)
    with UnitOfWork(store) as uow:
        assert accounts_exist(uow)
        signed = sign_in(uow, " EBrambilla ", ADMIN_PASSWORD)
    assert signed.id == admin.id  # type: ignore[attr-defined]
    assert signed.role is Role.ADMINISTRATOR and signed.name == "Elena Brambilla"
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="esiste già"):
        create_first_admin(uow, "altro", "Altro", ADMIN_PASSWORD)


def test_a_wrong_password_says_nothing_of_who_exists_and_slows_the_next_tries(
    store: Store,
) -> None:
    _admin(store)
    for login in ("ebrambilla", "nessuno", "ebrambilla", "ebrambilla"):
        with UnitOfWork(store) as uow, pytest.raises(SignInRefused) as refused:
            sign_in(uow, login, "sbagliata!!")
        assert "Nome utente o password non corretti" in refused.value.message
    with UnitOfWork(store) as uow, pytest.raises(SignInRefused) as refused:
        sign_in(uow, "ebrambilla", "sbagliata!!")  # three failures of this login: it waits
    assert "riprova tra 30 secondi" in refused.value.message
    with UnitOfWork(store) as uow, pytest.raises(SignInRefused, match="riprova tra"):
        sign_in(uow, "ebrambilla", ADMIN_PASSWORD)  # even the right one waits
    store.clock.advance(timedelta(seconds=31))  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow:
        assert sign_in(uow, "ebrambilla", ADMIN_PASSWORD).login == "ebrambilla"
    with UnitOfWork(store) as uow, pytest.raises(SignInRefused) as refused:
        sign_in(uow, "ebrambilla", "sbagliata!!")
    assert "riprova" not in refused.value.message  # a success starts the count again


def test_an_administrator_adds_and_disables_operators_and_the_journal_names_him(
    store: Store,
) -> None:
    admin = _admin(store)
    with UnitOfWork(store, operator_id=admin.id) as uow:  # type: ignore[attr-defined]
        giulia = add_operator(
            uow,
            OperatorInput("gferri", "Giulia Ferri", Role.WELFARE_MANAGER),
            "Asilo nido Arcobaleno",
        )
    by_admin = UnitOfWork(store, operator_id=admin.id)  # type: ignore[attr-defined]
    with by_admin as uow, pytest.raises(InvalidInput, match="«gferri» è già"):
        add_operator(uow, OperatorInput("GFerri", "Giulia F.", Role.HR_ANALYST), "x" * 12)
    with UnitOfWork(store) as uow:
        rows = list_operators(uow)
        assert [(o.login, o.role, o.disabled) for o in rows] == [
            ("ebrambilla", Role.ADMINISTRATOR, False),
            ("gferri", Role.WELFARE_MANAGER, False),
        ]
        assert sign_in(uow, "gferri", "Asilo nido Arcobaleno").id == giulia.id
    with UnitOfWork(store, operator_id=admin.id) as uow:  # type: ignore[attr-defined]
        disable_operator(uow, "gferri")
    with UnitOfWork(store) as uow, pytest.raises(SignInRefused, match="disattivato"):
        sign_in(uow, "gferri", "Asilo nido Arcobaleno")
    by_admin = UnitOfWork(store, operator_id=admin.id)  # type: ignore[attr-defined]
    with by_admin as uow, pytest.raises(InvalidInput, match="ultimo amministratore"):
        disable_operator(uow, "ebrambilla")
    with UnitOfWork(store) as uow:
        entries = [
            (e.entity, e.action, e.operator_id, e.changes)
            for e in uow.session.scalars(select(JournalEntry))
        ]
    made = [e for e in entries if e[:2] == ("operator", "insert")]
    assert any(e[2] == admin.id for e in made)  # type: ignore[attr-defined]
    assert not any("argon2" in str(e[3]) for e in entries)
    assert not any("password_hash" in e[3] for e in entries)


def test_a_password_is_changed_with_the_old_one(store: Store) -> None:
    admin = _admin(store)
    with UnitOfWork(store) as uow, pytest.raises(SignInRefused):
        change_password(uow, admin.id, "non è questa", "Piazza Duomo 2027")  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="almeno 10"):
        change_password(uow, admin.id, ADMIN_PASSWORD, "corta")  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow:
        change_password(uow, admin.id, ADMIN_PASSWORD, "Piazza Duomo 2027")  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow, pytest.raises(SignInRefused):
        sign_in(uow, "ebrambilla", ADMIN_PASSWORD)
    with UnitOfWork(store) as uow:
        assert sign_in(uow, "ebrambilla", "Piazza Duomo 2027").login == "ebrambilla"


def test_the_history_names_who_signed_in(store: Store) -> None:
    """The security review found every history line saying «importazione o riga di
    comando»: once someone signs in, every change made in the session carries them."""
    from tests.helpers import add_worker
    from welfare_desk.registry.history import worker_history

    _admin(store)
    with UnitOfWork(store) as uow:
        signed = sign_in(uow, "ebrambilla", ADMIN_PASSWORD)
    store.operator_id = signed.id  # as the desk and the command line do after a sign-in
    try:
        worker = add_worker(store).worker.id
        with UnitOfWork(store) as uow:
            history = worker_history(uow, worker)
    finally:
        store.operator_id = None
    assert history and all(line.operator == "Elena Brambilla" for line in history)


def test_a_contact_made_in_a_session_carries_its_operator_and_social_point(
    store: Store,
) -> None:
    """Contacts recorded at the desk had no operator and no social point: the HR summary
    grew a «senza social point» row and staff hours could not be counted."""
    from datetime import datetime

    from tests.helpers import add_worker
    from welfare_desk.cases.casework import ContactInput, record_contact
    from welfare_desk.domain.needs import Channel
    from welfare_desk.registry.organizations import social_points
    from welfare_desk.store.models import Contact, Organization, SocialPoint

    _admin(store)
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        employer = uow.session.scalars(select(Organization.id)).first()
        uow.add(SocialPoint(code="SP01", name="Officine Lodigiane", organization_id=employer))
        uow.flush()
        uow.commit()
    with UnitOfWork(store) as uow:
        signed = sign_in(uow, "ebrambilla", ADMIN_PASSWORD)
        ((point, _name),) = social_points(uow)
    store.operator_id, store.social_point_id = signed.id, point
    try:
        with UnitOfWork(store) as uow:
            made = record_contact(
                uow, ContactInput(worker, datetime(2026, 11, 30, 10, 15), Channel.SOCIAL_POINT, 15)
            )
        with UnitOfWork(store) as uow:
            contact = uow.session.get_one(Contact, made)
            assert (contact.operator_id, contact.social_point_id) == (signed.id, point)
            assert contact.created_by == signed.id
    finally:
        store.operator_id = store.social_point_id = None
