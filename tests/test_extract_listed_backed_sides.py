"""Each side of a list set off before "armed / paid / trained by X" is backed by X, also when
the parser makes the participle the list's verb or tags it an adjective (extract/relcues.py,
extract/verbalbacking.py); "paid by X" is backing. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2016, 11, 1)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Asaib Ahl al-Haq and the Badr Organization, armed and paid by Tehran, pushed north of Samarra.", "IRN", "BADR"),
        ("Asaib Ahl al-Haq and the Badr Organization, armed and paid by Tehran, pushed north of Samarra.", "IRN", "ASAIB_AHL_AL_HAQ"),
        ("Hezbollah fighters and the Zainabiyoun brigade, paid and commanded by the Revolutionary Guards, stormed the ridge.", "IRGC", "ZAINABIYOUN"),
        ("Kataib Hezbollah and the Badr Organization, trained and funded by Iran, cut the road west of Baiji.", "IRN", "BADR"),
        ("The Zainabiyoun brigade, paid by the Revolutionary Guards, held the southern approaches.", "IRGC", "ZAINABIYOUN"),
    ],
)
def test_each_listed_side_is_backed(relations_found, text, backer, backed) -> None:
    found = relations_found(text, DATE)
    assert ("backs", backer, backed, "asserted") in found, found


def test_the_backer_of_the_doer_backs_no_side_it_drove_out(relations_found) -> None:
    found = relations_found(
        "The army retook the hill from Ahrar al-Sham and Jaish al-Islam, paid by the state, officials said.", DATE
    )
    assert not any(kind == "backs" and b in ("AHRAR_AL_SHAM", "JAYSH_AL_ISLAM") for kind, _, b, _ in found), found


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Washington, which had armed and paid the Southern Front for years, cut off its aid in 2017.", "USA", "SOUTHERN_FRONT"),
        ("For three years the Revolutionary Guards paid the Zainabiyoun brigade and flew its men to Damascus.", "IRGC", "ZAINABIYOUN"),
        ("The Fatemiyoun brigade was paid by the Revolutionary Guards throughout the siege.", "IRGC", "FATEMIYOUN"),
    ],
)
def test_the_payer_of_a_side_backs_it(relations_found, text, backer, backed) -> None:
    found = relations_found(text, DATE)
    assert ("backs", backer, backed, "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Qatar paid a ransom to the Nusra Front to free the nuns held in Yabroud.",
        "The Syrian president paid tribute to the soldiers of the Tiger Forces at a ceremony in Latakia.",
    ],
)
def test_a_ransom_or_a_tribute_backs_no_one(relations_found, text) -> None:
    found = relations_found(text, DATE)
    assert not any(kind == "backs" for kind, *_ in found), found


@pytest.mark.parametrize(
    ("text", "backer", "group"),
    [
        ("Afghan Shiites of the Fatemiyoun Brigade, trained and paid by the Revolutionary Guards, held the hills south of Aleppo.", "IRGC", "FATEMIYOUN"),
        ("Shiite volunteers of Kataib Hezbollah, trained by Iran, manned the checkpoints on the Baghdad road.", "IRN", "KATAIB_HEZBOLLAH"),
    ],
)
def test_men_of_a_group_backed_are_the_group(relations_found, text, backer, group) -> None:
    found = relations_found(text, DATE)
    assert ("backs", backer, group, "asserted") in found, found
