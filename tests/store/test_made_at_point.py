"""What is made in a session carries where: the social point the operator signed in at,
on needs, case actions, enrollments, vouchers and requests, as on contacts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from tests.conftest import TODAY
from tests.helpers import add_worker
from welfare_desk.cases.casework import ContactInput, NeedInput, record_contact
from welfare_desk.domain.needs import Channel
from welfare_desk.requests.smart_working import SwInput, create_request
from welfare_desk.store.engine import Store
from welfare_desk.store.models import Contact, Need, SmartWorkingRequest, SocialPoint, Worker
from welfare_desk.store.uow import UnitOfWork


def test_records_made_in_a_session_carry_its_social_point(store: Store) -> None:
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        employer = uow.session.scalars(select(Worker.organization_id)).one()
        made = SocialPoint(code="SP07", name="Sportello di Codogno", organization_id=employer)
        uow.add(made)
        uow.flush()
        point = made.id
        uow.commit()
    store.social_point_id = point
    try:
        with UnitOfWork(store) as uow:
            record_contact(
                uow,
                ContactInput(
                    worker,
                    datetime(2026, 11, 30, 9, 0),
                    Channel.SOCIAL_POINT,
                    20,
                    needs=[NeedInput("care.elderly")],
                ),
            )
        with UnitOfWork(store) as uow:
            create_request(uow, SwInput(worker, 1, (2,), TODAY), TODAY)
    finally:
        store.social_point_id = None
    with UnitOfWork(store) as uow:
        for model in (Contact, Need, SmartWorkingRequest):
            assert uow.session.scalars(select(model.social_point_id)).all() == [point], model
