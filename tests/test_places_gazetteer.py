"""The gazetteer's data: the GeoNames cache, the curated files and their validation."""

from __future__ import annotations

import json

import pytest

from frontwatch.errors import InvalidKnowledgeBase
from frontwatch.kb.places import geonames
from frontwatch.kb.places.curated import PLACE_FILES, load_curated, parse_text, read_data_file
from frontwatch.kb.places.normalize import loose_key, name_key, spelling_variants

TINY_SOURCE = {
    "1": {
        "geonameid": 1,
        "name": "Ḩamāh",
        "latitude": 35.13,
        "longitude": 36.75,
        "countrycode": "SY",
        "population": 460602,
        "admin1code": "10",
        "alternatenames": ["Hama", "HMA", "حماة", "Hamath"],
    },
    "2": {
        "geonameid": 2,
        "name": "Smallville",
        "latitude": 40.0,
        "longitude": -90.0,
        "countrycode": "US",
        "population": 900,
        "admin1code": "IL",
        "alternatenames": [],
    },
}


@pytest.fixture
def tiny_source(tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTWATCH_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "cities500.json"
    source.write_text(json.dumps(TINY_SOURCE), "utf-8")
    return source


def test_cache_is_json_keyed_on_the_source_sha256(tiny_source):
    index = geonames.load_index(source=tiny_source)
    cache = geonames.cache_path_for(tiny_source)
    assert cache.exists() and cache.suffix == ".json"
    assert geonames.file_sha256(tiny_source)[:20] in cache.name
    assert f"-v{geonames.CACHE_VERSION}" in cache.name
    payload = json.loads(cache.read_text("utf-8"))
    assert payload["rows"] == index.rows
    # Small places far from the region are left out; scripts other than Latin and codes too.
    assert [row[1] for row in index.rows] == ["Ḩamāh"]
    assert index.rows[0][7] == ["Hama", "Hamath"]
    assert index.exact["hamah"] == [0] and index.exact["hama"] == [~0]


def test_warm_load_reads_the_cache_not_the_source(tiny_source, monkeypatch):
    first = geonames.load_index(source=tiny_source)

    def fail(_source):
        raise AssertionError("source parsed again")

    monkeypatch.setattr(geonames, "build_index", fail)
    assert geonames.load_index(source=tiny_source).rows == first.rows


def test_changed_source_gets_a_new_cache_and_the_old_one_goes(tiny_source):
    geonames.load_index(source=tiny_source)
    old = geonames.cache_path_for(tiny_source)
    tiny_source.write_text(json.dumps({"1": TINY_SOURCE["1"]}) + "\n", "utf-8")
    geonames.load_index(source=tiny_source)
    assert geonames.cache_path_for(tiny_source) != old and not old.exists()


def test_damaged_cache_is_rebuilt(tiny_source):
    geonames.load_index(source=tiny_source)
    geonames.cache_path_for(tiny_source).write_text("{not json", "utf-8")
    assert len(geonames.load_index(source=tiny_source).rows) == 1


def test_every_data_file_has_a_header():
    for name in (*PLACE_FILES, "countries.yaml"):
        doc = read_data_file(name)
        assert all(doc.get(key) for key in ("source", "licence", "gaps")), name


def test_validation_reports_every_problem_with_file_and_line():
    docs = {name: read_data_file(name) for name in (*PLACE_FILES, "countries.yaml")}
    docs["sites.yaml"] = parse_text(
        "source: s\nlicence: l\ngaps: g\nplaces:\n"
        "- {id: a, name: A, kind: castle, country: SYR, lat: 1, lon: 2}\n"
        "- {id: b, name: B, kind: dam, country: SYR, lat: 300, lon: 2}\n"
        "- {id: c, name: C, kind: dam, country: SYR, admin1: Narnia, lat: 3, lon: 2}\n"
    )
    docs["terrain.yaml"] = parse_text(  # its entries must each name their source
        "source: s\nlicence: l\ngaps: g\nplaces:\n"
        "- {id: m-x, name: Jabal X, kind: mountain, country: SYR, lat: 35, lon: 38}\n"
        "- {id: m-y, name: Jabal Y, kind: mountain, country: SYR, lat: 35, lon: 38, source: 4}\n"
    )
    with pytest.raises(InvalidKnowledgeBase) as err:
        load_curated(docs=docs)
    message = str(err.value)
    assert "sites.yaml:5: kind: 'castle'" in message
    assert "sites.yaml:6: lat/lon" in message
    assert "fw:c: admin1: 'Narnia'" in message
    assert "terrain.yaml:5: source: required" in message
    assert "terrain.yaml:6: source: required" in message


def test_shipped_curated_data_is_valid():
    data = load_curated()
    assert len(data.places) > 150
    kinds = {item.place.kind for item in data.places}
    assert {"admin1", "crossing", "airbase", "dam", "region", "district", "river"} <= kinds


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Deir ez-Zor", "Deir al-Zor"),
        ("Al-Raqqah", "Raqqa"),
        ("Ras al-Ain", "Ras el Ain"),
        ("Jisr al-Shughur", "Jisr ash-Shughour"),
        ("Khan Sheikhoun", "Khan Shaykhun"),
    ],
)
def test_loose_key_absorbs_articles_and_transliteration(a, b):
    assert loose_key(a) == loose_key(b)


