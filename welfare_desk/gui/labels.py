"""Names of domain codes as the desk shows them, through Qt's translation system."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from welfare_desk.domain.cases import (
    ActionStatus,
    ActionType,
    CaseStatus,
    ClosingReason,
    GoalOutcome,
    Responsible,
)
from welfare_desk.domain.catalogue import Audience, Period, PriceModel, ServiceKind
from welfare_desk.domain.categories import Category
from welfare_desk.domain.enrollments import EnrollmentStatus
from welfare_desk.domain.health_funds import HfStatus, RequestKind
from welfare_desk.domain.household import Disability, Relation
from welfare_desk.domain.ledger import BudgetKind, Movement, VoucherStatus
from welfare_desk.domain.needs import Channel, NeedStatus, Urgency
from welfare_desk.domain.smart_working import SwStatus


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a string for lupdate, which finds it by this name, and leaves it as it is,
    as Qt's own does; typed, where PySide6's type hints say it returns an object."""
    return source


CATEGORY_NAMES = {
    Category.PREGNANCY_MATERNITY: QT_TRANSLATE_NOOP("Labels", "Pregnancy and maternity"),
    Category.CHILDREN_UNDER_14: QT_TRANSLATE_NOOP("Labels", "Children under 14"),
    Category.FAMILY_LAW_104: QT_TRANSLATE_NOOP("Labels", "Family member under Law 104/1992"),
    Category.DISADVANTAGED: QT_TRANSLATE_NOOP("Labels", "Disadvantaged worker"),
}

RELATION_NAMES = {
    Relation.CHILD: QT_TRANSLATE_NOOP("Labels", "child"),
    Relation.PARTNER: QT_TRANSLATE_NOOP("Labels", "spouse or partner"),
    Relation.PARENT: QT_TRANSLATE_NOOP("Labels", "parent"),
    Relation.SIBLING: QT_TRANSLATE_NOOP("Labels", "sibling"),
    Relation.PARENT_IN_LAW: QT_TRANSLATE_NOOP("Labels", "parent-in-law"),
    Relation.GRANDPARENT: QT_TRANSLATE_NOOP("Labels", "grandparent"),
    Relation.GRANDCHILD: QT_TRANSLATE_NOOP("Labels", "grandchild"),
    Relation.NEPHEW: QT_TRANSLATE_NOOP("Labels", "nephew or niece"),
    Relation.OTHER: QT_TRANSLATE_NOOP("Labels", "other relative"),
}


