"""Backing told by a support noun: "with X's support", "X's support for Y", "strikes in
support of Y", "Y received air support from X", "Y relies on air support from X"; and arms received:
"Y received weapons from X", or given: "X provided Y with weapons".

The backer is the noun's owner or its "of"/"from" object; the one backed its "for"/"to"
object, or the doer of the clause the support is received, relied on or given in.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.coalitions import coordinated_actors
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.operations import doer_in_phrase, is_operation, operation_doer
from frontwatch.extract.relcues import Pair, pair_of, side_named, verb_above, words
from frontwatch.extract.relsubjects import acting_subject, doer_of
from frontwatch.records import Mention


def support_noun_pairs(noun: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "with X's support", "with the support of X", "X's support for Y"."""
    if lemma_of(noun) not in words("support_nouns") or noun.pos_ not in ("NOUN", "PROPN"):
        return
    owners = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound")]
    owner = _owner_side(owners, ctx)
    pronoun_owned = owner is None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in owners)
    received = _named_before(noun, ctx) if pronoun_owned and pobjs(noun, _FROM) else None
    if pronoun_owned and received is None:
        owner = doer_of(verb_above(noun), ctx)  # "X remains firm in its support of Y"
    in_support_of = noun.dep_ == "pobj" and noun.head.lower_ == "in"
    if in_support_of and owner is None:
        owner = doer_of(verb_above(noun), ctx)  # "X conducted strikes in support of Y"
    givers = _giver_heads(noun)
    backer = owner or first_actor(givers, ctx)
    backed = received or _backed(noun, owner, ctx)
    if backed is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in words("giving_verbs"):
        subj = acting_subject(noun.head, ctx)  # "X provided air support for Y"
        backer = backer or actor_near(ctx, subj)
        backed = first_actor(pobjs(noun.head, _RECEIVER_PREPS), ctx)  # "gives a lifeline to Y"
    yield from pair_of("backs", backer, backed, noun)
    if owner is None and backed is not None:  # "with support from A, B and C": each backs
        for head in givers:
            for other in [*coordinated_actors(head, ctx)[1:], *_owners_listed(head, ctx)]:
                if other is not backer and other.start != getattr(backer, "start", -1):
                    yield from pair_of("backs", other, backed, noun)


_FROM = frozenset({"from"})
_RECEIVER_PREPS = frozenset({"to", "for"})


