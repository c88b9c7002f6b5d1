"""A worker's household typed at the desk: a walk-in's children added, a relative
corrected, one who left removed with the reason. The same checks as the import's: the
codice fiscale against the names and the birth date, an impossible birth date, an entry
into the family only for an adopted or fostered child. Target categories follow at once,
since they are derived from these records."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from welfare_desk.domain import codice_fiscale as cf
from welfare_desk.domain.dates import check_birth_date
from welfare_desk.domain.household import Disability, Relation
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import belfiore
from welfare_desk.registry import queries
from welfare_desk.store.models import HouseholdMember, Worker
from welfare_desk.store.uow import UnitOfWork

CHANGED = "Il familiare è stato modificato da un'altra postazione: ricarica, poi riprova."


@dataclass(frozen=True)
class MemberInput:
    relation: Relation
    surname: str
    name: str
    birth_date: date
    codice_fiscale: str | None = None
    sex: str | None = None
    disability: Disability = Disability.NONE
    dependent: bool = False
    entered_on: date | None = None  # an adopted or fostered child's entry


def _checked(data: MemberInput, today: date) -> dict[str, object]:
    surname, name = " ".join(data.surname.split()), " ".join(data.name.split())
    if not surname or not name:
        raise InvalidInput("Scrivi cognome e nome del familiare.")
    if len(surname) > 100 or len(name) > 100:
        raise InvalidInput("Cognome e nome del familiare: al massimo 100 caratteri ciascuno.")
    for problem in check_birth_date(data.birth_date, today, worker=False):
        if problem.is_error:
            raise InvalidInput(problem.message)
    code = cf.normalize(data.codice_fiscale or "") or None
    sex = data.sex
    if code:
        found = cf.validate(code)
        if not found:
            found = cf.consistency(code, surname, name, data.birth_date, None)
            found += cf.place_problems(code, belfiore(), data.birth_date)
        errors = [p.message for p in found if p.is_error]
        if errors:
            raise InvalidInput(f"Codice fiscale del familiare: {errors[0]}")
        sex = sex or cf.decode(code, today).sex
    if data.entered_on is not None:
        if data.relation is not Relation.CHILD:
            raise InvalidInput(
                "L'ingresso in famiglia si indica solo per un figlio o una figlia adottati "
                "o in affidamento."
            )
        if data.entered_on < data.birth_date or data.entered_on > today:
            raise InvalidInput(
                "L'ingresso in famiglia va dopo la nascita e non nel futuro: controlla la data."
            )
    return {
        "relation": Relation(data.relation).value,
        "surname": surname,
        "name": name,
        "birth_date": data.birth_date,
        "codice_fiscale": code,
        "sex": sex if sex in ("M", "F") else None,
        "disability": Disability(data.disability).value,
        "dependent": data.dependent,
        "entered_on": data.entered_on,
    }


def save_member(
    uow: UnitOfWork,
    worker_id: uuid.UUID,
    data: MemberInput,
    member_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> uuid.UUID:
    """A relative added to the worker's household, or one corrected."""
    uow.require_visible(worker_id)
    if uow.get(Worker, worker_id) is None:
        raise InvalidInput("Il lavoratore non è più in archivio.")
    values = _checked(data, uow.clock.today())
    code = values["codice_fiscale"]
    if code and any(
        m.codice_fiscale == code and m.id != member_id for m in queries.members_of(uow, worker_id)
    ):
        raise InvalidInput(f"Il codice fiscale {code} è già di un altro familiare.")
    if member_id is None:
        member = HouseholdMember(worker_id=worker_id, **values)
        uow.add(member)
    else:
        member = uow.load(
            HouseholdMember,
            member_id,
            expected_version,
            missing="Il familiare non è più in archivio: qualcuno l'ha eliminato.",
            changed=CHANGED,
        )
        if member.worker_id != worker_id:
            raise InvalidInput("Il familiare non è di questo lavoratore.")
        for key, value in values.items():
            setattr(member, key, value)
    uow.flush()
    made = member.id
    uow.commit()
    return made


def remove_member(
    uow: UnitOfWork, member_id: uuid.UUID, expected_version: int, reason: str
) -> None:
    """A relative entered by mistake or who left the household, removed with the reason.
    One enrolled in a service is not: the enrollment is cancelled first."""
    why = " ".join(reason.split())
    if not why:
        raise InvalidInput("Scrivi perché togli il familiare (ad esempio «inserito per errore»).")
    member = uow.load(
        HouseholdMember,
        member_id,
        expected_version,
        missing="Il familiare non è più in archivio: qualcuno l'ha già eliminato.",
        changed=CHANGED,
    )
    uow.require_visible(member.worker_id)
    if queries.member_enrollments(uow, member.id):
        raise InvalidInput(
            f"{member.name} ha iscrizioni ai servizi: annullale prima di toglierlo dalla famiglia."
        )
    uow.delete(member, reason=why[:300])
    uow.flush()
    uow.commit()
