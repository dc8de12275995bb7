"""The relation cue gate (extract/cuegate.py) skips only tokens no cue function fires on.

Every cue function of ``relations.CUE_FUNCTIONS`` is run on each token the gate refuses,
over phrasings of every cue family written for this test and over articles of the
bundled sample corpus: none may yield a pair there. The relations found with the gate
must also be exactly those found without it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

import pytest

from frontwatch.extract import relations
from frontwatch.extract.cuegate import may_head_cue
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
]


def _sample_texts(count: int) -> list[str]:
    with open(sample_corpus_path(), encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in itertools.islice(lines, count)]


@pytest.fixture()
def checked_gate(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The gate, wrapped: each refused token is tried by every cue function anyway."""
    seen: dict[str, Any] = {"refused": 0, "passed": 0, "missed": []}

    def gate(tok: Any, ctx: Any) -> bool:
        if may_head_cue(tok, ctx):
            seen["passed"] += 1
            return True
        seen["refused"] += 1
        for cue in relations.CUE_FUNCTIONS:
            seen["missed"] += [(cue.__name__, tok.text, tok.sent.text) for _ in cue(tok, ctx)]
        return False

    monkeypatch.setattr(relations, "may_head_cue", gate)
    return seen


def test_refused_tokens_head_no_cue_in_own_phrasings(checked_gate: dict[str, Any]) -> None:
    results = process_texts([" ".join(OWN_PHRASINGS)], dates=[PUBLISHED])
    assert checked_gate["missed"] == []
    assert len(results[0].relations) >= 10  # the cue functions did find ties here
    assert checked_gate["refused"] > 50 and checked_gate["passed"] > 50


def test_refused_tokens_head_no_cue_in_sample_articles(checked_gate: dict[str, Any]) -> None:
    results = process_texts(_sample_texts(12))
    assert checked_gate["missed"] == []
    assert sum(len(r.relations) for r in results) > 0
    # the gate earns its keep: most tokens of news copy are no cue
    assert checked_gate["refused"] > checked_gate["passed"]


def test_gated_relations_equal_ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [" ".join(OWN_PHRASINGS), *_sample_texts(6)]
    gated = [r.relations for r in process_texts(texts)]
    monkeypatch.setattr(relations, "may_head_cue", lambda tok, ctx: True)
    assert [r.relations for r in process_texts(texts)] == gated


@pytest.mark.parametrize(
    ("text", "word", "passes"),
    [
        ("The rebels fought the army.", "fought", True),  # irregular past of a cue verb
        ("Iran backs the militia.", "backs", True),
        ("Troops advanced alongside the militia.", "alongside", True),  # a preposition
        ("U.S.-backed fighters advanced.", "U.S.-backed", True),
        ("The weather was mild in the morning.", "weather", False),
        ("The weather was mild in the morning.", "mild", False),
    ],
)
def test_gate_on_single_words(text: str, word: str, passes: bool) -> None:
    from frontwatch.extract.context import ArticleContext
    from frontwatch.pipeline import article_from_text, get_engine

    engine = get_engine()
    doc = engine.parse([text])[0]
    # no actor mentions: only the word itself (or its part of the parse) passes the gate
    ctx = ArticleContext(doc, article_from_text(text), engine.actor_kb)  # type: ignore[arg-type]
    tokens = [t for t in doc if t.text == word]
    assert tokens, f"{word!r} is not one token of {text!r}"
    assert may_head_cue(tokens[0], ctx) is passes
