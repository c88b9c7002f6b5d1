"""Household facts: relations and the Legge 104/1992 disability recognition."""

from __future__ import annotations

from enum import StrEnum


class Relation(StrEnum):
    CHILD = "child"
    PARTNER = "partner"
    PARENT = "parent"
    SIBLING = "sibling"
    PARENT_IN_LAW = "parent_in_law"
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    OTHER = "other"


RELATION_LABELS: dict[Relation, str] = {
    Relation.CHILD: "figlio/a",
    Relation.PARTNER: "coniuge o convivente",
    Relation.PARENT: "genitore",
    Relation.SIBLING: "fratello/sorella",
    Relation.PARENT_IN_LAW: "suocero/a",
    Relation.GRANDPARENT: "nonno/a",
    Relation.GRANDCHILD: "nipote",
    Relation.OTHER: "altro familiare",
}

# Words HR files use for each relation, lower case without accents.
RELATION_WORDS: dict[str, Relation] = {
    **{
        w: Relation.CHILD for w in ("figlio", "figlia", "figlio/a", "child", "son", "daughter", "f")
    },
    **{
        w: Relation.PARTNER
        for w in (
            "coniuge",
            "moglie",
            "marito",
            "partner",
            "convivente",
            "unito civilmente",
            "unita civilmente",
            "spouse",
            "wife",
            "husband",
            "c",
        )
    },
    **{w: Relation.PARENT for w in ("genitore", "padre", "madre", "parent", "father", "mother")},
    **{w: Relation.SIBLING for w in ("fratello", "sorella", "sibling", "brother", "sister")},
    **{
        w: Relation.PARENT_IN_LAW
        for w in ("suocero", "suocera", "parent-in-law", "father-in-law", "mother-in-law")
    },
    **{w: Relation.GRANDPARENT for w in ("nonno", "nonna", "grandparent")},
    **{w: Relation.GRANDCHILD for w in ("nipote", "grandchild")},
    **{w: Relation.OTHER for w in ("altro", "altro familiare", "other")},
}


class Disability(StrEnum):
    """Recognition under Legge 104/1992: art. 3 c. 1 (handicap), c. 3 (serious)."""

    NONE = "none"
    ART3_C1 = "art3_c1"
    ART3_C3 = "art3_c3"


DISABILITY_LABELS: dict[Disability, str] = {
    Disability.NONE: "nessuna",
    Disability.ART3_C1: "art. 3 c. 1 L. 104/1992",
    Disability.ART3_C3: "art. 3 c. 3 L. 104/1992 (situazione di gravità)",
}

DISABILITY_WORDS: dict[str, Disability] = {
    **{w: Disability.NONE for w in ("", "no", "nessuna", "none", "0", "n")},
    **{
        w: Disability.ART3_C1
        for w in ("art3_c1", "art. 3 c. 1", "art.3 c.1", "art 3 c 1", "3.1", "c1", "comma 1", "1")
    },
    **{
        w: Disability.ART3_C3
        for w in (
            "art3_c3",
            "art. 3 c. 3",
            "art.3 c.3",
            "art 3 c 3",
            "3.3",
            "c3",
            "comma 3",
            "grave",
            "3",
        )
    },
}
