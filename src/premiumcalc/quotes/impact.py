"""What a new tariff version changes for the saved quotes (handbook §12).

The new file takes the period it would have if it were added to the installed tariffs
(replacing an installed file of the same id and version); a file that would overlap another
installed version of its id is refused. Every saved quote (not deleted) of that id whose start
of cover lies in the period is priced again with the new file and compared with the outcome
saved with it. The saved quotes are read as a stream and nothing saved is changed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from premiumcalc.pricing.engine import QUOTED, price, revenue_band, round2
from premiumcalc.pricing.request import (
    InvalidInput,
    QuoteRequest,
    build_request,
    check_field,
    check_request,
)
from premiumcalc.quotes.models import StoredQuote
from premiumcalc.quotes.schema import saving_date
from premiumcalc.quotes.store import QuoteStore
from premiumcalc.tariffs import Catalog, LoadedTariff, TariffSet
from premiumcalc.tariffs.loader import (
    TariffFileError,
    load_tariff_file,
    resolve_versions,
    verify_file,
)
from premiumcalc.tariffs.versions import Period, contains, describe, overlap, period

#: The new status of a saved request the new version does not accept at all (a module or
#: cover it no longer offers, say).
INVALID = "invalid"

#: The columns of a report's quotes, in order (the CSV header).
COLUMNS = ("number", "client", "start", "old_status", "new_status", "old_gross", "new_gross",
           "difference", "percent", "changed_steps")


class ImpactInputError(ValueError):
    """The new version's file cannot be assessed; ``str()`` is one line saying why."""


def file_error_line(exc: TariffFileError) -> str:
    """One line for an invalid tariff file: its first problem and how many more there are."""
    n = len(exc.problems)
    more = f" (and {n - 1} more; 'premiumcalc tariffs check' lists them)" if n > 1 else ""
    return f"{exc.lines()[0] if exc.problems else exc.path}{more}"


def load_new_version(path: Path, installed: TariffSet, catalog: Catalog) -> ImpactTariff:
    """The file of a new version, validated, its own checks run and placed among
    ``installed`` (:func:`place_version`); raises :class:`ImpactInputError` otherwise."""
    from premiumcalc.pricing.selfcheck import check_failures

    try:
        new = load_tariff_file(path, catalog=catalog)
    except TariffFileError as exc:
        raise ImpactInputError(file_error_line(exc)) from None
    try:
        verify_file(new, check_failures, catalog)
    except TariffFileError as exc:
        raise ImpactInputError(exc.lines()[0]) from None
    try:
        return place_version(new, installed)
    except InvalidInput as exc:
        raise ImpactInputError(str(exc)) from None


def steps_text(changed_steps: Iterable[Mapping[str, Any]]) -> str:
    """The changed steps in one cell: ``base: 430.00 → 447.20; core: …``."""
    return "; ".join(f"{c['step']}: {c['old'] or '–'} → {c['new'] or '–'}"
                     for c in changed_steps)


#: How the columns are typed in an Excel file (and written in CSV for Excel).
KINDS = {"start": "date", "old_gross": "money", "new_gross": "money", "difference": "money",
         "percent": "number"}


def table_rows(rows: Iterable[Mapping[str, Any]]) -> Iterator[list[Any]]:
    """The report's quotes as the cells of :data:`COLUMNS`."""
    for item in rows:
        yield ([None if item[c] is None else item[c] for c in COLUMNS[:-1]]
               + [steps_text(item["changed_steps"])])


def write_csv(out: TextIO, rows: Iterable[Mapping[str, Any]], *, excel: bool = False) -> None:
    """The quotes of a report as CSV (handbook §12), ``rows`` as
    :meth:`QuoteImpact.as_json` gives them; ``out`` opened with ``newline=""``. ``excel``:
    CSV for German Excel. A cell a spreadsheet would run as a formula is neutralised."""
    from premiumcalc import sheets

    sheets.write_csv(out, sheets.columns(COLUMNS, KINDS), table_rows(rows), excel=excel)


def write_table(path: Path | str, fmt: str, rows: Iterable[Mapping[str, Any]]) -> None:
    """The quotes of a report at ``path`` as ``csv``, ``excel-csv`` or ``xlsx``."""
    from premiumcalc import sheets

    sheets.write_table(path, fmt, sheets.columns(COLUMNS, KINDS), table_rows(rows),
                       title="Impact")


