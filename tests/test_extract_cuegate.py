"""The relation cue gate (extract/cuegate.py) skips only cue functions that cannot fire.

Every cue function of ``relations.CUE_FUNCTIONS`` is run on each token, over phrasings of
every cue family written for this test and over articles of the bundled sample corpus:
those the gate does not select for a token (``relations.cues_for``) must yield no pair
there. The relations found with the gate must also be exactly those found without it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

import pytest

from frontwatch.extract import relations
from frontwatch.extract.cuegate import CUE_WORD, tokens_to_try, tried_tokens, trigger_kinds
from frontwatch.pipeline import process_texts
from frontwatch.runner import sample_corpus_path

PUBLISHED = dt.date(2017, 6, 1)

# one or more phrasings per cue family: backing, support nouns, alliance, membership and
# leadership, fighting, heading, "between", co-agents, campaigns, "anti-", rivalry, war,
# designation
OWN_PHRASINGS = [
    "Tehran-backed militias shelled the outskirts, and the rebels were armed by Qatar.",
    "Moscow supplied rockets to the Syrian army, which gave air cover to the militias.",
    "With Turkey's support, the Free Syrian Army pushed east; Russia's backing for Assad held.",
    "Kurdish fighters battled alongside the coalition, together with Arab tribesmen.",
    "Hezbollah joined forces with the Syrian army and allied with Iran against the rebels.",
    "The alliance of Ahrar al-Sham and Jaish al-Islam fought under the banner of the Army of Conquest.",
    "Abu Mohammad al-Julani, the leader of the Nusra Front, spoke; the group is a branch of al Qaeda.",
    "The offensive against Islamic State is led by the Kurdish YPG and was run by Washington.",
    "Fighting between the rebels and the Syrian army resumed; talks between Russia and Turkey stalled.",
    "The YPG and the Syrian Democratic Forces captured the dam, and the rebels clashed with ISIS.",
    "The campaign launched by the army against the Islamic State fighters went on for weeks.",
    "Anti-Assad rebels and the anti-ISIS coalition fought; Iran and Saudi Arabia are rivals.",
    "Turkey has been at war with the PKK since 2015 and regards the YPG as a terrorist group.",
    "The Kurds fought the jihadists, who retook the town the troops had overrun before.",
    "Hezbollah against the Nusra Front is a fight with no end, the analyst said.",  # a name's "against"
]


def _sample_texts(count: int) -> list[str]:
    with open(sample_corpus_path(), encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in itertools.islice(lines, count)]


@pytest.fixture()
def checked_gate(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The gate, wrapped: each token is tried by every cue function the gate skips."""
    seen: dict[str, Any] = {"refused": 0, "passed": 0, "skipped": 0, "missed": [], "unlisted": [], "listed": 0, "tokens": 0}

    def kinds(tok: Any, ctx: Any) -> frozenset[str]:
        found = trigger_kinds(tok, ctx)
        chosen = relations.cues_to_try(tok, found, ctx)  # the gates, and a cue word's routing
        seen["passed" if chosen else "refused"] += 1
        for cue in (c for c in relations.CUE_FUNCTIONS if c not in chosen):
            seen["skipped"] += 1
            seen["missed"] += [(cue.__name__, tok.text, tok.sent.text) for _ in cue(tok, ctx)]
        return found

    def every_token(sent: Any, ctx: Any) -> Any:
        # every token is tried, as if none were left out before the gate; those the gate
        # gives a kind must be among the tokens the relations step tries (tokens_to_try),
        # and the step's lists must give each the kinds its Token gives (tried_tokens)
        listed = {tok.i for tok in tokens_to_try(sent, ctx)}
        read = {i: (lower, lemma, found) for i, lower, lemma, found in tried_tokens(sent, ctx)}
        seen["listed"] += len(listed)
        seen["tokens"] += len(sent)
        for tok in sent:
            if tok.i not in listed and trigger_kinds(tok, ctx):
                seen["unlisted"].append(tok.text)
            if tok.i in listed and read.get(tok.i) != (tok.lower_, tok.lemma_, trigger_kinds(tok, ctx)):
                seen["misread"].append(tok.text)
            yield tok.i, tok.lower_, tok.lemma_, kinds(tok, ctx)

    seen["misread"] = []
    monkeypatch.setattr(relations, "tried_tokens", every_token)
    return seen


def test_refused_tokens_head_no_cue_in_own_phrasings(checked_gate: dict[str, Any]) -> None:
    results = process_texts([" ".join(OWN_PHRASINGS)], dates=[PUBLISHED])
    assert checked_gate["missed"] == [] and checked_gate["unlisted"] == [] and checked_gate["misread"] == []
    assert len(results[0].relations) >= 10  # the cue functions did find ties here
    assert checked_gate["refused"] > 50 and checked_gate["passed"] > 50
    assert checked_gate["skipped"] > 10 * checked_gate["passed"]


def test_refused_tokens_head_no_cue_in_sample_articles(checked_gate: dict[str, Any]) -> None:
    results = process_texts(_sample_texts(12))
    assert checked_gate["missed"] == [] and checked_gate["unlisted"] == [] and checked_gate["misread"] == []
    assert sum(len(r.relations) for r in results) > 0
    # the gate earns its keep: most tokens of news copy are no cue, and are never tried
    assert checked_gate["refused"] > checked_gate["passed"]
    # a token listed is a cue word, a preposition, a hyphenated word or an actor's; a cue
    # word that is none of the others and in no list of a gated function goes to no function
    assert checked_gate["passed"] <= checked_gate["listed"] < checked_gate["passed"] + checked_gate["refused"]
    assert 2 * checked_gate["listed"] < checked_gate["tokens"], checked_gate


