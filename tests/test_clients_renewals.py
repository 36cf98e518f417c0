"""The renewal check: current contracts priced for their main renewal date, ranked by saving.

Today is 2026-12-01 (the tests' clock); 90 days ahead is 2027-03-01. The handbook's worked
example started on 2027-03-01 costs 745.40 a year with Nordlicht's version 2027-01 (the
cheapest installed tariff for it); Nordlicht does not meet gl-limit=5000000, Rheinauen does.
"""

# ruff: noqa: F811  (the database fixtures are imported by name)

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from premiumcalc.cli import main
from premiumcalc.quotes import QuoteStore, open_store
from premiumcalc.quotes.client_models import CurrentContract
from premiumcalc.quotes.renewals import renewal_check
from test_quotes_helpers import nordlicht, request, worked_example
from test_quotes_store import db_url, pg_db, pg_url, store  # noqa: F401  (the fixtures)

NORDLICHT, RHEINAUEN = "nordlicht-it-2026", "rheinauen-digital-2026"


def _client(store: QuoteStore, name: str, premium: str | None, renewal: date, *,
            require: tuple[str, ...] = (), met: tuple[str, ...] = ()) -> str:
    store.save_quote(request(), nordlicht(), client_name=name, status="sent")
    number = store.clients.get_client(name).number
    data = worked_example()
    data["require"] = list(require)
    store.clients.update_client(number, contract=CurrentContract(
        insurer="Alte Versicherung AG", premium=None if premium is None else Decimal(premium),
        renewal=renewal, request=data, requirements_met=met))
    return number


def _fill(store: QuoteStore) -> dict[str, str]:
    due = date(2027, 3, 1)
    return {
        "saves": _client(store, "Spart GmbH", "900.00", due),
        "saves most": _client(store, "Spart mehr GmbH", "1000.00", due),
        "more cover": _client(store, "Mehr Schutz GmbH", "700.00", due,
                              require=("gl-limit=5000000",)),
        "nothing": _client(store, "Gut versorgt GmbH", "700.00", due,
                           require=("gl-limit=5000000",), met=("gl-limit",)),
        "later": _client(store, "Später GmbH", "2000.00", date(2027, 3, 2)),
        "past": _client(store, "Vorbei GmbH", "2000.00", date(2026, 11, 30)),
        "no premium": _client(store, "Ohne Beitrag GmbH", None, due),
    }


def test_renewals_rank_by_saving_then_list_more_cover(store: QuoteStore) -> None:
    numbers = _fill(store)
    found = renewal_check(store)
    assert [r.client_number for r in found] == [
        numbers["saves most"], numbers["saves"], numbers["more cover"]]
    most, saves, cover = found
    assert most.cheapest is not None and most.cheapest.tariff_id == NORDLICHT
    assert most.cheapest.gross_annual == Decimal("745.40")
    assert (most.saving, saves.saving) == (Decimal("254.60"), Decimal("154.60"))
    assert most.renewal == date(2027, 3, 1) and most.cheapest.version == "2027-01"
    assert cover.saving == Decimal("-45.40") and not cover.would_save
    assert cover.gains == ("gl-limit",)
    assert cover.more_cover is not None and cover.more_cover.tariff_id == RHEINAUEN


def test_renewals_within_fewer_days_and_everyone(store: QuoteStore) -> None:
    numbers = _fill(store)
    assert renewal_check(store, within=30) == []
    assert [r.client_number for r in renewal_check(store, within=91)][:1] == [
        numbers["later"]]  # 2000.00 against 745.40 saves the most
    everyone = {r.client_number: r for r in renewal_check(store, everyone=True)}
    assert set(everyone) == {numbers[k] for k in ("saves", "saves most", "more cover",
                                                  "nothing", "no premium")}
    assert everyone[numbers["no premium"]].saving is None
    # the current contract meets gl-limit: only a tariff meeting it counts as cheaper
    nothing = everyone[numbers["nothing"]]
    assert nothing.cheapest is not None and nothing.cheapest.tariff_id == RHEINAUEN
    assert nothing.gains == ()


def test_restricted_clients_are_left_out(store: QuoteStore) -> None:
    numbers = _fill(store)
    store.clients.delete_client(numbers["saves most"])
    assert numbers["saves most"] not in [r.client_number for r in renewal_check(store)]


def test_renewals_on_the_command_line(db_url: str) -> None:
    with open_store(db_url, daily_backup=False) as store:
        numbers = _fill(store)
    out, err = io.StringIO(), io.StringIO()
    assert main(["clients", "renewals", "--format", "json", "--db", db_url], out, err) == 0
    rows = json.loads(out.getvalue())
    assert [(r["client_number"], r["saving"]) for r in rows] == [
        (numbers["saves most"], "254.60"), (numbers["saves"], "154.60"),
        (numbers["more cover"], "-45.40")]
    out, err = io.StringIO(), io.StringIO()
    assert main(["clients", "renewals", "--within", "-1", "--db", db_url], out, err) == 2
    assert err.getvalue().count("\n") == 1 and "--within" in err.getvalue()


def _alone(tmp_path: Path, revenue: str) -> Decimal:
    """The cheapest renewal price of one client with ``revenue``, checked on its own."""
    with open_store(tmp_path / f"alone-{revenue}.db", daily_backup=False) as store:
        store.save_quote(request(), nordlicht(), client_name="Allein GmbH", status="sent")
        data = dict(worked_example(), revenue=revenue)
        store.clients.update_client("K-000001", contract=CurrentContract(
            premium=Decimal("9999"), renewal=date(2027, 3, 1), request=data))
        (only,) = renewal_check(store)
        assert only.cheapest is not None
        return only.cheapest.gross_annual


def test_requests_priced_once_per_revenue_band_give_each_client_its_own_price(
        tmp_path: Path) -> None:
    """Requests alike but for the revenue share one pricing only within one revenue band."""
    revenues = ["180000", "180001", "2400000", "90000"]
    with open_store(tmp_path / "all.db", daily_backup=False) as store:
        for i, revenue in enumerate(revenues):
            name = f"Kunde {i}"
            store.save_quote(request(), nordlicht(), client_name=name, status="sent")
            data = dict(worked_example(), revenue=revenue)
            store.clients.update_client(name, contract=CurrentContract(
                premium=Decimal("9999"), renewal=date(2027, 3, 1), request=data))
        together = {r.client_name: r.cheapest.gross_annual for r in renewal_check(store)
                    if r.cheapest is not None}
    alone = {f"Kunde {i}": _alone(tmp_path, revenue) for i, revenue in enumerate(revenues)}
    assert together == alone
    assert together["Kunde 0"] == Decimal("745.40")
    assert len(set(together.values())) >= 2
