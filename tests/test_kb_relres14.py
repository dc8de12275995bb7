"""Actor phrases of the fourth round of issue 12 (h-relres14): the forces of an armed body
are that body ("PMF forces"), a state's peacekeepers and naval forces are its arms, a count
before a phrase ("2,000 Iran-backed forces") hides nothing, "the rebels" of Somali copy are
al-Shabaab, and the PMF's Arabic name spelled "Hashid". Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.eval.predict import predict_texts


def _mention(text, published, phrase):
    """The phrase's mention after the whole pipeline: the war comes from the article."""
    found = predict_texts([text], dates=[dt.date.fromisoformat(published)], label="test")[0]
    return next(m for m in found.mentions if m.text.lower() == phrase.lower())


# (phrase, article date, sentence, the actor it must resolve to)
CASES = [
    # the forces of a force or armed group are itself, not the army of its state
    (
        "PMU forces",
        "2017-10-20",
        "PMU forces pushed into the outskirts of Tuz Khurmatu, Iraq, on Monday.",
        "PMF",
    ),
    (
        "IRGC troops",
        "2017-11-08",
        "IRGC troops deployed near Albu Kamal, Syria, on Wednesday.",
        "IRGC",
    ),
    (
        "Republican Guard troops",
        "2016-02-10",
        "Republican Guard troops shelled a suburb east of Damascus, Syria.",
        "SYR_REPUBLICAN_GUARD",
    ),
    (
        "Federal Police units",
        "2017-06-20",
        "Federal Police units stormed the old city of Mosul, Iraq.",
        "IRQ_FEDERAL_POLICE",
    ),
    # a state's peacekeepers are its army
    (
        "Burundian peacekeepers",
        "2016-06-10",
        "Militants overran a camp of Burundian peacekeepers near Baidoa, Somalia.",
        "BDI_MIL",
    ),
    (
        "Ugandan peacekeeping troops",
        "2015-09-02",
        "Ugandan peacekeeping troops repelled a dawn raid on their base in Lower Shabelle, Somalia.",
        "UGA_MIL",
    ),
    (
        "Kenyan peacekeepers",
        "2016-01-16",
        "Gunmen attacked Kenyan peacekeepers at a camp in Gedo, Somalia.",
        "KEN_MIL",
    ),
    # naval forces of a coalition or a state
    (
        "Saudi-led naval forces",
        "2015-10-02",
        "Saudi-led naval forces blockaded the port of Hodeidah, Yemen.",
        "SAUDI_COALITION",
    ),
    (
        "Russian naval forces",
        "2022-04-14",
        "Russian naval forces shelled the coast near Odesa, Ukraine.",
        "RUS_NAVY",
    ),
    # a count before the phrase
    (
        "up to 3,000 Iran-backed fighters",
        "2016-02-03",
        "Officials said up to 3,000 Iran-backed fighters joined the push north of Aleppo, Syria.",
        "GEN_PRO_GOV_MILITIAS",
    ),
    (
        "1,500 Turkish-backed rebels",
        "2018-01-25",
        "On Thursday 1,500 Turkish-backed rebels crossed into Afrin, Syria.",
        "SNA",
    ),
    (
        "4,000 Russian-backed militias",
        "2015-02-10",
        "Kyiv said 4,000 Russian-backed militias moved on Debaltseve, Ukraine.",
        "DONBAS_SEPARATISTS",
    ),
    # "the rebels" of Somali copy
    (
        "the rebels",
        "2023-05-26",
        "Al-Shabaab fighters stormed a base near Mogadishu, Somalia. Officials said the rebels seized two trucks.",
        "AL_SHABAAB",
    ),
    (
        "The rebels",
        "2019-02-18",
        "Al-Shabaab shelled an army post in Hiran, Somalia. The rebels then withdrew into the bush.",
        "AL_SHABAAB",
    ),
    (
        "the rebels",
        "2017-03-04",
        "The army lost a village in Lower Shabelle, Somalia, when the rebels attacked at dawn.",
        "AL_SHABAAB",
    ),
    # "its" / "their" armed men are the side named before them in the sentence
    (
        "its fighters",
        "2021-01-31",
        "Islamic State militants raided a village near Khanaqin, Iraq. The PMF said its fighters drove them off.",
        "PMF",
    ),
    (
        "its troops",
        "2023-01-12",
        "Heavy fighting went on around Soledar, Ukraine. Russia said its troops had cleared the salt mines.",
        "RUS_MIL",
    ),
    (
        "their fighters",
        "2024-06-25",
        "Junta troops shelled Kyaukme, Myanmar. The TNLA said their fighters held the market.",
        "TNLA",
    ),
    (
        "its soldiers",
        "2018-02-20",
        "Shelling hit villages around Afrin, Syria. Turkey said its soldiers had killed 20 YPG fighters.",
        "TUR_MIL",
    ),
    (
        "its fighters",
        "2019-02-18",
        "The army shelled a village in Hiran, Somalia. Al-Shabaab said its fighters had shot down a drone.",
        "AL_SHABAAB",
    ),
    # the PMF's Arabic name
    (
        "Hashid al-Shaabi positions",
        "2020-06-01",
        "Gunmen attacked Hashid al-Shaabi positions near Khanaqin, Iraq.",
        "PMF",
    ),
    (
        "al-Hashid al-Shaabi",
        "2019-11-05",
        "A roadside bomb hit a patrol of al-Hashid al-Shaabi near Tarmiyah, Iraq.",
        "PMF",
    ),
]