def _named_before(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "The regime, despite its backing from Russia, lost T", "the junta and its support
    from China": support "from" a giver owned by a pronoun is received by the pronoun's side,
    the nearest side named before it in the sentence."""
    pronoun = next(c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON")
    for i in range(pronoun.i - 1, noun.sent.start - 1, -1):
        found = ctx.actor_at.get(i)
        if found is not None and found.resolution != "modifier":
            return found
    return None


def _owner_side(owners: list[Any], ctx: ArticleContext) -> Mention | None:
    """The side that owns the support: "Russian support", "Iran's backing"; a word that
    says what kind of support it is names no side ("military support from X": "military"
    is no troops of anyone; ``sideless_classes`` in relations.yaml)."""
    sideless = get_lexicon().tie_words("sideless_classes")
    found = (actor_near(ctx, c) for c in owners)
    return next((m for m in found if m is not None and m.actor_id not in sideless), None)


def arms_received_pairs(noun: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "Y received weapons and training from X", "Y obtained missiles from X": X backs Y.
    Only "from" names the giver: "received Russian-made rifles" names a maker, no backer."""
    lemma = lemma_of(noun)
    if (
        noun.pos_ != "NOUN"
        or lemma not in words("giving_objects")
        or lemma in words("support_nouns")
    ):
        return
    # "obtained thousands of rockets from X": the amount is the verb's object
    amount = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    verb = _receiving_verb(amount, "arms_receiving_verbs")
    if verb is None:
        return
    heads = [
        *_giver_heads(noun, "arms_receiving_verbs"),
        *_giver_heads(amount, "arms_receiving_verbs"),
    ]
    if not heads:  # "receives funding, weapons and training from Iran": on the last item
        heads = [h for item in noun.conjuncts for h in pobjs(item, _FROM)]
    receiver = doer_of(verb, ctx)
    givers: list[Mention | None] = [m for h in heads[:1] for m in coordinated_actors(h, ctx)]
    for giver in givers or [first_actor(heads, ctx)]:  # "from Qatar and Saudi Arabia": each
        yield from pair_of("backs", giver, receiver, noun)


def arms_given_pairs(noun: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X provided Y with weapons", "X, which supplies Y with drones and advice": the giver
    backs the one given to (the verb's object; ``giving_verbs``, ``giving_objects``)."""
    listed = noun.head if noun.dep_ == "conj" else None  # "advice, arms and funding"
    first = listed if listed is not None and listed.dep_ == "pobj" else noun
    if (
        first.dep_ != "pobj"
        or first.head.lower_ != "with"
        or lemma_of(noun) not in words("giving_objects")
    ):
        return
    verb = first.head.head
    if verb.pos_ != "VERB" or lemma_of(verb) not in words("giving_verbs") | words("backing_verbs"):
        return
    given = first_actor([c for c in verb.children if c.dep_ == "dobj"], ctx)
    yield from pair_of("backs", side_named(acting_subject(verb, ctx), ctx), given, verb)


def _backed(noun: Any, owner: Mention | None, ctx: ArticleContext) -> Mention | None:
    # "its support of Y": with the owner named, "of" names who is backed
    backed_preps = {"for", "to", "of"} if owner is not None else {"for", "to"}
    backed_heads = [h for h in pobjs(noun, frozenset(backed_preps)) if not enemy_named(h)]
    backed = first_actor(backed_heads, ctx) or next(
        (m for m in (operation_doer(h, ctx) for h in backed_heads) if m), None
    )  # "in support of the battle to liberate Tabqa": of whoever fights it
    receiving = _receiving_verb(noun)
    if backed is None and receiving is not None:
        backed = doer_of(receiving, ctx)  # "Y received assistance and air support from X"
    if (
        backed is None
        and noun.dep_ == "pobj"
        and lemma_of(noun.head.head) in words("relying_verbs")
    ):
        relier = acting_subject(noun.head.head, ctx)  # "Y relies on air support from X"
        backed = side_named(relier, ctx) or (operation_doer(relier, ctx) if relier else None)
    if backed is None and noun.dep_ == "pobj" and noun.head.lower_ in ("with", "under"):
        verb = verb_above(noun)
        backed = doer_of(verb, ctx) or _operation_done(verb, ctx)
    if backed is None and owner is None and _giver_heads(noun):
        backed = _operation_beside(noun, ctx)
    return backed


def _operation_done(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "The operation is being carried out with the support of X", "the offensive, launched
    with X's support": the doer of the operation the passive verb tells of (its subject, or
    the noun its participle hangs on), named in its phrase or the sentences before."""
    if verb.dep_ == "acl" and is_operation(verb.head):
        return operation_doer(verb.head, ctx)
    done = [c for c in verb.children if c.dep_ == "nsubjpass" and is_operation(c)]
    return operation_doer(done[0], ctx) if done else None


def _operation_beside(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The doer of the operation the support's own clause names: "required an offensive
    by Y, as well as support from X", "the offensive by Y succeeded with air support from
    X". Only an active clause's subject or object: "Y's attack was repelled with support
    from X" gives the support to whoever repelled it."""
    verb = verb_above(noun)
    if not _on_the_clause(noun, verb):
        return None  # "prompted calls for support from X": the support of another noun
    for op in verb.children:
        if op.dep_ not in ("dobj", "nsubj") or not is_operation(op):
            continue
        found = first_actor(pobjs(op, frozenset({"by"})), ctx) or doer_in_phrase(op, ctx)
        if found is None and op.dep_ == "dobj":  # "by Y" read as the verb's own agent
            found = first_actor(pobjs(verb, frozenset({"by"})), ctx)
        if found is not None:
            return found
    return None


def _on_the_clause(noun: Any, verb: Any) -> bool:
    """The support noun is the verb's own: its object or subject, joined to one ("an
    offensive by Y, as well as support from X"), or "with" support on the verb."""
    head = noun.head
    if head.i == verb.i:
        return True
    if noun.dep_ == "conj" and head.head.i == verb.i:
        return True
    return bool(noun.dep_ == "pobj" and head.lower_ == "with" and head.head.i == verb.i)


def _giver_heads(noun: Any, verbs_key: str = "receiving_verbs") -> list[Any]:
    """ "support of/from X"; "received support from X" where "from" hangs on the verb."""
    heads = pobjs(noun, frozenset({"of", "from"}))
    receiving = _receiving_verb(noun, verbs_key)
    if not heads and receiving is not None:
        heads = pobjs(receiving, frozenset({"from"}))
    relying = noun.head.head if noun.dep_ == "pobj" else None
    if not heads and relying is not None and lemma_of(relying) in words("relying_verbs"):
        heads = pobjs(relying, frozenset({"from"}))  # "Y relies on aid from X": on the verb
    return heads


def _receiving_verb(noun: Any, verbs_key: str = "receiving_verbs") -> Any | None:
    """The verb of receiving the support is the object of, also as a later conjunct
    ("receiving assistance from A and air support from B")."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ != "VERB":
        first = first.head
    head = first.head
    if first.dep_ in ("dobj", "conj") and head.pos_ == "VERB":
        return head if lemma_of(head) in words(verbs_key) else None
    return None


def _owners_listed(head: Any, ctx: ArticleContext) -> list[Mention]:
    """Owners listed before a head noun: "from the French, American and British air
    forces" names three backers."""
    adjectives = [c for c in head.children if c.dep_ in ("amod", "compound")]
    listed = [
        t for a in adjectives for t in (a, *a.subtree) if t.dep_ in ("amod", "conj", "compound")
    ]
    found: list[Mention] = []
    for tok in sorted(set(listed), key=lambda t: t.i):
        mention = ctx.actor_at.get(tok.i)
        if mention is not None and all(m.start != mention.start for m in found):
            found.append(mention)
    return found[1:] if len(found) > 1 else []


def enemy_named(head: Any) -> bool:
    """ "support from the Coalition to Counter ISIL": a name the parser read as the object
    of "to" while a verb of fighting before it makes it the enemy, not the one backed."""
    return any(
        c.dep_ == "compound" and lemma_of(c) in words("against_verbs") for c in head.children
    )
