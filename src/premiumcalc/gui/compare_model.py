"""The side-by-side table of the Compare tab: one row per tariff, plus the reference row.

The rows come from the core (:func:`premiumcalc.pricing.compare.price_all` and
:func:`~premiumcalc.pricing.compare.tariff_facts`); this model only formats them. Every
cell carries a sort key (``SORT_ROLE``) so that money columns sort by amount, not by text,
and :class:`CompareSortProxy` keeps the reference row on top whatever the order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from premiumcalc.gui.formatting import whole_money
from premiumcalc.gui.requirement_texts import gap_text, months_text, years_text
from premiumcalc.pricing import DECLINED, QUOTED, REFERRED, Outcome
from premiumcalc.pricing.compare import INCLUDED, MISSING, OPTIONAL, tariff_facts
from premiumcalc.pricing.explain import money, payment_label, reason_texts
from premiumcalc.pricing.needs import (
    NOT_STATED,
    RequirementResult,
    bodily_injury_deductible,
    check_requirements,
    contractual_penalties,
    pi_aggregate,
    prior_acts_months,
    recommended,
    run_off_years,
)
from premiumcalc.pricing.reference import Reference
from premiumcalc.tariffs import Catalog

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("tariff", "status", "gross", "requirements", "per_payment", "net", "difference",
           "general-liability", "keys", "cyber", "cyber_deductible", "worldwide", "delay-damages",
           "conditions", "aggregate", "penalties", "prior_acts", "run_off", "bodily_injury",
           "reasons")
MONEY_COLUMNS = frozenset({"gross", "per_payment", "net", "difference", "general-liability",
                           "keys", "cyber", "cyber_deductible", "delay-damages", "aggregate",
                           "penalties", "bodily_injury"})
#: The coverage facts of handbook §13, one column each.
TERMS_COLUMNS = ("conditions", "aggregate", "penalties", "prior_acts", "run_off", "bodily_injury")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The cell's sort key: a tuple (missing, value) that sorts numerically for amounts."""
TARIFF_ROLE = Qt.ItemDataRole.UserRole + 2
"""The tariff id of the row ('' for the reference row)."""
REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 3
"""True on the reference row."""

CHEAPEST_BRUSH = QBrush(QColor("#d8efdc"))
RECOMMENDED_BRUSH = QBrush(QColor("#cfe3f7"))
#: The mark of the recommended tariff, beside the word (never colour alone).
RECOMMENDED_MARK = "\u2605"
REFERENCE_BRUSH = QBrush(QColor("#fbefd0"))
DECLINED_BRUSH = QBrush(QColor("#6b6b6b"))
_STATUS_ORDER = {QUOTED: 0, REFERRED: 1, DECLINED: 2}


def _key(value: Decimal | None) -> tuple[int, Decimal]:
    return (0, value) if value is not None else (1, Decimal(0))


@dataclass
class _Row:
    texts: dict[str, str] = field(default_factory=dict)
    keys: dict[str, Any] = field(default_factory=dict)
    tips: dict[str, str] = field(default_factory=dict)
    tariff_id: str = ""
    reference: bool = False
    cheapest: bool = False
    recommended: bool = False
    status: str = QUOTED


