"""Long documents cost no more per word than short ones, and a sentence an article repeats
word for word states its facts once, with a count. Work is counted (Python calls made),
never timed: a rule that compares every mention with every other shows up as more calls
per word when the same articles are read as one long text."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from itertools import islice
from typing import Any

import pytest

from frontwatch.extract import guessedlosers, speakers, timing
from frontwatch.kb.places import nearby
from frontwatch.nlp.staged import CHUNK_CHARS
from frontwatch.pipeline import STAGED_MAX_CHARS, get_engine, process_texts
from frontwatch.runner import sample_corpus_path
from frontwatch.store import Store

SENTENCE = "Rebels and government troops clashed near Aleppo on Tuesday, a monitor said. "


def _sample_texts(n: int) -> list[str]:
    with open(sample_corpus_path(), encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in islice(lines, n)]


def _calls(work: Callable[[], object]) -> int:
    """Python and built-in function calls made while ``work`` runs."""
    count = 0

    def tally(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(tally)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def _calls_per_word(texts: list[str], *, one_line: bool) -> float:
    joiner, text = (" ", [t.replace("\n", " ") for t in texts]) if one_line else ("\n\n", texts)
    article = joiner.join(text)
    return _calls(lambda: process_texts([article])) / len(article.split())


@pytest.mark.parametrize("one_line", [True, False], ids=["one line", "paragraphs"])
def test_work_per_word_does_not_grow_with_document_length(engine, one_line):
    texts = _sample_texts(32)
    # memo tables and caches filled with every text before counting: otherwise the
    # count turns on what earlier tests happened to read (a run over the first 20
    # sample articles left the short text all hits and the long one a quarter misses)
    process_texts(texts)
    short = _calls_per_word(texts[:8], one_line=one_line)
    long = _calls_per_word(texts, one_line=one_line)
    # four times the text: a step that compares every mention with every other
    # (the code before this test) made about 1.4 times the calls per word
    assert long <= 1.15 * short, (short, long)


def _lines_looking_up(lookups: list[Callable[..., object]], work: Callable[[], object]) -> int:
    """Lines run inside the lookup functions and the comprehensions they run while ``work``
    runs: a scan of every earlier mention in a comprehension is a line per mention, where it
    makes no call (an index the lookup reads is built elsewhere, once per article)."""
    codes = {lookup.__code__ for lookup in lookups}
    count = 0

    def in_lookup(_frame: object, event: str, _arg: object) -> object:
        nonlocal count
        count += event == "line"
        return in_lookup

    def entered(frame: Any, _event: str, _arg: object) -> object:
        comprehension = frame.f_code.co_name.startswith("<") and frame.f_back is not None
        if frame.f_code in codes or (comprehension and frame.f_back.f_code in codes):
            return in_lookup
        return None

    sys.settrace(entered)
    try:
        work()
    finally:
        sys.settrace(None)
    return count


def test_lookups_among_earlier_places_and_names_do_not_grow_with_length(engine):
    # the place a name is said to lie near, and the full name a speaker's short name stands
    # for, were found by scanning every earlier place or name: four times the text made
    # about four times the lines per word in those lookups
    texts = _sample_texts(32)
    process_texts(texts)
    lookups = [nearby.anchor_after, speakers.named_in_full_before]
    short = _lines_looking_up(lookups, lambda: process_texts(["\n\n".join(texts[:8])]))
    long = _lines_looking_up(lookups, lambda: process_texts(["\n\n".join(texts)]))
    short_words, long_words = (len(" ".join(t).split()) for t in (texts[:8], texts))
    assert long / long_words <= 1.15 * short / short_words, (short, long)


def test_each_sentence_of_a_long_article_is_searched_for_times_once(engine, monkeypatch):
    # my own sentences, each told apart by its report number; the period tolls read the
    # sentences again after the extractors have read them all
    towns = ["Idlib", "Saraqib", "Ariha", "Binnish"]
    lines = [f"Jets struck a bakery in {towns[i % 4]} on Monday (report {i})." for i in range(1_300)]
    searched = []
    found = timing.find_times

    def counted(sentence, reference):
        searched.append(sentence)
        return found(sentence, reference)

    monkeypatch.setattr(timing, "find_times", counted)
    timing._times_in.cache_clear()
    result = process_texts([" ".join(lines)], dates=[dt.date(2019, 5, 6)])[0]
    assert not result.error and len(result.sentences) >= len(lines)
    assert len(searched) == len(set(searched)) >= len(lines)


def test_repeated_sentence_is_one_fact_with_a_count(engine, tmp_path):
    copies = 1_000_000 // len(SENTENCE) + 1  # over 1 MB on one line, past spaCy's max_length
    text = "Syrian jets bombed Douma on Monday, killing four civilians. " + SENTENCE * copies
    assert len(text) > get_engine().nlp.max_length
    result = process_texts([text])[0]
    assert not result.error
    clashes = [e for e in result.events if e.evidence and e.evidence.sentence == SENTENCE.strip()]
    assert len(clashes) == 1 and clashes[0].evidence.repeats == copies
    bombing = [e for e in result.events if e.trigger == "bombed"]
    assert len(bombing) == 1 and bombing[0].evidence.repeats == 1
    parser = get_engine().parser
    assert max(chunk.end - chunk.start for chunk in parser.chunks(text)) < 2 * CHUNK_CHARS
    with Store(tmp_path / "fw.duckdb") as store:
        store.write_results([result])
        stored = store.query("SELECT repeats FROM events WHERE sentence = ?", [SENTENCE.strip()])
    assert stored == [{"repeats": copies}]


def test_text_too_long_even_for_the_staged_parser_is_an_error(engine):
    result = process_texts(["Troops shelled Homs. " * (STAGED_MAX_CHARS // 21 + 1)])[0]
    assert result.error.startswith("TextTooLong") and not result.events


def test_repeated_sentence_states_its_ties_and_its_capture_once_with_a_count(engine):
    # a capture told with its loser and a backer: a control change, a fight and a backing,
    # each stored once for the sentence with the number of copies, as the act is
    taken = "Turkish-backed rebels captured the town of Jarabulus from Islamic State fighters on Sunday. "
    copies = 30
    result = process_texts(["Syrian jets bombed Douma on Monday. " + taken * copies])[0]
    assert not result.error
    told = taken.strip()
    controls = [c for c in result.control_changes if c.evidence and c.evidence.sentence == told]
    assert [(c.place_text, c.new_controller, c.evidence.repeats) for c in controls] == [
        ("Jarabulus", "GEN_REBELS", copies)
    ]
    ties = sorted(
        (r.kind, r.source_actor, r.target_actor, r.evidence.repeats)
        for r in result.relations
        if r.evidence and r.evidence.sentence == told
    )
    assert ties == [("backs", "TUR", "GEN_REBELS", copies), ("fights", "GEN_REBELS", "ISIS", copies)]
    captures = [e for e in result.events if e.evidence and e.evidence.sentence == told]
    assert [(e.trigger, e.evidence.repeats) for e in captures] == [("captured", copies)]


def test_victim_check_of_every_mention_is_made_once_per_article_not_per_taking(engine, monkeypatch):
    # my own sentences: each capture names no loser, so every one asks which sides the
    # article names only as victims; that answer is the article's, and asking it per
    # capture walked every mention again (takings x mentions)
    towns = ["Tadif", "Qabasin", "Bzaah", "Manbij"]

    def article(n: int) -> str:
        return " ".join(
            f"Islamic State militants shelled {towns[(i + 1) % 4]} on Sunday (report {i}). "
            f"Turkish-backed rebels captured {towns[i % 4]} on Monday (report {i})."
            for i in range(n)
        )

    checked = []
    check = guessedlosers._victim

    def counted(token):
        checked.append(token.i)
        return check(token)

    monkeypatch.setattr(guessedlosers, "_victim", counted)
    process_texts([article(4)], dates=[dt.date(2017, 2, 20)])
    short = len(checked)
    checked.clear()
    process_texts([article(40)], dates=[dt.date(2017, 2, 20)])
    assert short > 0
    assert len(checked) / 40 <= 1.5 * short / 4, (short, len(checked))