@pytest.mark.parametrize(("phrase", "published", "text", "expected"), CASES)
def test_actor_phrase_resolves(phrase, published, text, expected):
    assert _mention(text, published, phrase).actor_id == expected


# a class whose own phrase names its backer or ally never stands for the enemy named before it
SIDED = [
    (
        "the pro-Saudi fighters",
        "2015-10-02",
        "Houthi rebels shelled Aden, Yemen. Warships backed the pro-Saudi fighters on the coast.",
    ),
    (
        "The Saudi-backed fighters",
        "2016-03-01",
        "Houthi rebels shelled Taiz, Yemen. The Saudi-backed fighters pushed them back.",
    ),
    (
        "The UAE-backed fighters",
        "2018-06-13",
        "Houthi fighters attacked Mokha, Yemen. The UAE-backed fighters repelled them.",
    ),
    (
        "the Kenyan-backed fighters",
        "2012-09-28",
        "Al-Shabaab raided villages in Gedo, Somalia. Elders said the Kenyan-backed fighters held the town.",
    ),
]


@pytest.mark.parametrize(("phrase", "published", "text"), SIDED)
def test_backed_class_takes_no_enemy_antecedent(phrase, published, text):
    found = predict_texts([text], dates=[dt.date.fromisoformat(published)], label="test")[0]
    first = found.mentions[0].actor_id  # the side named first: the one the class fights
    assert _mention(text, published, phrase).actor_id != first
    assert not any(r.kind == "backs" and r.target_actor == first for r in found.relations)


# ... but it still stands for a group named before it that its backer does back
BACKED_BEFORE = [
    ("The Iran-backed militia", "2024-01-29", "The Islamic Resistance in Iraq claimed a drone attack on Tower 22 in Jordan. The Iran-backed militia said more would follow.", "ISLAMIC_RESISTANCE_IRAQ"),
    ("The Iranian-backed fighters", "2016-02-03", "Hezbollah sent hundreds of men to Nubl, Syria. The Iranian-backed fighters broke the siege.", "HEZBOLLAH"),
    ("the Iranian-backed rebels", "2018-06-13", "The Houthis fired a missile at Jizan, Saudi Arabia, and the Iranian-backed rebels said more would come.", "HOUTHIS"),
]


@pytest.mark.parametrize(("phrase", "published", "text", "expected"), BACKED_BEFORE)
def test_backed_class_takes_the_backed_antecedent(phrase, published, text, expected):
    assert _mention(text, published, phrase).actor_id == expected
