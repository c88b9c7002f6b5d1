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
    GRANDCHILD = "grandchild"  # a child's child: second degree
    NEPHEW = "nephew"  # a sibling's child: third degree
    OTHER = "other"


RELATION_LABELS: dict[Relation, str] = {
    Relation.CHILD: "figlio/a",
    Relation.PARTNER: "coniuge o convivente",
    Relation.PARENT: "genitore",
    Relation.SIBLING: "fratello/sorella",
    Relation.PARENT_IN_LAW: "suocero/a",
    Relation.GRANDPARENT: "nonno/a",
    Relation.GRANDCHILD: "nipote (figlio di un figlio)",
    Relation.NEPHEW: "nipote (figlio di fratello o sorella)",
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
    **{w: Relation.GRANDCHILD for w in ("grandchild",)},
    **{w: Relation.NEPHEW for w in ("nephew", "niece")},
    **{w: Relation.OTHER for w in ("altro", "altro familiare", "other")},
}


# Words of a relation that say the relative's sex, for the wording when no codice
# fiscale tells it («assiste nonna Ida», not «nonno Ida»).
_FEMININE = frozenset(
    "figlia moglie madre mamma sorella suocera nonna compagna unita zia cognata figliastra "
    "adottiva daughter wife mother sister granddaughter niece grandmother".split()
)
_MASCULINE = frozenset(
    "figlio marito padre papa fratello suocero nonno compagno unito zio cognato figliastro "
    "adottivo son husband father brother grandson nephew grandfather".split()
)


def sex_in_words(text: str) -> str | None:
    """ "F" or "M" when the first word of the relation that has one says it."""
    for word in text.lower().replace("à", "a").replace("/", " ").split():
        word = word.strip("().,;:")
        if word in _FEMININE:
            return "F"
        if word in _MASCULINE:
            return "M"
    return None


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
