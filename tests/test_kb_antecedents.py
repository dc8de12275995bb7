"""Generic mentions take the right antecedent, or the theatre state's arm, or stay generic."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.kb.actors import check_packs
from frontwatch.pipeline import article_from_text


def _found(actor_kb, actor_nlp, text, published=dt.date(2016, 4, 15)):
    article = article_from_text(text, published=published)
    return {m.text: m for m in actor_kb.resolve_doc(actor_nlp(text), article=article)}


def test_government_forces_belong_to_the_theatre_state_not_the_foreign_power(actor_kb, actor_nlp):
    text = (
        "Russian jets struck rebel positions in Syria overnight, the Russian Defence Ministry "
        "said. Russia said its air force would continue. Nusra Front militants later attacked "
        "positions of government forces in Sheikh Maqsood, Moscow said."
    )
    article = article_from_text(text, published=dt.date(2016, 4, 15))
    mentions = actor_kb.resolve_doc(actor_nlp(text), article=article)
    # "government forces" take no antecedent: the state pass (here with no places) decides
    actor_kb.resolve_generics_by_places(mentions, [], article.published)
    forces = next(m for m in mentions if m.text == "government forces")
    assert (forces.actor_id, forces.resolution, forces.note) == ("SYR_MIL", "context", "state:SYR")


def test_the_army_of_a_foreign_power_needs_an_antecedent(actor_kb, actor_nlp):
    text = (
        "The Turkish army shelled YPG positions near Afrin. "
        "The army said it had hit 20 targets, Turkish media reported."
    )
    found = _found(actor_kb, actor_nlp, text, dt.date(2018, 1, 22))
    assert found["The army"].actor_id == "TUR_MIL"


def test_plural_collectives_never_take_a_single_antecedent(actor_kb, actor_nlp):
    text = (
        "Jaish al-Islam fighters shelled the Wafideen camp on Monday. "
        "Terrorist groups positioned in Eastern Ghouta fired six more mortar shells."
    )
    found = _found(actor_kb, actor_nlp, text)
    groups = found["Terrorist groups"]
    assert (groups.actor_id, groups.resolution) == ("GEN_TERRORISTS", "generic")


def test_rebels_are_not_the_kurdish_ypg(actor_kb, actor_nlp):
    text = (
        "Rebel rockets hit Sheikh Maqsoud, an Aleppo district held by the Kurdish YPG militia, on "
        "Wednesday, medics said, as rebels gained ground further south."
    )
    found = _found(actor_kb, actor_nlp, text, dt.date(2016, 6, 18))
    assert found["rebels"].actor_id == "GEN_REBELS"


def test_compound_family_names_work_as_surnames(actor_kb):
    match = actor_kb.resolve("Abdel Rahman", label="PERSON")
    assert (match.actor_id, match.note) == ("P_RAMI_ABDULRAHMAN", "surname")
    assert actor_kb.resolve("de Mistura", label="PERSON").actor_id == "P_STAFFAN_DE_MISTURA"


def test_by_state_lines_are_checked(tmp_path):
    path = tmp_path / "by_state.yaml"
    path.write_text(
        "# Source: test. Licence: MIT. Known gaps: all.\n"
        "pack: test\n"
        "actors:\n"
        "- {id: GEN_TRIBAL_FORCES, name: tribal test units, type: generic,\n"
        '   antecedent: {by_state: ["SYR NO_SUCH_GROUP 2015..", "IRQ TRIBAL_MOBILISATION 2015-13"]}}\n',
        encoding="utf-8",
    )
    assert check_packs([path]) == [
        f"{path}:5: antecedent: by_state: unknown id 'NO_SUCH_GROUP'",
        (
            f"{path}:5: antecedent: by_state: 'IRQ TRIBAL_MOBILISATION 2015-13': bad date"
            " (month must be in 1..12)"
        ),
    ]


def test_a_capitalised_head_keeps_the_of_name_it_opens(actor_kb, actor_nlp):
    text = (
        "Government troops tried to push into Eastern Ghouta, an enclave controlled by the "
        "Army of Islam, activists said."
    )
    found = _found(actor_kb, actor_nlp, text, dt.date(2015, 2, 12))
    assert found["the Army of Islam"].actor_id == "JAYSH_AL_ISLAM"
    assert "the Army" not in found and "Islam" not in found


def test_a_leader_in_front_of_a_head_stands_for_what_he_leads(actor_kb):
    on = dt.date(2017, 4, 5)
    assert actor_kb.resolve("the Bashar Assad administration", date=on).actor_id == "SYR_GOV"
    assert actor_kb.resolve("Putin's jets", date=on).actor_id == "RUS_AIRFORCE"
    assert actor_kb.resolve("Karam al-Beik", label="PERSON") is None  # a Homs district


def _mention(i: int, actor_id: str, text: str) -> Any:
    from frontwatch.records import Mention

    return Mention("a1", i, i * 100, i * 100 + len(text), text, "ACTOR", actor_id, resolution="")


def _sole_article(generics: int) -> list[Any]:
    """Two named groups up front (one jihadist), then one class mention per sentence far
    beyond the antecedent window: each must take the sole fitting group of the article."""
    from frontwatch.kb.actors.antecedents import Found

    named = [
        Found(_mention(0, "ISIS", "the Islamic State"), "alias"),
        Found(_mention(1, "SDF", "the SDF"), "alias"),
    ]
    classes = [("GEN_JIHADISTS", "jihadists"), ("GEN_MILITANTS", "the militants")]
    return named + [
        Found(_mention(20 + i, *classes[i % 2]), "generic") for i in range(generics)
    ]


def test_a_class_takes_the_sole_fitting_group_of_the_article_at_bounded_cost(
    actor_kb, monkeypatch
):
    """'the jihadists' far from any name is the article's one jihadist group; the fitting
    group is sought once per class, not once per class mention (which was quadratic)."""
    from frontwatch.kb.actors import antecedents

    calls = 0
    fits = antecedents._fits

    def counted(*args: Any) -> bool:
        nonlocal calls
        calls += 1
        return fits(*args)

    monkeypatch.setattr(antecedents, "_fits", counted)
    found = _sole_article(40)
    antecedents.resolve_generics(actor_kb, found, dt.date(2017, 6, 1))
    taken = {(f.mention.actor_id, f.mention.resolution) for f in found[2:]}
    assert taken == {("ISIS", "context")}
    assert calls <= 2 * 2  # named actors x classes (no name is in any mention's window)


def test_a_class_that_names_its_country_takes_no_group_of_another(actor_kb, actor_nlp):
    # "the Lebanese militant group" after Hamas (a Palestinian group) is not Hamas
    text = (
        "Hamas leaders have quit their offices in Damascus. "
        "The Lebanese militant group has kept up its support for the Syrian president."
    )
    found = _found(actor_kb, actor_nlp, text, dt.date(2012, 12, 1))
    assert found["The Lebanese militant group"].actor_id != "HAMAS"


def test_a_class_that_names_its_country_still_takes_a_group_of_it(actor_kb, actor_nlp):
    text = (
        "Al-Shabaab fighters stormed a base near Kismayo on Friday. "
        "The Somali militant group later said it had seized weapons."
    )
    found = _found(actor_kb, actor_nlp, text, dt.date(2019, 3, 1))
    assert found["The Somali militant group"].actor_id == "AL_SHABAAB"
def test_a_backers_proxies_are_several_groups_not_the_one_named_before(actor_kb, actor_nlp):
    leads = (
        "American jets bombed a depot of the Iranian-backed militia Kataib Hezbollah on Sunday.",
        "Kataib Hezbollah, a militia armed by Tehran, fired drones at a US base near Erbil.",
        "Officials blamed Kataib Hezbollah for a rocket salvo on the embassy compound.",
    )
    laters = (
        "Days later Iran-backed proxies shelled the airport again.",
        "Washington warned that Iranian proxies would pay a heavy price for further raids.",
        "Pentagon officials said Iran's proxies had launched more than forty attacks since October.",
    )
    for lead, later in zip(leads, laters, strict=True):
        text = f"{lead} {later}"
        found = _found(actor_kb, actor_nlp, text, dt.date(2024, 1, 10))
        proxies = next(m for t, m in found.items() if "prox" in t)
        assert proxies.actor_id != "KATAIB_HEZBOLLAH", text
        assert proxies.actor_id.startswith("GEN_"), (text, proxies.actor_id)


def test_a_single_proxy_may_still_stand_for_the_group_named_before(actor_kb, actor_nlp):
    text = (
        "Kataib Hezbollah fired drones at a US base near Erbil on Sunday. "
        "The Iranian-backed group said it would keep up the attacks."
    )
    found = _found(actor_kb, actor_nlp, text, dt.date(2024, 1, 10))
    assert found["The Iranian-backed group"].actor_id == "KATAIB_HEZBOLLAH"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("U.S.-backed Syrian forces said on Saturday they had freed the last village held by the jihadists.", "U.S.-backed Syrian forces"),
        ("US-backed Kurdish forces pushed into the outskirts of Raqqa, a spokesman said.", "US-backed Kurdish forces"),
        ("A US-backed alliance of Arab and Kurdish militias encircled the town of Shadadi in Syria.", "A US-backed alliance"),
    ],
)
def test_undated_us_backed_forces_in_syria_are_the_sdf(actor_kb, actor_nlp, text, words):
    """Copy with no date reads the SDF, which still exists, as today's force the US backs."""
    found = _found(actor_kb, actor_nlp, text, None)
    assert found[words].actor_id == "SDF", {t: m.actor_id for t, m in found.items()}


def test_undated_us_backed_forces_in_iraq_are_not_the_sdf(actor_kb, actor_nlp):
    text = "U.S.-backed Iraqi forces pushed into western Mosul, an Iraqi commander said."
    found = _found(actor_kb, actor_nlp, text, None)
    assert all(m.actor_id != "SDF" for m in found.values())
