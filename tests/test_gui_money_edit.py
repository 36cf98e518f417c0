"""The revenue field: the user's locale format in, a Decimal (never a float) out."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from premiumcalc.gui.amount_parsing import AmountError, AmountProblem, parse_amount
from premiumcalc.gui.money_edit import MoneyEdit


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "180000", "180000"),
        ("de", "180.000", "180000"),
        ("de", "180.000,50", "180000.50"),
        ("de", "180000,5", "180000.5"),
        ("de", " 1.000.000 ", "1000000"),
        ("en", "180000", "180000"),
        ("en", "180,000.50", "180000.50"),
        ("en", "180000.5", "180000.5"),
        ("en", "0", "0"),
        ("de", "999.999.999.999,99", "999999999999.99"),  # the largest revenue (§16)
        ("en", "000999999999999.99", "999999999999.99"),
    ],
)
def test_amounts_in_the_locale_format_are_accepted(qtbot: QtBot, lang: str, text: str, value: str) -> None:
    edit = MoneyEdit(lang)
    qtbot.addWidget(edit)
    edit.setText(text)
    assert edit.value() == Decimal(value)
    assert type(edit.value()) is Decimal
    assert edit.reason() == ""


@pytest.mark.parametrize(
    ("lang", "text", "problem"),
    [
        ("de", "", AmountProblem.EMPTY),
        ("de", "1e5", AmountProblem.CHARACTERS),
        ("de", "-1", AmountProblem.CHARACTERS),
        ("de", "+5", AmountProblem.CHARACTERS),
        ("de", "NaN", AmountProblem.CHARACTERS),
        ("en", "Infinity", AmountProblem.CHARACTERS),
        ("de", "abc", AmountProblem.CHARACTERS),
        ("de", "180.000,505", AmountProblem.DECIMALS),
        ("de", "18.00", AmountProblem.FORMAT),
        ("de", "180000.50", AmountProblem.FORMAT),  # '.' groups thousands in German
        ("en", "180.000,50", AmountProblem.FORMAT),
        ("en", "1,80,000", AmountProblem.FORMAT),
        ("de", "1,2,3", AmountProblem.FORMAT),
        ("en", "1" * 14, AmountProblem.TOO_LARGE),
        ("de", "1.000.000.000.000", AmountProblem.TOO_LARGE),
        ("en", "1,000,000,000,000.00", AmountProblem.TOO_LARGE),
        ("en", "9" * 5000, AmountProblem.TOO_LARGE),
        ("de", "1" * 27 + ",50", AmountProblem.TOO_LARGE),
    ],
)
def test_anything_else_is_refused_with_a_reason(qtbot: QtBot, lang: str, text: str,
                                                 problem: AmountProblem) -> None:
    with pytest.raises(AmountError) as info:
        parse_amount(text, lang)
    assert info.value.problem is problem
    edit = MoneyEdit(lang)
    qtbot.addWidget(edit)
    edit.setText(text)
    assert edit.value() is None
    assert edit.reason() != ""


def test_letters_typed_are_refused_and_explained(qtbot: QtBot) -> None:
    edit = MoneyEdit("en")
    qtbot.addWidget(edit)
    reasons: list[str] = []
    edit.sig_reason_changed.connect(reasons.append)
    qtbot.keyClicks(edit, "12x3")
    assert edit.text() == "123"
    assert edit.value() == Decimal("123")
    assert any("letters" in r for r in reasons)


def test_switching_language_reformats_the_amount(qtbot: QtBot) -> None:
    edit = MoneyEdit("de")
    qtbot.addWidget(edit)
    edit.setText("1.234.567,5")
    edit.set_language("en")
    assert edit.text() == "1,234,567.50"
    assert edit.value() == Decimal("1234567.5")
