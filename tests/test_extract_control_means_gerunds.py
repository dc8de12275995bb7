"""A taking told by a gerund of means or time hung on another verb ("X cut the road by
capturing T", "X secured the valley after seizing T") is the main clause's subject's, even
when that verb has an object of its own; a gerund after "from" ("kept Y from seizing T")
stays the object's (extract/verbsubjects.py, ``subject_gerund_preps``). After a preposition of
time, an object that could do the gerund itself ("arrested the fighters after fleeing T")
leaves it dangling: no change of hands (``gerund_doer_objects``); after "by" it does not."""

from __future__ import annotations

import pytest
from extracted import extract
from test_extract_control_coming_under import PUBLISHED, changes


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("Rebel fighters severed the regime's main road north of the city on Sunday by capturing Hader.",
         "Hader", "GEN_REBELS"),
        ("Insurgents blocked the highway by taking the town of Hader, local activists said.",
         "Hader", "GEN_INSURGENTS"),
        ("Islamic State militants tightened their siege of the airbase after overrunning Palmyra.",
         "Palmyra", "ISIS"),
        ("The Syrian army opened the road to the coast upon recapturing Jisr al-Shughur.",
         "Jisr al-Shughur", "SYR_MIL"),
        ("Rebels shelled the regime's checkpoints near the town after seizing Morek.", "Morek", "GEN_REBELS"),
        ("Rebel units trapped hundreds of soldiers by seizing Morek.", "Morek", "GEN_REBELS"),
    ],
)
def test_a_means_or_time_gerund_takes_the_main_subject(text: str, place: str, taker: str) -> None:
    found = changes(text)
    assert ("capture", place, taker) in [c[:3] for c in found], found


def test_a_gerund_after_from_is_not_the_subjects_taking() -> None:
    found = extract("Government troops stopped the rebels from capturing Hama airport.", PUBLISHED)
    stored = [(c.new_controller, c.claim.certainty) for c in found.control_changes if c.kind == "capture"]
    assert ("SYR_MIL", "asserted") not in stored, stored


def test_a_gerund_on_a_noun_gives_no_taker_from_the_sentence() -> None:
    found = changes("Shelling of the road left by retreating troops continued for a week near Hader.")
    assert not [c for c in found if c[0] == "capture"], found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iraqi forces arrested the Islamic State fighters after fleeing Mosul.", "Mosul"),
        ("Kurdish police detained them upon abandoning Tal Abyad.", "Tal Abyad"),
        ("Government troops disarmed the militiamen before leaving Deir Hafer.", "Deir Hafer"),
        ("The army captured Jaish al-Islam's commander after withdrawing from Douma.", "Douma"),
    ],
)
def test_a_time_gerund_after_an_object_that_could_do_it_changes_no_hands(text: str, place: str) -> None:
    found = changes(text)
    assert not [c for c in found if c[1] == place], found
