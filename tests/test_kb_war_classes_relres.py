"""Actor phrases whose meaning the war decides, or that name a side through its owner or
its backer: the internationally recognised government of each war, a war's "partner
forces", Russian mercenaries, "proxy forces" of a backer, "Turkish-backed militants", and
"Assad's forces" known by name. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.eval.predict import predict_texts


def _mention(text, published, phrase):
    """The phrase's mention after the whole pipeline: the war comes from the article."""
    found = predict_texts([text], dates=[dt.date.fromisoformat(published)], label="test")[0]
    return next(m for m in found.mentions if m.text.lower() == phrase.lower())


# (phrase, article date, sentence, the actor it must resolve to)
RECOGNISED = [
    (
        "the internationally recognised government",
        "2018-06-14",
        "Houthi fighters shelled positions of the internationally recognised government near Taiz, Yemen.",
        "YEM_GOV",
    ),
    (
        "the UN-recognised government",
        "2019-09-03",
        "Haftar's aircraft bombed Mitiga airport, used by the UN-recognised government in Tripoli, Libya.",
        "GNA",
    ),
    (
        "the internationally recognized government",
        "2022-08-30",
        "Militias loyal to the internationally recognized government clashed in Tripoli, the Libyan capital.",
        "GNU",
    ),
    (
        "the UN-backed government",
        "2017-04-02",
        "Al-Shabaab fighters stormed a base of the UN-backed government near Mogadishu, Somalia.",
        "SOM_GOV",
    ),
]

RECOGNISED_FORCES = [
    (
        "UN-recognised government forces",
        "2020-05-01",
        "UN-recognised government forces shelled Tarhuna, south of Tripoli, Libya.",
        "GNA_FORCES",
    ),
    (
        "internationally recognized government forces",
        "2021-03-01",
        "Houthi fighters attacked internationally recognized government forces in Marib, Yemen.",
        "YEM_MIL",
    ),
    (
        "internationally backed government forces",
        "2017-07-01",
        "Officials said al-Shabaab fighters attacked internationally backed government forces in Lower Shabelle, Somalia.",
        "SOM_MIL",
    ),
]

PARTNERS = [
    (
        "partner forces",
        "2018-01-09",
        "U.S. aircraft struck al-Shabaab gunmen who fired on partner forces near Kismayo, Somalia.",
        "SOM_MIL",
    ),
    (
        "partner forces",
        "2018-05-12",
        "Coalition jets supported partner forces advancing on Hajin in Deir ez-Zor, Syria.",
        "SDF",
    ),
    (
        "partner forces",
        "2016-10-30",
        "Coalition advisers accompanied partner forces into the villages east of Mosul, Iraq.",
        "IRQ_MIL",
    ),
]

NAMED_BY_CLASS = [
    (
        "Russian mercenaries",
        "2020-01-15",
        "Russian mercenaries helped Haftar's fighters south of Tripoli, Libyan officials said.",
        "WAGNER",
    ),
    (
        "Russian paramilitaries",
        "2022-06-02",
        "Villagers said Malian troops and Russian paramilitaries burned the market near Mopti.",
        "WAGNER",
    ),
    (
        "Russian mercenary group",
        "2019-10-01",
        "The Russian mercenary group lost several men near Tripoli, Libya, last week.",
        "WAGNER",
    ),
    (
        "Turkish-backed militants",
        "2019-10-14",
        "Turkish-backed militants entered Tal Abyad in northern Syria on Sunday.",
        "SNA",
    ),
    (
        "Turkey-backed militants",
        "2018-02-20",
        "Kurdish fighters repelled Turkey-backed militants west of Afrin, Syria.",
        "SNA",
    ),
    (
        "Assad’s forces",
        "2016-02-04",
        "Assad’s forces pushed north of Aleppo, Syria, with Russian air cover.",
        "SYR_MIL",
    ),
    (
        "Haftar's fighters",
        "2019-05-08",
        "Haftar's fighters shelled the southern suburbs of Tripoli, Libya.",
        "LNA",
    ),
    # the parser tags the owner alone when the apostrophe is typographic: the KB's name wins
    (
        "Assad’s troops",
        "2018-03-01",
        "Assad’s troops retook the hills above Latakia, Syria, on Tuesday.",
        "SYR_MIL",
    ),
    (
        "Haftar’s forces",
        "2019-05-08",
        "Activists said Haftar’s forces shelled Ain Zara, south of Tripoli, Libya.",
        "LNA",
    ),
]


