"""Coordinations in the parse: "Syria and Iraq", "air strikes and artillery".

spaCy hangs every later conjunct on the first one, and the first one on the word the whole
coordination depends on; readers that ask what the coordination does ask its first conjunct.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon


def first_conjunct(tok: Any) -> Any:
    """The first conjunct of the coordination ``tok`` is in ("Iraq" -> "Syria" in "of Syria
    and Iraq"), or ``tok`` itself when it is in none."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def shares_first_verb(verb: Any) -> bool:
    """ "IS reportedly stormed T and shelled U", "jets may have bombed T and struck U": a
    verb joined to an earlier verb with no subject of its own shares that verb's subject,
    hedges and modals; "rebels reportedly shelled T, and jets bombed U" has its own, and
    so has "could retake T and has already shelled U" (its own auxiliary: its own time)."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    own = ("nsubj", "nsubjpass", "expl", "csubj", "aux", "auxpass")
    cues = get_lexicon().certainty
    telling = cues("attribution_verbs") | cues("negation_verbs")
    if verb.lemma_.lower() in telling or any(c.dep_ in own for c in verb.children):
        return False  # "would neither confirm nor deny the raid": the raid is no one's aim
    # "jets reportedly bombed T on Friday and rebels shelled U": a subject the parser hung
    # elsewhere still stands between the "and" and the verb
    before = next((t for t in reversed(verb.doc[: verb.i]) if t.pos_ not in ("ADV", "PART")), None)
    return before is not None and (before.dep_ == "cc" or before.is_punct)


def own_statement_joined(verb: Any) -> bool:
    """ "Activists said jets bombed T, but Moscow denied the report", "rebels said they took
    T, and the army confirmed it": a verb of saying or denying joined with a subject of its
    own is a second statement, told by the article, not by the first speaker."""
    if verb.dep_ != "conj" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    cues = get_lexicon().certainty
    return verb.lemma_.lower() in cues("attribution_verbs") | cues("denial_verbs")
