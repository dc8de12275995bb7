"""spaCy makes a new ``Token`` object on every access (``tok.head``, ``doc[i]``, ``.ancestors``),
so ``a.head is b`` is never true even when both are the same word: a test written that way is
always false (or, with ``is not``, always true) and its rule silently misfires ("Arab tribes sided
with the SDF" once hung a walk up the parse for ever). Words are compared by position (``.i``)."""

from __future__ import annotations

import ast
from pathlib import Path

import spacy

SOURCE = Path(__file__).resolve().parents[1] / "src" / "frontwatch"
_FRESH_TOKEN_ATTRS = frozenset({"head", "left_edge", "right_edge", "root", "sent"})


def _fresh_token(node: ast.expr) -> bool:
    """An expression that makes a new spaCy object: ``x.head``, ``x.head.head``, ``x.root``."""
    return isinstance(node, ast.Attribute) and node.attr in _FRESH_TOKEN_ATTRS


def _identity_tests_on_fresh_tokens(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, sides, sides[1:], strict=False):
            if isinstance(op, (ast.Is, ast.IsNot)) and (_fresh_token(left) or _fresh_token(right)):
                found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def test_spacy_makes_a_new_token_per_access() -> None:
    """The premise: the same word, reached twice, is two objects but one position."""
    nlp = spacy.blank("en")
    doc = nlp("Rebels took the town.")
    assert doc[1] is not doc[1]
    assert doc[1] == doc[1] and doc[1].i == doc[1].i


def test_the_check_finds_identity_tests_on_heads() -> None:
    bad = ast.parse("ok = verb.head is not verb\nroot = tok.head is tok\nfine = m is other\n")
    assert [f.split(":")[0] for f in _identity_tests_on_fresh_tokens(bad)] == ["line 1", "line 2"]


def test_no_identity_test_on_a_fresh_token_in_the_product() -> None:
    offenders = {
        str(path.relative_to(SOURCE)): found
        for path in sorted(SOURCE.rglob("*.py"))
        if (found := _identity_tests_on_fresh_tokens(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert offenders == {}
