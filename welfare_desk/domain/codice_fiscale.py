"""The Italian codice fiscale (DM 23/12/1976): normalise, validate, decode, encode, compare.

Omocodia (digits replaced by letters to tell apart people with the same code) is accepted
everywhere: decoding maps the letters back to digits first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from welfare_desk.domain.belfiore import Belfiore
from welfare_desk.domain.problems import Problem, Severity

MONTHS = "ABCDEHLMPRST"
OMOCODE_LETTERS = "LMNPQRSTUV"
# 0-based positions of the digits that omocodia may replace, right to left when it does.
OMOCODE_POSITIONS = (14, 13, 12, 10, 9, 7, 6)

_DIGIT = "[0-9LMNPQRSTUV]"
_PATTERN = re.compile(rf"^[A-Z]{{6}}{_DIGIT}{{2}}[{MONTHS}]{_DIGIT}{{2}}[A-Z]{_DIGIT}{{3}}[A-Z]$")
_ODD_VALUES = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] * 1
        + [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16]
        + [10, 22, 25, 24, 23],
        strict=True,
    )
)
_VOWELS = frozenset("AEIOU")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Decoded:
    birth_date: date
    sex: str  # "M" or "F"
    place_code: str  # cadastral code of the municipality, or Z… for a foreign state

    @property
    def born_abroad(self) -> bool:
        return self.place_code.startswith("Z")


def normalize(raw: str) -> str:
    """Upper case without spaces: HR files often hold 'rss mra 80a01 h501u'."""
    return _WHITESPACE.sub("", raw).upper()


def check_character(first15: str) -> str:
    total = 0
    for index, char in enumerate(first15):
        if index % 2 == 0:  # odd in the 1-based numbering of the decree
            total += _ODD_VALUES[char]
        else:
            total += int(char) if char.isdigit() else ord(char) - ord("A")
    return chr(ord("A") + total % 26)


def _deomocode(code: str) -> str:
    chars = list(code)
    for position in OMOCODE_POSITIONS:
        if chars[position] in OMOCODE_LETTERS:
            chars[position] = str(OMOCODE_LETTERS.index(chars[position]))
    return "".join(chars)


def validate(raw: str, field: str = "codice_fiscale") -> list[Problem]:
    """Errors in the code itself: length, shape, month, day, a real date, the check letter."""
    return list(_validated(normalize(raw), field))


@lru_cache(maxsize=4096)  # an import asks of each row's code several times
def _validated(raw: str, field: str) -> tuple[Problem, ...]:
    return tuple(_problems(raw, field))


def _problems(raw: str, field: str) -> list[Problem]:
    code = normalize(raw)
    if not code:
        return [Problem("cf.missing", field, "Il codice fiscale è obbligatorio.")]
    if code.isdigit() and len(code) == 11:
        return [
            Problem(
                "cf.temporary",
                field,
                "È un codice fiscale provvisorio di 11 cifre: serve quello definitivo "
                "di 16 caratteri.",
            )
        ]
    if len(code) != 16:
        return [
            Problem(
                "cf.length",
                field,
                f"Il codice fiscale deve avere 16 caratteri: «{code}» ne ha {len(code)}.",
            )
        ]
    if code[8] not in MONTHS and re.fullmatch(r"[A-Z]", code[8]):
        return [
            Problem(
                "cf.month",
                field,
                f"Il codice fiscale «{code}» indica il mese «{code[8]}», che non esiste: "
                "le lettere dei mesi sono A B C D E H L M P R S T.",
            )
        ]
    if not _PATTERN.match(code):
        return [
            Problem(
                "cf.pattern",
                field,
                f"Il codice fiscale «{code}» non ha la forma prevista: 6 lettere, 2 cifre, "
                "1 lettera, 2 cifre, 1 lettera, 3 cifre e 1 lettera finale.",
            )
        ]
    plain = _deomocode(code)
    day = int(plain[9:11])
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return [
            Problem(
                "cf.day",
                field,
                f"Il giorno di nascita nel codice fiscale «{code}» ({plain[9:11]}) non è "
                "valido: va da 01 a 31 per gli uomini e da 41 a 71 per le donne.",
            )
        ]
    month = MONTHS.index(plain[8]) + 1
    try:
        # 20yy is leap exactly when some century's yy is: 2000 covers 29/02 of year 00.
        date(2000 + int(plain[6:8]), month, day % 40)
    except ValueError:
        return [
            Problem(
                "cf.date",
                field,
                f"Il codice fiscale «{code}» indica il giorno {day % 40:02d}/{month:02d}, "
                "che non esiste.",
            )
        ]
    expected = check_character(code[:15])
    if code[15] != expected:
        return [
            Problem(
                "cf.check",
                field,
                f"Il carattere di controllo del codice fiscale «{code}» è «{code[15]}» ma "
                f"dovrebbe essere «{expected}»: controlla di averlo trascritto bene.",
            )
        ]
    return []


def is_valid(raw: str) -> bool:
    return not validate(raw)


def decode(raw: str, today: date) -> Decoded:
    """Birth date, sex and place of a valid code.

    The code holds two digits of the year: the century is the one that puts the birth
    on or before `today`.
    """
    code = normalize(raw)
    problems = validate(code)
    if problems:
        raise ValueError(problems[0].message)
    plain = _deomocode(code)
    yy = int(plain[6:8])
    month = MONTHS.index(plain[8]) + 1
    day_code = int(plain[9:11])
    sex = "F" if day_code > 40 else "M"
    day = day_code - 40 if day_code > 40 else day_code
    century = (today.year // 100) * 100
    year = century + yy
    if (year, month, day) > (today.year, today.month, today.day):
        year -= 100
    for candidate in (year, year - 100, year + 100):
        # 29 February of "00": 2000 was a leap year, 1900 was not.
        try:
            birth = date(candidate, month, day)
            break
        except ValueError:
            continue
    return Decoded(birth_date=birth, sex=sex, place_code=plain[11:15])


def _letters(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.upper())
    return "".join(c for c in decomposed if "A" <= c <= "Z")


def _split(text: str) -> tuple[str, str]:
    letters = _letters(text)
    consonants = "".join(c for c in letters if c not in _VOWELS)
    vowels = "".join(c for c in letters if c in _VOWELS)
    return consonants, vowels


def surname_part(surname: str) -> str:
    consonants, vowels = _split(surname)
    return (consonants + vowels + "XXX")[:3]


def name_part(name: str) -> str:
    consonants, vowels = _split(name)
    if len(consonants) >= 4:
        return consonants[0] + consonants[2] + consonants[3]
    return (consonants + vowels + "XXX")[:3]


def encode(surname: str, name: str, birth_date: date, sex: str, place_code: str) -> str:
    """The code the revenue agency would compute, before any omocodia."""
    day = birth_date.day + (40 if sex.upper() == "F" else 0)
    first15 = (
        surname_part(surname)
        + name_part(name)
        + f"{birth_date.year % 100:02d}"
        + MONTHS[birth_date.month - 1]
        + f"{day:02d}"
        + place_code.upper()
    )
    return first15 + check_character(first15)


def omocode(code: str, level: int) -> str:
    """The variant with the `level` rightmost omocodia digits replaced (0 ≤ level ≤ 7)."""
    chars = list(normalize(code)[:15])
    for position in OMOCODE_POSITIONS[:level]:
        if chars[position].isdigit():
            chars[position] = OMOCODE_LETTERS[int(chars[position])]
    first15 = "".join(chars)
    return first15 + check_character(first15)


def consistency(
    raw: str,
    surname: str | None,
    name: str | None,
    birth_date: date | None,
    sex: str | None,
    field: str = "codice_fiscale",
) -> list[Problem]:
    """How a valid code agrees with the person's data.

    Birth date and sex are encoded exactly, so a difference is an error. Surname and
    name may legitimately differ (transliterated foreign names, double surnames, a
    name changed after the code was issued), so a difference is only a warning.
    """
    code = normalize(raw)
    if validate(code):
        return []
    plain = _deomocode(code)
    problems: list[Problem] = []
    day_code = int(plain[9:11])
    coded_sex = "F" if day_code > 40 else "M"
    coded_day = day_code - 40 if day_code > 40 else day_code
    coded_month = MONTHS.index(plain[8]) + 1
    coded_yy = int(plain[6:8])
    if birth_date is not None and (
        birth_date.year % 100 != coded_yy
        or birth_date.month != coded_month
        or birth_date.day != coded_day
    ):
        coded_year = birth_date.year - birth_date.year % 100 + coded_yy
        problems.append(
            Problem(
                "cf.birth_date_mismatch",
                "birth_date",
                f"La data di nascita {birth_date:%d/%m/%Y} non corrisponde al codice "
                f"fiscale, che indica il {coded_day:02d}/{coded_month:02d}/{coded_year}.",
            )
        )
    if sex and sex.upper() != coded_sex:
        problems.append(
            Problem(
                "cf.sex_mismatch",
                "sex",
                f"Il sesso indicato ({sex.upper()}) non corrisponde al codice fiscale, "
                f"che indica {coded_sex}.",
            )
        )
    if surname and surname_part(surname) != code[0:3]:
        problems.append(
            Problem(
                "cf.surname_mismatch",
                "surname",
                f"Il cognome «{surname}» darebbe «{surname_part(surname)}» nel codice "
                f"fiscale, che invece ha «{code[0:3]}»: verifica la trascrizione "
                "(cognomi stranieri o doppi possono differire).",
                Severity.WARNING,
            )
        )
    if name and name_part(name) != code[3:6]:
        problems.append(
            Problem(
                "cf.name_mismatch",
                "name",
                f"Il nome «{name}» darebbe «{name_part(name)}» nel codice fiscale, che "
                f"invece ha «{code[3:6]}»: verifica la trascrizione "
                "(nomi stranieri o doppi possono differire).",
                Severity.WARNING,
            )
        )
    return problems


def place_problems(
    raw: str, places: Belfiore, birth: date | None, field: str = "codice_fiscale"
) -> list[Problem]:
    """The place of birth against the Belfiore list: a code that names no municipality
    or state is an error; one that did not name it on the birth day, a warning (a
    municipality merged or a state dissolved since keeps its code in old codes)."""
    code = normalize(raw)
    if validate(code):
        return []
    place = _deomocode(code)[11:15]
    if not places.known(place):
        return [
            Problem(
                "cf.place",
                field,
                f"Il codice fiscale «{code}» indica il luogo di nascita «{place}», che non è "
                "un comune né uno Stato dell'elenco dei codici catastali (aggiornato al "
                f"{places.updated:%d/%m/%Y}): controlla di averlo trascritto bene.",
            )
        ]
    if birth is None or places.on(place, birth) is not None:
        return []
    named = places.names(place)
    spans = "; ".join(
        f"{p.name} dal {p.valid_from:%d/%m/%Y}" if p.valid_from else p.name for p in named
    )
    last = max((p.valid_until for p in named if p.valid_until), default=None)
    until = f" fino al {last:%d/%m/%Y}" if last and all(p.valid_until for p in named) else ""
    return [
        Problem(
            "cf.place_period",
            field,
            f"Il luogo di nascita «{place}» del codice fiscale ({spans}{until}) non era "
            f"valido il {birth:%d/%m/%Y}: controlla la data di nascita e il codice.",
            Severity.WARNING,
        )
    ]


def omocode_order_problems(raw: str, field: str = "codice_fiscale") -> list[Problem]:
    """The Agenzia replaces digits with letters from the right (positions 15, 14, 13,
    11, 10, 8, 7): a letter where a digit to its right is still a digit was not made
    that way, and is most likely a transcription slip."""
    code = normalize(raw)
    if validate(code):
        return []
    replaced = [code[p] in OMOCODE_LETTERS for p in OMOCODE_POSITIONS]
    level = sum(replaced)
    if replaced == [True] * level + [False] * (len(replaced) - level):
        return []
    return [
        Problem(
            "cf.omocode_order",
            field,
            f"Il codice fiscale «{code}» ha lettere al posto di cifre fuori dall'ordine "
            "dell'Agenzia delle Entrate (da destra verso sinistra): controlla di averlo "
            "trascritto bene dal documento.",
            Severity.WARNING,
        )
    ]
