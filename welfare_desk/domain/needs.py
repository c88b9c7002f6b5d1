"""Needs: a two-level taxonomy (kept as reference data in db/), urgency and status."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class NeedStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    MET = "met"
    NOT_MET = "not_met"
    WITHDRAWN = "withdrawn"


NEED_STATUS_LABELS = {
    NeedStatus.OPEN: "aperto",
    NeedStatus.IN_PROGRESS: "in lavorazione",
    NeedStatus.MET: "soddisfatto",
    NeedStatus.NOT_MET: "non soddisfatto",
    NeedStatus.WITHDRAWN: "ritirato",
}


class Urgency(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


URGENCY_LABELS = {Urgency.LOW: "bassa", Urgency.MEDIUM: "media", Urgency.HIGH: "alta"}


class Channel(StrEnum):
    SOCIAL_POINT = "social_point"
    WELFARE_DAY = "welfare_day"
    PHONE = "phone"
    EMAIL = "email"
    VIDEO = "video"


CHANNEL_LABELS = {
    Channel.SOCIAL_POINT: "social point",
    Channel.WELFARE_DAY: "welfare day",
    Channel.PHONE: "telefono",
    Channel.EMAIL: "email",
    Channel.VIDEO: "videochiamata",
}


@dataclass(frozen=True, slots=True)
class NeedKind:
    code: str
    label: str
    category: str
    category_label: str


@dataclass(frozen=True)
class Taxonomy:
    kinds: tuple[NeedKind, ...]

    def get(self, code: str) -> NeedKind:
        for kind in self.kinds:
            if kind.code == code:
                return kind
        raise KeyError(code)

    @property
    def categories(self) -> list[tuple[str, str]]:
        return list(dict.fromkeys((k.category, k.category_label) for k in self.kinds))


def taxonomy_from(data: Mapping[str, Any]) -> Taxonomy:
    """The taxonomy from its reference data; refuses duplicates and codes outside their
    category, so that a bad edit of the file is caught at once."""
    kinds: list[NeedKind] = []
    seen: set[str] = set()
    categories: Sequence[Mapping[str, Any]] = data["categories"]
    for category in categories:
        for need in category["needs"]:
            code = need["code"]
            if code in seen or not code.startswith(f"{category['code']}."):
                raise ValueError(f"need code {code!r} is repeated or outside its category")
            seen.add(code)
            kinds.append(NeedKind(code, need["label"], category["code"], category["label"]))
    return Taxonomy(tuple(kinds))