@dataclass(frozen=True)
class ImpactTariff:
    """The new version with the period it would take among the installed versions."""

    loaded: LoadedTariff
    period: Period

    def as_json(self) -> dict[str, Any]:
        t = self.loaded
        return {
            "id": t.id,
            "version": t.version,
            "sha256": t.sha256,
            "file": str(t.path),
            "valid_from": self.period[0].isoformat(),
            "valid_until": self.period[1].isoformat() if self.period[1] else None,
        }


def place_version(new: LoadedTariff, installed: TariffSet) -> ImpactTariff:
    """``new`` as if added to ``installed``: it replaces an installed file of its id and
    version; raises :class:`InvalidInput` when it overlaps another installed version."""
    others = [v for v in installed.versions.get(new.id, []) if v.version != new.version]
    everything: Sequence[Any] = [*others, new]
    mine = period(new, everything)
    clashes = [v for v in others if overlap(mine, period(v, everything))]
    if clashes:
        listed = ", ".join(f"{v.version} {describe(v.period)} ({v.path})" for v in clashes)
        raise InvalidInput(
            "valid_from",
            f"{new.path}: version {new.version} of {new.id} ({describe(mine)}) would overlap "
            f"the installed version {listed}; give it its own period (valid_from, "
            f"valid_until) or the version of the file it replaces")
    errors: list[TariffFileError] = []
    placed = next(v for v in resolve_versions(others, [new], errors)[new.id]
                  if v.version == new.version)
    return ImpactTariff(placed, placed.period)


def quote_start(request: Mapping[str, Any], start_date: str | None,
                created_at: str) -> dt.date:
    """A saved quote's start of cover: its request's ``start``, else (saved before the field
    existed) the local date of its saving, as the store notes it beside the request
    (``start_date``) or from ``created_at`` (a UTC stamp)."""
    for value in (request.get("start"), start_date):
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
    return dt.date.fromisoformat(saving_date(created_at))


class ChangedStep(NamedTuple):
    """A worksheet step whose amount changed, amounts as in the JSON (``"447.20"``; None: the
    step is not on that worksheet)."""

    step: str
    old: str | None
    new: str | None

    def as_json(self) -> dict[str, Any]:
        return {"step": self.step, "old": self.old, "new": self.new}

    def text(self) -> str:
        return f"{self.step}: {self.old or '–'} → {self.new or '–'}"


@dataclass(slots=True)
class QuoteImpact:
    """One saved quote: as saved ("old") and priced with the new version ("new")."""

    number: str
    client: str
    start: dt.date
    old_status: str
    new_status: str
    old_gross: Decimal | None
    new_gross: Decimal | None
    changed_steps: tuple[ChangedStep, ...] = ()
    #: Why the new version does not accept the saved request (new status "invalid").
    error: str | None = None

    @property
    def both_quoted(self) -> bool:
        return self.old_gross is not None and self.new_gross is not None

    @property
    def difference(self) -> Decimal | None:
        if self.old_gross is None or self.new_gross is None:
            return None
        return self.new_gross - self.old_gross

    @property
    def percent(self) -> Decimal | None:
        diff = self.difference
        if diff is None or self.old_gross is None or not self.old_gross:
            return None
        return round2(100 * diff / self.old_gross)

    def as_json(self) -> dict[str, Any]:
        data = {
            "number": self.number,
            "client": self.client,
            "start": self.start.isoformat(),
            "old_status": self.old_status,
            "new_status": self.new_status,
            "old_gross": _amount(self.old_gross),
            "new_gross": _amount(self.new_gross),
            "difference": _amount(self.difference),
            "percent": _amount(self.percent),
            "changed_steps": [c.as_json() for c in self.changed_steps],
        }
        if self.error is not None:
            data["error"] = self.error
        return data

    def json_line(self) -> str:
        """``json.dumps(self.as_json(), ensure_ascii=False)``, written directly: a report of
        100,000 quotes spends its time here otherwise."""
        diff = self.difference
        percent = self.percent
        steps = ", ".join(
            f'{{"step": {encode_basestring(c.step)}, "old": {_quoted_amount(c.old)}, '
            f'"new": {_quoted_amount(c.new)}}}'
            for c in self.changed_steps)
        line = (
            f'{{"number": {_quoted(self.number)}, "client": {_quoted(self.client)}, '
            f'"start": "{self.start.isoformat()}", "old_status": {_quoted(self.old_status)}, '
            f'"new_status": {_quoted(self.new_status)}, '
            f'"old_gross": {_quoted(_amount(self.old_gross))}, '
            f'"new_gross": {_quoted(_amount(self.new_gross))}, '
            f'"difference": {_quoted(_amount(diff))}, "percent": {_quoted(_amount(percent))}, '
            f'"changed_steps": [{steps}]'
        )
        if self.error is not None:
            line += f', "error": {_quoted(self.error)}'
        return line + "}"


