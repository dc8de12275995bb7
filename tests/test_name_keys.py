"""Name keys: apostrophes of every kind dropped, doubled letters and a final vowel's h folded."""

from __future__ import annotations

import pytest

from frontwatch.kb.actors.names import normalise, skeleton


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Jaysh al-Islaam", "Jaish al-Islam"),
        ("Hezbollah", "Hezbolah"),
        ("Liwa al-Haqq", "Liwaa al-Haq"),
        ("Saraya Awliya al-Dam", "Saraya Awliyah al-Dam"),
    ],
)
def test_spellings_share_a_skeleton(one, other):
    assert skeleton(normalise(one)) == skeleton(normalise(other))


@pytest.mark.parametrize("mark", ["'", "’", "‘", "`", "ʿ", "ʾ"])
def test_every_apostrophe_is_dropped(mark):
    assert normalise(f"Hay{mark}at Tahrir al-Sham") == "hayat tahrir al sham"


def test_distinct_names_keep_distinct_skeletons():
    assert skeleton("hama") != skeleton("hamas")
    assert skeleton("ahrar al sham") == "ahrar sham"  # article dropped, no letters folded
    assert skeleton("tall abyad") == "tal abyad"  # a run of one letter folded
    assert skeleton("hayyah") == "haiya"  # 'ay' to 'ai', then the final vowel's 'h' dropped
