"""Coded values as people write them: «Art. 3, comma 3», «L.104/92 art. 3 c. 3» and
«handicap grave» are one value; «Sì» under «Legge 104» is asked, never guessed.

A vocabulary maps each value of a coded field to its synonyms. Cells and synonyms are
read through the same `normalise`, so the reference data can list a spelling once.
What is not found is never applied: close values (same words in another order, a prefix,
one typo) come back as proposals for a person to confirm."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

_WORD = re.compile(r"[^\W\d_]+|\d+")
# The usual Italian abbreviations, each read as its whole word.
_ABBREVIATIONS = {
    "c": "comma",
    "co": "comma",
    "com": "comma",
    "art": "art",
    "artt": "art",
    "articolo": "art",
    "articoli": "art",
    "l": "legge",
    "lett": "lett",
    "lettera": "lett",
}
_YEARS_OF_104 = frozenset({"92", "1992"})
# A synonym this short is read only whole, never found inside a longer text.
_SHORTEST_INSIDE = 4


def normalise(text: str) -> str:
    """Lower case, no accents, words and numbers apart (art3c3 is art 3 c 3),
    abbreviations as whole words, «104/92» as «104»."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words: list[str] = []
    for word in _WORD.findall(plain):
        if word in _YEARS_OF_104 and words and words[-1] == "104":
            continue
        words.append(_ABBREVIATIONS.get(word, word))
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Found:
    value: str


@dataclass(frozen=True, slots=True)
class Ask:
    """The text names the field but not which value: a person chooses, among the
    proposals first when there are any."""

    text: str
    proposals: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Unknown:
    text: str
    proposals: tuple[str, ...]  # values close to the text, best first; maybe none


Reading = Found | Ask | Unknown


def _within(words: Sequence[str], phrase: Sequence[str]) -> bool:
    size = len(phrase)
    return any(list(words[i : i + size]) == list(phrase) for i in range(len(words) - size + 1))


def _one_typo(a: str, b: str) -> bool:
    """One letter changed, added, removed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@dataclass
class Vocabulary:
    """One coded field's values, their labels and synonyms, read by `read`."""

    name: str
    label: str  # the field's Italian name, for messages
    synonyms: Mapping[str, Sequence[str]]  # value → synonyms as people write them
    labels: Mapping[str, str] = field(default_factory=dict)  # value → Italian label
    ask: Sequence[str] = ()
    strip: Sequence[str] = ()
    inside: bool = False  # a value may be found inside a longer text, if only one fits
    _table: dict[str, str] = field(init=False, repr=False)
    _ask: frozenset[str] = field(init=False, repr=False)
    _strip: tuple[tuple[str, ...], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        table: dict[str, str] = {}
        for value, words in self.synonyms.items():
            label = self.labels.get(value)
            for word in (value, *([label] if label else []), *words):
                key = normalise(word)
                if table.get(key, value) != value:
                    raise ValueError(f"{self.name}: «{word}» means both {table[key]} and {value}")
                table[key] = value
        self._table = table
        self._ask = frozenset(normalise(w) for w in self.ask)
        phrases = {tuple(normalise(p).split()) for p in self.strip}
        self._strip = tuple(sorted((p for p in phrases if p), key=len, reverse=True))

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(self.synonyms)

    def read(self, text: str) -> Reading:
        key = normalise(text)
        if key in self._table:
            return Found(self._table[key])
        if key in self._ask:
            return Ask(text, self.propose(text))
        stripped = self._stripped(key)
        if stripped != key:
            if stripped in self._table and stripped:
                return Found(self._table[stripped])
            if not stripped or stripped in self._ask:
                return Ask(text)
        if self.inside:
            inside = self._inside(stripped)
            if inside is not None:
                return Found(inside)
        return Unknown(text, self.propose(text))

    def _stripped(self, key: str) -> str:
        words = key.split()
        for phrase in self._strip:
            size, kept, i = len(phrase), [], 0
            while i < len(words):
                if tuple(words[i : i + size]) == phrase:
                    i += size
                else:
                    kept.append(words[i])
                    i += 1
            words = kept
        return " ".join(words)

    def _inside(self, key: str) -> str | None:
        """The one value whose synonyms, the longest ones, appear in the text."""
        words = key.split()
        hits = [
            (phrase, value)
            for phrase, value in self._table.items()
            if len(phrase) >= _SHORTEST_INSIDE and _within(words, phrase.split())
        ]
        longest = [
            (phrase, value)
            for phrase, value in hits
            if not any(
                other != phrase and _within(other.split(), phrase.split()) for other, _ in hits
            )
        ]
        values = {value for _, value in longest}
        return values.pop() if len(values) == 1 else None

    def propose(self, text: str) -> tuple[str, ...]:
        """Values close to `text`: the same words in another order, a prefix of a
        synonym or the other way round, or one typo away. Proposed, never applied."""
        key = self._stripped(normalise(text))
        if not key:
            return ()
        words = sorted(key.split())
        found: list[str] = []
        for phrase, value in self._table.items():
            if not phrase or value in found:
                continue
            if (
                sorted(phrase.split()) == words
                or (
                    len(key) >= 4 and (phrase.startswith(key + " ") or key.startswith(phrase + " "))
                )
                or (len(key) >= 5 and _one_typo(key, phrase))
            ):
                found.append(value)
        return tuple(found[:3])

    def label_of(self, value: str) -> str:
        return self.labels.get(value, value)


def vocabulary_from(
    name: str, data: Mapping[str, object], labels: Mapping[str, str] | None = None
) -> Vocabulary:
    """A vocabulary from its reference data (db/reference/vocabularies.json)."""
    values = data["values"]
    assert isinstance(values, Mapping)
    return Vocabulary(
        name=name,
        label=str(data.get("label", name)),
        synonyms={str(v): [str(w) for w in _strings(words)] for v, words in values.items()},
        labels=dict(labels or {}),
        ask=list(_strings(data.get("ask", ()))),
        strip=list(_strings(data.get("strip", ()))),
        inside=bool(data.get("inside", False)),
    )


def _strings(items: object) -> Iterable[str]:
    if not isinstance(items, list | tuple):
        return ()
    return (str(item) for item in items)
