"""Search words: whatever part of a name a manager types, it finds the person."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from welfare_desk.domain.search_text import (
    fold,
    prefix_upper_bound,
    query_terms,
    sort_key,
    tokens,
)

NAME_CHARS = st.sampled_from(list("abcdefghilmnopqrstuvzàèéìòùÀÈÌÒÙ' -ABCDEFGHILMNOPQRSTUVZ"))
names = st.text(NAME_CHARS, min_size=2, max_size=30).filter(lambda t: len(fold(t)) >= 2)


def _found(query: str, surname: str, name: str) -> bool:
    worker_tokens = tokens(surname, name)
    return all(
        any(prefix <= token < prefix_upper_bound(prefix) for token in worker_tokens)
        for prefix in query_terms(query)
    )


@settings(max_examples=300, database=None)
@given(surname=names, name=names, data=st.data())
def test_any_prefix_of_any_word_finds_the_person(
    surname: str, name: str, data: st.DataObject
) -> None:
    words = [w for w in fold(f"{surname} {name}").split() if len(w) >= 2]
    if not words:
        return
    word = data.draw(st.sampled_from(words))
    cut = data.draw(st.integers(min_value=1, max_value=len(word)))
    assert _found(word[:cut], surname, name)
    assert _found(word[:cut].upper(), surname, name)


def test_accents_apostrophes_and_joined_words() -> None:
    assert _found("niccolo", "D'Angelo", "Niccolò")
    assert _found("dangelo", "D'Angelo", "Niccolò")
    assert _found("d'ang", "D'Angelo", "Niccolò")
    assert _found("desantis", "De Santis", "Anna")
    assert _found("santis an", "De Santis", "Anna")
    assert not _found("rossi", "De Santis", "Anna")


@given(surname=names, name=names)
@settings(max_examples=200, database=None)
def test_sort_key_orders_by_surname_then_name(surname: str, name: str) -> None:
    first = sort_key(surname, name, "0" * 32)
    later_name = sort_key(surname, name + "z", "0" * 32)
    later_id = sort_key(surname, name, "f" * 32)
    assert first < later_name
    assert first < later_id


def _fold_by_the_book(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", plain).strip()


@given(st.text(max_size=40) | st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_the_fast_fold_of_plain_text_is_the_full_one(text: str) -> None:
    """#19: folding was a sixth of a 50,000-row import; text that is all ASCII skips the
    decomposition, and must come out the same."""
    assert fold(text) == _fold_by_the_book(text)
