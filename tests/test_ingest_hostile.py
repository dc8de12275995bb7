"""Hostile and broken input never crashes ingest: every item is an article or a reasoned failure."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontwatch.ingest import iter_inputs
from frontwatch.records import Article, IngestFailure

SUFFIXES = [".txt", ".html", ".json", ".jsonl", ".csv", ".rss", ".xml"]
HOSTILE_PIECES = st.sampled_from(
    ["\u200b", "\u202e", "\x00", "\ufeff", "مقاتلون", "<script>", '"', ",", "{", "\n", "Aleppo shelled. "]
)
HOSTILE_TEXT = st.lists(st.text(st.characters(codec="utf-8"), max_size=20) | HOSTILE_PIECES, max_size=40).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=st.binary(max_size=600) | HOSTILE_TEXT.map(lambda t: t.encode("utf-8")), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_in_any_format_give_articles_or_failures(tmp_path, payload, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(payload)
    items = list(iter_inputs([path]))
    for item in items:
        assert isinstance(item, (Article, IngestFailure))
        if isinstance(item, IngestFailure):
            assert item.reason
        else:
            assert item.text.strip() and "\x00" not in item.text and "\u200b" not in item.text


def test_one_long_line_and_rtl_text_are_read(tmp_path):
    long_line = ("Syrian troops advanced near Aleppo, the army said. " * 5000).strip()
    (tmp_path / "long.txt").write_text(long_line)
    (tmp_path / "rtl.txt").write_text("قصف الطيران الحربي مدينة إدلب اليوم وقتل عشرة مدنيين")
    articles = [i for i in iter_inputs([tmp_path]) if isinstance(i, Article)]
    assert sorted(a.language for a in articles) == ["ar", "en"]
    assert max(len(a.text) for a in articles) > 200_000
