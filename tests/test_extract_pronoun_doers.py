"""A hostile act whose subject is a pronoun ("They stormed...", "It has shelled...") is done
by the actor the sentence before names as its subject (retold.pronoun_doers)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2017, 1, 10)

# (the sentence naming the actor, the pronoun's sentence, the actor)
TOLD_BEFORE = [
    ("Al-Shabaab has lost several towns this year.", "On Monday they stormed an army base near Baidoa.", "AL_SHABAAB"),
    ("Turkey says the YPG is a terrorist group.", "It has shelled YPG positions near Afrin for three days.", "TUR"),
    ("Kokang rebels of the MNDAA massed near the border in November.", "They began attacking Laukkai on 1 December.", "MNDAA"),
    (
        "Islamic State militants lost two districts of Mosul on Monday.",
        "They launched an attack on army posts on the eastern edge of the city on Tuesday.",
        "ISIS",
    ),
]

# (the sentence naming the actor, the pronoun's sentence, the actor): it met the act
MET_THE_ACT = [
    (
        "Islamic State militants still hold the town of Tabqa.",
        "They have faced two offensives there, one led by the regime and one by the SDF.",
        "ISIS",
    ),
    ("Rebel fighters held out in the old city for weeks.", "They suffered heavy shelling on Sunday.", "GEN_REBELS"),
]


def doers(before: str, sentence: str) -> list[str]:
    """The doers of the hostile acts told in ``sentence``, told after ``before``."""
    from frontwatch.pipeline import process_texts

    events = process_texts([f"{before} {sentence}"], dates=[PUBLISHED])[0].events
    return [
        e.source_actor for e in events
        if e.type == "ASSAULT" and e.evidence is not None and e.evidence.sentence == sentence
    ]


def doer_tops(before: str, sentence: str, kb) -> set[str]:
    found = doers(before, sentence)
    assert found, found
    return {kb.top_of(doer) if doer else "" for doer in found}


@pytest.mark.parametrize(("before", "sentence", "actor"), TOLD_BEFORE)
def test_a_pronoun_subject_is_the_actor_named_before(
    engine, actor_kb, before: str, sentence: str, actor: str
) -> None:
    assert doer_tops(before, sentence, actor_kb) == {actor_kb.top_of(actor)}


@pytest.mark.parametrize(("before", "sentence", "actor"), MET_THE_ACT)
def test_a_pronoun_that_met_the_act_is_not_its_doer(
    engine, actor_kb, before: str, sentence: str, actor: str
) -> None:
    assert actor_kb.top_of(actor) not in doer_tops(before, sentence, actor_kb)


def test_a_pronoun_for_no_actor_names_no_doer(engine) -> None:
    found = doers("The shells came from the west of the city.", "They hit a school in Aleppo on Sunday.")
    assert found == [""]


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        (
            "Russia has poured reinforcements into the region.",
            "On Sunday they shelled Russian army positions.",
        ),
        (
            "Iran sent more advisers last month.",
            "They attacked the Iranian Revolutionary Guards base overnight.",
        ),
        (
            "The Syrian government held talks in Damascus.",
            "They bombed Syrian army posts near Hama on Friday.",
        ),
    ],
)
def test_a_pronoun_never_makes_a_party_the_doer_of_an_act_on_itself(
    engine, actor_kb, monkeypatch, before: str, sentence: str
) -> None:
    # read the doers pronoun_doers itself gives, before later steps tidy the sides
    from frontwatch.extract import article, retold
    from frontwatch.pipeline import process_texts

    given: list[tuple[str, str]] = []

    def pronoun_doers(events, ctx):
        retold.pronoun_doers(events, ctx)
        given.extend((e.source_actor, e.target_actor) for e in events if e.type == "ASSAULT")

    monkeypatch.setattr(article, "pronoun_doers", pronoun_doers)
    process_texts([f"{before} {sentence}"], dates=[PUBLISHED])
    assert given and all(target for _, target in given)
    assert all(
        not doer or actor_kb.top_of(doer) != actor_kb.top_of(target) for doer, target in given
    )


# (the sentence whose teller comes last, the pronoun's sentence, the actor): "they" is whom
# the sentence tells of, not its teller
TOLD_BEFORE_ITS_TELLER = [
    (
        "Syrian government forces pushed into eastern Aleppo, activists said.",
        "They bombarded rebel-held districts with artillery.",
        "SYR_MIL",
    ),
    (
        "Houthi rebels seized a town near Marib, local officials reported.",
        "They then shelled nearby government positions.",
        "HOUTHIS",
    ),
    (
        "Al-Shabaab militants overran a village near Kismayo, residents told reporters.",
        "On Tuesday they attacked a police station in the town.",
        "AL_SHABAAB",
    ),
]


@pytest.mark.parametrize(("before", "sentence", "actor"), TOLD_BEFORE_ITS_TELLER)
def test_a_pronoun_after_a_trailing_teller_is_the_actor_told_of(
    engine, actor_kb, before: str, sentence: str, actor: str
) -> None:
    assert doer_tops(before, sentence, actor_kb) == {actor_kb.top_of(actor)}


def test_a_teller_that_comes_first_is_still_the_one_referred_to(engine, actor_kb) -> None:
    found = doer_tops(
        "The Iraqi army said it had retaken the town.",
        "It then shelled rebel positions nearby.",
        actor_kb,
    )
    assert found == {actor_kb.top_of("IRQ_MIL")}
