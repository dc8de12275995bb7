"""An alliance read only from the knowledge base's note on a mention ("al-Qaida-linked
militants", "rebel groups allied with the FSA") stays in the reading but is not stored
as a fact (extract/data/reliability.yaml); the note's backing ("militias linked to Iran"),
an alliance the text tells ("X, al-Qaida's affiliate in Syria") and the sentence's other
ties are stored. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.extract.reliability import drop_rules, features, left_out, reliable
from tests.extracted import extract

PUBLISHED = dt.date(2015, 5, 1)


def reading(text: str) -> Any:
    return extract(text, PUBLISHED)


def _ties(result: Any) -> set[tuple[str, str, str, str]]:
    return {(r.kind, r.source_actor, r.target_actor, r.found_by) for r in result.relations}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Al-Qaida-linked militants ambushed an army convoy near Idlib on Tuesday.",
            ("allied", "GEN_MILITANTS", "AL_QAEDA"),
        ),
        (
            "Kurdish fighters clashed with al-Qaida-linked militants of the Nusra Front near Azaz.",
            ("allied", "JABHAT_AL_NUSRA", "AL_QAEDA"),
        ),
        (
            "Insurgents affiliated with al-Qaida attacked a checkpoint north of Baghdad on Monday.",
            ("allied", "GEN_INSURGENTS", "AL_QAEDA"),
        ),
        (
            "Rebel groups allied with the Free Syrian Army shelled the town on Friday.",
            ("allied", "GEN_REBELS", "FSA"),
        ),
    ],
)
def test_an_alliance_only_noted_on_a_name_is_read_but_not_stored(
    text: str, tie: tuple[str, str, str]
) -> None:
    noted = (*tie, "relation:note")
    assert noted in _ties(reading(text))  # the reading has it ...
    assert noted not in _ties(reliable(reading(text)))  # ... the stored facts do not


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Militias linked to Iran fired rockets at the air base on Monday.",
            ("backs", "IRN", "GEN_PRO_GOV_MILITIAS"),
        ),
        (
            "The Nusra Front, al-Qaida's affiliate in Syria, attacked the checkpoint.",
            ("allied", "JABHAT_AL_NUSRA", "AL_QAEDA"),
        ),
        (
            "Kurdish fighters clashed with al-Qaida-linked militants of the Nusra Front near Azaz.",
            ("fights", "YPG", "JABHAT_AL_NUSRA"),
        ),
    ],
)
def test_a_noted_backing_and_a_told_alliance_are_stored(
    text: str, tie: tuple[str, str, str]
) -> None:
    stored = {t[:3] for t in _ties(reliable(reading(text)))}
    assert tie in stored


def test_the_rule_names_the_note_path_and_the_alliance_only() -> None:
    rules = drop_rules()
    relation = {"family": "relation", "found_by": "relation:note", "type": "allied"}
    assert left_out(relation, rules)
    assert not left_out({**relation, "type": "backs"}, rules)
    assert not left_out({**relation, "found_by": "relation:cue-noun"}, rules)


def test_a_noted_alliance_has_the_features_the_rule_reads() -> None:
    result = reading("Al-Qaida-linked militants ambushed an army convoy near Idlib on Tuesday.")
    noted = [r for r in result.relations if r.found_by == "relation:note"]
    assert noted
    found = features(noted[0])
    assert (found["found_by"], found["type"]) == ("relation:note", "allied")