@dataclass
class ImpactSummary:
    """The counts of an impact report; ``total_difference`` over the quotes quoted before and
    after."""

    count: int = 0
    rising: int = 0
    falling: int = 0
    unchanged: int = 0
    status_changed: int = 0
    total_difference: Decimal = field(default_factory=lambda: Decimal("0.00"))

    def add(self, item: QuoteImpact) -> None:
        self.count += 1
        diff = item.difference
        if diff is None:
            self.status_changed += 1
            return
        self.total_difference += diff
        if diff > 0:
            self.rising += 1
        elif diff < 0:
            self.falling += 1
        else:
            self.unchanged += 1

    def as_json(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "rising": self.rising,
            "falling": self.falling,
            "unchanged": self.unchanged,
            "status_changed": self.status_changed,
            "total_difference": _amount(self.total_difference),
        }


def _quoted(text: str | None) -> str:
    """A JSON string (or null), as ``json.dumps(text, ensure_ascii=False)`` writes it."""
    return "null" if text is None else encode_basestring(text)


def _quoted_amount(text: str | None) -> str:
    """An amount (digits, a point, a sign) as a JSON string, or null."""
    return "null" if text is None else f'"{text}"'


def _amount(value: Decimal | None) -> str | None:
    """``"447.20"``: the amounts here already are whole cents."""
    return None if value is None else format(value, ".2f")


