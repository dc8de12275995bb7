""""X was accused by Y of arming Z" (extract/verbsubjects.py `_past_agent`,
extract/certainty.py `_charge_on_agent`, extract/speakernames.py): the parser often hangs
"of arming Z" on the accuser Y; X still does the deed, and the deed is Y's claim, with Y as
its claimant (not "Y of arming Z"). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2024, 9, 1)


@pytest.mark.parametrize(
    ("text", "backer", "backed", "accuser"),
    [
        ("The United Arab Emirates has been accused by UN experts of supplying the RSF with weapons.", "ARE", "RSF_SDN", "UN"),
        ("Eritrea has been accused by Ethiopian officials of arming the TPLF.", "ERI", "TPLF", ""),
        ("Russia was accused by Western diplomats of supplying the junta with fighter jets.", "RUS", "MMR_MIL", ""),
    ],
)
def test_the_accused_backs_and_the_accuser_claims_it(
    text: str, backer: str, backed: str, accuser: str
) -> None:
    result = extract(text, PUBLISHED)
    ties = [r for r in result.relations if r.kind == "backs" and r.source_actor == backer]
    assert ties, result.relations
    assert all(t.claim.certainty == "attributed" for t in ties), ties
    if accuser:
        assert any(t.claim.attributed_to == accuser for t in ties), ties


def test_the_claimant_is_the_accuser_without_the_charge() -> None:
    result = extract("The army was accused by rights groups of shelling the camp.", PUBLISHED)
    shelling = [e for e in result.events if e.type == "ASSAULT"]
    assert shelling and all(e.claim.certainty == "attributed" for e in shelling)
    assert all("shelling" not in e.claim.attributed_to for e in shelling), shelling
