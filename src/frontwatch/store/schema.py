"""The store's schema as named, ordered migrations; applied ones are recorded.

Every fact table carries provenance: the article id, the character offsets of the
sentence that states it, the sentence text itself, and how many times the article
repeats that sentence word for word (``repeats``; the copies state no second fact).
"""

from __future__ import annotations

from frontwatch.store.review_schema import reviews_migration

_CLAIM = "certainty VARCHAR, attributed_to VARCHAR, certainty_cue VARCHAR"
_TIME = "date DATE, date_precision VARCHAR, date_text VARCHAR, background BOOLEAN"
_EVIDENCE = "sentence_start INTEGER, sentence_end INTEGER, sentence VARCHAR"

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_initial",
        f"""
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY, title VARCHAR, source VARCHAR, url VARCHAR,
            published DATE, date_source VARCHAR, language VARCHAR, origin VARCHAR,
            text VARCHAR, status VARCHAR, error VARCHAR, processed_at TIMESTAMP
        );
        CREATE TABLE ingest_failures (origin VARCHAR, reason VARCHAR, recorded_at TIMESTAMP);
        CREATE TABLE sentences (
            article_id VARCHAR, sentence_index INTEGER, start INTEGER, "end" INTEGER, text VARCHAR
        );
        CREATE TABLE mentions (
            article_id VARCHAR, sentence_index INTEGER, start INTEGER, "end" INTEGER,
            text VARCHAR, label VARCHAR, actor_id VARCHAR, place_id VARCHAR,
            resolution VARCHAR, geo_precision INTEGER, note VARCHAR
        );
        CREATE TABLE actors (
            id VARCHAR PRIMARY KEY, name VARCHAR, type VARCHAR, country VARCHAR,
            sector VARCHAR, aliases VARCHAR[], description VARCHAR, pack VARCHAR
        );
        CREATE TABLE places (
            id VARCHAR PRIMARY KEY, name VARCHAR, latitude DOUBLE, longitude DOUBLE,
            country VARCHAR, admin1 VARCHAR, admin2 VARCHAR, kind VARCHAR,
            geonames_id BIGINT, population BIGINT, is_area BOOLEAN
        );
        CREATE TABLE events (
            id VARCHAR, article_id VARCHAR, type VARCHAR, mode VARCHAR, trigger VARCHAR,
            source_actor VARCHAR, target_actor VARCHAR, source_text VARCHAR, target_text VARCHAR,
            place_text VARCHAR, place_id VARCHAR, {_TIME}, {_CLAIM},
            killed INTEGER, injured INTEGER, civilians INTEGER, children INTEGER, women INTEGER,
            instrument VARCHAR, {_EVIDENCE}
        );
        CREATE TABLE relations (
            id VARCHAR, article_id VARCHAR, kind VARCHAR, source_actor VARCHAR, target_actor VARCHAR,
            source_text VARCHAR, target_text VARCHAR, trigger VARCHAR, {_TIME}, {_CLAIM}, {_EVIDENCE}
        );
        CREATE TABLE control_changes (
            id VARCHAR, article_id VARCHAR, kind VARCHAR, place_text VARCHAR, place_id VARCHAR,
            new_controller VARCHAR, previous_controller VARCHAR,
            new_controller_text VARCHAR, previous_controller_text VARCHAR, trigger VARCHAR,
            {_TIME}, {_CLAIM}, {_EVIDENCE}
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_date ON events(date);
        CREATE INDEX mentions_article ON mentions(article_id);
        """,
    ),
    (
        "0002_fused_events",
        """
        CREATE TABLE fused_events (
            id VARCHAR PRIMARY KEY, type VARCHAR, mode VARCHAR, source_actor VARCHAR,
            target_actor VARCHAR, actors VARCHAR[], place_id VARCHAR, place_name VARCHAR,
            latitude DOUBLE, longitude DOUBLE, admin1 VARCHAR, country VARCHAR,
            date_start DATE, date_end DATE, date_precision VARCHAR,
            killed_min INTEGER, killed_max INTEGER, civilians_min INTEGER, civilians_max INTEGER,
            n_sources INTEGER, n_reports INTEGER, confidence DOUBLE, contradiction VARCHAR,
            sentence VARCHAR, computed_at TIMESTAMP
        );
        CREATE TABLE fused_event_members (
            fused_id VARCHAR, event_id VARCHAR, article_id VARCHAR, outlet VARCHAR
        );
        CREATE INDEX fused_members_fused ON fused_event_members(fused_id);
        """,
    ),
    (
        # A toll over a period ("330,000 killed since 2011") is a statistic, not an event;
        # a fused event's figure is a UCDP-style best estimate within its low..high range.
        "0003_casualty_statistics",
        f"""
        CREATE TABLE casualty_statistics (
            id VARCHAR, article_id VARCHAR, killed INTEGER, injured INTEGER,
            period_start DATE, start_precision VARCHAR, period_end DATE, period_text VARCHAR,
            place_id VARCHAR, place_text VARCHAR, {_CLAIM}, {_EVIDENCE}
        );
        CREATE INDEX casualty_statistics_article ON casualty_statistics(article_id);
        ALTER TABLE fused_events ADD COLUMN killed_best INTEGER;
        """,
    ),
    ("0004_reviews", reviews_migration()),
    (
        # The live watcher's memory: each source's fetch state and the items already read,
        # the articles already checked for alerts, and every alert sent (its key is the
        # change it reports, so a change is never alerted twice, across restarts too).
        "0005_watch_sources",
        """
        CREATE TABLE watch_sources (
            source VARCHAR PRIMARY KEY, kind VARCHAR, etag VARCHAR, last_modified VARCHAR,
            failures INTEGER, next_try TIMESTAMP, last_ok TIMESTAMP, last_error VARCHAR,
            updated_at TIMESTAMP
        );
        CREATE TABLE watch_items (
            source VARCHAR, item VARCHAR, digest VARCHAR, seen_at TIMESTAMP, PRIMARY KEY (source, item)
        );
        CREATE TABLE watch_checked_articles (article_id VARCHAR PRIMARY KEY, checked_at TIMESTAMP);
        CREATE TABLE watch_alerts (
            key VARCHAR PRIMARY KEY, kind VARCHAR, created_at TIMESTAMP, summary VARCHAR, payload VARCHAR
        );
        """,
    ),
    (
        "0006_furniture",
        """
        ALTER TABLE articles ADD COLUMN furniture STRUCT(start INTEGER, "end" INTEGER, kind VARCHAR, text VARCHAR)[];
        """,
    ),
    (
        # the fact views select m.*, so they show the new column without being redefined
        "0007_sentence_repeats",
        """
        ALTER TABLE events_machine ADD COLUMN repeats INTEGER DEFAULT 1;
        ALTER TABLE relations_machine ADD COLUMN repeats INTEGER DEFAULT 1;
        ALTER TABLE control_changes_machine ADD COLUMN repeats INTEGER DEFAULT 1;
        ALTER TABLE casualty_statistics ADD COLUMN repeats INTEGER DEFAULT 1;
        """,
    ),
    (
        # the extraction path that found each fact ("event:verb-trigger", extract/foundby.py);
        # the fact views select m.*, so they show it too
        "0008_found_by",
        """
        ALTER TABLE events_machine ADD COLUMN found_by VARCHAR DEFAULT '';
        ALTER TABLE relations_machine ADD COLUMN found_by VARCHAR DEFAULT '';
        ALTER TABLE control_changes_machine ADD COLUMN found_by VARCHAR DEFAULT '';
        """,
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)
