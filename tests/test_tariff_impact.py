"""``premiumcalc tariffs impact`` and ``tariffs diff`` (handbook §12) on real databases.

The expected figures come from the handbook: §8 (726.65 with Nordlicht 2026-01), §11 (745.40
with 2027-01, its worksheet) and the base premium tables of §5 and §11. The store is a real
SQLite file and, when configured, a schema of its own on the real PostgreSQL server.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from premiumcalc.cli import main
from premiumcalc.paths import resource
from premiumcalc.pricing.request import FIELD_NAMES, build_request
from premiumcalc.quotes import QuoteStore, open_store
from premiumcalc.quotes import schema as s
from premiumcalc.quotes.store import resolve_url
from premiumcalc.tariffs import LoadedTariff, load_tariffs
from test_quotes_helpers import worked_example
from test_quotes_store import db_url, pg_db, pg_url, store  # noqa: F401  (fixtures)

NORDLICHT = "nordlicht-it-2026"
V2026 = resource("tariffs", "nordlicht-it-2026.toml")
V2027 = resource("tariffs", "nordlicht-it-2026-v2027-01.toml")
RHEINAUEN = resource("tariffs", "rheinauen-digital-2026.toml")
#: The start of cover is a request field (handbook §11); before it existed a saved quote's
#: start is the local day it was saved, so the helper saves at noon of the start's day too.
HAS_START = "start" in FIELD_NAMES

#: Handbook §8 (version 2026-01) and §11 (version 2027-01, start 2027-03-01), step by step;
#: general-liability (120.00) and cyber (150.00) stay as they are.
CHANGED_STEPS = [
    {"step": "base", "old": "430.00", "new": "447.20"},
    {"step": "core", "old": "490.20", "new": "509.81"},
    {"step": "subtotal", "old": "760.20", "new": "779.81"},
    {"step": "startup_discount", "old": "114.03", "new": "116.97"},
    {"step": "term_discount", "old": "64.62", "new": "66.28"},
    {"step": "net_annual", "old": "581.55", "new": "596.56"},
    {"step": "payment_surcharge", "old": "29.08", "new": "29.83"},
    {"step": "insurance_tax", "old": "116.02", "new": "119.01"},
    {"step": "gross_annual", "old": "726.65", "new": "745.40"},
]

#: Handbook §5 (2026-01) and §11 (2027-01) base premium tables.
BASE_2026 = {"A": ["240", "330", "480", "720", "1150"], "B": ["310", "430", "620", "930", "1480"],
             "C": ["390", "540", "780", "1170", "1860"]}
BASE_2027 = {"A": ["249.60", "343.20", "499.20", "748.80", "1196.00"],
             "B": ["322.40", "447.20", "644.80", "967.20", "1539.20"],
             "C": ["405.60", "561.60", "811.20", "1216.80", "1934.40"]}


def _versions() -> tuple[LoadedTariff, LoadedTariff, LoadedTariff]:
    installed = load_tariffs(include_user_dir=False)
    v2026 = installed.get(NORDLICHT, date(2026, 12, 31))
    v2027 = installed.get(NORDLICHT, date(2027, 3, 1))
    rheinauen = installed.get("rheinauen-digital-2026", date(2027, 3, 1))
    assert v2026 is not None and v2026.version == "2026-01"
    assert v2027 is not None and v2027.version == "2027-01"
    assert rheinauen is not None
    return v2026, v2027, rheinauen


def _save(store: QuoteStore, loaded: LoadedTariff, client: str, start: date,  # noqa: F811
          **changes: Any) -> str:
    data = worked_example()
    data["tariff"] = loaded.id
    data.update(changes)
    if HAS_START:
        data["start"] = start.isoformat()
    saved = store.save_quote(build_request(data), loaded, client_name=client,
                             now=datetime(start.year, start.month, start.day, 12, tzinfo=UTC))
    return saved.number


def _snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to show that nothing saved changed."""
    engine = sa.create_engine(resolve_url(url))
    try:
        with engine.connect() as conn:
            return {t.name: sorted(tuple(str(v) for v in row)
                                   for row in conn.execute(sa.select(t)))
                    for t in s.metadata.sorted_tables}
    finally:
        engine.dispose()


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def _impact_json(*args: str) -> dict[str, Any]:
    code, out, err = _run("tariffs", "impact", *args, "--format", "json")
    assert code == 0, err
    return dict(json.loads(out))


