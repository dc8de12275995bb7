"""Per-doc indexes that spare a scan of every token (work counted, never timed).

``stance.demand_events`` reads only the verbs a demand modal ("must") hangs on,
found once per doc from its arrays; ``closingsaid.closing_attribution_verb`` is found once
per sentence however many claims of the sentence ask for it. The answers are those of a
scan of every token.
"""

from __future__ import annotations

from typing import Any

import pytest

from frontwatch.extract import closingsaid, stance

DEMANDS = [
    "Moscow said the militias must leave the border area at once.",
    "The envoy insisted that both armies must pull back their artillery.",
    "Rebel commanders said government troops must lift the siege before any talks.",
]
NO_DEMAND = [
    "Artillery pounded the northern districts for a third day.",
    "The convoy reached the besieged town late on Tuesday, aid workers said.",
    "Analysts said the truce should hold through the winter.",  # no demand modal of the lists
]


def _doc(text: str) -> Any:
    from frontwatch.pipeline import get_engine

    return get_engine().parse([text])[0]


def _scanned(sent: Any) -> list[int]:
    """The verbs a demand modal hangs on, by a scan of every token of the sentence."""
    modals = stance._stance_words("demand_modals")
    return [
        t.i
        for t in sent
        if any(c.dep_ == "aux" and c.lower_ in modals for c in t.children)
    ]


@pytest.mark.parametrize("text", DEMANDS + NO_DEMAND)
def test_demand_modal_verbs_are_those_a_scan_finds(text: str) -> None:
    doc = _doc(text)
    for sent in doc.sents:
        assert [t.i for t in stance._with_demand_modals(sent)] == _scanned(sent)


def test_a_sentence_with_no_demand_modal_reads_no_verb() -> None:
    doc = _doc(" ".join(NO_DEMAND))
    assert all(stance._with_demand_modals(sent) == [] for sent in doc.sents)
    doc = _doc(" ".join(DEMANDS))
    read = [stance._with_demand_modals(sent) for sent in doc.sents]
    assert all(len(verbs) == 1 for verbs in read)  # one verb of each, not every token
    assert sum(len(sent) for sent in doc.sents) > 10 * sum(len(v) for v in read)


def test_closing_verb_found_once_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc(
        "Jets struck a market in the town, the monitor said on Friday. "
        "The army shelled the villages near the dam."
    )
    found = closingsaid._closing_verb
    calls: list[tuple[int, int]] = []

    def counted(sent: Any) -> Any:
        calls.append((sent.start, sent.end))
        return found(sent)

    monkeypatch.setattr(closingsaid, "_closing_verb", counted)
    sents = list(doc.sents)
    answers = [closingsaid.closing_attribution_verb(s) for s in sents * 3]
    assert len(calls) == len(sents) == 2  # asked three times each, found once each
    assert answers[0] is not None and answers[0].lemma_ == "say"
    assert answers[1] is None
    assert [a if a is None else a.i for a in answers[:2]] == [
        a if a is None else a.i for a in answers[2:4]
    ]
