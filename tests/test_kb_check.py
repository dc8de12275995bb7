"""Actor packs are validated all at once, with file:line, and overlays need no code."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from frontwatch.cli.kb import kb_app
from frontwatch.errors import InvalidKnowledgeBase
from frontwatch.kb.actors import check_packs, load_actor_kb

BROKEN = """\
# test overlay with four mistakes
pack: broken
actors:
- id: ANSAR_ALLAH
  name: Ansar Allah
  type: armed_group
  country: YEM
  aliases: [Houthis]
- id: ANSAR_ALLAH
  name: Ansar Allah again
  type: armed_group
- id: FAKE_BRIGADE
  name: Fake Brigade
  type: brigade
  edges: [member_of NO_SUCH_ACTOR 2015..]
- id: HEZBOLLAH_COPY
  name: Copy
  type: armed_group
  aliases: [Sham Legion]
"""

OVERLAY = """\
# Source: test. Licence: MIT. Known gaps: everything else in Western Sahara (a war the
#   shipped packs do not cover, so the overlay's names are its own).
pack: western_sahara
actors:
- {id: POLISARIO, name: Polisario Front, type: armed_group, country: ESH, sector: REB,
   aliases: [Polisario, Frente Polisario, Polisario rebels], edges: ["backs POLISARIO_MEDIA 1999.."]}
- {id: POLISARIO_MEDIA, name: Sahara Press Service, type: media, country: ESH, sector: MED,
   aliases: [SPS news agency]}
- {id: SOHR, name: Syrian Observatory for Human Rights, type: ngo, country: GBR, sector: NGO,
   aliases: [SOHR, the Observatory, Coventry-based monitor]}
"""


def test_shipped_packs_are_clean():
    assert check_packs() == []


def test_broken_overlay_reports_every_problem_with_file_and_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    problems = check_packs([path])
    joined = "\n".join(problems)
    assert f"{path}:9: id: duplicate id 'ANSAR_ALLAH'" in joined
    assert f"{path}:14: type: 'brigade' is not one of" in joined
    assert f"{path}:15: edges: member_of target 'NO_SUCH_ACTOR' is not a known actor" in joined
    assert f"{path}:19: aliases: 'sham legion' also names FAYLAQ_AL_SHAM" in joined
    assert len(problems) == 4


def test_load_refuses_a_broken_overlay(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(InvalidKnowledgeBase, match="4 problem"):
        load_actor_kb(extra_files=[path])


def test_overlay_adds_and_overrides_actors(tmp_path):
    path = tmp_path / "western_sahara.yaml"
    path.write_text(OVERLAY, encoding="utf-8")
    assert check_packs([path]) == []
    kb = load_actor_kb(extra_files=[str(path)])
    assert kb.resolve("Polisario rebels").actor_id == "POLISARIO"
    assert kb.resolve("the Coventry-based monitor").actor_id == "SOHR"
    assert kb.get("SOHR").pack == "western_sahara"
    assert kb.backers_of("POLISARIO_MEDIA") == ["POLISARIO"]


def test_declared_ambiguity_is_allowed_and_never_guessed(tmp_path):
    path = tmp_path / "ambiguous.yaml"
    path.write_text(
        "pack: amb\nactors:\n- {id: HEZBOLLAH_IRAQ, name: Hezbollah in Iraq, type: armed_group,"
        " aliases: [Hezbollah]}\nambiguous:\n  Hezbollah: [HEZBOLLAH, HEZBOLLAH_IRAQ]\n",
        encoding="utf-8",
    )
    assert check_packs([path]) == []
    kb = load_actor_kb(extra_files=[path])
    match, why = kb.explain("Hezbollah")
    assert match is None
    assert why == "ambiguous: HEZBOLLAH|HEZBOLLAH_IRAQ"


def test_cli_check_exit_codes_and_json(tmp_path):
    runner = CliRunner()
    ok = runner.invoke(kb_app, ["check", "--json"])
    assert ok.exit_code == 0 and json.loads(ok.output) == {"problems": [], "ok": True}
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    bad = runner.invoke(kb_app, ["check", str(path)])
    assert bad.exit_code == 1
    assert f"{path}:15: edges:" in bad.output


def test_cli_show_resolves_names_and_ids():
    runner = CliRunner()
    shown = runner.invoke(kb_app, ["show", "Lavrov", "--date", "2015-06-01", "--json"])
    info = json.loads(shown.output)
    assert info["actor"]["id"] == "P_SERGEI_LAVROV" and info["acting_for"] == "RUS"
    assert runner.invoke(kb_app, ["show", "HTS"]).exit_code == 0
    # a made-up name (not "Blorgistan", which is a fuzzy spelling of the Balochistan Liberation Front)
    assert runner.invoke(kb_app, ["show", "Qwertania Liberation Front"]).exit_code == 2


def test_a_pack_may_be_a_folder_of_files(tmp_path):
    folder = tmp_path / "western_sahara_pack"
    folder.mkdir()
    (folder / "a_groups.yaml").write_text(OVERLAY, encoding="utf-8")
    (folder / "b_people.yaml").write_text(
        "pack: western_sahara\nactors:\n- {id: P_MOHAMED_ABDELAZIZ, name: Mohamed Abdel-Aziz,"
        " type: person, country: ESH, sector: REB,\n"
        '   edges: ["leads POLISARIO 1976-08..2016-05-31 Secretary-General"]}\n',
        encoding="utf-8",
    )
    assert check_packs([folder]) == []
    kb = load_actor_kb(extra_files=[folder])
    assert kb.resolve("Mohamed Abdel Aziz").actor_id == "P_MOHAMED_ABDELAZIZ"
    assert kb.acting_for("P_MOHAMED_ABDELAZIZ", dt.date(2010, 1, 1)) == ("POLISARIO")
