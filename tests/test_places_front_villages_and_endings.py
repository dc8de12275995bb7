"""Places of the Syrian and Iraqi fronts the gazetteer lacked (issue 13, item 4), as kinds:
Afrin's villages of 2018 and its Sherawa area, the villages of Idlib's M4 and M5 highways,
the Euphrates valley's towns below Deir ez-Zor, the seats of Afrin's, Aleppo's, Anbar's,
Kirkuk's and Erbil's subdistricts, the Turkish operations' mountain areas of the Kurdistan
Region and the Makhmour mountains; and one spelling class by rule: a curated name's final
"-a"/"-ah" or "-iya"/"-iyah"/"-iyeh" written the other way still finds it ("Kafr Sijnah"
for "Kafr Sijna"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from frontwatch.kb.places.normalize import ending_variants


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("kafr sijna", {"kafr sijnah"}),
        ("al-tayyana", {"al-tayyanah"}),
        ("saqlawiyah", {"saqlawiyeh", "saqlawiya"}),
        ("al-muqdadiyeh", {"al-muqdadiyah", "al-muqdadiya"}),
    ],
)
def test_a_final_ending_is_spelt_the_other_ways(name, expected) -> None:
    assert ending_variants(name) == expected


# a final "-ah" is never cut: "karmah" would make "karma", "kayah" the surname "kaya"
@pytest.mark.parametrize("name", ["gaza", "hama", "tal afar", "deir ez-zor", "kafr 1a", "karmah", "kayah", "fallujah"])
def test_short_words_and_other_endings_keep_one_spelling(name) -> None:
    assert ending_variants(name) == set()


@pytest.mark.parametrize(
    ("sentence", "words", "name"),
    [
        ("Regime jets pounded Kafr Sijnah for a third day.", "Kafr Sijnah", "Kafr Sijna"),
        ("The SDF drove the jihadists out of al-Tayyanah last week.", "Tayyanah", "Al-Tayyana"),
        ("An Israeli drone hit a motorbike in Chehabiya, south Lebanon.", "Chehabiya", "Chehabiyeh"),
        ("Mourners in Bazouriyah, near Tyre in Lebanon, buried two fighters.", "Bazouriyah", "Bazouriyeh"),
    ],
)
def test_a_curated_name_with_its_other_ending(sentence, words, name, resolved_place) -> None:
    place = resolved_place(sentence, words)
    assert place is not None and place.name == name


@pytest.mark.parametrize(
    ("sentence", "words", "name", "kind", "admin1"),
    [
        ("Turkish-backed fighters entered Rajo after a week of shelling.", "Rajo", "Rajo", "populated_place", "Aleppo"),
        ("The YPG said it had pushed the attackers back from Basuta.", "Basuta", "Basuta", "populated_place", "Aleppo"),
        ("An air strike damaged the ancient temple at Ain Dara.", "Ain Dara", "Ain Dara", "populated_place", "Aleppo"),
        ("Kafr Jannah fell to the Syrian National Army on Sunday.", "Kafr Jannah", "Kafr Jannah", "populated_place", "Aleppo"),
        ("Shells landed on Darat Izza, west of Aleppo.", "Darat Izza", "Darat Izza", "populated_place", "Aleppo"),
        ("Clashes raged in the Shirawa district south of Afrin.", "Shirawa", "Sherawa", "region", "Aleppo"),
        ("Government troops recaptured Tal Tuqan east of Saraqeb.", "Tal Tuqan", "Tal Tuqan", "populated_place", "Idlib"),
        ("Russian jets bombed al-Tamanah and its olive groves.", "Tamanah", "Al-Tamanah", "populated_place", "Idlib"),
        ("Rebels counterattacked at Jarjanaz at nightfall.", "Jarjanaz", "Jarjanaz", "populated_place", "Idlib"),
        ("The SDF stormed Susah, the last town before Baghuz.", "Susah", "Al-Susah", "populated_place", "Deir ez-Zor"),
        ("Militants shelled al-Quriyah from across the river.", "Quriyah", "Al-Quriyah", "populated_place", "Deir ez-Zor"),
        ("Peshmerga fell back from Altun Kupri as the army advanced.", "Altun Kupri", "Altun Kupri", "populated_place", "Kirkuk"),
        ("A Turkish drone struck a car near Sidakan, the mayor said.", "Sidakan", "Sidakan", "populated_place", "Erbil"),
        ("Marines cleared Karabila, east of Husaybah, in 2005.", "Karabila", "Karabila", "populated_place", "Anbar"),
        ("Ankara's commandos raided PKK caves in the Hakurk region.", "Hakurk", "Hakurk region", "mountain", "Erbil"),
        ("Operations in Haftanin left dozens of militants dead, Ankara said.", "Haftanin", "Haftanin region", "mountain", "Duhok"),
        ("Airstrikes hit the Avashin area for a second night.", "Avashin", "Avashin region", "mountain", "Duhok"),
        ("Iraqi troops swept the Makhmour mountains for hideouts.", "Makhmour mountains", "Qarachogh mountain", "mountain", "Erbil"),
    ],
)
def test_front_villages_seats_and_mountain_areas(sentence, words, name, kind, admin1, resolved_place) -> None:
    place = resolved_place(sentence, words)
    assert place is not None and (place.name, place.kind, place.admin1) == (name, kind, admin1)


@pytest.mark.parametrize(
    ("sentence", "words", "name"),
    [
        ("Sudanese army troops retook Hasaheisa from the RSF on Saturday.", "Hasaheisa", "Al-Hasaheisa"),
        ("The RSF said it had entered al-Managil in Sudan's Gezira state.", "Managil", "Al-Managil"),
        ("Paramilitaries looted Al-Kamlin, south of Khartoum, Sudanese activists said.", "Kamlin", "Al-Kamlin"),
        ("Shelling of Umm Kadada in North Darfur killed nine, Sudan's army said.", "Umm Kadada", "Umm Kadada"),
    ],
)
def test_sudans_towns_below_the_theatre_cut(sentence, words, name, resolved_place) -> None:
    place = resolved_place(sentence, words)
    assert place is not None and (place.name, place.country) == (name, "SDN")


@pytest.mark.parametrize(
    ("sentence", "words", "admin1"),
    [
        # a longer name is not its namesake inside: Ain Dara is no Daraa, Karabila no Karbala
        ("Pilgrims crowded Karbala for Ashura.", "Karbala", "Karbala"),
        ("Protests broke out again in Daraa.", "Daraa", "Daraa"),
        ("Kurdish fighters took al-Yaarubiyah on the Iraqi border.", "Yaarubiyah", "Al-Hasakah"),
        ("Gunmen attacked a checkpoint in the Shulaa neighbourhood.", "Shulaa", "Baghdad"),
    ],
)
def test_namesakes_and_spellings_resolve_to_the_right_town(sentence, words, admin1, resolved_place) -> None:
    place = resolved_place(sentence, words)
    assert place is not None and place.admin1 == admin1


@pytest.mark.parametrize(
    ("sentence", "words", "name"),
    [
        ("Iraqi special forces cleared the Muhandiseen district of Mosul.", "Muhandiseen", "Muhandiseen"),
        ("A car bomb hit troops advancing through Hay al-Dhubat in west Mosul.", "Hay al-Dhubat", "Hay al-Dhubat"),
        ("Federal police reached Tal al-Rumman on the city's southern edge.", "Tal al-Rumman", "Tal al-Rumman"),
        ("Snipers held out in al-Yabisat for a week, officers in Mosul said.", "Yabisat", "Yabisat"),
        ("The army retook al-Danadan on Mosul's east side.", "Danadan", "Danadan"),
    ],
)
def test_mosuls_neighbourhoods(sentence, words, name, resolved_place) -> None:
    place = resolved_place(sentence, words)
    assert place is not None and (place.name, place.kind, place.admin1) == (name, "district", "Nineveh")


def test_a_namesake_inside_a_mosul_name_keeps_its_own_town(resolved_place) -> None:
    place = resolved_place("Rebels shelled Anadan north of Aleppo.", "Anadan")
    assert place is not None and place.admin1 == "Aleppo"


def test_a_given_name_is_no_sudanese_town(place_mentions) -> None:
    assert "Suki" not in place_mentions("The actress Suki Waterhouse attended the premiere in London.")


def test_the_makhmour_town_is_not_the_mountain(resolved_place) -> None:
    place = resolved_place("Refugees returned to the Makhmour camp last year.", "Makhmour")
    assert place is None or place.kind != "mountain"
