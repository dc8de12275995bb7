"""Teaching places in review mode: a new place picked at a point or another spelling of a known
place goes to the place overlay (places.yaml), which kb check validates and a later run's
gazetteer uses; writes need the token; bad coordinates and unknown places are refused with the
overlay left as it was; hostile text stays data."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_review_teach
import yaml
from fastapi.testclient import TestClient
from test_review_api import HEADERS, TOKEN
from test_serve_corpus import HOSTILE_IMG, build_store
from typer.testing import CliRunner

from frontwatch.cli.main import app as cli
from frontwatch.errors import InvalidKnowledgeBase
from frontwatch.kb.places import check_place_overlays, load_gazetteer
from frontwatch.pipeline import process_texts
from frontwatch.serve import create_app
from frontwatch.settings import Settings
from frontwatch.store.db import Store

client = test_review_teach.client  # the same fixtures: a review server and its overlay folder
overlay = test_review_teach.overlay
VILLAGE = "Tell Kharaz"  # invented: no gazetteer knows it
CAPTURE = f"Rebels captured {VILLAGE} on Monday."


def _teach(client: TestClient, **body: object):
    return client.post("/api/review/kb/places", json=body, headers=HEADERS)


def _taught(overlay: Path) -> dict:
    return yaml.safe_load((overlay / "places.yaml").read_text(encoding="utf-8"))


def test_a_place_picked_on_the_map_is_used_by_a_later_run(client, overlay):
    before = process_texts([CAPTURE])[0]
    assert not any(c.place_id for c in before.control_changes)  # the machine cannot place it
    response = _teach(client, name=VILLAGE, new={"lat": 36.5, "lon": 37.9})
    assert response.status_code == 200, response.text
    place = response.json()["place"]
    assert (place["id"], place["country"], place["admin1"]) == ("fw:taught-tell-kharaz", "SYR", "Aleppo")
    settings = Settings(review_overlay=str(overlay))
    assert settings.place_files() == (str(overlay / "places.yaml"),)
    assert check_place_overlays(settings.place_files()) == []
    after = process_texts([CAPTURE], settings=settings)[0]
    (change,) = after.control_changes
    assert (change.kind, change.new_controller, change.place_id) == ("capture", "GEN_REBELS", "fw:taught-tell-kharaz")
    (where,) = [p for p in after.places if p.id == change.place_id]
    assert (where.latitude, where.longitude, where.country) == (36.5, 37.9, "SYR")


def test_a_spelling_of_a_known_place_found_by_the_search_box(client, overlay):
    found = client.get("/api/review/places", params={"q": "Manbij"}).json()
    manbij = found[0]  # the place a run would choose first
    assert (manbij["name"], manbij["country"]) == ("Manbij", "SYR")
    response = _teach(client, name="Menbij city", alias_of=manbij["id"])
    assert response.status_code == 200, response.text
    assert _taught(overlay)["place_aliases"] == [{"place": manbij["id"], "names": ["Menbij city"]}]
    assert [p.id for p in _gazetteer_with(overlay).lookup("Menbij city")] == [manbij["id"]]


def _gazetteer_with(overlay: Path):
    return load_gazetteer(Settings(review_overlay=str(overlay)).place_files())


def test_a_taught_place_can_take_more_spellings_and_is_found_by_search(client, overlay):
    assert _teach(client, name=VILLAGE, new={"lat": 36.5, "lon": 37.9}).status_code == 200
    found = client.get("/api/review/places", params={"q": "Kharaz"}).json()  # GeoNames has an Iranian Kharaz
    assert "fw:taught-tell-kharaz" in [p["id"] for p in found]
    assert _teach(client, name="Tal Kharaz", alias_of="fw:taught-tell-kharaz").status_code == 200
    assert [p.id for p in _gazetteer_with(overlay).lookup("Tal Kharaz")] == ["fw:taught-tell-kharaz"]
    again = _teach(client, name=VILLAGE, new={"lat": 36.6, "lon": 37.8})
    assert again.status_code == 422 and "already has a place" in again.json()["error"]["message"]


@pytest.mark.parametrize(("new", "words"), [
    ({"lat": 91, "lon": 37.9}, "lat"),
    ({"lat": 36.5, "lon": -181}, "lon"),
    ({"lat": "north", "lon": 37.9}, "lat"),
    ({"lat": "NaN", "lon": 37.9}, "lat"),
    ({"lat": 36.5, "lon": "-Infinity"}, "lon"),
    ({"lat": 0.0, "lon": -30.0}, "give the country"),  # mid-Atlantic: no town to take a country from
    ({"lat": 36.5, "lon": 37.9, "kind": "picnic"}, "kind"),
])
def test_bad_coordinates_are_refused_and_nothing_is_written(client, overlay, new, words):
    response = _teach(client, name=VILLAGE, new=new)
    assert response.status_code == 422, response.text
    assert words in response.json()["error"]["message"]
    assert not (overlay / "places.yaml").exists()


def test_an_alias_of_an_unknown_place_is_refused(client, overlay):
    response = _teach(client, name="Somewhere", alias_of="gn:0")
    assert response.status_code == 422
    assert "'gn:0' is no place the gazetteer knows" in response.json()["error"]["message"]
    assert not (overlay / "places.yaml").exists()
    assert _teach(client, name="Somewhere").status_code == 422  # neither alias_of nor new


@pytest.mark.parametrize("headers", [{}, {"X-FrontWatch-Token": TOKEN, "Origin": "http://evil.example"}])
def test_teaching_a_place_needs_the_token_and_this_origin(client, overlay, headers):
    response = client.post("/api/review/kb/places", json={"name": VILLAGE, "new": {"lat": 36.5, "lon": 37.9}},
                           headers=headers)
    assert response.status_code == 403
    assert not overlay.exists()


def test_a_read_only_server_teaches_nothing(tmp_path, overlay):
    plain = TestClient(create_app(build_store(tmp_path / "ro.duckdb"), allowed_hosts=["testserver"],
                                  review_overlay=overlay), raise_server_exceptions=False)
    response = plain.post("/api/review/kb/places", json={"name": VILLAGE, "new": {"lat": 36.5, "lon": 37.9}},
                          headers=HEADERS)
    assert response.status_code == 405
    assert not overlay.exists()


def test_a_hostile_name_stays_text_in_the_overlay_and_the_answers(client, overlay):
    name = f"Tell {HOSTILE_IMG}"
    response = _teach(client, name=name, new={"lat": 36.5, "lon": 37.9})
    assert response.status_code == 200, response.text
    assert response.json()["place"]["name"] == name
    assert _taught(overlay)["places"][0]["name"] == name
    assert _taught(overlay)["places"][0]["id"] == "taught-tell-img-src-x-onerror-window-pwned-2"
    assert client.get("/api/review/places", params={"q": "onerror"}).json()[0]["name"] == name


def test_unknown_places_are_listed_from_the_store(tmp_path):
    text = "Government troops shelled the village of Zzarbqiyya, near Idlib, on Sunday."
    results = process_texts([text])  # placed at Idlib's point only: no gazetteer entry
    unresolved = [m.text for m in results[0].mentions if m.resolution in ("unresolved", "nearby")]
    with Store(tmp_path / "u.duckdb") as store:
        store.write_results(results)
    reader = TestClient(create_app(tmp_path / "u.duckdb", allowed_hosts=["testserver"]))
    listed = [row["text"] for row in reader.get("/api/review/unknown-places").json()]
    assert listed == unresolved and listed


def test_kb_check_validates_the_place_overlay_in_use(tmp_path, monkeypatch):
    folder = tmp_path / "frontwatch-overlay"
    folder.mkdir()
    (folder / "places.yaml").write_text(
        "places:\n- {id: taught-x, name: X Village, kind: populated_place, country: SYR, lat: 95, lon: 37.9}\n"
        "place_aliases:\n- {place: gn:0, names: [Y Village]}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["kb", "check"])
    assert result.exit_code == 1
    assert "frontwatch-overlay/places.yaml:2: lat/lon: not a coordinate" in result.output
    assert "frontwatch-overlay/places.yaml:4: place: 'gn:0' is no place the gazetteer knows" in result.output
    with pytest.raises(InvalidKnowledgeBase, match="lat/lon"):
        load_gazetteer(["frontwatch-overlay/places.yaml"])


def test_the_cli_teaches_a_place_that_kb_check_then_passes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    bad = runner.invoke(cli, ["review", "teach", VILLAGE, "--at", "36.5"])
    assert bad.exit_code == 2 and "LAT,LON" in bad.output
    north = runner.invoke(cli, ["review", "teach", VILLAGE, "--at", "north,37.9"])
    assert north.exit_code == 2 and "lat must be a number" in north.output
    taught = runner.invoke(cli, ["review", "teach", VILLAGE, "--at", "36.5,37.9"])
    assert taught.exit_code == 0, taught.output
    assert _taught(tmp_path / "frontwatch-overlay")["places"][0]["lat"] == 36.5
    checked = runner.invoke(cli, ["kb", "check"])
    assert checked.exit_code == 0, checked.output
    assert "actor packs and 1 place overlay(s): no problems" in checked.output
