"""Evaluation readers take any bytes: bad rows are counted, never fatal (Hypothesis)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontwatch.errors import UnknownDataset
from frontwatch.eval import fakes_data, plover, re3d_data

HEADER = (
    b"unit_id,article_title,article_content,source,date,location,actor,cause_of_death,"
    b"nb_children,nb_civilians,nb_noncivilians,nb_women,label\n"
)
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(body=st.binary(max_size=400))
def test_fakes_reader_survives_any_body(tmp_path: Path, body: bytes) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(HEADER + body)
    articles, bad_rows = fakes_data.load_articles(path)
    gold, bad_fields = fakes_data.load_gold(path, articles)
    assert set(gold) == {a.row for a in articles}
    assert bad_rows >= 0 and all(n > 0 for n in bad_fields.values())


@SETTINGS
@given(data=st.binary(max_size=300))
def test_plover_reader_survives_any_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "p.json"
    path.write_bytes(data)
    try:
        records = plover.read_records(path)
    except UnknownDataset:
        return
    texts, _ = plover.load_texts(records)
    gold, _ = plover.load_gold(records, texts)
    assert len(gold) == len(texts)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@SETTINGS
@given(records=st.lists(json_values, max_size=5))
def test_plover_reader_survives_odd_records(tmp_path: Path, records: list[object]) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps([{"event": "DOCUMENT"}, *records]))
    texts, skipped = plover.load_texts(plover.read_records(path))
    plover.load_gold(plover.read_records(path), texts)
    assert skipped >= 1


@SETTINGS
@given(lines=st.lists(st.binary(max_size=80), max_size=6))
def test_re3d_reader_counts_bad_lines(tmp_path: Path, lines: list[bytes]) -> None:
    folder = tmp_path / "src"
    folder.mkdir(exist_ok=True)
    doc = json.dumps({"_id": "D", "text": "ISIL attacked Mosul."}).encode()
    (folder / "documents.json").write_bytes(b"\n".join([doc, *lines]))
    entity = {"documentId": "D", "begin": 0, "end": 99, "type": "Organisation", "confidence": "x"}
    (folder / "entities.json").write_bytes(b"\n".join([json.dumps(entity).encode(), *lines]))
    docs, _ = re3d_data.load_documents([folder])
    gold = re3d_data.load_gold([folder], docs, min_confidence=0.5)
    assert docs[0].id == "D"
    assert gold.bad_annotations >= 1  # the unreadable confidence at least