RHEINAUEN_REQUEST = {"profession": "web-development", "revenue": "400000.01", "cover": 2000000,
                     "deductible": 1000, "claims": 1,
                     "modules": ["cyber", "worldwide", "general-liability"], "startup": False,
                     "term": 3, "payment": "quarterly", "country": "AT", "scenarios": []}


@pytest.fixture
def saved(store: QuoteStore) -> dict[str, str]:  # noqa: F811
    """Quotes inside and outside the period of Nordlicht 2027-01 (from 2027-01-01)."""
    v2026, v2027, rheinauen = _versions()
    numbers = {
        # Saved when only 2026-01 existed, for a start in 2027: priced 726.65 (handbook §8).
        "early": _save(store, v2026, "Anna Early GmbH", date(2027, 3, 1)),
        # Start before the new version: not affected.
        "before": _save(store, v2026, "Bernd Before KG", date(2026, 12, 31)),
        # Another tariff: not affected.
        "other": _save(store, rheinauen, "Clara Other AG", date(2027, 3, 1),
                       **RHEINAUEN_REQUEST),
        # Deleted: not reported.
        "deleted": _save(store, v2026, "Dora Deleted UG", date(2027, 6, 1)),
        # Revenue above the last band: referred before and after.
        "referred": _save(store, v2026, "Emil Referred GmbH", date(2027, 4, 1),
                          revenue="5000000"),
        # Already priced with 2027-01: unchanged.
        "current": _save(store, v2027, "Frieda Current GmbH", date(2027, 5, 1)),
    }
    store.delete([numbers["deleted"]])
    return numbers


def test_impact_prices_the_quotes_in_the_new_period_and_changes_nothing(
        store: QuoteStore, db_url: str, saved: dict[str, str]) -> None:  # noqa: F811
    before = _snapshot(db_url)
    report = _impact_json(str(V2027), "--db", db_url)
    assert _snapshot(db_url) == before

    assert report["tariff"]["id"] == NORDLICHT
    assert report["tariff"]["version"] == "2027-01"
    assert report["tariff"]["valid_from"] == "2027-01-01"
    assert report["tariff"]["valid_until"] is None
    quotes = report["quotes"]
    expected = sorted([saved["early"], saved["referred"], saved["current"]])
    assert [q["number"] for q in quotes] == expected
    by_number = {q["number"]: q for q in quotes}

    early = by_number[saved["early"]]
    assert early["client"] == "Anna Early GmbH"
    assert early["start"] == "2027-03-01"
    assert (early["old_status"], early["new_status"]) == ("quoted", "quoted")
    assert (early["old_gross"], early["new_gross"]) == ("726.65", "745.40")
    assert early["difference"] == "18.75"
    assert early["percent"] == "2.58"  # round2(100 × 18.75 / 726.65)
    assert early["changed_steps"] == CHANGED_STEPS

    referred = by_number[saved["referred"]]
    assert (referred["old_status"], referred["new_status"]) == ("referred", "referred")
    assert referred["old_gross"] is None and referred["new_gross"] is None
    assert referred["difference"] is None and referred["percent"] is None
    assert referred["changed_steps"] == []

    current = by_number[saved["current"]]
    assert (current["old_gross"], current["new_gross"]) == ("745.40", "745.40")
    assert current["difference"] == "0.00" and current["percent"] == "0.00"
    assert current["changed_steps"] == []

    assert report["summary"] == {"count": 3, "rising": 1, "falling": 0, "unchanged": 1,
                                 "status_changed": 1, "total_difference": "18.75"}


