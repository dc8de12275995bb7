"""The type a trigger takes from the words around it, and the nouns that words around them
stop: "struck a deal" agrees (its object), "a ceasefire announced by the coalition" is its
retreat (the verb over it), "a halt of attacks" is no attack (the noun over it), "the deal
struck between the sides" is told by the participle, not the noun too.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import Lexicon, lemma_of
from frontwatch.extract.triggerobjects import objects_of


def halted(noun: Any, lex: Lexicon) -> bool:
    """ "a halt of missile attacks", "an end to the offensive": the noun over it stops the act."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "to", "on") or prep.head.i == prep.i:
        return False
    return prep.head.pos_ == "NOUN" and lemma_of(prep.head) in lex.events["halting_nouns"]


def told_by_its_participle(noun: Any, entry: dict[str, Any], lex: Lexicon) -> bool:
    """ "the deal struck between the army and the rebels": the participle, typed by the noun
    (``object_types``), is the act and has its sides; the noun would tell it twice."""
    for verb in (c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"):
        by_object = lex.verbs.get(lemma_of(verb), {}).get("object_types", {})
        if by_object.get(lemma_of(noun), "").partition("/")[0] == entry["type"]:
            return True
    return False


def type_by_object(tok: Any, entry: dict[str, Any]) -> tuple[str, str]:
    """ "lifted the blockade" eases a military measure (RETREAT), "lifted the curfew" a
    policy (CONCEDE), "sent food" is aid: ``object_types`` maps object lemmas to the type
    they make, as TYPE or TYPE/mode."""
    by_object: dict[str, str] = entry.get("object_types", {})
    # "a deal struck between the sides", "the accord struck in Astana": what it describes first
    objects = [*_described_or_subject(tok), *objects_of(tok)] if by_object else []
    for obj in [*objects, *(c for o in objects for c in o.children if c.dep_ == "conj")]:
        if obj.lemma_.lower() in by_object:
            kind, _, mode = by_object[obj.lemma_.lower()].partition("/")
            return kind, mode
    return str(entry["type"]), entry.get("mode", "")


def type_by_head(noun: Any, entry: dict[str, Any]) -> str:
    """ "declared a ceasefire", "a ceasefire announced by the coalition": the type ``head_types``
    gives the verb the noun is the object of, or the participle describing it."""
    by_head: dict[str, str] = entry.get("head_types", {})
    verbs = [noun.head, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    return next((by_head[lemma_of(v)] for v in verbs if lemma_of(v) in by_head), "")


def _described_or_subject(tok: Any) -> list[Any]:
    """What an ``object_types`` verb was done to when nothing follows it: the noun a participle
    describes, or the subject (else the noun just before) of a past form the tagger made of one."""
    described = [tok.head] if tok.dep_ == "acl" else []
    if tok.tag_ != "VBD":
        return described
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if not subjects and before is not None and before.pos_ == "NOUN":
        subjects = [before]  # "left under the deal struck between...", parsed as a clause
    return described + subjects