def test_gated_relations_equal_ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [" ".join(OWN_PHRASINGS), *_sample_texts(6)]
    gated = [r.relations for r in process_texts(texts)]
    every = frozenset({CUE_WORD})  # every token, routed to every cue function
    monkeypatch.setattr(relations, "_cues_for_word", lambda lower, lemma, kinds: relations.CUE_FUNCTIONS)
    monkeypatch.setattr(relations, "tried_tokens", lambda sent, ctx: ((t.i, t.lower_, t.lemma_, every) for t in sent))
    assert [r.relations for r in process_texts(texts)] == gated


@pytest.mark.parametrize(
    ("text", "word", "cues"),
    [
        ("The rebels fought the army.", "fought", "all"),  # irregular past of a cue verb
        ("Iran backs the militia.", "backs", "all"),
        ("Troops advanced alongside the militia.", "alongside", "all"),  # a listed preposition
        (
            "Troops advanced towards the militia.",
            "towards",
            {"alliance_pairs", "between_pairs", "campaign_against_pairs", "co_doer_pairs", "side_taking_pairs"},
        ),
        ("U.S.-backed fighters advanced.", "U.S.-backed", {"backing_pairs"}),  # one token
        ("The weather was mild in the morning.", "weather", set()),
        ("The weather was mild in the morning.", "mild", set()),
    ],
)
def test_cues_chosen_for_single_words(text: str, word: str, cues: Any) -> None:
    token, ctx = _token_alone(text, word)
    chosen = relations.cues_for(trigger_kinds(token, ctx))  # before a cue word's routing
    if cues == "all":
        assert CUE_WORD in trigger_kinds(token, ctx) and chosen == relations.CUE_FUNCTIONS
    else:
        assert {c.__name__ for c in chosen} == cues


@pytest.mark.parametrize(
    ("text", "word", "tried", "not_tried"),
    [
        ("The rebels fought the army.", "fought", "fighting_pairs", "membership_pairs"),
        ("Iran is the main backer of the militia.", "backer", "rivalry_pairs", "taking_pairs"),
        ("The militia seized the airport on Monday.", "seized", "taking_pairs", "rivalry_pairs"),
        ("The two factions are bitter rivals.", "rivals", "rivalry_pairs", "blocking_pairs"),
    ],
)
def test_a_cue_word_goes_to_the_cues_its_lists_hold(text: str, word: str, tried: str, not_tried: str) -> None:
    """A cue word is tried by the functions with no word gate and by those whose gate
    lists hold one of its forms (extract/cueroutes.py), not by the other gated ones."""
    from frontwatch.extract.cueroutes import SHAPE_GATES, WORD_GATES

    token, ctx = _token_alone(text, word)
    kinds = trigger_kinds(token, ctx)
    chosen = {c.__name__ for c in relations.cues_to_try(token, kinds)}
    assert CUE_WORD in kinds and tried in chosen and not_tried not in chosen
    ungated = {c.__name__ for c in relations.CUE_FUNCTIONS if c not in WORD_GATES and c not in SHAPE_GATES}
    assert ungated <= chosen < {c.__name__ for c in relations.CUE_FUNCTIONS}


@pytest.mark.parametrize(
    ("text", "word", "tried", "not_tried"),
    [
        # a cue verb that is no preposition and no actor: not the "with" of "with Y striking"
        # nor an "anti-" name, but the fight verbs' own test
        ("The rebels fought the army near the dam.", "fought", {"fighting_pairs"}, {"co_doer_pairs", "anti_pairs"}),
        # a cue word that is also a preposition keeps the functions of prepositions
        (
            "Kurdish units advanced alongside the militia.",
            "alongside",
            {"alliance_pairs", "campaign_against_pairs", "side_taking_pairs"},
            set(),
        ),
        # a noun of the "between" lists, not a preposition: "between" nouns, not "against"
        ("Clashes between the two factions went on.", "Clashes", {"between_pairs"}, {"campaign_against_pairs"}),
        # a common verb on the cue lists: none of the functions of prepositions or actors
        (
            "The militias have held the ridge since May.",
            "have",
            set(),
            {"alliance_pairs", "between_pairs", "side_taking_pairs", "possessed_branch_pairs", "co_owner_pairs"},
        ),
    ],
)
def test_a_cue_word_goes_to_structural_cues_by_kind_or_word(
    text: str, word: str, tried: set[str], not_tried: set[str]
) -> None:
    """A cue word goes to a function that fires on prepositions or actors' tokens only when
    it is one, or when that function's own words hold it (cueroutes.SHAPE_GATES)."""
    token, ctx = _token_alone(text, word)
    kinds = trigger_kinds(token, ctx)
    chosen = {c.__name__ for c in relations.cues_to_try(token, kinds)}
    assert CUE_WORD in kinds
    assert tried <= chosen and not (not_tried & chosen), chosen


def _token_alone(text: str, word: str) -> tuple[Any, Any]:
    """The word's token in the parsed text, and a context with no actor mentions: only the
    word itself (or its part of the parse) decides."""
    from frontwatch.extract.context import ArticleContext
    from frontwatch.pipeline import article_from_text, get_engine

    engine = get_engine()
    doc = engine.parse([text])[0]
    ctx = ArticleContext(doc, article_from_text(text), engine.actor_kb)  # type: ignore[arg-type]
    tokens = [t for t in doc if t.text == word]
    assert tokens, f"{word!r} is not one token of {text!r}"
    return tokens[0], ctx
