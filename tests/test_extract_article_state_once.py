"""The article's state, which decides what "the regime" or "coalition jets" mean in phrases no
mention covers, is found once per article: found per phrase, over all the article's mentions,
it made a 1 MB article cost 1.6 times per word what the sample's articles cost."""

import datetime as dt

from frontwatch.extract import postlinks
from frontwatch.pipeline import process_texts

# my own sentences: unnamed sides described by class phrases, in towns of one state
SENTENCES = [
    "Regime jets pounded the outskirts of {town} at dawn, residents said.",
    "Coalition warplanes struck a depot near {town} on Tuesday.",
    "Regime artillery shelled a market in {town}, killing four people.",
]
TOWNS = ["Idlib", "Saraqib", "Maarat al-Numan", "Ariha", "Jisr al-Shughur", "Khan Shaykhun"]


def _article(copies: int) -> str:
    lines = [s.format(town=t) for _ in range(copies) for t in TOWNS for s in SENTENCES]
    return " ".join(f"{line} (report {i})" for i, line in enumerate(lines))


def _state_lookups(monkeypatch, text: str) -> tuple[int, list]:
    # the places' countries are read each time the state is found
    found = postlinks.place_countries
    calls = []

    def counted(ctx):
        calls.append(1)
        return found(ctx)

    monkeypatch.setattr(postlinks, "place_countries", counted)
    result = process_texts([text], dates=[dt.date(2018, 2, 6)])[0]
    assert not result.error, result.error
    return len(calls), result.events


def test_the_article_state_is_found_once_however_long_the_article(monkeypatch):
    short_calls, short_events = _state_lookups(monkeypatch, _article(1))
    long_calls, long_events = _state_lookups(monkeypatch, _article(4))
    assert len(long_events) > len(short_events) > 0
    assert short_calls <= 1 and long_calls <= 1
    assert long_calls == short_calls


def test_class_phrases_still_take_the_articles_state(monkeypatch):
    _calls, events = _state_lookups(monkeypatch, _article(1))
    doers = {e.source_actor for e in events if e.type == "ASSAULT"}
    assert doers & {"SYR_GOV", "SYR_MIL", "SYR_AIRFORCE", "US_COALITION"}
