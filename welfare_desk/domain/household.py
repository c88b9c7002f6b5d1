"""Household facts: relations and the Legge 104/1992 disability recognition."""

from __future__ import annotations

from datetime import date
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


# How much older or younger than the worker a relative must be, in years, for a century
# read from the code's two digits to be the right one.
_OLDER_BY = {Relation.PARENT: 12, Relation.PARENT_IN_LAW: 12, Relation.GRANDPARENT: 24}
_YOUNGER = frozenset({Relation.CHILD, Relation.GRANDCHILD, Relation.NEPHEW})


def birth_from_code(
    decoded: date, relation: Relation | None, worker_birth: date | None
) -> tuple[date, str]:
    """A relative's birth date when only the codice fiscale gives it, and the warning
    that says so. The code holds two digits of the year; `decoded` is the most recent
    century that fits. A parent or grandparent cannot be younger than the worker by the
    law of nature: «nato il 10/06/2025» for a grandfather is 1925."""
    chosen, why = decoded, ""
    try:
        earlier = decoded.replace(year=decoded.year - 100)
    except ValueError:  # 29 February of 2000, which 1900 did not have
        earlier = None
    if worker_birth is not None and relation is not None and earlier is not None:
        older_by = _OLDER_BY.get(relation)
        if (older_by is not None and decoded.year > worker_birth.year - older_by) or (
            relation not in _YOUNGER and decoded.year - worker_birth.year > 70
        ):
            chosen = earlier
    if chosen != decoded:
        why = (
            f" (il codice ha solo le ultime due cifre dell'anno: per "
            f"{RELATION_LABELS[relation] if relation else 'il familiare'} vale il "
            f"{chosen.year}, non il {decoded.year})"
        )
    return chosen, (
        f"data di nascita ricavata dal codice fiscale: {chosen:%d/%m/%Y}{why}; controllala."
    )


def dependent_income_limit(
    relation: Relation, age: int, children_up_to: int, children_cents: int, others_cents: int
) -> int:
    """The yearly income within which a relative is fiscally dependent (art. 12 c. 2 TUIR):
    higher for a child up to 24."""
    if relation is Relation.CHILD and age <= children_up_to:
        return children_cents
    return others_cents
