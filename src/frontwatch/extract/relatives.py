"""Relative pronouns ("which", "who", "that") and the word one follows.

Two readings of the noun a relative pronoun stands for serve two kinds of cue.
``word_before`` reads the surface: the word before the pronoun, past a comma ("Ahrar
al-Sham, which seized it"); the control cues use it because the parser often hangs "T,
which X holds" on a noun before T. ``relsubjects.relative_antecedent`` reads the parse:
the noun the relative clause hangs on, or its conjunct just before the pronoun; the
relation cues use it. The two disagree on about a third of the tune split's relative
clauses, so neither may stand in for the other without measuring the change.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.verbsubjects import described_name, role_noun

RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})


def word_before(pronoun: Any) -> Any:
    """The word a relative pronoun follows, past a comma: "Ahrar al-Sham, which"."""
    before = pronoun.doc[max(pronoun.i - 1, 0)]
    return pronoun.doc[max(pronoun.i - 2, 0)] if before.is_punct else before


def _relative_clause(tok: Any) -> Any | None:
    """The relative clause a relative pronoun opens, also after a preposition ("the PKK,
    against which Ankara has fought")."""
    if tok.tag_ not in RELATIVE_TAGS:
        return None
    clause = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    return clause if clause.dep_ == "relcl" and clause.head.i != clause.i else None


def _who_of_a_thing(tok: Any, antecedent: Any) -> bool:
    """ "who" hung on a common noun after "of" (not a name: "the ally of Assad, who")."""
    return bool(
        tok.lower_ == "who"
        and antecedent.pos_ == "NOUN"
        and antecedent.dep_ == "pobj"
        and antecedent.head.lower_ == "of"
    )


def relative_antecedent(tok: Any) -> Any:
    """The noun a relative pronoun ("which", "who", "that") stands for; else the token.
    Of a coordination, the conjunct just before the pronoun: "fighters and forces that
    support X" are the forces, whatever the parser hung the clause on."""
    clause = _relative_clause(tok)
    if clause is None:
        return tok
    antecedent = clause.head
    before = word_before(tok.head if tok.dep_ == "pobj" else tok)
    of_before = before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.head.i == antecedent.i
    if of_before and (role_noun(antecedent) or (tok.dep_ == "pobj" and antecedent.pos_ == "NOUN")):
        # "an ally of Iran, which arms Hezbollah", "a branch of the PKK, against which Ankara
        # has fought": the parser hangs the clause on the noun of role or part, but it
        # tells of the side named just before it
        antecedent = before
    if _who_of_a_thing(tok, antecedent):
        # "the rebel groups of the Euphrates Shield campaign, who clashed with X": "who"
        # stands for people, the noun that the "of" phrase describes, not the campaign
        antecedent = antecedent.head.head
    nearer = [c for c in antecedent.subtree if c.dep_ == "conj" and antecedent.i < c.i < tok.i]
    return max(nearer, key=lambda c: c.i) if nearer else described_name(antecedent)
