"""Front-line towns and zones of the wars beyond Syria and Iraq (2022-2025 reporting)
resolve to one place in the right country, whichever common spelling copy uses."""

from __future__ import annotations

import pytest

from frontwatch.pipeline import article_from_text


def _resolved(text, gazetteer, nlp):
    mentions, _ = gazetteer.resolve_doc(nlp(text), article=article_from_text(text))
    return {m.text: m.place_id for m in mentions if m.place_id}


@pytest.mark.parametrize(
    ("text", "name", "place_id", "country"),
    [
        (
            "The Arakan Army said it had seized Paletwa, a town in Chin State, after weeks of fighting.",
            "Paletwa",
            "fw:t-paletwa",
            "MMR",
        ),
        (
            "Kokang fighters took Chinshwehaw, a trade hub on the Chinese border.",
            "Chinshwehaw",
            "fw:t-chinshwehaw",
            "MMR",
        ),
        (
            "Heavy fighting continued in the Kokang region of northern Shan State.",
            "Kokang region",
            "fw:r-kokang",
            "MMR",
        ),
        (
            "Ukrainian officials said their troops had liberated Robotyne in Zaporizhzhia.",
            "Robotyne",
            "fw:t-robotyne",
            "UKR",
        ),
        (
            "M23 rebels overran Bunagana, on the border with Uganda, on Monday.",
            "Bunagana",
            "fw:t-bunagana",
            "COD",
        ),
        (
            "The rebels pushed west and entered Walikale, a mining town in North Kivu.",
            "Walikale",
            "fw:t-walikale",
            "COD",
        ),
        (
            "Forces loyal to the unity government advanced on Abu Qurayn, south of Misrata.",
            "Abu Qurayn",
            "fw:t-abu-grein",
            "LBY",
        ),
        (
            "Houthi fighters shelled government lines in al-Kasara, northwest of Marib city.",
            "al-Kasara",
            "fw:t-kassara",
            "YEM",
        ),
        (
            "Government troops and clan militias retook Adan Yabaal in Middle Shabelle.",
            "Adan Yabaal",
            "fw:t-adan-yabaal",
            "SOM",
        ),
        ("An Israeli drone hit a house in Khiam, near the border.", "Khiam", "fw:t-khiam", "LBN"),
        (
            "Hezbollah said its fighters clashed with Israeli troops at Aita al-Shaab.",
            "Aita al-Shaab",
            "fw:t-aita-al-shaab",
            "LBN",
        ),
        (
            "Israeli troops blew up homes in Odaisseh and Mais al-Jabal, residents said.",
            "Mais al-Jabal",
            "fw:t-mays-al-jabal",
            "LBN",
        ),
        (
            "Ukraine's army said it had retaken Klishchiivka, south of Bakhmut.",
            "Klishchiivka",
            "fw:t-klishchiivka",
            "UKR",
        ),
        (
            "Moscow claimed its troops had captured Novomykhailivka near Marinka.",
            "Novomykhailivka",
            "fw:t-novomykhailivka",
            "UKR",
        ),
        (
            "Russian assault groups pushed into Synkivka, north-east of Kupiansk.",
            "Synkivka",
            "fw:t-synkivka",
            "UKR",
        ),
        (
            "Israeli tanks rolled back into the Shujaiya neighbourhood of Gaza City.",
            "Shujaiya",
            "fw:d-shejaiya",
            "PSE",
        ),
        (
            "Troops raided homes in Zeitoun and Sheikh Radwan overnight.",
            "Sheikh Radwan",
            "fw:d-sheikh-radwan",
            "PSE",
        ),
        (
            "Residents fled Tal al-Sultan in western Rafah as tanks advanced.",
            "Tal al-Sultan",
            "fw:d-tal-al-sultan",
            "PSE",
        ),
    ],
)
def test_front_line_places_resolve(gazetteer, places_nlp, text, name, place_id, country):
    found = _resolved(text, gazetteer, places_nlp)
    assert found.get(name) == place_id
    assert gazetteer.get(place_id).country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The paramilitary RSF said it had taken Dinder in Sennar state.", "Dinder", "SDN"),
        ("Fighting reached Babanusa in West Kordofan.", "Babanusa", "SDN"),
        ("The Arakan Army closed in on the port of Kyaukphyu.", "Kyaukphyu", "MMR"),
        (
            "Somali forces and local militias took Harardhere, a former pirate haven.",
            "Harardhere",
            "SOM",
        ),
        ("Rockets fired from Lebanon hit Kiryat Shmona on Sunday.", "Kiryat Shmona", "ISR"),
        ("Gunmen stormed Kibbutz Beeri and Kfar Aza at dawn.", "Kfar Aza", "ISR"),
        ("UNIFIL's headquarters in Naqoura was hit, the mission said.", "Naqoura", "LBN"),
        ("Israeli forces pushed into Bani Suheila, east of Khan Younis.", "Bani Suheila", "PSE"),
        ("Russian forces kept attacking Marinka from the east.", "Marinka", "UKR"),
        ("Militiamen looted the market in Kabkabiya, in North Darfur.", "Kabkabiya", "SDN"),
        ("The paramilitaries looted warehouses in al-Nahud after taking it.", "al-Nahud", "SDN"),
        ("Regional troops pushed deeper into the Cal-Miskaad range on Sunday.", "Cal-Miskaad", "SOM"),
        ("Separatist fighters stormed the presidential palace in Seiyun on Wednesday.", "Seiyun", "YEM"),
        ("Government troops entered Sayun after the separatists withdrew.", "Sayun", "YEM"),
        ("Junta soldiers fell back to the airport at Thandwe as the rebels advanced.", "Thandwe", "MMR"),
        ("The rebels said they now held all of Maungdaw Township.", "Maungdaw Township", "MMR"),
        ("Militants ambushed a convoy on the road out of Sevare in central Mali.", "Sevare", "MLI"),
        ("Thousands of people who fled El Fasher reached Tawila in North Darfur.", "Tawila", "SDN"),
        ("Army defences held at Babnusa in West Kordofan, a military source said.", "Babnusa", "SDN"),
        ("Al-Shabaab fighters overran two bases around Eldheer in central Somalia.", "Eldheer", "SOM"),
        ("Insurgents stormed a military post in Gwoza Local Government Area of Borno State.", "Gwoza Local Government Area", "NGA"),
        ("The rebels pushed south from Kamanyola towards the Burundian border in South Kivu.", "Kamanyola", "COD"),
        ("Clashes broke out near Shewa Robit in the Amhara region on Monday.", "Shewa Robit", "ETH"),
    ],
)
def test_press_spellings_of_geonames_towns_resolve(gazetteer, places_nlp, text, name, country):
    found = _resolved(text, gazetteer, places_nlp)
    assert name in found
    assert gazetteer.get(found[name]).country == country