class CompareModel(QAbstractTableModel):
    """Every tariff's outcome for one request, and the client's current contract."""

    def __init__(self, catalog: Catalog, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.lang = lang
        self.outcomes: list[Outcome] = []
        self.requirements: dict[str, list[RequirementResult]] = {}
        self.recommended: Outcome | None = None
        self.reference = Reference()
        self._rows: list[_Row] = []
        self._words: dict[str, str] = {}
        self._headers: dict[str, str] = {}
        self.retranslate()

    # -- input ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Take the texts of the current language (the rows follow with the next update)."""
        self._headers = {
            "tariff": self.tr("Tariff"), "status": self.tr("Result"),
            "gross": self.tr("Gross per year"), "per_payment": self.tr("Per instalment"),
            "net": self.tr("Net per year"), "difference": self.tr("Difference"),
            "general-liability": self.tr("General liability"), "keys": self.tr("Lost keys"),
            "cyber": self.tr("Cyber"), "cyber_deductible": self.tr("Cyber deductible"),
            "worldwide": self.tr("Worldwide"), "delay-damages": self.tr("Delay damages"),
            "reasons": self.tr("Reasons and notes"),
            "requirements": self.tr("Requirements"),
            "conditions": self.tr("Conditions"),
            "aggregate": self.tr("Annual aggregate"),
            "penalties": self.tr("Contractual penalties"),
            "prior_acts": self.tr("Prior acts"), "run_off": self.tr("Run-off"),
            "bodily_injury": self.tr("Bodily injury deductible"),
            "tip:requirements": self.tr("Whether the tariff meets every requirement of the "
                                        "client, else its gaps and the module that closes one"),
            "tip:aggregate": self.tr("Annual aggregate of professional indemnity"),
            "tip:penalties": self.tr("Sublimit for contractual penalties (confidentiality and "
                                     "data protection)"),
            "tip:prior_acts": self.tr("Prior acts: breaches before the start of cover, unknown "
                                      "at the start"),
            "tip:run_off": self.tr("Run-off: claims reported after the contract ends"),
            "tip:bodily_injury": self.tr("Deductible for bodily injury under general "
                                         "liability"),
            "tip:difference": self.tr("Gross per year minus the current contract's premium"),
            "tip:keys": self.tr("Limit for lost third-party keys (general liability)"),
            "tip:cyber_deductible": self.tr("Deductible of the cyber module"),
        }
        self._words = {
            INCLUDED: self.tr("included"), OPTIONAL: self.tr("optional"),
            MISSING: self.tr("not offered"), QUOTED: self.tr("Quoted"),
            REFERRED: self.tr("Referred"), DECLINED: self.tr("Declined"),
            "cheapest": self.tr("cheapest"), "reference": self.tr("current contract"),
            "reference_status": self.tr("Current contract"),
            "unnamed": self.tr("Current insurer"), "cover": self.tr("cover"),
            "deductible": self.tr("deductible"),
            "recommended": self.tr("recommended"), "meets_all": self.tr("meets all"),
            "not_quoted": self.tr("not quoted"), "not_covered": self.tr("not covered"),
            "unlimited": self.tr("unlimited"), "none": self.tr("none"),
            "not_stated": self.tr("not stated by the tariff"),
        }
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def set_outcomes(self, outcomes: list[Outcome], reference: Reference, lang: str) -> None:
        self.beginResetModel()
        self.outcomes = list(outcomes)
        self.requirements = {o.tariff.id: check_requirements(o, o.request.require)
                             for o in self.outcomes}
        given = any(o.request.require for o in self.outcomes)
        self.recommended = recommended(self.outcomes) if given else None
        self.reference = reference
        self.lang = lang
        self._rows = self._build()
        self.endResetModel()

    def cheapest(self) -> Outcome | None:
        quoted = [(o.premium.gross_annual, o.tariff.id, i) for i, o in enumerate(self.outcomes)
                  if o.status == QUOTED and o.premium is not None]
        return self.outcomes[min(quoted)[2]] if quoted else None

    def row_of(self, tariff_id: str) -> int:
        """The model row of a tariff (-1 when it is not in the table)."""
        return next((i for i, r in enumerate(self._rows) if r.tariff_id == tariff_id
                     and not r.reference), -1)

    def text(self, row: int, column: str) -> str:
        return self._rows[row].texts.get(column, "")

    def full_text(self, row: int, column: str) -> str:
        """The cell's text, or its longer tooltip where it has one (lines joined)."""
        r = self._rows[row]
        tip = r.tips.get(column)
        return tip.replace("\n", "; ") if tip else r.texts.get(column, "")

    # -- formatting -----------------------------------------------------------------------

    def _word(self, key: str) -> str:
        return self._words.get(key, key)

    def _limit(self, value: Decimal | None) -> str:
        if value is None:
            return "–"
        if value == value.to_integral_value():
            return whole_money(int(value), self.lang)
        return money(value, self.lang)

    def _module(self, row: _Row, column: str, status: str, limit: Decimal | None) -> None:
        word = self._word(status)
        row.texts[column] = word if status == MISSING or limit is None \
            else f"{self._limit(limit)} · {word}"
        row.keys[column] = _key(limit if status != MISSING else None)

    def _build(self) -> list[_Row]:
        rows: list[_Row] = []
        lang = self.lang
        ref = self.reference
        if not ref.is_empty:
            r = _Row(reference=True, status="")
            r.texts["tariff"] = f"{ref.insurer.strip() or self._word('unnamed')} " \
                                f"({self._word('reference')})"
            r.texts["status"] = self._word("reference_status")
            r.texts["gross"] = money(ref.gross_annual, lang) if ref.gross_annual is not None \
                else "–"
            r.keys["gross"] = _key(ref.gross_annual)
            for column, value in (("general-liability", ref.general_liability_limit),
                                  ("keys", ref.key_limit), ("cyber", ref.cyber_limit)):
                r.texts[column] = self._limit(value)
                r.keys[column] = _key(value)
            facts = []
            if ref.cover is not None:
                facts.append(f"{self._word('cover')} {self._limit(ref.cover)}")
            if ref.deductible is not None:
                facts.append(f"{self._word('deductible')} {self._limit(ref.deductible)}")
            r.texts["reasons"] = ", ".join(facts)
            rows.append(r)
        best = self.cheapest()
        for o in self.outcomes:
            r = _Row(tariff_id=o.tariff.id, cheapest=o is best, status=o.status,
                     recommended=o is self.recommended)
            t = o.tariff
            r.texts["tariff"] = f"{t.insurer} – {t.product}"
            r.tips["tariff"] = f"{t.insurer} – {t.product} ({t.id}, {t.version})"
            r.keys["tariff"] = (0, t.insurer.lower(), t.product.lower())
            status = self._word(o.status)
            if o is best:
                status += f" · {self._word('cheapest')}"
            if r.recommended:
                status += f" · {RECOMMENDED_MARK} {self._word('recommended')}"
            r.texts["status"] = status
            self._requirements(r, o)
            self._terms(r, o)
            p = o.premium
            gross = p.gross_annual if p else None
            r.keys["status"] = (_STATUS_ORDER[o.status], gross or Decimal(0))
            r.texts["gross"] = money(p.gross_annual, lang) if p else "–"
            r.keys["gross"] = _key(gross)
            r.texts["per_payment"] = (f"{money(p.instalments[0], lang)} "
                                      f"({payment_label(o.request.payment, lang)})") if p else "–"
            r.keys["per_payment"] = _key(p.instalments[0] if p else None)
            r.texts["net"] = money(p.net_annual, lang) if p else "–"
            r.keys["net"] = _key(p.net_annual if p else None)
            diff = ref.difference(gross)
            if diff is not None:
                sign = "+" if diff > 0 else ("\u2212" if diff < 0 else "±")
                r.texts["difference"] = sign + money(abs(diff), lang)
            else:
                r.texts["difference"] = "–"
            r.keys["difference"] = _key(diff)
            f = tariff_facts(t, o.request.cover)
            self._module(r, "general-liability", f.modules["general-liability"],
                         f.general_liability_limit)
            r.texts["keys"] = self._limit(f.key_limit)
            r.keys["keys"] = _key(f.key_limit)
            self._module(r, "cyber", f.modules["cyber"], f.cyber_limit)
            r.texts["cyber_deductible"] = self._limit(f.cyber_deductible)
            r.keys["cyber_deductible"] = _key(f.cyber_deductible)
            r.texts["worldwide"] = self._word(f.worldwide)
            r.keys["worldwide"] = {INCLUDED: 0, OPTIONAL: 1, MISSING: 2}[f.worldwide]
            self._module(r, "delay-damages", f.modules["delay-damages"], f.delay_damages_limit)
            reasons = reason_texts(o, lang, self.catalog)
            r.texts["reasons"] = "; ".join(reasons)
            r.tips["status"] = "\n".join(reasons)
            rows.append(r)
        for r in rows:
            for column in COLUMNS:
                r.keys.setdefault(column, (0, r.texts.get(column, "").lower()))
        return rows

    def _requirements(self, r: _Row, o: Outcome) -> None:
        results = self.requirements.get(o.tariff.id, [])
        if not results:
            r.texts["requirements"] = "–"
            r.keys["requirements"] = (2, 0)
            return
        gaps = [res for res in results if not res.met]
        if o.status != QUOTED:
            head = f"\u2717 {self._word('not_quoted')}"
            r.texts["requirements"] = head
            r.tips["requirements"] = "\n".join(
                [head, *(gap_text(g, self.lang, self.catalog) for g in gaps)])
            r.keys["requirements"] = (1, len(gaps) + len(results))
            return
        if not gaps:
            r.texts["requirements"] = f"\u2713 {self._word('meets_all')}"
            r.keys["requirements"] = (0, 0)
            return
        texts = [gap_text(g, self.lang, self.catalog) for g in gaps]
        r.texts["requirements"] = "\u2717 " + "; ".join(texts)
        r.tips["requirements"] = "\u2717 " + "\n".join(texts)
        r.keys["requirements"] = (1, len(gaps))

    def _stated(self, value: Decimal | str | None) -> str:
        if value is None:
            return self._word("not_covered")
        if value == NOT_STATED:
            return self._word("not_stated")
        if isinstance(value, str):
            return value
        return self._limit(value)

    def _terms(self, r: _Row, o: Outcome) -> None:
        """The coverage facts of handbook §13 (see :mod:`premiumcalc.pricing.needs`)."""
        t = o.tariff
        cover = o.request.cover
        r.texts["conditions"] = t.conditions or self._word("not_stated")
        aggregate = pi_aggregate(t, cover)
        r.texts["aggregate"] = self._stated(aggregate)
        r.keys["aggregate"] = _key(aggregate if isinstance(aggregate, Decimal) else None)
        penalties = contractual_penalties(t)
        r.texts["penalties"] = self._stated(penalties)
        r.keys["penalties"] = _key(penalties if isinstance(penalties, Decimal) else None)
        months = prior_acts_months(t)
        if months is None:
            r.texts["prior_acts"] = self._word("unlimited")
            r.keys["prior_acts"] = (0, -10**6)
        elif isinstance(months, int):
            r.texts["prior_acts"] = months_text(months)
            r.keys["prior_acts"] = (0, -months)
        else:
            r.texts["prior_acts"] = self._word("not_stated")
            r.keys["prior_acts"] = (1, 0)
        years = run_off_years(t)
        if isinstance(years, int):
            r.texts["run_off"] = years_text(years)
            r.keys["run_off"] = (0, -years)
        else:
            r.texts["run_off"] = self._word("not_stated")
            r.keys["run_off"] = (1, 0)
        module = t.module_map.get("general-liability")
        if module is None:
            r.texts["bodily_injury"] = "–"
            r.keys["bodily_injury"] = _key(None)
        else:
            value = bodily_injury_deductible(module, o.request.deductible)
            if isinstance(value, Decimal) and value == 0:
                r.texts["bodily_injury"] = self._word("none")
            else:
                r.texts["bodily_injury"] = self._stated(value)
            r.keys["bodily_injury"] = _key(value if isinstance(value, Decimal) else None)

    # -- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers.get(COLUMNS[section], COLUMNS[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._headers.get(f"tip:{COLUMNS[section]}")
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts.get(column, "")
        if role == SORT_ROLE:
            return row.keys[column]
        if role == TARIFF_ROLE:
            return row.tariff_id
        if role == REFERENCE_ROLE:
            return row.reference
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tips.get(column) or row.texts.get(column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.reference:
                return REFERENCE_BRUSH
            if row.recommended:
                return RECOMMENDED_BRUSH
            if row.cheapest:
                return CHEAPEST_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and row.status == DECLINED:
            return DECLINED_BRUSH
        if role == Qt.ItemDataRole.FontRole and (row.reference or row.cheapest
                                                 or row.recommended):
            font = QFont()
            font.setItalic(row.reference)
            font.setBold((row.cheapest or row.recommended)
                         and column in ("tariff", "status", "gross"))
            return font
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            if row.reference:
                return self._word("reference")
            marks = [self._word(k) for k, on in (("recommended", row.recommended),
                                                  ("cheapest", row.cheapest)) if on]
            return ", ".join(marks) or None
        return None


class CompareSortProxy(QSortFilterProxyModel):
    """Sorts by the cells' sort keys; the reference row stays first in either order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        left_ref = bool(left.data(REFERENCE_ROLE))
        right_ref = bool(right.data(REFERENCE_ROLE))
        if left_ref or right_ref:
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return (left_ref and not right_ref) == ascending and left_ref != right_ref
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
