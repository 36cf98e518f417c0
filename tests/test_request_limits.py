"""Handbook §16: the largest inputs, at every way a request comes in.

Exactly the limit passes, one cent or one more is invalid input naming the field and the
limit: on the command line (exit 2, one line, no traceback), in a batch row (the row is
invalid, the batch goes on), in a request file, in the window's saved state, and a quote
saved by an older version beyond the limits can still be shown.
"""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from premiumcalc.cli import main
from premiumcalc.cli.batch import batch_results
from premiumcalc.pricing import InvalidInput, build_request
from premiumcalc.pricing.explain import money
from premiumcalc.pricing.request import request_from_strings
from premiumcalc.quotes.connection import resolve_url
from premiumcalc.tariffs import load_catalog, load_tariffs
from test_quotes_store import db_url, pg_db, pg_url  # noqa: F401 - the SQLite and PostgreSQL fixtures

QUOTE = ["quote", "--tariff", "nordlicht-it-2026", "--profession", "software-development",
         "--revenue", "180000", "--cover", "1000000", "--deductible", "500"]
WORKED = json.loads((Path(__file__).parent / "data" / "worked-example.json").read_text("utf-8"))
HUGE = "9" * 5000  # beyond Python's 4,300 digits for int(str)


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def with_option(args: list[str], option: str, value: str) -> list[str]:
    args = list(args)
    if option in args:
        args[args.index(option) + 1] = value
    else:
        args += [option, value]
    return args


def one_error_line(code: int, out: str, err: str) -> str:
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "internal error" not in err
    return lines[0]


# -- the command line ---------------------------------------------------------------------

@pytest.mark.parametrize(("option", "value", "status"), [
    ("--revenue", "999999999999.99", "referred"),  # above the top band: still referred
    ("--claims", "99", "referred"),
])
def test_exactly_the_limit_is_priced(option: str, value: str, status: str) -> None:
    code, out, err = run(*with_option(QUOTE, option, value), "--format", "json")
    assert code == 0, err
    assert json.loads(out)["status"] == status


def test_the_largest_revenue_is_shown_in_the_table_without_a_crash() -> None:
    code, out, err = run(*with_option(QUOTE, "--revenue", "999999999999.99"), "--lang", "de")
    assert code == 0, err
    assert "999.999.999.999,99\xa0€" in out


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--revenue", "1000000000000",
     "revenue: 1000000000000 is above the largest allowed amount 999,999,999,999.99"),
    ("--revenue", "1000000000000.00",
     "revenue: 1000000000000.00 is above the largest allowed amount 999,999,999,999.99"),
    ("--revenue", "0001000000000000",
     "revenue: 0001000000000000 is above the largest allowed amount 999,999,999,999.99"),
    ("--revenue", "1" + "0" * 30,
     "revenue: 1000000000000000000000000000000 is above the largest allowed amount "
     "999,999,999,999.99"),
    ("--revenue", HUGE, "revenue: 99999999999999999999… (5000 characters) is above the "
                        "largest allowed amount 999,999,999,999.99"),
    ("--revenue", "1e999999", "revenue: '1e999999' is not an amount; use digits"),
    ("--claims", "100", "claims: 100 is above the largest allowed value 99"),
    ("--claims", HUGE,
     "claims: 99999999999999999999… (5000 characters) is above the largest allowed value 99"),
    ("--cover", HUGE, "cover: 99999999999999999999… (5000 characters) is above the largest "
                      "allowed value 1,000,000,000"),
    ("--term", "100", "term: 100 is above the largest allowed value 99"),
])
def test_beyond_a_limit_is_one_line_naming_field_and_limit(option: str, value: str,
                                                           message: str) -> None:
    line = one_error_line(*run(*with_option(QUOTE, option, value), "--format", "json"))
    assert line.startswith(f"premiumcalc: error: {message}")


def test_compare_refuses_a_revenue_beyond_the_limit() -> None:
    args = [a for a in with_option(QUOTE, "--revenue", "1000000000000.00")
            if a not in ("--tariff", "nordlicht-it-2026")]
    line = one_error_line(*run("compare", *args[1:]))
    assert line == ("premiumcalc: error: revenue: 1000000000000.00 is above the largest "
                    "allowed amount 999,999,999,999.99")


def _compare_pdf(tmp_path: Path, *extra: str) -> tuple[int, str, str]:
    args = [a for a in QUOTE[1:] if a not in ("--tariff", "nordlicht-it-2026")]
    return run("compare", *args, "--pdf", str(tmp_path / "market.pdf"), "--date", "2026-11-25",
               "--reference-insurer", "Alte Versicherung", *extra)


