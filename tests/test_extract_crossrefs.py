"""Ties whose side a sentence names only by referring back (extract/crossrefs.py): a subject
"it" or "they" stands for the actor the previous sentence's subject names, a subject "both"
or "the two" for the last two sides named, with any relation cue; or through a description
or a list: "X is a group that fights Y" (the relative clause on a predicate noun is X's:
verbsubjects.described_name, relsubjects.relative_antecedent), "a campaign against X and Y"
(each listed side is fought: extract/fightcues.py); "killed in Russian and Syrian air strikes"
(the strikes' owners act together: coalitions.co_owner_pairs); "the war pits A against B"
(extract/pitting.py); "his allies in Moscow" (the capital stands for its state:
enmity._capitals_in, tieguards); "X and Y hit Z" (co-doers: relations.yaml co_agent_verbs).
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

PUBLISHED = dt.date(2016, 5, 1)


def _plain(text: str, relations_found: Any) -> set[tuple[str, str, str]]:
    return {
        (kind, source, target)
        for kind, source, target, certainty in relations_found(text, PUBLISHED)
        if certainty in ("asserted", "attributed")
    }


CASES = yaml.safe_load((Path(__file__).parent / "data" / "relations_by_reference.yaml").read_text())


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_a_side_named_by_reference_description_or_list_takes_the_tie(
    case: dict[str, Any], relations_found: Any
) -> None:
    ties = {tuple(tie.split()) for tie in case["ties"]}
    assert ties <= _plain(case["text"], relations_found)


def test_a_town_named_as_a_place_is_not_one_of_the_two(relations_found: Any) -> None:
    # "in Beirut" places the talks: Lebanon is not the second of "the two"
    found = _plain(
        "Hezbollah and the Houthis held talks in Beirut on Tuesday. The two are allied with Iran.",
        relations_found,
    )
    assert not {t for t in found if "LBN" in t}


def test_a_pronoun_for_a_town_gives_no_side(relations_found: Any) -> None:
    # the subject before is a town, not an actor: "it" stands for no side
    found = _plain(
        "The town of Manbij fell on Monday. It was shelled by Turkish artillery hours later.",
        relations_found,
    )
    assert not {t for t in found if t[0] in ("fights", "allied", "backs")}


def test_a_pronoun_after_a_named_subject_is_not_the_sentence_before(
    relations_found: Any,
) -> None:
    # "it" is Turkey, the subject of its own sentence, not the Islamic State before
    found = _plain(
        "The Islamic State shelled Kurdish villages on Monday. Turkey said it was fighting the "
        "YPG near Afrin.",
        relations_found,
    )
    assert ("fights", "TUR_MIL", "YPG") in found
    assert not {t for t in found if "ISIS" in t}


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah is a militia that receives weapons from Iran.",
        "The Houthis are a Zaydi movement that is backed by Iran.",
    ],
)
def test_the_describing_class_is_no_side(text: str, relations_found: Any) -> None:
    found = _plain(text, relations_found)
    assert not {t for t in found if t[1].startswith("GEN_") or t[2].startswith("GEN_") or "" in t}


def test_a_class_described_by_a_clause_stays_unnamed(relations_found: Any) -> None:
    # the subject is a class, not a name: no side is read into the clause
    assert not _plain("Syrian rebels are fighters that oppose the government.", relations_found)


def test_owners_of_what_a_deed_was_done_in_are_allies_only_for_strikes(
    relations_found: Any,
) -> None:
    # camps are no arm that acts: the two states that run them are not read as allies
    found = _plain(
        "The rebels were trained in Turkish and Qatari camps near the border.", relations_found
    )
    assert not {t for t in found if t[0] == "allied"}


def test_a_vote_that_pits_parties_is_no_fight(relations_found: Any) -> None:
    found = _plain(
        "The vote pitted the ruling party against the opposition in parliament.", relations_found
    )
    assert not {t for t in found if t[0] == "fights"}


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        ("Syria's war pits the government backed by Russia and Iran against rebels and jihadists.", "RUS"),
        (
            (
                "The conflict has become a war pitting Russian-backed government forces, rebels "
                "and jihadists against each other."
            ),
            "RUS",
        ),
        ("The war pitted Iran-backed militias Kurdish fighters and rebels against one another.", "IRN"),
    ],
)
def test_a_backer_named_in_a_pitting_list_is_no_side(
    text: str, backer: str, relations_found: Any
) -> None:
    # "backed by X" and "X-backed" name who supports a side, not a side set against others
    found = _plain(text, relations_found)
    assert {t for t in found if t[0] == "fights"}
    assert not {t for t in found if t[0] == "fights" and backer in t}


def test_allies_in_a_parliament_are_no_state(relations_found: Any) -> None:
    # only a capital stands for its state; "backer" is never stored as a kind of its own
    found = relations_found("Erdogan and his allies in parliament rejected the bill.", PUBLISHED)
    assert not {t for t in found if t[0] in ("allied", "backer")}


@pytest.mark.parametrize(
    ("text", "before", "backer", "backed"),
    [
        (
            "The YPG took the town on Monday. Turkey said it supports the Free Syrian Army.",
            "YPG",
            "TUR",
            "FSA",
        ),
        (
            (
                "Hezbollah fighters shelled the village overnight. Moscow said it was arming the "
                "Syrian army."
            ),
            "HEZBOLLAH",
            "RUS",
            "SYR_MIL",
        ),
        (
            (
                "The Nusra Front seized two checkpoints. Washington says it backs the Syrian "
                "Democratic Forces."
            ),
            "JABHAT_AL_NUSRA",
            "USA",
            "SDF",
        ),
    ],
)
def test_every_cue_reads_a_pronoun_after_a_named_subject_alike(
    text: str, before: str, backer: str, backed: str, relations_found: Any
) -> None:
    # "it" is the speaker of its own sentence (or no side), never the subject before:
    # the backing cues read it as the crossrefs index does (anaphora.pronoun_antecedent)
    found = _plain(text, relations_found)
    assert ("backs", backer, backed) in found
    assert ("backs", before, backed) not in found


def test_a_deed_pronoun_after_a_named_subject_is_not_the_subject_before(
    relations_found: Any,
) -> None:
    # ties._pronoun_doer: the reported shelling's "it" is the ministry, no side, so the
    # report ties no one; the Islamic State's own attack is another (asserted) deed
    found = relations_found(
        "Islamic State militants attacked the base. The ministry said it had shelled YPG "
        "positions near Afrin.",
        PUBLISHED,
    )
    assert ("fights", "ISIS", "YPG", "attributed") not in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Russia and Turkey agreed on a ceasefire in Idlib. Two were killed in clashes with "
                "the Nusra Front near Saraqeb."
            ),
            ("RUS", "TUR"),
        ),
        (
            (
                "Iran and Hezbollah sent troops to Aleppo. Two died fighting the rebels near the "
                "citadel."
            ),
            ("HEZBOLLAH",),
        ),
        (
            (
                "Moscow and Ankara brokered a truce around Idlib. Two were wounded in clashes with "
                "the Nusra Front on Sunday."
            ),
            ("RUS", "TUR"),
        ),
    ],
)
def test_a_bare_numeral_subject_counts_people_not_the_two_sides(
    text: str, pair: tuple[str, ...], relations_found: Any
) -> None:
    # "Two were killed": two people, not "both" of the sides just named
    found = _plain(text, relations_found)
    assert not {t for t in found if t[0] == "fights" and t[1] in pair}


def test_the_two_as_a_subject_stands_for_the_sides_named(relations_found: Any) -> None:
    found = _plain(
        "The Syrian army and Hezbollah pushed into the hills. The two then clashed with the "
        "Nusra Front.",
        relations_found,
    )
    assert ("fights", "SYR_MIL", "JABHAT_AL_NUSRA") in found
    assert ("fights", "HEZBOLLAH", "JABHAT_AL_NUSRA") in found


def test_a_paragraph_break_ends_a_chain_of_pronouns(relations_found: Any) -> None:
    # the chain of "they" stops at the paragraph: the new paragraph's "they" names no side
    found = _plain(
        "Hezbollah fighters crossed into Qusair last spring. They shelled the town.\n\n"
        "They are backed by Iran.",
        relations_found,
    )
    assert ("backs", "IRN", "HEZBOLLAH") not in found
