"""Sides an event's sentence leaves open, taken from the article around it.

Reporting names the enemy once and then drops it; the other side of a one-sided hostile
act is the party the article is about, when it clearly is one. A sentence that names an
act twice, once with no side ("fighting raged as troops attacked"), tells one act.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 5, 10)


def events_of(text: str) -> list:
    from frontwatch.pipeline import process_texts

    return process_texts([text], dates=[PUBLISHED])[0].events


def assaults(text: str) -> list:
    return [e for e in events_of(text) if e.type == "ASSAULT"]


IRAQ_ARTICLE = (
    "Islamic State still holds most of the old city, residents said. The Islamic State group "
    "has lost thousands of fighters this year. Iraqi troops shelled the western districts of "
    "Mosul on Tuesday."
)
AFGHAN_ARTICLE = (
    "The Taliban control much of the district, local officials said. Taliban commanders have "
    "ordered shops to close. Afghan forces shelled villages near Kunduz on Sunday."
)
YEMEN_ARTICLE = (
    "Houthi leaders met tribal elders in Sanaa last week. The Houthis have set up new "
    "checkpoints on the main road. Saudi warplanes bombed a bridge near Hodeidah on Friday."
)
RAMADI = (
    "Heavy fighting raged in Ramadi on Tuesday as Iraqi troops attacked Islamic State positions."
)
HAMA = "Clashes broke out in Hama on Sunday when rebels attacked an army checkpoint."
MOSUL = "Fierce battles erupted in Mosul after Iraqi forces stormed Islamic State positions."


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (IRAQ_ARTICLE, "IRQ_MIL", "ISIS"),
        (AFGHAN_ARTICLE, "ANDSF", "TALIBAN"),
        (YEMEN_ARTICLE, "SAU_AIRFORCE", "HOUTHIS"),
    ],
)
def test_one_sided_assault_faces_the_party_the_article_is_about(
    engine, text: str, source: str, target: str
) -> None:
    found = assaults(text)
    assert [(e.source_actor, e.target_actor) for e in found] == [(source, target)]
    assert found[0].target_text == ""  # the article names it, not the sentence


def test_an_ally_named_most_is_no_opponent(engine) -> None:
    text = (
        "Russia has sent more warplanes to the Hmeimim base, officials said. Russian advisers "
        "are training new units. Syrian troops shelled villages near Hama on Monday."
    )
    assert [(e.source_actor, e.target_actor) for e in assaults(text)] == [("SYR_MIL", "")]


def test_two_parties_named_as_often_leave_the_target_open(engine) -> None:
    text = (
        "Islamic State fighters were seen near the town. Rebel fighters dug trenches on the "
        "hills. Islamic State leaders met in Raqqa. The rebels met in Idlib. Syrian troops "
        "shelled villages near Hama on Monday."
    )
    shelling = [e for e in assaults(text) if e.trigger == "shelled"]
    assert [e.target_actor for e in shelling] == [""]


def test_parties_named_once_each_are_no_opponent(engine) -> None:
    # one armed group named once is (tests/test_extract_sole_opponent.py); two are not
    text = (
        "Islamic State fighters were seen near the town. Kurdish fighters dug trenches. "
        "Iraqi troops shelled Hit on Monday."
    )
    shelling = [e for e in assaults(text) if e.trigger == "shelled"]
    assert [e.target_actor for e in shelling] == [""]


def test_an_attack_on_civilians_keeps_its_victims(engine) -> None:
    text = IRAQ_ARTICLE.replace("on Tuesday.", "on Tuesday, killing 12 civilians.")
    assert [e.target_actor for e in assaults(text)] == ["GEN_CIVILIANS"]


@pytest.mark.parametrize("text", [RAMADI, HAMA, MOSUL])
def test_a_sentence_telling_one_act_twice_is_one_event(engine, text: str) -> None:
    found = assaults(text)
    assert len(found) == 1
    assert found[0].source_actor and found[0].place_text


def test_acts_told_with_different_certainty_stay_apart(engine) -> None:
    text = (
        "Fighting continued in Fallujah on Monday as Iraqi forces prepared to storm "
        "Islamic State positions."
    )
    certainties = sorted(e.claim.certainty for e in assaults(text))
    assert len(certainties) == 2 and "asserted" in certainties


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            (
                "Iraqi forces began an assault on Islamic State fighters in Ramadi on Sunday. "
                "By Tuesday the city was recaptured."
            ),
            "IRQ_MIL",
        ),
        (
            (
                "Turkish drones struck a car near Qamishli on Tuesday, local officials said. "
                "A second car was struck on Wednesday morning."
            ),
            "TUR_AIRFORCE",
        ),
        (
            (
                "Syrian government forces shelled rebel positions in Daraa on Monday. The "
                "neighbourhood was shelled again the next morning."
            ),
            "SYR_MIL",
        ),
    ],
)
def test_an_act_retold_without_its_doer_takes_the_doer_told_before(
    engine, text: str, source: str
) -> None:
    retold = assaults(text)[-1]
    assert retold.source_actor == source
    assert retold.source_text == ""  # the sentence itself names no doer


def test_a_doer_told_too_long_before_is_not_carried(engine) -> None:
    text = (
        "Kurdish fighters attacked Islamic State positions near Kobani on Friday. Residents "
        "fled. Shops closed. Schools were shut. Aleppo was shelled on Sunday."
    )
    shelled = [e for e in assaults(text) if e.trigger == "shelled"]
    assert [e.source_actor for e in shelled] == [""]


def test_a_doer_at_another_place_is_not_carried(engine) -> None:
    text = "Kurdish fighters attacked Islamic State positions near Kobani on Friday. " + (
        "Aleppo was shelled on Sunday."
    )
    shelled = [e for e in assaults(text) if e.trigger == "shelled"]
    assert [e.source_actor for e in shelled] == [""]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            (
                "The al-Qusayr offensive was a 2013 operation by Syrian government troops against "
                "rebel fighters in Homs province."
            ),
            "SYR_MIL",
            "GEN_REBELS",
        ),
        (
            (
                "The battle of Raqqa was the final phase of a campaign launched by the Syrian "
                "Democratic Forces against the Islamic State."
            ),
            "SDF",
            "ISIS",
        ),
        (
            (
                "The Palmyra offensive was a large operation started in March by the Syrian Arab "
                "Army."
            ),
            "SYR_MIL",
            "",
        ),
    ],
)
def test_an_act_named_by_a_copula_takes_the_sides_of_its_complement(
    engine, text: str, source: str, target: str
) -> None:
    named = assaults(text)[0]
    assert (named.source_actor, named.target_actor) == (source, target)


YABROUD = (
    "Syrian troops entered Yabroud on Sunday, state media said. Rebels had held Yabroud for "
    "three years. The army had shelled rebel positions there for a week."
)


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (YABROUD, "shelled", "Yabroud"),
        (
            (
                "Iraqi forces pushed into Fallujah on Monday. Residents of Fallujah reported heavy "
                "losses. Airstrikes in Anbar province killed dozens of militants on Tuesday."
            ),
            "killed",
            "Fallujah",
        ),
        (
            (
                "Kurdish fighters have held Kobani since January. Kobani residents began to "
                "return on Friday. Islamic State fighters withdrew overnight, activists said."
            ),
            "withdrew",
            "Kobani",
        ),
    ],
)
def test_an_act_with_no_town_of_its_own_is_placed_at_the_article_s_town(
    engine, text: str, trigger: str, town: str
) -> None:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    town_id = next(m.place_id for m in result.mentions if m.text == town and m.place_id)
    event = next(e for e in result.events if e.trigger == trigger)
    assert (event.place_id, event.place_text) == (town_id, "")  # the sentence does not name it


# the act is told more than two sentences after the town, beyond the scene the sentences
# just before set (extract/placelookback.py): only the article's main town could place it
ONCE_NAMED = (
    "Syrian troops entered Yabroud on Sunday, state media said. Rebels denied the claim. "
    "Aid groups asked for access to the region. The army had shelled rebel positions for a week."
)
ABROAD = (
    "Iraqi forces pushed into Fallujah on Monday. Residents of Fallujah reported heavy losses. "
    "Turkish jets bombed Kurdish militants in Turkey on Tuesday."
)


@pytest.mark.parametrize(
    ("text", "trigger", "place_id"),
    [(ONCE_NAMED, "shelled", ""), (ABROAD, "bombed", "country:TUR")],
)
def test_no_main_town_or_another_country_keeps_the_place_told(
    engine, text: str, trigger: str, place_id: str
) -> None:
    event = next(e for e in events_of(text) if e.trigger == trigger)
    assert event.place_id == place_id


def test_statements_are_not_placed_at_the_article_s_town(engine) -> None:
    text = YABROUD + " The United States condemned the government on Monday."
    statements = [e for e in events_of(text) if e.type == "ACCUSE"]
    assert statements and all(e.place_id == "" for e in statements)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Kurdish forces launched attacks against Islamic State on Sunday, shelling their "
            "positions near Sinjar."
        ),
        (
            "Government troops stormed the rebel-held district of Daraya on Friday, overrunning "
            "rebel positions in Daraya."
        ),
    ],
)
def test_one_doer_s_act_told_in_two_words_is_one_event(engine, text: str) -> None:
    found = assaults(text)
    assert len(found) == 1 and found[0].source_actor


def test_two_doers_in_one_sentence_stay_two_events(engine) -> None:
    text = (
        "Turkish jets bombed Islamic State positions near Jarablus on Monday while Kurdish "
        "fighters shelled Islamic State positions near Jarablus."
    )
    assert len({e.source_actor for e in assaults(text)}) == 2


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            (
                "Iraqi troops on Saturday declared victory in Mosul when they said they had "
                "taken the last streets of the old city."
            ),
            "IRQ_MIL",
        ),
        ("Kurdish fighters said on Monday that they had recaptured Kobani.", "YPG"),
        (
            "Syrian troops raised the flag over Palmyra's citadel after they recaptured the town.",
            "SYR_MIL",
        ),
    ],
)
def test_a_pronoun_doer_is_the_subject_of_the_clause_above(engine, text: str, source: str) -> None:
    # "declared victory in Mosul" is a capture (and its assault) of its own, by the same side
    found = [e.source_actor for e in assaults(text)]
    assert found and set(found) == {source}, found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # ground taken is an assault
        ("Rebels captured the provincial capital on Sunday.", "ASSAULT"),
        ("Government forces seized several locations near the city on Monday.", "ASSAULT"),
        ("Pro-government fighters recaptured Tal Shaeer from the rebels on Friday.", "ASSAULT"),
        # goods or people taken are a seizure
        ("Militants seized two trucks and a bulldozer on the highway.", "COERCE"),
        ("Rebels captured Abu Bakr al-Hamid, a government officer, on Monday.", "COERCE"),
        # "in support of" names the purpose of the act, not an act
        (
            "The US-led coalition carried out ten strikes in support of Iraqi forces near Mosul.",
            "ASSAULT",
        ),
        (
            "Russian jets bombed rebel positions in Hama on Monday in support of the Syrian army.",
            "ASSAULT",
        ),
    ],
)
def test_what_is_taken_or_supported_decides_the_event(engine, text: str, kind: str) -> None:
    assert [e.type for e in events_of(text)] == [kind]


def test_support_voiced_is_still_an_event(engine) -> None:
    found = events_of("Russia voiced its support for the Syrian government on Monday.")
    assert [(e.type, e.source_actor) for e in found] == [("SUPPORT", "RUS")]


def test_a_pronoun_after_a_clause_naming_two_sides_is_left_open(engine) -> None:
    text = (
        "The coalition will keep backing the Syrian Democratic Forces as they capture the "
        "villages near Raqqa."
    )
    captures = [e for e in events_of(text) if e.trigger == "capture"]
    assert captures and all(e.source_actor != "GEN_COALITION" for e in captures)


# The doer of an act on a named side is that side's main opponent in the article.
DOERLESS_ATTACKS = [
    (
        (
            "Islamic State fighters still hold the old city, residents said. Islamic State "
            "commanders have mined the roads. Four Iraqi soldiers were killed near Ramadi on Monday."
        ),
        "ISIS",
    ),
    (
        (
            "The Taliban control much of the district, local officials said. Taliban commanders "
            "have ordered shops to close. An Afghan army checkpoint near Kunduz was attacked "
            "overnight."
        ),
        "TALIBAN",
    ),
    (
        (
            "Houthi leaders met tribal elders in Sanaa last week. The Houthis have set up new "
            "checkpoints on the main road. Government positions near Marib were shelled on Friday."
        ),
        "HOUTHIS",
    ),
]


@pytest.mark.parametrize(("text", "doer"), DOERLESS_ATTACKS)
def test_an_attack_on_a_named_side_comes_from_its_main_opponent(
    engine, actor_kb, text: str, doer: str
) -> None:
    kb = actor_kb
    found = [e for e in assaults(text) if e.target_actor]
    assert found, [(e.source_actor, e.target_actor, e.trigger) for e in assaults(text)]
    assert {kb.top_of(e.source_actor) for e in found} == {kb.top_of(doer)}
    assert all(e.source_text == "" for e in found)  # the article names it, not the sentence


def test_an_attack_on_a_side_named_alone_keeps_its_doer_open(engine) -> None:
    text = "Four Iraqi soldiers were killed near Ramadi on Monday."
    assert [e.source_actor for e in assaults(text)] == [""]
