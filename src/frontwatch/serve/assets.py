"""Where the page's files live, and whether the ones vendored from npm are installed."""

from __future__ import annotations

from pathlib import Path

STATIC = Path(__file__).parent / "static"
MAP_FILES = ("world-atlas/countries-50m.json", "topojson-client/topojson-client.min.js")
DOCS_FILES = ("swagger-ui/swagger-ui-bundle.js", "swagger-ui/swagger-ui.css")
INSTALL_HINT = "run: bash scripts/install_frontend.sh"


def vendor_installed(names: tuple[str, ...] = MAP_FILES) -> bool:
    """Whether these files from npm are in static/vendor/ (default: the map's)."""
    return all((STATIC / "vendor" / name).is_file() for name in names)
