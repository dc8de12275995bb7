"""Control timelines: controllers in order, the holder as of a date, conflicting claims shown."""

import datetime as dt

from test_fuse_corpus import corpus_store

from frontwatch.fuse.control import controller_as_of, transitions
from frontwatch.fusion import control_timelines

D = dt.date


def _timelines():
    with corpus_store() as store:
        return {t.place.name: t for t in control_timelines(store).values()}


def test_palmyra_changes_hands_four_times_in_order():
    palmyra = _timelines()["Palmyra"]
    assert [(p.controller, p.start, p.end) for p in palmyra.periods] == [
        ("ISIS", D(2015, 5, 21), D(2016, 3, 27)),
        ("SYR_MIL", D(2016, 3, 27), D(2016, 12, 11)),
        ("ISIS", D(2016, 12, 11), D(2017, 3, 2)),
        ("SYR_MIL", D(2017, 3, 2), None),
    ]
    assert palmyra.periods[1].sentence == "The Syrian army recaptured Palmyra from Islamic State."
    assert palmyra.conflicts == []


def test_controller_as_of_a_date():
    palmyra = _timelines()["Palmyra"]
    assert controller_as_of(palmyra, D(2015, 5, 20)) is None
    assert controller_as_of(palmyra, D(2016, 1, 1)).controller == "ISIS"
    assert controller_as_of(palmyra, D(2016, 3, 27)).controller == "SYR_MIL"
    assert controller_as_of(palmyra, D(2017, 1, 1)).controller == "ISIS"
    assert controller_as_of(palmyra, D(2020, 1, 1)).controller == "SYR_MIL"


def test_conflicting_claims_are_shown_not_resolved():
    al_bab = _timelines()["al-Bab"]
    (conflict,) = al_bab.conflicts
    assert sorted(conflict.controllers) == ["FSA", "ISIS"]
    assert conflict.note == "ISIS (Amaq, 2017-02-23) vs FSA (Anadolu, 2017-02-23)"
    held = controller_as_of(al_bab, D(2017, 2, 24))
    assert held.controller == "FSA" and held.conflict == conflict.note  # the capture is the later news


def test_hedged_claims_make_no_timeline():
    assert "Saraqib" not in _timelines()


def test_transitions_in_a_period_name_the_previous_holder():
    found = [(t.place.name, previous, p.controller)
             for t, p, previous in transitions(_timelines().values(), D(2016, 7, 1), D(2016, 12, 31))]
    assert found == [("Manbij", "ISIS", "SDF"), ("Palmyra", "SYR_MIL", "ISIS"), ("Aleppo", "GEN_REBELS", "SYR_MIL")]


def _timeline_of(articles):
    import datetime as _dt

    from frontwatch.fuse.control import transitions
    from frontwatch.fusion import control_timelines
    from frontwatch.pipeline import process_texts
    from frontwatch.store import Store

    texts, dates = zip(*articles, strict=True)
    with Store(":memory:") as store:
        store.write_results(process_texts(list(texts), dates=[_dt.date.fromisoformat(d) for d in dates]))
        timelines = control_timelines(store)
    return timelines, transitions(timelines.values(), None, None)


def test_two_names_seen_holding_a_place_are_no_change_of_hands():
    timelines, changes = _timeline_of([
        ("Government shelling hit rebel-held Douma on Monday.", "2017-11-13"),
        ("Airstrikes killed 12 people in opposition-held Douma.", "2017-11-17"),
        ("Shelling of the rebel-controlled town of Douma continued.", "2017-11-20"),
    ])
    assert timelines and changes == []


def test_a_capture_told_after_a_holding_is_a_change_of_hands():
    _timelines, changes = _timeline_of([
        ("Government shelling hit rebel-held Douma on Monday.", "2018-03-01"),
        ("Syrian troops captured Douma from the rebels on Saturday.", "2018-04-14"),
    ])
    assert [(p.controller, previous) for _t, p, previous in changes] == [("SYR_MIL", "GEN_REBELS")]
