"""Every stored event, relation and control change says which extraction path found it
(extract/foundby.py): the family and the kind of cue, kept with its provenance, stored in
its own column and shown with the record."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

from frontwatch.store import Store

PUBLISHED = dt.date(2017, 5, 9)


@pytest.mark.parametrize(
    ("text", "trigger", "tag"),
    [
        ("Turkish jets bombed Kurdish positions near Afrin on Monday.", "bombed", "event:verb-trigger"),
        ("Rebels shelled government positions in Daraa on Sunday.", "shelled", "event:verb-trigger"),
        ("An air strike by Russian jets hit a market in Idlib on Tuesday.", "hit", "event:verb-trigger"),
        ("The shelling of Aleppo by government forces went on overnight.", "shelling", "event:noun-trigger"),
    ],
)
def test_an_event_names_the_part_of_speech_of_its_trigger(text: str, trigger: str, tag: str) -> None:
    found = [e for e in extract(text, PUBLISHED).events if e.trigger.lower().startswith(trigger)]
    assert found and {e.found_by.rsplit(":", 1)[0] for e in found} == {tag}


@pytest.mark.parametrize(
    "text",
    [
        "Iran backs the Houthi rebels in Yemen with weapons and money.",
        "The Syrian army, backed by Russian air power, fought rebels near Hama on Friday.",
        "Hezbollah fighters fought alongside the Syrian army in Qusayr.",
    ],
)
def test_every_relation_says_how_it_was_found(text: str) -> None:
    relations = extract(text, PUBLISHED).relations
    assert relations
    for relation in relations:
        family, _, path = relation.found_by.partition(":")
        assert family == "relation" and path, relation


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Iraqi forces captured the town of Tal Afar from Islamic State on Thursday.", "control:capture-verb"),
        ("Kurdish fighters seized Manbij from Islamic State militants on Friday.", "control:capture-verb"),
        ("The town of Palmyra was recaptured by the Syrian army on Sunday.", "control:capture-verb"),
    ],
)
def test_a_control_change_names_its_kind_and_cue(text: str, tag: str) -> None:
    changes = extract(text, PUBLISHED).control_changes
    assert changes and tag in {c.found_by for c in changes}


def test_the_tag_is_stored_and_read_back(tmp_path: object) -> None:
    result = extract("Turkish jets bombed Kurdish positions near Afrin on Monday.", PUBLISHED)
    with Store(f"{tmp_path}/found.duckdb") as store:
        store.migrate()
        store.write_results([result])
        stored = {r["found_by"] for r in store.query("SELECT found_by FROM events")}
        assert stored == {e.found_by for e in result.events}
        assert any(tag.startswith("event:verb-trigger:") for tag in stored)
