"""Money and numbers formatted from the snapshot of babel's data are exactly babel's."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_currency, format_decimal, format_percent, parse_decimal
from hypothesis import given
from hypothesis import strategies as st

from premiumcalc.pricing.explain import grouped, money
from premiumcalc.pricing.locales import NumbersLocale, locale_id, number_locale, snapshot

amounts = st.decimals(min_value=Decimal("-10000000"), max_value=Decimal("1000000000"),
                      places=2, allow_nan=False, allow_infinity=False)


@pytest.mark.parametrize("lang", ["de", "en"])
@given(value=amounts)
def test_money_and_grouping_equal_babel_with_its_full_data(lang: str, value: Decimal) -> None:
    full = locale_id(lang)
    assert money(value, lang) == format_currency(value, "EUR", locale=full)
    assert grouped(value, lang) == format_decimal(
        value, format="#,##0" if value == value.to_integral_value() else "#,##0.00", locale=full)


@pytest.mark.parametrize(("lang", "text"), [("de", "180.000,50"), ("en", "180,000.50"),
                                            ("de", "1.234.567"), ("en", "1,234,567")])
def test_parsing_equals_babel(lang: str, text: str) -> None:
    assert parse_decimal(text, locale=number_locale(lang), strict=True) == parse_decimal(
        text, locale=locale_id(lang), strict=True)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_worked_example_in_both_languages(lang: str) -> None:
    expected = {"de": "726,65\u00a0€", "en": "€726.65"}[lang]
    assert money(Decimal("726.65"), lang) == expected


def test_an_entry_not_in_the_snapshot_comes_from_babels_full_data() -> None:
    locale = NumbersLocale("de_DE", snapshot("de_DE"))
    assert locale.territories["DE"] == "Deutschland"
    assert format_percent(Decimal("0.19"), locale=locale) == format_percent(
        Decimal("0.19"), locale="de_DE")
