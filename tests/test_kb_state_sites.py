"""Who the sentence names as a side, read from the words around a name (issues #12/#13):

- a state named only as where ("on the frontier with Jordan", "in Iraq's capital",
  "districts adjacent to Turkey") is no doer or target (not_actors.yaml site_*, kb/actors/sites.py);
- a class in the possessive owns its assets ("the insurgents' hideouts" are the insurgents');
- a class noun before an armed group's name is that group ("the Iran-backed militia
  Kataib Hezbollah");
- a demonym before a class word ("a Syrian rebel raid") is no act of its state;
- a faith or people an attack hit ("a Shiite shrine", "Yazidi villages") is its civilians.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2019, 4, 9)

# (sentence, a state that must be no party of any event or relation)
SITES = [
    ("Insurgents stormed a village close to the frontier with Jordan on Thursday, forcing out army units.", "JOR"),
    ("Militants overran a police post near the border with Iran, killing four guards.", "IRN"),
    ("Gunmen set off a car bomb at a market in Iraq's capital, killing nine shoppers.", "IRQ"),
    ("Jihadists shelled a checkpoint in Syria's province of Idlib overnight.", "SYR"),
    ("The rebels have taken most districts adjacent to Turkey since March.", "TUR"),
]

# (sentence, the class the assault's target must be)
OWNED_ASSETS = [
    ("Warplanes hit the insurgents' hideouts east of Hama on Friday.", "GEN_INSURGENTS"),
    ("Army artillery pounded the jihadists' trenches outside Raqqa.", "GEN_JIHADISTS"),
    ("Drones struck the militants\u2019 checkpoints south of Mosul overnight.", "GEN_MILITANTS"),
]

# (sentence, the group the class noun before the name is)
NAMED_CLASSES = [
    ("American aircraft hit a compound of the Iran-backed militia Kataib Hezbollah near Qaim.", "KATAIB_HEZBOLLAH"),
    ("The Iranian-backed faction Asaib Ahl al-Haq fired rockets at an airbase on Sunday.", "ASAIB_AHL_AL_HAQ"),
    ("Officials blamed the powerful Shiite group Kataib Hezbollah for the drone strike.", "KATAIB_HEZBOLLAH"),
]

# (sentence, the state whose forces must not be the doer, the class that is)
DESCRIBED_CLASSES = [
    ("Three soldiers were killed in a Syrian rebel raid near Daraa on Monday.", "SYR_MIL", "GEN_REBELS"),
    ("Two policemen died in an Iraqi militant attack on a checkpoint outside Kirkuk.", "IRQ_MIL", "GEN_MILITANTS"),
    ("Four troops fell in a Syrian opposition assault on a hilltop post near Latakia.", "SYR_MIL", "SYR_OPPOSITION"),
]

# (sentence, the community whose civilians the attack hit)
COMMUNITIES_HIT = [
    ("Islamic State fighters attacked Yazidi villages near Sinjar at dawn.", "GEN_YAZIDIS"),
    ("Gunmen opened fire on Shiite pilgrims on the road south of Baghdad.", "GEN_SHIA"),
    ("Militants stormed a Christian neighbourhood of Mosul and torched its churches.", "GEN_CHRISTIANS"),
]


@pytest.fixture(scope="module")
def read(engine: Any) -> dict[str, Any]:
    """Each sentence read once, as an article of its own."""
    from frontwatch.pipeline import process_texts

    sentences = [case[0] for case in (*SITES, *OWNED_ASSETS, *NAMED_CLASSES, *DESCRIBED_CLASSES, *COMMUNITIES_HIT)]
    results = process_texts(sentences, dates=[PUBLISHED] * len(sentences))
    return dict(zip(sentences, results, strict=True))


def _parties(result: Any) -> set[str]:
    sides = {a for e in result.events for a in (e.source_actor, e.target_actor)}
    sides |= {a for r in result.relations for a in (r.source_actor, r.target_actor)}
    sides |= {c.new_controller for c in result.control_changes}
    return sides


@pytest.mark.parametrize(("sentence", "state"), SITES)
def test_a_state_named_as_where_is_no_party(read: dict[str, Any], sentence: str, state: str) -> None:
    result = read[sentence]
    assert not any(p == state or p.startswith(state + "_") for p in _parties(result)), _parties(result)


@pytest.mark.parametrize(("sentence", "target"), OWNED_ASSETS)
def test_a_possessive_class_owns_its_assets(read: dict[str, Any], sentence: str, target: str) -> None:
    targets = {e.target_actor for e in read[sentence].events if e.type == "ASSAULT"}
    assert target in targets, targets


@pytest.mark.parametrize(("sentence", "group"), NAMED_CLASSES)
def test_a_class_noun_before_a_name_is_the_name(read: dict[str, Any], sentence: str, group: str) -> None:
    result = read[sentence]
    parties = _parties(result)
    assert group in parties, parties
    assert "GEN_ARMED_GROUP" not in parties and "GEN_MILITIAS" not in parties, parties


def test_the_named_group_keeps_its_backer(read: dict[str, Any]) -> None:
    relations = read[NAMED_CLASSES[0][0]].relations
    ties = {(r.kind, r.source_actor, r.target_actor) for r in relations}
    assert ("backs", "IRN", "KATAIB_HEZBOLLAH") in ties, ties


@pytest.mark.parametrize(("sentence", "state_forces", "doer"), DESCRIBED_CLASSES)
def test_a_demonym_before_a_class_is_no_state_act(
    read: dict[str, Any], sentence: str, state_forces: str, doer: str
) -> None:
    doers = {e.source_actor for e in read[sentence].events if e.type == "ASSAULT"}
    assert state_forces not in doers and doer in doers, doers


@pytest.mark.parametrize(
    ("sentence", "word", "only_a_site"),
    [
        ("Rockets hit a base in Iraq on Monday.", "Iraq", True),
        ("Turkey's capital hosted the talks.", "Turkey", True),
        ("Shelling hit villages along the border with Lebanon.", "Lebanon", True),
        ("Iran's intervention in Syria kept the government afloat.", "Syria", False),
        ("Turkey shelled Kurdish positions on Tuesday.", "Turkey", False),
        ("Iraq's army retook the town.", "Iraq", False),
    ],
)
def test_which_words_make_a_state_a_site(engine: Any, sentence: str, word: str, only_a_site: bool) -> None:
    from frontwatch.kb.actors.sites import names_only_a_site

    doc = engine.nlp(sentence)
    ent = next(e for e in doc.ents if e.text == word)
    assert names_only_a_site(ent) is only_a_site


def test_a_possessive_class_resolves_to_the_class(engine: Any) -> None:
    kb = engine.actor_kb
    assert kb.resolve("the rebels' positions").actor_id == "GEN_REBELS"
    assert kb.resolve("the militants' hideouts").actor_id == "GEN_MILITANTS"
    # a bare adjective owns nothing: "terrorist positions" stay unowned as before
    assert kb.resolve("terrorist positions").actor_id == "GEN_FIGHTERS"


@pytest.mark.parametrize(("sentence", "community"), COMMUNITIES_HIT)
def test_a_community_hit_is_its_civilians(read: dict[str, Any], sentence: str, community: str) -> None:
    targets = {e.target_actor for e in read[sentence].events if e.type in ("ASSAULT", "COERCE")}
    assert "GEN_CIVILIANS" in targets and community not in targets, targets


@pytest.mark.parametrize("bad", [{"site_nouns": [True]}, {"site_prepositions": "in"}, ["in"]])
def test_not_actor_word_lists_are_checked_at_load(bad: Any) -> None:
    from frontwatch.kb.actors.furniture import _check_word_lists

    with pytest.raises((ValueError, TypeError)):
        _check_word_lists(bad)


def test_a_capital_after_in_still_names_its_state(engine: Any) -> None:
    """ "his backers in Moscow and Tehran": a capital stands for its rulers, so the site rule
    reads a state's own name only."""
    from frontwatch.pipeline import process_texts

    sentence = "Assad and his backers in Moscow and Tehran dismissed the latest peace proposal."
    relations = process_texts([sentence], dates=[PUBLISHED])[0].relations
    sides = {r.target_actor for r in relations} | {r.source_actor for r in relations}
    assert {"RUS", "IRN"} & sides, sides
