"""A small hand-made Syrian-war corpus, written through Store.write_results, shared by
the fuse, report and export tests (imported as a module; its own test checks it loads)."""

from __future__ import annotations

import datetime as dt
from typing import Any

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

D = dt.date

ACTORS = [
    Actor("SYR", "Syria", "state", "SYR", "GOV"), Actor("RUS", "Russia", "state", "RUS", "GOV"),
    Actor("USA", "United States", "state", "USA", "GOV"), Actor("TUR", "Turkey", "state", "TUR", "GOV"),
    Actor("IRN", "Iran", "state", "IRN", "GOV"), Actor("SYR_GOV", "Syrian government", "state_agency", "SYR", "GOV"),
    Actor("SYR_MIL", "Syrian Arab Army", "state_forces", "SYR", "MIL"),
    Actor("SYR_AIRFORCE", "Syrian Air Force", "state_forces", "SYR", "MIL"),
    Actor("RUS_AIRFORCE", "Russian Aerospace Forces", "state_forces", "RUS", "MIL"),
    Actor("TUR_MIL", "Turkish Armed Forces", "state_forces", "TUR", "MIL"),
    Actor("HEZBOLLAH", "Hezbollah", "armed_group", "LBN", "REB"),
    Actor("SDF", "Syrian Democratic Forces", "armed_group", "SYR", "REB"),
    Actor("YPG", "People's Protection Units", "armed_group", "SYR", "REB"),
    Actor("FSA", "Free Syrian Army", "armed_group", "SYR", "REB"),
    Actor("AHRAR_AL_SHAM", "Ahrar al-Sham", "armed_group", "SYR", "REB"),
    Actor("JABHAT_AL_NUSRA", "Jabhat al-Nusra", "armed_group", "SYR", "INS"),
    Actor("ISIS", "Islamic State", "armed_group", "", "INS"),
    Actor("GEN_CIVILIANS", "civilians", "generic", "", "CVL"),
    Actor("GEN_REBELS", "rebels", "generic", "SYR", "REB"),
]

PLACES = {
    "saraqib": Place("gn:169389", "Saraqib", 35.8624, 36.8006, "SYR", "Idlib", "Idlib District"),
    "maarat": Place("gn:172809", "Maarat al-Numan", 35.6436, 36.6719, "SYR", "Idlib", "Maarat al-Numan District"),
    "douma": Place("gn:170654", "Douma", 33.5711, 36.4028, "SYR", "Rif Dimashq", "Douma District"),
    "jarablus": Place("gn:167046", "Jarablus", 36.8175, 38.0106, "SYR", "Aleppo", "Jarabulus District"),
    "palmyra": Place("gn:170575", "Palmyra", 34.5600, 38.2800, "SYR", "Homs", "Tadmur District"),
    "manbij": Place("gn:166365", "Manbij", 36.5281, 37.9549, "SYR", "Aleppo", "Manbij District"),
    "al_bab": Place("gn:174018", "al-Bab", 36.3703, 37.5157, "SYR", "Aleppo", "al-Bab District"),
    "aleppo": Place("gn:170063", "Aleppo", 36.2021, 37.1343, "SYR", "Aleppo", "Mount Simeon District"),
    "idlib_gov": Place("fw:idlib", "Idlib Governorate", 35.75, 36.6, "SYR", "Idlib", "", "admin1", is_area=True),
}


def article(aid: str, outlet: str, published: dt.date, *facts: tuple[str, str, dict[str, Any]]) -> ArticleResult:
    """An article whose text is its fact sentences; each fact is (kind, sentence, fields)."""
    text, result = "", ArticleResult(Article(aid, "", f"{outlet} report", outlet, f"https://example.org/{aid}", published,
                                             "metadata"))
    for n, (kind, sentence, fields) in enumerate(facts):
        start = len(text) + (1 if text else 0)
        text = f"{text} {sentence}" if text else sentence
        evidence = Evidence(aid, start, start + len(sentence), sentence)
        _add(result, kind, f"{aid}-{kind[0]}{n}", evidence, dict(fields))
    result.article.text = text
    return result


def _add(result: ArticleResult, kind: str, rid: str, evidence: Evidence, f: dict[str, Any]) -> None:
    when = TimeRef(f.pop("date", None), f.pop("precision", "day"))
    claim = Claim(f.pop("certainty", "asserted"), f.pop("by", ""), f.pop("cue", ""))
    place = PLACES.get(f.pop("place", ""))
    if place is not None:
        result.places.append(place)
        f.setdefault("place_text", place.name)
        f["place_id"] = place.id
    if kind == "event":
        casualties = Casualties(killed=f.pop("killed", None), civilians=f.pop("civilians", None))
        result.events.append(Event(rid, time=when, claim=claim, casualties=casualties, evidence=evidence, **f))
    elif kind == "relation":
        result.relations.append(Relation(rid, time=when, claim=claim, evidence=evidence, **f))
    else:
        result.control_changes.append(ControlChange(rid, time=when, claim=claim, evidence=evidence, **f))


