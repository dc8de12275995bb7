"""Review mode's API over the hand-made store of test_serve_corpus.py: writes need the token and
this server's origin; confirm, reject and edit change what the events, network and control
queries return at once; the machine's output stays available; a read-only server refuses."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_serve_corpus import HOSTILE_SCRIPT, build_store

from frontwatch.serve import create_app

TOKEN = "test-token-1234"
HEADERS = {"X-FrontWatch-Token": TOKEN, "Origin": "http://testserver"}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "fw.duckdb")


@pytest.fixture
def client(db: Path) -> TestClient:
    return TestClient(create_app(db, allowed_hosts=["testserver"], review_token=TOKEN), raise_server_exceptions=False)


def _review(client: TestClient, record: str, record_id: str, **body: object) -> dict:
    response = client.post(f"/api/review/facts/{record}/{record_id}", json=body, headers=HEADERS)
    assert response.status_code == 200, response.text
    return response.json()["review"]


def _event_ids(client: TestClient, **params: object) -> dict[str, dict]:
    return {e["id"]: e for e in client.get("/api/events", params={"certainty": "all", **params}).json()["events"]}


def _reviews_in(db_client: TestClient) -> int:
    queue = db_client.get("/api/review/status").json()["progress"]
    return sum(kind["reviewed"] for kind in queue.values())


@pytest.mark.parametrize("headers", [
    {},  # no token
    {"X-FrontWatch-Token": "wrong-token", "Origin": "http://testserver"},
    {"X-FrontWatch-Token": TOKEN, "Origin": "http://evil.example"},  # another page, even with the token
    {"X-FrontWatch-Token": TOKEN, "Origin": "http://testserver", "Sec-Fetch-Site": "cross-site"},
])
def test_writes_without_the_token_or_from_another_origin_are_refused(client, headers):
    response = client.post("/api/review/facts/event/ev-palmyra", json={"action": "reject"}, headers=headers)
    assert response.status_code == 403, response.text
    assert response.json()["error"]["status"] == 403
    assert _reviews_in(client) == 0
    assert "ev-palmyra" in _event_ids(client)


def test_a_form_post_is_refused_even_with_the_token(client):
    response = client.post("/api/review/facts/event/ev-palmyra", content=b"action=reject",
                           headers={**HEADERS, "Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 415
    assert _reviews_in(client) == 0


def test_a_server_without_review_mode_stays_read_only(db):
    plain = TestClient(create_app(db, allowed_hosts=["testserver"]), raise_server_exceptions=False)
    response = plain.post("/api/review/facts/event/ev-palmyra", json={"action": "reject"}, headers=HEADERS)
    assert response.status_code == 405
    assert plain.get("/api/review/status").json()["review"] is False


def test_reject_removes_an_event_from_queries_and_the_machine_view_keeps_it(client):
    assert "ev-mosul" in _event_ids(client)
    row = _review(client, "event", "ev-mosul", action="reject", note="Not a clash: a report of flight.",
                  reviewer="analyst-1")
    assert row["before"]["type"] == "ASSAULT" and row["action"] == "reject"
    assert "ev-mosul" not in _event_ids(client)
    assert client.get("/api/events/count", params={"place": "Mosul"}).json()["count"] == 0
    assert "ev-mosul" in _event_ids(client, machine=1)
    assert "ev-mosul" not in _event_ids(client)  # the machine view was for that request only


def test_edit_changes_type_toll_and_place_and_confirm_marks_a_fact(client):
    _review(client, "event", "ev-saraqib-reuters", action="edit",
            changes={"killed": 11, "type": "coerce", "place_id": "gn:170063"}, note="Toll revised the next day.")
    event = _event_ids(client)["ev-saraqib-reuters"]
    assert (event["killed"], event["type"], event["place_name"], event["review"]) == (11, "COERCE", "Aleppo", "edit")
    places = {p["name"]: p["events"] for p in client.get("/api/events/places").json()}
    assert places.get("Aleppo", 0) >= 1
    _review(client, "event", "ev-palmyra", action="confirm")
    assert _event_ids(client)["ev-palmyra"]["review"] == "confirm"
    history = client.get("/api/review/facts/event/ev-saraqib-reuters").json()
    assert history["machine"]["killed"] == 9 and history["reviews"][0]["after"]["killed"] == 11


def test_a_later_edit_keeps_the_earlier_edits_fields(client):
    _review(client, "event", "ev-kobani", action="edit", changes={"killed": 4})
    _review(client, "event", "ev-kobani", action="edit", changes={"date": "2015-01-27"})
    event = _event_ids(client)["ev-kobani"]
    assert (event["killed"], str(event["date"])) == (4, "2015-01-27")


def test_rejecting_a_relation_removes_its_edge_from_the_network(client):
    def backs() -> set[tuple[str, str]]:
        edges = client.get("/api/network").json()["edges"]
        return {(e["source"], e["target"]) for e in edges if e["kind"] == "backs"}

    assert ("RUS_AIRFORCE", "SYR_MIL") in backs()
    relation = next(e for e in client.get("/api/network").json()["edges"]
                    if e["kind"] == "backs" and e["source"] == "RUS_AIRFORCE")["evidence"][0]
    assert relation["origin"] == "relation"
    _review(client, "relation", relation["record_id"], action="reject")
    assert ("RUS_AIRFORCE", "SYR_MIL") not in backs()


def test_editing_a_capture_changes_who_holds_the_place(client):
    def holder() -> str:
        rows = client.get("/api/control", params={"place": "Palmyra"}).json()
        return rows[0]["new_controller"]

    assert holder() == "SYR_MIL"
    _review(client, "control", "cc-palmyra", action="edit", changes={"new_controller": "RUS_AIRFORCE"})
    assert holder() == "RUS_AIRFORCE"
    timeline = client.get("/api/control/timeline", params={"place": "gn:172408"}).json()
    assert timeline["periods"][-1]["controller"] == "RUS_AIRFORCE"


@pytest.mark.parametrize(("body", "words"), [
    ({"action": "edit", "changes": {"killed": -3}}, "whole number"),
    ({"action": "edit", "changes": {"type": "PICNIC"}}, "not one of"),
    ({"action": "edit", "changes": {"sentence": "rewritten"}}, "not an editable field"),
    ({"action": "edit", "changes": {"date": "31/12/2016"}}, "not a date"),
    ({"action": "edit", "changes": {}}, "at least one"),
    ({"action": "reject", "changes": {"killed": 1}}, "takes no changes"),
])
def test_bad_reviews_get_a_clear_error_and_change_nothing(client, body, words):
    response = client.post("/api/review/facts/event/ev-palmyra", json=body, headers=HEADERS)
    assert response.status_code == 422, response.text
    assert words in response.json()["error"]["message"]
    assert _reviews_in(client) == 0


def test_an_unknown_fact_is_404(client):
    response = client.post("/api/review/facts/event/no-such-event", json={"action": "confirm"}, headers=HEADERS)
    assert response.status_code == 404


def test_hostile_notes_are_stored_and_returned_verbatim_as_data(client):
    note = f"{HOSTILE_SCRIPT} '; DROP TABLE reviews; --"
    _review(client, "event", "ev-hostile", action="confirm", note=note)
    history = client.get("/api/review/facts/event/ev-hostile").json()
    assert history["reviews"][0]["note"] == note


def test_the_queue_puts_changes_of_hands_first_and_counts_what_is_left(client):
    first = client.get("/api/review/queue", params={"limit": 3}).json()
    assert [row["record"] for row in first["queue"][:2]] == ["control", "control"]
    assert first["progress"]["control"] == {"facts": 2, "reviewed": 0, "left": 2}
    _review(client, "control", first["queue"][0]["record_id"], action="confirm")
    after = client.get("/api/review/queue", params={"limit": 3}).json()
    assert after["progress"]["control"]["left"] == 1
    assert first["queue"][0]["record_id"] not in [row["record_id"] for row in after["queue"]]
