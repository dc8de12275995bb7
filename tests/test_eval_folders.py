"""Held-out sets may come as one file or as a folder of files: both score the same."""

import json
import shutil
from pathlib import Path

import pytest

from frontwatch.errors import UnknownDataset
from frontwatch.eval import evaluate_fakes, evaluate_plover, evaluate_re3d

SHARED_EVAL = Path(__file__).parents[1].parent / "shared" / "eval"
pytestmark = pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="../shared/eval is not present")
LIMIT = 6


def _scores(report):
    return {k: v for k, v in report.items() if k not in ("path", "seconds")}


def test_fakes_folder_of_csv_files_scores_like_the_file(tmp_path):
    source = SHARED_EVAL / "fakes" / "fakes-dev.csv"
    nested = tmp_path / "held" / "out"
    nested.mkdir(parents=True)
    shutil.copy(source, nested / "part.csv")
    (tmp_path / "README.txt").write_text("not data", encoding="utf-8")
    assert _scores(evaluate_fakes(tmp_path, limit=LIMIT)) == _scores(
        evaluate_fakes(source, limit=LIMIT)
    )


def test_plover_folder_of_json_and_jsonl_files_reads_every_record(tmp_path):
    records = json.loads(
        (SHARED_EVAL / "plover" / "plover-gsr-dev.json").read_text(encoding="utf-8")
    )
    chosen = records[: 2 * LIMIT]
    single = tmp_path / "single.json"
    single.write_text(json.dumps(chosen), encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps(chosen[:LIMIT]), encoding="utf-8")
    lines = "\n".join(json.dumps(r) for r in chosen[LIMIT:])
    (folder / "b.jsonl").write_text(lines + "\n", encoding="utf-8")
    from_folder, from_file = evaluate_plover(folder), evaluate_plover(single)
    assert _scores(from_folder) == _scores(from_file)
    assert from_file["event_type"]["n"] > 0


def test_re3d_accepts_a_documents_file_or_a_deeper_folder(tmp_path):
    source = SHARED_EVAL / "re3d" / "wikipedia"
    deep = tmp_path / "sets" / "wikipedia"
    shutil.copytree(source, deep)
    by_file = evaluate_re3d(deep / "documents.json", limit=LIMIT)
    by_folder = evaluate_re3d(tmp_path, limit=LIMIT)
    assert by_file["entities"] == by_folder["entities"]
    assert by_file["entities"]["overlap"]["micro"]["matched_gold"] > 0


def test_a_folder_with_nothing_to_score_is_a_clear_error(tmp_path):
    (tmp_path / "notes.txt").write_text("nothing", encoding="utf-8")
    with pytest.raises(UnknownDataset, match=r"no \.csv files"):
        evaluate_fakes(tmp_path)
