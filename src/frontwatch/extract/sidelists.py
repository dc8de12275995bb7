"""The sides a coordination names: "X, Y and Z", "X and those of Y", "Kenyan and Ethiopian
jets", "the ISIS and Nusra Front militants"; and whether two sides named are one
(``one_body``: a state and its army) or of one camp (``same_side``). Every reader of
allies, enemies and joint deeds lists its doers here.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.amongthem import listed_among
from frontwatch.extract.context import GENERIC_PREFIX, ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relativebacking import backing_clause
from frontwatch.extract.rolenouns import listed_role_side
from frontwatch.records import Mention

_NOMINAL = frozenset({"ADJ", "NOUN", "PROPN"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def arm_head(noun: Any, ctx: ArticleContext) -> bool:
    """A noun for a side's arm or its strikes ("jets", "troops", "air strikes"), not for a
    thing it has ("positions": co-owners of targets are no allies)."""
    word = noun.lower_
    return any(group.branch and word in group.words for group in ctx.kb.rules.heads)


def named_side(mention: Mention) -> bool:
    """A side named, not a class: "the alliance" is no whole one can be a member of."""
    return bool(mention.actor_id) and not mention.actor_id.startswith("GEN_")


def coordinated_actors(head: Any, ctx: ArticleContext) -> list[Mention]:
    """The distinct actors of "X, Y and Z" (the head and its conjuncts, in order)."""
    tokens = [head]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            # a list the parser read as appositions: "X, the militia Y and Z"
            if child.dep_ == "conj" or (child.dep_ == "appos" and lists_on(child)):
                tokens.append(child)
                stack.append(child)
    found: list[Mention] = []
    for tok in _past_backing_clause(sorted(tokens, key=lambda t: t.i), ctx):
        # "Russian forces and those from the Wagner group": the pronoun's owner is the side
        mention = actor_near(ctx, tok, depth=2 if tok.lower_ in _STAND_IN_PRONOUNS else 1)
        mention = listed_role_side(tok, mention, ctx)  # "X and its rebel allies"
        if mention is not None and all(mention.start != m.start for m in found):
            found.append(mention)
    return found or _named_examples(head, ctx)


def listed_sides(objects: list[Any], ctx: ArticleContext) -> list[Mention]:
    """Every side a preposition's objects list, in order: "from X and allied Y", and "from X
    and Y" read by the parser as two objects of one "from"; [] when none names a side."""
    found: list[Mention] = []
    for obj in objects:
        listed = coordinated_actors(obj, ctx) or [m for m in (actor_near(ctx, obj),) if m is not None]
        listed += [m for m in (ally_after(obj, ctx),) if m is not None]
        found.extend(m for m in listed if all(m.start != f.start for f in found))
    return found


def ally_after(side: Any, ctx: ArticleContext) -> Mention | None:
    """The side "and allied Y" (or "and B", a name) names right after ``side``'s phrase
    ("from X and allied rebels", "from A and B"), read from the words: the parser often makes
    "allied" a verb, "Y" a conjunct of the clause's verb or "B" the verb's object."""
    end = max(t.i for t in side.subtree if t.dep_ != "cc") + 1  # the parser may hang "and" on X
    doc = side.doc
    if end + 2 >= side.sent.end or doc[end].lower_ != "and":
        return None
    modifier = doc[end + 1]
    if modifier.text in get_lexicon().relation_words("allied_modifiers"):
        return actor_near(ctx, phrase_head(modifier))
    named = ctx.actor_at.get(modifier.i)
    if named is None or modifier.dep_ in _SUBJECT_DEPS or named.actor_id.startswith(GENERIC_PREFIX):
        return None  # "from X and Iraqi forces moved in": a clause of its own
    return named  # "from A and B" with B misread as the verb's object


def phrase_head(modifier: Any) -> Any:
    """The last word of the noun phrase right after a modifier ("allied Iranian militias":
    militias)."""
    end = modifier.i + 1
    while end + 1 < modifier.sent.end and modifier.doc[end + 1].pos_ in _NOMINAL:
        end += 1
    return modifier.doc[end]


def _named_examples(head: Any, ctx: ArticleContext) -> list[Mention]:
    """ "Several Gulf states, including Saudi Arabia and Qatar, arm the rebels", "powers such
    as Turkey and Qatar": a plural noun that names no actor stands for the actors it gives
    as examples."""
    if head.tag_ != "NNS" or actor_near(ctx, head, depth=1) is not None:
        return []
    return named_examples(head, ctx)


def named_examples(head: Any, ctx: ArticleContext) -> list[Mention]:
    """The actors a noun's "including", "such as" or "like" names; an example that gives
    examples of its own stands for those ("including U.S. allies like Egypt": Egypt, not the
    United States)."""
    found: list[Mention] = []
    for prep in head.children:
        if prep.dep_ == "prep" and _example_word(prep) in _example_preps():
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                named = named_examples(obj, ctx) or coordinated_actors(obj, ctx)
                found.extend(m for m in named if m not in found)
    found.extend(m for m in listed_among(head, ctx) if m not in found)  # "A among them"
    return found


