"""A deed whose completion is still to come is not done yet: "the capture of T is expected
to be completed soon", "the offensive would be over within days", "the assault is nearing
completion", "the takeover of T is set to be finished this week" are hypothetical, the
control change too; told as done ("the capture of T was completed on Friday", "the
offensive ended last week") they stay facts (extract/completion.py, cues.yaml
`completion_verbs`, `completion_states`, `nearing_verbs`, `completion_nouns`,
`completion_modals`, `expectation_words`)."""

from __future__ import annotations

import pytest
from extracted import extract

PLAIN = ("asserted", "attributed")


def labels(text: str) -> list[str]:
    """The certainty of every assault and control change the text gives."""
    result = extract(text)
    return [e.claim.certainty for e in result.events if e.type == "ASSAULT"] + [
        c.claim.certainty for c in result.control_changes
    ]


TO_COME = [
    "The army said the capture of Tikrit was expected to be completed soon.",
    "Officials said the offensive on Mosul would be over within days.",
    "The assault on Raqqa is nearing completion, the SDF said.",
    "The takeover of Palmyra by government forces is set to be finished this week.",
    "Commanders said the recapture of Ramadi will be complete by the end of the month.",
]
DONE = [
    "The capture of Tikrit was completed on Friday, the army said.",
    "The offensive on Mosul ended last week.",
    "The army captured Tikrit on Friday. The operation will continue in the surrounding villages.",
    "The offensive on Mosul was over by Friday, the army said.",
]


@pytest.mark.parametrize(
    ("text", "to_come"), [(t, True) for t in TO_COME] + [(t, False) for t in DONE]
)
def test_a_deed_whose_completion_is_still_to_come_is_no_fact_and_a_completed_one_is(
    text: str, to_come: bool
) -> None:
    found = labels(text)
    assert found, text
    wanted = {"hypothetical"} if to_come else set(PLAIN)
    assert set(found) <= wanted, found
