"""Unit tests of the evaluation scorers on small synthetic gold and predictions.

The pipeline is never run here: ``predict_texts`` and the KB accessors are
monkeypatched with synthetic ArticleResults and a tiny fake KB.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from frontwatch.eval import fakes, fakes_data, plover, re3d, re3d_data
from frontwatch.eval.events import main_event
from frontwatch.eval.labels import load_labels
from frontwatch.eval.re3d import PredRelation, mention_type, relation_matches, score_entities
from frontwatch.eval.re3d_data import GoldEntity, GoldRelation
from frontwatch.eval.scoring import FieldScore, majority_value, within_tolerance
from frontwatch.records import (
    Actor,
    Article,
    ArticleResult,
    Casualties,
    Claim,
    Event,
    Evidence,
    Mention,
    Place,
    Relation,
    TimeRef,
)

ACTORS = {
    "SYR_AIRFORCE": Actor(
        "SYR_AIRFORCE", "Syrian Air Force", "state_forces", country="SYR", sector="MIL"
    ),
    "ISIS": Actor("ISIS", "Islamic State", "armed_group", sector="INS"),
    "GBR_MIL": Actor(
        "GBR_MIL", "British armed forces", "state_forces", country="GBR", sector="MIL"
    ),
    "LIWA_X": Actor("LIWA_X", "Liwa X", "armed_group", country="SYR", sector="REB"),
    "UN": Actor("UN", "United Nations", "igo", sector="IGO"),
    "USA": Actor("USA", "United States", "state", country="USA", sector="GOV"),
    "P_ASSAD": Actor("P_ASSAD", "Bashar al-Assad", "person", country="SYR", sector="GOV"),
}


class FakeKB:
    def __init__(self) -> None:
        self.edges = [SimpleNamespace(kind="member_of", source="LIWA_X", target="FSA")]

    def get(self, actor_id: str) -> Actor | None:
        return ACTORS.get(actor_id)

    def acting_for(self, actor_id: str, day: dt.date | None) -> str:
        return "SYR_GOV" if actor_id == "SYR_AIRFORCE" else ""


def result_for(text: str, **parts: object) -> ArticleResult:
    return ArticleResult(article=Article(id="a", text=text), **parts)  # type: ignore[arg-type]


def evidence(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence("a", start, start + len(sentence), sentence)


# ---- generic scoring ------------------------------------------------------------


def test_exact_and_overlapping_spans_differ() -> None:
    gold = [GoldEntity("d", "Organisation", 0, 15), GoldEntity("d", "Location", 20, 25)]
    preds = [GoldEntity("d", "Organisation", 4, 15), GoldEntity("d", "Location", 20, 25)]
    exact = score_entities(preds, gold, exact=True)
    overlap = score_entities(preds, gold, exact=False)
    assert exact["Organisation"].as_dict()["f1"] == 0.0
    assert overlap["Organisation"].as_dict()["f1"] == 1.0
    assert exact["Location"].as_dict()["f1"] == overlap["Location"].as_dict()["f1"] == 1.0


def test_spans_only_match_within_document_and_type() -> None:
    gold = [GoldEntity("d1", "Person", 0, 5)]
    preds = [GoldEntity("d2", "Person", 0, 5), GoldEntity("d1", "Organisation", 0, 5)]
    counts = score_entities(preds, gold, exact=True)
    assert counts["Person"].matched_gold == 0
    assert counts["Person"].pred == 1


def test_symmetric_relation_matches_either_direction() -> None:
    gold_fight = GoldRelation("d", "FightingAgainst", (0, 4), (10, 14))
    gold_member = GoldRelation("d", "BelongsTo", (0, 4), (10, 14))
    reversed_fight = PredRelation("d", "FightingAgainst", ((10, 14),), ((0, 4),))
    reversed_member = PredRelation("d", "BelongsTo", ((10, 14),), ((0, 4),))
    assert relation_matches(reversed_fight, gold_fight, symmetric=True)
    assert not relation_matches(reversed_member, gold_member, symmetric=False)
    forward_member = PredRelation("d", "BelongsTo", ((1, 3),), ((12, 20),))
    assert relation_matches(forward_member, gold_member, symmetric=False)


def test_majority_baseline_beside_accuracy() -> None:
    score = FieldScore(
        [("aleppo", "aleppo"), ("idlib", "aleppo"), ("homs", "homs"), ("x", "aleppo")]
    ).as_dict()
    assert score["accuracy"] == 0.5
    assert score["majority_value"] == "aleppo"
    assert score["majority_baseline"] == 0.75
    assert majority_value(["b", "a", "a", "b"]) == "b"  # ties go to the first seen


@pytest.mark.parametrize(
    ("pred", "gold", "ok"),
    [(10, 10, True), (11, 10, True), (9, 10, True), (12, 10, False), (0, 0, True), (1, 0, False)],
)
def test_ten_percent_rule(pred: int, gold: int, ok: bool) -> None:
    assert within_tolerance(pred, gold) is ok


# ---- re3d -------------------------------------------------------------------------

RE3D_TEXT = "ISIL fighters attacked Mosul. The Syrian army fights ISIL near Raqqa on Monday."


def test_mention_rules_map_labels_to_re3d_types() -> None:
    rules = load_labels("re3d")["mention_rules"]
    kb = FakeKB()

    def type_of(actor_id: str) -> str:
        actor = kb.get(actor_id)
        return actor.type if actor else ""

    def mention(label: str, actor_id: str = "", place_id: str = "") -> Mention:
        return Mention("a", 0, 0, 1, "x", label, actor_id=actor_id, place_id=place_id)

    assert mention_type(mention("NORP"), rules, type_of) == "Nationality"
    assert mention_type(mention("ACTOR", actor_id="P_ASSAD"), rules, type_of) == "Person"
    assert (
        mention_type(mention("GPE", actor_id="USA", place_id="country:USA"), rules, type_of)
        == "Location"
    )
    assert mention_type(mention("ACTOR", actor_id="USA"), rules, type_of) == "Organisation"
    assert mention_type(mention("DATE"), rules, type_of) == "Temporal"
    assert mention_type(mention("ORDINAL"), rules, type_of) == ""


def _write_re3d(folder: Path, doc_id: str) -> None:
    folder.mkdir(parents=True)
    doc = {"_id": doc_id, "text": RE3D_TEXT}
    entities = [
        {"documentId": doc_id, "begin": 0, "end": 4, "type": "Organisation", "confidence": 1},
        {"documentId": doc_id, "begin": 23, "end": 28, "type": "Location", "confidence": 0.9},
        {"documentId": doc_id, "begin": 30, "end": 45, "type": "Organisation", "confidence": 0.8},
        {
            "documentId": doc_id,
            "begin": 72,
            "end": 78,
            "type": "Temporal",
            "confidence": 0.3,
        },  # not gold
    ]
    relation = {
        "documentId": doc_id,
        "type": "FightingAgainst",
        "confidence": 1,
        "sourceBegin": 53,
        "sourceEnd": 57,
        "targetBegin": 30,
        "targetEnd": 45,
    }
    (folder / "documents.json").write_text(json.dumps(doc) + "\n")
    lines = [json.dumps(e) for e in entities] + ["{not json"]
    (folder / "entities.json").write_text("\n".join(lines) + "\n")
    (folder / "relations.json").write_text(json.dumps(relation) + "\n")


def _re3d_result(text: str) -> ArticleResult:
    sentence = "The Syrian army fights ISIL near Raqqa on Monday."
    mentions = [
        Mention("a", 0, 0, 4, "ISIL", "ACTOR", actor_id="ISIS"),
        Mention("a", 0, 23, 28, "Mosul", "GPE", place_id="gn:1"),
        Mention("a", 1, 34, 45, "Syrian army", "ACTOR", actor_id="SYR_MIL"),
    ]
    relation = Relation(
        "r",
        "fights",
        "ISIS",
        "SYR_MIL",
        source_text="ISIL",
        target_text="Syrian army",
        evidence=evidence(text, sentence),
    )
    return result_for(text, mentions=mentions, relations=[relation])


def test_re3d_reads_gold_only_after_predicting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_re3d(tmp_path / "one", "D1")
    _write_re3d(tmp_path / "two", "D2")
    calls: list[str] = []

    def fake_predict(texts: list[str], **_: object) -> list[ArticleResult]:
        calls.append("predict")
        return [_re3d_result(t) for t in texts]

    real_load_gold = re3d_data.load_gold

    def spying_load_gold(*args: object, **kwargs: object) -> object:
        assert calls == ["predict"], "annotations read before predictions were made"
        calls.append("gold")
        return real_load_gold(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(re3d, "predict_texts", fake_predict)
    monkeypatch.setattr(re3d, "load_gold", spying_load_gold)
    monkeypatch.setattr(re3d, "actor_kb", lambda settings=None: FakeKB())
    report = re3d.evaluate_re3d(tmp_path)
    assert calls == ["predict", "gold"]
    assert report["documents"] == 2 and set(report["per_folder"]) == {"one", "two"}
    assert report["bad_annotations"] == 2  # one unparsable line per folder
    exact = report["entities"]["exact"]
    assert (
        exact["per_type"]["Organisation"]["matched_gold"] == 2
    )  # ISIL in both docs; army is 30-45, predicted 34-45
    assert exact["per_type"]["Location"]["recall"] == 1.0
    assert report["entities"]["overlap"]["per_type"]["Organisation"]["recall"] == 1.0
    assert "Temporal" not in exact["per_type"]  # confidence 0.3 is not gold
    # "fights" ISIL -> Syrian army, gold says army (30-46) -> ISIL (53-57): symmetric match.
    assert report["relations"]["per_type"]["FightingAgainst"]["f1"] == 1.0
    assert report["per_folder"]["one"]["relations"]["micro"]["gold"] == 1


# ---- FA-KES -----------------------------------------------------------------------

FAKES_HEADER = [
    "unit_id",
    "article_title",
    "article_content",
    "source",
    "date",
    "location",
    "actor",
    "cause_of_death",
    "nb_children",
    "nb_civilians",
    "nb_noncivilians",
    "nb_women",
    "label",
]


def _write_fakes(path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(FAKES_HEADER)
    writer.writerow(
        [
            "1",
            "t",
            "Wed 05 Apr 2017 Air strikes on Idlib killed 20 civilians.",
            "s",
            "4/5/17",
            "idlib",
            "syrian government or russian troops",
            "shelling",
            "3",
            "20",
            "0",
            "0",
            "1",
        ]
    )
    writer.writerow(
        ["2", "t", "", "s", "4/6/17", "aleppo", "unknown", "unknown", "0", "0", "0", "0", "1"]
    )
    writer.writerow(
        [
            "3",
            "t",
            "12 February 2015 Clashes in Aleppo. \x00",
            "s",
            "2/31/15",
            "aleppo",
            "unknown",
            "shooting",
            "x",
            "5",
            "0",
            "0",
            "0",
        ]
    )
    path.write_bytes(buffer.getvalue().encode("ascii").replace(b"\x00", b"\x93\xff"))


def _fakes_results(texts: list[str]) -> list[ArticleResult]:
    strike = Event(
        "e1",
        "ASSAULT",
        mode="aerial",
        source_actor="SYR_AIRFORCE",
        place_id="gn:idlib",
        time=TimeRef(dt.date(2017, 4, 5), "day"),
        casualties=Casualties(killed=22, civilians=22),
    )
    idlib = Place("gn:idlib", "Idlib", 35.9, 36.6, country="SYR", admin1="Idlib")
    return [result_for(texts[0], events=[strike], places=[idlib]), result_for(texts[1])]


def test_fakes_reads_bad_bytes_and_labels_after_predicting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "fakes.csv"
    _write_fakes(path)
    calls: list[str] = []

    def fake_predict(texts: list[str], **_: object) -> list[ArticleResult]:
        calls.append("predict")
        return _fakes_results(texts)

    real_load_gold = fakes_data.load_gold

    def spying_load_gold(*args: object) -> object:
        assert calls == ["predict"], "labels read before predictions were made"
        calls.append("gold")
        return real_load_gold(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(fakes, "predict_texts", fake_predict)
    monkeypatch.setattr(fakes, "load_gold", spying_load_gold)
    monkeypatch.setattr(fakes, "actor_kb", lambda settings=None: FakeKB())
    report = fakes.evaluate_fakes(path)
    fields = report["fields"]
    assert calls == ["predict", "gold"]
    assert report["articles"] == 2 and report["bad_rows"] == 1
    assert report["bad_fields"] == {"date": 1, "nb_children": 1}
    assert fields["location"]["accuracy"] == 0.5  # idlib right; nothing found for article 3
    assert fields["cause_of_death"]["accuracy"] == 0.5  # aerial -> shelling; no event -> unknown
    assert fields["actor"]["accuracy"] == 1.0  # SYR_AIRFORCE by id; no event -> unknown
    assert fields["date"]["n"] == 1 and fields["date"]["accuracy"] == 1.0
    assert fields["nb_civilians_exact"]["accuracy"] == 0.0  # 22 vs 20; 0 vs 5
    assert fields["nb_civilians_within_10pct"]["accuracy"] == 0.5  # 22 is within 10% of 20
    assert fields["nb_children_exact"]["n"] == 1


def test_actor_category_by_id_membership_and_rules() -> None:
    labels, kb = load_labels("fakes"), FakeKB()
    assert fakes.actor_category("ISIS", labels, None, kb=kb).endswith("- isis")
    assert (
        fakes.actor_category("LIWA_X", labels, None, kb=kb) == "armed opposition groups"
    )  # member_of FSA
    assert fakes.actor_category("GBR_MIL", labels, None, kb=kb) == "international coalition forces"
    assert fakes.actor_category("UN", labels, None, kb=kb) == ""


def test_main_event_prefers_plain_attack_with_casualties() -> None:
    background = Event(
        "e0", "ASSAULT", time=TimeRef(None, background=True), casualties=Casualties(killed=3)
    )
    protest = Event("e1", "PROTEST")
    hedged = Event("e2", "ASSAULT", claim=Claim("hedged"), casualties=Casualties(killed=2))
    plain = Event("e3", "ASSAULT", casualties=Casualties(civilians=4))
    assert main_event([background, protest, hedged, plain]) is plain
    assert main_event([protest, hedged]) is hedged
    assert main_event([protest]) is protest
    assert main_event([]) is None


def test_fakes_dates_and_counts_parse() -> None:
    assert fakes_data.parse_mdy("8/21/13") == dt.date(2013, 8, 21)
    assert fakes_data.parse_mdy("2/31/15") is None
    assert fakes_data.parse_count("12.0") == 12
    assert fakes_data.parse_count("nan") is None


# ---- PLOVER -----------------------------------------------------------------------


def _write_plover(path: Path) -> None:
    records = [
        {"id": "DOC", "event": "DOCUMENT", "comment": "documentation"},
        {
            "text": "Russia demanded that NATO halt air strikes.",
            "date": "2000-01-01",
            "event": "DEMAND",
            "source": [{"actorText": "Russia", "code": "RUS", "sector": "GOV"}],
            "target": [{"actorText": "NATO", "code": "IGO", "sector": "MILnat"}],
        },
        {
            "text": "Rebels shelled the town.",
            "date": "2000-01-01",
            "event": "FIGHT",
            "source": [{"actorText": "Rebels", "code": "SYR", "sector": "REB"}],
            "target": "diplomatic",
        },
    ]
    path.write_text(json.dumps(records))


def test_plover_renames_skips_docs_and_reads_gold_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gsr.json"
    _write_plover(path)
    calls: list[str] = []
    kb_actors = {
        "RUS": Actor("RUS", "Russia", "state", country="RUS", sector="GOV"),
        "NATO": Actor("NATO", "NATO", "igo", sector="IGO"),
    }

    def fake_predict(
        texts: list[str], *, dates: list[dt.date | None], **_: object
    ) -> list[ArticleResult]:
        calls.append("predict")
        assert dates == [dt.date(2000, 1, 1)] * 2
        request = Event("e", "REQUEST", source_actor="RUS", target_actor="NATO")
        return [result_for(texts[0], events=[request]), result_for(texts[1])]

    real_load_gold = plover.load_gold

    def spying_load_gold(*args: object) -> object:
        assert calls == ["predict"], "codings read before predictions were made"
        calls.append("gold")
        return real_load_gold(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(plover, "predict_texts", fake_predict)
    monkeypatch.setattr(plover, "load_gold", spying_load_gold)
    monkeypatch.setattr(
        plover, "actor_kb", lambda settings=None: SimpleNamespace(get=kb_actors.get)
    )
    report = plover.evaluate_plover(path)
    assert calls == ["predict", "gold"]
    assert report["records"] == 2 and report["skipped_without_text"] == 1
    assert report["bad_fields"] == {"target": 1}
    assert (
        report["event_type"]["accuracy"] == 0.5
    )  # DEMAND -> REQUEST right; FIGHT -> ASSAULT missed
    assert report["per_type"]["ASSAULT"] == {
        "gold": 1,
        "pred": 0,
        "correct": 0,
        "precision": 0.0,
        "recall": 0.0,
    }
    assert report["confusion"] == [{"gold": "ASSAULT", "pred": "NONE", "count": 1}]
    assert report["source_code"]["precision"] == 1.0 and report["source_code"]["recall"] == 0.5
    assert report["target_code"]["f1"] == 1.0  # NATO -> IGO by type
    assert report["target_sector"]["matched_gold"] == 0  # IGO vs MIL


def test_unknown_dataset_is_a_typed_error(tmp_path: Path) -> None:
    from frontwatch.errors import UnknownDataset

    with pytest.raises(UnknownDataset):
        re3d.evaluate_re3d(tmp_path)
    (tmp_path / "x.csv").write_text("a,b\n1,2\n")
    with pytest.raises(UnknownDataset):
        fakes.evaluate_fakes(tmp_path / "x.csv")


# ---- CLI --------------------------------------------------------------------------


def test_cli_prints_one_json_object_and_writes_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    import frontwatch.eval
    from frontwatch.cli.eval import eval_app

    seen: dict[str, object] = {}

    def fake_evaluate(path: Path, *, limit: int | None = None, settings=None) -> dict[str, object]:
        seen.update(path=path, limit=limit, settings=settings)
        return {"dataset": "plover", "records": 3}

    monkeypatch.setattr(frontwatch.eval, "evaluate_plover", fake_evaluate)
    monkeypatch.setenv("FRONTWATCH_PARSE_SCOPE", "all")
    out = tmp_path / "metrics.json"
    result = CliRunner().invoke(
        eval_app, ["plover", str(tmp_path / "gsr.json"), "--limit", "3", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed["records"] == 3 and "seconds" in printed
    assert json.loads(out.read_text()) == printed
    assert seen["limit"] == 3
    assert seen["settings"].parse_scope == "all"  # eval scores what the run's settings say


def test_cli_turns_unknown_data_into_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from frontwatch.cli.eval import eval_app

    result = CliRunner().invoke(eval_app, ["re3d", str(tmp_path)])
    assert result.exit_code == 2
    assert "error" in result.output.lower() or "error" in (result.stderr or "").lower()


def test_find_in_evidence_prefers_same_case_then_sentence_then_document() -> None:
    from frontwatch.eval.re3d import find_in_evidence

    text = "Let us talk. The US struck. US aid came."
    sentence = evidence(text, "The US struck.")
    assert find_in_evidence(text, "US", sentence) == [(17, 19)]
    assert find_in_evidence(text, "aid", sentence) == [(31, 34)]  # not in the sentence: whole text
    assert find_in_evidence(text, "THE us", None) == [(13, 19)]  # no same-case hit: case ignored