def test_the_reference_premium_up_to_a_billion(tmp_path: Path) -> None:
    code, _, err = _compare_pdf(tmp_path, "--reference-premium", "1000000000.00")
    assert code == 0, err
    assert (tmp_path / "market.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--reference-premium", "1000000000.01",
     "reference-premium: 1000000000.01 is above the largest allowed amount 1,000,000,000.00"),
    ("--reference-premium", HUGE, "reference-premium: 99999999999999999999… (5000 characters) "
                                  "is above the largest allowed amount 1,000,000,000.00"),
    ("--reference-key-limit", "1000000001",
     "reference-key-limit: 1000000001 is above the largest allowed amount 1,000,000,000.00"),
])
def test_reference_amounts_beyond_a_billion_are_refused(tmp_path: Path, option: str, value: str,
                                                        message: str) -> None:
    line = one_error_line(*_compare_pdf(tmp_path, option, value))
    assert line == f"premiumcalc: error: {message}"
    assert not (tmp_path / "market.pdf").exists()


def _save(tmp_path: Path, *extra: str) -> tuple[int, str, str]:
    return run(*QUOTE, "--save", "--db", str(tmp_path / "quotes.db"), "--format", "json",
               *extra)


def test_client_fields_at_their_limits_are_saved(tmp_path: Path) -> None:
    name = "N" * 120
    address = "\n".join(["A" * 60] * 4)
    notes = "n" * 4000
    code, out, err = _save(tmp_path, "--client-name", name, "--client-address", address,
                           "--notes", notes)
    assert code == 0, err
    number = json.loads(out)["quote_number"]
    code, out, err = run("quotes", "--db", str(tmp_path / "quotes.db"), "show", number,
                         "--format", "json")
    shown = json.loads(out)
    assert shown["client"] == {"name": name, "address": address}
    assert shown["notes"] == notes


@pytest.mark.parametrize(("extra", "message"), [
    (["--client-name", "N" * 121],
     "client name: has 121 characters; at most 120 are allowed"),
    (["--client-name", "Muster GmbH", "--client-address", "\n".join(["A"] * 5)],
     "client address: has 5 lines; at most 4 are allowed"),
    (["--client-name", "Muster GmbH", "--client-address", "Hafenstr. 1\n" + "B" * 61],
     "client address: line 2 has 61 characters; at most 60 are allowed"),
    (["--client-name", "Muster GmbH", "--notes", "n" * 4001],
     "notes: have 4001 characters; at most 4000 are allowed"),
])
def test_client_fields_beyond_their_limits_save_nothing(tmp_path: Path, extra: list[str],
                                                        message: str) -> None:
    line = one_error_line(*_save(tmp_path, *extra))
    assert line == f"premiumcalc: error: {message}"
    code, out, _ = run("quotes", "--db", str(tmp_path / "quotes.db"), "list", "--format", "json")
    assert code != 0 or json.loads(out) == []


def test_notes_set_later_have_the_same_limit(tmp_path: Path) -> None:
    code, out, err = _save(tmp_path, "--client-name", "Muster GmbH")
    assert code == 0, err
    number = json.loads(out)["quote_number"]
    db = str(tmp_path / "quotes.db")
    line = one_error_line(*run("quotes", "--db", db, "set", number, "--notes", "n" * 4001))
    assert line == "premiumcalc: error: notes: have 4001 characters; at most 4000 are allowed"
    assert run("quotes", "--db", db, "set", number, "--notes", "n" * 4000)[0] == 0


@pytest.mark.parametrize(("extra", "message"), [
    (["--client-name", "N" * 121], "client-name: has 121 characters; at most 120 are allowed"),
    (["--client-name", "Muster GmbH", *["--client-address", "Zeile"] * 5],
     "client-address: has 5 lines; at most 4 are allowed"),
])
def test_the_pdf_letter_refuses_client_fields_beyond_their_limits(
        tmp_path: Path, extra: list[str], message: str) -> None:
    target = tmp_path / "letter.pdf"
    line = one_error_line(*run("pdf", *QUOTE[1:], *extra, "-o", str(target)))
    assert line == f"premiumcalc: error: {message}"
    assert not target.exists()


# -- the batch ----------------------------------------------------------------------------

HEADER = ("tariff,profession,revenue,cover,deductible,claims,modules,startup,term,payment,"
          "country,scenarios")


def _batch(*rows: str, semicolon: bool = False) -> list[dict[str, Any]]:
    header = HEADER.replace(",", ";") if semicolon else HEADER
    import io

    data = "\n".join([header, *rows]).encode("utf-8") + b"\n"
    return list(batch_results(io.BytesIO(data), load_tariffs(include_user_dir=False),
                              load_catalog(), "en"))


