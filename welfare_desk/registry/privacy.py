"""The information notice (art. 13 GDPR) and the legal basis of each purpose (artt. 6
and 9), recorded per worker with the day and the notice's version. Special-category data
(health, disability, pregnancy) recorded without a basis is said, never hidden."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from welfare_desk.errors import InvalidInput
from welfare_desk.reference import privacy_rules
from welfare_desk.registry import queries
from welfare_desk.registry.workers import WorkerDetail, WorkerInput
from welfare_desk.store.models import PrivacyRecord, Worker
from welfare_desk.store.uow import UnitOfWork

if TYPE_CHECKING:  # reportlab loads only when a document is printed
    from welfare_desk.documents.notice_pdf import NoticeDocument

MISSING = (
    "Per questa persona sono registrati dati sanitari, di disabilità o di gravidanza senza "
    "una base giuridica (art. 9 GDPR): registra il consenso esplicito o la base che vale."
)


@dataclass(frozen=True, slots=True)
class BasisView:
    id: uuid.UUID
    version: int
    purpose: str
    purpose_label: str
    basis: str
    basis_label: str
    on: date
    withdrawn_on: date | None


@dataclass(frozen=True, slots=True)
class PrivacyView:
    notice_version: str | None  # the last notice given; None: never
    notice_on: date | None
    current_notice: str
    bases: list[BasisView]
    special_missing: bool

    @property
    def warning(self) -> str:
        return MISSING if self.special_missing else ""


def _purposes() -> dict[str, dict[str, object]]:
    return {str(p["code"]): p for p in privacy_rules()["purposes"]}


def special_facts(data: WorkerInput) -> set[str]:
    """The special-category facts (art. 9 GDPR) an editor's input holds."""
    facts = set()
    if data.pregnancy_due_date is not None:
        facts.add("pregnancy")
    if data.disability not in (None, "none"):
        facts.add("disability")
    if data.illness_invalidity_percent:
        facts.add("illness")
    if data.illness_leave is not None and any(data.illness_leave):
        facts.add("illness_leave")
    if data.l68:
        facts.add("l68")
    return facts


def stored_special_facts(worker: WorkerDetail) -> set[str]:
    facts = set()
    if worker.pregnancy_due_date is not None:
        facts.add("pregnancy")
    if worker.disability != "none":
        facts.add("disability")
    if worker.illness_invalidity_percent:
        facts.add("illness")
    if worker.illness_leave_from or worker.illness_leave_until:
        facts.add("illness_leave")
    if worker.l68:
        facts.add("l68")
    return facts


def has_special_basis(uow: UnitOfWork, worker_id: uuid.UUID | None) -> bool:
    """An active basis for special-category data; a worker not yet saved has none."""
    if worker_id is None:
        return False
    uow.require_visible(worker_id)
    special = {str(p["code"]) for p in _purposes().values() if p.get("special")}
    return any(
        r.purpose in special and r.withdrawn_on is None
        for r in queries.privacy_records(uow, worker_id)
    )


def notice_document(uow: UnitOfWork, worker_id: uuid.UUID | None = None) -> NoticeDocument:
    """The notice in force, for a person (their name on it, the print audited) or blank."""
    from welfare_desk.documents.notice_pdf import NoticeDocument

    rules = privacy_rules()
    notice, labels = rules["notice"], rules["bases"]
    person = None
    if worker_id is not None:
        uow.require_visible(worker_id)
        worker = uow.get(Worker, worker_id)
        if worker is None:
            raise InvalidInput("La persona non è più in archivio.")
        person = f"{worker.name} {worker.surname} – C.F. {worker.codice_fiscale}"
        uow.audit("print", "worker", [worker_id], f"informativa privacy {notice['version']}")
    return NoticeDocument(
        str(notice["version"]),
        date.fromisoformat(str(notice["date"])),
        str(notice["title"]),
        str(notice["subtitle"]),
        str(notice["controller"]),
        tuple((str(s["heading"]), tuple(str(t) for t in s["text"])) for s in notice["sections"]),
        tuple(
            (str(p["label"]), "; ".join(labels[b] for b in p["bases"])) for p in rules["purposes"]
        ),
        person,
    )


def record_notice(uow: UnitOfWork, worker_id: uuid.UUID, on: date) -> None:
    """The notice in force handed to the worker on `on`."""
    uow.require_visible(worker_id)
    version = str(privacy_rules()["notice"]["version"])
    uow.add(PrivacyRecord(worker_id=worker_id, notice_version=version, recorded_on=on))
    uow.flush()
    uow.commit()


def record_basis(
    uow: UnitOfWork, worker_id: uuid.UUID, purpose: str, basis: str, on: date
) -> BasisView:
    """The basis of one purpose; one that the purpose does not admit is refused."""
    uow.require_visible(worker_id)
    found = _purposes().get(purpose)
    if found is None:
        raise InvalidInput(f"La finalità «{purpose}» non è tra quelle dell'informativa.")
    allowed = [str(b) for b in found["bases"]]  # type: ignore[attr-defined]
    if basis not in allowed:
        labels = privacy_rules()["bases"]
        raise InvalidInput(
            f"«{labels.get(basis, basis)}» non è una base per «{found['label']}»: scegli tra "
            + "; ".join(labels[b] for b in allowed)
            + "."
        )
    record = PrivacyRecord(
        worker_id=worker_id,
        purpose=purpose,
        basis=basis,
        notice_version=str(privacy_rules()["notice"]["version"]),
        recorded_on=on,
    )
    uow.add(record)
    uow.flush()
    view = _basis(record)
    uow.commit()
    return view


def withdraw_basis(uow: UnitOfWork, record_id: uuid.UUID, version: int, on: date) -> None:
    """A consent withdrawn (art. 7 par. 3): kept with its day, no longer a basis."""
    record = uow.load(
        PrivacyRecord,
        record_id,
        version,
        missing="La base giuridica non è più in archivio.",
        changed="La base giuridica è stata modificata da un'altra postazione: ricarica.",
    )
    uow.require_visible(record.worker_id)
    if record.purpose is None or record.withdrawn_on is not None:
        raise InvalidInput("Questa base giuridica è già stata revocata.")
    record.withdrawn_on = on
    uow.flush()
    uow.commit()


def privacy_of(uow: UnitOfWork, worker_id: uuid.UUID) -> PrivacyView:
    uow.require_visible(worker_id)
    records = queries.privacy_records(uow, worker_id)
    notices = [r for r in records if r.purpose is None]
    bases = [_basis(r) for r in records if r.purpose is not None]
    special = {str(p["code"]) for p in _purposes().values() if p.get("special")}
    covered = any(b.purpose in special and b.withdrawn_on is None for b in bases)
    return PrivacyView(
        notices[-1].notice_version if notices else None,
        notices[-1].recorded_on if notices else None,
        str(privacy_rules()["notice"]["version"]),
        bases,
        queries.holds_special_data(uow, worker_id) and not covered,
    )


def _basis(record: PrivacyRecord) -> BasisView:
    purposes, labels = _purposes(), privacy_rules()["bases"]
    purpose, basis = record.purpose or "", record.basis or ""
    return BasisView(
        record.id,
        record.version,
        purpose,
        str(purposes.get(purpose, {}).get("label", purpose)),
        basis,
        str(labels.get(basis, basis)),
        record.recorded_on,
        record.withdrawn_on,
    )
