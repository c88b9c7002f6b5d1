"""Codice fiscale: encoding, validation, decoding, omocodia and consistency.

python-stdnum (`stdnum.it.codicefiscale`) is the independent oracle for what a valid
code is; the hand-written expectations below follow DM 23/12/1976 as summarised in
shared/DOMAIN-RULES.md.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from stdnum.it import codicefiscale as stdnum_cf

from tests.conftest import TODAY
from welfare_desk.domain.codice_fiscale import (
    Decoded,
    consistency,
    decode,
    encode,
    is_valid,
    name_part,
    normalize,
    omocode,
    surname_part,
    validate,
)
from welfare_desk.domain.problems import Severity, errors

FAST = settings(max_examples=150, deadline=None, database=None)

MONTH_LETTERS = "ABCDEHLMPRST"
OMOCODIA_LETTERS = "LMNPQRSTUV"  # stand for 0..9
# 0-based positions that omocodia replaces, in the order it replaces them (right to left).
OMOCODIA_POSITIONS = (14, 13, 12, 10, 9, 7, 6)
WRONG_MONTH_LETTERS = sorted(set(string.ascii_uppercase) - set(MONTH_LETTERS))

NAME_ALPHABET = string.ascii_letters + "àèéìíòóùÀÈÉÌÒÙçÇäöüÄÖÜñ' "


@dataclass(frozen=True)
class Person:
    surname: str
    name: str
    birth_date: date
    sex: str
    place_code: str

    def code(self) -> str:
        return encode(self.surname, self.name, self.birth_date, self.sex, self.place_code)

    def decoded(self) -> Decoded:
        return Decoded(self.birth_date, self.sex, self.place_code)


def with_check(first15: str) -> str:
    """A 16-character code whose check letter is computed by stdnum, not by us."""
    return first15 + stdnum_cf.calc_check_digit(first15)


def deomocoded_day(code: str) -> int:
    return int("".join(str(OMOCODIA_LETTERS.index(c)) if c.isalpha() else c for c in code[9:11]))


def corrupt(code: str, position: int, char: str) -> str:
    return code[:position] + char + code[position + 1 :]


words = st.one_of(
    st.sampled_from(["D'Angelo", "De Luca", "Lo", "Fo", "O", "Niccolò", "Zoë", "Ng", "Àlvaro"]),
    st.text(alphabet=NAME_ALPHABET, min_size=1, max_size=20),
)
place_codes = st.one_of(
    st.sampled_from(["H501", "F205", "Z404", "Z112"]),
    st.builds(
        lambda letter, number: f"{letter}{number:03d}",
        st.sampled_from(string.ascii_uppercase),
        st.integers(0, 999),
    ),
)
birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
people = st.builds(
    Person,
    surname=words,
    name=words,
    birth_date=birth_dates,
    sex=st.sampled_from(["M", "F"]),
    place_code=place_codes,
)


# --- encoding: hand-checked examples -------------------------------------------------


@pytest.mark.parametrize(
    ("surname", "expected"),
    [
        ("Rossi", "RSS"),
        ("De Luca", "DLC"),  # spaces ignored
        ("D'Angelo", "DNG"),  # apostrophes ignored
        ("Niccolò", "NCC"),  # accents dropped
        ("Àlvaro", "LVR"),
        ("Fo", "FOX"),  # too short: padded with X
        ("Zoë", "ZOE"),  # consonants first, then vowels
    ],
)
def test_surname_part(surname: str, expected: str) -> None:
    assert surname_part(surname) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Mario", "MRA"),
        ("Luca", "LCU"),
        ("Ugo", "GUO"),
        ("Al", "LAX"),
        ("Giovanni", "GNN"),  # 4+ consonants: 1st, 3rd and 4th
        ("Francesco", "FNC"),
        ("Gianfranco", "GFR"),
        ("José María", "JMR"),
    ],
)
def test_name_part(name: str, expected: str) -> None:
    assert name_part(name) == expected


def test_encode_known_code() -> None:
    assert encode("Rossi", "Mario", date(1980, 1, 1), "M", "H501") == "RSSMRA80A01H501U"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("RSSMRA80A01H501U", Decoded(date(1980, 1, 1), "M", "H501")),
        ("RCCMNL83S18D969H", Decoded(date(1983, 11, 18), "M", "D969")),  # stdnum's example
        ("CNTCHR83T41D969D", Decoded(date(1983, 12, 1), "F", "D969")),  # woman: day + 40
    ],
)
def test_decode_known_codes(code: str, expected: Decoded) -> None:
    assert decode(code, today=date(2025, 6, 1)) == expected


def test_born_abroad_follows_the_z_place_code() -> None:
    abroad = encode("Rossi", "Mario", date(1980, 1, 1), "M", "Z404")
    assert decode(abroad, today=TODAY).born_abroad
    assert not decode("RSSMRA80A01H501U", today=TODAY).born_abroad


@pytest.mark.parametrize(("letter", "month"), [(m, i + 1) for i, m in enumerate(MONTH_LETTERS)])
def test_month_letters(letter: str, month: int) -> None:
    code = with_check(f"RSSMRA80{letter}01H501")
    assert decode(code, today=TODAY).birth_date == date(1980, month, 1)


# --- round trip, with stdnum as oracle --------------------------------------------------


@FAST
@given(person=people, days_later=st.integers(0, 36_500))
def test_encode_validate_decode_round_trip(person: Person, days_later: int) -> None:
    code = person.code()

    assert validate(code) == []
    assert stdnum_cf.is_valid(code)
    assert code[15] == stdnum_cf.calc_check_digit(code[:15])
    theirs = stdnum_cf.get_birth_date(code)
    assert (theirs.year % 100, theirs.month, theirs.day) == (
        person.birth_date.year % 100,
        person.birth_date.month,
        person.birth_date.day,
    )
    # Any "today" less than a century after the birth puts it in the right century.
    today = person.birth_date + timedelta(days=days_later)
    assert decode(code, today=today) == person.decoded()
    assert consistency(code, person.surname, person.name, person.birth_date, person.sex) == []


@FAST
@given(person=people)
def test_every_omocodia_level_is_the_same_person(person: Person) -> None:
    code = person.code()
    variants = [omocode(code, level) for level in range(8)]

    assert variants[0] == code
    assert len(set(variants)) == 8
    for level, variant in enumerate(variants):
        lettered = {p for p in OMOCODIA_POSITIONS if variant[p] in OMOCODIA_LETTERS}
        assert lettered == set(OMOCODIA_POSITIONS[:level])
        assert validate(variant) == [], variant
        assert stdnum_cf.is_valid(variant), variant
        assert decode(variant, today=person.birth_date) == person.decoded()
        assert (
            consistency(variant, person.surname, person.name, person.birth_date, person.sex) == []
        )


def test_fully_omocodic_known_code() -> None:
    assert omocode("RSSMRA80A01H501U", 7) == "RSSMRAULALMHRLMD"
    assert decode("RSSMRAULALMHRLMD", today=TODAY) == Decoded(date(1980, 1, 1), "M", "H501")


@st.composite
def code_shaped(draw: st.DrawFn) -> str:
    """16 characters in the code's layout, with any month letter, day 00..99, digits
    possibly omocodic, and a check letter that is often (not always) right."""

    def digits(value: int, width: int) -> str:
        text = f"{value:0{width}d}"
        return "".join(OMOCODIA_LETTERS[int(c)] if draw(st.booleans()) else c for c in text)

    letters = draw(st.text(string.ascii_uppercase, min_size=6, max_size=6))
    year = digits(draw(st.integers(0, 99)), 2)
    month = draw(st.sampled_from(string.ascii_uppercase))
    day = digits(draw(st.integers(0, 99)), 2)
    place = draw(st.sampled_from(string.ascii_uppercase)) + digits(draw(st.integers(0, 999)), 3)
    first15 = letters + year + month + day + place
    check = draw(
        st.one_of(
            st.just(stdnum_cf.calc_check_digit(first15)),
            st.sampled_from(string.ascii_uppercase),
        )
    )
    return first15 + check


@settings(max_examples=400, deadline=None, database=None)
@given(code=code_shaped())
def test_validate_agrees_with_stdnum(code: str) -> None:
    # stdnum reads days 81-99 as day % 40; the decree only has 01-31 and 41-71.
    assert is_valid(code) == (stdnum_cf.is_valid(code) and deomocoded_day(code) <= 71)


def test_day_above_71_is_refused_although_stdnum_accepts_it() -> None:
    code = with_check("RSSMRA80A85H501")
    assert stdnum_cf.is_valid(code)
    assert [p.code for p in validate(code)] == ["cf.day"]


@FAST
@given(
    person=people,
    level=st.integers(0, 7),
    position=st.integers(0, 15),
    char=st.sampled_from(string.ascii_uppercase + string.digits),
)
def test_one_changed_character_is_caught(
    person: Person, level: int, position: int, char: str
) -> None:
    code = omocode(person.code(), level)
    assume(code[position] != char)
    corrupted = corrupt(code, position, char)

    assert validate(corrupted), f"{code} -> {corrupted} was accepted"
    assert not stdnum_cf.is_valid(corrupted)


@pytest.mark.parametrize("wrong", sorted(set(string.ascii_uppercase) - {"U"}))
def test_wrong_check_character_names_the_right_one(wrong: str) -> None:
    problems = validate("RSSMRA80A01H501" + wrong)
    assert [p.code for p in problems] == ["cf.check"]
    assert f"«{wrong}»" in problems[0].message
    assert "dovrebbe essere «U»" in problems[0].message


# --- normalisation -------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    ["rssmra80a01h501u", "RSS MRA 80A01 H501U", "rss mra 80a01 h501u", "  RSSMRA80A01H501U\n"],
)
def test_lower_case_and_spaces_are_accepted(raw: str) -> None:
    assert normalize(raw) == "RSSMRA80A01H501U"
    assert validate(raw) == []
    assert decode(raw, today=TODAY) == Decoded(date(1980, 1, 1), "M", "H501")
    assert consistency(raw, "Rossi", "Mario", date(1980, 1, 1), "M") == []


@FAST
@given(person=people, lower=st.lists(st.booleans(), min_size=16, max_size=16), data=st.data())
def test_any_casing_and_spacing_is_the_same_code(
    person: Person, lower: list[bool], data: st.DataObject
) -> None:
    code = person.code()
    cased = "".join(c.lower() if low else c for c, low in zip(code, lower, strict=True))
    gaps = data.draw(st.lists(st.sampled_from(["", " ", "  ", "\t"]), min_size=16, max_size=16))
    messy = "".join(gap + c for gap, c in zip(gaps, cased, strict=True)) + " "

    assert validate(messy) == []
    assert decode(messy, today=person.birth_date) == person.decoded()


# --- the errors the desk shows -------------------------------------------------------


def test_missing_code() -> None:
    assert [p.code for p in validate("  ")] == ["cf.missing"]


def test_eleven_digit_provisional_code() -> None:
    problems = validate("80012345678")
    assert [p.code for p in problems] == ["cf.temporary"]
    message = problems[0].message
    assert "provvisorio" in message
    assert "11 cifre" in message
    assert "16 caratteri" in message


@pytest.mark.parametrize("raw", ["RSSMRA80A01H501", "RSSMRA80A01H501UX", "8001234567"])
def test_wrong_length_says_how_many_characters(raw: str) -> None:
    problems = validate(raw)
    assert [p.code for p in problems] == ["cf.length"]
    assert f"ne ha {len(raw)}" in problems[0].message


@pytest.mark.parametrize("raw", ["RSSMR480A01H501U", "RSSMRAA0A01H501U", "RSSMRA80A0AH501U"])
def test_wrong_shape(raw: str) -> None:
    assert [p.code for p in validate(raw)] == ["cf.pattern"]


@pytest.mark.parametrize("letter", WRONG_MONTH_LETTERS)
def test_month_letter_that_does_not_exist(letter: str) -> None:
    code = with_check(f"RSSMRA80{letter}01H501")
    problems = validate(code)
    assert [p.code for p in problems] == ["cf.month"]
    assert f"mese «{letter}»" in problems[0].message
    assert "A B C D E H L M P R S T" in problems[0].message
    assert not stdnum_cf.is_valid(code)


@pytest.mark.parametrize("day", [0, *range(32, 41), *range(72, 100)])
def test_day_outside_01_31_and_41_71_is_refused(day: int) -> None:
    problems = validate(with_check(f"RSSMRA80A{day:02d}H501"))
    assert [p.code for p in problems] == ["cf.day"]
    assert f"({day:02d})" in problems[0].message
    assert "da 01 a 31" in problems[0].message
    assert "da 41 a 71" in problems[0].message


@pytest.mark.parametrize(("day", "sex"), [(1, "M"), (31, "M"), (41, "F"), (71, "F")])
def test_day_limits_are_accepted(day: int, sex: str) -> None:
    code = with_check(f"RSSMRA80A{day:02d}H501")
    assert validate(code) == []
    decoded = decode(code, today=TODAY)
    assert (decoded.birth_date, decoded.sex) == (date(1980, 1, day % 40), sex)


@pytest.mark.parametrize(
    ("first15", "shown"),
    [
        ("RSSMRA80D31H501", "31/04"),  # 31 April
        ("RSSMRA80B30H501", "30/02"),
        ("RSSMRA01B29H501", "29/02"),  # 1901 and 2001 are both common years
        ("RSSMRA01B69H501", "29/02"),  # the same for a woman
    ],
)
def test_day_that_does_not_exist_in_its_month(first15: str, shown: str) -> None:
    code = with_check(first15)
    problems = validate(code)
    assert [p.code for p in problems] == ["cf.date"]
    assert f"giorno {shown}" in problems[0].message
    assert "non esiste" in problems[0].message
    assert not stdnum_cf.is_valid(code)


def test_decode_refuses_an_invalid_code_in_italian() -> None:
    with pytest.raises(ValueError, match="carattere di controllo"):
        decode("RSSMRA80A01H501X", today=TODAY)


# --- 29 February and the century ------------------------------------------------------


@pytest.mark.parametrize("yy", range(100))
def test_29_february_is_valid_exactly_in_leap_years(yy: int) -> None:
    code = with_check(f"RSSMRA{yy:02d}B29H501")
    assert is_valid(code) == (yy % 4 == 0) == stdnum_cf.is_valid(code)


def test_29_february_round_trip() -> None:
    code = encode("Bianchi", "Anna", date(2000, 2, 29), "F", "F205")
    assert validate(code) == []
    assert decode(code, today=date(2025, 6, 1)) == Decoded(date(2000, 2, 29), "F", "F205")
    # In 2100 the same digits would be 29/02/2100, which does not exist: 2000 it is.
    assert decode(code, today=date(2100, 3, 1)).birth_date == date(2000, 2, 29)


def test_29_february_1904_needs_a_today_before_2004() -> None:
    code = encode("Verdi", "Luigi", date(1904, 2, 29), "M", "H501")
    assert decode(code, today=date(2003, 12, 31)).birth_date == date(1904, 2, 29)
    # Two digits of year: from 2004 on, the same code is the 2004 baby.
    assert decode(code, today=date(2004, 2, 29)).birth_date == date(2004, 2, 29)


@FAST
@given(
    today=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    birth=st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)),
)
def test_year_digits_above_todays_are_the_1900s(today: date, birth: date) -> None:
    assume(birth.year % 100 > today.year % 100)
    code = encode("Rossi", "Mario", birth, "M", "H501")
    assert decode(code, today=today).birth_date == birth


@FAST
@given(today=st.dates(min_value=date(1901, 1, 1), max_value=date(2199, 12, 31)))
def test_birth_exactly_today_is_this_century(today: date) -> None:
    code = encode("Rossi", "Maria", today, "F", "H501")
    assert decode(code, today=today).birth_date == today


@FAST
@given(today=st.dates(min_value=date(2000, 3, 1), max_value=date(2199, 12, 30)))
def test_birth_tomorrow_is_a_century_ago(today: date) -> None:
    tomorrow = today + timedelta(days=1)
    century_ago = tomorrow.replace(year=tomorrow.year - 100)
    code = encode("Rossi", "Mario", tomorrow, "M", "H501")
    assert decode(code, today=today).birth_date == century_ago


# --- consistency with the person's data -------------------------------------------------


@FAST
@given(person=people, shift=st.sampled_from([-1, 1]))
def test_birth_date_one_day_off_is_an_error(person: Person, shift: int) -> None:
    wrong = person.birth_date + timedelta(days=shift)
    problems = consistency(person.code(), person.surname, person.name, wrong, person.sex)

    assert [(p.code, p.field, p.severity) for p in problems] == [
        ("cf.birth_date_mismatch", "birth_date", Severity.ERROR)
    ]
    message = problems[0].message
    assert f"{wrong:%d/%m/%Y}" in message
    assert f"{person.birth_date:%d/%m}" in message


@FAST
@given(person=people)
def test_other_sex_is_an_error(person: Person) -> None:
    other = "F" if person.sex == "M" else "M"
    problems = consistency(person.code(), person.surname, person.name, person.birth_date, other)

    assert [(p.code, p.field, p.severity) for p in problems] == [
        ("cf.sex_mismatch", "sex", Severity.ERROR)
    ]
    assert f"({other})" in problems[0].message
    assert f"indica {person.sex}" in problems[0].message


def test_sex_in_lower_case_matches() -> None:
    assert consistency("RSSMRA80A01H501U", None, None, None, "m") == []


@FAST
@given(person=people, other_surname=words, other_name=words)
def test_other_surname_or_name_is_only_a_warning(
    person: Person, other_surname: str, other_name: str
) -> None:
    assume(surname_part(other_surname) != surname_part(person.surname))
    assume(name_part(other_name) != name_part(person.name))
    code = person.code()
    problems = consistency(code, other_surname, other_name, person.birth_date, person.sex)

    assert [(p.code, p.severity) for p in problems] == [
        ("cf.surname_mismatch", Severity.WARNING),
        ("cf.name_mismatch", Severity.WARNING),
    ]
    assert errors(problems) == []  # nothing blocks the save
    assert f"«{other_surname}»" in problems[0].message
    assert f"«{code[0:3]}»" in problems[0].message
    assert f"«{other_name}»" in problems[1].message
    assert f"«{code[3:6]}»" in problems[1].message


def test_transliterated_surname_warns_but_date_error_still_blocks() -> None:
    problems = consistency("RSSMRA80A01H501U", "Rosi", "Mario", date(1980, 1, 2), "M")
    assert {p.code for p in errors(problems)} == {"cf.birth_date_mismatch"}
    assert {p.code for p in problems} == {"cf.birth_date_mismatch", "cf.surname_mismatch"}


def test_consistency_of_an_invalid_code_is_left_to_validate() -> None:
    assert consistency("RSSMRA80A01H501X", "Bianchi", "Anna", date(1990, 5, 5), "F") == []