def test_batch_rows_beyond_a_limit_are_invalid_and_the_batch_goes_on() -> None:
    results = _batch(
        "nordlicht-it-2026,software-development,999999999999.99,1000000,500,99,,,,,,",
        "nordlicht-it-2026,software-development,1000000000000.00,1000000,500,,,,,,,",
        "nordlicht-it-2026,software-development,180000,1000000,500,100,,,,,,",
        f"nordlicht-it-2026,software-development,180000,1000000,500,{HUGE},,,,,,",
        f"nordlicht-it-2026,software-development,{HUGE},1000000,500,,,,,,,",
        "nordlicht-it-2026,software-development,180000,1000000,500,0,,,,,,",
    )
    assert [r["row"] for r in results] == [1, 2, 3, 4, 5, 6]
    assert results[0]["status"] == "referred"
    assert results[0]["reason_codes"] == ["revenue-referred", "claims-referred"]
    assert results[1] == {"row": 2, "status": "invalid", "error": (
        "revenue: 1000000000000.00 is above the largest allowed amount 999,999,999,999.99")}
    assert results[2]["error"] == "claims: 100 is above the largest allowed value 99"
    # a cell of 5,000 characters is refused by its length before it is read as a number
    assert results[3]["error"] == "claims: is 5,000 characters long; at most 1,000 are allowed"
    assert results[4]["error"] == "revenue: is 5,000 characters long; at most 1,000 are allowed"
    assert results[5]["status"] == "quoted"
    assert results[5]["premium"]["gross_annual"] == "583.34"  # handbook §8 without extras


def test_batch_german_revenue_at_the_limit() -> None:
    results = _batch(
        "nordlicht-it-2026;software-development;999.999.999.999,99;1000000;500;;;;;;;",
        "nordlicht-it-2026;software-development;1.000.000.000.000,00;1000000;500;;;;;;;",
        semicolon=True,
    )
    assert results[0]["status"] == "referred"
    assert results[1]["error"] == ("revenue: 1.000.000.000.000,00 is above the largest allowed "
                                   "amount 999,999,999,999.99")


@pytest.mark.parametrize(("word", "value"), [
    ("true", True), ("TRUE", True), ("yes", True), ("ja", True), ("WAHR", True), ("1", True),
    ("false", False), ("no", False), ("Nein", False), ("FALSCH", False), ("0", False),
])
def test_one_true_false_vocabulary(word: str, value: bool) -> None:
    cells = {"tariff": "nordlicht-it-2026", "profession": "software-development",
             "revenue": "180000", "cover": "1000000", "deductible": "500", "startup": word}
    assert request_from_strings(cells).startup is value
    assert build_request({**WORKED, "startup": word}).startup is value


@pytest.mark.parametrize("word", ["on", "y", "t", "maybe"])
def test_other_words_for_true_and_false_are_refused(word: str) -> None:
    cells = {"tariff": "nordlicht-it-2026", "profession": "software-development",
             "revenue": "180000", "cover": "1000000", "deductible": "500", "startup": word}
    with pytest.raises(InvalidInput, match=r"^startup: .* use true or false"):
        request_from_strings(cells)


# -- a request file and typed values --------------------------------------------------------

@pytest.mark.parametrize(("change", "message"), [
    ({"revenue": "1000000000000"},
     "revenue: 1000000000000 is above the largest allowed amount 999,999,999,999.99"),
    ({"revenue": 10**30}, "revenue: 1000000000000000000000000000000 is above the largest "
                          "allowed amount 999,999,999,999.99"),
    ({"revenue": 10**5000}, "revenue: a number of more than 40 digits is above the largest "
                            "allowed amount 999,999,999,999.99"),
    ({"claims": 10**5000}, "claims: a number of more than 40 digits is above the largest "
                           "allowed value 99"),
    ({"claims": 2**31}, "claims: 2147483648 is above the largest allowed value 99"),
    ({"claims": 100}, "claims: 100 is above the largest allowed value 99"),
    ({"claims": HUGE}, "claims: 99999999999999999999… (5000 characters) is above the largest "
                       "allowed value 99"),
    ({"cover": Decimal("1E+999999")},
     "cover: 1E+999999 is above the largest allowed value 1,000,000,000"),
    ({"revenue": "100.001"}, "revenue: '100.001' is not an amount"),
    ({"profession": "x" * 1_000_000}, "profession: 'xxxxxxxxxxxxxxxxxxx… (1000002 characters) "
                                      "is longer than the 100 characters an id may have"),
])
def test_a_request_file_beyond_a_limit_names_the_field(tmp_path: Path, change: dict[str, Any],
                                                       message: str) -> None:
    from premiumcalc.gui.request_file import read_request_file

    data = {**WORKED, **change}
    with pytest.raises(InvalidInput) as typed:
        build_request(data)
    assert str(typed.value).startswith(message)
    if any(isinstance(v, Decimal) or v == 10**5000 for v in change.values()):
        return  # JSON has no Decimal; json.dumps cannot write 5,000 digits
    path = tmp_path / "request.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInput) as info:
        read_request_file(path)
    assert str(info.value).startswith(message)


