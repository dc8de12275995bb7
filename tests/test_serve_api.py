"""The REST API over a hand-made store: filters, one event's sources, articles, network,
control, timeline; one error shape; read-only; hostile parameters never reach the SQL."""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path
from urllib.parse import quote

import pytest
import typer
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_serve_corpus import HOSTILE_IMG, HOSTILE_SCRIPT, HOSTILE_TEXT, build_store
from typer.testing import CliRunner

from frontwatch.cli.serve import register_serve
from frontwatch.serve import create_app
from frontwatch.store import detail

INJECTIONS = ["' OR 1=1 --", '"; DROP TABLE events; --', "1; DELETE FROM articles", "%' UNION SELECT * FROM actors --",
              "\\'; ATTACH 'x.db' AS x; --", "ev-palmyra' --", "\x00", "%", "_"]
EVENT_PARAMS = ["actor", "type", "since", "until", "place", "certainty", "limit", "offset"]
ENDPOINT_PARAMS = {
    "/api/events": EVENT_PARAMS,
    "/api/events/count": EVENT_PARAMS[:6],
    "/api/events/places": [*EVENT_PARAMS[:6], "limit"],
    "/api/timeline": [*EVENT_PARAMS[:6], "bucket"],
    "/api/actors": ["search", "limit"],
    "/api/places": ["search", "limit"],
    "/api/network": ["as_of", "since", "limit"],
    "/api/control": ["as_of", "place", "certainty"],
}
TABLES = ["articles", "events", "relations", "control_changes", "places", "actors", "fused_event_members"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve") / "fw.duckdb")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db, allowed_hosts=["testserver"]), raise_server_exceptions=False)


def _ok(client: TestClient, url: str, **params: object) -> object:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _error(response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == status and body["error"]["message"]
    assert "Traceback" not in response.text
    return body["error"]["message"]


def _snapshot(client: TestClient, db: Path) -> tuple[object, ...]:
    store = client.app.state.access.store
    counts = tuple(store.scalar(f"SELECT count(*) FROM {table}") for table in TABLES)
    return counts, hashlib.sha256(db.read_bytes()).hexdigest()


def test_events_are_filtered_paged_and_counted(client):
    page = _ok(client, "/api/events")
    assert page["total"] == 6 and len(page["events"]) == 6  # the hedged Aleppo report is not a plain fact
    assert [e["date"] for e in page["events"]] == sorted(e["date"] for e in page["events"])
    assert _ok(client, "/api/events", certainty="all")["total"] == 7
    assert [e["id"] for e in _ok(client, "/api/events", certainty="hedged")["events"]] == ["ev-aleppo"]
    assert {e["id"] for e in _ok(client, "/api/events", actor="ISIS")["events"]} == {"ev-palmyra", "ev-kobani",
                                                                                   "ev-mosul"}
    assert _ok(client, "/api/events", place="Idlib")["total"] == 2
    assert _ok(client, "/api/events", since="2016-01-01", until="2016-12-31")["total"] == 3
    assert _ok(client, "/api/events", type="assault", actor="", since="")["total"] == 6  # blank = any
    second = _ok(client, "/api/events", limit=2, offset=2)
    assert second["total"] == 6 and [e["id"] for e in second["events"]] == [e["id"] for e in page["events"][2:4]]
    assert _ok(client, "/api/events/count", actor="YPG") == {"count": 2}
    places = {p["name"]: p["events"] for p in _ok(client, "/api/events/places")}
    assert places == {"Saraqib": 2, "Palmyra": 1, "Kobani": 1, "Mosul": 1, "Afrin": 1}
    assert [p["name"] for p in _ok(client, "/api/events/places", actor="IRQ_MIL")] == ["Mosul"]


def test_every_event_carries_its_sentence_and_article(client):
    for event in _ok(client, "/api/events", certainty="all")["events"]:
        article = _ok(client, f"/api/articles/{event['article_id']}")
        assert article["text"][event["sentence_start"] : event["sentence_end"]] == event["sentence"]


def test_an_event_lists_every_fused_source(client):
    fused = _ok(client, "/api/events/ev-saraqib-reuters")
    assert fused["event"]["id"] == "ev-saraqib-reuters"
    assert {s["article_source"] for s in fused["sources"]} == {"Reuters", "AFP"}
    assert {s["id"] for s in _ok(client, "/api/events/fz-saraqib")["sources"]} == {"ev-saraqib-reuters",
                                                                                   "ev-saraqib-afp"}
    alone = _ok(client, "/api/events/ev-palmyra")
    assert [s["id"] for s in alone["sources"]] == ["ev-palmyra"] and alone["fused"] is None


def test_articles_come_back_verbatim_as_json_data(client):
    article = _ok(client, "/api/articles/art-hostile")
    assert article["text"] == HOSTILE_TEXT and HOSTILE_SCRIPT in article["text"] and HOSTILE_IMG in article["text"]
    assert {"title", "source", "published", "url"} <= set(article)


def test_actors_places_network_control_and_timeline(client):
    assert {a["id"] for a in _ok(client, "/api/actors")} >= {"ISIS", "YPG", "RUS_AIRFORCE", "SYR_MIL"}
    assert [p["name"] for p in _ok(client, "/api/places", search="Palm")] == ["Palmyra"]
    graph = _ok(client, "/api/network")
    backs = {(e["source"], e["target"]) for e in graph["edges"] if e["kind"] == "backs"}
    assert backs == {("RUS_AIRFORCE", "SYR_MIL"), ("USA_MIL", "YPG")}
    assert all(e["evidence"] and e["evidence"][0]["sentence"] for e in graph["edges"])
    early = _ok(client, "/api/network", as_of="2015-12-31")
    assert {n["id"] for n in early["nodes"]} == {"USA_MIL", "YPG", "ISIS"}
    assert {c["place_name"]: c["new_controller"] for c in _ok(client, "/api/control")} == {"Palmyra": "SYR_MIL",
                                                                                          "Kobani": "YPG"}
    assert [c["place_name"] for c in _ok(client, "/api/control", as_of="2015-06-01")] == ["Kobani"]
    months = _ok(client, "/api/timeline")
    assert [(m["period"], m["events"]) for m in months][:2] == [("2015-01-01", 1), ("2016-02-01", 2)]
    assert sum(m["events"] for m in _ok(client, "/api/timeline", bucket="year")) == 6


@pytest.mark.parametrize(("url", "status", "words"), [
    ("/api/events?limit=1001", 422, "limit"),
    ("/api/events?limit=0", 422, "limit"),
    ("/api/events?offset=-1", 422, "offset"),
    ("/api/events?since=2016-13-01", 422, "since"),
    ("/api/events?until=yesterday", 422, "until"),
    ("/api/events?since=2017-01-01&until=2016-01-01", 422, "after"),
    ("/api/events?certainty=sure", 422, "certainty"),
    ("/api/timeline?bucket=decade", 422, "bucket"),
    ("/api/network?as_of=2016-02-30", 422, "as_of"),
    ("/api/events/no-such-event", 404, "no-such-event"),
    ("/api/articles/no-such-article", 404, "no-such-article"),
    ("/api/nothing-here", 404, "Not Found"),
    ("/api/events?actor=" + "x" * 201, 422, "actor"),
])
def test_bad_requests_get_one_clear_error_shape(client, url, status, words):
    assert words in _error(client.get(url), status)


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
def test_the_server_is_read_only(client, method):
    response = client.request(method, "/api/events")
    _error(response, 405)
    assert response.headers["allow"] == "GET, HEAD"


def test_large_bodies_and_foreign_hosts_are_refused(client):
    _error(client.request("GET", "/api/events", content=b"x" * 1_000_001), 413)
    _error(client.post("/api/events", content=b"x" * 2_000_000), 413)
    _error(client.get("/api/events", headers={"Host": "evil.example"}), 400)  # DNS rebinding


def test_head_and_security_headers(client):
    head = client.head("/api/events")
    assert head.status_code == 200 and head.content == b""
    page = client.get("/")
    assert page.status_code == 200 and "<svg id=\"map\"" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"


def test_unexpected_errors_are_500_without_a_trace(client, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(detail, "select_article", explode)
    message = _error(client.get("/api/articles/art-palmyra"), 500)
    assert "secret" not in message


def test_openapi_and_docs_are_served(client):
    paths = _ok(client, "/openapi.json")["paths"]
    assert {"/api/events", "/api/events/count", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/actors",
            "/api/network", "/api/places", "/api/control", "/api/timeline", "/api/event-types"} <= set(paths)
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "swagger-ui-bundle.js" in docs.text, "docs not installed: run bash scripts/install_frontend.sh"
    assert "http" not in docs.text


def test_without_vendored_files_docs_and_health_say_how_to_install(client, monkeypatch, tmp_path):
    from frontwatch.serve import assets

    monkeypatch.setattr(assets, "STATIC", tmp_path)
    assert "scripts/install_frontend.sh" in client.get("/docs").text
    assert _ok(client, "/api/health")["vendor_installed"] is False


def test_injection_strings_in_every_parameter_leave_the_store_unchanged(client, db):
    before = _snapshot(client, db)
    for (url, names), value in itertools.product(ENDPOINT_PARAMS.items(), INJECTIONS):
        for name in names:
            response = client.get(url, params={name: value})
            assert response.status_code in (200, 404, 422), (url, name, value, response.text)
    for value in INJECTIONS:
        for url in ("/api/events/{}", "/api/articles/{}"):
            assert client.get(url.format(quote(value, safe=""))).status_code in (404, 422)
    assert _ok(client, "/api/events", actor="' OR 1=1 --")["total"] == 0  # a literal, not SQL
    assert _snapshot(client, db) == before


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(["actor", "type", "place", "since", "until"]), value=st.text(max_size=60))
def test_any_text_in_a_filter_is_answered_without_a_server_error(client, name, value):
    response = client.get("/api/events", params={name: value})
    assert response.status_code in (200, 422), response.text


def test_serve_command_is_registered_and_fails_clearly_without_a_store(tmp_path):
    app = typer.Typer()
    register_serve(app)

    @app.command()
    def other() -> None:  # a second command so Typer keeps `serve` as a subcommand
        """Placeholder."""

    runner = CliRunner()
    assert "--host" in runner.invoke(app, ["serve", "--help"]).output
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2 and "no FrontWatch database" in result.output


def test_event_types_come_from_the_one_table(client):
    types = {t["type"]: t for t in _ok(client, "/api/event-types")}
    assert len(types) == 16
    assert types["ASSAULT"]["tie"] == "fights" and "aerial" in types["ASSAULT"]["modes"]
    assert types["MOBILIZE"]["modes"] == ["troops", "weapons", "militia"] and types["MOBILIZE"]["tie"] == ""
