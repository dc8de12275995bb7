"""Backing told in a relative clause whose verb the parser took for a noun.

"rebel groups that Saudi Arabia and Qatar supply", "the militias, which Iran funds and
trains", "the factions Ankara sponsors": the small English model often tags "supply",
"funds", "arms" or "sponsors" after a name as a plural noun, so the clause has no verb and
``relcues._verbal_backing`` never sees it. The words themselves still say it: a backing
verb right after one or more named actors, after a relative pronoun (or, with none, after
the noun and before the main verb), makes each of those actors a backer of the noun the
clause hangs on. Only when the parser did not read the clause as one (a relative clause's
verb goes through ``relcues`` with its subject and object).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Mention

Pair = tuple[str, Mention, Mention, Any]  # as relcues.Pair, which imports this module's users

_LINKS = frozenset({"and", ",", "the"})  # between and before the backers: "the US and Britain"
_LIST_LINKS = frozenset({"and", ","})  # between the deeds: "pays, trains and commands"
_DEED_TAGS = frozenset({"VBZ", "VBP", "VBD", "NNS"})  # a deed the parser may take for a noun
_VERB_TAGS = frozenset({"VBZ", "VBP", "VB", "VBD", "VBN", "NNS", "NN"})


def relative_backing_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    clause = backing_clause(tok, ctx)
    backed = _backed(clause[1], ctx) if clause is not None else None
    if clause is None or backed is None:
        return
    for backer in clause[0]:
        if backer.actor_id != backed.actor_id:
            yield "backs", backer, backed, tok


def backing_clause(tok: Any, ctx: ArticleContext) -> tuple[list[Mention], Any] | None:
    """The backers and the noun of a relative backing clause whose verb is ``tok``
    ("that Saudi Arabia and Qatar supply"), or None when ``tok`` heads none."""
    if not _backing_word(tok) or (tok.dep_ == "relcl" and tok.pos_ == "VERB"):
        return None
    backers, before = _backers_before(tok, _skip_auxiliaries(_first_of_deeds(tok, ctx)), ctx)
    antecedent = _antecedent(before, tok) if backers and before is not None else None
    return (backers, antecedent) if antecedent is not None else None


def _backing_word(tok: Any) -> bool:
    lemma = tok.lemma_.lower()
    backing = get_lexicon().relation_words("backing_verbs")
    return tok.tag_ in _VERB_TAGS and (lemma in backing or tok.lower_.rstrip("s") in backing)


def _first_of_deeds(tok: Any, ctx: ArticleContext) -> Any:
    """The first verb of a list of deeds that ends in ``tok`` ("that Turkey pays, trains and
    commands": "pays"), whose subject the backers are; ``tok`` when it is no list's last."""
    doc, first, i = tok.doc, tok, tok.i - 1
    after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    if doc[i].lower_ != "and" and after not in _LIST_LINKS:
        return tok  # "the militia that X strikes, trains its men": a verb of its own
    while i > 0 and doc[i].lower_ in _LIST_LINKS:
        deed = doc[i - 1]
        if deed.tag_ not in _DEED_TAGS or deed.i in ctx.actor_at or deed.lower_ in _LIST_LINKS:
            break
        first, i = deed, deed.i - 1
    return first


def _skip_auxiliaries(tok: Any) -> int:
    """The index just left of the backers: past "has", "have long", "openly" and the like."""
    i: int = tok.i - 1
    while i >= 0 and tok.doc[i].pos_ in ("AUX", "ADV", "PART") and tok.doc[i].lower_ != "not":
        i -= 1
    return i


def _backers_before(cue: Any, i: int, ctx: ArticleContext) -> tuple[list[Mention], Any | None]:
    """The named actors that end at token ``i`` ("Saudi Arabia and Qatar"), and the token
    before them; none when a word that is neither a name nor a link comes between."""
    doc, backers = cue.doc, list[Mention]()
    while i >= 0:
        mention = ctx.actor_at.get(i)
        if mention is not None:
            if all(mention.start != b.start for b in backers):
                backers.append(mention)
        elif doc[i].lower_ not in _LINKS or not backers:
            break
        i -= 1
    if i < 0 or not backers or doc[i + 1].lower_ in _LINKS - {"the"}:
        return [], None
    return backers, doc[i]


def _antecedent(before: Any, cue: Any) -> Any | None:
    """The noun the clause tells of: the one before "that"/"which"/"whom" (past a comma),
    or, with no pronoun, a plural noun right before the backers when a verb follows the cue
    ("the factions Ankara sponsors clashed")."""
    doc = cue.doc
    if before.lower_ in ("that", "which", "whom"):
        i = before.i - 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
        noun = doc[i] if i >= 0 else None
        return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None
    after = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    reduced = before.tag_ in ("NNS", "NNPS") and after is not None and after.pos_ in ("VERB", "AUX")
    return before if reduced else None


def _backed(noun: Any, ctx: ArticleContext) -> Mention | None:
    # imported here, where a clause was found: relsubjects reads arguments, whose verb reading
    # calls ``clause_noun`` on every verb
    from frontwatch.extract.relsubjects import alliance_of_members, described_actor

    noun = alliance_of_members(noun)  # "X, an umbrella of factions that Turkey arms": X
    return described_actor(noun, ctx) or actor_near(ctx, noun, depth=0) or actor_near(ctx, noun, depth=1)


def past_backing_clause(subj: Any, ctx: ArticleContext) -> Any | None:
    """A subject the parser made of a relative backing clause and what follows it ("groups
    that Saudi Arabia and Qatar supply, and the Nusra Front fights Y": the subject read is
    "Saudi Arabia ... Nusra Front"): the conjunct after the clause, None if none."""
    chain = sorted((t for t in subj.subtree if t is subj or t.dep_ == "conj"), key=lambda t: t.i)
    ends = [t.i for t in chain if t.pos_ != "PROPN" and backing_clause(t, ctx) is not None]
    if not ends:
        return subj
    return next((t for t in chain if t.i > ends[-1]), None)


def clause_noun(subj: Any | None, ctx: ArticleContext) -> Any | None:
    """A subject that is the verb of a relative backing clause the parser misread ("The YPG,
    which Washington arms, captured T": "arms" taken for the subject) stands for the noun
    the clause hangs on; any other subject is itself."""
    clause = backing_clause(subj, ctx) if subj is not None and subj.pos_ != "PROPN" else None
    return clause[1] if clause is not None else subj
