"""A quote store written by the release before the advice records (schema version 2).

``tests/data/store-v2.sqlite`` was made by that release: four quotes of three clients
(Q-2026-000001 draft, -000002 sent, -000003 accepted, -000004 deleted). Every later
migration must open a copy of it without losing or renumbering anything.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from premiumcalc.quotes import open_store

FIXTURE = Path(__file__).parent / "data" / "store-v2.sqlite"


def test_a_store_of_schema_version_2_opens_with_every_quote_intact(tmp_path: Path) -> None:
    copy = tmp_path / "quotes.db"
    shutil.copyfile(FIXTURE, copy)
    with open_store(copy, daily_backup=False) as store:
        rows = {s.number: s for s in store.iter_saved()}
        assert sorted(rows) == ["Q-2026-000001", "Q-2026-000002", "Q-2026-000003"]
        assert store.get("Q-2026-000004", include_deleted=True).number == "Q-2026-000004"
        first = rows["Q-2026-000001"]
        assert first.client_name == "Müller IT-Beratung GmbH"
        assert first.status == "draft"
        assert rows["Q-2026-000002"].status == "sent"
        assert rows["Q-2026-000003"].status == "accepted"
