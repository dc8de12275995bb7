"""Who describes, terms or calls an act something does not do it (judged.names_the_act):
"officials described the raid as a mistake" names no doer."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2017, 10, 18)


def doers(text: str, trigger: str) -> list[str]:
    return [e.source_actor for e in extract(text, PUBLISHED).events if e.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Pentagon characterized the fighting near Tal Abyad as heavy.", "fighting"),
        ("Kurdish officials termed the clashes near Kirkuk a misunderstanding.", "clashes"),
        ("The UN called the shelling of the camp near Idlib a war crime.", "shelling"),
        ("Turkish officials described the raid on the village as a mistake.", "raid"),
    ],
)
def test_who_names_an_act_does_not_do_it(engine, text: str, trigger: str) -> None:
    assert doers(text, trigger) in ([], [""])


def test_its_own_act_named_stays_its_own(engine) -> None:
    text = "The army described its shelling of rebel positions near Hama as a warning."
    assert doers(text, "shelling") == ["SYR_MIL"]