CASE_STATUS_NAMES = {
    CaseStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "open"),
    CaseStatus.ASSESSMENT: QT_TRANSLATE_NOOP("Labels", "assessment"),
    CaseStatus.PLAN_ACTIVE: QT_TRANSLATE_NOOP("Labels", "plan active"),
    CaseStatus.MONITORING: QT_TRANSLATE_NOOP("Labels", "monitoring"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "closed"),
}
# The button that moves a case to a status, as the method names the step.
CASE_STEP_NAMES = {
    CaseStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Reopen"),
    CaseStatus.ASSESSMENT: QT_TRANSLATE_NOOP("Labels", "Start the assessment"),
    CaseStatus.PLAN_ACTIVE: QT_TRANSLATE_NOOP("Labels", "Activate the plan"),
    CaseStatus.MONITORING: QT_TRANSLATE_NOOP("Labels", "Move to monitoring"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Close the case…"),
}
# A step back through the method is named as one, not as the first time.
CASE_STEP_BACK_NAMES = {
    (CaseStatus.PLAN_ACTIVE, CaseStatus.ASSESSMENT): QT_TRANSLATE_NOOP(
        "Labels", "Back to the assessment"
    ),
    (CaseStatus.MONITORING, CaseStatus.PLAN_ACTIVE): QT_TRANSLATE_NOOP(
        "Labels", "Reactivate the plan"
    ),
}
ACTION_TYPE_NAMES = {
    ActionType.MEETING: QT_TRANSLATE_NOOP("Labels", "meeting"),
    ActionType.REFERRAL: QT_TRANSLATE_NOOP("Labels", "referral to a service"),
    ActionType.HEALTH_FUND_REQUEST: QT_TRANSLATE_NOOP("Labels", "health fund request"),
    ActionType.SMART_WORKING_REQUEST: QT_TRANSLATE_NOOP("Labels", "smart-working request"),
    ActionType.COURSE: QT_TRANSLATE_NOOP("Labels", "course"),
    ActionType.PUBLIC_SERVICE: QT_TRANSLATE_NOOP("Labels", "orientation to public services"),
    ActionType.OTHER: QT_TRANSLATE_NOOP("Labels", "other"),
}
RESPONSIBLE_NAMES = {
    Responsible.OPERATOR: QT_TRANSLATE_NOOP("Labels", "operator"),
    Responsible.WORKER: QT_TRANSLATE_NOOP("Labels", "worker"),
    Responsible.PROVIDER: QT_TRANSLATE_NOOP("Labels", "provider"),
}
ACTION_STATUS_NAMES = {
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "to do"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Labels", "done"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "cancelled"),
}
OUTCOME_NAMES = {
    GoalOutcome.REACHED: QT_TRANSLATE_NOOP("Labels", "reached"),
    GoalOutcome.PARTLY: QT_TRANSLATE_NOOP("Labels", "partly reached"),
    GoalOutcome.NOT_REACHED: QT_TRANSLATE_NOOP("Labels", "not reached"),
}
CLOSING_REASON_NAMES = {
    ClosingReason.GOALS_MET: QT_TRANSLATE_NOOP("Labels", "goals met"),
    ClosingReason.WORKER_WITHDREW: QT_TRANSLATE_NOOP("Labels", "the worker withdrew"),
    ClosingReason.LEFT_COMPANY: QT_TRANSLATE_NOOP("Labels", "left the company"),
    ClosingReason.REFERRED_ELSEWHERE: QT_TRANSLATE_NOOP("Labels", "referred to another service"),
    ClosingReason.NO_CONTACT: QT_TRANSLATE_NOOP("Labels", "no longer in touch"),
    ClosingReason.OTHER: QT_TRANSLATE_NOOP("Labels", "other"),
}
NEED_STATUS_NAMES = {
    NeedStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "open"),
    NeedStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "in progress"),
    NeedStatus.MET: QT_TRANSLATE_NOOP("Labels", "met"),
    NeedStatus.NOT_MET: QT_TRANSLATE_NOOP("Labels", "not met"),
    NeedStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "withdrawn"),
}
URGENCY_NAMES = {
    Urgency.MEDIUM: QT_TRANSLATE_NOOP("Labels", "medium"),
    Urgency.HIGH: QT_TRANSLATE_NOOP("Labels", "high"),
    Urgency.LOW: QT_TRANSLATE_NOOP("Labels", "low"),
}
CHANNEL_NAMES = {
    Channel.WELFARE_DAY: QT_TRANSLATE_NOOP("Labels", "Welfare day"),
    Channel.SOCIAL_POINT: QT_TRANSLATE_NOOP("Labels", "Social point"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "Email"),
    Channel.VIDEO: QT_TRANSLATE_NOOP("Labels", "Video call"),
}


def step_name(current: str, target: CaseStatus) -> str:
    back = CASE_STEP_BACK_NAMES.get((CaseStatus(current), target))
    if back is not None:
        return QCoreApplication.translate("Labels", back)
    return name_of(CASE_STEP_NAMES, target)


SERVICE_KIND_NAMES = {
    ServiceKind.SERVICE: QT_TRANSLATE_NOOP("Labels", "service"),
    ServiceKind.EVENT: QT_TRANSLATE_NOOP("Labels", "welfare day"),
    ServiceKind.WORKSHOP: QT_TRANSLATE_NOOP("Labels", "workshop"),
    ServiceKind.COURSE: QT_TRANSLATE_NOOP("Labels", "course"),
}
PRICE_MODEL_NAMES = {
    PriceModel.FREE: QT_TRANSLATE_NOOP("Labels", "free"),
    PriceModel.SUBSIDISED: QT_TRANSLATE_NOOP("Labels", "subsidised"),
    PriceModel.FULL: QT_TRANSLATE_NOOP("Labels", "full price"),
}
PERIOD_NAMES = {
    Period.CHRISTMAS: QT_TRANSLATE_NOOP("Labels", "Christmas holidays"),
    Period.CARNIVAL: QT_TRANSLATE_NOOP("Labels", "Carnival"),
    Period.EASTER: QT_TRANSLATE_NOOP("Labels", "Easter holidays"),
    Period.SUMMER: QT_TRANSLATE_NOOP("Labels", "summer"),
    Period.SCHOOL_YEAR: QT_TRANSLATE_NOOP("Labels", "school year"),
    Period.OTHER: QT_TRANSLATE_NOOP("Labels", "other period"),
}
AUDIENCE_NAMES = {
    Audience.CHILDREN: QT_TRANSLATE_NOOP("Labels", "children"),
    Audience.WORKER: QT_TRANSLATE_NOOP("Labels", "worker"),
    Audience.FAMILY: QT_TRANSLATE_NOOP("Labels", "worker and family members"),
}
ENROLLMENT_STATUS_NAMES = {
    EnrollmentStatus.REQUESTED: QT_TRANSLATE_NOOP("Labels", "requested"),
    EnrollmentStatus.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "confirmed"),
    EnrollmentStatus.WAITLISTED: QT_TRANSLATE_NOOP("Labels", "waiting list"),
    EnrollmentStatus.ATTENDED: QT_TRANSLATE_NOOP("Labels", "attended"),
    EnrollmentStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "cancelled"),
    EnrollmentStatus.PENDING: QT_TRANSLATE_NOOP("Labels", "waiting for confirmation"),
}
VOUCHER_STATUS_NAMES = {
    VoucherStatus.ISSUED: QT_TRANSLATE_NOOP("Labels", "issued"),
    VoucherStatus.USED: QT_TRANSLATE_NOOP("Labels", "used"),
    VoucherStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "voided"),
}
MOVEMENT_NAMES = {
    Movement.ALLOCATION: QT_TRANSLATE_NOOP("Labels", "allocation"),
    Movement.REDUCTION: QT_TRANSLATE_NOOP("Labels", "reduction"),
    Movement.VOUCHER_ISSUED: QT_TRANSLATE_NOOP("Labels", "voucher issued"),
    Movement.VOUCHER_CANCELLED: QT_TRANSLATE_NOOP("Labels", "voucher cancelled"),
}
BUDGET_KIND_NAMES = {
    BudgetKind.PROGRAMME: QT_TRANSLATE_NOOP("Labels", "programme"),
    BudgetKind.ALLOWANCE: QT_TRANSLATE_NOOP("Labels", "welfare allowance"),
}


