"""What the law asks of a voucher at the moment it is issued, beyond the money: no top-up
from the holder of a welfare-credit voucher (DM 25/3/2016 art. 6 c. 1), and the f-ter
services given for a relative who is old or not self-sufficient (art. 51 c. 2 lett. f-ter
TUIR; circ. Agenzia delle Entrate 28/E/2016)."""

from __future__ import annotations

from datetime import date

from welfare_desk.domain.dates import age_on
from welfare_desk.domain.household import Disability
from welfare_desk.domain.money import format_euro as euros

FTER = "c2_fter"
FTER_AGE = 75  # «anziani»: circ. 28/E/2016, par. 2.4


def top_up_problem(service: str, worker_pays_cents: int, value_cents: int) -> str | None:
    """A welfare-credit voucher must cover what the worker would pay, whole."""
    if value_cents >= worker_pays_cents:
        return None
    return (
        f"Il servizio «{service}» costa al lavoratore {euros(worker_pays_cents)}: un voucher "
        f"del credito welfare di {euros(value_cents)} lo costringerebbe a integrare la "
        "differenza, che l'art. 6 c. 1 del DM 25/3/2016 non consente. Emetti un voucher di "
        f"{euros(worker_pays_cents)}."
    )


def fter_problem(
    name: str | None,
    born: date | None,
    disability: Disability,
    attendance_allowance: bool,
    on: date,
) -> str | None:
    """The beneficiary of an f-ter service: a relative aged 75 or more, or not
    self-sufficient as the desk can know it (art. 3 c. 3 L. 104/1992 or the attendance
    allowance). None of a relative chosen: the worker is not «familiare» of themselves."""
    if name is None or born is None:
        return (
            "I servizi per familiari anziani o non autosufficienti (art. 51 c. 2 lett. f-ter "
            "TUIR) si danno per un familiare: scegli il familiare assistito."
        )
    if disability is Disability.ART3_C3 or attendance_allowance:
        return None
    years = age_on(born, on)
    if years >= FTER_AGE:
        return None
    return (
        f"{name} ha {years} anni: i servizi della lett. f-ter (art. 51 c. 2 TUIR) sono per "
        f"familiari anziani, dai {FTER_AGE} anni (circ. 28/E/2016), o non autosufficienti "
        "(art. 3 c. 3 L. 104/1992 o indennità di accompagnamento, registrati nella famiglia)."
    )


BUNDLE_CAP_CENTS = 25_823  # DM 25/3/2016 art. 6 c. 3


def bundle_problem(service: str, several_goods: bool, value_cents: int) -> str | None:
    """A voucher naming several goods or services together stays within € 258,23."""
    if not several_goods or value_cents <= BUNDLE_CAP_CENTS:
        return None
    cap = euros(BUNDLE_CAP_CENTS)
    return (
        f"Il voucher «{service}» vale per più beni o servizi insieme: così non può superare "
        f"{cap} (DM 25/3/2016, art. 6 c. 3). Emettine uno di {cap} al massimo, o un voucher "
        "per ciascun bene."
    )