@pytest.mark.parametrize(("field", "limit"), [
    ("revenue", "amount 999,999,999,999.99"), ("claims", "value 99"), ("term", "value 99"),
])
def test_a_request_file_with_thousands_of_digits(tmp_path: Path, field: str, limit: str) -> None:
    from premiumcalc.gui.request_file import read_request_file

    path = tmp_path / "request.json"
    text = json.dumps({**WORKED, field: "@"}).replace('"@"', "1" + "0" * 5000)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput) as info:
        read_request_file(path)
    assert str(info.value) == (f"{field}: 10000000000000000000… (5001 characters) is above "
                               f"the largest allowed {limit}")


def test_a_request_file_at_the_limits_is_read(tmp_path: Path) -> None:
    from premiumcalc.gui.request_file import read_request_file

    path = tmp_path / "request.json"
    path.write_text(json.dumps({**WORKED, "revenue": "999999999999.99", "claims": 99,
                                "client_name": "N" * 120,
                                "client_address": "\n".join(["A" * 60] * 4)}),
                    encoding="utf-8")
    request, client = read_request_file(path)
    assert request.revenue == Decimal("999999999999.99") and request.claims == 99
    assert client["client_name"] == "N" * 120


@pytest.mark.parametrize(("change", "field"), [
    ({"client_name": "N" * 121}, "client_name"),
    ({"client_address": "\n".join(["A"] * 5)}, "client_address"),
])
def test_a_request_file_with_client_fields_beyond_their_limits(
        tmp_path: Path, change: dict[str, str], field: str) -> None:
    from premiumcalc.gui.request_file import read_request_file

    path = tmp_path / "request.json"
    path.write_text(json.dumps({**WORKED, **change}), encoding="utf-8")
    with pytest.raises(InvalidInput, match=f"^{field}: "):
        read_request_file(path)


def test_a_request_file_nested_very_deep_is_invalid_input(tmp_path: Path) -> None:
    from premiumcalc.gui.request_file import read_request_file

    path = tmp_path / "request.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"^request: .* nested too deeply"):
        read_request_file(path)


# -- formatting ---------------------------------------------------------------------------

def test_an_amount_babel_cannot_format_is_shown_as_plain_digits() -> None:
    assert money(Decimal("1" + "0" * 30), "de") == "1000000000000000000000000000000"
    assert money(Decimal("123456789012345678901234567890.12"), "en") == (
        "123456789012345678901234567890.12")
    assert money(Decimal("999999999999.99"), "de") == "999.999.999.999,99\xa0€"


# -- a quote saved by an older version, beyond today's limits ------------------------------

def test_a_stored_quote_beyond_the_limits_is_still_shown(db_url: str) -> None:  # noqa: F811
    code, out, err = run(*QUOTE, "--save", "--client-name", "Alt GmbH", "--db", db_url,
                         "--format", "json")
    assert code == 0, err
    number = json.loads(out)["quote_number"]
    old = {**WORKED, "revenue": "1" + "0" * 30, "claims": 10**40}
    engine = sa.create_engine(resolve_url(db_url))
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE quote_data SET request_json = :r"),
                     {"r": json.dumps(old)})
    engine.dispose()

    for fmt in ("table", "json"):
        code, out, err = run("quotes", "--db", db_url, "show", number, "--format", fmt)
        assert code == 0, err
        assert "Traceback" not in err and "internal error" not in err
        assert (f"warning: {number} cannot be priced again, its saved request is not allowed "
                f"today: revenue: 1000000000000000000000000000000 is above the largest "
                f"allowed amount 999,999,999,999.99") in err
        assert "referred" in out or "quoted" in out  # the saved result, as saved
    code, out, err = run("quotes", "--db", db_url, "show", number, "--format", "json")
    assert json.loads(out)["request"]["revenue"] == "1" + "0" * 30  # kept, not changed
    code, out, err = run("quotes", "--db", db_url, "list", "--format", "json")
    assert code == 0 and [r["quote_number"] for r in json.loads(out)] == [number]