def corpus() -> list[ArticleResult]:
    return [
        article("a01", "Reuters", D(2016, 2, 2), ("event",
                "Russian jets struck the town of Saraqeb on Monday, killing 9 civilians, activists said.",
                {"type": "ASSAULT", "mode": "aerial", "source_actor": "RUS_AIRFORCE", "target_actor": "GEN_CIVILIANS",
                     "place": "saraqib", "date": D(2016, 2, 1), "killed": 9, "civilians": 9, "certainty": "attributed"})),
        article("a02", "AFP", D(2016, 2, 1), ("event",
                "Air strikes on Saraqib killed at least 10 people on Monday, the Syrian Observatory said.",
                {"type": "ASSAULT", "mode": "aerial", "source_actor": "RUS", "place": "saraqib", "date": D(2016, 2, 1),
                     "killed": 10, "certainty": "attributed"})),
        article("a03", "Al Jazeera", D(2016, 2, 5), ("event",
                "Warplanes bombed a market in Maarat al-Numan on Friday, killing 4 people.",
                {"type": "ASSAULT", "mode": "aerial", "source_actor": "RUS_AIRFORCE", "place": "maarat", "date": D(2016, 2, 5),
                     "killed": 4})),
        article("a04", "Middle East Eye", D(2016, 8, 13), ("event",
                "Government helicopters dropped barrel bombs on Douma on Friday, killing 25 people.",
                {"type": "ASSAULT", "mode": "aerial", "source_actor": "SYR_AIRFORCE", "place": "douma", "date": D(2016, 8, 12),
                     "killed": 25})),
        article("a05", "Reuters", D(2016, 8, 12), ("event",
                "An air raid on Douma killed 12 people, a rescue worker said.",
                {"type": "ASSAULT", "mode": "aerial", "place": "douma", "date": D(2016, 8, 12), "killed": 12,
                     "certainty": "attributed", "by": "rescue worker"})),
        article("a06", "Hawar News", D(2016, 8, 28), ("event",
                "Turkish-backed FSA factions attacked SDF positions south of Jarablus.",
                {"type": "ASSAULT", "mode": "firearms", "source_actor": "FSA", "target_actor": "SDF", "place": "jarablus",
                     "date": D(2016, 8, 28)})),
        article("a07", "Anadolu", D(2016, 8, 28), ("event",
                "SDF militants attacked Free Syrian Army positions near Jarablus.",
                {"type": "ASSAULT", "mode": "firearms", "source_actor": "SDF", "target_actor": "FSA", "place": "jarablus",
                     "date": D(2016, 8, 28)})),
        *_network_articles(),
        *_control_articles(),
    ]


