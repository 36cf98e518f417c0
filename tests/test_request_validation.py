"""A request from a JSON file, a saved quote or the window: every bad value names its field."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from premiumcalc.pricing import InvalidInput, build_request

WORKED = json.loads((Path(__file__).parent / "data" / "worked-example.json").read_text("utf-8"))


def test_the_worked_example_as_read_from_json() -> None:
    request = build_request(WORKED)
    assert request.revenue == Decimal("180000") and isinstance(request.revenue, Decimal)
    assert request.as_json()["revenue"] == "180000" and request.as_json()["modules"] == [
        "general-liability", "cyber"]
    assert build_request(request.as_json()) == request  # a saved request reads back equal


def test_digit_strings_and_defaults() -> None:
    request = build_request({"profession": "software-development", "revenue": "90000.50",
                             "cover": "1000000", "deductible": 500, "startup": "yes",
                             "modules": ["cyber", "cyber", "worldwide"]})
    assert request.revenue == Decimal("90000.50")
    assert (request.cover, request.deductible, request.startup) == (1_000_000, 500, True)
    assert request.modules == ("cyber", "worldwide")  # duplicates dropped, order kept
    assert (request.claims, request.term, request.payment, request.country) == (
        0, 1, "annual", "DE")


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"revenue": 180000.0}, "revenue", "never as a float"),
    ({"revenue": "-1"}, "revenue", "0 or more"),
    ({"revenue": "abc"}, "revenue", "is not an amount"),
    ({"revenue": "NaN"}, "revenue", "is not an amount"),
    ({"revenue": Decimal("NaN")}, "revenue", "finite"),
    ({"revenue": Decimal("100.001")}, "revenue", "more than two decimals (cents)"),
    ({"revenue": "1e5"}, "revenue", "is not an amount"),  # one parser: the CLI's plain form
    ({"revenue": "1e999999"}, "revenue", "is not an amount"),
    ({"revenue": True}, "revenue", "must be an amount"),
    ({"cover": 1.5}, "cover", "whole number"),
    ({"cover": "1e6"}, "cover", "plain digits"),
    ({"deductible": -500}, "deductible", "0 or more"),
    ({"claims": True}, "claims", "whole number"),
    ({"term": None}, "term", "whole number"),
    ({"startup": "maybe"}, "startup", "true or false"),
    ({"modules": "cyber"}, "modules", "list of ids"),
    ({"scenarios": [1]}, "scenarios", "must be text"),
    ({"profession": 7}, "profession", "must be text"),
    ({"colour": "red"}, "colour", "not a field of a quote request"),
])
def test_bad_values_name_their_field(change: dict[str, object], field: str, words: str) -> None:
    with pytest.raises(InvalidInput) as info:
        build_request({**WORKED, **change})
    assert info.value.field == field
    assert words in str(info.value)
    assert str(info.value).startswith(f"{field}: ")


@pytest.mark.parametrize("missing", ["profession", "revenue", "cover", "deductible"])
def test_a_missing_required_field(missing: str) -> None:
    data = {k: v for k, v in WORKED.items() if k != missing}
    with pytest.raises(InvalidInput, match=f"^{missing}: is required$"):
        build_request(data)


def test_with_changes_checks_again() -> None:
    request = build_request(WORKED)
    assert request.with_changes(cover=2_000_000).cover == 2_000_000
    with pytest.raises(InvalidInput, match=r"^cover: "):
        request.with_changes(cover=-1)
