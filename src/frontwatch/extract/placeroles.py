"""A place name used as an actor ("Russia said", "Iran's missiles", "backed by the United
States"): the note the article pass writes on such a place mention, and the one test that
every reader of the article's places (the main town, the parties named, the evaluation)
uses to leave it out. The other roles a name plays (a distance's far end, an origin, a
destination: placedistance.py, placeorigin.py, placedestination.py) are noted and read
with ``add_role`` and ``has_role``."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.relspan import mention_head
from frontwatch.records import Mention

ACTOR_ROLE = "role:actor"
OWNER_ROLE = "role:owner"  # "U.S. airstrikes": whose the thing is, not where
NAME_ROLE = "role:name"  # "Operation Euphrates Shield": a word of another thing's name
LINE_ROLE = "role:line"  # "east of the Euphrates": a river as the line a side lies beyond
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dative"})
_NAME_DEPS = frozenset({"compound", "conj", "appos"})
# a name that modifies the word it hangs on: "U.S. airstrikes", "US-led"
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


def has_role(mention: Mention, role: str) -> bool:
    """Whether the mention's note holds the role."""
    return role in mention.note.split(";")


def add_role(mention: Mention, role: str) -> None:
    """Note the role on the mention, once."""
    if not has_role(mention, role):
        mention.note = f"{mention.note};{role}" if mention.note else role


def name_head(tok: Any) -> Any:
    """The head word of the name ``tok`` is part of ("the X mountains", "X and Y")."""
    while tok.dep_ in _NAME_DEPS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def named_as_actor(mention: Mention) -> bool:
    """Whether the sentence uses the place's name as an actor, for whose a thing is ("U.S.
    airstrikes") or inside another thing's name ("Operation Euphrates Shield"), not as a
    location."""
    return any(
        has_role(mention, role) for role in (ACTOR_ROLE, OWNER_ROLE, NAME_ROLE, LINE_ROLE)
    )


def named_as_doer(mention: Mention) -> bool:
    """Whether the sentence uses the place's name as a doer ("Russia said"): a state named
    only for whose officials speak ("according to US officials") is no party to the fight."""
    return has_role(mention, ACTOR_ROLE)


def mark_actor_roles(doc: Any, ctx: Any) -> None:
    """Note on a place mention when the sentence uses the name as an actor, not a location
    ("Russia said", "Iran's missiles", "backed by the United States"): a reader asking
    which places a text names wants Aleppo in "fighting in Aleppo", not Russia there."""
    for index, mention in ctx.place_at.items():
        head = mention_head(doc[index], mention)
        if _a_state_naming_its_own(head, mention, ctx):
            add_role(mention, OWNER_ROLE)
        if _a_river_as_a_line(head, mention, ctx):
            add_role(mention, LINE_ROLE)
        if index not in ctx.actor_at:
            continue
        first = _first_conjunct(head, ctx)  # "Turkey and Russia signed", "by Washington and Ankara"
        by_agent = first.dep_ == "pobj" and first.head.lower_ == "by"
        if first.dep_ in _ACTOR_DEPS or by_agent:
            add_role(mention, ACTOR_ROLE)


def _first_conjunct(tok: Any, ctx: Any) -> Any:
    """The first of the state names joined with the token ("Turkey" of "Turkey and Russia"):
    a later conjunct plays the first one's part in the sentence. Only a name that is both a
    place and a side leads ("ISIL in Iraq and Syria", where the parser joins Syria to ISIL,
    or "forces in Iraq and Syria" leave Syria where it stands)."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    both = first.i in ctx.place_at and first.i in ctx.actor_at
    return first if both else tok


def _a_state_naming_its_own(head: Any, mention: Mention, ctx: Any) -> bool:
    """ "U.S. airstrikes", "a U.S. contractor", "the US-led coalition": a country's name
    modifying another word tells whose the thing is, the way "American" would; the strike
    is not in the United States. A part of the country's land or the war on it ("the
    Syria border", "the Yemen war") keeps the name a place (events.yaml: state_place_nouns)."""
    place = ctx.places.get(mention.place_id)
    if place is None or place.kind != "country" or head.dep_ not in _MODIFIER_DEPS:
        return False
    owner = head.head
    while owner.dep_ == "compound" and owner.head.i != owner.i:
        owner = owner.head  # "the Syria-Turkey border": the border, not Turkey
    if owner.i <= head.i or "\n" in head.doc[head.i : owner.i].text:
        return False  # a headline's last word glued to the next line by the parser
    nouns = get_lexicon().events["state_place_nouns"]
    return owner.lower_ not in nouns and owner.lemma_.lower() not in nouns


def _a_river_as_a_line(head: Any, mention: Mention, ctx: Any) -> bool:
    """ "the villages east of the Euphrates", "the countryside beyond the Tigris": the river
    is the line the place lies beyond, not where anything is (a river's point is only the
    middle of a line hundreds of kilometres long). "On the Euphrates" keeps it a place
    (events.yaml: river_side_words)."""
    place = ctx.places.get(mention.place_id)
    head = name_head(head)  # "the Euphrates River": the river word hangs on the preposition
    if place is None or place.kind != "river" or head.dep_ != "pobj":
        return False
    words = get_lexicon().events["river_side_words"]
    preposition = head.head
    side = preposition.head if preposition.lower_ == "of" else preposition
    return str(side.lower_) in words
