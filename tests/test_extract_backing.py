"""Assaults whose sides or place another part of the sentence gives: strikes backing another
side's act, coordinated and counted act nouns, misparsed doers, names that say whose."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def assaults(text: str) -> list:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    return [e for e in result.events if e.type == "ASSAULT"]


def tops(events: list, kb) -> set[tuple[str, str]]:
    return {
        (e.source_actor and kb.top_of(e.source_actor), e.target_actor and kb.top_of(e.target_actor))
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "backer", "enemy"),
    [
        (
            (
                "Kurdish fighters recaptured the town of Tal Abyad from the Islamic State on "
                "Tuesday, backed by U.S. airstrikes."
            ),
            "USA",
            "ISIS",
        ),
        (
            (
                "Syrian troops drove Islamic State militants out of Qaryatayn after weeks of "
                "fighting supported by Russian air strikes."
            ),
            "RUS",
            "ISIS",
        ),
        (
            (
                "The Iraqi army retook the town of Hit from the Islamic State, assisted by "
                "coalition air strikes."
            ),
            "US_COALITION",
            "ISIS",
        ),
    ],
)
def test_strikes_backing_an_act_are_the_backers_act_on_its_enemy_and_place(
    engine, actor_kb, text: str, backer: str, enemy: str
) -> None:
    found = assaults(text)
    backing = [e for e in found if actor_kb.top_of(e.source_actor) == actor_kb.top_of(backer)]
    assert backing, [(e.source_actor, e.target_actor) for e in found]
    assert actor_kb.top_of(backing[0].target_actor) == actor_kb.top_of(enemy)
    backed = [e for e in found if e is not backing[0] and e.place_id]
    assert backed and backing[0].place_id == backed[0].place_id


def test_a_backed_act_keeps_its_own_doer(engine, actor_kb) -> None:
    text = "Kurdish fighters recaptured the town of Tal Abyad from the Islamic State, backed by U.S. airstrikes."
    doers = {actor_kb.top_of(e.source_actor) for e in assaults(text)}
    assert actor_kb.top_of("USA") in doers and len(doers) == 2


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Moscow has carried out three weeks of airstrikes around the town of Rastan.", "RUS"),
        ("Russia has conducted dozens of air raids on rebel positions in Idlib province.", "RUS"),
        ("The Syrian air force carried out a series of strikes on rebel-held Douma.", "SYR"),
    ],
)
def test_a_counted_act_is_done_by_the_verbs_subject(engine, actor_kb, text: str, doer: str) -> None:
    assert {actor_kb.top_of(e.source_actor) for e in assaults(text)} == {actor_kb.top_of(doer)}


@pytest.mark.parametrize(
    "text",
    [
        "Over the first four days, the US-led coalition conducted more than 60 airstrikes in support of the SDF.",
        "In the past week, the US-led coalition carried out 40 strikes around Raqqa.",
        "The battle began in June and was supported by air strikes from the US-led coalition.",
    ],
)
def test_a_coalition_led_by_a_state_names_the_doer_not_the_place(engine, text: str) -> None:
    # "US-led", "Iranian-backed": the state qualifies who leads, it is not where
    found = assaults(text)
    assert any(e.source_actor == "US_COALITION" for e in found)
    assert all(e.place_id != "country:USA" and "United States" not in e.place_text for e in found)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The offensive near Raqqa is bolstered by coalition air and artillery strikes.", "US_COALITION"),
        ("Witnesses described Russian air and missile strikes on the town of Saraqib.", "RUS"),
    ],
)
def test_coordinated_act_nouns_share_their_modifier(engine, actor_kb, text: str, doer: str) -> None:
    found = assaults(text)
    assert actor_kb.top_of(doer) in {
        actor_kb.top_of(e.source_actor) for e in found if e.source_actor
    }


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            (
                "Islamic State militants seized the Mosul Dam on Thursday. On Saturday, American "
                "jets bombed militant positions near the dam."
            ),
            "fw:dam-mosul",
        ),
        (
            (
                "Fighting raged around the Mosul Dam for a week. Kurdish forces shelled militant "
                "positions inside the dam on Monday."
            ),
            "fw:dam-mosul",
        ),
    ],
)
def test_the_site_an_act_names_by_its_kind_is_the_one_named_before(
    engine, text: str, site: str
) -> None:
    found = assaults(text)
    assert found[-1].place_id == site


@pytest.mark.parametrize(
    ("fighter", "backer", "enemy"),
    [("SDF", "US_COALITION", "ISIS"), ("SYR_MIL", "RUS_AIRFORCE", "GEN_REBELS")],
)
def test_a_backer_is_not_a_second_enemy_of_the_side_it_fights_beside(
    actor_kb, fighter: str, backer: str, enemy: str
) -> None:
    from frontwatch.extract.sides import complete_sides
    from frontwatch.records import ControlChange, Event, Relation

    events = [
        Event("e1", "ASSAULT", source_actor=fighter, target_actor=enemy),
        Event("e2", "ASSAULT", source_actor=backer, target_actor=enemy),
    ]
    backs = [Relation("r1", "backs", backer, fighter)]
    capture = ControlChange("c1", "the village", previous_controller=enemy)
    complete_sides(events, backs, [capture], actor_kb, place_countries={}, actor_mentions=[])
    assert capture.new_controller == fighter
    complete_sides(
        events,
        [],
        [capture := ControlChange("c2", "T", previous_controller=enemy)],
        actor_kb,
        place_countries={},
        actor_mentions=[],
    )
    assert capture.new_controller == ""  # two sides, no backing said: left open


HARMED = (
    ("In the north, three strikes near Raqqa damaged an ISIL weapons depot.", "ISIS"),
    ("Overnight shelling hit Syrian army positions outside Deraa, activists said.", "SYR"),
    ("A drone strike killed two al-Shabab commanders near Jilib on Friday.", "AL_SHABAAB"),
)


def test_an_act_noun_that_harmed_its_object_targets_its_owner(engine, actor_kb) -> None:
    found = [[actor_kb.top_of(e.target_actor) for e in assaults(text)] for text, _ in HARMED]
    assert found == [[actor_kb.top_of(target)] for _, target in HARMED]


ANNOUNCED = (
    "The battle of Mosul was an offensive announced by Prime Minister Haider al-Abadi in October 2016.",
    "The Afrin offensive was an operation ordered by the Turkish government against Kurdish militias.",
)


def test_an_act_announced_or_ordered_by_a_government_is_its_own(engine, actor_kb) -> None:
    doers = [{actor_kb.top_of(e.source_actor) for e in assaults(text)} for text in ANNOUNCED]
    assert doers == [{"IRQ"}, {"TUR"}]


def test_a_side_backed_by_a_state_is_not_placed_there(engine) -> None:
    found = assaults("Iranian-backed militias shelled rebel positions on Sunday.")
    assert found and all(e.place_id != "country:IRN" for e in found)


BACKED_TOLLS = (
    # a headline run into the lede: two statements of one toll in one sentence
    (
        "Iraq clashes kill 48 Islamic State fighters Monitor Reuters Wednesday 8 April 2015 At "
        "least 48 Islamic State militants have been killed since Sunday in battles with "
        "Peshmerga units backed by coalition air strikes west of Mosul."
    ),
    (
        "Syria clashes kill 30 rebels Monitor AFP Monday 2 May 2016 At least 30 rebels have "
        "been killed since Sunday in clashes with government troops supported by Russian air "
        "strikes in Aleppo province."
    ),
)


def test_the_toll_of_a_backed_fight_is_not_lent_to_the_strikes_backing_it(engine) -> None:
    for text in BACKED_TOLLS:
        strikes = [e for e in assaults(text) if e.trigger == "strikes"]
        assert strikes and all(e.casualties.killed is None for e in strikes)