def test_the_quotes_of_a_client_kept_only_for_retention_are_not_in_the_report(
        store: QuoteStore, db_url: str) -> None:  # noqa: F811
    """A client who had itself deleted is no one to contact about a new price: its sent
    quotes are kept restricted (Art. 18 GDPR) and stay out of the impact report."""
    v2026, _, _ = _versions()
    kept = _save(store, v2026, "Anna Early GmbH", date(2027, 3, 1))
    gone = _save(store, v2026, "Dora Deleted UG", date(2027, 3, 1))
    store.update(gone, status="sent")
    report = store.clients.delete_client("Dora Deleted UG")
    assert [r.number for r in report.kept] == [gone]
    result = _impact_json(str(V2027), "--db", db_url)
    assert [q["number"] for q in result["quotes"]] == [kept]
    assert "Dora" not in json.dumps(result)


def test_a_falling_premium_has_a_negative_difference_and_percent(
        store: QuoteStore, db_url: str, tmp_path: Path) -> None:  # noqa: F811
    _v2026, v2027, _ = _versions()
    number = _save(store, v2027, "Gerd Back GmbH", date(2027, 3, 1))
    # Version 2027-01 again, corrected back to the 2026-01 base premiums: 745.40 → 726.65.
    text = V2027.read_text("utf-8")
    for cls in "ABC":
        text = text.replace(f"{cls} = [{', '.join(chr(34) + v + chr(34) for v in BASE_2027[cls])}]",
                            f"{cls} = [{', '.join(chr(34) + v + chr(34) for v in BASE_2026[cls])}]")
    text = text.replace('gross_annual = "745.40"', 'gross_annual = "726.65"')
    path = tmp_path / "corrected.toml"
    path.write_text(text, "utf-8")
    report = _impact_json(str(path), "--db", db_url)
    (item,) = report["quotes"]
    assert item["number"] == number
    assert (item["old_gross"], item["new_gross"]) == ("745.40", "726.65")
    assert item["difference"] == "-18.75"
    assert item["percent"] == "-2.52"  # round2(100 × -18.75 / 745.40)
    assert report["summary"]["falling"] == 1
    assert report["summary"]["total_difference"] == "-18.75"


def test_no_saved_quote_of_the_id_gives_an_empty_report(store: QuoteStore,  # noqa: F811
                                                         db_url: str) -> None:  # noqa: F811
    v2026, _, _ = _versions()
    _save(store, v2026, "Anna Early GmbH", date(2026, 12, 1))
    report = _impact_json(str(RHEINAUEN), "--db", db_url)
    assert report["quotes"] == []
    assert report["summary"] == {"count": 0, "rising": 0, "falling": 0, "unchanged": 0,
                                 "status_changed": 0, "total_difference": "0.00"}


def test_the_stream_gives_one_tariffs_quotes_by_number_without_deleted(
        store: QuoteStore, saved: dict[str, str]) -> None:  # noqa: F811
    rows = store.stream(tariff_id=NORDLICHT, batch=2)
    assert not isinstance(rows, list)
    numbers = [r.number for r in rows]
    assert numbers == sorted([saved["early"], saved["before"], saved["referred"],
                              saved["current"]])
    every = [r.number for r in store.stream()]
    assert every == sorted(n for key, n in saved.items() if key != "deleted")


@pytest.mark.skipif(not HAS_START, reason="the request field start is not there yet")
def test_a_quote_saved_before_start_existed_takes_the_day_it_was_saved(
        tmp_path: Path) -> None:
    v2026, _, _ = _versions()
    db = tmp_path / "quotes.db"
    with open_store(db, daily_backup=False) as st:
        kept = _save(st, v2026, "Start In Request", date(2027, 3, 1))
        old = _save(st, v2026, "Saved Before", date(2027, 3, 1))
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        # As a quote saved on 2026-11-02 by the version before the start of cover: no start
        # in its request, and a database of schema version 1 (opening it migrates it).
        q, d = s.quotes.c, s.quote_data.c
        qid = conn.execute(sa.select(q.id).where(q.quote_number == old)).scalar_one()
        data = json.loads(conn.execute(sa.select(d.request_json).where(d.quote_id == qid))
                          .scalar_one())
        del data["start"]
        conn.execute(s.quote_data.update().where(d.quote_id == qid)
                     .values(request_json=json.dumps(data)))
        conn.execute(s.quotes.update().where(q.id == qid)
                     .values(created_at="2026-11-02T12:00:00.000000Z", start_date=None))
        conn.execute(s.schema_version.update().values(version=1))
    engine.dispose()
    report = _impact_json(str(V2027), "--db", str(db))
    assert [q["number"] for q in report["quotes"]] == [kept]
    report = _impact_json(str(V2026), "--db", str(db))
    assert [(q["number"], q["start"]) for q in report["quotes"]] == [(old, "2026-11-02")]


