"""Coded values as people write them land on the value they mean; what only names the
field is asked; what is merely close is proposed, never applied."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.domain.vocabulary import Ask, Found, Unknown, normalise
from welfare_desk.reference import vocabularies

VOCABULARIES = vocabularies()
SPELLINGS = [
    (name, value, word)
    for name, vocabulary in VOCABULARIES.items()
    for value, words in vocabulary.synonyms.items()
    for word in words
    if normalise(word)
]
ABBREVIATED = {
    "comma": ["c.", "co.", "comma", "C.", "Co.", "COMMA"],
    "art": ["art.", "Art.", "articolo", "ART", "art"],
    "legge": ["L.", "legge", "Legge", "l."],
    "lett": ["lett.", "lettera", "Lett."],
}
ACCENTED = {"a": "àá", "e": "èé", "i": "ìí", "o": "òó", "u": "ùú"}


@st.composite
def written(draw: st.DrawFn, word: str) -> str:
    """`word` as a person might type it: case, accents, punctuation, abbreviations."""
    tokens = re.findall(r"[^\W\d_]+|\d+", word)
    out: list[str] = []
    for token in tokens:
        full = normalise(token)
        token = draw(st.sampled_from(ABBREVIATED.get(full, [token])))
        token = "".join(
            draw(st.sampled_from([c, c.upper(), *ACCENTED.get(c, "")])) if c.isalpha() else c
            for c in token
        )
        if out:
            joined = out[-1][-1:].isalpha() != token[:1].isalpha() and token[:1] != "."
            separators = [" ", "  ", ", ", " - ", "/", " / "] + ([""] if joined else [])
            out.append(draw(st.sampled_from(separators)))
        out.append(token)
    before = draw(st.sampled_from(["", " ", "«", "\t", '"']))
    after = draw(st.sampled_from(["", " ", "»", ".", ";", '"']))
    return before + "".join(out) + after


@given(st.sampled_from(SPELLINGS).flatmap(lambda s: st.tuples(st.just(s), written(s[2]))))
def test_every_spelling_of_a_value_lands_on_it(case: tuple[tuple[str, str, str], str]) -> None:
    (name, value, _word), typed = case
    assert VOCABULARIES[name].read(typed) == Found(value), typed


LAW = ["L. 104/92 ", "Legge 104/1992, ", "legge n. 104 ", "ai sensi della L.104 ", ""]


@given(
    st.sampled_from(LAW),
    st.sampled_from(["art. 3 ", "Art.3, ", "art 3 ", ""]),
    st.sampled_from([("comma 3", "art3_c3"), ("c. 1", "art3_c1"), ("co.3", "art3_c3")]),
    st.sampled_from(["", " (grave)", " - situazione di gravità"]),
)
def test_the_law_s_reference_around_a_level_is_read_through(
    law: str, article: str, level: tuple[str, str], note: str
) -> None:
    text, value = level
    if note and value == "art3_c1":
        return  # a first comma called grave contradicts itself: tested below
    assert VOCABULARIES["disability"].read(f"{law}{article}{text}{note}") == Found(value)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("Art. 3 comma 3", "art3_c3"),
        ("art. 3, comma 3", "art3_c3"),
        ("art.3 co.3", "art3_c3"),
        ("L.104/92 art. 3 c. 3", "art3_c3"),
        ("comma 3 (grave)", "art3_c3"),
        ("handicap grave", "art3_c3"),
        ("situazione di gravità", "art3_c3"),
        ("sì, grave", "art3_c3"),
        ("Art. 3 comma 1", "art3_c1"),
        ("art.3 co.1", "art3_c1"),
        ("comma 1 (non grave)", "art3_c1"),
        ("handicap non grave", "art3_c1"),
        ("No", "none"),
    ],
)
def test_l104_as_the_coordinator_s_file_writes_it(typed: str, value: str) -> None:
    assert VOCABULARIES["disability"].read(typed) == Found(value)


@pytest.mark.parametrize("typed", ["Sì", "si", "X", "L. 104", "Legge 104/92", "art. 3"])
def test_a_yes_to_l104_is_asked_never_guessed(typed: str) -> None:
    assert VOCABULARIES["disability"].read(typed) == Ask(typed)


def test_nipote_is_asked_grandchild_or_nephew_never_guessed() -> None:
    """A grandchild is of the second degree, a nephew of the third: L. 205/2017 c. 255
    tells them apart, so the file's «nipote» is asked, with both proposed."""
    relation = VOCABULARIES["relation"]
    assert relation.read("Nipote") == Ask("Nipote", ("grandchild", "nephew"))
    assert relation.read("nipote (figlio del figlio)") == Found("grandchild")
    assert relation.read("nipote, figlia della sorella") == Found("nephew")
    assert relation.read("pronipote") != Found("grandchild")


def test_a_contradiction_is_proposed_both_ways_not_read() -> None:
    reading = VOCABULARIES["disability"].read("comma 1 grave")
    assert isinstance(reading, Unknown)
    assert set(reading.proposals) == {"art3_c1", "art3_c3"}


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("Centri estivi", "childcare.holiday_camps"),
        ("Prima infanzia", "childcare.nursery"),
        ("Cura di familiari anziani o disabili", "care"),
        ("Centri estivi e campus nelle chiusure scolastiche", "childcare.holiday_camps"),
        ("Nido e prima infanzia", "childcare.nursery"),
        ("childcare.holiday_camps", "childcare.holiday_camps"),
    ],
)
def test_a_provider_s_categories(typed: str, value: str) -> None:
    assert VOCABULARIES["category"].read(typed) == Found(value)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("Centri estiv", "childcare.holiday_camps"),  # one typo
        ("estivi centri", "childcare.holiday_camps"),  # other order
        ("Campus estivi in lingua inglese", "childcare.holiday_camps"),  # a longer name
        ("Babysiting", "childcare.babysitting"),
    ],
)
def test_close_values_are_proposed_not_applied(typed: str, value: str) -> None:
    reading = VOCABULARIES["category"].read(typed)
    assert isinstance(reading, Unknown)
    assert reading.proposals[0] == value


def test_nothing_is_proposed_for_what_is_nowhere_near() -> None:
    assert VOCABULARIES["category"].read("Corso di cucina") == Unknown("Corso di cucina", ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L.104/92 Art.3 C.3", "legge 104 art 3 comma 3"),
        ("Legge 104/1992 articolo 3, co. 1", "legge 104 art 3 comma 1"),
        ("  Gravità  ", "gravita"),
        ("art3c3", "art 3 comma 3"),
        ("lett. f-bis", "lett f bis"),
    ],
)
def test_normalise_folds_case_accents_punctuation_and_abbreviations(
    text: str, expected: str
) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("Persona con disabilità", "art3_c1"),
        ("necessità di sostegno", "art3_c1"),
        ("Necessità di sostegno elevato o molto elevato", "art3_c3"),
        ("sostegno intensivo molto elevato", "art3_c3"),
        ("SOSTEGNO ELEVATO", "art3_c3"),
    ],
)
def test_the_words_of_dlgs_62_2024_are_read(typed: str, value: str) -> None:
    """D.Lgs. 62/2024 art. 4 rewrote L. 104's words; HR files already use the new ones."""
    assert VOCABULARIES["disability"].read(typed) == Found(value)
