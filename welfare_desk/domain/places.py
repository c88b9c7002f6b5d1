"""Distances between municipalities, from approximate coordinates kept as reference data."""

from __future__ import annotations

import math
from collections.abc import Mapping

from welfare_desk.domain.search_text import fold

EARTH_RADIUS_KM = 6371.0


class Places:
    """Great-circle distance between two municipalities' centres; None when either is
    unknown, so that matching ranks it after the known ones instead of guessing."""

    def __init__(self, coordinates: Mapping[str, tuple[float, float]]) -> None:
        self._at = {fold(name): point for name, point in coordinates.items()}

    def known(self, name: str | None) -> bool:
        return bool(name) and fold(name or "") in self._at

    def distance(self, here: str | None, there: str | None) -> float | None:
        if not here or not there:
            return None
        a = self._at.get(fold(here))
        b = self._at.get(fold(there))
        if a is None or b is None:
            return 0.0 if fold(here) == fold(there) else None
        lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
        h = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))
