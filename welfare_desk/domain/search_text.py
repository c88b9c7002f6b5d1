"""Search tokens: how names and codes are folded so that typing finds them.

"D'Angelo" is found by "d'angelo", "dangelo" and "angelo"; "Niccolò" by "niccolo".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[\W_]+")
MIN_TOKEN = 2
MAX_TOKEN = 40
SORT_KEY_LENGTH = 240
_SORT_PART = 100  # two parts, two separators and a 32-digit id fit SORT_KEY_LENGTH


@lru_cache(maxsize=16_384)  # names, employers and towns repeat through an import
def fold(text: str) -> str:
    """Lower case, accents removed, anything but letters and digits (of any script)
    turned into spaces."""
    if text.isascii():  # nothing to decompose: most of a registry, at a tenth of the cost
        return _NON_WORD.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", plain).strip()


def tokens(*texts: str | None) -> set[str]:
    """Every word of each text, plus each text's words run together."""
    found: set[str] = set()
    for text in texts:
        if not text:
            continue
        words = fold(text).split()
        found.update(words)
        if len(words) > 1:
            found.add("".join(words))
    return {t[:MAX_TOKEN] for t in found if len(t) >= MIN_TOKEN}


# A short prefix is also kept as a token of its own, marked so that no typed word's range
# reaches it ("!" sorts before every letter and digit): its workers are then read
# already in name order, one row each, however many words begin with it.
PREFIX_MARK = "!"
SHORT_PREFIX = 4


def short_prefixes(words: set[str]) -> set[str]:
    """The marked prefixes of one to SHORT_PREFIX letters of each word."""
    return {
        PREFIX_MARK + word[:length]
        for word in words
        for length in range(1, min(len(word), SHORT_PREFIX) + 1)
    }


def query_terms(query: str) -> list[str]:
    """The prefixes a query asks for, longest first so the most selective runs first."""
    words = [w[:MAX_TOKEN] for w in fold(query).split()]
    return sorted(dict.fromkeys(words), key=len, reverse=True)


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string above every string that starts with `prefix` (ASCII tokens)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def sort_key(surname: str, name: str, record_id: str) -> str:
    """Folded surname, name, then the id: one byte-ordered key, unique per worker, that
    lists and search pages are sorted and paged by."""
    return f"{fold(surname)[:_SORT_PART]}\x1f{fold(name)[:_SORT_PART]}\x1f{record_id}"


def name_key(name: str) -> str:
    """ "Officine Lodigiane S.p.A." and "OFFICINE LODIGIANE SPA" are the same employer."""
    return "".join(fold(name).split())
