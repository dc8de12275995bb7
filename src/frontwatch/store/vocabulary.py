"""The names a store's filters can take: actors' ids, names and aliases, and places' names,
governorates and countries (for telling a user a name is unknown, with close matches)."""

from __future__ import annotations

from frontwatch.store.db import Store


def actor_names(store: Store) -> list[str]:
    """Every id, name and alias of the actors table (the knowledge base the store was built with)."""
    rows = store.query(
        """SELECT DISTINCT name FROM (
               SELECT id AS name FROM actors UNION ALL SELECT name FROM actors
               UNION ALL SELECT unnest(aliases) FROM actors) WHERE name IS NOT NULL AND name <> ''"""
    )
    return [row["name"] for row in rows]


def actor_text_seen(store: Store, text: str) -> bool:
    """Whether any event names an actor by this id or in text containing it."""
    return bool(store.scalar(
        """SELECT count(*) FROM (SELECT 1 FROM events WHERE source_actor = ? OR target_actor = ?
               OR source_text ILIKE ? OR target_text ILIKE ? LIMIT 1)""",
        [text, text, f"%{text}%", f"%{text}%"],
    ))


def place_names(store: Store) -> list[str]:
    """Names, governorates and countries of the places resolved in the store."""
    rows = store.query(
        """SELECT DISTINCT name FROM (
               SELECT name FROM places UNION ALL SELECT admin1 FROM places UNION ALL SELECT country FROM places
               UNION ALL SELECT place_text FROM events) WHERE name IS NOT NULL AND name <> ''"""
    )
    return [row["name"] for row in rows]
