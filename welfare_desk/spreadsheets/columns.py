"""Recognising the columns of an HR file by their common Italian and English names."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from welfare_desk.domain.search_text import fold


class ImportKind(StrEnum):
    WORKERS = "workers"
    HOUSEHOLD = "household"
    CATALOGUE = "catalogue"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # Italian, as the wizard and the messages name it
    required: bool
    names: tuple[str, ...]  # folded header names that mean this field
    keywords: tuple[frozenset[str], ...] = ()  # all words present also means this field


def _kw(*groups: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(g.split()) for g in groups)


_CF_NAMES = (
    "codice fiscale",
    "cod fiscale",
    "cod fisc",
    "c f",
    "cf",
    "codicefiscale",
    "fiscal code",
    "tax code",
    "tax id",
    "codice fiscale cf",
)
_WORKER_CF_NAMES = (
    "codice fiscale lavoratore",
    "cf lavoratore",
    "codice fiscale dipendente",
    "cf dipendente",
    "codice fiscale del lavoratore",
    "codice fiscale del dipendente",
    "codice fiscale titolare",
    "cf titolare",
    "worker fiscal code",
    "employee fiscal code",
    "employee tax code",
    "worker tax code",
    "codice fiscale lavoratrice",
    "cf lavoratore lavoratrice",
)
_MEMBER_CF_NAMES = (
    "codice fiscale familiare",
    "cf familiare",
    "codice fiscale del familiare",
    "member fiscal code",
    "family member fiscal code",
    "relative fiscal code",
    "codice fiscale figlio",
    "cf figlio",
)
_SURNAME = ("cognome", "surname", "last name", "family name", "lastname", "cognome familiare")
_NAME = ("nome", "name", "first name", "given name", "firstname", "nome familiare")
_BIRTH = (
    "data di nascita",
    "data nascita",
    "nascita",
    "nato il",
    "nata il",
    "nato a il",
    "birth date",
    "date of birth",
    "birthdate",
    "dob",
    "data di nascita gg mm aaaa",
)

FIELDS: dict[ImportKind, tuple[FieldSpec, ...]] = {
    ImportKind.WORKERS: (
        FieldSpec(
            "codice_fiscale",
            "Codice fiscale",
            True,
            _CF_NAMES + _WORKER_CF_NAMES,
            _kw("codice fiscale", "cod fisc"),
        ),
        FieldSpec("surname", "Cognome", True, _SURNAME, _kw("cognome")),
        FieldSpec("name", "Nome", True, _NAME),
        FieldSpec("birth_date", "Data di nascita", False, _BIRTH, _kw("data nascita", "birth")),
        FieldSpec("sex", "Sesso", False, ("sesso", "sex", "gender", "genere", "mf")),
        FieldSpec(
            "organization",
            "Azienda",
            True,
            (
                "azienda",
                "datore di lavoro",
                "datore",
                "societa",
                "ente",
                "employer",
                "company",
                "ragione sociale",
                "organizzazione",
                "organization",
                "cooperativa",
                "impresa",
                "denominazione azienda",
                "azienda datore di lavoro",
            ),
            _kw("datore lavoro", "ragione sociale"),
        ),
        FieldSpec(
            "work_site",
            "Sede di lavoro",
            False,
            (
                "sede",
                "sede di lavoro",
                "unita locale",
                "stabilimento",
                "reparto",
                "work site",
                "site",
                "location",
                "filiale",
            ),
            _kw("sede"),
        ),
        FieldSpec(
            "email",
            "Email",
            False,
            ("email", "e mail", "mail", "posta elettronica", "indirizzo email"),
            _kw("mail"),
        ),
        FieldSpec(
            "phone",
            "Telefono",
            False,
            (
                "telefono",
                "cellulare",
                "tel",
                "cell",
                "phone",
                "mobile",
                "recapito",
                "numero di telefono",
            ),
            _kw("telefono", "cellulare"),
        ),
        FieldSpec(
            "municipality",
            "Comune di residenza",
            False,
            ("comune", "comune di residenza", "residenza", "citta", "city", "municipality"),
            _kw("comune residenza"),
        ),
    ),
    ImportKind.HOUSEHOLD: (
        FieldSpec(
            "worker_codice_fiscale",
            "Codice fiscale del lavoratore",
            True,
            _WORKER_CF_NAMES,
            _kw(
                "fiscale lavoratore",
                "fiscale dipendente",
                "cf lavoratore",
                "cf dipendente",
                "fiscale titolare",
            ),
        ),
        FieldSpec(
            "relation",
            "Relazione",
            True,
            (
                "relazione",
                "parentela",
                "grado di parentela",
                "rapporto",
                "legame",
                "relation",
                "relationship",
                "tipo familiare",
                "relazione di parentela",
            ),
            _kw("parentela"),
        ),
        FieldSpec("surname", "Cognome", True, _SURNAME, _kw("cognome")),
        FieldSpec("name", "Nome", True, _NAME),
        FieldSpec("birth_date", "Data di nascita", False, _BIRTH, _kw("data nascita", "birth")),
        FieldSpec(
            "codice_fiscale",
            "Codice fiscale del familiare",
            False,
            _MEMBER_CF_NAMES,
            _kw("fiscale familiare", "cf familiare"),
        ),
        FieldSpec(
            "disability",
            "Legge 104",
            False,
            (
                "legge 104",
                "l 104",
                "104",
                "disabilita",
                "handicap",
                "legge 104 92",
                "l 104 92",
                "disability",
                "disabilita l 104",
            ),
            _kw("104"),
        ),
        FieldSpec(
            "dependent",
            "A carico",
            False,
            ("a carico", "fiscalmente a carico", "carico", "dependent", "familiare a carico"),
            _kw("carico"),
        ),
        FieldSpec(
            "cared_for",
            "Assistito dal lavoratore",
            False,
            (
                "assistito dal lavoratore",
                "assistito",
                "assistenza",
                "il lavoratore lo assiste",
                "caregiver",
                "cared for",
                "presta assistenza",
            ),
            _kw("assistito", "assiste"),
        ),
        FieldSpec(
            "attendance_allowance",
            "Indennità di accompagnamento",
            False,
            (
                "indennita di accompagnamento",
                "accompagnamento",
                "indennita accompagnamento",
                "attendance allowance",
            ),
            _kw("accompagnamento"),
        ),
        FieldSpec(
            "entered_on",
            "Ingresso in famiglia",
            False,
            (
                "ingresso in famiglia",
                "data ingresso in famiglia",
                "data di ingresso in famiglia",
                "data ingresso",
                "data adozione",
                "data affidamento",
                "adozione affidamento",
                "entered family",
                "entry into the family",
            ),
            _kw("ingresso famiglia", "adozione", "affidamento"),
        ),
    ),
}

FIELDS[ImportKind.CATALOGUE] = (
    FieldSpec(
        "provider",
        "Ente erogatore",
        True,
        ("ente erogatore", "ente", "erogatore", "fornitore", "cooperativa", "provider"),
        _kw("ente erogatore", "erogatore"),
    ),
    FieldSpec(
        "service",
        "Servizio",
        True,
        ("servizio", "nome servizio", "nome del servizio", "attivita", "service"),
        _kw("nome servizio"),
    ),
    FieldSpec(
        "category",
        "Categoria",
        True,
        ("categoria", "bisogno", "area", "category", "tipologia"),
        _kw("categoria"),
    ),
    FieldSpec(
        "edition",
        "Edizione",
        False,  # a list of one row per service names its editions from their dates
        ("edizione", "turno", "titolo edizione", "edition", "periodo di attivita"),
        _kw("edizione"),
    ),
    FieldSpec(
        "starts_on",
        "Data inizio",
        True,
        ("data inizio", "inizio", "dal", "data di inizio", "start", "start date"),
        _kw("data inizio", "inizio"),
    ),
    FieldSpec(
        "ends_on",
        "Data fine",
        True,
        ("data fine", "fine", "al", "data di fine", "end", "end date"),
        _kw("data fine", "fine"),
    ),
    FieldSpec(
        "capacity",
        "Posti",
        True,
        ("posti", "posti disponibili", "capienza", "capacity", "places", "n posti"),
        _kw("posti"),
    ),
    FieldSpec(
        "period",
        "Periodo",
        False,
        ("periodo", "period", "chiusura scolastica"),
    ),
    FieldSpec("municipality", "Comune", False, ("comune", "luogo", "sede", "citta", "town")),
    FieldSpec("address", "Indirizzo", False, ("indirizzo", "via", "address")),
    FieldSpec("description", "Descrizione", False, ("descrizione", "note", "description")),
    FieldSpec(
        "audience",
        "Destinatari",
        False,
        ("destinatari", "per chi", "rivolto a", "audience", "target"),
    ),
    FieldSpec(
        "min_age",
        "Età minima",
        False,
        ("eta minima", "eta min", "da anni", "min age"),
        _kw("eta minima", "eta min"),
    ),
    FieldSpec(
        "max_age",
        "Età massima",
        False,
        ("eta massima", "eta max", "a anni", "max age"),
        _kw("eta massima", "eta max"),
    ),
    FieldSpec(
        "price_model",
        "Tariffa",
        False,
        ("tariffa", "modalita di prezzo", "tipo prezzo", "price model"),
    ),
    FieldSpec(
        "worker_price",
        "Prezzo agevolato",
        False,
        ("prezzo agevolato", "quota lavoratore", "prezzo lavoratore", "worker price"),
        _kw("prezzo agevolato", "quota lavoratore"),
    ),
    FieldSpec(
        "full_price",
        "Prezzo pieno",
        False,
        ("prezzo pieno", "prezzo intero", "prezzo", "full price", "price"),
        _kw("prezzo pieno", "prezzo intero"),
    ),
    FieldSpec(
        "voucher_value",
        "Valore voucher",
        False,
        ("valore voucher", "voucher", "valore del voucher", "voucher value"),
        _kw("voucher"),
    ),
    FieldSpec(
        "tax_class",
        "Classificazione fiscale",
        False,
        ("classificazione fiscale", "art 51", "tuir", "fiscale", "tax class"),
        _kw("classificazione fiscale", "art 51"),
    ),
    FieldSpec(
        "inclusion",
        "Sostegno all'inclusione",
        False,
        ("sostegno inclusione", "inclusione", "educatore di sostegno", "sostegno"),
        _kw("inclusione"),
    ),
    FieldSpec(
        "website",
        "Sito web",
        False,
        ("sito web", "sito", "sito internet", "website", "web", "url", "indirizzo web"),
        _kw("sito"),
    ),
    FieldSpec(
        "target_categories",
        "Categorie destinatarie",
        False,
        (
            "categorie destinatarie",
            "categorie di destinatari",
            "categorie prioritarie",
            "destinatari prioritari",
            "target categories",
        ),
        _kw("categorie destinatarie", "categorie prioritarie"),
    ),
    FieldSpec(
        "employers",
        "Riservato alle aziende",
        False,
        (
            "riservato ai dipendenti di",
            "riservato a",
            "aziende",
            "aziende ammesse",
            "solo per",
            "employers",
        ),
        _kw("riservato", "aziende ammesse", "dipendenti di"),
    ),
)


def spec(kind: ImportKind, key: str) -> FieldSpec:
    return next(f for f in FIELDS[kind] if f.key == key)


# In a household file, words that say a column is about the worker, or about the relative.
_WORKER_WORDS = frozenset(
    "dipendente lavoratore lavoratrice titolare employee worker richiedente".split()
)
_MEMBER_WORDS = frozenset("familiare figlio figlia member relative congiunto".split())
_MEMBER_FIELDS = frozenset({"surname", "name", "birth_date", "codice_fiscale"})


def _score(kind: ImportKind, field: FieldSpec, header: str) -> int:
    words = set(header.split())
    if header in field.names:
        score = 3
    elif any(group <= words for group in field.keywords):
        score = 2
    else:
        return 0
    if kind is ImportKind.HOUSEHOLD and field.key in _MEMBER_FIELDS:
        if words & _WORKER_WORDS:
            return 0  # "Data nascita dipendente" is never the relative's birth date
        if words & _MEMBER_WORDS:
            score += 1
    return score


def canonical(header: str) -> str:
    """Folded, with initials joined: "C.F. dipendente" → "cf dipendente"."""
    words: list[str] = []
    joining = False
    for word in fold(header).split():
        single = len(word) == 1 and word.isalpha()
        if single and joining:
            words[-1] += word
        else:
            words.append(word)
        joining = single or (joining and single)
    return " ".join(words)


@dataclass
class Guess:
    """Field → column index, and the fields two columns claim equally (to be asked)."""

    mapping: dict[str, int]
    ambiguous: dict[str, list[int]]


def guess_columns(kind: ImportKind, headers: list[str | None]) -> Guess:
    """The best-named column for each field; a tie is ambiguous, never a guess."""
    folded = [canonical(h) if h else "" for h in headers]
    scores = {
        field.key: {i: _score(kind, field, h) for i, h in enumerate(folded) if h}
        for field in FIELDS[kind]
    }
    candidates = sorted(
        (-score, index, key)
        for key, by_column in scores.items()
        for index, score in by_column.items()
        if score
    )
    mapping: dict[str, int] = {}
    ambiguous: dict[str, list[int]] = {}
    used: set[int] = set()
    for negative, index, key in candidates:
        if key in mapping or key in ambiguous or index in used:
            continue
        rivals = [i for i, score in scores[key].items() if score == -negative and i not in used]
        if len(rivals) > 1:
            ambiguous[key] = rivals
            used.update(rivals)
            continue
        mapping[key] = index
        used.add(index)
    if kind is ImportKind.HOUSEHOLD and "worker_codice_fiscale" not in mapping:
        # A household file with one plain "Codice fiscale" column names the worker by it.
        plain = [i for i, h in enumerate(folded) if h in _CF_NAMES and i not in used]
        if plain:
            mapping["worker_codice_fiscale"] = plain[0]
            used.add(plain[0])
            ambiguous.pop("worker_codice_fiscale", None)
    return Guess(mapping, ambiguous)


def guess_mapping(kind: ImportKind, headers: list[str | None]) -> dict[str, int]:
    return guess_columns(kind, headers).mapping


def header_score(kind: ImportKind, cells: list[object]) -> int:
    headers = [c if isinstance(c, str) else None for c in cells]
    guess = guess_columns(kind, headers)
    return len(guess.mapping) + len(guess.ambiguous)
