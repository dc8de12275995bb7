"""Words of concern a statement judges an act with.

"The United States is deeply troubled by reports that X razed villages", "Britain said it was
gravely concerned about the shelling of T by X", "we are horrified by X's air strikes": a
predicate adjective of alarm is a judgement (ACCUSE) when what it is about tells a hostile deed;
the deed's doer is the one accused (extract/addressee.py, ``act_role``). Concern at a delay, the
weather or "the situation" names no deed and is none. The words, in every form a reporter uses
("concerned", "troubled", "alarmed", ...), are ``verbs`` entries with ``predicate_adjective``
(data/events.yaml).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from frontwatch.extract.hostiledeeds import entry_of
from frontwatch.extract.lexicon import Lexicon, get_lexicon, lemma_of

# a predicate adjective: "is concerned", "said it was troubled", "remains alarmed"
_PREDICATE_DEPS = frozenset({"acomp", "ROOT", "ccomp", "xcomp", "conj"})


def concern_words(lex: Lexicon) -> frozenset[str]:
    """The words of concern as written ("troubled"): a word test passes them whatever their
    lemma ("trouble" of the passive)."""
    return lex._cached(
        ("events", "verbs", "predicate adjectives"),
        lambda: frozenset(k for k, e in lex.verbs.items() if e.get("predicate_adjective")),
    )


def concern_entry(tok: Any, lex: Lexicon) -> tuple[str, dict[str, Any]] | None:
    """The lexicon key and entry of an adjective of concern said of its subject, else None."""
    passive = tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)
    if not passive and (tok.pos_ != "ADJ" or tok.dep_ not in _PREDICATE_DEPS):
        return None  # "is troubled by" parses as a passive, "is concerned about" as an adjective
    if tok.lower_ not in concern_words(lex):
        return None
    return tok.lower_, lex.verbs[tok.lower_]


def concern_of_a_deed(tok: Any, lex: Lexicon, actor_at: Mapping[int, Any]) -> bool:
    """What the concern is about ("by X", "about X", "over X", "at X") is a hostile deed, or a
    report, an indication or news of one ("reports that X razed villages", "reports of an
    attack by X"), and a party is named in it as more than its place ("rocket attack in the
    Kurdistan Region" names none): one accuses its doer. "Troubled by the delay", "concerned
    about the weather", "alarmed at the composition of the alliance" accuse no one."""
    words = lex.events["concern"]
    hostile = frozenset(lex.events["stance"]["hostile_types"])
    about = [
        g
        for c in tok.children
        if c.dep_ in ("prep", "agent") and c.lower_ in words["about_preps"]
        for g in c.children
        if g.dep_ == "pobj"
    ]
    deeds = [*about]
    for noun in about:
        if lemma_of(noun) in words["report_nouns"]:
            deeds += [g for p in noun.children if p.lower_ == "of" for g in p.children]
            deeds += [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")]
    deeds += [c for d in deeds for c in d.conjuncts]
    return any(_hostile(d, hostile, lex) and _names_a_doer(d, lex, actor_at) for d in deeds)


def _hostile(deed: Any, hostile: frozenset[str], lex: Lexicon) -> bool:
    """A hostile deed done, not one still to come ("an imminent offensive", "a looming
    assault": a fear, no accusation; events.yaml ``prospective_modifiers``)."""
    found = entry_of(deed, lex)
    prospective = frozenset(lex.events["prospective_modifiers"])
    to_come = any(c.dep_ == "amod" and c.lower_ in prospective for c in deed.children)
    return found is not None and found.get("type") in hostile and not to_come


def _names_a_doer(deed: Any, lex: Lexicon, actor_at: Mapping[int, Any]) -> bool:
    """A party named in the deed's words, not only under a preposition of place."""
    place_preps = frozenset(lex.events["addressee_place_preps"])
    return any(word.i in actor_at and not _placed(word, deed, place_preps) for word in deed.subtree)


def _placed(word: Any, deed: Any, place_preps: frozenset[str]) -> bool:
    """The word stands under a preposition of place within the deed's words ("in T")."""
    while word.i != deed.i:
        if word.dep_ == "pobj" and word.head.lower_ in place_preps:
            return True
        word = word.head
    return False


def concerned_party_words(anchor: Any) -> frozenset[int]:
    """The words of who is concerned ("The United States is deeply troubled by ..."): the
    speaker, never the place of the deed it judges; none for any other word."""
    if concern_entry(anchor, get_lexicon()) is None:
        return frozenset()
    holder = anchor.head if anchor.dep_ == "acomp" else anchor
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    return frozenset(t.i for s in subjects for t in s.subtree)
