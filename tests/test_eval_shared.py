"""Regression guard: run the three evaluations on ../shared/eval and hold scores above floors.

Each evaluation runs once per session (the whole file takes about 1-2 minutes on 2 cores,
most of it FA-KES). Floors sit about 10% under the scores measured when they were set; raise
them when extraction improves, never lower them to make a change pass.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from frontwatch.eval import evaluate_fakes, evaluate_plover, evaluate_re3d

SHARED_EVAL = Path(__file__).parents[1].parent / "shared" / "eval"

# Floors: measured score x ~0.9. Measured 2026-11-25 15:40 UTC on ../shared/eval:
# re3d entity F1 overlap 0.607 / exact 0.410, relation F1 0.138; FA-KES location 0.896,
# date 0.557, cause 0.756, actor 0.734, civilians within 10% 0.455; PLOVER event
# accuracy 0.739, source code F1 0.590 (measured 2026-11-25).
RE3D_ENTITY_OVERLAP_F1_FLOOR = 0.54
RE3D_ENTITY_EXACT_F1_FLOOR = 0.36
RE3D_RELATION_F1_FLOOR = 0.11
FAKES_LOCATION_ACCURACY_FLOOR = 0.80
# FA-KES date 0.647, civilians exact 0.669 / within 10% 0.672 (2026-12-04, branch h-dates2).
FAKES_DATE_ACCURACY_FLOOR = 0.58
# The article's dateline alone (0.709 on 2026-12-04, once numeric datelines were read).
FAKES_DATELINE_BASELINE_FLOOR = 0.64
FAKES_CAUSE_ACCURACY_FLOOR = 0.67
FAKES_ACTOR_ACCURACY_FLOOR = 0.65
FAKES_CIVILIANS_WITHIN_10PCT_FLOOR = 0.60
FAKES_CIVILIANS_EXACT_FLOOR = 0.60
PLOVER_EVENT_ACCURACY_FLOOR = 0.66
PLOVER_SOURCE_CODE_F1_FLOOR = 0.52
# Articles the pipeline may fail on (counted, not fatal) before this guard trips; the
# target is 0 (0 at the last measurement; an earlier build failed on 3 of 402).
MAX_PIPELINE_ERROR_SHARE = 0.02


pytestmark = pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="../shared/eval is not present")


@pytest.fixture(scope="session")
def re3d_report() -> dict[str, Any]:
    return evaluate_re3d(SHARED_EVAL / "re3d")


@pytest.fixture(scope="session")
def fakes_report() -> dict[str, Any]:
    return evaluate_fakes(SHARED_EVAL / "fakes" / "fakes-dev.csv")


@pytest.fixture(scope="session")
def plover_report() -> dict[str, Any]:
    return evaluate_plover(SHARED_EVAL / "plover" / "plover-gsr-dev.json")


def test_re3d_scores_every_document_and_folder(re3d_report: dict[str, Any]) -> None:
    assert re3d_report["documents"] == 67
    assert len(re3d_report["per_folder"]) == 5
    assert re3d_report["pipeline_errors"] <= MAX_PIPELINE_ERROR_SHARE * re3d_report["documents"]
    folder_docs = sum(f["documents"] for f in re3d_report["per_folder"].values())
    assert folder_docs == re3d_report["documents"]


def test_re3d_entity_and_relation_floors(re3d_report: dict[str, Any]) -> None:
    entities = re3d_report["entities"]
    assert entities["overlap"]["micro"]["f1"] >= RE3D_ENTITY_OVERLAP_F1_FLOOR
    assert entities["exact"]["micro"]["f1"] >= RE3D_ENTITY_EXACT_F1_FLOOR
    assert entities["overlap"]["micro"]["f1"] >= entities["exact"]["micro"]["f1"]
    assert re3d_report["relations"]["micro"]["f1"] >= RE3D_RELATION_F1_FLOOR


def test_fakes_reads_every_row(fakes_report: dict[str, Any]) -> None:
    assert fakes_report["articles"] == 402
    assert fakes_report["bad_rows"] == 0
    assert fakes_report["pipeline_errors"] <= MAX_PIPELINE_ERROR_SHARE * fakes_report["articles"]


def test_fakes_field_floors(fakes_report: dict[str, Any]) -> None:
    fields = fakes_report["fields"]
    assert fields["location"]["accuracy"] >= FAKES_LOCATION_ACCURACY_FLOOR
    assert fields["date"]["accuracy"] >= FAKES_DATE_ACCURACY_FLOOR
    assert fields["date"]["dateline_baseline"] >= FAKES_DATELINE_BASELINE_FLOOR
    assert fields["cause_of_death"]["accuracy"] >= FAKES_CAUSE_ACCURACY_FLOOR
    assert fields["actor"]["accuracy"] >= FAKES_ACTOR_ACCURACY_FLOOR
    assert fields["nb_civilians_within_10pct"]["accuracy"] >= FAKES_CIVILIANS_WITHIN_10PCT_FLOOR
    assert fields["nb_civilians_exact"]["accuracy"] >= FAKES_CIVILIANS_EXACT_FLOOR


def test_plover_floors(plover_report: dict[str, Any]) -> None:
    assert plover_report["records"] == 161
    assert plover_report["skipped_without_text"] == 1
    assert plover_report["pipeline_errors"] <= MAX_PIPELINE_ERROR_SHARE * plover_report["records"]
    assert plover_report["event_type"]["accuracy"] >= PLOVER_EVENT_ACCURACY_FLOOR
    assert plover_report["source_code"]["f1"] >= PLOVER_SOURCE_CODE_F1_FLOOR
