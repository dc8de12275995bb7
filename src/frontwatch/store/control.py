"""Control of places as the store holds it: one place's claims (for its timeline) and the
latest observation per place as of a day. Bound parameters only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from frontwatch.records import PLAIN_FACT_CERTAINTIES, ControlClaim
from frontwatch.store.db import Store
from frontwatch.store.fused import claim_from_row, place_from_row
from frontwatch.store.queries import select_article_heads


def resolve_place_key(store: Store, place: str) -> str:
    """The control-timeline key of a place given by id or exact name (any case): its id when it
    is a stored place, else ``text:`` and the text, as unresolved places are keyed."""
    row = store.query(
        """SELECT id FROM places WHERE id = ? OR lower(name) = lower(?)
           ORDER BY id = ? DESC, population DESC NULLS LAST, id LIMIT 1""",
        [place, place, place],
    )
    return row[0]["id"] if row else "text:" + place.casefold().strip()


def select_place_control_rows(store: Store, key: str) -> list[dict[str, Any]]:
    """The fact control changes of one place (a stored place's id, or ``text:`` and the text of
    claims naming no stored place), with the place's columns (``p_*``) and the article's
    date and outlet. Looks the few articles up by id: a join would read every article."""
    if key.startswith("text:"):
        where, params = "p.id IS NULL AND lower(trim(c.place_text)) = ?", [key[len("text:"):]]
    else:
        where, params = "c.place_id = ? AND p.id IS NOT NULL", [key]
    rows = store.query(
        f"""SELECT c.*, p.id AS p_id, p.name AS p_name, p.latitude AS p_lat, p.longitude AS p_lon,
                   p.country AS p_country, p.admin1 AS p_admin1, p.admin2 AS p_admin2, p.kind AS p_kind,
                   p.is_area AS p_is_area
            FROM control_changes c LEFT JOIN places p ON p.id = c.place_id
            WHERE c.certainty IN (SELECT unnest(?)) AND {where}""",
        [list(PLAIN_FACT_CERTAINTIES), *params],
    )
    heads = select_article_heads(store, {r["article_id"] for r in rows if r["article_id"]},
                                 "a.source AS article_source, a.published")
    return [{**r, "best_date": r["date"] or heads[r["article_id"]]["published"],
             "outlet": (heads[r["article_id"]]["article_source"] or "").strip(" ") or r["article_id"]}
            for r in rows if r["article_id"] in heads]


def read_place_claims(store: Store, key: str) -> list[ControlClaim]:
    """One place's dated fact claims, in date order (then article, then id), as records."""
    rows = sorted(select_place_control_rows(store, key),
                  key=lambda r: (r["best_date"] is None, r["best_date"] or dt.date.min, r["article_id"], r["id"]))
    return [claim_from_row(r, place_from_row(r, r["place_text"] or "")) for r in rows if r["best_date"] is not None]