def test_a_yemeni_front_is_not_a_sudanese_town_of_a_similar_name(gazetteer, places_nlp):
    text = "Fighting raged on the Kassara front as the Houthis pressed on Marib."
    found = _resolved(text, gazetteer, places_nlp)
    kassara = found.get("Kassara front") or found.get("Kassara")
    assert kassara == "fw:t-kassara"
    assert "gn:372753" not in found.values()  # Kassala, Sudan


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Russian troops attacked Avdiivka from three sides.", "Avdiivka", "Donetsk Oblast"),
        ("Russian forces pressed on Huliaipole overnight.", "Huliaipole", "Zaporizhzhia Oblast"),
        ("Israeli forces struck Khan Younis again on Tuesday.", "Khan Younis", "Gaza Strip"),
        ("ISWAP fighters attacked Monguno before dawn.", "Monguno", "Borno"),
        ("Israeli jets struck Bint Jbeil and Marjayoun.", "Bint Jbeil", "Nabatieh"),
    ],
)
def test_front_line_towns_are_tagged_whatever_the_tagger_thinks(
    gazetteer, places_nlp, text, name, admin1
):
    """Names the statistical tagger reads as persons take the front-line town, not a
    smaller namesake elsewhere in the country."""
    found = _resolved(text, gazetteer, places_nlp)
    assert gazetteer.get(found[name]).admin1 == admin1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the mention keeps the compass word of the country's region it names
        ("Jihadists ambushed an army convoy in northern Burkina on Sunday.", "northern Burkina"),
        ("Burkina's junta expelled the French ambassador.", "Burkina"),
    ],
)
def test_burkina_alone_is_the_country_not_a_west_bank_village(gazetteer, places_nlp, text, name):
    assert _resolved(text, gazetteer, places_nlp).get(name) == "country:BFA"