def _decimal(value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return None


_CENTS = re.compile(r"-?[0-9]+\.[0-9][0-9]")


def _text_amount(value: object) -> str | None:
    """A saved amount as the JSON has it (``"447.20"``; anything else read with care)."""
    if type(value) is str and _CENTS.fullmatch(value):
        return value
    return _amount(_decimal(value))


@dataclass(slots=True)
class _Saved:
    """What the comparison needs of a saved outcome."""

    status: str
    gross: Decimal | None
    steps: dict[str, str | None]
    #: The last new amounts of the steps compared with these (:meth:`changed`) and the
    #: changed steps: many quotes compare the same two.
    last: tuple[Mapping[str, str | None], tuple[ChangedStep, ...]] | None = None

    def changed(self, new: Mapping[str, str | None]) -> tuple[ChangedStep, ...]:
        """:func:`_changed` from these steps to ``new``."""
        last = self.last
        if last is not None and last[0] is new:
            return last[1]
        changed = _changed(self.steps, new)
        self.last = (new, changed)
        return changed


_DECODER = json.JSONDecoder()


#: The keys of a saved outcome that the comparison reads, as they stand in its text.
_MARKERS = ('"status": ', '"premium": ', '"worksheet": ')


def _saved_outcome(outcome_json: str) -> _Saved:
    """The status, gross premium and worksheet amounts of a saved outcome.

    Many saved quotes share one outcome: it is read once, and kept by where the three values
    stand in the text and their text (not the whole text, whose coverage texts make most of
    it). A text with the first of each key at the same place followed by the same value
    text reads the same, whatever else it holds.
    """
    known = _OUTCOMES.get(hash(outcome_json))
    if known is not None and all(
            outcome_json.find(marker) == at and outcome_json.startswith(value, start)
            for marker, at, start, value in known[0]):
        return known[1]
    places: list[tuple[str, int, int, str]] = []
    values: list[Any] = []
    whole = True  # every value followed by one more character
    for marker in _MARKERS:
        # Inside a JSON string a quote is escaped, so ``"key": `` is found only as a key.
        at = outcome_json.find(marker)
        if at < 0:
            return _read_outcome(json.loads(outcome_json))
        start = at + len(marker)
        try:
            value, end = _DECODER.raw_decode(outcome_json, start)
        except ValueError:
            return _read_outcome(json.loads(outcome_json))
        # One character more: a number ends where the text has no further digit.
        whole = whole and end < len(outcome_json)
        places.append((marker, at, start, outcome_json[start:end + 1]))
        values.append(value)
    saved = _read_outcome(dict(zip(("status", "premium", "worksheet"), values, strict=True)))
    if whole:
        if len(_OUTCOMES) >= _CACHED:
            _OUTCOMES.clear()
        _OUTCOMES[hash(outcome_json)] = (tuple(places), saved)
    return saved


def _read_outcome(outcome: Mapping[str, Any]) -> _Saved:
    status = str(outcome.get("status", ""))
    premium = outcome.get("premium")
    gross = (_decimal(premium.get("gross_annual")) if isinstance(premium, dict)
             and status == QUOTED else None)
    rows = outcome.get("worksheet") or []
    # Interned: the step names and amounts recur in many outcomes.
    steps = {sys.intern(str(r.get("step"))): _interned(_text_amount(r.get("amount")))
             for r in rows if isinstance(r, dict)}
    return _Saved(status, gross, steps)


def _interned(text: str | None) -> str | None:
    return None if text is None else sys.intern(text)


#: The saved outcomes read during an impact report, by the hash of their text (see
#: :func:`_saved_outcome`).
_OUTCOMES: dict[int, tuple[tuple[tuple[str, int, int, str], ...], _Saved]] = {}


def _changed(old: Mapping[str, str | None],
             new: Mapping[str, str | None]) -> tuple[ChangedStep, ...]:
    changed = [ChangedStep(s, a, b) for s, a in old.items() if a != (b := new.get(s))]
    changed += [ChangedStep(s, None, b) for s, b in new.items() if s not in old]
    return tuple(changed)


def assess_quote(stored: StoredQuote, request_data: Mapping[str, Any], start: dt.date,
                 tariff: LoadedTariff, catalog: Catalog) -> QuoteImpact:
    """One saved quote priced with ``tariff`` and compared with its saved outcome."""
    try:
        request = build_request(request_data)
        check_request(request, tariff.tariff, catalog)
    except InvalidInput as error:
        return _impact(stored, start, _NOT_ACCEPTED, str(error))
    return _impact(stored, start, _priced(request, tariff, catalog))


#: A request priced with the new version: status, gross premium (when quoted), the amounts
#: of its worksheet by step.
_New = tuple[str, Decimal | None, Mapping[str, str | None]]

_NOT_ACCEPTED: _New = (INVALID, None, {})


def _impact(stored: StoredQuote, start: dt.date, new: _New,
            error: str | None = None) -> QuoteImpact:
    """The row of one saved quote: its saved outcome beside ``new``."""
    old = _saved_outcome(stored.outcome_json)
    new_status, new_gross, new_steps = new
    return QuoteImpact(number=stored.number, client=stored.client_name, start=start,
                       old_status=old.status or stored.outcome_status,
                       new_status=new_status, old_gross=old.gross, new_gross=new_gross,
                       changed_steps=old.changed(new_steps), error=error)


def _alike(request: QuoteRequest) -> tuple[object, ...]:
    """What prices a request besides its revenue band and the tariff: the revenue is priced
    only through its band (handbook §4), and the answers, not the scenarios or
    requirements, change the status: requests alike in these are priced once."""
    return (request.profession, request.cover, request.deductible, request.claims,
            request.modules, request.startup, request.term, request.payment, request.country,
            request.yes)


def _price_key(tariff: LoadedTariff, revenue: Decimal,
               alike: tuple[object, ...]) -> tuple[object, ...]:
    return (tariff.sha256, revenue_band(revenue, tariff.tariff.revenue.bands), alike)


def _priced(request: QuoteRequest, tariff: LoadedTariff, catalog: Catalog) -> _New:
    """``request`` priced with ``tariff`` (once for requests alike, see :func:`_alike`)."""
    key = _price_key(tariff, request.revenue, _alike(request))
    priced = _PRICED.get(key)
    if priced is None:
        new = price(request, tariff.tariff, catalog)
        quoted = new.premium is not None and new.status == QUOTED
        priced = (new.status, new.premium.gross_annual if quoted and new.premium else None,
                  {s.step: _interned(format(s.amount, ".2f")) for s in new.worksheet})
        if len(_PRICED) >= _CACHED:  # a few MiB at most: memory stays flat
            _PRICED.clear()
        _PRICED[key] = priced
    return priced


#: How many entries each of the caches of an impact report keeps at most (memory stays
#: flat): more than the distinct requests and outcomes of a large store usually have.
_CACHED = 4096

#: Results of requests priced during an impact report (see :func:`_priced`).
_PRICED: dict[tuple[object, ...], _New] = {}


class _Known(NamedTuple):
    """A saved request text seen before, but for its revenue (see :func:`_revenue_cut`),
    that was a valid request: every other field is checked already (but the start of a
    request without its own, the day its quote was saved), and the checks of one field do
    not look at the others."""

    #: The request's own start (``{"start": value}``), or ``{}`` when it has none.
    start_data: Mapping[str, Any]
    #: What prices it besides the revenue (:func:`_alike`).
    alike: tuple[object, ...]
    #: Why the new version does not accept it (its checks do not look at the revenue).
    error: str | None


_REVENUE = '"revenue": '


def _revenue_cut(text: str) -> tuple[str, Any, str] | None:
    """A saved request's text around the value of its first ``"revenue": `` (the text
    before it, the value, the text after it), or None when there is no such value."""
    at = text.find(_REVENUE)
    if at < 0:
        return None
    at += len(_REVENUE)
    try:
        value, end = _DECODER.raw_decode(text, at)
    except ValueError:
        return None
    return text[:at], value, text[end:]


def _is_revenue_of(cut: tuple[str, Any, str], data: Mapping[str, Any]) -> bool:
    """Whether the value cut out is the revenue of ``data`` (the request parsed from the
    whole text) and nothing else: the text with another value there parses to ``data``
    with that revenue. Then every text of the same two sides is that request with the
    revenue between them."""
    before, _, after = cut
    try:
        probe = json.loads(before + '"\\u0000"' + after)
    except ValueError:
        return False
    return probe == {**data, "revenue": "\x00"}


def assess(store: QuoteStore, target: ImpactTariff, catalog: Catalog) -> Iterator[QuoteImpact]:
    """The saved quotes of the new version's id whose start lies in its period, by quote
    number, each priced with it; read from ``store`` as a stream.

    The requests of many saved quotes differ only in their revenue: such a request is
    parsed and checked once, then only its revenue for each quote (the checks of one field
    do not look at the others, so the result is that of checking the whole request).
    """
    tariff = target.loaded
    first, last = target.period
    _PRICED.clear()
    _OUTCOMES.clear()
    # The valid requests seen, by their text around the revenue (see _revenue_cut).
    seen: dict[tuple[str, str], _Known] = {}
    try:
        for stored in store.stream(tariff_id=tariff.id, start_from=first, start_until=last):
            cut = _revenue_cut(stored.request_json)
            known = None if cut is None else seen.get((cut[0], cut[2]))
            if known is not None and cut is not None:
                start = quote_start(known.start_data, stored.start_date, stored.created_at)
                if not contains(target.period, start):
                    continue
                try:
                    revenue = check_field("revenue", cut[1])
                    if not known.start_data:  # the start is the day this quote was saved
                        check_field("start", start.isoformat())
                except InvalidInput:
                    revenue = None  # read as a whole below: the same message
                if revenue is not None:
                    if known.error is not None:
                        yield _impact(stored, start, _NOT_ACCEPTED, known.error)
                        continue
                    priced = _PRICED.get(_price_key(tariff, revenue, known.alike))
                    if priced is not None:
                        yield _impact(stored, start, priced)
                        continue
            request_data = json.loads(stored.request_json)
            if not isinstance(request_data, dict):
                continue
            start = quote_start(request_data, stored.start_date, stored.created_at)
            if not contains(target.period, start):
                continue
            as_saved = dict(request_data)
            request_data.setdefault("start", start.isoformat())
            try:
                request = build_request(request_data)
            except InvalidInput as error:
                yield _impact(stored, start, _NOT_ACCEPTED, str(error))
                continue
            try:
                check_request(request, tariff.tariff, catalog)
                error_text = None
            except InvalidInput as error:
                error_text = str(error)
            if cut is not None and _is_revenue_of(cut, as_saved):
                if len(seen) >= _CACHED:
                    seen.clear()
                start_data = {"start": as_saved["start"]} if "start" in as_saved else {}
                seen[cut[0], cut[2]] = _Known(start_data, _alike(request), error_text)
            if error_text is not None:
                yield _impact(stored, start, _NOT_ACCEPTED, error_text)
            else:
                yield _impact(stored, start, _priced(request, tariff, catalog))
    finally:
        _PRICED.clear()
        _OUTCOMES.clear()
