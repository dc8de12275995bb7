"""A sentence's times are found only when a fact of it asks for them (extract/timing.LazyTimes).

The extractors are handed every sentence's times; they are found when first read, so a
sentence that states no dated fact costs no scan, and what is found is what
``sentence_times`` gives. The work is counted (which sentences' times were read), not timed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

import pytest

from frontwatch.extract import article as article_module
from frontwatch.extract import tolls as tolls_module
from frontwatch.extract.context import build_context
from frontwatch.extract.timing import LazyTimes, sentence_times
from frontwatch.pipeline import article_from_text, process_texts

PUBLISHED = dt.date(2016, 3, 9)  # a Wednesday
TEXT = (
    "Government warplanes bombed the rebel-held town of Douma on Monday, killing 12 people. "
    "Kurdish fighters captured the village of Tal Abyad from Islamic State on 3 March. "
    "Analysts had long expected a quieter spring in the capital. "
    "The death toll in the province since January 2016 has reached 300, a monitor said."
)


def test_lazy_times_are_the_sentence_times(engine):
    doc = engine.parse([TEXT])[0]
    article = article_from_text(TEXT, published=PUBLISHED)
    ctx = build_context(doc, article, actor_mentions=[], place_mentions=[], places=[], kb=engine.actor_kb)
    dated = 0
    for sent in doc.sents:
        lazy, eager = LazyTimes(sent, ctx), sentence_times(sent, ctx)
        assert not lazy.read
        assert list(lazy) == eager and len(lazy) == len(eager) and lazy.read
        assert [lazy[i] for i in range(len(eager))] == eager and list(lazy[:1]) == eager[:1]
        dated += bool(eager)
    assert dated >= 3  # Monday, 3 March, since January 2016


class _Counted(LazyTimes):
    made: ClassVar[list[_Counted]] = []

    def __init__(self, sent: Any, ctx: Any) -> None:
        super().__init__(sent, ctx)
        self.sentence = sent.text
        _Counted.made.append(self)


@pytest.fixture()
def counted(monkeypatch: pytest.MonkeyPatch) -> list[_Counted]:
    _Counted.made = []
    monkeypatch.setattr(article_module, "LazyTimes", _Counted)
    monkeypatch.setattr(tolls_module, "LazyTimes", _Counted)
    return _Counted.made


def test_only_sentences_with_dated_facts_have_their_times_found(counted):
    [result] = process_texts([TEXT], dates=[PUBLISHED])
    read = {c.sentence for c in counted if c.read}
    unread = {c.sentence for c in counted if not c.read}
    assert any("bombed" in s for s in read) and any("captured" in s for s in read)
    assert any("toll" in s for s in read)  # the period toll reads its "since" date
    assert any("Analysts" in s for s in unread) and not any("Analysts" in s for s in read)
    # in the toll pass, only the toll's sentence is read; the others state no toll
    assert [c.read for c in counted if "bombed" in c.sentence] == [True, False]
    # the facts still carry the times of their sentences
    bombing = next(e for e in result.events if e.trigger == "bombed")
    assert bombing.time.date == dt.date(2016, 3, 7)
    assert dt.date(2016, 3, 3) in {c.time.date for c in result.control_changes}
