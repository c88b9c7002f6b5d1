"""Access and portability (art. 15 and 20 GDPR): everything the store holds about a
worker, in one JSON file a person or another system can read; the export is audited
with its reason, and a role that does not read people cannot make it."""

from __future__ import annotations

import json
import stat
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.helpers import add_member, add_worker, worker_input
from welfare_desk.access.audit import audit_entries
from welfare_desk.cases.casework import ContactInput, NeedInput, record_contact
from welfare_desk.domain.needs import Channel
from welfare_desk.errors import InvalidInput
from welfare_desk.registry.subject_access import export_person
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import NotAllowed
from welfare_desk.store.uow import UnitOfWork


def test_everything_about_a_worker_in_one_readable_file(store: Store, tmp_path: Path) -> None:
    worker = add_worker(store).worker.id
    add_member(store, worker, "Luca", date(2019, 4, 2))
    with UnitOfWork(store) as uow:
        record_contact(
            uow,
            ContactInput(
                worker,
                datetime(2026, 11, 30, 10, 15),
                Channel.SOCIAL_POINT,
                20,
                notes="Chiede un nido per Luca.",
                needs=[NeedInput("childcare.nursery")],
            ),
        )
    other = add_worker(store, name="Lucia").worker.id
    out = tmp_path / "dati.json"
    code = worker_input().codice_fiscale
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="perché"):
        export_person(uow, code, out, " ")
    with UnitOfWork(store) as uow:
        export_person(uow, code, out, "richiesta dell'interessata del 1/12/2026")
    data = json.loads(out.read_text("utf-8"))
    assert data["lavoratore"]["codice_fiscale"] == code
    assert [m["name"] for m in data["familiari"]] == ["Luca"]
    assert data["colloqui"][0]["notes"] == "Chiede un nido per Luca."
    assert data["bisogni"][0]["kind"] == "childcare.nursery"
    assert data["cronologia"]  # the journal's lines about them
    assert str(other) not in out.read_text("utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with UnitOfWork(store) as uow:
        (done,) = [r for r in audit_entries(uow, worker_id=worker) if r.action == "esportazione"]
    assert done.reason == "richiesta dell'interessata del 1/12/2026"
    store.role = "hr_analyst"
    try:
        with UnitOfWork(store) as uow, pytest.raises(NotAllowed):
            export_person(uow, code, tmp_path / "hr.json", "curiosità")
    finally:
        store.role = None
    assert not (tmp_path / "hr.json").exists()


def test_no_record_s_cell_key_leaves_in_a_person_s_export(store: Store, tmp_path: Path) -> None:
    """#18 review: the key each record carries for the reports' noise went out with the
    person's data; who holds the keys of a small cell's records knows its noise, so the
    true count behind the printed one. Neither the file nor the printed pages hold it."""
    from sqlalchemy import select

    from welfare_desk.registry.subject_access import person_document
    from welfare_desk.store.models import Contact, Worker

    worker = add_worker(store).worker.id
    add_member(store, worker, "Luca", date(2019, 4, 2))
    with UnitOfWork(store) as uow:
        record_contact(
            uow,
            ContactInput(
                worker,
                datetime(2026, 11, 30, 10, 15),
                Channel.SOCIAL_POINT,
                20,
                needs=[NeedInput("childcare.nursery")],
            ),
        )
    code = worker_input().codice_fiscale
    with UnitOfWork(store) as uow:
        export_person(uow, code, tmp_path / "dati.json", "richiesta dell'interessata")
        keys = {
            str(k)
            for model in (Worker, Contact)
            for k in uow.session.scalars(select(model.cell_key))  # type: ignore[attr-defined]
        }
    with UnitOfWork(store) as uow:
        printed = person_document(uow, code, "richiesta dell'interessata")
    text = (tmp_path / "dati.json").read_text("utf-8")
    assert "cell_key" not in text and not any(k in text for k in keys)
    shown = repr(printed)
    assert not any(k in shown for k in keys), "a cell key on the printed pages"
