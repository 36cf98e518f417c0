"""Reprinting a saved quote exactly as saved, and what it would cost with a newer tariff.

The saved tariff file's bytes are parsed again and the saved request priced again: the
outcome must equal the stored one. A "newer tariff" is the installed tariff with the same id
and a higher version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from premiumcalc.pricing.request import InvalidInput
from premiumcalc.quotes.errors import StoreError
from premiumcalc.quotes.models import SavedQuote
from premiumcalc.tariffs import Catalog, LoadedTariff, TariffFileError, TariffSet, load_catalog
from premiumcalc.tariffs.wording import QUOTES

if TYPE_CHECKING:
    from premiumcalc.pricing.engine import Outcome
    from premiumcalc.quotes.store import QuoteStore


def priced(outcome: dict[str, Any]) -> tuple[Any, ...]:
    """What pricing decides in a saved result: status, reasons, premium and the worksheet's
    amounts. Keys that later versions add to the JSON (texts, coverage facts) do not count, so
    a quote saved by an older version still reprints as exact."""
    return (
        outcome.get("status"),
        outcome.get("reason_codes"),
        outcome.get("premium"),
        [(row.get("step"), row.get("amount")) for row in outcome.get("worksheet") or []],
    )


@dataclass(frozen=True)
class NewerTariff:
    """The installed, newer version of a saved quote's tariff and the price with it now."""

    loaded: LoadedTariff
    outcome: Outcome | None
    """None when the saved request is not allowed by the newer version (see ``problem``)."""
    problem: str = ""

    @property
    def version(self) -> str:
        return self.loaded.version

    @property
    def gross_annual(self) -> Decimal | None:
        if self.outcome is None or self.outcome.premium is None:
            return None
        return self.outcome.premium.gross_annual


@dataclass(frozen=True)
class Reprint:
    """A saved quote priced again from its own stored tariff file."""

    saved: SavedQuote
    loaded: LoadedTariff
    """The tariff as saved with the quote (parsed from the stored bytes)."""
    outcome: Outcome
    exact: bool
    """True when pricing again gave exactly the stored outcome."""
    newer: NewerTariff | None

    def outcome_dict(self, lang: str, catalog: Catalog | None = None) -> dict[str, Any]:
        """The outcome in ``lang``: the stored one in its own language, else priced again."""
        if lang == self.saved.lang:
            return self.saved.outcome
        from premiumcalc.pricing.serialize import outcome_dict

        return outcome_dict(self.outcome, sha256=self.loaded.sha256, lang=lang,
                            catalog=catalog or load_catalog())

    def newer_text(self, lang: str = "en") -> str | None:
        """One sentence about a newer tariff version, None when there is none."""
        if self.newer is None:
            return None
        from premiumcalc.pricing.explain import money

        new = self.newer
        versions = {"version": new.version, "saved_version": self.loaded.version}
        if new.outcome is None:
            return QUOTES("newer-not-allowed", lang, problem=new.problem, **versions)
        if new.gross_annual is None:
            return QUOTES("newer-not-quoted", lang, status=new.outcome.status, **versions)
        gross = money(new.gross_annual, lang)
        if self.outcome.premium is None:
            return QUOTES("newer-price", lang, gross=gross, **versions)
        return QUOTES("newer-price-was", lang, gross=gross,
                      saved_gross=money(self.outcome.premium.gross_annual, lang), **versions)


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Order of tariff versions: ``2026-01`` < ``2026-02`` < ``2027-01``; ``1.10`` > ``1.9``."""
    parts = re.findall(r"\d+|[A-Za-z]+", version)
    return tuple((0, int(p)) if p.isdigit() else (1, p.lower()) for p in parts)


def is_newer(candidate: str, saved: str) -> bool:
    return version_key(candidate) > version_key(saved)


def reprint(
    store: QuoteStore,
    number: str,
    *,
    installed: TariffSet | None = None,
    catalog: Catalog | None = None,
) -> Reprint:
    """Price the saved quote ``number`` again from its stored tariff file.

    ``installed`` (default: the installed tariffs) is searched for a newer version of the
    same tariff id.
    """
    from premiumcalc.pricing.engine import price
    from premiumcalc.pricing.request import check_request
    from premiumcalc.pricing.serialize import outcome_dict
    from premiumcalc.tariffs import load_tariffs, parse_tariff

    catalog = catalog or load_catalog()
    saved = store.get(number, include_deleted=True)
    content = store.tariff_content(saved.tariff_sha256)
    label = Path(f"{saved.tariff_id}-{saved.tariff_version} (saved with {saved.number})")
    try:
        tariff = parse_tariff(content, label, catalog)
    except TariffFileError as error:
        raise StoreError(f"the tariff saved with {saved.number} cannot be read: {error}") from None
    loaded = LoadedTariff(tariff=tariff, path=label, sha256=saved.tariff_sha256, bundled=False,
                          content=content)
    request = saved.quote_request()
    outcome = price(request, tariff, catalog)
    again = outcome_dict(outcome, sha256=saved.tariff_sha256, lang=saved.lang, catalog=catalog)
    exact = priced(again) == priced(saved.outcome)

    if installed is None:
        installed = load_tariffs()
    newer: NewerTariff | None = None
    current = installed.get(saved.tariff_id, request.start)
    if current is not None and is_newer(current.version, saved.tariff_version):
        try:
            check_request(request, current.tariff, catalog)
            newer = NewerTariff(current, price(request, current.tariff, catalog))
        except InvalidInput as error:
            newer = NewerTariff(current, None, str(error))
    return Reprint(saved=saved, loaded=loaded, outcome=outcome, exact=exact, newer=newer)
