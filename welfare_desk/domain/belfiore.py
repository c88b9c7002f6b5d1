"""The cadastral (Belfiore) codes of Italian municipalities, past and present, and of
foreign states, each with the years it was valid: the place of birth of a codice fiscale
is one of them. The list is reference data (db/reference/belfiore.json), with its source
and the day it was taken."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Place:
    code: str
    name: str
    province: str  # «EE» for a foreign state
    valid_from: date | None
    valid_until: date | None  # the last day it was valid; None: still is


@dataclass(frozen=True)
class Belfiore:
    places: Mapping[str, Sequence[Sequence[str]]]  # code → [name, province, from, deleted]
    updated: date

    def known(self, code: str) -> bool:
        return code in self.places

    def names(self, code: str) -> list[Place]:
        return [_place(code, row) for row in self.places.get(code, ())]

    def on(self, code: str, day: date) -> Place | None:
        """The place the code named on `day`, if it named one then."""
        for place in self.names(code):
            after = place.valid_from is None or place.valid_from <= day
            before = place.valid_until is None or day <= place.valid_until
            if after and before:
                return place
        return None


def _place(code: str, row: Sequence[str]) -> Place:
    name, province, starts, deleted = row
    ends = date.fromordinal(date.fromisoformat(deleted).toordinal() - 1) if deleted else None
    return Place(code, name, province, date.fromisoformat(starts) if starts else None, ends)