def _network_articles() -> list[ArticleResult]:
    return [
        article("n01", "BBC", D(2015, 10, 1),
                ("relation", "Russia began air strikes in support of President Bashar al-Assad's government.",
                 {"kind": "backs", "source_actor": "RUS", "target_actor": "SYR_GOV", "date": D(2015, 9, 30)}),
                ("relation", "Iran has sent military advisers to back the Syrian government.",
                 {"kind": "backs", "source_actor": "IRN", "target_actor": "SYR_GOV", "date": D(2015, 10, 1)})),
        article("n02", "Reuters", D(2015, 6, 15),
                ("relation", "The United States has armed vetted FSA groups through a CIA programme.",
                 {"kind": "backs", "source_actor": "USA", "target_actor": "FSA", "date": D(2015, 6, 15)}),
                ("relation", "The YPG is the main component of the Syrian Democratic Forces.",
                 {"kind": "member_of", "source_actor": "YPG", "target_actor": "SDF", "date": D(2015, 10, 12)})),
        article("n03", "AP", D(2016, 1, 10),
                ("relation", "US officials said weapons deliveries to the FSA continued.",
                 {"kind": "backs", "source_actor": "USA", "target_actor": "FSA", "date": D(2016, 1, 10), "certainty": "attributed"})),
        article("n04", "Reuters", D(2015, 3, 29),
                ("relation", "Ahrar al-Sham and Jabhat al-Nusra fought side by side in the Jaysh al-Fatah alliance.",
                 {"kind": "allied", "source_actor": "AHRAR_AL_SHAM", "target_actor": "JABHAT_AL_NUSRA", "date": D(2015, 3, 28)})),
        article("n05", "Al Jazeera", D(2017, 1, 24),
                ("event", "Jabhat al-Nusra fighters attacked Ahrar al-Sham positions in western Aleppo.",
                 {"type": "ASSAULT", "mode": "firearms", "source_actor": "JABHAT_AL_NUSRA", "target_actor": "AHRAR_AL_SHAM",
                      "place": "aleppo", "date": D(2017, 1, 24)})),
        article("n06", "Anadolu", D(2016, 8, 24),
                ("relation", "Turkey launched Operation Euphrates Shield in support of FSA rebels.",
                 {"kind": "backs", "source_actor": "TUR", "target_actor": "FSA", "date": D(2016, 8, 24)}),
                ("event", "Turkish artillery shelled YPG positions near Jarablus.",
                 {"type": "ASSAULT", "mode": "heavy-weapons", "source_actor": "TUR_MIL", "target_actor": "YPG",
                      "place": "jarablus", "date": D(2016, 8, 25)}),
                ("relation", "Some analysts say Washington may soon arm Turkey's Kurdish foes directly.",
                 {"kind": "backs", "source_actor": "USA", "target_actor": "YPG", "date": D(2016, 8, 24), "certainty": "hedged",
                      "cue": "may"})),
        article("n07", "Reuters", D(2016, 11, 20),
                ("event", "US-led coalition aircraft supported the SDF advance on Raqqa.",
                 {"type": "SUPPORT", "source_actor": "USA", "target_actor": "SDF", "date": D(2016, 11, 20)})),
    ]


def _control_articles() -> list[ArticleResult]:
    return [
        article("c01", "BBC", D(2015, 5, 21), ("control", "Islamic State fighters seized the ancient city of Palmyra.",
                {"place": "palmyra", "new_controller": "ISIS", "previous_controller": "SYR_MIL", "date": D(2015, 5, 21)})),
        article("c02", "SANA", D(2016, 3, 27), ("control", "The Syrian army recaptured Palmyra from Islamic State.",
                {"place": "palmyra", "new_controller": "SYR_MIL", "previous_controller": "ISIS", "date": D(2016, 3, 27)})),
        article("c03", "Reuters", D(2016, 12, 11), ("control", "Islamic State retook Palmyra despite Russian air strikes.",
                {"place": "palmyra", "new_controller": "ISIS", "previous_controller": "SYR_MIL", "date": D(2016, 12, 11)})),
        article("c04", "SANA", D(2017, 3, 2), ("control", "Syrian troops entered Palmyra again, state TV said.",
                {"place": "palmyra", "new_controller": "SYR_MIL", "previous_controller": "ISIS", "date": D(2017, 3, 2),
                     "certainty": "attributed"})),
        article("c05", "Hawar News", D(2016, 8, 12), ("control", "The SDF took full control of Manbij from Islamic State.",
                {"place": "manbij", "new_controller": "SDF", "previous_controller": "ISIS", "date": D(2016, 8, 12)})),
        article("c06", "Anadolu", D(2017, 2, 23), ("control", "FSA fighters backed by Turkey captured al-Bab.",
                {"place": "al_bab", "new_controller": "FSA", "previous_controller": "ISIS", "date": D(2017, 2, 23)})),
        article("c07", "Amaq", D(2017, 2, 23), ("control", "Islamic State fighters still hold the centre of al-Bab.",
                {"place": "al_bab", "new_controller": "ISIS", "kind": "held", "date": D(2017, 2, 23)})),
        article("c08", "Reuters", D(2016, 12, 22), ("control",
                "The Syrian army took full control of Aleppo after the last rebels left.",
                {"place": "aleppo", "new_controller": "SYR_MIL", "previous_controller": "GEN_REBELS", "date": D(2016, 12, 22)})),
        article("c09", "Orient News", D(2016, 2, 3), ("control", "Government forces have reportedly entered Saraqib.",
                {"place": "saraqib", "new_controller": "SYR_MIL", "date": D(2016, 2, 3), "certainty": "hedged",
                     "cue": "reportedly"})),
    ]


def corpus_store(extra: list[ArticleResult] | None = None) -> Store:
    store = Store(":memory:")
    store.sync_actors(ACTORS)
    store.write_results([*corpus(), *(extra or [])])
    return store


def test_corpus_loads_every_fact():
    with corpus_store() as store:
        assert store.scalar("SELECT count(*) FROM events") == 10
        assert store.scalar("SELECT count(*) FROM relations") == 8
        assert store.scalar("SELECT count(*) FROM control_changes") == 9
