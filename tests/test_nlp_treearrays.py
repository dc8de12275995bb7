"""The per-doc lists of nlp/treearrays.py say what spaCy's Token attributes say."""

from __future__ import annotations

from frontwatch.nlp.treearrays import (
    char_starts,
    children_indices,
    head_indices,
    labels_and_lowers,
    lower_forms,
    punctuation_at,
)

TEXT = (
    "Fighters loyal to the council, backed by drones, stormed two villages near the river; "
    "the ministry said on Sunday that the reports were false.\n\n"
    "\"We will not withdraw,\" a commander told reporters (by telephone) in the north-east."
)


def test_lists_match_every_token(engine):
    doc = engine.parse([TEXT])[0]
    deps, lowers = labels_and_lowers(doc)
    assert head_indices(doc) == [t.head.i for t in doc]
    assert char_starts(doc) == [t.idx for t in doc]
    assert children_indices(doc) == [[c.i for c in t.children] for t in doc]
    assert deps == [t.dep_ for t in doc] and lowers == [t.lower_ for t in doc]
    assert punctuation_at(doc) == [t.is_punct for t in doc]
    assert lower_forms(doc) is lowers  # one list, kept apart from the labels


def test_a_word_has_children_and_the_root_is_its_own_head(engine):
    doc = engine.parse([TEXT])[0]
    heads, children = head_indices(doc), children_indices(doc)
    roots = [i for i, head in enumerate(heads) if head == i]
    assert roots and all(doc[i].dep_ == "ROOT" for i in roots)
    stormed = next(t.i for t in doc if t.lower_ == "stormed")
    assert {doc[c].lower_ for c in children[stormed]} >= {"fighters", "villages"}
