"""Synthetic store contents for bench_store.py: N events with articles, places, actors,
relations and control changes, plus the same rows joined into flat tables.

Deterministic (hash of the row number, not random()), in insertion order like a real
ingest: articles arrive roughly by date but not sorted, five events an article.
"""

from __future__ import annotations

from typing import Any

GOVERNORATES = ["Aleppo", "Idlib", "Raqqa", "Deir ez-Zor", "Hasakah", "Hama", "Homs", "Latakia", "Tartus",
                "Damascus", "Rif Dimashq", "Daraa", "Quneitra", "As-Suwayda", "Nineveh", "Anbar", "Salah ad-Din",
                "Kirkuk", "Diyala", "Baghdad", "Erbil", "Dohuk"]
PLACES, ACTORS, EVENTS_PER_ARTICLE = 5000, 500, 5
_R = "(hash({i}, {salt}) % {m})::BIGINT"  # a deterministic pseudo-random integer in [0, m)


def article_id(i: str) -> str:
    """Like FrontWatch's ids (16 hex digits of a hash), so they are in no useful order."""
    return f"substr(md5(({i})::VARCHAR), 1, 16)"


def rnd(i: str, salt: int, m: int) -> str:
    return _R.format(i=i, salt=salt, m=m)


def _sql(events: int) -> list[str]:
    articles = events // EVENTS_PER_ARTICLE
    day = f"(DATE '2011-03-15' + ({rnd('i', 1, 60)} + i * 2000 // {articles})::INTEGER)"
    actor = lambda salt: f"'A' || ({rnd('i', salt, ACTORS)} * {rnd('i', salt + 1, ACTORS)} // {ACTORS})"
    certainty = f"['asserted','asserted','asserted','attributed','attributed','hedged','negated'][1 + {rnd('i', 9, 7)}]"
    return [
        f"""INSERT INTO places SELECT 'gn:' || i, 'Place ' || i, 32 + {rnd('i', 2, 600)} / 100.0,
            36 + {rnd('i', 3, 800)} / 100.0, 'SYR', {_pick(GOVERNORATES, 'i', 4)}, '', 'populated_place', i,
            {rnd('i', 5, 100000)}, FALSE FROM range({PLACES}) t(i)""",
        f"""INSERT INTO actors SELECT 'A' || i, 'Actor ' || i, 'armed_group', 'SYR', 'REB', [], '', 'bench'
            FROM range({ACTORS}) t(i)""",
        f"""INSERT INTO articles SELECT {article_id('i')}, 'Title ' || i, 'outlet' || {rnd('i', 6, 40)}, 'https://x/' || i,
            {day}, 'metadata', 'en', 'bench', 'Text of article ' || i, 'ok', NULL, now()::TIMESTAMP
            FROM range({articles}) t(i)""",
        f"""INSERT INTO events_machine SELECT 'e' || i, a.id, ['ASSAULT','FIGHT','COERCE',
            'PROTEST','AID'][1 + {rnd('i', 7, 5)}], 'shelling', 'shelled', {actor(10)}, {actor(20)}, '', '',
            'Place ' || {rnd('i', 8, PLACES)}, 'gn:' || {rnd('i', 8, PLACES)},
            a.published - {rnd('i', 11, 3)}::INTEGER, 'day', 'on Monday', FALSE, {certainty}, '', '',
            {rnd('i', 12, 30)}, {rnd('i', 13, 10)}, {rnd('i', 14, 5)}, 0, 0, '', 0, 80,
            'Sentence ' || i || ' about the fighting.', 'e' || i
            FROM range({events}) t(i) JOIN articles a ON a.id = {article_id(f'i // {EVENTS_PER_ARTICLE}')}
            ORDER BY i""",
        f"""INSERT INTO relations_machine SELECT 'r' || i, a.id,
            ['backs','fights','allied','cooperates'][1 + {rnd('i', 15, 4)}], {actor(30)}, {actor(40)}, '', '',
            'backed', a.published, 'day', '', FALSE, {certainty}, '', '', 0, 80, 'Relation sentence ' || i, 'r' || i
            FROM range({events // 10}) t(i) JOIN articles a ON a.id = {article_id(f'i * 10 // {EVENTS_PER_ARTICLE}')}
            ORDER BY i""",
        f"""INSERT INTO control_changes_machine SELECT 'c' || i, a.id, 'capture',
            'Place ' || {rnd('i', 16, PLACES // 10)}, 'gn:' || {rnd('i', 16, PLACES // 10)}, {actor(50)},
            {actor(60)}, '', '', 'captured', a.published, 'day', '', FALSE, {certainty}, '', '', 0, 80,
            'Control sentence ' || i, 'c' || i
            FROM range({events // 100}) t(i) JOIN articles a ON a.id = {article_id(f'i * 100 // {EVENTS_PER_ARTICLE}')}
            ORDER BY i""",
    ]


def _pick(values: list[str], i: str, salt: int) -> str:
    quoted = ",".join("'" + v.replace("'", "''") + "'" for v in values)
    return f"[{quoted}][1 + {rnd(i, salt, len(values))}]"


FLAT = [
    """CREATE TABLE flat_events AS SELECT e.*, p.name AS place_name, p.latitude, p.longitude, p.admin1,
       p.country, a.title AS article_title, a.source AS article_source, a.url AS article_url, a.published
       FROM events e LEFT JOIN places p ON p.id = e.place_id JOIN articles a ON a.id = e.article_id
       ORDER BY e.row_order""",
    """CREATE TABLE flat_relations AS SELECT r.*, a.published FROM relations r JOIN articles a ON a.id = r.article_id
       ORDER BY r.row_order""",
    """CREATE TABLE flat_control AS SELECT c.*, p.name AS place_name, p.latitude, p.longitude, p.admin1,
       p.country AS place_country, p.admin2, p.kind AS place_kind, p.is_area, a.source AS article_source,
       a.published, n.name AS new_controller_name, n.type AS new_controller_type,
       n.country AS new_controller_country, n.sector AS new_controller_sector
       FROM control_changes c LEFT JOIN places p ON p.id = c.place_id JOIN articles a ON a.id = c.article_id
       LEFT JOIN actors n ON n.id = c.new_controller ORDER BY c.row_order""",
]


def fill(con: Any, events: int) -> None:
    """Insert the synthetic rows, then the flat copies."""
    for sql in [*_sql(events), *FLAT]:
        con.execute(sql)
