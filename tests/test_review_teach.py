"""Teaching the knowledge base in review mode: a new actor or an alias goes to the overlay pack,
which kb check validates and a later run uses; a name that would break the packs is refused and
the overlay is left as it was; hostile text stays data."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient
from test_review_api import HEADERS, TOKEN
from test_serve_corpus import HOSTILE_IMG, build_store
from typer.testing import CliRunner

from frontwatch.cli.main import app as cli
from frontwatch.kb.actors import check_packs, load_actor_kb
from frontwatch.pipeline import process_texts
from frontwatch.serve import create_app
from frontwatch.settings import Settings

NEW_GROUP = "Saraya al-Ghadab al-Shamali"  # invented: no pack knows it
TEXT = f"{NEW_GROUP} fighters attacked army positions near Hama on Monday, killing four soldiers."


@pytest.fixture
def overlay(tmp_path: Path) -> Path:
    return tmp_path / "overlay"


@pytest.fixture
def client(tmp_path: Path, overlay: Path) -> TestClient:
    app = create_app(build_store(tmp_path / "fw.duckdb"), allowed_hosts=["testserver"], review_token=TOKEN,
                     review_overlay=overlay)
    return TestClient(app, raise_server_exceptions=False)


def _teach(client: TestClient, **body: object):
    return client.post("/api/review/kb/actors", json=body, headers=HEADERS)


def test_a_new_actor_is_written_checked_and_used_by_a_later_run(client, overlay):
    before = process_texts([TEXT])[0].events
    assert before and before[0].source_actor != "SARAYA_GHADAB"
    response = _teach(client, name=NEW_GROUP, new={"id": "SARAYA_GHADAB", "name": NEW_GROUP, "type": "armed_group",
                                                   "country": "SYR", "sector": "REB"})
    assert response.status_code == 200, response.text
    taught = overlay / "actors.yaml"
    assert check_packs([taught]) == []
    assert load_actor_kb(extra_files=[taught]).resolve(NEW_GROUP).actor_id == "SARAYA_GHADAB"
    settings = Settings(review_overlay=str(overlay))
    assert settings.actor_files() == (str(taught),)
    after = process_texts([TEXT], settings=settings)[0].events
    assert after[0].source_actor == "SARAYA_GHADAB"


def test_an_alias_copies_the_shipped_actor_with_its_edges(client, overlay):
    response = _teach(client, name="the Tiger commandos", alias_of="TIGER_FORCES")
    assert response.status_code == 200, response.text
    (entry,) = yaml.safe_load((overlay / "actors.yaml").read_text(encoding="utf-8"))["actors"]
    assert entry["id"] == "TIGER_FORCES" and "the Tiger commandos" in entry["aliases"]
    assert entry["edges"]  # the shipped entry's ties come with it: the overlay replaces it whole
    assert load_actor_kb(extra_files=[overlay / "actors.yaml"]).resolve("the Tiger commandos").actor_id == "TIGER_FORCES"


@pytest.mark.parametrize(("body", "words"), [
    ({"name": "Some Brigade", "new": {"id": "lower case", "name": "Some Brigade", "type": "armed_group"}}, "UPPER_SNAKE"),
    ({"name": "Some Brigade", "new": {"id": "SOME_BRIGADE", "name": "Some Brigade", "type": "picnic"}}, "type"),
    ({"name": "Some Brigade", "alias_of": "NO_SUCH_ACTOR"}, "no actor"),
    ({"name": "Some Brigade"}, "either alias_of"),
])
def test_what_would_break_the_packs_is_refused_and_nothing_is_written(client, overlay, body, words):
    response = _teach(client, **body)
    assert response.status_code == 422
    assert words in response.json()["error"]["message"]
    assert not (overlay / "actors.yaml").exists()


def test_teaching_needs_the_token(client, overlay):
    response = client.post("/api/review/kb/actors", json={"name": "x", "alias_of": "TIGER_FORCES"},
                           headers={"Origin": "http://testserver"})
    assert response.status_code == 403
    assert not overlay.exists()


def test_a_hostile_alias_stays_text_in_the_pack(client, overlay):
    name = f"Brigade {HOSTILE_IMG}"
    assert _teach(client, name=name, alias_of="TIGER_FORCES").status_code == 200
    entry = yaml.safe_load((overlay / "actors.yaml").read_text(encoding="utf-8"))["actors"][0]
    assert name in entry["aliases"]


def test_kb_check_validates_the_review_overlay_in_use(tmp_path, monkeypatch):
    overlay = tmp_path / "frontwatch-overlay"
    overlay.mkdir()
    (overlay / "actors.yaml").write_text("pack: review-overlay\nactors:\n- {id: bad id, name: X, type: armed_group}\n",
                                         encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["kb", "check"])
    assert result.exit_code == 1
    assert "frontwatch-overlay/actors.yaml" in result.output and "UPPER_SNAKE" in result.output