def test_name_key_folds_diacritics_and_apostrophes():
    assert name_key("Ma‘arrat an Nu‘mān") == "maarrat an numan"
    assert name_key("Dar'a") == name_key("Dar‘ā") == "dara"


def test_spelling_variants_generate_article_and_hyphen_forms():
    variants = spelling_variants("Deir ez-Zor")
    assert {"deir ez-zor", "deir ez zor", "deir al-zor", "deir el-zor"} <= variants
    assert {"bab", "al-bab", "al bab"} <= spelling_variants("Al Bab")


def test_gazetteer_get_and_admin1_of(gazetteer):
    idlib = next(p for p in gazetteer.lookup("Idlib") if p.kind == "admin1")
    assert gazetteer.admin1_of(idlib.id) == "Idlib"
    assert gazetteer.get("country:SYR").kind == "country"
    assert gazetteer.admin1_of("country:SYR") == ""
    assert gazetteer.get("gn:0") is None and gazetteer.admin1_of("nope") == ""
    hmeimim = gazetteer.lookup("Hmeimim")[0]
    assert hmeimim.kind == "airbase" and hmeimim.admin1 == "Latakia"
    damascus, aleppo = gazetteer.lookup("Damascus")[0], gazetteer.lookup("Aleppo")[0]
    assert 300 < gazetteer.distance_km(damascus, aleppo) < 330


COUNTRY_BOXES = {  # (min lat, max lat, min lon, max lon), generous
    "SYR": (32.2, 37.4, 35.6, 42.5),
    "IRQ": (29.0, 37.5, 38.7, 48.7),
    "TUR": (35.8, 42.2, 25.6, 44.9),
    "LBN": (33.0, 34.7, 35.0, 36.7),
    "JOR": (29.1, 33.4, 34.9, 39.4),
    "PSE": (31.2, 32.6, 34.2, 35.6),
    "ISR": (29.4, 33.4, 34.2, 35.9),
    "SDN": (8.5, 22.3, 21.5, 39.0),
    "SSD": (3.4, 12.3, 23.4, 36.0),
    "TCD": (7.4, 23.5, 13.4, 24.1),
    "UKR": (44.3, 52.4, 22.1, 40.3),
    "RUS": (41.1, 82.0, 19.6, 180.0),
    "YEM": (12.0, 19.1, 41.8, 54.6),
    "MLI": (10.1, 25.1, -12.3, 4.3),
    "BFA": (9.4, 15.1, -5.6, 2.5),
    "NER": (11.6, 23.6, 0.1, 16.1),
    "NGA": (4.2, 13.9, 2.6, 14.7),
    "MMR": (9.7, 28.6, 92.1, 101.2),
    "COD": (-13.5, 5.4, 12.2, 31.4),
    "ETH": (3.3, 15.0, 32.9, 48.0),
    "LBY": (19.4, 33.2, 9.3, 25.2),
    "SOM": (-1.7, 12.0, 40.9, 51.5),
    "AFG": (29.3, 38.5, 60.4, 75.0),
    "EGY": (21.7, 31.7, 24.7, 36.9),
    "KEN": (-4.8, 5.1, 33.9, 41.95),
    "HTI": (18.0, 20.1, -74.5, -71.6),
    "MOZ": (-26.9, -10.4, 30.2, 40.9),
    "PAK": (23.6, 37.1, 60.8, 77.9),
    "COL": (-4.3, 13.5, -79.1, -66.8),
    "CAF": (2.2, 11.1, 14.4, 27.5),
}


def test_curated_points_lie_in_their_country_and_near_their_governorate(gazetteer):
    data = load_curated()
    centres = {i.place.admin1: i.place for i in data.places if i.place.kind == "admin1"}
    for item in data.places:
        place = item.place
        south, north, west, east = COUNTRY_BOXES[place.country]
        assert south <= place.latitude <= north and west <= place.longitude <= east, place.id
        centre = centres.get(place.admin1)
        if centre and place.kind != "admin1":
            assert gazetteer.distance_km(place, centre) < 350, place.id


def test_the_countries_kept_whole_come_from_the_data_file_and_are_checked():
    import pytest

    from frontwatch.errors import InvalidKnowledgeBase
    from frontwatch.kb.places.theatres import parse_theatres, theatres

    found = theatres()
    assert {"SYR", "IRQ"} == found.war and {"UKR", "YEM", "TUR"} <= found.region
    assert {"SY", "IQ", "UA"} <= found.kept_whole and len(found.kept_whole) == len(found.war | found.region)
    with pytest.raises(InvalidKnowledgeBase, match="region entry 1"):
        parse_theatres({"war": [{"iso3": "SYR", "iso2": "SY"}], "region": [{"iso3": "Syria"}]})
    with pytest.raises(InvalidKnowledgeBase, match="'war' lists no country"):
        parse_theatres({"war": [], "region": [{"iso3": "TUR", "iso2": "TR"}]})


def test_a_country_added_to_the_theatres_gets_a_new_cache(tiny_source, monkeypatch):
    before = geonames.cache_path_for(tiny_source)
    monkeypatch.setattr(geonames, "REGION_COUNTRIES", geonames.REGION_COUNTRIES | {"HT"})
    after = geonames.cache_path_for(tiny_source)
    assert after != before
    monkeypatch.setattr(geonames, "REGION_COUNTRIES", geonames.REGION_COUNTRIES - {"HT"})
    assert geonames.cache_path_for(tiny_source) == before