# Requests: the Italian desk reads the words of the domain's labels, the English its own.
HF_STATUS_NAMES = {
    HfStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "draft"),
    HfStatus.SUBMITTED: QT_TRANSLATE_NOOP("Labels", "sent to the fund"),
    HfStatus.SUSPENDED: QT_TRANSLATE_NOOP("Labels", "suspended"),
    HfStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "approved"),
    HfStatus.PARTLY_APPROVED: QT_TRANSLATE_NOOP("Labels", "partly approved"),
    HfStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "rejected"),
    HfStatus.PAID: QT_TRANSLATE_NOOP("Labels", "paid"),
}
HF_KIND_NAMES = {
    RequestKind.ENROLMENT: QT_TRANSLATE_NOOP("Labels", "enrolment in the fund"),
    RequestKind.FAMILY_EXTENSION: QT_TRANSLATE_NOOP("Labels", "extension to family members"),
    RequestKind.PRE_AUTHORISATION: QT_TRANSLATE_NOOP("Labels", "pre-authorisation (direct scheme)"),
    RequestKind.REIMBURSEMENT: QT_TRANSLATE_NOOP("Labels", "reimbursement claim (indirect scheme)"),
}
SW_STATUS_NAMES = {
    SwStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "draft"),
    SwStatus.SUBMITTED: QT_TRANSLATE_NOOP("Labels", "submitted"),
    SwStatus.UNDER_REVIEW: QT_TRANSLATE_NOOP("Labels", "under review"),
    SwStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "approved"),
    SwStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "rejected"),
    SwStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "active"),
    SwStatus.ENDED: QT_TRANSLATE_NOOP("Labels", "ended"),
    SwStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "withdrawn by the worker"),
}
DISABILITY_NAMES = {
    Disability.NONE: QT_TRANSLATE_NOOP("Labels", "no recognition"),
    Disability.ART3_C1: QT_TRANSLATE_NOOP("Labels", "art. 3 c. 1 Law 104/1992"),
    Disability.ART3_C3: QT_TRANSLATE_NOOP(
        "Labels", "art. 3 c. 3 Law 104/1992 (serious disability)"
    ),
}


def sw_status_name(status: str, effective_on: date | None, today: date) -> str:
    """A withdrawal given with notice leaves the agreement running until it takes effect,
    and the manager must see that it still runs (domain.smart_working.sw_status_text)."""
    if status == SwStatus.WITHDRAWN and effective_on is not None and effective_on > today:
        return QCoreApplication.translate(
            "Labels", "withdrawal from %1: in force until then"
        ).replace("%1", f"{effective_on:%d/%m/%Y}")
    return name_of(SW_STATUS_NAMES, status)


def name_of(names: Mapping[Any, str], code: str | None) -> str:
    """A stored code in the desk's language; an unknown code reads as itself."""
    if not code:
        return "—"
    for key, source in names.items():
        if key == code:
            return QCoreApplication.translate("Labels", source)
    return code


def category_name(code: str) -> str:
    return QCoreApplication.translate("Labels", CATEGORY_NAMES[Category(code)])


def relation_name(code: str) -> str:
    relation = Relation(code) if code in {r.value for r in Relation} else Relation.OTHER
    return QCoreApplication.translate("Labels", RELATION_NAMES[relation])
