"""The packaged YAML files read with the C safe loader give the values Python's safe loader gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from frontwatch.yamldata import SafeLoader, load_data

PACKAGE = Path(__file__).parents[1] / "src" / "frontwatch"
DATA_FILES = sorted(PACKAGE.rglob("*.yaml"))


def test_the_c_loader_is_used_where_pyyaml_has_it() -> None:
    assert yaml.__with_libyaml__  # the speed-up is real here, not a silent fallback
    assert SafeLoader is yaml.CSafeLoader


def test_there_are_data_files_to_compare() -> None:
    names = {path.name for path in DATA_FILES}
    assert {"events.yaml", "cues.yaml", "relations.yaml", "phrases.yaml", "eventtypes.yaml"} <= names


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_packaged_file_loads_to_the_same_values(path: Path) -> None:
    text = path.read_text("utf-8")
    # repr tells True from 1 and 1.0 from 1, and keeps the order of keys, where == would not
    assert repr(load_data(text)) == repr(yaml.safe_load(text))


@pytest.mark.parametrize(
    "text",
    [
        "words: [yes, no, 'on', off]\n",
        "n: 1\nf: 1.0\nx: 1e3\nd: 2014-06-10\nnull: ~\n",
        "k: &a [x, y]\nj: *a\n",
        "s: \"Kata\u2019ib Hezbollah\"\nt: 'al-Qa''ida'\n",
        "m:\n  - {id: X, name: \"A: B\", aliases: [a, b]}\n",
    ],
)
def test_own_snippets_load_alike(text: str) -> None:
    assert repr(load_data(text)) == repr(yaml.safe_load(text))


def test_unsafe_tags_are_refused_as_before() -> None:
    with pytest.raises(yaml.YAMLError):
        load_data("!!python/object/apply:os.system ['true']\n")
