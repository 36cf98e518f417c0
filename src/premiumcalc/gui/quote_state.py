"""The request being edited: one observable object that the form writes and the views read.

Widgets keep no copy of the truth: they set values here and redraw on the signals. Pricing
is the core's :func:`premiumcalc.pricing.price`; nothing here computes a premium.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Signal

from premiumcalc.clock import today
from premiumcalc.gui.limits import check_values
from premiumcalc.pricing import InvalidInput, Outcome, QuoteRequest, build_request, check_request
from premiumcalc.pricing import price as price_request
from premiumcalc.pricing.reference import Reference
from premiumcalc.pricing.request import DEFAULTS, FIELD_NAMES, scenario_id
from premiumcalc.tariffs import Catalog, LoadedTariff, Tariff, TariffSet

REQUEST_FIELDS = FIELD_NAMES
CLIENT_FIELDS = ("client_name", "client_address")

# A new quote: the core's defaults for the optional fields, a typical client otherwise.
DEFAULT_VALUES: dict[str, Any] = {
    "tariff": "",
    "profession": "software-development",
    "revenue": Decimal("100000"),
    "cover": 1000000,
    "deductible": 500,
    **DEFAULTS,
    "client_name": "",
    "client_address": "",
}


def _nearest(value: int, allowed: tuple[int, ...]) -> int:
    return min(allowed, key=lambda v: (abs(v - value), v)) if allowed else value


class QuoteState(QObject):
    """The values of the form, the language and the outcome priced from them."""

    sig_values_changed = Signal()
    """Some request or client value changed; read them with :meth:`values`."""

    sig_outcome_changed = Signal(object)
    """The priced ``premiumcalc.pricing.Outcome`` after a valid change (or ``None`` when no
    request could be priced yet). An invalid input keeps the last outcome and does not emit."""

    sig_invalid = Signal(str, str)
    """The current values cannot be priced: field name and the core's message."""

    sig_language_changed = Signal(str)
    """The language of the core's texts changed: ``"de"`` or ``"en"``."""

    sig_form_replaced = Signal()
    """A new quote, or a request loaded (a saved quote, a file): every value was replaced."""

    sig_tariffs_changed = Signal()
    """The installed tariffs were replaced (a tariff file imported or removed)."""

    sig_quote_number_changed = Signal(str)
    """The number of the saved quote on show changed: the number, or ``""`` when the form
    no longer shows a saved quote unchanged."""

    sig_reference_changed = Signal(object)
    """The client's current contract (``premiumcalc.pricing.reference.Reference``) changed:
    it belongs to the quote (saved with it, restored on reopening, cleared for a new one)."""

    def __init__(self, tariffs: TariffSet, catalog: Catalog, lang: str = "en",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tariffs = tariffs
        self.catalog = catalog
        self._lang = lang
        self._values: dict[str, Any] = dict(DEFAULT_VALUES)
        self._values["start"] = today()  # at every program start (handbook §11)
        self._values["tariff"] = self._default_tariff_id()
        self._fit_to_tariff()
        self._outcome: Outcome | None = None
        self._problem: tuple[str, str] | None = None
        self._quote_number: str | None = None
        self._numbered: tuple[QuoteRequest | None, tuple[str, str]] | None = None
        self._origin: str | None = None
        self._reference = Reference()
        self._reprice()

    # -- reading ------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self._lang

    def values(self) -> dict[str, Any]:
        return dict(self._values)

    def value(self, field: str) -> Any:
        return self._values[field]

    def client(self) -> tuple[str, str]:
        """The client's name and address as typed (address lines separated by newlines)."""
        return self._values["client_name"], self._values["client_address"]

    @property
    def quote_number(self) -> str | None:
        """The number of the saved quote on show, ``None`` for an unsaved or changed one."""
        return self._quote_number

    @property
    def origin_number(self) -> str | None:
        """The saved quote the form was reopened from (or last saved as), kept while it is
        edited: saving again saves over it. ``None`` for a new quote."""
        return self._origin

    def set_origin_number(self, number: str | None) -> None:
        self._origin = number

    def reference(self) -> Reference:
        """The client's current contract entered for this quote (empty: none)."""
        return self._reference

    def set_reference(self, reference: Reference | None) -> None:
        """Set the client's current contract for this quote (e.g. from the client's record);
        ``None`` clears it."""
        reference = reference or Reference()
        if reference != self._reference:
            self._reference = reference
            self.sig_reference_changed.emit(reference)

    def start(self) -> dt.date:
        start = self._values["start"]
        return start if isinstance(start, dt.date) else today()

    def loaded_tariff(self) -> LoadedTariff | None:
        """The version of the chosen tariff valid on the start of cover (None: none is)."""
        return self.tariffs.get(self._values["tariff"], self.start())

    def tariff(self) -> Tariff | None:
        """The chosen tariff's version valid on the start, else its nearest one (the form's
        options come from it; a request is priced only with a valid version)."""
        loaded = self.loaded_tariff() or self.tariffs.get(self._values["tariff"])
        return loaded.tariff if loaded else None

    def request(self) -> QuoteRequest | None:
        """The request of the current values, or ``None`` while one of them is invalid."""
        try:
            return self._build()
        except InvalidInput:
            return None

    def outcome(self) -> Outcome | None:
        """The outcome on show: of the last valid values (``None`` before the first one)."""
        return self._outcome

    def problem(self) -> tuple[str, str] | None:
        """(field, message) of the current values' problem, or ``None`` when they are valid."""
        return self._problem

    # -- writing ------------------------------------------------------------------------

    def set_value(self, field: str, value: Any) -> None:
        self.update({field: value})

    def update(self, changes: Mapping[str, Any]) -> None:
        """Change several values at once and price once.

        Raises :class:`InvalidInput` and changes nothing when a value is beyond the window's
        limits (:mod:`premiumcalc.gui.limits`), so the form never shows another value than
        the one priced.
        """
        for field in changes:
            if field not in DEFAULT_VALUES:
                raise KeyError(field)
        check_values(changes)
        changed = False
        for field, value in changes.items():
            if field in ("modules", "scenarios"):
                value = tuple(dict.fromkeys(value))
            if self._values[field] != value:
                self._values[field] = value
                changed = True
        if not changed:
            return
        self._fit_to_tariff()
        self._values_did_change()
        if any(f in REQUEST_FIELDS for f in changes):
            self._reprice()

    def add_module(self, module_id: str) -> None:
        self.set_chosen("modules", module_id, True)

    def set_chosen(self, field: str, item_id: str, on: bool) -> None:
        """Add ``item_id`` to, or take it from, a list value (modules, scenarios)."""
        chosen = list(self._values[field])
        if on and item_id not in chosen:
            chosen.append(item_id)
        elif not on and item_id in chosen:
            chosen.remove(item_id)
        self.set_value(field, tuple(chosen))

    def scenario_damages(self) -> dict[str, Decimal | None]:
        """The chosen claim scenarios (by id) with the broker's own damage, or None where
        the catalogue's applies (or the typed damage is no amount)."""
        out: dict[str, Decimal | None] = {}
        for entry in self._values["scenarios"]:
            sid, _sep, amount = entry.partition("=")
            out[sid] = Decimal(amount) if amount else None
        return out

    def set_scenario(self, sid: str, on: bool, damage: Decimal | None = None, *,
                     unreadable: bool = False) -> None:
        """Choose scenario ``sid`` (with the broker's own ``damage``, None for the
        catalogue's) or take it out; it keeps its place among the chosen ones.
        ``unreadable``: its damage as typed is no amount, so the request cannot be priced
        until it is corrected (the form says so like for any other input)."""
        entry = f"{sid}=" if unreadable else sid if damage is None else \
            f"{sid}={format(damage, 'f')}"
        chosen = list(self._values["scenarios"])
        ids = [scenario_id(e) for e in chosen]
        if sid in ids:
            if on:
                chosen[ids.index(sid)] = entry
            else:
                del chosen[ids.index(sid)]
        elif on:
            chosen.append(entry)
        self.set_value("scenarios", tuple(chosen))

    def load_request(self, request: QuoteRequest, client_name: str | None = None,
                     client_address: str | None = None) -> None:
        """Show ``request`` (its tariff, or the current one when it names none).

        Raises :class:`InvalidInput` and changes nothing when the tariff is not installed or
        a value is outside the tariff's sets, so a request is never shown altered.
        """
        tariff_id = request.tariff or self._values["tariff"]
        # the version valid on the request's start; without one, the form shows why
        loaded = self.tariffs.get(tariff_id, request.start) or self.tariffs.get(tariff_id)
        if loaded is None:
            installed = ", ".join(self.tariffs.ids()) or "none"
            raise InvalidInput("tariff", f"{tariff_id!r} is not installed; installed: {installed}")
        changes: dict[str, Any] = {f: getattr(request, f) for f in REQUEST_FIELDS}
        check_values(changes)
        check_request(request, loaded.tariff, self.catalog)
        changes["tariff"] = tariff_id
        if client_name is not None:
            changes["client_name"] = client_name
        if client_address is not None:
            changes["client_address"] = client_address
        self.update(changes)  # checks the client's name and address
        self.sig_form_replaced.emit()

    def set_quote_number(self, number: str | None) -> None:
        """The form now shows the saved quote ``number`` (``None``: an unsaved quote).

        The number is dropped as soon as the request or the client differs from what the
        form shows now.
        """
        self._numbered = (self.request(), self.client()) if number is not None else None
        if number != self._quote_number:
            self._quote_number = number
            self.sig_quote_number_changed.emit(number or "")

    def reset(self) -> None:
        """A new quote: every value back to its default (the tariff stays), without a quote
        number and without the previous client's current contract."""
        changes = dict(DEFAULT_VALUES)
        changes["tariff"] = self._values["tariff"]
        changes["start"] = today()
        self.update(changes)
        self.set_quote_number(None)
        self._origin = None
        self.set_reference(None)
        self.sig_form_replaced.emit()

    def set_tariffs(self, tariffs: TariffSet) -> None:
        """Use another set of installed tariffs (after an import or a removal) and price again.

        The chosen tariff stays when it is still installed, else the first one is chosen.
        """
        self.tariffs = tariffs
        if self._values["tariff"] not in tariffs.versions:
            self._values["tariff"] = self._default_tariff_id()
        self._fit_to_tariff()
        self.sig_tariffs_changed.emit()
        self._values_did_change()
        self._reprice()

    def set_language(self, lang: str) -> None:
        if lang == self._lang:
            return
        self._lang = lang
        self.sig_language_changed.emit(lang)
        self.sig_outcome_changed.emit(self._outcome)

    # -- internals ----------------------------------------------------------------------

    def _values_did_change(self) -> None:
        if self._numbered is not None and self._numbered != (self.request(), self.client()):
            self.set_quote_number(None)
        self.sig_values_changed.emit()

    def _default_tariff_id(self) -> str:
        ids = self.tariffs.ids()
        return ids[0] if ids else ""

    def _fit_to_tariff(self) -> None:
        """Keep the values inside the chosen tariff's sets (nearest cover, deductible ...)."""
        tariff = self.tariff()
        if tariff is None:
            return
        v = self._values
        v["cover"] = v["cover"] if v["cover"] in tariff.cover_values else _nearest(
            v["cover"], tuple(c for c in tariff.cover_values if c not in tariff.covers.not_offered)
        )
        if v["deductible"] not in tariff.deductible_values:
            v["deductible"] = _nearest(v["deductible"], tariff.deductible_values)
        if v["term"] not in tariff.term_values:
            v["term"] = tariff.term_values[0]
        if v["payment"] not in tariff.payment_values:
            v["payment"] = tariff.payment_values[0]
        if v["country"] not in tariff.country_values:
            v["country"] = tariff.country_values[0]
        v["modules"] = tuple(m for m in v["modules"] if m in tariff.module_map)
        v["scenarios"] = tuple(s for s in v["scenarios"]
                               if scenario_id(s) in self.catalog.scenario_map)

    def _build(self) -> QuoteRequest:
        v = self._values
        if v["revenue"] is None:
            raise InvalidInput("revenue", "is not an amount")
        data = {f: v[f] for f in REQUEST_FIELDS}
        request = build_request(data)
        if self.tariff() is None:
            raise InvalidInput("tariff", "no tariff is installed")
        loaded = self.loaded_tariff()
        if loaded is None:
            raise InvalidInput("start", self.tariffs.no_version_reason(v["tariff"],
                                                                       request.start))
        check_request(request, loaded.tariff, self.catalog)
        return request

    def _reprice(self) -> None:
        try:
            request = self._build()
        except InvalidInput as exc:
            self._problem = (exc.field, exc.message)
            self.sig_invalid.emit(exc.field, exc.message)
            return
        self._problem = None
        loaded = self.loaded_tariff()
        assert loaded is not None
        self._outcome = price_request(request, loaded.tariff, self.catalog)
        self.sig_outcome_changed.emit(self._outcome)
