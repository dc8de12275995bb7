"""The offline report map draws country borders from the vendored Natural Earth file."""

from frontwatch.report.basemap import country_rings, outline_paths


def test_atlas_is_installed_and_decodes_to_real_coordinates():
    rings = country_rings()
    assert len(rings) > 200, "run: bash scripts/install_frontend.sh (vendors world-atlas)"
    points = [p for ring in rings for p in ring]
    assert all(-180.1 <= lon <= 180.1 and -90.1 <= lat <= 90.1 for lon, lat in points)
    # Some border vertex lies near the Syria-Turkey border crossing at Bab al-Hawa (36.2 N, 36.7 E).
    assert any(abs(lat - 36.2) < 0.3 and abs(lon - 36.7) < 0.3 for lon, lat in points)


def test_only_countries_near_the_frame_are_drawn():
    levant = outline_paths(lambda lat, lon: (lon, lat), (32.0, 37.5, 35.5, 42.5))
    world = outline_paths(lambda lat, lon: (lon, lat), (-90.0, 90.0, -180.0, 180.0))
    assert 3 <= len(levant) < len(world) / 5
    assert all(p.startswith("<polygon points=") for p in levant)
