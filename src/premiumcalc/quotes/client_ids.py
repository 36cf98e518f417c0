"""Finding or adding the client of a record: one place for quotes, advice records and
first-information handovers, so that every new client gets the next client number."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from premiumcalc.quotes import schema as s
from premiumcalc.quotes.errors import StoreError
from premiumcalc.quotes.queries import insert_ignore
from premiumcalc.quotes.searching import fold


def client_id(conn: Connection, name: str, address: str, stamp: str) -> int:
    """The id of the client with this name and address, inside the caller's write
    transaction; a new client gets the next number (``K-000001`` …; the counter row's lock
    keeps numbers gapless when desks add clients at once). A client deleted at its request
    (restricted) takes no new records: StoreError says so."""
    c = s.clients.c
    held = conn.execute(sa.select(c.id, c.client_number, c.restricted_at)
                        .where(c.name == name, c.address == address)).first()
    if held is not None:
        if held.restricted_at is not None:
            raise StoreError(
                f"client {held.client_number} with this name and address was deleted at the "
                f"client's request; what is kept of it is restricted and takes no new records")
        return int(held.id)
    k = s.client_counter.c
    bump = (s.client_counter.update().where(k.id == 1)
            .values(last_number=k.last_number + 1).returning(k.last_number))
    serial = conn.execute(bump).scalar_one()
    query = sa.select(c.id).where(c.name == name, c.address == address)
    found = conn.execute(query).scalar()  # another desk's, added while we waited
    if found is not None:
        conn.execute(s.client_counter.update().where(k.id == 1)
                     .values(last_number=k.last_number - 1))
        return int(found)
    number = s.client_number_text(int(serial))
    insert_ignore(conn, s.clients, {
        "name": name, "address": address, "created_at": stamp, "updated_at": stamp,
        "client_number": number, "name_key": fold(name),
        "search_text": s.client_search_text(number, name, address, "", "")})
    return int(conn.execute(query).scalar_one())
