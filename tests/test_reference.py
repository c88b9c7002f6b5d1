"""The need taxonomy in db/reference, as the intake will offer it."""

from __future__ import annotations

import pytest

from welfare_desk.domain.needs import taxonomy_from
from welfare_desk.reference import need_taxonomy


def test_the_taxonomy_has_the_programmes_areas() -> None:
    taxonomy = need_taxonomy()
    categories = dict(taxonomy.categories)
    assert len(categories) == 11
    assert categories["childcare"] == "Cura dei figli"
    assert taxonomy.get("school.special_needs").label == "DSA, ADHD e BES"
    assert taxonomy.get("time.smart_working").category_label == "Tempo e flessibilità"


def test_a_bad_edit_of_the_reference_data_is_caught() -> None:
    data = {
        "categories": [
            {
                "code": "care",
                "label": "Cura",
                "needs": [
                    {"code": "care.elderly", "label": "Anziani"},
                    {"code": "care.elderly", "label": "Bis"},
                ],
            }
        ]
    }
    with pytest.raises(ValueError, match="repeated"):
        taxonomy_from(data)