# ---------------------------------------------------------------------------------------
# CSV and table output, read back (SQLite).


@pytest.fixture
def sqlite_saved(tmp_path: Path) -> tuple[str, str]:
    v2026, _, _ = _versions()
    db = str(tmp_path / "quotes.db")
    with open_store(db, daily_backup=False) as st:
        number = _save(st, v2026, "Anna Early GmbH", date(2027, 3, 1))
        _save(st, v2026, "Bernd Before KG", date(2026, 12, 31))
    return db, number


def test_csv_output_read_back(sqlite_saved: tuple[str, str], tmp_path: Path) -> None:
    db, number = sqlite_saved
    target = tmp_path / "impact.csv"
    code, _out, err = _run("tariffs", "impact", str(V2027), "--db", db, "--format", "csv",
                          "-o", str(target))
    assert code == 0, err
    with target.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 1
    row = rows[0]
    assert row["number"] == number
    assert row["client"] == "Anna Early GmbH"
    assert row["start"] == "2027-03-01"
    assert (row["old_gross"], row["new_gross"], row["difference"], row["percent"]) == (
        "726.65", "745.40", "18.75", "2.58")
    assert row["changed_steps"] == "; ".join(
        f"{c['step']}: {c['old']} → {c['new']}" for c in CHANGED_STEPS)
    assert row["changed_steps"].startswith("base: 430.00 → 447.20; core: 490.20 → 509.81")


def test_table_output_in_english_and_german(sqlite_saved: tuple[str, str]) -> None:
    db, number = sqlite_saved
    code, out, err = _run("tariffs", "impact", str(V2027), "--db", db)
    assert code == 0, err
    assert "1 saved quotes: 1 rising, 0 falling, 0 unchanged, 0 not quoted both times; " \
           "total difference +18.75" in out
    line = next(ln for ln in out.splitlines() if ln.startswith(number))
    assert "Anna Early GmbH" in line and "2027-03-01" in line
    assert "726.65" in line and "745.40" in line and "+18.75" in line and "+2.58" in line
    assert "gross_annual: 726.65 → 745.40" in line
    code, out, err = _run("tariffs", "impact", str(V2027), "--db", db, "--lang", "de")
    assert code == 0, err
    assert "Differenz gesamt +18,75" in out
    line = next(ln for ln in out.splitlines() if ln.startswith(number))
    assert "726,65" in line and "745,40" in line and "+2,58" in line


# ---------------------------------------------------------------------------------------
# Invalid input: one line on stderr, exit 2.


def _one_error(*args: str) -> str:
    code, out, err = _run(*args)
    assert code == 2, (out, err)
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    return err


def test_a_file_overlapping_another_installed_version_is_refused(
        sqlite_saved: tuple[str, str], tmp_path: Path) -> None:
    db, _ = sqlite_saved
    before = _snapshot(db)
    # Another version starting on the same day as 2027-01: both would be valid in 2027.
    text = V2027.read_text("utf-8").replace('version = "2027-01"', 'version = "2027-02"')
    clash = tmp_path / "clash.toml"
    clash.write_text(text, "utf-8")
    err = _one_error("tariffs", "impact", str(clash), "--db", db)
    assert "valid_from" in err and "overlap" in err and "2027-01" in err
    # A version of 2026 reaching into 2027 with valid_until.
    text = V2026.read_text("utf-8").replace('version = "2026-01"', 'version = "2026-06"')
    text = text.replace("valid_from = 2026-01-01",
                        "valid_from = 2026-06-01\nvalid_until = 2027-06-30")
    reaching = tmp_path / "reaching.toml"
    reaching.write_text(text, "utf-8")
    err = _one_error("tariffs", "impact", str(reaching), "--db", db)
    assert "overlap" in err
    assert _snapshot(db) == before


