"""The record's history as the worker page shows it."""

from __future__ import annotations

from tests.helpers import add_worker, worker_input
from welfare_desk.registry.history import worker_history
from welfare_desk.registry.workers import save_worker
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork


def test_history_says_who_changed_what_newest_first(store: Store) -> None:
    saved = add_worker(store)
    with UnitOfWork(store) as uow:
        save_worker(
            uow,
            worker_input(email="m.rossi@esempio.it", organization="Logistica Adda S.r.l."),
            saved.worker.id,
            saved.worker.version,
        )
    with UnitOfWork(store) as uow:
        history = worker_history(uow, saved.worker.id)
    assert [h.action for h in history] == ["modificato", "creato"]
    changed = {c.field: (c.old, c.new) for c in history[0].changes}
    assert changed["Email"] == ("—", "m.rossi@esempio.it")
    assert changed["Azienda"] == ("Officine Lodigiane S.p.A.", "Logistica Adda S.r.l.")
    created = {c.field: c.new for c in history[1].changes}
    assert created["Data di nascita"] == "07/03/1985"
    assert "sort_key" not in created