def named_side_examples(noun: Any, ctx: ArticleContext) -> list[Mention]:
    """The named sides (no classes) a role noun gives as examples: "allies of X, including
    A and B", "X's backers such as A": A and B hold the role."""
    return [m for m in named_examples(noun, ctx) if named_side(m)]


def partners_named(noun: Any, ctx: ArticleContext) -> list[Mention]:
    """The sides "X and its allies ..." names as partners: the noun's apposition ("its allies
    Y and Z"), the sides after "in", and its named examples ("its proxies, including Y")."""
    named = [c for c in noun.children if c.dep_ == "appos"] + _named_in(noun, ctx)
    return [m for t in named for m in coordinated_actors(t, ctx)] + named_side_examples(noun, ctx)


def _named_in(noun: Any, ctx: ArticleContext) -> list[Any]:
    """ "Assad and his allies in Moscow and Tehran": the capitals stand for their states;
    "Nusra and its rivals in Ahrar al-Sham": a side named there holds the role (not a
    place: "its allies in Iraq" says where they are)."""
    objs = pobjs(noun, frozenset({"in"}))
    return [o for o in objs if "capital" in getattr(ctx.actor_at.get(o.i), "note", "") or _side_not_place(o, ctx)]


def _side_not_place(tok: Any, ctx: ArticleContext) -> bool:
    return tok.i in ctx.actor_at and tok.i not in ctx.place_at


def _example_word(prep: Any) -> str:
    """ "including", "like", or "such as" (the parser hangs "such" on "as")."""
    if prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children):
        return "such as"
    return str(prep.lower_)


def _example_preps() -> frozenset[str]:
    return frozenset(get_lexicon().relations["article_ties"]["anaphora"]["example_preps"])


_STAND_IN_PRONOUNS = frozenset({"those", "that"})


def _past_backing_clause(tokens: list[Any], ctx: ArticleContext) -> list[Any]:
    """The list's items after a relative backing clause the parser made one of them
    ("groups that A and B supply, and C fights Y": A and B back the groups; only C fights)."""
    ends = [i for i, t in enumerate(tokens) if t.pos_ != "PROPN" and backing_clause(t, ctx)]
    return tokens[ends[-1] + 1 :] if ends else tokens


def arm_owners(head: Any, ctx: ArticleContext) -> list[Mention]:
    """The states' arms a coordination of modifiers names ("Kenyan and Ethiopian jets"); none
    for a noun of no state's arm ("Afghan and Pakistani Shiite militias" are no states')."""
    return coordinated_modifiers(head, ctx) if arm_head(head, ctx) else []


def coordinated_modifiers(head: Any, ctx: ArticleContext) -> list[Mention]:
    """The actors named by a coordination of the head's modifiers: "the ISIS and Nusra Front
    militants", "Houthi and al-Qaeda fighters" (one head, several sides; an enemy list)."""
    modifiers = [c for c in head.children if c.dep_ in ("nmod", "compound", "amod")]
    # "Russian and Iranian-backed government forces": the names of a participle's
    # coordination back or lead the head's men, they are not among them
    modifiers = [m for m in modifiers if not any(t.dep_ == "conj" and t.tag_ == "VBN" for t in m.subtree)]
    tokens = [t for m in modifiers for t in m.subtree]
    if not any(t.dep_ == "cc" and t.lower_ == "and" for t in tokens):
        return []
    found: list[Mention] = []
    for tok in sorted(tokens, key=lambda t: t.i):
        mention = ctx.actor_at.get(tok.i)
        if mention is not None and all(mention.start != m.start for m in found):
            found.append(mention)
    return found


def lists_on(appos: Any) -> bool:
    """An apposition that a coordination continues is an item of a list, also when the
    parser hung the rest of the list elsewhere ("X and some Y factions, Peshmerga of the
    KRG, and Z airstrikes began ...": the "and" on the apposition, or Z on X). The "and"
    of what the apposition is made of ("X, a coalition of A and B,") lists its parts, not
    the sides beside X."""
    if any(t.dep_ == "conj" for t in _outside_complements(appos)):
        return True
    if any(c.dep_ == "cc" for c in appos.children):
        return True
    first = appos.head.head if appos.head.dep_ == "conj" else appos.head
    return appos.head.dep_ == "conj" and any(
        c.dep_ == "conj" and c.i > appos.i for c in first.children
    )


def same_side(a: Mention, b: Mention, ctx: ArticleContext) -> bool:
    if not a.actor_id or not b.actor_id:
        return a.text == b.text
    return a.actor_id == b.actor_id or ctx.kb.top_of(a.actor_id) == ctx.kb.top_of(b.actor_id)


def one_body(a: Mention, b: Mention, ctx: ArticleContext) -> bool:
    if not a.actor_id or not b.actor_id:
        return a.text == b.text
    return ctx.kb.body_of(a.actor_id) == ctx.kb.body_of(b.actor_id)


def _outside_complements(appos: Any) -> list[Any]:
    """The apposition's words outside its prepositional complements ("of A and B")."""
    inside = {t.i for c in appos.children if c.dep_ == "prep" for t in c.subtree}
    return [t for t in appos.subtree if t.i != appos.i and t.i not in inside]