def test_a_file_with_the_installed_id_and_version_replaces_it(
        sqlite_saved: tuple[str, str], tmp_path: Path) -> None:
    db, number = sqlite_saved
    # 2026-01 corrected: class B band 2 at 440 instead of 430, the own checks left out.
    text = V2026.read_text("utf-8").replace('B = ["310", "430",', 'B = ["310", "440",')
    text = text[:text.index("[[checks]]")] + text[text.index("[[modules]]"):]
    path = tmp_path / "corrected.toml"
    path.write_text(text, "utf-8")
    report = _impact_json(str(path), "--db", db)
    assert report["tariff"]["valid_from"] == "2026-01-01"
    assert report["tariff"]["valid_until"] == "2026-12-31"  # 2027-01 starts next
    (item,) = report["quotes"]
    assert item["start"] == "2026-12-31"
    assert item["changed_steps"][0] == {"step": "base", "old": "430.00", "new": "440.00"}
    assert number not in [q["number"] for q in report["quotes"]]


def test_bad_files_and_options(sqlite_saved: tuple[str, str], tmp_path: Path) -> None:
    db, _ = sqlite_saved
    err = _one_error("tariffs", "impact", str(tmp_path / "missing.toml"), "--db", db)
    assert "missing.toml" in err
    _one_error("tariffs", "impact", "--db", db)
    broken = tmp_path / "broken.toml"
    broken.write_text('format = 1\nid = "x"\n', "utf-8")
    err = _one_error("tariffs", "impact", str(broken), "--db", db)
    assert "broken.toml" in err
    # A file whose own checks fail.
    text = V2027.read_text("utf-8").replace('gross_annual = "745.40"', 'gross_annual = "745.41"')
    failing = tmp_path / "failing.toml"
    failing.write_text(text, "utf-8")
    err = _one_error("tariffs", "impact", str(failing), "--db", db)
    assert "check" in err
    _one_error("tariffs", "impact", str(V2027), "--db", db, "--format", "xml")
    _one_error("tariffs", "list", "--db", db)
    _one_error("tariffs", "diff", str(V2026), "--format", "csv")
    _one_error("tariffs", "check", str(V2026), str(V2027))


# ---------------------------------------------------------------------------------------
# tariffs diff


def _diff(*args: str) -> list[dict[str, Any]]:
    code, out, err = _run("tariffs", "diff", *args, "--format", "json")
    assert code == 0, err
    return list(json.loads(out)["differences"])


def test_diff_of_the_two_nordlicht_versions_lists_every_changed_base_cell() -> None:
    differences = _diff(str(V2026), str(V2027))
    cells = [d for d in differences if d["path"].startswith("base_premium")]
    assert len(cells) == 15
    texts = {d["text"] for d in cells}
    for cls in "ABC":
        for band in range(5):
            old = f"{int(BASE_2026[cls][band]):d}.00"
            new = BASE_2027[cls][band]
            assert f"base {cls} band {band + 1}: {old} → {new}" in texts
    b2 = next(d for d in cells if d["text"].startswith("base B band 2"))
    assert (b2["old"], b2["new"]) == ("430.00", "447.20")
    others = {d["path"]: d for d in differences if not d["path"].startswith("base_premium")}
    assert others["version"]["old"] == "2026-01" and others["version"]["new"] == "2027-01"
    assert others["valid_from"]["new"] == "2027-01-01"
    check_paths = [p for p in others if p.startswith("checks")]
    assert "checks[0].start" in check_paths and "checks[0].gross_annual" in check_paths
    assert others["checks[0].gross_annual"]["old"] == "726.65"
    assert others["checks[0].gross_annual"]["new"] == "745.40"
    # Nothing but the version, its start, the base table and the checks differ (§11).
    assert all(p in ("version", "valid_from") or p.startswith("checks") for p in others)


