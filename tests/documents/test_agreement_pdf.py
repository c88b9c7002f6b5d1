"""The smart-working agreement as an Italian PDF, read back with pdftotext."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.conftest import require_tool, store_at
from tests.helpers import add_member, add_worker
from welfare_desk.cli import main
from welfare_desk.domain.smart_working import SwStatus
from welfare_desk.requests.smart_working import (
    AgreementTerms,
    SwInput,
    change_status,
    create_request,
    save_terms,
)
from welfare_desk.store.uow import UnitOfWork

TODAY = date(2026, 12, 28)


def _approved(db: str) -> str:
    store = store_at(db)
    worker = add_worker(store, surname="Nicolò", name="Aurora").worker.id
    add_member(store, worker, "Luca", date(2016, 9, 1))
    with UnitOfWork(store) as uow:
        request = create_request(uow, SwInput(worker, 2, (0, 4), date(2027, 1, 11)), TODAY)
    for status in (SwStatus.SUBMITTED, SwStatus.UNDER_REVIEW, SwStatus.APPROVED):
        with UnitOfWork(store) as uow:
            request = change_status(uow, request.id, request.version, status, TODAY)
    with UnitOfWork(store) as uow:
        save_terms(
            uow,
            request.id,
            request.version,
            AgreementTerms(
                "domicilio e sedi di coworking a Lodi",
                "portatile aziendale",
                signed_on=date(2026, 12, 30),
                reachable_hours="9:30–12:30 e 14:30–16:30",
            ),
        )
    store.close()
    return request.number


def test_the_agreement_prints_in_italian_with_the_name_and_the_notice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pdftotext = require_tool("pdftotext")
    db = str(tmp_path / "desk.sqlite")
    assert main(["--db", db, "init"]) == 0
    number = _approved(db)
    out = tmp_path / "accordo.pdf"
    capsys.readouterr()
    code, printed, err = run(capsys, "--db", db, "print", "agreement", number, "--out", str(out))
    assert code == 0, err
    assert printed.strip() == f"Accordo {number} salvato in {out}."
    text = subprocess.run(
        [pdftotext, "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for words in (
        "Accordo individuale di lavoro agile",
        "Aurora Nicolò",
        "per 2 giorni alla settimana (lunedì, venerdì)",
        "a tempo indeterminato",
        "preavviso di almeno 30 giorni",
        "almeno 90 giorni",
        "domicilio e sedi di coworking a Lodi",
        "entro 5 giorni",
        "sottoscritto il 30/12/2026",
        "Per il datore di lavoro, il legale rappresentante",
        "Fasce orarie in cui il lavoratore è contattabile: 9:30–12:30 e 14:30–16:30.",
    ):
        assert words in " ".join(text.split()), words
    # every content artt. 18–23 L. 81/2017 require, under its heading and its article
    for heading in (
        "Orario, limiti di durata e fasce di contattabilità (art. 18 c. 1 L. 81/2017)",
        "Potere di controllo (art. 21 c. 1 L. 81/2017)",
        "Condotte disciplinarmente rilevanti (art. 21 c. 2 L. 81/2017)",
        "Tempi di riposo e diritto alla disconnessione (art. 19 c. 1 L. 81/2017)",
        "Salute e sicurezza (art. 22 L. 81/2017)",
        "Parità di trattamento e apprendimento (art. 20 L. 81/2017)",
        "Assicurazione contro gli infortuni (art. 23 cc. 2 e 3 L. 81/2017)",
        "Riservatezza e protezione dei dati (Reg. (UE) 2016/679",
        "Recesso (art. 19 c. 2 L. 81/2017)",
    ):
        assert heading in " ".join(text.split()), heading
    assert "in itinere" in text and "almeno annuale" in text
    # The employer keeps the agreement: nothing of the household's health goes in it.
    assert "priorità" not in text.lower() and "disabilità grave" not in text
    counts = json.loads(run(capsys, "--db", db, "stats", "--json")[1])
    assert counts["smartworking_requests_by_status"]["approved"] == 1
    listed = json.loads(run(capsys, "--db", db, "requests", "--kind", "smartworking", "--json")[1])
    assert listed == [
        {
            "number": number,
            "kind": "smartworking",
            "worker": "Nicolò Aurora",
            "status": "approved",
            "priority": "genitore di figli fino a 12 anni",
            "due": None,
            "amount_claimed": None,
        }
    ]


def test_a_draft_has_no_agreement_to_print(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "desk.sqlite")
    assert main(["--db", db, "init"]) == 0
    store = store_at(db)
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        number = create_request(uow, SwInput(worker, 1, (), date(2027, 1, 11)), TODAY).number
    store.close()
    capsys.readouterr()
    code, _, err = run(
        capsys, "--db", db, "print", "agreement", number, "--out", str(tmp_path / "a.pdf")
    )
    assert code == 2 and "l'accordo si stampa quando è accolta" in err
    code, _, err = run(capsys, "--db", db, "requests", "--status", "sospesissima")
    assert code == 2 and "non esiste" in err


def test_one_day_a_week_is_one_giorno() -> None:
    from welfare_desk.domain.agreement import days_text

    assert (days_text(1), days_text(3)) == ("1 giorno", "3 giorni")


def test_a_template_without_a_clause_the_law_requires_is_refused() -> None:
    from welfare_desk.domain.agreement import REQUIRED, clauses_from, fill, missing
    from welfare_desk.domain.problems import DomainError
    from welfare_desk.reference import agreement_template

    clauses = clauses_from(agreement_template())
    assert missing(clauses) == []
    assert len(REQUIRED) == 9
    without_safety = [c for c in clauses if "art. 22" not in c.law]
    with pytest.raises(DomainError, match=r"art\. 22 \(la salute e la sicurezza\)"):
        fill(without_safety, {})
    typo = [*clauses[:-1], replace(clauses[-1], text=("entro {giorni} giorni",))]
    with pytest.raises(DomainError, match=r"usa \{giorni\}"):
        fill(typo, {})
