"""The learned relation extractor: its pure-Python scorer, its name-free features, its place
in the registry, and the certainty its ties take from the rules."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest

from frontwatch.extract.article import extract_article
from frontwatch.extract.context import build_context
from frontwatch.extract.learnfeatures import candidates
from frontwatch.extract.learnrel import (
    FOUND_BY,
    best_tie,
    class_scores,
    extract_with_learned_ties,
    learned_ties,
    shipped_model,
)
from frontwatch.extract.registry import get_extractor, register_extractor
from frontwatch.pipeline import process_texts
from frontwatch.records import Relation
from frontwatch.settings import Settings

PROBED: dict[str, Any] = {}


@register_extractor("learnrel_probe")
def _probe(doc, article, **found):
    """The rules' output; keeps the article's candidates and context for the tests."""
    events, relations, controls = extract_article(doc, article, **found)
    ctx = build_context(doc, article, **found)
    PROBED[article.text] = (candidates(ctx, relations), ctx)
    return events, relations, controls


def _probe_text(text: str, published: str = "2019-05-01") -> tuple[list[Any], Any]:
    settings = Settings(extractor="learnrel_probe")
    result = process_texts([text], dates=[dt.date.fromisoformat(published)], settings=settings)[0]
    assert not result.error, result.error
    return PROBED[text]


def _texts(cands: list[Any]) -> set[tuple[str, str]]:
    return {(c.first.text, c.second.text) for c in cands}


# ---- the scorer ---------------------------------------------------------------------------


def test_class_scores_are_the_logistic_of_intercept_plus_feature_weights():
    model = {
        "threshold": 0.7,
        "intercepts": {"fights": -1.0, "none": 0.5},
        "weights": {"fights": {"pv=clash": 2.0, "cue=neg": -2.0}, "none": {"pv=clash": -1.0}},
    }
    scores = class_scores({"bias", "pv=clash", "unknown=x"}, model)
    assert scores["fights"] == pytest.approx(1 / (1 + math.exp(-1.0)))  # -1 + 2
    assert scores["none"] == pytest.approx(1 / (1 + math.exp(0.5)))  # 0.5 - 1
    name, p = best_tie({"pv=clash"}, model) or ("", 0.0)
    assert name == "fights" and p == pytest.approx(0.7311, abs=1e-4)  # over 0.7
    model["threshold"] = 0.75
    assert best_tie({"pv=clash"}, model) is None  # under 0.75
    model["threshold"] = 0.3
    assert best_tie({"pv=clash", "cue=neg"}, model) is None  # fights 0.27 < none 0.38


def test_the_likeliest_class_being_none_gives_no_tie():
    model = {"threshold": 0.1, "intercepts": {"backs": 0.0, "none": 3.0}, "weights": {}}
    assert best_tie({"bias"}, model) is None


def test_the_shipped_model_names_its_provenance_and_has_a_tie_class_and_none():
    model = shipped_model()
    assert "half A" in model["provenance"]["trained_on"]
    assert model["provenance"]["script"] == "scripts/learnrel_train.py"
    assert {"none", "fights"} <= set(model["weights"]) and 0 < model["threshold"] <= 1


# ---- the features ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Iran has supplied the Houthi rebels with missiles and drones, officials said.", "supply"),
        ("The Kurdish YPG fought Islamic State militants for weeks near the border.", "fight"),
        ("Russia backs the Syrian government of Bashar al-Assad in the civil war.", "back"),
        ("Hezbollah fighters were deployed by Iran alongside Syrian troops in the south.", "deploy"),
    ],
)
def test_features_follow_the_parse_and_name_no_actor(text, verb):
    cands, _ = _probe_text(text)
    assert cands, "two resolved actors of one sentence make a candidate"
    names = {w.lower() for c in cands for m in (c.first, c.second) for w in m.text.split()}
    for cand in cands:
        words = {f.split("=", 1)[1] for f in cand.features if "=" in f}
        assert not words & names, words & names  # the actors' own words are masked
        assert any(f.startswith("t1=") for f in cand.features)  # the KB's type of each side
    paths = [c for c in cands if not {"path=none"} & c.features]
    assert paths, "the heads of the pair meet in the parse"
    assert any(f"pv={verb}" in c.features or f"anchor={verb}" in c.features for c in paths)


def test_a_negated_sentence_carries_its_cue_and_certainty():
    cands, _ = _probe_text("Turkey did not attack the Syrian Kurdish militia on Tuesday.")
    assert cands and all("cue=neg" in c.features for c in cands)
    assert all("cert=asserted" not in c.features for c in cands)


def test_one_actor_named_twice_is_no_candidate():
    cands, _ = _probe_text("The Iraqi army said Iraqi forces shelled the town.")
    assert all(c.first.actor_id != c.second.actor_id for c in cands)


# ---- the registry and the stored ties -------------------------------------------------------


def test_the_registry_selects_the_learned_extractor_and_its_ties_say_so():
    assert get_extractor("rules+learned") is extract_with_learned_ties
    text = "Russian warplanes bombed rebel positions held by the Free Syrian Army near Idlib."
    result = process_texts(
        [text], dates=[dt.date(2018, 3, 1)], settings=Settings(extractor="rules+learned")
    )[0]
    assert not result.error, result.error
    rules = process_texts([text], dates=[dt.date(2018, 3, 1)])[0]
    added = result.relations[len(rules.relations) :]
    assert all(r.found_by == FOUND_BY for r in added)
    assert all(r.found_by != FOUND_BY for r in rules.relations)


_ALWAYS_BACKS = {"threshold": 0.5, "intercepts": {"backs": 5.0, "none": -5.0}, "weights": {}}


@pytest.mark.parametrize(
    "text",
    [
        "Iran is suspected of arming the Houthi rebels in Yemen.",
        "Russia may send more troops to support the Syrian government next year.",
        "Turkey plans to back the Syrian National Army in a new offensive.",
    ],
)
def test_a_hedged_or_planned_tie_the_model_reads_is_not_stored_as_a_fact(text):
    cands, ctx = _probe_text(text)
    ties = learned_ties(cands, [], ctx, _ALWAYS_BACKS)
    assert ties, "the model reads a tie"
    assert all(t.claim.certainty not in ("asserted", "attributed") for t in ties)


def test_an_asserted_tie_the_model_reads_is_a_fact_and_not_one_the_rules_have():
    cands, ctx = _probe_text("Iran armed the Houthi rebels throughout the war in Yemen.")
    ties = learned_ties(cands, [], ctx, _ALWAYS_BACKS)
    assert ties and all(t.claim.certainty == "asserted" for t in ties)
    assert all(t.found_by == FOUND_BY and t.evidence is not None for t in ties)
    again = learned_ties(cands, list(ties), ctx, _ALWAYS_BACKS)
    assert again == []  # a tie already stated is not added twice
    assert isinstance(ties[0], Relation)
