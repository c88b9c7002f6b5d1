"""Two records of one person made one (#20): what a shared folder proposes when two desks
registered the same worker, and the welfare manager confirms.

Everything that names the second record (family, contacts, paths, requests, enrollments,
vouchers, budgets, privacy records) is moved onto the first, and the second is removed:
ordinary changes, journaled with their reason, which reach every desk like any other. A
family member registered under both (the same codice fiscale) becomes one as well."""

from __future__ import annotations

import uuid

from welfare_desk.errors import InvalidInput
from welfare_desk.registry import queries
from welfare_desk.registry.workers import found_again, reindex_organization
from welfare_desk.store.models import HouseholdMember, Organization, Worker
from welfare_desk.store.uow import UnitOfWork

REASON = "due schede dello stesso soggetto, registrato su due postazioni, unite in una"


def merge_workers(uow: UnitOfWork, kept_id: uuid.UUID, double_id: uuid.UUID) -> int:
    """Moves onto `kept_id` what names `double_id`, then removes it; returns how many
    records moved. The caller commits."""
    if kept_id == double_id:
        raise InvalidInput("È la stessa scheda: non c'è nulla da unire.")
    kept = uow.get(Worker, kept_id)
    double = uow.get(Worker, double_id)
    if kept is None or double is None:
        raise InvalidInput("Una delle due schede non è più in archivio: ricarica l'elenco.")
    uow.require_person(kept.organization_id, kept.social_point_id)
    uow.require_person(double.organization_id, double.social_point_id)
    moved = 0
    for record in queries.records_of_worker(uow, double_id):
        if isinstance(record, HouseholdMember):
            same = queries.member_with_code(uow, kept_id, record.codice_fiscale)
            if same is not None:  # registered under both: one member, with both's records
                for enrollment in queries.enrollments_of_member(uow, record.id):
                    enrollment.member_id = same.id
                    uow.because(enrollment, REASON)
                uow.flush()
                uow.delete(record, REASON)
                moved += 1
                continue
        record.worker_id = kept_id
        uow.because(record, REASON)
        moved += 1
    uow.flush()
    uow.refresh(double)  # its family as it is now (moved): a removal takes what it still holds
    uow.delete(double, REASON)
    uow.flush()
    found_again(uow, kept)
    return moved


def merge_organizations(uow: UnitOfWork, kept_id: uuid.UUID, double_id: uuid.UUID) -> int:
    """Moves onto `kept_id` every record that names the employer `double_id` (workers,
    social points, budgets, assignments), then removes it; returns how many moved."""
    if kept_id == double_id:
        raise InvalidInput("È lo stesso ente: non c'è nulla da unire.")
    kept = uow.get(Organization, kept_id)
    double = uow.get(Organization, double_id)
    if kept is None or double is None:
        raise InvalidInput("Uno dei due enti non è più in archivio: ricarica l'elenco.")
    uow.require_people()
    moved = 0
    for record, key in queries.naming(uow, Organization, double_id):
        setattr(record, key, kept_id)
        uow.because(record, REASON)
        moved += 1
    uow.flush()
    uow.refresh(double)
    uow.delete(double, REASON)
    uow.flush()
    reindex_organization(uow, kept_id)
    return moved
