"""Money and numbers are formatted and parsed by babel with its own locale data."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel import Locale
from babel.numbers import parse_decimal

from premiumcalc.pricing.explain import grouped, money, num
from premiumcalc.pricing.locales import number_locale


@pytest.mark.parametrize(("lang", "value", "shown"), [
    ("de", "726.65", "726,65\u00a0€"), ("en", "726.65", "€726.65"),  # handbook worked example
    ("de", "1234.5", "1.234,50\u00a0€"), ("en", "1234.5", "€1,234.50"),
    ("de", "-1000000", "-1.000.000,00\u00a0€"), ("en", "0", "€0.00"),
])
def test_money_in_both_languages(lang: str, value: str, shown: str) -> None:
    assert money(Decimal(value), lang) == shown


@pytest.mark.parametrize(("lang", "value", "shown"), [
    ("de", "3000000", "3.000.000"), ("en", "3000000", "3,000,000"),
    ("de", "180000.50", "180.000,50"), ("en", "180000.50", "180,000.50"),
])
def test_grouped_amounts(lang: str, value: str, shown: str) -> None:
    assert grouped(Decimal(value), lang) == shown


def test_numbers_in_formulas_use_the_decimal_sign() -> None:
    assert num(Decimal("0.95"), "de") == "0,95"
    assert num(Decimal("0.95"), "en") == "0.95"


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("de", "180.000,50", "180000.50"), ("en", "180,000.50", "180000.50"),
    ("de", "1.234.567", "1234567"), ("en", "1,234,567", "1234567"),
])
def test_parsing(lang: str, text: str, value: str) -> None:
    assert parse_decimal(text, locale=number_locale(lang), strict=True) == Decimal(value)


def test_the_locale_is_babels_own_with_its_full_data() -> None:
    locale = number_locale("de")
    assert type(locale) is Locale
    assert locale.territories["DE"] == "Deutschland"


@pytest.mark.parametrize(("lang", "expected"), [
    ("de", "Risikoklasse B, Umsatzklasse 2 (bis 250.000 €)"),
    ("en", "risk class B, revenue band 2 (up to €250,000)"),
])
def test_the_worksheet_names_the_band_limit_in_euro_signs_like_every_amount(
        lang: str, expected: str) -> None:
    # the worked example: software development (class B), revenue 180,000 lies in band 2
    # (up to 250,000; handbook Part I)
    from premiumcalc.pricing import price
    from premiumcalc.pricing.explain import worksheet_rows
    from premiumcalc.tariffs import load_catalog, load_tariffs
    from test_quotes_helpers import request

    loaded = load_tariffs().get("nordlicht-it-2026")
    assert loaded is not None
    rows = worksheet_rows(price(request(), loaded.tariff), lang, load_catalog())
    assert rows[0].detail == expected
