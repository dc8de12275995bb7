"""A class or a state's forces written with "military" in between: "Coalition military
forces conducted strikes", "government military forces shelled": the head is the force's,
whatever the word between says."""

from __future__ import annotations

import pytest

from tests.extracted import of_type


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Coalition military forces carried out nine strikes against ISIS near Hajin on Friday.", "US_COALITION"),
        ("Near Raqqa, coalition military aircraft hit an Islamic State convoy overnight.", "US_COALITION"),
        ("The army said government military forces shelled rebel positions outside Hama.", "SYR_MIL"),
        ("Coalition military personnel opened fire on ISIS fighters who approached a base near Tanf.", "US_COALITION"),
    ],
)
def test_military_between_class_and_head_names_the_doer(text: str, doer: str) -> None:
    found = of_type(text, "ASSAULT")
    assert [e.source_actor for e in found][:1] == [doer], [(e.source_actor, e.source_text) for e in found]


def test_bare_military_forces_name_no_side() -> None:
    # near miss: with no class or state before it, "military forces" says nobody's
    found = of_type("Unidentified military forces shelled a village near Palmyra on Sunday.", "ASSAULT")
    assert all(e.source_actor != "US_COALITION" for e in found)
