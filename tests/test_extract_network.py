"""Ties implied by what happened and by how reporting names sides, each rule in several
phrasings written for these tests (reporting style, not copied from any data set)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2016, 6, 15)


def _result(text: str):
    return process_texts([text], dates=[PUBLISHED])[0]


def _ties(text: str, *, plain: bool = True) -> set[tuple[str, str, str]]:
    result = _result(text)
    return {
        (r.kind, r.source_actor, r.target_actor)
        for r in result.relations
        if not plain or r.claim.certainty in ("asserted", "attributed")
    }


def _changes(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (c.new_controller, c.previous_controller, c.place_text, c.claim.certainty)
        for c in _result(text).control_changes
        if c.kind == "capture"
    ]


@pytest.mark.parametrize(
    ("text", "taker", "loser", "place"),
    [
        (
            "Iraqi forces took control of the city of Ramadi from Islamic State militants.",
            "IRQ_MIL",
            "ISIS",
            "Ramadi",
        ),
        (
            "Syrian troops seized control Sunday of Yabroud, a rebel stronghold.",
            "SYR_MIL",
            "GEN_REBELS",  # the stronghold's holder is who lost it
            "Yabroud",
        ),
        (
            "Kurdish fighters drove Islamic State militants out of Tal Abyad after days of fighting.",
            "YPG",
            "ISIS",
            "Tal Abyad",
        ),
        (
            "The Syrian army expelled rebels from Khan Shaykhun on Friday.",
            "SYR_MIL",
            "GEN_REBELS",
            "Khan Shaykhun",
        ),
        (
            "Iraqi troops cleared Fallujah of Islamic State fighters last week.",
            "IRQ_MIL",
            "ISIS",
            "Fallujah",
        ),
        ("Mosul fell to Islamic State militants in June 2014.", "ISIS", "", "Mosul"),
        (
            "The Syrian army pushed on, liberating Palmyra from the Islamic State group.",
            "SYR_MIL",
            "ISIS",
            "Palmyra",
        ),
    ],
)
def test_every_way_of_telling_a_change_of_hands(text, taker, loser, place):
    changes = _changes(text)
    assert any(
        c[0] == taker and c[1] == loser and place in c[2] and c[3] == "asserted" for c in changes
    ), changes


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces launched an offensive to retake Mosul from the Islamic State group.",
        "The army worked on Saturday to clear Islamic State militants from Ramadi.",
        "The operation, aimed at clearing Dashisha of Islamic State fighters, began on Sunday.",
        "Government troops vowed to recapture Aleppo from the rebels.",
    ],
)
def test_aims_are_not_results(text):
    assert all(c[3] == "hypothetical" for c in _changes(text)), _changes(text)


@pytest.mark.parametrize(
    ("text", "taker", "loser"),
    [
        (
            "Iraqi forces retook the town of Rutba from Islamic State militants on Thursday.",
            "IRQ_MIL",
            "ISIS",
        ),
        (
            "The Syrian army recaptured Palmyra from the Islamic State group, state media said.",
            "SYR_MIL",
            "ISIS",
        ),
        (
            "Turkish troops drove Kurdish militia fighters out of Afrin.",
            "TUR_MIL",
            "YPG",
        ),
    ],
)
def test_a_capture_is_an_assault_of_the_taker_on_the_loser_and_a_fight(text, taker, loser):
    result = _result(text)
    assaults = [
        (e.source_actor, e.target_actor, e.mode) for e in result.events if e.type == "ASSAULT"
    ]
    assert (taker, loser, "seize") in assaults
    assert ("fights", taker, loser) in _ties(text)


def test_goods_seized_are_coercion_not_an_assault():
    result = _result("Rebels seized weapons and ammunition from an army depot.")
    assert [e.type for e in result.events] == ["COERCE"]


@pytest.mark.parametrize(
    ("text", "allies"),
    [
        (
            "Syrian government forces and Hezbollah captured the town of Qusair from rebels.",
            {("SYR_MIL", "HEZBOLLAH")},
        ),
        (
            "Iraqi forces and Kurdish Peshmerga fighters retook the town of Bashiqa on Monday.",
            {("IRQ_MIL", "PESHMERGA")},
        ),
        (
            "The Syrian Army, Lebanon's Hezbollah and the pro-government National Defense Forces played leading roles in the assault.",
            {("SYR_MIL", "HEZBOLLAH"), ("SYR_MIL", "NDF")},
        ),
        ("Retaking the dam was a joint operation by the U.S.-led coalition and the YPG.", {("US_COALITION", "YPG")}),
    ],
)
def test_actors_named_together_as_doers_of_one_deed_are_allies(text, allies):
    found = {(s, t) for kind, s, t in _ties(text) if kind == "allied"}
    assert allies <= found, found


def test_co_doers_fight_the_same_enemy():
    ties = _ties(
        "Syrian troops and Hezbollah fighters attacked Nusra Front positions near Zabadani."
    )
    assert {
        ("fights", "SYR_MIL", "JABHAT_AL_NUSRA"),
        ("fights", "HEZBOLLAH", "JABHAT_AL_NUSRA"),
    } <= ties, ties


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Government troops and rebels clashed in the outskirts of Daraa.",
            ("SYR_MIL", "GEN_REBELS"),
        ),
        (
            "Kurdish fighters and Islamic State militants fought for hours in Hasakah.",
            ("YPG", "ISIS"),
        ),
    ],
)
def test_subjects_of_a_reciprocal_fight_are_enemies_not_allies(text, pair):
    ties = _ties(text)
    assert ("fights", *pair) in ties and not any(k == "allied" for k, _s, _t in ties), ties


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        (
            "Backed by Russian airstrikes, Syrian troops reclaimed control of Palmyra.",
            "RUS_AIRFORCE",
            "SYR_MIL",
        ),
        ("Supported by Turkish tanks, the rebels entered Jarablus.", "TUR_MIL", "GEN_REBELS"),
        ("Syrian rebels, backed by Turkey, seized the town of al-Rai.", "TUR", "GEN_REBELS"),
    ],
)
def test_backing_participles(text, backer, backed):
    assert ("backs", backer, backed) in _ties(text), _ties(text)


@pytest.mark.parametrize(
    "text",
    [
        "Backed by Russian air power, pro-Syrian forces regained control of Palmyra last week.",
        "The Syrian army and Syrian government forces advanced on Aleppo, taking the town of Tal Rifaat.",
        "Russian warplanes and the Russian navy struck rebel positions in Idlib.",
        "Regime bombardment hit areas of Eastern Ghouta where rebels have been battling President Bashar al-Assad's troops.",
    ],
)
def test_an_actor_is_never_tied_to_its_own_state_or_forces(text, actor_kb):
    for kind, source, target in _ties(text, plain=False):
        if kind != "leads" and source and target:
            assert actor_kb.top_of(source) != actor_kb.top_of(target), (kind, source, target)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "The Iraqi army declared victory over the Islamic State group in Fallujah.",
            ("fights", "IRQ_MIL", "ISIS"),
        ),
        (
            "Kurdish forces claimed a victory against Islamic State militants near Kobani.",
            ("fights", "YPG", "ISIS"),
        ),
        (
            "The US-led coalition conducted 48 airstrikes in support of the SDF.",
            ("backs", "US_COALITION", "SDF"),
        ),
        (
            "Russian jets flew dozens of sorties in support of the Syrian army.",
            ("backs", "RUS_AIRFORCE", "SYR_MIL"),
        ),
        (
            "Syrian Democratic Forces took the village from IS fighters late on Thursday.",
            ("fights", "SDF", "ISIS"),
        ),
    ],
)
def test_victories_support_and_captures_name_the_sides(text, tie):
    assert tie in _ties(text), _ties(text)


def test_a_leader_speaks_for_his_state_in_a_tie_and_is_no_member_of_it():
    text = "Iraqi Prime Minister Haider al-Abadi declared victory over Islamic State in Tikrit."
    ties = _ties(text)
    assert ("fights", "IRQ", "ISIS") in ties
    assert not any(kind == "member_of" and target == "IRQ" for kind, _s, target in ties), ties


@pytest.mark.parametrize(
    ("text", "taker", "place"),
    [
        (
            "Iraqi forces took two large oil fields north of Kirkuk on Wednesday.",
            "IRQ_MIL",
            "Kirkuk",
        ),
        ("Iraqi troops seized gas plants and the area around Kirkuk.", "IRQ_MIL", "Kirkuk"),
        (
            "Every branch of Iraq's armed forces took part in the liberation of Hawija.",
            "IRQ_MIL",
            "Hawija",
        ),
        ("The Syrian army completed the recapture of Palmyra on Sunday.", "SYR_MIL", "Palmyra"),
        (
            "Rebels managed to capture the town of Morek after heavy fighting.",
            "GEN_REBELS",
            "Morek",
        ),
    ],
)
def test_territory_deeds_and_done_infinitives_are_changes(text, taker, place):
    changes = _changes(text)
    assert any(c[0] == taker and place in c[2] and c[3] == "asserted" for c in changes), changes


@pytest.mark.parametrize(
    "text",
    [
        "The offensive was an operation started by the Syrian army to recapture Palmyra.",
        "The president ordered the troops to withdraw from Manbij.",
        "Kurdish forces began to retake the town of Kobani.",
    ],
)
def test_infinitives_of_unfinished_deeds_are_hypothetical(text):
    assert _changes(text) or any(c.kind in ("withdrawal", "lost") for c in _result(text).control_changes)
    for change in _result(text).control_changes:
        assert change.claim.certainty == "hypothetical", change


def test_a_one_sided_assault_takes_the_only_enemy_the_article_gives():
    text = (
        "Iraqi forces retook the town of Rutba from Islamic State militants on Monday. "
        "On Tuesday Iraqi forces shelled positions on the edge of the town."
    )
    shelling = [e for e in _result(text).events if e.trigger == "shelled"]
    assert [(e.source_actor, e.target_actor, e.target_text) for e in shelling] == [
        ("IRQ_MIL", "ISIS", "")
    ]


def test_no_side_is_filled_when_the_article_gives_several_enemies_or_civilians_died():
    text = (
        "Iraqi forces retook Rutba from Islamic State militants. Iraqi forces also clashed "
        "with Kurdish Peshmerga fighters near Kirkuk. Iraqi forces shelled the outskirts of Hawija."
    )
    shelling = [e for e in _result(text).events if e.trigger == "shelled"]
    assert shelling and all(not e.target_actor for e in shelling)
    civilians = "Iraqi forces retook Rutba from Islamic State militants. Iraqi forces shelled a market, killing 12 civilians."
    for event in _result(civilians).events:
        if event.trigger == "shelled":
            assert event.target_actor in ("", "GEN_CIVILIANS")


@pytest.mark.parametrize(
    ("text", "actor_name", "location"),
    [
        ("Russia said its jets struck rebel positions in Idlib.", "Russia", "Idlib"),
        ("Iran's missiles hit a base near Erbil on Wednesday.", "Iran", "Erbil"),
        ("Rebels backed by Turkey entered Jarablus.", "Turkey", "Jarablus"),
    ],
)
def test_a_country_named_as_an_actor_is_marked_so_a_location_is_not(text, actor_name, location):
    mentions = [m for m in _result(text).mentions if m.place_id]
    roles = {m.text: "role:actor" in m.note for m in mentions}
    assert roles.get(actor_name) is True and roles.get(location) is False, roles


@pytest.mark.parametrize(
    ("text", "tie", "certainty"),
    [
        (
            "Erdogan says Syrian rebels backed by Turkey will try to drive Kurdish fighters out of Manbij.",
            ("backs", "TUR", "GEN_REBELS"),
            "attributed",
        ),
        (
            "The Iran-backed Hezbollah group may attack Israel soon.",
            ("backs", "IRN", "HEZBOLLAH"),
            "asserted",
        ),
        ("Russia sent jets to support the Syrian army.", ("backs", "RUS", "SYR_MIL"), "asserted"),
        (
            "Iran plans to support the Houthis with missiles.",
            ("backs", "IRN", None),
            "hypothetical",
        ),
        (
            "Russia may have supplied the rebels with weapons.",
            ("backs", "RUS", "GEN_REBELS"),
            "hedged",
        ),
    ],
)
def test_backing_in_a_noun_phrase_is_taken_for_granted_plans_and_hedges_are_not(
    text, tie, certainty
):
    found = [
        r.claim.certainty
        for r in _result(text).relations
        if (r.kind, r.source_actor) == tie[:2] and (tie[2] is None or r.target_actor == tie[2])
    ]
    assert found and set(found) == {certainty}, found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Government forces shelled the town of Hit in Anbar province.", "IRQ_MIL"),
        ("Government troops and rebels clashed in the outskirts of Daraa.", "SYR_MIL"),
        ("Kurdish fighters attacked a checkpoint near Qamishli.", "YPG"),
        ("Government forces shelled several villages overnight.", "GEN_GOV_FORCES"),
    ],
)
def test_a_class_takes_the_state_its_places_lie_in(text, actor):
    sources = [e.source_actor for e in _result(text).events if e.type == "ASSAULT"]
    assert actor in sources, sources


def test_a_town_named_like_an_institution_is_the_town():
    result = _result("Government forces shelled Douma and Harasta on Monday.")
    assert not any("DUMA" in e.target_actor for e in result.events)
    assert not any("DUMA" in r.target_actor for r in result.relations)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "The reinforcements signal preparations for an intensified assault on Tripoli.",
            "assault",
        ),
        ("Turkey renewed its threat of a new offensive against Kurdish fighters.", "offensive"),
        ("Officials discussed plans for an attack on Mosul.", "attack"),
    ],
)
def test_a_deed_governed_by_a_noun_of_plan_or_threat_is_hypothetical(text, noun):
    found = [e.claim.certainty for e in _result(text).events if e.trigger == noun]
    assert found == ["hypothetical"], found


@pytest.mark.parametrize(
    ("text", "taker", "place"),
    [
        (
            "Fighting raged around Manbij for weeks. On Friday the Syrian Democratic Forces captured the town from Islamic State.",
            "SDF",
            "Manbij",
        ),
        (
            "Rebels besieged Palmyra for a month. The city was retaken by Syrian troops on Sunday.",
            "SYR_MIL",
            "Palmyra",
        ),
        (
            "Islamic State attacked Kobani in September. Kurdish fighters recaptured it in January.",
            "YPG",
            "Kobani",
        ),
    ],
)
def test_the_town_and_it_take_the_town_named_before(text, taker, place):
    changes = _changes(text)
    assert any(c[0] == taker and c[2] == place for c in changes), changes


def test_a_province_is_no_antecedent_of_the_town():
    assert _changes("Rebels attacked Idlib province. The army recaptured the town on Sunday.") == []


def test_an_event_at_the_town_takes_the_town_named_before():
    text = "Rebels besieged Palmyra for a month. On Sunday they shelled the city again."
    shelling = [e for e in _result(text).events if e.trigger == "shelled"]
    assert [e.place_text for e in shelling] == ["Palmyra"]


@pytest.mark.parametrize(
    ("text", "backers", "backed"),
    [
        ("The rebels advanced with the support of Turkey and Qatar.", {"TUR", "QAT"}, "GEN_REBELS"),
        (
            "The United States, with support from Australia, Canada and Denmark, struck Houthi targets.",
            {"AUS", "CAN", "DNK"},
            "USA",
        ),
    ],
)
def test_every_named_supporter_backs(text, backers, backed):
    found = {s for kind, s, t in _ties(text) if kind == "backs" and t == backed}
    assert backers <= found, found
