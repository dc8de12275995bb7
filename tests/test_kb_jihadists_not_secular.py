""""The jihadists" stand for a jihadist group named before them, never for a secular or
nationalist insurgency that happens to be the latest armed group named (the GEN_JIHADISTS
antecedent's ``not_ids`` in generic.yaml). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.pipeline import article_from_text

PUBLISHED = dt.date(2017, 3, 1)


def _resolved(actor_kb: Any, actor_nlp: Any, text: str, phrase: str) -> str:
    article = article_from_text(text, published=PUBLISHED)
    mentions = actor_kb.resolve_doc(actor_nlp(text), article=article)
    return next(m.actor_id for m in mentions if m.text == phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            ("Iraqi troops have fought the Islamic State near Mosul for months. Ankara says the"
            " Kurdish militia is an arm of the PKK. Government forces retook the village from"
            " the jihadists on Monday."),
            "the jihadists",
        ),
        (
            ("Rebels shelled an Islamic State checkpoint outside Deir ez-Zor. Turkish jets struck"
            " PKK camps in the Qandil mountains on Tuesday. The jihadists later lost the airport"
            " to the army."),
            "The jihadists",
        ),
        (
            ("Al-Shabaab fighters ambushed a convoy near Mogadishu. In Gaza, the PFLP held a"
            " rally on Friday. The jihadists claimed the ambush hours later."),
            "The jihadists",
        ),
    ],
)
def test_the_jihadists_are_not_the_secular_group_named_last(
    actor_kb: Any, actor_nlp: Any, text: str, phrase: str
) -> None:
    assert _resolved(actor_kb, actor_nlp, text, phrase) not in {"PKK", "PFLP"}


def test_the_jihadists_still_take_a_jihadist_group_named_before(actor_kb: Any, actor_nlp: Any) -> None:
    text = (
        "Islamic State fighters overran two villages west of Kirkuk on Sunday. Peshmerga"
        " commanders said the jihadists had used suicide car bombs."
    )
    assert _resolved(actor_kb, actor_nlp, text, "the jihadists") == "ISIS"
