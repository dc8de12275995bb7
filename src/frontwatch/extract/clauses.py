"""A token's clause: the verb heading it and its words without nested clauses (read by
every extractor through extract/context.py)."""

from __future__ import annotations

from typing import Any

from frontwatch.nlp.treearrays import children_indices, head_indices, labels_and_lowers
from frontwatch.nlp.wordtest import part_of_speech_in

# Dependencies that start a new clause: arguments are not searched across them.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "xcomp", "csubj", "acl"})
_CLAUSE_KEY = "frontwatch_clause_tokens"


def clause_tokens(head: Any) -> list[Any]:
    """Tokens of ``head``'s clause: its subtree without nested clauses (walked once per
    head and doc: an event, its place and its relations each ask for the same clause)."""
    walked = head.doc.user_data.setdefault(_CLAUSE_KEY, {})
    found = walked.get(head.i)
    if found is None:
        found = walked[head.i] = tuple(_walk_clause(head))
    return list(found)


def _walk_clause(head: Any) -> list[Any]:
    """The clause's words in order, walked over the per-doc children and label lists: a
    Token is made only of each word kept."""
    doc = head.doc
    children, deps = children_indices(doc), labels_and_lowers(doc)[0]
    out, stack = [head.i], [head.i]
    while stack:
        kept = [c for c in children[stack.pop()] if deps[c] not in CLAUSE_DEPS]
        out += kept
        stack += kept
    return [doc[i] for i in sorted(out)]


def clause_head(token: Any) -> Any:
    """The verb heading the clause a token sits in (itself for verbs)."""
    doc = token.doc  # the climb reads the doc's lists: a Token made only of the verb
    heads, verbal = head_indices(doc), part_of_speech_in(doc, ("VERB", "AUX"))
    i = token.i
    while not verbal[i] and heads[i] != i:
        i = heads[i]
    return token if i == token.i else doc[i]
