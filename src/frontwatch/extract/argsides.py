"""The sides an act names by a list or by its object: "between X and Y" (the first two
named, or a list parted into two sides: extract/betweensides.py), and the actor an object
names ("hit Syrian positions", "ambushed a convoy of Turkish troops", "bombed positions of
the Nusra Front"). Read by extract/arguments.py.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.betweensides import parted_sides
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.holders import held_or_named
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.supportacts import a_kind_of_support
from frontwatch.records import Mention

_OWNER_PREPS = frozenset({"of"})


def between(tok: Any, ctx: ArticleContext) -> tuple[Mention | None, Mention | None]:
    """The two sides of "between X and Y" under ``tok``: the first two named, not in a
    participle's phrase (a backer: "troops backed by B and rebels" -> troops, rebels),
    a side named twice ("X (abbreviation)") counting once."""
    for obj in pobjs(tok, frozenset({"between", "among"})):
        parted = parted_sides(obj.head, ctx)  # "between A and B against C": A meets C
        if parted is not None:
            return parted[0][0], parted[1][0]
        backers = {t.i for c in (obj, *obj.conjuncts) for p in c.children if p.dep_ == "acl" for t in p.subtree}
        mentions: list[Mention] = []
        restated = False
        for t in (t for t in obj.subtree if t.i not in backers):
            mention = ctx.actor_at.get(t.i)
            if mention is None or mention in mentions:
                continue
            if any(m.actor_id == mention.actor_id for m in mentions):
                # "between the Syrian Democratic Forces (SDF) and Y": a name restated in
                # brackets is the same side, not the second one
                restated = True
                continue
            mentions.append(mention)
        if len(mentions) >= 2:
            return mentions[0], mentions[1]
        led = _led_and_other(obj, ctx)
        if led is not None:
            return led
        if restated:
            return mentions[0], None  # the other side lost to the parse: the first still acts
    return None, None


def thing_given(verb: Any, obj: Any) -> bool:
    """ "Iran provides drones to the Houthis", "X supplies missiles to Y": the support given
    is what passes, not whom the act is done to (the drones are no aircraft of anyone's)."""
    words = get_lexicon().relation_words
    return lemma_of(verb) in words("giving_verbs") | words("backing_verbs") and a_kind_of_support(obj)


def object_actor(obj: Any, ctx: ArticleContext) -> Mention | None:
    """The actor an object names: itself or a modifier ("hit Syrian positions"), the
    members of a body of them ("ambushed a convoy of Turkish troops", "bombed a group of
    Nusra Front fighters": ``object_classes.body`` in events.yaml), the owner of a place
    of arms ("bombed positions of the Nusra Front", "shelled the headquarters of the YPG":
    ``object_classes.held``), or its holder ("positions held by X": extract/holders.py)."""
    lex = get_lexicon()
    depth = 2 if lemma_of(obj) in lex.object_class("body") else 1
    named = actor_near(ctx, obj, depth=depth)
    named = named or _owner_of_a_compound(obj, ctx)
    if named is None and lemma_of(obj) in lex.object_class("held"):
        # the owner itself, not a word on what the place carries ("a bus of Iranian pilgrims")
        named = next((m for o in pobjs(obj, _OWNER_PREPS) if (m := ctx.actor_at.get(o.i)) is not None), None)
    return held_or_named(named, obj, ctx)


def _owner_of_a_compound(obj: Any, ctx: ArticleContext) -> Mention | None:
    """ "killed an Islamic State chemical weapons expert", "a Hezbollah arms smuggler": a name
    that heads a chain of nouns before the object ("State" on "weapons" on "expert") names whose
    the object is; only nouns link the chain ("a Syrian-made rocket launcher" names no owner)."""
    for link in (c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN"):
        owners = [c for c in link.children if c.dep_ in ("compound", "nmod", "amod") and c.i < link.i]
        found = next((m for o in owners if (m := ctx.actor_at.get(o.i)) is not None), None)
        if found is not None and found.label != "NORP":
            return found
    return None


def _led_and_other(obj: Any, ctx: ArticleContext) -> tuple[Mention, Mention] | None:
    """ "between rebel factions led by X and Y": the parser hangs Y on the leader X, inside
    the participle's phrase, where "between" needs a second side; the factions' leader is
    the first side and Y the second (``heading_verbs`` in relations.yaml). Not a backer's
    participle: "forces backed by A and B" may name two backers of one side."""
    from frontwatch.extract.ledgroups import led_doer  # a cycle at import

    if obj.conjuncts:
        return None
    heading = get_lexicon().relation_words("heading_verbs")
    for acl in (c for c in obj.children if c.dep_ == "acl" and lemma_of(c) in heading):
        agents = pobjs(acl, frozenset({"by"}))
        others = [actor_near(ctx, c, depth=1) for c in agents[0].conjuncts] if agents else []
        first = led_doer(obj, ctx) or actor_near(ctx, obj, depth=1)
        other = next((m for m in others if m is not None), None)
        if first is not None and other is not None and other.actor_id != first.actor_id:
            return first, other
    return None