def test_diff_table_in_words_and_rules_questions_conditions() -> None:
    code, out, err = _run("tariffs", "diff", str(V2026), str(V2027))
    assert code == 0, err
    assert "  base B band 2: 430.00 → 447.20" in out.splitlines()
    code, out, err = _run("tariffs", "diff", str(V2026), str(V2027), "--lang", "de")
    assert "  Grundbeitrag B Band 2: 430,00 → 447,20" in out.splitlines()
    differences = {d["path"]: d for d in _diff(str(V2026), str(RHEINAUEN))}
    # Handbook §5 and §7: rules, conditions and question rules differ too.
    assert differences["minimum_premium"]["old"] == "250.00"
    assert differences["minimum_premium"]["new"] == "300.00"
    assert differences["conditions"]["new"] is not None
    assert any(p.startswith("questions.") for p in differences)
    assert any(p.startswith("modules.cyber") for p in differences)


def test_diff_of_a_file_with_itself_is_empty_and_bad_files_are_refused(
        tmp_path: Path) -> None:
    assert _diff(str(V2027), str(V2027)) == []
    code, out, err = _run("tariffs", "diff", str(V2027), str(V2027))
    assert code == 0 and "no differences" in out
    _one_error("tariffs", "diff", str(V2026))
    err = _one_error("tariffs", "diff", str(V2026), str(tmp_path / "nothing.toml"))
    assert "nothing.toml" in err


def test_client_names_with_quotes_and_umlauts_come_out_as_saved(tmp_path: Path) -> None:
    v2026, _, _ = _versions()
    db = str(tmp_path / "quotes.db")
    name = 'Müller "IT" \\ Süd GmbH – Ω'
    with open_store(db, daily_backup=False) as st:
        number = _save(st, v2026, name, date(2027, 3, 1))
    report = _impact_json(str(V2027), "--db", db)
    assert [(q["number"], q["client"]) for q in report["quotes"]] == [(number, name)]


def _without_cyber(folder: Path) -> Path:
    """Version 2027-01 without the cyber module (its own checks, which use it, left out)."""
    text = V2027.read_text("utf-8")
    start, end = text.index('[[modules]]\nid = "cyber"'), text.index('[[modules]]\nid = "worldwide"')
    text = text[:start] + text[end:]
    text = text[:text.index("[[checks]]")] + text[text.index("[[modules]]"):]
    path = folder / "no-cyber.toml"
    path.write_text(text, "utf-8")
    return path


def test_a_saved_request_the_new_version_does_not_accept_is_reported_not_quoted(
        sqlite_saved: tuple[str, str], tmp_path: Path) -> None:
    db, number = sqlite_saved
    report = _impact_json(str(_without_cyber(tmp_path)), "--db", db)
    (item,) = report["quotes"]
    assert item["number"] == number
    assert (item["old_status"], item["new_status"]) == ("quoted", "invalid")
    assert item["old_gross"] == "726.65" and item["new_gross"] is None
    assert item["difference"] is None and item["percent"] is None
    assert "cyber" in item["error"]
    assert {"step": "gross_annual", "old": "726.65", "new": None} in item["changed_steps"]
    assert report["summary"]["status_changed"] == 1


def test_requests_priced_once_per_band_keep_their_own_band(
        store: QuoteStore, db_url: str) -> None:  # noqa: F811
    """Requests alike but for their revenue are priced once per revenue band: a revenue in
    another band still gets its own price (handbook §11 table, B band 2 447.20, band 3
    644.80)."""
    v2026, v2027, _ = _versions()
    in_band_2 = _save(store, v2026, "Band Zwei GmbH", date(2027, 3, 1), revenue="250000")
    also_2 = _save(store, v2026, "Auch Zwei GmbH", date(2027, 3, 1), revenue="100000.01")
    in_band_3 = _save(store, v2026, "Band Drei GmbH", date(2027, 3, 1), revenue="250000.01")
    got = {q["number"]: q for q in _impact_json(str(v2027.path), "--db", db_url)["quotes"]}
    base = {n: {c["step"]: c["new"] for c in got[n]["changed_steps"]}["base"]
            for n in (in_band_2, also_2, in_band_3)}
    assert base == {in_band_2: "447.20", also_2: "447.20", in_band_3: "644.80"}


