"""Control of places as the store holds it: the latest observation per place as of a day, and
one place's claims (for its timeline). Bound parameters only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from frontwatch.records import PLAIN_FACT_CERTAINTIES, ControlClaim
from frontwatch.store.db import Store
from frontwatch.store.fused import claim_from_row, place_from_row
from frontwatch.store.queries import select_article_heads


def certainty_clause(column: str, certainty: str) -> tuple[str, list[Any]]:
    """SQL for a certainty filter: 'facts' (asserted and attributed), 'all', or one label."""
    if certainty == "facts":
        return f"{column} IN (SELECT unnest(?))", [list(PLAIN_FACT_CERTAINTIES)]
    if certainty == "all":
        return "TRUE", []
    return f"{column} = ?", [certainty]


def select_control(store: Store, *, as_of: dt.date | None, place: str | None,
                   certainty: str) -> list[dict[str, Any]]:
    """Latest control observation per place up to a day, with its sentence."""
    clause, params = certainty_clause("c.certainty", certainty)
    like = f"%{place}%" if place else None
    sql = f"""
        WITH ranked AS (
            SELECT c.*, count(*) OVER w AS observations, row_number() OVER (
                PARTITION BY coalesce(nullif(c.place_id, ''), lower(c.place_text))
                ORDER BY c.date DESC NULLS LAST, c.sentence_start DESC) AS rank
            FROM control_changes c
            WHERE {clause} AND (?::DATE IS NULL OR c.date <= ?::DATE)
            WINDOW w AS (PARTITION BY coalesce(nullif(c.place_id, ''), lower(c.place_text)))
        )
        SELECT r.id, r.article_id, r.kind, r.place_text, r.place_id, p.name AS place_name,
               p.latitude, p.longitude, p.admin1, r.new_controller, coalesce(n.name, r.new_controller_text)
               AS new_controller_name, r.previous_controller, r.date, r.certainty, r.observations,
               r.sentence_start, r.sentence_end, r.sentence, r.found_by
        FROM ranked r LEFT JOIN places p ON p.id = r.place_id LEFT JOIN actors n ON n.id = r.new_controller
        WHERE r.rank = 1 AND (? IS NULL OR r.place_id = ? OR r.place_text ILIKE ? OR p.name ILIKE ?
                              OR p.admin1 ILIKE ?)
        ORDER BY r.date DESC NULLS LAST, r.place_text
    """
    return store.query(sql, [*params, as_of, as_of, place, place, like, like, like])


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
