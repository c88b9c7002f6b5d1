"""Names of domain codes as the desk shows them, through Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from welfare_desk.domain.categories import Category
from welfare_desk.domain.household import Relation

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
    Relation.OTHER: QT_TRANSLATE_NOOP("Labels", "other relative"),
}


def category_name(code: str) -> str:
    return QCoreApplication.translate("Labels", CATEGORY_NAMES[Category(code)])


def relation_name(code: str) -> str:
    relation = Relation(code) if code in {r.value for r in Relation} else Relation.OTHER
    return QCoreApplication.translate("Labels", RELATION_NAMES[relation])
