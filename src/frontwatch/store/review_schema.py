"""How reviews attach to facts and how the fact tables show them: the one place reviews are applied.

The machine's rows live in ``events_machine``, ``relations_machine`` and
``control_changes_machine``; ``events``, ``relations`` and ``control_changes`` are views that
apply the latest review of each fact (a rejected fact is gone, an edited one shows the
reviewer's values, with ``review`` naming the action). Every query, report, network, control
timeline and export reads the views, so all of them apply reviews without knowing of them.
Setting the DuckDB variable ``frontwatch_machine_only`` shows the machine's output alone.
``row_order`` is the machine row's rowid (a view has none): the order facts were stored in.

A fact's identity (``fact_key``) is what the text says, not a row id: the article, the
sentence's offsets, the kind of record, the machine's type or kind, and its arguments as written
(trigger, actor and place texts). Processing the corpus again gives the same keys, so reviews
stay attached; rows that agree on all of these are one claim and share its review.
"""

from __future__ import annotations

MACHINE_ONLY_VARIABLE = "frontwatch_machine_only"
RECORD_TABLES: dict[str, str] = {"event": "events", "relation": "relations", "control": "control_changes"}
# The arguments, as written in the sentence, that name a fact besides its article and sentence.
# The machine's kind is part of it: two readings of one trigger ("talks" as CONSULT and REJECT) are
# two facts. Resolved ids are not: a better knowledge base must not detach reviews.
IDENTITY_COLUMNS: dict[str, tuple[str, ...]] = {
    "event": ("type", "trigger", "source_text", "target_text", "place_text"),
    "relation": ("kind", "trigger", "source_text", "target_text"),
    "control": ("kind", "trigger", "place_text", "new_controller_text", "previous_controller_text"),
}
_COMMON_EDITS = {"date": "DATE", "date_precision": "VARCHAR", "certainty": "VARCHAR"}
# What a reviewer may change, with its column type.
EDITABLE: dict[str, dict[str, str]] = {
    "event": {"type": "VARCHAR", "mode": "VARCHAR", "source_actor": "VARCHAR", "target_actor": "VARCHAR",
              "place_id": "VARCHAR", **_COMMON_EDITS, "killed": "INTEGER", "injured": "INTEGER",
              "civilians": "INTEGER"},
    "relation": {"kind": "VARCHAR", "source_actor": "VARCHAR", "target_actor": "VARCHAR", **_COMMON_EDITS},
    "control": {"kind": "VARCHAR", "place_id": "VARCHAR", "new_controller": "VARCHAR",
                "previous_controller": "VARCHAR", **_COMMON_EDITS},
}
REVIEW_ACTIONS = ("confirm", "reject", "edit")


def machine_table(record: str) -> str:
    return f"{RECORD_TABLES[record]}_machine"


def fact_key_sql(record: str) -> str:
    """SQL computing a row's fact key from its own columns (used on insert and in the migration)."""
    parts = ["article_id", "sentence_start", "sentence_end", *IDENTITY_COLUMNS[record]]
    text = ", ".join(f"coalesce(CAST({p} AS VARCHAR), '')" for p in parts)
    return f"left(sha256(concat_ws(chr(31), '{record}', {text})), 24)"


def _reviewed_view(record: str) -> str:
    table, machine = RECORD_TABLES[record], machine_table(record)
    edits = ", ".join(
        f"CASE WHEN json_exists(r.after, '$.{col}') THEN CAST(r.after->>'$.{col}' AS {kind}) ELSE m.{col} END AS {col}"
        for col, kind in EDITABLE[record].items())
    return f"""
        CREATE OR REPLACE VIEW {table} AS
        SELECT m.*, CAST(NULL AS VARCHAR) AS review, m.rowid AS row_order FROM {machine} m
        WHERE m.fact_key NOT IN (SELECT fact_key FROM review_current WHERE record = '{record}')
        UNION ALL
        SELECT m.* REPLACE ({edits}), r.action AS review, m.rowid AS row_order
        FROM {machine} m JOIN review_current r ON r.fact_key = m.fact_key AND r.record = '{record}'
        WHERE r.action <> 'reject';
    """


def _plain_view(record: str) -> str:
    table, machine = RECORD_TABLES[record], machine_table(record)
    return f"""CREATE OR REPLACE VIEW {table} AS
        SELECT m.*, CAST(NULL AS VARCHAR) AS review, m.rowid AS row_order FROM {machine} m;"""


def fact_views_sql(*, reviewed: bool) -> str:
    """The fact views. Until a store holds a review they are plain (reading them costs what reading
    the tables does: the reviewed ones probe every row against the reviews); the first review
    written switches them to the reviewed ones for good."""
    return "\n".join(_reviewed_view(r) if reviewed else _plain_view(r) for r in RECORD_TABLES)


def _move_to_machine(record: str) -> str:
    # A copy, not ALTER TABLE RENAME: DuckDB 2.0 cannot update a renamed table of a reopened file.
    table, machine = RECORD_TABLES[record], machine_table(record)
    return f"""
        CREATE TABLE {machine} AS SELECT *, {fact_key_sql(record)} AS fact_key FROM {table} ORDER BY rowid;
        DROP TABLE {table};
    """


def reviews_migration() -> str:
    """Machine tables keyed by fact, the append-only review log, and the fact views (plain until a review)."""
    return "\n".join([
        "DROP INDEX events_article; DROP INDEX events_date;",
        *(_move_to_machine(r) for r in RECORD_TABLES),
        """CREATE INDEX events_article ON events_machine(article_id);
        CREATE INDEX events_date ON events_machine(date);
        CREATE TABLE reviews (
            review_id VARCHAR PRIMARY KEY, fact_key VARCHAR NOT NULL, record VARCHAR NOT NULL,
            record_id VARCHAR, article_id VARCHAR, sentence_start INTEGER, sentence_end INTEGER,
            identity JSON, action VARCHAR NOT NULL, before JSON, after JSON, reviewer VARCHAR,
            reviewed_at TIMESTAMP NOT NULL, note VARCHAR
        );
        CREATE INDEX reviews_fact ON reviews(fact_key);
        CREATE VIEW review_latest AS SELECT * FROM reviews
            QUALIFY row_number() OVER (PARTITION BY record, fact_key ORDER BY reviewed_at DESC, review_id DESC) = 1;""",
        f"""CREATE VIEW review_current AS SELECT * FROM review_latest
            WHERE NOT coalesce(getvariable('{MACHINE_ONLY_VARIABLE}'), FALSE);""",
        fact_views_sql(reviewed=False),
    ])
