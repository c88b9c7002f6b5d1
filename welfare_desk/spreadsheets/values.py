"""Reading a file's coded values through the vocabularies, and what could not be read.

A value the vocabulary knows is applied. One it does not know is never guessed: its row
is refused, and the value is kept once, with the rows that carry it and the close values
to propose, so that the wizard or the command line can ask the person once for all of
them (`--value disability:"Sì"=art3_c3`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from welfare_desk.domain.vocabulary import Found, Unknown, Vocabulary, normalise
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import vocabularies

# A person's answer: (field, the text as normalised) → the value it means.
Choices = Mapping[tuple[str, str], str]


@dataclass
class Unsettled:
    """A text of the file that no value of its field was read from."""

    field: str
    label: str  # the field's Italian name
    text: str  # as the file has it (its first spelling)
    rows: list[int] = dataclasses.field(default_factory=list)
    proposals: tuple[str, ...] = ()
    asked: bool = False  # it names the field but not which value

    def option(self, value: str | None = None) -> str:
        """How to settle it on the command line."""
        chosen = value or (self.proposals[0] if self.proposals else "VALORE")
        quoted = self.text.replace('"', '\\"')
        return f'--value {self.field}:"{quoted}"={chosen}'


class ValueReader:
    """Reads coded cells, applying the person's choices first."""

    def __init__(self, choices: Choices | None = None) -> None:
        self.vocabularies = vocabularies()
        self.choices = dict(choices or {})
        self.unsettled: dict[tuple[str, str], Unsettled] = {}

    def read(self, name: str, text: str, row: int, problems: list[str]) -> str | None:
        vocabulary = self.vocabularies[name]
        key = normalise(text)
        chosen = self.choices.get((name, key))
        if chosen is not None:
            return chosen
        reading = vocabulary.read(text)
        if isinstance(reading, Found):
            return reading.value
        asked = not isinstance(reading, Unknown)
        proposals = reading.proposals
        found = self.unsettled.setdefault(
            (name, key), Unsettled(name, vocabulary.label, text, [], proposals, asked)
        )
        found.rows.append(row)
        problems.append(_message(vocabulary, text, proposals, asked))
        return None

    def unsettled_values(self) -> list[Unsettled]:
        return list(self.unsettled.values())


def _message(vocabulary: Vocabulary, text: str, proposals: tuple[str, ...], asked: bool) -> str:
    if asked:
        choices = proposals or tuple(v for v in vocabulary.values if v)
        options = " o ".join(f"«{vocabulary.label_of(v)}»" for v in choices)
        return (
            f"{vocabulary.label}: «{text}» non dice quale valore: scrivi {options}, "
            "oppure sceglilo una volta per tutte le righe che lo riportano."
        )
    if proposals:
        named = " o ".join(f"«{vocabulary.label_of(v)}»" for v in proposals)
        return (
            f"{vocabulary.label}: «{text}» non è un valore riconosciuto; forse {named}? "
            "Conferma la proposta o correggi il file."
        )
    examples = ", ".join(f"«{vocabulary.label_of(v)}»" for v in list(vocabulary.values)[:8])
    return (
        f"{vocabulary.label}: «{text}» non è un valore riconosciuto: i valori previsti sono "
        f"{examples}."
    )


def parse_choice(option: str) -> tuple[tuple[str, str], str]:
    """`FIELD:"testo"=valore` as typed after --value, checked against the vocabularies:
    the value may be written as its code, its label or any synonym."""
    name, colon, rest = option.partition(":")
    text, equals, value = rest.rpartition("=")
    known = vocabularies()
    if not colon or not equals or name.strip() not in known:
        fields = ", ".join(sorted(known))
        raise InvalidInput(
            f'«{option}» non è una scelta valida: scrivi --value CAMPO:"testo"=valore, '
            f"dove CAMPO è uno di {fields}."
        )
    vocabulary = known[name.strip()]
    text = text.strip().strip('"').strip("«»")
    reading = vocabulary.read(value.strip().strip('"'))
    if not isinstance(reading, Found):
        values = ", ".join(vocabulary.values)
        raise InvalidInput(
            f"«{value.strip()}» non è un valore di {vocabulary.label}: i valori sono {values}."
        )
    return (vocabulary.name, normalise(text)), reading.value