@pytest.mark.parametrize(
    ("phrase", "published", "text", "expected"),
    RECOGNISED + RECOGNISED_FORCES + PARTNERS + NAMED_BY_CLASS,
)
def test_phrase_resolves_to_the_side_it_means(phrase, published, text, expected):
    assert _mention(text, published, phrase).actor_id == expected


@pytest.mark.parametrize(
    "phrase",
    ["the internationally recognised government", "UN-backed government", "partner forces"],
)
def test_without_an_article_the_class_names_no_war(actor_kb, phrase):
    """Alone, the phrase is a class: no war's government or partner is guessed."""
    match = actor_kb.resolve(phrase, date=dt.date(2019, 1, 1))
    assert match is not None and match.actor_id.startswith("GEN_")


@pytest.mark.parametrize(
    ("phrase", "backer_class"),
    [
        ("Iran's proxy forces", "GEN_PRO_GOV_MILITIAS"),
        ("Iranian proxy forces", "GEN_PRO_GOV_MILITIAS"),
        ("Tehran's proxy forces", "GEN_PRO_GOV_MILITIAS"),
    ],
)
def test_proxy_forces_are_backed_by_their_owner(actor_kb, phrase, backer_class):
    """'Iran's proxy forces' are militias Iran backs, not Iran's own forces nor an office."""
    match = actor_kb.resolve(phrase, date=dt.date(2017, 1, 1))
    assert match is not None and match.actor_id == backer_class


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the remaining U.S.-led coalition troops", "US_COALITION"),
        ("the last rebel fighters", "GEN_REBELS"),
        ("surviving Islamic State militants", "ISIS"),
        ("beleaguered Syrian troops", "SYR_MIL"),
        ("retreating Islamic State fighters", "ISIS"),
        ("the main rebel groups", "GEN_REBELS"),
        # a name after such words is still the name
        ("allied Russian mercenaries", "WAGNER"),
        ("the beleaguered Syrian Arab Army", "SYR_MIL"),
        ("advancing Houthi rebels", "HOUTHIS"),
    ],
)
def test_what_is_left_of_a_side_or_how_it_fares_is_that_side(actor_kb, phrase, expected):
    """Words of plight, movement or what is left say how a side fares, not who it is."""
    match = actor_kb.resolve(phrase, date=dt.date(2017, 6, 1))
    assert match is not None and match.actor_id == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "Iranian-backed foreign militias",
        "Iran-backed foreign fighters",
        "IRGC-backed foreign militants",
    ],
)
def test_foreign_fighters_iran_backs_are_pro_government_militias(actor_kb, phrase):
    match = actor_kb.resolve(phrase, date=dt.date(2016, 3, 1))
    assert match is not None and match.actor_id == "GEN_PRO_GOV_MILITIAS"


@pytest.mark.parametrize(
    ("phrase", "date", "expected"),
    [
        ("Moscow-backed separatists", dt.date(2015, 2, 10), "DONBAS_SEPARATISTS"),
        ("Kremlin-backed separatists", dt.date(2016, 7, 1), "DONBAS_SEPARATISTS"),
        ("Moscow-backed rebels", dt.date(2014, 8, 20), "DONBAS_SEPARATISTS"),
        # before the Donbas war the phrase names no one the packs know
        ("Moscow-backed separatists", dt.date(2012, 5, 1), "GEN_SEPARATISTS"),
    ],
)
def test_separatists_moscow_backs_are_the_donbas_separatists(actor_kb, phrase, date, expected):
    match = actor_kb.resolve(phrase, date=date)
    assert match is not None and match.actor_id == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Moscow-backed separatists in Transnistria held a military parade in Tiraspol.", dt.date(2024, 5, 9), "GEN_SEPARATISTS"),
        ("Kremlin-backed rebels in Abkhazia detained two Georgian citizens.", dt.date(2023, 3, 1), "GEN_REBELS"),
        ("Moscow-backed separatists in South Ossetia fenced off farmland near Gori.", dt.date(2022, 6, 1), "GEN_SEPARATISTS"),
        ("Moscow-backed separatists shelled Avdiivka on Monday.", dt.date(2016, 3, 1), "DONBAS_SEPARATISTS"),
        ("Kremlin-backed rebels attacked Ukrainian positions near Donetsk.", dt.date(2015, 2, 1), "DONBAS_SEPARATISTS"),
    ],
)
def test_separatists_moscow_backs_are_the_donbas_ones_in_ukraine_only(text, published, expected):
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[published])[0]
    assert expected in {m.actor_id for m in result.mentions}, [(m.text, m.actor_id) for m in result.mentions]
