"""The actor gates (extract/actorgates.py) keep from a token only cue functions that cannot fire.

Each gated function is run on every token of an actor mention, in the pipeline's own
article context, over phrasings written for this test and articles of the bundled sample:
where its gate refuses the token, the function must yield no pair. The relations found
with the gates must be those found without them, and the gates must refuse most tries.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

import pytest

from frontwatch.extract import actorgates, relations
from frontwatch.pipeline import get_engine, process_texts
from frontwatch.runner import sample_corpus_path

PUBLISHED = dt.date(2018, 3, 14)

# the shapes each gated function fires on, and many actor tokens none of them can use
OWN_PHRASINGS = [
    "The Combined Joint Task Force against the Islamic State said it struck near Raqqa.",
    "Anti-Assad rebels and the anti-ISIS coalition shelled the town on Tuesday.",
    "Russian and Syrian jets pounded the rebel-held suburbs, killing twelve people.",
    "The town was hit by Syrian and Russian air strikes overnight, activists said.",
    "Iraqi and Kurdish forces retook the village from the Islamic State on Monday.",
    "Turkish and allied Syrian fighters advanced on Afrin, the Turkish army said.",
    "Al-Qaeda's JNIM claimed the ambush, in which soldiers of the Malian army died.",
    "The Islamic State's campaign against the Syrian Democratic Forces stalled in the east.",
    "Hezbollah fought alongside the Syrian army, and Iran sent advisers to Damascus.",
    "The Syrian Observatory for Human Rights said the Free Syrian Army lost the hill.",
    "The Kurdish YPG is fighting the jihadists, a spokesman for the Pentagon told reporters.",
    "Fighters of the Iraqi Popular Mobilisation Forces clashed with Islamic State militants.",
]


def _sample_texts(count: int) -> list[str]:
    with open(sample_corpus_path(), encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in itertools.islice(lines, count)]


@pytest.fixture()
def tried_everywhere(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Before each sentence's cues are read: every gated function run on every actor token,
    with what its gate said."""
    seen: dict[str, Any] = {"refused": 0, "passed": 0, "fired": 0, "missed": []}
    inner = relations._pairs_in

    def pairs_in(sent: Any, ctx: Any, cues: dict[int, str]) -> Any:
        for tok in sent:
            if tok.i not in ctx.actor_at:
                continue
            for cue, gate in actorgates.ACTOR_GATES.items():
                found = list(cue(tok, ctx))
                seen["fired"] += bool(found)
                if gate(tok.doc, tok.i, ctx):
                    seen["passed"] += 1
                else:
                    seen["refused"] += 1
                    seen["missed"] += [(cue.__name__, tok.text, sent.text) for _ in found]
        return inner(sent, ctx, cues)

    monkeypatch.setattr(relations, "_pairs_in", pairs_in)
    return seen


def test_refused_actor_tokens_fire_no_cue_in_own_phrasings(tried_everywhere: dict[str, Any]) -> None:
    process_texts([" ".join(OWN_PHRASINGS)], dates=[PUBLISHED])
    assert tried_everywhere["missed"] == []
    assert tried_everywhere["fired"] >= 5  # the gated functions do find ties here
    assert tried_everywhere["refused"] > 2 * tried_everywhere["passed"]  # and most tries are kept


def test_refused_actor_tokens_fire_no_cue_in_sample_articles(tried_everywhere: dict[str, Any]) -> None:
    process_texts(_sample_texts(12))
    assert tried_everywhere["missed"] == []
    assert tried_everywhere["passed"] > 100  # many actor tokens are still tried
    assert tried_everywhere["refused"] > 2 * tried_everywhere["passed"]


def test_gated_relations_equal_ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [" ".join(OWN_PHRASINGS), *_sample_texts(6)]
    gated = [r.relations for r in process_texts(texts, dates=[PUBLISHED] * len(texts))]
    assert sum(len(found) for found in gated) > 10
    monkeypatch.setattr(actorgates, "ACTOR_GATES", {})
    assert [r.relations for r in process_texts(texts, dates=[PUBLISHED] * len(texts))] == gated


def _token(text: str, word: str) -> tuple[Any, Any]:
    """The word's token, and a context holding the text's actor mentions."""
    from frontwatch.extract.context import ArticleContext
    from frontwatch.pipeline import article_from_text

    engine = get_engine()
    doc = engine.parse([text])[0]
    article = article_from_text(text)
    ctx = ArticleContext(doc, article, engine.actor_kb)  # type: ignore[arg-type]
    tokens = [t for t in doc if t.text == word]
    assert tokens, f"{word!r} is not one token of {text!r}"
    return tokens[0], ctx


@pytest.mark.parametrize(
    ("text", "word", "passes"),
    [
        ("The task force against the militants struck again.", "force", True),  # an "against" under it
        ("The task force struck the militants again.", "force", True),  # "force" of "the force against"
        ("The rebels struck the militants again.", "rebels", False),
        ("Their campaign on the militants went on.", "campaign", True),  # a noun of enemies
        ("Their commanders met the militants.", "commanders", False),
        ("The militants fought the army.", "fought", True),  # a verb
    ],
)
def test_may_fight_reads_the_first_test(text: str, word: str, passes: bool) -> None:
    token, ctx = _token(text, word)
    assert actorgates.may_fight(token.doc, token.i, ctx) is passes


@pytest.mark.parametrize(
    ("text", "word", "dep_gate", "passes"),
    [
        ("Russian and Syrian jets struck the town.", "Russian", "co_owner_pairs", True),
        ("The Russians struck the town.", "Russians", "co_owner_pairs", False),
        ("Iraqi and Kurdish forces retook the town.", "Kurdish", "shared_head_pairs", True),  # a conjunct
        ("The army retook the town.", "town", "shared_head_pairs", False),
        ("Hamas's armed wing fired rockets.", "Hamas", "possessed_branch_pairs", True),
        ("Hamas fired rockets at the town.", "Hamas", "possessed_branch_pairs", False),
    ],
)
def test_dependency_gates(text: str, word: str, dep_gate: str, passes: bool) -> None:
    token, ctx = _token(text, word)
    gate = next(g for c, g in actorgates.ACTOR_GATES.items() if c.__name__ == dep_gate)
    assert gate(token.doc, token.i, ctx) is passes, (token.dep_, token.head.text)
