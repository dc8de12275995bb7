"""A small hand-written Syrian-war store for the server and browser tests.

Five articles (one of them hostile HTML) and a second outlet's report of the Saraqib
strike, fused with the first. Offsets are computed from the text, as the pipeline does.
Imported by test_serve_api.py and test_browser_ui.py; its own test checks the offsets.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from frontwatch.records import (
    Actor,
    Article,
    ArticleResult,
    Casualties,
    Claim,
    ControlChange,
    Event,
    Evidence,
    Place,
    Relation,
    TimeRef,
)
from frontwatch.store import Store

HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned=2">'

SARAQIB = Place("gn:163345", "Saraqib", 35.8624, 36.8064, "SYR", "Idlib")
PALMYRA = Place("gn:172408", "Palmyra", 34.5601, 38.2839, "SYR", "Homs")
KOBANI = Place("gn:170245", "Kobani", 36.8909, 38.3538, "SYR", "Aleppo")
ALEPPO = Place("gn:170063", "Aleppo", 36.2021, 37.1343, "SYR", "Aleppo")
AFRIN = Place("gn:171451", "Afrin", 36.5119, 36.8695, "SYR", "Aleppo")
MOSUL = Place("gn:99072", "Mosul", 36.335, 43.1189, "IRQ", "Nineveh")

ACTORS = [
    Actor("RUS_AIRFORCE", "Russian Aerospace Forces", "state_forces", "RUS", "MIL"),
    Actor("SYR_MIL", "Syrian Arab Army", "state_forces", "SYR", "MIL"),
    Actor("SYR_AIRFORCE", "Syrian Arab Air Force", "state_forces", "SYR", "MIL"),
    Actor("ISIS", "Islamic State", "armed_group", "", "INS"),
    Actor("YPG", "People's Protection Units", "armed_group", "SYR", "REB"),
    Actor("USA_MIL", "United States Armed Forces", "state_forces", "USA", "MIL"),
    Actor("TUR_MIL", "Turkish Armed Forces", "state_forces", "TUR", "MIL"),
    Actor("IRQ_MIL", "Iraqi Armed Forces", "state_forces", "IRQ", "MIL"),
    Actor("GEN_REBELS", "rebels", "generic", "SYR", "REB"),
]

SARAQIB_TEXT = (
    "BEIRUT (Reuters) - Russian jets struck the town of Saraqib in Idlib province on Monday, killing nine "
    "civilians in all, the Syrian Observatory for Human Rights said. Both a market and a bakery were hit, the monitor added. "
    "Rebels in the town said they had no warning."
)
SARAQIB_AFP_TEXT = (
    "Air strikes by Russian warplanes killed at least eight civilians in Saraqib on Monday, a monitor said. "
    "Rescue workers searched the rubble of the market late into the night."
)
PALMYRA_TEXT = (
    "DAMASCUS - Syrian government forces recaptured the ancient city of Palmyra from Islamic State fighters on "
    "Sunday, state media said. Russia has backed the Syrian army with air strikes since September. "
    "Army engineers began clearing mines from the ruins."
)
KOBANI_TEXT = (
    "Kurdish YPG fighters drove Islamic State militants out of Kobani on Monday after four months of fighting. "
    "US-led coalition aircraft supported the YPG with air strikes throughout the siege. "
    "Thousands of residents remain in camps across the border in Turkey."
)
ALEPPO_TEXT = (
    "Government helicopters reportedly dropped barrel bombs on the al-Shaar district of Aleppo on Thursday, "
    "according to rebel activists. The claim could not be independently verified."
)
MOSUL_TEXT = (
    "Iraqi forces fought Islamic State militants in the old city of Mosul on Tuesday, the Iraqi military said. "
    "Civilians fled west across the Tigris."
)
HOSTILE_TEXT = (
    f"Turkish artillery shelled YPG positions near Afrin on Tuesday {HOSTILE_SCRIPT}, a war monitor said. "
    f"{HOSTILE_IMG} Residents reported damage to farms around the town."
)


def _evidence(article_id: str, text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(article_id, start, start + len(sentence), sentence)


def _first_sentence(text: str) -> str:
    return text[: text.index(". ") + 1]


def _saraqib() -> list[ArticleResult]:
    monday = TimeRef(dt.date(2016, 2, 15), "day", "on Monday")
    reuters = Article("art-saraqib-reuters", SARAQIB_TEXT, "Russian jets kill nine in Idlib market town",
                      "Reuters", "https://example.org/reuters/saraqib", dt.date(2016, 2, 16), "dateline")
    afp = Article("art-saraqib-afp", SARAQIB_AFP_TEXT, "Strikes kill civilians in Saraqib", "AFP",
                  "https://example.org/afp/saraqib", dt.date(2016, 2, 16), "metadata")
    sentence = SARAQIB_TEXT[SARAQIB_TEXT.index("Russian") : SARAQIB_TEXT.index("said.") + 5]
    first = Event("ev-saraqib-reuters", "ASSAULT", "aerial", "struck", "RUS_AIRFORCE", "", "Russian jets", "",
                  "Saraqib", SARAQIB.id, monday, Claim("attributed", "SOHR", "said"), Casualties(9, None, 9),
                  evidence=_evidence(reuters.id, SARAQIB_TEXT, sentence))
    second = Event("ev-saraqib-afp", "ASSAULT", "aerial", "killed", "RUS_AIRFORCE", "", "Russian warplanes", "",
                   "Saraqib", SARAQIB.id, monday, Claim("attributed", "a monitor", "said"), Casualties(8, None, 8),
                   evidence=_evidence(afp.id, SARAQIB_AFP_TEXT, _first_sentence(SARAQIB_AFP_TEXT)))
    return [ArticleResult(reuters, events=[first], places=[SARAQIB]),
            ArticleResult(afp, events=[second], places=[SARAQIB])]


def _palmyra() -> ArticleResult:
    article = Article("art-palmyra", PALMYRA_TEXT, "Syrian army retakes Palmyra", "SANA",
                      "https://example.org/sana/palmyra", dt.date(2016, 3, 27), "dateline")
    sunday = TimeRef(dt.date(2016, 3, 27), "day", "on Sunday")
    seized = _evidence(article.id, PALMYRA_TEXT, PALMYRA_TEXT[PALMYRA_TEXT.index("Syrian") : PALMYRA_TEXT.index(
        "said.") + 5])
    backed = _evidence(article.id, PALMYRA_TEXT, "Russia has backed the Syrian army with air strikes since September.")
    return ArticleResult(
        article,
        events=[Event("ev-palmyra", "ASSAULT", "seize", "recaptured", "SYR_MIL", "ISIS", "Syrian government forces",
                      "Islamic State fighters", "Palmyra", PALMYRA.id, sunday, Claim("attributed", "state media",
                                                                                       "said"), evidence=seized)],
        relations=[Relation("rel-palmyra", "backs", "RUS_AIRFORCE", "SYR_MIL", "Russia", "the Syrian army",
                            TimeRef(dt.date(2016, 3, 27), "day"), evidence=backed)],
        control_changes=[ControlChange("cc-palmyra", "Palmyra", "SYR_MIL", "ISIS", "Syrian government forces",
                                       "Islamic State", PALMYRA.id, "capture", sunday, Claim("attributed"),
                                       "recaptured", seized)],
        places=[PALMYRA],
    )


def _kobani() -> ArticleResult:
    article = Article("art-kobani", KOBANI_TEXT, "Kurds drive Islamic State out of Kobani", "BBC",
                      "https://example.org/bbc/kobani", dt.date(2015, 1, 27), "metadata")
    monday = TimeRef(dt.date(2015, 1, 26), "day", "on Monday")
    drove = _evidence(article.id, KOBANI_TEXT, _first_sentence(KOBANI_TEXT))
    backed = _evidence(article.id, KOBANI_TEXT,
                       "US-led coalition aircraft supported the YPG with air strikes throughout the siege.")
    return ArticleResult(
        article,
        events=[Event("ev-kobani", "ASSAULT", "seize", "drove out", "YPG", "ISIS", "Kurdish YPG fighters",
                      "Islamic State militants", "Kobani", KOBANI.id, monday, evidence=drove)],
        relations=[Relation("rel-kobani", "backs", "USA_MIL", "YPG", "US-led coalition", "the YPG", monday,
                            evidence=backed)],
        control_changes=[ControlChange("cc-kobani", "Kobani", "YPG", "ISIS", "Kurdish YPG fighters", "Islamic State",
                                       KOBANI.id, "capture", monday, trigger="drove out", evidence=drove)],
        places=[KOBANI],
    )


def _aleppo() -> ArticleResult:
    article = Article("art-aleppo", ALEPPO_TEXT, "Barrel bombs reported in Aleppo", "Al Jazeera",
                      "https://example.org/aj/aleppo", dt.date(2016, 4, 29), "metadata")
    return ArticleResult(article, places=[ALEPPO], events=[Event(
        "ev-aleppo", "ASSAULT", "aerial", "dropped", "SYR_AIRFORCE", "", "Government helicopters", "", "Aleppo",
        ALEPPO.id, TimeRef(dt.date(2016, 4, 28), "day", "on Thursday"), Claim("hedged", "rebel activists",
                                                                               "reportedly"),
        instrument="barrel bombs", evidence=_evidence(article.id, ALEPPO_TEXT, _first_sentence(ALEPPO_TEXT)))])


def _mosul() -> ArticleResult:
    article = Article("art-mosul", MOSUL_TEXT, "Battle for Mosul's old city", "AP",
                      "https://example.org/ap/mosul", dt.date(2017, 6, 21), "metadata")
    return ArticleResult(article, places=[MOSUL], events=[Event(
        "ev-mosul", "ASSAULT", "firearms", "fought", "IRQ_MIL", "ISIS", "Iraqi forces", "Islamic State militants",
        "Mosul", MOSUL.id, TimeRef(dt.date(2017, 6, 20), "day", "on Tuesday"), Claim("attributed", "Iraqi military",
                                                                                     "said"),
        evidence=_evidence(article.id, MOSUL_TEXT, _first_sentence(MOSUL_TEXT)))])


def _hostile() -> ArticleResult:
    article = Article("art-hostile", HOSTILE_TEXT, f'{HOSTILE_IMG.replace("__pwned=2", "__pwned=3")}Afrin shelled',
                      f"Monitor{HOSTILE_SCRIPT.replace('1', '4')}", "javascript:window.__pwned=5",
                      dt.date(2018, 1, 24), "metadata")
    sentence = HOSTILE_TEXT[: HOSTILE_TEXT.index("said.") + 5]
    return ArticleResult(article, places=[AFRIN], events=[Event(
        "ev-hostile", "ASSAULT", "heavy-weapons", "shelled", "TUR_MIL", "YPG", f"Turkish artillery{HOSTILE_IMG}",
        "YPG positions", f"Afrin{HOSTILE_SCRIPT}", AFRIN.id, TimeRef(dt.date(2018, 1, 23), "day", "on Tuesday"),
        Claim("attributed", "a war monitor", "said"), evidence=_evidence(article.id, HOSTILE_TEXT, sentence))])


def corpus() -> list[ArticleResult]:
    return [*_saraqib(), _palmyra(), _kobani(), _aleppo(), _mosul(), _hostile()]


def fuse_saraqib(store: Store) -> None:
    """Record the two Saraqib reports as one fused event, as the fusion stage would."""
    store.con.execute("""CREATE TABLE IF NOT EXISTS fused_event_members (
        fused_id VARCHAR, event_id VARCHAR, article_id VARCHAR, outlet VARCHAR)""")
    store.con.execute("INSERT INTO fused_event_members VALUES (?, ?, ?, ?), (?, ?, ?, ?)", [
        "fz-saraqib", "ev-saraqib-reuters", "art-saraqib-reuters", "Reuters",
        "fz-saraqib", "ev-saraqib-afp", "art-saraqib-afp", "AFP"])


def build_store(path: Path) -> Path:
    """Write the corpus to a DuckDB file and close it, so the server can open it read-only."""
    with Store(path) as store:
        store.sync_actors(ACTORS)
        store.write_results(corpus())
        fuse_saraqib(store)
    return path


def test_every_fact_points_at_its_sentence():
    for result in corpus():
        for fact in [*result.events, *result.relations, *result.control_changes]:
            ev = fact.evidence
            assert result.article.text[ev.start : ev.end] == ev.sentence
