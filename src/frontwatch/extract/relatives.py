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


def relative_antecedent(tok: Any) -> Any:
    """The noun a relative pronoun ("which", "who", "that") stands for; else the token.
    Of a coordination, the conjunct just before the pronoun: "fighters and forces that
    support X" are the forces, whatever the parser hung the clause on."""
    if tok.tag_ not in RELATIVE_TAGS or tok.head.dep_ != "relcl" or tok.head.head.i == tok.head.i:
        return tok
    antecedent = tok.head.head
    before = word_before(tok)
    if role_noun(antecedent) and before.dep_ == "pobj" and before.head.head.i == antecedent.i:
        # "an ally of Iran, which arms Hezbollah": the parser hangs the clause on the role
        # noun, but it tells of the side named just before it
        antecedent = before
    nearer = [c for c in antecedent.subtree if c.dep_ == "conj" and antecedent.i < c.i < tok.i]
    return max(nearer, key=lambda c: c.i) if nearer else described_name(antecedent)
