"""One event-type table (src/frontwatch/data/eventtypes.yaml), read by extraction, the
network, the exports and the server; no other table may say anything different."""

from __future__ import annotations

from pathlib import Path

import yaml

import frontwatch
from frontwatch.eventtypes import (
    FIELDS,
    event_score,
    event_tie,
    event_type_table,
    relation_weight,
    type_info,
)
from frontwatch.extract import event_type_info

PACKAGE = Path(frontwatch.__file__).parent
THE_TABLE = "data/eventtypes.yaml"


def test_the_merged_table_keeps_the_modes_and_fields_of_both_old_tables():
    types = event_type_table()["types"]
    assert len(types) == 16
    assert {"targeted", "shelling", "seize"} <= set(types["ASSAULT"]["modes"])
    assert {"seize", "arrest", "restrict"} == set(types["COERCE"]["modes"])
    assert {"troops", "weapons", "militia"} == set(types["MOBILIZE"]["modes"])
    assert {"withdraw", "release", "ceasefire"} == set(types["RETREAT"]["modes"])
    for name, entry in types.items():
        assert set(FIELDS) | {"tie"} <= set(entry), name
    assert (
        event_tie("assault") == "fights"
        and event_tie("AID") == "backs"
        and event_tie("REQUEST") == ""
    )
    assert relation_weight("backs") == 7.0 and relation_weight("not_a_kind") == 0.0


def test_every_reader_gives_the_same_answer():
    for name, entry in event_type_table()["types"].items():
        for mode in ["", *(entry.get("modes") or {})]:
            info = event_type_info(name, mode)
            assert type_info(name, mode) == {f: info[f] for f in FIELDS}
            assert event_score(name, mode) == info["score"]
    assert type_info("NOT_A_TYPE") == dict.fromkeys(FIELDS) and event_score("NOT_A_TYPE") == 0.0


def test_no_other_table_says_anything_different():
    for path in sorted(PACKAGE.rglob("*.yaml")):
        name = path.relative_to(PACKAGE).as_posix()
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if name == THE_TABLE or not isinstance(data, dict):
            continue
        assert "ASSAULT" not in (data.get("types") or {}), (
            f"{name}: a second event-type table; edit {THE_TABLE} instead"
        )