def test_requests_alike_but_for_the_revenue_each_keep_their_own_revenue_check_and_start(
        tmp_path: Path) -> None:
    """Saved requests that differ only in their revenue: each revenue is checked (one the
    request schema refuses is reported as not accepted, naming the revenue), and a request
    saved before the start of cover existed takes the day it was saved, each its own (one
    after the last allowed start is not accepted)."""
    v2026, _, _ = _versions()
    db = tmp_path / "quotes.db"
    with open_store(db, daily_backup=False) as st:
        first = _save(st, v2026, "Erste GmbH", date(2027, 3, 1))
        same = _save(st, v2026, "Gleiche GmbH", date(2027, 3, 1), revenue="200000")
        cents = _save(st, v2026, "Tausendstel GmbH", date(2027, 3, 1), revenue="200000")
        no_start = [_save(st, v2026, f"Ohne Beginn {i} GmbH", date(2027, 3, 1),
                          revenue=revenue)
                    for i, revenue in enumerate(("150000", "160000", "170000", "180000"))]
    saved_on = ["2027-02-03", "2026-11-02", "2027-02-10", "2100-01-02"]
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        q, d = s.quotes.c, s.quote_data.c

        def change(number: str, created: str | None = None, **values: Any) -> None:
            qid = conn.execute(sa.select(q.id).where(q.quote_number == number)).scalar_one()
            data = json.loads(conn.execute(sa.select(d.request_json)
                                           .where(d.quote_id == qid)).scalar_one())
            data.update(values)
            if created:
                del data["start"]
            conn.execute(s.quote_data.update().where(d.quote_id == qid)
                         .values(request_json=json.dumps(data)))
            if created:
                conn.execute(s.quotes.update().where(q.id == qid)
                             .values(created_at=f"{created}T12:00:00.000000Z", start_date=None))

        # More than two decimals: a revenue the request schema refuses.
        change(cents, revenue="200000.001")
        for number, day in zip(no_start, saved_on, strict=True):
            change(number, day)
    engine.dispose()

    report = _impact_json(str(V2027), "--db", str(db))
    got = {item["number"]: item for item in report["quotes"]}
    # The one saved on 2026-11-02 starts before version 2027-01.
    assert list(got) == [first, same, cents, no_start[0], no_start[2], no_start[3]]
    for number in (first, same, no_start[0], no_start[2]):
        assert (got[number]["old_gross"], got[number]["new_gross"]) == ("726.65", "745.40")
    assert got[first]["start"] == got[same]["start"] == "2027-03-01"
    assert (got[no_start[0]]["start"], got[no_start[2]]["start"]) == ("2027-02-03",
                                                                      "2027-02-10")
    refused = got[cents]
    assert (refused["old_status"], refused["new_status"]) == ("quoted", "invalid")
    assert refused["error"].startswith("revenue") and "200000.001" in refused["error"]
    assert refused["old_gross"] == "726.65" and refused["new_gross"] is None
    late = got[no_start[3]]
    assert (late["start"], late["new_status"], late["new_gross"]) == ("2100-01-02", "invalid",
                                                                      None)
    assert late["error"].startswith("start") and "2100-01-02" in late["error"]

    # A version that does not accept them refuses every one with its own message.
    report = _impact_json(str(_without_cyber(tmp_path)), "--db", str(db))
    errors = {item["number"]: item["error"] for item in report["quotes"]}
    assert list(errors) == [first, same, cents, no_start[0], no_start[2], no_start[3]]
    assert (errors[cents], errors[no_start[3]]) == (refused["error"], late["error"])
    assert all("cyber" in errors[n] for n in (first, same, no_start[0], no_start[2]))
