"""FrontWatch's own YAML data files, read with libyaml's safe loader when PyYAML has it.

The C loader builds the same values as ``yaml.safe_load`` (the same safe constructor and
resolver; only the scanning and parsing are compiled) in a fraction of the time: the
lexicons, phrase rules and tables read at start-up took about 3 s of the engine's load in
Python. ``tests/test_yamldata.py`` checks every packaged YAML file loads to the same values
both ways. Files a user writes keep ``yaml.safe_load`` and its error messages.
"""

from __future__ import annotations

from typing import Any

import yaml

SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_data(text: str) -> Any:
    """The values of a packaged YAML file's text, as ``yaml.safe_load`` reads them."""
    return yaml.load(text, Loader=SafeLoader)
