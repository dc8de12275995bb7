"""Whether the words a verb governs tell of a hostile deed: "warned of a strong response",
"pledged to continue the fight" threaten; "warned that the toll would rise", "warned of the
plight of civilians who shelter from shelling" do not (the deed is in a clause describing a
noun). Words are data (events.yaml ``stance.threat_words``, ``stance.hostile_types``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from frontwatch.extract.lexicon import Lexicon, lemma_of


def tells_a_hostile_deed(verb: Any, lex: Lexicon) -> bool:
    """ "warned that planes would be shot down", "warned of a strong response": what the verb
    governs names a hostile act; "warned that the toll would rise" names none."""
    threat_words = list(lex.events["stance"]["threat_words"])
    if any(c.dep_ == "dobj" for c in verb.children):  # "warned X of consequences"
        threat_words += lex.events["stance"]["addressed_threat_words"]
    governed = [t for t in verb.subtree if t.i != verb.i and not _in_relative_clause(t, verb)]
    return any(lemma_of(t) in threat_words for t in governed) or _hostile_in(governed, lex)


def swears_a_hostile_deed(verb: Any, lex: Lexicon) -> bool:
    """ "have sworn to fight on", "swore revenge on the militia": an oath of a deed of
    ``oaths.deed_types`` (or a ``threat_words`` word) is a threat; not "swore to keep
    protesting" (a protest is no deed of harm) nor "swore to fight terrorism and corruption"
    (whose object is an ill, ``oaths.ills``, no side)."""
    oaths = lex.events["oaths"]
    threat_words = frozenset(lex.events["stance"]["threat_words"])
    ills = frozenset(oaths["ills"])
    for tok in verb.subtree:
        if tok.i == verb.i or _in_relative_clause(tok, verb):
            continue
        found = entry_of(tok, lex)
        if lemma_of(tok) not in threat_words and not (found and found.get("type") in oaths["deed_types"]):
            continue
        objects = [o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
        if not any(lemma_of(o) in ills for o in objects):
            return True
    return False


def _in_relative_clause(tok: Any, verb: Any) -> bool:
    """ "warned of the plight of civilians who shelter from shelling": words of a clause
    describing a noun the verb governs tell no deed warned of."""
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def _hostile_in(tokens: Iterable[Any], lex: Lexicon, *, by_pos: bool = True) -> bool:
    """Whether one of the words names a hostile act (``stance.hostile_types``)."""
    hostile = lex.events["stance"]["hostile_types"]
    return any(
        (found := entry_of(t, lex, by_pos=by_pos)) and found.get("type") in hostile for t in tokens
    )


def entry_of(word: Any, lex: Lexicon, *, by_pos: bool = True) -> dict[str, Any] | None:
    """The word's lexicon entry: a verb's among the verbs, any other word's among the nouns;
    not ``by_pos``, its entry as a verb else as a noun ("continue the fight", whichever the
    tagger makes of "fight")."""
    lemma = lemma_of(word)
    if not by_pos:
        return lex.verbs.get(lemma) or lex.nouns.get(lemma)
    return lex.verbs.get(lemma) if word.pos_ == "VERB" else lex.nouns.get(lemma)


def type_by_complement(tok: Any, entry: dict[str, Any], lex: Lexicon) -> str:
    """ "pledged to continue the fight", "promised to crush the rebels": a promise of a
    hostile deed is a threat (``hostile_complement``), not an offer to cooperate."""
    wanted = str(entry.get("hostile_complement", ""))
    for comp in (c for c in tok.children if c.dep_ == "xcomp") if wanted else ():
        if _hostile_in(comp.subtree, lex, by_pos=False):
            return wanted
    return ""
