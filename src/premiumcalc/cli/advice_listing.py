"""The advice records and first-information handovers that ``quotes show`` lists beside a
saved quote: those made from the quote, and the others of its client."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from premiumcalc.textsafe import terminal_safe

if TYPE_CHECKING:
    from premiumcalc.quotes.advice_records import AdviceRecord, FirstInfoHandover
    from premiumcalc.quotes.store import QuoteStore


@dataclass(frozen=True)
class QuoteAdvice:
    """The records of one saved quote and of its client."""

    of_quote: list[AdviceRecord]
    of_client: list[AdviceRecord]
    first_information: list[FirstInfoHandover]

    def json(self) -> dict[str, Any]:
        return {"of_quote": [r.list_dict() for r in self.of_quote],
                "of_client": [r.list_dict() for r in self.of_client],
                "first_information": [h.list_dict() for h in self.first_information]}

    def text(self) -> str:
        lines = []
        for title, records in (("advice records of this quote", self.of_quote),
                               ("other advice records of the client", self.of_client)):
            if not records:
                continue
            lines.append(f"{title}:")
            lines += [f"  {record_line(r)}" for r in records]
        if self.first_information:
            lines.append("first information handed to the client:")
            lines += [f"  {h.number}  {h.handed_over_at}  {h.how}"
                      for h in self.first_information]
        if not (self.of_quote or self.of_client):
            lines.append("no advice record of this quote or its client")
        return "\n".join(lines) + "\n"


def record_line(r: AdviceRecord) -> str:
    """One advice record in a line: number, date, channel, recommendation, versions."""
    parts = [r.number, r.advice_at, r.channel, terminal_safe(r.client_name)]
    if r.recommended:
        parts.append(f"recommended {r.recommended}")
    if r.chosen:
        parts.append(f"chosen {r.chosen}")
    if r.replaces:
        parts.append(f"replaces {r.replaces}")
    if r.replaced_by:
        parts.append(f"replaced by {r.replaced_by}")
    return "  ".join(parts)


def advice_of_quote(store: QuoteStore, quote_number: str) -> QuoteAdvice:
    from premiumcalc.quotes import advice_records as ar

    of_quote, of_client = ar.advice_records_of_quote(store, quote_number)
    client_id = next((r.client_id for r in of_quote + of_client), None)
    if client_id is None:
        client_id = ar.client_of_quote(store, quote_number)
    handovers = [] if client_id is None else ar.list_first_information(store,
                                                                         client_id=client_id)
    return QuoteAdvice(of_quote, of_client, handovers)
