"""A class followed by its backer or ally ("militias backed by Iran") reads as the
hyphenated phrase would ("Iran-backed militias")."""

from __future__ import annotations

import datetime as dt

from frontwatch.pipeline import article_from_text

SPRING_2019 = dt.date(2019, 3, 23)
TRAILING = [
    ("The United States struck militias backed by Iran near the border.", "militias"),
    ("Residents said rebels backed by Turkey had entered the town of Tal Abyad.", "rebels"),
    ("The army said separatists backed by Russia shelled the town overnight.", "separatists"),
    ("Government troops and fighters loyal to Assad retook the village.", "fighters"),
]
READ_AS = [
    ("GEN_PRO_GOV_MILITIAS", "backed_by:IRN"),
    ("SNA", "backed_by:TUR"),
    ("GEN_SEPARATISTS", "backed_by:RUS"),
    ("GEN_PRO_GOV_MILITIAS", "allied_with:P_BASHAR_AL_ASSAD"),
]


def _mention(actor_kb, actor_nlp, text, head):
    article = article_from_text(text, published=SPRING_2019)
    found = actor_kb.resolve_doc(actor_nlp(text), article=article)
    return next(m for m in found if m.text.endswith(head))


def test_a_class_with_a_trailing_backer_or_ally_reads_as_the_hyphenated_phrase(actor_kb, actor_nlp):
    found = [_mention(actor_kb, actor_nlp, text, head) for text, head in TRAILING]
    assert [(m.actor_id, m.note) for m in found] == READ_AS


def test_a_class_with_no_such_phrase_or_backed_by_an_arm_stays_as_it_was(actor_kb, actor_nlp):
    hiding = "Police said the militants were hiding in the hills near the town."
    assert _mention(actor_kb, actor_nlp, hiding, "militants").actor_id == "GEN_MILITANTS"
    # "US jets" is an arm, not a name a hyphen could take: the Kurds stay Kurds
    jets = "Kurdish fighters backed by US jets captured the town of Manbij from Daesh."
    assert _mention(actor_kb, actor_nlp, jets, "fighters").actor_id == "GEN_KURDISH_FORCES"


def test_troops_loyal_to_their_own_head_of_state_are_his_army_with_no_tie(actor_kb, actor_nlp):
    for text in (
        "The UN said rebels had killed troops loyal to Assad near Aleppo.",
        "Troops allied to the Syrian government stepped up attacks on Douma.",
    ):
        troops = _mention(actor_kb, actor_nlp, text, "roops")
        assert (troops.actor_id, troops.note) == ("SYR_MIL", "")
